# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""The Relay API as MCP tools: one ``Tool`` per operation of spec/openapi.yaml without
``x-relay-mcp: false``, in spec order.

Each row is what the spec says about the operation (name, title, description, input and output JSON
Schemas, safety, the result fields holding secrets) and the ``relay_sdk`` call that performs it, made
through ``client.with_raw_response`` so the wire JSON comes back as the API sent it.
"""

from __future__ import annotations

from typing import Any

from relay_sdk import NOT_GIVEN, AsyncAPIResponse, AsyncRelay

from .._tool import Arguments, Confirmation, Tool

__all__ = ["TOOLS"]


async def _folders_archive(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.folders.archive(
        args["folder_id"],
    )


async def _folders_create(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.folders.create(
        name=args["name"],
        colour=args.get("colour", NOT_GIVEN),
        parent_id=args.get("parent_id", NOT_GIVEN),
        class_=args.get("class", NOT_GIVEN),
        idempotency_key=key,
    )


async def _folders_delete(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.folders.delete(
        args["folder_id"],
    )


async def _folders_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.folders.list(
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
        colour=args.get("colour", NOT_GIVEN),
    )


async def _folders_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.folders.retrieve(
        args["folder_id"],
    )


async def _health_check(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.health.check(
    )


async def _health_metrics(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.health.metrics(
    )


async def _messages_send(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.messages.send(
        text=args["text"],
        idempotency_key=key,
    )


TOOLS: tuple[Tool, ...] = (
    Tool(
        name="folders_list",
        title="List folders",
        description="List folders\n\nLists folders, optionally of one colour.\n\nRoles: admin, viewer.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size.",
                },
                "after": {
                    "type": "string",
                    "description": "The `next_cursor` of the previous page.",
                },
                "colour": {
                    "type": "string",
                    "description": "Only folders of this colour.",
                    "enum": ["red", "green", "blue"],
                    "examples": ["red"],
                },
            },
            "additionalProperties": False,
            "examples": [{"colour": "red"}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id", "name", "class", "type", "colour", "children"],
                        "properties": {
                            "id": {"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
                            "name": {"type": "string", "maxLength": 100},
                            "class": {
                                "type": "string",
                                "description": "A field named after a Python keyword.",
                            },
                            "type": {
                                "const": "folder",
                                "description": "A field named after a Python builtin.",
                            },
                            "colour": {
                                "oneOf": [
                                    {
                                        "type": "string",
                                        "description": "A folder's colour.",
                                        "enum": ["red", "green", "blue"],
                                    },
                                    {"type": "null"},
                                ],
                            },
                            "parent_id": {"type": ["string", "null"]},
                            "metadata": {
                                "oneOf": [
                                    {
                                        "title": "FolderMetadata",
                                        "type": "object",
                                        "additionalProperties": True,
                                    },
                                    {"type": "null"},
                                ],
                                "description": "Free-form, named by its title.",
                            },
                            "created_at": {"type": "string", "format": "date-time"},
                            "children": {"type": "array", "items": {"$ref": "#/$defs/Folder"}},
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
            "$defs": {
                "Folder": {
                    "type": "object",
                    "required": ["id", "name", "class", "type", "colour", "children"],
                    "properties": {
                        "id": {"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
                        "name": {"type": "string", "maxLength": 100},
                        "class": {
                            "type": "string",
                            "description": "A field named after a Python keyword.",
                        },
                        "type": {
                            "const": "folder",
                            "description": "A field named after a Python builtin.",
                        },
                        "colour": {
                            "oneOf": [
                                {
                                    "type": "string",
                                    "description": "A folder's colour.",
                                    "enum": ["red", "green", "blue"],
                                },
                                {"type": "null"},
                            ],
                        },
                        "parent_id": {"type": ["string", "null"]},
                        "metadata": {
                            "oneOf": [
                                {
                                    "title": "FolderMetadata",
                                    "type": "object",
                                    "additionalProperties": True,
                                },
                                {"type": "null"},
                            ],
                            "description": "Free-form, named by its title.",
                        },
                        "created_at": {"type": "string", "format": "date-time"},
                        "children": {"type": "array", "items": {"$ref": "#/$defs/Folder"}},
                    },
                },
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"limit": "query", "after": "query", "colour": "query"},
        withheld=(),
        call=_folders_list,
    ),
    Tool(
        name="folders_create",
        title="Create a folder",
        description="Create a folder\n\nCreates a folder, inside another one when `parent_id` is given.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "name": {"type": "string", "minLength": 1, "maxLength": 100},
                "colour": {
                    "type": "string",
                    "description": "A folder's colour.",
                    "enum": ["red", "green", "blue"],
                },
                "parent_id": {"type": "string"},
                "class": {"type": "string"},
            },
            "required": ["name"],
            "additionalProperties": False,
            "examples": [{"name": "Invoices", "colour": "blue", "class": "archive"}],
        },
        output_schema={
            "type": "object",
            "required": ["id", "name", "class", "type", "colour", "children"],
            "properties": {
                "id": {"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
                "name": {"type": "string", "maxLength": 100},
                "class": {
                    "type": "string",
                    "description": "A field named after a Python keyword.",
                },
                "type": {
                    "const": "folder",
                    "description": "A field named after a Python builtin.",
                },
                "colour": {
                    "oneOf": [
                        {
                            "type": "string",
                            "description": "A folder's colour.",
                            "enum": ["red", "green", "blue"],
                        },
                        {"type": "null"},
                    ],
                },
                "parent_id": {"type": ["string", "null"]},
                "metadata": {
                    "oneOf": [
                        {
                            "title": "FolderMetadata",
                            "type": "object",
                            "additionalProperties": True,
                        },
                        {"type": "null"},
                    ],
                    "description": "Free-form, named by its title.",
                },
                "created_at": {"type": "string", "format": "date-time"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/Folder"}},
            },
            "$defs": {
                "Folder": {
                    "type": "object",
                    "required": ["id", "name", "class", "type", "colour", "children"],
                    "properties": {
                        "id": {"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
                        "name": {"type": "string", "maxLength": 100},
                        "class": {
                            "type": "string",
                            "description": "A field named after a Python keyword.",
                        },
                        "type": {
                            "const": "folder",
                            "description": "A field named after a Python builtin.",
                        },
                        "colour": {
                            "oneOf": [
                                {
                                    "type": "string",
                                    "description": "A folder's colour.",
                                    "enum": ["red", "green", "blue"],
                                },
                                {"type": "null"},
                            ],
                        },
                        "parent_id": {"type": ["string", "null"]},
                        "metadata": {
                            "oneOf": [
                                {
                                    "title": "FolderMetadata",
                                    "type": "object",
                                    "additionalProperties": True,
                                },
                                {"type": "null"},
                            ],
                            "description": "Free-form, named by its title.",
                        },
                        "created_at": {"type": "string", "format": "date-time"},
                        "children": {"type": "array", "items": {"$ref": "#/$defs/Folder"}},
                    },
                },
            },
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"name": "body", "colour": "body", "parent_id": "body", "class": "body"},
        withheld=(),
        call=_folders_create,
    ),
    Tool(
        name="folders_retrieve",
        title="Retrieve a folder",
        description="Retrieve a folder\n\nRetrieves a folder with its children, recursively.\n\nRoles: admin, viewer.",
        input_schema={
            "type": "object",
            "properties": {
                "folder_id": {
                    "type": "string",
                    "pattern": "^fld_[a-z2-7]{24}$",
                    "description": "The folder's id.",
                    "examples": ["fld_aaaaaaaaaaaaaaaaaaaaaaaa"],
                },
            },
            "required": ["folder_id"],
            "additionalProperties": False,
            "examples": [{"folder_id": "fld_aaaaaaaaaaaaaaaaaaaaaaaa"}],
        },
        output_schema={
            "type": "object",
            "required": ["id", "name", "class", "type", "colour", "children"],
            "properties": {
                "id": {"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
                "name": {"type": "string", "maxLength": 100},
                "class": {
                    "type": "string",
                    "description": "A field named after a Python keyword.",
                },
                "type": {
                    "const": "folder",
                    "description": "A field named after a Python builtin.",
                },
                "colour": {
                    "oneOf": [
                        {
                            "type": "string",
                            "description": "A folder's colour.",
                            "enum": ["red", "green", "blue"],
                        },
                        {"type": "null"},
                    ],
                },
                "parent_id": {"type": ["string", "null"]},
                "metadata": {
                    "oneOf": [
                        {
                            "title": "FolderMetadata",
                            "type": "object",
                            "additionalProperties": True,
                        },
                        {"type": "null"},
                    ],
                    "description": "Free-form, named by its title.",
                },
                "created_at": {"type": "string", "format": "date-time"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/Folder"}},
            },
            "$defs": {
                "Folder": {
                    "type": "object",
                    "required": ["id", "name", "class", "type", "colour", "children"],
                    "properties": {
                        "id": {"type": "string", "pattern": "^fld_[a-z2-7]{24}$"},
                        "name": {"type": "string", "maxLength": 100},
                        "class": {
                            "type": "string",
                            "description": "A field named after a Python keyword.",
                        },
                        "type": {
                            "const": "folder",
                            "description": "A field named after a Python builtin.",
                        },
                        "colour": {
                            "oneOf": [
                                {
                                    "type": "string",
                                    "description": "A folder's colour.",
                                    "enum": ["red", "green", "blue"],
                                },
                                {"type": "null"},
                            ],
                        },
                        "parent_id": {"type": ["string", "null"]},
                        "metadata": {
                            "oneOf": [
                                {
                                    "title": "FolderMetadata",
                                    "type": "object",
                                    "additionalProperties": True,
                                },
                                {"type": "null"},
                            ],
                            "description": "Free-form, named by its title.",
                        },
                        "created_at": {"type": "string", "format": "date-time"},
                        "children": {"type": "array", "items": {"$ref": "#/$defs/Folder"}},
                    },
                },
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"folder_id": "path"},
        withheld=(),
        call=_folders_retrieve,
    ),
    Tool(
        name="folders_delete",
        title="Delete a folder",
        description="Delete a folder\n\nDeletes a folder and its children.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "folder_id": {
                    "type": "string",
                    "pattern": "^fld_[a-z2-7]{24}$",
                    "description": "The folder's id.",
                    "examples": ["fld_aaaaaaaaaaaaaaaaaaaaaaaa"],
                },
            },
            "required": ["folder_id"],
            "additionalProperties": False,
            "examples": [{"folder_id": "fld_aaaaaaaaaaaaaaaaaaaaaaaa"}],
        },
        output_schema=None,
        read_only=False,
        destructive=True,
        idempotent=True,
        paginated=False,
        locations={"folder_id": "path"},
        withheld=(),
        call=_folders_delete,
    ),
    Tool(
        name="folders_archive",
        title="Download a folder as a tarball",
        description="Download a folder as a tarball\n\nThe folder and its children as a gzipped tarball.\n\nRoles: admin, viewer.",
        input_schema={
            "type": "object",
            "properties": {
                "folder_id": {
                    "type": "string",
                    "pattern": "^fld_[a-z2-7]{24}$",
                    "description": "The folder's id.",
                    "examples": ["fld_aaaaaaaaaaaaaaaaaaaaaaaa"],
                },
            },
            "required": ["folder_id"],
            "additionalProperties": False,
            "examples": [{"folder_id": "fld_aaaaaaaaaaaaaaaaaaaaaaaa"}],
        },
        output_schema=None,
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"folder_id": "path"},
        withheld=(),
        call=_folders_archive,
    ),
    Tool(
        name="messages_send",
        title="Send a message",
        description="Send a message\n\nSends a message; the reply comes as JSON, or with `stream: true` as Server-Sent Events.\n\nRoles: admin, viewer.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {"text": {"type": "string"}},
            "required": ["text"],
            "additionalProperties": False,
            "examples": [{"text": "hello"}, {"text": "hello", "stream": True}],
        },
        output_schema={
            "type": "object",
            "required": ["id", "text"],
            "properties": {"id": {"type": "string"}, "text": {"type": "string"}},
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"text": "body"},
        withheld=(),
        call=_messages_send,
    ),
    Tool(
        name="health_check",
        title="Liveness",
        description="Liveness\n\nAnswers while the server runs.",
        input_schema={"type": "object", "properties": {}, "additionalProperties": False},
        output_schema={
            "type": "object",
            "required": ["status"],
            "properties": {"status": {"type": "string", "enum": ["ok"]}},
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={},
        withheld=(),
        call=_health_check,
    ),
    Tool(
        name="health_metrics",
        title="Metrics",
        description="Metrics\n\nPrometheus text.",
        input_schema={"type": "object", "properties": {}, "additionalProperties": False},
        output_schema=None,
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={},
        withheld=(),
        call=_health_metrics,
    ),
)
