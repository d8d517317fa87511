from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_reference import CustomerReference
    from ..models.metadata import Metadata
    from ..models.order_item import OrderItem
    from ..models.order_redemptions import OrderRedemptions


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order with calculated discounts, as returned by the API. Covers both documented variants
    ("Apply to order": `discount_amount`/`applied_discount_amount`; "Apply to items":
    `items_discount_amount`/`items_applied_discount_amount`).

        Attributes:
            id (None | str | Unset): Unique ID assigned by Voucherify. Always present. Example:
                ord_bhp1EH2SDz7UwkkurPFPLPhi.
            source_id (None | str | Unset): Unique source ID of the order.
            created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the order was
                created (ISO 8601). Example: 2022-10-03T12:24:56.179Z.
            updated_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the order was last
                updated (ISO 8601). Example: 2021-12-22T10:14:45.316Z.
            status (None | OrderStatus | Unset):
            amount (int | None | Unset): The total amount of the order, the sum of the order items' amounts. Example:
                230000.
            initial_amount (int | None | Unset): The sum of the order items' amounts before any discount or other effect is
                applied.
            discount_amount (int | None | Unset): Sum of all order-level discounts applied to the order. Example: 100.
            items_discount_amount (int | None | Unset): Sum of all product-specific discounts applied to the order.
            total_discount_amount (int | None | Unset): Sum of all order-level AND all product-specific discounts applied to
                the order. Example: 100.
            total_amount (int | None | Unset): Order amount after applying all the discounts. Example: 229900.
            applied_discount_amount (int | None | Unset): The order-level discount applied in the particular request.
                Example: 100.
            items_applied_discount_amount (int | None | Unset): Sum of all product-specific discounts applied in a
                particular request.
                `sum(items, i => i.applied_discount_amount)`.
            total_applied_discount_amount (int | None | Unset): Sum of all order-level AND all product-specific discounts
                applied in a particular request.
                `total_applied_discount_amount` = `applied_discount_amount` + `items_applied_discount_amount`.
                 Example: 100.
            items (list[OrderItem] | None | Unset): Array of items applied to the order.
            metadata (Metadata | None | Unset): A set of custom key/value pairs attached to the order.
            customer (CustomerReference | None | Unset):
            customer_id (None | str | Unset): Unique customer ID of the customer making the purchase. Example:
                cust_i8t5Tt6eiKG5K79KQlJ0Vs64.
            referrer (CustomerReference | None | Unset):
            referrer_id (None | str | Unset): Unique referrer ID. Example: cust_nM4jqPiaXUvQdVSA6vTRUnix.
            object_ (str | Unset): The type of the object represented by JSON. Always `order`. Default: 'order'. Example:
                order.
            redemptions (None | OrderRedemptions | Unset):
    """

    id: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    status: None | OrderStatus | Unset = UNSET
    amount: int | None | Unset = UNSET
    initial_amount: int | None | Unset = UNSET
    discount_amount: int | None | Unset = UNSET
    items_discount_amount: int | None | Unset = UNSET
    total_discount_amount: int | None | Unset = UNSET
    total_amount: int | None | Unset = UNSET
    applied_discount_amount: int | None | Unset = UNSET
    items_applied_discount_amount: int | None | Unset = UNSET
    total_applied_discount_amount: int | None | Unset = UNSET
    items: list[OrderItem] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    customer: CustomerReference | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    referrer: CustomerReference | None | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    object_: str | Unset = "order"
    redemptions: None | OrderRedemptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_reference import CustomerReference  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_redemptions import OrderRedemptions  # noqa: PLC0415

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

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        initial_amount: int | None | Unset
        if isinstance(self.initial_amount, Unset):
            initial_amount = UNSET
        else:
            initial_amount = self.initial_amount

        discount_amount: int | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        items_discount_amount: int | None | Unset
        if isinstance(self.items_discount_amount, Unset):
            items_discount_amount = UNSET
        else:
            items_discount_amount = self.items_discount_amount

        total_discount_amount: int | None | Unset
        if isinstance(self.total_discount_amount, Unset):
            total_discount_amount = UNSET
        else:
            total_discount_amount = self.total_discount_amount

        total_amount: int | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        applied_discount_amount: int | None | Unset
        if isinstance(self.applied_discount_amount, Unset):
            applied_discount_amount = UNSET
        else:
            applied_discount_amount = self.applied_discount_amount

        items_applied_discount_amount: int | None | Unset
        if isinstance(self.items_applied_discount_amount, Unset):
            items_applied_discount_amount = UNSET
        else:
            items_applied_discount_amount = self.items_applied_discount_amount

        total_applied_discount_amount: int | None | Unset
        if isinstance(self.total_applied_discount_amount, Unset):
            total_applied_discount_amount = UNSET
        else:
            total_applied_discount_amount = self.total_applied_discount_amount

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerReference):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        referrer: dict[str, Any] | None | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        elif isinstance(self.referrer, CustomerReference):
            referrer = self.referrer.to_dict()
        else:
            referrer = self.referrer

        referrer_id: None | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        object_ = self.object_

        redemptions: dict[str, Any] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, OrderRedemptions):
            redemptions = self.redemptions.to_dict()
        else:
            redemptions = self.redemptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if items_discount_amount is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if items_applied_discount_amount is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if customer is not UNSET:
            field_dict["customer"] = customer
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_reference import CustomerReference  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_item import OrderItem  # noqa: PLC0415
        from ..models.order_redemptions import OrderRedemptions  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_status(data: object) -> None | OrderStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_initial_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_amount = _parse_initial_amount(d.pop("initial_amount", UNSET))

        def _parse_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discount_amount", UNSET))

        def _parse_items_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_discount_amount = _parse_items_discount_amount(d.pop("items_discount_amount", UNSET))

        def _parse_total_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_discount_amount = _parse_total_discount_amount(d.pop("total_discount_amount", UNSET))

        def _parse_total_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_amount = _parse_total_amount(d.pop("total_amount", UNSET))

        def _parse_applied_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        applied_discount_amount = _parse_applied_discount_amount(d.pop("applied_discount_amount", UNSET))

        def _parse_items_applied_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_applied_discount_amount = _parse_items_applied_discount_amount(
            d.pop("items_applied_discount_amount", UNSET)
        )

        def _parse_total_applied_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_applied_discount_amount = _parse_total_applied_discount_amount(
            d.pop("total_applied_discount_amount", UNSET)
        )

        def _parse_items(data: object) -> list[OrderItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = OrderItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderItem] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

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

        def _parse_customer(data: object) -> CustomerReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = CustomerReference.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReference | None | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_referrer(data: object) -> CustomerReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                referrer_type_0 = CustomerReference.from_dict(data)

                return referrer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerReference | None | Unset, data)

        referrer = _parse_referrer(d.pop("referrer", UNSET))

        def _parse_referrer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_id = _parse_referrer_id(d.pop("referrer_id", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_redemptions(data: object) -> None | OrderRedemptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redemptions_type_0 = OrderRedemptions.from_dict(data)

                return redemptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderRedemptions | Unset, data)

        redemptions = _parse_redemptions(d.pop("redemptions", UNSET))

        order = cls(
            id=id,
            source_id=source_id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            amount=amount,
            initial_amount=initial_amount,
            discount_amount=discount_amount,
            items_discount_amount=items_discount_amount,
            total_discount_amount=total_discount_amount,
            total_amount=total_amount,
            applied_discount_amount=applied_discount_amount,
            items_applied_discount_amount=items_applied_discount_amount,
            total_applied_discount_amount=total_applied_discount_amount,
            items=items,
            metadata=metadata,
            customer=customer,
            customer_id=customer_id,
            referrer=referrer,
            referrer_id=referrer_id,
            object_=object_,
            redemptions=redemptions,
        )

        order.additional_properties = d
        return order

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
