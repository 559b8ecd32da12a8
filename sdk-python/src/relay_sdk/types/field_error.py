# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 d247bd318689de0522bda1bd8b00d54c27caad56b0c60c76d6e17240e9c1b670

"""``FieldError`` is defined by the SDK runtime (``relay_sdk._exceptions``): one class, also
``relay_sdk.FieldError``."""

from .._exceptions import FieldError

__all__ = ["FieldError"]
