"""The at-rest cipher: AES-256-GCM blobs, earlier versions' Fernet tokens still readable, key rotation."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest
from cryptography.fernet import Fernet

from relay_server.cipher import BLOB_PREFIX, Cipher, Undecryptable, is_encrypted

SECRET = b"whsec_c2VjcmV0LXNpZ25pbmcta2V5LWZvci10ZXN0cw=="


def test_a_blob_round_trips_and_hides_what_it_holds() -> None:
    cipher = Cipher(Fernet.generate_key())
    blob = cipher.encrypt(SECRET)
    assert blob.startswith(BLOB_PREFIX) and is_encrypted(blob)
    assert b"whsec_" not in blob
    assert cipher.decrypt(blob) == SECRET
    assert cipher.encrypt(SECRET) != blob  # a fresh nonce each time
    assert cipher.decrypt_text(cipher.encrypt_text("héllo")) == "héllo"
    assert cipher.decrypt_json(cipher.encrypt_json({"a": [1, "x"]})) == {"a": [1, "x"]}


def test_an_earlier_versions_fernet_token_still_decrypts() -> None:
    key = Fernet.generate_key()
    token = Fernet(key).encrypt(SECRET)
    assert is_encrypted(token)
    assert Cipher(key).decrypt(token) == SECRET


def test_a_fallback_key_decrypts_what_it_encrypted() -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    blob, token = Cipher(old).encrypt(SECRET), Fernet(old).encrypt(SECRET)
    rotated = Cipher(new, old)
    assert rotated.decrypt(blob) == SECRET and rotated.decrypt(token) == SECRET
    with pytest.raises(Undecryptable):
        Cipher(old).decrypt(rotated.encrypt(SECRET))  # new blobs use the first key


def _flip_last_bit(encoded: bytes) -> bytes:
    raw = bytearray(base64.urlsafe_b64decode(encoded))
    raw[-1] ^= 1
    return base64.urlsafe_b64encode(bytes(raw))


@pytest.mark.parametrize(
    "mangle",
    [
        lambda b: BLOB_PREFIX + _flip_last_bit(b[len(BLOB_PREFIX) :]),  # a changed tag
        lambda b: b[: len(BLOB_PREFIX) + 10],  # cut short
        lambda b: BLOB_PREFIX + b"!!not base64!!",
        lambda b: b"plain text",
    ],
)
def test_a_tampered_or_foreign_blob_is_undecryptable(mangle: Callable[[bytes], bytes]) -> None:
    cipher = Cipher(Fernet.generate_key())
    with pytest.raises(Undecryptable):
        cipher.decrypt(mangle(cipher.encrypt(SECRET)))
    with pytest.raises(Undecryptable):
        cipher.decrypt(Cipher(Fernet.generate_key()).encrypt(SECRET))  # another server's key
