# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 ce564a81bd4ac6357433c77cca355f9155159c85d6c8ddc07bd299ca269f86d4
"""The types of Relay golden (edge) 1.0.0 for the reference server: ``TypedDict``s and aliases.

Rendered by relay-codegen from ``components/schemas`` and each operation's parameters. Types only: the
server validates requests against the JSON Schemas of :mod:`.routes`, and mypy holds handlers to these.
"""

from typing import Literal, NotRequired, TypeAlias, TypedDict


Depth: TypeAlias = Literal["shallow", "deep"]


class Named(TypedDict):
    name: str


Colour: TypeAlias = Literal["red", "green", "blue"]


class Folder(TypedDict):
    name: str
    id: str
    colour: NotRequired[Colour | None]
    children: "list[Folder]"
    size: NotRequired[float]


# -- the parameters of each operation -------------------------------------------------------------


class FoldersRetrievePath(TypedDict):
    """The path parameters of ``folders_retrieve``."""

    folder_id: str


class FoldersRetrieveQuery(TypedDict):
    """The query parameters of ``folders_retrieve``."""

    depth: NotRequired[Literal["shallow", "deep"] | None]


class FoldersDeletePath(TypedDict):
    """The path parameters of ``folders_delete``."""

    folder_id: str


class FoldersArchivePath(TypedDict):
    """The path parameters of ``folders_archive``."""

    folder_id: str
