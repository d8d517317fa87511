from enum import StrEnum


class CampaignType(StrEnum):
    DISCOUNT_COUPONS = "DISCOUNT_COUPONS"
    GIFT_VOUCHERS = "GIFT_VOUCHERS"
    LOYALTY_PROGRAM = "LOYALTY_PROGRAM"
    PROMOTION = "PROMOTION"
    REFERRAL_PROGRAM = "REFERRAL_PROGRAM"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CampaignType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
