# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 60af756c987c028f2422d202ca7a1aa33c3897f6cbf3d24ec966514670ef2d8c

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictInt,
    StrictStr,
)


class ActionId(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^[a-z]+(\\.[a-z_]+)+$")]


class Provider(StrEnum):
    relay = "relay"
    google = "google"
    microsoft = "microsoft"


class Action(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: ActionId
    provider: Provider
    title: StrictStr


class ActionList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[Action]
    has_more: StrictBool
    next_cursor: StrictStr | None


class PreviewRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    params: dict[str, Any]


class Preview(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    summary: StrictStr
    confirm_token: StrictStr


class ExecuteRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    confirm_token: StrictStr
    dry_run: StrictBool | None = False


class ExecutionStatus(StrEnum):
    succeeded = "succeeded"
    failed = "failed"


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    message: Annotated[StrictStr, Field(min_length=1)]
    stream: StrictBool | None = False


class ChatReply(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    text: StrictStr


class ChatTextDelta(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["text.delta"]
    delta: StrictStr


class ChatDone(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["done"]


class ChatStreamEvent(RootModel[ChatTextDelta | ChatDone]):
    root: Annotated[ChatTextDelta | ChatDone, Field(discriminator="type")]


class Error(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    pointer: StrictStr
    message: StrictStr


class Problem(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: StrictStr
    title: StrictStr
    status: StrictInt
    detail: StrictStr | None = None
    code: StrictStr
    request_id: StrictStr
    errors: list[Error] | None = None


class Execution(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^exe_[a-z2-7]{24}$")]
    status: ExecutionStatus
    attempts: StrictInt
    error: Problem | None = None
