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
   cue) are paired inside each paragraph. An unclosed mark at the start of a paragraph runs to the end of
   the paragraph and continues when the next paragraph opens with a mark (newspaper style for quotes
   over several paragraphs); any other unpaired mark is ignored, so a stray mark never swallows the text.
2. Sentences that a quote spans are merged into one *unit*; inside a unit each quote is one item.
3. Cues are matched token by token (longest form first). A cue closes the content before it
   (``CONTENT, Lavrov said.`` / ``CONTENT, said Lavrov.``) when only its speaker and adverbials follow it,
   and opens the content after it otherwise (``Lavrov said (that) CONTENT``), skipping the hearer of
   "tell" verbs. The speaker is the noun phrase next to the cue (names, titles, appositives, relative
   clauses, pronouns); a participle (``..., adding that``) shares the speaker of its main clause.
   Attributions do not nest (as in PolNeAR): a cue closing the sentence owns the clause before it, and
   the content of a cue ends where another attribution or a writer's comment (``, which ...``) begins.
4. A quote that forms a unit of its own without a cue takes the speaker of the adjacent attribution
   (``attribution = "context"``), as in Pareti's treatment of "floating" quotes; a short quoted term
   without a cue and without clause structure is a scare quote or a title and is not returned. A quote
   after a colon (``Pew Research: "..."``) or after ``X said:`` closing the previous paragraph is
   attributed to that phrase (``attribution = "cue"``, the colon or the verb as cue).
5. Transcripts (paragraphs opening with a speaker label such as "Vladimir Putin:", "Question:" or the
   interview style "((Name))", at least two in the article, or one official's label with title and full
   name, "President of Russia Vladimir Putin:") give one row per turn, running to the next label
   (``attribution = "transcript"``); paragraphs before the first turn are read as running text. A note
   before the colon ("Recep Tayyip Erdogan (retranslated):") is skipped, and a label alone in its
   paragraph opens the turn in the next one. The label is the speaker mention: "President of Russia
   Vladimir Putin" gives speaker "Vladimir Putin" and speaker_role "President of Russia". Turns of
   unnamed participants keep their label as speaker ("Question", "Remark", "Answer") with no role, so
   they can be counted or filtered (``speaker == "Question"``) but are never merged with a person.

6. Attributions without a speech verb, added only where no verb-cued row covers the text (PolNeAR
   annotates them): evidential raising verbs ("Trump is expected to deliver ...", "seemed to match":
   the infinitive, no speaker), reporting nouns with a that-clause ("his claim that ...", source the
   possessive), stance nouns with a possessive holder ("Clinton's attacks on Trump"), an opening "In a
   poll / an interview / a statement ..., CLAUSE" (the phrase is the source), "according to" with any noun
   phrase, shares and bare plurals as subjects ("59 percent said", "GOP analysts say").

Speakers are resolved by :mod:`discourse.speakers` (pronouns, role nouns, fullest name, registry). A
speaker mention is a noun phrase: verbs, adverbs and leading conjunctions are cut from it.

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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pandas as pd

from .resources import load_table
from .schema import format_segments
from .segment import Doc

__all__ = ["extract", "quotes", "cue_lexicon", "find_quote_spans"]

# ---------------------------------------------------------------- constants
# Double quotation marks: opener -> closers. Straight marks are resolved by context.
DOUBLE_OPEN = {"\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab"}
DOUBLE_CLOSE = set("\u201d\u201c\u00bb\u00ab")
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = set("\u2018\u201a\u2039'")
SINGLE_CLOSE = set("\u2019\u203a'")
ALL_MARKS = set(DOUBLE_OPEN) | DOUBLE_CLOSE | {STRAIGHT_DOUBLE} | SINGLE_OPEN | SINGLE_CLOSE | {"\u201f"}
# Compiled once: every candidate quotation mark in a text.
MARK_RE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
# A single-quoted stretch longer than this (characters) is not paired: apostrophes are too frequent.
MAX_SINGLE_QUOTE = 600
# Words a quote needs to count as speech when no cue is attached to it (shorter ones are scare quotes,
# titles, nicknames: 'safe zones', so-called "experts").
MIN_CONTEXT_WORDS = 5
# Words a single-quoted stretch needs before it is considered at all (British style 'We will fight,').
MIN_SINGLE_WORDS = 4
# How far (paragraphs back) a floating quote looks for the attribution it continues.
CONTEXT_PARAGRAPHS = 2
# Longest speaker noun phrase in tokens, and longest run of adverbials between a cue and its clause.
MAX_NP_TOKENS = 12
MAX_ADVERBIAL_TOKENS = 8
MAX_HEARER_TOKENS = 6
MAX_APPOSITIVE_TOKENS = 20
MAX_PP_TOKENS = 5  # "Trump in his announcement speech called"

# A unit with at least this many words, this share of them capitalised, is a headline.
MIN_TITLE_WORDS = 4
TITLE_CASE_SHARE = 0.7
SENTENCE_END = set(".!?")
CLOSING_MARKS = set("\u201d\u00bb\"'\u2019")
CLOSING_PUNCT = set(".!?;:,)]}\u2026") | {"--", "\u2014", "\u2013"}
# Words folded into the cue when they stand right before it ("has said", "did say", "also noted").
AUXILIARIES = frozenset(
    "has have had also did does do will would could can may might later previously reportedly publicly "
    "again then further once recently repeatedly earlier privately often subsequently separately since now "
    "still already just never always first long even only frequently openly not cannot can't won't didn't "
    "doesn't wouldn't couldn't don't can\u2019t won\u2019t didn\u2019t doesn\u2019t don\u2019t".split()
)
# Forms of "be" that make a progressive cue ("Trump is insisting that ...", "she was telling reporters").
PROGRESSIVE = frozenset("is was were are am been be".split())
# Adverbials allowed between a cue and its clause or between a closing cue and the end of the unit.
ADVERBIAL_WORDS = frozenset(
    "on in at to during last this that earlier later today yesterday tonight recently monday tuesday "
    "wednesday thursday friday saturday sunday morning afternoon evening night week weekend month year "
    "a an the his her their its statement interview interviews email emailed remarks speech press "
    "conference briefing release news reporters journalists tweet twitter facebook post posted phone call "
    "told with by via radio television tv program programme show appearance rally meeting hearing letter "
    "video message address broadcast event late early also again as well".split()
)
DETERMINERS = frozenset("the a an his her their its our my your this these those some another".split())
NAME_JOINERS = frozenset("of for de del da di van von bin al le la and at".split())
CONJUNCTIONS = frozenset("but and or yet so while although though because as if when".split())
# Capitalised at a sentence start but never a name.
FUNCTION_WORDS = CONJUNCTIONS | frozenset(
    "in on at for with from by after before since during about under over into to of not no yes however "
    "meanwhile still also then there here what which who whom whose where why how it its this that these "
    "those such many much more most some any all both each every other another one two three first last "
    "now today yesterday earlier later instead indeed even just only asked told said before until unless "
    "than like whether was were is are be been has have had do does did will would can could should may "
    "might must monday tuesday wednesday thursday friday saturday sunday january february march april june "
    "july august september october november december minutes hours days weeks months years moments i we you "
    "he she they".split()
)
# Words after which a preposed cue is passive or nominal, not a report ("was said", "the said").
BLOCKERS_BEFORE = frozenset("is was were be been being are the a an to no".split())
# Time words that may stand between a speaker and the cue ("Trump on Monday said", "Clinton last week said").
TIME_WORDS = frozenset(
    "last this next week month year monday tuesday wednesday thursday friday saturday sunday yesterday today "
    "tonight earlier later recently on night morning afternoon evening".split()
)
RELATIVES = frozenset("that which who".split())
# Conjunctions after a comma that open the writer's own clause, not more of the report ("..., while ...").
CONTRASTS = frozenset("but while whereas".split())
# Openers of a comment the writer adds after a comma ("..., which is spread by mosquitoes").
WRITER_CLAUSES = frozenset("which who whom whose although though even despite whereas".split())
# Where the object of an "object" cue ends ("endorsed Trump, saying ..."): at punctuation. (Cutting it at
# circumstantial prepositions too, "criticized Clinton during a rally", lowered F1 on PolNeAR train.)
OBJECT_STOPS = frozenset(";,(\u2014")
# Cues that report speech only with an infinitive ("declined to comment") or a quote after them.
NEEDS_INFINITIVE = frozenset(["refuse"])
# Prepositions before a participle cue that share the main clause's subject ("after hinting that").
PARTICIPLE_LINKS = frozenset("after before by while when without since".split())
# Words that join a second report to the first ("says X but argues Y", "said X before claiming Y").
CLAUSE_LINKS = frozenset("but and while before after".split())
# Cues whose content may be an infinitive ("vowed to stay", "urged him to resign").
INTENT = frozenset(
    "vow pledge promise agree refuse decline threaten offer plan want hope urge decide expect propose claim seek "
    "intend".split()
)
# Words that cannot open reported content ("said by", "said to be" are passives/raising).
BAD_CONTENT_START = frozenset("by to for of with about".split())
# Transcript speaker labels: a short capitalised run at the start of a paragraph, then ": ".
# A note on the turn may stand between the label and its colon ("Recep Tayyip Erdogan (retranslated):"), and
# the turn may begin in the next paragraph ("President of Turkey Recep Tayyip Erdogan (retranslated):").
TRANSCRIPT_LABEL_RE = re.compile(
    r"([A-Z][\w.\u2019'\-]{0,30}(?:[ \t]+(?:of|the|de|der|von|van|al|bin|[A-Z][\w.\u2019'\-]{0,30})){0,9})"
    r"(?:[ \t]*\([a-z][a-z \t]{0,28}\))?(?=:(?:[ \t]+\S|[ \t]*(?:\n|$)))"
)
# Interview transcripts (Wikinews and others) mark turns with the speaker in double brackets: "((WN))  ...".
BRACKET_LABEL_RE = re.compile(r"\(\(([^()\n]{1,60})\)\)(?=[ \t]+\S)")
GENERIC_LABELS = frozenset("question answer q a reply response remark comment audience moderator".split())
# A speaker label that is no person: Wikinews image credits ("Image: Nicholas Moreau."), captions.
NOT_LABELS_EXTRA = frozenset("image images picture pictures caption file map graphic chart".split())
# Paragraph openers that look like labels but head sections or credits ("Contributing: ...").
NOT_LABELS = frozenset(
    "contributing source sources note editor update updated related read watch photo photos video credit "
    "correction clarification disclosure follow see also listen subscribe".split()
)
MIN_TRANSCRIPT_LABELS = 2
# Kind of the internal row that marks "X said:" at a paragraph end (removed before output).
INTRO = "intro"
PREPOSITIONS = frozenset("on in at to during with after before via through from over".split())
QUANTIFIERS = frozenset("one two three several many some other others most few all".split())
PRONOUN_SUBJECTS = frozenset("he she they we i it who".split())
_WORD_RE = re.compile(r"\w+(?:['\u2019\-]\w+)*")


# ---------------------------------------------------------------- resources
@dataclass(frozen=True)
class Cue:
    """One cue form: its words (lower case), the lemma and the class (speech, tell, belief, ...)."""

    words: tuple[str, ...]
    lemma: str
    cls: str


@lru_cache(maxsize=4)
def cue_lexicon(name: str = "cues.csv") -> dict[str, tuple[Cue, ...]]:
    """The cue forms of ``resources/<name>`` indexed by first word, longest form first."""
    index: dict[str, list[Cue]] = {}
    for row in load_table(name):
        for form in row["forms"].split("|"):
            words = tuple(form.strip().lower().split())
            if words:
                index.setdefault(words[0], []).append(Cue(words, row["lemma"], row["class"]))
    return {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in index.items()}


# ---------------------------------------------------------------- quotation marks
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


def _is_opening_context(text: str, i: int) -> bool:
    """True when the mark at ``i`` looks like an opening mark (space or bracket before, text after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{\u2014\u2013-/:;,\u201c\u2018\"'" or i == 0


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
            elif ch == "\u201d" and i == para[0]:  # a closing mark used as opener at a paragraph start
                open_at, open_closers = i, "\u201d"
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


def _pair_singles(text: str, marks: list[int], blocked: list[QSpan]) -> list[QSpan]:
    """Pair single marks outside double-quoted spans: opener before a letter, closer after a non-space."""
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
        if open_at is not None and ch in SINGLE_CLOSE and not prev.isspace() and not nxt.isalnum():
            if i - open_at > MAX_SINGLE_QUOTE:
                open_at = None
            else:
                spans.append(QSpan(open_at, i + 1, single=True))
                open_at = None
                continue
        if ch in SINGLE_OPEN and not prev.isalnum() and nxt.isalnum():
            open_at = i
    return spans


def find_quote_spans(doc: Doc) -> list[QSpan]:
    """Every quoted stretch of ``doc``, in order, not overlapping, within paragraph bounds.

    A paragraph that opens with a mark that is never closed runs to its end; when the next paragraph
    opens with a mark too, the quote continues there (one span over both paragraphs).
    """
    text = doc.text
    all_marks = [m.start() for m in MARK_RE.finditer(text)]
    if not all_marks:
        return []
    out: list[QSpan] = []
    pending: QSpan | None = None  # multi-paragraph quote waiting for its continuation
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
            if opens_para:
                first = spans[0] if spans and spans[0].start == pa else None
                if unclosed == pa and not spans:
                    pending.end = pb  # the quote goes on
                    continue
                if first is not None:
                    pending.end = first.end  # the continuation closes in this paragraph
                    spans = spans[1:]
                    out.append(pending)
                    pending = None
            if pending is not None:
                out.append(pending)
                pending = None
        if unclosed is not None and (unclosed == pa or _colon_before(text, unclosed, pa)):
            pending = QSpan(unclosed, pb, closed=False)
        out.extend(spans)
        singles = [i for i in marks if (text[i] in SINGLE_OPEN or text[i] in SINGLE_CLOSE) and i not in twin_set]
        if singles:
            out.extend(_pair_singles(text, singles, spans))
    if pending is not None:
        out.append(pending)
    out.sort(key=lambda q: q.start)
    res: list[QSpan] = []
    for q in out:  # drop anything nested in or overlapping an earlier span
        if res and q.start < res[-1].end:
            continue
        q.words = sum(1 for _ in _WORD_RE.finditer(text, q.start, q.end))
        q.comma_end = text[q.end - 2 : q.end - 1] == ","
        q.open_end = text[q.end - 2 : q.end - 1] in (",", "?", "!")
        if q.words and not (q.single and q.words < MIN_SINGLE_WORDS):
            res.append(q)
    return res


def _colon_before(text: str, i: int, pa: int) -> bool:
    """An unclosed mark right after a colon introduces a quote that runs to the paragraph end."""
    j = i - 1
    while j >= pa and text[j] == " ":
        j -= 1
    return j >= pa and text[j] == ":"


# ---------------------------------------------------------------- units and items
@dataclass
class Item:
    """A token, or a whole quote (``quote`` set), inside a unit."""

    start: int
    end: int
    word: str
    quote: QSpan | None = None

    capital: bool = False  # starts with an upper-case letter

    @property
    def is_cap(self) -> bool:
        """A capitalised word that can belong to a name (not a sentence-initial function word)."""
        return self.capital and self.word not in FUNCTION_WORDS


@dataclass
class Row:
    """One attribution while it is being built: content span, cue and speaker spans, how it was found."""

    kind: str
    start: int
    end: int
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    attribution: str | None = None
    paragraph: int = 0
    speaker_from: Row | None = None
    quotes: list[QSpan] = field(default_factory=list)
    # bookkeeping inside a unit: item range of the content, end of everything the row uses, cue item
    item_start: int = 0
    item_end: int = 0
    cue_item: int = -1
    next_row: Row | None = None  # the second half of an interrupted quote ('"A," he said, "B."')
    segments: list[tuple[int, int]] = field(default_factory=list)  # quoted parts of a joined row
    joined_next: list[Row] = field(default_factory=list)  # rows joined into this one (see _join_continuations)


def _units(doc: Doc, qspans: list[QSpan]) -> list[tuple[int, int]]:
    """Sentence index ranges [a, b] merged so that no quote crosses a unit boundary."""
    n = len(doc.sentences)
    reach = list(range(n))
    starts = doc.sentence_starts
    for q in qspans:
        a = max(0, bisect_right(starts, q.start) - 1)
        b = max(0, bisect_right(starts, q.end - 1) - 1)
        if b > reach[a]:
            reach[a] = b
    _join_closing_cues(doc, reach)
    out = []
    i = 0
    while i < n:
        j = reach[i]
        k = i
        while k <= j:
            j = max(j, reach[k])
            k += 1
        out.append((i, j))
        i = j + 1
    return out


def _join_closing_cues(doc: Doc, reach: list[int]) -> None:
    """Join a sentence ending in a closing mark with a next one that is its attribution.

    Punkt ends a sentence after '?"' or '!"', which cuts '"Who will pay?" Trump asked.' in two (and after
    '."' when the writer left out the comma: '"It is a battle of niches." Grubbs said.').
    """
    text = doc.text
    lex = cue_lexicon()
    ranges = doc.sentence_token_ranges
    words = doc.token_words
    for i in range(len(doc.sentences) - 1):
        a, b, pid = doc.sentences[i]
        if doc.sentences[i + 1][2] != pid or text[b - 1] not in CLOSING_MARKS:
            continue
        lo, hi = ranges[i + 1]
        # after '?"' / '!"' any short attribution follows; after '."' only a bare "Name said." one
        short = text[b - 2 : b - 1] in "?!"
        if hi - lo > (2 * MAX_NP_TOKENS if short else MAX_NP_TOKENS):
            continue
        # "Miller, a retired worker from a nuclear plant, said": an appositive widens the window
        window = MAX_APPOSITIVE_TOKENS if "," in words[lo : lo + MAX_NP_TOKENS // 2] else MAX_NP_TOKENS // 2
        for t in range(lo, min(hi, lo + window)):
            w = words[t]
            if w in SENTENCE_END:
                break
            if w in lex and not text[doc.tokens[t][0]].isupper():
                if short or lex[w][0].cls in ("speech", "tell") and t > lo:
                    reach[i] = max(reach[i], i + 1)
                break


def _items(doc: Doc, tlo: int, thi: int, qspans: list[QSpan], qstarts: list[int]) -> list[Item]:
    toks = doc.tokens
    words = doc.token_words
    text = doc.text
    items: list[Item] = []
    k = bisect_right(qstarts, toks[tlo][0] - 1) if tlo < thi else 0
    t = tlo
    while t < thi:
        a, b = toks[t]
        while k < len(qspans) and qspans[k].end <= a:
            k += 1
        if k < len(qspans) and qspans[k].start <= a < qspans[k].end:
            q = qspans[k]
            items.append(Item(q.start, q.end, "\u201c\u201d", q))
            while t < thi and toks[t][0] < q.end:
                t += 1
            k += 1
            continue
        it = Item(a, b, words[t])
        it.capital = text[a].isupper()
        items.append(it)
        t += 1
    return items


# ---------------------------------------------------------------- lexicon helpers
@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words allowed inside a speaker phrase, single-word titles, org/source nouns) from titles.csv."""
    inside: set[str] = set()
    titles: set[str] = set()
    nouns: set[str] = set()
    for row in load_table("titles.csv"):
        words = row["title"].split()
        inside.update(words)
        if row["kind"] in ("title", "group"):
            titles.update(words)
        if row["kind"] in ("org", "source", "group"):
            nouns.update(words)
    return frozenset(inside), frozenset(titles), frozenset(nouns)


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    """Documents and media (titles.csv kind "source"): "an email saying" is said by whoever sent it."""
    return frozenset(row["title"] for row in load_table("titles.csv") if row["kind"] == "source")


def _match_cue(
    items: list[Item], i: int, lex: dict[str, tuple[Cue, ...]], title_case: bool = False
) -> tuple[Cue, int] | None:
    it = items[i]
    inverted = i == 0 and i + 1 < len(items) and items[i + 1].is_cap  # "Said Dorothy Poynter, ..."
    if it.quote is not None or (it.capital and it.word != "according" and not (title_case and i > 0) and not inverted):
        return None  # a capitalised "States", "Reports" is a name, not a cue (except in a headline)
    for cue in lex.get(it.word, ()):
        n = len(cue.words)
        if i + n <= len(items) and all(
            items[i + j].quote is None and items[i + j].word == w for j, w in enumerate(cue.words)
        ):
            return cue, i + n
    return None


# ---------------------------------------------------------------- noun phrases
def _contracted_pronoun(word: str) -> bool:
    """"he's", "they've", "I'd": a subject pronoun fused with an auxiliary."""
    head, sep, tail = word.replace("\u2019", "'").partition("'")
    return bool(sep) and head in PRONOUN_SUBJECTS and tail in ("s", "ve", "d", "ll")


def _np_left(items: list[Item], p: int, lo: int, lower_ok: bool = False) -> tuple[int, int] | None:
    """Item range [a, p) of the speaker phrase ending right before ``p`` (names, titles, pronouns).

    With ``lower_ok`` a lower-case phrase bounded on the left by the unit start, a comma, a quote or a
    determiner is accepted too ("one user wrote", "critics say").
    """
    if p <= lo:
        return None
    inside, _, _ = _title_words()
    first = items[p - 1]
    if first.quote is None and (first.word in PRONOUN_SUBJECTS or _contracted_pronoun(first.word)):
        return (p - 1, p)
    if first.quote is not None or first.word.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return None  # "Trump's comments": a possessive makes the cue a noun
    j = p - 1
    a = p
    lowers = 0
    while j >= lo and p - j <= MAX_NP_TOKENS:
        it = items[j]
        w = it.word
        if it.quote is not None:
            break
        if it.is_cap or w in inside or w.endswith(("'s", "\u2019s")) and it.capital:
            a = j
        elif w in DETERMINERS:
            a = j
            j -= 1
            break
        elif w in NAME_JOINERS and j > lo and items[j - 1].is_cap and a < p:
            pass  # "Secretary of State", "a spokesman for the campaign"
        elif w in ("-", ".", "&") and a < p:
            pass
        elif w == "." and j > lo and items[j - 1].capital and len(items[j - 1].word) <= 3:
            pass  # "James B. Comey Jr.,": the full stop of an abbreviation ends the name
        elif w[:1].isalpha() and not it.capital and lowers < 2 and w not in FUNCTION_WORDS and w not in AUXILIARIES:
            lowers += 1  # "the city council": accepted only if a determiner or a name closes it
        else:
            break
        j -= 1
    if a >= p and lower_ok and p - 1 - j <= 3 and j + 1 < p:
        bound = j < lo or items[j].quote is not None or items[j].word in (",", ";", ":") or (
            items[j].word in DETERMINERS or items[j].word in QUANTIFIERS)
        if bound:
            start = j if j >= lo and (items[j].word in DETERMINERS or items[j].word in QUANTIFIERS) else j + 1
            return (start, p)
    if a >= p:
        return None
    # lower-case words at the left edge need a determiner or a capitalised word to their left
    while a < p and items[a].word in NAME_JOINERS and not (items[a].capital and a + 1 < p and items[a + 1].is_cap):
        a += 1  # "of the campaign" loses "of"; "De Blasio", "Van Hollen" keep their particle
    if a >= p:
        return None
    if items[a].word not in DETERMINERS and not items[a].is_cap and items[a].word not in inside:
        k = a
        while k < p and not items[k].is_cap and items[k].word not in inside:
            k += 1
        a = k
        if a >= p:
            return None
    if not any(items[k].is_cap or items[k].word in inside for k in range(a, p)):
        # "the author wrote", "one user wrote": a determiner makes a lower-case phrase a speaker
        if items[a].word in DETERMINERS or items[a].word in QUANTIFIERS and lower_ok:
            return (a, p) if a + 1 < p else None
        return None
    return (a, p)


def _np_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """Item range [p, b) of a speaker phrase starting at ``p`` ("said Lavrov", "according to X")."""
    inside, _, _ = _title_words()
    j = p
    if j < hi and items[j].word in NAME_JOINERS:
        return None
    if j < hi and items[j].word in PRONOUN_SUBJECTS - {"who", "it"}:
        return (j, j + 1)
    b = p
    while j < hi and j - p < MAX_NP_TOKENS:
        it = items[j]
        w = it.word
        if it.quote is not None:
            break
        if it.is_cap or w in inside or w in DETERMINERS and j == p:
            b = j + 1
        elif w in NAME_JOINERS and b > p and j + 1 < hi and (items[j + 1].is_cap or items[j + 1].word in DETERMINERS):
            pass
        elif w in ("-", "&") and b > p:
            pass
        elif (w[:1].isalpha() and b > p and j - p < 4 and w not in CONJUNCTIONS and _lower_noun_ok(items, j, hi)
              and items[j - 1].word in DETERMINERS):
            b = j + 1  # "the state-run agency": lower-case words only right after a determiner
        else:
            break
        j += 1
    if b <= p or not any(items[k].is_cap or items[k].word in inside for k in range(p, b)):
        # "according to people familiar with ...": a determiner-less lower-case group noun
        if p < hi and items[p].word in inside:
            return (p, p + 1)
        return None
    return (p, b)


def _is_word(it: Item) -> bool:
    return it.quote is None and it.word[:1].isalnum()


def _lower_np_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """'said one of those advisers, who ...': a determiner-led phrase up to the next punctuation."""
    if p >= hi or items[p].quote is not None or not (items[p].word in DETERMINERS or items[p].word in QUANTIFIERS):
        return None
    b = p + 1
    while b < hi and b - p < MAX_NP_TOKENS // 2 and items[b].quote is None and items[b].word[:1].isalnum():
        b += 1
    return (p, b) if b > p + 1 else None


def _phrase_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """A noun phrase after "according to" that opens with a determiner, a number or a name and runs to the
    next punctuation ("a new poll by the Harvard University Institute of Politics", "early results")."""
    if p >= hi or not _is_word(items[p]) or items[p].word in CONJUNCTIONS or items[p].word in PRONOUN_SUBJECTS:
        return None
    b = p
    while b < hi and b - p < MAX_NP_TOKENS and _is_word(items[b]) and items[b].word not in ("that", "who", "which"):
        b += 1
    if b < hi and b - p >= MAX_NP_TOKENS:
        return None
    return (p, b) if b > p else None


def _lower_noun_ok(items: list[Item], j: int, hi: int) -> bool:
    """A lower-case word inside a right-hand noun phrase ("a spokesman for the campaign")."""
    return items[j].word not in AUXILIARIES and items[j].word not in ADVERBIAL_WORDS - DETERMINERS


def _trim_end(items: list[Item], a: int, b: int) -> int:
    """Drop trailing punctuation (but not a quote) from the item range [a, b)."""
    while b > a and items[b - 1].quote is None and (items[b - 1].word in CLOSING_PUNCT or items[b - 1].word in "-–—"):
        b -= 1
    return b


def _trim_start(items: list[Item], a: int, b: int) -> int:
    while a < b and items[a].quote is None and items[a].word in ",:;-–—(":
        a += 1
    return a


# ---------------------------------------------------------------- one unit
@dataclass
class _CueHit:
    a: int  # first item of the cue (auxiliaries included)
    b: int  # one past the cue
    cue: Cue


def _is_title_case(items: list[Item]) -> bool:
    """A headline: most words capitalised ("Hillary Clinton Says EgyptAir Crash Seems Like Terrorism")."""
    words = [it for it in items if it.quote is None and it.word[:1].isalpha()]
    return len(words) >= MIN_TITLE_WORDS and sum(it.capital for it in words) >= TITLE_CASE_SHARE * len(words)


def _find_cues(items: list[Item], lex: dict[str, tuple[Cue, ...]]) -> list[_CueHit]:
    hits: list[_CueHit] = []
    title_case = _is_title_case(items)
    i = 0
    while i < len(items):
        m = _match_cue(items, i, lex, title_case)
        if m is None:
            w = items[i].word
            if (len(w) > 4 and w.endswith("ed") and w.isalpha() and w.islower() and items[i].quote is None
                    and _after_quote(items, i)):
                hits.append(_CueHit(i, i + 1, Cue((w,), w, "speech")))  # '"...," he shrugged'
            i += 1
            continue
        cue, end = m
        if cue.cls in ("nominal", "stance"):  # nouns are read by _nominal_rows only
            i += 1
            continue
        a = i
        while a > 0 and items[a - 1].quote is None and (
            items[a - 1].word in AUXILIARIES or items[a - 1].word in PROGRESSIVE and cue.words[0].endswith("ing")
        ) and i - a < 4:
            a -= 1  # "has said", "also noted", "is insisting", "was saying"
        if cue.cls not in ("speech", "tell") and _after_quote(items, a):
            cue = Cue(cue.words, cue.lemma, "speech")  # '"...," it read', '"...," he declared'
        elif cue.cls == "closing":
            i += 1
            continue
        hits.append(_CueHit(a, end, cue))
        i = end
    return hits


def _after_quote(items: list[Item], a: int) -> bool:
    """True when ``a`` closes a quotation: '"...," [SPEAKER] VERB' with at most a speaker in between."""
    if a < 1:
        return False
    if a >= 2 and items[a - 1].word == "," and _clause_quote(items[a - 2]):
        return True  # '"...", declared Alyssa Van Wagenen' (the comma outside the marks, British style)
    if items[a - 1].quote is not None:
        return _quote_ends_open(items[a - 1])  # '"Why?" asked Lavrov'
    spk = _speaker_left(items, a, 0, loose=True)
    if spk is None or spk[0] < 1:
        return False
    k = spk[0]
    if k >= 2 and items[k - 1].word == "," and _clause_quote(items[k - 2]):
        return True  # '"...," Sarah Warbelow, legal director ..., declared'
    return items[k - 1].quote is not None and _quote_ends_open(items[k - 1])


def _clause_quote(it: Item) -> bool:
    """A quote that can be speech before a cue: open-ended or clause-length (not '"Desert Storm", began')."""
    return it.quote is not None and (it.quote.open_end or it.quote.words >= MIN_SINGLE_WORDS)


def _quote_ends_open(it: Item) -> bool:
    """A quote whose last mark follows a comma, question or exclamation mark ('"Why?"', '"We will,"')."""
    return it.quote is not None and it.quote.open_end


def _only_punct_after(items: list[Item], j: int, hi: int) -> bool:
    return all(items[k].quote is None and not items[k].word[:1].isalnum() for k in range(j, hi))


def _closing_tail(items: list[Item], b: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> tuple[int, bool] | None:
    """After a cue at [.., b): the end of its speaker/adverbial tail, if the unit (or clause) ends there.

    Returns (position of the end, True when a participial cue follows) or None when a clause follows.
    """
    j = b
    n = 0
    while j < hi and n <= MAX_ADVERBIAL_TOKENS + MAX_NP_TOKENS:
        it = items[j]
        if it.quote is not None:
            return None
        w = it.word
        if (w in SENTENCE_END or w in (")", "\u2026")) and _only_punct_after(items, j + 1, hi):
            return j, False
        if w == "." and j + 1 < hi:  # "Mr." inside the unit: an abbreviation, not its end
            j += 1
            n += 1
            continue
        if w == ",":
            m = _match_cue(items, j + 1, lex) if j + 1 < hi else None
            if m is not None and m[0].words[-1].endswith("ing"):
                return j, True
            if j + 1 >= hi:
                return j, False
            return None
        if w in (":", ";"):
            return None
        if not (it.is_cap or w in ADVERBIAL_WORDS or w in DETERMINERS or w in _title_words()[0]
                or w in NAME_JOINERS or w in PRONOUN_SUBJECTS or w.isdigit() or w in "-'\u2019"):
            return None
        j += 1
        n += 1
    return (j, False) if j >= hi else None


def _content_after(items: list[Item], b: int, hi: int, cue: Cue, lex: dict[str, tuple[Cue, ...]]) -> tuple[int, int]:
    """Item range of the clause a preposed cue introduces (hearer and "that" skipped)."""
    j = b
    if cue.cls == "tell":
        k = j
        while k < hi and k - j < MAX_HEARER_TOKENS and items[k].quote is None and not (
            k > j and items[k].word in DETERMINERS and items[k - 1].word not in DETERMINERS
        ) and (
            items[k].is_cap or items[k].word in DETERMINERS or items[k].word in _title_words()[0]
            or items[k].word in ("reporters", "journalists", "me", "us", "him", "her", "them", "you", "people",
                                 "supporters", "voters", "the", "audience", "crowd", "listeners", "viewers")
        ):
            k += 1
        j = k
    # adverbials up to "that": "said on ABC that", "told CNN in an interview that"
    k = j
    free = j < hi and items[j].quote is None and items[j].word in PREPOSITIONS  # "in a Sun op-ed that"
    while k < hi and k - j < MAX_ADVERBIAL_TOKENS and items[k].quote is None and (
        items[k].word not in ("that", ":")
    ) and (
        items[k].word in ADVERBIAL_WORDS or items[k].is_cap or items[k].word in DETERMINERS
        or free and items[k].word[:1].isalnum()
    ):
        k += 1
    if k < hi and items[k].quote is None and items[k].word == "that":
        j = k  # PolNeAR's content opens with the complementiser: "said that CONTENT"
    elif k < hi and k > j and items[k].word == ":" and k + 1 < hi and items[k + 1].quote is not None:
        j = k + 1  # 'said in his formal statement: "..."'
    start = _trim_start(items, j, hi)
    # a clause ends at a semicolon; the object of an "object" cue ("endorsed Trump, saying ...") at a comma
    stops = (";",) if cue.cls != "object" else OBJECT_STOPS
    end = next((t for t in range(start + 1, hi) if items[t].quote is None and items[t].word in stops), hi)
    last_quote = max((t for t in range(start, hi) if items[t].quote is not None), default=-1)
    # a participial cue after a comma starts a new attribution ("..., adding that ..."), and so does a
    # closing attribution ("..., the Times reported") or the main verb after a relative clause
    for t in range(start, hi - 1):
        if t > start and items[t].quote is None and items[t].word == ",":
            m = _match_cue(items, t + 1, lex)
            if m is not None and m[0].words[-1].endswith("ing") and m[0].cls in ("speech", "tell"):
                end = t
                break
            if _attribution_follows(items, t + 1, hi, lex) or _comment_follows(items, t + 1):
                end = t
                break
            nxt = items[t + 1]
            if cue.cls != "object" and nxt.quote is None and nxt.word in CONTRASTS and (
                nxt.word != "but" or last_quote <= t
            ) and not (t + 2 < hi and items[t + 2].quote is None and items[t + 2].word == "that"):
                # "said X, while Y" / "said X, but Y": the writer's contrast is no longer the report (a
                # quotation after "but" often goes on with the speaker's words, and "but that" with the
                # same report: keep those)
                end = t
                break
        elif cue.cls == "object" and t > start and items[t].quote is None and items[t].word in ("and", "but") and (
            items[t + 1].quote is None and items[t + 1].word.endswith("ed") and not items[t + 1].capital
        ):
            end = t  # 'praised the ruling and returned to Vermont': a second predicate, not the object
            break
        elif t > start + 1 and items[t].quote is None and items[t].word in CLAUSE_LINKS and (
            _cue_within(items, t + 1, hi, lex)
        ):
            end = t  # 'says she respects him but argues that ...': a second report by the same speaker
            break
        elif items[t].quote is not None and items[t].quote.comma_end and _comment_follows(items, t + 1):
            end = t + 1
            break
        elif items[t].quote is not None and _attribution_follows(items, t + 1, hi, lex):
            end = t + 1  # '"...," the Times reported': the comma is inside the quote
            break
        elif cue.cls == "object" and items[t].quote is not None and items[t].quote.comma_end:
            end = t + 1  # 'defended "New York values," saying ...': the object ends with the quote
            break
    end = _trim_end(items, start, end)
    if start < end and items[start].quote is None and items[start].word == "that":
        inner = _trim_start(items, start + 1, end)
        if _kind(items, inner, end) != "indirect":
            start = inner  # 'said that "..."': quoted content starts after the complementiser
    return start, end


def _comment_follows(items: list[Item], j: int) -> bool:
    """After a comma: a participle, an "a/an ..." comment or a non-restrictive clause ("which ...",
    "even though ...") added by the writer, not part of what was said (as PolNeAR's contents end)."""
    if j >= len(items) or items[j].quote is not None:
        return False
    w = items[j].word
    return (w in ("a", "an") or w in WRITER_CLAUSES
            or (w.endswith("ing") and w.isalpha() and not items[j].capital and len(w) > 5))


def _cue_within(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """A speech cue within a few words from ``j`` ("but argues", "and Donald Trump says", "before claiming")."""
    inside = _title_words()[0]
    for k in range(j, min(hi, j + MAX_NP_TOKENS // 2)):
        it = items[k]
        if it.quote is not None:
            return False
        m = _match_cue(items, k, lex)
        if m is not None:
            return m[0].cls in ("speech", "tell")
        if not (it.is_cap or it.word in PRONOUN_SUBJECTS or it.word in AUXILIARIES or it.word in DETERMINERS
                or it.word in inside):
            return False
    return False


def _attribution_follows(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """True when items from ``j`` are a speaker phrase and a speech cue, or a cue and a name."""
    inside = _title_words()[0]
    for k in range(j, min(hi, j + MAX_NP_TOKENS)):
        it = items[k]
        if it.quote is not None:
            return False
        m = _match_cue(items, k, lex)
        if m is not None and m[0].cls in ("speech", "tell", "according"):
            if m[0].cls == "according":
                return k == j
            return k > j or not m[0].words[-1].endswith("ing")
        if not (it.is_cap or it.word in DETERMINERS or it.word in inside or it.word in PRONOUN_SUBJECTS
                or it.word in AUXILIARIES or it.word in ".-" and k > j):
            return False
    return False


def _content_before(items: list[Item], lo: int, a: int) -> tuple[int, int]:
    """Item range of the content before a closing cue whose speaker phrase starts at ``a``."""
    end = a
    while end > lo and items[end - 1].quote is None and items[end - 1].word in ",:;-–—":
        end -= 1
    start = _trim_start(items, lo, end)
    # a conjunction opening the unit is not part of what was said ("But ...")
    return start, _trim_end(items, start, end) if end > start and items[end - 1].quote is None else end


def _subject_of_unit(items: list[Item], lo: int, hi: int) -> tuple[int, int] | None:
    """The unit's opening subject (pronoun or name) for "He did not elaborate, but did say ..."."""
    for start in (lo, _after_first_comma(items, lo, hi)):
        if start is None:
            continue
        j = start
        while j < hi and items[j].quote is None and (items[j].word in CONJUNCTIONS or items[j].word in AUXILIARIES):
            j += 1  # "But he ...", "Then he cut into Bush, calling him ..."
        if j < hi and items[j].word in PRONOUN_SUBJECTS - {"who", "it"}:
            return (j, j + 1)
        if j < hi and items[j].word.endswith(("ing", "ly")) and not (j + 1 < hi and items[j + 1].is_cap):
            continue  # "Speaking in his real voice, he ...", "Immediately after ...": not the subject
        r = _np_right(items, j, hi)
        if r is not None:
            return r
    return None


def _clause_start(items: list[Item], lo: int, k: int) -> int:
    """Index after the last comma, semicolon, colon or quote before ``k``."""
    for j in range(k - 1, max(lo, k - 2 * MAX_NP_TOKENS) - 1, -1):
        if items[j].quote is not None or items[j].word in ",;:":
            return j + 1
    return lo


def _after_first_comma(items: list[Item], lo: int, hi: int) -> int | None:
    """Position after an opening adverbial ("On Thursday, ..."), if the unit has one."""
    for k in range(lo, min(hi, lo + MAX_NP_TOKENS)):
        if items[k].quote is not None:
            return None
        if items[k].word == ",":
            return k + 1
    return None


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


def _span(items: list[Item], a: int, b: int) -> tuple[int, int]:
    return items[a].start, items[b - 1].end


def _speaker_left(items: list[Item], p: int, lo: int, loose: bool = False) -> tuple[int, int] | None:
    """Speaker phrase ending before ``p``: a name/pronoun, "Name, the appositive,", or "NP who ... ".

    Returns the item range of the head phrase (the appositive is kept out of the mention). ``loose``
    accepts any short determiner-led appositive after a name (used right after a quote, where the
    structure '"...," Miller, a retired worker, said' is not in doubt).
    """
    if p > lo and items[p - 1].quote is None and items[p - 1].word == ",":
        # an appositive or relative clause between commas: "Peskov, the Kremlin's spokesman, said"
        for c in range(p - 2, max(lo, p - 2 - MAX_APPOSITIVE_TOKENS), -1):
            it = items[c]
            if it.quote is not None or it.word in ";:":
                return None
            if it.word == ",":
                if _is_appositive(items, c + 1, p - 1) or (
                    loose and p - 1 - c <= MAX_NP_TOKENS and items[c + 1].word in DETERMINERS and items[c - 1].is_cap
                ) or (  # "De Blasio, speaking on WOR710, called ...": a participle phrase after a name
                    c > lo and items[c - 1].is_cap and items[c + 1].word.endswith("ing") and p - 1 - c <= MAX_NP_TOKENS
                ):
                    return _np_left(items, c, lo)
                return None
        return None
    spk = _np_left(items, p, lo, lower_ok=True)
    if spk is not None:
        return spk
    # "a White House official who spoke anonymously ... said": the phrase before "who"
    for k in range(p - 1, max(lo, p - MAX_NP_TOKENS) - 1, -1):
        it = items[k]
        if it.quote is not None or it.word in ",;:":
            break
        if it.word == "who":
            return _np_left(items, k, lo, lower_ok=True)
    return None


# Heads of a subject that is a share of people or a plural noun without determiner: "59 percent said",
# "a third said", "About one in five say", "GOP analysts say", "people close to Clinton say".
SHARE_WORDS = frozenset("percent % half third thirds quarter quarters majority majorities plurality minority "
                        "most many some others both few all people".split())
# Words allowed inside such a subject besides nouns, adjectives and names.
GROUP_NP_LINKS = frozenset("of in from at to close about one than over under nearly almost just only a".split())
MAX_GROUP_NP_TOKENS = 7


def _group_np_left(items: list[Item], p: int, lo: int) -> tuple[int, int] | None:
    """A subject ending at ``p`` that names a group or a share of people without a determiner or name."""
    k = p - 1
    if k < lo or not _is_word(items[k]) and items[k].word != "%":
        return None
    w = items[k].word
    plural = w.isalpha() and w.islower() and w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is"))
    if not (w in SHARE_WORDS or w.endswith("%") or w.isdigit() or plural) or w in AUXILIARIES or (
        w in ADVERBIAL_WORDS or w in FUNCTION_WORDS - SHARE_WORDS
    ):
        return None
    a = p - 1
    j = p - 2
    while j >= lo and p - j <= MAX_GROUP_NP_TOKENS:
        it = items[j]
        x = it.word
        if it.quote is not None or not (x[:1].isalnum() or x in ("%", "-")):
            break
        if x in CONJUNCTIONS or x in RELATIVES or x in AUXILIARIES or x in PRONOUN_SUBJECTS or (
            x in FUNCTION_WORDS and x not in GROUP_NP_LINKS and x not in SHARE_WORDS
        ):
            break
        a = j
        j -= 1
    # the subject starts the unit or a clause (after a comma, a conjunction, a quote or "that")
    bound = j < lo or items[j].quote is not None or items[j].word in (",", ";", ":", "\u2014") or (
        items[j].word in CONJUNCTIONS or items[j].word in RELATIVES)
    if not bound:
        return None
    while a < p and items[a].word in GROUP_NP_LINKS:
        a += 1
    return (a, p) if a < p else None


def _skip_circumstance(items: list[Item], p: int, lo: int) -> int:
    """Position before what stands between a speaker and the cue at ``p``: time adverbials, a parenthesis
    ("Feinstein (D-Calif.) last week said") or a short prepositional phrase."""
    k = p
    while k > lo and p - k < 3 and items[k - 1].quote is None and items[k - 1].word in TIME_WORDS:
        k -= 1
    if k > lo and items[k - 1].word == ")":
        for j in range(k - 2, max(lo, k - MAX_NP_TOKENS) - 1, -1):
            if items[j].word == "(":
                k = j
                break
            if items[j].quote is not None:
                break
    if k == p:  # "Trump in his announcement speech called": a short prepositional phrase after the name
        for j in range(p - 2, max(lo, p - MAX_PP_TOKENS - 1), -1):
            w = items[j].word
            if items[j].quote is not None or not w[:1].isalnum():
                break
            if w in PREPOSITIONS and j > lo and items[j - 1].is_cap:
                return j
    return k if k < p and k > lo and items[k - 1].is_cap else p


def _ends_clause(it: Item) -> bool:
    """A comma, or a quote that ends with one ('... "New York values," saying ...')."""
    return it.word == "," if it.quote is None else it.quote.comma_end


def _is_appositive(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] (between two commas) an appositive or relative clause about a speaker?

    "who ...", or a phrase that opens with a determiner or title and holds a title or a name ("the
    Kremlin's spokesman", "a law professor at ..."), not a clause ("the race will be tight").
    """
    if b <= a:
        return False
    first = items[a]
    if first.word == "who":
        return True
    inside = _title_words()[0]
    if not (first.word in DETERMINERS or first.word in QUANTIFIERS or first.word in inside or first.is_cap):
        return False
    return any(items[k].word in inside or items[k].is_cap for k in range(a, b))


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
            spk = _np_right(items, h.b, hi)
            if spk is not None and items[spk[0]].is_cap and (spk[1] >= hi or items[spk[1]].word in ",.;"):
                row = _closing_row(items, h, lo, hi, spk[1])
                if row is not None:
                    return row
        tail = _closing_tail(items, h.b, hi, lex)
        if tail is not None:
            row = _closing_row(items, h, lo, hi, tail[0])
            if row is not None:
                return row
    # preposed: speaker to the left, content to the right
    before = items[h.a - 1].word if h.a > 0 and items[h.a - 1].quote is None else ""
    if before in BLOCKERS_BEFORE and not participial:
        return None
    follows_report = participial and prev is not None and prev.speaker is not None and prev.item_end >= h.a - 1
    quoted_naming = cue.cls == "naming" and _quote_follows(items, h.b, hi)
    if cue.cls in ("naming", "object") and not follows_report and not (participial and quoted_naming) and (
        participial or before == "," and _speaker_left(items, h.a, lo) is None
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
        if spk is not None and cue.words[-1].endswith("ing") and _is_thing(items, spk):
            # "she sent an email saying", "he made a point of saying": the subject speaks, not the thing
            spk = _subject_of_unit(items, lo, spk[0]) or spk
        if spk is None and from_prev is None and (cue.cls in ("speech", "tell", "belief") or quoted_naming) and not (
            cue.words[-1].endswith("ing")
        ):
            spk = _group_np_left(items, h.a, lo)  # "59 percent said", "GOP analysts say", "critics call it "..."
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
    if cue.lemma in NEEDS_INFINITIVE and first.word != "to" and not quotes_in:
        return None  # "It declined in every state", "profits declining": not a refusal
    if cue.cls == "belief" and not quotes_in and n_words < 4:
        return None
    if cue.cls == "naming" and not quotes_in and not _named_object(items, cs, ce):
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
    row.item_end = ce
    return row


OBJECT_PRONOUNS = frozenset("him her them it me us you himself herself themselves".split())


def _named_object(items: list[Item], cs: int, ce: int) -> bool:
    """"called him a political opportunist", "called Trump a fascist": an object (pronoun or name) and a
    noun phrase that names it, without quotation marks."""
    if ce - cs < 3 or items[cs].quote is not None:
        return False
    k = cs
    if items[k].word in OBJECT_PRONOUNS:
        k += 1
    else:
        while k < ce and items[k].is_cap:
            k += 1
    return cs < k < ce and items[k].quote is None and items[k].word in ("a", "an", "the")


def _is_thing(items: list[Item], spk: tuple[int, int]) -> bool:
    """A lower-case phrase whose head is a document or an unknown noun ("an email", "a point of")."""
    _, titles, nouns = _title_words()
    words = [items[k] for k in range(*spk)]
    if any(it.is_cap for it in words) or words[-1].word in PRONOUN_SUBJECTS:
        return False
    head = words[-1].word
    return head in _source_nouns() or (head not in titles and head not in nouns)


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
        spk = _np_right(items, h.b, hi) or _lower_np_right(items, h.b, hi)
        if spk is None:
            return None
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


def _kind(items: list[Item], a: int, b: int) -> str:
    """direct when [a, b) is one quote (plus punctuation), mixed when it holds one, indirect otherwise."""
    n_quotes = 0
    n_words = 0
    for k in range(a, b):
        if items[k].quote is not None:
            n_quotes += 1
        elif items[k].word[:1].isalnum():
            n_words += 1
    if n_quotes == 1 and n_words == 0:
        return "direct"
    return "mixed" if n_quotes else "indirect"


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
        spk = _np_right(items, h.b, tail_end)
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
    if ce - cs < 2:
        return None
    kind = _kind(items, cs, ce)
    quotes_in = [items[j].quote for j in range(cs, ce) if items[j].quote is not None]
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    row = Row(kind, s, e, cue=_span(items, h.a, h.b), speaker=_span(items, *spk), attribution="according",
              quotes=quotes_in)
    row.item_end = max(ce, spk[1])
    return row


# ---------------------------------------------------------------- evidential raising verbs
# "Trump is expected to deliver a victory speech", "the music seemed to match the mood": PolNeAR annotates
# the infinitive as attributed content whose source is unnamed (Newell et al. 2018, "evidentials").
RAISING_VERBS = frozenset("seem seems seemed appear appears appeared".split())
EXPECTED_AUX = frozenset("is are was were be been".split())


def _raising_rows(items: list[Item], paragraph: int) -> list[Row]:
    """Rows for "X is expected to VP" / "X seems to VP": the infinitive clause, no speaker."""
    out: list[Row] = []
    hi = len(items)
    for i in range(1, hi - 2):
        it = items[i]
        if it.quote is not None or it.capital:
            continue
        w = it.word
        if w == "expected" and items[i - 1].word in EXPECTED_AUX and items[i - 1].quote is None:
            a = i - 1
        elif w in RAISING_VERBS:
            a = i
        else:
            continue
        if items[i + 1].quote is not None or items[i + 1].word != "to" or not _is_word(items[i + 2]):
            continue
        if items[a - 1].quote is None and items[a - 1].word in (",", "it", "there", "as"):
            continue  # "It appears that ...", ", as expected," are the writer's own hedges
        cs = i + 1
        ce = _clause_end(items, cs)
        n_words = sum(1 for k in range(cs, ce) if _is_word(items[k]))
        if n_words < 3:
            continue
        quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
        s, e = _span(items, cs, ce)
        row = Row("mixed" if quotes_in else "indirect", s, e, cue=_span(items, a, i + 1), attribution="cue",
                  paragraph=paragraph, quotes=quotes_in)
        out.append(row)
    return out


# Heads of an opening "In ..., " phrase that make it the source of the clause (documents, polls, words).
IN_SOURCE_NOUNS = frozenset(
    "poll polls survey surveys study report interview statement letter memo article op-ed editorial column "
    "speech filing testimony words tweet post video remarks book".split()
)


POSSESSIVES = frozenset("his her their its our my your".split())


def _clause_end(items: list[Item], cs: int) -> int:
    """End of a reported clause from ``cs``: a semicolon, colon or dash, the end of the unit, or a comma
    before a conjunction or a writer's comment."""
    hi = len(items)
    ce = cs + 1
    while ce < hi:
        x = items[ce]
        if x.quote is None and (x.word in (";", ":", "\u2014", "\u2013") or x.word in SENTENCE_END and (
            _only_punct_after(items, ce + 1, hi)
        ) or x.word == "," and (_comment_follows(items, ce + 1) or ce + 1 < hi and items[ce + 1].word in (
            CONJUNCTIONS))):
            break
        ce += 1
    return _trim_end(items, cs, ce)


def _nominal_rows(items: list[Item], paragraph: int, lex: dict[str, tuple[Cue, ...]]) -> list[Row]:
    """"his claim that ...", "Trump's assertion that ...", "the notion that ...": the that-clause after a
    reporting noun is attributed content; a possessive before the noun is the source."""
    out: list[Row] = []
    hi = len(items)
    for i in range(1, hi - 3):
        it = items[i]
        if it.quote is not None or it.capital or it.word not in lex:
            continue
        stance = next((c for c in lex[it.word] if c.cls == "stance" and len(c.words) == 2
                       and items[i + 1].quote is None and items[i + 1].word == c.words[1]), None)
        if stance is not None:
            row = _stance_row(items, i, paragraph)
            if row is not None:
                out.append(row)
            continue
        cue = next((c for c in lex[it.word] if c.cls == "nominal" and len(c.words) == 1), None)
        if cue is None or items[i + 1].quote is not None or items[i + 1].word != "that":
            continue
        cs = i + 2
        # "the claim that was rejected": a relative clause, not content
        if items[cs].quote is None and (items[cs].word in AUXILIARIES or items[cs].word in VERB_WORDS):
            continue
        ce = _clause_end(items, cs)
        if sum(1 for k in range(cs, ce) if _is_word(items[k])) < 3:
            continue
        spk = None
        b = items[i - 1]
        if b.quote is None and b.word in POSSESSIVES:
            spk = (i - 1, i)
        elif b.quote is None and b.word.endswith(("'s", "\u2019s")):
            left = _np_left(items, i, 0)
            spk = (left[0], i) if left is not None else (i - 1, i)
        quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
        kind = _kind(items, cs, ce)
        s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(
            items, cs - 1 if kind == "indirect" else cs, ce)
        row = Row(kind, s, e, cue=_span(items, i, i + 1), attribution="cue", paragraph=paragraph,
                  quotes=quotes_in)
        if spk is not None:
            row.speaker = _span(items, *spk)
        out.append(row)
    return out


def _possessive_source(items: list[Item], i: int) -> tuple[int, int] | None:
    """The possessive before the noun at ``i``: "his", "Trump's", "the senator's"."""
    b = items[i - 1] if i > 0 else None
    if b is None or b.quote is not None:
        return None
    if b.word in POSSESSIVES:
        return (i - 1, i)
    if b.word.endswith(("'s", "\u2019s")):
        left = _np_left(items, i, 0)
        return (left[0], i) if left is not None else (i - 1, i)
    return None


def _stance_row(items: list[Item], i: int, paragraph: int) -> Row | None:
    """"his support for Sanders", "criticism of the deal": the object noun phrase is the content."""
    hi = len(items)
    cs = i + 2
    ce = cs
    while ce < hi and ce - cs < MAX_NP_TOKENS // 2 and (items[ce].quote is not None or _is_word(items[ce])) and (
        items[ce].word not in AUXILIARIES and items[ce].word not in VERB_WORDS and items[ce].word not in CONJUNCTIONS
        and items[ce].word not in RELATIVES and (ce == cs or items[ce].word not in PREPOSITIONS)
    ):
        ce += 1
    if ce <= cs:
        return None
    if items[cs].is_cap:  # a name is the whole object: "attacks on Trump grew sharper"
        k = cs
        while k < ce and (items[k].is_cap or items[k].word in NAME_JOINERS and k + 1 < ce and items[k + 1].is_cap):
            k += 1
        ce = k
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    spk = _possessive_source(items, i)
    if spk is None:
        return None  # without its holder ("support for Sanders has grown") a stance noun is rarely annotated
    row = Row(kind, s, e, cue=_span(items, i, i + 2), attribution="cue", paragraph=paragraph, quotes=quotes_in)
    row.speaker = _span(items, *spk)
    return row


def _headline_colon_row(items: list[Item], paragraph: int) -> Row | None:
    """A headline "Graham: Trump's Rhetoric Destroying GOP's Chance" attributes what follows the colon to
    the name before it (news headline style)."""
    hi = len(items)
    if hi < 5 or not _is_title_case(items):
        return None
    colon = next((k for k in range(1, min(hi, MAX_NP_TOKENS // 2 + 1)) if items[k].word == ":"), None)
    if colon is None or not all(items[k].is_cap or items[k].word in ("-", "'s", "\u2019s") or (
        items[k].word in NAME_JOINERS) for k in range(colon)):
        return None
    if items[0].word in NOT_LABELS or items[0].word in NOT_LABELS_EXTRA or items[0].word in DETERMINERS:
        return None  # "The Latest: ...", "Update: ...": a rubric, not a speaker
    cs, ce = _trim_start(items, colon + 1, hi), _trim_end(items, colon + 1, hi)
    if sum(1 for k in range(cs, ce) if _is_word(items[k]) and items[k].word[:1].isalpha()) < 3 and not any(
        items[k].quote is not None for k in range(cs, ce)
    ):
        return None
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    return Row(kind, s, e, cue=_span(items, colon, colon + 1), speaker=_span(items, 0, colon), attribution="cue",
               paragraph=paragraph, quotes=quotes_in)


QUESTION_WORDS = frozenset("whether if what why how who when where which to".split())
MAX_QUESTION_TOKENS = 40


def _asked_row(items: list[Item], paragraph: int) -> Row | None:
    """'Asked whether Clinton "has the integrity ...," 75 percent said no': the question is an attribution
    of its own, cue "Asked", without a source (PolNeAR annotates the asker only when named, "Asked by X")."""
    hi = len(items)
    if hi < 4 or items[0].quote is not None or items[0].word != "asked" or not items[0].capital:
        return None
    j = 1
    while j < hi and items[j].quote is None and items[j].word in ADVERBIAL_WORDS:
        j += 1  # "Asked specifically what ..."
    if j + 1 < hi and items[j].word == "about" and items[j + 1].quote is None and items[j + 1].word in QUESTION_WORDS:
        j += 1  # "Asked about whether ...", but not "Asked about the plan, 59 percent said ..."
    if j >= hi or items[j].quote is not None or items[j].word not in QUESTION_WORDS:
        return None
    cs = j
    k = cs
    while k < min(hi, cs + MAX_QUESTION_TOKENS) and not (items[k].quote is None and items[k].word in ",;:.?"):
        if items[k].quote is not None and items[k].quote.comma_end:
            break  # 'Asked if Sanders is "realistic enough ...," 72 percent ...'
        k += 1
    if k >= hi or k - cs < 2:
        return None
    if items[k].quote is not None:
        k += 1
    elif items[k].word != ",":
        return None
    quotes_in = [items[m].quote for m in range(cs, k) if items[m].quote is not None]
    kind = _kind(items, cs, k)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, k)
    row = Row(kind, s, e, cue=_span(items, 0, 1), attribution="cue", paragraph=paragraph, quotes=quotes_in)
    row.item_start, row.item_end = cs, k
    return row


def _in_source_row(items: list[Item], paragraph: int) -> Row | None:
    """"In a CNN poll released Monday, 50 percent chose Clinton": a document or medium named in an opening
    prepositional phrase is the source of the clause after the comma (also "In Forbes' words, ...")."""
    hi = len(items)
    j = 0
    while j < hi and items[j].quote is None and items[j].word in CONJUNCTIONS:
        j += 1
    if j >= hi - 4 or items[j].quote is not None or items[j].word != "in":
        return None
    sources = IN_SOURCE_NOUNS
    comma = None
    head = False
    for k in range(j + 1, min(hi, j + 1 + MAX_NP_TOKENS)):
        it = items[k]
        if it.quote is not None or it.word in (";", ":", "."):
            return None
        if it.word == ",":
            comma = k
            break
        head = head or it.word in sources
    if comma is None or not head or comma == j + 1 or items[j + 1].word == "other":
        return None
    if _cue_within_clause(items, comma + 1, hi):
        return None  # "In an interview, Manafort said ...": the cue of the clause owns it
    cs, ce = _trim_start(items, comma + 1, hi), _trim_end(items, comma + 1, hi)
    if sum(1 for k in range(cs, ce) if _is_word(items[k])) < 4:
        return None
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    spk_a = j + 1
    return Row(kind, s, e, cue=_span(items, j, j + 1), speaker=_span(items, spk_a, comma), attribution="cue",
               paragraph=paragraph, quotes=quotes_in)


def _cue_within_clause(items: list[Item], a: int, hi: int) -> bool:
    """A speech, tell or belief cue among items[a:hi] (outside quotes)."""
    lex = cue_lexicon()
    for k in range(a, hi):
        if items[k].quote is None and items[k].word in lex:
            m = _match_cue(items, k, lex)
            if m is not None and m[0].cls in ("speech", "tell", "belief", "according"):
                return True
    return False


# ---------------------------------------------------------------- transcripts
def _transcript_rows(doc: Doc) -> list[Row]:
    """One row per turn when at least two paragraphs open with a speaker label ("Vladimir Putin: ...")."""
    text = doc.text
    labels: list[tuple[int, int, int, int, int]] = []  # (paragraph, name start, name end, label end, content)
    for pid, (pa, pb) in enumerate(doc.paragraphs):
        m = BRACKET_LABEL_RE.match(text, pa, min(pb, pa + 80))
        if m is not None:
            ns, ne, lend = m.start(1), m.end(1), m.end()
        else:
            m = TRANSCRIPT_LABEL_RE.match(text, pa, min(pb, pa + 300))
            if m is None:
                continue
            words = m.group(1).split()
            first = words[0].lower().rstrip("'s’")
            if first in NOT_LABELS or first in NOT_LABELS_EXTRA or m.group(1).isupper() and len(words) > 2:
                continue
            ns, ne, lend = pa, m.end(1), m.end() + 1
        cs = lend
        while cs < pb and text[cs].isspace():
            cs += 1
        if cs >= pb and pid + 1 < len(doc.paragraphs):  # "Name (retranslated):" alone, the turn follows
            cs = doc.paragraphs[pid + 1][0]
            if _label_at(text, doc.paragraphs[pid + 1]):
                continue
        if cs < len(text) and cs > lend - 1:
            labels.append((pid, ns, ne, lend, cs))
    if not labels:
        return []
    # a transcript has turns: a label that comes back, question/answer labels, or officials' labels
    # ("President of Russia Vladimir Putin:"), not section headings ("Background: ...")
    names = [text[ns:ne].lower() for _, ns, ne, _, _ in labels]
    bracketed = any(text[ns - 2 : ns] == "((" for _, ns, _, _, _ in labels)
    titled = [_official_label(text[ns:ne]) for _, ns, ne, _, _ in labels]
    if len(labels) < MIN_TRANSCRIPT_LABELS and not (all(titled) and labels[0][0] > 0):
        return []  # one label: a speech by an official, never the headline
    if len(set(names)) == len(names) and not any(n in GENERIC_LABELS for n in names) and not bracketed and not (
        sum(titled) >= max(1, len(labels) // 2)
    ):
        return []
    rows = []
    for n, (pid, ns, ne, lend, cs) in enumerate(labels):
        last = labels[n + 1][0] - 1 if n + 1 < len(labels) else len(doc.paragraphs) - 1
        end = doc.paragraphs[last][1]
        cue = (ne, ne + 1) if text[ne : ne + 1] == ":" else (doc.paragraphs[pid][0], lend)
        rows.append(Row("direct", cs, end, cue=cue, speaker=(ns, ne), attribution="transcript", paragraph=pid))
    return rows


def _label_at(text: str, para: tuple[int, int]) -> bool:
    """Does the paragraph open with a speaker label?"""
    return TRANSCRIPT_LABEL_RE.match(text, para[0], min(para[1], para[0] + 300)) is not None


def _official_label(label: str) -> bool:
    """A label naming an official by title and full name ("President of Russia Vladimir Putin")."""
    from .speakers import parse_mention

    p = parse_mention(label)
    role = (p["role"] or "").split()
    # the label opens with the title ("President of Russia ...", "Defence Minister ..."), no headline
    # ("Donald Trump Praises Breitbart's Editor Matthew Boyle")
    return p["kind"] == "person" and bool(role) and len((p["name"] or "").split()) >= 2 and (
        label.startswith(role[0]) and any(w.lower().strip(".") in _title_words()[1] for w in role[:3])
        and "'" not in label and "\u2019" not in label
        and not any(w.lower() in FUNCTION_WORDS for w in (p["name"] or "").split())  # "CNN President On Trump"
    )


# ---------------------------------------------------------------- floating quotes
def _floating_rows(
    doc: Doc, units_items: list[tuple[list[Item], int]], used: set[int], single_style: bool = False
) -> list[Row]:
    """Quotes no cue claimed: clause-length ones that fill their unit become rows (speaker from context).

    Single-quoted ones count only when the article quotes speech with single marks (``single_style``).
    """
    rows = []
    for items, pid in units_items:
        qs = [it for it in items if it.quote is not None and id(it.quote) not in used]
        for k, it in enumerate(items):  # 'Pew Research: "..."', 'Trump issued a statement, "..."'
            q = it.quote
            if q is None or id(q) in used or k == 0 or q.words < 3 or (q.single and not single_style):
                continue
            colon = items[k - 1].word == ":"
            noun_cue = k > 1 and items[k - 1].word == "," and items[k - 2].word in _source_nouns()
            if not (colon or noun_cue):
                continue
            spk = _np_left(items, k - 1, 0) if colon else None  # 'Pew Research: "..."', else the subject
            if spk is None or not any(items[j].is_cap for j in range(*spk)):
                spk = _subject_of_unit(items, 0, k - 1) or spk
            cue = _span(items, k - 1, k) if colon else _span(items, k - 2, k - 1)
            row = Row("direct", q.start, q.end, cue=cue, attribution="cue", paragraph=pid, quotes=[q])
            row.speaker = _span(items, *spk) if spk else None
            used.add(id(q))
            rows.append(row)
            qs = [x for x in qs if x is not it]
        if len(qs) != 1:
            continue
        q = qs[0].quote
        if q is None or q.single and not single_style or q.words < MIN_CONTEXT_WORDS:
            continue
        others = sum(1 for it in items if it.quote is None and it.word[:1].isalnum())
        if others > 0:
            continue
        rows.append(Row("direct", q.start, q.end, attribution="context", paragraph=pid, quotes=[q]))
    return rows


def _link_context(rows: list[Row]) -> None:
    """Give each context row the speaker of the nearest attribution before it (or right after it)."""
    last: Row | None = None
    for i, r in enumerate(rows):
        if r.attribution != "context":
            if r.speaker is not None:
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
        r.cue = None


# ---------------------------------------------------------------- speaker mentions
# Words that end a noun phrase: a verb or adverb absorbed after the speaker ("Secretary-General Noor
# Halloway welcomed", "Tarvekia's Sela Marrik was", "The Ministry of Foreign Affairs of Ostrevia firmly").
VERB_WORDS = frozenset(
    "was were is are be been being am has have had having did does do will would could can may might shall "
    "should must not never also then".split()
)
# Words that cannot end one ("Jo Anne Van Tilburg of").
NP_TRAILERS = frozenset("of for at in on and or to from by with the a an".split())
# Words that cannot open a speaker noun phrase ("And I'm", "Regarding Trump's phone", "But the minister").
NP_OPENERS_NOT = CONJUNCTIONS | frozenset("regarding concerning about as so then there here yes no well".split())


def _noun_phrase(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The speaker span [s, e) cut to a noun phrase: no leading conjunction, no verb or adverb after the
    head, and a pronoun alone ("I don't" -> "I"). ``None`` when no noun phrase is left."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text, s, e)]
    if not words:
        return None
    while words and words[0][2].lower() in NP_OPENERS_NOT and len(words) > 1:
        words = words[1:]
    first = words[0][2]
    head = first.replace("\u2019", "'").partition("'")[0].lower()
    if head in PRONOUN_SUBJECTS and (len(words) > 1 or head != first.lower()):
        ps = words[0][0]
        return ps, ps + len(head)  # "I don't", "I'm Rich Bowen": the pronoun is the speaker
    while len(words) > 1 and (
        words[-1][2] in VERB_WORDS or words[-1][2].endswith("n't") or words[-1][2] in NP_TRAILERS
        or words[-1][2].islower() and len(words[-1][2]) > 4 and words[-1][2].endswith(("ly", "ed"))
    ):
        words = words[:-1]
    if words[0][2].lower() in NP_OPENERS_NOT:
        return None
    # keep punctuation that belongs to the phrase ("Sen. Ted Cruz (R-Texas)", "James B. Comey Jr.")
    end = words[-1][1] if words[-1][1] < e else e
    if words[-1][1] < e and text[words[-1][1] : e].strip(" \t") in (".", ")", "\u2019s", "'s"):
        end = e
    start = words[0][0] if words[0][0] > s else s
    return start, end


# ---------------------------------------------------------------- public
def _single_style(rows: list[Row]) -> bool:
    """True when the article quotes speech with single marks: a clause-length 'quote' with its own cue."""
    return any(r.kind == "direct" and r.quotes and r.quotes[0].single and r.attribution == "cue"
               and r.quotes[0].words >= MIN_SINGLE_WORDS for r in rows)


def _filter_singles(rows: list[Row], single_style: bool) -> list[Row]:
    """Single-quoted stretches count as direct quotes only in single-style articles and when clause-length."""
    out = []
    for r in rows:
        if r.kind == "direct" and r.quotes and r.quotes[0].single and (
            not single_style or r.quotes[0].words < MIN_SINGLE_WORDS
        ):
            continue
        out.append(r)
    return out


def _rows(doc: Doc) -> list[Row]:
    transcript = _transcript_rows(doc)
    rows = _text_rows(doc)
    if transcript:  # turns replace whatever was found inside them; the introduction keeps its rows
        first = transcript[0].start
        rows = [r for r in rows if r.end <= first] + transcript
    return rows


def _text_rows(doc: Doc) -> list[Row]:
    """Attributions in running text: cue rows, floating quotes with their context."""
    qspans = find_quote_spans(doc)
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
                      _headline_colon_row(items, pid), _asked_row(items, pid)) if r]
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
    single_style = _single_style(rows)
    rows.extend(_floating_rows(doc, units_items, used, single_style))
    rows.sort(key=lambda r: (r.start, r.end))
    _link_context(rows)
    rows = [r for r in _filter_singles(rows, single_style) if r.kind != INTRO]
    return _join_continuations(_dedupe(rows))


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


def _join_continuations(rows: list[Row]) -> list[Row]:
    """One row per interrupted quotation: '"A," he said. "B."' runs from A to B, with A and B as segments."""
    out: list[Row] = []
    for r in rows:
        root = out[-1] if out else None
        if root is not None and _continues(root, r):
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
