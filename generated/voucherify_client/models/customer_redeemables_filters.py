from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_junction import FilterJunction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_campaign_type import FilterCampaignType
    from ..models.filter_date import FilterDate
    from ..models.filter_holder_role import FilterHolderRole
    from ..models.filter_redeemable_object import FilterRedeemableObject
    from ..models.filter_string import FilterString
    from ..models.filter_voucher_type import FilterVoucherType


T = TypeVar("T", bound="CustomerRedeemablesFilters")


@_attrs_define
class CustomerRedeemablesFilters:
    """Filters for listing customer redeemables.

    Attributes:
        junction (FilterJunction | Unset): Logical operator between filters. `and` displays a record if ALL the
            conditions are true,
            `or` displays a record if ANY of the conditions is true.
        id (FilterString | Unset): Data filters on a string field.
        created_at (FilterDate | Unset): Data filters on a timestamp field.
        redeemable_id (FilterString | Unset): Data filters on a string field.
        redeemable_object (FilterRedeemableObject | Unset): Data filters on the redeemable object type.
        holder_role (FilterHolderRole | Unset): Data filters on the holder role.
        campaign_id (FilterString | Unset): Data filters on a string field.
        campaign_type (FilterCampaignType | Unset): Data filters on the campaign type.
        voucher_type (FilterVoucherType | Unset): Data filters on the voucher type.
    """

    junction: FilterJunction | Unset = UNSET
    id: FilterString | Unset = UNSET
    created_at: FilterDate | Unset = UNSET
    redeemable_id: FilterString | Unset = UNSET
    redeemable_object: FilterRedeemableObject | Unset = UNSET
    holder_role: FilterHolderRole | Unset = UNSET
    campaign_id: FilterString | Unset = UNSET
    campaign_type: FilterCampaignType | Unset = UNSET
    voucher_type: FilterVoucherType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        junction: str | Unset = UNSET
        if not isinstance(self.junction, Unset):
            junction = self.junction.value

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        redeemable_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redeemable_id, Unset):
            redeemable_id = self.redeemable_id.to_dict()

        redeemable_object: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redeemable_object, Unset):
            redeemable_object = self.redeemable_object.to_dict()

        holder_role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder_role, Unset):
            holder_role = self.holder_role.to_dict()

        campaign_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_id, Unset):
            campaign_id = self.campaign_id.to_dict()

        campaign_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_type, Unset):
            campaign_type = self.campaign_type.to_dict()

        voucher_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher_type, Unset):
            voucher_type = self.voucher_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if junction is not UNSET:
            field_dict["junction"] = junction
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if redeemable_id is not UNSET:
            field_dict["redeemable_id"] = redeemable_id
        if redeemable_object is not UNSET:
            field_dict["redeemable_object"] = redeemable_object
        if holder_role is not UNSET:
            field_dict["holder_role"] = holder_role
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if voucher_type is not UNSET:
            field_dict["voucher_type"] = voucher_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_campaign_type import FilterCampaignType  # noqa: PLC0415
        from ..models.filter_date import FilterDate  # noqa: PLC0415
        from ..models.filter_holder_role import FilterHolderRole  # noqa: PLC0415
        from ..models.filter_redeemable_object import FilterRedeemableObject  # noqa: PLC0415
        from ..models.filter_string import FilterString  # noqa: PLC0415
        from ..models.filter_voucher_type import FilterVoucherType  # noqa: PLC0415

        d = dict(src_dict)
        _junction = d.pop("junction", UNSET)
        junction: FilterJunction | Unset
        if isinstance(_junction, Unset):
            junction = UNSET
        else:
            junction = FilterJunction(_junction)

        _id = d.pop("id", UNSET)
        id: FilterString | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = FilterString.from_dict(_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: FilterDate | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = FilterDate.from_dict(_created_at)

        _redeemable_id = d.pop("redeemable_id", UNSET)
        redeemable_id: FilterString | Unset
        if isinstance(_redeemable_id, Unset):
            redeemable_id = UNSET
        else:
            redeemable_id = FilterString.from_dict(_redeemable_id)

        _redeemable_object = d.pop("redeemable_object", UNSET)
        redeemable_object: FilterRedeemableObject | Unset
        if isinstance(_redeemable_object, Unset):
            redeemable_object = UNSET
        else:
            redeemable_object = FilterRedeemableObject.from_dict(_redeemable_object)

        _holder_role = d.pop("holder_role", UNSET)
        holder_role: FilterHolderRole | Unset
        if isinstance(_holder_role, Unset):
            holder_role = UNSET
        else:
            holder_role = FilterHolderRole.from_dict(_holder_role)

        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id: FilterString | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = FilterString.from_dict(_campaign_id)

        _campaign_type = d.pop("campaign_type", UNSET)
        campaign_type: FilterCampaignType | Unset
        if isinstance(_campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = FilterCampaignType.from_dict(_campaign_type)

        _voucher_type = d.pop("voucher_type", UNSET)
        voucher_type: FilterVoucherType | Unset
        if isinstance(_voucher_type, Unset):
            voucher_type = UNSET
        else:
            voucher_type = FilterVoucherType.from_dict(_voucher_type)

        customer_redeemables_filters = cls(
            junction=junction,
            id=id,
            created_at=created_at,
            redeemable_id=redeemable_id,
            redeemable_object=redeemable_object,
            holder_role=holder_role,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            voucher_type=voucher_type,
        )

        customer_redeemables_filters.additional_properties = d
        return customer_redeemables_filters

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
