from enum import StrEnum


class RedeemableStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DISABLED = "DISABLED"
    EXPIRED = "EXPIRED"
    NOT_ACTIVE_YET = "NOT_ACTIVE_YET"
    NO_BALANCE = "NO_BALANCE"
    USED = "USED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RedeemableStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
