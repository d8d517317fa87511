from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_input import CustomerInput
    from ..models.metadata import Metadata
    from ..models.order_input import OrderInput
    from ..models.redeem_gift_credits import RedeemGiftCredits
    from ..models.redeem_reward import RedeemReward
    from ..models.redeem_voucher_options import RedeemVoucherOptions
    from ..models.session import Session


T = TypeVar("T", bound="RedeemVoucherRequest")


@_attrs_define
class RedeemVoucherRequest:
    """Request body for `POST /v1/vouchers/{code}/redemption`: the redemption context for a discount
    code, a gift card (`gift.credits`) or a loyalty card (`reward`).

        Attributes:
            session (Session | Unset): Schema model for the session lock object. The session object is required to establish
                a session
                between multiple parallel validation and redemption requests. If you only send the `type`
                parameter in the request, then by default the session lock will be established for 7 days.
                In a redemption response, it contains details about the redemption session lock (sessions can be
                established only for discount vouchers, promotions, and gift cards).
            customer (CustomerInput | Unset): Customer's information, as sent in a request. Identify an existing customer by
                `id` (assigned
                by Voucherify) or `source_id`, or send the full customer object (it is upserted by `source_id`).
            order (OrderInput | Unset): Order information, as sent in a request. You can pass the unique order ID assigned
                by
                Voucherify, the order's source ID, or the full order object.
            metadata (Metadata | Unset): A set of custom key/value pairs (free-form).
            options (RedeemVoucherOptions | Unset): Configure parameters returned in the response.
            gift (RedeemGiftCredits | Unset): Gift card redemption parameters.
            reward (RedeemReward | Unset): Loyalty card redemption parameters (the reward to redeem).
    """

    session: Session | Unset = UNSET
    customer: CustomerInput | Unset = UNSET
    order: OrderInput | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    options: RedeemVoucherOptions | Unset = UNSET
    gift: RedeemGiftCredits | Unset = UNSET
    reward: RedeemReward | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if customer is not UNSET:
            field_dict["customer"] = customer
        if order is not UNSET:
            field_dict["order"] = order
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if options is not UNSET:
            field_dict["options"] = options
        if gift is not UNSET:
            field_dict["gift"] = gift
        if reward is not UNSET:
            field_dict["reward"] = reward

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_input import CustomerInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.order_input import OrderInput  # noqa: PLC0415
        from ..models.redeem_gift_credits import RedeemGiftCredits  # noqa: PLC0415
        from ..models.redeem_reward import RedeemReward  # noqa: PLC0415
        from ..models.redeem_voucher_options import RedeemVoucherOptions  # noqa: PLC0415
        from ..models.session import Session  # noqa: PLC0415

        d = dict(src_dict)
        _session = d.pop("session", UNSET)
        session: Session | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = Session.from_dict(_session)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInput | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInput.from_dict(_customer)

        _order = d.pop("order", UNSET)
        order: OrderInput | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderInput.from_dict(_order)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _options = d.pop("options", UNSET)
        options: RedeemVoucherOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = RedeemVoucherOptions.from_dict(_options)

        _gift = d.pop("gift", UNSET)
        gift: RedeemGiftCredits | Unset
        if isinstance(_gift, Unset):
            gift = UNSET
        else:
            gift = RedeemGiftCredits.from_dict(_gift)

        _reward = d.pop("reward", UNSET)
        reward: RedeemReward | Unset
        if isinstance(_reward, Unset):
            reward = UNSET
        else:
            reward = RedeemReward.from_dict(_reward)

        redeem_voucher_request = cls(
            session=session,
            customer=customer,
            order=order,
            metadata=metadata,
            options=options,
            gift=gift,
            reward=reward,
        )

        redeem_voucher_request.additional_properties = d
        return redeem_voucher_request

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
