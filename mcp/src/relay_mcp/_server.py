"""The MCP server: the generated tools, each call made through ``relay_sdk``, side effects only with a
human's consent.

Consent is asked the way the client's protocol era allows: on 2025-11-25 connections by a
server-initiated ``elicitation/create`` during the call; on 2026-07-28 ones by answering the call with
an input-required result (the elicitation to show, and an opaque ``requestState``) that the client
answers by calling again. Both end the same way: accepted → the call runs once with the consent's
Idempotency-Key; anything else → nothing runs and the result says so.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import Server
from mcp.shared.exceptions import MCPError
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from relay_sdk import APIConnectionError, APIStatusError, AsyncRelay

from ._arguments import argument_errors
from ._consent import (
    Consent,
    ConsentLedger,
    Decision,
    Pending,
    PendingRounds,
    consent_request,
    decide,
    fingerprint,
    reveal_request,
)
from ._generated import TOOLS
from ._results import Withheld, error_result, ok_result, problem_result, withhold
from ._tool import Arguments, Tool
from ._version import __version__

__all__ = ["INSTRUCTIONS", "RelayMcp"]

log = logging.getLogger("relay_mcp")

INSTRUCTIONS = """\
Relay turns intent into action. Find an action with actions_list (actions_retrieve gives its \
input_schema), see what it would do with actions_preview, and run it with actions_execute, which \
takes the same action_id and params: relay-mcp previews it again and asks the human to confirm \
before anything runs. Every tool that changes something asks the human first; a result with \
code consent_declined, consent_cancelled or consent_required means nothing was done. Lists return \
one page: pass next_cursor as after while has_more is true."""

ToolResult = types.CallToolResult | types.InputRequiredResult


class RelayMcp:
    """relay-mcp for one Relay workspace (the client's API key).

    ``auto_confirm``: when the MCP client cannot ask the human (no elicitation), run side effects
    anyway instead of answering ``consent_required``. Off by default; never used for a client that can
    ask.
    """

    def __init__(
        self, client: AsyncRelay, *, auto_confirm: bool = False, tools: Sequence[Tool] = TOOLS
    ) -> None:
        self.client = client
        self.auto_confirm = auto_confirm
        self.tools = {tool.name: tool for tool in tools}
        self.ledger = ConsentLedger()
        self.rounds = PendingRounds()
        self.server: Server[Any] = Server(
            "relay-mcp",
            version=__version__,
            title="Relay",
            description="The Relay API as MCP tools: list, preview and — with a human's consent — execute actions.",
            instructions=INSTRUCTIONS,
            on_list_tools=self.list_tools,
            on_call_tool=self.call_tool,
        )

    # -- tools/list ----------------------------------------------------------------------------

    async def list_tools(
        self, ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[_describe(tool) for tool in self.tools.values()])

    # -- tools/call ----------------------------------------------------------------------------

    async def call_tool(
        self, ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> ToolResult:
        tool = self.tools.get(params.name)
        if tool is None:
            raise MCPError(types.INVALID_PARAMS, f"Unknown tool: {params.name}")
        arguments: Arguments = params.arguments or {}
        errors = argument_errors(tool, arguments)
        if errors:
            log.info("%s: invalid arguments (%d), nothing sent", tool.name, len(errors))
            return error_result(
                "invalid_arguments",
                f"{len(errors)} argument problem(s); nothing was sent to Relay.",
                errors=errors,
            )
        try:
            if not tool.needs_consent:
                response = await tool.call(self.client, arguments, AsyncRelay.generate_idempotency_key())
                log.info("%s: HTTP %s", tool.name, response.status_code)
                return ok_result(tool, response)[0]
            return await self._with_consent(ctx, params, tool, arguments)
        except (APIStatusError, APIConnectionError) as exc:
            status = getattr(exc, "status_code", "no response")
            log.info("%s: failed (%s, %s)", tool.name, status, getattr(exc, "code", type(exc).__name__))
            return problem_result(tool, exc, self.client.base_url)
        except Exception:  # a bug of ours: the model gets no traceback, the log does
            log.exception("%s: unexpected failure", tool.name)
            return error_result("internal_error", "relay-mcp failed unexpectedly; its log has the details.")

    async def _with_consent(
        self,
        ctx: ServerRequestContext[Any],
        params: types.CallToolRequestParams,
        tool: Tool,
        arguments: Arguments,
    ) -> ToolResult:
        call = fingerprint(tool, arguments, _session_scope(ctx))
        modern = ctx.protocol_version in MODERN_PROTOCOL_VERSIONS
        pending = self.rounds.take(params.request_state, call) if modern else None
        if pending is not None and pending.kind == "reveal" and pending.result is not None:
            log.info("%s: secret shown to the human; result released", tool.name)
            return pending.result.model_copy(
                update={
                    "content": [
                        _note("The new secret was shown to the human once, in their client."),
                        *pending.result.content,
                    ]
                }
            )
        consent = self.ledger.find(call)
        notes: list[str] = []
        if consent is not None:
            notes.append(
                f"Retry of the call consented to at {consent.when}: the same Idempotency-Key, so Relay "
                "returns the first result instead of running it again."
            )
        else:
            if pending is not None:  # the client's answer to our consent question (2026-07-28)
                confirmed = pending.confirmed
                decision = decide((params.input_responses or {}).get("consent"))
                how = "accepted"
            else:
                confirmed = await self._confirming(tool, arguments)
                asked = await self._ask(ctx, tool, arguments, call, confirmed)
                if isinstance(asked, (types.CallToolResult, types.InputRequiredResult)):
                    return asked
                decision, how = asked
            if decision != "accepted":
                log.info("%s: consent %s, nothing executed", tool.name, decision)
                return self._refusal(tool, decision, confirmed)
            consent = Consent.new(confirmed, how)
            self.ledger.record(call, consent)
            notes.append(
                "Auto-confirmed (relay-mcp runs with --auto-confirm and this client cannot ask the human)."
                if how == "auto-confirmed"
                else f"The human confirmed this at {consent.when}."
            )
        source = (
            consent.confirmed
            if tool.confirmation is not None and consent.confirmed is not None
            else arguments
        )
        response = await tool.call(self.client, source, consent.key)
        replayed = response.headers.get("idempotent-replayed") == "true"
        if replayed:
            notes.append("Relay replayed the stored result of this consented call: it ran once.")
        result, revealed = ok_result(tool, response, notes)
        log.info(
            "%s: HTTP %s after consent (%s)%s",
            tool.name,
            response.status_code,
            consent.how,
            " [replayed]" if replayed else "",
        )
        if revealed and not replayed:
            return await self._reveal(ctx, tool, call, result, revealed)
        return result

    async def _confirming(self, tool: Tool, arguments: Arguments) -> Mapping[str, Any] | None:
        """Run the operation confirming this one (the preview), if any: its body is what the human
        consents to, and what the confirmed call then reads."""
        if tool.confirmation is None:
            return None
        response = await tool.confirmation.call(self.client, arguments, AsyncRelay.generate_idempotency_key())
        body: Mapping[str, Any] = response.json()
        return body

    def _can_ask(self, ctx: ServerRequestContext[Any], modern: bool) -> bool:
        capabilities = ctx.session.client_capabilities
        elicitation = capabilities.elicitation if capabilities is not None else None
        # an empty elicitation capability means form mode (2025-06-18 clients)
        form = elicitation is not None and (elicitation.form is not None or elicitation.url is None)
        return form and (modern or ctx.session.can_send_request)

    async def _ask(
        self,
        ctx: ServerRequestContext[Any],
        tool: Tool,
        arguments: Arguments,
        call: str,
        confirmed: Mapping[str, Any] | None,
    ) -> tuple[Decision, str] | ToolResult:
        """The human's decision, or the result to return now (a question for the client's next
        round, or ``consent_required``)."""
        modern = ctx.protocol_version in MODERN_PROTOCOL_VERSIONS
        if not self._can_ask(ctx, modern):
            if self.auto_confirm:
                return "accepted", "auto-confirmed"
            log.info("%s: the client cannot ask the human; nothing executed", tool.name)
            return self._refusal(tool, "required", confirmed)
        question = consent_request(tool, arguments, self._shown(tool, confirmed))
        if modern:
            state = self.rounds.open(Pending(call, "consent", confirmed))
            return types.InputRequiredResult(
                input_requests={"consent": types.ElicitRequest(params=question)}, request_state=state
            )
        try:
            answer = await ctx.session.elicit_form(
                question.message, question.requested_schema, related_request_id=ctx.request_id
            )
        except MCPError as exc:  # the client failed to show it: no consent
            log.info("%s: elicitation failed (%s)", tool.name, exc.message)
            return "cancelled", "accepted"
        return decide(answer), "accepted"

    async def _reveal(
        self,
        ctx: ServerRequestContext[Any],
        tool: Tool,
        call: str,
        result: types.CallToolResult,
        revealed: Withheld,
    ) -> ToolResult:
        """Show the human, once, the secrets this consented call created; the model gets the result
        without them."""
        modern = ctx.protocol_version in MODERN_PROTOCOL_VERSIONS
        if not self._can_ask(ctx, modern):
            return _prepend(
                result,
                "This client cannot show the new secret to the human, so it is lost: revoke what was "
                "created and create it again where the secret can be shown (an MCP client with "
                "elicitation, the SDK or the CLI).",
            )
        question = reveal_request(tool, revealed)
        if modern:
            state = self.rounds.open(Pending(call, "reveal", result=result))
            return types.InputRequiredResult(
                input_requests={"reveal": types.ElicitRequest(params=question)}, request_state=state
            )
        try:
            await ctx.session.elicit_form(
                question.message, question.requested_schema, related_request_id=ctx.request_id
            )
        except MCPError as exc:
            log.info("%s: could not show the new secret (%s)", tool.name, exc.message)
            return _prepend(result, "The client failed to show the new secret to the human; it is lost.")
        return _prepend(result, "The new secret was shown to the human once, in their client.")

    def _shown(self, tool: Tool, confirmed: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
        """The confirming response as the human and the model may see it (no confirm token)."""
        if confirmed is None or tool.confirmation is None:
            return confirmed
        shown: Mapping[str, Any] = withhold(confirmed, tool.confirmation.withheld)[0]
        return shown

    def _refusal(
        self, tool: Tool, decision: str, confirmed: Mapping[str, Any] | None
    ) -> types.CallToolResult:
        extra: dict[str, Any] = {"executed": False}
        shown = self._shown(tool, confirmed)
        if shown is not None:
            extra["preview"] = shown
        if decision == "declined":
            return error_result("consent_declined", "The human declined: nothing was executed.", **extra)
        if decision == "cancelled":
            return error_result(
                "consent_cancelled", "The human dismissed the confirmation: nothing was executed.", **extra
            )
        return error_result(
            "consent_required",
            "This call needs a human's confirmation and this MCP client cannot ask for it (no "
            "elicitation support): nothing was executed. Show the human what it would do; they can run "
            "it from a client that supports elicitation (or start relay-mcp with --auto-confirm).",
            **extra,
        )


def _session_scope(ctx: ServerRequestContext[Any]) -> str:
    """The streamable-HTTP session of the call (``Mcp-Session-Id``), if any: consents are per session.
    stdio has one client per process; stateless 2026-07-28 HTTP has no session."""
    headers = getattr(ctx.request, "headers", None)
    scope = headers.get("mcp-session-id") if headers is not None else None
    return scope if isinstance(scope, str) else ""


def _note(text: str) -> types.TextContent:
    return types.TextContent(type="text", text=text)


def _prepend(result: types.CallToolResult, text: str) -> types.CallToolResult:
    return result.model_copy(update={"content": [_note(text), *result.content]})


def _describe(tool: Tool) -> types.Tool:
    return types.Tool(
        name=tool.name,
        title=tool.title,
        description=tool.description,
        input_schema=dict(tool.input_schema),
        output_schema=dict(tool.output_schema) if tool.output_schema is not None else None,
        annotations=types.ToolAnnotations(
            title=tool.title,
            read_only_hint=tool.read_only,
            destructive_hint=tool.destructive,
            idempotent_hint=tool.idempotent,
        ),
    )
