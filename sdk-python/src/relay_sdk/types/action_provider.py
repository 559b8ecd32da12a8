# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
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
