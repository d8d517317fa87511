from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherLoyaltyCard")


@_attrs_define
class VoucherLoyaltyCard:
    """Object representing loyalty card parameters. Child attributes are present only if `type` is `LOYALTY_CARD`.

    Attributes:
        points (int | None | Unset): Total number of points added to the loyalty card over its lifespan. Example: 7000.
        balance (int | None | Unset): Points available for reward redemption.
            `balance` = `points` - `expired_points` - `subtracted_points` - `redemption.redeemed_points`.
             Example: 6970.
        next_expiration_date (datetime.date | None | Unset): The next closest date when the next set of points are due
            to expire. Example: 2023-05-30.
        next_expiration_points (int | None | Unset): The amount of points that are set to expire next.
        pending_points (int | None | Unset): The number of pending points that will be added to the loyalty card when
            they are activated
            automatically or manually.
        expired_points (int | None | Unset): The total number of expired points over the lifetime of the loyalty card.
        subtracted_points (int | None | Unset): The total number of subtracted points over the lifetime of the loyalty
            card.
    """

    points: int | None | Unset = UNSET
    balance: int | None | Unset = UNSET
    next_expiration_date: datetime.date | None | Unset = UNSET
    next_expiration_points: int | None | Unset = UNSET
    pending_points: int | None | Unset = UNSET
    expired_points: int | None | Unset = UNSET
    subtracted_points: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        balance: int | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        next_expiration_date: None | str | Unset
        if isinstance(self.next_expiration_date, Unset):
            next_expiration_date = UNSET
        elif isinstance(self.next_expiration_date, datetime.date):
            next_expiration_date = self.next_expiration_date.isoformat()
        else:
            next_expiration_date = self.next_expiration_date

        next_expiration_points: int | None | Unset
        if isinstance(self.next_expiration_points, Unset):
            next_expiration_points = UNSET
        else:
            next_expiration_points = self.next_expiration_points

        pending_points: int | None | Unset
        if isinstance(self.pending_points, Unset):
            pending_points = UNSET
        else:
            pending_points = self.pending_points

        expired_points: int | None | Unset
        if isinstance(self.expired_points, Unset):
            expired_points = UNSET
        else:
            expired_points = self.expired_points

        subtracted_points: int | None | Unset
        if isinstance(self.subtracted_points, Unset):
            subtracted_points = UNSET
        else:
            subtracted_points = self.subtracted_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if balance is not UNSET:
            field_dict["balance"] = balance
        if next_expiration_date is not UNSET:
            field_dict["next_expiration_date"] = next_expiration_date
        if next_expiration_points is not UNSET:
            field_dict["next_expiration_points"] = next_expiration_points
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
        if expired_points is not UNSET:
            field_dict["expired_points"] = expired_points
        if subtracted_points is not UNSET:
            field_dict["subtracted_points"] = subtracted_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points = _parse_points(d.pop("points", UNSET))

        def _parse_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance = _parse_balance(d.pop("balance", UNSET))

        def _parse_next_expiration_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_expiration_date_type_0 = datetime.date.fromisoformat(data)

                return next_expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_expiration_date = _parse_next_expiration_date(d.pop("next_expiration_date", UNSET))

        def _parse_next_expiration_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_expiration_points = _parse_next_expiration_points(d.pop("next_expiration_points", UNSET))

        def _parse_pending_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending_points = _parse_pending_points(d.pop("pending_points", UNSET))

        def _parse_expired_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expired_points = _parse_expired_points(d.pop("expired_points", UNSET))

        def _parse_subtracted_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subtracted_points = _parse_subtracted_points(d.pop("subtracted_points", UNSET))

        voucher_loyalty_card = cls(
            points=points,
            balance=balance,
            next_expiration_date=next_expiration_date,
            next_expiration_points=next_expiration_points,
            pending_points=pending_points,
            expired_points=expired_points,
            subtracted_points=subtracted_points,
        )

        voucher_loyalty_card.additional_properties = d
        return voucher_loyalty_card

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
