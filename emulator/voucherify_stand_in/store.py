"""SQLite persistence: one connection, one lock, one transaction per write operation.

Documents are stored as JSON text next to the few columns that are queried. A file path gives a
durable store (WAL, synchronous=FULL: an acknowledged write survives a restart); no path keeps
everything in memory. Every redeem runs inside one `BEGIN IMMEDIATE` transaction under the lock, with
no await between its reads and writes, which is what makes concurrent redemptions exact.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

JSON = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS vouchers (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    campaign TEXT,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY,
    source_id TEXT UNIQUE,
    doc TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS redemptions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    voucher_id TEXT,
    date TEXT NOT NULL,
    rolled_back INTEGER NOT NULL DEFAULT 0,
    doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS redemptions_by_voucher ON redemptions (voucher_id, date);
CREATE TABLE IF NOT EXISTS holders (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL,
    voucher_id TEXT NOT NULL,
    holder_role TEXT NOT NULL,
    campaign_type TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (customer_id, voucher_id, holder_role)
);
CREATE INDEX IF NOT EXISTS holders_by_customer ON holders (customer_id, created_at);
CREATE TABLE IF NOT EXISTS sessions (
    voucher_id TEXT NOT NULL,
    key TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    credits INTEGER NOT NULL DEFAULT 0,
    points INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (voucher_id, key)
);
CREATE TABLE IF NOT EXISTS publications (
    id TEXT PRIMARY KEY,
    doc TEXT NOT NULL
);
"""


def _dump(doc: JSON) -> str:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)


class Store:
    """The stand-in's whole state. Thread-safe: every method takes the one lock."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
        if path:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One atomic unit: BEGIN IMMEDIATE ... COMMIT, rolled back if the body raises."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(self._db)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[Tx]:
        """Consistent reads without a write lock on the file (still serialized with writers)."""
        with self._lock:
            yield Tx(self._db)


class Tx:
    """Typed accessors over the open connection; only valid inside `transaction()`/`reading()`."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def _one(self, sql: str, *args: Any) -> JSON | None:
        row = self._db.execute(sql, args).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    # vouchers
    def voucher_by_code(self, code: str) -> JSON | None:
        return self._one("SELECT doc FROM vouchers WHERE code = ?", code)

    def voucher_by_id(self, voucher_id: str) -> JSON | None:
        return self._one("SELECT doc FROM vouchers WHERE id = ?", voucher_id)

    def voucher_exists(self, voucher_id: str, code: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM vouchers WHERE id = ? OR code = ?", (voucher_id, code)
        ).fetchone()
        return row is not None

    def insert_voucher(self, doc: JSON) -> None:
        self._db.execute(
            "INSERT INTO vouchers (id, code, campaign, doc) VALUES (?, ?, ?, ?)",
            (doc["id"], doc["code"], doc.get("campaign") or doc.get("campaign_id"), _dump(doc)),
        )

    def update_voucher(self, doc: JSON) -> None:
        self._db.execute("UPDATE vouchers SET doc = ? WHERE id = ?", (_dump(doc), doc["id"]))

    def voucher_in_campaign(self, campaign: str) -> list[JSON]:
        rows = self._db.execute(
            "SELECT doc FROM vouchers WHERE campaign = ? ORDER BY rowid", (campaign,)
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def count_vouchers(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM vouchers").fetchone()[0])

    # customers
    def customer_by_id(self, customer_id: str) -> JSON | None:
        return self._one("SELECT doc FROM customers WHERE id = ?", customer_id)

    def customer_by_source_id(self, source_id: str) -> JSON | None:
        return self._one("SELECT doc FROM customers WHERE source_id = ?", source_id)

    def save_customer(self, doc: JSON) -> None:
        self._db.execute(
            "INSERT INTO customers (id, source_id, doc) VALUES (?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, doc = excluded.doc",
            (doc["id"], doc.get("source_id"), _dump(doc)),
        )

    # redemptions
    def insert_redemption(self, doc: JSON, voucher_id: str | None) -> None:
        self._db.execute(
            "INSERT INTO redemptions (id, voucher_id, date, doc) VALUES (?, ?, ?, ?)",
            (doc["id"], voucher_id, doc["date"], _dump(doc)),
        )

    def redemption(self, redemption_id: str) -> tuple[JSON, bool] | None:
        row = self._db.execute(
            "SELECT doc, rolled_back FROM redemptions WHERE id = ?", (redemption_id,)
        ).fetchone()
        return None if row is None else (json.loads(row[0]), bool(row[1]))

    def redemption_exists(self, redemption_id: str) -> bool:
        return (
            self._db.execute("SELECT 1 FROM redemptions WHERE id = ?", (redemption_id,)).fetchone()
            is not None
        )

    def mark_rolled_back(self, doc: JSON) -> None:
        """Stores the rolled back redemption as it now reads, and refuses any later rollback of it."""
        self._db.execute(
            "UPDATE redemptions SET rolled_back = 1, doc = ? WHERE id = ?", (_dump(doc), doc["id"])
        )

    def redemptions_of_voucher(self, voucher_id: str) -> list[JSON]:
        """Newest first, as Voucherify lists them."""
        rows = self._db.execute(
            "SELECT doc FROM redemptions WHERE voucher_id = ? ORDER BY date DESC, seq DESC", (voucher_id,)
        ).fetchall()
        return [json.loads(r[0]) for r in rows]

    # redeemable holders
    def holder(self, customer_id: str, voucher_id: str, role: str) -> JSON | None:
        row = self._db.execute(
            "SELECT id, customer_id, voucher_id, holder_role, campaign_type, created_at FROM holders "
            "WHERE customer_id = ? AND voucher_id = ? AND holder_role = ?",
            (customer_id, voucher_id, role),
        ).fetchone()
        return None if row is None else _holder_row(row)

    def holder_exists(self, holder_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM holders WHERE id = ?", (holder_id,)).fetchone() is not None

    def insert_holder(self, holder: JSON) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO holders (id, customer_id, voucher_id, holder_role, campaign_type, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                holder["id"],
                holder["customer_id"],
                holder["voucher_id"],
                holder["holder_role"],
                holder.get("campaign_type"),
                holder["created_at"],
            ),
        )

    def holders_of_customer(self, customer_id: str) -> list[JSON]:
        """Oldest first (the `id` order: Voucherify's ids grow with creation time)."""
        rows = self._db.execute(
            "SELECT id, customer_id, voucher_id, holder_role, campaign_type, created_at FROM holders "
            "WHERE customer_id = ? ORDER BY created_at, seq",
            (customer_id,),
        ).fetchall()
        return [_holder_row(r) for r in rows]

    # session locks
    def locks(self, voucher_id: str, now_iso: str) -> list[JSON]:
        rows = self._db.execute(
            "SELECT key, expires_at, credits, points FROM sessions WHERE voucher_id = ? AND expires_at > ?",
            (voucher_id, now_iso),
        ).fetchall()
        return [{"key": r[0], "expires_at": r[1], "credits": r[2], "points": r[3]} for r in rows]

    def put_lock(self, voucher_id: str, key: str, expires_at: str, credits: int, points: int) -> None:
        self._db.execute(
            "INSERT INTO sessions (voucher_id, key, expires_at, credits, points) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (voucher_id, key) DO UPDATE SET expires_at = excluded.expires_at, "
            "credits = excluded.credits, points = excluded.points",
            (voucher_id, key, expires_at, credits, points),
        )

    def release_lock(self, voucher_id: str, key: str) -> bool:
        cur = self._db.execute("DELETE FROM sessions WHERE voucher_id = ? AND key = ?", (voucher_id, key))
        return cur.rowcount > 0

    # publications
    def insert_publication(self, doc: JSON) -> None:
        self._db.execute("INSERT INTO publications (id, doc) VALUES (?, ?)", (doc["id"], _dump(doc)))


def _holder_row(row: tuple[Any, ...]) -> JSON:
    return {
        "id": row[0],
        "customer_id": row[1],
        "voucher_id": row[2],
        "holder_role": row[3],
        "campaign_type": row[4],
        "created_at": row[5],
    }
