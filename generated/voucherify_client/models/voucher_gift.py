from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gift_effect import GiftEffect
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherGift")


@_attrs_define
class VoucherGift:
    """Object representing gift parameters. Child attributes are present only if `type` is `GIFT_VOUCHER`.

    Attributes:
        amount (int | None | Unset): Total gift card income over the lifetime of the card, in the smallest currency
            unit. Example: 10000.
        subtracted_amount (int | None | Unset): Total amount of subtracted credits over the gift card lifetime, in the
            smallest currency unit.
        balance (int | None | Unset): Available funds, in the smallest currency unit.
            `balance` = `amount` - `subtracted_amount` - `redemption.redeemed_amount`.
             Example: 500.
        effect (GiftEffect | None | Unset):
    """

    amount: int | None | Unset = UNSET
    subtracted_amount: int | None | Unset = UNSET
    balance: int | None | Unset = UNSET
    effect: GiftEffect | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        subtracted_amount: int | None | Unset
        if isinstance(self.subtracted_amount, Unset):
            subtracted_amount = UNSET
        else:
            subtracted_amount = self.subtracted_amount

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        elif isinstance(self.effect, GiftEffect):
            effect = self.effect.value
        else:
            effect = self.effect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if subtracted_amount is not UNSET:
            field_dict["subtracted_amount"] = subtracted_amount
        if balance is not UNSET:
            field_dict["balance"] = balance
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_subtracted_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subtracted_amount = _parse_subtracted_amount(d.pop("subtracted_amount", UNSET))

        def _parse_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_effect(data: object) -> GiftEffect | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effect_type_0 = GiftEffect(data)

                return effect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GiftEffect | None | Unset, data)

        effect = _parse_effect(d.pop("effect", UNSET))

        voucher_gift = cls(
            amount=amount,
            subtracted_amount=subtracted_amount,
            balance=balance,
            effect=effect,
        )

        voucher_gift.additional_properties = d
        return voucher_gift

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
