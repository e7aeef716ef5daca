"""Rows across units: floating quotes and the speaker they take from context, single-mark style,
joining interrupted quotations and dropping overlaps."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..segment import Doc
from .appositives import _role_before, _speaker_left
from .constants import (
    ALL_MARKS,
    CONTEXT_PARAGRAPHS,
    DETERMINERS,
    FUNCTION_WORDS,
    INTRO,
    MAX_NP_TOKENS,
    MIN_CONTEXT_WORDS,
    MIN_SINGLE_WORDS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    RELATIVES,
    capitals,
)
from .cues import _find_cues, _match_cue
from .lexicon import _source_nouns, cue_lexicon
from .phrases import _np_left
from .subjects import _subject_of_unit
from .units import Item, Row, _span


# ---------------------------------------------------------------- floating quotes
def _floating_rows(
    doc: Doc, units_items: list[tuple[list[Item], int]], used: set[int], single_style: bool = False
) -> list[Row]:
    """Quotes no cue claimed: clause-length ones that fill their unit become rows (speaker from context).

    Single-quoted ones count only when the article quotes speech with single marks (``single_style``).
    """
    rows = []
    article_words: dict[str, frozenset[str]] = {}  # filled by _named when first needed
    for n, (items, pid) in enumerate(units_items):
        for it in items:  # '"..." \u2015 Sonya Herridge': a credit on the quotation's own line
            cq = it.quote
            credit = _dash_credit(doc.text, cq.end) if cq is not None and id(cq) not in used and cq.words >= 3 else None
            if cq is not None and credit is not None:
                rows.append(Row("direct", cq.start, cq.end, cue=credit[0], speaker=credit[1], attribution="cue",
                                paragraph=pid, quotes=[cq]))
                used.add(id(cq))
        qs = [it for it in items if it.quote is not None and id(it.quote) not in used]
        for k, it in enumerate(items):  # 'Pew Research: "..."', 'Trump issued a statement, "..."'
            q = it.quote
            if q is None or id(q) in used or k == 0 or q.words < 3 or (q.single and not single_style):
                continue
            colon = items[k - 1].word == ":"
            noun_cue = k > 1 and items[k - 1].word == "," and items[k - 2].word in _source_nouns()
            if not (colon or noun_cue):
                continue
            if colon and items[0].quote is None and items[0].word in QUOTE_LABELS:
                if k - 1 == 1:  # 'Quote: "..."' (Ukrainska Pravda): the speaker named before goes on
                    rows.append(Row("direct", q.start, q.end, attribution="context", paragraph=pid, quotes=[q]))
                    used.add(id(q))
                    qs = [x for x in qs if x is not it]
                    continue
                if items[1].quote is None and items[1].word == "from" and k - 1 > 2:
                    row = Row("direct", q.start, q.end, cue=_span(items, k - 1, k), attribution="cue", paragraph=pid,
                              quotes=[q], speaker=_span(items, 2, k - 1))  # 'Quote from NABU: "..."'
                    used.add(id(q))
                    rows.append(row)
                    qs = [x for x in qs if x is not it]
                    continue
            spk = _np_left(items, k - 1, 0) if colon else None  # 'Pew Research: "..."', else the subject
            if spk is None or not any(items[j].is_cap for j in range(*spk)) or (
                spk[0] > 0 and items[spk[0] - 1].quote is None and (
                    items[spk[0] - 1].word in PREPOSITIONS or items[spk[0] - 1].word in ("of", "about")
                    or _object_of_verb(items, spk[0]))
            ):  # 'a familiar voice celebrated the attacks on Twitter: "..."', 'wrote of Ms. Merkel: "..."', 'He
                # appreciated Soleimani's lifepath: "..."': the subject speaks
                spk = _subject_of_verb_before(items, k - 1) or _subject_of_unit(items, 0, k - 1) or spk
            cue = _span(items, k - 1, k) if colon else _span(items, k - 2, k - 1)
            row = Row("direct", q.start, q.end, cue=cue, attribution="cue", paragraph=pid, quotes=[q])
            row.speaker = _span(items, *spk) if spk else None
            used.add(id(q))
            rows.append(row)
            qs = [x for x in qs if x is not it]
        others = sum(1 for it in items if it.quote is None and it.word[:1].isalnum())
        # a quoted sentence right after an attributed quote in its paragraph goes on with it, however
        # short ('"We will win," he said. "It is over."'); elsewhere a short one may be a title
        follows_quote = n > 0 and units_items[n - 1][1] == pid and any(
            x.quote is not None and id(x.quote) in used for x in units_items[n - 1][0])
        if len(qs) == 1 and 0 < others <= MAX_CONTEXT_TAIL_WORDS and follows_quote and items[0] is qs[0] and (
            qs[0].quote.words >= MIN_CONTEXT_WORDS and not (qs[0].quote.single and not single_style)
            and not _has_speech_cue(items)
        ):  # '"A," said Tad Devine. "B," which votes June 7.': the quote goes on, the writer's tail is not said
            q = qs[0].quote
            rows.append(Row("direct", q.start, q.end, attribution="context", paragraph=pid, quotes=[q]))
            continue
        if len(qs) == 1 and others == 0:
            q = qs[0].quote
            min_words = 1 if follows_quote else MIN_CONTEXT_WORDS
            if q is not None and not (q.single and not single_style) and q.words >= min_words:
                rows.append(Row("direct", q.start, q.end, attribution="context", paragraph=pid, quotes=[q]))
            continue
        # a clause-length quote inside a sentence whose verb is not a known cue ('Hillary shot back, "I
        # suppose ..."', 'On its website, the FBI lists "public corruption as ..."'): the sentence's subject
        # speaks (its speaker was right three times out of four on PolNeAR train); without one the quote is
        # left out (a speaker guessed from the nearest attribution was almost always wrong there)
        spoken: bool | None = None  # whether the sentence has a speech cue, found once when first needed
        for k, it in enumerate(items):
            q = it.quote
            if q is None or id(q) in used or k == 0 or q.words < MIN_CONTEXT_WORDS or (q.single and not single_style):
                continue
            if q.titled:
                continue  # 'voted to pass the "Reproductive Health Care Reform Bill 2019"': a name, not speech
            spk = _subject_of_unit(items, 0, k)
            if spk is None or not _speaks(items, spk, k) or not _named(doc.text, items, spk, article_words):
                continue
            if spoken is None:
                spoken = _has_speech_cue(items)
            if spoken:
                break
            row = Row("direct", q.start, q.end, attribution="context", paragraph=pid, quotes=[q])
            row.speaker = _span(items, *spk)
            used.add(id(q))
            rows.append(row)
    return rows


def _object_of_verb(items: list[Item], a: int) -> bool:
    """Is the phrase at ``a`` the object of a verb in the past ("He praised Soleimani's lifepath:")?"""
    w = items[a - 1].word
    return not items[a - 1].capital and w.isalpha() and len(w) > 4 and w.endswith("ed") and w not in FUNCTION_WORDS


# Words of the writer's tail after a quoted sentence that still goes on with the attribution before it.
MAX_CONTEXT_TAIL_WORDS = 8


# A label before a quotation that names no speaker ("Quote: ...", "Quote from NABU: ...").
QUOTE_LABELS = frozenset(["quote"])
# Words of a verb group before a colon: "could only quip:", "then fired back:".
VERB_GROUP_WORDS = frozenset("could would can will may might must should did does do has have had only also then "
                             "just simply even later again".split())


DEGREE_WORDS = frozenset("less more very so too equally even".split())
COPULAS = frozenset("was is were are".split())


def _subject_of_verb_before(items: list[Item], colon: int) -> tuple[int, int] | None:
    """'..., so odd that a spokesman for Bernie Sanders could only quip: "..."': the noun phrase before the
    verb that ends at the colon, when it names someone (a capitalised word or a person's role)."""
    v = colon - 1
    if v < 1 or items[v].quote is not None or not items[v].word.isalpha() or items[v].capital:
        return None
    j = v
    while j > 0 and items[j - 1].quote is None and (items[j - 1].word in VERB_GROUP_WORDS or (
        items[j - 1].word.endswith("ly") and not items[j - 1].capital
    )):
        j -= 1
    if j > 1 and items[j - 1].quote is None and items[j - 1].word in DEGREE_WORDS:
        j -= 1  # "was less forgiving:", "was more blunt:"
    if j > 1 and items[j - 1].quote is None and items[j - 1].word in COPULAS and items[j - 2].quote is None and (
        items[j - 2].word == ","
    ):  # "Gareth Bowen, speaking on BBC Radio Wales, was less forgiving:": the subject before its aside
        spk = _speaker_left(items, j - 1, 0)
        return (_role_before(items, spk[0], 0), spk[1]) if spk is not None and any(
            items[x].is_cap for x in range(*spk)) else None
    spk = _np_left(items, j, 0)
    if spk is None or not any(items[x].is_cap or items[x].word in PRONOUN_SUBJECTS for x in range(*spk)):
        return None
    return (_role_before(items, spk[0], 0), spk[1])  # "a spokesman for | Bernie Sanders"


# Verbs after a subject that describe it rather than report its words: 'Guns are "the ultimate ..."'.
NOT_SPEAKING = frozenset("is are was were be been being am has have had 's".split())
# Words that cannot follow a subject as its verb: the "subject" was an opening word ("Thus,", "Unlike the").
NOT_A_VERB = DETERMINERS | frozenset(", ; : ( of".split())


def _active_verb_group(items: list[Item], j: int, k: int) -> bool:
    """Do the auxiliaries from ``j`` lead to an active verb before ``k`` ("has gone after Trump as ...", "has
    been steadily pounding Trump as ..."), not to a copula or a passive ('is "...", 'was called "..."')?"""
    last = ""
    while j < k and items[j].quote is None and (
        items[j].word in NOT_SPEAKING or items[j].word in ("not", "also", "never") or items[j].word.endswith("ly")
    ):
        if items[j].word in NOT_SPEAKING:
            last = items[j].word
        j += 1
    if j >= k or items[j].quote is not None or not items[j].word.isalpha() or items[j].capital:
        return False
    return items[j].word.endswith("ing") or last in ("has", "have", "had") and items[j].word not in DETERMINERS


def _speaks(items: list[Item], spk: tuple[int, int], k: int) -> bool:
    """Whether the subject ``spk`` of a sentence can be the speaker of the quote at ``k``: a noun phrase
    that is not a participle ("Based on ..."), followed by a verb that is not "be" or "have"."""
    if spk[1] < k and items[spk[1]].quote is None and (
        items[spk[1]].word in NOT_SPEAKING and not _active_verb_group(items, spk[1], k)
        or items[spk[1]].word in NOT_A_VERB and spk == (0, 1)
    ):
        return False  # 'Guns are "..."'; "Thus, ...", "Unlike the past, ...": an opening word, no subject
    return not (items[spk[0]].word.endswith("ed") and spk[1] - spk[0] == 1)  # "Based", "Asked"


def _named(text: str, items: list[Item], spk: tuple[int, int], words: dict[str, frozenset[str]]) -> bool:
    """A subject that names who speaks: a personal pronoun, or a phrase with a capitalised word that is not
    just the sentence's first word ("Hillary", "the FBI"; not "Thus", "Behind", "The general debate"). A
    capitalised first word counts when the article never writes it in lower case, the way a name is told
    from a common word by the document itself (Mikheev 2002, "Periods, capitalized words, etc.")."""
    a, b = spk
    if b - a == 1 and items[a].word in PRONOUN_SUBJECTS:
        return True
    while a < b and items[a].word in DETERMINERS:  # "The FBI" is named by "FBI", "The general debate" by nothing
        a += 1
    if a >= b:
        return False
    if a > spk[0]:
        return any(items[j].is_cap for j in range(a, b))
    if any(items[j].is_cap for j in range(a + 1, b)):
        return True
    first = items[a]
    if not first.is_cap:
        return False
    w = text[first.start : first.end].lower()
    if not re.fullmatch(r"\w+", w):  # "O'Brien": search the text itself
        return re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text) is None
    if "all" not in words:  # the article's words, collected once (``words`` is shared across its sentences)
        words["all"] = frozenset(re.findall(r"\w+", text))
    return w not in words["all"]


def _has_speech_cue(items: list[Item]) -> bool:
    """A speech cue in the sentence: its attribution, even if not understood, wins over the subject rule."""
    return any(h.cue.cls in ("speech", "tell") for h in _find_cues(items, cue_lexicon()))


# What a release's caption attributes ("Quotes attributable to ...:", "Comments attributable to ...:").
ATTRIBUTED_THINGS = frozenset("quotes quote comments comment remarks statement".split())


def _colon_intros(doc: Doc, units_items: list[tuple[list[Item], int]], rows: list[Row]) -> list[Row]:
    """A paragraph that ends with a colon introduces the quotation of the next one ('Trump issued the
    following statement:', 'He then listed the qualities ...:'): its subject is the speaker, the colon the
    cue, unless a row of the sentence already says who speaks."""
    starts = sorted(r.start for r in rows)
    out = []
    for items, pid in units_items:
        n = len(items)
        if n < 3 or items[-1].quote is not None or items[-1].word != ":":
            continue
        colon = items[-1]
        if "\n" not in doc.text[colon.end : colon.end + 3] and colon.end < len(doc.text):
            continue  # the colon does not end its paragraph
        k = bisect_left(starts, items[0].start)
        if k < len(starts) and starts[k] < colon.end:
            continue
        cue = _span(items, n - 1, n)
        if n > 4 and items[0].word in ATTRIBUTED_THINGS and items[1].word == "attributable" and (
            items[2].word == "to"
        ):  # "Quotes attributable to Minister for Infrastructure ... Daniel Marsh:" (government media releases)
            out.append(Row(INTRO, colon.start, colon.end, cue=_span(items, 0, 3), speaker=_span(items, 3, n - 1),
                           attribution="cue", paragraph=pid))
            continue
        spk = _subject_of_unit(items, 0, n - 1)
        if spk is None or not _speaks(items, spk, n - 1):
            continue  # (a speech cue that gave no row, 'said about its platform:', may stand in the sentence)
        inverted = _match_cue(items, spk[0], cue_lexicon()) if spk[0] == 0 else None
        if inverted is not None:  # "Stated Stone:": the verb opens the paragraph, the name follows it
            if inverted[1] >= spk[1]:
                continue
            cue, spk = _span(items, spk[0], inverted[1]), (inverted[1], spk[1])
        intro = Row(INTRO, colon.start, colon.end, cue=cue, speaker=_span(items, *spk),
                    attribution="cue", paragraph=pid)
        out.append(intro)
    return out


def _unquoted_blocks(doc: Doc, rows: list[Row]) -> list[Row]:
    """A paragraph without quotation marks right after "Name said:" ending its paragraph is that speaker's
    quotation printed as a block (GOV.UK and many press releases: 'Health Minister Rachel Dunmore said:' then
    the minister's words): a direct row with the introduction's speaker and cue."""
    text = doc.text
    lex = cue_lexicon()
    starts = [pa for pa, _ in doc.paragraphs]
    taken = sorted(r.start for r in rows if r.kind != INTRO)
    out = []
    for r in rows:
        if r.kind != INTRO or r.speaker is None or r.cue is None or text[r.end - 1 : r.end] != ":":
            continue
        said = text[r.cue[0] : r.cue[1]].lower().split()
        if not said or not any(c.cls in ("speech", "tell") for c in lex.get(said[-1], ())):
            continue  # "The candidate must:", "See:": a list or a link follows, not what someone said
        k = bisect_right(starts, r.end)
        if k >= len(starts) or "\n" not in text[r.end : starts[k]] or text[r.end : starts[k]].strip():
            continue  # the colon must end its paragraph, and the next one follow
        pa, pb = doc.paragraphs[k]
        block = text[pa:pb]
        i = bisect_left(taken, pa)
        if i < len(taken) and taken[i] < pb or any(ch in ALL_MARKS for ch in block) or (
            len(block.split()) < MIN_BLOCK_WORDS or block.rstrip()[-1:] not in ".!?"
        ):
            continue  # (a row or a quotation of its own, a heading or a list item: not a block quotation)
        out.append(Row("direct", pa, pa + len(block.rstrip()), cue=r.cue, speaker=r.speaker, attribution="cue",
                       paragraph=r.paragraph + 1, speaker_from=None))
    return out


MIN_BLOCK_WORDS = 8


# Verbs that make a sentence of their own before the speaker's quotation ("Dianne Bystrom agreed. "...").
REACTION_VERBS = frozenset(
    "agreed disagreed concurred explained added continued responded replied countered objected elaborated "
    "demurred joked warned agrees disagrees explains adds continues responds replies counters".split()
)


def _verb_intros(units_items: list[tuple[list[Item], int]], rows: list[Row]) -> list[Row]:
    """'Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are running out of time."': a
    sentence of a name and a verb of reply introduces the quotation that follows it in the paragraph."""
    starts = sorted(r.start for r in rows)
    out = []
    for items, pid in units_items:
        n = len(items)
        if n < 3 or n > MAX_NP_TOKENS + 2 or items[-1].quote is not None or items[-1].word != ".":
            continue
        v = n - 2
        if items[v].quote is not None or items[v].word not in REACTION_VERBS:
            continue
        spk = _np_left(items, v, 0)
        if spk is None or spk[0] != 0:
            continue  # the name must be the whole subject
        k = bisect_left(starts, items[0].start)
        if k < len(starts) and starts[k] < items[-1].end:
            continue  # the sentence has a row already
        out.append(Row(INTRO, items[v].start, items[-1].end, cue=_span(items, v, v + 1),
                       speaker=_span(items, *spk), attribution="cue", paragraph=pid))
    return out


# A credit line under a pull quote: "- Michelle Marks, Philadelphia.", "\u2014 President Obama, tweeting ..."
CREDIT_RE = re.compile(
    capitals(r"[-\u2014\u2013\u2015]{1,2}[ \t\u00a0]*"
             r"([A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|of|de|von|van|bin|al)){0,5})")
)
# A credit on the quotation's own line: '"..." \u2015 Sonya Herridge', '"..." -- Mark Twain' (the name then
# ends the line or the paragraph).
# (or on the next line, as Canada's news releases sign their quotations: '"..." / \u2013 The Honourable Jenna
# Morrisette, Minister of Innovation, Science and Industry', the office after a comma closing the line)
SAME_LINE_CREDIT_RE = re.compile(r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?(?=[-\u2014\u2013\u2015])")
CREDIT_END_RE = re.compile(r"(?:,[^\n\"\u201c\u201d]{2,160})?[ \t\u00a0.,]*(?:\n|$)")
# A line naming who speaks in the quotation of the next paragraph, as British Columbia's releases do:
# "Aaron Kwan, Minister of Health \u2013" / "\u201c...\u201d".
SPEAKER_LINE_RE = re.compile(
    capitals(r"[ \t]*([A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|de|von|van|bin|al|der)){1,4}),"
             r"[ \t]+[^\n\"\u201c\u201d]{2,160}?[ \t]+[-\u2014\u2013:][ \t]*$"))


# A release's signature under a quotation: the next line holds a name and, after a comma, an office, and
# no sentence ("Jakub Nowak, Polish Minister of Health").
SIGNATURE_RE = re.compile(
    capitals(r"[ \t]*\n[ \t]*([A-Z][\w.'\u2019\-]*(?:[ \t]+(?:[A-Z][\w.'\u2019\-]*|de|von|van|bin|al|der)){1,4}),"
             r"[ \t]+[^\n\"\u201c\u201d]{2,90}[^\n.!?:\"\u201c\u201d][ \t]*(?:\n|$)")
)


def _dash_credit(text: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(cue span, name span) of a dash and a name that close the line right after a quotation ending at
    ``end`` ('"..." \u2015 Sonya Herridge'), else ``None``."""
    m = SAME_LINE_CREDIT_RE.match(text, end)
    m = CREDIT_RE.match(text, m.end()) if m is not None else None
    if m is None or not m.group(1) or not CREDIT_END_RE.match(text, m.end(1)):
        return None
    return (m.start(), m.start() + 1), m.span(1)


def _credit_lines(doc: Doc, rows: list[Row]) -> None:
    """'"The whole idea ... needs to stop." / -Michelle Marks, Philadelphia.': a quotation that fills its
    paragraph, followed by a paragraph that opens with a dash and a name, is that person's; so is one
    followed on its own line by a dash and a name ('"..." \u2015 Sonya Herridge', as in epigraphs)."""
    text = doc.text
    starts = doc.paragraph_starts
    for r in rows:
        if r.kind != "direct" or r.attribution != "context":
            continue
        credit = _dash_credit(text, r.end)
        if credit is not None:
            r.cue, r.speaker = credit
            r.attribution = "cue"
            continue
        if r.speaker is not None:
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        sign = SIGNATURE_RE.match(text, r.end) if not text[line_start : r.start].strip() else None
        if sign is not None and sign.group(1).split()[0].lower() not in FUNCTION_WORDS:
            r.speaker = sign.span(1)  # '"... far from Europe." / Jakub Nowak, Polish Minister of Health' (EU and
            continue  # UN releases sign a quotation with the name and office on the next line)
        k = bisect_right(starts, r.start) - 1
        alone = not text[doc.paragraphs[k][0] : r.start].strip() and not text[r.end : doc.paragraphs[k][1]].strip()
        if k > 0 and alone:
            line = SPEAKER_LINE_RE.fullmatch(text, *doc.paragraphs[k - 1])
            if line is not None and line.group(1).split()[0].lower() not in FUNCTION_WORDS:
                r.speaker = line.span(1)  # "Aaron Kwan, Minister of Health \u2013" / "\u201c...\u201d"
                continue
        if k < 0 or k + 1 >= len(starts) or text[r.end : doc.paragraphs[k][1]].strip(" \t.,;"):
            continue  # the quotation must end its paragraph
        m = CREDIT_RE.match(text, starts[k + 1])
        if m is None:
            continue
        r.speaker = m.span(1)
        r.cue = (m.start(), m.start() + 1)
        r.attribution = "cue"


def _link_context(rows: list[Row], text: str) -> None:
    """Give each context row the speaker of the nearest attribution before it (or right after it). A
    relative clause's row ('said Bob Mulholland, a superdelegate who has accused ...') passes its quotes on
    to the row whose speaker the clause describes."""
    last: Row | None = None
    for i, r in enumerate(rows):
        if r.attribution != "context" or r.speaker is not None:  # (a sentence's subject is already set)
            if r.speaker is not None and not (
                last is not None and last.paragraph == r.paragraph and r.attribution == "cue"
                and text[r.speaker[0] : r.speaker[1]].lower() in RELATIVES
            ):
                last = r
            continue
        if last is not None and last.kind == INTRO and r.paragraph - last.paragraph <= 1:
            r.speaker, r.cue, r.attribution, r.speaker_from = last.speaker, last.cue, "cue", last
            last = r
            continue
        src = None
        if last is not None and r.paragraph - last.paragraph <= CONTEXT_PARAGRAPHS:
            src = last
        else:
            for nxt in rows[i + 1 : i + 3]:
                if nxt.attribution == "cue" and nxt.speaker is not None and nxt.paragraph == r.paragraph:
                    src = nxt
                    break
        if src is None:
            r.attribution = "unattributed"
            continue
        r.speaker = src.speaker
        r.speaker_from = src
        if r.cue is not None:  # 'Adding, "..."': a cue of its own, the speaker of the sentence before
            r.attribution = "cue"


# ---------------------------------------------------------------- rows of an article
def _single_style(rows: list[Row]) -> bool:
    """True when the article quotes speech with single marks: a clause-length 'quote' with its own cue."""
    return any(r.kind == "direct" and r.quotes and r.quotes[0].single and r.attribution == "cue"
               and (r.quotes[0].words >= MIN_SINGLE_WORDS or _short_speech(r)) for r in rows)


def _short_speech(r: Row) -> bool:
    """A short single-quoted row that is speech by its form: it opens the row, closes on ",", "?" or "!"
    (or has a comma after it) and a cue claims it ("'Maybe,' he replied", "'No', she said")."""
    q = r.quotes[0]
    return (q.open_end or q.comma_after) and r.attribution == "cue" and r.start == q.start


def _filter_singles(rows: list[Row], single_style: bool, kept: set[int] | None = None) -> list[Row]:
    """Single-quoted stretches count as direct quotes only in single-style articles, and when clause-length
    or cued and closing on ",", "?" or "!" (or among ``kept``, the ids of rows known to be speech)."""
    out = []
    for r in rows:
        if r.kind == "direct" and r.quotes and r.quotes[0].single and (kept is None or id(r) not in kept) and (
            not single_style or r.quotes[0].words < MIN_SINGLE_WORDS and not _short_speech(r)
        ):
            continue
        out.append(r)
    return out


def _continues(root: Row, r: Row) -> bool:
    """True when ``r`` goes on with the quotation of ``root``, the row just before it.

    PolNeAR (like PARC) annotates '"A," he said. "B."' as one attribution whose content is A and B: B is
    the second half of an interrupted quote ('"A," he said, "B."') or a quote without a cue of its own
    that takes the speaker of ``root`` in the same paragraph (a ``context`` row).
    """
    if r.kind != "direct" or root.kind not in ("direct", "mixed"):
        return False
    if r is root.next_row or any(r is s for s in root.joined_next):
        return True
    return r.attribution == "context" and r.paragraph == root.paragraph and (
        r.speaker_from is root or any(r.speaker_from is s for s in root.joined_next))


def _short_gap(root: Row, r: Row) -> bool:
    """The narration between the quotation so far and ``r`` is shorter than the quoted words on both
    sides: a row's text stays mostly what was said ('"A," Chaffetz said after the witness failed to show up
    at the second hearing he was called to in two weeks. "B."' gives two rows)."""
    quoted = sum(b - a for a, b in (root.segments or [(root.start, root.end)])) + (r.end - r.start)
    return r.start - root.end <= quoted


def _join_continuations(rows: list[Row]) -> list[Row]:
    """One row per interrupted quotation: '"A," he said. "B."' runs from A to B, with A and B as segments."""
    out: list[Row] = []
    for r in rows:
        root = out[-1] if out else None
        if root is not None and _continues(root, r) and _short_gap(root, r):
            if not root.segments:
                root.segments = [(root.start, root.end)]
            root.segments.append((r.start, r.end))
            root.end = r.end
            root.quotes = root.quotes + r.quotes
            root.joined_next.append(r)
            if r.next_row is not None:
                root.joined_next.append(r.next_row)
            continue
        out.append(r)
    return out


def _dedupe(rows: list[Row]) -> list[Row]:
    """Keep rows ordered and non-overlapping (the earlier, longer row wins)."""
    out: list[Row] = []
    for r in rows:
        if r.end <= r.start:
            continue
        if out and r.start < out[-1].end:
            if r.end - r.start > out[-1].end - out[-1].start and r.start == out[-1].start:
                out[-1] = r
            continue
        out.append(r)
    return out
