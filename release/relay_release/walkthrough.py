"""Docs as a reader runs them: the fenced blocks of a page, in order, with what tells how to run each.

A block is a fenced code block (also inside a content tab, indented by four spaces). Its ``title=""``
attribute (shown by the docs site above the block) says what a reader does with it:

* ``title="Terminal 1 — leave it running"``, ``title="Terminal 2"``: commands typed in that terminal;
  a terminal whose title says *leave it running* ends with a command that keeps running (a server);
* ``title="quickstart.py"``: a file the reader saves in the current folder of the terminal;
* no title: output shown for reading (``text``) or a snippet the page does not ask to run.

``--8<-- "path"`` lines (pymdownx.snippets) are replaced by the file they include, as on the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from relay_release.packages import ROOT

SNIPPET_BASES = (ROOT / "docs" / "samples", ROOT)  # mkdocs.yml: pymdownx.snippets base_path
_FENCE = re.compile(r'^(?P<indent> *)```(?P<lang>[\w+-]*)(?:\s+title="(?P<title>[^"]*)")?\s*$')
_TAB = re.compile(r'^=== "(?P<label>[^"]+)"\s*$')
_SNIPPET = re.compile(r'^--8<-- "(?P<path>[^":]+)(?::(?P<start>\d*):?(?P<end>\d*))?"\s*$')


@dataclass(frozen=True)
class Block:
    lang: str
    title: str
    code: str
    tab: str  # the content tab the block sits in ("Python"), "" outside tabs

    @property
    def terminal(self) -> str:
        """``Terminal 1``, ``Terminal 2``… when the reader types it in a terminal, else ``""``."""
        match = re.match(r"Terminal \d+", self.title)
        return match.group(0) if match else ""

    @property
    def keeps_running(self) -> bool:
        return "leave it running" in self.title

    @property
    def file_name(self) -> str:
        """The file the reader saves it as, when the title is a file name."""
        return self.title if re.fullmatch(r"[\w.-]+\.\w+", self.title) else ""


def blocks(markdown: str) -> list[Block]:
    out: list[Block] = []
    tab = ""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        tab_match = _TAB.match(line)
        if tab_match:
            tab = tab_match.group("label")
        elif line and not line.startswith(" ") and not line.startswith("```"):
            tab = ""  # unindented prose: out of the tabs
        fence = _FENCE.match(line)
        if fence is None:
            i += 1
            continue
        indent = len(fence.group("indent"))
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][indent:])
            i += 1
        i += 1
        code = "\n".join(_resolve(b) for b in body) + "\n"
        out.append(Block(fence.group("lang"), fence.group("title") or "", code, tab if indent else ""))
    return out


def _resolve(line: str) -> str:
    match = _SNIPPET.match(line.strip())
    if match is None:
        return line
    for base in SNIPPET_BASES:
        path = base / match.group("path")
        if path.is_file():
            included = path.read_text(encoding="utf-8").splitlines()
            start = int(match.group("start") or 1) - 1
            end = int(match.group("end")) if match.group("end") else len(included)
            return "\n".join(included[start:end])
    raise FileNotFoundError(f"--8<-- {match.group('path')}: no such file under {SNIPPET_BASES}")


def page(path: Path) -> list[Block]:
    return blocks(path.read_text(encoding="utf-8"))
