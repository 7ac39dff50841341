"""A filled form written as an incremental update of its template (PDF 32000-1, 7.5.6).

The template's bytes stay as they are; after them come only the objects the filler changed or
added (the fields holding values, their appearance streams and font, the continuation sheet's
pages), a cross-reference section for them and a trailer that points back to the template's.
Every PDF reader reads such a file (it is how a viewer saves a filled form); the filler does not
have to read, copy and write again the template's pages, fonts and empty fields, which was most of
the time of filling a form with pypdf.

Objects are read with pypdf (its public `PdfReader`, `get_object`, `raw_get`) and written with
its public `write_to_stream`. A changed object is a copy (`edit`): the template's reader is kept
for the next form and is never changed. The template holds nothing personal, so the earlier
versions of the changed objects, which stay in the file, are the empty fields.
"""

from __future__ import annotations

import io
import re
import struct

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from ..errors import FormError

_STARTXREF = re.compile(rb"startxref\s+(\d+)")


class Increment:
    """The objects to append to the PDF `data` (read by `reader`) as one update."""

    def __init__(self, data: bytes, reader: PdfReader) -> None:
        at = data.rfind(b"startxref")
        found = _STARTXREF.match(data, at) if at >= 0 else None
        if found is None:
            raise FormError("the form's PDF has no cross-reference offset (startxref) near its "
                            "end; it is damaged: get a fresh copy of the form")
        self._data = data
        self._prev = int(found.group(1))
        self.reader = reader
        self._next = int(reader.trailer["/Size"])
        self._objects: dict[int, tuple[int, PdfObject]] = {}  # number -> (generation, object)
        self._copies: dict[int, DictionaryObject] = {}
        self._tables: dict[int, dict[int, IndirectObject]] = {}  # per other PDF: its -> ours
        self._info: DictionaryObject | None = None

    # --- the template's own objects -------------------------------------------------------

    def edit(self, ref: IndirectObject) -> DictionaryObject:
        """A copy of the template's dictionary `ref`, written in its place: change the copy,
        never the object the reader holds. The same copy on every call."""
        copy = self._copies.get(ref.idnum)
        if copy is None:
            original = ref.get_object()
            assert isinstance(original, DictionaryObject), ref
            copy = self._copies[ref.idnum] = DictionaryObject(original)
            self._objects[ref.idnum] = (ref.generation, copy)
        return copy

    def drop(self, ref: IndirectObject) -> None:
        """Do not write the copy of `ref` after all (the object is no longer used)."""
        self._copies.pop(ref.idnum, None)
        self._objects.pop(ref.idnum, None)

    def current(self, ref: IndirectObject) -> PdfObject:
        """What `ref` stands for in the update: an object added, the copy of an edited one, or
        the template's object."""
        if ref.pdf is self:
            return self._objects[ref.idnum][1]
        copy = self._copies.get(ref.idnum)
        return copy if copy is not None else ref.get_object()

    def get_object(self, ref: IndirectObject | int) -> PdfObject:
        """The object added under `ref` (what resolves the references `add` and `adopt` give)."""
        return self._objects[ref if isinstance(ref, int) else ref.idnum][1]

    def _reference(self) -> IndirectObject:
        ref = IndirectObject(self._next, 0, self)
        self._next += 1
        return ref

    # --- new objects ----------------------------------------------------------------------

    def add(self, obj: PdfObject) -> IndirectObject:
        """A new object, written with the update; its reference."""
        ref = self._reference()
        self._objects[ref.idnum] = (0, obj)
        return ref

    def adopt(self, ref: IndirectObject, *, keep: dict[int, IndirectObject] | None = None
              ) -> IndirectObject:
        """The object `ref` of another PDF, with everything it refers to, brought into the
        update under new numbers (once, however often it is referred to); `keep` maps that PDF's
        object numbers to objects of ours to refer to instead (its page tree: ours). The other
        PDF's objects are changed in place: it must be one read for this purpose."""
        table = self._tables.setdefault(id(ref.pdf), {})
        for theirs, ours in (keep or {}).items():
            table.setdefault(theirs, ours)
        todo: list[IndirectObject] = []

        def mapped(other: IndirectObject) -> IndirectObject:
            mine = table.get(other.idnum)
            if mine is None:
                mine = table[other.idnum] = self._reference()
                todo.append(other)
            return mine

        first = mapped(ref)
        while todo:
            other = todo.pop()
            obj = other.get_object()
            _relink(obj, mapped)
            self._objects[table[other.idnum].idnum] = (0, obj)
        return first

    def page_count(self) -> int:
        return int(self.current(self._pages_ref())["/Count"])  # type: ignore[index]

    def _pages_ref(self) -> IndirectObject:
        ref = self.reader.trailer["/Root"].raw_get("/Pages")
        assert isinstance(ref, IndirectObject), "the page tree is an indirect object"
        return ref

    def append_pages(self, pdf: bytes) -> int:
        """The pages of `pdf` (a PDF of our own, the continuation sheet) after the last page;
        how many."""
        other = PdfReader(io.BytesIO(pdf))
        theirs = other.trailer["/Root"].raw_get("/Pages")
        ours = self._pages_ref()
        tree = self.edit(ours)
        kids = ArrayObject(tree["/Kids"])
        for page in other.pages:
            assert page.indirect_reference is not None
            kids.append(self.adopt(page.indirect_reference, keep={theirs.idnum: ours}))
        tree[NameObject("/Kids")] = kids
        tree[NameObject("/Count")] = NumberObject(int(tree["/Count"]) + len(other.pages))
        return len(other.pages)

    def set_title(self, title: str) -> None:
        """The document's title (its /Info dictionary, a copy of the template's)."""
        if self._info is None:
            old = self.reader.trailer.get("/Info")
            self._info = DictionaryObject(old.get_object() if old is not None else {})
        self._info[NameObject("/Title")] = TextStringObject(title)

    # --- writing --------------------------------------------------------------------------

    def write(self) -> bytes:
        """The template's bytes followed by the update: the objects, then a cross-reference
        section of the template's kind (a table, or a stream where the template's last one is a
        stream: some readers cannot follow a table back to a stream) and the trailer."""
        out = io.BytesIO()
        out.write(self._data)
        if not self._data.endswith(b"\n"):
            out.write(b"\n")
        trailer = DictionaryObject()
        if self._info is not None:
            trailer[NameObject("/Info")] = self.add(self._info)
        elif "/Info" in self.reader.trailer:
            trailer[NameObject("/Info")] = self.reader.trailer.raw_get("/Info")
        as_stream = not self._data[self._prev:self._prev + 4].startswith(b"xref")
        stream_number = self._reference().idnum if as_stream else None
        offsets: dict[int, int] = {}
        for number in sorted(self._objects):
            generation, obj = self._objects[number]
            offsets[number] = out.tell()
            out.write(f"{number} {generation} obj\n".encode("ascii"))
            obj.write_to_stream(out)
            out.write(b"\nendobj\n")
        xref = out.tell()
        if stream_number is not None:
            offsets[stream_number] = xref
        trailer[NameObject("/Size")] = NumberObject(self._next)
        trailer[NameObject("/Root")] = self.reader.trailer.raw_get("/Root")
        trailer[NameObject("/Prev")] = NumberObject(self._prev)
        if "/ID" in self.reader.trailer:
            trailer[NameObject("/ID")] = self.reader.trailer["/ID"]
        runs = _runs(sorted(offsets))
        generation_of = {n: self._objects[n][0] if n in self._objects else 0 for n in offsets}
        if stream_number is None:
            out.write(b"xref\n")
            if not runs:  # nothing changed: a section needs an entry, object 0's (free)
                out.write(b"0 1\n0000000000 65535 f\r\n")
            for first, count in runs:
                out.write(f"{first} {count}\n".encode("ascii"))
                for number in range(first, first + count):
                    out.write(f"{offsets[number]:010d} {generation_of[number]:05d} n\r\n"
                              .encode("ascii"))
            out.write(b"trailer\n")
            trailer.write_to_stream(out)
        else:  # PDF 32000-1, 7.5.8: entries of type 1 (offset, generation), 1 + 4 + 2 bytes
            table = DecodedStreamObject()
            table.set_data(b"".join(struct.pack(">BIH", 1, offsets[n], generation_of[n])
                                    for first, count in runs
                                    for n in range(first, first + count)))
            table.update(trailer)
            table[NameObject("/Type")] = NameObject("/XRef")
            table[NameObject("/W")] = ArrayObject([NumberObject(1), NumberObject(4),
                                                   NumberObject(2)])
            table[NameObject("/Index")] = ArrayObject(
                NumberObject(v) for run in runs for v in run)
            out.write(f"{stream_number} 0 obj\n".encode("ascii"))
            table.write_to_stream(out)
            out.write(b"\nendobj\n")
        out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode("ascii"))
        return out.getvalue()


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted object numbers as runs of consecutive numbers: (first, how many)."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][0] + runs[-1][1] == number:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((number, 1))
    return runs


def _relink(obj: PdfObject, mapped: object) -> None:
    """Replace, inside `obj` (not following references), each reference by `mapped(ref)`."""
    assert callable(mapped)
    if isinstance(obj, DictionaryObject):  # a stream's dictionary too
        for key in list(obj.keys()):
            value = obj.raw_get(key)
            if isinstance(value, IndirectObject):
                obj[key] = mapped(value)
            elif isinstance(value, (DictionaryObject, ArrayObject)):
                _relink(value, mapped)
    elif isinstance(obj, ArrayObject):
        for i, value in enumerate(obj):
            if isinstance(value, IndirectObject):
                obj[i] = mapped(value)
            elif isinstance(value, (DictionaryObject, ArrayObject)):
                _relink(value, mapped)

