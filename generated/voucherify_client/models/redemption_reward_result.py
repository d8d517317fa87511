from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_type import RewardType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.reward_parameters import RewardParameters
    from ..models.reward_product import RewardProduct
    from ..models.reward_sku import RewardSku
    from ..models.simple_customer import SimpleCustomer
    from ..models.voucher import Voucher


T = TypeVar("T", bound="RedemptionRewardResult")


@_attrs_define
class RedemptionRewardResult:
    """The reward redeemed (loyalty card redemptions with a reward).

    Attributes:
        id (None | str | Unset): Unique reward ID. Example: rew_0bc92f81a6801f9bca.
        name (None | str | Unset): Name of the reward. Example: Reward Name.
        object_ (None | str | Unset): The type of the object represented by the JSON (`reward`).
        created_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the reward was
            created (ISO 8601).
        updated_at (datetime.datetime | None | Unset): Timestamp representing the date and time when the reward was
            updated (ISO 8601).
        type_ (None | RewardType | Unset):
        assignment_id (None | str | Unset): Unique reward assignment ID assigned by Voucherify.
        loyalty_tier_id (None | str | Unset): Unique loyalty tier ID assigned by Voucherify.
        customer (None | SimpleCustomer | Unset):
        voucher (None | Unset | Voucher):
        product (None | RewardProduct | Unset): `MATERIAL` rewards: the product given.
        sku (None | RewardSku | Unset): `MATERIAL` rewards: the SKU given.
        parameters (None | RewardParameters | Unset):
        metadata (Metadata | None | Unset): Custom attributes attached to the reward.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    type_: None | RewardType | Unset = UNSET
    assignment_id: None | str | Unset = UNSET
    loyalty_tier_id: None | str | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    voucher: None | Unset | Voucher = UNSET
    product: None | RewardProduct | Unset = UNSET
    sku: None | RewardSku | Unset = UNSET
    parameters: None | RewardParameters | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.reward_parameters import RewardParameters  # noqa: PLC0415
        from ..models.reward_product import RewardProduct  # noqa: PLC0415
        from ..models.reward_sku import RewardSku  # noqa: PLC0415
        from ..models.simple_customer import SimpleCustomer  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RewardType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        assignment_id: None | str | Unset
        if isinstance(self.assignment_id, Unset):
            assignment_id = UNSET
        else:
            assignment_id = self.assignment_id

        loyalty_tier_id: None | str | Unset
        if isinstance(self.loyalty_tier_id, Unset):
            loyalty_tier_id = UNSET
        else:
            loyalty_tier_id = self.loyalty_tier_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, SimpleCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        voucher: dict[str, Any] | None | Unset
        if isinstance(self.voucher, Unset):
            voucher = UNSET
        elif isinstance(self.voucher, Voucher):
            voucher = self.voucher.to_dict()
        else:
            voucher = self.voucher

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, RewardProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        sku: dict[str, Any] | None | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        elif isinstance(self.sku, RewardSku):
            sku = self.sku.to_dict()
        else:
            sku = self.sku

        parameters: dict[str, Any] | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, RewardParameters):
            parameters = self.parameters.to_dict()
        else:
            parameters = self.parameters

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if assignment_id is not UNSET:
            field_dict["assignment_id"] = assignment_id
        if loyalty_tier_id is not UNSET:
            field_dict["loyalty_tier_id"] = loyalty_tier_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.reward_parameters import RewardParameters  # noqa: PLC0415
        from ..models.reward_product import RewardProduct  # noqa: PLC0415
        from ..models.reward_sku import RewardSku  # noqa: PLC0415
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

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

        def _parse_type_(data: object) -> None | RewardType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = RewardType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_assignment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assignment_id = _parse_assignment_id(d.pop("assignment_id", UNSET))

        def _parse_loyalty_tier_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        loyalty_tier_id = _parse_loyalty_tier_id(d.pop("loyalty_tier_id", UNSET))

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

        def _parse_product(data: object) -> None | RewardProduct | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = RewardProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardProduct | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_sku(data: object) -> None | RewardSku | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sku_type_0 = RewardSku.from_dict(data)

                return sku_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardSku | Unset, data)

        sku = _parse_sku(d.pop("sku", UNSET))

        def _parse_parameters(data: object) -> None | RewardParameters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parameters_type_0 = RewardParameters.from_dict(data)

                return parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardParameters | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

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

        redemption_reward_result = cls(
            id=id,
            name=name,
            object_=object_,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            assignment_id=assignment_id,
            loyalty_tier_id=loyalty_tier_id,
            customer=customer,
            voucher=voucher,
            product=product,
            sku=sku,
            parameters=parameters,
            metadata=metadata,
        )

        redemption_reward_result.additional_properties = d
        return redemption_reward_result

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
