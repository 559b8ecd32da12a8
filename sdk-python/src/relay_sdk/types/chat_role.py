# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f4c210593995f0941541561a6c86e1b30f6c9794bfe7a89de6395f8d0f8169aa
from typing import Literal, cast

ChatRole = Literal["assistant", "user"]

CHAT_ROLE_VALUES: frozenset[str] = frozenset(
    {
        "assistant",
        "user",
    }
)


def check_chat_role(value: str) -> ChatRole:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(ChatRole, value)
