from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_related_object import OrderItemRelatedObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.order_item_application_details import OrderItemApplicationDetails
    from ..models.order_item_product import OrderItemProduct
    from ..models.order_item_sku import OrderItemSku


T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """An order line item with calculated discounts.

    Attributes:
        id (None | str | Unset): Unique identifier of the order line item.
        object_ (str | Unset): The type of the object represented by JSON. Always `order_item`. Default: 'order_item'.
            Example: order_item.
        product_id (None | str | Unset): Unique identifier of the product, assigned by Voucherify. Example:
            prod_0bae45ffc7003ffc52.
        sku_id (None | str | Unset): Unique identifier of the SKU, assigned by Voucherify. Example:
            sku_0bae3b28f610fd0da1.
        source_id (None | str | Unset): The merchant's product/SKU ID (if it is different from the Voucherify
            product/SKU ID).
        related_object (None | OrderItemRelatedObject | Unset):
        quantity (int | None | Unset): The quantity of the particular item in the cart. Example: 1.
        discount_quantity (int | None | Unset): Number of discounted items.
        initial_quantity (int | None | Unset): The initial quantity of the item, before any effect (e.g. add missing
            units) was applied.
        amount (int | None | Unset): The total amount of the order item (price * quantity). Example: 230000.
        discount_amount (int | None | Unset): Sum of all order-item-level discounts applied to the order.
        applied_discount_amount (int | None | Unset): The item-level discount applied in the particular request.
        applied_discount_quantity (int | None | Unset): Number of the discounted items applied in the transaction.
        applied_quantity (int | None | Unset): Quantity of items changed by the application of a new quantity items. It
            can be positive when
            an item is added or negative if an item is replaced.
        applied_quantity_amount (int | None | Unset): Amount for the items changed by the application of a new quantity
            items. It can be positive
            when an item is added or negative if an item is replaced.
        initial_amount (int | None | Unset): The item amount before any discount or effect was applied.
        total_applied_discount_amount (int | None | Unset): Sum of all discounts applied to the line in the particular
            request.
        price (int | None | Unset): Unit price of an item, in the smallest currency unit (e.g. 10000 cents for $100.00).
            Example: 230000.
        subtotal_amount (int | None | Unset): Final order item amount after the applied item-level discount. If there
            are no item-level
            discounts applied, this item is equal to the `amount`.
            `subtotal_amount` = `amount` - `applied_discount_amount`.
             Example: 230000.
        product (None | OrderItemProduct | Unset):
        sku (None | OrderItemSku | Unset):
        metadata (Metadata | None | Unset): A set of custom key/value pairs attached to the item.
        application_details (list[OrderItemApplicationDetails] | None | Unset): For discounts that replace items (an
            added unit taking the place of another), how each
            replacement moved quantities and amounts between order lines.
    """

    id: None | str | Unset = UNSET
    object_: str | Unset = "order_item"
    product_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    related_object: None | OrderItemRelatedObject | Unset = UNSET
    quantity: int | None | Unset = UNSET
    discount_quantity: int | None | Unset = UNSET
    initial_quantity: int | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    discount_amount: int | None | Unset = UNSET
    applied_discount_amount: int | None | Unset = UNSET
    applied_discount_quantity: int | None | Unset = UNSET
    applied_quantity: int | None | Unset = UNSET
    applied_quantity_amount: int | None | Unset = UNSET
    initial_amount: int | None | Unset = UNSET
    total_applied_discount_amount: int | None | Unset = UNSET
    price: int | None | Unset = UNSET
    subtotal_amount: int | None | Unset = UNSET
    product: None | OrderItemProduct | Unset = UNSET
    sku: None | OrderItemSku | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    application_details: list[OrderItemApplicationDetails] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item_product import OrderItemProduct  # noqa: PLC0415
        from ..models.order_item_sku import OrderItemSku  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        sku_id: None | str | Unset
        if isinstance(self.sku_id, Unset):
            sku_id = UNSET
        else:
            sku_id = self.sku_id

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        related_object: None | str | Unset
        if isinstance(self.related_object, Unset):
            related_object = UNSET
        elif isinstance(self.related_object, OrderItemRelatedObject):
            related_object = self.related_object.value
        else:
            related_object = self.related_object

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        discount_quantity: int | None | Unset
        if isinstance(self.discount_quantity, Unset):
            discount_quantity = UNSET
        else:
            discount_quantity = self.discount_quantity

        initial_quantity: int | None | Unset
        if isinstance(self.initial_quantity, Unset):
            initial_quantity = UNSET
        else:
            initial_quantity = self.initial_quantity

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        discount_amount: int | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        applied_discount_amount: int | None | Unset
        if isinstance(self.applied_discount_amount, Unset):
            applied_discount_amount = UNSET
        else:
            applied_discount_amount = self.applied_discount_amount

        applied_discount_quantity: int | None | Unset
        if isinstance(self.applied_discount_quantity, Unset):
            applied_discount_quantity = UNSET
        else:
            applied_discount_quantity = self.applied_discount_quantity

        applied_quantity: int | None | Unset
        if isinstance(self.applied_quantity, Unset):
            applied_quantity = UNSET
        else:
            applied_quantity = self.applied_quantity

        applied_quantity_amount: int | None | Unset
        if isinstance(self.applied_quantity_amount, Unset):
            applied_quantity_amount = UNSET
        else:
            applied_quantity_amount = self.applied_quantity_amount

        initial_amount: int | None | Unset
        if isinstance(self.initial_amount, Unset):
            initial_amount = UNSET
        else:
            initial_amount = self.initial_amount

        total_applied_discount_amount: int | None | Unset
        if isinstance(self.total_applied_discount_amount, Unset):
            total_applied_discount_amount = UNSET
        else:
            total_applied_discount_amount = self.total_applied_discount_amount

        price: int | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        subtotal_amount: int | None | Unset
        if isinstance(self.subtotal_amount, Unset):
            subtotal_amount = UNSET
        else:
            subtotal_amount = self.subtotal_amount

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, OrderItemProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, OrderItemSku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        application_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.application_details, Unset):
            application_details = UNSET
        elif isinstance(self.application_details, list):
            application_details = []
            for application_details_type_0_item_data in self.application_details:
                application_details_type_0_item = application_details_type_0_item_data.to_dict()
                application_details.append(application_details_type_0_item)

        else:
            application_details = self.application_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount_quantity is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if initial_quantity is not UNSET:
            field_dict["initial_quantity"] = initial_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if applied_discount_quantity is not UNSET:
            field_dict["applied_discount_quantity"] = applied_discount_quantity
        if applied_quantity is not UNSET:
            field_dict["applied_quantity"] = applied_quantity
        if applied_quantity_amount is not UNSET:
            field_dict["applied_quantity_amount"] = applied_quantity_amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if price is not UNSET:
            field_dict["price"] = price
        if subtotal_amount is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if application_details is not UNSET:
            field_dict["application_details"] = application_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item_application_details import OrderItemApplicationDetails  # noqa: PLC0415
        from ..models.order_item_product import OrderItemProduct  # noqa: PLC0415
        from ..models.order_item_sku import OrderItemSku  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_sku_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sku_id = _parse_sku_id(d.pop("sku_id", UNSET))

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_related_object(data: object) -> None | OrderItemRelatedObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                related_object_type_0 = OrderItemRelatedObject(data)

                return related_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderItemRelatedObject | Unset, data)

        related_object = _parse_related_object(d.pop("related_object", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_discount_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_quantity = _parse_discount_quantity(d.pop("discount_quantity", UNSET))

        def _parse_initial_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_quantity = _parse_initial_quantity(d.pop("initial_quantity", UNSET))

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        def _parse_applied_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applied_discount_amount = _parse_applied_discount_amount(d.pop("applied_discount_amount", UNSET))

        def _parse_applied_discount_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applied_discount_quantity = _parse_applied_discount_quantity(d.pop("applied_discount_quantity", UNSET))

        def _parse_applied_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applied_quantity = _parse_applied_quantity(d.pop("applied_quantity", UNSET))

        def _parse_applied_quantity_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applied_quantity_amount = _parse_applied_quantity_amount(d.pop("applied_quantity_amount", UNSET))

        def _parse_initial_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_amount = _parse_initial_amount(d.pop("initial_amount", UNSET))

        def _parse_total_applied_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_applied_discount_amount = _parse_total_applied_discount_amount(
            d.pop("total_applied_discount_amount", UNSET)
        )

        def _parse_price(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_subtotal_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subtotal_amount = _parse_subtotal_amount(d.pop("subtotal_amount", UNSET))

        def _parse_product(data: object) -> None | OrderItemProduct | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = OrderItemProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderItemProduct | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_sku(data: object) -> None | OrderItemSku | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_type_0 = OrderItemSku.from_dict(data)

                return sku_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderItemSku | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_application_details(data: object) -> list[OrderItemApplicationDetails] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                application_details_type_0 = []
                _application_details_type_0 = data
                for application_details_type_0_item_data in _application_details_type_0:
                    application_details_type_0_item = OrderItemApplicationDetails.from_dict(
                        application_details_type_0_item_data
                    )

                    application_details_type_0.append(application_details_type_0_item)

                return application_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderItemApplicationDetails] | None | Unset, data)

        application_details = _parse_application_details(d.pop("application_details", UNSET))

        order_item = cls(
            id=id,
            object_=object_,
            product_id=product_id,
            sku_id=sku_id,
            source_id=source_id,
            related_object=related_object,
            quantity=quantity,
            discount_quantity=discount_quantity,
            initial_quantity=initial_quantity,
            amount=amount,
            discount_amount=discount_amount,
            applied_discount_amount=applied_discount_amount,
            applied_discount_quantity=applied_discount_quantity,
            applied_quantity=applied_quantity,
            applied_quantity_amount=applied_quantity_amount,
            initial_amount=initial_amount,
            total_applied_discount_amount=total_applied_discount_amount,
            price=price,
            subtotal_amount=subtotal_amount,
            product=product,
            sku=sku,
            metadata=metadata,
            application_details=application_details,
        )

        order_item.additional_properties = d
        return order_item

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
