from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherPublishSummary")


@_attrs_define
class VoucherPublishSummary:
    """A summary of publish events: an events counter and an endpoint which can be called to return
    details of each event. A publication is required for loyalty cards and referral codes.

        Attributes:
            object_ (str | Unset): The type of the object represented is by default `list`. Default: 'list'.
            count (int | None | Unset): Publication events counter. Example: 0.
            url (None | str | Unset): The endpoint where this list of publications can be accessed using a GET method:
                `/v1/vouchers/{voucher_code}/publications`.
                 Example: /v1/vouchers/WVPblOYX/publications?page=1&limit=10.
            entries (list[Any] | None | Unset): Publication entries, when included.
    """

    object_: str | Unset = "list"
    count: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    entries: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        entries: list[Any] | None | Unset
        if isinstance(self.entries, Unset):
            entries = UNSET
        elif isinstance(self.entries, list):
            entries = self.entries

        else:
            entries = self.entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if count is not UNSET:
            field_dict["count"] = count
        if url is not UNSET:
            field_dict["url"] = url
        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_entries(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entries_type_0 = cast(list[Any], data)

                return entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        entries = _parse_entries(d.pop("entries", UNSET))

        voucher_publish_summary = cls(
            object_=object_,
            count=count,
            url=url,
            entries=entries,
        )

        voucher_publish_summary.additional_properties = d
        return voucher_publish_summary

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
