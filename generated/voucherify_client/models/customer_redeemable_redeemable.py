from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redeemable_status import RedeemableStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voucher import Voucher


T = TypeVar("T", bound="CustomerRedeemableRedeemable")


@_attrs_define
class CustomerRedeemableRedeemable:
    """Detailed information about the customer's redeemable item.

    Attributes:
        type_ (None | str | Unset): Type of the redeemable (`voucher`). Example: voucher.
        voucher (None | Unset | Voucher):
        status (None | RedeemableStatus | Unset):
    """

    type_: None | str | Unset = UNSET
    voucher: None | Unset | Voucher = UNSET
    status: None | RedeemableStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.voucher import Voucher  # noqa: PLC0415

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict()
        else:
            voucher = self.voucher

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RedeemableStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voucher import Voucher  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_voucher(data: object) -> None | Unset | Voucher:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voucher_type_0 = Voucher.from_dict(data)

                return voucher_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Voucher, data)

        voucher = _parse_voucher(d.pop("voucher", UNSET))

        def _parse_status(data: object) -> None | RedeemableStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RedeemableStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedeemableStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        customer_redeemable_redeemable = cls(
            type_=type_,
            voucher=voucher,
            status=status,
        )

        customer_redeemable_redeemable.additional_properties = d
        return customer_redeemable_redeemable

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
