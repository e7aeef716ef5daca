"""Noun phrases around a cue: the speaker to the left or right of it, appositives, group subjects
("59 percent said"), the subject of a unit, and the final cut of a speaker mention to a noun
phrase (:func:`_noun_phrase`)."""

from __future__ import annotations

from .constants import (
    _WORD_RE,
    ADVERBIAL_WORDS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    MAX_APPOSITIVE_TOKENS,
    MAX_NP_TOKENS,
    MAX_PP_TOKENS,
    NAME_JOINERS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    RELATIVES,
    SERVING_PREPOSITIONS,
    SUBORDINATORS,
    TIME_WORDS,
)
from .lexicon import _source_nouns, _title_words
from .units import Item


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
        elif w in (".", "&") and a < p:
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
    while a < p and items[a].word in NAME_JOINERS and not (items[a].capital and _particles_then_name(items, a + 1, p)):
        a += 1  # "of the campaign" loses "of"; "De Blasio", "Van Hollen", "Von der Leyen" keep their particles
    if a >= p:
        return None
    if items[a].word not in DETERMINERS and not items[a].is_cap and items[a].word not in inside:
        k = a
        while k < p and not items[k].is_cap and items[k].word not in inside:
            k += 1
        a = k
        if a >= p:
            return None
    for k in range(a, p - 1):
        if not items[k].capital and items[k].word in TIME_NOUNS and items[k + 1].is_cap:
            a = k + 1  # "The next day al-Assad said": a time before the name is not part of it
            break
    if not any(items[k].is_cap or items[k].word in inside for k in range(a, p)):
        # "the author wrote", "one user wrote": a determiner makes a lower-case phrase a speaker
        if items[a].word in DETERMINERS or items[a].word in QUANTIFIERS and lower_ok:
            return (a, p) if a + 1 < p else None
        return None
    return (a, p)


# Nouns of a point in time that may open a sentence before its subject ("The next day Smith said").
TIME_NOUNS = frozenset("day week month year morning afternoon evening night weekend".split())


def _particles_then_name(items: list[Item], k: int, p: int) -> bool:
    """True when items[k:p] go on with name particles and then a capitalised word ("der Leyen", "Blasio")."""
    while k < p and not items[k].is_cap and items[k].word in NAME_JOINERS - {"of", "for", "and", "at"}:
        k += 1
    return k < p and items[k].is_cap


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
        elif w == "." and b == j and items[j - 1].capital and len(items[j - 1].word) <= 4 and j + 1 < hi and (
            items[j + 1].is_cap
        ):
            pass  # "said Mr. Burman", "said Sen. Patty Murray": the full stop of a title's abbreviation
        elif (w[:1].isalpha() and b > p and j - p < 4 and w not in CONJUNCTIONS and _lower_noun_ok(items, j, hi)
              and items[j - 1].word in DETERMINERS):
            b = j + 1  # "the state-run agency": lower-case words only right after a determiner
        elif w[:1].isalpha() and b == j and items[j - 1].capital and items[j - 1].word.endswith(("'s", "\u2019s")):
            # "China's commerce ministry": lower-case words after a possessive name, up to a title or office
            k = j
            while k < min(hi, j + 3) and items[k].quote is None and items[k].word[:1].isalpha() and (
                not items[k].capital and items[k].word not in inside and _lower_noun_ok(items, k, hi)
                and items[k].word not in CONJUNCTIONS
            ):
                k += 1
            if k < hi and items[k].quote is None and not items[k].capital and items[k].word in inside:
                b = j = k + 1
                continue
            break
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


MAX_LOWER_LEAD = 3


def _described_name_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """'said election lawyer Joe Birkenstock', 'said undecided Republican voter Stephanie Hooton of Derry':
    lower-case words of description mixed with capitalised ones, ending in a name that closes the clause
    (used after a quote, where nothing else can follow the cue)."""
    if p >= hi or items[p].quote is not None or items[p].capital or not items[p].word.isalpha():
        return None
    j = p
    last_cap = -1
    while j < hi and j - p < MAX_NP_TOKENS and items[j].quote is None:
        it = items[j]
        w = it.word
        if it.is_cap:
            last_cap = j
        elif w == "." and last_cap == j - 1 and len(items[j - 1].word) <= 4:
            pass  # "Lt. Gen."
        elif w in NAME_JOINERS and last_cap == j - 1 and j + 1 < hi and items[j + 1].is_cap:
            pass  # "Stephanie Hooton of Derry"
        elif w == "of" and last_cap < p < j and j + 1 < hi and _is_word(items[j + 1]) and not items[j + 1].capital:
            pass  # "master of ceremonies Asa Smith"
        elif not (w.isalpha() and not it.capital and w not in FUNCTION_WORDS and w not in AUXILIARIES
                  and w not in PRONOUN_SUBJECTS):
            break
        j += 1
    if last_cap < p or last_cap != j - 1 and not (items[j - 1].word == "." and last_cap == j - 2):
        return None  # the phrase must end with its name
    if j < hi and not (items[j].quote is None and items[j].word in (",", ".", ";", "(")):
        return None
    return (p, j)


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


# Nouns of a stretch of time: "Four hours earlier, ...", "Two weeks ago, ..." open with a time, not a subject.
PERIOD_NOUNS = frozenset("seconds minutes hours days weeks months years decades hour day week month year".split())


# Subordinate clauses before the main one ("Although ..., Trump sent ..."); not "as", whose clause is often
# the attribution itself ("As many experts have pointed out, ...").
OPENING_SUBORDINATORS = SUBORDINATORS - {"as", "once"}


# A dummy subject ("It's a big if") and words that present what follows them ("Here's Clinton: ...").
EXPLETIVES = frozenset("it it's it\u2019s".split())
PRESENTATIVES = frozenset("there's there\u2019s here's here\u2019s".split())
MAX_DATELINE_TOKENS = 12
DASHES = frozenset(["-", "\u2014", "\u2013"])


def _after_dateline(items: list[Item], lo: int, hi: int) -> int:
    """Position after a dateline or label that opens the unit ("MOSCOW (Reuters) -", "BEIJING, March 3
    (Reuters) -", "Kyiv, Ukraine (AP) \u2014", "NEW DELHI:", "UPDATE:"), else ``lo``: it is never the
    subject of the sentence that follows."""
    shouted = False
    for k in range(lo, min(hi, lo + MAX_DATELINE_TOKENS)):
        it = items[k]
        if it.quote is not None:
            return lo
        w = it.word
        if k > lo and (w == ":" and k + 1 < hi and items[k + 1].start > it.end or w in DASHES and shouted):
            return k + 1 + (k + 1 < hi and items[k + 1].word in DASHES)  # "--" is two tokens
        if w in ("(", ")", ",", ".") or w.isdigit():
            continue
        if not it.capital:
            return lo
        shouted = shouted or it.shouted
    return lo


def _subject_of_unit(items: list[Item], lo: int, hi: int) -> tuple[int, int] | None:
    """The unit's opening subject (pronoun or name) for "He did not elaborate, but did say ..."."""
    lo = _after_dateline(items, lo, hi)
    second = _after_first_comma(items, lo, hi)
    third = _after_first_comma(items, second, hi) if second is not None else None
    starts = (lo, second, third)
    if lo < hi and items[lo].quote is None and items[lo].word in OPENING_SUBORDINATORS and second is not None:
        starts = (second, third)  # "Although Bloomberg is not a candidate, Trump sent ...": the main clause's
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
        if j + 1 < hi and items[j + 1].word in PERIOD_NOUNS:
            continue  # "Four hours earlier, a campaign memo ...": a time, not the subject
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


MAX_PAREN_TOKENS = 8


def _speaker_left(items: list[Item], p: int, lo: int, loose: bool = False) -> tuple[int, int] | None:
    """Speaker phrase ending before ``p``: a name/pronoun, "Name, the appositive,", or "NP who ... ".

    Returns the item range of the head phrase (the appositive is kept out of the mention). ``loose``
    accepts any short determiner-led appositive after a name (used right after a quote, where the
    structure '"...," Miller, a retired worker, said' is not in doubt).
    """
    if p > lo and items[p - 1].quote is None and items[p - 1].word == ")":
        # a party and state or an age in brackets: "Rep. Earl Blumenauer (D-Ore.) said" keeps them
        for c in range(p - 2, max(lo - 1, p - 2 - MAX_PAREN_TOKENS), -1):
            if items[c].quote is not None or items[c].word == ")":
                return None
            if items[c].word == "(":
                head = _speaker_left(items, c, lo, loose)
                return (head[0], p) if head is not None and head[1] == c else None
        return None
    if p > lo and items[p - 1].quote is None and items[p - 1].word in DASHES:
        return _before_dashes(items, p - 1, lo)
    if p > lo and items[p - 1].quote is None and items[p - 1].word == ",":
        # an appositive or relative clause between commas: "Peskov, the Kremlin's spokesman, said"
        for c in range(p - 2, max(lo, p - 2 - MAX_APPOSITIVE_TOKENS), -1):
            it = items[c]
            if it.quote is not None or it.word in ";:":
                return None
            if it.word == ",":
                named = _role_then_name(items, c, p - 1, lo)
                if named is not None:  # "The Kremlin's spokesman, Dmitry Peskov, said": the name speaks
                    return named
                if items[c + 1].quote is None and items[c + 1].word in COMPANY_OPENERS:
                    return _np_left(items, c, lo, lower_ok=True)  # "Opposition parties, including ..., said"
                if _is_appositive(items, c + 1, p - 1) or (  # "Ki Hong, 33, said": an age
                    p - 1 - c <= 2 and items[c + 1].word.isdigit() and c > lo and items[c - 1].is_cap
                ) or (
                    loose and p - 1 - c <= MAX_NP_TOKENS and items[c - 1].is_cap and (
                        items[c + 1].word in DETERMINERS or _is_word(items[c + 1]) and not items[c + 1].capital
                        and items[c + 1].word not in FUNCTION_WORDS and items[c + 1].word not in AUXILIARIES)
                ) or (  # "De Blasio, speaking on WOR710, called ...": a participle phrase after a name
                    c > lo and items[c - 1].is_cap and items[c + 1].word.endswith("ing") and p - 1 - c <= MAX_NP_TOKENS
                ) or (  # "Blunt, after a long pause, said": a short prepositional phrase after a name
                    c > lo and items[c - 1].is_cap and items[c + 1].word in PREPOSITIONS
                    and p - 1 - c <= MAX_PP_TOKENS + 1
                ):
                    return (_before_participle_phrase(items, c, lo) or _before_appositive_chain(items, c, lo)
                            or _np_left(items, c, lo, lower_ok=items[c + 1].word == "who"))  # "One attendee, who"
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


# Words that open a phrase describing who is with the subject ("the rebels, led by ...", "the delegation,
# headed by ...", "Opposition parties, including ..."): the subject before it speaks, not a name inside it.
COMPANY_OPENERS = frozenset("led headed joined backed accompanied flanked including alongside".split())


def _before_participle_phrase(items: list[Item], c: int, lo: int) -> tuple[int, int] | None:
    """"But the rebel MPs, led by the chair of the committee, Meg Hillier, said": the comma ``c`` closes a
    phrase opened by a COMPANY_OPENERS word after an earlier comma; the subject before that comma speaks."""
    for c2 in range(c - 1, max(lo, c - MAX_APPOSITIVE_TOKENS) - 1, -1):
        it = items[c2]
        if it.quote is not None or it.word in ";:":
            return None
        if it.word == "," and c2 + 1 < c and items[c2 + 1].quote is None and items[c2 + 1].word in COMPANY_OPENERS:
            return _np_left(items, c2, lo, lower_ok=True)
    return None


def _before_dashes(items: list[Item], d: int, lo: int) -> tuple[int, int] | None:
    """"Jason Sims \u2014 a teacher from Mount Pleasant \u2014 says": the dash at ``d`` closes an appositive
    opened by another dash; the phrase before that one speaks."""
    while d > lo and items[d - 1].quote is None and items[d - 1].word in DASHES:
        d -= 1  # "--" is two tokens
    for c in range(d - 1, max(lo, d - MAX_APPOSITIVE_TOKENS) - 1, -1):
        it = items[c]
        if it.quote is not None or it.word in ";:":
            return None
        if it.word in DASHES:
            while c > lo and items[c - 1].quote is None and items[c - 1].word in DASHES:
                c -= 1
            return _np_left(items, c, lo, lower_ok=True) if c + 1 < d else None
    return None


def _before_appositive_chain(items: list[Item], c: int, lo: int) -> tuple[int, int] | None:
    """"Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said": the
    phrase before the comma ``c`` is itself an appositive of a name further left; that name speaks."""
    for c2 in range(c - 1, max(lo, c - MAX_APPOSITIVE_TOKENS) - 1, -1):
        it = items[c2]
        if it.quote is not None or it.word in ";:":
            return None
        if it.word == ",":
            if c2 > lo and items[c2 - 1].is_cap and c2 + 1 < c and items[c2 + 1].word in DETERMINERS and (
                _is_appositive(items, c2 + 1, c)
            ):
                return _np_left(items, c2, lo)
            return None
    return None


# Heads of a subject that is a share of people or a plural noun without determiner: "59 percent said",
# "a third said", "About one in five say", "GOP analysts say", "people close to Clinton say".
SHARE_WORDS = frozenset("percent % half third thirds quarter quarters majority majorities plurality minority another "
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
    while a < p - 1 and items[a].word in GROUP_NP_LINKS:
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


def _skip_circumstance(items: list[Item], p: int, lo: int) -> int:
    """Position before what stands between a speaker and the cue at ``p``: time adverbials, a parenthesis
    ("Feinstein (D-Calif.) last week said") or a short prepositional phrase."""
    k = p
    if k - 1 > lo and items[k - 1].quote is None and items[k - 1].word == "ago":  # "less than two weeks ago"
        j = k - 2
        while j > lo and k - j <= MAX_AGO_TOKENS and items[j].quote is None and (
            items[j].word in AGO_WORDS or items[j].word.isdigit() or items[j].word in PERIOD_NOUNS
        ):
            j -= 1
        k = j + 1 if j + 1 < k - 1 else k
    while k > lo and p - k < 3 and items[k - 1].quote is None and items[k - 1].word in TIME_WORDS:
        k -= 1
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
            if w in PREPOSITIONS and j > lo and items[j - 1].is_cap:
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
    return k if k < p and k > lo and (items[k - 1].is_cap or items[k - 1].word == ",") else p


MAX_BARE_NAME_TOKENS = 6


def _bare_name(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a person's name and nothing else: capitalised words, initials and particles
    ("Dmitry Peskov", "Mr Gove", "James B. Comey", "Ursula von der Leyen"), not a day or a clause?"""
    if b <= a or b - a > MAX_BARE_NAME_TOKENS or not items[a].is_cap or items[a].word in TIME_WORDS:
        return False
    for k in range(a, b):
        it = items[k]
        if it.quote is not None:
            return False
        if it.is_cap or it.word == "." and items[k - 1].is_cap and len(items[k - 1].word) <= 3:
            continue
        if it.word in NAME_JOINERS and it.word not in ("of", "for", "and", "at") and k + 1 < b:
            continue  # "von der", "de", "al"
        return False
    return items[b - 1].is_cap


def _role_before(items: list[Item], a: int, lo: int) -> int:
    """Start of an unnamed role before the name phrase at ``a`` ("a spokesman for | Bernie Sanders", "an aide
    to | the senator"): a determiner-led phrase ending in a lower-case noun and a serving preposition;
    ``a`` itself when there is none."""
    if a - 1 > lo and items[a - 1].quote is None and (items[a - 1].word in SERVING_PREPOSITIONS or (
        items[a - 1].word == "of")) and (
        not items[a - 2].is_cap
    ):
        role = _np_left(items, a - 1, lo, lower_ok=True)
        if role is not None and items[role[0]].word in DETERMINERS:
            return role[0]
    return a


def _role_then_name(items: list[Item], c: int, b: int, lo: int) -> tuple[int, int] | None:
    """'The Kremlin's spokesman, Dmitry Peskov,' / 'A spokesman for the State Department, John Kirby,': a
    role phrase ending at the comma ``c`` and the bare name that follows it up to ``b``. Returns the item
    range of both (the name is resolved from the appositive), or ``None``."""
    if not _bare_name(items, c + 1, b):
        return None
    head = _np_left(items, c, lo, lower_ok=True)
    if head is None:
        return None
    # a capitalised word before the comma is a name ("Trump, Clinton, ..."), unless it is a title ("The UN
    # Secretary-General, Antonio Guterres,")
    named = items[c - 1].is_cap and items[c - 1].word not in _title_words()[1]
    a = _role_before(items, head[0], lo) if named else head[0]
    if named and a == head[0]:
        return None  # a list of names, not a role and a name
    if a > lo and items[a - 1].quote is None and items[a - 1].word[:1].isalnum() and items[a - 1].word not in (
        CONJUNCTIONS
    ):
        return None  # the role phrase must open its clause
    return (a, b)


def _with_name_after(items: list[Item], spk: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """'said the campaign's spokeswoman, Hope Hicks.': a role phrase after the cue grows over the name
    that follows it as an appositive closing the clause."""
    if spk is None or items[spk[1] - 1].is_cap or spk[1] + 1 >= hi or items[spk[1]].word != ",":
        return spk
    j = spk[1] + 1
    while j < hi and j - spk[1] <= MAX_BARE_NAME_TOKENS and items[j].quote is None and (
        items[j].word not in ",.;" or items[j].word == "." and j + 1 < hi and items[j + 1].is_cap
        and items[j - 1].is_cap and len(items[j - 1].word) <= 3  # "John J. Ferriola", "Mr. Kirby"
    ):
        j += 1
    if (j >= hi or items[j].quote is None and items[j].word in ",.;") and _bare_name(items, spk[1] + 1, j):
        return (spk[0], j)
    return spk


# Adverbs that may open an appositive before its determiner ("also a GOP hopeful", "now the chairman").
APPOSITIVE_ADVERBS = frozenset("also now then once still formerly currently himself herself".split())


def _is_appositive(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] (between two commas) an appositive or relative clause about a speaker?

    "who ...", or a phrase that opens with a determiner or title and holds a title or a name ("the
    Kremlin's spokesman", "a law professor at ..."), not a clause ("the race will be tight").
    """
    while a < b and items[a].quote is None and items[a].word in APPOSITIVE_ADVERBS:
        a += 1  # "Ted Cruz, also a GOP presidential hopeful, called"
    if b <= a:
        return False
    first = items[a]
    if first.word == "who":
        return True
    inside = _title_words()[0]
    if not (first.word in DETERMINERS or first.word in QUANTIFIERS or first.word in inside or first.is_cap):
        return False
    return any(items[k].word in inside or items[k].is_cap for k in range(a, b))


def _is_thing(items: list[Item], spk: tuple[int, int]) -> bool:
    """A lower-case phrase whose head is a document or an unknown noun ("an email", "a point of")."""
    _, titles, nouns = _title_words()
    words = [items[k] for k in range(*spk)]
    if any(it.is_cap for it in words) or words[-1].word in PRONOUN_SUBJECTS:
        return False
    head = words[-1].word
    return head in _source_nouns() or (head not in titles and head not in nouns)


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
    if words[-1][1] < e and text[words[-1][1] : e].strip(" \t") in (".", ")", ".)", "\u2019s", "'s"):
        end = e
    start = words[0][0] if words[0][0] > s else s
    return start, end
