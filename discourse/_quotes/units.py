"""Units and items: sentences merged so that no quote crosses a unit, the tokens and whole quotes of a
unit (:class:`Item`), and the row being built for one attribution (:class:`Row`)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..gender import census_gender
from ..segment import Doc
from .constants import (
    CLOSING_MARKS,
    FAMILY_NAME_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    MAX_APPOSITIVE_TOKENS,
    MAX_NP_TOKENS,
    MONTHS,
    SENTENCE_END,
)
from .lexicon import _title_words, cue_lexicon
from .marks import QSpan


@dataclass
class Item:
    """A token, or a whole quote (``quote`` set), inside a unit."""

    start: int
    end: int
    word: str
    quote: QSpan | None = None

    capital: bool = False  # starts with an upper-case letter
    shouted: bool = False  # written in capitals, two letters or more ("WASHINGTON", "AP")
    titled: bool = False  # after a courtesy title ("Mrs May") or a comma-closed quote: a name, even "Will"

    @property
    def is_cap(self) -> bool:
        """A capitalised word that can belong to a name (not a sentence-initial function word)."""
        return self.capital and (self.word not in FUNCTION_WORDS or self.titled)


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
    segments: list[tuple[int, int]] = field(default_factory=list)  # content parts of a joined or interrupted row
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
        j = b - 1
        while j > a and text[j] in CLOSING_MARKS:
            j -= 1  # (two apostrophes close an LDC-style quote: '?\'\'')
        short = text[j] in "?!"
        if not short and hi - lo > MAX_NP_TOKENS:
            continue  # ('"Who will pay?" Trump asked the crowd ...' may go on: the cue must come first)
        # "Miller, a retired worker from a nuclear plant, said": an appositive widens the window
        window = MAX_APPOSITIVE_TOKENS if "," in words[lo : lo + MAX_NP_TOKENS // 2] else MAX_NP_TOKENS // 2 + (
            MAX_TITLE_EXTRA if short else 0)  # ('?" Shadow Home Affairs Minister Lachlan Burgess asked.')
        for t in range(lo, min(hi, lo + window)):
            w = words[t]
            if w in SENTENCE_END and w != ".":
                break  # (a full stop inside one Punkt sentence is an abbreviation's: "Rep. Glenn Thompson, R-Pa.,")
            # (a multi-word cue counts only whole: "was" opens "was quoted as saying", not "was joined by")
            cue = next((c for c in lex.get(w, ()) if list(words[t : t + len(c.words)]) == list(c.words)), None)
            if cue is not None and not text[doc.tokens[t][0]].isupper():
                if t > lo and words[t - 1].endswith(("'s", "\u2019s")):
                    break  # "Editor's note:": a noun after a possessive, not a cue
                if t - lo >= MAX_NP_TOKENS // 2 and "," not in words[lo:t] and not all(
                    text[doc.tokens[k][0]].isupper() for k in range(lo, t) if words[k][:1].isalpha()
                ):
                    break  # (beyond six words only a title and a name: not '"...!" A campaign TV ad released
                    # Thursday accuses')
                if short or cue.cls in ("speech", "tell") and t > lo and hi - (t + len(cue.words)) <= MAX_BARE_TAIL:
                    reach[i] = max(reach[i], i + 1)  # (after '."' only "Grubbs said.", not "Rueda said 40 residents
                break  # had been rescued.": a report of its own)


MAX_BARE_TAIL = 3  # tokens after the cue of a bare '."' attribution ("Grubbs said on Tuesday.")
MAX_TITLE_EXTRA = 3  # words more a long title may take before the cue after a question's '?"'


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
        w = words[t]
        it = Item(a, b, w)
        it.capital = text[a].isupper() or "-" in w and _particle_name(text, a, b)
        it.shouted = it.capital and b - a > 1 and text[a:b].isupper()
        if it.shouted and w in ACRONYM_CLASHES and (
            items and items[-1].quote is None and items[-1].word == "the"
            or t + 1 < thi and text[toks[t + 1][0]].isupper() and not text[toks[t + 1][0] : toks[t + 1][1]].isupper()
        ):  # "the WHO", "the IT department", "WHO Director-General Amara Tesfaye": an acronym, not the pronoun
            it.word = text[a:b]
        if it.capital and items and items[-1].quote is None:
            before = items[-1].word if items[-1].word != "." or len(items) < 2 else items[-2].word
            following = toks[t + 1][0] if t + 1 < thi else None
            it.titled = before in HONORIFICS or w in FUNCTION_WORDS and (
                _surname_after_given_name(text, items[-1], following)  # "said Al From, who ..."
                or _given_name_before_surname(text, items[-1], a, b, following)  # "said Will Doyle"
                or w == "said" and following is not None and text[following : following + 8].split(" ")[0] in (
                    VERBS_AFTER_NAMES))  # ("Khairul Anuar Mohd Said said": the family name Said before the cue)
        elif it.capital and items and items[-1].quote is not None and items[-1].quote.comma_end:
            it.titled = True  # '"...," Will wrote': mid-sentence, a capitalised word is a name
        if w == "first" and it.capital and t + 1 < thi and text[toks[t + 1][0] : toks[t + 1][1]].lower() in (
            FIRST_TITLES
        ):
            it.titled = True  # "Scotland's First Minister Nicola Sturgeon", "Pine Narrows First Nation"
        items.append(it)
        t += 1
    return items


def _surname_after_given_name(text: str, prev: Item, next_start: int | None) -> bool:
    """Is a capitalised function word ("From", "Will", "Long") after a census given name ("Al") a surname?
    Only when the name ends there (no capitalised word follows, as in a title-case headline)."""
    if not prev.capital or prev.quote is not None or prev.word in FUNCTION_WORDS:
        return False
    if next_start is not None and text[next_start].isupper():
        return False
    return census_gender(text[prev.start : prev.end]) is not None


# Lower-case cues right after a capitalised "Said" that make it a name ("Mohd Said said").
VERBS_AFTER_NAMES = frozenset("said says told added stated".split())
# Function words that are given names before a surname ("Will Doyle", "May Smith", "April Ryan"), or open
# a name ("Just Stop Oil", "Not Dead Yet UK", "No Labels").
GIVEN_NAME_WORDS = frozenset("will may april june august just not no only".split())


def _given_name_before_surname(text: str, prev: Item, a: int, b: int, next_start: int | None) -> bool:
    """Is the capitalised function word at ``text[a:b]`` a given name: mid-sentence after a lower-case word
    (not a date's preposition: "in June Trump said") and before a capitalised word ("said Will Doyle")?"""
    word = text[a:b].lower()
    if word not in GIVEN_NAME_WORDS and word not in FAMILY_NAME_WORDS or next_start is None or (
        not text[next_start].isupper()
    ):
        return False
    if word in FAMILY_NAME_WORDS and prev.quote is None and prev.word in _title_words()[1]:
        return True  # "Vice Premier He Lifeng"
    return prev.quote is None and not prev.capital and prev.word.isalpha() and prev.word not in MONTH_PREPOSITIONS


# Words after "First" in a title or a name ("First Minister", "First Lady", "First Nation").
FIRST_TITLES = frozenset("minister lady gentleman secretary deputy vice nation nations".split())

# Acronyms spelt like a pronoun or a function word.
ACRONYM_CLASHES = frozenset("who it us".split())


# Arabic name particles joined by a hyphen to a capitalised name ("al-Assad", "el-Sisi", "bin-Laden").
HYPHEN_PARTICLES = frozenset("al el ad ash as at az bin ibn abu abd".split())


def _particle_name(text: str, a: int, b: int) -> bool:
    """True for a name written with a lower-case particle and a hyphen ("al-Assad"): a capitalised word."""
    dash = text.find("-", a, b)
    return 0 < dash - a <= 3 and dash + 1 < b and text[dash + 1].isupper() and text[a:dash] in HYPHEN_PARTICLES


# Words before a month's name in a date ("on May 22", "in May", "since May", "early May").
MONTH_PREPOSITIONS = frozenset("on in since until by from through of early late mid last next this".split())


def _month(items: list[Item], k: int) -> bool:
    """A month's name; "May" only in a date ("on May 22", "in May"), not the modal or Theresa May."""
    it = items[k]
    if it.quote is not None:
        return False
    if it.word in MONTHS:
        return True
    return it.word == "may" and it.capital and k > 0 and (
        k + 1 < len(items) and items[k + 1].quote is None and items[k + 1].word.isdigit()
        or items[k - 1].quote is None and items[k - 1].word in MONTH_PREPOSITIONS
    )


def _span(items: list[Item], a: int, b: int) -> tuple[int, int]:
    return items[a].start, items[b - 1].end
