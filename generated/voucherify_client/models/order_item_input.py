from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_related_object import OrderItemRelatedObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.order_item_product import OrderItemProduct
    from ..models.order_item_sku import OrderItemSku


T = TypeVar("T", bound="OrderItemInput")


@_attrs_define
class OrderItemInput:
    """An order line item, as sent in a request.

    Attributes:
        sku_id (str | Unset): Unique identifier of the SKU, assigned by Voucherify.
        product_id (str | Unset): Unique identifier of the product, assigned by Voucherify. Example:
            prod_0bae45ffc7003ffc52.
        related_object (OrderItemRelatedObject | Unset): Used along with the `source_id` property; says whether the item
            is a `product` or a `sku`.
        source_id (str | Unset): The merchant's product/SKU ID (if it is different from the Voucherify product/SKU ID).
        quantity (int | Unset): The quantity of the particular item in the cart. Example: 1.
        price (int | Unset): Unit price of an item, in the smallest currency unit. Example: 230000.
        amount (int | Unset): The total amount of the order item (price * quantity). Example: 230000.
        discount_amount (int | Unset): Sum of all order-item-level discounts applied to the item.
        initial_quantity (int | Unset): The initial quantity of the item.
        product (OrderItemProduct | Unset): Product of an order item.
        sku (OrderItemSku | Unset): SKU of an order item.
        metadata (Metadata | Unset): A set of custom key/value pairs (free-form).
    """

    sku_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    related_object: OrderItemRelatedObject | Unset = UNSET
    source_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: int | Unset = UNSET
    amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    initial_quantity: int | Unset = UNSET
    product: OrderItemProduct | Unset = UNSET
    sku: OrderItemSku | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku_id = self.sku_id

        product_id = self.product_id

        related_object: str | Unset = UNSET
        if not isinstance(self.related_object, Unset):
            related_object = self.related_object.value

        source_id = self.source_id

        quantity = self.quantity

        price = self.price

        amount = self.amount

        discount_amount = self.discount_amount

        initial_quantity = self.initial_quantity

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        sku: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if initial_quantity is not UNSET:
            field_dict["initial_quantity"] = initial_quantity
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item_product import OrderItemProduct  # noqa: PLC0415
        from ..models.order_item_sku import OrderItemSku  # noqa: PLC0415

        d = dict(src_dict)
        sku_id = d.pop("sku_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        _related_object = d.pop("related_object", UNSET)
        related_object: OrderItemRelatedObject | Unset
        if isinstance(_related_object, Unset):
            related_object = UNSET
        else:
            related_object = OrderItemRelatedObject(_related_object)

        source_id = d.pop("source_id", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        amount = d.pop("amount", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        initial_quantity = d.pop("initial_quantity", UNSET)

        _product = d.pop("product", UNSET)
        product: OrderItemProduct | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = OrderItemProduct.from_dict(_product)

        _sku = d.pop("sku", UNSET)
        sku: OrderItemSku | Unset
        if isinstance(_sku, Unset):
            sku = UNSET
        else:
            sku = OrderItemSku.from_dict(_sku)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        order_item_input = cls(
            sku_id=sku_id,
            product_id=product_id,
            related_object=related_object,
            source_id=source_id,
            quantity=quantity,
            price=price,
            amount=amount,
            discount_amount=discount_amount,
            initial_quantity=initial_quantity,
            product=product,
            sku=sku,
            metadata=metadata,
        )

        order_item_input.additional_properties = d
        return order_item_input

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
