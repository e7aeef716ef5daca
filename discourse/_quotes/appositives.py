"""Speaker phrases set off by punctuation before a cue (:func:`_speaker_left`): an appositive or age
between commas ("Peskov, the Kremlin's spokesman, said"), a role then a bare name ("The Kremlin's
spokesman, Dmitry Peskov, said"), dashes, brackets, company phrases ("the rebels, led by ..., said") and
relative clauses ("an official who ... said"); a name after a role behind the cue ("said the campaign's
spokeswoman, Hope Hicks"); and whether a phrase is an appositive, or a thing rather than a speaker."""

from __future__ import annotations

import re

from ..gender import is_given_name
from .constants import (
    APPOSED_BODY_HEADS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    KIN_NOUNS,
    LEADING_ADVERBS,
    MAX_APPOSITIVE_TOKENS,
    MAX_NP_TOKENS,
    NAME_JOINERS,
    NAME_LINK_WORDS,
    NOT_DESCRIPTIONS,
    POST_NOMINALS,
    PREPOSITIONS,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    SERVING_PREPOSITIONS,
    TIME_WORDS,
)
from .lexicon import NOT_ALONE_TITLE_WORDS, _place_names, _source_nouns, _title_words
from .phrases import VERB_WORDS, _head_before_preposition, _is_word, _np_left, _quoted_nickname
from .subjects import DASHES, _after_dateline, _group_np_left, _state_after_city
from .units import Item

MAX_PAREN_TOKENS = 16


# Passive participles of being questioned, opening an aside after a name ("Mr. Trump, asked about ..., said").
QUESTIONED_PARTICIPLES = frozenset("asked pressed questioned challenged confronted interviewed reached".split())


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
    if p - 1 > lo and items[p - 1].quote is None and items[p - 1].word == "," and _party_or_age(items, p - 2) and (
        (head := _speaker_left(items, p - 1, lo, loose)) is not None
    ):
        return head  # a stray comma after the bracket: "Gov. John Kasich (R-OH), said", "Ramesh Kumar (45), said"
    if p > lo and items[p - 1].quote is None and items[p - 1].word == ",":
        party = _party_aside_start(items, p - 1, lo)
        if party is not None:  # "Prime Minister Radu Stoenescu, of the National Liberal Party, PNL, said"
            return _np_left(items, party, lo)
        # an appositive or relative clause between commas: "Peskov, the Kremlin's spokesman, said"
        nxt = p - 1  # the comma closing the phrase that opens after ``c``
        for c in range(p - 2, max(lo, p - 2 - MAX_APPOSITIVE_TOKENS), -1):
            it = items[c]
            if it.quote is not None and it.quote.words <= MAX_NAMED_QUOTE_WORDS and c - 1 > lo and (
                items[c - 1].quote is None and items[c - 1].word in NAMING_WORDS
            ):
                continue  # "Korir, who trains in Iten, the so-called "Home of Champions", said": a name
            if c > lo and _quoted_nickname(items, c, lo, c + 1):
                continue  # 'The head of the chamber, Leopoldo "Polo" Tirado Félix, told': a nickname in the name
            if it.quote is not None or it.word in ";:":
                return None
            if it.word == "," and _state_after_city(items, c + 1, p - 1):
                # "Trump, speaking at a rally in Wilmington, N.C., warned": read as if the city's state were not
                # there ("Carole Bower, 75, a retiree in Carthage, Ill., supported" too)
                return _speaker_left(items, c + 1, lo, loose)
            if it.word == "," and _place_appositive(items, c, p - 1):
                continue  # "Grassley, facing a challenge in Iowa, a swing state, said": the place's appositive
            if it.word == "," and _inside_listed_name(items, c, p - 1):
                continue  # "..., deputy secretary-general of the Textile, Apparel, Footwear and Travel Goods
                # Association in Cambodia (TAFTAC), cautioned": a body's name that lists its trades
            if it.word == "," and _place_in_relative(items, c, nxt, lo):
                nxt = c  # "Tokunbo Wahab, who gave the warning in Alausa, Ikeja, said": the place goes on, and
                continue  # so does a phrase ("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
                # 2012, said")
            if it.word == ",":
                named = _role_then_name(items, c, p - 1, lo)
                if named is not None:  # "The Kremlin's spokesman, Dmitry Peskov, said": the name speaks
                    return named
                aside = _prepositional_aside_start(items, c, lo)
                if aside is not None and _bare_name(items, c + 1, p - 1):
                    # "The Peoples Democratic Party, in a statement by its national publicity secretary, Chidi
                    # Nwachukwu, said": the aside names who wrote it; the clause's subject speaks
                    return _np_left(items, aside, lo)
                if items[c + 1].quote is None and items[c + 1].word in COMPANY_OPENERS:
                    return _np_left(items, c, lo, lower_ok=True)  # "Opposition parties, including ..., said"
                if 1 <= p - 1 - c - 1 <= 2 and (items[c + 1].word.isdigit() or items[c + 1].word.endswith("%")) and (
                    items[p - 2].word in ("percent", "%") or items[c + 1].word.endswith("%")
                ):  # "Just over a quarter, 26 percent, say": a share and its figure
                    share = _group_np_left(items, c, lo)
                    if share is not None:
                        return (share[0], p - 1)
                if _is_appositive(items, c + 1, p - 1) and not (
                    items[c + 1].word == "which" and any(items[k].word == "," for k in range(lo, c))
                ) or (  # "Ki Hong, 33, said": an age ("Michael Mulgrew, president of the United Federation of
                    # Teachers, which represents ..., said": the "which" is the body's, the name speaks)
                    p - 1 - c <= 2 and items[c + 1].word.isdigit() and c > lo and items[c - 1].is_cap
                ) or (
                    loose and p - 1 - c <= MAX_NP_TOKENS and items[c - 1].is_cap and (
                        items[c + 1].word in DETERMINERS or _is_word(items[c + 1]) and not items[c + 1].capital
                        and items[c + 1].word not in FUNCTION_WORDS and items[c + 1].word not in AUXILIARIES)
                ) or (  # "De Blasio, speaking on WOR710, called ...": a participle phrase after a name (also
                    c > lo and items[c - 1].is_cap and (  # "Dr Musa Danjuma, while receiving the governors, said")
                        items[c + 1].word.endswith("ing") or items[c + 1].word in QUESTIONED_PARTICIPLES
                        or items[c + 1].word in ("while", "when", "after", "before") and c + 2 < p
                        and items[c + 2].quote is None and items[c + 2].word.endswith("ing"))
                    and p - 1 - c <= MAX_APPOSITIVE_TOKENS
                ) or (  # "Blunt, after a long pause, said": a prepositional phrase after a name
                    c > lo and items[c - 1].is_cap and items[c + 1].word in PREPOSITIONS
                    and p - 1 - c <= MAX_APPOSITIVE_TOKENS
                ):
                    label = _party_label_before(items, c, lo)
                    if label is not None:  # "Rep. Wade Hollister, R-Texas, who chairs the caucus, said": the
                        return _np_left(items, label, lo)  # name before the party and state
                    return (_before_participle_phrase(items, c, lo) or _before_appositive_chain(items, c, lo)
                            or (_speaker_left(items, c, lo, loose) if items[c - 1].word == ")" else None)
                            or _np_left(items, c, lo, lower_ok=items[c + 1].word in ("who", "whose", "which")))
                    # ("One attendee, who ...": a lower-case head before a relative clause)
                    # ("Sen. Ted Cruz (R-Texas), a GOP presidential hopeful, called": the name before the bracket)
                return None
        return None
    spk = _np_left(items, p, lo, lower_ok=True)
    if spk is not None:
        return _title_before_bracket(items, spk, lo)
    # "a White House official who spoke anonymously ... said": the phrase before "who"
    for k in range(p - 1, max(lo, p - MAX_NP_TOKENS) - 1, -1):
        it = items[k]
        if it.quote is not None or it.word in ",;:":
            break
        if it.word == "who":
            return _np_left(items, k, lo, lower_ok=True)
    return None


# Words before a short quotation that make it a name inside an appositive ("the so-called "Home of
# Champions"", "known as "The Royal"").
NAMING_WORDS = frozenset("so-called dubbed nicknamed called as".split())
MAX_NAMED_QUOTE_WORDS = 4


def _party_label_before(items: list[Item], c: int, lo: int) -> int | None:
    """The comma opening a party-and-state label between commas right before ``c`` (", R-Texas," ", D-Mich.,"),
    when a name stands before it; else ``None``."""
    k = c - 1
    while k > lo and items[k].quote is None and items[k].word in (".",):
        k -= 1
    for _ in range(MAX_DISTRICT_EXTRA_WORDS):  # (a district of more words: ", D-Grand Blanc,")
        if k - 1 > lo and items[k].quote is None and items[k].is_cap and not PARTY_LABEL_RE.fullmatch(items[k].word):
            k -= 1
    if k - 1 <= lo or items[k].quote is not None or not PARTY_LABEL_RE.fullmatch(items[k].word):
        return None
    return k - 1 if items[k - 1].quote is None and items[k - 1].word == "," and items[k - 2].is_cap else None


PARTY_LABEL_RE = re.compile(r"[rdi][-\u2013][a-z][a-z.]*")
MAX_DISTRICT_EXTRA_WORDS = 2


def _party_or_age(items: list[Item], c: int) -> bool:
    """Does the bracket closing at ``c`` hold a party and state ("(R-OH)", "(D-R.I.)") or an age ("(45)")?"""
    if c < 2 or items[c].word != ")" or items[c].quote is not None:
        return False
    o = next((k for k in range(c - 1, max(0, c - 8), -1)
              if items[k].word in ("(", ")") or items[k].quote is not None), None)
    if o is None or items[o].word != "(" or items[o].quote is not None:
        return False
    inner = [items[k].word for k in range(o + 1, c)]
    party = "".join(inner)
    return len(inner) == 1 and inner[0].isdigit() and len(inner[0]) <= 3 or (
        len(party) >= 3 and party[0] in "rdi" and party[1] in "-\u2013" and party[2].isalpha())


# Nouns that describe a place in an appositive ("Iowa, a swing state,", "Flint, a city of 100,000,").
PLACE_NOUNS = frozenset("state city town country county district suburb village province region island".split())


def _inside_listed_name(items: list[Item], c: int, b: int) -> bool:
    """Is the comma at ``c`` inside a capitalised name that lists its fields ("the Textile, Apparel, Footwear and
    Travel Goods Association"): one capitalised word before it, capitalised words after it up to the next comma,
    and an "and" with capitalised words further on before ``b``?"""
    if c < 1 or items[c - 1].quote is not None or not items[c - 1].is_cap:
        return False
    k = c + 1
    while k < b and items[k].quote is None and items[k].is_cap:
        k += 1
    if k == c + 1 or k >= b or items[k].quote is not None or items[k].word not in (",", "and"):
        return False
    t = k
    while t < b and items[t].quote is None and (items[t].is_cap or items[t].word == ","):
        t += 1
    if not (t + 1 < b and items[t].quote is None and items[t].word == "and" and items[t + 1].is_cap):
        return False
    e = t + 1
    while e < b and items[e].quote is None and items[e].is_cap:
        e += 1
    f = c - 1  # the list's first field
    while f >= 2 and items[f - 1].quote is None and items[f - 1].word == "," and items[f - 2].is_cap:
        f -= 2
    return items[e - 1].word in _title_words()[2] or f >= 2 and items[f - 1].quote is None and (
        items[f - 1].word in ("of", "for") and items[f - 2].word in _title_words()[2]
    )  # (a body's noun ends it, or opens it: "the Tehran Chamber of Commerce, Industries, Mines and Agriculture";
    # not a list of people or places)


def _place_appositive(items: list[Item], c: int, b: int) -> bool:
    """Is items[c + 1 : b] a lower-case appositive about the place before the comma ``c`` ("a swing state")?"""
    if c < 1 or b - c > MAX_PLACE_APPOSITIVE_TOKENS or not items[c - 1].is_cap or items[c - 1].quote is not None:
        return False
    if items[c + 1].quote is not None or items[c + 1].word not in ("a", "an"):
        return False
    words = [items[k] for k in range(c + 1, b)]
    return all(it.quote is None and not it.capital for it in words) and any(
        it.word in PLACE_NOUNS for it in words) and not any(
        it.word in _title_words()[1] and it.word not in PLACE_NOUNS for it in words)


MAX_PLACE_APPOSITIVE_TOKENS = 7


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


MAX_BARE_TITLE_WORDS = 3  # words of a bare lower-case title opening an appositive ("station house officer")
# Words that open an appositive giving a person's other name ("call sign Yarik", "known as El Mayo").
NICKNAME_OPENERS = (("call", "sign"), ("known", "as"), ("nicknamed",), ("alias",), ("aka",), ("nom", "de", "guerre"))


def _nickname_opens(items: list[Item], a: int, b: int) -> bool:
    """Does items[a:b] open with the words of another name for the person before it ("call sign Yarik")?"""
    words = tuple(it.word for it in items[a : min(b, a + 3)] if it.quote is None)
    return any(words[: len(o)] == o and b - a > len(o) for o in NICKNAME_OPENERS)


def _before_appositive_chain(items: list[Item], c: int, lo: int) -> tuple[int, int] | None:
    """"Giovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said": the
    phrase before the comma ``c`` is itself an appositive of a name further left; that name speaks."""
    for c2 in range(c - 1, max(lo, c - MAX_APPOSITIVE_TOKENS) - 1, -1):
        it = items[c2]
        if it.quote is not None or it.word in ";:":
            return None
        if it.word == ",":
            if 1 <= c - c2 - 1 <= 3 and all(items[k].is_cap for k in range(c2 + 1, c)) and _institution_before(
                items, c2, lo
            ):
                continue  # "..., a geriatrician at the University of California, San Francisco, who ...": the city
            if c2 > lo and items[c2 - 1].is_cap and c2 + 1 < c and (
                items[c2 + 1].word in DETERMINERS and _is_appositive(items, c2 + 1, c)
                or not items[c2 + 1].capital and items[c2 + 1].word.isalpha() and (
                    items[c2 + 1].word not in FUNCTION_WORDS and items[c2 + 1].word not in QUANTIFIERS
                ) and any(items[k].quote is None and items[k].word in _title_words()[1] and not (
                    items[k].word.endswith("s")) for k in range(c2 + 1, min(c, c2 + 1 + MAX_BARE_TITLE_WORDS)))
            ) or c2 > lo and items[c2 - 1].is_cap and _nickname_opens(items, c2 + 1, c):
                # (a bare lower-case title too: "Inspector Rajbir Singh Dahiya, station house officer (SHO) of the
                # cyber police station, who led the team, told HT"; a nickname: "Serhii Yarmolenko, call sign
                # Yarik, the commander of ...")
                return _np_left(items, c2, lo)
            if c2 > lo and items[c2 - 1].is_cap and c == c2 + 2 and items[c2 + 1].word.isdigit():
                return _np_left(items, c2, lo)  # "Carole Bower, 75, a retiree in Carthage, supported": an age
            return None
    return None


MAX_BARE_NAME_TOKENS = 6


def _bare_name(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a person's name and nothing else: capitalised words, initials and particles
    ("Dmitry Peskov", "Mr Gove", "James B. Comey", "Ursula von der Leyen"), not a day or a clause?"""
    family_he = b - a >= 2 and items[a].capital and items[a].word == "he" and items[a + 1].is_cap
    if b <= a or b - a > MAX_BARE_NAME_TOKENS or not (items[a].is_cap or family_he) or items[a].word in TIME_WORDS:
        return False  # (the Chinese family name He: "A ministry spokeswoman, He Yanling, told")
    for k in range(a + family_he, b):
        it = items[k]
        if it.quote is not None and k > a and _quoted_nickname(items, k, a, k + 1):
            continue  # 'Leopoldo "Polo" Tirado Félix': a nickname between the given and the family name
        if it.quote is not None:
            return False
        if it.is_cap or it.word == "." and items[k - 1].is_cap and len(items[k - 1].word) <= 4:
            continue  # ("Hon. Rehema Mwakyusa", "Prof. Babatunde Ogunleye")
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


# Words that count a role before its name ("One senator, Eduardo Bhatia,", "Another official, ...").
ROLE_QUANTIFIERS = frozenset("one another a an".split())


MAX_NAME_TITLE_WORDS = 6


def _titled_bare_name(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a lower-case title and a name ("civil and environmental engineering professor Julian
    Marshall", after a nationality: "Filipino nurse Joanna Reyes")? The last lower-case word must be a title."""
    while a < b - 2 and items[a].quote is None and items[a].capital and items[a].word in _place_names():
        a += 1
    k = a
    while k < b and k - a < MAX_NAME_TITLE_WORDS and items[k].quote is None and not items[k].capital and (
        items[k].word.replace("-", "").isalpha()
    ):
        k += 1
    return a < k < b and items[k - 1].word in _title_words()[1] and _bare_name(items, k, b)


def _described_bare_name(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a few lower-case words and a name ("former tennis player Pam Shriver")?"""
    k = a
    while k < b and k - a < MAX_NAME_TITLE_WORDS and items[k].quote is None and not items[k].capital and (
        items[k].word.replace("-", "").isalpha() and items[k].word not in FUNCTION_WORDS
        and items[k].word not in PREPOSITIONS and items[k].word not in NOT_DESCRIPTIONS
    ):
        k += 1
    return a < k < b and _bare_name(items, k, b)


def _capital_titled_name(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a capitalised title (after lower-case words) and a name ("former Senate President Juan
    Ponce Enrile", "Senator Imee Marcos")?"""
    titles = _title_words()[1]
    k = a
    while k < b and k - a < MAX_NAME_TITLE_WORDS and items[k].quote is None and not items[k].capital and (
        items[k].word.isalpha() and items[k].word not in FUNCTION_WORDS
    ):
        k += 1
    t = k
    while t < b and t - k < MAX_NAME_TITLE_WORDS and items[t].quote is None and items[t].capital and (
        items[t].word in titles or items[t].word in _title_words()[0] or t + 1 < b and items[t + 1].word in titles
    ):
        t += 1
    return k < t < b and items[t - 1].word in titles and _bare_name(items, t, b)


def _body_titled_name(items: list[Item], a: int, b: int) -> bool:
    """Is items[a:b] a body's capitalised name (perhaps with its name in another language in brackets), a
    lower-case title and a name ("Democratic Centre (Centro Democrático) candidate Andrés Felipe Montoya")?"""
    k = a
    while k < b and items[k].quote is None and items[k].is_cap:
        k += 1
    if k < b and k > a and items[k].quote is None and items[k].word == "(":
        k = next((t + 1 for t in range(k + 1, min(b, k + MAX_BRACKET_TOKENS + 1)) if items[t].word == ")"), b)
    t = k
    while t < b and items[t].quote is None and not items[t].capital and items[t].word in _title_words()[1]:
        t += 1
    return a < k < t < b and _bare_name(items, t, b)


def _person_noun_word(word: str) -> bool:
    """A title or a noun of kinship: the head of a role that a name can follow in apposition."""
    return word in KIN_NOUNS or word in _title_words()[1]


def _long_role_start(items: list[Item], lo: int, e: int) -> int | None:
    """Where a long role phrase that opens the clause and ends at ``e`` starts: a determiner, a title among
    its first words, then only names, prepositions and "and" ("The Special Adviser to the President on
    Information and Strategy", "the National Publicity Secretary of the Peoples Democratic Party"); after
    an opening participle ("Reacting, the ..."). ``None`` for anything else."""
    a = lo
    if a + 2 < e and items[a].quote is None and items[a].word.endswith("ing") and items[a + 1].word == ",":
        a += 2  # "Reacting, ...", "Speaking, ..."
    elif a + 1 < e and items[a].quote is None and items[a].word in CONJUNCTIONS:
        a += 1  # "But a chieftain of the Peoples Democratic Party (PDP) in the state, ..."
    elif a + 2 < e and items[a].quote is None and items[a].word in LEADING_ADVERBS and items[a + 1].word == ",":
        a += 2  # "Also, a chieftain of the All Progressives Congress in the state, ..."
    elif (comma := next((k for k in range(a + 1, min(e, a + MAX_OPENING_PHRASE_TOKENS)) if items[k].quote is None
                         and items[k].word == ","), None)) is not None and _opening_adverbial(items, a, comma):
        a = comma + 1  # "In a post on his X handle, the Special Adviser to the President on ..."
    if e - a < MIN_LONG_ROLE_TOKENS or e - a > MAX_APPOSITIVE_TOKENS or items[a].word not in DETERMINERS:
        return None
    titles = _title_words()[1]
    if not any(items[k].quote is None and items[k].word in titles for k in range(a + 1, min(e, a + 4))):
        return None
    for k in range(a + 1, e):
        it = items[k]
        if it.quote is not None or not (it.is_cap or it.word in titles or it.word in LONG_ROLE_LINKS or (
            it.word in _title_words()[0]
        ) or it.capital and k + 1 < e and items[k + 1].is_cap  # "of the All Progressives Grand Alliance"
            or it.word in PLACE_NOUNS and items[k - 1].word == "the"  # "of the PDP in the state"
            or it.word in ("(", ")")  # "(PDP)"
            or it.word in _title_words()[2] or "-" in it.word and it.word.replace("-", "").isalpha()
            # ("The leader of the hard-left France Unbowed (LFI) group in parliament")
            or it.word == "charge" and items[k - 1].word == "in"  # "Deputy Chairperson of the EC in charge of"
            or it.word == "." and items[k - 1].capital and "." in items[k - 1].word  # "of the U.N. mission in"
        ):
            return None
    return a


MAX_OPENING_PHRASE_TOKENS = 10
# Titles whose holder's brief follows in lower case ("Special Rapporteur on the situation of human rights in
# Myanmar", "Special Envoy for the Horn of Africa", "the Representative on freedom of the media").
MANDATE_TITLES = frozenset("Rapporteur rapporteur Envoy envoy Representative representative Coordinator "
                           "coordinator Adviser adviser Advisor advisor Commissioner commissioner spokesman "
                           "spokeswoman spokesperson member councillor councilor".split())
# ("The PNP's spokesman on national security", "Newham Council's cabinet member for community safety", "Rome's
# councillor for tourism and major events")


def _mandate_start(items: list[Item], lo: int, e: int) -> int | None:
    """The "on" or "for" after a title whose brief runs in lower case up to ``e`` ("the UN Special Rapporteur
    | on the situation of human rights in Myanmar"), else ``None``."""
    for k in range(e - 1, max(lo, e - MAX_APPOSITIVE_TOKENS), -1):
        it = items[k]
        if it.quote is None and it.word in ("on", "for") and items[k - 1].quote is None and (
            items[k - 1].word in MANDATE_TITLES
        ):
            return k
        if not (it.is_cap or it.word in LONG_ROLE_LINKS or _mandate_word(it)):
            return None
    return None


def _mandate_word(it: Item) -> bool:
    """A lower-case noun or adjective of a mandate ("situation", "human", "rights"), not a verb or a clause's
    function word."""
    w = it.word
    return it.quote is None and w.isalpha() and not it.capital and w not in FUNCTION_WORDS and (
        not w.endswith(("ed", "ing")) and w not in VERB_WORDS)


MAX_RELATIVE_PHRASE_TOKENS = 6  # "in July 2012", "at a rally in Ohio"
MIN_LONG_ROLE_TOKENS = 6  # shorter roles are read by _np_left
# Words that join the parts of a long role: "to the President on Information and Strategy".
LONG_ROLE_LINKS = frozenset("the of to on for and in at".split())


def _place_in_relative(items: list[Item], c: int, b: int, lo: int) -> bool:
    """Is items[c + 1 : b] a place (one to three capitalised words) or a short prepositional phrase inside
    a relative clause that opens after an earlier comma ("..., who gave the warning in Alausa, Ikeja,",
    "..., who lost her daughter in Aurora, Colorado, in July 2012,")?"""
    if any(items[k].quote is not None for k in range(c + 1, b)):
        return False
    place = 1 <= b - c - 1 <= 3 and all(items[k].is_cap for k in range(c + 1, b))
    phrase = 2 <= b - c - 1 <= MAX_RELATIVE_PHRASE_TOKENS and items[c + 1].word in PREPOSITIONS
    if not (place or phrase):
        return False
    if place and _institution_before(items, c, lo):
        return True  # "a geriatrician at the University of California, San Francisco,": the campus's city
    commas = 0  # (the clause may hold a place's own comma: "in Aurora, Colorado,")
    for k in range(c - 1, max(lo, c - MAX_APPOSITIVE_TOKENS) - 1, -1):
        commas += items[k].word == ","
        if items[k].quote is not None or items[k].word in ";:" or commas > 1:
            return False
        if items[k].word in ("who", "which"):
            return k > lo and items[k - 1].word == ","
        if place and items[k].word in ("of", "from") and k > lo and items[k - 1].word == "," and all(
            items[t].is_cap for t in range(k + 1, c)
        ) and k + 1 < c:
            return True  # "Margaret Ellison, 61, of Thornbury Road, Ashby-de-la-Zouch,": an address, then its town
    return False


# Heads of the names of places of learning and care, which news follows with their city ("the Indian Institute
# of Tropical Meteorology, Pune", "University of Wisconsin, Madison").
INSTITUTION_HEADS = frozenset(
    "University Institute College School Hospital Centre Center Museum Academy Laboratory Observatory".split())


def _institution_before(items: list[Item], c: int, lo: int) -> bool:
    """Does a capitalised institution name ("the University of California") end at the comma ``c``, after "at",
    "of" or "from", in an appositive to a name ("Deborah Finch, a geriatrician at ...")? (Not a role before
    its name: "an economist at the University of Lagos, Funmilayo Adebanjo,".)"""
    head = False
    for k in range(c - 1, max(lo, c - MAX_APPOSITIVE_TOKENS) - 1, -1):
        it = items[k]
        if it.quote is not None:
            return False
        if it.is_cap:
            head = head or it.word.capitalize() in INSTITUTION_HEADS
        elif it.word not in ("of", "for", "and", "the"):
            if not (head and it.word in ("at", "of", "from") and k < c - 1):
                return False
            opening = next((j for j in range(k - 1, max(lo, k - MAX_NP_TOKENS) - 1, -1) if items[j].quote is not None
                            or items[j].word in ",;:"), None)
            return opening is not None and opening > lo and items[opening].word == "," and items[opening - 1].is_cap
    return False


def _party_aside_start(items: list[Item], b: int, lo: int) -> int | None:
    """The comma that opens an aside of affiliation after a name and before the comma at ``b`` (", of the
    National Liberal Party, PNL,", ", of the Civic Democrats,"): only capitalised words, "the", "and" and commas
    after "of"; ``None`` otherwise."""
    for c in range(b - 2, max(lo, b - MAX_APPOSITIVE_TOKENS) - 1, -1):
        it = items[c]
        if it.quote is not None:
            return None
        if it.word == "," and c > lo and items[c + 1].word == "of" and items[c - 1].is_cap and c + 2 < b:
            inside = items[c + 2 : b]
            if all(x.quote is None and (x.is_cap or x.word in ("the", "and", ",", "(", ")")) for x in inside):
                return c
            return None
    return None


def _relative_role_start(items: list[Item], c: int, lo: int) -> int | None:
    """Where an unnamed person's noun phrase opens before a relative clause that ends at the comma ``c`` ("A
    worker who escaped", "One resident who lives nearby"): a lower-case phrase after its determiner."""
    who = next((k for k in range(c - 1, max(lo, c - 1 - MAX_APPOSITIVE_TOKENS) - 1, -1)
                if items[k].quote is not None or items[k].word in (",", ";", ":", "who")), None)
    if who is None or who == c - 1 or items[who].quote is not None or items[who].word != "who":
        return None
    head = _np_left(items, who, lo, lower_ok=True)
    if head is None or head[1] - head[0] < 2 or any(items[k].capital for k in range(head[0] + 1, head[1])) and (
        items[head[1] - 1].word not in _title_words()[1]  # ("The Labour MP who steered the bill, Rosalind Keane,")
    ) or (
        items[head[0]].word.lower() not in DETERMINERS and items[head[0]].word.lower() not in ("one", "another")
    ):
        return None
    return head[0]


def _title_with_charge(items: list[Item], a: int, e: int, lo: int) -> bool:
    """Does items[a:e] hold a title with its portfolio or place ("Union Minister of State for Health and Family
    Welfare", "World Food Programme Country Director for Chad"), opening its clause (the sentence, or after an
    opening phrase: "Speaking on the occasion, Minister of State for ...")? Its last word is then no name."""
    if not (a == lo or items[a - 1].quote is None and items[a - 1].word == "," and (
        _opening_adverbial(items, lo, a - 1)
    )):
        return False
    titles = _title_words()[1]
    t = next((k for k in range(a, e - 1) if items[k].quote is None and items[k].word in titles), None)
    return t is not None and any(items[k].quote is None and items[k].word in ("of", "for") for k in range(t + 1, e - 1))


# Words before a title that qualify it ("Opposition Member of Parliament, Ms Annette Ferreira-Bobb,").
ROLE_QUALIFIER_WORDS = frozenset("opposition government independent ruling deputy acting former".split())


def _role_then_name(items: list[Item], c: int, b: int, lo: int) -> tuple[int, int] | None:
    """'The Kremlin's spokesman, Dmitry Peskov,' / 'A spokesman for the State Department, John Kirby,': a
    role phrase ending at the comma ``c`` and the bare name that follows it up to ``b``. Returns the item
    range of both (the name is resolved from the appositive), or ``None``."""
    # (the name may close with a bracket or an affiliation: "Olumide Akinbiyi (SAN)", "Amira Haddad of the Human
    # Rights Law Centre")
    n = _name_end(items, c + 1, b)
    if _described_body_then_name(items, c, b):
        start = _np_left(items, c, lo, lower_ok=True)  # "The industry's main lobbying group, the Pharmaceutical
        return (start[0], b) if start is not None and start[0] == lo else None  # Research and Manufacturers of
        # America, said": the body named after its description speaks
    if not (_bare_name(items, c + 1, n) or _titled_bare_name(items, c + 1, n) or _body_titled_name(items, c + 1, n) or (
        items[c - 1].quote is None and _person_noun_word(items[c - 1].word) and (
            _described_bare_name(items, c + 1, n) or _capital_titled_name(items, c + 1, n))
    )):  # ("Shapiro's widow, former tennis player Pam Shriver,", "Her lawyer, former Senate President Juan
        # Ponce Enrile,": after a person noun, any description)
        return None
    if _fronted_participle(items, c, lo):
        return (c + 1, b)  # "Sentencing Moran, Judge Martina Baxter said": the clause's subject is the name
    relative = _relative_role_start(items, c, lo)
    if relative is not None:
        return (relative, b)  # "A worker who escaped, Chinedu Okafor, told PUNCH": the name speaks
    e = c
    if items[c - 1].quote is None and items[c - 1].word == ")":  # "The general secretary of the RMT union (...),"
        e = next((k for k in range(c - 2, max(lo, c - 2 - MAX_APPOSITIVE_TOKENS), -1)
                  if items[k].quote is None and items[k].word in "()"), lo)
        if e <= lo or items[e].word != "(":
            return None
    start = _long_role_start(items, lo, e)
    if start is not None:  # "The Special Adviser to the President on Information and Strategy, Bayo Onanuga,"
        return (start, b)
    mandate = _mandate_start(items, lo, e)
    base = _np_left(items, mandate, lo, lower_ok=True) if mandate is not None else None
    if base is not None:
        return (base[0], b)  # "the UN Special Rapporteur on the situation of human rights in Myanmar, Sofía ...,"
    base = _np_left(items, e, lo, lower_ok=True)
    if base is None and e - 2 > lo and items[e - 2].quote is None and items[e - 2].word in ("for", "of", "on") and (
        items[e - 1].quote is None and items[e - 1].word.isalpha() and not items[e - 1].capital
        and items[e - 1].word not in FUNCTION_WORDS and items[e - 3].word in _title_words()[1]
    ):  # (not "One of them, UnitedHealth Group,")
        base = (e - 1, e)  # "The minister for migration, Pilar Sáez,": a portfolio without a determiner
    if base is None:
        return None
    j = base[0]
    while j > lo and base[0] - j < 2 and _lower_word(items[j - 1]):
        j -= 1
    if j - 3 >= lo and items[j - 1].quote is None and items[j - 1].word == "and" and _lower_word(items[j - 2]) and (
        items[j - 3].quote is None and items[j - 3].word in DETERMINERS
    ):
        base = (j - 3, base[1])  # "The work and pensions secretary, Darren Whitlock,": one portfolio
    head = _head_before_preposition(items, base, lo) or base  # "The head of the police, Neil Basu,"
    if head == base and base[0] - 2 >= lo and items[base[0] - 1].quote is None and items[base[0] - 1].word == "of" and (
        items[base[0] - 2].quote is None and items[base[0] - 2].word in ROLE_QUANTIFIERS | QUANTIFIERS
    ):  # "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior,": a share of a role
        if base[0] - 2 > lo and items[base[0] - 3].quote is None and items[base[0] - 3].word == "of" and (
            (owner := _head_before_preposition(items, (base[0] - 2, e), lo)) is not None
        ):
            return (owner[0], b)  # "An elder of one of the factions, Opanin Kwaku Duah,": the elder
        return (base[0] - 2, b) if base[0] - 2 == lo or not items[base[0] - 3].word[:1].isalnum() or (
            items[base[0] - 3].word in CONJUNCTIONS) else None
    if head != base and " ".join(it.word for it in items[c + 1 : b]) in _place_names():
        return None  # "a delegate from Houston, Texas,": the state of the place, not a name
    # a capitalised word before the comma is a name ("Trump, Clinton, ..."), unless it is a title ("The UN
    # Secretary-General, Antonio Guterres,")
    first = base[0] + (items[base[0]].word.endswith(("'s", "\u2019s")) and base[0] + 1 < e)
    named = head == base and items[e - 1].is_cap and items[e - 1].word not in _title_words()[1] and not (
        (items[first].word in _title_words()[1] or first + 1 < e and items[first].word in ROLE_QUALIFIER_WORDS and (
            items[first + 1].word in _title_words()[1] or items[first + 1].word in NOT_ALONE_TITLE_WORDS
        )) and (base[0] == lo or items[base[0] - 1].quote is not None or (
            base[0] - 2 >= lo and items[base[0] - 1].word == "," and items[base[0] - 2].quote is None
            and items[base[0] - 2].word.isalpha() and not items[base[0] - 2].capital))  # (after a content's comma:
        # "..., this year, Costa Rica's Minister of Public Works, Esteban Vindas, confirmed")
    ) and not _title_with_charge(items, base[0], e, lo)  # "Uganda's Minister for Energy, Agnes Nakato, told"
    # ("Minister of Finance, Wale Edun, said", also after a quotation: '"...," Brazil's Minister of Environment,
    # Lúcia Rocha, told')
    if named and items[base[0]].word in DETERMINERS and any(items[k].word in _title_words()[1] for k in range(*base)):
        # "The MP for Islington North, Jeremy Corbyn,": a determiner and a title make a role ending in a place,
        # unless the role is itself an appositive ("Charles Plotena, the mayor of Esperanza, Sultan Kudarat,")
        if base[0] - 2 >= lo and items[base[0] - 1].word == "," and items[base[0] - 2].is_cap and not (
            _opening_adverbial(items, lo, base[0] - 1)
        ):  # ("Speaking in Geneva, the delegate of Cuba, Yamilé Ortega Basulto, said": the clause opens after it)
            return None
        named = False
    a = _role_before(items, head[0], lo) if named else head[0]
    if named and a == head[0]:
        return None  # a list of names, not a role and a name
    while a > lo and items[a - 1].quote is None and items[a - 1].word in ROLE_QUANTIFIERS:
        a -= 1  # "One senator, Eduardo Bhatia, said", "Another co-author, ...
    k = a
    while k > lo and a - k < 2 and _lower_word(items[k - 1]) and items[k - 1].word not in FUNCTION_WORDS:
        k -= 1
    if k < a and k > lo and items[k - 1].quote is None and items[k - 1].word == "whose":
        a = k  # "the Landless People's Movement, whose parliamentary spokesperson, Uaatjo Kavari, said"
    dateline = _after_dateline(items, lo, c)
    if a < dateline:
        a = dateline  # "13:30 BST Romania's president, Dan Pavel, has just posted": not the time stamp
    elif a > lo and items[a - 1].quote is None and items[a - 1].word[:1].isalnum() and items[a - 1].word not in (
        CONJUNCTIONS
    ) and items[a - 1].word not in ("what", "how", "whose"):
        return None  # the role phrase must open its clause (as after "Here's what", or "the Tisza party, whose
        # leader, Gábor Kerényi, told")
    return (a, b)


def _described_body_then_name(items: list[Item], c: int, b: int) -> bool:
    """Is the phrase before the comma ``c`` a body's description ending in a body noun, and items[c + 1:b] that
    body's name: "the", then capitalised words with "of", "and", "for" inside?"""
    if c < 1 or items[c - 1].quote is not None or items[c - 1].word not in APPOSED_BODY_HEADS or (
        items[c - 1].capital
    ) or b - c < 3 or items[c + 1].quote is not None or items[c + 1].word != "the":
        return False
    words = items[c + 2 : b]
    return bool(words) and words[0].is_cap and words[-1].is_cap and all(
        it.quote is None and (it.is_cap or it.word in NAME_LINK_WORDS) for it in words)


MAX_BRACKET_TOKENS = 4  # a unit or an acronym in brackets inside a title ("DCP (Zone 9)", "Officer-in-Charge (OC)")


def _title_before_bracket(items: list[Item], spk: tuple[int, int], lo: int) -> tuple[int, int]:
    """``spk`` grown over a title and its bracket before the name ("DCP (Zone 9) Aniket Salunkhe informed"),
    when the title opens the clause."""
    a = spk[0]
    if a - 3 < lo or items[a - 1].quote is not None or items[a - 1].word != ")" or not items[a].is_cap:
        return spk
    o = next((k for k in range(a - 2, max(lo, a - 2 - MAX_BRACKET_TOKENS) - 1, -1) if items[k].word == "("), None)
    if o is None or o - 1 < lo or any(items[k].quote is not None for k in range(o, a)):
        return spk
    t = o
    while t > lo and items[t - 1].quote is None and (items[t - 1].is_cap or items[t - 1].word in ("of", "for") and (
        t - 2 >= lo and items[t - 2].quote is None and items[t - 2].is_cap
    )):
        t -= 1  # (a title's body too: "Commissioner of Police (ag) Dwayne Fitzroy-Hicks")
    if t == o or t > lo and items[t - 1].word not in ",;:" or not any(
        items[k].word in _title_words()[1] or items[k].shouted for k in range(t, o)
    ):  # (a title, or a title's acronym: "DCP", "SP")
        return spk
    return (t, spk[1])


def _lower_word(it: Item) -> bool:
    """A lower-case word of a role's description ("work", "pensions"), not a function word."""
    return it.quote is None and it.word.isalpha() and not it.capital and it.word not in FUNCTION_WORDS


def _prepositional_aside_start(items: list[Item], c: int, lo: int) -> int | None:
    """The comma that opens a prepositional aside ending at the comma ``c`` right after a capitalised subject
    ("The PDP, in a statement by its national publicity secretary,"), or ``None``."""
    for k in range(c - 1, max(lo, c - 1 - MAX_APPOSITIVE_TOKENS), -1):
        if items[k].quote is not None or items[k].word in ";:":
            return None
        if items[k].word == ",":
            return k if k > lo and items[k - 1].is_cap and items[k + 1].word in PREPOSITIONS else None
    return None


def _opening_adverbial(items: list[Item], lo: int, comma: int) -> bool:
    """Is items[lo:comma] an adverbial that opens the clause ("Speaking in Geneva", "Speaking on behalf of
    the Group of 77 and China", "In New York"), not a name with an appositive?"""
    first = items[lo]
    return first.quote is None and (first.word.endswith("ing") and first.word.isalpha() or first.word in (
        PREPOSITIONS)) and not any(items[k].quote is not None or items[k].word in ",;:" for k in range(lo, comma))


def _name_end(items: list[Item], a: int, b: int) -> int:
    """The end of the name in the appositive items[a:b], before a closing bracket ("Olumide Akinbiyi (SAN)")
    or an affiliation of capitalised words ("Amira Haddad of the Human Rights Law Centre")."""
    if b - 1 > a and items[b - 1].quote is None and items[b - 1].word == ")":
        o = next((k for k in range(b - 2, max(a, b - 8), -1) if items[k].quote is None and items[k].word == "("), None)
        if o is not None:
            b = o
    o = next((k for k in range(a + 2, b - 1) if items[k].quote is None and items[k].word == "of"), None)
    if o is not None and all(items[k].quote is None and (items[k].is_cap or items[k].word in NAME_LINK_WORDS or (
        items[k].word.isdigit() and items[k - 1].is_cap)) for k in range(o + 1, b)) and (
        items[b - 1].is_cap or items[b - 1].word.isdigit()
    ):  # (a numbered place too: "Chifundo Banda of Area 25"; "of Zimbabwe Lawyers for Human Rights (ZLHR)")
        b = o
    if b - 2 > a and items[b - 1].quote is None and items[b - 1].word in POST_NOMINALS:
        b -= 1  # "Kevin Pretorius MP", "Seán Ó Ríordáin TD": the letters after the name
    return b



def _fronted_participle(items: list[Item], c: int, lo: int) -> bool:
    """Does the phrase before the comma ``c`` open its clause with a participle ("Sentencing Moran",
    "Addressing Lavrov"): an adverbial, not a role?"""
    k = next((t for t in range(c - 1, lo - 1, -1) if items[t].quote is not None or items[t].word in ",;:"), lo - 1) + 1
    first = items[k] if k < c else None
    return first is not None and first.quote is None and first.capital and first.word.endswith("ing") and (
        len(first.word) > 5 and first.word not in _title_words()[0] and not is_given_name(first.word.capitalize())
        and (k == lo or items[k - 1].quote is None and items[k - 1].word in (",", ";", ":"))
    )


def _with_name_after(items: list[Item], spk: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """'said the campaign's spokeswoman, Hope Hicks.': a role phrase after the cue grows over the name
    that follows it as an appositive closing the clause."""
    if spk is None or spk[1] + 1 >= hi or items[spk[1] - 1].is_cap and not any(
        items[t].quote is None and items[t].word in ("for", "of", "on") for t in range(spk[0], spk[1])
    ):  # (a name ends the phrase, unless it is the title's portfolio or region: "director for the Middle East")
        return spk
    k = spk[1]
    if items[k].quote is None and items[k].word == "at" and k + 3 < hi and [it.word for it in items[k + 1 : k + 3]] == [
        "the", "time"
    ]:
        k += 3  # "wrote the American ambassador at the time, John E. Herbst."
    if items[k].quote is not None or items[k].word != "," or k + 1 >= hi:
        return spk
    j = k + 1
    spk = (spk[0], k)
    while j < hi and j - spk[1] <= MAX_BARE_NAME_TOKENS and items[j].quote is None and (
        items[j].word not in ",.;" or items[j].word == "." and j + 1 < hi and items[j + 1].is_cap
        and items[j - 1].is_cap and len(items[j - 1].word) <= 3  # "John J. Ferriola", "Mr. Kirby"
    ):
        j += 1
    name_at = spk[1] + 1
    if name_at < j and not items[name_at].capital and items[name_at].word in _title_words()[0]:
        name_at += 1  # "said Clinton's introducer, actress Jamie Lee Curtis.": a title before the name
    if (j >= hi or items[j].quote is None and items[j].word in ",.;") and _bare_name(items, name_at, j):
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
    if first.word in ("who", "whose", "which"):  # ("Denise Farrow, whose mother lost her savings, said"; "the
        return True  # three countries, which have formed their own alliance, said": a body)
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
