from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discount import Discount


T = TypeVar("T", bound="PromotionTierAction")


@_attrs_define
class PromotionTierAction:
    """Contains details about the discount applied by the promotion tier.

    Attributes:
        discount (Discount | None | Unset):
    """

    discount: Discount | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discount import Discount  # noqa: PLC0415

        discount: dict[str, Any] | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        elif isinstance(self.discount, Discount):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discount import Discount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_discount(data: object) -> Discount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = Discount.from_dict(data)

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discount | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        promotion_tier_action = cls(
            discount=discount,
        )

        promotion_tier_action.additional_properties = d
        return promotion_tier_action

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
