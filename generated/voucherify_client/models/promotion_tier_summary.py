from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.promotion_tier_summary_orders import PromotionTierSummaryOrders
    from ..models.promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions


T = TypeVar("T", bound="PromotionTierSummary")


@_attrs_define
class PromotionTierSummary:
    """Running totals of a promotion tier.

    Attributes:
        redemptions (None | PromotionTierSummaryRedemptions | Unset):
        orders (None | PromotionTierSummaryOrders | Unset):
    """

    redemptions: None | PromotionTierSummaryRedemptions | Unset = UNSET
    orders: None | PromotionTierSummaryOrders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.promotion_tier_summary_orders import PromotionTierSummaryOrders  # noqa: PLC0415
        from ..models.promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions  # noqa: PLC0415

        redemptions: dict[str, Any] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, PromotionTierSummaryRedemptions):
            redemptions = self.redemptions.to_dict()
        else:
            redemptions = self.redemptions

        orders: dict[str, Any] | None | Unset
        if isinstance(self.orders, Unset):
            orders = UNSET
        elif isinstance(self.orders, PromotionTierSummaryOrders):
            orders = self.orders.to_dict()
        else:
            orders = self.orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.promotion_tier_summary_orders import PromotionTierSummaryOrders  # noqa: PLC0415
        from ..models.promotion_tier_summary_redemptions import PromotionTierSummaryRedemptions  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_redemptions(data: object) -> None | PromotionTierSummaryRedemptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redemptions_type_0 = PromotionTierSummaryRedemptions.from_dict(data)

                return redemptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionTierSummaryRedemptions | Unset, data)

        redemptions = _parse_redemptions(d.pop("redemptions", UNSET))

        def _parse_orders(data: object) -> None | PromotionTierSummaryOrders | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                orders_type_0 = PromotionTierSummaryOrders.from_dict(data)

                return orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionTierSummaryOrders | Unset, data)

        orders = _parse_orders(d.pop("orders", UNSET))

        promotion_tier_summary = cls(
            redemptions=redemptions,
            orders=orders,
        )

        promotion_tier_summary.additional_properties = d
        return promotion_tier_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
