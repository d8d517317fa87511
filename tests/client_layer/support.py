"""Helpers of the client layer's tests: credentials, blocking seeding, a server that drops connections."""

from __future__ import annotations

import socket
import threading
from typing import Any, TypedDict

import httpx

from voucherify_stand_in.credentials import DEFAULT_APP_ID, DEFAULT_APP_TOKEN


class Credentials(TypedDict):
    app_id: str
    app_token: str


#: The stand-in's development credentials, as the clients' keyword arguments.
DEV_CREDENTIALS = Credentials(app_id=DEFAULT_APP_ID, app_token=DEFAULT_APP_TOKEN)


class SyncSeeder:
    """The stand-in's create endpoints, for blocking tests (tests.emulator.support.Seeder is async)."""

    def __init__(self, api: httpx.Client) -> None:
        self.api = api

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.api.post(path, json=body)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def voucher(self, code: str, **fields: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"code": code, **fields}
        if not any(k in body for k in ("discount", "gift", "loyalty_card")):
            body["discount"] = {"type": "AMOUNT", "amount_off": 100}
        return self._post("/v1/vouchers", body)

    def customer(self, source_id: str, **fields: Any) -> dict[str, Any]:
        return self._post("/v1/customers", {"source_id": source_id, **fields})

    def publish(self, code: str, customer: dict[str, Any], **fields: Any) -> dict[str, Any]:
        return self._post("/v1/publications", {"voucher": code, "customer": customer, **fields})


class DroppingServer:
    """Reads one HTTP request per connection, counts it, and closes without answering: the request
    reached the server and its answer was lost."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.requests = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                received = b""
                while b"\r\n\r\n" not in received:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    received += chunk
                if received:
                    self.requests += 1

    def __enter__(self) -> DroppingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
