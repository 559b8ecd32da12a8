"""Every SQL statement of the server, one module per resource (or aggregate): plain ``sqlite3``.

Store functions take the :class:`~relay_server.db.Database` and plain values, and return API objects
(the generated TypedDicts), rows or plain values — never a cursor. A caller that needs several calls to
be atomic wraps them in ``with db.transaction():`` (each thread has one connection, so the calls join
the transaction). A later backend (PostgreSQL) implements these same functions; nothing outside this
package writes SQL (the schema itself is :mod:`relay_server.migrations`).
"""
