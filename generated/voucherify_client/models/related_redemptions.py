from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.related_redemption_entry import RelatedRedemptionEntry


T = TypeVar("T", bound="RelatedRedemptions")


@_attrs_define
class RelatedRedemptions:
    """Redemptions and rollbacks related to this redemption.

    Attributes:
        rollbacks (list[RelatedRedemptionEntry] | None | Unset):
        redemptions (list[RelatedRedemptionEntry] | None | Unset):
    """

    rollbacks: list[RelatedRedemptionEntry] | None | Unset = UNSET
    redemptions: list[RelatedRedemptionEntry] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.rollbacks, Unset):
            rollbacks = UNSET
        elif isinstance(self.rollbacks, list):
            rollbacks = []
            for rollbacks_type_0_item_data in self.rollbacks:
                rollbacks_type_0_item = rollbacks_type_0_item_data.to_dict()
                rollbacks.append(rollbacks_type_0_item)

        else:
            rollbacks = self.rollbacks

        redemptions: list[dict[str, Any]] | None | Unset
        if isinstance(self.redemptions, Unset):
            redemptions = UNSET
        elif isinstance(self.redemptions, list):
            redemptions = []
            for redemptions_type_0_item_data in self.redemptions:
                redemptions_type_0_item = redemptions_type_0_item_data.to_dict()
                redemptions.append(redemptions_type_0_item)

        else:
            redemptions = self.redemptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollbacks is not UNSET:
            field_dict["rollbacks"] = rollbacks
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.related_redemption_entry import RelatedRedemptionEntry  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_rollbacks(data: object) -> list[RelatedRedemptionEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rollbacks_type_0 = []
                _rollbacks_type_0 = data
                for rollbacks_type_0_item_data in _rollbacks_type_0:
                    rollbacks_type_0_item = RelatedRedemptionEntry.from_dict(rollbacks_type_0_item_data)

                    rollbacks_type_0.append(rollbacks_type_0_item)

                return rollbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RelatedRedemptionEntry] | None | Unset, data)

        rollbacks = _parse_rollbacks(d.pop("rollbacks", UNSET))

        def _parse_redemptions(data: object) -> list[RelatedRedemptionEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redemptions_type_0 = []
                _redemptions_type_0 = data
                for redemptions_type_0_item_data in _redemptions_type_0:
                    redemptions_type_0_item = RelatedRedemptionEntry.from_dict(redemptions_type_0_item_data)

                    redemptions_type_0.append(redemptions_type_0_item)

                return redemptions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RelatedRedemptionEntry] | None | Unset, data)

        redemptions = _parse_redemptions(d.pop("redemptions", UNSET))

        related_redemptions = cls(
            rollbacks=rollbacks,
            redemptions=redemptions,
        )

        related_redemptions.additional_properties = d
        return related_redemptions

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
