"""Word lists the speaker rules read, loaded once: role titles, qualifiers, organisation, source and group
nouns (``resources/titles.csv``), pronouns and the antecedent each takes (``resources/pronouns.txt``), and
places, nationality adjectives, US states and affiliations (``resources/places.txt``)."""

from __future__ import annotations

from functools import lru_cache

from .._quotes.constants import FUNCTION_WORDS, LEADING_ADVERBS, PLATFORMS
from .._quotes.lexicon import _place_names
from ..resources import load_lines, load_table

DETERMINERS = frozenset("the a an his her their its our this these those".split())
# Capitalised words that start a sentence but not a name ("Said Dorothy Poynter", "But Lavrov").
NOT_NAME_WORDS = FUNCTION_WORDS | LEADING_ADVERBS | PLATFORMS | frozenset(
    "said says told asked added according whenever wherever whatever whoever".split()
)  # (a quotation's "Whenever the Congress senses defeat" is no fuller name of "the Congress")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {"title": set(), "qualifier": set(), "org": set(), "source": set(), "group": set()}
    for row in load_table("titles.csv"):
        kinds.setdefault(row["kind"], set()).add(row["title"])
    kinds["title"] |= kinds.setdefault("trade", set())  # a trade is written as a title is ("Drugmaker Pfizer")
    return kinds


@lru_cache(maxsize=1)
def _pronouns() -> dict[str, str]:
    out = {}
    for line in load_lines("pronouns.txt"):
        word, _, kind = line.partition(" ")
        out[word.strip().lower()] = kind.strip()
    return out


# Countries, nationality adjectives, US states and affiliations (``resources/places.txt``), lower case:
# one list, loaded once, for the quote rules and the speaker rules.
_places = _place_names


# Words that end a title before a name but are too common in other senses to be speaker-phrase words in the
# titles list ("First Lady Jill Biden"; but "the first lady" stays one phrase to the quote rules).
NAME_TITLE_WORDS = frozenset({"lady"})


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    lx = _lexicon()
    words: set[str] = set(NAME_TITLE_WORDS)
    for k in ("title", "qualifier"):
        for t in lx[k]:
            words.update(t.split())
            words.update(w.strip(".") for w in t.split())  # "Sen." and "Sen"
    return frozenset(words)
