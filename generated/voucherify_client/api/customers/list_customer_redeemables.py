from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_redeemables_filters import CustomerRedeemablesFilters
from ...models.customer_redeemables_list import CustomerRedeemablesList
from ...models.customer_redeemables_order import CustomerRedeemablesOrder
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _quote_segment(value: str) -> str:
    return quote(value, safe="").replace(".", "%2E")


def _deep_object(prefix: str, value: Any) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    if isinstance(value, dict):
        for key, item in value.items():
            flat.update(_deep_object(f"{prefix}[{key}]", item))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            flat.update(_deep_object(f"{prefix}[{index}]", item))
    elif isinstance(value, bool):
        flat[prefix] = "true" if value else "false"
    elif value is not None:
        flat[prefix] = value
    return flat


def build_request(
    customer_id: str,
    *,
    limit: int | Unset = 10,
    order: CustomerRedeemablesOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    filters: CustomerRedeemablesFilters | Unset = UNSET,
) -> dict[str, Any]:
    """The method, the percent-encoded URL path and the query parameters of this operation.

    Returns `{"method", "url", "params"}`: no body and no headers, which the caller adds.
    """
    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["starting_after_id"] = starting_after_id

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(_deep_object("filters", json_filters))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return {
        "method": "get",
        "url": "/v1/customers/{customer_id}/redeemables".format(
            customer_id=_quote_segment(str(customer_id)),
        ),
        "params": params,
    }


def _get_kwargs(
    customer_id: str,
    *,
    limit: int | Unset = 10,
    order: CustomerRedeemablesOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    filters: CustomerRedeemablesFilters | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = build_request(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        filters=filters,
    )

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerRedeemablesList | Error | None:
    if response.status_code == 200:
        response_200 = CustomerRedeemablesList.from_dict(response.json())

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
) -> Response[CustomerRedeemablesList | Error]:
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
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: CustomerRedeemablesOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    filters: CustomerRedeemablesFilters | Unset = UNSET,
) -> Response[CustomerRedeemablesList | Error]:
    """List Customer's Redeemables

     Retrieves all the redeemables that have been assigned to the customer.
    To use this endpoint, you must have the `customers.details.read` permission.

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (CustomerRedeemablesOrder | Unset): Sort order of customer redeemables; `-` means
            descending.
        starting_after_id (str | Unset):
        filters (CustomerRedeemablesFilters | Unset): Filters for listing customer redeemables.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerRedeemablesList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: CustomerRedeemablesOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    filters: CustomerRedeemablesFilters | Unset = UNSET,
) -> CustomerRedeemablesList | Error | None:
    """List Customer's Redeemables

     Retrieves all the redeemables that have been assigned to the customer.
    To use this endpoint, you must have the `customers.details.read` permission.

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (CustomerRedeemablesOrder | Unset): Sort order of customer redeemables; `-` means
            descending.
        starting_after_id (str | Unset):
        filters (CustomerRedeemablesFilters | Unset): Filters for listing customer redeemables.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerRedeemablesList | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: CustomerRedeemablesOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    filters: CustomerRedeemablesFilters | Unset = UNSET,
) -> Response[CustomerRedeemablesList | Error]:
    """List Customer's Redeemables

     Retrieves all the redeemables that have been assigned to the customer.
    To use this endpoint, you must have the `customers.details.read` permission.

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (CustomerRedeemablesOrder | Unset): Sort order of customer redeemables; `-` means
            descending.
        starting_after_id (str | Unset):
        filters (CustomerRedeemablesFilters | Unset): Filters for listing customer redeemables.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerRedeemablesList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: CustomerRedeemablesOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    filters: CustomerRedeemablesFilters | Unset = UNSET,
) -> CustomerRedeemablesList | Error | None:
    """List Customer's Redeemables

     Retrieves all the redeemables that have been assigned to the customer.
    To use this endpoint, you must have the `customers.details.read` permission.

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (CustomerRedeemablesOrder | Unset): Sort order of customer redeemables; `-` means
            descending.
        starting_after_id (str | Unset):
        filters (CustomerRedeemablesFilters | Unset): Filters for listing customer redeemables.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerRedeemablesList | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            limit=limit,
            order=order,
            starting_after_id=starting_after_id,
            filters=filters,
        )
    ).parsed
