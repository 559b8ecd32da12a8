# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

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


async def _actions_execute_confirmed(client: AsyncRelay, confirmed: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.actions.execute(
        confirmed["action_id"],
        confirm_token=confirmed["confirm_token"],
        idempotency_key=key,
    )


async def _actions_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.actions.list(
        provider=args.get("provider", NOT_GIVEN),
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _actions_preview(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.actions.preview(
        args["action_id"],
        params=args["params"],
        idempotency_key=key,
    )


async def _actions_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.actions.retrieve(
        args["action_id"],
    )


async def _api_keys_create(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.api_keys.create(
        name=args["name"],
        role=args["role"],
        expires_at=args.get("expires_at", NOT_GIVEN),
        idempotency_key=key,
    )


async def _api_keys_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.api_keys.list(
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _api_keys_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.api_keys.retrieve(
        args["key_id"],
    )


async def _api_keys_revoke(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.api_keys.revoke(
        args["key_id"],
    )


async def _audit_events_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.audit_events.list(
        actor=args.get("actor", NOT_GIVEN),
        action=args.get("action", NOT_GIVEN),
        occurred_after=args.get("occurred_after", NOT_GIVEN),
        occurred_before=args.get("occurred_before", NOT_GIVEN),
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _chat_list_messages(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.chat.list_messages(
        session_id=args["session_id"],
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _connections_authorize(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.connections.authorize(
        provider=args["provider"],
        redirect_uri=args.get("redirect_uri", NOT_GIVEN),
        scopes=args.get("scopes", NOT_GIVEN),
        idempotency_key=key,
    )


async def _connections_complete(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.connections.complete(
        code=args["code"],
        state=args["state"],
        idempotency_key=key,
    )


async def _connections_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.connections.list(
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _connections_revoke(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.connections.revoke(
        args["connection_id"],
    )


async def _executions_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.executions.list(
        action_id=args.get("action_id", NOT_GIVEN),
        status=args.get("status", NOT_GIVEN),
        created_after=args.get("created_after", NOT_GIVEN),
        created_before=args.get("created_before", NOT_GIVEN),
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _executions_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.executions.retrieve(
        args["execution_id"],
    )


async def _usage_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.usage.retrieve(
        start_date=args.get("start_date", NOT_GIVEN),
        end_date=args.get("end_date", NOT_GIVEN),
    )


async def _webhook_endpoints_create(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.webhook_endpoints.create(
        url=args["url"],
        description=args.get("description", NOT_GIVEN),
        events=args["events"],
        idempotency_key=key,
    )


async def _webhook_endpoints_delete(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.webhook_endpoints.delete(
        args["endpoint_id"],
    )


async def _webhook_endpoints_list(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.webhook_endpoints.list(
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _webhook_endpoints_list_deliveries(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.webhook_endpoints.list_deliveries(
        args["endpoint_id"],
        limit=args.get("limit", NOT_GIVEN),
        after=args.get("after", NOT_GIVEN),
    )


async def _webhook_endpoints_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.webhook_endpoints.retrieve(
        args["endpoint_id"],
    )


async def _webhook_endpoints_test(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.webhook_endpoints.test(
        args["endpoint_id"],
        idempotency_key=key,
    )


async def _workspace_retrieve(client: AsyncRelay, args: Arguments, key: str) -> AsyncAPIResponse[Any]:
    return await client.with_raw_response.workspace.retrieve(
    )


TOOLS: tuple[Tool, ...] = (
    Tool(
        name="workspace_retrieve",
        title="Retrieve the workspace",
        description="Retrieve the workspace\n\nReturns the workspace the calling API key belongs to, with its rate-limit policy.\n\nRoles: admin, developer, viewer.",
        input_schema={"type": "object", "properties": {}, "additionalProperties": False},
        output_schema={
            "type": "object",
            "required": ["id", "name", "created_at", "rate_limit"],
            "properties": {
                "id": {"type": "string", "pattern": "^ws_[a-z2-7]{24}$"},
                "name": {"type": "string"},
                "created_at": {"type": "string", "format": "date-time"},
                "rate_limit": {
                    "type": "object",
                    "description": "The workspace's token-bucket rate limit.",
                    "required": ["requests_per_minute", "burst"],
                    "properties": {
                        "requests_per_minute": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Sustained requests per minute.",
                        },
                        "burst": {
                            "type": "integer",
                            "minimum": 1,
                            "description": "Requests that may be made at once.",
                        },
                    },
                },
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={},
        withheld=(),
        call=_workspace_retrieve,
    ),
    Tool(
        name="api_keys_list",
        title="List API keys",
        description="List API keys\n\nLists the workspace's active API keys, newest first. Secrets are never returned.\n\nRoles: admin.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "additionalProperties": False,
            "examples": [{"limit": 20}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "name",
                            "role",
                            "prefix",
                            "created_at",
                            "expires_at",
                            "last_used_at",
                        ],
                        "properties": {
                            "id": {"type": "string", "pattern": "^key_[a-z2-7]{24}$"},
                            "name": {"type": "string"},
                            "role": {
                                "type": "string",
                                "description": "An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.",
                                "enum": ["admin", "developer", "viewer"],
                            },
                            "prefix": {
                                "type": "string",
                                "description": "The non-secret start of the key, for recognising it.",
                            },
                            "created_at": {"type": "string", "format": "date-time"},
                            "expires_at": {
                                "type": ["string", "null"],
                                "format": "date-time",
                                "description": "When the key stops working; null for never.",
                            },
                            "last_used_at": {"type": ["string", "null"], "format": "date-time"},
                            "revoked_at": {
                                "type": ["string", "null"],
                                "format": "date-time",
                                "description": "Set on the response of `api_keys_revoke`.",
                            },
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"limit": "query", "after": "query"},
        withheld=(),
        call=_api_keys_list,
    ),
    Tool(
        name="api_keys_create",
        title="Create an API key",
        description="Create an API key\n\nCreates an API key with a role and an optional expiry. The response carries the secret\n(`relay_sk_…`) — the only time it is shown; store it safely. Relay stores only its hash. A replay\nof the request (same `Idempotency-Key`) returns the same key only while it is active; once it is\nrevoked the replay is 409 `conflict`.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.\n\nWithheld from the result: `secret` (secrets never reach the model; the human is shown a newly created secret once, in their client).",
        input_schema={
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100,
                    "pattern": "^[^\\x00-\\x1F\\x7F]+$",
                    "description": "A label for the key (one line; no control characters).",
                },
                "role": {
                    "type": "string",
                    "description": "An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.",
                    "enum": ["admin", "developer", "viewer"],
                },
                "expires_at": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When the key stops working; must be in the future. Omit for never.",
                },
            },
            "required": ["name", "role"],
            "additionalProperties": False,
            "examples": [
                {"name": "CI pipeline", "role": "developer"},
                {
                    "name": "Dashboard",
                    "role": "viewer",
                    "expires_at": "2027-01-01T00:00:00Z",
                },
            ],
        },
        output_schema={
            "type": "object",
            "description": "A new API key, with its secret (shown once).",
            "required": ["id", "name", "role", "prefix", "created_at", "expires_at", "last_used_at"],
            "properties": {
                "id": {"type": "string", "pattern": "^key_[a-z2-7]{24}$"},
                "name": {"type": "string"},
                "role": {
                    "type": "string",
                    "description": "An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.",
                    "enum": ["admin", "developer", "viewer"],
                },
                "prefix": {"type": "string"},
                "created_at": {"type": "string", "format": "date-time"},
                "expires_at": {"type": ["string", "null"], "format": "date-time"},
                "last_used_at": {"type": ["string", "null"], "format": "date-time"},
            },
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"name": "body", "role": "body", "expires_at": "body"},
        withheld=(("secret",),),
        call=_api_keys_create,
    ),
    Tool(
        name="api_keys_retrieve",
        title="Retrieve an API key",
        description="Retrieve an API key\n\nRetrieves an active API key by id. A revoked key is a 404. The secret is never returned.\n\nRoles: admin.",
        input_schema={
            "type": "object",
            "properties": {
                "key_id": {
                    "type": "string",
                    "pattern": "^key_[a-z2-7]{24}$",
                    "description": "The API key's id.",
                    "examples": ["key_cis2jhtlgmxgedn73u55xtpl"],
                },
            },
            "required": ["key_id"],
            "additionalProperties": False,
            "examples": [{"key_id": "key_cis2jhtlgmxgedn73u55xtpl"}],
        },
        output_schema={
            "type": "object",
            "required": ["id", "name", "role", "prefix", "created_at", "expires_at", "last_used_at"],
            "properties": {
                "id": {"type": "string", "pattern": "^key_[a-z2-7]{24}$"},
                "name": {"type": "string"},
                "role": {
                    "type": "string",
                    "description": "An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.",
                    "enum": ["admin", "developer", "viewer"],
                },
                "prefix": {
                    "type": "string",
                    "description": "The non-secret start of the key, for recognising it.",
                },
                "created_at": {"type": "string", "format": "date-time"},
                "expires_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "When the key stops working; null for never.",
                },
                "last_used_at": {"type": ["string", "null"], "format": "date-time"},
                "revoked_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "Set on the response of `api_keys_revoke`.",
                },
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"key_id": "path"},
        withheld=(),
        call=_api_keys_retrieve,
    ),
    Tool(
        name="api_keys_revoke",
        title="Revoke an API key",
        description="Revoke an API key\n\nRevokes an API key at once: requests made with it fail with 401 from now on, and the key is no\nlonger listed or retrievable. Returns the key as it was revoked.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "key_id": {
                    "type": "string",
                    "pattern": "^key_[a-z2-7]{24}$",
                    "description": "The API key's id.",
                    "examples": ["key_cis2jhtlgmxgedn73u55xtpl"],
                },
            },
            "required": ["key_id"],
            "additionalProperties": False,
            "examples": [{"key_id": "key_cis2jhtlgmxgedn73u55xtpl"}],
        },
        output_schema={
            "type": "object",
            "required": ["id", "name", "role", "prefix", "created_at", "expires_at", "last_used_at"],
            "properties": {
                "id": {"type": "string", "pattern": "^key_[a-z2-7]{24}$"},
                "name": {"type": "string"},
                "role": {
                    "type": "string",
                    "description": "An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.",
                    "enum": ["admin", "developer", "viewer"],
                },
                "prefix": {
                    "type": "string",
                    "description": "The non-secret start of the key, for recognising it.",
                },
                "created_at": {"type": "string", "format": "date-time"},
                "expires_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "When the key stops working; null for never.",
                },
                "last_used_at": {"type": ["string", "null"], "format": "date-time"},
                "revoked_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "Set on the response of `api_keys_revoke`.",
                },
            },
        },
        read_only=False,
        destructive=True,
        idempotent=True,
        paginated=False,
        locations={"key_id": "path"},
        withheld=(),
        call=_api_keys_revoke,
    ),
    Tool(
        name="actions_list",
        title="List actions",
        description="List actions\n\nLists the action catalog, optionally filtered by provider, in id order.\n\nRoles: admin, developer, viewer.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "provider": {
                    "type": "string",
                    "description": "Only actions of this provider.",
                    "enum": ["independent", "google", "microsoft"],
                    "examples": ["google"],
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "additionalProperties": False,
            "examples": [{"provider": "google", "limit": 20}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "name",
                            "description",
                            "provider",
                            "requires_connection",
                            "input_schema",
                        ],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "A dotted action id.",
                                "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                                "maxLength": 100,
                            },
                            "name": {"type": "string"},
                            "description": {"type": "string"},
                            "provider": {
                                "type": "string",
                                "description": "Who performs the action.",
                                "enum": ["independent", "google", "microsoft"],
                            },
                            "requires_connection": {
                                "type": "boolean",
                                "description": "Whether executing needs an OAuth connection to the provider.",
                            },
                            "input_schema": {
                                "type": "object",
                                "description": "The JSON Schema (2020-12) that `params` must satisfy.",
                                "additionalProperties": True,
                            },
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"provider": "query", "limit": "query", "after": "query"},
        withheld=(),
        call=_actions_list,
    ),
    Tool(
        name="actions_retrieve",
        title="Retrieve an action",
        description="Retrieve an action\n\nRetrieves one action of the catalog with its `input_schema`, the JSON Schema its `params` must\nsatisfy.\n\nRoles: admin, developer, viewer.",
        input_schema={
            "type": "object",
            "properties": {
                "action_id": {
                    "type": "string",
                    "description": "The action's id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                    "examples": ["email.send"],
                },
            },
            "required": ["action_id"],
            "additionalProperties": False,
            "examples": [{"action_id": "email.send"}],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "name",
                "description",
                "provider",
                "requires_connection",
                "input_schema",
            ],
            "properties": {
                "id": {
                    "type": "string",
                    "description": "A dotted action id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                },
                "name": {"type": "string"},
                "description": {"type": "string"},
                "provider": {
                    "type": "string",
                    "description": "Who performs the action.",
                    "enum": ["independent", "google", "microsoft"],
                },
                "requires_connection": {
                    "type": "boolean",
                    "description": "Whether executing needs an OAuth connection to the provider.",
                },
                "input_schema": {
                    "type": "object",
                    "description": "The JSON Schema (2020-12) that `params` must satisfy.",
                    "additionalProperties": True,
                },
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"action_id": "path"},
        withheld=(),
        call=_actions_retrieve,
    ),
    Tool(
        name="actions_preview",
        title="Preview an action",
        description="Preview an action\n\nValidates `params` against the action's `input_schema` and describes what executing it would do:\na human summary, its effects and warnings. Nothing runs. The response carries a `confirm_token`,\nsigned and bound to the workspace, the action and these exact params; it expires after 10 minutes\nand can be used once, by `actions_execute`. Relay keeps the previewed params encrypted until then\n(a `webhook.post` `signing_secret` included).\n\nOutside dev mode, a `webhook.post` whose `url` is not a public `http(s)` target (a loopback,\nprivate or other IANA special-purpose address, or a malformed URL) is 422 `validation_failed` at\n`/params/url` here, before any token is issued; the target is checked again when it runs.\n\nRoles: admin, developer.\n\nWithheld from the result: `confirm_token` (secrets never reach the model).",
        input_schema={
            "type": "object",
            "properties": {
                "action_id": {
                    "type": "string",
                    "description": "The action's id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                    "examples": ["email.send"],
                },
                "params": {
                    "type": "object",
                    "description": "The action's parameters, validated against its `input_schema`.",
                    "additionalProperties": True,
                },
            },
            "required": ["action_id", "params"],
            "additionalProperties": False,
            "examples": [
                {
                    "action_id": "email.send",
                    "params": {
                        "to": "ada@example.com",
                        "subject": "Lunch",
                        "body": "Shall we meet at noon?",
                    },
                },
            ],
        },
        output_schema={
            "type": "object",
            "required": ["action_id", "summary", "effects", "warnings", "params", "expires_at"],
            "properties": {
                "action_id": {
                    "type": "string",
                    "description": "A dotted action id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                },
                "summary": {
                    "type": "string",
                    "description": "One sentence saying what will happen.",
                },
                "effects": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Each effect the execution will have.",
                },
                "warnings": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "Anything to double-check before confirming.",
                },
                "params": {
                    "type": "object",
                    "additionalProperties": True,
                    "description": "The validated params the token is bound to.",
                },
                "expires_at": {"type": "string", "format": "date-time"},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"action_id": "path", "params": "body"},
        withheld=(("confirm_token",),),
        call=_actions_preview,
    ),
    Tool(
        name="actions_execute",
        title="Execute an action",
        description="Execute an action\n\nTakes what `actions_preview` takes (`action_id`, `params`), never a confirm token: relay-mcp runs `actions_preview` itself, shows the human its summary, effects and warnings, and runs this only if they accept, with one Idempotency-Key per consent: calling again with the same arguments within 10 minutes is a retry of the consented call, which Relay replays, never runs twice.\n\nRoles: admin, developer.",
        input_schema={
            "type": "object",
            "properties": {
                "action_id": {
                    "type": "string",
                    "description": "The action's id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                    "examples": ["email.send"],
                },
                "params": {
                    "type": "object",
                    "description": "The action's parameters, validated against its `input_schema`.",
                    "additionalProperties": True,
                },
            },
            "required": ["action_id", "params"],
            "additionalProperties": False,
            "examples": [
                {
                    "action_id": "email.send",
                    "params": {
                        "to": "ada@example.com",
                        "subject": "Lunch",
                        "body": "Shall we meet at noon?",
                    },
                },
            ],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "action_id",
                "status",
                "params",
                "result",
                "error",
                "idempotency_key",
                "created_at",
                "completed_at",
                "duration_ms",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^exe_[a-z2-7]{24}$"},
                "action_id": {
                    "type": "string",
                    "description": "A dotted action id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                },
                "status": {
                    "type": "string",
                    "enum": ["pending", "running", "succeeded", "failed"],
                },
                "params": {
                    "type": "object",
                    "additionalProperties": True,
                    "description": "The params, with secrets redacted.",
                },
                "result": {
                    "oneOf": [
                        {
                            "title": "ExecutionResult",
                            "type": "object",
                            "additionalProperties": True,
                        },
                        {"type": "null"},
                    ],
                    "description": "What the adapter reported, when it succeeded.",
                },
                "error": {
                    "oneOf": [
                        {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {
                                "code": {
                                    "type": "string",
                                    "description": "The adapter's error code, e.g. `upstream_error`, `timeout`, `smtp_error`; `interrupted` when the server stopped mid-execution.",
                                },
                                "message": {"type": "string"},
                            },
                        },
                        {"type": "null"},
                    ],
                    "description": "Why it failed, when it failed.",
                },
                "idempotency_key": {"type": ["string", "null"]},
                "created_at": {"type": "string", "format": "date-time"},
                "completed_at": {"type": ["string", "null"], "format": "date-time"},
                "duration_ms": {"type": ["integer", "null"], "minimum": 0},
            },
        },
        read_only=False,
        destructive=True,
        idempotent=False,
        paginated=False,
        locations={"action_id": "path", "params": "body"},
        withheld=(),
        call=_actions_execute_confirmed,
        confirmation=Confirmation(
            tool="actions_preview",
            call=_actions_preview,
            withheld=(("confirm_token",),),
        ),
    ),
    Tool(
        name="executions_list",
        title="List executions",
        description="List executions\n\nLists the workspace's executions, newest first, with optional filters.\n\nRoles: admin, developer, viewer.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "action_id": {
                    "type": "string",
                    "description": "Only executions of this action.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                    "examples": ["email.send"],
                },
                "status": {
                    "type": "string",
                    "enum": ["pending", "running", "succeeded", "failed"],
                    "description": "Only executions in this status.",
                    "examples": ["succeeded"],
                },
                "created_after": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Only executions created at or after this instant (RFC 3339).",
                    "examples": ["2026-11-01T00:00:00Z"],
                },
                "created_before": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Only executions created before this instant (RFC 3339).",
                    "examples": ["2026-12-01T00:00:00Z"],
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "additionalProperties": False,
            "examples": [
                {
                    "action_id": "email.send",
                    "status": "succeeded",
                    "created_after": "2026-11-01T00:00:00Z",
                    "created_before": "2026-12-01T00:00:00Z",
                    "limit": 20,
                },
            ],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "action_id",
                            "status",
                            "params",
                            "result",
                            "error",
                            "idempotency_key",
                            "created_at",
                            "completed_at",
                            "duration_ms",
                        ],
                        "properties": {
                            "id": {"type": "string", "pattern": "^exe_[a-z2-7]{24}$"},
                            "action_id": {
                                "type": "string",
                                "description": "A dotted action id.",
                                "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                                "maxLength": 100,
                            },
                            "status": {
                                "type": "string",
                                "enum": ["pending", "running", "succeeded", "failed"],
                            },
                            "params": {
                                "type": "object",
                                "additionalProperties": True,
                                "description": "The params, with secrets redacted.",
                            },
                            "result": {
                                "oneOf": [
                                    {
                                        "title": "ExecutionResult",
                                        "type": "object",
                                        "additionalProperties": True,
                                    },
                                    {"type": "null"},
                                ],
                                "description": "What the adapter reported, when it succeeded.",
                            },
                            "error": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["code", "message"],
                                        "properties": {
                                            "code": {
                                                "type": "string",
                                                "description": "The adapter's error code, e.g. `upstream_error`, `timeout`, `smtp_error`; `interrupted` when the server stopped mid-execution.",
                                            },
                                            "message": {"type": "string"},
                                        },
                                    },
                                    {"type": "null"},
                                ],
                                "description": "Why it failed, when it failed.",
                            },
                            "idempotency_key": {"type": ["string", "null"]},
                            "created_at": {"type": "string", "format": "date-time"},
                            "completed_at": {"type": ["string", "null"], "format": "date-time"},
                            "duration_ms": {"type": ["integer", "null"], "minimum": 0},
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={
            "action_id": "query",
            "status": "query",
            "created_after": "query",
            "created_before": "query",
            "limit": "query",
            "after": "query",
        },
        withheld=(),
        call=_executions_list,
    ),
    Tool(
        name="executions_retrieve",
        title="Retrieve an execution",
        description="Retrieve an execution\n\nRetrieves one execution.\n\nRoles: admin, developer, viewer.",
        input_schema={
            "type": "object",
            "properties": {
                "execution_id": {
                    "type": "string",
                    "pattern": "^exe_[a-z2-7]{24}$",
                    "description": "The execution's id.",
                    "examples": ["exe_r6edt4sywb5wkh7dnsipzz7f"],
                },
            },
            "required": ["execution_id"],
            "additionalProperties": False,
            "examples": [{"execution_id": "exe_r6edt4sywb5wkh7dnsipzz7f"}],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "action_id",
                "status",
                "params",
                "result",
                "error",
                "idempotency_key",
                "created_at",
                "completed_at",
                "duration_ms",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^exe_[a-z2-7]{24}$"},
                "action_id": {
                    "type": "string",
                    "description": "A dotted action id.",
                    "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                    "maxLength": 100,
                },
                "status": {
                    "type": "string",
                    "enum": ["pending", "running", "succeeded", "failed"],
                },
                "params": {
                    "type": "object",
                    "additionalProperties": True,
                    "description": "The params, with secrets redacted.",
                },
                "result": {
                    "oneOf": [
                        {
                            "title": "ExecutionResult",
                            "type": "object",
                            "additionalProperties": True,
                        },
                        {"type": "null"},
                    ],
                    "description": "What the adapter reported, when it succeeded.",
                },
                "error": {
                    "oneOf": [
                        {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {
                                "code": {
                                    "type": "string",
                                    "description": "The adapter's error code, e.g. `upstream_error`, `timeout`, `smtp_error`; `interrupted` when the server stopped mid-execution.",
                                },
                                "message": {"type": "string"},
                            },
                        },
                        {"type": "null"},
                    ],
                    "description": "Why it failed, when it failed.",
                },
                "idempotency_key": {"type": ["string", "null"]},
                "created_at": {"type": "string", "format": "date-time"},
                "completed_at": {"type": ["string", "null"], "format": "date-time"},
                "duration_ms": {"type": ["integer", "null"], "minimum": 0},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"execution_id": "path"},
        withheld=(),
        call=_executions_retrieve,
    ),
    Tool(
        name="chat_list_messages",
        title="List chat messages",
        description="List chat messages\n\nLists a chat session's history, oldest first. Relay keeps the last 50 messages of each session.\n\nRoles: admin, developer, viewer.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "session_id": {
                    "type": "string",
                    "pattern": "^chs_[a-z2-7]{24}$",
                    "description": "The chat session.",
                    "examples": ["chs_i3mnbqnspuq2idw52ijb4laj"],
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "required": ["session_id"],
            "additionalProperties": False,
            "examples": [{"session_id": "chs_i3mnbqnspuq2idw52ijb4laj", "limit": 20}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["id", "session_id", "role", "content", "created_at"],
                        "properties": {
                            "id": {"type": "string", "pattern": "^msg_[a-z2-7]{24}$"},
                            "session_id": {"type": "string", "pattern": "^chs_[a-z2-7]{24}$"},
                            "role": {"type": "string", "enum": ["user", "assistant"]},
                            "content": {"type": "string"},
                            "created_at": {"type": "string", "format": "date-time"},
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"session_id": "query", "limit": "query", "after": "query"},
        withheld=(),
        call=_chat_list_messages,
    ),
    Tool(
        name="connections_list",
        title="List connections",
        description="List connections\n\nLists the workspace's active OAuth connections. Tokens are never returned.\n\nRoles: admin, developer, viewer.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "additionalProperties": False,
            "examples": [{"limit": 20}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "provider",
                            "status",
                            "scopes",
                            "account",
                            "created_at",
                            "token_expires_at",
                        ],
                        "properties": {
                            "id": {"type": "string", "pattern": "^con_[a-z2-7]{24}$"},
                            "provider": {
                                "type": "string",
                                "enum": ["google", "microsoft", "github"],
                            },
                            "status": {
                                "type": "string",
                                "description": "`active` while usable; `expired` when its token could not be refreshed; `revoked` once revoked.",
                                "enum": ["active", "expired", "revoked"],
                            },
                            "scopes": {"type": "array", "items": {"type": "string"}},
                            "account": {
                                "type": ["string", "null"],
                                "description": "The provider account, when the provider tells it.",
                            },
                            "created_at": {"type": "string", "format": "date-time"},
                            "token_expires_at": {
                                "type": ["string", "null"],
                                "format": "date-time",
                                "description": "When the current access token expires; Relay refreshes it before then.",
                            },
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"limit": "query", "after": "query"},
        withheld=(),
        call=_connections_list,
    ),
    Tool(
        name="connections_authorize",
        title="Start an OAuth connection",
        description="Start an OAuth connection\n\nStarts the OAuth 2.0 authorization-code flow with PKCE for a provider. Returns the provider's\nauthorization URL (carrying `state` and an S256 `code_challenge`) to send the user to. The `state`\nis single-use and expires after 10 minutes; pass it with the returned `code` to\n`connections_complete`.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "provider": {"type": "string", "enum": ["google", "microsoft", "github"]},
                "redirect_uri": {
                    "type": "string",
                    "format": "uri",
                    "maxLength": 2000,
                    "description": "Where the provider sends the user back; defaults to the server's configured callback.",
                },
                "scopes": {
                    "type": "array",
                    "maxItems": 20,
                    "items": {"type": "string", "minLength": 1, "maxLength": 200},
                    "description": "Scopes to request; defaults to what the provider's actions need.",
                },
            },
            "required": ["provider"],
            "additionalProperties": False,
            "examples": [
                {
                    "provider": "google",
                    "redirect_uri": "https://app.example.com/oauth/callback",
                },
            ],
        },
        output_schema={
            "type": "object",
            "required": ["provider", "authorization_url", "state", "expires_at"],
            "properties": {
                "provider": {"type": "string", "enum": ["google", "microsoft", "github"]},
                "authorization_url": {
                    "type": "string",
                    "format": "uri",
                    "description": "Send the user here.",
                },
                "state": {
                    "type": "string",
                    "description": "Single-use; pass it to `connections_complete`.",
                },
                "expires_at": {"type": "string", "format": "date-time"},
            },
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"provider": "body", "redirect_uri": "body", "scopes": "body"},
        withheld=(),
        call=_connections_authorize,
    ),
    Tool(
        name="connections_complete",
        title="Complete an OAuth connection",
        description="Complete an OAuth connection\n\nCompletes the flow started by `connections_authorize`: validates the single-use `state`, exchanges\nthe `code` (with the PKCE verifier) at the provider's token endpoint, and stores the tokens\nencrypted at rest. A forged, expired or reused `state`, or a code the provider refuses, is\n`validation_failed` (422).\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "code": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "description": "The authorization code the provider returned.",
                },
                "state": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `state` from `connections_authorize`.",
                },
            },
            "required": ["code", "state"],
            "additionalProperties": False,
            "examples": [
                {
                    "code": "4/0AVG7fiQ-example-code",
                    "state": "st_3kq2mzx4b5n6c7d2e3f4g5h6",
                },
            ],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "provider",
                "status",
                "scopes",
                "account",
                "created_at",
                "token_expires_at",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^con_[a-z2-7]{24}$"},
                "provider": {"type": "string", "enum": ["google", "microsoft", "github"]},
                "status": {
                    "type": "string",
                    "description": "`active` while usable; `expired` when its token could not be refreshed; `revoked` once revoked.",
                    "enum": ["active", "expired", "revoked"],
                },
                "scopes": {"type": "array", "items": {"type": "string"}},
                "account": {
                    "type": ["string", "null"],
                    "description": "The provider account, when the provider tells it.",
                },
                "created_at": {"type": "string", "format": "date-time"},
                "token_expires_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "When the current access token expires; Relay refreshes it before then.",
                },
            },
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"code": "body", "state": "body"},
        withheld=(),
        call=_connections_complete,
    ),
    Tool(
        name="connections_revoke",
        title="Revoke a connection",
        description="Revoke a connection\n\nRevokes a connection: calls the provider's revocation endpoint and deletes the stored tokens. The\nconnection is no longer listed; actions needing it fail with `connection_required`.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "connection_id": {
                    "type": "string",
                    "pattern": "^con_[a-z2-7]{24}$",
                    "description": "The connection's id.",
                    "examples": ["con_6kbnxjbtfqxkwovompzom7wb"],
                },
            },
            "required": ["connection_id"],
            "additionalProperties": False,
            "examples": [{"connection_id": "con_6kbnxjbtfqxkwovompzom7wb"}],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "provider",
                "status",
                "scopes",
                "account",
                "created_at",
                "token_expires_at",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^con_[a-z2-7]{24}$"},
                "provider": {"type": "string", "enum": ["google", "microsoft", "github"]},
                "status": {
                    "type": "string",
                    "description": "`active` while usable; `expired` when its token could not be refreshed; `revoked` once revoked.",
                    "enum": ["active", "expired", "revoked"],
                },
                "scopes": {"type": "array", "items": {"type": "string"}},
                "account": {
                    "type": ["string", "null"],
                    "description": "The provider account, when the provider tells it.",
                },
                "created_at": {"type": "string", "format": "date-time"},
                "token_expires_at": {
                    "type": ["string", "null"],
                    "format": "date-time",
                    "description": "When the current access token expires; Relay refreshes it before then.",
                },
            },
        },
        read_only=False,
        destructive=True,
        idempotent=True,
        paginated=False,
        locations={"connection_id": "path"},
        withheld=(),
        call=_connections_revoke,
    ),
    Tool(
        name="webhook_endpoints_list",
        title="List webhook endpoints",
        description="List webhook endpoints\n\nLists the workspace's webhook endpoints, newest first. Secrets are never returned.\n\nRoles: admin.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "additionalProperties": False,
            "examples": [{"limit": 20}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "url",
                            "description",
                            "events",
                            "enabled",
                            "disabled_reason",
                            "consecutive_failures",
                            "created_at",
                        ],
                        "properties": {
                            "id": {"type": "string", "pattern": "^whe_[a-z2-7]{24}$"},
                            "url": {"type": "string", "format": "uri"},
                            "description": {"type": ["string", "null"]},
                            "events": {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "description": "An event an endpoint can subscribe to.",
                                    "enum": ["execution.succeeded", "execution.failed"],
                                },
                            },
                            "enabled": {
                                "type": "boolean",
                                "description": "False once the endpoint was disabled after repeated failures.",
                            },
                            "disabled_reason": {"type": ["string", "null"]},
                            "consecutive_failures": {"type": "integer", "minimum": 0},
                            "created_at": {"type": "string", "format": "date-time"},
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"limit": "query", "after": "query"},
        withheld=(),
        call=_webhook_endpoints_list,
    ),
    Tool(
        name="webhook_endpoints_create",
        title="Create a webhook endpoint",
        description="Create a webhook endpoint\n\nSubscribes a URL to events. The response carries the endpoint's signing secret (`whsec_…`) — the\nonly time it is shown; Relay keeps it encrypted. Deliveries are signed per the Standard Webhooks\nspecification.\n\nOutside dev mode the URL must be `https` and reach a public address: a URL whose host is (or\nresolves to) a loopback, private, link-local or any other IANA special-purpose address (including\n6to4, Teredo, and NAT64 embedding a non-public IPv4 address) is 422 `validation_failed` at\n`/url`, as is a malformed URL. The check is repeated before every delivery.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.\n\nWithheld from the result: `secret` (secrets never reach the model; the human is shown a newly created secret once, in their client).",
        input_schema={
            "type": "object",
            "properties": {
                "url": {
                    "type": "string",
                    "format": "uri",
                    "maxLength": 2000,
                    "description": "An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode only).",
                },
                "description": {"type": "string", "maxLength": 500},
                "events": {
                    "type": "array",
                    "minItems": 1,
                    "uniqueItems": True,
                    "items": {
                        "type": "string",
                        "description": "An event an endpoint can subscribe to.",
                        "enum": ["execution.succeeded", "execution.failed"],
                    },
                },
            },
            "required": ["url", "events"],
            "additionalProperties": False,
            "examples": [
                {
                    "url": "https://hooks.example.com/relay",
                    "description": "Production receiver",
                    "events": ["execution.succeeded", "execution.failed"],
                },
            ],
        },
        output_schema={
            "type": "object",
            "description": "A new webhook endpoint, with its signing secret (shown once).",
            "required": [
                "id",
                "url",
                "description",
                "events",
                "enabled",
                "disabled_reason",
                "consecutive_failures",
                "created_at",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^whe_[a-z2-7]{24}$"},
                "url": {"type": "string", "format": "uri"},
                "description": {"type": ["string", "null"]},
                "events": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "description": "An event an endpoint can subscribe to.",
                        "enum": ["execution.succeeded", "execution.failed"],
                    },
                },
                "enabled": {"type": "boolean"},
                "disabled_reason": {"type": ["string", "null"]},
                "consecutive_failures": {"type": "integer", "minimum": 0},
                "created_at": {"type": "string", "format": "date-time"},
            },
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"url": "body", "description": "body", "events": "body"},
        withheld=(("secret",),),
        call=_webhook_endpoints_create,
    ),
    Tool(
        name="webhook_endpoints_retrieve",
        title="Retrieve a webhook endpoint",
        description="Retrieve a webhook endpoint\n\nRetrieves one webhook endpoint. The secret is never returned.\n\nRoles: admin.",
        input_schema={
            "type": "object",
            "properties": {
                "endpoint_id": {
                    "type": "string",
                    "pattern": "^whe_[a-z2-7]{24}$",
                    "description": "The webhook endpoint's id.",
                    "examples": ["whe_2xuid5zzzzg6zdmen4khvdga"],
                },
            },
            "required": ["endpoint_id"],
            "additionalProperties": False,
            "examples": [{"endpoint_id": "whe_2xuid5zzzzg6zdmen4khvdga"}],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "url",
                "description",
                "events",
                "enabled",
                "disabled_reason",
                "consecutive_failures",
                "created_at",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^whe_[a-z2-7]{24}$"},
                "url": {"type": "string", "format": "uri"},
                "description": {"type": ["string", "null"]},
                "events": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "description": "An event an endpoint can subscribe to.",
                        "enum": ["execution.succeeded", "execution.failed"],
                    },
                },
                "enabled": {
                    "type": "boolean",
                    "description": "False once the endpoint was disabled after repeated failures.",
                },
                "disabled_reason": {"type": ["string", "null"]},
                "consecutive_failures": {"type": "integer", "minimum": 0},
                "created_at": {"type": "string", "format": "date-time"},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"endpoint_id": "path"},
        withheld=(),
        call=_webhook_endpoints_retrieve,
    ),
    Tool(
        name="webhook_endpoints_delete",
        title="Delete a webhook endpoint",
        description="Delete a webhook endpoint\n\nDeletes a webhook endpoint; its pending deliveries are cancelled.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "endpoint_id": {
                    "type": "string",
                    "pattern": "^whe_[a-z2-7]{24}$",
                    "description": "The webhook endpoint's id.",
                    "examples": ["whe_2xuid5zzzzg6zdmen4khvdga"],
                },
            },
            "required": ["endpoint_id"],
            "additionalProperties": False,
            "examples": [{"endpoint_id": "whe_2xuid5zzzzg6zdmen4khvdga"}],
        },
        output_schema={
            "type": "object",
            "required": ["id", "deleted"],
            "properties": {"id": {"type": "string"}, "deleted": {"type": "boolean", "const": True}},
        },
        read_only=False,
        destructive=True,
        idempotent=True,
        paginated=False,
        locations={"endpoint_id": "path"},
        withheld=(),
        call=_webhook_endpoints_delete,
    ),
    Tool(
        name="webhook_endpoints_test",
        title="Send a test event",
        description="Send a test event\n\nQueues a signed `ping` event to the endpoint and returns its delivery, which the delivery worker\nattempts at once and retries like any other.\n\nRoles: admin.\n\nAsks the human to confirm (an MCP elicitation showing the arguments) before it runs; if they decline, nothing happens and the result says so. Calling again with the same arguments within 10 minutes is a retry of the consented call: it does not run twice.",
        input_schema={
            "type": "object",
            "properties": {
                "endpoint_id": {
                    "type": "string",
                    "pattern": "^whe_[a-z2-7]{24}$",
                    "description": "The webhook endpoint's id.",
                    "examples": ["whe_2xuid5zzzzg6zdmen4khvdga"],
                },
            },
            "required": ["endpoint_id"],
            "additionalProperties": False,
            "examples": [{"endpoint_id": "whe_2xuid5zzzzg6zdmen4khvdga"}],
        },
        output_schema={
            "type": "object",
            "required": [
                "id",
                "endpoint_id",
                "event_id",
                "event_type",
                "status",
                "attempts",
                "last_status_code",
                "last_error",
                "next_attempt_at",
                "created_at",
                "completed_at",
            ],
            "properties": {
                "id": {"type": "string", "pattern": "^dlv_[a-z2-7]{24}$"},
                "endpoint_id": {"type": "string", "pattern": "^whe_[a-z2-7]{24}$"},
                "event_id": {
                    "type": "string",
                    "pattern": "^msg_[a-z2-7]{24}$",
                    "description": "The `webhook-id` header of every attempt.",
                },
                "event_type": {
                    "type": "string",
                    "enum": ["execution.succeeded", "execution.failed", "ping"],
                },
                "status": {
                    "type": "string",
                    "description": "`pending` while attempts remain; `succeeded` after a 2xx; `failed` when attempts ran out or the endpoint was disabled or deleted.",
                    "enum": ["pending", "succeeded", "failed"],
                },
                "attempts": {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Attempts started, the one in progress included (an attempt a server crash cut short counts too).",
                },
                "last_status_code": {"type": ["integer", "null"]},
                "last_error": {"type": ["string", "null"]},
                "next_attempt_at": {"type": ["string", "null"], "format": "date-time"},
                "created_at": {"type": "string", "format": "date-time"},
                "completed_at": {"type": ["string", "null"], "format": "date-time"},
            },
        },
        read_only=False,
        destructive=False,
        idempotent=False,
        paginated=False,
        locations={"endpoint_id": "path"},
        withheld=(),
        call=_webhook_endpoints_test,
    ),
    Tool(
        name="webhook_endpoints_list_deliveries",
        title="List an endpoint's deliveries",
        description="List an endpoint's deliveries\n\nLists the deliveries to one endpoint, newest first, with their attempts and next attempt.\n\nRoles: admin.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "endpoint_id": {
                    "type": "string",
                    "pattern": "^whe_[a-z2-7]{24}$",
                    "description": "The webhook endpoint's id.",
                    "examples": ["whe_2xuid5zzzzg6zdmen4khvdga"],
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "required": ["endpoint_id"],
            "additionalProperties": False,
            "examples": [{"endpoint_id": "whe_2xuid5zzzzg6zdmen4khvdga", "limit": 20}],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "endpoint_id",
                            "event_id",
                            "event_type",
                            "status",
                            "attempts",
                            "last_status_code",
                            "last_error",
                            "next_attempt_at",
                            "created_at",
                            "completed_at",
                        ],
                        "properties": {
                            "id": {"type": "string", "pattern": "^dlv_[a-z2-7]{24}$"},
                            "endpoint_id": {"type": "string", "pattern": "^whe_[a-z2-7]{24}$"},
                            "event_id": {
                                "type": "string",
                                "pattern": "^msg_[a-z2-7]{24}$",
                                "description": "The `webhook-id` header of every attempt.",
                            },
                            "event_type": {
                                "type": "string",
                                "enum": ["execution.succeeded", "execution.failed", "ping"],
                            },
                            "status": {
                                "type": "string",
                                "description": "`pending` while attempts remain; `succeeded` after a 2xx; `failed` when attempts ran out or the endpoint was disabled or deleted.",
                                "enum": ["pending", "succeeded", "failed"],
                            },
                            "attempts": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Attempts started, the one in progress included (an attempt a server crash cut short counts too).",
                            },
                            "last_status_code": {"type": ["integer", "null"]},
                            "last_error": {"type": ["string", "null"]},
                            "next_attempt_at": {"type": ["string", "null"], "format": "date-time"},
                            "created_at": {"type": "string", "format": "date-time"},
                            "completed_at": {"type": ["string", "null"], "format": "date-time"},
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={"endpoint_id": "path", "limit": "query", "after": "query"},
        withheld=(),
        call=_webhook_endpoints_list_deliveries,
    ),
    Tool(
        name="audit_events_list",
        title="List audit events",
        description="List audit events\n\nLists the workspace's audit events, newest first. Every mutating call is recorded with its actor,\naction, target, outcome and request id; secrets are redacted.\n\nRoles: admin.\n\nOne page per call: while `has_more` is true, pass `next_cursor` as `after` to get the next page.",
        input_schema={
            "type": "object",
            "properties": {
                "actor": {
                    "type": "string",
                    "pattern": "^key_[a-z2-7]{24}$",
                    "description": "Only events whose actor is this API key.",
                    "examples": ["key_pft7v4seh2kvj72ceuvw75ef"],
                },
                "action": {
                    "type": "string",
                    "pattern": "^[a-z_]+\\.[a-z_]+$",
                    "maxLength": 100,
                    "description": "Only events of this action, `<resource>.<method>` (for example `api_keys.create`).",
                    "examples": ["actions.execute"],
                },
                "occurred_after": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Only events at or after this instant (RFC 3339).",
                    "examples": ["2026-11-01T00:00:00Z"],
                },
                "occurred_before": {
                    "type": "string",
                    "format": "date-time",
                    "description": "Only events before this instant (RFC 3339).",
                    "examples": ["2026-12-01T00:00:00Z"],
                },
                "limit": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 100,
                    "default": 20,
                    "description": "Page size, 1 to 100.",
                    "examples": [20],
                },
                "after": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "description": "The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.",
                },
            },
            "additionalProperties": False,
            "examples": [
                {
                    "actor": "key_pft7v4seh2kvj72ceuvw75ef",
                    "action": "actions.execute",
                    "occurred_after": "2026-11-01T00:00:00Z",
                    "occurred_before": "2026-12-01T00:00:00Z",
                    "limit": 20,
                },
            ],
        },
        output_schema={
            "type": "object",
            "required": ["data", "has_more", "next_cursor"],
            "properties": {
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": [
                            "id",
                            "occurred_at",
                            "actor_key_id",
                            "actor_role",
                            "action",
                            "target",
                            "outcome",
                            "status_code",
                            "request_id",
                            "metadata",
                        ],
                        "properties": {
                            "id": {"type": "string", "pattern": "^aud_[a-z2-7]{24}$"},
                            "occurred_at": {"type": "string", "format": "date-time"},
                            "actor_key_id": {
                                "type": ["string", "null"],
                                "description": "The API key that made the call; null for the system.",
                            },
                            "actor_role": {
                                "oneOf": [
                                    {
                                        "type": "string",
                                        "description": "An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.",
                                        "enum": ["admin", "developer", "viewer"],
                                    },
                                    {"type": "null"},
                                ],
                            },
                            "action": {
                                "type": "string",
                                "description": "`<resource>.<method>`, e.g. `api_keys.create`.",
                            },
                            "target": {
                                "type": ["string", "null"],
                                "description": "The id of the object acted on.",
                            },
                            "outcome": {"type": "string", "enum": ["success", "failure", "denied"]},
                            "status_code": {"type": "integer"},
                            "request_id": {"type": "string"},
                            "metadata": {
                                "type": "object",
                                "additionalProperties": True,
                                "description": "Details of the call, with secrets redacted.",
                            },
                        },
                    },
                },
                "has_more": {"type": "boolean"},
                "next_cursor": {"type": ["string", "null"]},
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=True,
        locations={
            "actor": "query",
            "action": "query",
            "occurred_after": "query",
            "occurred_before": "query",
            "limit": "query",
            "after": "query",
        },
        withheld=(),
        call=_audit_events_list,
    ),
    Tool(
        name="usage_retrieve",
        title="Retrieve usage",
        description="Retrieve usage\n\nCounts executions per action per day (UTC) over a date range. Without dates, the last 30 days up\nto today; with only `start_date`, 30 days from it (not past today); with only `end_date`, the 30\ndays ending on it. The range counted is at most 366 days: a longer one is shortened to the 366\ndays ending on `end_date`. A `start_date` after `end_date` is an empty range: no rows, both dates\nechoed. The response's `start_date` and `end_date` are the range actually counted.\n\nRoles: admin, developer, viewer.",
        input_schema={
            "type": "object",
            "properties": {
                "start_date": {
                    "type": "string",
                    "format": "date",
                    "description": "First day of the range (inclusive, UTC); at most 365 days before `end_date` are counted.",
                    "examples": ["2026-11-01"],
                },
                "end_date": {
                    "type": "string",
                    "format": "date",
                    "description": "Last day of the range (inclusive, UTC).",
                    "examples": ["2026-11-30"],
                },
            },
            "additionalProperties": False,
            "examples": [{"start_date": "2026-11-01", "end_date": "2026-11-30"}],
        },
        output_schema={
            "type": "object",
            "required": ["start_date", "end_date", "data"],
            "properties": {
                "start_date": {
                    "type": "string",
                    "format": "date",
                    "description": "First day counted (after a longer range was shortened to 366 days).",
                },
                "end_date": {"type": "string", "format": "date", "description": "Last day counted."},
                "data": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["date", "action_id", "executions", "succeeded", "failed"],
                        "properties": {
                            "date": {"type": "string", "format": "date"},
                            "action_id": {
                                "type": "string",
                                "description": "A dotted action id.",
                                "pattern": "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
                                "maxLength": 100,
                            },
                            "executions": {"type": "integer", "minimum": 0},
                            "succeeded": {"type": "integer", "minimum": 0},
                            "failed": {"type": "integer", "minimum": 0},
                        },
                    },
                },
            },
        },
        read_only=True,
        destructive=False,
        idempotent=True,
        paginated=False,
        locations={"start_date": "query", "end_date": "query"},
        withheld=(),
        call=_usage_retrieve,
    ),
)
