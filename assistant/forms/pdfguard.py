"""Reading a template PDF someone gave us: damaged, truncated or hostile files give one clear
FormError, never a traceback (issue 15 point 7).

pypdf reads lazily: a bit flip deep in a file shows only when the damaged object is first
touched (listing the fields, drawing a page), and then as whatever the parser or the code walking
the objects happened to raise. `read_everything` touches every object and stream once while the
file is opened; `damaged_pdf` turns what the reading code may still raise into the message.
"""

from __future__ import annotations

import logging
import math
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import IndirectObject, StreamObject

from ..errors import FormError

# What a damaged PDF makes pypdf, or the code walking its objects, raise.
PDF_ERRORS: tuple[type[BaseException], ...] = (
    PyPdfError, PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
    LookupError, ArithmeticError, RecursionError, AssertionError, NotImplementedError,
    zlib.error, struct.error, EOFError,
)
# The largest page a PDF can have (ISO 32000: 14,400 units a side) and the most objects read.
MAX_PAGE_SIDE = 14_400.0
MAX_OBJECTS = 500_000
MAX_WARNINGS = 2_000  # places pypdf had to repair while the file was read


def damaged_message(source: str, exc: BaseException | None = None) -> str:
    why = f" ({str(exc)[:200]})" if exc is not None and str(exc) else ""
    return (f"{source}: the PDF is damaged and cannot be read{why}; get a fresh copy of the "
            "form")


class _Warnings(logging.Handler):
    """Counts pypdf's warnings (and shows none of them)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def quiet_pypdf() -> Iterator[_Warnings]:
    """pypdf's warnings about each damaged object (hundreds of lines for one bit flip) kept
    from the terminal while the body runs, and counted: the person gets one message, from us."""
    logger = logging.getLogger("pypdf")
    counter = _Warnings()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(counter)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield counter
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
        logger.propagate = propagate


@contextmanager
def damaged_pdf(source: str) -> Iterator[None]:
    """Run the body; what a damaged PDF makes it raise becomes one FormError naming `source`."""
    try:
        with quiet_pypdf():
            yield
    except FormError:
        raise
    except PDF_ERRORS as exc:
        raise FormError(damaged_message(source, exc)) from None


def read_everything(reader: PdfReader, source: str) -> None:
    """Touch every object and decode every stream of the file, and check each page's size, so
    that damage shows now (inside `damaged_pdf`) rather than while the form is filled."""
    count = 0
    with quiet_pypdf() as warnings:

        def badly_damaged() -> None:
            # pypdf repairs what it can, warning each time; a file it must repair this often
            # is not a form (and repairing a damaged object stream costs minutes)
            if warnings.count > MAX_WARNINGS:
                raise FormError(f"{source}: the PDF is badly damaged (more than "
                                f"{MAX_WARNINGS:,} damaged places); get a fresh copy of the form")

        for generation, numbers in list(reader.xref.items()):
            for number in list(numbers):
                count += 1
                if count > MAX_OBJECTS:
                    raise FormError(f"{source}: the PDF has more than {MAX_OBJECTS:,} objects; "
                                    "it is not a form this program can read")
                obj = IndirectObject(number, generation, reader).get_object()
                if isinstance(obj, StreamObject):
                    obj.get_data()
                badly_damaged()
        for number in list(getattr(reader, "xref_objStm", {})):
            IndirectObject(number, 0, reader).get_object()
            badly_damaged()
    for index, page in enumerate(reader.pages, 1):
        if page.get("/Type") != "/Page":
            raise FormError(f"{source}: page {index} is damaged (it does not say it is a page); "
                            "get a fresh copy of the form")
        page.get_contents()
        box = page.mediabox
        w, h = float(box.width), float(box.height)
        if not (math.isfinite(w) and math.isfinite(h) and 0 < w <= MAX_PAGE_SIDE
                and 0 < h <= MAX_PAGE_SIDE):
            raise FormError(f"{source}: page {index} has an impossible size ({w:g} x {h:g} pt); "
                            "the PDF is damaged; get a fresh copy of the form")
