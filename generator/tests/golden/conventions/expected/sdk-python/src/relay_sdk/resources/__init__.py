# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""Resource classes, one module per spec tag (sync, async and raw-response variants)."""

from .folders import (
    AsyncFolders,
    AsyncFoldersWithRawResponse,
    Folders,
    FoldersWithRawResponse,
)
from .health import (
    AsyncHealthResource,
    AsyncHealthResourceWithRawResponse,
    HealthResource,
    HealthResourceWithRawResponse,
)
from .messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    Messages,
    MessagesWithRawResponse,
)

__all__ = [
    "AsyncFolders",
    "AsyncFoldersWithRawResponse",
    "Folders",
    "FoldersWithRawResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "Messages",
    "MessagesWithRawResponse",
    "AsyncHealthResource",
    "AsyncHealthResourceWithRawResponse",
    "HealthResource",
    "HealthResourceWithRawResponse",
]
