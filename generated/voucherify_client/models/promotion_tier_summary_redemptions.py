from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionTierSummaryRedemptions")


@_attrs_define
class PromotionTierSummaryRedemptions:
    """Redemption totals of a promotion tier.

    Attributes:
        total_redeemed (int | None | Unset): How many times the promotion tier has been redeemed.
    """

    total_redeemed: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_redeemed: int | None | Unset
        if isinstance(self.total_redeemed, Unset):
            total_redeemed = UNSET
        else:
            total_redeemed = self.total_redeemed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_redeemed is not UNSET:
            field_dict["total_redeemed"] = total_redeemed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_total_redeemed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_redeemed = _parse_total_redeemed(d.pop("total_redeemed", UNSET))

        promotion_tier_summary_redemptions = cls(
            total_redeemed=total_redeemed,
        )

        promotion_tier_summary_redemptions.additional_properties = d
        return promotion_tier_summary_redemptions

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
