# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
from typing import Literal, cast

Colour = Literal["blue", "green", "red"]

COLOUR_VALUES: frozenset[str] = frozenset(
    {
        "blue",
        "green",
        "red",
    }
)


def check_colour(value: str) -> Colour:
    # Lenient on purpose: a value added to the API later must not break older SDKs.
    return cast(Colour, value)
