from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicable_to_order_item_units import ApplicableToOrderItemUnits


T = TypeVar("T", bound="ApplicableTo")


@_attrs_define
class ApplicableTo:
    """A product, SKU or product collection to which the discount is (or is not) applicable.

    Attributes:
        object_ (None | str | Unset): The type of the resource (`product`, `sku` or `products_collection`). Example:
            product.
        id (None | str | Unset): Unique product collection, product, or SKU identifier assigned by Voucherify.
        source_id (None | str | Unset): The source identifier from your inventory system.
        product_id (None | str | Unset): Parent product's unique ID assigned by Voucherify.
        product_source_id (None | str | Unset): Parent product's source ID from your inventory system.
        strict (bool | None | Unset): Whether the resource must match exactly.
        price (int | None | Unset): New fixed price of an item, in the smallest currency unit.
        price_formula (None | str | Unset): Formula used to dynamically calculate the discounted price of an item.
        effect (None | str | Unset): How the discount is applied to the item (e.g. `APPLY_TO_EVERY`,
            `APPLY_TO_CHEAPEST`,
            `APPLY_FROM_CHEAPEST`, `APPLY_TO_MOST_EXPENSIVE`, `APPLY_FROM_MOST_EXPENSIVE`).
        quantity_limit (int | None | Unset): The maximum number of units allowed to be discounted per order line item.
        aggregated_quantity_limit (int | None | Unset): The maximum number of units allowed to be discounted combined
            across all matched order line items.
        amount_limit (int | None | Unset): Upper limit allowed to be applied as a discount per order line item.
        aggregated_amount_limit (int | None | Unset): Maximum discount amount per order.
        order_item_indices (list[int] | None | Unset): Lists which order lines are (not) covered by the discount.
        order_item_units (list[ApplicableToOrderItemUnits] | None | Unset): Which units of which order lines the
            discount covers.
        repeat (int | None | Unset): Determines the recurrence of the discount, e.g. `3` means every third item.
        skip_initially (int | None | Unset): Determines how many items are skipped before the discount is applied.
        target (None | str | Unset): Determines to which kinds of objects the discount is applicable (`ITEM` or `UNIT`).
    """

    object_: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    product_source_id: None | str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    price: int | None | Unset = UNSET
    price_formula: None | str | Unset = UNSET
    effect: None | str | Unset = UNSET
    quantity_limit: int | None | Unset = UNSET
    aggregated_quantity_limit: int | None | Unset = UNSET
    amount_limit: int | None | Unset = UNSET
    aggregated_amount_limit: int | None | Unset = UNSET
    order_item_indices: list[int] | None | Unset = UNSET
    order_item_units: list[ApplicableToOrderItemUnits] | None | Unset = UNSET
    repeat: int | None | Unset = UNSET
    skip_initially: int | None | Unset = UNSET
    target: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_source_id: None | str | Unset
        if isinstance(self.product_source_id, Unset):
            product_source_id = UNSET
        else:
            product_source_id = self.product_source_id

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        price_formula: None | str | Unset
        if isinstance(self.price_formula, Unset):
            price_formula = UNSET
        else:
            price_formula = self.price_formula

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        else:
            effect = self.effect

        quantity_limit: int | None | Unset
        if isinstance(self.quantity_limit, Unset):
            quantity_limit = UNSET
        else:
            quantity_limit = self.quantity_limit

        aggregated_quantity_limit: int | None | Unset
        if isinstance(self.aggregated_quantity_limit, Unset):
            aggregated_quantity_limit = UNSET
        else:
            aggregated_quantity_limit = self.aggregated_quantity_limit

        amount_limit: int | None | Unset
        if isinstance(self.amount_limit, Unset):
            amount_limit = UNSET
        else:
            amount_limit = self.amount_limit

        aggregated_amount_limit: int | None | Unset
        if isinstance(self.aggregated_amount_limit, Unset):
            aggregated_amount_limit = UNSET
        else:
            aggregated_amount_limit = self.aggregated_amount_limit

        order_item_indices: list[int] | None | Unset
        if isinstance(self.order_item_indices, Unset):
            order_item_indices = UNSET
        elif isinstance(self.order_item_indices, list):
            order_item_indices = self.order_item_indices

        else:
            order_item_indices = self.order_item_indices

        order_item_units: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_item_units, Unset):
            order_item_units = UNSET
        elif isinstance(self.order_item_units, list):
            order_item_units = []
            for order_item_units_type_0_item_data in self.order_item_units:
                order_item_units_type_0_item = order_item_units_type_0_item_data.to_dict()
                order_item_units.append(order_item_units_type_0_item)

        else:
            order_item_units = self.order_item_units

        repeat: int | None | Unset
        if isinstance(self.repeat, Unset):
            repeat = UNSET
        else:
            repeat = self.repeat

        skip_initially: int | None | Unset
        if isinstance(self.skip_initially, Unset):
            skip_initially = UNSET
        else:
            skip_initially = self.skip_initially

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_source_id is not UNSET:
            field_dict["product_source_id"] = product_source_id
        if strict is not UNSET:
            field_dict["strict"] = strict
        if price is not UNSET:
            field_dict["price"] = price
        if price_formula is not UNSET:
            field_dict["price_formula"] = price_formula
        if effect is not UNSET:
            field_dict["effect"] = effect
        if quantity_limit is not UNSET:
            field_dict["quantity_limit"] = quantity_limit
        if aggregated_quantity_limit is not UNSET:
            field_dict["aggregated_quantity_limit"] = aggregated_quantity_limit
        if amount_limit is not UNSET:
            field_dict["amount_limit"] = amount_limit
        if aggregated_amount_limit is not UNSET:
            field_dict["aggregated_amount_limit"] = aggregated_amount_limit
        if order_item_indices is not UNSET:
            field_dict["order_item_indices"] = order_item_indices
        if order_item_units is not UNSET:
            field_dict["order_item_units"] = order_item_units
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if skip_initially is not UNSET:
            field_dict["skip_initially"] = skip_initially
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicable_to_order_item_units import ApplicableToOrderItemUnits  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_product_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_source_id = _parse_product_source_id(d.pop("product_source_id", UNSET))

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        def _parse_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_price_formula(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_formula = _parse_price_formula(d.pop("price_formula", UNSET))

        def _parse_effect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effect = _parse_effect(d.pop("effect", UNSET))

        def _parse_quantity_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity_limit = _parse_quantity_limit(d.pop("quantity_limit", UNSET))

        def _parse_aggregated_quantity_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aggregated_quantity_limit = _parse_aggregated_quantity_limit(d.pop("aggregated_quantity_limit", UNSET))

        def _parse_amount_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_limit = _parse_amount_limit(d.pop("amount_limit", UNSET))

        def _parse_aggregated_amount_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        aggregated_amount_limit = _parse_aggregated_amount_limit(d.pop("aggregated_amount_limit", UNSET))

        def _parse_order_item_indices(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_item_indices_type_0 = cast(list[int], data)

                return order_item_indices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        order_item_indices = _parse_order_item_indices(d.pop("order_item_indices", UNSET))

        def _parse_order_item_units(data: object) -> list[ApplicableToOrderItemUnits] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_item_units_type_0 = []
                _order_item_units_type_0 = data
                for order_item_units_type_0_item_data in _order_item_units_type_0:
                    order_item_units_type_0_item = ApplicableToOrderItemUnits.from_dict(
                        order_item_units_type_0_item_data
                    )

                    order_item_units_type_0.append(order_item_units_type_0_item)

                return order_item_units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApplicableToOrderItemUnits] | None | Unset, data)

        order_item_units = _parse_order_item_units(d.pop("order_item_units", UNSET))

        def _parse_repeat(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repeat = _parse_repeat(d.pop("repeat", UNSET))

        def _parse_skip_initially(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip_initially = _parse_skip_initially(d.pop("skip_initially", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        applicable_to = cls(
            object_=object_,
            id=id,
            source_id=source_id,
            product_id=product_id,
            product_source_id=product_source_id,
            strict=strict,
            price=price,
            price_formula=price_formula,
            effect=effect,
            quantity_limit=quantity_limit,
            aggregated_quantity_limit=aggregated_quantity_limit,
            amount_limit=amount_limit,
            aggregated_amount_limit=aggregated_amount_limit,
            order_item_indices=order_item_indices,
            order_item_units=order_item_units,
            repeat=repeat,
            skip_initially=skip_initially,
            target=target,
        )

        applicable_to.additional_properties = d
        return applicable_to

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
