"""How names are spelled in each language the generator writes (one place for every target)."""

from __future__ import annotations

import keyword
import re


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


def kebab_case(name: str) -> str:
    return "-".join(p for p in snake_case(name).split("_") if p)


def python_argument(name: str) -> str:
    """The Python SDK's argument for a wire name (a body field, a parameter): snake_case, with a
    trailing ``_`` when it is a keyword (``class`` → ``class_``) or ``self``."""
    out = snake_case(name).lstrip("_") or "_"
    if keyword.iskeyword(out) or out == "self":
        out += "_"
    return out


_NOT_WORD = re.compile(r"\W")
_PASCAL_IDENTIFIER = re.compile(r"^[A-Z][A-Za-z0-9]*$")


def python_identifier(value: str) -> str:
    """A Python identifier for a value (an enum member's name): non-word characters become ``_``, and a
    leading ``_`` is added when it would start with a digit or be a keyword."""
    name = _NOT_WORD.sub("_", value)
    if not name or name[0].isdigit() or keyword.iskeyword(name):
        name = f"_{name}"
    return name


def is_pascal_identifier(name: str) -> bool:
    """``PascalCase`` with letters and digits only: a name every generator keeps as it is."""
    return _PASCAL_IDENTIFIER.match(name) is not None
