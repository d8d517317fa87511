from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_conditions_voucher_type import FilterConditionsVoucherType


T = TypeVar("T", bound="FilterVoucherType")


@_attrs_define
class FilterVoucherType:
    """Data filters on the voucher type.

    Attributes:
        conditions (FilterConditionsVoucherType | Unset): Conditions on the voucher type.
    """

    conditions: FilterConditionsVoucherType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_conditions_voucher_type import FilterConditionsVoucherType  # noqa: PLC0415

        d = dict(src_dict)
        _conditions = d.pop("conditions", UNSET)
        conditions: FilterConditionsVoucherType | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = FilterConditionsVoucherType.from_dict(_conditions)

        filter_voucher_type = cls(
            conditions=conditions,
        )

        filter_voucher_type.additional_properties = d
        return filter_voucher_type

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
