"""Install instructions that would fetch someone else's package.

Public PyPI's ``relay-sdk`` is an unrelated project, so no page may show a ``pip install`` of a Relay
package by bare name: every such command in a fenced code block must name the index (``--index-url``)
or install a file or directory (a wheel, ``./server``). ``--extra-index-url`` is never acceptable for
them: pip would take the highest version across indexes.
"""

from __future__ import annotations

import re

RELAY_PACKAGES = ("relay-sdk", "relay-server", "relay-contract", "relay-codegen")
_PIP = re.compile(r"\bpip3?\s+install\b")
_NAME = re.compile(
    r"(?<![\w./-])[\"']?(" + "|".join(RELAY_PACKAGES) + r")(\[[\w,]+\])?([=<>!~]=?[^\s\"']*)?[\"']?(?=\s|$)"
)


def bad_install_lines(markdown: str) -> list[str]:
    """The lines of fenced code blocks that ``pip install`` a Relay package from the default index."""
    bad: list[str] = []
    fenced = False
    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced or not _PIP.search(line):
            continue
        command = line.split("#", 1)[0]  # a shell comment may mention anything
        from_default_index = "--index-url" not in command and " -i " not in command
        if "--extra-index-url" in command or (_NAME.search(command) and from_default_index):
            bad.append(stripped)
    return bad
