from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.related_object_type import RelatedObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRedemptionEntry")


@_attrs_define
class OrderRedemptionEntry:
    """One redemption (or rollback) recorded against an order.

    Attributes:
        date (datetime.datetime | None | Unset): Timestamp representing the date and time when the redemption was
            created (ISO 8601). Example: 2022-10-03T12:24:56.219Z.
        rollback_id (None | str | Unset): Unique ID of the redemption rollback. Example: rr_0c63c84eb78ee0a6c0.
        rollback_date (datetime.datetime | None | Unset): Timestamp representing the date and time when the redemption
            rollback was created (ISO 8601).
        related_object_type (None | RelatedObjectType | Unset): The source of the incentive.
        related_object_id (None | str | Unset): Unique ID of the related object (voucher, promotion tier, or parent
            redemption). Example: v_lfZi4rcEGe0sN9gmnj40bzwK2FH6QUno.
        related_object_parent_id (None | str | Unset): The campaign ID of the voucher if the redemption was based on a
            voucher that was part of bulk
            codes generated within a campaign. In case of a promotion tier, this represents the campaign ID
            of the promotion tier's parent campaign.
             Example: camp_B2Gx83JsSbmvj05MOwxYbNm6.
        stacked (list[str] | None | Unset): Contains a list of unique IDs of child redemptions, which belong to the
            stacked incentives.
        rollback_stacked (list[str] | None | Unset): Lists the rollback redemption IDs of the particular child
            redemptions.
    """

    date: datetime.datetime | None | Unset = UNSET
    rollback_id: None | str | Unset = UNSET
    rollback_date: datetime.datetime | None | Unset = UNSET
    related_object_type: None | RelatedObjectType | Unset = UNSET
    related_object_id: None | str | Unset = UNSET
    related_object_parent_id: None | str | Unset = UNSET
    stacked: list[str] | None | Unset = UNSET
    rollback_stacked: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        rollback_id: None | str | Unset
        if isinstance(self.rollback_id, Unset):
            rollback_id = UNSET
        else:
            rollback_id = self.rollback_id

        rollback_date: None | str | Unset
        if isinstance(self.rollback_date, Unset):
            rollback_date = UNSET
        elif isinstance(self.rollback_date, datetime.datetime):
            rollback_date = self.rollback_date.isoformat()
        else:
            rollback_date = self.rollback_date

        related_object_type: None | str | Unset
        if isinstance(self.related_object_type, Unset):
            related_object_type = UNSET
        elif isinstance(self.related_object_type, RelatedObjectType):
            related_object_type = self.related_object_type.value
        else:
            related_object_type = self.related_object_type

        related_object_id: None | str | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        else:
            related_object_id = self.related_object_id

        related_object_parent_id: None | str | Unset
        if isinstance(self.related_object_parent_id, Unset):
            related_object_parent_id = UNSET
        else:
            related_object_parent_id = self.related_object_parent_id

        stacked: list[str] | None | Unset
        if isinstance(self.stacked, Unset):
            stacked = UNSET
        elif isinstance(self.stacked, list):
            stacked = self.stacked

        else:
            stacked = self.stacked

        rollback_stacked: list[str] | None | Unset
        if isinstance(self.rollback_stacked, Unset):
            rollback_stacked = UNSET
        elif isinstance(self.rollback_stacked, list):
            rollback_stacked = self.rollback_stacked

        else:
            rollback_stacked = self.rollback_stacked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if rollback_id is not UNSET:
            field_dict["rollback_id"] = rollback_id
        if rollback_date is not UNSET:
            field_dict["rollback_date"] = rollback_date
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_parent_id is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id
        if stacked is not UNSET:
            field_dict["stacked"] = stacked
        if rollback_stacked is not UNSET:
            field_dict["rollback_stacked"] = rollback_stacked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_rollback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rollback_id = _parse_rollback_id(d.pop("rollback_id", UNSET))

        def _parse_rollback_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rollback_date_type_0 = datetime.datetime.fromisoformat(data)

                return rollback_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        rollback_date = _parse_rollback_date(d.pop("rollback_date", UNSET))

        def _parse_related_object_type(data: object) -> None | RelatedObjectType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                related_object_type_type_0 = RelatedObjectType(data)

                return related_object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelatedObjectType | Unset, data)

        related_object_type = _parse_related_object_type(d.pop("related_object_type", UNSET))

        def _parse_related_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_object_id = _parse_related_object_id(d.pop("related_object_id", UNSET))

        def _parse_related_object_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_object_parent_id = _parse_related_object_parent_id(d.pop("related_object_parent_id", UNSET))

        def _parse_stacked(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stacked_type_0 = cast(list[str], data)

                return stacked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        stacked = _parse_stacked(d.pop("stacked", UNSET))

        def _parse_rollback_stacked(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rollback_stacked_type_0 = cast(list[str], data)

                return rollback_stacked_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rollback_stacked = _parse_rollback_stacked(d.pop("rollback_stacked", UNSET))

        order_redemption_entry = cls(
            date=date,
            rollback_id=rollback_id,
            rollback_date=rollback_date,
            related_object_type=related_object_type,
            related_object_id=related_object_id,
            related_object_parent_id=related_object_parent_id,
            stacked=stacked,
            rollback_stacked=rollback_stacked,
        )

        order_redemption_entry.additional_properties = d
        return order_redemption_entry

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
