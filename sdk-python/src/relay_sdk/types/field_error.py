# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 6fd1f99f74959a0c3664009328cfa9b1e26622f7a8ca85c012b01e7fa40624e2

"""``FieldError`` is defined by the SDK runtime (``relay_sdk._exceptions``): one class, also
``relay_sdk.FieldError``."""

from .._exceptions import FieldError

__all__ = ["FieldError"]
