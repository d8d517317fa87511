from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category_stacking_rules_type import CategoryStackingRulesType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A category.

    Attributes:
        id (None | str | Unset): Unique category ID assigned by Voucherify. Example: cat_0bb343dee3cdb5ec0c.
        name (None | str | Unset): Category name. Example: Second.
        hierarchy (int | None | Unset): Category hierarchy. Categories with lower hierarchy are processed before
            categories with
            higher hierarchy value.
        object_ (str | Unset): The type of the object represented by the JSON. Always `category`. Default: 'category'.
        created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the category was
            created (ISO 8601). Example: 2022-07-14T10:45:13.156Z.
        updated_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the category was
            updated (ISO 8601). Example: 2022-08-16T10:52:08.094Z.
        stacking_rules_type (CategoryStackingRulesType | None | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    hierarchy: int | None | Unset = UNSET
    object_: str | Unset = "category"
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    stacking_rules_type: CategoryStackingRulesType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        hierarchy: int | None | Unset
        if isinstance(self.hierarchy, Unset):
            hierarchy = UNSET
        else:
            hierarchy = self.hierarchy

        object_ = self.object_

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

        stacking_rules_type: None | str | Unset
        if isinstance(self.stacking_rules_type, Unset):
            stacking_rules_type = UNSET
        elif isinstance(self.stacking_rules_type, CategoryStackingRulesType):
            stacking_rules_type = self.stacking_rules_type.value
        else:
            stacking_rules_type = self.stacking_rules_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if stacking_rules_type is not UNSET:
            field_dict["stacking_rules_type"] = stacking_rules_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_hierarchy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hierarchy = _parse_hierarchy(d.pop("hierarchy", UNSET))

        object_ = d.pop("object", UNSET)

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

        def _parse_stacking_rules_type(data: object) -> CategoryStackingRulesType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stacking_rules_type_type_0 = CategoryStackingRulesType(data)

                return stacking_rules_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CategoryStackingRulesType | None | Unset, data)

        stacking_rules_type = _parse_stacking_rules_type(d.pop("stacking_rules_type", UNSET))

        category = cls(
            id=id,
            name=name,
            hierarchy=hierarchy,
            object_=object_,
            created_at=created_at,
            updated_at=updated_at,
            stacking_rules_type=stacking_rules_type,
        )

        category.additional_properties = d
        return category

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
