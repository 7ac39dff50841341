"""Encrypted case files: round trip, distinct errors, and fuzzing of the loader and decryptor."""

from __future__ import annotations

import hashlib
import json
import tempfile
import unicodedata
from pathlib import Path

import pytest
from conftest import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant import crypto
from assistant.casefile import (
    case_from_bytes,
    case_to_bytes,
    load_case,
    open_case_file,
    save_case_file,
)
from assistant.errors import (
    CaseFileError,
    DamagedCaseFileError,
    NewerCaseFileError,
    NotACaseFileError,
    PassphraseCancelledError,
    PassphraseError,
    WrongPassphraseError,
)
from assistant.model import Case

CHEAP = crypto.ScryptParams(log2_n=10, r=8, p=1)  # tests only; the program uses DEFAULT_PARAMS
PASS = "Donau-Brücke 1926"


@pytest.fixture(scope="module")
def case() -> Case:
    return load_case(EXAMPLES / "student-first-permit.json")


@pytest.fixture(scope="module")
def blob(case: Case) -> bytes:
    return case_to_bytes(case, PASS, CHEAP)


def _fix_checksum(data: bytes) -> bytes:
    body = data[: -crypto.DIGEST_SIZE]
    return body + hashlib.sha256(body).digest()


def test_round_trip_through_a_file(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "case.permitcase"
    save_case_file(path, case, PASS, params=CHEAP)
    raw = path.read_bytes()
    assert raw.startswith(crypto.MAGIC)
    assert "Şahin".encode() not in raw and b"U12345678" not in raw
    assert open_case_file(path, PASS) == case


def test_each_save_uses_fresh_salt_and_nonce(case: Case) -> None:
    assert case_to_bytes(case, PASS, CHEAP) != case_to_bytes(case, PASS, CHEAP)


def test_kind_is_detected_by_content_not_by_name(tmp_path: Path, case: Case) -> None:
    encrypted_named_json = tmp_path / "case.json"
    save_case_file(encrypted_named_json, case, PASS, params=CHEAP)
    assert open_case_file(encrypted_named_json, PASS) == case
    plain_named_permitcase = tmp_path / "plain.permitcase"
    plain_named_permitcase.write_bytes(case_to_bytes(case))
    assert open_case_file(plain_named_permitcase) == case


def test_plain_case_file_needs_no_passphrase(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "case.json"
    save_case_file(path, case)

    def never_asked() -> str:
        raise AssertionError("a plain case file must not ask for a passphrase")

    assert open_case_file(path, never_asked) == case


def test_wrong_passphrase_has_its_own_message_and_changes_nothing(
    tmp_path: Path, blob: bytes
) -> None:
    path = tmp_path / "case.permitcase"
    path.write_bytes(blob)
    with pytest.raises(WrongPassphraseError, match="passphrase is not correct"):
        open_case_file(path, "Donau-Brücke 1927")
    assert path.read_bytes() == blob
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.permitcase"]


def test_passphrase_is_compared_after_unicode_normalisation(blob: bytes, case: Case) -> None:
    decomposed = unicodedata.normalize("NFD", PASS)
    assert decomposed != PASS
    assert case_from_bytes(blob, decomposed) == case


@pytest.mark.parametrize("keep", [0, 3, 8, 20, 57, 80, -1])
def test_truncated_file_is_reported_as_damaged(blob: bytes, keep: int) -> None:
    with pytest.raises(DamagedCaseFileError, match="cut off|damaged|incomplete|empty"):
        case_from_bytes(blob[:keep], PASS, encrypted_expected=True)


def test_flipped_bit_is_reported_as_damaged(blob: bytes) -> None:
    data = bytearray(blob)
    data[len(data) // 2] ^= 0x04
    with pytest.raises(DamagedCaseFileError, match="damaged"):
        case_from_bytes(bytes(data), PASS)


def test_altered_ciphertext_with_recomputed_checksum_is_reported_as_altered(blob: bytes) -> None:
    data = bytearray(blob)
    data[crypto.HEADER_SIZE + 5] ^= 0x01
    with pytest.raises(DamagedCaseFileError, match="altered"):
        case_from_bytes(_fix_checksum(bytes(data)), PASS)


def test_newer_format_is_reported_without_asking_for_the_passphrase(blob: bytes) -> None:
    data = bytearray(blob)
    data[8:10] = (crypto.FORMAT_VERSION + 1).to_bytes(2, "big")

    def ask() -> str:
        raise AssertionError("the passphrase must not be asked for a file this program cannot read")

    with pytest.raises(NewerCaseFileError, match="newer version.*update the program"):
        case_from_bytes(_fix_checksum(bytes(data)), ask)


def test_newer_schema_inside_a_plain_file_is_reported_as_newer(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"schema_version": 99}), encoding="utf-8")
    with pytest.raises(NewerCaseFileError, match="newer version"):
        open_case_file(path)


def test_other_files_are_not_case_files(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(NotACaseFileError, match="not a case file"):
        open_case_file(path)


def test_permitcase_with_damaged_magic_is_damaged_not_foreign(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "case.permitcase"
    path.write_bytes(b"\x00" + blob[1:])
    with pytest.raises(DamagedCaseFileError):
        open_case_file(path, PASS)


def test_altered_header_cannot_demand_huge_key_derivation(blob: bytes) -> None:
    data = bytearray(blob)
    data[11] = 30  # log2(n): 2**30 * 128 * r bytes would be 1 TiB
    with pytest.raises(DamagedCaseFileError, match="encryption settings"):
        case_from_bytes(_fix_checksum(bytes(data)), PASS)


def test_cancelled_passphrase_dialog(blob: bytes) -> None:
    with pytest.raises(PassphraseCancelledError):
        case_from_bytes(blob, lambda: None)


def test_encrypted_file_without_passphrase_says_one_is_needed(blob: bytes) -> None:
    with pytest.raises(WrongPassphraseError, match="protected by a passphrase"):
        case_from_bytes(blob, None)


def test_production_parameters_are_memory_hard() -> None:
    params = crypto.DEFAULT_PARAMS
    assert 15 <= params.log2_n <= 17 and params.r >= 8 and params.p >= 1
    params.validate()


def test_saving_with_a_short_passphrase_writes_nothing(tmp_path: Path, case: Case) -> None:
    with pytest.raises(PassphraseError, match="at least 8"):
        save_case_file(tmp_path / "case.permitcase", case, "1234", params=CHEAP)
    assert list(tmp_path.iterdir()) == []


def test_new_passphrase_rules() -> None:
    with pytest.raises(PassphraseError, match="at least 8"):
        crypto.check_new_passphrase("short")
    with pytest.raises(PassphraseError, match="not the same"):
        crypto.check_new_passphrase("long enough one", "long enough One")
    crypto.check_new_passphrase("long enough one", "long enough one")


def test_key_protected_drafts(case: Case) -> None:
    key = bytes(range(32))
    data = crypto.encrypt_with_key(b'{"a": 1}', key)
    assert crypto.decrypt_with_key(data, key) == b'{"a": 1}'
    with pytest.raises(WrongPassphraseError, match="another key"):
        crypto.decrypt_with_key(data, bytes(32))
    with pytest.raises(WrongPassphraseError, match="key of this computer's user account"):
        crypto.decrypt_bytes(data, PASS)


# --- fuzzing -----------------------------------------------------------------------------------

Mutation = tuple[str, int, int, bytes]

mutations = st.lists(
    st.tuples(
        st.sampled_from(["flip", "truncate", "insert", "delete", "overwrite"]),
        st.integers(min_value=0, max_value=1 << 20),
        st.integers(min_value=0, max_value=7),
        st.binary(min_size=1, max_size=12),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(data: bytes, steps: list[Mutation]) -> bytes:
    buf = bytearray(data)
    for kind, where, bit, chunk in steps:
        pos = where % (len(buf) + 1)
        if kind == "flip" and buf:
            buf[pos % len(buf)] ^= 1 << bit
        elif kind == "truncate":
            del buf[pos:]
        elif kind == "insert":
            buf[pos:pos] = chunk
        elif kind == "delete":
            del buf[pos : pos + bit + 1]
        else:
            buf[pos : pos + len(chunk)] = chunk
    return bytes(buf)


FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _must_be_case_or_clear_error(data: bytes) -> None:
    try:
        result = case_from_bytes(data, PASS)
    except CaseFileError as exc:
        message = str(exc)
        assert message and "Traceback" not in message
    else:
        assert isinstance(result, Case)


@FUZZ
@given(steps=mutations, fix_checksum=st.booleans())
def test_fuzz_decryptor_and_loader_on_encrypted_files(
    blob: bytes, steps: list[Mutation], fix_checksum: bool
) -> None:
    data = _mutate(blob, steps)
    if fix_checksum and len(data) > crypto.DIGEST_SIZE:
        data = _fix_checksum(data)  # reach the header checks, key check and AES-GCM tag
    try:
        crypto.decrypt_bytes(data, PASS)
    except CaseFileError as exc:
        assert str(exc)
    _must_be_case_or_clear_error(data)


@FUZZ
@given(steps=mutations)
def test_fuzz_loader_on_plain_json_files(case: Case, steps: list[Mutation]) -> None:
    data = _mutate(case_to_bytes(case), steps)
    _must_be_case_or_clear_error(data)
    with tempfile.TemporaryDirectory() as folder:
        for name in ("case.json", "case.permitcase"):
            path = Path(folder) / name
            path.write_bytes(data)
            try:
                assert isinstance(open_case_file(path, PASS), Case)
            except CaseFileError as exc:
                assert str(path) in str(exc)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_fuzz_loader_on_arbitrary_bytes(data: bytes) -> None:
    _must_be_case_or_clear_error(crypto.MAGIC + data)
    _must_be_case_or_clear_error(data)
