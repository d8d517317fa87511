"""The headers that carry Voucherify credentials, checked before anything is sent.

HTTP strips leading and trailing spaces from a header value and cannot carry control or non-ASCII
characters, so such a value would reach Voucherify changed, or break the request half way: it is
refused here instead, while it is certain that nothing was sent.
"""

from __future__ import annotations

import re

from ..credentials import Credentials

_HEADER_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?\Z")


class MalformedCredentials(ValueError):
    def __init__(self, header: str) -> None:
        super().__init__(f"{header} must be visible ASCII characters without surrounding spaces")
        #: The metadata key (lower case) whose value cannot be sent; never the value itself.
        self.header = header.lower()


def credential_headers(credentials: Credentials) -> dict[str, str]:
    """The credentials as HTTP headers, or `MalformedCredentials` naming the first unsendable one."""
    headers = credentials.headers()
    for name, value in headers.items():
        if not _HEADER_VALUE.match(value):
            raise MalformedCredentials(name)
    return headers
