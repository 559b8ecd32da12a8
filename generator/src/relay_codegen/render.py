"""The Jinja environment shared by every target, with deterministic filters."""

from __future__ import annotations

import json
import keyword
import re
from typing import Any

import jinja2


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


def snake_case(name: str) -> str:
    s = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = s.strip("_").lower()
    if not s or s[0].isdigit() or keyword.iskeyword(s):
        s = f"_{s}"
    return s


def camel_case(name: str) -> str:
    parts = [p for p in re.split(r"[^0-9a-zA-Z]+", snake_case(name)) if p]
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) if parts else name


def pascal_case(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9a-zA-Z]+", name) if p)


def make_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("relay_codegen", "templates"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["py"] = py_literal
    env.filters["snake"] = snake_case
    env.filters["camel"] = camel_case
    env.filters["pascal"] = pascal_case
    env.filters["json"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)
    return env
