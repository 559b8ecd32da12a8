# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    AnyUrl,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictInt,
    StrictStr,
)


class ErrorCode(StrEnum):
    """
    A stable error code:
    - `unauthenticated` (401): the key is missing or wrong.
    - `not_found` (404): no such resource.
    - `validation_failed` (422): a field is invalid; see `errors[]`.

    """

    unauthenticated = "unauthenticated"
    not_found = "not_found"
    validation_failed = "validation_failed"


class FieldError(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    pointer: StrictStr
    """
    JSON pointer to the field.
    """
    message: StrictStr


class Problem(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: AnyUrl
    title: StrictStr
    status: StrictInt
    detail: StrictStr | None = None
    code: ErrorCode
    request_id: StrictStr
    errors: list[FieldError] | None = None


class Colour(StrEnum):
    """
    A folder's colour.
    """

    red = "red"
    green = "green"
    blue = "blue"


class Folder(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: Annotated[StrictStr, Field(pattern="^fld_[a-z2-7]{24}$")]
    name: Annotated[StrictStr, Field(max_length=100)]
    class_: Annotated[StrictStr, Field(alias="class")]
    """
    A field named after a Python keyword.
    """
    type: Literal["folder"]
    """
    A field named after a Python builtin.
    """
    colour: Colour | None
    parent_id: StrictStr | None = None
    metadata: dict[str, Any] | None = None
    """
    Free-form, named by its title.
    """
    created_at: AwareDatetime | None = None
    children: list[Folder]


class FolderList(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    data: list[Folder]
    has_more: StrictBool
    next_cursor: StrictStr | None


class FolderCreateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[StrictStr, Field(max_length=100, min_length=1)]
    colour: Colour | None = None
    parent_id: StrictStr | None = None
    class_: Annotated[StrictStr | None, Field(alias="class")] = None


class FolderCreatedEvent(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["folder.created"]
    data: Folder


class Data(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: StrictStr


class FolderDeletedEvent(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["folder.deleted"]
    data: Data


class MessageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    text: StrictStr
    stream: StrictBool | None = False


class Message(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: StrictStr
    text: StrictStr


class MessageDelta(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["delta"]
    text: StrictStr


class MessageDone(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    type: Literal["done"]
    message_id: StrictStr


class MessageEvent(RootModel[MessageDelta | MessageDone]):
    root: Annotated[MessageDelta | MessageDone, Field(discriminator="type")]
    """
    An event of a streamed reply.
    """


class Status(StrEnum):
    ok = "ok"


class Health(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    status: Status


Folder.model_rebuild()
