from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redeem_voucher_expand_option import RedeemVoucherExpandOption
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemVoucherOptions")


@_attrs_define
class RedeemVoucherOptions:
    """Configure parameters returned in the response.

    Attributes:
        expand (list[RedeemVoucherExpandOption] | Unset): Additional data to include in the response.
    """

    expand: list[RedeemVoucherExpandOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = []
            for expand_item_data in self.expand:
                expand_item = expand_item_data.value
                expand.append(expand_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _expand = d.pop("expand", UNSET)
        expand: list[RedeemVoucherExpandOption] | Unset = UNSET
        if _expand is not UNSET:
            expand = []
            for expand_item_data in _expand:
                expand_item = RedeemVoucherExpandOption(expand_item_data)

                expand.append(expand_item)

        redeem_voucher_options = cls(
            expand=expand,
        )

        redeem_voucher_options.additional_properties = d
        return redeem_voucher_options

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
