from enum import StrEnum


class SessionTtlUnit(StrEnum):
    DAYS = "DAYS"
    HOURS = "HOURS"
    MICROSECONDS = "MICROSECONDS"
    MILLISECONDS = "MILLISECONDS"
    MINUTES = "MINUTES"
    NANOSECONDS = "NANOSECONDS"
    SECONDS = "SECONDS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SessionTtlUnit | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
