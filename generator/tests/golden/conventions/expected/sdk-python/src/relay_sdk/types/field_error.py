# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""``FieldError`` is defined by the SDK runtime (``relay_sdk._exceptions``): one class, also
``relay_sdk.FieldError``."""

from .._exceptions import FieldError

__all__ = ["FieldError"]
