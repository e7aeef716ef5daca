"""Quotes: who said what, as rows of direct, mixed and indirect (reported) speech with exact spans.

What is extracted
-----------------
Every attribution relation in the sense of Pareti (2015, "Attribution: a computational approach", PhD
thesis, Edinburgh; PARC 3.0) and of the PolNeAR annotation guidelines (Newell, Margolin & Ruths 2018,
"An Attribution Relations Corpus for Political News", LREC): a *content* span, the *cue* that
introduces it and the *source* (speaker) it is attributed to. One row per relation, of ``kind``

* ``direct``: a span between quotation marks, the marks included ("If this is about ...," he said);
* ``mixed``: a reported clause that contains a quoted fragment (said he will "absolutely do safe zones"),
  one row covering the clause;
* ``indirect``: a reported clause without quotation marks, introduced or closed by a cue from
  ``resources/cues.csv`` (reporting verbs after Levin 1993 and Biber et al. 1999, "according to").

How
---
Rule-based, on the shared :class:`~discourse.segment.Doc` (Punkt sentences and tokens, nothing re-split):

1. Quotation marks (straight, curly, guillemets, low-9; single marks only for clause-length quotes with a
   cue, and in an article that quotes speech with single marks, as British papers do, for the fragments
   that make a reported clause mixed) are paired inside each paragraph. An unclosed mark at the start of
   a paragraph runs to the end of the paragraph and continues when the next paragraph opens with a mark
   of the same style (newspaper style for quotes over several paragraphs); any other unpaired mark is
   ignored, so a stray mark never swallows the text.
2. Sentences that a quote spans are merged into one *unit*; inside a unit each quote is one item.
3. Cues are matched token by token (longest form first). A cue closes the content before it
   (``CONTENT, Lavrov said.`` / ``CONTENT, said Lavrov.``) when only its speaker and adverbials follow it,
   and opens the content after it otherwise (``Lavrov said (that) CONTENT``), skipping the hearer of
   "tell" verbs. The speaker is the noun phrase next to the cue (names, titles, appositives, relative
   clauses, pronouns, a person with the institution they are of: "Dr. Alison Kock of the University of Cape
   Town"; the named antecedent of a restrictive relative: "Terri Collins who sponsored the bill remarked"),
   or the whole subject that opens the clause when it is longer ("Several people I've
   spoken with over the last couple of weeks said"); a participle (``..., adding that``, also one opening
   the sentence, ``Noting he majored in philosophy, Allen said``) shares the speaker of its main clause,
   and so does an infinitive of purpose ("stood at a Bush event to say he was leaning toward Trump").
   Verbs of thought close a clause like verbs of speech ("The plan will fail, many experts think.").
   Attributions do not nest (as in PolNeAR): a cue closing the sentence owns the clause before it, and
   the content of a cue ends where another attribution or a writer's comment (``, which ...``) begins.
4. A quote that forms a unit of its own without a cue takes the speaker of the adjacent attribution
   (``attribution = "context"``), as in Pareti's treatment of "floating" quotes; a short quoted term
   without a cue and without clause structure is a scare quote or a title and is not returned. A quote
   after a colon (``Pew Research: "..."``) or after ``X said:`` closing the previous paragraph is
   attributed to that phrase (``attribution = "cue"``, the colon or the verb as cue).
   One quotation is one row, as PolNeAR and PARC annotate it: a quote interrupted by its cue
   (``"A," he said, "B."``) or continued in the same paragraph by a quote without a cue of its own
   (``"A," he said. "B."``, after a direct or mixed row) runs from the first mark to the last when the
   narration between the parts is shorter than the quoted words (else B is a ``context`` row), and
   ``segments`` holds its quoted parts (``"start:end;start:end"``); word counts, tone and hedges of the
   quote use those parts only. A quote in the next paragraph stays a ``context`` row, unless the quote
   before was left open at its paragraph's end (then it goes on there). Likewise a cue set between commas
   inside a reported clause (``The plan, he said, would fail``, also with an opening condition, "If ...,")
   or "according to X" set between commas gives one row whose ``segments`` are the two parts of the content.
   A quotation filling its paragraph takes the name of a credit line under it ("- Michelle Marks,
   Philadelphia."), one followed on its own line by a dash and a name takes that name ('"..." ― Sonya
   Herridge'), and a sentence of a name and a verb of reply ("Dianne Bystrom agreed.") introduces the
   quotation after it.
   A clause-length quote inside a sentence without a known cue (``Hillary shot back, "I suppose ..."``)
   is said by the sentence's subject (``context``), unless the subject is described rather than speaking
   ("Guns are ..."), and a paragraph that ends with a colon ("Trump issued the following statement:")
   introduces the quote of the next one (its subject speaks, the colon is the cue).
   Some verbs are cues only right after a quote (``"...," it read``, ``"...," he declared``; the
   ``closing`` class of cues.csv, and any -ed verb after a pronoun or a name there).
5. Transcripts (paragraphs opening with a speaker label such as "Vladimir Putin:", "Question:" or the
   interview style "((Name))", also after the opening mark of a transcript quoted paragraph by paragraph,
   '"WALLACE:', at least two in the article, or one official's label with title and full name,
   "President of Russia Vladimir Putin:"; never a title-case headline, "Pence: Gennifer Flowers Won't Be
   at Debate") give one row per turn, running to the next label
   (``attribution = "transcript"``); paragraphs before the first turn are read as running text. A note
   before the colon ("Recep Tayyip Erdogan (retranslated):") is skipped, and a label alone in its
   paragraph opens the turn in the next one. The label is the speaker mention: "President of Russia
   Vladimir Putin" gives speaker "Vladimir Putin" and speaker_role "President of Russia". Turns of
   unnamed participants keep their label as speaker ("Question", "Remark", "Answer") with no role, so
   they can be counted or filtered (``speaker == "Question"``) but are never merged with a person.

6. Attributions without a speech verb, added only where no verb-cued row covers the text (PolNeAR
   annotates them): evidential raising verbs ("Trump is expected to deliver ...", "is not expected to",
   "The music seemed to match"), views ("a state seen as critical") and "reportedly" (the subject and the
   rest of the clause, no speaker), passive reports whose agent is not named ("He was told that ...", "It
   was reported that ...": no speaker; a question put by an unnamed asker, "when asked if ...", is no row;
   one put "by" a named asker is the asker's), reporting nouns with a that-clause ("his claim that ...",
   source the possessive), stance nouns with a possessive holder ("Clinton's attacks on Trump"), an
   opening "In a poll ..., CLAUSE" (the phrase is the source; after "In his speech / an interview ...,"
   the clause's subject is), a clause closed by "in the latest Fox poll", "according to" with any noun
   phrase, shares and bare plurals as subjects ("59 percent said", "GOP analysts say").

Speakers are resolved by :mod:`discourse.speakers` (pronouns, role nouns, fullest name, registry). A
speaker mention is a noun phrase: verbs, adverbs and leading conjunctions are cut from it. A dateline
("MOSCOW (Reuters) -", "NEW DELHI:") is never a subject, and names keep their particles ("von der Leyen",
"al-Assad").

``attribution`` values: ``cue`` (a cue in the same unit, a colon, or "X said:" before the paragraph),
``according`` ("according to X"), ``context`` (speaker taken from the adjacent attribution, no cue),
``transcript`` (speaker label) and ``unattributed`` (a clause-length quote standing on its own whose
speaker could not be found; speaker columns missing).

Direct quotes include their quotation marks; mixed and indirect rows cover the reported clause with the
complementiser "that", as PolNeAR does ("said that X", "his claim that X"; a row holding a quote starts
after it: a direct quote is its marks, and a mixed row keeps the quote-centred span the direct track
scores), and without final punctuation outside a quote. The clause ends before a
writer's contrast after a comma (", while ...", ", but ..." unless a quotation follows) and the object of a
stance verb before a second predicate ("praised the ruling and returned to ...").

Patterns are bounded (no nested quantifiers), quotes are paired within paragraphs, and everything runs on
precomputed tokens, so the cost is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

import pandas as pd

from ._quotes.backrefs import _back_references
from ._quotes.constants import FUNCTION_WORDS as FUNCTION_WORDS  # re-exported (discourse.speakers, users)
from ._quotes.constants import INTRO
from ._quotes.constants import NAME_JOINERS as NAME_JOINERS  # re-exported
from ._quotes.context import (
    _colon_intros,
    _credit_lines,
    _dedupe,
    _filter_singles,
    _floating_rows,
    _join_continuations,
    _link_context,
    _single_style,
    _unquoted_blocks,
    _verb_intros,
)
from ._quotes.lexicon import Cue as Cue  # re-exported: the type of cue_lexicon()'s values
from ._quotes.lexicon import cue_lexicon
from ._quotes.marks import QSpan as QSpan  # re-exported: the type of find_quote_spans()'s items
from ._quotes.marks import _opens_sentence, find_quote_spans
from ._quotes.nonverbal import (
    _headline_colon_row,
    _headline_quote_colon_row,
    _headline_source_row,
    _in_poll_after_row,
    _in_source_row,
    _nominal_rows,
    _raising_rows,
)
from ._quotes.phrases import _noun_phrase
from ._quotes.transcripts import _transcript_rows
from ._quotes.units import Item, Row, _items, _units
from ._quotes.verbal import _analyse_unit
from .schema import format_segments
from .segment import Doc

__all__ = ["extract", "quotes", "cue_lexicon", "find_quote_spans"]


# ---------------------------------------------------------------- public
def _rows(doc: Doc) -> list[Row]:
    transcript = _transcript_rows(doc)
    rows = _text_rows(doc)
    if transcript:  # turns replace whatever was found inside them; the introduction, and narrative after
        # a turn that a photo credit ends, keep their rows
        starts = [t.start for t in transcript]
        rows = sorted([r for r in rows if not _inside_turn(r, transcript, starts)] + transcript,
                      key=lambda r: (r.start, r.end))
    return rows


def _inside_turn(r: Row, turns: list[Row], starts: list[int]) -> bool:
    """Does row ``r`` overlap one of the transcript ``turns`` (sorted, with their ``starts``)?"""
    k = bisect_right(starts, r.end - 1) - 1  # the last turn starting before r ends
    return k >= 0 and turns[k].end > r.start or k > 0 and turns[k - 1].end > r.start


def _text_rows(doc: Doc) -> list[Row]:
    """Attributions in running text: cue rows, floating quotes with their context."""
    short_singles: list[QSpan] = []
    qspans = find_quote_spans(doc, short_singles)
    qstarts = [q.start for q in qspans]
    lex = cue_lexicon()
    rows: list[Row] = []
    units_items: list[tuple[list[Item], int]] = []
    for a, b in _units(doc, qspans):
        tlo = doc.sentence_token_ranges[a][0]
        thi = doc.sentence_token_ranges[b][1]
        if thi <= tlo:
            continue
        items = _items(doc, tlo, thi, qspans, qstarts)
        pid = doc.sentences[a][2]
        units_items.append((items, pid))
        for r in _analyse_unit(items, lex, pid):
            rows.append(r)
            nxt = r.next_row
            if nxt is not None:
                nxt.paragraph = pid
                rows.append(nxt)
    # rows without a reporting verb only where no verb-cued row already covers the text
    weak = [r for items, pid in units_items
            for r in (*_raising_rows(items, pid), *_nominal_rows(items, pid, lex), _in_source_row(items, pid),
                      _in_poll_after_row(items, pid)) if r]
    # a headline "Obama: I'm Optimistic Americans Will Say No to Trump" owns what follows its colon, cues and all
    for r in (r for items, pid in units_items if (r := _headline_colon_row(items, pid) or _headline_source_row(
        items, pid) or _headline_quote_colon_row(items, pid))):  # (or the headline that names its source at its
        # end: "...: JCS", "... - Roscosmos", or after its quotation: "'No magic, only discipline': X hails ...")
        rows = [o for o in rows if not r.start <= o.start < r.end]
        rows.append(r)
    taken = sorted((r.start, r.end) for r in rows)
    starts = [a for a, _ in taken]
    reach: list[int] = []  # reach[k]: the furthest end among the first k + 1 rows by start
    for _, b in taken:
        reach.append(max(b, reach[-1]) if reach else b)
    for r in weak:
        k = bisect_left(starts, r.end) - 1  # rows starting before r ends
        if k >= 0 and reach[k] > r.start:
            continue
        rows.append(r)
    used = {id(q) for r in rows for q in r.quotes}
    # (an article without a double mark quotes with single ones, even when only fragments: "told the jury Hadley
    # 'sold his vote'")
    single_style = _single_style(rows) or bool(short_singles) and all(q.single for q in qspans)
    rows.extend(_floating_rows(doc, units_items, used, single_style))
    rows.extend(_colon_intros(doc, units_items, rows))
    rows.extend(_verb_intros(units_items, rows))
    rows.extend(_unquoted_blocks(doc, rows))
    going_on = _short_single_sentences(doc, rows, short_singles) if single_style and short_singles else []
    rows.extend(going_on)
    rows = _back_references(doc, rows, qspans)  # "This was stated by ...", "He said this ..."
    rows.sort(key=lambda r: (r.start, r.end))
    _credit_lines(doc, rows)
    _link_context(rows, doc.text)
    kept = {id(r) for r in going_on}  # (short, but speech by where they stand)
    rows = [r for r in _filter_singles(rows, single_style, kept) if r.kind != INTRO]
    if single_style and short_singles:
        _mark_single_fragments(rows, short_singles)
    return _join_continuations(_dedupe(rows))


MAX_SHORT_SINGLE_GAP = 80  # characters between a single-quoted speech and the short sentence that goes on with it


def _short_single_sentences(doc: Doc, rows: list[Row], fragments: list[QSpan]) -> list[Row]:
    """In an article that quotes with single marks, a short single-quoted sentence right after a quoted
    speech in its paragraph goes on with it ("'..., ' she told the jury. 'He was dishonest.'"), as a double-quoted
    one does however short; elsewhere a short single-quoted stretch stays a scare quote."""
    text = doc.text
    spoken = sorted((r.end, r) for r in rows if r.kind == "direct" and r.quotes and r.quotes[-1].single)
    ends = [e for e, _ in spoken]
    out = []
    for q in fragments:
        if not (_opens_sentence(text, q.start) and q.closed and text[q.end - 2 : q.end - 1] in (".", "!", "?")):
            continue
        k = bisect_left(ends, q.start + 1) - 1
        if k < 0 or q.start - ends[k] > MAX_SHORT_SINGLE_GAP:
            continue
        gap = text[ends[k] : q.start]
        if "\n" in gap or any(ch in gap for ch in "'\u2018\u2019\"\u201c\u201d"):
            continue
        out.append(Row("direct", q.start, q.end, attribution="context", paragraph=spoken[k][1].paragraph, quotes=[q]))
    return out


def _mark_single_fragments(rows: list[Row], fragments: list[QSpan]) -> None:
    """In an article that quotes with single marks, a reported clause holding a short single-quoted
    fragment ("He added that the changes were 'fair and necessary'") is a mixed quote."""
    starts = [q.start for q in fragments]
    for r in rows:
        if r.kind != "indirect":
            continue
        k = bisect_left(starts, r.start)
        inside = [q for q in fragments[k : bisect_left(starts, r.end)] if q.end <= r.end]
        if inside:
            r.kind = "mixed"
            r.quotes = sorted(r.quotes + inside, key=lambda q: q.start)


def extract(doc: Doc, *, speakers: pd.DataFrame | None = None) -> list[dict[str, Any]]:
    """Quote rows of one :class:`~discourse.segment.Doc`, sorted by ``start``, with every schema column.

    ``speakers`` is an optional registry (see :func:`discourse.speakers.read_speakers`) that fills
    ``speaker_group`` (and ``speaker_role`` when the text gives none).
    """
    from .speakers import resolve

    rows = _rows(doc)
    text = doc.text
    out: list[dict[str, Any]] = []
    for r in rows:
        if r.speaker is not None:
            r.speaker = _noun_phrase(text, *r.speaker)
    for n, r in enumerate(rows):
        sid = doc.sentence_of(r.start)
        out.append(
            {
                "article_id": doc.article_id,
                "quote_id": n,
                "kind": r.kind,
                "text": text[r.start : r.end],
                "start": r.start,
                "end": r.end,
                "cue": text[r.cue[0] : r.cue[1]] if r.cue else None,
                "cue_start": float(r.cue[0]) if r.cue else float("nan"),
                "cue_end": float(r.cue[1]) if r.cue else float("nan"),
                "speaker": None,
                "speaker_mention": text[r.speaker[0] : r.speaker[1]] if r.speaker else None,
                "speaker_start": float(r.speaker[0]) if r.speaker else float("nan"),
                "speaker_end": float(r.speaker[1]) if r.speaker else float("nan"),
                "speaker_role": None,
                "speaker_group": None,
                "attribution": r.attribution,
                "sentence_id": float(sid) if sid >= 0 else float("nan"),
                "segments": format_segments(r.segments or [(r.start, r.end)]),
            }
        )
    resolve(out, doc, registry=speakers)
    return out


def quotes(data: Any, *, speakers: pd.DataFrame | str | None = None) -> pd.DataFrame:
    """One row per attribution (direct, mixed or indirect quote) in every article of ``data``.

    ``data`` is a str, a list/Series of str or a DataFrame with ``text`` (and optional ``article_id``).
    ``speakers`` is an optional registry (DataFrame or CSV path with name, aliases, role, group) used to
    fill ``speaker_group``. Returns the ``quotes`` table of :mod:`discourse.schema`; ``text[start:end]``
    of each article equals the row's ``text``.

    >>> quotes('"We will win," Lavrov said.')[["kind", "text", "speaker"]].values.tolist()
    [['direct', '"We will win,"', 'Lavrov']]
    """
    from .pipeline import table_from_docs
    from .speakers import read_speakers

    registry = read_speakers(speakers) if speakers is not None else None
    return table_from_docs(data, "quotes", extract, speakers=registry)
