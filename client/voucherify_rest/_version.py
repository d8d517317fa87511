"""The client's version, read by the packaging too."""

__version__ = "0.1.0"
USER_AGENT = f"voucherify-rest/{__version__}"
