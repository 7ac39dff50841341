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


def damaged_message(source: str, exc: BaseException | None = None) -> str:
    why = f" ({str(exc)[:200]})" if exc is not None and str(exc) else ""
    return (f"{source}: the PDF is damaged and cannot be read{why}; get a fresh copy of the "
            "form")


@contextmanager
def quiet_pypdf() -> Iterator[None]:
    """pypdf's warnings about each damaged object (hundreds of lines for one bit flip) kept
    from the terminal while the body runs: the person gets one message, from us."""
    logger = logging.getLogger("pypdf")
    before = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(before)


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
    for generation, numbers in list(reader.xref.items()):
        for number in list(numbers):
            count += 1
            if count > MAX_OBJECTS:
                raise FormError(f"{source}: the PDF has more than {MAX_OBJECTS:,} objects; it is "
                                "not a form this program can read")
            obj = IndirectObject(number, generation, reader).get_object()
            if isinstance(obj, StreamObject):
                obj.get_data()
    for number in list(getattr(reader, "xref_objStm", {})):
        IndirectObject(number, 0, reader).get_object()
    for index, page in enumerate(reader.pages, 1):
        page.get_contents()
        box = page.mediabox
        w, h = float(box.width), float(box.height)
        if not (math.isfinite(w) and math.isfinite(h) and 0 < w <= MAX_PAGE_SIDE
                and 0 < h <= MAX_PAGE_SIDE):
            raise FormError(f"{source}: page {index} has an impossible size ({w:g} x {h:g} pt); "
                            "the PDF is damaged; get a fresh copy of the form")
