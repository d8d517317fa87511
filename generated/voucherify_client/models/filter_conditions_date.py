from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterConditionsDate")


@_attrs_define
class FilterConditionsDate:
    """Conditions on a timestamp field.

    Attributes:
        after (datetime.datetime | Unset): Value is after this date (ISO 8601). Example: 2024-01-01T00:00:00.000Z.
        before (datetime.datetime | Unset): Value is before this date (ISO 8601). Example: 2024-01-01T00:00:00.000Z.
        has_value (str | Unset): Value is NOT null. The value for this parameter is an empty string.
        is_unknown (str | Unset): Value is null. The value for this parameter is an empty string.
        more_than (int | Unset): Value is more days ago before the current date and time, e.g. more than 10 days ago.
            Example: 10.
        less_than (int | Unset): Value is less days before the current date and time, e.g. less than 10 days ago.
            Example: 10.
    """

    after: datetime.datetime | Unset = UNSET
    before: datetime.datetime | Unset = UNSET
    has_value: str | Unset = UNSET
    is_unknown: str | Unset = UNSET
    more_than: int | Unset = UNSET
    less_than: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after: str | Unset = UNSET
        if not isinstance(self.after, Unset):
            after = self.after.isoformat()

        before: str | Unset = UNSET
        if not isinstance(self.before, Unset):
            before = self.before.isoformat()

        has_value = self.has_value

        is_unknown = self.is_unknown

        more_than = self.more_than

        less_than = self.less_than

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if after is not UNSET:
            field_dict["$after"] = after
        if before is not UNSET:
            field_dict["$before"] = before
        if has_value is not UNSET:
            field_dict["$has_value"] = has_value
        if is_unknown is not UNSET:
            field_dict["$is_unknown"] = is_unknown
        if more_than is not UNSET:
            field_dict["$more_than"] = more_than
        if less_than is not UNSET:
            field_dict["$less_than"] = less_than

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _after = d.pop("$after", UNSET)
        after: datetime.datetime | Unset
        if isinstance(_after, Unset):
            after = UNSET
        else:
            after = datetime.datetime.fromisoformat(_after)

        _before = d.pop("$before", UNSET)
        before: datetime.datetime | Unset
        if isinstance(_before, Unset):
            before = UNSET
        else:
            before = datetime.datetime.fromisoformat(_before)

        has_value = d.pop("$has_value", UNSET)

        is_unknown = d.pop("$is_unknown", UNSET)

        more_than = d.pop("$more_than", UNSET)

        less_than = d.pop("$less_than", UNSET)

        filter_conditions_date = cls(
            after=after,
            before=before,
            has_value=has_value,
            is_unknown=is_unknown,
            more_than=more_than,
            less_than=less_than,
        )

        filter_conditions_date.additional_properties = d
        return filter_conditions_date

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
