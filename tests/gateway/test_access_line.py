"""The direct JSON access line: the formatter's line exactly, taken only when logging would write just that.

Both paths write into one buffer through the handler `logs.configure` installs, with the clock frozen,
so the two lines can be compared byte for byte.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import time
from collections.abc import Callable, Iterator

import pytest

from voucher_gateway import logs
from voucher_gateway.observability import access_log
from voucher_gateway.observability.record import CallRecord

METHOD = "voucherify.v1.RedemptionService/RedeemVoucher"
Facts = tuple[str, str, float, CallRecord, str | None, str, str | None]


def facts(**set_on_record: object) -> Facts:
    record = CallRecord(None)
    for name, value in set_on_record.items():
        setattr(record, name, value)
    return (METHOD, "OK", 0.0123456, record, None, "ipv4:127.0.0.1:40000", None)


def everything() -> Facts:
    record = CallRecord(None)
    record.reason, record.error, record.request_id = "VOUCHER_EXPIRED", 'Voucher "Ü-1" expired\n', "v-9"
    record.operation, record.upstream_status, record.upstream_seconds = "RedeemVoucher", "400", 0.0045678
    return (METHOD, "FAILED_PRECONDITION", 1.5, record, "shop-frontend", "ipv6:[::1]:5", "0af7651916cd43dd")


CALLS = {
    "bare": facts(),
    "upstream answered": facts(operation="GetRedemption", upstream_status="200", upstream_seconds=0.001),
    "upstream status unset": facts(operation="GetRedemption"),
    "every field": everything(),
}
#: Frozen clocks: inside one second, its last millisecond, and the next second (the time text is cached).
CLOCKS = (1764083654.0735, 1764083654.9999, 1764083655.0004)


@contextlib.contextmanager
def only_the_gateway_handler(kind: str = "json") -> Iterator[io.StringIO]:
    """The root logger as the CLI leaves it, writing to a buffer; pytest's own handlers set aside."""
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    for handler in saved:
        root.removeHandler(handler)
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stderr(buffer):
            logs.configure("info", kind)
        yield buffer
    finally:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
        for handler in saved:
            root.addHandler(handler)
        root.setLevel(level)


@pytest.mark.parametrize("name", list(CALLS))
def test_the_direct_line_is_the_formatters_line(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [CLOCKS[0]]
    monkeypatch.setattr(time, "time", lambda: now[0])
    detour = logging.NullHandler()
    with only_the_gateway_handler() as buffer:
        for clock in CLOCKS:
            now[0] = clock
            assert access_log.direct.current() is not None
            access_log.write(access_log.line(*CALLS[name]))
            logging.getLogger().addHandler(detour)
            assert access_log.direct.current() is None
            access_log.write(access_log.line(*CALLS[name]))
            logging.getLogger().removeHandler(detour)
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2 * len(CLOCKS)
    for direct, formatted in zip(lines[::2], lines[1::2], strict=True):
        assert list(json.loads(direct).items()) == list(json.loads(formatted).items())
        assert direct == formatted


def test_the_line_keeps_the_documented_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: CLOCKS[0])
    with only_the_gateway_handler() as buffer:
        access_log.write(access_log.line(*CALLS["every field"]))
    line = json.loads(buffer.getvalue())
    assert list(line) == [
        "time",
        "level",
        "logger",
        "pid",
        "message",
        "grpc_method",
        "grpc_code",
        "duration_ms",
        "peer",
        "caller",
        "reason",
        "error",
        "upstream_operation",
        "upstream_status",
        "upstream_ms",
        "request_id",
        "trace_id",
    ]
    assert line["time"] == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(CLOCKS[0])) + ",073"
    assert (line["level"], line["logger"], line["message"]) == (
        "INFO",
        "voucher_gateway.access",
        f"{METHOD} FAILED_PRECONDITION 1500.0 ms",
    )
    assert (line["duration_ms"], line["upstream_ms"], line["error"]) == (
        1500.0,
        4.568,
        'Voucher "Ü-1" expired\n',
    )


class Recording(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _attach(logger: str) -> Callable[[], Callable[[], None]]:
    def attach() -> Callable[[], None]:
        handler = Recording()
        logging.getLogger(logger).addHandler(handler)
        return lambda: logging.getLogger(logger).removeHandler(handler)

    return attach


def _set(target: Callable[[], object], attribute: str, value: object) -> Callable[[], Callable[[], None]]:
    def change() -> Callable[[], None]:
        owner = target()
        before = getattr(owner, attribute)
        setattr(owner, attribute, value)
        return lambda: setattr(owner, attribute, before)

    return change


def _level(logger: str, level: int) -> Callable[[], Callable[[], None]]:
    def change() -> Callable[[], None]:
        before = logging.getLogger(logger).level
        logging.getLogger(logger).setLevel(level)
        return lambda: logging.getLogger(logger).setLevel(before)

    return change


def _filter(target: Callable[[], logging.Filterer]) -> Callable[[], Callable[[], None]]:
    def change() -> Callable[[], None]:
        owner, dropping = target(), logging.Filter("nothing.matches")
        owner.addFilter(dropping)
        return lambda: owner.removeFilter(dropping)

    return change


def _gateway_handler() -> logging.Handler:
    return logging.getLogger().handlers[0]


def _disable() -> Callable[[], None]:
    logging.disable(logging.INFO)
    return lambda: logging.disable(logging.NOTSET)


def _record_factory() -> Callable[[], None]:
    logging.setLogRecordFactory(lambda *args, **kwargs: logging.LogRecord(*args, **kwargs))
    return lambda: logging.setLogRecordFactory(logging.LogRecord)


def _text_formatter() -> Callable[[], None]:
    handler = _gateway_handler()
    before = handler.formatter
    handler.setFormatter(logs.formatter("text"))
    return lambda: handler.setFormatter(before)


DETOURS: dict[str, Callable[[], Callable[[], None]]] = {
    "a second root handler (as caplog adds)": _attach(""),
    "a handler on the access logger": _attach("voucher_gateway.access"),
    "a handler on its parent": _attach("voucher_gateway"),
    "the parent does not propagate": _set(lambda: logging.getLogger("voucher_gateway"), "propagate", False),
    "the access logger does not propagate": _set(lambda: access_log.log, "propagate", False),
    "the access logger is disabled": _set(lambda: access_log.log, "disabled", True),
    "the access logger is at WARNING": _level("voucher_gateway.access", logging.WARNING),
    "the root logger is at WARNING": _level("", logging.WARNING),
    "a filter on the access logger": _filter(lambda: access_log.log),
    "a filter on the gateway handler": _filter(_gateway_handler),
    "the gateway handler is at WARNING": _set(_gateway_handler, "level", logging.WARNING),
    "logging.disable": _disable,
    "a record factory": _record_factory,
    "the text formatter": _text_formatter,
}


@pytest.mark.parametrize("name", list(DETOURS))
def test_any_detour_sends_the_line_through_logging_and_ending_it_comes_back(name: str) -> None:
    with only_the_gateway_handler():
        assert access_log.direct.current() is not None
        undo = DETOURS[name]()
        try:
            assert access_log.direct.current() is None
        finally:
            undo()
        assert access_log.direct.current() is not None


def test_a_handler_on_the_way_receives_the_record_with_its_fields() -> None:
    recording = Recording()
    with only_the_gateway_handler() as buffer:
        logging.getLogger("voucher_gateway").addHandler(recording)
        try:
            access_log.write(access_log.line(*CALLS["every field"]))
        finally:
            logging.getLogger("voucher_gateway").removeHandler(recording)
    [record] = recording.records
    assert record.getMessage() == f"{METHOD} FAILED_PRECONDITION 1500.0 ms"
    assert (record.__dict__["request_id"], record.__dict__["trace_id"]) == ("v-9", "0af7651916cd43dd")
    assert json.loads(buffer.getvalue())["request_id"] == "v-9"


def test_text_lines_are_written_by_the_text_formatter() -> None:
    with only_the_gateway_handler("text") as buffer:
        access_log.write(access_log.line(*CALLS["upstream answered"]))
    line = buffer.getvalue()
    assert " INFO voucher_gateway.access[" in line and "upstream_status=200" in line
    with pytest.raises(json.JSONDecodeError):
        json.loads(line)


def test_configuring_again_moves_the_direct_line_to_the_new_handler() -> None:
    with only_the_gateway_handler() as first:
        access_log.write(access_log.line(*CALLS["bare"]))
        second = io.StringIO()
        with contextlib.redirect_stderr(second):
            logs.configure("info", "json")
        writer = access_log.direct.current()
        assert writer is not None and writer.handler is logging.getLogger().handlers[0]
        access_log.write(access_log.line(*CALLS["upstream answered"]))
    assert [json.loads(line)["grpc_code"] for line in first.getvalue().splitlines()] == ["OK"]
    assert json.loads(second.getvalue())["upstream_status"] == "200"


def test_with_caplog_the_records_arrive_as_before(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="voucher_gateway.access")
    assert access_log.direct.current() is None
    access_log.write(access_log.line(*CALLS["every field"]))
    [record] = [r for r in caplog.records if r.name == "voucher_gateway.access"]
    assert record.levelno == logging.INFO
    assert record.getMessage() == f"{METHOD} FAILED_PRECONDITION 1500.0 ms"
    _, _, fields = access_log.line(*CALLS["every field"])
    assert {key: record.__dict__[key] for key in fields} == fields
