"""Process-wide logging: JSON lines for machines, plain text for a terminal, quiet HTTP client loggers.

Every line goes to stderr. JSON (python-json-logger) is the default because log pipelines parse it;
a person at a terminal gets text. Structured fields passed as `extra` (the access log's) become JSON
members, or `key=value` pairs after the message in text.
"""

from __future__ import annotations

import logging
import sys

from pythonjsonlogger.orjson import OrjsonFormatter

#: Attributes every LogRecord has; anything else on a record was passed as `extra`.
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}

_TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s"

#: The JSON line's leading members, in order: record attribute -> key. The record's `extra` fields follow.
JSON_HEAD = {
    "asctime": "time",
    "levelname": "level",
    "name": "logger",
    "process": "pid",
    "message": "message",
}


class TextFormatter(logging.Formatter):
    """The text line, with a record's structured fields appended as `key=value`."""

    def __init__(self) -> None:
        super().__init__(_TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = [f"{key}={value}" for key, value in record.__dict__.items() if key not in _STANDARD]
        return f"{line} {' '.join(extra)}" if extra else line


class GatewayHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler `configure` installs, so that configuring again replaces it and nothing else.

    The access log writes its JSON lines straight to this handler's stream when nothing else would
    see them (`observability.access_line`).
    """


def formatter(kind: str) -> logging.Formatter:
    if kind == "text":
        return TextFormatter()
    # orjson, already the gateway's JSON decoder, writes the line at a fraction of json.dumps's cost.
    return OrjsonFormatter(
        " ".join(f"%({attribute})s" for attribute in JSON_HEAD),
        rename_fields={attribute: key for attribute, key in JSON_HEAD.items() if attribute != key},
        timestamp=False,
    )


def default_format() -> str:
    return "text" if sys.stderr.isatty() else "json"


def configure(level: str = "info", kind: str | None = None) -> None:
    """(Re)configures the root logger: one stderr handler with the chosen format and level."""
    handler = GatewayHandler(sys.stderr)
    handler.setFormatter(formatter(kind or default_format()))
    root = logging.getLogger()
    for old in list(root.handlers):
        if isinstance(old, GatewayHandler):
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # One line per upstream request is noise at any real load; failures are logged by the gateway.
    logging.getLogger("httpx").setLevel(logging.WARNING)
