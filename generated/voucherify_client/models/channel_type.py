from enum import StrEnum


class ChannelType(StrEnum):
    API = "API"
    AUTO_REDEEM = "AUTO_REDEEM"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ChannelType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
