from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.redemption import Redemption
    from ..models.redemption_rollback import RedemptionRollback


T = TypeVar("T", bound="VoucherRedemptionsList")


@_attrs_define
class VoucherRedemptionsList:
    """Response body of `GET /v1/vouchers/{code}/redemption`: the voucher's redemption summary and its
    redemption entries. All properties are always present.

        Attributes:
            quantity (int | None | Unset): The maximum number of times a voucher can be redeemed (`null` means unlimited).
                Always present.
            redeemed_quantity (int | None | Unset): The number of times the voucher was redeemed successfully. Always
                present. Example: 6.
            object_ (str | Unset): The type of the object represented by JSON. Always `list`. Default: 'list'. Example:
                list.
            url (None | str | Unset): URL of the list. Always present. Example: /v1/vouchers/PROMO-
                CODE2/redemptions?page=1&limit=10.
            data_ref (str | Unset): Identifies the name of the attribute that contains the array of redemption entries.
                Always `redemption_entries`. Default: 'redemption_entries'. Example: redemption_entries.
            total (int | None | Unset): Total number of redemption objects. Always present. Example: 6.
            redemption_entries (list[Redemption | RedemptionRollback] | None | Unset): Contains the array of successful and
                failed redemption objects (and redemption rollbacks). Always present.
    """

    quantity: int | None | Unset = UNSET
    redeemed_quantity: int | None | Unset = UNSET
    object_: str | Unset = "list"
    url: None | str | Unset = UNSET
    data_ref: str | Unset = "redemption_entries"
    total: int | None | Unset = UNSET
    redemption_entries: list[Redemption | RedemptionRollback] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.redemption_rollback import RedemptionRollback  # noqa: PLC0415

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        redeemed_quantity: int | None | Unset
        if isinstance(self.redeemed_quantity, Unset):
            redeemed_quantity = UNSET
        else:
            redeemed_quantity = self.redeemed_quantity

        object_ = self.object_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        data_ref = self.data_ref

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        redemption_entries: list[dict[str, Any]] | None | Unset
        if isinstance(self.redemption_entries, Unset):
            redemption_entries = UNSET
        elif isinstance(self.redemption_entries, list):
            redemption_entries = []
            for redemption_entries_type_0_item_data in self.redemption_entries:
                redemption_entries_type_0_item: dict[str, Any]
                if isinstance(redemption_entries_type_0_item_data, RedemptionRollback):
                    redemption_entries_type_0_item = redemption_entries_type_0_item_data.to_dict()
                else:
                    redemption_entries_type_0_item = redemption_entries_type_0_item_data.to_dict()

                redemption_entries.append(redemption_entries_type_0_item)

        else:
            redemption_entries = self.redemption_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if redeemed_quantity is not UNSET:
            field_dict["redeemed_quantity"] = redeemed_quantity
        if object_ is not UNSET:
            field_dict["object"] = object_
        if url is not UNSET:
            field_dict["url"] = url
        if data_ref is not UNSET:
            field_dict["data_ref"] = data_ref
        if total is not UNSET:
            field_dict["total"] = total
        if redemption_entries is not UNSET:
            field_dict["redemption_entries"] = redemption_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redemption import Redemption  # noqa: PLC0415
        from ..models.redemption_rollback import RedemptionRollback  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_redeemed_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        redeemed_quantity = _parse_redeemed_quantity(d.pop("redeemed_quantity", UNSET))

        object_ = d.pop("object", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        data_ref = d.pop("data_ref", UNSET)

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_redemption_entries(data: object) -> list[Redemption | RedemptionRollback] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redemption_entries_type_0 = []
                _redemption_entries_type_0 = data
                for redemption_entries_type_0_item_data in _redemption_entries_type_0:

                    def _parse_redemption_entries_type_0_item(data: object) -> Redemption | RedemptionRollback:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            redemption_entries_type_0_item_type_0 = RedemptionRollback.from_dict(data)

                            return redemption_entries_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        redemption_entries_type_0_item_type_1 = Redemption.from_dict(data)

                        return redemption_entries_type_0_item_type_1

                    redemption_entries_type_0_item = _parse_redemption_entries_type_0_item(
                        redemption_entries_type_0_item_data
                    )

                    redemption_entries_type_0.append(redemption_entries_type_0_item)

                return redemption_entries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Redemption | RedemptionRollback] | None | Unset, data)

        redemption_entries = _parse_redemption_entries(d.pop("redemption_entries", UNSET))

        voucher_redemptions_list = cls(
            quantity=quantity,
            redeemed_quantity=redeemed_quantity,
            object_=object_,
            url=url,
            data_ref=data_ref,
            total=total,
            redemption_entries=redemption_entries,
        )

        voucher_redemptions_list.additional_properties = d
        return voucher_redemptions_list

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
