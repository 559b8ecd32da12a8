"""Relay Python SDK.

from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY / RELAY_BASE_URL from the environment
for action in client.actions.list(provider="google"):
    print(action.id)
"""

from __future__ import annotations

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._client import API_VERSION as __api_version__
from ._client import AsyncRelay, AsyncRelayWithRawResponse, Relay, RelayWithRawResponse
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RelayError,
    UnprocessableEntityError,
    WebhookVerificationError,
)
from ._pagination import AsyncPage, AsyncPaginator, SyncPage
from ._response import APIResponse, AsyncAPIResponse
from ._streaming import AsyncStream, AsyncStreamManager, ServerSentEvent, Stream
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__
from ._webhooks import Webhooks

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRelay",
    "AsyncRelayWithRawResponse",
    "AsyncStream",
    "AsyncStreamManager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "Relay",
    "RelayError",
    "RelayWithRawResponse",
    "ServerSentEvent",
    "Stream",
    "SyncPage",
    "Timeout",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "Webhooks",
    "__api_version__",
    "__version__",
]
