"""Attributions that point back at the sentence before them, as agency copy in South Asia, Malaysia, Nigeria
and Ukraine writes them: "The government will allocate RM500 million to upgrade schools. ¶ This was stated by
Education Minister Norliza Abdul Rahman when launching ...", "... ¶ He said this while chairing a meeting ...".

The sentence before is the content; the "this" sentence gives the cue and the speaker. When another row
already attributes that sentence, the "this" sentence adds nothing (the lede said "Minister X said that ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..segment import Doc
from .lexicon import cue_lexicon
from .marks import QSpan
from .subjects import _after_dateline
from .units import Row, _items

# "This was stated by X", "This was disclosed by X": the speaker follows "by".
STATED_BY_RE = re.compile(
    r"[ \t]*This[ \t]+(?:was|has[ \t]+been)[ \t]+(?P<cue>stated|said|announced|disclosed|revealed|conveyed|"
    r"confirmed|noted|stressed|expressed|mentioned|underlined|emphasised|emphasized)[ \t]+by[ \t]+")
# Where the speaker's mention ends: the occasion, the time or the place of the statement.
SPEAKER_END_RE = re.compile(
    r"[ \t]+(?:when|while|during|at|in|on|after|before|as|here|today|yesterday|addressing|speaking|an?[ \t]+\w+"
    r"[ \t]+correspondent)\b|[,;:.(]")
# The object of a "this" report ("He said this while ...", "stated this in a statement").
THIS_CONTENT_RE = re.compile(r"(?:these[ \t]+remarks|these[ \t]+views|this[ \t]+statement|this)\b", re.IGNORECASE)
MAX_SPEAKER_CHARS = 160


def _back_references(doc: Doc, rows: list[Row], qspans: list[QSpan]) -> list[Row]:
    """``rows`` with the "this" attributions of the ``doc``'s sentences resolved: a row for the sentence before
    when nothing attributes it yet, and no row whose content is the word "this"."""
    text, sentences = doc.text, doc.sentences
    starts = [a for a, _, _ in sentences]
    # (its subject opens the sentence: "He said this while ...", not "This is how Clinton often has explained this
    # in the past")
    this_rows = {id(r): r for r in rows if r.cue is not None and r.speaker is not None and r.kind == "indirect"
                 and _only_occasion_after(text, r.start, r.end)
                 and not text[starts[max(0, bisect_right(starts, r.start) - 1)] : r.speaker[0]].strip()}
    out = [r for r in rows if id(r) not in this_rows]
    for i in range(1, len(sentences)):
        s0, s1, pid = sentences[i]
        m = STATED_BY_RE.match(text, s0, s1)
        this_row = next((r for r in this_rows.values() if s0 <= r.start < s1), None)
        if m is None and this_row is None:
            continue
        span = _content_of(doc, i - 1, qspans)
        if span is None:
            continue
        if m is not None:  # the explicit speaker outranks a stance read off the sentence before ("Ukraine expects
            # its partners to ...") and a closing cue that took the "This was stated" sentence as its content
            out = [r for r in out if not (r.start < span[1] and r.end > span[0] and not _speech_row(text, r)
                                         or s0 <= r.start < s1)]
        if any(r.start < span[1] and r.end > span[0] for r in out):
            continue  # the sentence before has its attribution already
        if m is not None:
            stop = SPEAKER_END_RE.search(text, m.end(), min(s1, m.end() + MAX_SPEAKER_CHARS))
            speaker = (m.end(), stop.start() if stop else s1)
            cue = (m.start("cue"), m.end("cue"))
        elif this_row is not None and this_row.speaker is not None:
            speaker, cue = this_row.speaker, this_row.cue
        else:
            continue
        inside = [q for q in qspans if span[0] <= q.start and q.end <= span[1]]
        whole = len(inside) == 1 and inside[0].start == span[0] and inside[0].end >= span[1] - 1
        kind = "direct" if whole else "mixed" if inside else "indirect"
        out.append(Row(kind, span[0], span[1], cue=cue, speaker=speaker, attribution="cue", paragraph=pid,
                       quotes=inside))
    return out


def _speech_row(text: str, r: Row) -> bool:
    """Is ``r`` reported with a verb of speech ("said", "told", "announced"), not a stance ("expects")?"""
    if r.cue is None:
        return True
    words = text[r.cue[0] : r.cue[1]].lower().split()
    return any(c.cls in ("speech", "tell") for w in words[-1:] for c in cue_lexicon().get(w, ()))


def _only_occasion_after(text: str, start: int, end: int) -> bool:
    """Is the content "this" (or "these remarks") followed only by the occasion ("this while chairing a
    meeting", "these views while addressing ..."), not a noun it determines ("this year's budget would grow")?"""
    m = THIS_CONTENT_RE.match(text, start, end)
    rest = text[m.end() : end].split() if m is not None else None
    return rest is not None and (not rest or rest[0].lower() in OCCASION_OPENERS)


OCCASION_OPENERS = frozenset("while when during at in on after before as here today yesterday".split())


def _content_of(doc: Doc, i: int, qspans: list[QSpan]) -> tuple[int, int] | None:
    """Sentence ``i``'s span without its dateline (read as the unit analysis reads it), outer spaces and final
    full stop."""
    tlo, thi = doc.sentence_token_ranges[i]
    if thi <= tlo:
        return None
    items = _items(doc, tlo, thi, qspans, [q.start for q in qspans])
    k = _after_dateline(items, 0, len(items))  # "KUALA LUMPUR, March 3 (Bernama) --", "ISLAMABAD, Jan 14 (APP):"
    if k >= len(items):
        return None
    a, b = items[k].start, doc.sentences[i][1]
    text = doc.text
    while b > a and (text[b - 1].isspace() or text[b - 1] == "."):
        b -= 1
    return (a, b) if b - a > 1 else None
