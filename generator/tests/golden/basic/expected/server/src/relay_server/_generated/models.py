# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 60af756c987c028f2422d202ca7a1aa33c3897f6cbf3d24ec966514670ef2d8c
"""The types of Relay golden (basic) 1.0.0 for the reference server: ``TypedDict``s and aliases.

Rendered by relay-codegen from ``components/schemas`` and each operation's parameters. Types only: the
server validates requests against the JSON Schemas of :mod:`.routes`, and mypy holds handlers to these.
"""

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


ActionId: TypeAlias = str


Provider: TypeAlias = Literal["relay", "google", "microsoft"]


class Action(TypedDict):
    id: ActionId
    provider: Provider
    title: str


class ActionList(TypedDict):
    data: list[Action]
    has_more: bool
    next_cursor: str | None


class PreviewRequest(TypedDict):
    params: dict[str, Any]


class Preview(TypedDict):
    summary: str
    confirm_token: str


class ExecuteRequest(TypedDict):
    confirm_token: str
    dry_run: NotRequired[bool]


ExecutionStatus: TypeAlias = Literal["succeeded", "failed"]


class ProblemErrorsItem(TypedDict):
    pointer: str
    message: str


class Problem(TypedDict):
    type: str
    title: str
    status: int
    detail: NotRequired[str]
    code: str
    request_id: str
    errors: NotRequired[list[ProblemErrorsItem]]


class Execution(TypedDict):
    id: str
    status: ExecutionStatus
    attempts: int
    error: NotRequired[Problem | None]


class ChatRequest(TypedDict):
    message: str
    stream: NotRequired[bool]


class ChatReply(TypedDict):
    text: str


class ChatTextDelta(TypedDict):
    type: Literal["text.delta"]
    delta: str


class ChatDone(TypedDict):
    type: Literal["done"]


ChatStreamEvent: TypeAlias = ChatTextDelta | ChatDone


# -- the parameters of each operation -------------------------------------------------------------


class ActionsListQuery(TypedDict):
    """The query parameters of ``actions_list``."""

    limit: int
    after: NotRequired[str]
    provider: NotRequired[Literal["relay", "google", "microsoft"]]


class ActionsPreviewPath(TypedDict):
    """The path parameters of ``actions_preview``."""

    action_id: str


class ActionsExecutePath(TypedDict):
    """The path parameters of ``actions_execute``."""

    action_id: str
