from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.redemption_rollback import RedemptionRollback
from ...models.rollback_redemption_request import RollbackRedemptionRequest
from ...types import UNSET, Response, Unset


def _quote_segment(value: str) -> str:
    return quote(value, safe="").replace(".", "%2E")


def build_request(
    redemption_id: str,
    *,
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The method, the percent-encoded URL path and the query parameters of this operation.

    Returns `{"method", "url", "params"}`: no body and no headers, which the caller adds.
    """
    params: dict[str, Any] = {}

    params["reason"] = reason

    params["tracking_id"] = tracking_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return {
        "method": "post",
        "url": "/v1/redemptions/{redemption_id}/rollback".format(
            redemption_id=_quote_segment(str(redemption_id)),
        ),
        "params": params,
    }


def _get_kwargs(
    redemption_id: str,
    *,
    body: RollbackRedemptionRequest | Unset = UNSET,
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = build_request(
        redemption_id=redemption_id,
        reason=reason,
        tracking_id=tracking_id,
    )

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RedemptionRollback | None:
    if response.status_code == 200:
        response_200 = RedemptionRollback.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RedemptionRollback]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError):
        if response.is_success:
            raise
        parsed = None
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RollbackRedemptionRequest | Unset = UNSET,
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Response[Error | RedemptionRollback]:
    """Rollback Redemption

     Undo a successful redemption that was not part of a stacked redemption: the voucher gets one
    redemption back (its `redeemed_quantity` goes down by one), a gift card gets the redeemed
    credits back and a loyalty card the used points. The answer is the rollback, which is also
    listed in the voucher's redemptions. A redemption can be rolled back once.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RollbackRedemptionRequest | Unset): Request body for `POST
            /v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionRollback]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RollbackRedemptionRequest | Unset = UNSET,
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Error | RedemptionRollback | None:
    """Rollback Redemption

     Undo a successful redemption that was not part of a stacked redemption: the voucher gets one
    redemption back (its `redeemed_quantity` goes down by one), a gift card gets the redeemed
    credits back and a loyalty card the used points. The answer is the rollback, which is also
    listed in the voucher's redemptions. A redemption can be rolled back once.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RollbackRedemptionRequest | Unset): Request body for `POST
            /v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionRollback
    """

    return sync_detailed(
        redemption_id=redemption_id,
        client=client,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    ).parsed


async def asyncio_detailed(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RollbackRedemptionRequest | Unset = UNSET,
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Response[Error | RedemptionRollback]:
    """Rollback Redemption

     Undo a successful redemption that was not part of a stacked redemption: the voucher gets one
    redemption back (its `redeemed_quantity` goes down by one), a gift card gets the redeemed
    credits back and a loyalty card the used points. The answer is the rollback, which is also
    listed in the voucher's redemptions. A redemption can be rolled back once.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RollbackRedemptionRequest | Unset): Request body for `POST
            /v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RedemptionRollback]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
        body=body,
        reason=reason,
        tracking_id=tracking_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RollbackRedemptionRequest | Unset = UNSET,
    reason: str | Unset = UNSET,
    tracking_id: str | Unset = UNSET,
) -> Error | RedemptionRollback | None:
    """Rollback Redemption

     Undo a successful redemption that was not part of a stacked redemption: the voucher gets one
    redemption back (its `redeemed_quantity` goes down by one), a gift card gets the redeemed
    credits back and a loyalty card the used points. The answer is the rollback, which is also
    listed in the voucher's redemptions. A redemption can be rolled back once.

    Args:
        redemption_id (str):
        reason (str | Unset):
        tracking_id (str | Unset):
        body (RollbackRedemptionRequest | Unset): Request body for `POST
            /v1/redemptions/{redemptionId}/rollback`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RedemptionRollback
    """

    return (
        await asyncio_detailed(
            redemption_id=redemption_id,
            client=client,
            body=body,
            reason=reason,
            tracking_id=tracking_id,
        )
    ).parsed
