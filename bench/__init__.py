"""`make bench`: the gateway measured against a bare gRPC echo server, direct REST calls and the official SDK.

Every party runs in its own process on 127.0.0.1; `python -m bench --help` lists the knobs.
Modules named `sdk_*` and the stdlib-only helpers they import (`workload`, `procstat`, `rounds`,
`worker_io`) also run in the official SDK's own virtual environment, so they import nothing else.
"""
