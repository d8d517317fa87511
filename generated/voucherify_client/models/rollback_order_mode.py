from enum import StrEnum


class RollbackOrderMode(StrEnum):
    WITHOUT_ORDER = "WITHOUT_ORDER"
    WITH_ORDER = "WITH_ORDER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RollbackOrderMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
