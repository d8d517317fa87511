"""The README's side-by-side: the four calls with this client, then one through the generated layer."""

from voucherify_client.api.redemptions import get_redemption

from voucherify_rest import Filters, Voucherify, Where

with Voucherify.from_env() as client:
    listing = client.vouchers.redemptions("Test - FB - Vouchers - 9")
    redeemed = client.redemptions.redeem("CODE14", customer={"source_id": "alice"}, order={"amount": 1500})
    redemption = client.redemptions.get("r_0bc2d3c4f7495f159a")
    owned = Filters(holder_role=Where.in_("OWNER"))
    page = client.customers.redeemables("cust_p1ufreYbVbwZ1x70nFkH9rF9", filters=owned)

    # The escape hatch: any generated function, on the same connections and credentials.
    response = get_redemption.sync_detailed("r_0bc2d3c4f7495f159a", client=client.generated)
    print(listing.redeemed_quantity, redeemed.result, redemption.id, response.status_code)
