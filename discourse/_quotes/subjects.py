"""The subject of a unit or clause, for cues whose neighbour is not their speaker: the unit's opening
subject after a dateline, an opening adverbial or a subordinate clause (:func:`_subject_of_unit`; a dummy
"it" never speaks), group and share subjects ("59 percent said", "GOP analysts say"), described subjects
("The billionaire real estate magnate says"), and what stands between a subject and its cue ("Feinstein
(D-Calif.) last week said")."""

from __future__ import annotations

import re

from .constants import (
    ADVERBIAL_WORDS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    LEADING_ADVERBS,
    LY_NOUNS,
    MAX_NP_TOKENS,
    MAX_PP_TOKENS,
    MONTHS,
    NUMBER_WORDS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    RELATIVES,
    STATE_ABBREVIATIONS,
    SUBORDINATORS,
    TIME_WORDS,
)
from .lexicon import _place_names, _title_words, verb_keys
from .phrases import VERB_WORDS, _body_link, _is_word, _np_right
from .units import Item

# Lower-case words a described subject may hold ("The billionaire real estate magnate says").
MAX_NP_LOWERS = 4
SUBJECT_DETERMINERS = frozenset("the a an".split())


def _described_subject_left(items: list[Item], p: int, lo: int) -> tuple[int, int] | None:
    """A longer description opening its clause: "the billionaire real estate magnate", "the nation's
    largest gun group" (an article, then nouns and adjectives, at most one capitalised possessive)."""
    j = p - 1
    lowers = 0
    while j >= lo and p - j <= MAX_NP_LOWERS + 2:
        it = items[j]
        w = it.word
        if it.quote is not None:
            return None
        if w in SUBJECT_DETERMINERS:
            break
        if it.capital and w.endswith(("'s", "\u2019s")) and j < p - 1:
            pass
        elif (w.isalpha() or "-" in w) and not it.capital and w not in FUNCTION_WORDS and w not in AUXILIARIES and (
            not w.endswith(("ly", "ed", "ing")) and (j == p - 1 or not w.endswith("s") or w.endswith("ss"))
        ):
            lowers += 1  # plurals only as the head: "State Department communications includes" is a clause
        else:
            return None
        j -= 1
    if j < lo or items[j].word not in SUBJECT_DETERMINERS or lowers < 3:
        return None
    if j > lo and not (items[j - 1].quote is not None or items[j - 1].word in (",", ";", ":") or (
        items[j - 1].word in CONJUNCTIONS
    )):
        return None  # the phrase must open its clause
    return (j, p)


# Nouns of a stretch of time: "Four hours earlier, ...", "Two weeks ago, ..." open with a time, not a subject.
PERIOD_NOUNS = frozenset("seconds minutes hours days weeks months years decades hour day week month year".split())


# Subordinate clauses before the main one ("Although ..., Trump sent ..."); not "as", whose clause is often
# the attribution itself ("As many experts have pointed out, ...").
OPENING_SUBORDINATORS = SUBORDINATORS - {"as", "once"}


# A dummy subject ("It's a big if") and words that present what follows them ("Here's Clinton: ...").
EXPLETIVES = frozenset("it it's it\u2019s".split())
PRESENTATIVES = frozenset("there's there\u2019s here's here\u2019s".split())
MAX_DATELINE_TOKENS = 12
DASHES = frozenset(["-", "\u2014", "\u2013", "\u2015"])


def _after_dateline(items: list[Item], lo: int, hi: int) -> int:
    """Position after a dateline or label that opens the unit ("MOSCOW (Reuters) -", "BEIJING, March 3
    (Reuters) -", "Kyiv, Ukraine (AP) \u2014", "NEW DELHI:", "UPDATE:"), else ``lo``: it is never the
    subject of the sentence that follows."""
    stamp = _after_time_stamp(items, lo, hi)
    if stamp is not None:
        return stamp
    shouted = False
    for k in range(lo, min(hi, lo + MAX_DATELINE_TOKENS)):
        it = items[k]
        if it.quote is not None:
            return lo
        w = it.word
        if k > lo and (w == ":" and k + 1 < hi and items[k + 1].start > it.end or w in DASHES and (
            shouted or items[k - 1].word == ")"  # "Nov 4 (Reuters) -"
            or k - lo <= MAX_PLACE_DATELINE_TOKENS and any(items[j].word == "," for j in range(lo, k))
        )):  # ("Tripoli, Libya –": a city and its country in title case)
            return k + 1 + (k + 1 < hi and items[k + 1].word in DASHES)  # "--" is two tokens
        if k - 2 > lo and w == ")" and items[k - 2].word == "(" and items[k - 1].shouted and k + 1 < hi and (
            items[k + 1].quote is None and items[k + 1].capital and any(items[j].word == "," for j in range(lo, k))
        ):  # "New Delhi, March 3 (PTI) Union Home Minister ...": a place, a date and an agency's credit (not
            return k + 1  # "The World Health Organization (WHO) Director-General")
        if w in ("(", ")", ",", ".", "/", "[", "]") or w.isdigit() or ORDINAL_DAY_RE.fullmatch(w):
            continue  # ("WASHINGTON/KYIV (Reuters) -", ANI's "New Delhi [India], April 12 (ANI):", WAM's "ABU
            # DHABI, 14th January, 2025 (WAM) --")
        if not it.capital:
            return lo
        shouted = shouted or it.shouted
    return lo


ORDINAL_DAY_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
MAX_PLACE_DATELINE_TOKENS = 4  # "Tripoli, Libya –", "San José, Costa Rica –"
TIME_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:am|pm)?")


def _after_time_stamp(items: list[Item], lo: int, hi: int) -> int | None:
    """Position after a live page's time stamp that opens the unit ("16:40 CET -", "12:55 BST", "9.05am:"),
    when a capitalised word follows it; else ``None``."""
    k = lo
    if k >= hi or items[k].quote is not None or not TIME_STAMP_RE.fullmatch(items[k].word):
        return None
    k += 1
    if k < hi and items[k].quote is None and (items[k].shouted and len(items[k].word) <= 4 or items[k].word in (
        "am", "pm", "a.m.", "p.m."
    )):
        k += 1  # the time zone or the half of the day
    if k < hi and items[k].quote is None and (items[k].word in DASHES or items[k].word == ":"):
        k += 1
    return k if k < hi and (items[k].quote is not None or items[k].capital) else None


def _subject_of_unit(items: list[Item], lo: int, hi: int) -> tuple[int, int] | None:
    """The unit's opening subject (pronoun or name) for "He did not elaborate, but did say ..."."""
    lo = _after_dateline(items, lo, hi)
    second = _after_first_comma(items, lo, hi)
    third = _after_first_comma(items, second, hi) if second is not None else None
    starts = [lo, second, third]
    if lo < hi and items[lo].quote is None and items[lo].word in OPENING_SUBORDINATORS and second is not None:
        starts = [second, third]  # "Although Bloomberg is not a candidate, Trump sent ...": the main clause's
    for start in starts:  # "On Thursday, after remaining neutral ..., Warren appeared"
        if start is None:
            continue
        j = start
        while j < hi and items[j].quote is None and (items[j].word in CONJUNCTIONS or items[j].word in AUXILIARIES):
            j += 1  # "But he ...", "Then he cut into Bush, calling him ..."
        if j < hi and items[j].word in PRONOUN_SUBJECTS - {"who", "it"}:
            return (j, j + 1)
        if j < hi and items[j].quote is None and items[j].word in EXPLETIVES:
            continue  # "It's a big if, but Sanders was in San Diego, emphasizing ...": no one speaks as "It"
        if j + 1 < hi and items[j].quote is None and items[j].word in PRESENTATIVES:
            j += 1  # "Here's Clinton: ...": the one presented
        if j + 1 < hi and items[j].word.endswith("-year-old") and items[j + 1].is_cap:
            j += 1  # "17-year-old Jared Potts echoed:": the age is not part of the name
        if j < hi and items[j].word.endswith(("ing", "ly")) and not (j + 1 < hi and items[j + 1].is_cap):
            continue  # "Speaking in his real voice, he ...", "Immediately after ...": not the subject
        if j + 1 < hi and items[j + 1].word in PERIOD_NOUNS or j + 2 < hi and items[j + 2].word in PERIOD_NOUNS and (
            items[j].word in DETERMINERS and items[j + 1].quote is None and not items[j + 1].capital
        ):
            continue  # "Four hours earlier, a campaign memo ...", "The previous day, PBS ...": a time, not the subject
        if j < hi and items[j].quote is None and (
            items[j].word in PREPOSITIONS or items[j].word in OPENING_PREPOSITIONS
        ):
            continue  # "Within a day before the event, Belarusian KGB arrested ...": a phrase, not the subject
        if j + 1 < hi and items[j + 1].quote is None and items[j + 1].word == "," and items[j].quote is None and (
            items[j].word in OPENING_ADVERBS or items[j].word in SENTENCE_ADVERBS
        ):
            continue  # "Overall, conservative groups reported ...": a sentence adverb, not the subject
        if j + 1 < hi and items[j].quote is None and items[j].word in LEADING_ADVERBS and items[j + 1].is_cap:
            j += 1  # "Afterwards Trump visited ...": the adverb is no part of the subject
        r = _quantified_subject(items, j, hi) or _np_right(items, j, hi)
        if r is not None and r[1] - r[0] == 1 and r[1] + 1 < hi and items[r[0]].capital and (
            _bare_plural(items[r[1]].word) and items[r[1]].quote is None and items[r[1] + 1].quote is None
            and (items[r[1] + 1].word in VERB_WORDS or items[r[1] + 1].word.endswith("ed"))
        ):
            r = (r[0], r[1] + 1)  # "Business lobbies have for months pressed ..., arguing": the plural heads it
        if r is not None and r[1] - r[0] == 1 and items[r[0]].word in DETERMINERS:
            r = _determiner_phrase_to_verb(items, r[0], hi) or r  # "The 60 second ad ends with ...", not "The"
        elif r is not None and items[r[0]].word in DETERMINERS and items[r[1] - 1].capital:
            r = _nouns_to_cue(items, r, hi)  # "A senior Lebanese security official told ..., but said": the
            # nouns after a nationality go on to the verb
        e = r[1] + 1 if r is not None and r[1] + 1 < hi and items[r[1]].word == "." else r[1] if r else hi
        if r is not None and start != lo and e < hi and items[e].word == "," and items[start - 2].is_cap and (
            _state_after_city(items, r[0], r[1])
        ):  # (the state's comma may follow its abbreviation's full stop: "Tex.,")
            later = _after_first_comma(items, e + 1, hi)  # ("in Ames, Iowa, on Sunday, Mrs. Clinton tried")
            for after in (e + 1, later):  # (the main clause may open right after the state)
                if after is not None and after not in starts:
                    starts.append(after)
            continue  # "Speaking at an event in Salem, New Hampshire, Trump went after Bush": the place goes on
        if r is not None:
            return _with_appositive_name(items, r, hi)
    return None


MAX_APPOSITIVE_NAME_WORDS = 4
MAX_ROLE_BODY_TOKENS = 12  # "of the Irish Farmers' Association (IFA)" between a role and its name


MAX_LOWER_TITLE_WORDS = 2  # a lower-case title after a capitalised qualifier ("Queensland resources minister")


def _with_appositive_name(items: list[Item], r: tuple[int, int], hi: int) -> tuple[int, int]:
    """A role subject grows over the name in apposition after it ("Kenya's Cabinet Secretary for Environment,
    Wanjiru Kamau-Otieno, welcomed the announcement, saying ..."): the named person is the subject."""
    c = r[1]
    k = c
    while k < hi and k - c < MAX_LOWER_TITLE_WORDS and items[k].quote is None and items[k].word.isalpha() and (
        not items[k].capital and items[k].word not in FUNCTION_WORDS and items[k].word not in DETERMINERS
    ):
        k += 1
    if c < k < hi and items[k - 1].word in _title_words()[1] and items[k].quote is None and items[k].word == "," and (
        items[r[0]].word in DETERMINERS or items[r[0]].is_cap and items[r[0]].word not in PREPOSITIONS
    ) and all(items[t].is_cap for t in range(r[0] + 1, r[1])):  # (not "Outside the campaign, ...")
        r = (r[0], k)  # "The Queensland resources minister, Brett Hollier, welcomed ...": the title goes on in
        c = k  # lower case after the place
    if c - 1 > r[0] and items[c - 1].quote is None and items[c - 1].word in ("of", "for"):
        c -= 1  # (the phrase may end with its preposition)
    if c < hi and items[c].quote is None and items[c].word in ("of", "for"):  # "The president of the Irish Farmers'
        e = c + 1  # Association (IFA), Siobhán Tierney, welcomed": the role's body, then the name
        while e < min(hi, c + MAX_ROLE_BODY_TOKENS) and items[e].quote is None and (
            items[e].is_cap or items[e].word in ("the", "of", "and", "(", ")", "'", "\u2019", "'s", "\u2019s")
        ):
            e += 1
        if e < hi and items[e].quote is None and items[e].word == "," and e > c + 1:
            c = e
    if c + 2 >= hi or items[c].quote is not None or items[c].word != "," or not any(
        items[k].quote is None and items[k].word in _title_words()[1] for k in range(*r)
    ):
        return r
    k = c + 1
    while k < hi and k - c <= MAX_APPOSITIVE_NAME_WORDS and items[k].quote is None and items[k].is_cap:
        k += 1
    if 2 <= k - c - 1 <= MAX_APPOSITIVE_NAME_WORDS and k < hi and items[k].quote is None and items[k].word == ",":
        return (r[0], k)
    return r


# Words that open a subject naming a group by its size ("Both parents", "Many lawmakers", "All three").
GROUP_OPENERS = frozenset("both many several most few all".split())
MAX_GROUP_WORDS = 3


def _quantified_subject(items: list[Item], j: int, hi: int) -> tuple[int, int] | None:
    """"Both parents stiffened their denunciation ..., saying": the quantifier with its nouns (up to three:
    "Many Republican senators", "All three candidates"), not the quantifier alone or an object after it."""
    if j + 1 >= hi or items[j].quote is not None or items[j].word not in GROUP_OPENERS or not items[j].capital:
        return None  # (only opening the sentence: "those writing checks, both small-dollar givers and ...")
    k = j + 1
    while k < min(hi, j + 1 + MAX_GROUP_WORDS) and items[k].quote is None and items[k].word[:1].isalpha() and (
        items[k].is_cap or items[k].word in NUMBER_WORDS or not items[k].capital
        and items[k].word not in FUNCTION_WORDS and items[k].word not in AUXILIARIES
        and items[k].word not in VERB_WORDS and items[k].word not in IRREGULAR_PAST
        and not items[k].word.endswith(("ed", "ly")) and _is_word(items[k])
    ):
        k += 1
    return (j, k) if k > j + 1 else None


def _state_after_city(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a US state written after a city ("N.C.", "Calif.", "Texas")?"""
    words = [items[k].word for k in range(a, b) if items[k].quote is None and items[k].word != "."]
    if not words or len(words) > 2 or any(items[k].quote is not None for k in range(a, b)):
        return False
    name = " ".join(words).strip(".")
    return name in STATE_ABBREVIATIONS or name in _place_names() and items[a].capital


MAX_HEAD_NOUNS = 3  # lower-case nouns after a capitalised adjective ("A senior Lebanese security official")


def _nouns_to_cue(items: list[Item], r: tuple[int, int], hi: int) -> tuple[int, int]:
    """``r`` grown over the lower-case nouns that follow it up to a reporting verb ("A senior Lebanese |
    security official | told"); ``r`` itself when no reporting verb follows them."""
    k = r[1]
    while k < min(hi, r[1] + MAX_HEAD_NOUNS) and items[k].quote is None and items[k].word.isalpha() and not (
        items[k].capital or items[k].word in FUNCTION_WORDS or items[k].word in VERB_WORDS
        or items[k].word in verb_keys() or items[k].word.endswith(("ed", "ing"))
    ):
        k += 1
    return (r[0], k) if r[1] < k < hi and items[k].quote is None and items[k].word in verb_keys() else r


def _determiner_phrase_to_verb(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """A subject led by the determiner at ``p`` up to its verb: an auxiliary or a word in -ed or -s after
    at least one word ("The much-anticipated meeting unfolded"); ``None`` past eight words or punctuation."""
    for k in range(p + 2, min(hi, p + 9)):
        it = items[k]
        if it.quote is not None or not it.word[:1].isalnum():
            return None
        if not it.capital and (it.word in VERB_WORDS or len(it.word) > 3 and it.word.endswith(("ed", "s"))):
            return (p, k)
    return None


# Prepositions that open a sentence's adverbial phrase (beyond those in PREPOSITIONS).
OPENING_PREPOSITIONS = frozenset(
    "within amid amidst despite under among following throughout across beyond without since until by for "
    "between".split()
)


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


# Heads of a subject that is a share of people or a plural noun without determiner: "59 percent said",
# "a third said", "About one in five say", "GOP analysts say", "people close to Clinton say".
SHARE_WORDS = frozenset("percent % half third thirds quarter quarters majority majorities plurality minority another "
                        "most many some others both few all people".split())
FRACTIONS = frozenset("half halves third thirds quarter quarters fourth fourths fifth fifths tenths".split())
# Words allowed inside such a subject besides nouns, adjectives and names.
GROUP_NP_LINKS = frozenset(
    "of in from at to close about one than over under nearly almost just only a more less fewer and".split()
)
MAX_GROUP_NP_TOKENS = 7


def _group_np_left(items: list[Item], p: int, lo: int) -> tuple[int, int] | None:
    """A subject ending at ``p`` that names a group or a share of people without a determiner or name."""
    k = p - 1
    if k < lo or not _is_word(items[k]) and items[k].word != "%":
        return None
    w = items[k].word
    if w == "media" and p < len(items) and items[p].quote is None and items[p].word in ("reports", "report"):
        return None  # "media reports and party sources described": a noun, not "..., local media reported"
    plural = _bare_plural(w)
    share = w in SHARE_WORDS or "-" in w and w.rsplit("-", 1)[1] in FRACTIONS or (  # "three-fourths say"
        w in NUMBER_WORDS and k - 2 >= lo and items[k - 1].quote is None and items[k - 1].word == "in"
    )  # ("nearly three in five said")
    one_of = w.isalpha() and w.islower() and w not in FUNCTION_WORDS and not w.endswith("ly") and any(
        t >= lo and items[t].quote is None and items[t].word == "one" and all(
            items[u].quote is None and items[u].word.isalpha() for u in range(t + 1, k)
        ) for t in (k - 1, k - 2, k - 3)
    )  # "..., one official said", "one longtime friend said", "one West Virginia official said"
    plural = plural or one_of
    if not (share or w.endswith("%") or w.isdigit() or plural) or w in AUXILIARIES or (
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
        closed = x in CONJUNCTIONS or x in RELATIVES or x in AUXILIARIES or x in PRONOUN_SUBJECTS or x in FUNCTION_WORDS
        # ("Only 24 percent said": "only" is a link here, not the adverb after an auxiliary)
        if closed and x not in GROUP_NP_LINKS and x not in SHARE_WORDS and x not in NUMBER_WORDS:
            break
        a = j
        j -= 1
    # the subject starts the unit or a clause (after a comma, a conjunction, a quote or "that")
    bound = j < lo or items[j].quote is not None or items[j].word in (",", ";", ":", "\u2014") or (
        items[j].word in CONJUNCTIONS or items[j].word in RELATIVES)
    if not bound:
        return None
    while a < p - 1 and items[a].word in GROUP_NP_LINKS and items[a].word != "one":
        a += 1
    if a == p - 1 and items[a].word in GROUP_NP_LINKS and items[a].word != "one":
        return None
    return (a, p)


# Participles that date a document before its verb: "a poll released Monday found".
PUBLISHING_PARTICIPLES = frozenset("released published issued conducted filed posted obtained taken".split())


# Words of a span of time before "ago" ("less than two weeks ago", "a few days ago").
AGO_WORDS = frozenset("a an few several many less more than about nearly almost just only some one two three four "
                      "five six seven eight nine ten twenty".split())
MAX_AGO_TOKENS = 6


# Sentence adverbs that may stand between a subject and its verb ("Carter however said").
SENTENCE_ADVERBS = frozenset("however though meanwhile nevertheless nonetheless therefore instead too".split())


def _connective_opens(items: list[Item], k: int, hi: int) -> bool:
    """Does a sentence adverb between commas open a new clause with its subject at ``k`` (", however, a UN
    report ...", not ", however, and that ...")?"""
    return k + 2 < hi and items[k].quote is None and items[k].word in CLAUSE_CONNECTIVES and (
        items[k + 1].quote is None and items[k + 1].word == "," and items[k + 2].quote is None
    ) and (items[k + 2].is_cap or items[k + 2].word in DETERMINERS or items[k + 2].word in PRONOUN_SUBJECTS)


# Sentence adverbs that, between commas after a clause, open the writer's next clause.
CLAUSE_CONNECTIVES = frozenset("however meanwhile nevertheless nonetheless therefore instead".split())
# Adverbs that open a sentence before a comma ("Overall, ...", "Still, ...").
OPENING_ADVERBS = frozenset(
    "overall still also yet again now then today yesterday later earlier finally first second third indeed "
    "moreover furthermore additionally ultimately similarly likewise separately elsewhere otherwise".split()
)


def _manner_adverb(it: Item) -> bool:
    """A lower-case adverb in -ly ("angrily", "sarcastically"), not a noun like "family"."""
    w = it.word
    return not it.capital and len(w) >= 6 and w.endswith("ly") and w.isalpha() and w not in LY_NOUNS


# Prepositions of a dated phrase between a speaker and the cue ("who in 2010 said").
DATE_PREPOSITIONS = frozenset("in since during until by".split())


def _date_word(w: str) -> bool:
    """A year ("2010") or a month name."""
    return w in MONTHS or (len(w) == 4 and w.isdigit() and w[:2] in ("18", "19", "20"))


def _skip_date_phrase(items: list[Item], k: int, lo: int) -> int:
    """Position before "in 2010" or "in June 2015" ending right before ``k``, else ``k``."""
    j = k - 1
    while j > lo and k - j <= 2 and items[j].quote is None and _date_word(items[j].word):
        j -= 1
    if j < k - 1 and j > lo and items[j].quote is None and items[j].word in DATE_PREPOSITIONS:
        return j
    return k


# Words that open a time phrase after a subject ("on Tuesday", "last week", "this month", "today").
TIME_OPENERS = frozenset("on last this yesterday today earlier".split())
MAX_COMMA_TIME_WORDS = 3


def _short_determiner_phrase(items: list[Item], k: int, lo: int) -> bool:
    """Does a determiner open the clause's subject within three words before ``k`` ("The ministry", "A WBUR
    poll", "The Trump campaign"; not "One in four voters in a poll"), or a few more with an "of" body ("The
    leaders of the group")?"""
    of_seen = False
    for j in range(k - 2, max(lo, k - 8) - 1, -1):
        if items[j].quote is not None or not _is_word(items[j]):
            return False
        if items[j].word in DETERMINERS and j > lo and items[j - 1].quote is None and items[j - 1].word in (
            "of", "for"
        ) and not of_seen:
            of_seen = True  # "The leaders of the group on Wednesday called": the body is part of the subject
            continue
        if items[j].word in DETERMINERS or items[j].capital and items[j].word.endswith(("'s", "\u2019s")) and (
            j == lo  # ("China's foreign ministry on Monday said": a place's possessive opens the subject)
        ):
            return j == lo or not items[j - 1].word[:1].isalnum()
        if of_seen and items[j].word.endswith("s") and items[j + 1].word in ("of", "for") and (
            j == lo or not items[j - 1].word[:1].isalnum()
        ):
            return True  # "Leaders of the BRICS group on Wednesday called": a plural opens the subject
        if k - j > 4 and not of_seen:
            return False
    return False


def _time_word(word: str) -> bool:
    """A word of a time phrase: "Friday", "week", "June", "2016"."""
    return word in TIME_WORDS or word in MONTHS or word.isdigit()


def _time_phrase(items: list[Item], a: int, b: int) -> bool:
    """Are items[a:b] only words of a date or time ("Tuesday", "last week", "Oct. 14")?"""
    return a < b and all(items[k].quote is None and (_time_word(items[k].word) or items[k].word == ".")
                         for k in range(a, b))


def _skip_circumstance(items: list[Item], p: int, lo: int) -> int:
    """Position before what stands between a speaker and the cue at ``p``: time adverbials, a parenthesis
    ("Feinstein (D-Calif.) last week said") or a short prepositional phrase."""
    k = p
    j = p - 2  # "The Enugu State Governor, Dr. Chukwuemeka Ugwuanyi-Ani, yesterday, said": a time between commas
    while j > lo and p - 2 - j < MAX_COMMA_TIME_WORDS and items[j].quote is None and _time_word(items[j].word):
        j -= 1  # after an appositive name, as Nigerian papers write it
    if j < p - 2 and j > lo and items[p - 1].quote is None and items[p - 1].word == "," and (
        items[j].quote is None and items[j].word == "," and items[j + 1].word in TIME_OPENERS and items[j - 1].is_cap
    ):
        return j + 1
    if k - 1 > lo and items[k - 1].quote is None and items[k - 1].word == "ago":  # "less than two weeks ago"
        j = k - 2
        while j > lo and k - j <= MAX_AGO_TOKENS and items[j].quote is None and (
            items[j].word in AGO_WORDS or items[j].word.isdigit() or items[j].word in PERIOD_NOUNS
        ):
            j -= 1
        k = j + 1 if j + 1 < k - 1 else k
    k = _skip_date_phrase(items, k, lo)  # "McConnell, who in 2010 said", "Smith in June 2015 told"
    while k > lo and p - k < 3 and items[k - 1].quote is None and (
        items[k - 1].word in TIME_WORDS and not (items[k - 1].capital and k - 1 > lo and items[k - 2].is_cap)
        or items[k - 1].word in SENTENCE_ADVERBS or _manner_adverb(items[k - 1])
        or items[k - 1].word in ("both", "all", "each") and k - 1 > lo and items[k - 2].is_cap
    ):
        k -= 1  # "Trump on Monday said", "Carter however said", "she angrily said", "Biden and Harris both said"
    if lo < k < p and items[k - 1].quote is None and items[k - 1].word in PUBLISHING_PARTICIPLES:
        return k - 1  # "A news report published Wednesday said", "a poll released on Monday found"
    if lo < k < p and items[k - 1].word == ")":  # (right before the cue the bracket stays in the mention)
        for j in range(k - 2, max(lo, k - MAX_NP_TOKENS) - 1, -1):
            if items[j].word == "(":
                k = j
                break
            if items[j].quote is not None:
                break
    if k == p and items[p - 1].word not in CONJUNCTIONS:  # "Trump in his speech called": a phrase after the name
        for j in range(p - 2, max(lo, p - MAX_PP_TOKENS - 1), -1):
            w = items[j].word
            if items[j].quote is not None or not w[:1].isalnum() or w in CONJUNCTIONS:
                break  # "Reid caucused in Nevada on Saturday and says": "and" opens a second predicate
            if w in PREPOSITIONS and j > lo and items[j - 1].is_cap and not _body_link(items, j):
                # (not "The Commission on Presidential Debates said": the body's name)
                return j
        for j in range(p - 2, max(lo, p - MAX_PP_TOKENS - 2), -1):
            w = items[j].word
            if items[j].quote is not None or not w[:1].isalnum() or w in CONJUNCTIONS:
                break
            if w.endswith("ing") and w.isalpha() and j > lo and items[j + 1].word in PREPOSITIONS and (
                _is_word(items[j - 1]) and items[j - 1].word not in FUNCTION_WORDS
            ):
                return j  # "Another intelligence source speaking to Fox News said": the source, not Fox News
    # a name, or the comma closing an appositive ("Paul D. Ryan, the nation's highest-ranking Republican, on
    # Tuesday called")
    return k if k < p and k > lo and (
        items[k - 1].is_cap or items[k - 1].word == "," or items[k - 1].word in PRONOUN_SUBJECTS
        or _time_phrase(items, k, p) and items[k].word in TIME_OPENERS and _is_word(items[k - 1])
        and _short_determiner_phrase(items, k, lo)
        and items[k - 1].word not in FUNCTION_WORDS and items[k - 1].word not in AUXILIARIES
        and not items[k - 1].word.endswith(("ed", "ing")) and items[k - 1].word not in IRREGULAR_PAST
    ) else p  # ("The ministry on Tuesday said": a time after a noun; not "the past week", "Obama spent")


# Words that open a longer subject ("The state officials whose laws have been invalidated say", "Several
# people I've spoken with over the last couple of weeks said", "the new evidence from trade suggests").
LONG_SUBJECT_OPENERS = frozenset(
    "the a an his her their its our my this these those several many some most all each both few other others "
    "one two three four five six seven eight nine ten".split()
)
# Words before such a subject that end the clause before it ("where polls show", "and the party says").
# (A relative clause stays inside the subject: "The officials who know him say".)
LONG_SUBJECT_BOUNDS = CONJUNCTIONS | frozenset("that where".split())
MAX_LONG_SUBJECT_TOKENS = 16


def _long_subject_left(
    items: list[Item], p: int, lo: int, max_tokens: int = MAX_LONG_SUBJECT_TOKENS
) -> tuple[int, int] | None:
    """The whole subject before a cue at ``p`` when it opens its clause after a boundary (the unit's start,
    a comma, a conjunction, "where") with a determiner, a quantity or a name, and has no comma and no
    reporting verb inside: what the text calls the speaker, modifiers and relative clause included."""
    last = items[p - 1] if p - 1 >= lo else None
    if last is None or last.quote is not None or not _is_word(last) or last.word in PREPOSITIONS or (
        last.word in CONJUNCTIONS or last.word in RELATIVES or last.word in AUXILIARIES or last.word in PRONOUN_SUBJECTS
        or last.word in SUBJECT_DETERMINERS or last.word in ("to", "not", "it", "there")
    ):
        return None
    j = p - 1
    while j > lo and p - j < max_tokens:
        prev = items[j - 1]
        if prev.quote is not None or prev.word in ",;:()" or prev.word in LONG_SUBJECT_BOUNDS and not prev.capital:
            break
        j -= 1
    if j > lo and not (items[j - 1].quote is not None or items[j - 1].word in ",;:(" or (
        items[j - 1].word in LONG_SUBJECT_BOUNDS
    ) or items[j - 1].word == ")" and items[j].word in DASHES):
        return None  # longer than a subject: the walk did not reach the clause's start
    if items[j].quote is None and items[j].word in DASHES:
        j += 1  # a dateline's dash: "Colombo (AFP) - Sri Lanka's government on Wednesday said"
    j = _after_dateline(items, j, p)
    first = items[j] if j < p else None
    if first is None or first.quote is not None or not (
        first.word in LONG_SUBJECT_OPENERS or first.is_cap or _bare_plural(first.word)
    ):
        return None
    if first.word in EXPLETIVES or first.word in PRESENTATIVES or first.word.endswith(("ing", "ly")):
        return None
    verbs = verb_keys()
    if any(items[k].quote is None and not items[k].capital and items[k].word in verbs and (
        items[k - 1].is_cap or items[k - 1].word in PRONOUN_SUBJECTS
    ) for k in range(j + 1, p)):
        return None  # a subject and its reporting verb inside are a clause: "Clinton questioned what ... tweets"
    e = p
    while e - 1 > j + 1 and p - e < MAX_TIME_TAIL and items[e - 1].quote is None and (
        _time_word(items[e - 1].word) or items[e - 1].word == "on" and e < p
    ):
        e -= 1
    while e < p and items[e].word not in TIME_OPENERS:
        e += 1  # (a date opens with its preposition or "last": not "Theresa May | on Monday")
    return (j, e if e < p else p)  # without its date: "Sri Lanka's government | on Wednesday said"


MAX_TIME_TAIL = 3  # words of a date after a long subject ("on Wednesday", "last week")


def _bare_plural(w: str) -> bool:
    """A lower-case plural noun that may head or open a subject without a determiner ("where polls show",
    "GOP analysts say", "but U.S. officials have said")."""
    return w in IRREGULAR_PLURAL_PEOPLE or w.isalpha() and w.islower() and w.endswith("s") and len(w) > 3 and (
        not w.endswith(("ss", "us", "is")) and w not in FUNCTION_WORDS and w not in AUXILIARIES
        and w not in ADVERBIAL_WORDS
    )


# Plurals for people without a final "s" that open a subject alone ("..., gardaí said", "police say").
IRREGULAR_PLURAL_PEOPLE = frozenset("gardaí gardai police media".split())  # ("..., local media reported")
