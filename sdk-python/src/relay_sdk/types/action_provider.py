# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
from typing import Literal, cast

ActionProvider = Literal["google", "independent", "microsoft"]

ACTION_PROVIDER_VALUES: frozenset[str] = frozenset(
    {
        "google",
        "independent",
        "microsoft",
    }
)


def check_action_provider(value: str) -> ActionProvider:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ActionProvider, value)
