"""How the packet's text is set, as a reader sees it: right-to-left lines that keep a Latin run's
brackets and quotation marks with its words, e-mail addresses and URLs broken only after `/`,
`.`, `@` or `-` (and not inside a domain name where another break fits), and timeline marks of
the same or close days stacked, never overprinting."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from assistant.assessment import Deadline
from assistant.packet.styles import TextBlock, styles
from assistant.packet.timeline import line_drawing
from assistant.shaping import clean

TODAY = date(2026, 11, 22)


def lines(text: str, width: float) -> list[str]:
    """The lines of a paragraph in the body style, as drawn (right-to-left ones reordered)."""
    return TextBlock(text, styles().body).drawn_lines(width)


def test_a_bracketed_office_name_in_arabic_keeps_its_brackets_on_every_line():
    text = ("مكتب مقاطعة ساكسونيا الوسطى، دائرة الأجانب (Landratsamt Mittelsachsen, "
            "Stabsstelle Ausländer- und Asylangelegenheiten)")
    shown = lines(text, 60 * mm)
    assert len(shown) >= 3
    joined = " ".join(shown)
    # the opening bracket before the first word of the run, the closing one after the last:
    # no bracket stands alone at the wrong end of a line
    assert "(Landratsamt" in joined and "Asylangelegenheiten)" in joined
    assert ")Landratsamt" not in joined and "Stabsstelle)" not in joined


def test_a_quoted_german_name_in_persian_keeps_its_quotation_marks():
    text = "با اتوبوس از ایستگاه «Brand-Erbisdorf – Dr.-W.-Külz-Straße» پیاده شوید."
    for width in (35 * mm, 50 * mm, 80 * mm):
        joined = " ".join(lines(text, width))
        assert "«Brand-Erbisdorf" in joined and "Dr.-W.-Külz-Straße»" in joined, width


def test_an_email_address_breaks_after_the_at_sign_not_inside_the_domain():
    address = "auslaenderbehoerde@landkreis-mittelsachsen.de"
    width = stringWidth("auslaenderbehoerde@landkreis", "DejaVuSans", 9)
    shown = lines(address, width)
    assert shown == ["auslaenderbehoerde@", "landkreis-mittelsachsen.de"] or all(
        line.endswith(("@", ".", "/")) for line in shown[:-1]), shown
    assert "".join(shown) == address


def test_a_url_breaks_only_after_slash_dot_at_or_hyphen():
    url = "https://www.landkreis-mittelsachsen.de/das-amt/behoerden/stabsbereich-auslaender.html"
    for width in (30 * mm, 45 * mm, 60 * mm):
        shown = lines(url, width)
        assert "".join(shown) == url
        assert all(line[-1] in "/.@-" for line in shown[:-1]), (width, shown)
        # the domain name is broken only between its labels where its label fits a line
        if stringWidth("landkreis-mittelsachsen.", "DejaVuSans", 9) <= width:
            assert not any(line.endswith("landkreis-") for line in shown), (width, shown)


def test_ordinary_words_are_not_broken_and_lines_fit():
    text = "Die Kontaktdaten stammen aus den angegebenen Quellen und können sich geändert haben."
    width = 50 * mm
    shown = lines(text, width)
    assert " ".join(shown) == text
    assert all(stringWidth(line, "DejaVuSans", 9) <= width for line in shown)


def _deadline(n: int, day: date) -> Deadline:
    return Deadline(id=f"deadline.fixture_{n}", date=day, source="test fixture",
                    label={"de": f"Frist {n}", "en": f"Deadline {n}"})


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_timeline_marks_of_the_same_and_close_days_do_not_overprint():
    days = [TODAY + timedelta(days=20)] * 3 + [TODAY + timedelta(days=21),
                                               TODAY + timedelta(days=200)]
    drawing = line_drawing([_deadline(i, d) for i, d in enumerate(days)], TODAY, "en")
    circles = [c for c in drawing.contents if isinstance(c, Circle)]
    assert len(circles) == 5
    boxes = [(c.cx - c.r, c.cy - c.r, c.cx + c.r, c.cy + c.r) for c in circles]
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    dates = [s for s in drawing.contents if isinstance(s, String) and s.text.count(".") == 2]
    assert sorted(s.text for s in dates) == sorted({d.strftime("%d.%m.%Y") for d in days})
    text_boxes = []
    for s in dates:
        w = stringWidth(s.text, s.fontName, s.fontSize)
        text_boxes.append((s.x - w / 2, s.y, s.x + w / 2, s.y + s.fontSize))
    assert not any(_overlap(a, b) for i, a in enumerate(text_boxes) for b in text_boxes[i + 1:])
    # nothing leaves the drawing, and the dates stand above the marks
    assert all(0 <= b[0] and b[2] <= drawing.width for b in text_boxes)
    assert min(b[1] for b in text_boxes) > max(b[3] for b in boxes)


def test_drawn_lines_have_no_invisible_marks_left():
    shown = lines("المصدر (§ 16b Abs. 3 AufenthG) هنا", 80 * mm)
    assert all(line == clean(line) for line in shown)


def test_every_right_to_left_letter_is_set_right_to_left():
    import unicodedata

    from assistant.shaping import has_rtl

    letters = [chr(c) for c in range(0x110000)
               if unicodedata.bidirectional(chr(c)) in ("R", "AL")]
    assert len(letters) > 1000 and all(has_rtl(f"abc {ch}") for ch in letters)
    assert not has_rtl("Dr.-W.-Külz-Straße 16, Київ, ٣٤")  # Arabic digits alone are no letters


def test_a_paragraph_cited_in_arabic_text_stays_on_one_line():
    # a Latin run broken across right-to-left lines reads backwards from one line to the next
    text = ("إذا قدّمت الطلب قبل انتهاء تصريح إقامتك، يُعدّ تصريحك الحالي مستمرًا حتى تقرر "
            "دائرة الأجانب (§ 81 Abs. 4 Satz 1 AufenthG). لذلك احتفظ بإثبات أنك قدّمت الطلب.")
    for width in (55 * mm, 70 * mm, 80 * mm, 100 * mm):
        shown = [line.replace("\u00a0", " ") for line in lines(text, width)]
        assert sum("(§ 81 Abs. 4 Satz 1 AufenthG)" in line for line in shown) == 1, (width, shown)


def test_a_latin_run_wider_than_the_line_still_breaks_between_its_words():
    text = "دائرة الأجانب (§ 81 Abs. 4 Satz 1 AufenthG) تقرر"
    shown = [line.replace("\u00a0", " ") for line in lines(text, 25 * mm)]
    assert all(stringWidth(line, "DejaVuSans", 9) <= 25 * mm + 0.01 for line in shown), shown
    assert "AufenthG)" in " ".join(shown) and "(§ 81" in " ".join(shown)
