from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherRedemptionSummary")


@_attrs_define
class VoucherRedemptionSummary:
    """Stores a summary of redemptions that have been applied to the voucher.

    Attributes:
        quantity (int | None | Unset): How many times a voucher can be redeemed. A `null` value means unlimited.
            Example: 18.
        redeemed_quantity (int | None | Unset): How many times a voucher has already been redeemed. Example: 1.
        redeemed_amount (int | None | Unset): Total amount redeemed (gift cards), in the smallest currency unit.
            Example: 2000.
        redeemed_points (int | None | Unset): Total loyalty points redeemed. Example: 100000.
        object_ (str | Unset): The type of the object represented is by default `list`. Default: 'list'.
        url (None | str | Unset): The endpoint where this list of redemptions can be accessed using a GET method:
            `/v1/vouchers/{voucher_code}/redemptions`.
             Example: /v1/vouchers/WVPblOYX/redemptions?page=1&limit=10.
    """

    quantity: int | None | Unset = UNSET
    redeemed_quantity: int | None | Unset = UNSET
    redeemed_amount: int | None | Unset = UNSET
    redeemed_points: int | None | Unset = UNSET
    object_: str | Unset = "list"
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        redeemed_quantity: int | None | Unset
        if isinstance(self.redeemed_quantity, Unset):
            redeemed_quantity = UNSET
        else:
            redeemed_quantity = self.redeemed_quantity

        redeemed_amount: int | None | Unset
        if isinstance(self.redeemed_amount, Unset):
            redeemed_amount = UNSET
        else:
            redeemed_amount = self.redeemed_amount

        redeemed_points: int | None | Unset
        if isinstance(self.redeemed_points, Unset):
            redeemed_points = UNSET
        else:
            redeemed_points = self.redeemed_points

        object_ = self.object_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if redeemed_quantity is not UNSET:
            field_dict["redeemed_quantity"] = redeemed_quantity
        if redeemed_amount is not UNSET:
            field_dict["redeemed_amount"] = redeemed_amount
        if redeemed_points is not UNSET:
            field_dict["redeemed_points"] = redeemed_points
        if object_ is not UNSET:
            field_dict["object"] = object_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_redeemed_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        redeemed_quantity = _parse_redeemed_quantity(d.pop("redeemed_quantity", UNSET))

        def _parse_redeemed_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        redeemed_amount = _parse_redeemed_amount(d.pop("redeemed_amount", UNSET))

        def _parse_redeemed_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        redeemed_points = _parse_redeemed_points(d.pop("redeemed_points", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        voucher_redemption_summary = cls(
            quantity=quantity,
            redeemed_quantity=redeemed_quantity,
            redeemed_amount=redeemed_amount,
            redeemed_points=redeemed_points,
            object_=object_,
            url=url,
        )

        voucher_redemption_summary.additional_properties = d
        return voucher_redemption_summary

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
