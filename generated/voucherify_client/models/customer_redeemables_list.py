from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_redeemable import CustomerRedeemable


T = TypeVar("T", bound="CustomerRedeemablesList")


@_attrs_define
class CustomerRedeemablesList:
    """Response body of `GET /v1/customers/{customerId}/redeemables`.

    Attributes:
        object_ (str | Unset): The type of the object represented by JSON. Always `list`. Default: 'list'. Example:
            list.
        data_ref (str | Unset): Identifies the name of the JSON property that contains the array of redeemables. Always
            `data`. Default: 'data'. Example: data.
        data (list[CustomerRedeemable] | None | Unset): An array of the customer's redeemables. Always present.
        total (int | None | Unset): Total number of results returned. Always present. Example: 2.
        has_more (bool | None | Unset): As query results are always limited (by the limit parameter), the `has_more`
            flag indicates
            if there are more records for given filter parameters. This lets you know if you can run
            another request with a `starting_after_id` query or a different limit to get more records.
             Example: False.
        more_starting_after (None | str | Unset): An ID that can be used to return another page of results: use it in
            the `starting_after_id`
            query parameter.
             Example: rh_0e79fe37e4926cafd6.
    """

    object_: str | Unset = "list"
    data_ref: str | Unset = "data"
    data: list[CustomerRedeemable] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    more_starting_after: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data_ref = self.data_ref

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        more_starting_after: None | str | Unset
        if isinstance(self.more_starting_after, Unset):
            more_starting_after = UNSET
        else:
            more_starting_after = self.more_starting_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if data_ref is not UNSET:
            field_dict["data_ref"] = data_ref
        if data is not UNSET:
            field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if more_starting_after is not UNSET:
            field_dict["more_starting_after"] = more_starting_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_redeemable import CustomerRedeemable  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        data_ref = d.pop("data_ref", UNSET)

        def _parse_data(data: object) -> list[CustomerRedeemable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = CustomerRedeemable.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerRedeemable] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_has_more(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_more = _parse_has_more(d.pop("has_more", UNSET))

        def _parse_more_starting_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        more_starting_after = _parse_more_starting_after(d.pop("more_starting_after", UNSET))

        customer_redeemables_list = cls(
            object_=object_,
            data_ref=data_ref,
            data=data,
            total=total,
            has_more=has_more,
            more_starting_after=more_starting_after,
        )

        customer_redeemables_list.additional_properties = d
        return customer_redeemables_list

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
