"""Noun phrases next to a cue: the speaker phrase ending right before it (:func:`_np_left`: names,
titles, pronouns, "the city council") or starting right after it (:func:`_np_right`: "said Lavrov",
"according to X"), their lower-case and described variants ("said one of those advisers", "said election
lawyer Joe Birkenstock"), and the final cut of a speaker mention to a noun phrase (:func:`_noun_phrase`).
Subjects of a clause are in :mod:`.subjects`, appositives in :mod:`.appositives`."""

from __future__ import annotations

import re

from .constants import (
    _WORD_RE,
    ADVERBIAL_WORDS,
    AGENT_ENDINGS,
    AUXILIARIES,
    CONJUNCTIONS,
    CONTACTED_PARTICIPLES,
    DETERMINERS,
    FUNCTION_WORDS,
    LEADING_ADVERBS,
    LY_NOUNS,
    MAX_NP_TOKENS,
    MONTHS,
    NAME_JOINERS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    OCCASION_NOUNS,
    PLACED_OFFICIALS,
    PLATFORMS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    SURNAME_JOINERS,
    TIME_WORDS,
)
from .lexicon import _title_words
from .units import Item


# ---------------------------------------------------------------- noun phrases
def _contracted_pronoun(word: str) -> bool:
    """"he's", "they've", "I'd": a subject pronoun fused with an auxiliary."""
    head, sep, tail = word.replace("\u2019", "'").partition("'")
    return bool(sep) and head in PRONOUN_SUBJECTS and tail in ("s", "ve", "d", "ll", "re", "m")


# Abbreviations longer than three letters that end a name ("Toyota Motor Corp.", "Warner Bros.").
LONG_NAME_ABBREVIATIONS = frozenset("corp bros intl assn dept univ".split())


def _name_in_list(items: list[Item], j: int, p: int, lo: int) -> bool:
    """Is the comma at ``j`` inside a list of names that ends with "and" before ``p`` ("Hawkins, Blankenship,
    and Carroll", "Germany, France and Italy")? The word before it is a name, not a date or the end of a
    prepositional phrase ("On Monday, Trump and Clinton", "In Washington, Trump and Clinton")."""
    if j <= lo or items[j - 1].quote is not None or not items[j - 1].is_cap or j + 1 >= p:
        return False
    w = items[j - 1].word
    if w in TIME_WORDS or w in MONTHS or j - 2 >= lo and items[j - 2].quote is None and (
        items[j - 2].word in PREPOSITIONS
    ) and not (j - 3 >= lo and items[j - 3].quote is None and items[j - 3].word in PLACED_OFFICIALS):
        return False  # (but "officials in Kyiv, Moscow and Abu Dhabi said": the places of the people)
    between = items[j + 1 : p]
    return any(it.quote is None and it.word in ("and", "&") for it in between) and all(
        it.quote is None and (it.is_cap or it.word in (",", "and", "&", ".")) for it in between
    )  # ("Foreign, Commonwealth & Development Office")


def _comma_before_name(items: list[Item], k: int, lo: int) -> bool:
    """Does a comma come right before the name ending at ``k`` (a third item: "Hawkins, Blankenship, and")?"""
    while k >= lo and items[k].quote is None and (items[k].is_cap or items[k].word == "."):
        k -= 1
    return k >= lo and items[k].quote is None and items[k].word == ","


# Tokens a left-hand speaker phrase may span: a body's name, its short name, a title, styles and a long name
# ("National Disaster Management Agency (Nadma) director-general Tan Sri Khairul Anuar Mohd Said").
MAX_LEFT_NP_TOKENS = 16
# Lower-case words a left-hand speaker phrase may hold between its capitalised, possessive or determiner edge
# and the cue ("the city council", "The EPP group's foreign affairs coordinator").
MAX_LOWER_NP_WORDS = 3


MAX_NICKNAME_CHARS = 14  # a quoted nickname: '"Jun"', '"Bongbong"', '"Chuck"'


def _quoted_nickname(items: list[Item], j: int, lo: int, a: int) -> bool:
    """Is the quotation at ``j`` a nickname inside a name: one short capitalised word in quotation marks, with
    no comma, between a capitalised given name and the family name that begins at ``a``?"""
    q = items[j].quote
    return q is not None and a == j + 1 and items[a].is_cap and j - 1 >= lo and items[j - 1].quote is None and (
        items[j - 1].is_cap and not items[j - 1].word.endswith(("'s", "\u2019s"))
    ) and q.words == 1 and q.titled and not q.comma_end and q.end - q.start <= MAX_NICKNAME_CHARS + 2


def _np_left(items: list[Item], p: int, lo: int, lower_ok: bool = False) -> tuple[int, int] | None:
    """Item range [a, p) of the speaker phrase ending right before ``p`` (names, titles, pronouns).

    With ``lower_ok`` a lower-case phrase bounded on the left by the unit start, a comma, a quote or a
    determiner is accepted too ("one user wrote", "critics say").
    """
    if p <= lo:
        return None
    inside, _, _ = _title_words()
    first = items[p - 1]
    if first.quote is None and (first.word in PRONOUN_SUBJECTS or _contracted_pronoun(first.word)) and not (
        first.shouted and p - 2 > lo and items[p - 2].quote is None and items[p - 2].word in ("and", "of", "&")
    ):  # (not "IT" in "the Ministry of Electronics and IT said")
        return (p - 1, p)
    if first.quote is None and first.word in ("one", "another") and first.capital and p - 1 == lo and (
        p < len(items) and items[p].quote is None and items[p].word == ","
    ):
        return (p - 1, p)  # "Some EPP lawmakers were uneasy. One, who asked not to be named, said": one of them
    if first.quote is None and first.word in ("me", "us") and p - 2 >= lo and items[p - 2].word == "let":
        return (p - 1, p)  # "Let me recall that ...", "let us tell the truth": the speaker, unnamed
    if first.quote is not None or first.word.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return None  # "Trump's comments": a possessive makes the cue a noun
    j = p - 1
    a = p
    lowers = 0
    while j >= lo and p - j <= MAX_LEFT_NP_TOKENS:
        it = items[j]
        w = it.word
        if it.quote is not None and _quoted_nickname(items, j, lo, a):
            j -= 1  # 'Sen. Ramon "Jun" Villacorta said': a nickname between a given name and a family name
            continue
        if it.quote is not None:
            break
        if it.is_cap or w in inside or w.endswith(("'s", "\u2019s")) and it.capital or it.shouted and j == p - 1 and (
            a == p and w in PRONOUN_SUBJECTS and p - 2 > lo and items[p - 2].word in ("and", "of", "&")
        ) or (
            w == "today" and it.capital and j > lo and items[j - 1].is_cap  # "USA Today", "Psychology Today"
        ):
            a = j
        elif w == "the" and a < p and j - 2 >= lo and items[j - 1].quote is None and items[j - 1].word == "of" and (
            items[j - 2].quote is None and items[j - 2].is_cap
        ):
            a = j  # "Dr. Alison Kock of the University of Cape Town": the person, with the institution
        elif w in DETERMINERS or w == "that" and j == lo and lowers and a == p:
            a = j  # ("That person said": a demonstrative opening the sentence)
            j -= 1
            break
        elif w in NUMBER_WORDS and j > lo and items[j - 1].quote is None and items[j - 1].word in DETERMINERS:
            pass  # "The two leaders said": the count between the article and the noun
        elif w in NUMBER_WORDS and a < p and (j == lo and it.capital or j > lo and not it.capital and (
            items[j - 1].quote is None and items[j - 1].word in (",", ";")
        )):
            a = j  # "Two Democratic Representatives said", "..., two people familiar with the matter told
            # Reuters": the count opens the subject
            j -= 1
            break
        elif w == "and" and a < p and j > lo and items[j - 1].quote is None and items[j - 1].word == "," and (
            _name_in_list(items, j - 1, p, lo) and _comma_before_name(items, j - 2, lo)
        ):
            pass  # the Oxford comma of a list of names: "Hawkins, Blankenship, and Carroll"
        elif w in NAME_JOINERS and j > lo and items[j - 1].is_cap and a < p:
            pass  # "Secretary of State", "a spokesman for the campaign"
        elif w in SURNAME_JOINERS and not it.capital and j > lo and items[j - 1].is_cap and a == j + 1:
            pass  # "Albert Roig i Castellví", "José Ortega y Gasset": Catalan and Spanish names joined by "and"
        elif w.isdigit() and j > lo and items[j - 1].capital and items[j - 1].word in ("no", "number") and (
            items[j - 1].quote is None
        ):
            a = j - 1  # "A No 10 spokeswoman", "Number 10": Downing Street
            j -= 1
        elif j > lo and a < p and _body_link(items, j):
            pass  # "The Commission on Presidential Debates", "The Committee to Protect Journalists"
        elif w in (".", "&") and a < p:
            pass
        elif w == "s" and a < p and j - 3 >= lo and items[j - 1].word in ("'", "\u2019") and (
            items[j - 2].word == "." and items[j - 3].capital and "." in items[j - 3].word
        ) and all(items[k].quote is None for k in range(j - 3, j)):
            a = j - 3  # "B.C.'s premier", "the U.S.'s top envoy": an abbreviation's possessive
            j -= 3
        elif w == ")" and a < p and j - 3 >= lo and items[j - 2].word == "(" and items[j - 1].is_cap and (
            items[j - 3].is_cap and items[j - 1].quote is None and " " not in items[j - 1].word
        ):  # "Suez Canal Authority (SCA) Chairman Lt Gen Ashraf Mamdouh said": a body's acronym in the title
            # (or its short name: "National Disaster Management Agency (Nadma) director-general ...")
            j -= 2
        elif it.capital and w in FUNCTION_WORDS and a == j + 1 and j > lo and items[j - 1].quote is None and (
            items[j - 1].word == "the"
        ):
            a = j  # "The All Progressives Congress": a capitalised function word inside a name after "the"
        elif w == "first" and a == j + 1 and items[a].word == "minister" and j > lo and items[j - 1].quote is None and (
            items[j - 1].word == "the"
        ):
            a = j  # the Guardian's "the first minister said": Scotland's, Wales's or Northern Ireland's office
        elif w == "all" and it.capital and a == j + 1 and j - 1 > lo and items[j - 1].quote is None and (
            items[j - 2].quote is None and items[j - 1].word.isalpha() and not items[j - 1].capital
            and items[j - 2].word == "the"
        ):
            a = j  # "The ruling All Progressives Congress", "the opposition All India Trinamool Congress"
        elif w == "," and a < p and _name_in_list(items, j, p, lo):
            pass  # "Hawkins, Blankenship, and Carroll argued": a list of names speaks together
        elif w in ("'", "\u2019") and (lowers or a < p) and j - 2 >= lo and items[j - 1].quote is None and (
            items[j - 1].word.endswith("s") and items[j - 1].word.isalpha() and not items[j - 1].capital
            and items[j - 2].quote is None and items[j - 2].word in DETERMINERS
        ):
            a = j - 2  # "The farmers' association", "the nurses' union": a plural possessive of people
            j -= 3
            break
        elif w in ("'", "\u2019") and (a < p or lowers and (j - 2 < lo or items[j - 2].quote is not None or (
            items[j - 2].word in (",", ";", ":") or items[j - 2].word in DETERMINERS
        ))) and j > lo and items[j - 1].is_cap and items[j - 1].word.endswith("s") and items[j - 1].quote is None:
            pass  # "The Lib Dems' health spokesperson", "Brooks' sister": a possessive ending in "s" inside the phrase
        elif w == "." and j > lo and items[j - 1].capital and (
            len(items[j - 1].word) <= 3 or "." in items[j - 1].word or items[j - 1].word in LONG_NAME_ABBREVIATIONS
        ):
            pass  # "James B. Comey Jr.,", "Toyota Motor Corp.": the full stop of an abbreviation ends the name
        elif w.endswith(("'s", "\u2019s")) and not it.capital and (a < p or lowers) and j - 1 >= lo and (
            items[j - 1].quote is None and items[j - 1].word in DETERMINERS
        ):
            a = j - 1  # "The bank's monetary policy committee": a common noun's possessive after its article
            j -= 2
            break
        elif w.endswith(("'s", "\u2019s")) and not it.capital and lowers and j - 2 >= lo and (
            items[j - 1].quote is None and items[j - 1].word.isalpha() and not items[j - 1].capital
            and items[j - 1].word not in FUNCTION_WORDS and items[j - 2].quote is None
            and items[j - 2].word in DETERMINERS
        ):
            a = j - 2  # "The wounded guard's wife": an adjective between the article and the possessive
            j -= 3
            break
        elif (w[:1].isalpha() or w.endswith("-year-old")) and not it.capital and w not in FUNCTION_WORDS and (
            w not in AUXILIARIES) and (  # ("The 67-year-old, who is up for reelection, said": an age is a noun)
            lowers < 2 or lowers < MAX_LOWER_NP_WORDS and j > lo and items[j - 1].quote is None and (
                items[j - 1].word.endswith(("'s", "\u2019s")) and not any(
                    items[t].word.endswith("ed") for t in range(j, p))
                or items[j - 1].word in ("a", "an") and items[p - 1].word in _title_words()[1]
            )  # ("A political science lecturer at the University of ...": an indefinite title's field)
        ):  # "the city council" (a third word after a possessive: "the EPP group's foreign affairs coordinator")
            lowers += 1  # accepted only if a determiner or a name closes it
        elif w.endswith(("'s", "\u2019s")) and not it.capital and lowers and j > lo and items[j - 1].is_cap:
            pass  # "EPP group's": a body named by a capitalised word and a common noun owns the role
        elif "-" in w and w[:1].isalpha() and not it.capital and a < p and j > lo and items[j - 1].quote is None and (
            items[j - 1].word in DETERMINERS
        ):
            pass  # "The centre-right EPP group's coordinator": a compound adjective after the article
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
    opener = items[a].word in DETERMINERS or items[a].word == "that" and a == lo or (  # ("That person said")
        items[a].word in NUMBER_WORDS and (a == lo or items[a - 1].quote is None and items[a - 1].word in (",", ";"))
    )  # ("Two Democratic Representatives said")
    if not opener and not items[a].is_cap and items[a].word not in inside:
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
    if p - a >= 2 and items[a].is_cap and items[a + 1].is_cap and (
        items[a].word in LEADING_ADVERBS and (a == lo or items[a - 1].quote is not None or items[a - 1].word in ",;:")
        or items[a].word in PLATFORMS and a > lo and items[a - 1].quote is None and items[a - 1].word in ("on", "via")
    ):
        a += 1  # "Afterwards Trump said", "On Twitter West accused": the adverb and the platform are no name
    if p - a >= 3 and items[a].word in DETERMINERS and not items[a + 1].capital and items[a + 1].word.isalpha() and (
        items[a + 2].is_cap and (items[a + 1].word in OCCASION_NOUNS or a > lo and items[a - 1].quote is None and (
            items[a - 1].word in PREPOSITIONS
        ))
    ):
        a += 2  # "In the speech Trump claimed", "After the inspections Brudzinski ordered": the object of the
        # opening preposition is not part of the name
    if not any(items[k].is_cap or items[k].word in inside for k in range(a, p)):
        # "the author wrote", "one user wrote": a determiner makes a lower-case phrase a speaker
        if opener or items[a].word in QUANTIFIERS and lower_ok:
            return (a, p) if a + 1 < p else None
        return None
    return (a, p)


# Bodies named after their subject with "on" ("Commission on Presidential Debates").
BODIES_ON = frozenset("committee subcommittee commission council panel conference board force caucus".split())
# Bodies named for a purpose ("The Committee to Protect Journalists", "the Campaign to Stop Killer Robots").
BODIES_TO = frozenset("committee commission council campaign coalition movement fund foundation alliance center "
                      "centre society league union".split())


def _body_link(items: list[Item], j: int) -> bool:
    """Is the "on" or "to" at ``j`` inside a body's name ("Commission on Presidential Debates", "Committee to
    Protect Journalists")?"""
    w, prev = items[j].word, items[j - 1]
    if not prev.is_cap or items[j].quote is not None:
        return False
    if w == "on":
        return prev.word in BODIES_ON
    if w == "in" and j >= 3 and prev.word.endswith("s") and items[j - 2].word == "of" and (
        items[j - 3].is_cap and items[j - 3].word in BODIES_IN
    ):
        return j + 1 < len(items) and items[j + 1].quote is None and items[j + 1].is_cap  # "Association of Banks
        # in Lebanon"
    return w == "to" and prev.word in BODIES_TO and j + 1 < len(items) and items[j + 1].capital and (
        items[j + 1].quote is None
    )


# Bodies named for their members in a place ("Association of Banks in Lebanon", "Federation of Trade Unions in
# Cyprus").
BODIES_IN = frozenset("association federation union council confederation chamber society league".split())
# Nouns of a point in time that may open a sentence before its subject ("The next day Smith said").
TIME_NOUNS = frozenset("day week month year morning afternoon evening night weekend".split())


# Bodies accredited "to" another ("Iran's mission to the EU", "the US delegation to the talks").
ACCREDITED_BODIES = frozenset("mission missions delegation delegations embassy".split())


COMPASS_WORDS = frozenset("southern northern eastern western central north south east west northeastern northwestern "
                           "southeastern southwestern".split())


def _head_before_preposition(items: list[Item], spk: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """The whole subject when the phrase before the cue is the object of a preposition: in "A spokeswoman for
    Janney said", "officials with the committee said" or "The senator from Vermont said" the spokeswoman, the
    officials and the senator speak, not Janney, the committee or Vermont."""
    a = spk[0]
    if a - 3 >= lo and items[a - 1].quote is None and items[a - 1].word == "by" and (
        items[a - 2].quote is None and items[a - 2].word in CONTACTED_PARTICIPLES
    ):  # "Three residents reached by Al Jazeera said", "A spokesman contacted by Reuters said": the people
        head = _np_left(items, a - 2, lo, lower_ok=True)  # reached, not who reached them
        return (head[0], spk[1]) if head is not None and not any(
            items[k].word in VERB_WORDS or items[k].word in PRONOUN_SUBJECTS for k in range(*head)) else None
    if a - 2 > lo and items[a - 1].quote is None and items[a - 2].quote is None and (
        items[a - 1].word in ("over", "on", "in", "at", "for", "with") and items[a - 2].word in PRESIDING_PARTICIPLES
        or items[a - 1].word == "to" and items[a - 2].word == "close"
    ):  # "The judge presiding over the case, Bernard Schwartz, said": the judge, not the case; "Sources close
        # to the Chancellor said": the sources
        head = _np_left(items, a - 2, lo, lower_ok=True)
        return (head[0], spk[1]) if head is not None and not any(
            items[k].word in VERB_WORDS for k in range(*head)) else None
    if a - 2 > lo and items[a - 1].quote is None and items[a - 1].word == "and" and not items[a - 1].capital:
        first = _np_left(items, a - 1, lo)  # "Authorities in the United Kingdom and the United States announced"
        if first is not None and first[0] - 1 > lo and items[first[0] - 1].quote is None and (
            items[first[0] - 1].word in SUBJECT_PREPOSITIONS
        ):
            a = first[0]
    if a - 2 > lo and items[a - 1].quote is None and items[a - 1].word in COMPASS_WORDS and not items[a - 1].capital:
        a -= 1  # "The UN peacekeeping force in southern Lebanon said": the force, not Lebanon
    to_title = a - 2 > lo and items[a - 1].quote is None and items[a - 1].word == "to" and (
        items[a - 2].quote is None and (
            items[a - 2].word in _title_words()[1] or items[a - 2].word in ACCREDITED_BODIES)
    )  # "Former US Ambassador to the United Nations Nikki Haley wrote": a title's "to" ("Iran's mission to the EU")
    if a - 1 <= lo or items[a - 1].quote is not None or items[a - 1].word not in SUBJECT_PREPOSITIONS and not (
        to_title
    ) or items[a - 1].capital:  # ("KILLED IN DEADLY ...": a headline in capitals)
        return None
    if a - 3 >= lo and items[a - 2].quote is None and items[a - 2].word in NAMING_PARTICIPLES and (
        items[a - 3].quote is None and items[a - 3].word.isalpha() and not items[a - 3].capital
        and items[a - 3].word.endswith("s") and items[a - 3].word not in FUNCTION_WORDS
    ):  # "The 42 senators named in the complaints said": the senators, not the complaints
        k = a - 3
        while k > lo and items[k - 1].quote is None and (items[k - 1].word.isdigit() or items[k - 1].word in (
            DETERMINERS) or items[k - 1].word.isalpha() and not items[k - 1].capital and (
            items[k - 1].word not in FUNCTION_WORDS and items[k - 1].word not in AUXILIARIES
        )) and a - 3 - k < MAX_NP_TOKENS // 2:
            k -= 1
        return (k, spk[1])
    head = _np_left(items, a - 1, lo, lower_ok=True)
    if head is None or items[head[1] - 1].word in PRONOUN_SUBJECTS or items[head[1] - 1].word in FUNCTION_WORDS or (
        items[head[1] - 1].word in TIME_NOUNS
    ):  # ("The next day on Twitter West said": a time)
        return None
    for k in range(*head):
        w = items[k].word
        if w in AUXILIARIES or w in VERB_WORDS or w.endswith(("n't", "n\u2019t")) or k > head[0] and (
            w.endswith("ed") and not items[k].capital and (items[k - 1].is_cap or items[k - 1].word in QUANTIFIERS)
        ):
            return None  # "Christie wouldn't discuss on the call-in", "many laughed at Trump's approach": a verb
    if head[0] > lo and items[head[0] - 1].quote is None and items[head[0] - 1].word in SUBJECT_PREPOSITIONS | {
        "to", "by", "about", "into", "under", "over", "after", "before", "during"
    }:
        # a chain of phrases: "A nurse at a hospital in Tripoli said" (a subject) or "In a poll for NBC News the
        # network said" (an adverbial, which no subject opens)
        outer = _head_before_preposition(items, head, lo) if items[head[0] - 1].word in SUBJECT_PREPOSITIONS else None
        if outer is None or not (outer[0] == lo or not items[outer[0] - 1].word[:1].isalnum()):
            return None
        if items[outer[0]].word in ("a", "an"):  # an indefinite person opening its clause: "A nurse at a hospital
            return (outer[0], spk[1])  # in Tripoli"
        # a definite person or a name opening the sentence or after its opening phrase ("The head of the delegation
        # at the talks", "In Dushanbe, the head of ...", "Jane Smith of the union in Ohio"), not an appositive
        # after a name ("Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano,")
        a = outer[0]
        opening = a == lo or items[a - 1].quote is not None or items[a - 1].word == "," and (
            items[lo].quote is None and items[lo].word in PREPOSITIONS and items[lo].capital and not any(
                items[k].quote is not None or items[k].word in ",;:" for k in range(lo + 1, a - 1)))
        named = items[a].word == "the" or items[a].is_cap and all(
            items[k].is_cap and items[k].word not in FUNCTION_WORDS or k > a and items[k].quote is None and (
                items[k].word in NAME_PARTICLES or ELIDED_PARTICLE_RE.match(items[k].word) is not None
            ) for k in range(a, head[0] - 1))
        return (a, spk[1]) if opening and named else None
    return (head[0], spk[1])


# A French or Italian particle elided before a vowel, glued to the family name ("d'Arcangues", "d'Alema").
ELIDED_PARTICLE_RE = re.compile(r"[dl]['\u2019]\w")


# Participles by which a document or a list names the people who speak ("the senators named in the complaints",
# "the officers listed in the report").
NAMING_PARTICIPLES = frozenset("named listed mentioned cited identified accused charged implicated".split())
# Participles that attach an office's domain to the person before them ("the judge presiding over the case",
# "the officer leading the inquiry", "the lawyer representing the family").
PRESIDING_PARTICIPLES = frozenset("presiding working serving sitting".split())
# Prepositions that attach a phrase to the noun before it inside a subject ("a spokesman for", "officials
# with", "the senator from").
SUBJECT_PREPOSITIONS = frozenset("for with from at of in on near within among inside outside".split())


def _particles_then_name(items: list[Item], k: int, p: int) -> bool:
    """True when items[k:p] go on with name particles and then a capitalised word ("der Leyen", "Blasio")."""
    while k < p and not items[k].is_cap and items[k].word in NAME_JOINERS - {"of", "for", "and", "at"}:
        k += 1
    return k < p and items[k].is_cap


def _listed_name_end(items: list[Item], j: int, hi: int) -> int | None:
    """The end of a body's name that lists its fields from the comma at ``j`` (", Refugees and Citizenship
    Canada", ", Energy, the Environment and Water"): capitalised words between commas, then "and" and
    capitalised words, and nothing after but the clause's end or a bracket; else ``None``."""
    k, joined = j, False
    while k < hi and items[k].quote is None and items[k].word == ",":
        k += 1
        if k < hi and items[k].quote is None and items[k].word in ("and", "&"):
            k, joined = k + 1, True
        elif k < hi and items[k].word == "the":
            k += 1
        start = k
        while k < hi and items[k].quote is None and items[k].is_cap:
            k += 1
        if k == start:
            return None
        if k < hi and items[k].quote is None and items[k].word in ("and", "&") and not joined:
            k, joined = k + 1, True
            start = k
            while k < hi and items[k].quote is None and items[k].is_cap:
                k += 1
            if k == start:
                return None
    if not joined or k - j > MAX_NP_TOKENS:
        return None
    end = k
    if k < hi and items[k].quote is None and items[k].word == "(":  # "(IRCC)": its acronym
        k = next((t + 1 for t in range(k + 1, min(hi, k + 4)) if items[t].word == ")"), hi)
    return end if k >= hi or items[k].quote is not None or items[k].word in (".", ";", ":") else None


MAX_TITLE_BRACKET_TOKENS = 4  # words of a title's brief or unit in brackets ("(crime and operations)")
MAX_RANK_LETTERS = 4  # a rank's initials before its unit in brackets ("DCP (Zone 9)")


def _np_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """Item range [p, b) of a speaker phrase starting at ``p`` ("said Lavrov", "according to X")."""
    inside, _, _ = _title_words()
    j = p
    if j < hi and items[j].word in NAME_JOINERS and not (items[j].capital and (
        _particles_then_name(items, j + 1, hi) or j + 1 < hi and items[j + 1].word == "."
    )):
        return None  # "of the campaign" is no name; "Le Pen", "De Blasio", "Van Hollen", "Del. Stacey Plaskett" are
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
        elif b == j > p and items[j - 1].is_cap and not it.capital and w in PLACE_PEOPLE_NOUNS and (
            j + 2 < hi and items[j + 1].is_cap and items[j + 2].is_cap or items[p].word in ("a", "an")
        ):
            b = j + 1  # "said Westdene resident Nomsa Dube": a place's resident, then the name ("said a Myawaddy
            # resident who gave her name only as Khin": a resident, unnamed)
        elif b == j > p and (items[j - 1].word in inside or items[j - 1].is_cap and not it.capital) and (
            title_end := _title_goes_on(items, j, hi)
        ) is not None and (items[j - 1].word in inside or title_end < hi and items[title_end].is_cap):
            # ("Samwu regional secretary Sipho Ngcobo": a body's name, its officer's title, then the name)
            b = j = title_end  # "Amnesty's deputy regional director for the Middle East and North Africa"
            continue
        elif (w in NAME_JOINERS or w == "to" and items[j - 1].word in inside) and b > p and j + 1 < hi and (
            items[j + 1].is_cap or items[j + 1].word in DETERMINERS
            or w in NAME_PARTICLES and _particles_then_name(items, j + 1, hi)
        ):
            pass  # ("the former ambassador to Russia, Michael McFaul": a title's "to"; "said Ursula von der Leyen")
        elif w == "," and b == j > p and items[j - 1].is_cap and (listed := _listed_name_end(items, j, hi)):
            b = j = listed  # "according to Immigration, Refugees and Citizenship Canada": one body's fields
            continue
        elif w in ("-", "&") and b > p:
            pass
        elif w == "all" and it.capital and not it.shouted and b == j > p and j + 1 < hi and (
            items[j + 1].is_cap and items[j + 1].quote is None and items[j - 1].quote is None
            and items[j - 1].word.isalpha() and not items[j - 1].capital
        ):
            pass  # "The ruling All Progressives Congress": "All" opening a body's name
        elif w == "(" and b == j > p and items[j - 1].is_cap and j + 3 < hi and items[j + 1].is_cap and (
            items[j + 2].quote is None and items[j + 2].word == ")"
            and (items[j + 3].is_cap or items[j + 3].word in inside)
        ) and all(items[k].quote is None for k in range(j, j + 3)):
            j += 3  # "National Nutrition Agency (BGN) head Teguh Santosa Wibisono": a body's acronym inside the title
            continue
        elif w == "(" and b == j > p and items[j - 1].quote is None and (
            items[j - 1].word in _title_words()[1]
            or items[j - 1].shouted and len(items[j - 1].word) <= MAX_RANK_LETTERS
        ) and (
            (close := next((t for t in range(j + 1, min(hi - 1, j + MAX_TITLE_BRACKET_TOKENS + 2))
                            if items[t].quote is None and items[t].word == ")"), None)) is not None
            and items[close + 1].is_cap and all(items[t].quote is None and (
                items[t].word[:1].isalnum()) for t in range(j + 1, close))
        ):
            j = close + 1  # "said DMP Additional Commissioner (crime and operations) Shafiqul Haque Bhuiyan",
            continue  # "said DCP (Zone 9) Ramesh Kumar": the title's brief or unit in brackets
        elif w in ("'", "\u2019") and b == j and items[j - 1].capital and items[j - 1].word.endswith("s") and (
            j + 1 < hi and items[j + 1].is_cap
        ):
            pass  # "said the Veterans' Affairs Department": a plural possessive inside the name
        elif w == "." and b == j and items[j - 1].capital and len(items[j - 1].word) <= 4 and j + 1 < hi and (
            items[j + 1].is_cap
        ):
            pass  # "said Mr. Burman", "said Sen. Patty Murray": the full stop of a title's abbreviation
        elif (w[:1].isalpha() and b > p and j - p < 4 and w not in CONJUNCTIONS and _lower_noun_ok(items, j, hi)
              and (items[j - 1].word in DETERMINERS or items[j - 1].word in NUMBER_WORDS and j - 2 >= p
                   and items[j - 2].word in DETERMINERS or b == j and _noun_for_people(items, p, j))):
            b = j + 1  # "the state-run agency", "the two presidents", "the research team": lower-case words
            # only right after a determiner, or a noun for people after such a word
        elif w[:1].isalpha() and b == j and items[j - 1].capital and items[j - 1].word.endswith(("'s", "\u2019s")):
            # "China's commerce ministry": lower-case words after a possessive name, up to a title or office
            k = j
            while k < min(hi, j + MAX_DESCRIPTION_WORDS) and items[k].quote is None and (
                items[k].word[:1].isalpha() and not items[k].capital and items[k].word not in inside
                and _lower_noun_ok(items, k, hi) and items[k].word not in VERB_WORDS
                and items[k].word not in CONJUNCTIONS
            ):
                k += 1
            if k < hi and items[k].quote is None and not items[k].capital and items[k].word in inside:
                b = j = k + 1
                continue
            if k > j and items[k - 1].word.endswith(AGENT_ENDINGS) and (
                k >= hi or items[k].quote is not None or not items[k].word[:1].isalnum()
            ):
                b = k  # "said Clinton's introducer, actress Jamie Lee Curtis": a noun for a person ends it
                break
            if k > j and k + 1 < hi and items[k].quote is None and items[k].is_cap and items[k + 1].is_cap and (
                items[k + 1].quote is None and not items[k + 1].word.endswith(("'s", "\u2019s"))
            ) and not any(items[t].word in FUNCTION_WORDS or items[t].word in PREPOSITIONS for t in range(j, k)):
                j = k  # "Huber's longtime tag team partner Erick Rowan": the name the description leads to
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


# Nouns for someone from a place, written between the place and the name ("Westdene resident Nomsa Dube").
PLACE_PEOPLE_NOUNS = frozenset("resident native local villager shopkeeper trader farmer commuter".split())


def _title_goes_on(items: list[Item], j: int, hi: int) -> int | None:
    """After a title word, the end of what goes on with it: a lower-case word or two before another title
    word ("deputy regional director"), or a portfolio or region ("director for the Middle East and North
    Africa"); ``None`` otherwise."""
    inside = _title_words()[0]
    k = j
    while k < min(hi, j + 2) and items[k].quote is None and items[k].word.isalpha() and not items[k].capital and (
        items[k].word not in inside and items[k].word not in VERB_WORDS and items[k].word not in FUNCTION_WORDS
        and items[k].word not in DETERMINERS and not items[k].word.endswith("ed")
    ):
        k += 1
    if k > j:
        return k + 1 if k < hi and items[k].quote is None and not items[k].capital and items[k].word in inside else None
    if items[j].quote is not None or items[j].word not in ("for", "of", "on") or j + 1 >= hi or (
        items[j - 1].word.endswith("s") or items[j - 1].word not in _title_words()[1]
    ):  # (a title's portfolio, not a group's place: "Republicans on Capitol Hill")
        return None
    k = j + 1 + (items[j + 1].quote is None and items[j + 1].word == "the")
    end = k
    while end < hi and items[end].quote is None and (items[end].is_cap or items[end].word in ("and", "&") and (
        end + 1 < hi and items[end + 1].is_cap
    )):
        end += 1
    return end if end > k else None


def _noun_for_people(items: list[Item], p: int, j: int) -> bool:
    """Is the lower-case word at ``j`` the head of a compound after a determiner at ``p`` ("the research
    team", "the election commission"), not a verb or an adverb ("the plan would", "the group also")?"""
    w = items[j].word
    return items[p].word in DETERMINERS and j - p == 2 and not items[j - 1].capital and w.isalpha() and (
        w.endswith(AGENT_ENDINGS) or w in COLLECTIVE_NOUNS
    ) and w not in VERB_WORDS and w not in FUNCTION_WORDS


# Nouns for bodies of people, beside the endings of nouns for people (AGENT_ENDINGS: a verb after the subject
# rarely ends so: "the billionaire businessman", "the campaign manager", "the party strategists").
COLLECTIVE_NOUNS = frozenset(
    "team teams group groups media outlet outlets publication agency office council committee commission board "
    "panel staff".split()
)


def _abbreviation_stop(items: list[Item], k: int) -> bool:
    """The full stop at ``k`` ends an abbreviation ("S.C.", "D.C.", "Sen."), not a sentence."""
    prev = items[k - 1] if k > 0 else None
    return items[k].word == "." and prev is not None and prev.quote is None and prev.capital and (
        "." in prev.word or len(prev.word) <= 3)


def _is_word(it: Item) -> bool:
    return it.quote is None and it.word[:1].isalnum()


def _lower_np_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """'said one of those advisers, who ...': a determiner-led phrase up to the next punctuation."""
    if p >= hi or items[p].quote is not None or not (items[p].word in DETERMINERS or items[p].word in QUANTIFIERS):
        return None
    b = p + 1
    limit = MAX_NP_TOKENS // 2
    while b < hi and b - p < limit and items[b].quote is None and items[b].word[:1].isalnum():
        if items[b].word in ("who", "whose"):
            limit = MAX_NP_TOKENS  # "said the man who built his political career there"
        b += 1
    return (p, b) if b > p + 1 else None


MAX_LOWER_LEAD = 3


def _described_name_right(items: list[Item], p: int, hi: int) -> tuple[int, int] | None:
    """'said election lawyer Joe Birkenstock', 'said undecided Republican voter Stephanie Hooton of Derry':
    lower-case words of description mixed with capitalised ones, ending in a name that closes the clause
    (used after a quote, where nothing else can follow the cue)."""
    q = p
    while q < min(hi, p + 3) and items[q].quote is None and (items[q].word[:1].isdigit() or items[q].word == "/" and (
        q > p and q + 1 < hi and items[q + 1].word.isdigit()
    )):
        q += 1  # "said 9/11 widow Terry Strada", "said 29-year-old voter ...": a date, age or number leads
    if q >= hi or items[q].quote is not None or items[q].capital or not items[q].word.isalpha():
        return None
    j = q
    last_cap = -1
    while j < hi and j - p < MAX_NP_TOKENS and items[j].quote is None:
        it = items[j]
        w = it.word
        if it.is_cap:
            last_cap = j
        elif w == "." and last_cap == j - 1 and len(items[j - 1].word) <= 4 and (
            j + 1 < hi and items[j + 1].is_cap or items[j - 1].word in ("jr", "sr")
        ):
            pass  # "Lt. Gen.", "Jr." (not the full stop after "Ann Lee")
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


def _phrase_right(items: list[Item], p: int, hi: int, limit: int = MAX_NP_TOKENS) -> tuple[int, int] | None:
    """A noun phrase after "according to" that opens with a determiner, a number or a name and runs to the
    next punctuation ("a new poll by the Harvard University Institute of Politics", "early results"), at
    most ``limit`` tokens."""
    if p >= hi or not _is_word(items[p]) or items[p].word in CONJUNCTIONS or items[p].word in PRONOUN_SUBJECTS:
        return None
    b = p
    while b < hi and b - p < limit and _is_word(items[b]) and items[b].word not in ("that", "who", "which"):
        b += 1
    if b < hi and b - p >= limit:
        return None
    return (p, b) if b > p else None


# Lower-case words between a possessive name and the title or name they describe ("Huber's longtime tag
# team partner Erick Rowan").
MAX_DESCRIPTION_WORDS = 4


def _lower_noun_ok(items: list[Item], j: int, hi: int) -> bool:
    """A lower-case word inside a right-hand noun phrase ("a spokesman for the campaign")."""
    return items[j].word not in AUXILIARIES and items[j].word not in ADVERBIAL_WORDS - DETERMINERS


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


MAX_HEADING_CHARS = 60


def _noun_phrase(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The speaker span [s, e) cut to a noun phrase: no leading conjunction, no verb or adverb after the
    head, and a pronoun alone ("I don't" -> "I"). ``None`` when no noun phrase is left."""
    brk = text.rfind("\n", s, e)
    if brk >= 0 and brk - (text.rfind("\n", 0, brk) + 1) < MAX_HEADING_CHARS:
        s = brk + 1  # "Next steps\nThe presidency said": a heading line is no part of the subject (a line of
        # hard-wrapped text is longer)
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text, s, e)]
    if not words:
        return None
    while words and words[0][2].lower() in NP_OPENERS_NOT and len(words) > 1:
        words = words[1:]
    first = words[0][2]
    head = first.replace("\u2019", "'").partition("'")[0].lower()
    if head in PRONOUN_SUBJECTS and (len(words) > 1 or head != first.lower()) and not (
        first.isupper() and len(first) > 1 and len(words) > 1 and any(w[2][:1].isupper() for w in words[1:])
    ):  # (not "WHO Director-General Amara Tesfaye", "WHO incident manager Amara Sesay": an acronym before a title)
        ps = words[0][0]
        return ps, ps + len(head)  # "I don't", "I'm Rich Bowen": the pronoun is the speaker
    while len(words) > 1 and (
        words[-1][2] in VERB_WORDS or words[-1][2].endswith("n't") or words[-1][2] in NP_TRAILERS
        or words[-1][2].islower() and len(words[-1][2]) > 4 and words[-1][2].endswith(("ly", "ed"))
        and words[-1][2] not in LY_NOUNS  # ("the family said": a noun)
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
