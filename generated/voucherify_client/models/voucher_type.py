from enum import StrEnum


class VoucherType(StrEnum):
    DISCOUNT_VOUCHER = "DISCOUNT_VOUCHER"
    GIFT_VOUCHER = "GIFT_VOUCHER"
    LOYALTY_CARD = "LOYALTY_CARD"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VoucherType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
