"""How values and text are written in each language the generator outputs.

Literals and escaping only, one function per need, shared by every target and registered as Jinja
filters (:func:`relay_codegen.render.make_environment`): templates lay files out, these make values
and spec prose safe to place in them. Deterministic: mapping order is kept, nothing depends on time.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

# -- Python ----------------------------------------------------------------------------------------


def py_literal(value: Any, indent: int = 0, step: int = 4) -> str:
    """Render JSON-like data as a Python literal, deterministically (mapping order kept).

    Short values stay on one line; longer ones break one item per line with trailing commas
    (the layout ruff format produces).
    """
    flat = _flat(value)
    if len(flat) + indent <= 88 or not isinstance(value, (dict, list, tuple)) or not value:
        return flat
    pad = " " * (indent + step)
    close = " " * indent
    if isinstance(value, dict):
        items = [f"{pad}{_flat(str(k))}: {py_literal(v, indent + step, step)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{close}}}"
    items = [f"{pad}{py_literal(v, indent + step, step)}," for v in value]
    open_, end = ("(", ")") if isinstance(value, tuple) else ("[", "]")
    return open_ + "\n" + "\n".join(items) + f"\n{close}{end}"


def _flat(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flat(str(k))}: {_flat(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        if len(value) == 1:
            return f"({_flat(value[0])},)"
        return "(" + ", ".join(_flat(v) for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    raise TypeError(f"cannot render {type(value).__name__} as a Python literal")


def py_docstring(text: str) -> str:
    """Text fit for a Python triple-quoted docstring (backslashes and triple quotes escaped)."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


# -- TypeScript / JavaScript -----------------------------------------------------------------------

TS_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def ts_string(value: str) -> str:
    """A double-quoted TypeScript/JavaScript string literal."""
    return json.dumps(value, ensure_ascii=False)


def ts_key(name: str) -> str:
    """An object key or property name: bare when it is an identifier, else quoted."""
    return name if TS_IDENTIFIER.match(name) else ts_string(name)


def ts_literal(value: Any, indent: int = 0) -> str:
    """JSON-like data as a TypeScript literal: one line when short, else one item per line."""
    flat = _ts_flat(value)
    if len(flat) + indent <= 80 or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 2)
    close = " " * indent
    if isinstance(value, dict):
        items = [f"{pad}{ts_key(k)}: {ts_literal(v, indent + 2)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{close}}}"
    items = [f"{pad}{ts_literal(v, indent + 2)}," for v in value]
    return "[\n" + "\n".join(items) + f"\n{close}]"


def _ts_flat(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{ts_key(k)}: {_ts_flat(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_ts_flat(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def ts_template_text(text: str) -> str:
    """Literal text inside a TypeScript template literal (backslash, backtick and ``${`` escaped)."""
    return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")


def jsdoc(text: str | None, indent: str = "") -> str:
    """A JSDoc block (newline-terminated), or "" when there is no text."""
    if not text or not text.strip():
        return ""
    lines = [ln.rstrip().replace("*/", "*\\/") for ln in text.strip().splitlines()]
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */\n"
    body = "".join(f"{indent} *{' ' + ln if ln else ''}\n" for ln in lines)
    return f"{indent}/**\n{body}{indent} */\n"


def js_json(value: Any) -> str:
    """JSON data as a JavaScript expression (sorted keys: deterministic)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def json_pretty(value: Any) -> str:
    """JSON data pretty-printed (two-space indent, sorted keys): JSON and JavaScript alike."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


def js_pointer(pointer: str, root: str) -> str:
    """A JSON pointer as a JavaScript access expression: ``/data/0/id`` → ``root["data"][0]["id"]``."""
    out = root
    for part in pointer_tokens(pointer):
        out += f"[{part}]" if part.isdigit() else f"[{json.dumps(part)}]"
    return out


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of a JSON pointer (RFC 6901)."""
    return [raw.replace("~1", "/").replace("~0", "~") for raw in pointer.split("/")[1:]]


# -- Markdown ------------------------------------------------------------------------------------

CODE_SPAN = re.compile(r"(`[^`]*`)")


def md_text(text: str) -> str:
    """Spec prose as Markdown: ``<`` and ``>`` outside code spans are text, not HTML tags."""
    parts = CODE_SPAN.split(text)
    return "".join(
        part if i % 2 else part.replace("<", "&lt;").replace(">", "&gt;") for i, part in enumerate(parts)
    )


def md_cell(text: str | None) -> str:
    """Text fit for one Markdown table cell (one line, ``|`` escaped)."""
    if not text:
        return ""
    return md_text(" ".join(text.split())).replace("|", "\\|")


def md_wrap_code(text: str) -> str:
    """A code span for a narrow table cell (a path, a dotted SDK name, a media type): HTML ``<code>``
    whose segments (each ending in ``/`` or ``.``) never break inside (``/prev iew``, ``webhook-
    endpoints``), with a break opportunity (``<wbr>``) between them; the site's CSS keeps segments whole."""
    segments = re.findall(r"[^/.]*[/.]|[^/.]+$", text)
    spans = (f'<span class="relay-seg">{html.escape(seg, quote=False)}</span>' for seg in segments if seg)
    return '<code class="relay-wrap">' + "<wbr>".join(spans) + "</code>"


def md_code(text: str) -> str:
    """A Markdown code span (for names and values without backticks)."""
    return f"`{text}`"


def code_spans(text: str) -> list[str]:
    """The contents of the code spans of a Markdown text, in order."""
    return [span[1:-1] for span in CODE_SPAN.findall(text)]


# -- shell ----------------------------------------------------------------------------------------


def shell_quote(text: str) -> str:
    """A single-quoted POSIX shell word."""
    return "'" + text.replace("'", "'\\''") + "'"
