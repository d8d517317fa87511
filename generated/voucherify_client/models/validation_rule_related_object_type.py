from enum import StrEnum


class ValidationRuleRelatedObjectType(StrEnum):
    CAMPAIGN = "campaign"
    DISTRIBUTION = "distribution"
    EARNING_RULE = "earning_rule"
    PROMOTION_TIER = "promotion_tier"
    REWARD_ASSIGNMENT = "reward_assignment"
    VOUCHER = "voucher"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ValidationRuleRelatedObjectType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
