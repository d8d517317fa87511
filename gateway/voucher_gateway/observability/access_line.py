"""The JSON access line written straight to the gateway's handler, when that is what logging would write.

`log.info(...)` costs tens of µs of the event loop per line (a LogRecord, the caller's frame lookup,
the formatter's walk over the record); the same object built as one dict and encoded with orjson costs
a few. `DirectLines.current()` hands out the direct writer only while logging would deliver the line
to exactly one place, the JSON `GatewayHandler` that `logs.configure` installed, with nothing on the
way that could see, drop or change the record; otherwise the caller logs as usual.

When it is decided: what only a new handler or formatter can change (the formatter's class and
settings, the key order, the time format) is decided once per handler and formatter, and proved by
formatting a probe call both ways and comparing the two strings. What can change at any moment, and
unannounced, is checked on every call: pytest's caplog or a user's logging config attaching a
handler, levels, filters, `propagate`, `logging.disable`, a record factory. The logging module sends
no notice of these changes, so a decision taken once could write a line a newly attached handler
should have received; the check is a few attribute reads, well under a µs.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

import orjson
from pythonjsonlogger.orjson import OrjsonFormatter

from .. import logs

_INFO = logging.INFO
#: Converters that depend only on the whole second, so the time text can be made once a second.
_CONVERTERS = (time.localtime, time.gmtime)

#: One call's line: the message template, its arguments, and the structured fields.
Call = tuple[str, tuple[Any, ...], dict[str, object]]


class AccessLine:
    """Writes INFO lines of one logger to `handler`'s stream, as `handler`'s JSON formatter formats them.

    The formatter's settings are read once, here, and a new writer is made when the handler gets another
    formatter; a formatter changed in place afterwards (which the gateway never does) is not followed.
    """

    __slots__ = (
        "_clock",
        "_converter",
        "_date_format",
        "_default",
        "_keys",
        "_msec",
        "_prefix",
        "formatter",
        "handler",
        "name",
    )

    def __init__(self, name: str, handler: logs.GatewayHandler, formatter: OrjsonFormatter) -> None:
        self.name = name
        self.handler = handler
        self.formatter = formatter
        self._keys = tuple(logs.JSON_HEAD.values())
        self._clock: tuple[int, str] = (-1, "")
        # `Formatter.formatTime`: datefmt alone, or the default format with milliseconds appended.
        self._date_format = formatter.datefmt or formatter.default_time_format
        self._converter = formatter.converter
        self._msec = None if formatter.datefmt else formatter.default_msec_format
        self._prefix = formatter.prefix
        self._default = formatter.json_default

    def _time(self, created: float) -> str:
        """`formatTime` of a record created at `created`, its strftime part made once a second."""
        second = int(created)
        clock = self._clock
        if clock[0] != second:
            clock = self._clock = (second, time.strftime(self._date_format, self._converter(created)))
        if self._msec is None:
            return clock[1]
        return self._msec % (clock[1], int((created - second) * 1000))

    def text(self, template: str, args: tuple[Any, ...], fields: dict[str, object], created: float) -> str:
        """The line (without terminator) for `log.info(template, *args, extra=fields)` at `created`."""
        time_key, level_key, logger_key, pid_key, message_key = self._keys
        data: dict[str, object] = {
            time_key: self._time(created),
            level_key: logging.getLevelName(_INFO),
            logger_key: self.name,
            pid_key: os.getpid() if logging.logProcesses else None,
            message_key: template % args,
        }
        data.update(fields)
        encoded = orjson.dumps(data, default=self._default, option=orjson.OPT_NON_STR_KEYS)
        return self._prefix + encoded.decode()

    def write(self, template: str, args: tuple[Any, ...], fields: dict[str, object]) -> None:
        """Writes one line under the handler's lock, as `Handler.handle` does: lines never interleave."""
        handler = self.handler
        line = self.text(template, args, fields, time.time()) + handler.terminator
        handler.acquire()
        try:
            handler.stream.write(line)
            handler.flush()
        except RecursionError:
            raise
        except Exception:
            handler.handleError(logging.LogRecord(self.name, _INFO, "", 0, template, args, None))
        finally:
            handler.release()

    def proves(self, call: Call) -> bool:
        """Whether this writer gives exactly the formatter's line for `call` (every field set)."""
        template, args, fields = call
        record = logging.LogRecord(self.name, _INFO, __file__, 0, template, args, None)
        record.__dict__.update(fields)
        return self.text(template, args, fields, record.created) == self.formatter.format(record)


class DirectLines:
    """Hands out the direct writer for `log`'s INFO lines while it is equivalent to `log.info`."""

    def __init__(self, log: logging.Logger, probe: Call) -> None:
        self._log = log
        self._probe = probe
        self._planned: tuple[logging.Handler | None, logging.Formatter | None, AccessLine | None] = (
            None,
            None,
            None,
        )

    def current(self) -> AccessLine | None:
        """The writer, or None when the line must go through logging (checked per call, see module)."""
        log = self._log
        if log.filters or type(log) is not logging.Logger or not log.isEnabledFor(_INFO):
            return None
        root = logging.root
        node: logging.Logger | None = log
        while node is not None and node is not root:
            if node.handlers or not node.propagate:
                return None
            node = node.parent
        handlers = root.handlers
        if node is None or len(handlers) != 1 or logging.getLogRecordFactory() is not logging.LogRecord:
            return None
        handler = handlers[0]
        if handler.filters or handler.level > _INFO:
            return None
        planned_handler, planned_formatter, line = self._planned
        if handler is not planned_handler or handler.formatter is not planned_formatter:
            line = self._plan(handler)
        return line

    def _plan(self, handler: logging.Handler) -> AccessLine | None:
        """Once per handler and formatter: the writer, when the probe call comes out the same both ways."""
        formatter = handler.formatter
        line = None
        if (
            type(handler) is logs.GatewayHandler
            and type(formatter) is OrjsonFormatter
            and formatter.converter in _CONVERTERS
        ):
            candidate = AccessLine(self._log.name, handler, formatter)
            if candidate.proves(self._probe):
                line = candidate
        self._planned = (handler, formatter, line)
        logging.getLogger("voucher_gateway").debug(
            "access lines: %s", "written directly as JSON" if line is not None else "through logging"
        )
        return line
