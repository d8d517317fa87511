from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe


T = TypeVar("T", bound="PromotionTierCampaign")


@_attrs_define
class PromotionTierCampaign:
    """Contains details about the promotion tier's parent campaign.

    Attributes:
        id (None | str | Unset): Unique campaign ID. Example: camp_40LC42P5NFbkkD4RWoJ4btks.
        start_date (datetime.datetime | None | Unset): Activation timestamp of the campaign (ISO 8601). Example:
            2022-09-22T00:00:00.000Z.
        expiration_date (datetime.datetime | None | Unset): Expiration timestamp of the campaign (ISO 8601). Example:
            2022-09-30T00:00:00.000Z.
        validity_timeframe (None | Unset | ValidityTimeframe):
        validity_day_of_week (list[int] | None | Unset): Days of the week when the campaign is valid (0 Sunday ... 6
            Saturday).
        validity_hours (None | Unset | ValidityHours):
        active (bool | None | Unset): A flag indicating whether the campaign is active or not active.
        category_id (None | str | Unset): Unique category ID that this campaign belongs to. Example:
            cat_0b688929a2476386a6.
        object_ (None | str | Unset): The type of the object represented by the campaign object (`campaign`).
    """

    id: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[int] | None | Unset = UNSET
    validity_hours: None | Unset | ValidityHours = UNSET
    active: bool | None | Unset = UNSET
    category_id: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validity_hours import ValidityHours  # noqa: PLC0415
        from ..models.validity_timeframe import ValidityTimeframe  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        validity_timeframe: dict[str, Any] | None | Unset
        if isinstance(self.validity_timeframe, Unset):
            validity_timeframe = UNSET
        elif isinstance(self.validity_timeframe, ValidityTimeframe):
            validity_timeframe = self.validity_timeframe.to_dict()
        else:
            validity_timeframe = self.validity_timeframe

        validity_day_of_week: list[int] | None | Unset
        if isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = UNSET
        elif isinstance(self.validity_day_of_week, list):
            validity_day_of_week = self.validity_day_of_week

        else:
            validity_day_of_week = self.validity_day_of_week

        validity_hours: dict[str, Any] | None | Unset
        if isinstance(self.validity_hours, Unset):
            validity_hours = UNSET
        elif isinstance(self.validity_hours, ValidityHours):
            validity_hours = self.validity_hours.to_dict()
        else:
            validity_hours = self.validity_hours

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if active is not UNSET:
            field_dict["active"] = active
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validity_hours import ValidityHours  # noqa: PLC0415
        from ..models.validity_timeframe import ValidityTimeframe  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_validity_timeframe(data: object) -> None | Unset | ValidityTimeframe:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validity_timeframe_type_0 = ValidityTimeframe.from_dict(data)

                return validity_timeframe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidityTimeframe, data)

        validity_timeframe = _parse_validity_timeframe(d.pop("validity_timeframe", UNSET))

        def _parse_validity_day_of_week(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validity_day_of_week_type_0 = cast(list[int], data)

                return validity_day_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        validity_day_of_week = _parse_validity_day_of_week(d.pop("validity_day_of_week", UNSET))

        def _parse_validity_hours(data: object) -> None | Unset | ValidityHours:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validity_hours_type_0 = ValidityHours.from_dict(data)

                return validity_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidityHours, data)

        validity_hours = _parse_validity_hours(d.pop("validity_hours", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        promotion_tier_campaign = cls(
            id=id,
            start_date=start_date,
            expiration_date=expiration_date,
            validity_timeframe=validity_timeframe,
            validity_day_of_week=validity_day_of_week,
            validity_hours=validity_hours,
            active=active,
            category_id=category_id,
            object_=object_,
        )

        promotion_tier_campaign.additional_properties = d
        return promotion_tier_campaign

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
