from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_input import CustomerInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="RollbackRedemptionRequest")


@_attrs_define
class RollbackRedemptionRequest:
    """Request body for `POST /v1/redemptions/{redemptionId}/rollback`.

    Attributes:
        reason (str | Unset): Why the redemption is rolled back (the `reason` query parameter wins when both are given).
            Example: Order canceled.
        customer (CustomerInput | Unset): Customer's information, as sent in a request. Identify an existing customer by
            `id` (assigned
            by Voucherify) or `source_id`, or send the full customer object (it is upserted by `source_id`).
        metadata (Metadata | Unset): A set of custom key/value pairs (free-form).
    """

    reason: str | Unset = UNSET
    customer: CustomerInput | Unset = UNSET
    metadata: Metadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if customer is not UNSET:
            field_dict["customer"] = customer
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_input import CustomerInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CustomerInput | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerInput.from_dict(_customer)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        rollback_redemption_request = cls(
            reason=reason,
            customer=customer,
            metadata=metadata,
        )

        rollback_redemption_request.additional_properties = d
        return rollback_redemption_request

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
