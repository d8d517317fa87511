from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redemption_result import RedemptionResult
from ..models.redemption_status import RedemptionStatus
from ..models.related_object_type import RelatedObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.channel import Channel
    from ..models.metadata import Metadata
    from ..models.order import Order
    from ..models.promotion_tier import PromotionTier
    from ..models.redemption_gift import RedemptionGift
    from ..models.redemption_loyalty_card import RedemptionLoyaltyCard
    from ..models.redemption_reward_result import RedemptionRewardResult
    from ..models.related_redemptions import RelatedRedemptions
    from ..models.session import Session
    from ..models.simple_customer import SimpleCustomer
    from ..models.voucher import Voucher


T = TypeVar("T", bound="Redemption")


@_attrs_define
class Redemption:
    """An attempted or successful redemption of a voucher or promotion tier. `id`, `object`, `date`
    and `result` are always present.

        Attributes:
            id (None | str | Unset): Unique redemption ID. Always present. Example: r_0bc92f81a6801f9bca.
            object_ (str | Unset): The type of the object represented by the JSON: `redemption`. Not a `const`, so that
                where a
                redemption or a rollback may come, anything that is not a rollback still reads as a redemption.
                 Example: redemption.
            date (datetime.datetime | None | Unset): Timestamp in ISO 8601 format indicating when the redemption occurred.
                Always present. Example: 2022-10-03T12:24:58.008Z.
            customer_id (None | str | Unset): Unique customer ID of the redeeming customer. Example:
                cust_i8t5Tt6eiKG5K79KQlJ0Vs64.
            tracking_id (None | str | Unset): Hashed customer source ID. Example: track_fxEMFiLowFHg==.
            metadata (Metadata | None | Unset): The metadata object stores all custom attributes assigned to the redemption.
            amount (int | None | Unset): For gift cards, a positive integer in the smallest currency unit (e.g. 100 cents
                for $1.00)
                representing the number of redeemed credits. For loyalty cards, the number of loyalty points
                used in the transaction.
                 Example: 10000.
            redemption (None | str | Unset): Unique redemption ID of the parent redemption. Example: r_0c656311b5878a2031.
            result (None | RedemptionResult | Unset):
            status (None | RedemptionStatus | Unset):
            session (None | Session | Unset):
            related_redemptions (None | RelatedRedemptions | Unset):
            failure_code (None | str | Unset): If the result is `FAILURE`, a generic reason as to why the redemption failed.
                Example: customer_rules_violated.
            failure_message (None | str | Unset): If the result is `FAILURE`, a more expanded reason as to why the
                redemption failed.
            order (None | Order | Unset):
            channel (Channel | None | Unset):
            customer (None | SimpleCustomer | Unset):
            related_object_type (None | RelatedObjectType | Unset):
            related_object_id (None | str | Unset): Unique related object ID assigned by Voucherify, e.g.
                `v_lfZi4rcEGe0sN9gmnj40bzwK2FH6QUno` for a voucher. Example: v_lfZi4rcEGe0sN9gmnj40bzwK2FH6QUno.
            voucher (None | Unset | Voucher):
            promotion_tier (None | PromotionTier | Unset):
            reward (None | RedemptionRewardResult | Unset):
            gift (None | RedemptionGift | Unset):
            loyalty_card (None | RedemptionLoyaltyCard | Unset):
    """

    id: None | str | Unset = UNSET
    object_: str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    tracking_id: None | str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    redemption: None | str | Unset = UNSET
    result: None | RedemptionResult | Unset = UNSET
    status: None | RedemptionStatus | Unset = UNSET
    session: None | Session | Unset = UNSET
    related_redemptions: None | RelatedRedemptions | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    order: None | Order | Unset = UNSET
    channel: Channel | None | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    related_object_type: None | RelatedObjectType | Unset = UNSET
    related_object_id: None | str | Unset = UNSET
    voucher: None | Unset | Voucher = UNSET
    promotion_tier: None | PromotionTier | Unset = UNSET
    reward: None | RedemptionRewardResult | Unset = UNSET
    gift: None | RedemptionGift | Unset = UNSET
    loyalty_card: None | RedemptionLoyaltyCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.channel import Channel  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.promotion_tier import PromotionTier  # noqa: PLC0415
        from ..models.redemption_gift import RedemptionGift  # noqa: PLC0415
        from ..models.redemption_loyalty_card import RedemptionLoyaltyCard  # noqa: PLC0415
        from ..models.redemption_reward_result import RedemptionRewardResult  # noqa: PLC0415
        from ..models.related_redemptions import RelatedRedemptions  # noqa: PLC0415
        from ..models.session import Session  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        tracking_id: None | str | Unset
        if isinstance(self.tracking_id, Unset):
            tracking_id = UNSET
        else:
            tracking_id = self.tracking_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        redemption: None | str | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        else:
            redemption = self.redemption

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, RedemptionResult):
            result = self.result.value
        else:
            result = self.result

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RedemptionStatus):
            status = self.status.value
        else:
            status = self.status

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, Session):
            session = self.session.to_dict()
        else:
            session = self.session

        related_redemptions: dict[str, Any] | None | Unset
        if isinstance(self.related_redemptions, Unset):
            related_redemptions = UNSET
        elif isinstance(self.related_redemptions, RelatedRedemptions):
            related_redemptions = self.related_redemptions.to_dict()
        else:
            related_redemptions = self.related_redemptions

        failure_code: None | str | Unset
        if isinstance(self.failure_code, Unset):
            failure_code = UNSET
        else:
            failure_code = self.failure_code

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        channel: dict[str, Any] | None | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, Channel):
            channel = self.channel.to_dict()
        else:
            channel = self.channel

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        related_object_type: None | str | Unset
        if isinstance(self.related_object_type, Unset):
            related_object_type = UNSET
        elif isinstance(self.related_object_type, RelatedObjectType):
            related_object_type = self.related_object_type.value
        else:
            related_object_type = self.related_object_type

        related_object_id: None | str | Unset
        if isinstance(self.related_object_id, Unset):
            related_object_id = UNSET
        else:
            related_object_id = self.related_object_id

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict()
        else:
            voucher = self.voucher

        promotion_tier: dict[str, Any] | None | Unset
        if isinstance(self.promotion_tier, Unset):
            promotion_tier = UNSET
        elif isinstance(self.promotion_tier, PromotionTier):
            promotion_tier = self.promotion_tier.to_dict()
        else:
            promotion_tier = self.promotion_tier

        reward: dict[str, Any] | None | Unset
        if isinstance(self.reward, Unset):
            reward = UNSET
        elif isinstance(self.reward, RedemptionRewardResult):
            reward = self.reward.to_dict()
        else:
            reward = self.reward

        gift: dict[str, Any] | None | Unset
        if isinstance(self.gift, Unset):
            gift = UNSET
        elif isinstance(self.gift, RedemptionGift):
            gift = self.gift.to_dict()
        else:
            gift = self.gift

        loyalty_card: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_card, Unset):
            loyalty_card = UNSET
        elif isinstance(self.loyalty_card, RedemptionLoyaltyCard):
            loyalty_card = self.loyalty_card.to_dict()
        else:
            loyalty_card = self.loyalty_card

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if date is not UNSET:
            field_dict["date"] = date
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if amount is not UNSET:
            field_dict["amount"] = amount
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if session is not UNSET:
            field_dict["session"] = session
        if related_redemptions is not UNSET:
            field_dict["related_redemptions"] = related_redemptions
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if order is not UNSET:
            field_dict["order"] = order
        if channel is not UNSET:
            field_dict["channel"] = channel
        if customer is not UNSET:
            field_dict["customer"] = customer
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if reward is not UNSET:
            field_dict["reward"] = reward
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.channel import Channel  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.promotion_tier import PromotionTier  # noqa: PLC0415
        from ..models.redemption_gift import RedemptionGift  # noqa: PLC0415
        from ..models.redemption_loyalty_card import RedemptionLoyaltyCard  # noqa: PLC0415
        from ..models.redemption_reward_result import RedemptionRewardResult  # noqa: PLC0415
        from ..models.related_redemptions import RelatedRedemptions  # noqa: PLC0415
        from ..models.session import Session  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_tracking_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_id = _parse_tracking_id(d.pop("tracking_id", UNSET))

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

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_redemption(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redemption = _parse_redemption(d.pop("redemption", UNSET))

        def _parse_result(data: object) -> None | RedemptionResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = RedemptionResult(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedemptionResult | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_status(data: object) -> None | RedemptionStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RedemptionStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedemptionStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_session(data: object) -> None | Session | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = Session.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Session | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_related_redemptions(data: object) -> None | RelatedRedemptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                related_redemptions_type_0 = RelatedRedemptions.from_dict(data)

                return related_redemptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelatedRedemptions | Unset, data)

        related_redemptions = _parse_related_redemptions(d.pop("related_redemptions", UNSET))

        def _parse_failure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_code = _parse_failure_code(d.pop("failure_code", UNSET))

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        def _parse_order(data: object) -> None | Order | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = Order.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Order | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_channel(data: object) -> Channel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                channel_type_0 = Channel.from_dict(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Channel | None | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_customer(data: object) -> None | SimpleCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = SimpleCustomer.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimpleCustomer | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_related_object_type(data: object) -> None | RelatedObjectType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                related_object_type_type_0 = RelatedObjectType(data)

                return related_object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelatedObjectType | Unset, data)

        related_object_type = _parse_related_object_type(d.pop("related_object_type", UNSET))

        def _parse_related_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        related_object_id = _parse_related_object_id(d.pop("related_object_id", UNSET))

        def _parse_voucher(data: object) -> None | Unset | Voucher:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voucher_type_0 = Voucher.from_dict(data)

                return voucher_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Voucher, data)

        voucher = _parse_voucher(d.pop("voucher", UNSET))

        def _parse_promotion_tier(data: object) -> None | PromotionTier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                promotion_tier_type_0 = PromotionTier.from_dict(data)

                return promotion_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromotionTier | Unset, data)

        promotion_tier = _parse_promotion_tier(d.pop("promotion_tier", UNSET))

        def _parse_reward(data: object) -> None | RedemptionRewardResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reward_type_0 = RedemptionRewardResult.from_dict(data)

                return reward_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedemptionRewardResult | Unset, data)

        reward = _parse_reward(d.pop("reward", UNSET))

        def _parse_gift(data: object) -> None | RedemptionGift | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gift_type_0 = RedemptionGift.from_dict(data)

                return gift_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedemptionGift | Unset, data)

        gift = _parse_gift(d.pop("gift", UNSET))

        def _parse_loyalty_card(data: object) -> None | RedemptionLoyaltyCard | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_card_type_0 = RedemptionLoyaltyCard.from_dict(data)

                return loyalty_card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RedemptionLoyaltyCard | Unset, data)

        loyalty_card = _parse_loyalty_card(d.pop("loyalty_card", UNSET))

        redemption = cls(
            id=id,
            object_=object_,
            date=date,
            customer_id=customer_id,
            tracking_id=tracking_id,
            metadata=metadata,
            amount=amount,
            redemption=redemption,
            result=result,
            status=status,
            session=session,
            related_redemptions=related_redemptions,
            failure_code=failure_code,
            failure_message=failure_message,
            order=order,
            channel=channel,
            customer=customer,
            related_object_type=related_object_type,
            related_object_id=related_object_id,
            voucher=voucher,
            promotion_tier=promotion_tier,
            reward=reward,
            gift=gift,
            loyalty_card=loyalty_card,
        )

        redemption.additional_properties = d
        return redemption

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
