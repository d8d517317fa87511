"""The gateway as `voucher-gateway serve` runs it, with the fixed upstream's answers handed over in process.

Every part of a call stays (interceptors, checks, admission, deadline, breaker, mapping, access log)
but the HTTP exchange: its transport answers from the same prebuilt bodies as `bench.upstream`
without a socket. Beside the gateway it shows what the exchange costs; beside the echo server, what
the rest of the gateway costs. It takes `serve`'s flags; the upstream URL is never dialled.

    python -m bench.in_process --listen 127.0.0.1:50098
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

from voucher_gateway import cli, eventloop, logs
from voucher_gateway import settings as settings_table
from voucher_gateway.server import serve
from voucher_gateway.upstream import HttpRequest, HttpResponse

from . import upstream, workload

#: Never dialled: the transport below answers every request itself.
UPSTREAM_URL = "http://in-process.invalid"
_HEADERS = {"content-type": "application/json; charset=utf-8"}
_BODIES = {operation: workload.body(operation) for operation in workload.OPERATIONS}


class FixedAnswers:
    """A `Transport` answering each route with its prebuilt body, and anything else with a 404."""

    async def send(self, request: HttpRequest) -> HttpResponse:
        request.sent = True
        parts = urlsplit(request.url)
        target = parts.path + ("?" + parts.query if parts.query else "")
        operation = upstream.route(request.method.encode(), target.encode())
        if operation is None:
            return HttpResponse(404, _HEADERS, upstream.NOT_FOUND_BODY)
        return HttpResponse(200, _HEADERS, _BODIES[operation])

    async def aclose(self) -> None:
        return None


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(
        ["serve", "--upstream", UPSTREAM_URL, *(sys.argv[1:] if argv is None else argv)]
    )
    settings = settings_table.resolve(args)
    logs.configure(settings.log_level, settings.log_format)
    assert settings.upstream_url is not None
    eventloop.run(serve(settings, settings.upstream_url, settings.credentials, transport=FixedAnswers()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
