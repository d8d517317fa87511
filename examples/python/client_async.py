"""The asyncio client: the same calls, awaited, and `async for` over pages (run it as client_quickstart.py)."""

import asyncio

from voucherify_rest import AsyncVoucherify, NotFound


async def main() -> None:
    async with AsyncVoucherify.from_env() as client:
        listing, redeemables = await asyncio.gather(
            client.vouchers.redemptions("Test - FB - Vouchers - 9"),
            client.customers.redeemables("cust_p1ufreYbVbwZ1x70nFkH9rF9", limit=10),
        )
        print("redeemed quantity:", listing.redeemed_quantity, "redeemables:", redeemables.total)
        try:
            await client.redemptions.get("r_0000000000000000")
        except NotFound as missing:
            print("not found:", missing.status, missing.key)
        async for redeemable in client.customers.iter_redeemables("cust_p1ufreYbVbwZ1x70nFkH9rF9"):
            print("owns:", redeemable.id, redeemable.holder_role)


if __name__ == "__main__":
    asyncio.run(main())
