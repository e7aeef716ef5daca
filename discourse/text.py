"""Text normalisation, markup stripping and tokenisation.

Everything here runs once per article, inside :func:`discourse.read_articles`, or (tokenisation) once
per :class:`~discourse.segment.Doc`. Analysers never change the text they are given; offsets index the
text these functions produced.

Normalisation follows what news text needs: mojibake repair with ftfy (Speer 2019), Unicode NFC, zero-width
characters dropped, non-breaking and other exotic spaces turned into plain spaces, line ends unified.
Curly quotation marks, guillemets and dashes are kept as they are: the quote extractor handles every kind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import ftfy

from .resources import load_lines

__all__ = [
    "normalize",
    "strip_markdown",
    "remove_boilerplate",
    "boilerplate_patterns",
    "TOKEN_RE",
    "WORD_RE",
    "count_words",
]

# ftfy fixes mojibake ("â€œ" -> "“") but by default also straightens curly quotes; we keep them.
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=True,
    fix_character_width=True,
    normalization="NFC",
    unescape_html=False,
    explain=False,
)

# Zero-width and formatting characters that carry no text (BOM, ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen).
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
# Spaces that look like a space: NBSP, narrow NBSP, figure space, thin/hair spaces, ideographic space ...
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\u205f\u1680"), " "
)
_LINE_SEPARATORS = {0x2028: "\n", 0x2029: "\n\n", 0x85: "\n", 0x0B: "\n", 0x0C: "\n"}
# C0/C1 control characters other than tab and newline are dropped: they only come from broken exports.
_CONTROLS = {c: None for c in [*range(0, 9), *range(14, 32), 127, *range(0x80, 0x85), *range(0x86, 0xA0)]}
_TRANSLATE = {**_CONTROLS, **_INVISIBLE, **_SPACES, **_LINE_SEPARATORS}

_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n)")


def normalize(text: str, *, fix_mojibake: bool = True) -> str:
    """Return ``text`` repaired and normalised for analysis.

    Repairs mojibake with ftfy (``fix_mojibake=True``), applies Unicode NFC, removes zero-width and
    control characters, turns non-breaking and other special spaces into plain spaces and unifies line
    ends to ``\\n``. Quotation marks and dashes are left as they are.

    >>> normalize("Caf\\u00e9\\u00a0\\u201cnice\\u201d\\u200b\\r\\n")
    'Café “nice”\\n'
    """
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fix_mojibake and text and not text.isascii():
        text = ftfy.fix_text(text, config=_FTFY)
    else:
        text = unicodedata.normalize("NFC", text)
    text = text.translate(_TRANSLATE)
    return _TRAILING_SPACE.sub("", text)


# ---------------------------------------------------------------- Markdown and light markup
# Bounded, non-nested patterns only: they run on every line of every article. Link text excludes "[" so a
# failed match at one bracket stops at the next one instead of scanning ahead (lines of "[[[[" stay linear).
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\([^)\n]{0,2000}\)")
_LINK = re.compile(r"\[([^\[\]\n]{0,1000})\]\((?:[^)\s]{0,2000})(?:\s+\"[^\"\n]{0,300}\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,1000})\]\[[^\[\]\n]{0,100}\]")
_LINK_ONLY_LINE = re.compile(r"\s*(?:[*_#>]+\s*)?\[[^\[\]\n]{0,1000}\]\([^)\n]{0,2000}\)[*_\s]*$")
_LINK_DEF = re.compile(r"\s*\[[^\[\]\n]{1,200}\]:\s+\S+.*$")
_HEADING = re.compile(r"^#{1,6}\s+")
_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")
_LIST_BULLET = re.compile(r"^\s{0,3}[-*+•]\s+(?=\S)")
# Emphasis markers: runs of * or _ next to a word edge or a quotation mark. Underscores inside words
# (snake_case, URLs) are kept.
_EMPHASIS_STAR = re.compile(r"\*{1,3}")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w])")
_HTML_TAG = re.compile(r"</?(?:b|i|em|strong|u|span|a|br|sup|sub|small|mark)\b[^<>\n]{0,500}>", re.I)
_HR = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")


def is_rule(line: str) -> bool:
    """True for a horizontal rule / separator line (``---``, ``***``, ``===``)."""
    return bool(_HR.match(line))


def is_link_only(line: str) -> bool:
    """True for a line that is nothing but one Markdown link: a related-article teaser, not prose."""
    return bool(_LINK_ONLY_LINE.match(line))


def strip_markdown(line: str) -> str:
    """Remove Markdown emphasis, links, images, headings and inline HTML tags from one line.

    Link text is kept (``[Syria](http://…)`` becomes ``Syria``), images are dropped, ``[...]`` ellipses
    are left alone because they are not followed by ``(url)``.

    >>> strip_markdown('*"If this is about [the people](#)," he said.*')
    '"If this is about the people," he said.'
    """
    if _LINK_DEF.match(line):
        return ""
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _HEADING.sub("", line)
    line = _BLOCKQUOTE.sub("", line)
    line = _LIST_BULLET.sub("", line)
    line = _EMPHASIS_STAR.sub("", line)
    line = _EMPHASIS_UNDERSCORE.sub("", line)
    return re.sub(r"[ \t]{2,}", " ", line).strip()


@lru_cache(maxsize=8)
def _compile_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for p in patterns:
        try:
            compiled.append(re.compile(p, re.IGNORECASE))
        except re.error as exc:
            raise ValueError(f"boilerplate: invalid regular expression {p!r}: {exc}") from None
    return tuple(compiled)


def boilerplate_patterns(extra: Iterable[str] | None = None) -> tuple[re.Pattern[str], ...]:
    """The bundled boilerplate patterns (``resources/boilerplate.txt``) plus a user's ``extra`` ones."""
    pats = load_lines("boilerplate.txt")
    if extra is not None:
        if isinstance(extra, str):
            extra = [extra]
        pats = pats + tuple(extra)
    return _compile_patterns(tuple(pats))


def remove_boilerplate(lines: Iterable[str], patterns: Iterable[re.Pattern[str]]) -> list[str]:
    """Drop the lines that match any boilerplate pattern (lines are already free of markup)."""
    pats = tuple(patterns)
    return [ln for ln in lines if not any(p.match(ln) for p in pats)]


# ---------------------------------------------------------------- tokens
# A token is a word (letters/digits with inner apostrophes, hyphens, full stops or commas between
# digits: "didn't", "Western-led", "16.7", "1,000") or any other single non-space character. A word keeps
# its combining accents (decomposed "Jose\u0301"), and mojibake left in a text ("FranÃ\x83Â§ois": C1
# controls and Latin-1 signs between letters) stays one word, so a name is not cut into pieces
# (guillemets are left out of that class: they are quotation marks).
_LETTERS = r"\w[\w\u0300-\u036f]*"
_MOJIBAKE = "\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf"
# (a clock time or a verse stays one token: "13:40", "John 3:16"; so does a possessive after initials: "U.K.'s")
TOKEN_RE = re.compile(
    _LETTERS + r"(?:[’'\-.,]" + _LETTERS + r"|(?<=\d):\d\d\b|\.[’']s\b|[" + _MOJIBAKE + "]+" + _LETTERS + r")*|\S"
)
WORD_RE = re.compile(_LETTERS + r"(?:[’'\-]" + _LETTERS + "|[" + _MOJIBAKE + "]+" + _LETTERS + ")*")


def _without_accents(word: str) -> str:
    """``word`` without combining accents ("María" -> "Maria", "Erdoğan" -> "Erdogan"): names are spelled both
    ways in news written in English."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def count_words(text: str) -> int:
    """Number of words (runs of letters/digits, inner apostrophes and hyphens kept) in ``text``."""
    return sum(1 for _ in WORD_RE.finditer(text))
