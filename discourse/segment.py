"""Paragraphs, sentences and tokens, built once per article into a :class:`Doc`.

Sentences are split with NLTK's Punkt (Kiss & Strunk 2006, "Unsupervised Multilingual Sentence Boundary
Detection", Computational Linguistics 32(4)) driven by the project's own parameters instead of a trained
model that would need ``nltk.download``: an abbreviation list (titles, months, US states, "U.S.",
"U.N.", company forms) and frequent sentence starters, both in ``discourse/resources``. Two rules on top:
sentences never cross a paragraph boundary (a blank line), and a full stop followed by a word that starts
in lower case is not a boundary ("Corp. was merged ...").

Every analyser works on the same :class:`Doc`; nothing re-splits or re-tokenises the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property, lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .resources import load_lines
from .text import TOKEN_RE, WORD_RE

__all__ = ["Doc", "make_doc", "paragraph_spans", "sentence_spans", "sentence_splitter"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# Longest stretch handed to Punkt at once. Punkt's cost grows with the number of candidate breaks, not
# with length, but a paragraph of megabytes without blank lines is cut at line ends to bound memory.
_MAX_BLOCK = 100_000


@lru_cache(maxsize=16)
def sentence_splitter(
    abbreviations: tuple[str, ...] | None = None, starters: tuple[str, ...] | None = None
) -> PunktSentenceTokenizer:
    """A Punkt tokenizer with the project's parameters (or the given abbreviation/starter lists).

    Abbreviations are written in lower case without the final full stop ("u.s", "gen").
    """
    params = PunktParameters()
    abbrevs = load_lines("abbreviations.txt") if abbreviations is None else abbreviations
    params.abbrev_types = {a.lower().rstrip(".") for a in abbrevs}
    params.sent_starters = set(load_lines("sentence_starters.txt") if starters is None else starters)
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _append_trimmed(text, pos, len(text), spans)
    return spans


def _append_trimmed(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def _blocks(text: str, a: int, b: int) -> Iterable[tuple[int, int]]:
    """Cut an over-long paragraph at line ends (or hard at _MAX_BLOCK) so Punkt sees bounded pieces."""
    while b - a > _MAX_BLOCK:
        cut = text.rfind("\n", a + _MAX_BLOCK // 2, a + _MAX_BLOCK)
        if cut == -1:
            cut = text.rfind(" ", a + _MAX_BLOCK // 2, a + _MAX_BLOCK)
        cut = a + _MAX_BLOCK if cut == -1 else cut + 1
        yield a, cut
        a = cut
    yield a, b


def sentence_spans(
    text: str,
    paragraphs: list[tuple[int, int]] | None = None,
    splitter: PunktSentenceTokenizer | None = None,
) -> list[tuple[int, int, int]]:
    """(start, end, paragraph_id) of each sentence, in order, never crossing a paragraph."""
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    splitter = splitter or sentence_splitter()
    starters = splitter._params.sent_starters
    out: list[tuple[int, int, int]] = []
    for pid, (pa, pb) in enumerate(paragraphs):
        for ba, bb in _blocks(text, pa, pb):
            block = text[ba:bb]
            pieces: list[list[int]] = []
            for s, e in splitter.span_tokenize(block):
                if pieces and _continues(block, pieces[-1][0], s, starters):
                    pieces[-1][1] = e
                    continue
                note = _FOOTNOTE_START.match(block, s) if pieces else None
                if note is not None and note.end() < e:
                    pieces[-1][1] = note.end()
                    s = note.end() + 1
                pieces.append([s, e])
            for s, e in pieces:
                spans: list[tuple[int, int]] = []
                for ls, le in _title_lines(block, s, e):
                    _append_trimmed(text, ba + ls, ba + le, spans)
                out.extend((a, b, pid) for a, b in spans)
    return out


_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MIN_TITLE_LINE_WORDS = 3
TITLE_LINE_SHARE = 0.7


def _title_lines(block: str, s: int, e: int) -> list[tuple[int, int]]:
    """[s, e) cut after each line that is a headline in title case without a full stop ("Kasich: Deporting
    Parents Is Not The Kind Of Values Americans Believe In" followed by a line of text); hard-wrapped prose
    is never cut."""
    out = []
    a = s
    nl = block.find("\n", a, e)
    while nl != -1:
        line = block[max(a, block.rfind("\n", a, nl) + 1) : nl].rstrip()  # the line itself, not the piece
        words = _LINE_WORD.findall(line)
        nxt = block[nl + 1 : e].lstrip()[:1]
        title = len(words) >= MIN_TITLE_LINE_WORDS and sum(w[0].isupper() for w in words) >= (
            TITLE_LINE_SHARE * len(words)
        ) and not any(ch in line for ch in "\"“”«»") and line.lstrip()[:1] not in "-\u2013\u2014\u2015"
        # (a quotation or a credit line, "\u2015 Christina Lastra", is no headline)
        if title and line[-1:] not in ".!?,;:\"”’" and (nxt.isupper() or nxt in "\"“"):
            out.append((a, nl))
            a = nl + 1
        nl = block.find("\n", nl + 1, e)
    out.append((a, e))
    return out


# A closing quotation mark and a footnote mark that Punkt put at the start of the next sentence ('... easy.'
# / '"[43] She added'), as in parliamentary reports: they end the sentence before.
_FOOTNOTE_START = re.compile(r"[\"'\u201d\u2019]?\[\d{1,3}\](?=[ \t]+\S)")


_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,}\s*$")
_FIRST_WORD = re.compile(r"[\"'“‘«]?(\w+)")


def _continues(block: str, prev_start: int, start: int, starters: set[str]) -> bool:
    """Whether Punkt's break before ``start`` is false and the new piece continues the previous sentence.

    * it starts with a lower-case letter or with punctuation ("Corp. was merged", ". . . is closing");
    * the previous piece ends in initials ("A.L.", "J.C.") and the next word is a capitalised name,
      not a frequent sentence starter ("J.C. Matlock, chairman, said" but "in the U.S. The ...").
    """
    ch = block[start : start + 1]
    if ch.islower() or ch in ".,;:)]}-–—":
        return True
    if _INITIALS_END.search(block, prev_start, start):
        m = _FIRST_WORD.match(block, start)
        return bool(m) and m.group(1).lower() not in starters and m.group(1)[:1].isupper()
    return False


class Doc:
    """One article's text with its paragraphs, sentences and tokens, each built once.

    Attributes
    ----------
    article_id : the article's key
    text : the text every offset indexes
    paragraphs : list of (start, end)
    sentences : list of (start, end, paragraph_id), in order
    tokens : list of (start, end) of every token (words and single punctuation marks), in order
    token_sentence : for each token, the index of its sentence (-1 if between sentences)
    """

    __slots__ = ("article_id", "text", "paragraphs", "sentences", "__dict__")

    def __init__(
        self,
        article_id: object,
        text: str,
        paragraphs: list[tuple[int, int]],
        sentences: list[tuple[int, int, int]],
    ) -> None:
        self.article_id = article_id
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences

    def __repr__(self) -> str:
        return (
            f"Doc(article_id={self.article_id!r}, {len(self.text)} chars, "
            f"{len(self.paragraphs)} paragraphs, {len(self.sentences)} sentences)"
        )

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _, _ in self.sentences]

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [a for a, _ in self.paragraphs]

    @cached_property
    def tokens(self) -> list[tuple[int, int]]:
        return [m.span() for m in TOKEN_RE.finditer(self.text)]

    @cached_property
    def token_starts(self) -> list[int]:
        return [s for s, _ in self.tokens]

    @cached_property
    def token_words(self) -> list[str]:
        """Lower-cased token strings, parallel to :attr:`tokens`."""
        t = self.text
        return [t[a:b].lower() for a, b in self.tokens]

    @cached_property
    def token_sentence(self) -> list[int]:
        return [self.sentence_of(a) for a, _ in self.tokens]

    @cached_property
    def sentence_token_ranges(self) -> list[tuple[int, int]]:
        """For each sentence, the half-open range of token indices inside it."""
        starts = self.token_starts
        return [(bisect_right(starts, a - 1), bisect_right(starts, b - 1)) for a, b, _ in self.sentences]

    @cached_property
    def sentence_n_words(self) -> list[int]:
        t = self.text
        return [sum(1 for _ in WORD_RE.finditer(t, a, b)) for a, b, _ in self.sentences]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character ``offset``, or -1 when it lies between sentences."""
        i = bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return i
        return -1

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph containing character ``offset``, or -1."""
        i = bisect_right(self.paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i][1]:
            return i
        return -1


def make_doc(text: str, article_id: object = 0, splitter: PunktSentenceTokenizer | None = None) -> Doc:
    """Build the :class:`Doc` of one article: paragraphs, sentences (Punkt), tokens on demand."""
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    paragraphs = paragraph_spans(text)
    return Doc(article_id, text, paragraphs, sentence_spans(text, paragraphs, splitter))
