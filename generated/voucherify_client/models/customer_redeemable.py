from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_type import CampaignType
from ..models.holder_role import HolderRole
from ..models.voucher_type import VoucherType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_redeemable_redeemable import CustomerRedeemableRedeemable


T = TypeVar("T", bound="CustomerRedeemable")


@_attrs_define
class CustomerRedeemable:
    """A redeemable holder entry (a redeemable assigned to the customer).

    Attributes:
        id (None | str | Unset): Unique redeemable holder identifier. Always present. Example: rh_0e7b8db4700106a852.
        created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the redeemable was
            assigned (ISO 8601). Example: 2024-03-22T17:48:25.910Z.
        redeemable_id (None | str | Unset): Identifier of the redeemable item. Example:
            v_GXVguPhq2khgFxH7GrRXWA91gDr1LiA1.
        redeemable_object (None | str | Unset): Type of the redeemable (`voucher`). Example: voucher.
        customer_id (None | str | Unset): Identifier of the customer. Example: cust_p1ufreYbVbwZ1x70nFkH9rF9.
        holder_role (HolderRole | None | Unset):
        campaign_id (None | str | Unset): Unique campaign identifier, assigned by Voucherify. Example:
            camp_weer1c3p5ZgktqfW56RfoNaG.
        campaign_type (CampaignType | None | Unset):
        voucher_type (None | Unset | VoucherType):
        redeemable (CustomerRedeemableRedeemable | None | Unset):
    """

    id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    redeemable_id: None | str | Unset = UNSET
    redeemable_object: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    holder_role: HolderRole | None | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    campaign_type: CampaignType | None | Unset = UNSET
    voucher_type: None | Unset | VoucherType = UNSET
    redeemable: CustomerRedeemableRedeemable | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_redeemable_redeemable import CustomerRedeemableRedeemable  # noqa: PLC0415

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

        redeemable_id: None | str | Unset
        if isinstance(self.redeemable_id, Unset):
            redeemable_id = UNSET
        else:
            redeemable_id = self.redeemable_id

        redeemable_object: None | str | Unset
        if isinstance(self.redeemable_object, Unset):
            redeemable_object = UNSET
        else:
            redeemable_object = self.redeemable_object

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        holder_role: None | str | Unset
        if isinstance(self.holder_role, Unset):
            holder_role = UNSET
        elif isinstance(self.holder_role, HolderRole):
            holder_role = self.holder_role.value
        else:
            holder_role = self.holder_role

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        campaign_type: None | str | Unset
        if isinstance(self.campaign_type, Unset):
            campaign_type = UNSET
        elif isinstance(self.campaign_type, CampaignType):
            campaign_type = self.campaign_type.value
        else:
            campaign_type = self.campaign_type

        voucher_type: None | str | Unset
        if isinstance(self.voucher_type, Unset):
            voucher_type = UNSET
        elif isinstance(self.voucher_type, VoucherType):
            voucher_type = self.voucher_type.value
        else:
            voucher_type = self.voucher_type

        redeemable: dict[str, Any] | None | Unset
        if isinstance(self.redeemable, Unset):
            redeemable = UNSET
        elif isinstance(self.redeemable, CustomerRedeemableRedeemable):
            redeemable = self.redeemable.to_dict()
        else:
            redeemable = self.redeemable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if redeemable_id is not UNSET:
            field_dict["redeemable_id"] = redeemable_id
        if redeemable_object is not UNSET:
            field_dict["redeemable_object"] = redeemable_object
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if holder_role is not UNSET:
            field_dict["holder_role"] = holder_role
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if voucher_type is not UNSET:
            field_dict["voucher_type"] = voucher_type
        if redeemable is not UNSET:
            field_dict["redeemable"] = redeemable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_redeemable_redeemable import CustomerRedeemableRedeemable  # noqa: PLC0415

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

        def _parse_redeemable_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redeemable_id = _parse_redeemable_id(d.pop("redeemable_id", UNSET))

        def _parse_redeemable_object(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redeemable_object = _parse_redeemable_object(d.pop("redeemable_object", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_holder_role(data: object) -> HolderRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                holder_role_type_0 = HolderRole(data)

                return holder_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HolderRole | None | Unset, data)

        holder_role = _parse_holder_role(d.pop("holder_role", UNSET))

        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_campaign_type(data: object) -> CampaignType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_type_type_0 = CampaignType(data)

                return campaign_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignType | None | Unset, data)

        campaign_type = _parse_campaign_type(d.pop("campaign_type", UNSET))

        def _parse_voucher_type(data: object) -> None | Unset | VoucherType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voucher_type_type_0 = VoucherType(data)

                return voucher_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoucherType, data)

        voucher_type = _parse_voucher_type(d.pop("voucher_type", UNSET))

        def _parse_redeemable(data: object) -> CustomerRedeemableRedeemable | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redeemable_type_0 = CustomerRedeemableRedeemable.from_dict(data)

                return redeemable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerRedeemableRedeemable | None | Unset, data)

        redeemable = _parse_redeemable(d.pop("redeemable", UNSET))

        customer_redeemable = cls(
            id=id,
            created_at=created_at,
            redeemable_id=redeemable_id,
            redeemable_object=redeemable_object,
            customer_id=customer_id,
            holder_role=holder_role,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            voucher_type=voucher_type,
            redeemable=redeemable,
        )

        customer_redeemable.additional_properties = d
        return customer_redeemable

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
