from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_ttl_unit import SessionTtlUnit
from ..models.session_type import SessionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """Schema model for the session lock object. The session object is required to establish a session
    between multiple parallel validation and redemption requests. If you only send the `type`
    parameter in the request, then by default the session lock will be established for 7 days.
    In a redemption response, it contains details about the redemption session lock (sessions can be
    established only for discount vouchers, promotions, and gift cards).

        Attributes:
            type_ (SessionType | Unset): The session type. Required to establish a new session.
            key (None | str | Unset): The session unique ID assigned by Voucherify or your own unique session ID. Sending an
                existing
                ID will result in overwriting an existing session. If no session key is provided, then a new ID
                will be generated.
                 Example: ssn_yQGMTeKBSw8OOuFPwlBEjzGy8d8VA9Ts.
            ttl (int | None | Unset): Value for the period of time that the session is active. Units for this parameter are
                defined
                by the `ttl_unit` parameter.
                 Example: 123.
            ttl_unit (None | SessionTtlUnit | Unset):
    """

    type_: SessionType | Unset = UNSET
    key: None | str | Unset = UNSET
    ttl: int | None | Unset = UNSET
    ttl_unit: None | SessionTtlUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        ttl_unit: None | str | Unset
        if isinstance(self.ttl_unit, Unset):
            ttl_unit = UNSET
        elif isinstance(self.ttl_unit, SessionTtlUnit):
            ttl_unit = self.ttl_unit.value
        else:
            ttl_unit = self.ttl_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if key is not UNSET:
            field_dict["key"] = key
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if ttl_unit is not UNSET:
            field_dict["ttl_unit"] = ttl_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SessionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SessionType(_type_)

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        def _parse_ttl_unit(data: object) -> None | SessionTtlUnit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_unit_type_0 = SessionTtlUnit(data)

                return ttl_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SessionTtlUnit | Unset, data)

        ttl_unit = _parse_ttl_unit(d.pop("ttl_unit", UNSET))

        session = cls(
            type_=type_,
            key=key,
            ttl=ttl,
            ttl_unit=ttl_unit,
        )

        session.additional_properties = d
        return session

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
