from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Channel")


@_attrs_define
class Channel:
    """Defines the details of the channel through which the redemption was issued.

    Attributes:
        channel_id (None | str | Unset): Unique channel ID of the user performing the redemption. This is either a user
            ID from a user
            using the Voucherify Dashboard or an X-APP-Id of a user using the API. For `AUTO_REDEEM`, it is
            the reward assignment ID.
             Example: user_g24UoRO3Caxu7FCT4n5tpYEa3zUG0FrH.
        channel_type (ChannelType | Unset): The source of the channel for the redemption. `USER` corresponds to the
            Voucherify Dashboard,
            `API` corresponds to the API, and `AUTO_REDEEM` corresponds to a loyalty campaign reward that
            has been redeemed automatically.
    """

    channel_id: None | str | Unset = UNSET
    channel_type: ChannelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        channel_type: str | Unset = UNSET
        if not isinstance(self.channel_type, Unset):
            channel_type = self.channel_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_channel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_id = _parse_channel_id(d.pop("channel_id", UNSET))

        _channel_type = d.pop("channel_type", UNSET)
        channel_type: ChannelType | Unset
        if isinstance(_channel_type, Unset):
            channel_type = UNSET
        else:
            channel_type = ChannelType(_channel_type)

        channel = cls(
            channel_id=channel_id,
            channel_type=channel_type,
        )

        channel.additional_properties = d
        return channel

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
