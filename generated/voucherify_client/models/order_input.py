from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_input import CustomerInput
    from ..models.metadata import Metadata
    from ..models.order_item_input import OrderItemInput


T = TypeVar("T", bound="OrderInput")


@_attrs_define
class OrderInput:
    """Order information, as sent in a request. You can pass the unique order ID assigned by
    Voucherify, the order's source ID, or the full order object.

        Attributes:
            id (str | Unset): Unique ID assigned by Voucherify of an existing order that will be linked to the redemption.
            source_id (str | Unset): Unique source ID of an existing order that will be linked to the redemption (upserted).
            status (OrderStatus | Unset): The order status.
            amount (int | Unset): The total amount of the order, the sum of the order items' amounts. Example: 230000.
            discount_amount (int | Unset): Sum of all order-level discounts applied to the order.
            initial_amount (int | Unset): The order amount before any discount or other effect is applied.
            items (list[OrderItemInput] | Unset): Array of items applied to the order.
            customer (CustomerInput | Unset): Customer's information, as sent in a request. Identify an existing customer by
                `id` (assigned
                by Voucherify) or `source_id`, or send the full customer object (it is upserted by `source_id`).
            customer_id (str | Unset): Unique customer ID of the customer making the purchase.
            referrer (CustomerInput | Unset): Customer's information, as sent in a request. Identify an existing customer by
                `id` (assigned
                by Voucherify) or `source_id`, or send the full customer object (it is upserted by `source_id`).
            referrer_id (str | Unset): Unique referrer ID.
            metadata (Metadata | Unset): A set of custom key/value pairs (free-form).
    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    items: list[OrderItemInput] | Unset = UNSET
    customer: CustomerInput | Unset = UNSET
    customer_id: str | Unset = UNSET
    referrer: CustomerInput | Unset = UNSET
    referrer_id: str | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_id = self.source_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        amount = self.amount

        discount_amount = self.discount_amount

        initial_amount = self.initial_amount

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        customer_id = self.customer_id

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        referrer_id = self.referrer_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if items is not UNSET:
            field_dict["items"] = items
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_input import CustomerInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item_input import OrderItemInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source_id = d.pop("source_id", UNSET)

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        amount = d.pop("amount", UNSET)

        discount_amount = d.pop("discount_amount", UNSET)

        initial_amount = d.pop("initial_amount", UNSET)

        _items = d.pop("items", UNSET)
        items: list[OrderItemInput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItemInput.from_dict(items_item_data)

                items.append(items_item)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInput | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInput.from_dict(_customer)

        customer_id = d.pop("customer_id", UNSET)

        _referrer = d.pop("referrer", UNSET)
        referrer: CustomerInput | Unset
        if isinstance(_referrer, Unset):
            referrer = UNSET
        else:
            referrer = CustomerInput.from_dict(_referrer)

        referrer_id = d.pop("referrer_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        order_input = cls(
            id=id,
            source_id=source_id,
            status=status,
            amount=amount,
            discount_amount=discount_amount,
            initial_amount=initial_amount,
            items=items,
            customer=customer,
            customer_id=customer_id,
            referrer=referrer,
            referrer_id=referrer_id,
            metadata=metadata,
        )

        order_input.additional_properties = d
        return order_input

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
