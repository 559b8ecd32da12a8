# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e

"""``FieldError`` is defined by the SDK runtime (``relay_sdk._exceptions``): one class, also
``relay_sdk.FieldError``."""

from .._exceptions import FieldError

__all__ = ["FieldError"]
