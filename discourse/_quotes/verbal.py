"""Rows with a reporting verb (or "according to") in a unit: preposed, closing and inverted cues,
quotes opening the unit, interrupted quotes."""

from __future__ import annotations

from .constants import (
    AUXILIARIES,
    BAD_CONTENT_START,
    BLOCKERS_BEFORE,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    INTENT,
    INTRO,
    MAX_ADVERBIAL_TOKENS,
    MAX_APPOSITIVE_TOKENS,
    MAX_HEARER_TOKENS,
    MAX_NP_TOKENS,
    NEEDS_INFINITIVE,
    PARTICIPLE_LINKS,
    PREPOSITIONS,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
    RELATIVES,
    TIME_WORDS,
)
from .content import _closing_tail, _content_after, _content_before, _kind, _only_punct_after, _trim_end, _trim_start
from .cues import _CueHit, _find_cues
from .lexicon import Cue, _source_nouns
from .phrases import (
    _clause_start,
    _described_name_right,
    _described_subject_left,
    _group_np_left,
    _is_thing,
    _is_word,
    _lower_np_right,
    _np_left,
    _np_right,
    _phrase_right,
    _skip_circumstance,
    _speaker_left,
    _subject_of_unit,
    _with_name_after,
)
from .units import Item, Row, _span


def _analyse_unit(items: list[Item], lex: dict[str, tuple[Cue, ...]], paragraph: int) -> list[Row]:
    """Rows for one unit: cue-introduced and cue-closed content, with their quotes classified."""
    rows: list[Row] = []
    hi = len(items)
    claimed_to = 0  # items before this index belong to a row already
    prev: Row | None = None
    hits = _find_cues(items, lex)
    # A cue that closes the unit ("..., Lavrov said.") owns the clause before it: cues inside that clause
    # ("Russia may support ...") are part of what was said (attributions do not nest, as in PolNeAR).
    closing = _closing_first(items, hits, lex, hi)
    for h in hits:
        if closing is not None and h.a < closing.item_end:
            if h.a == closing.cue_item:
                row = closing
            else:
                continue
        elif h.a < claimed_to and not (h.a > 0 and items[h.a - 1].word == ","):
            continue
        else:
            row = _cue_row(items, h, lex, claimed_to, hi, prev)
        if row is None:
            continue
        row.paragraph = paragraph
        rows.append(row)
        prev = row
        claimed_to = max(claimed_to, row.item_end)
    return rows


def _closing_first(items: list[Item], hits: list[_CueHit], lex: dict[str, tuple[Cue, ...]], hi: int) -> Row | None:
    """The row of the last speech cue whose content starts the unit and ends right before its speaker."""
    for h in reversed(hits):
        if h.cue.cls not in ("speech", "tell") or h.a == 0:
            continue
        if _ends_clause(items[h.a - 1]) and h.cue.words[-1].endswith("ing"):
            continue
        tail = _closing_tail(items, h.b, hi, lex)
        if tail is None:
            continue
        row = _closing_row(items, h, 0, hi, tail[0])
        if row is None or row.item_start != _trim_start(items, 0, hi):
            return None
        # a reported attribution inside ('Trump said: "...," the Times reported') keeps its own row
        if any(o.a >= row.item_start and o.b <= h.a and o.cue.cls in ("speech", "tell") for o in hits if o is not h):
            return None
        row.cue_item = h.a
        return row
    return None


def _ends_clause(it: Item) -> bool:
    """A comma, or a quote that ends with one ('... "New York values," saying ...')."""
    return it.word == "," if it.quote is None else it.quote.comma_end


def _quote_follows(items: list[Item], b: int, hi: int) -> bool:
    """A quotation within the object of a naming verb: 'called him "a feminist"', 'described it as "..."'."""
    for k in range(b, min(hi, b + MAX_HEARER_TOKENS + 2)):
        if items[k].quote is not None:
            return True
        if items[k].word in ",;:." or items[k].word in CONJUNCTIONS:
            return False
    return False


def _cue_row(
    items: list[Item], h: _CueHit, lex: dict[str, tuple[Cue, ...]], lo: int, hi: int, prev: Row | None
) -> Row | None:
    cue = h.cue
    # "..., adding that", "... after hinting that": a participle whose subject is the main clause's speaker
    participial = h.a > 0 and cue.words[0].endswith("ing") and (
        _ends_clause(items[h.a - 1]) or items[h.a - 1].word in PARTICIPLE_LINKS
    )
    if cue.cls == "according":
        return _according_row(items, h, lo, hi)
    if h.a == 0 and items[0].capital and cue.cls in ("speech", "tell"):
        return _inverted_first_row(items, h, hi)
    if not participial and cue.cls in ("speech", "tell"):
        row = _quote_closing_row(items, h, lo, hi)
        if row is not None:
            return row
        if h.a > lo and (items[h.a - 1].word == "," or items[h.a - 1].quote is not None):
            # "..., said David Autor, a professor of economics" (the comma may be inside a quote)
            spk = _with_name_after(items, _np_right(items, h.b, hi), hi)  # or "said the Kremlin's spokesman"
            if spk is not None and (spk[1] >= hi or items[spk[1]].word in ",.;"):
                row = _closing_row(items, h, lo, hi, spk[1])
                if row is not None:
                    return row
        tail = _closing_tail(items, h.b, hi, lex)
        if tail is not None:
            row = _closing_row(items, h, lo, hi, tail[0])
            if row is not None:
                return row
    if not participial and cue.cls in ("speech", "tell"):
        row = _inverted_middle_row(items, h, lo, hi) or _inverted_after_connective_row(items, h, lo, hi)
        if row is not None:
            return row
    # preposed: speaker to the left, content to the right
    before = items[h.a - 1].word if h.a > 0 and items[h.a - 1].quote is None else ""
    if before in BLOCKERS_BEFORE and not participial:
        return None
    follows_report = participial and prev is not None and prev.speaker is not None and prev.item_end >= h.a - 1
    quoted_naming = cue.cls == "naming" and _quote_follows(items, h.b, hi)
    active_object = participial and cue.cls == "object" and cue.words[0].endswith("ing")
    if cue.cls in ("naming", "object") and not follows_report and not (participial and quoted_naming) and (
        participial and not active_object or before == "," and _speaker_left(items, h.a, lo) is None
        and not active_object
    ):
        return None  # "The operation, dubbed "Desert Storm", ...": a passive participle, no speaker
    from_prev = None
    spk = None
    if participial and quoted_naming and not follows_report:
        # "He went on to endorse Ayotte, calling her "a rising star."": the subject of the clause names
        spk = _subject_of_unit(items, lo, h.a)
        if spk is None:
            return None
    elif participial:
        if prev is not None and prev.speaker is not None:
            from_prev = prev
        else:
            spk = _subject_of_unit(items, lo, h.a) or _np_left(items, h.a - 1, lo)
            if spk is None:
                return None
    else:
        p = _skip_circumstance(items, h.a, lo)  # "Feinstein (D-Calif.) last week said"
        if p < h.a and items[p - 1].word == ",":
            spk = _speaker_left(items, p, lo)
        else:
            spk = _np_left(items, p, lo) if before != "," else _speaker_left(items, h.a, lo)
        if spk is None:
            spk = _speaker_left(items, h.a, lo) if before != "," else None
        if spk is None and before in RELATIVES:  # "a message that said", "the report, which found"
            spk = _np_left(items, h.a - 1, lo, lower_ok=True)
            if spk is not None and before != "who" and _is_thing(items, spk) and items[spk[1] - 1].word not in (
                _source_nouns()
            ):
                spk = None  # "a study from Ralph Adolphs in the past that did confirm": not a speaker
        if spk is None and cue.words[-1].endswith("ing"):  # "She followed that by saying"
            spk = _subject_of_unit(items, _clause_start(items, lo, h.a), h.a)
        if spk is None and (before in CONJUNCTIONS or before == ","):
            spk = _subject_of_unit(items, 0, h.a)
            if spk is None and before in CONJUNCTIONS:  # "..., Bush thought for a moment and said"
                spk = _subject_of_unit(items, _clause_start(items, lo, h.a), h.a)
            if spk is None and prev is not None and prev.speaker is not None:
                from_prev = prev  # '"...," he said, and then predicted: "..."'
        if spk is not None and cue.words[-1].endswith("ing") and (_is_thing(items, spk) or (
            spk[0] > lo and items[spk[0] - 1].quote is None and items[spk[0] - 1].word in HEARER_PREPOSITIONS
            and not _absolute_with(items, spk[0] - 1, lo)
        )):  # "sent a text message to supporters saying": the hearer does not speak ("from the government" does)
            # "she sent an email saying", "he made a point of saying": the subject speaks, not the thing
            spk = _subject_of_unit(items, lo, spk[0]) or spk
        if spk is None and from_prev is None and (cue.cls in ("speech", "tell", "belief") or quoted_naming) and not (
            cue.words[-1].endswith("ing")
        ):
            # "59 percent said", "GOP analysts say", "critics call it "..."", "The real estate magnate says"
            spk = _group_np_left(items, h.a, lo) or _described_subject_left(items, h.a, lo)
        if spk is None and from_prev is None:
            return None
        if spk is not None and cue.cls in ("naming", "object") and not any(
            items[k].is_cap or items[k].word in PRONOUN_SUBJECTS for k in range(*spk)
        ) and not (cue.cls == "naming" and items[spk[1] - 1].word in _source_nouns()) and not quoted_naming:
            return None  # a named speaker, or for a quoted name a document ("a sign that read "15%!"")
    cs, ce = _content_after(items, h.b, hi, cue, lex)
    if ce - cs < 1:
        if cue.cls in ("speech", "tell") and spk is not None and h.b < hi and items[h.b].word == ":":
            intro = Row(INTRO, items[h.a].start, items[h.b].end, cue=_span(items, h.a, h.b),
                        speaker=_span(items, *spk), attribution="cue")
            intro.item_end = hi
            return intro
        return None
    first = items[cs]
    if first.quote is None and first.word in BAD_CONTENT_START and not (first.word == "to" and cue.lemma in INTENT):
        return None
    if cue.cls == "belief" and first.quote is None and first.word in PREPOSITIONS and not (
        first.word == "to" and cue.lemma in INTENT
    ):
        return None  # "hopes for ...", "plans in ...": not a reported thought
    n_words = sum(1 for k in range(cs, ce) if items[k].quote is None and items[k].word[:1].isalnum())
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    if not quotes_in and n_words < 2:
        return None
    if cue.cls == "object" and first.quote is None and first.word in TIME_WORDS:
        return None  # "called on Monday for ...": a time, not the hearer of an appeal
    if cue.lemma in NEEDS_INFINITIVE and first.word != "to" and not quotes_in:
        return None  # "It declined in every state", "profits declining": not a refusal
    if cue.cls == "belief" and not quotes_in and n_words < 4:
        return None
    if cue.cls == "naming" and not quotes_in and not _named_object(items, cs, ce) and not (
        cue.lemma in DESCRIBING and _described_as(items, cs, ce)
    ):
        return None
    kind = _kind(items, cs, ce)
    if kind == "direct":
        s, e = quotes_in[0].start, quotes_in[0].end
    else:
        s, e = _span(items, cs, ce)
    row = Row(kind, s, e, cue=_span(items, h.a, h.b), attribution="cue", quotes=quotes_in)
    if from_prev is not None:
        row.speaker = from_prev.speaker
        row.speaker_from = from_prev
    elif spk is not None:
        row.speaker = _span(items, *spk)
        if kind == "indirect" and not participial:
            _add_opening_part(items, row, spk, h, cs, lo, prev)
    row.item_end = ce
    return row


def _inverted_middle_row(items: list[Item], h: _CueHit, lo: int, hi: int) -> Row | None:
    """'The contrast with Trump, said Doyle and others, would be clear': an inverted cue and its speaker set
    between commas inside the reported clause; the content is the clause around them (two segments)."""
    if h.a - 1 <= lo or items[h.a - 1].quote is not None or items[h.a - 1].word != ",":
        return None
    if h.b >= hi or not items[h.b].is_cap:
        return None
    comma = next((k for k in range(h.b + 1, min(hi, h.b + MAX_NP_TOKENS)) if items[k].quote is None and (
        items[k].word in ",;:.")), None)
    if comma is None or items[comma].word != "," or comma + 1 >= hi or any(
        items[k].quote is not None or items[k].word in AUXILIARIES or items[k].word in PRONOUN_SUBJECTS
        for k in range(h.b, comma)
    ):
        return None
    spk = (h.b, comma)  # "said Doyle and others,"
    xs, xe = _trim_start(items, lo, h.a - 1), h.a - 1
    ys, ye = _trim_start(items, spk[1] + 1, hi), _trim_end(items, spk[1] + 1, hi)
    x_words = [items[k] for k in range(xs, xe) if items[k].quote is None and items[k].word[:1].isalnum()]
    y_words = [items[k] for k in range(ys, ye) if items[k].quote is None and items[k].word[:1].isalnum()]
    if len(x_words) < MIN_OPENING_PART_WORDS or len(y_words) < 2 or items[xs].word in PREPOSITIONS or any(
        items[k].quote is not None or items[k].word in (",", ";", ":") for k in range(xs, xe)
    ) or any(items[k].quote is not None for k in range(ys, ye)):
        return None
    if y_words[0].is_cap or y_words[0].word in PRONOUN_SUBJECTS or y_words[0].word in DETERMINERS:
        return None  # a new clause with its own subject follows: the cue closes the part before it
    row = Row("indirect", items[xs].start, items[ye - 1].end, cue=_span(items, h.a, h.b),
              speaker=_span(items, *spk), attribution="cue")
    row.segments = [(items[xs].start, items[xe - 1].end), (items[ys].start, items[ye - 1].end)]
    row.item_end = ye
    return row


MIN_OPENING_PART_WORDS = 2
# Sentence connectives that may stand before an inverted cue: 'But, said Solovey, "..."'.
CONNECTIVES = CONJUNCTIONS | frozenset("still however now again then also moreover indeed instead meanwhile".split())


def _inverted_after_connective_row(items: list[Item], h: _CueHit, lo: int, hi: int) -> Row | None:
    """'But, said Solovey, "I don't want to drum up conflict."': a connective, then an inverted cue and its
    speaker between commas; what follows the second comma is what was said."""
    if not (lo < h.a - 1 <= lo + 2) or items[h.a - 1].quote is not None or items[h.a - 1].word != ",":
        return None
    if any(items[k].quote is not None or items[k].word not in CONNECTIVES for k in range(lo, h.a - 1)):
        return None
    if h.b >= hi or items[h.b].quote is not None or not (items[h.b].is_cap or items[h.b].word in DETERMINERS):
        return None
    comma = next((k for k in range(h.b + 1, min(hi, h.b + MAX_NP_TOKENS)) if items[k].quote is not None or (
        items[k].word in ",;:.")), None)
    if comma is None or items[comma].quote is not None or items[comma].word != ",":
        return None
    cs, ce = _trim_start(items, comma + 1, hi), _trim_end(items, comma + 1, hi)
    if ce - cs < 1:
        return None
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    row = Row(kind, s, e, cue=_span(items, h.a, h.b), speaker=_span(items, h.b, comma), attribution="cue",
              quotes=quotes_in)
    row.item_end = ce
    return row


def _add_opening_part(items: list[Item], row: Row, spk: tuple[int, int], h: _CueHit, cs: int, lo: int,
                      prev: Row | None) -> None:
    """'The plan, he said, would fail': a cue set between commas inside the reported clause. The clause's
    opening part is content too (PolNeAR's discontinuous content), so the row starts there and ``segments``
    lists both parts; the speaker and cue lie between them."""
    comma = spk[0] - 1
    if comma <= lo or items[comma].quote is not None or items[comma].word != "," or cs != h.b + 1 or (
        items[h.b].quote is not None or items[h.b].word != ","
    ):
        return
    xs = _trim_start(items, lo, comma)
    if prev is not None and prev.item_end > xs:
        return  # the opening part belongs to an earlier attribution of the unit
    words = [items[k] for k in range(xs, comma) if items[k].quote is not None or items[k].word[:1].isalnum()]
    if len(words) < MIN_OPENING_PART_WORDS or items[xs].word in PREPOSITIONS or items[xs].word in CONJUNCTIONS or any(
        items[k].quote is None and items[k].word in (",", ";", ":") for k in range(xs, comma)
    ):
        return  # "Rather, he said", "In a statement, he said", "On Thursday, ...": an adverbial, not content
    opening = [items[k].quote for k in range(xs, comma) if items[k].quote is not None]
    row.segments = [(items[xs].start, items[comma - 1].end), (row.start, row.end)]
    row.start = items[xs].start
    row.quotes = opening + row.quotes
    if opening and row.kind == "indirect":
        row.kind = "mixed"


# Prepositions before a hearer or a place, not a source: "a message to supporters saying", "on Twitter saying".
HEARER_PREPOSITIONS = frozenset("to on at in into with for".split())


def _absolute_with(items: list[Item], w: int, lo: int) -> bool:
    """'..., with Senator John McCain telling reporters ...': "with" after a comma opens a clause whose subject
    is the phrase after it (an absolute construction), not a hearer."""
    return items[w].word == "with" and w > lo and items[w - 1].quote is None and items[w - 1].word == ","
# Naming cues that report a characterisation without quotation marks: "described the move as a breach".
DESCRIBING = frozenset(["describe"])


def _described_as(items: list[Item], cs: int, ce: int) -> bool:
    """'the field of candidates as all very good': an object, then "as" and at least two words."""
    for k in range(cs + 1, min(ce - 2, cs + MAX_NP_TOKENS)):
        if items[k].quote is not None or items[k].word in ",;:":
            return False
        if items[k].word == "as":
            return True
    return False


OBJECT_PRONOUNS = frozenset("him her them it me us you himself herself themselves".split())


def _named_object(items: list[Item], cs: int, ce: int) -> bool:
    """"called him a political opportunist", "called Trump a fascist": an object (pronoun or name) and a
    noun phrase that names it, without quotation marks."""
    if ce - cs == 2 and items[cs].quote is None and items[cs].word in OBJECT_PRONOUNS and (
        _is_word(items[cs + 1]) and not items[cs + 1].capital and items[cs + 1].word not in FUNCTION_WORDS
    ):
        return True  # "called himself pro-choice", "called it unacceptable": a pronoun and what it is called
    if ce - cs < 3 or items[cs].quote is not None:
        return False
    k = cs
    if items[k].word in OBJECT_PRONOUNS:
        k += 1
    else:
        while k < ce and items[k].is_cap:
            k += 1
    return cs < k < ce and items[k].quote is None and items[k].word in ("a", "an", "the")


def _inverted_first_row(items: list[Item], h: _CueHit, hi: int) -> Row | None:
    """'Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."': cue, speaker, quote."""
    spk = _np_right(items, h.b, hi)
    if spk is None:
        return None
    k = spk[1]
    while k < hi and items[k].quote is None and k - spk[1] <= MAX_APPOSITIVE_TOKENS:
        k += 1
    if k >= hi or items[k - 1].word not in (",", ":"):
        return None
    q = items[k].quote
    if q is None:
        return None
    row = Row("direct", q.start, q.end, cue=_span(items, h.a, h.b), speaker=_span(items, *spk), attribution="cue",
              quotes=[q])
    row.item_end = k + 1
    return row


def _quote_closing_row(items: list[Item], h: _CueHit, lo: int, hi: int) -> Row | None:
    """``"QUOTE," Lavrov said ...`` / ``"QUOTE," said Lavrov, the ...``: a quote that opens the unit.

    Whatever follows the cue (place, time, circumstances) is not content; an interrupted quote
    (``"A," he said, "B."``) gives a second row for B.
    """
    q_at = None
    spk = _speaker_left(items, h.a, lo, loose=True)
    if spk is not None:
        k = spk[0]
        if k > lo and items[k - 1].quote is None and items[k - 1].word != ",":
            # '"Q," the independent Vermont senator and candidate told ...': a longer lower-case phrase
            k2 = k - 1
            while k2 > lo and k - k2 < MAX_NP_TOKENS and _is_word(items[k2 - 1]):
                k2 -= 1
            if k2 > lo and (items[k2 - 1].quote is not None or items[k2 - 1].word == ","):
                spk = (k2, spk[1])
                k = k2
        # skip the appositive between the quote and the name: "Q, NAME, the ..., said"
        if k > lo and items[k - 1].word == ",":
            k -= 1
        q_at = k - 1
    else:
        k = h.a
        if k > lo and items[k - 1].word == ",":
            k -= 1
        q_at = k - 1
        spk = _np_right(items, h.b, hi) or _lower_np_right(items, h.b, hi) or _described_name_right(items, h.b, hi)
        if spk is None:
            return None
        spk = _with_name_after(items, spk, hi)
    if q_at < lo or items[q_at].quote is None:
        return None
    # the quote must open the unit (leading punctuation aside) or follow another attribution's end
    start = lo
    while start < q_at and items[start].quote is None and not items[start].word[:1].isalnum():
        start += 1
    if start != q_at:
        return None
    q = items[q_at].quote
    if q is None:
        return None
    end = max(h.b, spk[1])
    row = Row("direct", q.start, q.end, cue=_span(items, h.a, h.b), speaker=_span(items, *spk),
              attribution="cue", quotes=[q])
    row.item_end = end
    # an interrupted quote: "A," he said, "B." (anything between the cue and B is circumstance)
    k = end
    while k < hi and k - end <= MAX_ADVERBIAL_TOKENS and items[k].quote is None and items[k].word not in ".!?;":
        k += 1
    q2 = items[k].quote if k < hi else None
    if q2 is not None and items[k - 1].word in (",", ":", "\u2014", "\u2013", "-"):
        row.next_row = Row("direct", q2.start, q2.end, cue=row.cue, speaker=row.speaker,
                        attribution="cue", quotes=[q2])
        row.item_end = k + 1
    return row


def _closing_row(items: list[Item], h: _CueHit, lo: int, hi: int, tail_end: int) -> Row | None:
    """``CONTENT, Lavrov said.`` / ``CONTENT, said Lavrov.`` / ``"QUOTE," he said.``"""
    spk = _np_left(items, h.a, lo)
    if spk is None and h.a > lo and items[h.a - 1].word == ",":
        spk = _speaker_left(items, h.a, lo)  # appositive: "..., Peskov, the Kremlin's spokesman, said"
    if not h.cue.words[-1].endswith("ing") and (spk is None or spk[0] > lo and not (
        items[spk[0] - 1].quote is not None or items[spk[0] - 1].word in ",:\u2014\u2013-"
    )):
        spk = _group_np_left(items, h.a, lo) or spk  # "..., political analysts say."
    if spk is not None:
        content_end = spk[0]
    else:
        spk = _with_name_after(items, _np_right(items, h.b, tail_end), tail_end)
        content_end = h.a
    if spk is None:
        return None
    # the content ends at a comma (or a quote) right before the speaker/cue
    k = content_end
    if k <= lo:
        return None
    if not (items[k - 1].quote is not None or items[k - 1].word in ",:\u2014\u2013-"):
        return None
    cs, ce = _content_before(items, lo, content_end)
    if ce <= cs:
        return None
    kind = _kind(items, cs, ce)
    quotes_in = [items[j].quote for j in range(cs, ce) if items[j].quote is not None]
    if kind == "direct":
        # the content might be a quote preceded by material of another row; keep the quote
        s, e = quotes_in[0].start, quotes_in[0].end
    else:
        # when a quote closes the content but more quotes precede it ("A," he said, "B")
        s, e = _span(items, cs, ce)
        n_words = sum(1 for j in range(cs, ce) if items[j].quote is None and items[j].word[:1].isalnum())
        if not quotes_in and n_words < 3:
            return None
    row = Row(kind, s, e, cue=_span(items, h.a, h.b), speaker=_span(items, *spk), attribution="cue",
              quotes=quotes_in)
    row.item_start = cs
    row.item_end = max(tail_end, spk[1], h.b)
    # an interrupted quote: "A," he said, "B." -- B is said by the same speaker
    nxt = row.item_end
    if nxt < hi and items[nxt].word == "," and nxt + 1 < hi and items[nxt + 1].quote is not None and kind == "direct":
        q = items[nxt + 1].quote
        row2 = Row("direct", q.start, q.end, cue=row.cue, speaker=row.speaker, attribution="cue", quotes=[q])
        row.next_row = row2
        row.item_end = nxt + 2
    return row


def _according_row(items: list[Item], h: _CueHit, lo: int, hi: int) -> Row | None:
    """``according to X, CONTENT``, ``CONTENT, according to X`` or ``CONTENT according to X.``

    The source may be any noun phrase up to the next punctuation ("according to a new poll by the Harvard
    University Institute of Politics", "according to the results").
    """
    spk = _np_right(items, h.b, hi) or _phrase_right(items, h.b, hi)
    if spk is None:
        return None
    after = spk[1]
    while after < hi and items[after].quote is None and items[after].word not in ",.;:!?" and after - spk[1] < 8:
        after += 1
    ends_unit = after >= hi or _only_punct_after(items, after, hi)
    if h.a > lo + 1 and (items[h.a - 1].word in (",", "\u2014", "(", "-") or (
        ends_unit and _is_word(items[h.a - 1]) and h.a - lo >= 4
    )):  # "Clinton has 723 delegates according to a count by the AP."
        cs, ce = _content_before(items, lo, h.a)
    elif after < hi and items[after].word == ",":
        cs, ce = _trim_start(items, after + 1, hi), _trim_end(items, after + 1, hi)
        if h.a > lo:  # "according to X" inside a clause: content is the clause around it
            return None
    else:
        return None
    if ce - cs < 2 and not (ce - cs == 1 and items[cs].quote is not None):  # 'According to X, "..."' is one item
        return None
    kind = _kind(items, cs, ce)
    quotes_in = [items[j].quote for j in range(cs, ce) if items[j].quote is not None]
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    row = Row(kind, s, e, cue=_span(items, h.a, h.b), speaker=_span(items, *spk), attribution="according",
              quotes=quotes_in)
    row.item_end = max(ce, spk[1])
    if kind != "direct" and items[h.a - 1].word == "," and after < hi and items[after].word == ",":
        _add_closing_part(items, row, cs, ce, after + 1, hi)
    return row


CLAUSE_GOES_ON = frozenset("and but although though while because so yet".split())
MAX_OPENING_ADVERBIAL_WORDS = 6


def _add_closing_part(items: list[Item], row: Row, cs: int, ce: int, ys: int, hi: int) -> None:
    """'Only one person was killed by a gun last year, according to the police, and there were only eight
    incidents': the clause goes on after the source's comma; the row covers both parts (two segments)."""
    ys, ye = _trim_start(items, ys, hi), _trim_end(items, ys, hi)
    words = [items[k] for k in range(ys, ye) if _is_word(items[k])]
    if len(words) < 2 or items[ys].quote is not None or any(items[k].quote is not None for k in range(ys, ye)):
        return  # a quotation after the source is a row of its own
    first = items[ys].word
    # the clause goes on only with a conjunction ("..., and there were ...") or its verb ("His criticism,
    # according to X, was ..."); anything else describes the source (", head of the National Center ...")
    before = [items[k] for k in range(cs, ce) if _is_word(items[k])]
    opening = bool(before) and len(before) <= MAX_OPENING_ADVERBIAL_WORDS and (
        before[0].word in PREPOSITIONS or before[0].word in TIME_WORDS or before[0].word == "about")
    if first not in CLAUSE_GOES_ON and first not in AUXILIARIES and first not in PROGRESSIVE and not opening:
        return  # ("About 10:03 p.m., according to a timeline, the contractors left": the clause is after it)
    row.segments = [(row.start, row.end), (items[ys].start, items[ye - 1].end)]
    row.end = items[ye - 1].end
    row.item_end = ye
