from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemApplicationDetails")


@_attrs_define
class OrderItemApplicationDetails:
    """One replacement of units between two order lines, caused by a discount.

    Attributes:
        source_index (int | None | Unset): Position, in the request's `order.items`, of the line the units were taken
            from.
        source_applied_quantity (int | None | Unset): Change of quantity on the source line (negative or zero).
        source_applied_quantity_amount (int | None | Unset): Change of amount on the source line, in the smallest
            currency unit (negative or zero).
        target_index (int | None | Unset): Position, in the request's `order.items`, of the line the units were moved
            to.
        target_applied_quantity (int | None | Unset): Change of quantity on the target line.
        target_applied_quantity_amount (int | None | Unset): Change of amount on the target line, in the smallest
            currency unit.
        target_applied_discount_amount (int | None | Unset): Discount given on the target line by this replacement, in
            the smallest currency unit.
    """

    source_index: int | None | Unset = UNSET
    source_applied_quantity: int | None | Unset = UNSET
    source_applied_quantity_amount: int | None | Unset = UNSET
    target_index: int | None | Unset = UNSET
    target_applied_quantity: int | None | Unset = UNSET
    target_applied_quantity_amount: int | None | Unset = UNSET
    target_applied_discount_amount: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_index: int | None | Unset
        if isinstance(self.source_index, Unset):
            source_index = UNSET
        else:
            source_index = self.source_index

        source_applied_quantity: int | None | Unset
        if isinstance(self.source_applied_quantity, Unset):
            source_applied_quantity = UNSET
        else:
            source_applied_quantity = self.source_applied_quantity

        source_applied_quantity_amount: int | None | Unset
        if isinstance(self.source_applied_quantity_amount, Unset):
            source_applied_quantity_amount = UNSET
        else:
            source_applied_quantity_amount = self.source_applied_quantity_amount

        target_index: int | None | Unset
        if isinstance(self.target_index, Unset):
            target_index = UNSET
        else:
            target_index = self.target_index

        target_applied_quantity: int | None | Unset
        if isinstance(self.target_applied_quantity, Unset):
            target_applied_quantity = UNSET
        else:
            target_applied_quantity = self.target_applied_quantity

        target_applied_quantity_amount: int | None | Unset
        if isinstance(self.target_applied_quantity_amount, Unset):
            target_applied_quantity_amount = UNSET
        else:
            target_applied_quantity_amount = self.target_applied_quantity_amount

        target_applied_discount_amount: int | None | Unset
        if isinstance(self.target_applied_discount_amount, Unset):
            target_applied_discount_amount = UNSET
        else:
            target_applied_discount_amount = self.target_applied_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_index is not UNSET:
            field_dict["source_index"] = source_index
        if source_applied_quantity is not UNSET:
            field_dict["source_applied_quantity"] = source_applied_quantity
        if source_applied_quantity_amount is not UNSET:
            field_dict["source_applied_quantity_amount"] = source_applied_quantity_amount
        if target_index is not UNSET:
            field_dict["target_index"] = target_index
        if target_applied_quantity is not UNSET:
            field_dict["target_applied_quantity"] = target_applied_quantity
        if target_applied_quantity_amount is not UNSET:
            field_dict["target_applied_quantity_amount"] = target_applied_quantity_amount
        if target_applied_discount_amount is not UNSET:
            field_dict["target_applied_discount_amount"] = target_applied_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_index = _parse_source_index(d.pop("source_index", UNSET))

        def _parse_source_applied_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_applied_quantity = _parse_source_applied_quantity(d.pop("source_applied_quantity", UNSET))

        def _parse_source_applied_quantity_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_applied_quantity_amount = _parse_source_applied_quantity_amount(
            d.pop("source_applied_quantity_amount", UNSET)
        )

        def _parse_target_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_index = _parse_target_index(d.pop("target_index", UNSET))

        def _parse_target_applied_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_applied_quantity = _parse_target_applied_quantity(d.pop("target_applied_quantity", UNSET))

        def _parse_target_applied_quantity_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_applied_quantity_amount = _parse_target_applied_quantity_amount(
            d.pop("target_applied_quantity_amount", UNSET)
        )

        def _parse_target_applied_discount_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_applied_discount_amount = _parse_target_applied_discount_amount(
            d.pop("target_applied_discount_amount", UNSET)
        )

        order_item_application_details = cls(
            source_index=source_index,
            source_applied_quantity=source_applied_quantity,
            source_applied_quantity_amount=source_applied_quantity_amount,
            target_index=target_index,
            target_applied_quantity=target_applied_quantity,
            target_applied_quantity_amount=target_applied_quantity_amount,
            target_applied_discount_amount=target_applied_discount_amount,
        )

        order_item_application_details.additional_properties = d
        return order_item_application_details

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
