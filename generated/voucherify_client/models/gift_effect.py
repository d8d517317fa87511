from enum import StrEnum


class GiftEffect(StrEnum):
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"
    APPLY_TO_ORDER = "APPLY_TO_ORDER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "GiftEffect | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
