from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterConditionsString")


@_attrs_define
class FilterConditionsString:
    """Conditions on a string field.

    Attributes:
        in_ (list[str] | Unset): Array of resource values that should be included in the results (multiple values).
        not_in (list[str] | Unset): Array of resource values that should be excluded from the results (multiple values).
        is_ (str | Unset): Value is exactly this value (single value).
        is_not (str | Unset): Results omit this value (single value).
        has_value (str | Unset): Value is NOT null. The value for this parameter is an empty string.
        is_unknown (str | Unset): Value is null. The value for this parameter is an empty string.
        starts_with (str | Unset): Value starts with the specified string.
        ends_with (str | Unset): Value ends with the specified string.
        contains (str | Unset): Value includes the specified string.
        not_contain (str | Unset): Value does NOT include the specified string.
    """

    in_: list[str] | Unset = UNSET
    not_in: list[str] | Unset = UNSET
    is_: str | Unset = UNSET
    is_not: str | Unset = UNSET
    has_value: str | Unset = UNSET
    is_unknown: str | Unset = UNSET
    starts_with: str | Unset = UNSET
    ends_with: str | Unset = UNSET
    contains: str | Unset = UNSET
    not_contain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_: list[str] | Unset = UNSET
        if not isinstance(self.in_, Unset):
            in_ = self.in_

        not_in: list[str] | Unset = UNSET
        if not isinstance(self.not_in, Unset):
            not_in = self.not_in

        is_ = self.is_

        is_not = self.is_not

        has_value = self.has_value

        is_unknown = self.is_unknown

        starts_with = self.starts_with

        ends_with = self.ends_with

        contains = self.contains

        not_contain = self.not_contain

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
        if contains is not UNSET:
            field_dict["$contains"] = contains
        if not_contain is not UNSET:
            field_dict["$not_contain"] = not_contain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_ = cast(list[str], d.pop("$in", UNSET))

        not_in = cast(list[str], d.pop("$not_in", UNSET))

        is_ = d.pop("$is", UNSET)

        is_not = d.pop("$is_not", UNSET)

        has_value = d.pop("$has_value", UNSET)

        is_unknown = d.pop("$is_unknown", UNSET)

        starts_with = d.pop("$starts_with", UNSET)

        ends_with = d.pop("$ends_with", UNSET)

        contains = d.pop("$contains", UNSET)

        not_contain = d.pop("$not_contain", UNSET)

        filter_conditions_string = cls(
            in_=in_,
            not_in=not_in,
            is_=is_,
            is_not=is_not,
            has_value=has_value,
            is_unknown=is_unknown,
            starts_with=starts_with,
            ends_with=ends_with,
            contains=contains,
            not_contain=not_contain,
        )

        filter_conditions_string.additional_properties = d
        return filter_conditions_string

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
