"""The Jinja environment shared by every target: templates under ``templates/``, with the
deterministic filters of :mod:`relay_codegen.syntax` and :mod:`relay_codegen.names`."""

from __future__ import annotations

import json

import jinja2

from relay_codegen import syntax
from relay_codegen.names import camel_case, pascal_case, snake_case
from relay_codegen.syntax import py_literal


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
    env.filters["py_docstring"] = syntax.py_docstring
    env.filters["ts_string"] = syntax.ts_string
    env.filters["ts_key"] = syntax.ts_key
    env.filters["ts_literal"] = syntax.ts_literal
    env.filters["jsdoc"] = syntax.jsdoc
    env.filters["js_json"] = syntax.js_json
    env.filters["js_pointer"] = syntax.js_pointer
    env.filters["json_pretty"] = syntax.json_pretty
    env.filters["md_text"] = syntax.md_text
    env.filters["md_wrap_code"] = syntax.md_wrap_code
    env.filters["md_cell"] = syntax.md_cell
    env.filters["md_code"] = syntax.md_code
    env.filters["shell_quote"] = syntax.shell_quote
    env.filters["snake"] = snake_case
    env.filters["camel"] = camel_case
    env.filters["pascal"] = pascal_case
    env.filters["json"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)
    return env
