from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicable_to import ApplicableTo


T = TypeVar("T", bound="ApplicableToList")


@_attrs_define
class ApplicableToList:
    """A list of products, SKUs and product collections the discount is (or is not) applicable to.

    Attributes:
        data (list[ApplicableTo] | None | Unset): Contains array of items to which the discount can (or cannot) apply.
        total (int | None | Unset): Total number of objects. Example: 0.
        data_ref (str | Unset): The name of the attribute that contains the array. Always `data`. Default: 'data'.
        object_ (str | Unset): The type of the object represented by JSON. Always `list`. Default: 'list'.
    """

    data: list[ApplicableTo] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    data_ref: str | Unset = "data"
    object_: str | Unset = "list"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        data_ref = self.data_ref

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if total is not UNSET:
            field_dict["total"] = total
        if data_ref is not UNSET:
            field_dict["data_ref"] = data_ref
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicable_to import ApplicableTo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> list[ApplicableTo] | None | Unset:
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
                    data_type_0_item = ApplicableTo.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApplicableTo] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        data_ref = d.pop("data_ref", UNSET)

        object_ = d.pop("object", UNSET)

        applicable_to_list = cls(
            data=data,
            total=total,
            data_ref=data_ref,
            object_=object_,
        )

        applicable_to_list.additional_properties = d
        return applicable_to_list

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
