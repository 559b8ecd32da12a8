"""What a handler gets besides its typed inputs: the request's context (:class:`Ctx`).

A handler is ``async def op(ctx: Ctx, *, path=…, query=…, headers=…, body=…) -> <response type>``: it
takes the keyword arguments its operation has, typed with the generated TypedDicts of the route table
(``models.ActionsPreviewPath``, ``models.PreviewRequest``…), and returns the operation's success body
(``models.Preview``), which the pipeline serializes with the operation's success status. An operation
whose success is not JSON (a stream, a file) returns a starlette ``Response``; ``tests/test_handlers.py``
holds every registered handler to its operation's generated types.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from relay_server._generated.routes import OperationSpec
from relay_server.keys import Principal
from relay_server.services import Services


@dataclass
class Ctx:
    request: Request
    services: Services
    op: OperationSpec
    request_id: str
    principal: Principal | None = None
    #: the validated inputs, as the pipeline keeps them (audit, idempotency fingerprint); handlers get
    #: them as typed keyword arguments
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    idempotency_key: str | None = None
    execution_began: bool = False
    #: the execution the request began (its response is that execution: replays rebuild it from the record)
    execution_id: str | None = None
    audit_target: str | None = None
    audit_metadata: dict[str, Any] = field(default_factory=dict)
    audit: bool = True
    #: a status other than the operation's success status for the returned body (``/ready``'s 503)
    status: int | None = None
    #: headers to add to the response of the returned body
    response_headers: dict[str, str] = field(default_factory=dict)

    @property
    def workspace_id(self) -> str:
        assert self.principal is not None
        return self.principal.workspace_id

    async def began(self, execution_id: str) -> None:
        """Marks that execution ``execution_id`` began: from now on the idempotent response is stored
        whatever happens, and the key refers to the execution (its replay is rebuilt from it).

        Call it inside the transaction that starts the execution so the mark is atomic with it.
        """
        self.execution_began = True
        self.execution_id = execution_id
        if self.idempotency_key is not None:
            await self.services.idempotency.mark_executing(
                self.workspace_id, self.idempotency_key, execution_id
            )


#: a registered handler (each has its own signature; ``tests/test_handlers.py`` checks them)
Handler = Callable[..., Awaitable[object]]

#: whether a stored response of the operation may still be replayed: ``(services, workspace_id, stored
#: JSON body) -> None`` (yes) or the reason it may not (the 409 ``conflict`` detail)
ReplayGuard = Callable[[Services, str, Any], Awaitable[str | None]]
