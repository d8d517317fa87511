"""The README's client examples, kept as a file that mypy --strict checks and the tests run.

Against the local stand-in:

    .venv/bin/voucher-gateway emulator --port 8080 &
    export VOUCHERIFY_API_URL=http://127.0.0.1:8080
    export VOUCHERIFY_APP_ID=voucherify-dev-app-id VOUCHERIFY_APP_TOKEN=voucherify-dev-app-token
    .venv/bin/python examples/python/client_quickstart.py

The gift card CODE14 holds 2,000 in the stand-in's first state: the first run spends 1,500 of it, the
second is refused with GiftAmountExceeded.
"""

from voucherify_rest import Filters, GiftAmountExceeded, NotFound, Voucherify, Where


def main() -> None:
    with Voucherify.from_env() as client:
        # Redeem, and catch a refusal by its type.
        try:
            redemption = client.redemptions.redeem(
                "CODE14", customer={"source_id": "alice"}, order={"amount": 1500}, gift_credits=1500
            )
            print("redeemed:", redemption.id, redemption.result)
        except GiftAmountExceeded as refused:
            print("refused:", refused.key, "-", refused.details)

        # Read a voucher's redemptions, and one redemption that does not exist.
        listing = client.vouchers.redemptions("Test - FB - Vouchers - 9")
        print("redeemed quantity:", listing.redeemed_quantity)
        try:
            client.redemptions.get("r_0000000000000000")
        except NotFound as missing:
            print("not found:", missing.status, missing.key)

        # Every redeemable the customer owns, page after page.
        owned = Filters(holder_role=Where.in_("OWNER"))
        for redeemable in client.customers.iter_redeemables("cust_p1ufreYbVbwZ1x70nFkH9rF9", filters=owned):
            print("owns:", redeemable.id, redeemable.holder_role)


if __name__ == "__main__":
    main()
