"""The public names of relay_mcp (everything else is private: ``_*`` modules)."""

import relay_mcp


def test_public_names() -> None:
    assert sorted(relay_mcp.__all__) == [
        "Confirmation",
        "INSTRUCTIONS",
        "RelayMcp",
        "Tool",
        "__version__",
        "main",
    ]
    for name in relay_mcp.__all__:
        assert getattr(relay_mcp, name) is not None
