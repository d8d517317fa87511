from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voucher_asset import VoucherAsset


T = TypeVar("T", bound="VoucherAssets")


@_attrs_define
class VoucherAssets:
    """Stores links to images of QR and barcode that correspond to an encrypted voucher code.

    Attributes:
        qr (None | Unset | VoucherAsset):
        barcode (None | Unset | VoucherAsset):
    """

    qr: None | Unset | VoucherAsset = UNSET
    barcode: None | Unset | VoucherAsset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.voucher_asset import VoucherAsset  # noqa: PLC0415

        qr: dict[str, Any] | None | Unset
        if isinstance(self.qr, Unset):
            qr = UNSET
        elif isinstance(self.qr, VoucherAsset):
            qr = self.qr.to_dict()
        else:
            qr = self.qr

        barcode: dict[str, Any] | None | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        elif isinstance(self.barcode, VoucherAsset):
            barcode = self.barcode.to_dict()
        else:
            barcode = self.barcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr is not UNSET:
            field_dict["qr"] = qr
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voucher_asset import VoucherAsset  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_qr(data: object) -> None | Unset | VoucherAsset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qr_type_0 = VoucherAsset.from_dict(data)

                return qr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherAsset, data)

        qr = _parse_qr(d.pop("qr", UNSET))

        def _parse_barcode(data: object) -> None | Unset | VoucherAsset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                barcode_type_0 = VoucherAsset.from_dict(data)

                return barcode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherAsset, data)

        barcode = _parse_barcode(d.pop("barcode", UNSET))

        voucher_assets = cls(
            qr=qr,
            barcode=barcode,
        )

        voucher_assets.additional_properties = d
        return voucher_assets

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
