"""rewrite_model's hoisting of openapi-python-client's function-local model imports."""

from __future__ import annotations

import ast
import textwrap

from relay_codegen.targets.python_sdk import HOISTED_IMPORTS_COMMENT, hoist_lazy_imports

MODEL = textwrap.dedent(
    """\
    from __future__ import annotations

    from typing import TYPE_CHECKING, Any

    if TYPE_CHECKING:
      from .part import Part
    {extra}

    class Gadget:
        def to_dict(self) -> dict[str, Any]:
            from .part import Part # noqa: PLC0415
            return {{"parts": [p.to_dict() for p in self.parts if isinstance(p, Part)]}}

        @classmethod
        def from_dict(cls, d: Any) -> Gadget:
            from .part import Part # noqa: PLC0415
            from .owner import Owner # noqa: PLC0415
            return cls([Part.from_dict(p) for p in d["parts"]], Owner.from_dict(d["owner"]))
    """
)


def test_model_imports_move_to_the_module_end_once() -> None:
    out = hoist_lazy_imports(MODEL.format(extra=""))
    ast.parse(out)
    assert "PLC0415" not in out and "if TYPE_CHECKING:" not in out
    tail = out.split(HOISTED_IMPORTS_COMMENT + "\n", 1)[1]
    assert tail == "from .owner import Owner  # noqa: E402\nfrom .part import Part  # noqa: E402\n"


def test_a_type_checking_block_with_other_imports_is_kept() -> None:
    out = hoist_lazy_imports(MODEL.format(extra="  from .other import Other, Another"))
    ast.parse(out)  # never half a block left indented at module level
    assert "if TYPE_CHECKING:\n  from .part import Part\n  from .other import Other, Another\n" in out
    assert out.endswith("from .part import Part  # noqa: E402\n")


def test_a_model_without_model_references_is_unchanged() -> None:
    source = "from __future__ import annotations\n\n\nclass Plain:\n    pass\n"
    assert hoist_lazy_imports(source) == source
