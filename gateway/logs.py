"""Process-wide logging: one format for the gateway and its workers, quiet HTTP client loggers."""

from __future__ import annotations

import logging


def configure() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s"
    )
    # One line per upstream request is noise at any real load; failures are logged by the gateway.
    logging.getLogger("httpx").setLevel(logging.WARNING)
