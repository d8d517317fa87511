from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionTierSummaryOrders")


@_attrs_define
class PromotionTierSummaryOrders:
    """Order totals of a promotion tier.

    Attributes:
        total_amount (int | None | Unset): Sum of the amounts of the orders the tier applied to, in the smallest
            currency unit.
        total_discount_amount (int | None | Unset): Sum of the discounts the tier gave, in the smallest currency unit.
    """

    total_amount: int | None | Unset = UNSET
    total_discount_amount: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        total_discount_amount: int | None | Unset
        if isinstance(self.total_discount_amount, Unset):
            total_discount_amount = UNSET
        else:
            total_discount_amount = self.total_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_total_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        def _parse_total_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_discount_amount = _parse_total_discount_amount(d.pop("total_discount_amount", UNSET))

        promotion_tier_summary_orders = cls(
            total_amount=total_amount,
            total_discount_amount=total_discount_amount,
        )

        promotion_tier_summary_orders.additional_properties = d
        return promotion_tier_summary_orders

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
