"""The resource tables behind the extractor: cue forms (``cues.csv``) and title, organisation and
source nouns (``titles.csv``), each loaded once and cached."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_lines, load_table


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


@lru_cache(maxsize=1)
def verb_keys() -> frozenset[str]:
    """First words of cues other than a source phrase ("according to", "as per", "in his words"): words that
    stand where a reporting verb does, so that a subject cannot hold them."""
    return frozenset(k for k, cues in cue_lexicon().items() if any(c.cls != "according" for c in cues))


@lru_cache(maxsize=1)
def _title_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words allowed inside a speaker phrase, single-word titles, org/source nouns) from titles.csv."""
    inside: set[str] = set()
    titles: set[str] = set()
    nouns: set[str] = set()
    for row in load_table("titles.csv"):
        words = row["title"].split()
        inside.update(w for w in words if w not in NOT_ALONE_TITLE_WORDS)
        if row["kind"] in ("title", "group", "trade"):
            titles.update(w for w in words if w not in NOT_ALONE_TITLE_WORDS)
        if row["kind"] in ("org", "source", "group"):
            nouns.update(words)
    return frozenset(inside), frozenset(titles), frozenset(nouns)


# Words of a title that are no title alone ("member" of "council member": "told the member for Fadden", "an
# experienced member of the establishment, Hillary Clinton,").
NOT_ALONE_TITLE_WORDS = frozenset(["member"])


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    """Documents and media (titles.csv kind "source"): "an email saying" is said by whoever sent it."""
    return frozenset(row["title"] for row in load_table("titles.csv") if row["kind"] == "source")


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    """Plural sources that speak as a group (titles.csv kind "group"): "officials", "experts", "analysts"."""
    return frozenset(row["title"] for row in load_table("titles.csv") if row["kind"] == "group")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Countries, nationality adjectives, US states and affiliations (``resources/places.txt``), lower case."""
    return frozenset(load_lines("places.txt"))
