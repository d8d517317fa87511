from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_rule_related_object_type import ValidationRuleRelatedObjectType
from ..models.validation_status import ValidationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationRulesAssignment")


@_attrs_define
class ValidationRulesAssignment:
    """A business validation rule assignment.

    Attributes:
        id (None | str | Unset): The unique identifier for the assignment. Example: asgm_74F7QZoYbUoljwQO.
        rule_id (None | str | Unset): The unique identifier for the rule. Example: val_4j7DCRm2IS59.
        related_object_id (None | str | Unset): The unique identifier for the related object.
        related_object_type (None | Unset | ValidationRuleRelatedObjectType):
        created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the object was
            created (ISO 8601).
        updated_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the object was last
            updated (ISO 8601).
        object_ (str | Unset): The type of the object represented by JSON. Always `validation_rules_assignment`.
            Default: 'validation_rules_assignment'.
        validation_status (None | Unset | ValidationStatus):
        validation_omitted_rules (list[str] | None | Unset): The list of omitted rules.
    """

    id: None | str | Unset = UNSET
    rule_id: None | str | Unset = UNSET
    related_object_id: None | str | Unset = UNSET
    related_object_type: None | Unset | ValidationRuleRelatedObjectType = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: str | Unset = "validation_rules_assignment"
    validation_status: None | Unset | ValidationStatus = UNSET
    validation_omitted_rules: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        related_object_id: None | str | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        else:
            related_object_id = self.related_object_id

        related_object_type: None | str | Unset
        if isinstance(self.related_object_type, Unset):
            related_object_type = UNSET
        elif isinstance(self.related_object_type, ValidationRuleRelatedObjectType):
            related_object_type = self.related_object_type.value
        else:
            related_object_type = self.related_object_type

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

        object_ = self.object_

        validation_status: None | str | Unset
        if isinstance(self.validation_status, Unset):
            validation_status = UNSET
        elif isinstance(self.validation_status, ValidationStatus):
            validation_status = self.validation_status.value
        else:
            validation_status = self.validation_status

        validation_omitted_rules: list[str] | None | Unset
        if isinstance(self.validation_omitted_rules, Unset):
            validation_omitted_rules = UNSET
        elif isinstance(self.validation_omitted_rules, list):
            validation_omitted_rules = self.validation_omitted_rules

        else:
            validation_omitted_rules = self.validation_omitted_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_
        if validation_status is not UNSET:
            field_dict["validation_status"] = validation_status
        if validation_omitted_rules is not UNSET:
            field_dict["validation_omitted_rules"] = validation_omitted_rules

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

        def _parse_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_id = _parse_rule_id(d.pop("rule_id", UNSET))

        def _parse_related_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_object_id = _parse_related_object_id(d.pop("related_object_id", UNSET))

        def _parse_related_object_type(data: object) -> None | Unset | ValidationRuleRelatedObjectType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                related_object_type_type_0 = ValidationRuleRelatedObjectType(data)

                return related_object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationRuleRelatedObjectType, data)

        related_object_type = _parse_related_object_type(d.pop("related_object_type", UNSET))

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

        object_ = d.pop("object", UNSET)

        def _parse_validation_status(data: object) -> None | Unset | ValidationStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validation_status_type_0 = ValidationStatus(data)

                return validation_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationStatus, data)

        validation_status = _parse_validation_status(d.pop("validation_status", UNSET))

        def _parse_validation_omitted_rules(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validation_omitted_rules_type_0 = cast(list[str], data)

                return validation_omitted_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        validation_omitted_rules = _parse_validation_omitted_rules(d.pop("validation_omitted_rules", UNSET))

        validation_rules_assignment = cls(
            id=id,
            rule_id=rule_id,
            related_object_id=related_object_id,
            related_object_type=related_object_type,
            created_at=created_at,
            updated_at=updated_at,
            object_=object_,
            validation_status=validation_status,
            validation_omitted_rules=validation_omitted_rules,
        )

        validation_rules_assignment.additional_properties = d
        return validation_rules_assignment

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
