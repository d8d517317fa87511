from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_unit_effect import DiscountUnitEffect
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_unit_product import DiscountUnitProduct
    from ..models.discount_unit_sku import DiscountUnitSku


T = TypeVar("T", bound="DiscountUnit")


@_attrs_define
class DiscountUnit:
    """One kind of unit given for free by a multi-unit `UNIT` discount.

    Attributes:
        unit_off (int | None | Unset): How many units are given for free.
        unit_off_formula (None | str | Unset): Formula computing `unit_off`.
        effect (DiscountUnitEffect | None | Unset):
        unit_type (None | str | Unset): The product given for free (a product ID, or a kind such as `time` or `items`).
        product (DiscountUnitProduct | None | Unset):
        sku (DiscountUnitSku | None | Unset):
    """

    unit_off: int | None | Unset = UNSET
    unit_off_formula: None | str | Unset = UNSET
    effect: DiscountUnitEffect | None | Unset = UNSET
    unit_type: None | str | Unset = UNSET
    product: DiscountUnitProduct | None | Unset = UNSET
    sku: DiscountUnitSku | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount_unit_product import DiscountUnitProduct  # noqa: PLC0415
        from ..models.discount_unit_sku import DiscountUnitSku  # noqa: PLC0415

        unit_off: int | None | Unset
        if isinstance(self.unit_off, Unset):
            unit_off = UNSET
        else:
            unit_off = self.unit_off

        unit_off_formula: None | str | Unset
        if isinstance(self.unit_off_formula, Unset):
            unit_off_formula = UNSET
        else:
            unit_off_formula = self.unit_off_formula

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountUnitEffect):
            effect = self.effect.value
        else:
            effect = self.effect

        unit_type: None | str | Unset
        if isinstance(self.unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = self.unit_type

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, DiscountUnitProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, DiscountUnitSku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_off_formula is not UNSET:
            field_dict["unit_off_formula"] = unit_off_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if unit_type is not UNSET:
            field_dict["unit_type"] = unit_type
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_unit_product import DiscountUnitProduct  # noqa: PLC0415
        from ..models.discount_unit_sku import DiscountUnitSku  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_unit_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unit_off = _parse_unit_off(d.pop("unit_off", UNSET))

        def _parse_unit_off_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_off_formula = _parse_unit_off_formula(d.pop("unit_off_formula", UNSET))

        def _parse_effect(data: object) -> DiscountUnitEffect | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effect_type_0 = DiscountUnitEffect(data)

                return effect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountUnitEffect | None | Unset, data)

        effect = _parse_effect(d.pop("effect", UNSET))

        def _parse_unit_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_type = _parse_unit_type(d.pop("unit_type", UNSET))

        def _parse_product(data: object) -> DiscountUnitProduct | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = DiscountUnitProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountUnitProduct | None | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_sku(data: object) -> DiscountUnitSku | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_type_0 = DiscountUnitSku.from_dict(data)

                return sku_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountUnitSku | None | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        discount_unit = cls(
            unit_off=unit_off,
            unit_off_formula=unit_off_formula,
            effect=effect,
            unit_type=unit_type,
            product=product,
            sku=sku,
        )

        discount_unit.additional_properties = d
        return discount_unit

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
