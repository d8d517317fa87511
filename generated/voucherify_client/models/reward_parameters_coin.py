from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardParametersCoin")


@_attrs_define
class RewardParametersCoin:
    """`COIN` (pay with points) rewards: how points convert to money.

    Attributes:
        exchange_ratio (float | None | Unset): Money, in the smallest currency unit, that `points_ratio` points are
            worth. A number and
            not an integer because Voucherify's reward definitions accept fractions.
             Example: 1.
        points_ratio (int | None | Unset): Points exchanged for `exchange_ratio`. Example: 10.
    """

    exchange_ratio: float | None | Unset = UNSET
    points_ratio: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange_ratio: float | None | Unset
        if isinstance(self.exchange_ratio, Unset):
            exchange_ratio = UNSET
        else:
            exchange_ratio = self.exchange_ratio

        points_ratio: int | None | Unset
        if isinstance(self.points_ratio, Unset):
            points_ratio = UNSET
        else:
            points_ratio = self.points_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_ratio is not UNSET:
            field_dict["exchange_ratio"] = exchange_ratio
        if points_ratio is not UNSET:
            field_dict["points_ratio"] = points_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exchange_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchange_ratio = _parse_exchange_ratio(d.pop("exchange_ratio", UNSET))

        def _parse_points_ratio(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points_ratio = _parse_points_ratio(d.pop("points_ratio", UNSET))

        reward_parameters_coin = cls(
            exchange_ratio=exchange_ratio,
            points_ratio=points_ratio,
        )

        reward_parameters_coin.additional_properties = d
        return reward_parameters_coin

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
