from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_effect import DiscountEffect
from ..models.discount_type import DiscountType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount_unit import DiscountUnit
    from ..models.discount_unit_product import DiscountUnitProduct
    from ..models.discount_unit_sku import DiscountUnitSku


T = TypeVar("T", bound="Discount")


@_attrs_define
class Discount:
    """Contains information about the discount.

    Attributes:
        type_ (DiscountType | None | Unset):
        amount_off (int | None | Unset): Amount taken off the subtotal of a price, in the smallest currency unit (a $10
            discount is 1000). Example: 1000.
        amount_off_formula (None | str | Unset): Formula used to dynamically calculate the discount.
        aggregated_amount_limit (int | None | Unset): Maximum discount amount per order.
        percent_off (float | None | Unset): The percent discount that the customer will receive. Example: 10.
        percent_off_formula (None | str | Unset): Formula used to dynamically calculate the discount.
        amount_limit (int | None | Unset): Upper limit allowed to be applied as a discount, in the smallest currency
            unit ($6 is 600).
        unit_off (int | None | Unset): Number of units to be granted a full value discount.
        unit_off_formula (None | str | Unset): Formula used to dynamically calculate the number of units.
        unit_type (None | str | Unset): The product deemed as free, chosen from product inventory (e.g. time, items).
        fixed_amount (int | None | Unset): Sets a fixed value for an order total or the item price, in the smallest
            currency unit.
        fixed_amount_formula (None | str | Unset): Formula used to dynamically calculate the discount.
        effect (DiscountEffect | None | Unset):
        is_dynamic (bool | None | Unset): Flag indicating whether the discount was calculated using a formula.
        product (DiscountUnitProduct | None | Unset): `UNIT` discounts: the product given for free.
        sku (DiscountUnitSku | None | Unset): `UNIT` discounts: the SKU given for free.
        units (list[DiscountUnit] | None | Unset): `UNIT` discounts with effect `ADD_MANY_ITEMS`: each kind of unit
            given for free.
    """

    type_: DiscountType | None | Unset = UNSET
    amount_off: int | None | Unset = UNSET
    amount_off_formula: None | str | Unset = UNSET
    aggregated_amount_limit: int | None | Unset = UNSET
    percent_off: float | None | Unset = UNSET
    percent_off_formula: None | str | Unset = UNSET
    amount_limit: int | None | Unset = UNSET
    unit_off: int | None | Unset = UNSET
    unit_off_formula: None | str | Unset = UNSET
    unit_type: None | str | Unset = UNSET
    fixed_amount: int | None | Unset = UNSET
    fixed_amount_formula: None | str | Unset = UNSET
    effect: DiscountEffect | None | Unset = UNSET
    is_dynamic: bool | None | Unset = UNSET
    product: DiscountUnitProduct | None | Unset = UNSET
    sku: DiscountUnitSku | None | Unset = UNSET
    units: list[DiscountUnit] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount_unit_product import DiscountUnitProduct  # noqa: PLC0415
        from ..models.discount_unit_sku import DiscountUnitSku  # noqa: PLC0415

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DiscountType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        amount_off: int | None | Unset
        if isinstance(self.amount_off, Unset):
            amount_off = UNSET
        else:
            amount_off = self.amount_off

        amount_off_formula: None | str | Unset
        if isinstance(self.amount_off_formula, Unset):
            amount_off_formula = UNSET
        else:
            amount_off_formula = self.amount_off_formula

        aggregated_amount_limit: int | None | Unset
        if isinstance(self.aggregated_amount_limit, Unset):
            aggregated_amount_limit = UNSET
        else:
            aggregated_amount_limit = self.aggregated_amount_limit

        percent_off: float | None | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        percent_off_formula: None | str | Unset
        if isinstance(self.percent_off_formula, Unset):
            percent_off_formula = UNSET
        else:
            percent_off_formula = self.percent_off_formula

        amount_limit: int | None | Unset
        if isinstance(self.amount_limit, Unset):
            amount_limit = UNSET
        else:
            amount_limit = self.amount_limit

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

        unit_type: None | str | Unset
        if isinstance(self.unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = self.unit_type

        fixed_amount: int | None | Unset
        if isinstance(self.fixed_amount, Unset):
            fixed_amount = UNSET
        else:
            fixed_amount = self.fixed_amount

        fixed_amount_formula: None | str | Unset
        if isinstance(self.fixed_amount_formula, Unset):
            fixed_amount_formula = UNSET
        else:
            fixed_amount_formula = self.fixed_amount_formula

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, DiscountEffect):
            effect = self.effect.value
        else:
            effect = self.effect

        is_dynamic: bool | None | Unset
        if isinstance(self.is_dynamic, Unset):
            is_dynamic = UNSET
        else:
            is_dynamic = self.is_dynamic

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

        units: list[dict[str, Any]] | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        elif isinstance(self.units, list):
            units = []
            for units_type_0_item_data in self.units:
                units_type_0_item = units_type_0_item_data.to_dict()
                units.append(units_type_0_item)

        else:
            units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_off is not UNSET:
            field_dict["amount_off"] = amount_off
        if amount_off_formula is not UNSET:
            field_dict["amount_off_formula"] = amount_off_formula
        if aggregated_amount_limit is not UNSET:
            field_dict["aggregated_amount_limit"] = aggregated_amount_limit
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if percent_off_formula is not UNSET:
            field_dict["percent_off_formula"] = percent_off_formula
        if amount_limit is not UNSET:
            field_dict["amount_limit"] = amount_limit
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_off_formula is not UNSET:
            field_dict["unit_off_formula"] = unit_off_formula
        if unit_type is not UNSET:
            field_dict["unit_type"] = unit_type
        if fixed_amount is not UNSET:
            field_dict["fixed_amount"] = fixed_amount
        if fixed_amount_formula is not UNSET:
            field_dict["fixed_amount_formula"] = fixed_amount_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount_unit import DiscountUnit  # noqa: PLC0415
        from ..models.discount_unit_product import DiscountUnitProduct  # noqa: PLC0415
        from ..models.discount_unit_sku import DiscountUnitSku  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> DiscountType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DiscountType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_amount_off(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_off = _parse_amount_off(d.pop("amount_off", UNSET))

        def _parse_amount_off_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount_off_formula = _parse_amount_off_formula(d.pop("amount_off_formula", UNSET))

        def _parse_aggregated_amount_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aggregated_amount_limit = _parse_aggregated_amount_limit(d.pop("aggregated_amount_limit", UNSET))

        def _parse_percent_off(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percent_off = _parse_percent_off(d.pop("percent_off", UNSET))

        def _parse_percent_off_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        percent_off_formula = _parse_percent_off_formula(d.pop("percent_off_formula", UNSET))

        def _parse_amount_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_limit = _parse_amount_limit(d.pop("amount_limit", UNSET))

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

        def _parse_unit_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit_type = _parse_unit_type(d.pop("unit_type", UNSET))

        def _parse_fixed_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fixed_amount = _parse_fixed_amount(d.pop("fixed_amount", UNSET))

        def _parse_fixed_amount_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fixed_amount_formula = _parse_fixed_amount_formula(d.pop("fixed_amount_formula", UNSET))

        def _parse_effect(data: object) -> DiscountEffect | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effect_type_0 = DiscountEffect(data)

                return effect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscountEffect | None | Unset, data)

        effect = _parse_effect(d.pop("effect", UNSET))

        def _parse_is_dynamic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_dynamic = _parse_is_dynamic(d.pop("is_dynamic", UNSET))

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

        def _parse_units(data: object) -> list[DiscountUnit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                units_type_0 = []
                _units_type_0 = data
                for units_type_0_item_data in _units_type_0:
                    units_type_0_item = DiscountUnit.from_dict(units_type_0_item_data)

                    units_type_0.append(units_type_0_item)

                return units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DiscountUnit] | None | Unset, data)

        units = _parse_units(d.pop("units", UNSET))

        discount = cls(
            type_=type_,
            amount_off=amount_off,
            amount_off_formula=amount_off_formula,
            aggregated_amount_limit=aggregated_amount_limit,
            percent_off=percent_off,
            percent_off_formula=percent_off_formula,
            amount_limit=amount_limit,
            unit_off=unit_off,
            unit_off_formula=unit_off_formula,
            unit_type=unit_type,
            fixed_amount=fixed_amount,
            fixed_amount_formula=fixed_amount_formula,
            effect=effect,
            is_dynamic=is_dynamic,
            product=product,
            sku=sku,
            units=units,
        )

        discount.additional_properties = d
        return discount

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
