"""Contains all the data models used in inputs/outputs"""

from .applicable_to import ApplicableTo
from .applicable_to_list import ApplicableToList
from .applicable_to_order_item_units import ApplicableToOrderItemUnits
from .campaign_type import CampaignType
from .category import Category
from .category_stacking_rules_type import CategoryStackingRulesType
from .channel import Channel
from .channel_type import ChannelType
from .customer_address import CustomerAddress
from .customer_input import CustomerInput
from .customer_redeemable import CustomerRedeemable
from .customer_redeemable_redeemable import CustomerRedeemableRedeemable
from .customer_redeemables_filters import CustomerRedeemablesFilters
from .customer_redeemables_list import CustomerRedeemablesList
from .customer_redeemables_order import CustomerRedeemablesOrder
from .customer_reference import CustomerReference
from .discount import Discount
from .discount_effect import DiscountEffect
from .discount_type import DiscountType
from .discount_unit import DiscountUnit
from .discount_unit_effect import DiscountUnitEffect
from .discount_unit_product import DiscountUnitProduct
from .discount_unit_sku import DiscountUnitSku
from .error import Error
from .error_custom_message import ErrorCustomMessage
from .filter_campaign_type import FilterCampaignType
from .filter_conditions_campaign_type import FilterConditionsCampaignType
from .filter_conditions_date import FilterConditionsDate
from .filter_conditions_holder_role import FilterConditionsHolderRole
from .filter_conditions_redeemable_object import FilterConditionsRedeemableObject
from .filter_conditions_string import FilterConditionsString
from .filter_conditions_voucher_type import FilterConditionsVoucherType
from .filter_date import FilterDate
from .filter_holder_role import FilterHolderRole
from .filter_junction import FilterJunction
from .filter_redeemable_object import FilterRedeemableObject
from .filter_string import FilterString
from .filter_voucher_type import FilterVoucherType
from .gift_effect import GiftEffect
from .holder_role import HolderRole
from .metadata import Metadata
from .order import Order
from .order_input import OrderInput
from .order_item import OrderItem
from .order_item_application_details import OrderItemApplicationDetails
from .order_item_input import OrderItemInput
from .order_item_product import OrderItemProduct
from .order_item_related_object import OrderItemRelatedObject
from .order_item_sku import OrderItemSku
from .order_redemption_entry import OrderRedemptionEntry
from .order_redemptions import OrderRedemptions
from .order_status import OrderStatus
from .promotion_tier import PromotionTier
from .promotion_tier_action import PromotionTierAction
from .promotion_tier_campaign import PromotionTierCampaign
from .promotion_tier_summary import PromotionTierSummary
from .promotion_tier_summary_orders import PromotionTierSummaryOrders
from .promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions
from .redeem_gift_credits import RedeemGiftCredits
from .redeem_reward import RedeemReward
from .redeem_voucher_expand_option import RedeemVoucherExpandOption
from .redeem_voucher_options import RedeemVoucherOptions
from .redeem_voucher_request import RedeemVoucherRequest
from .redeem_voucher_response import RedeemVoucherResponse
from .redeemable_object_type import RedeemableObjectType
from .redeemable_status import RedeemableStatus
from .redemption import Redemption
from .redemption_gift import RedemptionGift
from .redemption_loyalty_card import RedemptionLoyaltyCard
from .redemption_result import RedemptionResult
from .redemption_reward_result import RedemptionRewardResult
from .redemption_rollback import RedemptionRollback
from .redemption_rollback_status import RedemptionRollbackStatus
from .redemption_status import RedemptionStatus
from .related_object_type import RelatedObjectType
from .related_redemption_entry import RelatedRedemptionEntry
from .related_redemptions import RelatedRedemptions
from .reward_parameters import RewardParameters
from .reward_parameters_campaign import RewardParametersCampaign
from .reward_parameters_coin import RewardParametersCoin
from .reward_parameters_product import RewardParametersProduct
from .reward_product import RewardProduct
from .reward_product_skus import RewardProductSkus
from .reward_sku import RewardSku
from .reward_type import RewardType
from .rollback_order_mode import RollbackOrderMode
from .rollback_redemption_request import RollbackRedemptionRequest
from .session import Session
from .session_ttl_unit import SessionTtlUnit
from .session_type import SessionType
from .simple_customer import SimpleCustomer
from .validation_rule_related_object_type import ValidationRuleRelatedObjectType
from .validation_rules_assignment import ValidationRulesAssignment
from .validation_rules_assignments_list import ValidationRulesAssignmentsList
from .validation_status import ValidationStatus
from .validity_hours import ValidityHours
from .validity_hours_daily import ValidityHoursDaily
from .validity_timeframe import ValidityTimeframe
from .voucher import Voucher
from .voucher_asset import VoucherAsset
from .voucher_assets import VoucherAssets
from .voucher_gift import VoucherGift
from .voucher_loyalty_card import VoucherLoyaltyCard
from .voucher_publish_summary import VoucherPublishSummary
from .voucher_redemption_summary import VoucherRedemptionSummary
from .voucher_redemptions_list import VoucherRedemptionsList
from .voucher_type import VoucherType

__all__ = (
    "ApplicableTo",
    "ApplicableToList",
    "ApplicableToOrderItemUnits",
    "CampaignType",
    "Category",
    "CategoryStackingRulesType",
    "Channel",
    "ChannelType",
    "CustomerAddress",
    "CustomerInput",
    "CustomerRedeemable",
    "CustomerRedeemableRedeemable",
    "CustomerRedeemablesFilters",
    "CustomerRedeemablesList",
    "CustomerRedeemablesOrder",
    "CustomerReference",
    "Discount",
    "DiscountEffect",
    "DiscountType",
    "DiscountUnit",
    "DiscountUnitEffect",
    "DiscountUnitProduct",
    "DiscountUnitSku",
    "Error",
    "ErrorCustomMessage",
    "FilterCampaignType",
    "FilterConditionsCampaignType",
    "FilterConditionsDate",
    "FilterConditionsHolderRole",
    "FilterConditionsRedeemableObject",
    "FilterConditionsString",
    "FilterConditionsVoucherType",
    "FilterDate",
    "FilterHolderRole",
    "FilterJunction",
    "FilterRedeemableObject",
    "FilterString",
    "FilterVoucherType",
    "GiftEffect",
    "HolderRole",
    "Metadata",
    "Order",
    "OrderInput",
    "OrderItem",
    "OrderItemApplicationDetails",
    "OrderItemInput",
    "OrderItemProduct",
    "OrderItemRelatedObject",
    "OrderItemSku",
    "OrderRedemptionEntry",
    "OrderRedemptions",
    "OrderStatus",
    "PromotionTier",
    "PromotionTierAction",
    "PromotionTierCampaign",
    "PromotionTierSummary",
    "PromotionTierSummaryOrders",
    "PromotionTierSummaryRedemptions",
    "RedeemableObjectType",
    "RedeemableStatus",
    "RedeemGiftCredits",
    "RedeemReward",
    "RedeemVoucherExpandOption",
    "RedeemVoucherOptions",
    "RedeemVoucherRequest",
    "RedeemVoucherResponse",
    "Redemption",
    "RedemptionGift",
    "RedemptionLoyaltyCard",
    "RedemptionResult",
    "RedemptionRewardResult",
    "RedemptionRollback",
    "RedemptionRollbackStatus",
    "RedemptionStatus",
    "RelatedObjectType",
    "RelatedRedemptionEntry",
    "RelatedRedemptions",
    "RewardParameters",
    "RewardParametersCampaign",
    "RewardParametersCoin",
    "RewardParametersProduct",
    "RewardProduct",
    "RewardProductSkus",
    "RewardSku",
    "RewardType",
    "RollbackOrderMode",
    "RollbackRedemptionRequest",
    "Session",
    "SessionTtlUnit",
    "SessionType",
    "SimpleCustomer",
    "ValidationRuleRelatedObjectType",
    "ValidationRulesAssignment",
    "ValidationRulesAssignmentsList",
    "ValidationStatus",
    "ValidityHours",
    "ValidityHoursDaily",
    "ValidityTimeframe",
    "Voucher",
    "VoucherAsset",
    "VoucherAssets",
    "VoucherGift",
    "VoucherLoyaltyCard",
    "VoucherPublishSummary",
    "VoucherRedemptionsList",
    "VoucherRedemptionSummary",
    "VoucherType",
)
