from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidityHoursDaily")


@_attrs_define
class ValidityHoursDaily:
    """A recurring daily period when the resource is active.

    Attributes:
        start_time (None | str | Unset): Starting hour of validity in the HH:mm format. The resource is inactive before
            this time. Example: 12:00.
        days_of_week (list[int] | None | Unset): Days of the week when the period applies (0 Sunday, 1 Monday, ... 6
            Saturday).
        expiration_time (None | str | Unset): Ending hour of validity in the HH:mm format. The resource is inactive
            after this time. Example: 14:00.
    """

    start_time: None | str | Unset = UNSET
    days_of_week: list[int] | None | Unset = UNSET
    expiration_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        days_of_week: list[int] | None | Unset
        if isinstance(self.days_of_week, Unset):
            days_of_week = UNSET
        elif isinstance(self.days_of_week, list):
            days_of_week = self.days_of_week

        else:
            days_of_week = self.days_of_week

        expiration_time: None | str | Unset
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_days_of_week(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                days_of_week_type_0 = cast(list[int], data)

                return days_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        days_of_week = _parse_days_of_week(d.pop("days_of_week", UNSET))

        def _parse_expiration_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration_time = _parse_expiration_time(d.pop("expiration_time", UNSET))

        validity_hours_daily = cls(
            start_time=start_time,
            days_of_week=days_of_week,
            expiration_time=expiration_time,
        )

        validity_hours_daily.additional_properties = d
        return validity_hours_daily

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
