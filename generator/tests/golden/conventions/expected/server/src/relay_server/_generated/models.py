# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
"""The types of Relay golden (conventions) 2.0.0 for the reference server: ``TypedDict``s and aliases.

Rendered by relay-codegen from ``components/schemas`` and each operation's parameters. Types only: the
server validates requests against the JSON Schemas of :mod:`.routes`, and mypy holds handlers to these.
"""

from enum import StrEnum
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class ErrorCode(StrEnum):
    """A stable error code:
    - `unauthenticated` (401): the key is missing or wrong.
    - `not_found` (404): no such resource.
    - `validation_failed` (422): a field is invalid; see `errors[]`.
    """

    unauthenticated = "unauthenticated"
    not_found = "not_found"
    validation_failed = "validation_failed"


class FieldError(TypedDict):
    pointer: str
    message: str


class Problem(TypedDict):
    type: str
    title: str
    status: int
    detail: NotRequired[str]
    code: ErrorCode
    request_id: str
    errors: NotRequired[list[FieldError]]


Colour: TypeAlias = Literal["red", "green", "blue"]
"""A folder's colour."""


Folder = TypedDict(
    "Folder",
    {
        "id": str,
        "name": str,
        "class": str,
        "type": Literal["folder"],
        "colour": Colour | None,
        "parent_id": NotRequired[str | None],
        "metadata": NotRequired[dict[str, Any] | None],
        "created_at": NotRequired[str],
        "children": "list[Folder]",
    },
)


class FolderList(TypedDict):
    data: list[Folder]
    has_more: bool
    next_cursor: str | None


FolderCreateRequest = TypedDict(
    "FolderCreateRequest",
    {
        "name": str,
        "colour": NotRequired[Colour],
        "parent_id": NotRequired[str],
        "class": NotRequired[str],
    },
)


class FolderCreatedEvent(TypedDict):
    type: Literal["folder.created"]
    data: Folder


class FolderDeletedEventData(TypedDict):
    id: str


class FolderDeletedEvent(TypedDict):
    type: Literal["folder.deleted"]
    data: FolderDeletedEventData


class MessageRequest(TypedDict):
    text: str
    stream: NotRequired[bool]


class Message(TypedDict):
    id: str
    text: str


class MessageDelta(TypedDict):
    type: Literal["delta"]
    text: str


class MessageDone(TypedDict):
    type: Literal["done"]
    message_id: str


MessageEvent: TypeAlias = MessageDelta | MessageDone
"""An event of a streamed reply."""


class Health(TypedDict):
    status: Literal["ok"]


# -- the parameters of each operation -------------------------------------------------------------


class FoldersListQuery(TypedDict):
    """The query parameters of ``folders_list``."""

    limit: int
    after: NotRequired[str]
    colour: NotRequired[Literal["red", "green", "blue"]]


class FoldersRetrievePath(TypedDict):
    """The path parameters of ``folders_retrieve``."""

    folder_id: str


class FoldersDeletePath(TypedDict):
    """The path parameters of ``folders_delete``."""

    folder_id: str


class FoldersArchivePath(TypedDict):
    """The path parameters of ``folders_archive``."""

    folder_id: str
