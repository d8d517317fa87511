from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rollback_order_mode import RollbackOrderMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelatedRedemptionEntry")


@_attrs_define
class RelatedRedemptionEntry:
    """A reference to a related redemption or redemption rollback.

    Attributes:
        id (None | str | Unset): Unique redemption (`r_...`) or rollback (`rr_...`) ID. Example: rr_0bc92f81a6801f9bca.
        date (datetime.datetime | None | Unset): Timestamp representing the date and time when the object was created
            (ISO 8601). Example: 2021-12-22T10:13:06.487Z.
        rollback_order_mode (None | RollbackOrderMode | Unset):
    """

    id: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    rollback_order_mode: None | RollbackOrderMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        rollback_order_mode: None | str | Unset
        if isinstance(self.rollback_order_mode, Unset):
            rollback_order_mode = UNSET
        elif isinstance(self.rollback_order_mode, RollbackOrderMode):
            rollback_order_mode = self.rollback_order_mode.value
        else:
            rollback_order_mode = self.rollback_order_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if rollback_order_mode is not UNSET:
            field_dict["rollback_order_mode"] = rollback_order_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_rollback_order_mode(data: object) -> None | RollbackOrderMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rollback_order_mode_type_0 = RollbackOrderMode(data)

                return rollback_order_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RollbackOrderMode | Unset, data)

        rollback_order_mode = _parse_rollback_order_mode(d.pop("rollback_order_mode", UNSET))

        related_redemption_entry = cls(
            id=id,
            date=date,
            rollback_order_mode=rollback_order_mode,
        )

        related_redemption_entry.additional_properties = d
        return related_redemption_entry

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
