# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73

"""``FieldError`` is defined by the SDK runtime (``relay_sdk._exceptions``): one class, also
``relay_sdk.FieldError``."""

from .._exceptions import FieldError

__all__ = ["FieldError"]
