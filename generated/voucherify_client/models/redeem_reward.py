from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemReward")


@_attrs_define
class RedeemReward:
    """Loyalty card redemption parameters (the reward to redeem).

    Attributes:
        id (str | Unset): Unique reward ID assigned by Voucherify. The reward must be assigned to the campaign in order
            for the user to be able to use the reward.
             Example: rew_INnIA5fdWXNtgBJIFvefuQGA.
        points (int | Unset): The number of loyalty points that the user wants to spend in order to fulfill the order
            using
            a pay with points reward. The number of points cannot be higher than the current balance on
            the loyalty card.
             Example: 100.
    """

    id: str | Unset = UNSET
    points: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        points = d.pop("points", UNSET)

        redeem_reward = cls(
            id=id,
            points=points,
        )

        redeem_reward.additional_properties = d
        return redeem_reward

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
