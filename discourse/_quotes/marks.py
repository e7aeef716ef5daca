"""Quotation marks: pairing double and single marks inside paragraphs into quoted spans
(:func:`find_quote_spans`), with multi-paragraph quotes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..segment import Doc
from .constants import (
    _WORD_RE,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    MARK_RE,
    MAX_SINGLE_QUOTE,
    MIN_SINGLE_WORDS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT_DOUBLE,
    TITLE_CASE_SHARE,
)


@dataclass
class QSpan:
    """A stretch between quotation marks (marks included), possibly over several paragraphs."""

    start: int
    end: int
    single: bool = False
    closed: bool = True
    words: int = 0
    comma_end: bool = False  # '"...," he said': the quote closes its clause with a comma
    open_end: bool = False  # ends with a comma, question or exclamation mark: '"Why?" asked Lavrov'
    comma_after: bool = False  # a comma right after the closing mark (British: "'No', she replied")
    titled: bool = False  # a quoted name: most words capitalised, or a hashtag or handle (see _title_like)


# Format characters that print nothing: bidi embeddings and marks, zero-width spaces and joiners, BOM.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")


def _is_opening_context(text: str, i: int) -> bool:
    """True when the mark at ``i`` looks like an opening mark (space or bracket before, text after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    # an invisible format character (a bidi mark, a zero-width space) stands where a space would
    return before.isspace() or before in "([{\u2014\u2013-/:;,\u201c\u2018\"'" or before in INVISIBLE or i == 0


def _is_closing_context(text: str, i: int) -> bool:
    """True when the mark at ``i`` looks like a closing mark (text before it, space or punctuation after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}\u2014\u2013-")


def _nested_mark(text: str, i: int, ch: str, open_closers: str, inner: int) -> bool:
    """A mark of the other style inside an open quote: “ opening or ” closing inside a straight quote,
    " opening or closing inside a curly one."""
    if open_closers == STRAIGHT_DOUBLE:
        return (ch == "\u201c" and _is_opening_context(text, i)) or (ch == "\u201d" and inner > 0)
    if open_closers and STRAIGHT_DOUBLE not in open_closers and ch == STRAIGHT_DOUBLE:
        return (_is_opening_context(text, i) and not _is_closing_context(text, i)) or inner > 0
    return False


def _pair_doubles(text: str, marks: list[int], para: tuple[int, int]) -> tuple[list[QSpan], int | None]:
    """Pair double marks inside one paragraph; returns closed spans and the offset of an unclosed opener."""
    spans: list[QSpan] = []
    open_at: int | None = None
    open_closers = ""
    inner = 0  # quotes of the other style nested in the open one: "He said “no” twice"
    for i in marks:
        ch = text[i]
        width = 1
        if ch == "'":  # two apostrophes stand for a double mark (''Like this,'' in NYT archives)
            ch, width = STRAIGHT_DOUBLE, 2
        if open_at is not None and _nested_mark(text, i, ch, open_closers, inner):
            inner += 1 if _is_opening_context(text, i) else -1
            continue
        if open_at is None:
            inner = 0
            if ch in DOUBLE_OPEN and ch not in "\u201d":
                if ch == "\u00bb" and not _is_opening_context(text, i):
                    continue
                open_at, open_closers = i, DOUBLE_OPEN[ch]
            elif ch == STRAIGHT_DOUBLE and (_is_opening_context(text, i) or i == para[0]):
                open_at, open_closers = i, STRAIGHT_DOUBLE
            elif ch == "\u201d" and (i == para[0] or _is_opening_context(text, i) and not _is_closing_context(text, i)):
                open_at, open_closers = i, "\u201d"  # a closing mark used as opener (Swedish style: \u201dNo\u201d)
            continue
        mixed_close = ch in (STRAIGHT_DOUBLE, "\u201d") and _is_closing_context(text, i + width - 1)
        if ch in open_closers or mixed_close:  # writers mix styles: “...," he said
            if ch == "\u201c" and open_closers != "\u201c" and _is_opening_context(text, i):
                # "“ ... “": the first opener was never closed; restart here
                open_at, open_closers = i, DOUBLE_OPEN[ch]
                continue
            if i > open_at + 1:
                spans.append(QSpan(open_at, i + width))
            open_at = None
        elif ch in DOUBLE_OPEN and ch not in "\u201d\u00bb" and _is_opening_context(text, i):
            open_at, open_closers = i, DOUBLE_OPEN[ch]  # unbalanced: drop the earlier opener
    return spans, open_at


def _pair_singles(text: str, marks: list[int], blocked: list[QSpan]) -> tuple[list[QSpan], int | None]:
    """Pair single marks outside double-quoted spans: opener before a letter, closer after a non-space.
    Returns the spans and the offset of an opener left unclosed."""
    spans: list[QSpan] = []
    open_at: int | None = None
    bstarts = [q.start for q in blocked]
    n = len(text)
    for i in marks:
        ch = text[i]
        k = bisect_right(bstarts, i) - 1
        if k >= 0 and blocked[k].start <= i < blocked[k].end:
            continue
        nxt = text[i + 1] if i + 1 < n else " "
        prev = text[i - 1] if i > 0 else " "
        if open_at is not None and ch in SINGLE_CLOSE and not prev.isspace() and not nxt.isalnum() and not (
            _plural_possessive(text, i, open_at)
        ):
            if i - open_at > MAX_SINGLE_QUOTE:
                open_at = None
            else:
                spans.append(QSpan(open_at, i + 1, single=True))
                open_at = None
                continue
        if ch in SINGLE_OPEN and not prev.isalnum() and nxt.isalnum() and not (
            ch == "'" and ELISION_RE.match(text, i + 1)
        ):
            open_at = i
    return spans, open_at


def _plural_possessive(text: str, i: int, open_at: int) -> bool:
    """Is the mark at ``i`` the apostrophe of a plural possessive inside a quoted sentence ("'... pay the
    price for the Tories' mess.'")? It follows an "s" and comes before a lower-case word, and the quotation
    closes after a punctuation mark later in the paragraph with no other mark opening in between."""
    if text[i - 1] != "s" or text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].islower():
        return False
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    if end - open_at > MAX_SINGLE_QUOTE:
        return False
    for k in range(i + 1, end):
        if text[k] in SINGLE_OPEN and text[k - 1].isspace():
            return False  # another quotation opens first: this mark closes the one before
        if text[k] in SINGLE_CLOSE and text[k - 1] in ".,!?" and (k + 1 >= len(text) or not text[k + 1].isalnum()):
            return True
    return False


# Words whose first letters an apostrophe stands for: "the '90s", "rock 'n' roll", "'em", "'til".
ELISION_RE = re.compile(r"(?:\d0s|\d\d\b|n'|em\b|til\b|tis\b|twas\b|cause\b|bout\b)", re.IGNORECASE)


def find_quote_spans(doc: Doc, short_singles: list[QSpan] | None = None) -> list[QSpan]:
    """Every quoted stretch of ``doc``, in order, not overlapping, within paragraph bounds.

    A paragraph that opens with a mark that is never closed runs to its end; when the next paragraph
    opens with a mark too, the quote continues there (one span over both paragraphs). Single-quoted
    stretches of fewer than ``MIN_SINGLE_WORDS`` words are left out (in most articles they are scare
    quotes or apostrophes); pass a list as ``short_singles`` to collect them.
    """
    text = doc.text
    all_marks = [m.start() for m in MARK_RE.finditer(text)]
    if not all_marks:
        return []
    out: list[QSpan] = []
    pending: QSpan | None = None  # multi-paragraph quote waiting for its continuation
    pending_single: QSpan | None = None
    for pa, pb in doc.paragraphs:
        lo, hi = bisect_left(all_marks, pa), bisect_left(all_marks, pb)
        marks = all_marks[lo:hi]
        twin = [i for i in marks if text[i] == "'" and text[i + 1 : i + 2] == "'" and text[i - 1 : i] != "'"]
        twin_set = set(twin) | {i + 1 for i in twin}
        doubles = sorted(
            [i for i in marks if text[i] in DOUBLE_OPEN or text[i] in DOUBLE_CLOSE or text[i] == '"'] + twin
        )
        spans, unclosed = _pair_doubles(text, doubles, (pa, pb))
        opens_para = bool(doubles) and doubles[0] == pa
        if pending is not None:
            # (a continuation opens with the same style of mark: a stray straight mark before a paragraph
            # that opens with a curly one, '"Kevin was snoring. \u00b6 \u201cHere he is,\u201d', is no
            # quote that goes on)
            if opens_para and _straight(text[pending.start]) == _straight(text[pa]):
                first = spans[0] if spans and spans[0].start == pa else None
                if unclosed == pa and not spans:
                    pending.end = pb  # the quote goes on
                    continue
                if first is not None:
                    pending.end = first.end  # the continuation closes in this paragraph
                    pending.closed = True  # (its last mark counts: '... "B," he continued')
                    spans = spans[1:]
                    out.append(pending)
                    pending = None
            if pending is not None:
                out.append(pending)
                pending = None
        if unclosed is not None and (unclosed == pa or _colon_before(text, unclosed, pa) or (
            (_sentence_before(text, unclosed, pa) or _cue_comma_before(text, unclosed, pa))
            and _next_opens_with(doc, pb, DOUBLE_STARTS)
        )):  # '... he said. "The government has lost control ... ¶ "Every expert ...": the quote goes on (and
            # 'Danladi said, "The subsidy regime was a scam ... ¶ "We are not unaware ...')
            pending = QSpan(unclosed, pb, closed=False)
        out.extend(spans)
        singles = [i for i in marks if (text[i] in SINGLE_OPEN or text[i] in SINGLE_CLOSE) and i not in twin_set]
        sspans, sopen = _pair_singles(text, singles, spans) if singles else ([], None)
        if pending_single is not None:  # the same for quotes in single marks (British style)
            if sspans and sspans[0].start == pa:
                pending_single.end = sspans[0].end
                pending_single.closed = True
                sspans = sspans[1:]
            elif sopen == pa and not sspans:
                pending_single.end = pb
                continue
            out.append(pending_single)
            pending_single = None
        if sopen is not None and _next_opens_with(doc, pb, SINGLE_OPEN) and (
            sopen == pa or _colon_before(text, sopen, pa) or _sentence_before(text, sopen, pa)
        ):
            pending_single = QSpan(sopen, pb, closed=False, single=True)
        out.extend(sspans)
    for last in (pending, pending_single):
        if last is not None:
            out.append(last)
    out.sort(key=lambda q: q.start)
    res: list[QSpan] = []
    for q in out:  # drop anything nested in or overlapping an earlier span
        if res and q.start < res[-1].end:
            continue
        words = _WORD_RE.findall(text, q.start, q.end)
        q.words = len(words)
        q.titled = _title_like(text, q, words)
        last = _last_inside(text, q)
        q.comma_end = last == ","
        q.open_end = last in (",", "?", "!")
        q.comma_after = q.closed and text[q.end : q.end + 1] == ","
        if q.words and not (q.single and q.words < MIN_SINGLE_WORDS and not (
            (q.open_end or q.comma_after) and _opens_sentence(text, q.start)
            or last in ("!", "?") and _shouted_before(text, q.start) and _ends_sentence(text, q.end)
        )):  # (a short stretch that opens a sentence and closes on ",", "?" or "!" may be speech: "'No
            # comment,' he said", "'No', she replied"; so may an exclamation after its verb: "one backbencher
            # shouted 'Resign!'"; the rows decide, with their cue)
            res.append(q)
        elif q.words and short_singles is not None:
            short_singles.append(q)
    return res


# A verb in the past right before a quotation ("shouted", "yelled", "asked:"), as a heckle is reported.
SHOUTED_BEFORE_RE = re.compile(r"\b[a-z]{3,}ed[ \t]*[:,]?[ \t]*$")


def _shouted_before(text: str, start: int) -> bool:
    """Does a verb in the past stand right before the quotation opening at ``start``?"""
    return SHOUTED_BEFORE_RE.search(text, max(0, start - 30), start) is not None


def _ends_sentence(text: str, end: int) -> bool:
    """Does nothing but spaces stand between ``end`` and the next line or capitalised sentence?"""
    return re.match(r"[ \t]*(?:$|\n|[A-Z\"\u201c'\u2018])", text[end : end + 3]) is not None


# Characters of a closing mark, doubled ('' in LDC-style archives) or nested (,'" or ,’”).
CLOSING_CHARS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")


def _straight(ch: str) -> bool:
    """A typewriter mark (", or '' in LDC-style archives) rather than a typographic one."""
    return ch in "\"'"


def _last_inside(text: str, q: QSpan) -> str:
    """The last character before the quote's closing mark(s): "," in '"We will,"', ",''" and ",'\"'."""
    k = q.end
    if not q.closed:
        return ""
    for _ in range(3):
        if k > q.start + 1 and text[k - 1] in CLOSING_CHARS:
            k -= 1
        else:
            break
    return text[k - 1] if k > q.start else ""


def _opens_sentence(text: str, i: int) -> bool:
    """The mark at ``i`` opens a paragraph or follows a sentence's end or a colon."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    while j >= 0 and text[j] in CLOSING_CHARS:
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


def _sentence_before(text: str, i: int, pa: int) -> bool:
    """An unclosed mark that opens a sentence inside the paragraph ('he said. "The ...')."""
    j = i - 1
    while j >= pa and text[j] == " ":
        j -= 1
    while j >= pa and text[j] in CLOSING_CHARS:
        j -= 1  # '... he said."' is rare; '"...," he said. "' is the case
    return j > pa and j < i - 1 and text[j] in ".!?"


DOUBLE_STARTS = frozenset(DOUBLE_OPEN) | {STRAIGHT_DOUBLE, "\u201d"}


def _next_opens_with(doc: Doc, pb: int, chars: frozenset[str] | set[str]) -> bool:
    """True when the paragraph after the one ending at ``pb`` starts with one of the marks ``chars``."""
    k = bisect_left(doc.paragraph_starts, pb)
    if k >= len(doc.paragraphs):
        return False
    na = doc.paragraphs[k][0]
    return doc.text[na : na + 1] in chars or doc.text[na : na + 2] == "''" and STRAIGHT_DOUBLE in chars


def _colon_before(text: str, i: int, pa: int) -> bool:
    """An unclosed mark right after a colon introduces a quote that runs to the paragraph end."""
    j = i - 1
    while j >= pa and text[j] == " ":
        j -= 1
    return j >= pa and text[j] == ":"


def _cue_comma_before(text: str, i: int, pa: int) -> bool:
    """An unclosed mark after a speech verb and a comma ('Danladi said, "...') opens a quotation, which may
    run on into the next paragraph."""
    j = i - 1
    while j >= pa and text[j] == " ":
        j -= 1
    if j < pa or text[j] != ",":
        return False
    m = LAST_WORD_RE.search(text, pa, j)
    return m is not None and m.group(1).lower() in SAYING_WORDS


SAYING_WORDS = frozenset("said says added adds stated states declared declares explained continued noted".split())
LAST_WORD_RE = re.compile(r"(\w+)[ \t]*$")


# Words a title leaves in lower case ("Face the Nation", "Pride and Prejudice", "Gone with the Wind").
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from vs".split())


def _title_like(text: str, q: QSpan, words: list[str]) -> bool:
    """A quoted name: most words capitalised, not counting the small words titles leave in lower case
    ("Eva Glawischnig-Piesczek vs. Facebook Ireland Limited", "Meet the Press"), or a hashtag or handle."""
    if text[q.start + 1 : q.end - 1].lstrip()[:1] in ("#", "@"):
        return True
    words = [w for w in words if w[:1].isalpha() and w not in TITLE_SMALL_WORDS]
    return bool(words) and sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
