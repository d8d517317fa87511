from enum import StrEnum


class DiscountEffect(StrEnum):
    ADD_MANY_ITEMS = "ADD_MANY_ITEMS"
    ADD_MISSING_ITEMS = "ADD_MISSING_ITEMS"
    ADD_NEW_ITEMS = "ADD_NEW_ITEMS"
    APPLY_TO_ITEMS = "APPLY_TO_ITEMS"
    APPLY_TO_ITEMS_BY_QUANTITY = "APPLY_TO_ITEMS_BY_QUANTITY"
    APPLY_TO_ITEMS_PROPORTIONALLY = "APPLY_TO_ITEMS_PROPORTIONALLY"
    APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY = "APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY"
    APPLY_TO_ORDER = "APPLY_TO_ORDER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DiscountEffect | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
