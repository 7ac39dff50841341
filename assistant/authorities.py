"""Which of Saxony's 13 immigration authorities is responsible for a person, from where they live.

The rule comes from the Saxon information sheet (001_640c1961240af47c.txt, "Zuständige
Ausländerbehörden"): "Wenn Sie in Chemnitz, Dresden oder Leipzig wohnen, ist das die
Stadtverwaltung, ansonsten das Landratsamt." The places and their districts are data
(resources/municipalities.toml); this module only looks them up. The wizard calls
`find_authority` as the person types, so it is cheap, pure and never raises for odd input.

Outcomes (`LookupResult.status`):
- `found`: one authority; `matched_by` says whether the place name or the postcode decided it;
- `ambiguous`: the name fits places in different districts (for example "Reichenbach": im
  Vogtland or in the Oberlausitz); `candidates` lists them, a postcode settles it (the engine
  reports it as the finding `authority.place_ambiguous`);
- `unknown`: the place (and postcode) is not in the data: no authority is guessed;
- `empty`: nothing entered yet.
Where a name fits both a city and a district ("Leipzig": the city or the Landkreis Leipzig) the
city wins, because the district's own name is written "Landkreis Leipzig".

Names as people write them are recognised when the listed name is not: a prefix such as "Stadt",
"Gemeinde", "Große Kreisstadt" ("Stadt Zwickau"), a "(Sachsen)" or "(Sa.)" after the name
("Freiberg (Sachsen)"), and a part of town after a hyphen ("Dresden-Neustadt"). A postcode that
belongs to another place than the one named sets `postcode_mismatch` (finding
`authority.postcode_mismatch`); the named place decides.

The authority's contacts are merged here for the assessment (`authority_contacts`): the same
value cited by several sources is one contact with all its sources, in the order of the data
(current pages first, the seeds after as history), and where sources give different values for
what can have only one (the address to go to, the opening hours) the difference is a `Conflict`
that the cover sheet and the wizard show with both values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from . import caches
from .assessment import Conflict, Contact, SourceRef
from .catalogue import (
    AuthoritySpec,
    Catalogue,
    ContactSpec,
    MunicipalitySpec,
    catalogue,
    fold_place,
)

RULE_SOURCE = "001_640c1961240af47c.txt, 'Zuständige Ausländerbehörden'"
RULE_QUOTE = (
    "Wenn Sie in Chemnitz, Dresden oder Leipzig wohnen, ist das die Stadtverwaltung, ansonsten "
    "das Landratsamt."
)


class LookupStatus(StrEnum):
    FOUND = "found"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"
    EMPTY = "empty"


@dataclass(frozen=True)
class LookupResult:
    status: LookupStatus
    authority: AuthoritySpec | None = None
    place: str = ""  # the matched place as the data writes it ("Weißwasser/O.L.")
    matched_by: str = ""  # "name" or "postcode"
    candidates: tuple[str, ...] = ()  # places the name may mean, when ambiguous
    postcode_mismatch: bool = False  # found by name, but the postcode belongs to another place
    postcode_places: tuple[str, ...] = ()  # the places the postcode belongs to, on a mismatch
    postcode_other_authority: bool = False  # ... and one of them has another authority
    message: dict[str, str] = field(default_factory=dict)  # what to tell the person (de, en)
    source: str = RULE_SOURCE

    @property
    def found(self) -> bool:
        return self.status is LookupStatus.FOUND

    @property
    def authority_id(self) -> str | None:
        return self.authority.id if self.authority else None


def place_key(text: str) -> str:
    """The form in which place names are compared: no case, accents, 'ß', hyphens, slashes,
    dots or brackets ("Weißwasser/O.L." -> "weisswasser o l"); umlauts may also be written out
    ("Goerlitz" finds "Görlitz")."""
    return fold_place(text.replace("(", " ").replace(")", " "))


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _keys(spelling: str) -> set[str]:
    """A name is found with its umlauts dropped ("Gorlitz") or written out ("Goerlitz")."""
    return {place_key(spelling), place_key(spelling.translate(_UMLAUTS))}


@dataclass(frozen=True)
class _Index:
    by_name: dict[str, tuple[MunicipalitySpec, ...]]
    by_postcode: dict[str, tuple[MunicipalitySpec, ...]]
    names: tuple[tuple[str, str], ...]  # (key, display name) for suggestions
    # (place, postcode) as typed -> what find_authority says: the facts are built once or twice
    # per keystroke with the same address. A person's address: emptied by `caches.forget()`.
    lookups: dict[tuple[str, str], LookupResult] = field(default_factory=dict)


_INDEXES: dict[int, tuple[Catalogue, _Index]] = {}
_LOOKUPS = 64  # addresses remembered per catalogue


@caches.on_forget
def _forget_lookups() -> None:
    for _, index in _INDEXES.values():
        index.lookups.clear()


def _index(cat: Catalogue) -> _Index:
    cached = _INDEXES.get(id(cat))
    if cached and cached[0] is cat:
        return cached[1]
    by_name: dict[str, list[MunicipalitySpec]] = {}
    by_postcode: dict[str, list[MunicipalitySpec]] = {}
    names: list[tuple[str, str]] = []
    for m in cat.municipalities.values():
        for spelling in (m.name, *m.aliases):
            for key in _keys(spelling):
                if m not in by_name.setdefault(key, []):
                    by_name[key].append(m)
        names.append((place_key(m.name), m.name))
        for code in m.postcodes:
            by_postcode.setdefault(code, []).append(m)
    index = _Index(
        by_name={k: tuple(v) for k, v in by_name.items()},
        by_postcode={k: tuple(v) for k, v in by_postcode.items()},
        names=tuple(sorted(names)),
    )
    if len(_INDEXES) > 8:
        _INDEXES.clear()
    _INDEXES[id(cat)] = (cat, index)
    return index


def _resolve(
    candidates: tuple[MunicipalitySpec, ...], cat: Catalogue
) -> tuple[MunicipalitySpec | None, tuple[MunicipalitySpec, ...]]:
    """One place, or none with the places that remain possible."""
    if not candidates:
        return None, ()
    cities = [m for m in candidates if cat.authorities[m.authority].kind == "city"]
    if cities and len({m.authority for m in cities}) == 1:
        return cities[0], ()
    if len({m.authority for m in candidates}) == 1:
        return candidates[0], ()
    return None, candidates


_LEADING_POSTCODE = re.compile(r"^\s*(\d{5})\b[\s,]*(.*)$")

# Words people write around a place's name (folded as by `place_key`).
_PREFIXES = ("grosse kreisstadt ", "kreisfreie stadt ", "landeshauptstadt ", "stadt ",
             "gemeinde ")
_SUFFIXES = (" in sachsen", " sachsen", " sachs", " sa")


def _variants(place: str) -> list[str]:
    """Keys to try, in order, when the name as typed is not listed: without a prefix such as
    "Stadt", without "(Sachsen)", and the part before a hyphen ("Dresden-Neustadt")."""
    out: list[str] = []
    key = place_key(place)
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):]
            out.append(key)
            break
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            out.append(key)
            break
    parts = place.strip().split("-")
    for i in range(len(parts) - 1, 0, -1):
        out.append(place_key("-".join(parts[:i])))
    return [k for k in out if k]


def find_authority(place: str, postcode: str = "", cat: Catalogue | None = None) -> LookupResult:
    """The immigration authority responsible for someone living in `place` (a town in Saxony),
    with the postcode as a second clue. Never raises; see the module docstring for outcomes."""
    cat = cat or catalogue()
    index = _index(cat)
    found = index.lookups.get((place, postcode))
    if found is None:
        if len(index.lookups) >= _LOOKUPS:
            index.lookups.clear()
        found = index.lookups[place, postcode] = _find(place, postcode, cat, index)
    return found


def _find(place: str, postcode: str, cat: Catalogue, index: _Index) -> LookupResult:
    place = place or ""
    postcode = (postcode or "").strip()
    leading = _LEADING_POSTCODE.match(place)
    if leading:  # "09599 Freiberg" typed into the place field
        postcode = postcode or leading.group(1)
        place = leading.group(2)
    key = place_key(place)

    owners = index.by_postcode.get(postcode, ()) if postcode else ()
    by_code, _ = _resolve(owners, cat)
    if key:
        listed = index.by_name.get(key, ())
        if not listed:
            listed = next((index.by_name[k] for k in _variants(place) if k in index.by_name), ())
        match, remaining = _resolve(listed, cat)
        if match is not None:
            return _found(match, "name", cat, owners=owners, postcode=postcode)
        if remaining:
            settled = [m for m in remaining if postcode and postcode in m.postcodes]
            if len(settled) == 1:
                return _found(settled[0], "name", cat)
            names = tuple(m.name for m in remaining)
            return LookupResult(
                status=LookupStatus.AMBIGUOUS,
                candidates=names,
                message={
                    "de": f"„{place.strip()}“ gibt es mehrmals in Sachsen "
                    f"({', '.join(names)}). Bitte schreiben Sie den Ort genauer oder geben Sie "
                    "die Postleitzahl an.",
                    "en": f"There is more than one \"{place.strip()}\" in Saxony "
                    f"({', '.join(names)}). Please write the place more precisely or enter the "
                    "postcode.",
                },
            )
    if by_code is not None:
        return _found(by_code, "postcode", cat)
    if not key and not postcode:
        return LookupResult(
            status=LookupStatus.EMPTY,
            message={
                "de": "Geben Sie den Ort in Sachsen an, in dem Sie wohnen: danach richtet sich "
                "die zuständige Ausländerbehörde.",
                "en": "Enter the town in Saxony where you live: it decides which immigration "
                "authority is responsible.",
            },
        )
    shown = place.strip() or postcode
    return LookupResult(
        status=LookupStatus.UNKNOWN,
        message={
            "de": f"Der Ort „{shown}“ ist dem Programm nicht bekannt, die zuständige "
            "Ausländerbehörde bleibt daher offen. Prüfen Sie die Schreibweise, geben Sie die "
            "Postleitzahl an oder den Namen Ihres Landkreises. Wer in Chemnitz, Dresden oder "
            "Leipzig wohnt, ist bei der Stadtverwaltung richtig, sonst beim Landratsamt.",
            "en": f"The program does not know the place \"{shown}\", so the responsible "
            "immigration authority is still open. Check the spelling, or enter the postcode or "
            "the name of your district. If you live in Chemnitz, Dresden or Leipzig it is the "
            "city administration, otherwise the district office (Landratsamt).",
        },
    )


def _found(
    m: MunicipalitySpec, matched_by: str, cat: Catalogue,
    owners: tuple[MunicipalitySpec, ...] = (), postcode: str = "",
) -> LookupResult:
    """The place found; a postcode of other listed places (and not of this one) is a mismatch."""
    authority = cat.authorities[m.authority]
    postcode_mismatch = bool(owners) and m not in owners and postcode not in m.postcodes
    others = tuple(o.name for o in owners) if postcode_mismatch else ()
    other_authority = postcode_mismatch and any(o.authority != m.authority for o in owners)
    name_de, name_en = authority.name["de"], authority.name["en"]
    message = {
        "de": f"Zuständig für {m.name}: {name_de}.",
        "en": f"Responsible for {m.name}: {name_en}.",
    }
    if postcode_mismatch:
        message = {
            "de": message["de"] + " Die Postleitzahl gehört zu einem anderen Ort; bitte prüfen "
            "Sie Ort und Postleitzahl.",
            "en": message["en"] + " The postcode belongs to another place; please check the "
            "place and the postcode.",
        }
    return LookupResult(
        status=LookupStatus.FOUND,
        authority=authority,
        place=m.name,
        matched_by=matched_by,
        postcode_mismatch=postcode_mismatch,
        postcode_places=others,
        postcode_other_authority=other_authority,
        message=message,
    )


def suggest_places(prefix: str, limit: int = 10, cat: Catalogue | None = None) -> list[str]:
    """Known places whose name starts with what the person has typed so far (for completion)."""
    key = place_key(prefix)
    if not key:
        return []
    index = _index(cat or catalogue())
    return [name for k, name in index.names if k.startswith(key)][:limit]


# What an office can have only one of: different values from different sources are a conflict.
SINGLE_VALUED = ("address", "hours")


def _same_key(kind: str, value: str) -> str:
    """Two spellings of one contact compare equal: phone numbers by their digits
    ("0371 488-3371" = "+49 (0)371 488 3371"), addresses without case and punctuation
    ("Str." = "Straße"), e-mail addresses and links without case."""
    if kind in ("phone", "fax"):
        digits = re.sub(r"\D", "", value.replace("(0)", ""))
        if digits.startswith("00"):
            digits = digits[2:]
        elif digits.startswith("0"):
            digits = "49" + digits[1:]
        return digits
    if kind in ("address", "postal", "hours"):
        folded = fold_place(value).replace("strasse", "str")
        return re.sub(r"[^a-z0-9]", "", folded)
    return value.strip().casefold().rstrip("/")


def authority_contacts(spec: AuthoritySpec) -> list[Contact]:
    """The authority's contacts, each value once with every source that gives it, in the order
    of the data; a label given by any of the sources is kept."""
    merged: dict[tuple[str, str], tuple[ContactSpec, list[SourceRef], dict[str, str]]] = {}
    for c in spec.contacts:
        key = (c.kind, _same_key(c.kind, c.value))
        ref = SourceRef(source=c.source, as_of=c.as_of or spec.as_of)
        if key not in merged:
            merged[key] = (c, [ref], dict(c.label))
            continue
        refs, label = merged[key][1], merged[key][2]
        if ref not in refs:
            refs.append(ref)
        if not label and c.label:
            label.update(c.label)
    return [
        Contact(kind=c.kind, value=c.value, label=label, source=refs[0].source,
                as_of=refs[0].as_of, sources=refs)
        for c, refs, label in merged.values()
    ]


def authority_conflicts(contacts: list[Contact]) -> list[Conflict]:
    """Where the sources disagree about what an office has only one of (its address, its
    opening hours): every value given, each with its sources."""
    out = []
    for kind in SINGLE_VALUED:
        groups: dict[str, list[Contact]] = {}
        for c in contacts:
            if c.kind == kind:
                # A labelled address is another place (the Dresden Welcome Center); the label of
                # opening hours is their translation, so hours are compared all together.
                groups.setdefault(c.label.get("de", "") if kind == "address" else "", []).append(c)
        out += [Conflict(kind=kind, values=values) for values in groups.values() if len(values) > 1]
    return out
