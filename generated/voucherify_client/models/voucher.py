from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_type import VoucherType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicable_to_list import ApplicableToList
    from ..models.category import Category
    from ..models.discount import Discount
    from ..models.metadata import Metadata
    from ..models.simple_customer import SimpleCustomer
    from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList
    from ..models.validity_hours import ValidityHours
    from ..models.validity_timeframe import ValidityTimeframe
    from ..models.voucher_assets import VoucherAssets
    from ..models.voucher_gift import VoucherGift
    from ..models.voucher_loyalty_card import VoucherLoyaltyCard
    from ..models.voucher_publish_summary import VoucherPublishSummary
    from ..models.voucher_redemption_summary import VoucherRedemptionSummary


T = TypeVar("T", bound="Voucher")


@_attrs_define
class Voucher:
    """A voucher (discount code, gift card or loyalty card) as it appears in redemptions and in a
    customer's redeemables. In a redemption list entry only a few fields (`id`, `code`,
    `campaign`, `campaign_id`) may be present.

        Attributes:
            id (None | str | Unset): Assigned by the Voucherify API, identifies the voucher. Always present. Example:
                v_mkZN9v7vjYUadXnHrMza8W5c34fE5KiV.
            code (None | str | Unset): A code that identifies a voucher. Pattern can use all letters of the English
                alphabet,
                Arabic numerals, and special characters. Always present.
                 Example: WVPblOYX.
            campaign (None | str | Unset): A unique campaign name, identifies the voucher's parent campaign. Example: Gift
                Card Campaign.
            campaign_id (None | str | Unset): Assigned by the Voucherify API, identifies the voucher's parent campaign.
                Example: camp_FNYR4jhqZBM9xTptxDGgeNBV.
            category (None | str | Unset): Tag defining the category that this voucher belongs to. Example: Second.
            category_id (None | str | Unset): Unique category ID assigned by Voucherify. Example: cat_0bb343dee3cdb5ec0c.
            categories (list[Category] | None | Unset): Contains details about the categories.
            type_ (None | Unset | VoucherType):
            discount (Discount | None | Unset):
            gift (None | Unset | VoucherGift):
            loyalty_card (None | Unset | VoucherLoyaltyCard):
            start_date (datetime.datetime | None | Unset): Activation timestamp (ISO 8601). The voucher is inactive before
                this date. Example: 2021-12-01T00:00:00.000Z.
            expiration_date (datetime.datetime | None | Unset): Expiration timestamp (ISO 8601). The voucher is inactive
                after this date. Example: 2021-12-31T00:00:00.000Z.
            validity_timeframe (None | Unset | ValidityTimeframe):
            validity_day_of_week (list[int] | None | Unset): Integer array corresponding to the particular days of the week
                in which the voucher is valid:
                0 Sunday, 1 Monday, 2 Tuesday, 3 Wednesday, 4 Thursday, 5 Friday, 6 Saturday.
            validity_hours (None | Unset | ValidityHours):
            active (bool | None | Unset): A flag to toggle the voucher on or off. You can disable a voucher even though it's
                within the
                active period defined by the `start_date` and `expiration_date`.
                 Example: True.
            additional_info (None | str | Unset): An optional field to keep any extra textual information about the code.
                Example: secret-code1.
            metadata (Metadata | None | Unset): The metadata object stores all custom attributes assigned to the code.
            assets (None | Unset | VoucherAssets):
            is_referral_code (bool | None | Unset): Flag indicating whether this voucher is a referral code; `true` for
                campaign type `REFERRAL_PROGRAM`. Example: False.
            created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the voucher was
                created (ISO 8601). Example: 2021-12-22T10:13:06.487Z.
            updated_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the voucher was
                last updated (ISO 8601). Example: 2021-12-22T10:14:45.316Z.
            holder_id (None | str | Unset): Unique customer identifier of the redeemable holder (the customer ID assigned by
                Voucherify). Example: cust_eWgXlBBiY6THFRJwX45Iakv4.
            referrer_id (None | str | Unset): Unique identifier of the referring person. Example:
                cust_Vzck5i8U3OhcEUFY6MKhN9Rv.
            holder (None | SimpleCustomer | Unset):
            validation_rules_assignments (None | Unset | ValidationRulesAssignmentsList):
            redemption (None | Unset | VoucherRedemptionSummary):
            publish (None | Unset | VoucherPublishSummary):
            object_ (str | Unset): The type of the object represented by JSON. Always `voucher`. Default: 'voucher'.
                Example: voucher.
            applicable_to (ApplicableToList | None | Unset):
            inapplicable_to (ApplicableToList | None | Unset):
    """

    id: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    campaign: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    categories: list[Category] | None | Unset = UNSET
    type_: None | Unset | VoucherType = UNSET
    discount: Discount | None | Unset = UNSET
    gift: None | Unset | VoucherGift = UNSET
    loyalty_card: None | Unset | VoucherLoyaltyCard = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    validity_timeframe: None | Unset | ValidityTimeframe = UNSET
    validity_day_of_week: list[int] | None | Unset = UNSET
    validity_hours: None | Unset | ValidityHours = UNSET
    active: bool | None | Unset = UNSET
    additional_info: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    assets: None | Unset | VoucherAssets = UNSET
    is_referral_code: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    holder_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    holder: None | SimpleCustomer | Unset = UNSET
    validation_rules_assignments: None | Unset | ValidationRulesAssignmentsList = UNSET
    redemption: None | Unset | VoucherRedemptionSummary = UNSET
    publish: None | Unset | VoucherPublishSummary = UNSET
    object_: str | Unset = "voucher"
    applicable_to: ApplicableToList | None | Unset = UNSET
    inapplicable_to: ApplicableToList | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.applicable_to_list import ApplicableToList  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList  # noqa: PLC0415
        from ..models.validity_hours import ValidityHours  # noqa: PLC0415
        from ..models.validity_timeframe import ValidityTimeframe  # noqa: PLC0415
        from ..models.voucher_assets import VoucherAssets  # noqa: PLC0415
        from ..models.voucher_gift import VoucherGift  # noqa: PLC0415
        from ..models.voucher_loyalty_card import VoucherLoyaltyCard  # noqa: PLC0415
        from ..models.voucher_publish_summary import VoucherPublishSummary  # noqa: PLC0415
        from ..models.voucher_redemption_summary import VoucherRedemptionSummary  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        campaign: None | str | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        else:
            campaign = self.campaign

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, VoucherType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, VoucherGift):
            gift = self.gift.to_dict()
        else:
            gift = self.gift

        loyalty_card: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_card, Unset):
            loyalty_card = UNSET
        elif isinstance(self.loyalty_card, VoucherLoyaltyCard):
            loyalty_card = self.loyalty_card.to_dict()
        else:
            loyalty_card = self.loyalty_card

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

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        additional_info: None | str | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = self.additional_info

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, VoucherAssets):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        is_referral_code: bool | None | Unset
        if isinstance(self.is_referral_code, Unset):
            is_referral_code = UNSET
        else:
            is_referral_code = self.is_referral_code

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

        holder_id: None | str | Unset
        if isinstance(self.holder_id, Unset):
            holder_id = UNSET
        else:
            holder_id = self.holder_id

        referrer_id: None | str | Unset
        if isinstance(self.referrer_id, Unset):
            referrer_id = UNSET
        else:
            referrer_id = self.referrer_id

        holder: dict[str, Any] | None | Unset
        if isinstance(self.holder, Unset):
            holder = UNSET
        elif isinstance(self.holder, SimpleCustomer):
            holder = self.holder.to_dict()
        else:
            holder = self.holder

        validation_rules_assignments: dict[str, Any] | None | Unset
        if isinstance(self.validation_rules_assignments, Unset):
            validation_rules_assignments = UNSET
        elif isinstance(self.validation_rules_assignments, ValidationRulesAssignmentsList):
            validation_rules_assignments = self.validation_rules_assignments.to_dict()
        else:
            validation_rules_assignments = self.validation_rules_assignments

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, VoucherRedemptionSummary):
            redemption = self.redemption.to_dict()
        else:
            redemption = self.redemption

        publish: dict[str, Any] | None | Unset
        if isinstance(self.publish, Unset):
            publish = UNSET
        elif isinstance(self.publish, VoucherPublishSummary):
            publish = self.publish.to_dict()
        else:
            publish = self.publish

        object_ = self.object_

        applicable_to: dict[str, Any] | None | Unset
        if isinstance(self.applicable_to, Unset):
            applicable_to = UNSET
        elif isinstance(self.applicable_to, ApplicableToList):
            applicable_to = self.applicable_to.to_dict()
        else:
            applicable_to = self.applicable_to

        inapplicable_to: dict[str, Any] | None | Unset
        if isinstance(self.inapplicable_to, Unset):
            inapplicable_to = UNSET
        elif isinstance(self.inapplicable_to, ApplicableToList):
            inapplicable_to = self.inapplicable_to.to_dict()
        else:
            inapplicable_to = self.inapplicable_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if type_ is not UNSET:
            field_dict["type"] = type_
        if discount is not UNSET:
            field_dict["discount"] = discount
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
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
        if active is not UNSET:
            field_dict["active"] = active
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if assets is not UNSET:
            field_dict["assets"] = assets
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if holder is not UNSET:
            field_dict["holder"] = holder
        if validation_rules_assignments is not UNSET:
            field_dict["validation_rules_assignments"] = validation_rules_assignments
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if publish is not UNSET:
            field_dict["publish"] = publish
        if object_ is not UNSET:
            field_dict["object"] = object_
        if applicable_to is not UNSET:
            field_dict["applicable_to"] = applicable_to
        if inapplicable_to is not UNSET:
            field_dict["inapplicable_to"] = inapplicable_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicable_to_list import ApplicableToList  # noqa: PLC0415
        from ..models.category import Category  # noqa: PLC0415
        from ..models.discount import Discount  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.validation_rules_assignments_list import ValidationRulesAssignmentsList  # noqa: PLC0415
        from ..models.validity_hours import ValidityHours  # noqa: PLC0415
        from ..models.validity_timeframe import ValidityTimeframe  # noqa: PLC0415
        from ..models.voucher_assets import VoucherAssets  # noqa: PLC0415
        from ..models.voucher_gift import VoucherGift  # noqa: PLC0415
        from ..models.voucher_loyalty_card import VoucherLoyaltyCard  # noqa: PLC0415
        from ..models.voucher_publish_summary import VoucherPublishSummary  # noqa: PLC0415
        from ..models.voucher_redemption_summary import VoucherRedemptionSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_campaign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

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

        def _parse_type_(data: object) -> None | Unset | VoucherType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = VoucherType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = Discount.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_gift(data: object) -> None | Unset | VoucherGift:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_type_0 = VoucherGift.from_dict(data)

                return gift_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherGift, data)

        gift = _parse_gift(d.pop("gift", UNSET))

        def _parse_loyalty_card(data: object) -> None | Unset | VoucherLoyaltyCard:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_card_type_0 = VoucherLoyaltyCard.from_dict(data)

                return loyalty_card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherLoyaltyCard, data)

        loyalty_card = _parse_loyalty_card(d.pop("loyalty_card", UNSET))

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

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_additional_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_info = _parse_additional_info(d.pop("additional_info", UNSET))

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

        def _parse_assets(data: object) -> None | Unset | VoucherAssets:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assets_type_0 = VoucherAssets.from_dict(data)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherAssets, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        def _parse_is_referral_code(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_referral_code = _parse_is_referral_code(d.pop("is_referral_code", UNSET))

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

        def _parse_holder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder_id = _parse_holder_id(d.pop("holder_id", UNSET))

        def _parse_referrer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referrer_id = _parse_referrer_id(d.pop("referrer_id", UNSET))

        def _parse_holder(data: object) -> None | SimpleCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                holder_type_0 = SimpleCustomer.from_dict(data)

                return holder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleCustomer | Unset, data)

        holder = _parse_holder(d.pop("holder", UNSET))

        def _parse_validation_rules_assignments(data: object) -> None | Unset | ValidationRulesAssignmentsList:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_rules_assignments_type_0 = ValidationRulesAssignmentsList.from_dict(data)

                return validation_rules_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ValidationRulesAssignmentsList, data)

        validation_rules_assignments = _parse_validation_rules_assignments(d.pop("validation_rules_assignments", UNSET))

        def _parse_redemption(data: object) -> None | Unset | VoucherRedemptionSummary:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redemption_type_0 = VoucherRedemptionSummary.from_dict(data)

                return redemption_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherRedemptionSummary, data)

        redemption = _parse_redemption(d.pop("redemption", UNSET))

        def _parse_publish(data: object) -> None | Unset | VoucherPublishSummary:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                publish_type_0 = VoucherPublishSummary.from_dict(data)

                return publish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherPublishSummary, data)

        publish = _parse_publish(d.pop("publish", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_applicable_to(data: object) -> ApplicableToList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                applicable_to_type_0 = ApplicableToList.from_dict(data)

                return applicable_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicableToList | None | Unset, data)

        applicable_to = _parse_applicable_to(d.pop("applicable_to", UNSET))

        def _parse_inapplicable_to(data: object) -> ApplicableToList | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inapplicable_to_type_0 = ApplicableToList.from_dict(data)

                return inapplicable_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicableToList | None | Unset, data)

        inapplicable_to = _parse_inapplicable_to(d.pop("inapplicable_to", UNSET))

        voucher = cls(
            id=id,
            code=code,
            campaign=campaign,
            campaign_id=campaign_id,
            category=category,
            category_id=category_id,
            categories=categories,
            type_=type_,
            discount=discount,
            gift=gift,
            loyalty_card=loyalty_card,
            start_date=start_date,
            expiration_date=expiration_date,
            validity_timeframe=validity_timeframe,
            validity_day_of_week=validity_day_of_week,
            validity_hours=validity_hours,
            active=active,
            additional_info=additional_info,
            metadata=metadata,
            assets=assets,
            is_referral_code=is_referral_code,
            created_at=created_at,
            updated_at=updated_at,
            holder_id=holder_id,
            referrer_id=referrer_id,
            holder=holder,
            validation_rules_assignments=validation_rules_assignments,
            redemption=redemption,
            publish=publish,
            object_=object_,
            applicable_to=applicable_to,
            inapplicable_to=inapplicable_to,
        )

        voucher.additional_properties = d
        return voucher

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
