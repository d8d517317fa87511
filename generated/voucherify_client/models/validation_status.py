from enum import StrEnum


class ValidationStatus(StrEnum):
    INVALID = "INVALID"
    PARTIALLY_VALID = "PARTIALLY_VALID"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ValidationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
