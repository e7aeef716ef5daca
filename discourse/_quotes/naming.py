"""Naming and describing without quotation marks: when the object of a naming cue ("called", "described",
"portrayed") and what follows it are a name given to it ("called Trump a fascist", "called the actions
lawful", "described the dinner as ...") rather than another sense of the verb ("called a meeting")."""

from __future__ import annotations

from .constants import (
    ADJECTIVE_ENDINGS,
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    MAX_NP_TOKENS,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
)
from .phrases import _is_word
from .subjects import PERIOD_NOUNS
from .units import Item

DESCRIBING = frozenset(["describe", "portray"])


def _described_object(items: list[Item], cs: int, ce: int, spk: tuple[int, int] | None) -> bool:
    """"Schoen described the dire situation Clinton is facing", "he described his visit to Friendship Park":
    a named or pronoun speaker describes what a determiner phrase or a "how" clause names."""
    if spk is None or not any(items[k].is_cap or items[k].word in PRONOUN_SUBJECTS for k in range(*spk)):
        return False
    first = items[cs]
    return first.quote is None and (first.word in DETERMINERS or first.word in ("how", "what", "why")) and (
        ce - cs >= 3
    )


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
    if cs < k < ce and items[k].quote is None and items[k].word in ("a", "an", "the"):
        return True
    return _object_then_adjective(items, cs, ce) or _object_then_predicate_noun(items, cs, ce)


OBJECT_OPENERS = frozenset("the this that these those his her their its".split())


def _object_then_predicate_noun(items: list[Item], cs: int, ce: int) -> bool:
    """"called her vote in favor of the Iraq War a mistake", "called the citation a political ploy": a
    determiner noun phrase, then "a"/"an" opening the noun that names it (no verb, comma or quote between)."""
    if items[cs].quote is not None or items[cs].word not in OBJECT_OPENERS:
        return False
    for k in range(cs + 2, min(ce - 1, cs + MAX_JUDGED_OBJECT_TOKENS + 3)):
        it = items[k]
        if it.quote is not None or it.word in ",;:" or it.word in AUXILIARIES or it.word in PROGRESSIVE or (
            it.word in PRONOUN_SUBJECTS or it.word in ("that", "which", "who")
        ):
            return False
        if it.word in ("a", "an"):
            nxt = items[k + 1]  # ("called the meeting a day early": a span of time, not a name)
            return nxt.quote is not None or nxt.word not in PERIOD_NOUNS and nxt.word not in MEASURE_WORDS
    return False


MEASURE_WORDS = frozenset("few bit lot little while moment second time couple number".split())


# Endings of an adjective that judges the object: "called the actions lawful", "called the squabble
# unusual", "called the plan irresponsible".
JUDGING_ADJECTIVE_ENDINGS = (*ADJECTIVE_ENDINGS, "ary", "ate")
MAX_JUDGED_OBJECT_TOKENS = 9


def _object_then_adjective(items: list[Item], cs: int, ce: int) -> bool:
    """A determiner or possessive noun phrase and, closing the clause, an adjective that judges it."""
    first, last = items[cs], items[ce - 1]
    if not (3 <= ce - cs <= MAX_JUDGED_OBJECT_TOKENS) or first.quote is not None or last.quote is not None:
        return False
    if not (first.word in OBJECT_OPENERS or (
        first.capital and first.word.endswith(("'s", "\u2019s"))
    )):
        return False
    for k in range(cs + 2, ce):  # the judging adjective closes the clause or a first conjunct ("called the
        # charges unsubstantiated and fabricated by ...")
        it = items[k]
        if k + 1 < ce and not (items[k + 1].quote is None and items[k + 1].word in ("and", "or")):
            continue
        w = it.word
        if it.quote is not None or it.capital or not w.isalpha() or w in FUNCTION_WORDS or not (
            w.endswith(JUDGING_ADJECTIVE_ENDINGS) or w.startswith("un") and w.endswith("ed")
        ):
            continue
        return not any(items[t].quote is not None or items[t].word in AUXILIARIES or items[t].word in PROGRESSIVE
                       or items[t].word in ",;:" for t in range(cs, k + 1))
    return False
