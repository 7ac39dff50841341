"""The encrypted case-file container (`.permitcase`).

Layout of format version 1 (all integers big-endian):

    offset  size  field
         0     8  MAGIC  b"\\x89PCF\\r\\n\\x1a\\n"  (binary, catches text-mode copying)
         8     2  format version (1)
        10     1  key derivation: 1 = scrypt from a passphrase, 2 = HKDF from a 32-byte key
        11     1  scrypt log2(n)   (0 for HKDF)
        12     1  scrypt r         (0 for HKDF)
        13     1  scrypt p         (0 for HKDF)
        14    16  salt (random per save)
        30    12  nonce (random per save)
        42    16  key check: the second half of the derived key material
        58     …  AES-256-GCM ciphertext of the case JSON (UTF-8) with its 16-byte tag;
                  bytes 0..57 (the header) are the associated data
    end-32    32  SHA-256 of every byte before it

Three things hold in every version, so that a reader can tell problems apart: the magic, the
version field right after it, and the trailing SHA-256. The checksum separates accidental damage
(truncation, a flipped bit: "damaged") from a wrong passphrase; the key check separates a wrong
passphrase from a file whose checksum was recomputed after tampering (then AES-GCM's tag fails:
"altered"). The key check reveals nothing an attacker could not learn by trying to decrypt, which
the authenticated ciphertext allows anyway; guessing is slowed by scrypt.

The key derivation yields 64 bytes: the first 32 are the AES key, the next 16 are the key check.
Passphrases are normalised to Unicode NFC before encoding as UTF-8, so the same passphrase typed
on Windows, macOS and Linux opens the file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from .errors import (
    DamagedCaseFileError,
    NewerCaseFileError,
    NotACaseFileError,
    PassphraseCancelledError,
    PassphraseError,
    WrongPassphraseError,
)

MAGIC = b"\x89PCF\r\n\x1a\n"
FORMAT_VERSION = 1
FILE_SUFFIX = ".permitcase"

KDF_SCRYPT = 1
KDF_RAW_KEY = 2

_FIXED = struct.Struct(">8sHBBBB")  # magic, version, kdf, log2n, r, p
SALT_SIZE = 16
NONCE_SIZE = 12
CHECK_SIZE = 16
TAG_SIZE = 16
DIGEST_SIZE = 32
HEADER_SIZE = _FIXED.size + SALT_SIZE + NONCE_SIZE + CHECK_SIZE  # 58
KEY_SIZE = 32
MIN_PASSPHRASE_LENGTH = 8

# Fixed bounds, checked before any work, so that an altered header cannot make the program work
# for minutes or ask for gigabytes: scrypt's memory (128 * r * 2**log2_n) at most what this
# program's own files use (64 MiB), its work (memory times p) at most twice that; a file at most
# MAX_FILE_BYTES (a case file is far smaller).
_MAX_SCRYPT_MEMORY = 64 << 20
_MAX_SCRYPT_WORK = 128 << 20
MAX_FILE_BYTES = 32 << 20
_HKDF_INFO = b"permit-assistant draft key v1"


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost: memory is 128 * r * 2**log2_n bytes (64 MiB by default)."""

    log2_n: int = 16
    r: int = 8
    p: int = 1

    def validate(self) -> None:
        if not (1 <= self.log2_n <= 20 and 1 <= self.r <= 32 and 1 <= self.p <= 16):
            raise ValueError(f"scrypt parameters out of range: {self}")
        memory = 128 * self.r * (1 << self.log2_n)
        if memory > _MAX_SCRYPT_MEMORY or memory * self.p > _MAX_SCRYPT_WORK:
            raise ValueError(f"scrypt parameters cost more than this program accepts: {self}")


# Production default: 64 MiB, 0.3-0.5 s here (benchmarks/casefile_crypto.py). Tests pass
# cheaper parameters explicitly; nothing in the program does.
DEFAULT_PARAMS = ScryptParams()


def _passphrase_bytes(passphrase: str) -> bytes:
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not text, read with surrogate escapes
        raise PassphraseError(
            "the passphrase holds bytes that are not UTF-8 text; type it again in a terminal or "
            "a file set to UTF-8"
        ) from None


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise PassphraseError if a passphrase for a *new* file is unusable."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseError(
            f"the passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters; a few "
            "words you can remember work well"
        )
    if repeated is not None and _passphrase_bytes(passphrase) != _passphrase_bytes(repeated):
        raise PassphraseError("the two passphrases are not the same; please type them again")


# `cryptography` is imported where a key is derived or a file sealed or opened: reading a plain
# case file (the form filler, the checker) does not load it.


def _derive(kdf: int, secret: bytes, salt: bytes, params: ScryptParams | None) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if kdf == KDF_SCRYPT:
        if params is None:
            raise ValueError("scrypt needs its parameters")
        return Scrypt(salt=salt, length=KEY_SIZE + CHECK_SIZE, n=1 << params.log2_n,
                      r=params.r, p=params.p).derive(secret)
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE + CHECK_SIZE, salt=salt,
                info=_HKDF_INFO).derive(secret)


def _seal(kdf: int, secret: bytes, plaintext: bytes, params: ScryptParams | None) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(SALT_SIZE)
    nonce = os.urandom(NONCE_SIZE)
    material = _derive(kdf, secret, salt, params)
    key, check = material[:KEY_SIZE], material[KEY_SIZE:]
    if params is None:
        log2_n = r = p = 0
    else:
        log2_n, r, p = params.log2_n, params.r, params.p
    header = _FIXED.pack(MAGIC, FORMAT_VERSION, kdf, log2_n, r, p) + salt + nonce + check
    body = header + AESGCM(key).encrypt(nonce, plaintext, header)
    return body + hashlib.sha256(body).digest()


def encrypt_bytes(
    plaintext: bytes, passphrase: str, params: ScryptParams = DEFAULT_PARAMS
) -> bytes:
    """Encrypt with a passphrase (scrypt + AES-256-GCM). Does not judge the passphrase's strength;
    call `check_new_passphrase` for that when a person chooses one."""
    params.validate()
    if not passphrase:
        raise PassphraseError("an empty passphrase cannot protect a case file; please enter one")
    return _seal(KDF_SCRYPT, _passphrase_bytes(passphrase), plaintext, params)


def encrypt_with_key(plaintext: bytes, key: bytes) -> bytes:
    """Encrypt with a random 32-byte key (drafts in personal mode; no passphrase involved)."""
    if len(key) != KEY_SIZE:
        raise ValueError("the draft key must be 32 bytes")
    return _seal(KDF_RAW_KEY, key, plaintext, None)


def is_encrypted(data: bytes) -> bool:
    """True if `data` starts like a `.permitcase` file (whatever its name)."""
    return data.startswith(MAGIC)


SecretSource = Callable[[int], bytes | None]


def _open(data: bytes, secret_for: SecretSource, source: str) -> bytes:
    if not data or (len(data) < len(MAGIC) and MAGIC.startswith(data)):
        raise DamagedCaseFileError(
            f"{source}: the file is empty or cut off (perhaps saving or copying was interrupted); "
            "open an earlier copy of the case file"
        )
    if not data.startswith(MAGIC):
        raise NotACaseFileError(
            f"{source}: this is not an encrypted case file of the residence-permit assistant; "
            "choose a .permitcase or .json case file"
        )
    if len(data) > MAX_FILE_BYTES:
        raise NotACaseFileError(
            f"{source}: this file is far too large to be a case file; choose the case file"
        )
    if len(data) < _FIXED.size + DIGEST_SIZE:
        raise DamagedCaseFileError(
            f"{source}: the file is cut off (it is too short to be a case file; perhaps saving or "
            "copying was interrupted); open an earlier copy of the case file"
        )
    body, digest = data[:-DIGEST_SIZE], data[-DIGEST_SIZE:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), digest):
        raise DamagedCaseFileError(
            f"{source}: the file is damaged or incomplete (its checksum does not match; perhaps "
            "it was cut off or changed while copying); open an earlier copy of the case file"
        )
    _, version, kdf, log2_n, r, p = _FIXED.unpack_from(body)
    if version > FORMAT_VERSION:
        raise NewerCaseFileError(
            f"{source}: this case file was written by a newer version of the program (file "
            f"format {version}; this program reads up to {FORMAT_VERSION}); please update the "
            "program to open it"
        )
    if version < 1 or len(body) < HEADER_SIZE + TAG_SIZE:
        raise DamagedCaseFileError(
            f"{source}: the file's header is damaged; open an earlier copy of the case file"
        )
    params: ScryptParams | None = None
    if kdf == KDF_SCRYPT:
        params = ScryptParams(log2_n, r, p)
        try:
            params.validate()
        except ValueError:
            raise DamagedCaseFileError(
                f"{source}: the file's encryption settings are not valid (the file was altered "
                "or damaged); open an earlier copy of the case file"
            ) from None
    elif kdf != KDF_RAW_KEY or (log2_n, r, p) != (0, 0, 0):
        raise DamagedCaseFileError(
            f"{source}: the file's encryption settings are not known; open an earlier copy of the "
            "case file"
        )
    secret = secret_for(kdf)
    if secret is None:
        if kdf == KDF_RAW_KEY:
            raise WrongPassphraseError(
                f"{source}: this file is an automatic draft protected by a key of this computer's "
                "user account, not by a passphrase; it can be opened only by the program on the "
                "account that saved it"
            )
        raise WrongPassphraseError(
            f"{source}: this case file is protected by a passphrase; enter the passphrase "
            "chosen when it was saved"
        )
    header = body[:HEADER_SIZE]
    salt = header[_FIXED.size:_FIXED.size + SALT_SIZE]
    nonce = header[_FIXED.size + SALT_SIZE:_FIXED.size + SALT_SIZE + NONCE_SIZE]
    check = header[_FIXED.size + SALT_SIZE + NONCE_SIZE:HEADER_SIZE]
    try:
        material = _derive(kdf, secret, salt, params)
    except MemoryError:
        raise DamagedCaseFileError(
            f"{source}: there is not enough free memory to open this file; close other programs "
            "and try again"
        ) from None
    key = material[:KEY_SIZE]
    if not hmac.compare_digest(material[KEY_SIZE:], check):
        if kdf == KDF_RAW_KEY:
            raise WrongPassphraseError(
                f"{source}: this draft was protected with another key (the key file of this user "
                "account was replaced or removed); the draft cannot be recovered"
            )
        raise WrongPassphraseError(
            f"{source}: the passphrase is not correct; check the spelling, the keyboard layout "
            "and Caps Lock, and try again"
        )
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, body[HEADER_SIZE:], header)
    except InvalidTag:
        raise DamagedCaseFileError(
            f"{source}: the file has been altered since it was saved, so it cannot be trusted; "
            "open an earlier copy of the case file"
        ) from None


PassphraseProvider = Callable[[], str | None]


def decrypt_bytes(
    data: bytes, passphrase: str | PassphraseProvider | None, source: str = "case file"
) -> bytes:
    """Decrypt a `.permitcase` file. Raises a CaseFileError subclass naming the problem:
    NotACaseFileError, DamagedCaseFileError, NewerCaseFileError or WrongPassphraseError.

    `passphrase` may be a callable (a dialog, a terminal prompt): it is called only after the file
    has been checked to be whole and readable by this version, so a damaged or newer file is
    reported without asking for a passphrase first. If it returns None the person cancelled:
    PassphraseCancelledError.
    """

    def secret_for(kdf: int) -> bytes | None:
        if kdf != KDF_SCRYPT or passphrase is None:
            return None
        value = passphrase() if callable(passphrase) else passphrase
        if value is None:
            raise PassphraseCancelledError(f"{source}: not opened (no passphrase was entered)")
        return _passphrase_bytes(value)

    return _open(data, secret_for, source)


def decrypt_with_key(data: bytes, key: bytes, source: str = "draft") -> bytes:
    """Decrypt a draft written by `encrypt_with_key`."""
    return _open(data, lambda kdf: key if kdf == KDF_RAW_KEY else None, source)

