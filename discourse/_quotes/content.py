"""Content boundaries: where the clause a cue introduces or closes begins and ends (hearer, "that",
adverbials, a following attribution or writer's comment), trimming, and the row kind."""

from __future__ import annotations

import re

from .appositives import _bare_name, _is_appositive
from .constants import (
    ADVERBIAL_WORDS,
    AUXILIARIES,
    BAD_CONTENT_START,
    CLAUSE_LINKS,
    CLOSING_PUNCT,
    CONJUNCTIONS,
    CONTRASTS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    LY_NOUNS,
    MAX_ADVERBIAL_TOKENS,
    MAX_APPOSITIVE_TOKENS,
    MAX_HEARER_TOKENS,
    MAX_NP_TOKENS,
    MONTH_ABBREVIATIONS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OBJECT_STOPS,
    OCCASION_NOUNS,
    PREPOSITIONS,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    RELATIVES,
    SENTENCE_END,
    SUBORDINATORS,
    TIME_WORDS,
    WRITER_CLAUSES,
)
from .cues import _match_cue, _noun_reading, _past_form
from .lexicon import Cue, _source_nouns, _title_words, cue_lexicon
from .phrases import VERB_WORDS, _contracted_pronoun, _is_word, _np_left
from .subjects import PERIOD_NOUNS, _bare_plural, _connective_opens, _manner_adverb
from .units import Item, Row, _month, _span


def _trim_end(items: list[Item], a: int, b: int) -> int:
    """Drop trailing punctuation (but not a quote, nor a bracket closing one opened inside) from [a, b)."""
    while b > a and items[b - 1].quote is None and (items[b - 1].word in CLOSING_PUNCT or items[b - 1].word in "-–—"):
        if items[b - 1].word == ")" and any(items[k].quote is None and items[k].word == "(" for k in range(a, b)):
            break
        b -= 1
    if b - 2 > a and items[b - 1].word.isdigit() and items[b - 2].word == "[" and (
        items[b - 3].quote is not None or items[b - 3].word in (".", "!", "?")
    ):
        b -= 2  # a footnote mark after the quotation ('"... easy."[43]'), no part of what was said
    return b


def _trim_start(items: list[Item], a: int, b: int) -> int:
    while a < b and items[a].quote is None and items[a].word in ",:;-–—(":
        a += 1
    return a


def _only_punct_after(items: list[Item], j: int, hi: int) -> bool:
    return all(items[k].quote is None and not items[k].word[:1].isalnum() for k in range(j, hi))


def _closing_tail(
    items: list[Item], b: int, hi: int, lex: dict[str, tuple[Cue, ...]], hearer: bool = False
) -> tuple[int, bool] | None:
    """After a cue at [.., b): the end of its speaker/adverbial tail, if the unit (or clause) ends there.
    With ``hearer`` (a "tell" cue) the tail may open with a lower-case hearer ("told a Senate panel
    Wednesday.").

    Returns (position of the end, True when a participial cue follows) or None when a clause follows.
    """
    j = b
    n = 0
    # inside a prepositional phrase ("said at a forum.") or a hearer phrase: its nouns are lower case
    in_phrase = hearer and b < hi and items[b].quote is None and items[b].word in DETERMINERS
    while j < hi and n <= MAX_ADVERBIAL_TOKENS + MAX_NP_TOKENS:
        it = items[j]
        if it.quote is not None:
            if (in_phrase or hearer) and it.quote.titled and it.quote.words <= MAX_SHOW_TITLE_WORDS and (
                _only_punct_after(items, j + 1, hi)
            ):  # 'he said Wednesday on MSNBC's "Morning Joe."': a programme's name closes the phrase
                j += 1
                n += 1
                continue
            return None
        w = it.word
        if w in PREPOSITIONS and w not in ("to", "with") or w in TAIL_CIRCUMSTANCES and j > b:
            in_phrase = True
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
            nxt = items[j + 1]
            if _time_tail(items, j + 1, hi) or _date_to_end(items, j + 1, hi) or (
                _span_before_event(items, j + 1, hi)
            ) or (
                nxt.quote is None and nxt.word in TAIL_CIRCUMSTANCES and not any(
                    items[t].quote is not None for t in range(j + 1, hi))
            ):
                return j, False  # '..., the Associated Press declared on Thursday, two days after the vote.'
                # ("..., the ministry said on Friday, June 6.", "..., officials said, amid fears of ...")
            if nxt.quote is None and nxt.word in ("and", "but") and _attribution_follows(items, j + 2, hi, lex):
                return j, False  # '..., officials said, and police said no one was hurt': a second report
            if nxt.quote is None and nxt.word == "but" and j + 2 < hi and items[j + 2].quote is None and (
                not items[j + 2].capital and (items[j + 2].word.endswith("ed") or items[j + 2].word in IRREGULAR_PAST)
            ):
                return j, False  # '..., the Kremlin said, but rejected ...': the subject's next predicate
            if nxt.quote is None and nxt.word in APPOSITIVE_DETERMINERS and j + 2 < hi and not _has_verb(
                items, j + 1, hi
            ) and not any(items[t].quote is not None or items[t].word in VERB_WORDS for t in range(j + 1, hi)):
                return j, False  # '..., the White House said, their first conversation since ...': the writer's
                # appositive to the whole report, no clause of it
            if nxt.quote is None and nxt.word == "in" and j + 3 < hi and items[j + 2].quote is None and (
                items[j + 2].word in APPOSITIVE_DETERMINERS or items[j + 2].word == "one" and items[j + 3].word == "of"
            ) and not _has_verb(items, j + 1, hi) and not any(
                items[t].quote is not None or items[t].word in VERB_WORDS for t in range(j + 1, hi)
            ):
                return j, False  # "..., South Korea's military said, in the latest show of force ...", "...,
                # the agency said Thursday, in one of the deadliest shipwrecks this year": the writer's framing of
                # the report, without a verb of its own
            if nxt.quote is None and nxt.word == "with" and j + 2 < hi and not any(
                items[t].quote is not None for t in range(j + 1, hi)
            ) and not any(_match_cue(items, t, lex) is not None for t in range(j + 2, hi)):
                return j, False  # "..., the Air Force reported, with most of the attack targeting energy sites": the
                # writer's absolute clause
            if nxt.quote is None and (nxt.word in WRITER_CONTRASTS or nxt.word == "and" and j + 2 < hi and (
                items[j + 2].quote is None and items[j + 2].word in PREPOSITIONS
            ) or nxt.word == "as" and j + 2 < hi and items[j + 2].quote is None and (
                items[j + 2].word in DETERMINERS or _has_pronoun_or_name(items, j + 2, hi)
                or items[j + 2].word.isdigit() or items[j + 2].word in QUANTITY_WORDS | QUANTIFIERS
                or items[j + 2].word in ("thousands", "hundreds", "dozens", "millions", "tens")
                or items[j + 2].word.isalpha() and items[j + 2].word not in FUNCTION_WORDS and _has_verb(
                    items, j + 2, hi)  # (", as favourable weather helped")
            )) and not any(
                items[t].quote is not None for t in range(j + 1, hi)
            ):
                return j, False  # '..., KING-TV reported, while in Washington crowds gathered', '..., the
                # ministry announced, as the death toll rose': the writer's clause
            if nxt.quote is None and not nxt.capital and len(nxt.word) > 4 and nxt.word.endswith("ing") and (
                nxt.word not in FUNCTION_WORDS and nxt.word not in ("including", "according")
            ) and not any(items[t].quote is not None and items[t - 1].word == "," for t in range(j + 2, hi)) and (
                items[0].word not in SUBORDINATORS
            ):
                # '"...," she said, referencing the bank's drive to "cross-sell"': an aside (but 'Tester
                # said, referring to the excuse, "you give ..."' goes on with the quotation, and after
                # 'While ..., she said,' the gerund opens the main clause: "revoking clearances would be")
                return j, False
            return None
        if w == "(" and _aside_to_end(items, j, hi):
            return j, False  # 'Burman said (a view echoed by everyone I interviewed).': the writer's aside
        if w == ";":
            return j, False  # "..., political analysts say; in 2012, Romney stumbled": the clause ends here
        if j == b and w in ("as", "while") and j + 1 < hi and items[j + 1].quote is None and (
            items[j + 1].word in DETERMINERS or items[j + 1].word in PRONOUN_SUBJECTS or items[j + 1].capital
            or items[j + 1].word.endswith("s") and items[j + 1].word.isalpha() and len(items[j + 1].word) > 3
        ) and not any(items[t].quote is not None or items[t].word in ("that", ":") for t in range(j, hi)):
            return j, False  # "..., UN aid chief says as donors pledge $1.2bn": the writer's clause after the cue
        if w in SUBORDINATORS and not it.capital and j > b and not any(
            items[t].quote is not None for t in range(j, hi)
        ) and _has_pronoun_or_name(items, j + 1, hi):
            return j, False  # "..., Obama told his closest advisers as he labored over it.": the writer's clause
        if w == ":" or w == "that" and not it.capital:
            return None  # "said on Wednesday that turnout ...": the content follows the cue
        if in_phrase and j > b and w in DETERMINERS and items[j - 1].quote is None and (
            items[j - 1].word.isalpha() and not items[j - 1].capital and items[j - 1].word not in PREPOSITIONS
            and items[j - 1].word not in TAIL_CIRCUMSTANCES and items[j - 1].word not in PHRASE_PREPOSITIONS
            and items[j - 1].word not in DETERMINERS and items[j - 1].word not in NAME_JOINERS
            and items[j - 1].word not in AUXILIARIES and items[j - 1].word != "be"
        ):
            return None  # "who told the press his nephew needed a dose": a second noun phrase opens a clause
        if j > b and w in EVENT_SUBORDINATORS and not it.capital and _writer_event_to_end(items, j, hi, lex):
            return hi - 1 if items[hi - 1].word in SENTENCE_END else hi, False  # '"...," Kuzmenko said on July 10
            # after the alliance's summit in Ankara ended without a formal invitation for Kyiv to join.'
        if not (it.is_cap or w in ADVERBIAL_WORDS or w in DETERMINERS or w in _title_words()[0]
                or hearer and w in LOWER_HEARERS  # ("..., officials told state media.")
                or in_phrase and w.endswith("ing") and w.isalpha() and (items[j - 1].word in DETERMINERS or (
                    j - 2 >= b and items[j - 2].word in DETERMINERS and (
                        not items[j - 1].capital or j + 1 < hi and items[j + 1].quote is None
                        and items[j + 1].word in MEDIUM_NOUNS)))  # ("on the Telegram messaging app")
                # ("he told the court in his filing.", "said at her weekly briefing": a noun in -ing after a
                # determiner and an adjective)
                or w in NAME_JOINERS or w in PRONOUN_SUBJECTS or w.isdigit() or w in "-'\u2019" or _month(items, j)
                or in_phrase and w.isalpha() and not w.endswith("ing") and w not in FUNCTION_WORDS
                and w not in AUXILIARIES and (w not in lex or items[j - 1].word in PREPOSITIONS
                                              or items[j - 1].word in NOUN_DETERMINERS or (
                    j - 2 >= b and items[j - 2].word in ("its", "his", "her", "their") and not items[j - 1].capital))
                # ("said in its flash estimate on Friday": a document's noun after its owner and an adjective; "said
                # after the attacks": a cue's word after an article is its noun)
                or (in_phrase or j > b) and w in ("after", "before", "during", "following", "amid") and j + 1 < hi
                and items[j + 1].quote is None and items[j + 1].word not in PRONOUN_SUBJECTS
                # ("announced on Thursday after talks at ...", "said Tuesday following a phone call")
                or in_phrase and w in QUANTIFIERS and items[j - 1].word in DETERMINERS  # ("between the two")
                or in_phrase and w in ("from", "via", "through", "over") and j + 1 < hi and (
                    items[j + 1].quote is None and items[j + 1].word not in PRONOUN_SUBJECTS)  # ("from the Palace")
                or in_phrase and _to_be(items, j, hi)):
            return None
        j += 1
        n += 1
    return (j, False) if j >= hi else None


def _backshifted_clause(items: list[Item], k: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """Does a clause in the past perfect open at ``k``: a short lower-case subject, then "had" ("traces of blood
    had been found"), with no cue of its own?"""
    for t in range(k + 1, min(hi, k + MAX_BACKSHIFTED_SUBJECT_TOKENS + 1)):
        it = items[t]
        if it.quote is not None or it.word in ",;:" or _match_cue(items, t, lex) is not None:
            return False
        if it.word == "had":
            nxt = items[t + 1] if t + 1 < hi else None
            return nxt is not None and nxt.quote is None and _match_cue(items, t + 1, lex) is None and (
                nxt.word == "been" or nxt.word.endswith(("ed", "en")) or nxt.word in IRREGULAR_PAST
            ) and items[k].word not in ("what", "who")  # (not "what they had to settle for was ...")
    return False


MAX_BACKSHIFTED_SUBJECT_TOKENS = 5
# Media after a platform's name and a gerund ("the Telegram messaging app", "the X social media platform").
MEDIUM_NOUNS = frozenset("app platform service network site channel".split())
# Determiners that only a noun phrase follows ("the attacks": a noun, never the verb "attacks").
NOUN_DETERMINERS = frozenset("the a an his their its our my your".split())
EVENT_SUBORDINATORS = frozenset("after before following amid".split())


def _writer_event_to_end(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """Does the rest of the unit from ``j`` ("after the summit ended without ...") only date the report by an
    event: no quotation, no "that" and no other cue in it?"""
    return not any(items[t].quote is not None or items[t].word in ("that", ":") or (
        _match_cue(items, t, lex) is not None) for t in range(j + 1, hi))


# Determiners that open an appositive noun phrase after a closing cue ("..., officials said, the latest in ...").
APPOSITIVE_DETERMINERS = frozenset("the their its his her a an".split())
# Occasions of speech that the writer may name after the reported clause (", in a televised address").
OCCASIONS = frozenset("address speech interview briefing broadcast podcast sermon lecture".split())
MAX_OCCASION_EXTRA = 4  # words more for a speech's occasion ("in her ... address on Tuesday night that")
OCCASION_PREPOSITIONS = frozenset("in at during".split())
# Prepositions inside a closing cue's circumstance, before a noun phrase of their own ("said on Tuesday
# following a call between the presidents", "after a meeting of the cabinet").
PHRASE_PREPOSITIONS = frozenset("of for between among by near across under into against".split())
# Openers of the writer's circumstance after a closing cue ("..., officials said, amid fears of ...").
TAIL_CIRCUMSTANCES = frozenset("amid amidst after following despite ahead".split())


def _span_before_event(items: list[Item], k: int, hi: int) -> bool:
    """Does a span of time before or after an event open at ``k`` ("days after riots broke out", "two weeks
    before the vote", "a day after the attack")? The writer's circumstance of the report."""
    if k < hi and items[k].quote is None and (items[k].word in ("a", "an", "just", "only") or items[k].word.isdigit()
                                              or items[k].word in NUMBER_WORDS):
        k += 1
    return k + 1 < hi and items[k].quote is None and items[k].word in PERIOD_NOUNS_PLAIN and (
        items[k + 1].quote is None and items[k + 1].word in ("after", "before", "since")
    )




def _date_to_end(items: list[Item], k: int, hi: int) -> bool:
    """Does a date close the unit from ``k`` ("June 6.", "May 22, 2025.", "Oct. 14.")?"""
    return k < hi and (_month(items, k) or items[k].quote is None and items[k].capital and (
        items[k].word in MONTH_ABBREVIATIONS
    )) and all(
        items[t].quote is None and (items[t].word.isdigit() or not items[t].word[:1].isalnum())
        for t in range(k + 1, hi)
    )


# Lower-case words of a hearer after "told" without a determiner ("told state media", "told reporters").
LOWER_HEARERS = frozenset("state local foreign national media reporters journalists lawmakers legislators mps "
                          "senators parliament news agencies outlets television radio".split())
# The longest quoted name taken as the end of a cue's prepositional phrase ("on CBS's "Face the Nation."").
MAX_SHOW_TITLE_WORDS = 5


def _time_tail(items: list[Item], k: int, hi: int) -> bool:
    """Does a time phrase close the unit from ``k`` ("two days after the vote", "hours before the rally",
    "a week later")? It is the writer's dating of the report, not a clause of it."""
    if k + 1 < hi and items[k].quote is None and items[k].word in PERIOD_NOUNS_PLAIN and (
        items[k + 1].quote is None and items[k + 1].word in ("after", "before")
    ):
        return True  # "..., diplomats said, hours after the envoy left Cairo."
    if k >= hi or items[k].quote is not None or not (
        items[k].word in NUMBER_WORDS or items[k].word.isdigit() or items[k].word in ("a", "an", "just", "only")
    ):
        return False
    for t in range(k + 1, min(hi, k + 4)):
        if items[t].quote is not None:
            return False
        if items[t].word in ("after", "before", "later", "earlier", "ago"):
            return items[t - 1].word in PERIOD_NOUNS_PLAIN and not any(
                items[u].quote is not None or items[u].word in ",;:" for u in range(t, hi - 1))
    return False


PERIOD_NOUNS_PLAIN = frozenset("day days week weeks month months year years hour hours minute minutes".split())


def _to_be(items: list[Item], j: int, hi: int) -> bool:
    """Is items[j] part of "to be" ("said during his campaign speech to be a national delegate.")?"""
    w = items[j].word
    if w == "to":
        return j + 1 < hi and items[j + 1].quote is None and items[j + 1].word == "be"
    return w == "be" and items[j - 1].quote is None and items[j - 1].word == "to"


def _has_pronoun_or_name(items: list[Item], a: int, hi: int) -> bool:
    """Does a subject (a pronoun or a name) open items[a:hi], as in a subordinate clause "as he labored"?"""
    return a < hi and items[a].quote is None and (items[a].word in PRONOUN_SUBJECTS or items[a].is_cap)


def _aside_to_end(items: list[Item], j: int, hi: int) -> bool:
    """A bracketed aside opening at ``j`` that closes the unit (only punctuation after its ")")."""
    close = next((k for k in range(j + 1, hi) if items[k].quote is None and items[k].word == ")"), None)
    return close is not None and _only_punct_after(items, close + 1, hi)


# Conjunctions after "..., X reported," that open the writer's own clause.
WRITER_CONTRASTS = frozenset("while whereas although though".split())


# Tokens that may stand between a cue and the comma before its quotation: a hearer, a place, a time
# ("wrote to his 20,000 Twitter followers, "...""; "told the crowd in Des Moines on Sunday, "..."").
MAX_LEAD_TO_QUOTE = 10


def _quote_after_circumstance(items: list[Item], b: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> int | None:
    """Index of a quotation that ends the unit after the cue's hearer or circumstances and a comma or colon,
    or ``None``. Words that would open a clause (a pronoun, an auxiliary, "that") rule it out: 'said he
    was, "really unhappy"' is a mixed quote."""
    for k in range(b, min(hi - 1, b + MAX_LEAD_TO_QUOTE + 1)):
        it = items[k]
        if it.quote is not None:
            return None
        w = it.word
        if w in (",", ":"):
            nxt = items[k + 1]
            return k + 1 if nxt.quote is not None and (_only_punct_after(items, k + 2, hi) or (
                nxt.quote.open_end and k + 2 < hi and items[k + 2].quote is None and items[k + 2].word in SUBORDINATORS
            )) else None  # ('saying during the debate, "That makes me smart," when Clinton blasted him')
        if not w[:1].isalnum() or w == "that" or w in PRONOUN_SUBJECTS or w in AUXILIARIES or w in CONJUNCTIONS:
            return None
        if k > b and items[k - 1].is_cap and w in lex and _match_cue(items, k, lex) is not None:
            return None  # "concludes with footage of Trump saying ..., "...": the nearer cue owns the quote
    return None


def _circumstance_follows(items: list[Item], j: int, hi: int) -> bool:
    """After a comma: the writer's circumstance of a report ("amid fears ...", "despite mounting pressure",
    "hours after the attack", "as the strike entered its third week")."""
    if j >= hi or items[j].quote is not None or items[j].capital:
        return False
    w = items[j].word
    if w in TAIL_CIRCUMSTANCES or _span_before_event(items, j, hi):
        return True
    if w != "as" or j + 1 >= hi or items[j + 1].quote is not None or items[j + 1].word not in DETERMINERS:
        return False
    for t in range(j + 2, min(hi, j + 2 + MAX_EVENT_SUBJECT_TOKENS)):  # "as the NP entered ...": an event
        it = items[t]
        if it.quote is not None or it.word in (".", ";", ":"):
            return False
        if not it.capital and _past_form(it.word) and t > j + 2 and items[t - 1].word not in DETERMINERS:
            return t + 1 < hi and items[t + 1].quote is None and items[t + 1].word in DETERMINERS
    return False


# The longest subject of an event in the writer's "as" clause ("as the industrial action by the Kenya Medical
# Practitioners, Pharmacists and Dentists Union (KMPDU) entered its third week").
MAX_EVENT_SUBJECT_TOKENS = 20


def _in_opening_clause(items: list[Item], a: int) -> bool:
    """Is the cue at ``a`` inside an opening subordinate clause ("Although he says ..., he ...", "And while
    he said ..., he ...", "A few weeks after Obama announced ..., U.S. forces ...", "Having announced ...,
    the judge ...")?"""
    k = 0
    while k < a and items[k].quote is None and not items[k].word[:1].isalnum():
        k += 1
    # a conjunction, a focus adverb or a span of time may stand before the subordinator
    while k < a and items[k].quote is None and items[k].word in OPENING_LEADS:
        k += 1
    if k < a and items[k].quote is None and items[k].word in ("a", "few", "several") or (
        k < a and items[k].word.isdigit()
    ):
        m = next((j for j in range(k, min(a, k + 4)) if items[j].quote is None and items[j].word in PERIOD_NOUNS), None)
        k = m + 1 if m is not None else k
    elif k < a and items[k].quote is None and items[k].word in PERIOD_NOUNS:
        k += 1  # "Years after Bill Clinton claimed ..."
    if k >= a or items[k].quote is not None:
        return False
    w = items[k].word
    if w in PREPOSITIONS or w in ("last", "earlier", "later"):
        # "In June 2001, after a desperate HP asked ..., 80,000 employees volunteered": a short adverbial
        # and its comma may stand before the subordinator
        c = next((j for j in range(k + 1, min(a, k + MAX_LEAD_ADVERBIAL)) if items[j].word == ","), None)
        if c is not None and all(items[j].quote is None for j in range(k, c + 1)) and c + 1 < a:
            k, w = c + 1, items[c + 1].word
    if not (w in SUBORDINATORS or w == "having" and k + 1 == a):
        return False
    return not any(items[j].quote is None and items[j].word in ",;:" for j in range(k + 1, a))


MAX_LEAD_ADVERBIAL = 7


def _main_clause_after_as(items: list[Item], a: int, hi: int) -> int | None:
    """In "As I argued in my speech here last year, many of those challenges ..." the cue at ``a`` says the
    main clause: the start of that clause when only a prepositional or time phrase stands between the cue
    and the comma that closes the "as" clause, else ``None``."""
    k = next((t for t in range(a) if items[t].quote is not None or items[t].word[:1].isalnum()), a)
    while k < a and items[k].quote is None and items[k].word in OPENING_LEADS:
        k += 1
    if k >= a or items[k].quote is not None or items[k].word != "as" or a + 1 >= hi or items[a + 1].quote is not None:
        return None
    if items[a + 1].word not in PREPOSITIONS and items[a + 1].word not in TIME_WORDS:
        return None
    for t in range(a + 1, min(hi - 1, a + 1 + MAX_AS_ADVERBIAL_TOKENS)):
        it = items[t]
        if it.quote is not None or it.word in FINITE_AUXILIARIES or it.word in (";", ":"):
            return None
        if it.word == ",":
            return t + 1 if items[t + 1].quote is None or items[t + 1].quote.start > it.end else None
    return None


MAX_AS_ADVERBIAL_TOKENS = 14


# Words that may open a sentence before its subordinate clause ("And while", "But if", "Just when").
OPENING_LEADS = frozenset("and but so yet or just only even shortly soon long".split())


def _main_clause_follows(items: list[Item], j: int) -> bool:
    """After a comma: a subject opening the sentence's main clause (a pronoun, an article, a possessive, a
    quantity, a name)."""
    if j >= len(items) or items[j].quote is not None:
        return False
    w = items[j].word
    return w in PRONOUN_SUBJECTS and w not in ("who", "that") or w in MAIN_SUBJECT_OPENERS or items[j].is_cap or (
        w[:1].isdigit()  # "80,000 employees volunteered"
    )


MAIN_SUBJECT_OPENERS = frozenset("the a an his her their its our my most many some all".split())


# How long the subject before an aside that holds a cue may be ("Mr. Biden, recalling ..., described").
MAX_ASIDE_SUBJECT_TOKENS = 8


# Nouns for a news medium between a hearer's place and its name ("Brussels-based media network EURACTIV",
# "Pittsburgh television station KDKA-TV").
MEDIA_NOUNS = frozenset(
    "media network newspaper paper daily weekly magazine station channel broadcaster outlet agency website "
    "radio television tv news wire service site".split()
)


MAX_HEARER_PHRASE_TOKENS = 14


def _medium_end(items: list[Item], j: int, k: int) -> int:
    """End of a news medium that opens the capitalised hearer run items[j:k] ("CNN", "NPR", "Fox News", "The
    Times"), when a subject follows it before the verb at ``k``; ``k`` when there is none."""
    m = j + (items[j].word == "the")
    if m < k and items[m].shouted and len(items[m].word) <= 5:
        m += 1  # "CNN", "NPR", "ABC News"
    else:
        m = next((x + 1 for x in range(m, k - 1) if items[x].word in MEDIA_NOUNS or items[x].word in MEDIA_NAMES), j)
    while j < m < k and items[m].word in MEDIA_NOUNS:
        m += 1
    return m if j < m < k else k


# Last words of newspapers' names ("The Times", "The Washington Post") besides MEDIA_NOUNS.
MEDIA_NAMES = frozenset(
    "times post journal herald tribune telegraph guardian globe today reuters bloomberg politico axios afp".split()
)


def _that_after_hearer(items: list[Item], j: int, hi: int) -> int | None:
    """The "that" opening the report after a long hearer phrase with commas ("telling Grassley, chairman of
    the Senate Judiciary Committee, that ...") or an adverbial ("told senators on Wednesday that", "said in
    Luxembourg, where she was attending a meeting, that"): within a few words, besides an aside between
    commas, with no quotation, clause mark, auxiliary or infinitive before it and a subject (a pronoun, a
    determiner, a quantifier, a name or a quotation) after it; else ``None``."""
    if j >= hi or items[j].quote is not None or items[j].word in ("that", "to", "whether", "if", "how", "why", "what"):
        return None
    k = j
    limit = j + MAX_HEARER_PHRASE_TOKENS
    while k < min(hi - 1, limit):
        it = items[k]
        if it.quote is None and it.word == "," and items[k + 1].quote is None and items[k + 1].word in ASIDE_OPENERS:
            close = next((t for t in range(k + 2, min(hi - 1, k + MAX_APPOSITIVE_TOKENS)) if items[t].quote is None
                          and items[t].word in ",;:"), None)
            if close is not None and items[close].word == ",":
                limit += close - k  # "said in Luxembourg, where she was attending a meeting, that ...": an aside
                k = close + 1
                continue
        if it.quote is not None or it.word in ";:" or it.word in AUXILIARIES and not (k == j and it.word == "only") or (
            it.word in FINITE_AUXILIARIES
        ):
            return None  # ("saying only that": an adverb, not an auxiliary)
        if it.word == "to" and items[k + 1].quote is None and items[k + 1].word.isalpha() and (
            not items[k + 1].capital and items[k + 1].word not in DETERMINERS
        ):
            return None  # "directed officials to ensure that ...": the "that" of the infinitive's verb
        if it.word == "that":
            nxt = items[k + 1]
            return k if nxt.quote is not None or nxt.word in PRONOUN_SUBJECTS and nxt.word not in ("who", "that") or (
                nxt.word in DETERMINERS or nxt.is_cap or _contracted_pronoun(nxt.word) or nxt.word in QUANTIFIERS
                or nxt.word in ("no", "none", "nobody", "nothing", "there", "every", "each", "both", "any")
                or nxt.word.isdigit()) else None
        k += 1
    return None


def _adverbial_opens(items: list[Item], j: int, hi: int, cue: Cue) -> bool:
    """Does an adverbial (a place, a time, "only", an aside between commas) or, after "warn", a hearer open
    the stretch between a speech cue and its "that", with no pronoun in it that could be a clause's subject
    ("said at a campaign stop in Toledo, Ohio, that", "insisted on Monday, as he closed the summit, that",
    not "says it underscores that", "said he hopes that")?"""
    if j >= hi or items[j].quote is not None:
        return False
    w = items[j].word
    if not (w in PREPOSITIONS or w in TIME_WORDS or w in ("only", ",") or cue.lemma in HEARER_SPEECH_LEMMAS and (
        w in DETERMINERS or w in HEARER_PRONOUNS
    )):
        return False
    end = next((k for k in range(j, min(hi, j + MAX_HEARER_PHRASE_TOKENS + MAX_APPOSITIVE_TOKENS)) if (
        items[k].quote is None and items[k].word == "that")), j)  # (as far as _that_after_hearer looks, asides too)
    if end == j:
        return False
    last = items[end - 1]
    if last.quote is not None or not (last.word in TIME_WORDS or last.word in PERIOD_NOUNS or last.capital or (
        last.word in (",", "ago", "only") or last.word in HEARER_PRONOUNS or last.word.isdigit()
        or last.word.endswith("ly") and last.word not in LY_NOUNS
    )):
        return False  # (not "responded to reports that", "in a district that Rubio won": a noun's "that")
    aside = False
    for k in range(j, end):
        if items[k].quote is None and items[k].word == ",":
            aside = k + 1 < end and items[k + 1].word in ASIDE_OPENERS
        elif not aside and items[k].quote is None and items[k].word in PRONOUN_SUBJECTS:
            return False
    return True


# Speech verbs that take a hearer before their "that" ("warned the government last year that").
HEARER_SPEECH_LEMMAS = frozenset("warn caution promise".split())
HEARER_PRONOUNS = frozenset("him her them us me you".split())
# Words opening the writer's aside between commas before a report's "that" ("said in Luxembourg, where she
# was attending a meeting, that", "insisted on Monday, as he closed the summit, that").
ASIDE_OPENERS = frozenset("where as when while who which after before".split())


def _new_subject_clause(items: list[Item], j: int, hi: int, present_s: bool = False) -> bool:
    """A clause with a subject of its own at ``j`` (after ", and"): a pronoun, or a determiner or name
    phrase of at most five words, then a finite verb ("both sides actually aren't", "his campaign is",
    "the American Civil Liberties Union of Ohio has")."""
    if j >= hi or items[j].quote is not None:
        return False
    if items[j].word in PRONOUN_SUBJECTS and items[j].word not in ("who", "that", "it"):
        k = j + 1
    elif items[j].word in MAIN_SUBJECT_OPENERS or items[j].word in ("both", "these", "those") or items[j].is_cap:
        k = j + 1
        while k < min(hi, j + 8) and items[k].quote is None and items[k].word[:1].isalnum() and not (
            _finite(items[k].word) or present_s and k > j + 1 and _present_s(items[k])
        ):
            k += 1
    else:
        return False
    while k < hi and items[k].quote is None and items[k].word in ("actually", "also", "even", "now", "already"):
        k += 1
    return k < hi and items[k].quote is None and (
        items[k].word in PRESENT_AUXILIARIES or _contracted_pronoun(items[j].word) or present_s and (
            _present_s(items[k]))
    )


# Present-tense auxiliaries and copulas: after a report in the past, a clause in the present is the writer's
# ("said delegates should flip, and his campaign is approaching them"); a backshifted one ("and they were
# carrying out an investigation", "and users would be able to") is still reported.
PRESENT_AUXILIARIES = frozenset(
    "is are has have does do isn't aren't hasn't haven't doesn't don't isn\u2019t aren\u2019t "
    "hasn\u2019t haven\u2019t doesn\u2019t don\u2019t".split()
)


# Present reports that go on with the speaker after a past one ("said ... and says ...").
PRESENT_REPORTS = frozenset("says adds notes tells writes argues insists".split())


def _present_s(it: Item) -> bool:
    """A verb in the present tense's -s form ("braces", "prepares"), not a plural noun after "the"."""
    w = it.word
    return not it.capital and w.isalpha() and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _past_cue(cue: Cue) -> bool:
    """A cue in the past tense ("said", "told", "insisted"): its report is backshifted."""
    return _past_form(cue.words[-1] if cue.words[-1] not in ("that", "to") else cue.words[0])


def _finite(word: str) -> bool:
    """A finite auxiliary or copula, negated or not ("is", "aren't")."""
    return word in FINITE_AUXILIARIES or word.endswith(("n't", "n\u2019t"))


def _object_goes_on(items: list[Item], t: int, hi: int, cue: Cue) -> bool:
    """Does an object cue's object go on over the comma or bracket at ``t``: "blamed several factors,
    including congressional budget cuts ...", "endorsed Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and
    Sen. Kelly Ayotte" (a list of names, a party label)?"""
    if cue.cls != "object" or t + 1 >= hi or items[t + 1].quote is not None:
        return False
    if items[t].word == "(":
        return _party_label_end(items, t, hi) is not None or t > 0 and items[t - 1].is_cap and t + 2 < hi and (
            items[t + 1].shouted and items[t + 2].quote is None and items[t + 2].word == ")")  # "accused the New
        # Patriotic Party (NPP) of ...": a body's acronym
    if items[t].word != "," or _connective_opens(items, t + 1, hi):
        return False
    if items[t + 1].word in ("including", "particularly", "primarily", "especially", "notably") or (
        items[t + 1].word == "in" and t + 2 < hi and items[t + 2].word == "particular"
    ) or items[t + 1].word == "or" and t + 2 < hi and (
        items[t + 2].quote is None and items[t + 2].word.isalpha()
    ):  # ("rejected the notion that pressure from Wall Street, or corporate greed, ... had prompted";
        # "expressed readiness for joint efforts, in particular by strengthening cooperation in Geneva")
        return True
    if _lower_list_goes_on(items, t + 1, hi):
        return True  # "expressed gratitude for their courage, professionalism and heroism"
    k = t + 1 + (items[t + 1].word == "and")
    if k >= hi or not items[k].is_cap:
        return False
    while k < hi and items[k].quote is None and (items[k].is_cap or items[k].word == "."):
        k += 1  # ("Sen. John McCain")
    if k < hi and items[k].quote is None and items[k].word == "(":
        k = (_party_label_end(items, k, hi) or k) + 1
    if k >= hi or items[k].quote is None and items[k].word in (",", "and", ".", ";"):
        return True
    # "..., and Sen. Kelly Ayotte (R-N.H.) on Friday": the list's end (not "..., and Pierce focused on ...")
    w = items[k].word
    return items[t + 1].word == "and" and items[k].quote is None and not (
        w[:1].islower() and (w in VERB_WORDS or w.endswith(("ed", "s"))))


MAX_LIST_ITEM_TOKENS = 3


def _lower_list_goes_on(items: list[Item], k: int, hi: int) -> bool:
    """Do the items from ``k`` finish a list of lower-case nouns ("professionalism and heroism.")?"""
    def item_end(j: int) -> int:
        start = j
        while j < hi and j - start < MAX_LIST_ITEM_TOKENS and items[j].quote is None and _is_word(items[j]) and (
            not items[j].capital and items[j].word not in VERB_WORDS and items[j].word not in FUNCTION_WORDS
            and not items[j].word.endswith("ed")
        ):
            j += 1
        return j if j > start else -1
    j = item_end(k)
    while j > 0 and j < hi and items[j].quote is None and items[j].word == ",":
        j = item_end(j + 1)
    if j < 0 or j >= hi or items[j].quote is not None or items[j].word not in ("and", "or"):
        return False
    j = item_end(j + 1)
    return j > 0 and (j >= hi or items[j].quote is None and items[j].word in (".", ";", "!", "?"))


# A party and state label after a name: "(R-Wis.)", "(D)", "(I-Vt.)".
PARTY_LABEL_RE = re.compile(r"^[rdi](?:-[a-z.]+)?$")


def _party_label_end(items: list[Item], t: int, hi: int) -> int | None:
    """The closing bracket of a party label opening at ``t``, else None."""
    for k in range(t + 1, min(hi, t + 6)):
        if items[k].quote is not None:
            return None
        if items[k].word == ")":
            label = "".join(items[j].word for j in range(t + 1, k))
            return k if PARTY_LABEL_RE.match(label) else None
    return None


def _subject_before_aside(items: list[Item], comma: int) -> bool:
    """Is items[:comma] the unit's subject alone, a short noun phrase without a verb, so that the comma
    opens an aside ("Mr. Biden, recalling ...,", "Roffman, who estimates ...,")?"""
    subject = _np_left(items, comma, 0, lower_ok=True)
    return subject is not None and subject[0] == _trim_start(items, 0, comma) and (
        subject[1] - subject[0] <= MAX_ASIDE_SUBJECT_TOKENS) and not any(
        items[k].quote is not None or items[k].word in VERB_WORDS for k in range(*subject))


def _ends_clause(it: Item) -> bool:
    """A comma, or a quotation that ends with one ('... "New York values," saying ...')."""
    return it.word == "," if it.quote is None else it.quote.comma_end


def _verb_after_aside(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """After the comma that closes an aside: the subject's finite verb (a cue that is no participle, a
    finite auxiliary, or a past form with its object)."""
    if j >= hi or items[j].quote is not None or items[j].capital:
        return False
    m = _match_cue(items, j, lex)
    if m is not None and not m[0].words[0].endswith("ing"):
        return True
    return items[j].word in FINITE_AUXILIARIES or _subjectless_predicate(items, j, hi)


def _bare_plural_subject(items: list[Item], j: int, hi: int) -> bool:
    """A subject without a determiner at ``j``: a bare plural, or one word and a bare plural ("voters",
    "protesting delegates", "many voters")."""
    for k in range(j, min(hi, j + 2)):
        it = items[k]
        if it.quote is not None or not it.word.isalpha() or it.capital:
            return False
        if _bare_plural(it.word):
            return True
        if it.word in FUNCTION_WORDS:
            return False
    return False


def _content_after(items: list[Item], b: int, hi: int, cue: Cue, lex: dict[str, tuple[Cue, ...]]) -> tuple[int, int]:
    """Item range of the clause a preposed cue introduces (hearer and "that" skipped)."""
    opening = _in_opening_clause(items, b - 1)  # "While he says X, Y ...": the report ends before Y
    main = _main_clause_after_as(items, b - 1, hi) if opening else None
    if main is not None:  # "As I argued in my speech last year, CLAUSE": the main clause is what was said
        opening, b = False, main
    if cue.cls in ("speech", "tell"):
        q = _quote_after_circumstance(items, b, hi, lex)
        if q is not None:
            return q, q + 1
    j = b
    if cue.cls == "tell":
        k = j
        while k < hi and k - j < MAX_HEARER_TOKENS and items[k].quote is None and not (
            k > j and (items[k].word in DETERMINERS or items[k].word in QUANTIFIERS) and (
                items[k - 1].word not in DETERMINERS)
        ) and not (  # "told the crowd Trump would lose": a name after a common noun opens the clause (as does a
            # quantifier: "told reporters many residents still did not know")
            k > j and items[k].is_cap and not items[k - 1].capital and items[k - 1].word not in DETERMINERS
            and items[k - 1].word not in _title_words()[0] and items[k - 1].word not in ("'", "\u2019", ".")
        ) and (
            items[k].is_cap or items[k].word in DETERMINERS or items[k].word in _title_words()[0]
            or items[k].word in ("'", "\u2019") and k > j and items[k - 1].is_cap and items[k - 1].word.endswith("s")
            or items[k].word == "." and k > j and items[k - 1].capital and "." in items[k - 1].word  # "asked U.S."
            or items[k].word in ("reporters", "journalists", "me", "us", "him", "her", "them", "you", "people",
                                 "supporters", "voters", "the", "audience", "crowd", "listeners", "viewers")
        ):
            k += 1
        if k == j and j + 1 < hi and items[j].quote is None and items[j].word.isalpha() and not items[j].capital and (
            items[j].word not in FUNCTION_WORDS and items[j].word not in AUXILIARIES
            and items[j].word not in PRONOUN_SUBJECTS and items[j + 1].quote is None
            and (items[j + 1].word in ("the", "a", "that") or items[j + 1].word in PRONOUN_SUBJECTS)
        ):
            k = j + 1  # "told dpa the union had been left with no choice": a hearer in lower case
        v = k  # (over a name's particles: "told NPR Hamza bin Laden had ...")
        while v < min(hi, k + 3) and items[v].quote is None and (items[v].word in NAME_PARTICLES or items[v].is_cap):
            v += 1
        if k > j + 1 and v < hi and items[v].quote is None and (
            items[v].word in FINITE_AUXILIARIES or _past_form(items[v].word) and not items[v].capital
        ):  # "told CNN Trump was lying", "told Fox News Hillary Clinton had lied": the medium, then the subject
            k = _medium_end(items, j, k)
        if j < k < hi and items[k - 1].is_cap and items[k].quote is None and items[k].word.isalpha() and (
            not items[k].capital and items[k].word not in FUNCTION_WORDS and items[k].word not in AUXILIARIES
        ):  # "told Brussels-based media network EURACTIV safety procedures had ...": the hearer's noun and name
            m = k
            while m < min(hi, k + 3) and items[m].quote is None and items[m].word in MEDIA_NOUNS:
                m += 1  # (not "told CNN bin Laden had ...": a name's particle)
            n = m
            while n < hi and items[n].quote is None and items[n].is_cap:
                n += 1
            if n > m and n < hi and items[n].quote is None and items[n].word not in ",.;:" and (
                not items[n].capital
            ):
                k = n
        if j < k < hi and items[k - 1].word in DETERMINERS or k > j + 1 and items[k - 1].word[:1].isalpha() and (
            items[k - 2].word in DETERMINERS
        ):
            # "told a regular briefing that", "told a news conference in Ankara that": a lower-case hearer noun
            m = k
            while m < min(hi, k + 3) and items[m].quote is None and items[m].word[:1].isalpha() and (
                not items[m].capital and items[m].word not in FUNCTION_WORDS and items[m].word not in AUXILIARIES
                and items[m].word not in DETERMINERS and items[m].word not in PRONOUN_SUBJECTS
            ):
                m += 1
            if m > k and m < hi and items[m].quote is None and items[m].word in PREPOSITIONS - {"to", "with"}:
                n = m  # "in Ankara", "on the primary battle's final campaign day"
                while n < min(hi, m + MAX_ADVERBIAL_TOKENS) and items[n].quote is None and (
                    items[n].word not in ("that", ";", ":")
                ):
                    n += 1
                m = n
            if m > k and m < hi and items[m].quote is None and items[m].word == "that":
                k = m
            elif m > k and m < hi and (
                items[m].quote is not None or items[m].is_cap or items[m].word in PRONOUN_SUBJECTS
                or items[m].word in ("the", "a", "an")
            ):
                k = m  # "told a Senate panel the plan was bad": the hearer's noun, then the clause
            elif items[k - 1].word in DETERMINERS:
                k -= 1  # "told the woman to raise her voice": the object with its determiner is the content
        t = k  # (over a lower-case noun of the hearer and a "not": "asked U.S. citizens not to approach")
        while t < min(hi, k + 2) and items[t].quote is None and items[t].word.isalpha() and not items[t].capital and (
            items[t].word not in FUNCTION_WORDS and items[t].word not in AUXILIARIES and k > j
        ):
            t += 1
        if t < hi and items[t].quote is None and items[t].word == "not":
            t += 1
        if j < k <= t < hi - 1 and items[t].quote is None and items[t].word == "to" and items[t + 1].quote is None and (
            items[t + 1].word.isalpha() and not items[t + 1].capital
        ):
            k = j  # "asked the judge to block the rules", "told Smith to leave": a request, hearer included
        j = k
    # adverbials up to "that": "said on ABC that", "told CNN in an interview that"
    k = j
    # "in a Sun op-ed that", "for the first time that", "without any evidence that"
    free = j < hi and items[j].quote is None and (items[j].word in PREPOSITIONS or items[j].word in FREE_OPENERS)
    # (a prepositional phrase may name an occasion at length: "in her State of the Union address on Tuesday
    # night that")
    occasion = cue.cls in ("speech", "tell") and j < hi and items[j].quote is None and (
        items[j].word in OCCASION_PREPOSITIONS)
    reach = MAX_ADVERBIAL_TOKENS + (MAX_OCCASION_EXTRA if occasion else 0)
    while k < hi and k - j < reach and (items[k].quote is None or _programme_title(items, k)) and (
        items[k].word not in ("that", ":")
    ) and (
        items[k].quote is not None or items[k].word in ADVERBIAL_WORDS or items[k].is_cap
        or items[k].word in DETERMINERS or free and items[k].word[:1].isalnum()
        or k == j and _manner_adverb(items[k])  # "said privately that"
        or items[k].word in ("'", "\u2019") and k > j and items[k - 1].word.endswith("s")  # "to Sanders' office"
        or items[k].word.isdigit() or items[k].word == "." and k > j and items[k - 1].capital  # "on Dec. 7 that"
        or items[k].word in ("and", "&") and k > 0 and items[k - 1].is_cap and k + 1 < hi and items[k + 1].is_cap
        or items[k].word == "," and k > j and (items[k - 1].capital or items[k - 1].word.isdigit()) and k + 1 < hi and (
            items[k + 1].quote is None and (items[k + 1].capital or items[k + 1].word.isdigit() or (
                items[k + 1].word == "that")))  # ("said on Tuesday, May 13, that")
        or _month(items, k)
    ):  # ("told the Post and Courier newspaper on Saturday that")
        k += 1
    if k < hi and items[k].quote is None and items[k].word == "that":
        j = k  # PolNeAR's content opens with the complementiser: "said that CONTENT"
    elif k < hi and k > j and items[k].word == ":" and k + 1 < hi and items[k + 1].quote is not None:
        j = k + 1  # 'said in his formal statement: "..."'
    elif (cue.cls == "tell" or cue.cls in ("speech", "belief") and _adverbial_opens(items, j, hi, cue)) and (
        that := _that_after_hearer(items, j, hi)
    ) is not None:
        j = that  # "is telling customers at a popular Manchester, New Hampshire, breakfast spot that ..."
    elif j < hi and items[j].quote is None and items[j].word in ("in", "on", "at", "during") and (
        cue.cls in ("speech", "tell", "belief") and (subject := _pronoun_clause_after(items, j, hi)) is not None
    ):
        j = subject  # "said in an interview with Rolling Stone he was open to ..."
    elif (cue.cls == "tell" or cue.lemma in HEARER_SPEECH_LEMMAS) and (
        subject := _subject_after_hearer(items, j, hi)
    ) is not None:
        j = subject  # "warned the manager of opposition business he was 'on his last warning'"
    elif cue.cls != "object":
        j = _after_time_phrase(items, j, hi)  # "said Tuesday his actions were legal": the time is not said
    j = _after_citing_aside(items, j, hi)  # "reported, citing officials, that ..."
    start = _trim_start(items, j, hi)
    # a clause ends at a semicolon; the object of an "object" cue ("endorsed Trump, saying ...") at a comma
    stops = (";",) if cue.cls != "object" else OBJECT_STOPS
    end = next((t for t in range(start + 1, hi) if items[t].quote is None and items[t].word in stops
                and (not _object_goes_on(items, t, hi, cue) or items[t].word == "," and _attribution_follows(
                    items, t + 1, hi, lex))), hi)  # ("confirmed the virus in samples, the health minister said")
    # the object may be a name with an appositive: "accused Cruz, the senator from Texas, of being ...",
    # "called Clinton, his Democratic challenger, an ISIS "co-founder"" (its commas do not end the content)
    inside = _object_appositive(items, start, hi) if cue.cls in ("object", "naming") else None
    if inside is not None and cue.cls == "object":
        end = next((t for t in range(inside[1] + 1, hi) if items[t].quote is None and items[t].word in stops), hi)
    last_quote = max((t for t in range(start, hi) if items[t].quote is not None), default=-1)
    lead_end = _clause_lead_end(items, start, hi)
    # the cue inside an aside after its subject ("Mr. Biden, recalling X, described ...", "Roffman, who
    # estimates that X, described ..."): the subject's own verb after the aside's comma ends the report
    a = b - len(cue.words)
    comma = a - 1 if a > 1 and items[a - 1].quote is None and items[a - 1].word == "," and (
        cue.words[0].endswith("ing")) else a - 2 if a > 2 and items[a - 1].quote is None and (
        items[a - 1].word == "who" and items[a - 2].quote is None and items[a - 2].word == ",") else None
    # (a relative clause's cue anywhere: "..., who thinks the administration made a power grab, called ...")
    aside = comma is not None and (items[a - 1].word in ("who", "which") or _subject_before_aside(items, comma))
    # a participial cue after a comma starts a new attribution ("..., adding that ..."), and so does a
    # closing attribution ("..., the Times reported") or the main verb after a relative clause
    for t in range(start, min(end, hi - 1)):
        if inside is not None and inside[0] <= t <= inside[1]:
            continue
        if opening and items[t].quote is not None and items[t].quote.comma_end and _main_clause_follows(items, t + 1):
            end = t + 1  # 'Though she conceded that she\'s "not a natural politician," Clinton had a good night'
            break
        if aside and t > start and _ends_clause(items[t]) and _verb_after_aside(items, t + 1, hi, lex) and (
            items[start].word != "that" or _has_verb(items, start, t)
        ):  # (a "that" clause ends only once it has its verb: "that Mr. Jager, under fire for ..., would")
            end = t + (items[t].quote is not None)
            break
        if t > start and items[t].quote is None and items[t].word == ",":
            if t == lead_end:
                continue  # 'reported that during Obama's visit, Erdogan reiterated ...': the clause goes on
            if opening and (_main_clause_follows(items, t + 1) or _bare_plural_subject(items, t + 1, hi) or (
                cue.cls == "speech" and items[t + 1].quote is None and items[t + 1].word not in ("and", "or")
                and not items[t - 1].word.isdigit() and _has_verb(items, start, t)
            )):  # ("While she said her decision was a mistake, at the town hall this week she ...")
                end = t  # ("Though party sources said the push was impossible, protesting delegates made ...")
                break
            m = _match_cue(items, t + 1, lex)
            if m is not None and m[0].words[-1].endswith("ing") and m[0].cls in PARTICIPLE_CLASSES:
                end = t
                break
            if _connective_opens(items, t + 1, hi) and last_quote <= t:
                end = t  # "denied all claims that Khashoggi was slain, however, a UN report concluded ..."
                break
            # a participle after a plain report goes on with it ("it was a temporary dip, reflecting ..."), as
            # PolNeAR's contents do; after a quotation it is the writer's aside
            if _attribution_follows(items, t + 1, hi, lex) or _comment_follows(
                items, t + 1, participles=0 <= last_quote < t and not _lower_list_goes_on(items, t + 1, hi)
            ) and not (cue.cls in ("speech", "tell", "belief") and _subject_only(items, start, t)) and not (
                cue.cls in ("speech", "tell") and _relative_then_predicate(items, t, hi)
            ) and not (
                cue.lemma in CLAUSE_ONLY_LEMMAS and _bare_noun_phrase(items, start, t)
            ) and not _quoted_relative(items, t + 1, hi, lex):
                # ("said the decision, which struck down ..., illustrates ...": "said" needs a clause; 'said it
                # welcomed the ruling, which "sends a clear message"': the quoted relative clause is the speaker's)
                end = t
                break
            if cue.cls != "object" and _subjectless_predicate(items, t + 1, hi, first_comma=not any(
                items[k].quote is None and items[k].word == "," for k in range(start, t)
            )) and (_has_verb(items, start, t) or cue.cls == "naming" and items[t + 1].word == "and"):
                end = t  # 'insists the GOP must be a party of ideas, and has championed an agenda ...': the
                break  # speaker's own next predicate (or the main verb after a relative clause), not the report
            nxt = items[t + 1]
            if cue.cls in ("speech", "tell") and nxt.quote is None and nxt.word == "and" and last_quote <= t and (
                _past_cue(cue) and _has_verb(items, start, t) and _new_subject_clause(items, t + 2, hi)
            ):  # "said we need to reform the tax system, and both sides actually aren't that far apart"
                end = t
                break
            if nxt.quote is None and nxt.word == "as" and t + 3 < hi and items[t + 3].word == "by" and (
                items[t + 2].word in ("quoted", "reported")
            ):  # '"...", as quoted by Greek Reporter': the channel, not the speaker's words
                end = t
                break
            if nxt.quote is None and nxt.word == "as" and not nxt.capital and (
                _attribution_follows(items, t + 2, hi, lex) or _has_verb(items, start, t) and _past_cue(cue)
                and last_quote <= t and t + 2 < hi and items[t + 2].word in DETERMINERS
                and _new_subject_clause(items, t + 2, hi, True)
            ):  # "said the government would not flinch, as ministers said the cuts were necessary" (the
                end = t  # writer's second report) or ", as the state braces for ...": the writer's present
                break
            if 0 <= last_quote < t and cue.cls != "object" and _has_verb(items, start, t) and (
                _circumstance_follows(items, t + 1, hi)
            ):  # 'said Pakistan would respond "with full force" to any violation, hours after an exchange of fire
                end = t  # ...', '..., as the worst border fighting in a decade entered its second day': after the
                break  # quoted fragment's clause, the writer dates or places the report
            if cue.cls != "object" and nxt.quote is None and nxt.word in CONTRASTS and (
                nxt.word != "but" or last_quote <= t
            ) and not (t + 2 < hi and items[t + 2].quote is None and items[t + 2].word == "that") and not (
                nxt.word == "but" and _past_cue(cue) and _backshifted_clause(items, t + 2, hi, lex)
            ):
                # "said X, while Y" / "said X, but Y": the writer's contrast is no longer the report (a
                # quotation after "but" often goes on with the speaker's words, and "but that" with the
                # same report, as does a clause in the past perfect after a past cue: 'said the suspect had
                # not cooperated, but traces of blood had been found on clothes seized': keep those)
                end = t
                break
        elif t > start and items[t].quote is None and items[t].word == "as" and not items[t].capital and (
            _past_cue(cue) and last_quote <= t and _has_verb(items, start, t) and t + 1 < hi
            and items[t + 1].quote is None and items[t + 1].word in ("he", "she", "they", "it")
            and _new_subject_clause(items, t + 1, hi, True)
        ):
            end = t  # 'insisted there will be "no return to austerity" as she prepares to set out ...': the
            break  # writer's present, without a comma
        elif t > start and items[t].quote is None and items[t].word in ("and", "but") and _second_report(
            items, t + 1, hi, lex
        ):
            end = t  # "agreed the book may have contained classified materials but ruled that ...": the
            break  # speaker's second report
        elif cue.cls == "object" and t > start and items[t].quote is None and items[t].word in SUBORDINATORS and (
            not items[t].capital and items[t + 1].quote is None and items[t + 1].word in PRONOUN_SUBJECTS
        ):  # (not in a title-case headline: "Calls For More Refugees As He Recognizes ...")
            end = t  # 'talking about defense commitments when he told Chris Wallace, "..."': a new clause
            break
        elif cue.cls == "object" and t > start and items[t].quote is None and items[t].word in ("and", "but") and (
            items[t + 1].quote is None and items[t + 1].word.endswith("ed") and not items[t + 1].capital
        ):
            end = t  # 'praised the ruling and returned to Vermont': a second predicate, not the object
            break
        elif cue.cls in ("object", "speech") and t > start and items[t].quote is None and items[t].word in (
            "and", "but"
        ) and (
            _second_verb(items[t + 1]) and _noun_phrase_only(items, start, t)
            and not _modified_subject(items, t + 1, hi)
        ):
            end = t  # 'claimed self-defense and was acquitted', 'denied the charges and counter-accused her'
            break
        elif cue.cls == "naming" and t > start and items[t].quote is None and items[t].word in ("and", "but") and (
            _second_verb(items[t + 1]) and not _has_verb(items, start, t) and not _modified_subject(items, t + 1, hi)
        ):
            end = t  # 'called Biden a "decent man" but did not offer an endorsement': the naming ends
            break
        elif (t > start or items[start].quote is not None) and items[t].quote is None and (
            items[t].word in CLAUSE_LINKS
        ) and not (  # ("said that while he supported lower costs, the program ...": a subordinate clause opens it)
            items[t].word in ("while", "before", "after") and items[t - 1].quote is None and items[t - 1].word == "that"
        ) and (
            _cue_within(items, t + 1, hi, lex)
        ) and not _paired_subject(items, start, t) and not (
            _past_cue(cue) and _present_s(items[t + 1]) and items[t + 1].word not in PRESENT_REPORTS
            and _match_cue(items, t + 1, lex) is not None
        ) and not (
            _past_cue(cue) and cue.words[0] not in PERFECT and items[t].word == "and" and items[t + 1].quote is None
            and items[t + 1].word in ("had", "would") and _has_verb(items, start, t)
        ):  # ("said China supports ... and calls on the parties to ...": the reported subject's present predicate;
            # 'told the court his client was "deeply remorseful" and had offered to repay ...', 'said it was
            # "deeply disappointed" and would ask for a re-examination': backshifted, the reported subject's
            # second predicate)
            end = t  # 'says she respects him but argues that ...': a second report by the same speaker (not
            break  # "said that Smith and Jones had agreed to meet": a subject of two names)
        elif items[t].quote is not None and items[t].quote.comma_end and not _quoted_list_goes_on(
            items, t + 1, hi
        ) and (_comment_follows(items, t + 1) or _writer_clause_follows(items, t + 1, hi)):
            end = t + 1  # 'she was "going to put miners out of business," while trying to explain ...'
            break
        elif items[t].quote is not None and _attribution_follows(items, t + 1, hi, lex):
            end = t + 1  # '"...," the Times reported': the comma is inside the quote
            break
        elif t > start and items[t].quote is None and items[t].word == ":" and items[t + 1].quote is not None and (
            items[t + 1].quote.comma_end and _attribution_follows(items, t + 2, hi, lex)
        ):
            end = t  # 'noted the need to act: "All countries must ...," said Tedros': the quotation is his
            break
        elif t > start and items[t].quote is None and items[t].word == "as" and items[t + 1].quote is None and (
            items[t + 1].word in ("did", "does", "do", "had", "has", "have", "would", "will")
        ):
            end = t  # 'denied the story, as did John Bolton': a comparison the writer adds
            break
        elif cue.cls == "object" and t > start and items[t].quote is None and items[t].word == "and" and (
            _second_verb(items[t + 1]) or _past_form(items[t + 1].word)
        ) and any(items[k].quote is None and items[k].word == "to" for k in range(start, t)):
            end = t  # 'urged the embassy to reconsider and spoke with Pompeo': the speaker's next act
            break
        elif cue.cls == "object" and items[t].quote is not None and items[t].quote.comma_end and (
            not _quoted_list_goes_on(items, t + 1, hi)
        ):
            end = t + 1  # 'defended "New York values," saying ...': the object ends with the quote
            break
    end = _end_at_last_quote(items, start, end, cue)
    end = _trim_end(items, start, end)
    if start < end and items[start].quote is None and items[start].word == "that":
        inner = _trim_start(items, start + 1, end)
        if _kind(items, inner, end) != "indirect" and (items[inner].quote is not None or (
            items[inner].word not in BAD_CONTENT_START
        )):  # 'said that "..."': quoted content starts after the complementiser (not 'that by refusing ...')
            start = inner
    return start, end


# Words (besides PREPOSITIONS) that open an adverbial between a cue and its "that" ("for the first time",
# "without any evidence", "outside court").
FREE_OPENERS = frozenset("for without outside inside under".split())  # ("conceded under cross-examination that")


def _quoted_list_goes_on(items: list[Item], k: int, hi: int) -> bool:
    """After a quotation closed by a comma, another quoted item of a list: 'to build a "BRICS of peace," a
    "BRICS of innovation" and a "BRICS of openness"', 'called it "bold," "fair" and "overdue"'."""
    if k < hi and items[k].quote is not None:
        return True
    return k + 1 < hi and items[k].word in ("a", "an", "the") and items[k + 1].quote is not None


def _after_citing_aside(items: list[Item], j: int, hi: int) -> int:
    """Past an aside naming the report's sources between commas ("reported, citing officials, that ..."),
    when a "that" follows it; else ``j``."""
    if not (j + 2 < hi and items[j].quote is None and items[j].word == "," and items[j + 1].word in CITING):
        return j
    for k in range(j + 2, min(hi - 1, j + 2 + MAX_NP_TOKENS)):
        if items[k].quote is not None:
            return j
        if items[k].word == ",":
            return k + 1 if items[k + 1].quote is None and items[k + 1].word == "that" else j
    return j


CITING = frozenset("citing quoting".split())


def _second_report(items: list[Item], k: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """Does a past-tense cue with its "that" open at ``k`` ("... but ruled that", "... and added that")?"""
    m = _match_cue(items, k, lex) if k < hi else None
    return m is not None and _past_form(m[0].words[-1]) and m[1] < hi and items[m[1]].quote is None and (
        items[m[1]].word == "that"
    )


def _subjectless_predicate(items: list[Item], j: int, hi: int, first_comma: bool = True) -> bool:
    """After a comma: a finite predicate with no subject of its own (", and has championed ...", ", issued a
    statement ...", ", and who has been hoping ..."): it goes on from the subject of the cue. Without "and"
    only at the content's first comma: after an inserted phrase the verb goes on ("had, in his view,
    reduced the risk")."""
    joined = j < hi and items[j].quote is None and items[j].word == "and"
    if joined:
        j += 1
        if j < hi and items[j].quote is None and items[j].word in ("who", "which"):
            return True
        if j + 2 < hi and items[j].quote is None and items[j].word in PREPOSITIONS and items[j + 1].quote is None and (
            items[j + 1].is_cap and not items[j + 2].capital  # ", and on Twitter referred to the vote as ..."
        ):
            j += 2
    elif not first_comma:
        return False
    if j + 1 >= hi or items[j].quote is not None or items[j + 1].quote is not None or items[j].capital:
        return False
    w, nxt = items[j].word, items[j + 1]
    if w in NAMING_APPOSITIVES and nxt.is_cap:
        k = next((k for k in range(j + 1, hi) if not items[k].is_cap or items[k].quote is not None), hi)
        if k < hi and items[k].quote is None and items[k].word == ",":
            return False  # "the combined exercise, dubbed Freedom Flag, will run ...": the name the report gives it
    if w in ("has", "have", "had"):
        return nxt.word == "been" or nxt.word.endswith("ed") and not nxt.capital
    return w.endswith("ed") and w.isalpha() and len(w) > 4 and (
        nxt.word in DETERMINERS and nxt.word not in ("this", "these", "those", "some")
        or nxt.word in ("him", "her", "them") or nxt.is_cap and _name_ends_phrase(items, j + 1, hi)
        or joined and nxt.word in ("to", "on") and j + 2 < hi and items[j + 2].quote is None
        and items[j + 2].word in DETERMINERS
    )  # (", criticized Clinton on two fronts", ", and referred to the vote as"; not ", unredacted Bash email")


# Participles that give a name in an appositive ("the exercise, dubbed Freedom Flag, will run").
NAMING_APPOSITIVES = frozenset("dubbed nicknamed codenamed named called titled".split())


def _name_ends_phrase(items: list[Item], k: int, hi: int) -> bool:
    """Is the capitalised run at ``k`` a whole noun phrase (an object), not a modifier of a lower-case noun?"""
    while k < hi and items[k].quote is None and items[k].is_cap:
        k += 1
    return k >= hi or items[k].quote is not None or not items[k].word.isalpha() or items[k].word in FUNCTION_WORDS or (
        items[k].word in PREPOSITIONS
    )


def _pronoun_clause_after(items: list[Item], j: int, hi: int) -> int | None:
    """Position of a pronoun subject that opens the reported clause after a prepositional phrase ("in an
    interview with Rolling Stone | he was open ..."), or None."""
    for k in range(j + 1, min(hi - 1, j + MAX_ADVERBIAL_TOKENS)):
        it = items[k]
        if it.quote is not None or it.word in ",;:" or it.word in ("which", "whom", "that", "who"):
            return None  # ("in which he called ...": a relative clause, not the report)
        if it.word == "i" or it.word in ("he", "she", "they", "we") and not it.capital or (
            it.word == "it" and not it.capital and items[k - 1].word in OCCASION_NOUNS
        ):  # ("said in a statement it "strongly condemned" the attack": a body's "it")
            prev = items[k - 1]
            if not (prev.capital or prev.word in TIME_WORDS or _month(items, k - 1) or prev.word.isdigit()
                    or prev.word in OCCASION_NOUNS):
                return None  # "on the message he felt ...": a relative clause without "that"
            nxt = items[k + 1]
            return k if nxt.quote is not None or nxt.word[:1].isalpha() and nxt.word not in ("and", "or") else None
        if k > j + 2 and it.word in ("the", "his", "her", "their", "its") and not it.capital and (
            items[k - 1].word in TIME_WORDS or items[k - 1].word in OCCASION_NOUNS
        ):  # "said at a press conference yesterday morning the gun laws should be changed"
            v = next((t for t in range(k + 2, min(hi, k + 6)) if items[t].quote is not None
                      or not items[t].word[:1].isalnum() or items[t].word in FINITE_AUXILIARIES), None)
            return k if v is not None and items[v].quote is None and items[v].word in FINITE_AUXILIARIES else None
    return None


def _subject_after_hearer(items: list[Item], j: int, hi: int) -> int | None:
    """Position of a pronoun subject and its verb after a hearer of a determiner, lower-case nouns and a
    phrase of "of" or "for" ("warned the manager of opposition business | he was ...", "told the member for
    Fadden | he was ..."), or None."""
    if j >= hi or items[j].quote is not None or items[j].word not in DETERMINERS:
        return None
    for k in range(j + 1, min(hi - 1, j + MAX_HEARER_PHRASE_TOKENS)):
        it = items[k]
        if it.quote is not None or it.word in ",;:" or it.word in HEARER_PHRASE_STOPS:
            return None
        if it.word in ("he", "she", "they", "we") and not it.capital or it.word == "i":
            nxt = items[k + 1]
            return k if k > j + 1 and nxt.quote is None and (
                nxt.word in FINITE_AUXILIARIES or nxt.word.endswith(("n't", "n\u2019t"))
            ) else None  # (an auxiliary: "the people she loved" is a relative clause)
        if it.word in AUXILIARIES or it.word in PRONOUN_SUBJECTS:
            return None
    return None


# Words that end a hearer phrase without a clause of its own after it ("told the people who ...", "warned the
# crowd to ...").
HEARER_PHRASE_STOPS = frozenset("that who whom which where when to not if whether".split())


def _has_verb(items: list[Item], a: int, b: int) -> bool:
    """Does items[a:b] hold a finite verb, so that it is a whole clause ("the plan would fail"), not a subject
    with an inserted phrase ("that Donald J. Trump, even as a candidate, had ...")?"""
    return any(items[k].word in FINITE_AUXILIARIES or not items[k].capital and items[k].word.endswith("ed") and (
        items[k].word.isalpha() and len(items[k].word) > 3) or items[k].word.endswith(NEGATED_AUXILIARY_ENDINGS)
        for k in range(a + 1, b) if items[k].quote is None)  # ("the protest wouldn't change any votes")


NEGATED_AUXILIARY_ENDINGS = ("n't", "n\u2019t")




def _second_verb(it: Item) -> bool:
    """A finite verb that may open a second predicate after "and": an auxiliary or a past form."""
    w = it.word
    return it.quote is None and not it.capital and (
        w in SECOND_PREDICATE_OPENERS or w.endswith("ed") and w.replace("-", "").isalpha() and len(w) > 3
    )


def _modified_subject(items: list[Item], k: int, hi: int) -> bool:
    """Is the past form at ``k`` an adjective before the noun of a coordinated subject ("said the heat and
    unsettled weather could last"): a lower-case noun, then a finite auxiliary?"""
    return k + 2 < hi and items[k].word not in SECOND_PREDICATE_OPENERS and all(
        items[m].quote is None for m in (k + 1, k + 2)
    ) and items[k + 1].word.isalpha() and not items[k + 1].capital and items[k + 1].word not in FUNCTION_WORDS and (
        items[k + 1].word not in DETERMINERS and items[k + 1].word not in PRONOUN_SUBJECTS
    ) and items[k + 2].word in FINITE_AUXILIARIES


SECOND_PREDICATE_OPENERS = frozenset(
    "is was are were has have had will would did does can could may might then later also subsequently".split()
)


MAX_OBJECT_NP_TOKENS = 6


def _paired_subject(items: list[Item], start: int, t: int) -> bool:
    """Is items[start:t] the first half of a reported clause's subject of two, after "that" or "both" ("that
    Smith", "that both Bangkok", "both Moscow"), so that "and" at ``t`` joins the second, not a new report?"""
    k = start
    opener = k < t and items[k].quote is None and items[k].word == "that"
    k += opener
    if k < t and items[k].quote is None and items[k].word == "both":
        opener, k = True, k + 1
    return opener and k < t and _noun_phrase_only(items, k, t)


def _noun_phrase_only(items: list[Item], start: int, t: int) -> bool:
    """Is items[start:t] a short noun phrase ("the charges", "self-defense", "Mr. Trump"), no clause?"""
    if t - start > MAX_OBJECT_NP_TOKENS:
        return False
    for k in range(start, t):
        it = items[k]
        w = it.word
        if it.quote is not None or w in AUXILIARIES or w in PRONOUN_SUBJECTS or w in FUNCTION_WORDS and (
            w not in DETERMINERS
        ) or not it.capital and w.endswith(("ed", "ing")) and k > start or w in ",;:":
            return False
    return True


def _clause_lead_end(items: list[Item], start: int, hi: int) -> int:
    """The comma that closes an adverbial opening a "that" clause ("that during Obama's visit, ...", "that
    in 2004, ..."), or -1. Before it the clause has no subject yet, so it cannot end there."""
    if start + 2 >= hi or items[start].quote is not None or items[start].word != "that":
        return -1
    lead = items[start + 1]
    if lead.quote is None and lead.word == "," and start + 3 < hi:
        lead = items[start + 2]  # "say that, even if they thought it was appropriate, a recount ..."
        start += 1
    if lead.quote is not None or not (lead.word in PREPOSITIONS or lead.word in SUBORDINATORS or lead.word == "even"):
        return -1
    comma = next((k for k in range(start + 2, min(hi, start + 2 + MAX_CLAUSE_LEAD_TOKENS))
                  if items[k].quote is not None or items[k].word in ",;:"), -1)
    return comma if comma > 0 and items[comma].quote is None and items[comma].word == "," else -1


MAX_CLAUSE_LEAD_TOKENS = 15


def _object_appositive(items: list[Item], start: int, hi: int) -> tuple[int, int] | None:
    """The two commas around an appositive right after the name that opens an object ("Cruz, the senator
    from Texas and winner of the Iowa caucuses,"), when words follow it; else ``None``."""
    k = start
    while k < hi and k - start < MAX_NP_TOKENS and items[k].quote is None and items[k].is_cap:
        k += 1
    described = k == start and start < hi and items[start].quote is None and items[start].word in DETERMINERS
    if described:  # "accused the North's leader, Kim Jong Un, of ...": a described person, then the name
        while k < hi and k - start < MAX_NP_TOKENS and items[k].quote is None and (
            items[k].word[:1].isalnum() or items[k].word in ("'s", "\u2019s")
        ) and items[k].word not in AUXILIARIES and items[k].word not in CONJUNCTIONS:
            k += 1
    if k == start or k >= hi or items[k].quote is not None or items[k].word != ",":
        return None
    c2 = next((j for j in range(k + 1, min(hi, k + 1 + MAX_APPOSITIVE_TOKENS)) if items[j].quote is None and (
        items[j].word in ",;:.")), None)
    if c2 is None or items[c2].word != "," or c2 + 1 >= hi or not (
        _bare_name(items, k + 1, c2) if described else _is_appositive(items, k + 1, c2)
    ):
        return None
    return k, c2


def _is_time_filler(word: str) -> bool:
    """A word that may stand before the noun of a span of time ("for the past two weeks")."""
    return word.isdigit() or word in ("the", "past", "last", "recent", "several", "many", "few", "a", "two", "three")


# Words that open a counted subject ("nearly 1,500 schools", "more than 200 people", "about half").
COUNTED_SUBJECT_OPENERS = frozenset("nearly almost about around roughly more fewer less".split())


def _after_time_phrase(items: list[Item], j: int, hi: int) -> int:
    """Position after a time phrase at ``j`` ("Tuesday", "on Monday", "earlier this week") when a clause
    follows it (a pronoun, a determiner, a name or a quote), else ``j``."""
    k = j
    if k < hi and items[k].quote is None and items[k].word in ("for", "in"):
        # "for weeks", "for the past two years", "in recent days"
        m = next((t for t in range(k + 1, min(hi, k + 6)) if items[t].quote is None and items[t].word in PERIOD_NOUNS),
                 None)
        if m is not None and all(items[t].quote is None and _is_time_filler(items[t].word) for t in range(k + 1, m)):
            k = m + 1
    while k < hi and items[k].quote is None and items[k].word in TIME_WORDS:
        k += 1
    if k == j or k >= hi or k - j > MAX_ADVERBIAL_TOKENS or items[k - 1].word in ("on", "this", "last", "next"):
        return j
    nxt = items[k]
    if nxt.quote is not None or nxt.is_cap or nxt.word in PRONOUN_SUBJECTS or nxt.word in DETERMINERS or (
        _contracted_pronoun(nxt.word) or nxt.word.replace(",", "").isdigit() or nxt.word in COUNTED_SUBJECT_OPENERS
        and k + 1 < hi and items[k + 1].quote is None and (
            items[k + 1].word.replace(",", "").isdigit() or items[k + 1].word in ("than", "half"))
    ):
        return k  # "has said for weeks he's the only candidate", "said Monday nearly 1,500 schools remained closed"
    if nxt.word == "," and k + 1 < hi and items[k + 1].quote is None and not items[k + 1].capital:
        return k + 1  # "The plan, he said on Monday, would fail" (not "posted Friday, Cruz said ...")
    return j


MAX_SUBJECT_WORDS = 6


def _subject_only(items: list[Item], start: int, t: int) -> bool:
    """Is items[start:t] ("that the New York billionaire") only the subject of the reported clause, so that
    a relative clause after it (", who is now the nominee,") is inside the report, not the writer's?"""
    if items[start].quote is not None:
        return False
    if items[start].word != "that":
        # a name as the subject: "said Trump, despite his wealth, is better positioned" (an object,
        # "acknowledges the reality of climate change, which ...", ends at the comma)
        return t - start <= MAX_SUBJECT_WORDS and all(
            items[j].quote is None and items[j].is_cap for j in range(start, t)
        )
    words = [items[j] for j in range(start + 1, t)]
    if not words:
        return t == start + 1  # "say that, even if they thought it was appropriate, a recount ..."
    if len(words) > MAX_SUBJECT_WORDS or any(it.quote is not None for it in words):
        return False
    return not any(it.word in AUXILIARIES or it.word in PRONOUN_SUBJECTS or (
        not it.capital and it.word.endswith(("ed", "es")) and len(it.word) > 4) for it in words)


# Reporting verbs that take a clause, never a bare noun phrase ("said the decision" is not a content).
CLAUSE_ONLY_LEMMAS = frozenset("say tell think believe argue insist predict add".split())


def _bare_noun_phrase(items: list[Item], start: int, t: int) -> bool:
    """Is items[start:t] a short noun phrase opened by a determiner, with no verb ("the decision", "the new
    rule on overtime")?"""
    if t - start > MAX_SUBJECT_WORDS or items[start].quote is not None or items[start].word not in DETERMINERS:
        return False
    return not _has_verb(items, start, t) and all(items[k].quote is None for k in range(start, t))


MAX_RELATIVE_TOKENS = 25


def _relative_then_predicate(items: list[Item], t: int, hi: int) -> bool:
    """Is the comma at ``t`` the start of a relative clause set inside the report's subject, its predicate
    after the closing comma ("announced the debate, which was slated for October 15, has been cancelled")?"""
    if t + 1 >= hi or items[t + 1].quote is not None or items[t + 1].word not in ("which", "who"):
        return False
    for u in range(t + 2, min(hi - 1, t + MAX_RELATIVE_TOKENS)):
        if items[u].quote is not None or items[u].word in (";", ":", "(", "\u2014"):
            return False
        if items[u].word == ",":
            nxt = items[u + 1]
            return nxt.quote is None and nxt.word in FINITE_AUXILIARIES or nxt.quote is not None and not (
                nxt.quote.titled or nxt.quote.comma_end or nxt.quote.open_end
            )  # ('the funding formula, which has not been released, "will not cover ..."': a quoted predicate)
    return False


def _quoted_relative(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """A relative clause at ``j`` ("which ...") that quotes the speaker before the sentence ends, without a
    report of its own ('which he called "a cartel"', 'who wondered if "..."')."""
    if j + 1 >= hi or items[j].quote is not None or items[j].word not in ("which", "who"):
        return False
    for k in range(j + 1, hi):
        if items[k].quote is not None:
            return True
        if items[k].word in ",;:." or items[k].word in PRONOUN_SUBJECTS or _match_cue(items, k, lex) is not None:
            return False
    return False


def _comment_follows(items: list[Item], j: int, participles: bool = True) -> bool:
    """After a comma: a participle, an "a/an ..." comment or a non-restrictive clause ("which ...",
    "even though ...") added by the writer, not part of what was said (as PolNeAR's contents end)."""
    if j >= len(items) or items[j].quote is not None:
        return False
    w = items[j].word
    nxt = items[j + 1].word if j + 1 < len(items) and items[j + 1].quote is None else ""
    if w in ("after", "before", "following") and nxt == "which" or w == "in" and nxt == "what":
        return True  # ", after which Opposition members staged a walkout", ", in what it called ...": the writer's
    if w == "in" and nxt in ("a", "an") and _occasion_noun_within(items, j + 2):
        return True  # 'said they were "deeply concerned", in a communique that also ...', ', in a televised address
        # to the nation', ', in a lengthy joint statement signed ...': the medium or the occasion
    if w in ("a", "an") and (_appositive_then_coordinate(items, j) or _last_of_a_list(items, j)):
        return False  # "was holding 58,000 people, a record, and spending ...": the clause goes on after it;
        # "to pay for housing, a new water treatment plant and post-secondary education": a list
    return (w in ("a", "an") or w in WRITER_CLAUSES
            or (participles and w.endswith("ing") and w.isalpha() and not items[j].capital and len(w) > 5
                and w not in ("including", "according")))  # ('"...," in America, including how ...')


def _last_of_a_list(items: list[Item], j: int) -> bool:
    """Do the words from the "a/an" at ``j`` close a list with "and" before the sentence ends, with no verb
    or comma of their own ("housing, a new water treatment plant and post-secondary education.")?"""
    listed = False
    for k in range(j + 1, len(items)):
        it = items[k]
        if it.quote is not None or it.word in ",;:()":
            return False
        if it.word in SENTENCE_END:
            return listed
        if it.word == "and":
            listed = True
        elif it.word in AUXILIARIES or it.word in VERB_WORDS or it.word.endswith("ed") or it.word in RELATIVES:
            return False
    return listed


def _appositive_then_coordinate(items: list[Item], j: int) -> bool:
    """Is the "a/an" phrase at ``j`` a short appositive closed by a comma and followed by "and" or "but", or by
    the finite verb of the clause it sits in, so that the reported clause goes on after it ("holding 58,000
    people, a record, and spending ...", "two of the injured, a man and a woman, were in a critical ...")?"""
    for k in range(j + 1, min(len(items) - 1, j + MAX_SHORT_APPOSITIVE_TOKENS + 1)):
        it = items[k]
        if it.quote is not None or it.word in (";", ":", ".") or it.word in FUNCTION_WORDS - {"of", "and", "a", "an"}:
            return False
        if it.word == ",":
            nxt = items[k + 1]
            return nxt.quote is None and (nxt.word in ("and", "but") or nxt.word in APPOSITIVE_THEN_VERBS)
    return False


MAX_SHORT_APPOSITIVE_TOKENS = 5
# Finite verbs that go on with the subject an appositive interrupted ("two of the injured, a man and a woman,
# were ...").
APPOSITIVE_THEN_VERBS = frozenset("was were is are had has have would will could remain remains remained".split())


def _occasion_noun_within(items: list[Item], k: int) -> bool:
    """A document, medium or occasion noun after at most MAX_OCCASION_MODIFIERS lower-case modifiers from
    ``k`` ("communique", "televised address", "lengthy joint statement")."""
    for t in range(k, min(len(items), k + MAX_OCCASION_MODIFIERS + 1)):
        it = items[t]
        if it.quote is not None or not it.word.isalpha() or it.capital:
            return False
        if it.word in _source_nouns() or it.word in OCCASIONS:
            return True
    return False


MAX_OCCASION_MODIFIERS = 3


def _programme_title(items: list[Item], k: int) -> bool:
    """A short quoted title among the adverbials before "that": 'said on ABC's "This Week" that ...'."""
    q = items[k].quote
    if q is None or q.open_end or q.words > MAX_TITLE_QUOTE_WORDS:
        return False
    nxt = k + 1
    while nxt < len(items) and items[nxt].quote is None and items[nxt].word in ADVERBIAL_WORDS and (
        items[nxt].word != "that"
    ):
        nxt += 1
    return nxt < len(items) and items[nxt].quote is None and items[nxt].word == "that"


MAX_TITLE_QUOTE_WORDS = 6
# Cue classes whose participle after a comma opens a new attribution ("..., calling it "a matter of ...").
PARTICIPLE_CLASSES = frozenset("speech tell naming object belief".split())
QUOTE_COMMA_STOPS = frozenset("while whereas when as before after until".split())


# Words right after a quotation that open the writer's next predicate or aside, not more of the report:
# 'cast himself as a "law and order" candidate and made a direct appeal ...'. ("as", "while", "when" there
# were flat or lower on PolNeAR train.)
AFTER_QUOTE_STOPS = frozenset("and \u2014 \u2013 -- -".split())


def _past_verb_to(items: list[Item], k: int, end: int) -> bool:
    """A second past predicate of the reported clause with its infinitive ('could no longer "bet on the rain" and
    needed to accelerate ...'), which is no cue of its own ("and added", "and vowed to" are the speaker's)."""
    return k + 1 < end and items[k].quote is None and items[k + 1].quote is None and items[k + 1].word == "to" and (
        items[k].word.endswith("ed") and items[k].word.isalpha() and _match_cue(items, k, cue_lexicon()) is None)


def _end_at_last_quote(items: list[Item], start: int, end: int, cue: Cue) -> int:
    """End a mixed content at its last quotation when what follows opens another clause: a dash, or "and"
    before a second predicate ('called the filling "an act of aggression" and demanded ...'). After a
    reported clause, "and" with an auxiliary goes on inside it ('said the exercise had been "planned for
    years" and had nothing to do with the dam')."""
    if cue.cls in ("naming", "object"):
        end = _second_predicate(items, start, end)
    last = max((t for t in range(start, end) if items[t].quote is not None), default=-1)
    if last < 0 or last + 1 >= end:
        return end
    nxt = items[last + 1]
    after = items[last + 2] if last + 2 < end and items[last + 2].quote is None else None
    if nxt.quote is None and nxt.word in AFTER_QUOTE_STOPS and not (
        nxt.word == "and" and after is not None and (after.word == "that" or cue.cls not in ("naming", "object") and (
            after.word in AUXILIARIES or after.word in MODALS or _shares_verb_group(items, start, last, after)
            or _predicate_adjective(items, start, last, after) or _past_verb_to(items, last + 2, end)))
    ) and not (last == start and nxt.word == "and" and (
        after is None or after.capital or after.word in DETERMINERS or after.word in ("no", "all", "other")
    )):  # "... and that ...", "... and had nothing to do with ...": the same report goes on (and after a
        # content that opens with its quotation, 'said "budget reforms" and the collection of taxes would
        # help': a second subject, not 'chanted "What curfew?" and kept going')
        return last + 1
    q = items[last].quote
    if last == start and nxt.quote is None and q is not None and q.open_end and not q.comma_end and (
        nxt.word in PREPOSITIONS or nxt.word in OBJECT_ADJUNCTS or nxt.word in SUBORDINATORS
    ):
        return last + 1  # 'yelled "You lie!" at the president during his address', 'shouted "Rubbish!" as he
        # spoke': the circumstance
    if cue.cls in ("naming", "object") and nxt.quote is None and (
        nxt.word in OBJECT_ADJUNCTS or nxt.word in ("in", "on") and _in_a_source(items, last + 2, end)
    ):
        return last + 1  # 'blasted Clinton as a "disgrace" Wednesday on The Laura Ingraham Show'
    return end


MODALS = frozenset("will would could can may might must should shall".split())
PERFECT = frozenset("has have had".split())


def _shares_verb_group(items: list[Item], start: int, last: int, after: Item) -> bool:
    """Whether the verb after "and" shares the auxiliary of the reported clause before the quotation, so the
    clause goes on: 'should "stop stirring up trouble" and respect', 'were "stripping shelves" and selling',
    'would be gazetted "within 30 days" and presented', 'had "put his interests first" and failed'. A past
    verb after a modal ('would "fail" and warned') is the writer's next predicate."""
    word = after.word
    if after.quote is not None or after.capital or not word.isalpha():
        return False
    aux = next((t for t in range(last - 1, start - 1, -1) if items[t].quote is None and (
        items[t].word in MODALS or items[t].word in PROGRESSIVE or items[t].word in PERFECT)), None)
    if aux is None:
        return False
    if word == items[aux].word:
        return True  # the auxiliary again ('was "deeply concerned" and was reviewing its assistance')
    if word in FUNCTION_WORDS:
        return False
    past = word.endswith("ed") or word in IRREGULAR_PAST
    if items[aux].word in MODALS:
        return not past and not word.endswith("ing") and not (word.endswith("s") and not word.endswith("ss"))
    participle = any(items[t].quote is None and (items[t].word.endswith(("ed", "en")) or (
        items[t].word in IRREGULAR_PAST)) for t in range(aux + 1, last))
    if items[aux].word in PROGRESSIVE:
        return word.endswith("ing") or past and participle
    return past and (participle or aux + 1 == last) or word.endswith(PARTICIPLE_ONLY_ENDINGS)  # ('had hit
    # "military-industrial targets" and taken control': "taken" can only share the auxiliary)


PARTICIPLE_ONLY_ENDINGS = ("aken", "iven", "oken", "osen", "itten", "idden", "own", "een", "one")


ADJECTIVE_ENDINGS = ("ent", "ant", "ble", "ous", "ive", "ful", "less", "ary", "ical")


def _predicate_adjective(items: list[Item], start: int, last: int, after: Item) -> bool:
    """An adjective after "and" that goes on with a quoted complement of "be" ('the target was "ambitious but
    achievable" and consistent with the goal'): the same clause, not the writer's next predicate."""
    return after.quote is None and not after.capital and after.word.isalpha() and after.word.endswith(
        ADJECTIVE_ENDINGS) and after.word not in FUNCTION_WORDS and last - 1 >= start and (
        items[last - 1].quote is None and items[last - 1].word in BE_COMPLEMENT_VERBS)


BE_COMPLEMENT_VERBS = frozenset("is was are were be been remains remained seemed seems looked looks".split())


def _second_predicate(items: list[Item], start: int, end: int) -> int:
    """The end of a quotation followed by "and" and a second verb ('called the merger "a terrible deal" and
    ranked her among the worst', 'calling him a "stiff" and accusing him of ...'), else ``end``."""
    for t in range(start, end - 2):
        if items[t].quote is None:
            continue
        k = t + 1
        if items[k].quote is None and items[k].word == "(":
            # 'them "frijoleros" ("beaners") and bragging': a translation in brackets
            close = next((j for j in range(k + 1, min(end, k + 5)) if items[j].word == ")"), None)
            k = close + 1 if close is not None else k
        if k + 1 < end and items[k].quote is None and items[k].word == "and":
            verb = items[k + 1]
            if verb.quote is None and not verb.capital and verb.word.isalpha() and (
                verb.word.endswith(("ed", "ing")) and verb.word not in FUNCTION_WORDS
            ):
                return k
    return end


# Words that open a circumstance after the quoted name given to an object ('criticized the act as a
# "crazy system" during a campaign stop in Flint', 'called it "meritless" Monday'). Bare "in" and "on"
# are not among them: 'blamed the GOP for "turning its back" on workers' goes on.
OBJECT_ADJUNCTS = (TIME_WORDS - {"on"}) | frozenset("during while after before".split())


def _in_a_source(items: list[Item], k: int, end: int) -> bool:
    """A document or medium after "in"/"on" ("in a Facebook post", "on his radio show")."""
    nouns = _source_nouns()
    for t in range(k, min(end, k + 4)):
        if items[t].quote is not None:
            return False
        if items[t].word in nouns:
            return True
    return False


def _writer_clause_follows(items: list[Item], j: int, hi: int) -> bool:
    """After a quote closed by its comma: the writer's contrast or circumstance ('"...," while ...',
    '"...," when asked ...'), unless another quotation follows in the sentence (the speaker goes on)."""
    if j >= hi or items[j].quote is not None or items[j].word not in QUOTE_COMMA_STOPS:
        return False
    return not any(items[k].quote is not None for k in range(j + 1, hi))


def _cue_within(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """A speech cue within a few words from ``j`` ("but argues", "and Donald Trump says", "before claiming"),
    or any reporting verb after a pronoun subject ("and she accused ...", "and he railed against ...")."""
    inside = _title_words()[0]
    for k in range(j, min(hi, j + MAX_NP_TOKENS // 2)):
        it = items[k]
        if it.quote is not None:
            return False
        m = _match_cue(items, k, lex)
        if m is not None and _noun_reading(items, k, m[0], m[1]):
            m = None  # ("after the repeated offenses": a modifier of a noun, not a second report)
        if m is not None:
            if m[0].cls in ("speech", "tell"):
                return True
            # "and warned against ...", "and Democrats accused the GOP of ...", "and she accused ...": an act
            # of speech by the same speaker or by a named one
            pronoun = k == j + 1 and items[j].word in PRONOUN_SUBJECTS and items[j].word not in ("who", "that", "it")
            return m[0].cls in ("object", "naming") and (k == j or pronoun or all(items[t].is_cap for t in range(j, k)))
        if not (it.is_cap or it.word in PRONOUN_SUBJECTS or it.word in AUXILIARIES or it.word in DETERMINERS
                or it.word in PROGRESSIVE
                or it.word in inside or it.word.isdigit() or it.word in QUANTITY_WORDS or _bare_plural(it.word)
                or it.word.split("-")[0] in NUMBER_WORDS | {"one"}  # "and three-fourths say"
                or it.word == "." and k > j and items[k - 1].capital):  # "U.S. officials"
            return False
    return False


# Words of a counted subject ("and more than 4 in 10 said", "but nearly half of them say").
QUANTITY_WORDS = frozenset(
    "more than less fewer in of percent half most many some few several others nearly about almost".split()
)


def _possessed_words(cue: Cue) -> bool:
    """A source phrase that holds its source: "in his words", "in their words"."""
    return len(cue.words) == 3 and cue.words[-1] == "words"


MAX_ABSOLUTE_SUBJECT_WORDS = 4  # "with both leaders", "with the Commission", "with Foreign Minister Ana Ruiz"


def _attribution_follows(items: list[Item], j: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """True when items from ``j`` are a speaker phrase and a speech cue, or a cue and a name (or an absolute
    report: "with both leaders telling a press conference ...")."""
    inside = _title_words()[0]
    if j + 2 < hi and items[j].quote is None and items[j].word == "with":
        for k in range(j + 1, min(hi, j + 1 + MAX_ABSOLUTE_SUBJECT_WORDS + 1)):
            if items[k].quote is not None or not items[k].word[:1].isalnum():
                return False
            m = _match_cue(items, k, lex)
            if m is not None and k > j + 1 and m[0].cls in ("speech", "tell") and m[0].words[-1].endswith("ing"):
                return True
        return False
    for k in range(j, min(hi, j + MAX_NP_TOKENS)):
        it = items[k]
        if it.quote is not None:
            return False
        if k == j and it.word == "of":
            return False  # '"summaries" of those reports': the quotation's complement, never a speaker
        m = _match_cue(items, k, lex)
        if m is not None and m[0].cls in ("speech", "tell") and k > j and items[k - 1].word in DETERMINERS - {"some"}:
            return False  # "those reports", "the claims": a noun after its determiner
        if m is not None and m[0].cls in ("speech", "tell", "according"):
            if m[0].cls == "according":  # (an inserted "in her words," goes on with the clause it sits in)
                return k == j and not _possessed_words(m[0])
            if k == j and j > 0 and items[j - 1].quote is not None and not (
                items[j - 1].quote.comma_end or items[j - 1].quote.open_end
            ):
                return False  # 'the advertisement "unmistakably and wrongfully" suggests that ...': a verb of
                # the clause the quotation is in, not an inverted cue ('"...," said Lavrov' has its comma)
            return k > j or not m[0].words[-1].endswith("ing")
        if not (it.is_cap or it.word in DETERMINERS or it.word in inside or it.word in PRONOUN_SUBJECTS
                or it.word in AUXILIARIES or it.word in ".-" and k > j
                or 0 < k - j <= 2 and items[j].word in DETERMINERS and it.word.isalpha()
                and it.word not in FUNCTION_WORDS and _title_within(items, k + 1, hi, inside)):
            # ("..., the health minister said Thursday"; not "..., the first time a Tarvekian official has said")
            return False
    return False


def _title_within(items: list[Item], k: int, hi: int, inside: frozenset[str]) -> bool:
    """Is the item at ``k``, or the one after it, a title word (the head of "the health minister")?"""
    return any(t < hi and items[t].quote is None and items[t].word in inside for t in (k, k + 1))


def _content_before(items: list[Item], lo: int, a: int) -> tuple[int, int]:
    """Item range of the content before a closing cue whose speaker phrase starts at ``a``."""
    end = a
    while end > lo and items[end - 1].quote is None and items[end - 1].word in ",:;-–—":
        end -= 1
    start = _trim_start(items, lo, end)
    # a conjunction opening the unit is not part of what was said ("But ...")
    return start, _trim_end(items, start, end) if end > start and items[end - 1].quote is None else end


def _content_row(items: list[Item], cs: int, ce: int, **fields) -> Row:
    """The row whose content is items[cs:ce]: its kind, its span (a direct quote is its marks) and the
    quotations inside; ``fields`` are the other :class:`Row` fields (cue, speaker, attribution, ...)."""
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    return Row(kind, s, e, quotes=quotes_in, **fields)


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
