from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.holder_role import HolderRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterConditionsHolderRole")


@_attrs_define
class FilterConditionsHolderRole:
    """Conditions on the holder role.

    Attributes:
        in_ (list[HolderRole] | Unset): Array of resource values that should be included in the results (multiple
            values).
        not_in (list[HolderRole] | Unset): Array of resource values that should be excluded from the results (multiple
            values).
        is_ (HolderRole | Unset): Role of the redeemable holder.
        is_not (HolderRole | Unset): Role of the redeemable holder.
        has_value (str | Unset): Value is NOT null. The value for this parameter is an empty string.
        is_unknown (str | Unset): Value is null. The value for this parameter is an empty string.
        starts_with (str | Unset): Value starts with the specified string.
        ends_with (str | Unset): Value ends with the specified string.
    """

    in_: list[HolderRole] | Unset = UNSET
    not_in: list[HolderRole] | Unset = UNSET
    is_: HolderRole | Unset = UNSET
    is_not: HolderRole | Unset = UNSET
    has_value: str | Unset = UNSET
    is_unknown: str | Unset = UNSET
    starts_with: str | Unset = UNSET
    ends_with: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = []
            for in_item_data in self.in_:
                in_item = in_item_data.value
                in_.append(in_item)

        not_in: list[str] | Unset = UNSET
        if not isinstance(self.not_in, Unset):
            not_in = []
            for not_in_item_data in self.not_in:
                not_in_item = not_in_item_data.value
                not_in.append(not_in_item)

        is_: str | Unset = UNSET
        if not isinstance(self.is_, Unset):
            is_ = self.is_.value

        is_not: str | Unset = UNSET
        if not isinstance(self.is_not, Unset):
            is_not = self.is_not.value

        has_value = self.has_value

        is_unknown = self.is_unknown

        starts_with = self.starts_with

        ends_with = self.ends_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_ is not UNSET:
            field_dict["$in"] = in_
        if not_in is not UNSET:
            field_dict["$not_in"] = not_in
        if is_ is not UNSET:
            field_dict["$is"] = is_
        if is_not is not UNSET:
            field_dict["$is_not"] = is_not
        if has_value is not UNSET:
            field_dict["$has_value"] = has_value
        if is_unknown is not UNSET:
            field_dict["$is_unknown"] = is_unknown
        if starts_with is not UNSET:
            field_dict["$starts_with"] = starts_with
        if ends_with is not UNSET:
            field_dict["$ends_with"] = ends_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _in_ = d.pop("$in", UNSET)
        in_: list[HolderRole] | Unset = UNSET
        if _in_ is not UNSET:
            in_ = []
            for in_item_data in _in_:
                in_item = HolderRole(in_item_data)

                in_.append(in_item)

        _not_in = d.pop("$not_in", UNSET)
        not_in: list[HolderRole] | Unset = UNSET
        if _not_in is not UNSET:
            not_in = []
            for not_in_item_data in _not_in:
                not_in_item = HolderRole(not_in_item_data)

                not_in.append(not_in_item)

        _is_ = d.pop("$is", UNSET)
        is_: HolderRole | Unset
        if isinstance(_is_, Unset):
            is_ = UNSET
        else:
            is_ = HolderRole(_is_)

        _is_not = d.pop("$is_not", UNSET)
        is_not: HolderRole | Unset
        if isinstance(_is_not, Unset):
            is_not = UNSET
        else:
            is_not = HolderRole(_is_not)

        has_value = d.pop("$has_value", UNSET)

        is_unknown = d.pop("$is_unknown", UNSET)

        starts_with = d.pop("$starts_with", UNSET)

        ends_with = d.pop("$ends_with", UNSET)

        filter_conditions_holder_role = cls(
            in_=in_,
            not_in=not_in,
            is_=is_,
            is_not=is_not,
            has_value=has_value,
            is_unknown=is_unknown,
            starts_with=starts_with,
            ends_with=ends_with,
        )

        filter_conditions_holder_role.additional_properties = d
        return filter_conditions_holder_role

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
