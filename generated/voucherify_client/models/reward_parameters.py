from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reward_parameters_campaign import RewardParametersCampaign
    from ..models.reward_parameters_coin import RewardParametersCoin
    from ..models.reward_parameters_product import RewardParametersProduct


T = TypeVar("T", bound="RewardParameters")


@_attrs_define
class RewardParameters:
    """What the reward gives; the part set depends on the reward's `type`.

    Attributes:
        campaign (None | RewardParametersCampaign | Unset):
        product (None | RewardParametersProduct | Unset):
        coin (None | RewardParametersCoin | Unset):
    """

    campaign: None | RewardParametersCampaign | Unset = UNSET
    product: None | RewardParametersProduct | Unset = UNSET
    coin: None | RewardParametersCoin | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.reward_parameters_campaign import RewardParametersCampaign  # noqa: PLC0415
        from ..models.reward_parameters_coin import RewardParametersCoin  # noqa: PLC0415
        from ..models.reward_parameters_product import RewardParametersProduct  # noqa: PLC0415

        campaign: dict[str, Any] | None | Unset
        if isinstance(self.campaign, Unset):
            campaign = UNSET
        elif isinstance(self.campaign, RewardParametersCampaign):
            campaign = self.campaign.to_dict()
        else:
            campaign = self.campaign

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, RewardParametersProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        coin: dict[str, Any] | None | Unset
        if isinstance(self.coin, Unset):
            coin = UNSET
        elif isinstance(self.coin, RewardParametersCoin):
            coin = self.coin.to_dict()
        else:
            coin = self.coin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if product is not UNSET:
            field_dict["product"] = product
        if coin is not UNSET:
            field_dict["coin"] = coin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reward_parameters_campaign import RewardParametersCampaign  # noqa: PLC0415
        from ..models.reward_parameters_coin import RewardParametersCoin  # noqa: PLC0415
        from ..models.reward_parameters_product import RewardParametersProduct  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_campaign(data: object) -> None | RewardParametersCampaign | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_type_0 = RewardParametersCampaign.from_dict(data)

                return campaign_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardParametersCampaign | Unset, data)

        campaign = _parse_campaign(d.pop("campaign", UNSET))

        def _parse_product(data: object) -> None | RewardParametersProduct | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = RewardParametersProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardParametersProduct | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_coin(data: object) -> None | RewardParametersCoin | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coin_type_0 = RewardParametersCoin.from_dict(data)

                return coin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RewardParametersCoin | Unset, data)

        coin = _parse_coin(d.pop("coin", UNSET))

        reward_parameters = cls(
            campaign=campaign,
            product=product,
            coin=coin,
        )

        reward_parameters.additional_properties = d
        return reward_parameters

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
