# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 ce564a81bd4ac6357433c77cca355f9155159c85d6c8ddc07bd299ca269f86d4

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictStr


class Depth(StrEnum):
    shallow = "shallow"
    deep = "deep"


class Named(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    name: Annotated[StrictStr, Field(max_length=64)]


class Colour(StrEnum):
    red = "red"
    green = "green"
    blue = "blue"


class Folder(Named):
    model_config = ConfigDict(
        extra="forbid",
    )
    id: StrictStr
    colour: Colour | None = None
    children: list[Folder]
    size: Annotated[StrictFloat | None, Field(ge=0.0)] = None


Folder.model_rebuild()
