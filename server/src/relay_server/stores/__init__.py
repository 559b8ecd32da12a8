"""Every SQL statement of the server, one module per resource (or aggregate), for both engines.

Store functions are coroutines taking the :class:`~relay_server.db.Database` and plain values; they
return API objects (the generated TypedDicts), rows or plain values — never a cursor. A caller that needs
several calls to be atomic wraps them in ``async with db.transaction():`` (the calls join it). The SQL is
written once where SQLite and PostgreSQL agree (``INSERT … ON CONFLICT``, ``RETURNING``, ``CASE``) and
per engine (``db.dialect``) where they do not: the delivery claim, the audit export. Nothing outside this
package writes SQL (the schema itself is :mod:`relay_server.migrations`, the connections :mod:`relay_server.db`).
"""
