"""Metrics, access logs and tracing: what an operator sees of each call.

`record` holds the small hooks the call path reports to (the upstream exchange, a refused call);
`interceptor` turns a finished call into metrics and one access-log line; `tracing` is imported
only when OpenTelemetry is configured.
"""
