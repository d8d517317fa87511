from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.redemption import Redemption
from ...models.redemption_rollback import RedemptionRollback
from ...types import Response


def _quote_segment(value: str) -> str:
    return quote(value, safe="").replace(".", "%2E")


def build_request(
    redemption_id: str,
) -> dict[str, Any]:
    """The method, the percent-encoded URL path and the query parameters of this operation.

    Returns `{"method", "url", "params"}`: no body and no headers, which the caller adds.
    """

    return {
        "method": "get",
        "url": "/v1/redemptions/{redemption_id}".format(
            redemption_id=_quote_segment(str(redemption_id)),
        ),
        "params": {},
    }


def _get_kwargs(
    redemption_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = build_request(
        redemption_id=redemption_id,
    )

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Redemption | RedemptionRollback | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Redemption | RedemptionRollback:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RedemptionRollback.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Redemption.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | Redemption | RedemptionRollback]:
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
) -> Response[Error | Redemption | RedemptionRollback]:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successful
    or failed redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Redemption | RedemptionRollback]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Redemption | RedemptionRollback | None:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successful
    or failed redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Redemption | RedemptionRollback
    """

    return sync_detailed(
        redemption_id=redemption_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Redemption | RedemptionRollback]:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successful
    or failed redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Redemption | RedemptionRollback]
    """

    kwargs = _get_kwargs(
        redemption_id=redemption_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    redemption_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Redemption | RedemptionRollback | None:
    """Get Redemption

     Return a redemption or redemption rollback object. This object can either be a successful
    or failed redemption or redemption rollback.

    Args:
        redemption_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Redemption | RedemptionRollback
    """

    return (
        await asyncio_detailed(
            redemption_id=redemption_id,
            client=client,
        )
    ).parsed
