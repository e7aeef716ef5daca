"""Rows whose speaker follows the content or the cue: closing cues ("CONTENT, Lavrov said.", "CONTENT,
said Lavrov."), a quote opening the unit ('"QUOTE," Lavrov said', and the second part of an interrupted
quote), inverted cues ('Said X, "..."', "The contrast, said Doyle, would be clear", 'But, said Solovey,
"..."') and "according to X" before or after its content (with a clause going on after the source)."""

from __future__ import annotations

from .appositives import _speaker_left, _with_name_after
from .constants import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    KIN_NOUNS,
    MAX_APPOSITIVE_TOKENS,
    MAX_NP_TOKENS,
    PREPOSITIONS,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
    SINGLE_CLOSE,
    SUBORDINATORS,
    TIME_WORDS,
)
from .content import (
    _attribution_follows,
    _content_before,
    _content_row,
    _has_verb,
    _kind,
    _only_punct_after,
    _possessed_words,
    _trim_end,
    _trim_start,
)
from .cues import _CueHit, _match_cue
from .lexicon import _group_nouns, _place_names, _source_nouns, _title_words, cue_lexicon
from .phrases import (
    VERB_WORDS,
    _abbreviation_stop,
    _described_name_right,
    _head_before_preposition,
    _is_word,
    _listed_name_end,
    _lower_np_right,
    _np_left,
    _np_right,
    _phrase_right,
)
from .subjects import OPENING_SUBORDINATORS, _after_dateline, _group_np_left, _long_subject_left, _time_word
from .units import Item, Row, _month, _span


def _inverted_middle_row(items: list[Item], h: _CueHit, lo: int, hi: int, verb_next: bool = False) -> Row | None:
    """'The contrast with Trump, said Doyle and others, would be clear': an inverted cue and its speaker set
    between commas inside the reported clause; the content is the clause around them (two segments). With
    ``verb_next``, only when the clause's finite verb follows the speaker ("..., say analysts, is money")."""
    if h.a - 1 <= lo or items[h.a - 1].quote is not None or items[h.a - 1].word != ",":
        return None
    if h.b >= hi or items[h.b].quote is not None or not (items[h.b].is_cap or _plural_group_noun(items[h.b].word)):
        return None
    comma = next((k for k in range(h.b + 1, min(hi, h.b + MAX_NP_TOKENS)) if items[k].quote is None and (
        items[k].word in ",;:.")), None)
    if comma is None or items[comma].word != "," or comma + 1 >= hi or any(
        items[k].quote is not None or items[k].word in AUXILIARIES or items[k].word in PRONOUN_SUBJECTS
        for k in range(h.b, comma)
    ):
        return None
    spk = (h.b, comma)  # "said Doyle and others,"
    rest = comma + 1
    if items[rest].quote is None and items[rest].word in ("a", "an", "the"):
        # "..., say experts like Paul Bauman, a Canadian geophysicist, is the ground itself": an appositive
        second = next((k for k in range(rest + 1, min(hi, rest + MAX_APPOSITIVE_TOKENS)) if (
            items[k].quote is not None or items[k].word in ",;:." or items[k].word in AUXILIARIES)), None)
        if second is not None and items[second].quote is None and items[second].word == "," and (
            second + 1 < hi and items[second + 1].quote is None and items[second + 1].word in FINITE_AUXILIARIES
        ):
            rest = second + 1
    if (verb_next or not items[h.b].is_cap) and not (
        items[rest].quote is None and items[rest].word in FINITE_AUXILIARIES
    ):
        return None  # (a plural source in lower case only when the clause's verb follows it: "..., say experts, is")
    xs, xe = _trim_start(items, lo, h.a - 1), h.a - 1
    ys, ye = _trim_start(items, rest, hi), _trim_end(items, rest, hi)
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


def _plural_group_noun(word: str) -> bool:
    """A plural noun for a group of sources in lower case ("experts", "analysts", "officials")."""
    return word.endswith("s") and word in _group_nouns()
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
    row = _content_row(items, cs, ce, cue=_span(items, h.a, h.b), speaker=_span(items, h.b, comma),
                       attribution="cue")
    row.item_end = ce
    return row


def _inverted_first_row(items: list[Item], h: _CueHit, hi: int) -> Row | None:
    """'Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."': cue, speaker, quote."""
    spk = _np_right(items, h.b, hi)
    if spk is None:
        if h.cue.words[-1].endswith("ing") and h.b + 1 < hi and items[h.b].quote is None and (
            items[h.b].word in (",", ":") and items[h.b + 1].quote is not None
        ):  # 'Adding, "Now, like with all Clinton scandals, ..."': the speaker of the sentence before goes on
            q = items[h.b + 1].quote
            row = Row("direct", q.start, q.end, cue=_span(items, h.a, h.b), attribution="context", quotes=[q])
            row.item_end = h.b + 2
            return row
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


# How many tokens a speaker with its descriptions may take between an opening quotation and its cue.
MAX_DESCRIBED_SPEAKER_TOKENS = 25


def _speaker_between(items: list[Item], lo: int, a: int) -> tuple[int, tuple[int, int]] | None:
    """'"...," Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said' and
    '"...," the bespectacled, 71-year-old diplomat said': a quotation opens the unit and a verbless phrase
    with commas runs to the cue. The speaker is the name before the first comma when a comma closes the
    phrase (the rest describes it), else the whole phrase. Returns the quotation's item and the speaker."""
    q_at = lo
    while q_at < a and items[q_at].quote is None and not items[q_at].word[:1].isalnum():
        q_at += 1
    if q_at >= a - 2 or items[q_at].quote is None or not items[q_at].quote.comma_end:
        return None
    first = q_at + 1
    if a - first > MAX_DESCRIBED_SPEAKER_TOKENS or not (items[first].is_cap or items[first].word in DETERMINERS):
        return None
    commas = [k for k in range(first, a) if items[k].quote is None and items[k].word == ","]
    if not commas or any(items[k].quote is not None or items[k].word in VERB_WORDS or items[k].word in ";:()"
                         or items[k].word in ("who", "which", "that") for k in range(first, a)):
        return None
    if items[a - 1].word != ",":
        return q_at, (first, a)  # "the bespectacled, 71-year-old diplomat"
    end = commas[0]
    if end == first or not all(items[k].is_cap or items[k].word == "." for k in range(first, end)):
        return None  # the description follows a name
    return q_at, (first, end)


def _quote_closing_row(items: list[Item], h: _CueHit, lo: int, hi: int) -> Row | None:
    """``"QUOTE," Lavrov said ...`` / ``"QUOTE," said Lavrov, the ...``: a quote that opens the unit.

    Whatever follows the cue (place, time, circumstances) is not content; an interrupted quote
    (``"A," he said, "B."``) gives a second row for B.
    """
    q_at = None
    spk = _speaker_left(items, h.a, lo, loose=True)
    if spk is not None:
        spk = _widened_to_quote(items, spk, lo)
        k = spk[0]
        # skip the appositive between the quote and the name: "Q, NAME, the ..., said"
        if k > lo and items[k - 1].word == ",":
            k -= 1
        q_at = k - 1
    elif (between := _speaker_between(items, lo, h.a)) is not None:
        q_at, spk = between  # '"...," Cecelia Purner, 67, a retired representative in Allentown, Pa., said'
    else:
        k = h.a
        if k > lo and items[k - 1].word == ",":
            k -= 1
        q_at = k - 1
        spk = _titled_name_right(items, h.b, hi) or _np_right(items, h.b, hi) or _lower_np_right(items, h.b, hi) or (
            _described_name_right(items, h.b, hi))  # ('"...," said study co-author Karen Alley.')
        if spk is None:
            return None
        spk = _with_name_after(items, spk, hi)
    if (q_at < lo or items[q_at].quote is None) and (between := _speaker_between(items, lo, h.a)) is not None:
        q_at, spk = between
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
    while k < hi and k - end <= MAX_NP_TOKENS and items[k].quote is None and (
        items[k].word not in ".!?;" or _abbreviation_stop(items, k)
    ):
        k += 1
    q2 = items[k].quote if k < hi else None
    # ('"A," Cruz told reporters in Fort Mill, S.C. "B."': Punkt kept the abbreviation's sentence whole)
    lex = cue_lexicon()
    if q2 is not None and (items[k - 1].word in (",", ":", "\u2014", "\u2013", "-") or (
        items[k - 1].word == "." and _abbreviation_stop(items, k - 1)
    )) and not any(_match_cue(items, j, lex) is not None for j in range(end, k - 1)) and not (
        _attribution_follows(items, k + 1, hi, lex)
    ):
        # ('"A," Cruz said as the heckler yelled: "B"' and '"A," she said, but ..., "B," said Kunin': B has a
        # cue and a speaker of its own)
        row.next_row = Row("direct", q2.start, q2.end, cue=row.cue, speaker=row.speaker,
                        attribution="cue", quotes=[q2])
        row.item_end = k + 1
    return row


def _widened_to_quote(items: list[Item], spk: tuple[int, int], lo: int, comma: bool = True) -> tuple[int, int]:
    """The speaker phrase with the lower-case words between it and the quotation (or, with ``comma``, the
    comma) before it: '"Q," the independent Vermont senator and candidate told', 'Clinton "is ...,"
    retired Air Force general Lloyd Newton said'; unchanged when neither is reached."""
    k = spk[0]
    if k <= lo or items[k - 1].quote is not None or items[k - 1].word == ",":
        return spk
    k2 = k - 1 if comma else k  # (the token before the phrase may be a stray mark, as in NYT's ''' marks)
    while k2 > lo and k - k2 < MAX_NP_TOKENS and _is_word(items[k2 - 1]) and (
        comma or items[k2 - 1].word not in FUNCTION_WORDS  # not '"...," and I agree', '"...," when it posted'
    ):
        k2 -= 1
    before = items[k2 - 1] if k2 > lo else None
    if before is not None and (before.quote is not None and before.quote.comma_end or comma and (
        before.quote is not None or before.word == ","
    )):
        return k2, spk[1]
    return spk


MAX_CLOSING_SUBJECT_TOKENS = 6


def _name_with_bracket_left(items: list[Item], p: int, lo: int) -> tuple[int, int] | None:
    """A name and its bracketed party and state right before ``p``: "Sen. Lindsey Graham (R-S.C.)"."""
    if p - 1 <= lo or items[p - 1].quote is not None or items[p - 1].word != ")":
        return None
    opening = next((j for j in range(p - 2, max(lo, p - 8) - 1, -1) if items[j].quote is None and items[j].word == "("),
                   None)
    if opening is None:
        return None
    name = _np_left(items, opening, lo)
    return (name[0], p) if name is not None else None


def _clause_after_opening(items: list[Item], cs: int, ce: int) -> bool:
    """After an opening phrase's comma, a clause with a past verb ("In Kharkiv, a missile struck a building"),
    not an appositive ("On Friday morning, the third day in his campaign swing")."""
    comma = next((k for k in range(cs + 1, ce) if items[k].quote is None and items[k].word == ","), None)
    return comma is not None and any(
        items[k].quote is None and not items[k].capital and (
            items[k].word in IRREGULAR_PAST or items[k].word in IRREGULAR_PAST_PREDICATES
            or items[k].word in STRIKING_PAST or items[k].word.endswith("ed") and len(items[k].word) > 4
        ) for k in range(comma + 1, ce)
    )


# Past forms of the verbs of news events that do not end in -ed.
STRIKING_PAST = frozenset("struck hit shot fell rose fled broke drove stole bit swept".split())


PASSIVE_AUXILIARIES = frozenset("was were been has have had is are".split())


def _with_lower_description(items: list[Item], spk: tuple[int, int], lo: int) -> tuple[int, int]:
    """The speaker phrase with the lower-case words that describe it between the comma closing the content and
    the name: "..., opposition leader John Smith said", "..., public health institute RIVM said", "..., rights
    group Amnesty International said" (nouns and adjectives only, at most ``MAX_LOWER_DESCRIPTION_WORDS``)."""
    k = spk[0]
    if not (items[k].is_cap or items[k].word in _title_words()[0]):
        return spk
    while k > lo and spk[0] - k < MAX_LOWER_DESCRIPTION_WORDS and items[k - 1].quote is None and (
        items[k - 1].word.replace("-", "").isalpha() and not items[k - 1].capital
        and items[k - 1].word not in FUNCTION_WORDS and items[k - 1].word not in AUXILIARIES
        and items[k - 1].word not in VERB_WORDS and not items[k - 1].word.endswith(("ed", "ly"))
    ):
        k -= 1
    if k < spk[0] and k - 1 >= lo and items[k - 1].quote is None and (items[k - 1].word == "," or (
        items[k - 1].word in SINGLE_CLOSE and k - 2 >= lo and items[k - 2].word == ","
    )):
        return (k, spk[1])
    return spk


MAX_LOWER_DESCRIPTION_WORDS = 3


def _closing_row(
    items: list[Item], h: _CueHit, lo: int, hi: int, tail_end: int, right: tuple[int, int] | None = None
) -> Row | None:
    """``CONTENT, Lavrov said.`` / ``CONTENT, said Lavrov.`` / ``"QUOTE," he said.``; ``right``: a speaker
    phrase after an inverted cue, taken as given (``CONTENT, said several observers.``)."""
    spk: tuple[int, int] | None = None
    if right is None:
        p = h.a
        while h.cue.cls == "tell" and p > lo and items[p - 1].quote is None and (
            items[p - 1].word in PASSIVE_AUXILIARIES
        ):
            p -= 1  # "..., a jury at Southwark Crown Court was told yesterday": the hearer before "was told"
        spk = _np_left(items, p, lo) or _name_with_bracket_left(items, p, lo)
        if spk is not None:
            spk = _with_lower_description(items, spk, lo)
            spk = _widened_to_quote(items, spk, lo, comma=False)
            head = _head_before_preposition(items, spk, lo)  # "..., lawyers for the family said."
            if head is not None and not (head[0] - 2 >= lo and items[head[0] - 1].word == "," and (
                items[head[0] - 2].is_cap and items[head[0] - 2].word.lower() not in _place_names()
            )):  # ('"...," Doug Andres, a spokesman for Paul Ryan told the Post': an appositive to the name; not
                # "vehicles made in China, a spokesperson for the Ministry of Commerce said": a place ends the content)
                spk = head
        if spk is None and h.a > lo and items[h.a - 1].word == ",":
            spk = _speaker_left(items, h.a, lo)  # appositive: "..., Peskov, the Kremlin's spokesman, said"
        if not h.cue.words[-1].endswith("ing") and (spk is None or spk[0] > lo and not (
            items[spk[0] - 1].quote is not None or items[spk[0] - 1].word in ",:\u2014\u2013-"
        )):
            spk = _group_np_left(items, h.a, lo) or spk  # "..., political analysts say."
        if spk is None and h.a - 1 > lo:
            spk = _long_subject_left(items, h.a, lo, max_tokens=MAX_CLOSING_SUBJECT_TOKENS)  # "..., a USA
            # TODAY analysis shows."
    if right is not None:
        spk, content_end = right, h.a
    elif spk is not None:
        content_end = spk[0]
    elif h.cue.cls != "tell":  # (after "told" comes the hearer: '"...," Milica Radovanovic, a student who ...,
        spk = _with_name_after(items, _np_right(items, h.b, tail_end), tail_end)  # told BIRN.')
        content_end = h.a
    if spk is None:
        return None
    if right is None and spk[1] - spk[0] >= 3 and items[spk[0]].word in ("a", "an") and (
        items[spk[0] + 1].word in CHARGE_NOUNS and (items[spk[0] + 2].is_cap or items[spk[0] + 2].word in (
            PRONOUN_SUBJECTS))
    ):
        return None  # "..., a charge China denies": a relative clause about the charge, not the report of it
    # the content ends at a comma (or a quote) right before the speaker/cue
    k = content_end
    if k - 2 > lo and items[k - 1].quote is None and items[k - 1].word == "as" and items[k - 2].word == ",":
        k = content_end = k - 1  # "The economy is growing, as the president noted on Monday."
    if k <= lo:
        return None
    if not (items[k - 1].quote is not None or items[k - 1].word in ",:\u2014\u2013-" or (
        k - 2 > lo and items[k - 1].word in SINGLE_CLOSE and items[k - 2].quote is None and items[k - 2].word == ","
    )):  # (or a comma inside a short single-quoted phrase left unpaired: "\u2018by summer,\u2019 the minister said")
        return None
    cs, ce = _content_before(items, lo, content_end)
    if cs == 0:
        cs = _after_dateline(items, cs, ce)  # "WASHINGTON \u2014 Trump's obsession ... is an insult, lawmakers said"
    if ce <= cs:
        return None
    if ce - cs >= 3 and items[ce - 1].quote is not None and items[ce - 2].quote is None and items[ce - 2].word == ":":
        cs = ce - 1  # 'Trump seemed to suggest he had silenced her: "She signed an agreement," he told the Times'
    if items[cs].quote is None and cs + 1 < ce and (items[cs].word, items[cs + 1].word) in (("according", "to"), (
        "as", "per"
    )):
        return None  # "According to officials, the summit will conclude on Sunday": the source is named first
    if h.cue.lemma in NO_CLOSING_LEMMAS or items[cs].quote is None and (
        items[cs].word in PREPOSITIONS or items[cs].word in ("since", "until")
    ) and not _has_verb(items, cs, ce) and not any(items[k].quote is not None for k in range(cs, ce)) and not (
        _clause_after_opening(items, cs, ce)
    ):  # (but "In Kharkiv, a missile struck a building, the governor wrote": a clause after the opening phrase)
        return None  # "Since the repeal of Prohibition in 1933, the party has declined.": no report closes here
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


# Nouns for what was said, described by a relative clause after the clause ("..., a charge China denies",
# "..., an accusation Moscow rejects").
CHARGE_NOUNS = frozenset("charge charges claim claims accusation accusations allegation allegations assertion "
                         "view characterization characterisation description account".split())
# Speech cues that never close the clause before them as its speaker ("..., he refused." refuses
# something, it does not report it).
NO_CLOSING_LEMMAS = frozenset(["refuse"])


def _according_row(items: list[Item], h: _CueHit, lo: int, hi: int) -> Row | None:
    """``according to X, CONTENT``, ``CONTENT, according to X`` or ``CONTENT according to X.``

    The source may be any noun phrase up to the next punctuation ("according to a new poll by the Harvard
    University Institute of Politics", "according to the results").
    """
    # an opening "According to X," may name a long source: "According to early results of exit polls
    # conducted for The Associated Press by Edison Research,", 'According to her "clawback" plan,'
    if h.a > lo and items[h.a - 1].quote is None and items[h.a - 1].word in (":", ";"):
        lo = h.a  # "And it hasn't gone unnoticed: According to recent polls, Trump holds ...": a new clause
    opening = _trim_start(items, lo, h.a)
    while opening < h.a and items[opening].quote is None and items[opening].word in CONNECTIVES:
        opening = _trim_start(items, opening + 1, h.a)  # "But according to reports in the news media, ..."
    fronted = opening == h.a
    if _possessed_words(h.cue):  # "In his words, ...": the owner of the words; only opening its clause
        if not fronted:
            return None  # ("promised to ... because, in her words, "he knows how"": part of that report)
        spk, after = (h.a + 1, h.a + 2), h.b
    else:
        spk, after = _according_source(items, h, hi, fronted)
        if spk is None:
            return None
    ends_unit = after >= hi or _only_punct_after(items, after, hi) or (
        after + 1 < hi and items[after].word == "," and items[after + 1].quote is None
        and items[after + 1].word in CLAUSE_GOES_ON
    )  # "Clinton leads by 271 delegates according to a count by the AP, but ..."
    content_before = h.a > lo + 1 or h.a > lo and items[lo].quote is not None  # (a quotation is one item)
    joined = not fronted and items[h.a - 1].quote is None and items[h.a - 1].word in ("and", "but") and (
        spk[1] < hi and items[spk[1]].quote is None and items[spk[1]].word in PRONOUN_SUBJECTS - {"who", "it"}
        and _has_verb(items, spk[1], hi)
    )  # "... was hospitalized this year and according to the ministry he died at ...": the clause after
    if joined:
        cs, ce = _trim_start(items, spk[1], hi), _trim_end(items, spk[1], hi)
    elif not fronted and content_before and (items[h.a - 1].word in (",", "\u2014", "(", "-") or (
        ends_unit and _is_word(items[h.a - 1]) and h.a - lo >= 4
    ) or items[h.a - 1].quote is not None and items[h.a - 1].quote.comma_end) and not (
        after + 1 < hi and items[after].word == "," and _subordinate_before(items, lo, h.a)
    ):
        # "Clinton has 723 delegates according to a count by the AP.", '... "to discuss ...," according to
        cs, ce = _content_before(items, lo, h.a)
        cs = _after_dateline(items, cs, ce)  # "12:55 BST Turnout was 52.2%, according to ...": not the stamp
        colon = next((k for k in range(ce - 3, cs, -1) if items[k].quote is None and items[k].word == ":"
                      and not items[k - 1].word[-1:].isdigit()), None)  # (not "10:03 p.m.")
        if colon is not None:
            cs = colon + 1  # "... to financial firms: London was the financial capital, according to one index"
        if ends_unit:
            cs = _last_clause(items, cs, ce)  # "..., which stood at 263, according to the AP"
    elif after < hi and items[after].word == ",":
        semicolon = next((k for k in range(after + 1, hi) if items[k].quote is None and items[k].word == ";"
                          and _has_verb(items, k, hi)), hi)  # (not a list: "Tim Tebow; Rep. Marsha Blackburn")
        contrast = next((k for k in range(after + 1, semicolon - 2) if items[k].quote is None and items[k].word == ","
                         and items[k + 1].quote is None and items[k + 1].word in ("while", "whereas")
                         and _report_within(items, k + 2, semicolon)), semicolon)
        semicolon = contrast  # ("According to the Interior Ministry, 312,000 people marched, while the CGT union
        # said 1.1 million had": a second report)
        cs, ce = _trim_start(items, after + 1, semicolon), _trim_end(items, after + 1, semicolon)  # (a ";" ends it)
        if not fronted and not _subordinate_before(items, lo, h.a):
            return None  # "according to X" inside a clause: content is the clause around it
    else:
        return None
    if ce - cs < 2 and not (ce - cs == 1 and items[cs].quote is not None):  # 'According to X, "..."' is one item
        return None
    row = _content_row(items, cs, ce, cue=_span(items, h.a, h.b), speaker=_span(items, *spk),
                       attribution="according")
    row.item_end = max(ce, spk[1])
    if row.kind != "direct" and items[h.a - 1].word == "," and after < hi and items[after].word == ",":
        _add_closing_part(items, row, cs, ce, after + 1, hi)
    return row


MAX_CONTRAST_SUBJECT_TOKENS = 6  # the subject of a report after ", while" ("the CGT union said")


def _report_within(items: list[Item], k: int, hi: int) -> bool:
    """Does a speech cue stand within a short subject's reach of ``k`` (", while the CGT union said")?"""
    lex = cue_lexicon()
    return any(items[t].quote is None and (m := _match_cue(items, t, lex)) is not None and m[0].cls in (
        "speech", "tell") for t in range(k + 1, min(hi, k + MAX_CONTRAST_SUBJECT_TOKENS)))


def _according_source(
    items: list[Item], h: _CueHit, hi: int, fronted: bool
) -> tuple[tuple[int, int] | None, int]:
    """The source after "according to" and the position after its phrase."""
    spk = _np_right(items, h.b, hi)
    if spk is not None and spk[1] < hi and items[spk[1]].quote is None and items[spk[1]].word.isalpha() and (
        not items[spk[1]].capital and items[spk[1]].word not in FUNCTION_WORDS
    ):  # "according to state media": the phrase goes on with a lower-case noun (not into a clause:
        longer = _phrase_right(items, h.b, hi)  # "according to Wasef archaeologists have not ...")
        if longer is not None and not any(items[k].word in VERB_WORDS for k in range(*longer)):
            spk = longer
    spk = spk or _phrase_right(items, h.b, hi)
    if spk is None and fronted:
        spk = _phrase_right(items, h.b, hi, limit=MAX_FRONTED_SOURCE_TOKENS)
    if spk is None:
        return None, hi
    if spk[1] < hi and items[spk[1]].quote is None and items[spk[1]].word == "," and items[spk[1] - 1].is_cap and (
        listed := _listed_name_end(items, spk[1], hi)
    ):
        spk = (spk[0], listed)  # "according to figures released by Immigration, Refugees and Citizenship Canada"
    spk = _without_time_tail(items, spk)
    spk = _document_by(items, spk, hi)  # "according to a tweet on Monday by Mike Pompeo": his tweet
    if fronted:
        spk = _with_appositive_name(items, spk, hi)  # "According to his wife, Amanda, Huber succumbed ..."
    after = spk[1]
    reach = MAX_FRONTED_SOURCE_TOKENS if fronted else 8
    while after < hi and (items[after].quote is None or fronted) and (
        items[after].quote is not None or items[after].word not in ",.;:!?" or _abbreviation_stop(items, after)
    ) and after - spk[1] < reach:
        after += 1
    if fronted and after < hi and items[after].word == "," and (
        spk[1] < after <= spk[1] + MAX_FRONTED_TAIL_TOKENS and all(items[k].quote is None for k in range(spk[1], after))
    ):  # "According to F.A.A. records,", "According to the U.S. embassy in Beijing,": the whole source phrase
        spk = _without_time_tail(items, (spk[0], after))
        named = _with_appositive_name(items, spk, hi)  # "According to Windsor Locks' first selectman, Chris
        if named != spk:  # Kervick, there were ...": the name belongs to the source
            spk, after = named, named[1]
    if fronted and after + 1 < hi and items[after].quote is None and items[after].word == "," and (
        items[after + 1].quote is None and items[after + 1].word == "who"
    ):  # "According to a senior aide, who requested anonymity to speak freely, the Speaker is ...": the source's
        close = next((k for k in range(after + 2, min(hi, after + 2 + MAX_FRONTED_SOURCE_TOKENS))  # relative clause
                      if items[k].quote is not None or items[k].word in ",;:."), None)
        if close is not None and items[close].quote is None and items[close].word == ",":
            after = close
    return spk, after


def _last_clause(items: list[Item], cs: int, ce: int) -> int:
    """Start of the clause a closing source reports when the sentence before it goes on after a comma with a
    second predicate or a relative clause ("has praised Obama, and won 77 percent of the vote, according to
    exit polls"; "..., which stood at 263, according to the AP"), else ``cs``. (An absolute phrase, "..., with
    56 percent viewing him positively, according to a poll", is as often annotated with its sentence.)"""
    if any(items[k].quote is not None for k in range(cs, ce)):
        return cs
    for k in range(ce - 2, cs, -1):
        if items[k].quote is not None or items[k].word != ",":
            continue
        nxt = items[k + 1]
        rest = sum(1 for t in range(k + 1, ce) if _is_word(items[t]))
        if rest < MIN_LAST_CLAUSE_WORDS:
            continue
        if nxt.word in ("which", "who"):
            return k + 1
        if nxt.word == "and" and k + 2 < ce and items[k + 2].quote is None and not items[k + 2].capital and (
            items[k + 2].word.endswith("ed") or items[k + 2].word in IRREGULAR_PAST_PREDICATES
        ):
            return k + 2  # ", and won ...": the second predicate (its subject is the sentence's)
        return cs  # the nearest comma decides
    return cs


MIN_LAST_CLAUSE_WORDS = 4
# Past forms that open a second predicate after ", and" ("..., and won more than 77 percent").
IRREGULAR_PAST_PREDICATES = frozenset("won lost made took gave got ran led said told saw found".split())


MAX_FRONTED_TAIL_TOKENS = 6


def _subordinate_before(items: list[Item], lo: int, a: int) -> bool:
    """Is items[lo:a] (before ", according to X,") a subordinate clause or an unfinished one, so that the
    main clause after the source is what it reports ("While most were confidential, according to an
    official, two were secret", "He crossed the border after, according to him, Televisa censured him")?"""
    k = _trim_end(items, lo, a)
    if k <= lo:
        return False
    first = _trim_start(items, lo, k)
    return items[k - 1].quote is None and items[k - 1].word in SUBORDINATORS or items[first].quote is None and (
        items[first].word in OPENING_SUBORDINATORS
    ) and not any(
        items[t].word == "," for t in range(first, k)
    )


def _without_time_tail(items: list[Item], spk: tuple[int, int]) -> tuple[int, int]:
    """A source phrase without the time that closes it: "current president Emmerson Mnangagwa on Friday"
    -> "current president Emmerson Mnangagwa", "a poll this week" -> "a poll" (the time is when it was said,
    not who said it)."""
    a, b = spk
    k = b
    while k - 1 > a and items[k - 1].quote is None and (_time_word(items[k - 1].word) or _month(items, k - 1)):
        k -= 1
    # only a time phrase of its own ("on Friday", "this week"), not the object of a verb or preposition inside
    # the source ("figures her campaign released Friday", "results tallied through Wednesday")
    return (a, k) if k < b and items[k].word in TIME_PHRASE_OPENERS else spk


TIME_PHRASE_OPENERS = frozenset("on last this yesterday today earlier".split())


def _document_by(items: list[Item], spk: tuple[int, int], hi: int) -> tuple[int, int]:
    """A document source with its author after "by", past a time phrase: "a tweet on Monday by US Secretary of
    State Mike Pompeo" (whose author speaks), else ``spk``."""
    if items[spk[1] - 1].word not in _source_nouns():
        return spk
    k = spk[1]
    if k < hi and items[k].quote is None and items[k].word in TIME_PHRASE_OPENERS:
        k += 1
        while k < hi and items[k].quote is None and (_time_word(items[k].word) or _month(items, k)):
            k += 1
    if k >= hi or items[k].quote is not None or items[k].word != "by":
        return spk
    author = _np_right(items, k + 1, hi)
    return (spk[0], author[1]) if author is not None else spk


def _with_appositive_name(items: list[Item], spk: tuple[int, int], hi: int) -> tuple[int, int]:
    """A source ending in a title or kin noun followed by a name between commas ("his wife, Amanda,"): the
    name belongs to the source, and the content starts after the second comma."""
    a, b = spk
    last = items[b - 1]
    titles = _title_words()[1]
    person_noun = last.word in KIN_NOUNS or last.word in titles and last.word not in _title_words()[2] or any(
        items[k].quote is None and items[k].word in titles and items[k + 1].word in ("of", "for")
        for k in range(a, b - 1))  # ("the county's director of hospital services, Tiina Laaksonen,")
    if b + 2 >= hi or last.quote is not None or not person_noun:
        return spk
    if items[b].quote is not None or items[b].word != ",":
        return spk
    k = b + 1
    while k < hi and k - b <= 3 and items[k].quote is None and items[k].is_cap:
        k += 1
    if k > b + 1 and k < hi and items[k].quote is None and items[k].word == ",":
        return (a, k)
    return spk


MAX_FRONTED_SOURCE_TOKENS = 25
# Other first words of an opening adverbial before "according to X," ("Since last November", "By then").
OPENING_WORDS = frozenset("about since until by within".split())
CLAUSE_GOES_ON = frozenset("and but although though while because so yet".split())
MAX_OPENING_ADVERBIAL_WORDS = 6


MAX_QUOTED_TAIL_TOKENS = 4


def _add_closing_part(items: list[Item], row: Row, cs: int, ce: int, ys: int, hi: int) -> None:
    """'Only one person was killed by a gun last year, according to the police, and there were only eight
    incidents': the clause goes on after the source's comma; the row covers both parts (two segments)."""
    ys, ye = _trim_start(items, ys, hi), _trim_end(items, ys, hi)
    words = [items[k] for k in range(ys, ye) if _is_word(items[k])]
    quoted = [items[k].quote for k in range(ys, ye) if items[k].quote is not None]
    # the clause goes on only with a conjunction ("..., and there were ...") or its verb ("His criticism,
    # according to X, was ..."); anything else describes the source (", head of the National Center ...")
    before = [items[k] for k in range(cs, ce) if _is_word(items[k])]
    # "One child was, according to the fire service, among the dead": a clause cut after its verb goes on,
    # with its quotation too ("Six of the murders were, according to agreed facts, "sexual in nature"")
    unfinished = len(before) >= 2 and before[-1].word in FINITE_AUXILIARIES
    if quoted and unfinished and ye - ys <= len(quoted) + MAX_QUOTED_TAIL_TOKENS:
        row.segments = [(row.start, row.end), (items[ys].start, items[ye - 1].end)]
        row.end, row.item_end = items[ye - 1].end, ye
        row.quotes = [*row.quotes, *quoted]
        row.kind = "mixed"
        return
    if len(words) < 2 or quoted:
        return  # a quotation after the source is a row of its own
    first = items[ys].word
    # "As a result of Saturday's unrest, according to a report, police ...": an adverbial opening with "as"
    as_phrase = len(before) > 1 and before[0].word == "as" and len(before) <= MAX_OPENING_ADVERBIAL_WORDS and (
        before[1].word in ("a", "an", "the", "part", "of")  # ("As a result of ...", "As part of ...", "As of ...")
    )
    while before and before[0].word in CONJUNCTIONS:  # "But the next day, according to Roffman, Trump ..."
        before = before[1:]
    opening = as_phrase or bool(before) and len(before) <= MAX_OPENING_ADVERBIAL_WORDS and (
        before[0].word in PREPOSITIONS or before[0].word in OPENING_WORDS
        or any(it.word in TIME_WORDS for it in before)
    )
    if first == "even" and ys + 1 < ye and items[ys + 1].word in SUBORDINATORS:
        return  # "..., according to X, even as white men favored ...": the writer's contrast, not the source's
    if first not in CLAUSE_GOES_ON and first not in AUXILIARIES and first not in PROGRESSIVE and not opening and (
        not unfinished
    ):
        return  # ("About 10:03 p.m., according to a timeline, the contractors left": the clause is after it)
    row.segments = [(row.start, row.end), (items[ys].start, items[ye - 1].end)]
    row.end = items[ye - 1].end
    row.item_end = ye


MAX_LOWER_TITLE_WORDS = 4


def _titled_name_right(items: list[Item], b: int, hi: int) -> tuple[int, int] | None:
    """A lower-case title and a name that close the unit after an inverted cue ("..., says political
    scientist Sheila Smith."), or ``None``."""
    k = b
    while k < hi and k - b < MAX_LOWER_TITLE_WORDS and items[k].quote is None and (
        items[k].word.replace("-", "").isalpha()  # ("study co-author Karen Alley")
    ) and (
        not items[k].capital and items[k].word not in FUNCTION_WORDS and items[k].word not in AUXILIARIES
        and items[k].word not in PRONOUN_SUBJECTS and not items[k].word.endswith(("ed", "ly"))
    ):
        k += 1
    if k == b:
        return None
    name = _np_right(items, k, hi)
    if name is None or not items[name[0]].is_cap:
        return None
    end = _trailing_phrase_end(items, name[1], hi)
    if not (end >= hi or _only_punct_after(items, end, hi)):
        return None
    return (b, name[1])


def _trailing_phrase_end(items: list[Item], end: int, hi: int) -> int:
    """Where a short prepositional phrase after an inverted speaker ends ("..., wrote student protester Joshua
    Wong on Twitter.", "..., says political scientist Dossym Satpayev in Almaty.": where or when), or ``end``."""
    if end < hi and items[end].quote is None and items[end].word in PREPOSITIONS and items[end].word != "to":
        return next((t for t in range(end + 1, min(hi, end + MAX_TRAILING_PP_TOKENS)) if items[t].quote is not None
                     or not items[t].word[:1].isalnum() or items[t].word in VERB_WORDS), hi)
    return end


MAX_TRAILING_PP_TOKENS = 6
