from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category import Category
    from ..models.metadata import Metadata
    from ..models.promotion_tier_action import PromotionTierAction
    from ..models.promotion_tier_campaign import PromotionTierCampaign
    from ..models.promotion_tier_summary import PromotionTierSummary
    from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe


T = TypeVar("T", bound="PromotionTier")


@_attrs_define
class PromotionTier:
    """A promotion tier and its parent campaign. Promotion tiers are always assigned to a campaign and
    cannot be used standalone. Only some fields may be present in a redemption.

        Attributes:
            id (None | str | Unset): Unique promotion tier ID. Example: promo_63fYCt81Aw0h7lzyRkrGZh9p.
            created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the promotion tier
                was created (ISO 8601). Example: 2021-12-15T11:34:01.333Z.
            updated_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the promotion tier
                was updated (ISO 8601). Example: 2022-02-09T09:20:05.603Z.
            name (None | str | Unset): Name of the promotion tier.
            banner (None | str | Unset): Text to be displayed to your customers on your website.
            action (None | PromotionTierAction | Unset):
            metadata (Metadata | None | Unset): Custom attributes assigned to the promotion tier.
            hierarchy (int | None | Unset): The order in which the discounts from different tiers are applied.
            promotion_id (None | str | Unset): Promotion unique ID.
            campaign (None | PromotionTierCampaign | Unset):
            campaign_id (None | str | Unset): Promotion tier's parent campaign's unique ID.
            active (bool | None | Unset): A flag to toggle the promotion tier on or off.
            start_date (datetime.datetime | None | Unset): Activation timestamp of the promotion tier (ISO 8601).
            expiration_date (datetime.datetime | None | Unset): Expiration timestamp of the promotion tier (ISO 8601).
            validity_timeframe (None | Unset | ValidityTimeframe):
            validity_day_of_week (list[int] | None | Unset): Days of the week when the promotion tier is valid (0 Sunday ...
                6 Saturday).
            validity_hours (None | Unset | ValidityHours):
            summary (None | PromotionTierSummary | Unset):
            validation_rule_assignments (None | Unset | ValidationRulesAssignmentsList): Validation rules assigned to the
                promotion tier.
            object_ (None | str | Unset): The type of the object represented by JSON (`promotion_tier`).
            category_id (None | str | Unset): Promotion tier category ID. Example: cat_0c9da30e7116ba6bba.
            categories (list[Category] | None | Unset):
    """

    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    banner: None | str | Unset = UNSET
    action: None | PromotionTierAction | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    hierarchy: int | None | Unset = UNSET
    promotion_id: None | str | Unset = UNSET
    campaign: None | PromotionTierCampaign | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[int] | None | Unset = UNSET
    validity_hours: None | Unset | ValidityHours = UNSET
    summary: None | PromotionTierSummary | Unset = UNSET
    validation_rule_assignments: None | Unset | ValidationRulesAssignmentsList = UNSET
    object_: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    categories: list[Category] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.promotion_tier_action import PromotionTierAction  # noqa: PLC0415
        from ..models.promotion_tier_campaign import PromotionTierCampaign  # noqa: PLC0415
        from ..models.promotion_tier_summary import PromotionTierSummary  # noqa: PLC0415
        from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList  # noqa: PLC0415
        from ..models.validity_hours import ValidityHours  # noqa: PLC0415
        from ..models.validity_timeframe import ValidityTimeframe  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        banner: None | str | Unset
        if isinstance(self.banner, Unset):
            banner = UNSET
        else:
            banner = self.banner

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, PromotionTierAction):
            action = self.action.to_dict()
        else:
            action = self.action

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        hierarchy: int | None | Unset
        if isinstance(self.hierarchy, Unset):
            hierarchy = UNSET
        else:
            hierarchy = self.hierarchy

        promotion_id: None | str | Unset
        if isinstance(self.promotion_id, Unset):
            promotion_id = UNSET
        else:
            promotion_id = self.promotion_id

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, PromotionTierCampaign):
            campaign = self.campaign.to_dict()
        else:
            campaign = self.campaign

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        validity_timeframe: dict[str, Any] | None | Unset
        if isinstance(self.validity_timeframe, Unset):
            validity_timeframe = UNSET
        elif isinstance(self.validity_timeframe, ValidityTimeframe):
            validity_timeframe = self.validity_timeframe.to_dict()
        else:
            validity_timeframe = self.validity_timeframe

        validity_day_of_week: list[int] | None | Unset
        if isinstance(self.validity_day_of_week, Unset):
            validity_day_of_week = UNSET
        elif isinstance(self.validity_day_of_week, list):
            validity_day_of_week = self.validity_day_of_week

        else:
            validity_day_of_week = self.validity_day_of_week

        validity_hours: dict[str, Any] | None | Unset
        if isinstance(self.validity_hours, Unset):
            validity_hours = UNSET
        elif isinstance(self.validity_hours, ValidityHours):
            validity_hours = self.validity_hours.to_dict()
        else:
            validity_hours = self.validity_hours

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, PromotionTierSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        validation_rule_assignments: dict[str, Any] | None | Unset
        if isinstance(self.validation_rule_assignments, Unset):
            validation_rule_assignments = UNSET
        elif isinstance(self.validation_rule_assignments, ValidationRulesAssignmentsList):
            validation_rule_assignments = self.validation_rule_assignments.to_dict()
        else:
            validation_rule_assignments = self.validation_rule_assignments

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if banner is not UNSET:
            field_dict["banner"] = banner
        if action is not UNSET:
            field_dict["action"] = action
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if active is not UNSET:
            field_dict["active"] = active
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if validity_timeframe is not UNSET:
            field_dict["validity_timeframe"] = validity_timeframe
        if validity_day_of_week is not UNSET:
            field_dict["validity_day_of_week"] = validity_day_of_week
        if validity_hours is not UNSET:
            field_dict["validity_hours"] = validity_hours
        if summary is not UNSET:
            field_dict["summary"] = summary
        if validation_rule_assignments is not UNSET:
            field_dict["validation_rule_assignments"] = validation_rule_assignments
        if object_ is not UNSET:
            field_dict["object"] = object_
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category import Category  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.promotion_tier_action import PromotionTierAction  # noqa: PLC0415
        from ..models.promotion_tier_campaign import PromotionTierCampaign  # noqa: PLC0415
        from ..models.promotion_tier_summary import PromotionTierSummary  # noqa: PLC0415
        from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList  # noqa: PLC0415
        from ..models.validity_hours import ValidityHours  # noqa: PLC0415
        from ..models.validity_timeframe import ValidityTimeframe  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_banner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banner = _parse_banner(d.pop("banner", UNSET))

        def _parse_action(data: object) -> None | PromotionTierAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = PromotionTierAction.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionTierAction | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

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

        def _parse_hierarchy(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hierarchy = _parse_hierarchy(d.pop("hierarchy", UNSET))

        def _parse_promotion_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promotion_id = _parse_promotion_id(d.pop("promotion_id", UNSET))

        def _parse_campaign(data: object) -> None | PromotionTierCampaign | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_0 = PromotionTierCampaign.from_dict(data)

                return campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionTierCampaign | Unset, data)

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.datetime.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_validity_timeframe(data: object) -> None | Unset | ValidityTimeframe:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validity_timeframe_type_0 = ValidityTimeframe.from_dict(data)

                return validity_timeframe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidityTimeframe, data)

        validity_timeframe = _parse_validity_timeframe(d.pop("validity_timeframe", UNSET))

        def _parse_validity_day_of_week(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validity_day_of_week_type_0 = cast(list[int], data)

                return validity_day_of_week_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        validity_day_of_week = _parse_validity_day_of_week(d.pop("validity_day_of_week", UNSET))

        def _parse_validity_hours(data: object) -> None | Unset | ValidityHours:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validity_hours_type_0 = ValidityHours.from_dict(data)

                return validity_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidityHours, data)

        validity_hours = _parse_validity_hours(d.pop("validity_hours", UNSET))

        def _parse_summary(data: object) -> None | PromotionTierSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = PromotionTierSummary.from_dict(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionTierSummary | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_validation_rule_assignments(data: object) -> None | Unset | ValidationRulesAssignmentsList:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_rule_assignments_type_0 = ValidationRulesAssignmentsList.from_dict(data)

                return validation_rule_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationRulesAssignmentsList, data)

        validation_rule_assignments = _parse_validation_rule_assignments(d.pop("validation_rule_assignments", UNSET))

        def _parse_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        def _parse_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_categories(data: object) -> list[Category] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = Category.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Category] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        promotion_tier = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            banner=banner,
            action=action,
            metadata=metadata,
            hierarchy=hierarchy,
            promotion_id=promotion_id,
            campaign=campaign,
            campaign_id=campaign_id,
            active=active,
            start_date=start_date,
            expiration_date=expiration_date,
            validity_timeframe=validity_timeframe,
            validity_day_of_week=validity_day_of_week,
            validity_hours=validity_hours,
            summary=summary,
            validation_rule_assignments=validation_rule_assignments,
            object_=object_,
            category_id=category_id,
            categories=categories,
        )

        promotion_tier.additional_properties = d
        return promotion_tier

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
