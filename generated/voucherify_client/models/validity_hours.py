from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validity_hours_daily import ValidityHoursDaily


T = TypeVar("T", bound="ValidityHours")


@_attrs_define
class ValidityHours:
    """Determines the hours of validity, e.g. to create a happy hours scenario.

    Attributes:
        daily (list[ValidityHoursDaily] | None | Unset): Defines the recurring period(s) when the resource is active.
            The periods should not overlap.
    """

    daily: list[ValidityHoursDaily] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily: list[dict[str, Any]] | None | Unset
        if isinstance(self.daily, Unset):
            daily = UNSET
        elif isinstance(self.daily, list):
            daily = []
            for daily_type_0_item_data in self.daily:
                daily_type_0_item = daily_type_0_item_data.to_dict()
                daily.append(daily_type_0_item)

        else:
            daily = self.daily

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily is not UNSET:
            field_dict["daily"] = daily

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validity_hours_daily import ValidityHoursDaily  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_daily(data: object) -> list[ValidityHoursDaily] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                daily_type_0 = []
                _daily_type_0 = data
                for daily_type_0_item_data in _daily_type_0:
                    daily_type_0_item = ValidityHoursDaily.from_dict(daily_type_0_item_data)

                    daily_type_0.append(daily_type_0_item)

                return daily_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ValidityHoursDaily] | None | Unset, data)

        daily = _parse_daily(d.pop("daily", UNSET))

        validity_hours = cls(
            daily=daily,
        )

        validity_hours.additional_properties = d
        return validity_hours

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
