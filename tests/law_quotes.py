"""Checks that a dated value's quote is in the text its source names: a seed (`001_….txt, …`) or a
paragraph of the current law in ../shared/law (`§ 16b Abs. 3 AufenthG`)."""

from __future__ import annotations

import re
from pathlib import Path

from seed_quotes import quote_in_seed

LAWS = ("AufenthG", "AufenthV", "BeschV", "BAfoeG", "BMG", "FreizuegG")


def _squash(text: str) -> str:
    """One line without the table bars of the consolidated texts (`a) | mit … | 100 Euro,`)."""
    return " ".join(text.replace("\u00ad", "").replace("|", " ").replace(" ;", ";").split())


def law_file(law_dir: Path, source: str) -> Path | None:
    """The file of the paragraph a source names first (`§ 45 Nr. 1 AufenthV` -> AufenthV/45.md)."""
    match = re.match(r"§\s*(\d+[a-z]?)\b.*?\b(" + "|".join(LAWS) + r")\b", source)
    return law_dir / match.group(2) / f"{match.group(1)}.md" if match else None


def quote_in_law(law_dir: Path, source: str, quote: str) -> bool:
    path = law_file(law_dir, source)
    if path is None or not path.exists():
        return False
    return _squash(quote) in _squash(path.read_text(encoding="utf-8"))


def quote_in_source(shared: Path, source: str, quote: str) -> bool:
    """Seeds and current paragraphs are checked; a value resting on an older version of a
    paragraph ("a. F.") names the public page that gives that version and is not checked here."""
    if re.match(r"00\d_", source):
        return quote_in_seed(shared / "seeds", source, quote)
    if source.startswith("§") and "a. F." not in source.split(";")[0]:
        return quote_in_law(shared / "law", source, quote)
    return "http" in source or ".de/" in source
