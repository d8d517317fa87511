from enum import StrEnum


class RedemptionStatus(StrEnum):
    FAILED = "FAILED"
    ROLLED_BACK = "ROLLED_BACK"
    SUCCEEDED = "SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RedemptionStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
