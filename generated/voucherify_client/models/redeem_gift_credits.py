from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemGiftCredits")


@_attrs_define
class RedeemGiftCredits:
    """Gift card redemption parameters.

    Attributes:
        credits_ (int | Unset): The number of credits that the user wants to use from the gift card to fulfill the
            order. The
            value of credits cannot be higher than the current balance on the gift card. The value is in
            the smallest currency unit (e.g. 10000 cents for $100.00).
             Example: 2000.
    """

    credits_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits", UNSET)

        redeem_gift_credits = cls(
            credits_=credits_,
        )

        redeem_gift_credits.additional_properties = d
        return redeem_gift_credits

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
