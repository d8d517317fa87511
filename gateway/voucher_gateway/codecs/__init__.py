"""One codec per REST operation: a gRPC request to `UpstreamRequest`, and the JSON answer to its message.

The generated client's `build_request` stays the one description of each route and its parameters;
bodies go straight between JSON bytes and protobuf (`json_body`), without the generated models.
"""

from .base import Codec, UpstreamRequest

__all__ = ["Codec", "UpstreamRequest"]
