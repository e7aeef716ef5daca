"""Mentions: one speaker mention read on its own as ``kind`` (person, org, role, group, pronoun), ``name``
and ``role``, the source span of an attribution (Pareti 2015) without its context:

* a mention is split into a role ("Foreign Minister", "Kremlin spokesman"; words from
  ``resources/titles.csv``) and a name ("Sergey Lavrov"); an appositive gives the role too
  ("Peskov, the Kremlin's spokesman"), and a name after a role is the speaker ("The Kremlin's
  spokesman, Dmitry Peskov,");
* places, nationality adjectives, US states and affiliations before a name (``resources/places.txt``)
  belong to the role, never to the name ("British Prime Minister Boris Johnson" -> "Boris Johnson").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._quotes.constants import (
    AGENT_ENDINGS,
    APPOSED_BODY_HEADS,
    CONTACTED_PARTICIPLES,
    FAMILY_NAME_WORDS,
    FINITE_AUXILIARIES,
    HONORIFICS,
    HYPHEN_PARTICLES,
    KIN_NOUNS,
    MEMBER_TITLES,
    MONTHS,
    NAME_JOINERS,
    NAME_LINK_WORDS,
    NAME_PARTICLES,
    NOT_DESCRIPTIONS,
    NUMBER_WORDS,
    PERSONABLE_BODY_HEADS,
    PLACED_OFFICIALS,
    POST_NOMINALS,
    QUANTIFIERS,
    SERVING_PREPOSITIONS,
    UNNAMED_PERSON_NOUNS,
    WEEKDAYS,
    capitals,
)
from ..gender import is_given_name
from .lexicon import DETERMINERS, NOT_NAME_WORDS, _lexicon, _places, _pronouns, _role_words

# A personal name has at most this many full words; capitalised words before them form the role.
MAX_NAME_WORDS = 3
NAME_SUFFIXES = frozenset("jr sr ii iii iv qc kc".split())
# Styles that stand before a chief's name only when the name carries a regnal number ("Nana Ofori Kuragu II").
REGNAL_STYLES = frozenset(["nana"])
# Letters after a name for an office or an honour ("MP", "MSP", "TD", "SC", "QC", "OBE").
POST_NOMINALS_RE = re.compile(r"(?:\s+(?:" + "|".join(sorted(POST_NOMINALS, key=len, reverse=True)) + r"))+$")
# An Arabic particle joined to a capitalised name by a hyphen: "al-Assad", "el-Sisi" (a name word).
HYPHEN_PARTICLE_RE = re.compile(r"^(?:(?:" + "|".join(HYPHEN_PARTICLES) + r")-|[dl]['\u2019])(?=[A-Z])")
# (and a French particle elided before a vowel: "Hervé d'Arcangues")


# Days and months, which end a phrase as a date, never as a name ("... on Friday").
DATE_WORDS = WEEKDAYS | MONTHS
# Words of a time phrase between a document and its author ("a study last year by ...").
DOCUMENT_TIME_WORDS = frozenset("on in last this earlier week month year".split())
MAX_DATE_WORDS = 3


def _name_word(word: str) -> bool:
    """A word that may be part of a personal name: capitalised, or "al-Assad"; never a portfolio's last word
    ("Secretary of Foreign Affairs Villanueva")."""
    return (word[:1].isupper() or HYPHEN_PARTICLE_RE.match(word) is not None or IRISH_MUTATION_RE.match(word)
            is not None) and word not in PORTFOLIO_ENDINGS


# An Irish family name after "Ó" or "Ní", its first letter mutated in lower case ("Ó hUiginn", "Ní Bhraonáin").
IRISH_MUTATION_RE = re.compile(r"[hnt]-?[A-Z\u00c1\u00c9\u00cd\u00d3\u00da]\w+$")


# Words for a member of the armed forces written before a name like a title ("Marine John Tiegen").
SERVICE_MEMBERS = frozenset("Marine Soldier Sailor Airman Trooper Ranger".split())
# Adjectives inside a portfolio, after which its noun follows ("Minister of National Unity Vadym Ostapchuk").
PORTFOLIO_ADJECTIVES = frozenset("National Foreign Public Internal Economic Digital Social Regional Federal".split())
# Last words of a minister's portfolio, never a personal name ("Secretary of Foreign Affairs Villanueva").
PORTFOLIO_ENDINGS = frozenset(
    "Affairs Cooperation Development Security Relations Tempore Peoples Population Supply Harmony Expenditure".split())


PARENTHESIS_RE = re.compile(r"\s*\([^()]{0,60}\)")
NICKNAME_RE = re.compile(capitals(r"(?<=[A-Za-z])[ \t]+[\"\u201c][A-Z][\w'\u2019\-]{0,13}[\"\u201d](?=[ \t]+[A-Z])"))
# A trailing place ("in Verrin") or an informant's access ("familiar with the text") after a described source.
SOURCE_DETAIL_RE = re.compile(
    capitals(r"(?<=[a-z])[ \t]+(?:in[ \t]+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)?(?:ern)?"
             r"[ \t]+|central[ \t]+)?[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*)*"
             r"|(?:familiar[ \t]+with|close[ \t]+to|briefed[ \t]+on|involved[ \t]+in)[ \t].*)$")
)
# An outlet that has seen the document a mention names ("seen by Reuters", "obtained by the AP").
SEEN_BY_RE = re.compile(
    r"(?:[ \t]+and)?[ \t]+(?:seen|obtained|reviewed|viewed|consulted|contacted|quoted|cited)[ \t]+by[ \t].*$")
# A document or data owned by a named body: "the Meridian Concord's shared data platform".
OWNED_DATA_RE = re.compile(
    capitals(r"((?:[Tt]he[ \t]+)?[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*)*)['\u2019]s[ \t]+"
             r"((?:[a-z\-]+[ \t]+){0,3}[a-z\-]+)")
)
# Documents a body issues in its own name, after that name ("a Downing Street readout").
ISSUED_BY_BODIES = frozenset("statement readout communique communiqué release announcement notice".split())
# Data and media nouns besides the lexicon's documents ("platform", "records", "account").
DATA_NOUNS = frozenset("platform data records figures results account website page feed channel database estimates "
                       "statistics numbers tally projections forecasts calculations".split())
# The document a speaker used, written after the speaker ("the JCF in a release", "the ministry in a statement").
IN_A_DOCUMENT_RE = re.compile(r"[ \t]+in[ \t]+(?:a|an|its|their|his|her)[ \t]+(?:[a-z\-]+[ \t]+)?(?:release|statement|"
                              r"post|video|letter|tweet|communique|communiqué|notice|bulletin)\b.*$")
# A body named with its place in politics before its name ("the Opposition Democratic Labour Party").
OPPOSITION_BODY_RE = re.compile(r"(?:[Tt]he[ \t]+)?(?:[Oo]pposition|[Rr]uling|[Gg]overning)[ \t]+((?:[A-Z][\w\-]*[ \t]+"
                                r"(?:and[ \t]+)?){1,5}"
                                r"(?:Party|Congress|Alliance|Movement|Front|Union|Coalition)(?:[ \t]+\([A-Z]+\))?)")
# The heads of a party's or a movement's name ("Freedom and Justice Party", "Law and Justice Party").
PARTY_HEADS = frozenset("party congress alliance movement front union coalition league".split())
# A person described by what a court says of them, after the noun ("A man charged over the death of Ali Khan").
DESCRIBED_ACCUSED_RE = re.compile(r"((?:[Tt]he|[Aa]n?)[ \t]+[^,]*?[a-z])[ \t]+(?:accused|charged|convicted|suing|jailed"
                                  r"|sentenced|cleared|acquitted|facing)[ \t]")
# A participle that says how a source was made or found, after its lower-case head noun.
PARTICIPLE_TAIL_RE = re.compile(
    r"(?:[ \t]+(?:just|newly|recently|first|jointly))?[ \t]+("
    + "|".join(sorted(CONTACTED_PARTICIPLES | frozenset(
        "released published issued presented unveiled conducted commissioned compiled prepared circulated "
        "distributed cited".split())))
    + r")(?:[ \t]+(?:by|in|on|at|for|to|from|after|following|during|last|this|earlier"
    r"|late|early|yesterday|today|on|[A-Z][a-z]+day)\b.*)?$"
)  # (not an adjective before its noun: "a newly released email", "published guidelines")
AUTHORING_PARTICIPLES = frozenset("released published issued presented unveiled compiled prepared conducted".split())
# A generic owner before a body's capitalised name ("the country's Health Ministry").
GENERIC_OWNER_RE = re.compile(
    capitals(r"^(?:[Tt]he[ \t]+)?(?:country|nation|city|state|province|emirate|kingdom|island|region|county"
             r"|territory|republic|capital|bank|party|company|government|ministry|university)['\u2019]s[ \t]+"
             r"(?=[A-Z])")
)
# Figures of a body named by a common noun: "police figures", "government data".
BODY_DATA_RE = re.compile(r"(?:[Tt]he[ \t]+)?(police|government|army|military|ministry|council)[ \t]+(?:figures|data"
                          r"|statistics|estimates|records)")
# Figures named after a body without "of" ("Eurostat figures", "Labor Department data", "World Bank estimates").
NAMED_BODY_DATA_RE = re.compile(capitals(r"(?:[Tt]he[ \t]+)?([A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})[ \t]+"
                                         r"(?:figures|data|statistics|estimates|projections|forecasts|calculations)"))
# Adjectives that make "figures" people ("the party's top figures", "leading figures").
PROMINENCE_WORDS = frozenset("top leading senior key prominent public political major big influential".split())
# A body named by a common noun that owns its figures or its document ("the health ministry's figures", "the
# agency's own estimates").
OWNED_BY_BODY_RE = re.compile(r"((?:[Tt]he[ \t]+)?(?:[a-z\-]+[ \t]+){0,2}([a-z]+))['\u2019]s[ \t]+"
                              r"((?:[a-z\-]+[ \t]+){0,3}[a-z\-]+)")
# Words of a body's name that the lexicon's organisation heads do not have ("Fire and Emergency New Zealand").
BODY_NAME_WORDS = frozenset("city county fire emergency rescue health services affairs".split())
BODY_AMPERSAND_RE = re.compile(capitals(r"[A-Z]\w+, [A-Z]\w+ & [A-Z]\w+ (?:Office|Department|Ministry|Committee)\b"))
PLACED_GROUP_RE = re.compile(capitals(
    r"(?:[Tt]he )?(?:[a-z\-]+ ){0,2}(?:" + "|".join(sorted(PLACED_OFFICIALS)) + r") (?:in|from) "
    r"[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*)*(?:, [A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*)*)+,? and "
    r"[A-Z][\w'\u2019.\-]*(?: [A-Z][\w'\u2019.\-]*)*"))
BE_FORMS = frozenset("be been being".split())  # ("where exit polls were conducted": a verb, not a source)
INTENSIFIER_RE = re.compile(r"(?<=\w)[ \t]+(?:himself|herself|themselves|itself)$")
# Prepositions capitalised inside a body's name ("Doctors Without Borders", "Mothers Against Drunk Driving").
CAPITAL_PREPOSITIONS = frozenset("Without Against For Beyond".split())
# A member of a chamber without a name, with or without a seat: a role ("the Member of Parliament for Asokwa", "a
# Member of the Legislative Assembly"); a chamber's name alone would read as the body.
MEMBER_OF_CHAMBER_RE = re.compile(capitals(
    r"(?:[Tt]he[ \t]+|[Aa][ \t]+)?((?:[Mm]ember)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]+[ \t]+){0,2}"
    r"(?:Parliament|Congress|Assembly|Legislature|House[ \t]+of[ \t]+[A-Z][\w\-]+)"
    r"(?:[ \t]+for[ \t]+[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,3})?)"))
FAMILY_CAPITALS_RE = re.compile(r"[A-Z]{3,}$")
# A Mongolian name as Montsame and the UB Post print it: the initial of the father's name glued to the given
# name ("Ts.Enkhbayar", "Kh.Bolormaa", "L.Oyun-Erdene").
GLUED_INITIAL_NAME_RE = re.compile(
    r"(?:^|(?<=[ \t]))(?:[A-Z]|Ts|Kh|Ch|Sh|Zh|Ya|Yo|Ye|Yu)\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
CONTRACTION_RE = re.compile(r"(?i)^(he|she|they|we|i|you|it)['\u2019](?:s|ve|d|ll)$")
# A style of address alone stands for its holder as "he" or "she" does ("His Majesty said", "Her Excellency
# told the summit").
STYLE_MENTION_RE = re.compile(r"(?i)(his|her)[ \t]+(?:royal[ \t]+)?(?:majesty|excellency|highness|holiness)")


# Nouns of a poll's findings, named after whoever ran it ("a Gallup Korea survey", "the latest Invamer poll").
POLL_NOUNS = frozenset("poll polls survey surveys study tally projection projections".split())
# Lower-case words before a pollster's name that describe the poll ("the latest", "a new nationwide").
POLL_DESCRIPTIONS = frozenset("latest new recent nationwide national telephone online monthly weekly exit "
                              "independent annual separate".split())
# Words after a pollster's name that say for whom, when or from what it polled ("by IBRiS for Rzeczpospolita").
POLL_AGENT_ENDS = frozenset("for over on in last this based".split())
# Adjectives of polls that open a sentence capitalised ("Instant polls", "Opinion polls", "Early polls").
POLL_KINDS = frozenset("instant opinion early public private internal several many other two three".split())
# States' nicknames that name where a poll was taken ("Granite State surveys").
PLACE_NICKNAMES = frozenset(["granite state", "lone star state", "sunshine state", "buckeye state"])
# Lower-case nouns after an outlet's name that say what it is ("El Financiero newspaper", "Xinhua news agency").
OUTLET_NOUNS = frozenset("newspaper daily broadcaster magazine weekly tabloid website radio television".split())


def _styled_name_after_title(words: list[str]) -> dict[str, str | None] | None:
    """A title (perhaps with its place or body in lower case between), a courtesy style and a name at the end
    ("WHO representative in Syria Dr Hanan Mourad"), or ``None``; never two people ("Mr. Trump and Ms. Le Pen",
    "Ambassador John Bolton and ... editor Dr. Sebastian Gorka")."""
    lows = [w.lower().strip(".,") for w in words]
    titles = _lexicon()["title"]
    h = next((i for i in range(len(words) - 3, 0, -1) if lows[i] in HONORIFICS), None)
    if h is None or not 2 <= len(words) - h - 1 <= MAX_NAME_WORDS or not any(
        w in titles and w.rstrip("'\u2019") not in MALAY_STYLES and w not in MALAY_STYLE_SECONDS for w in lows[:h]
    ) or any(
        w in titles or w in HONORIFICS for w in lows[h + 1 :]
    ) or "and" in lows[:h] or "&" in lows[:h] or not all(
        w[:1].isupper() or i and HYPHEN_PARTICLE_RE.match(w) for i, w in enumerate(words[h + 1 :])
    ):
        return None
    return {"kind": "person", "name": " ".join(words[h + 1 :]), "role": " ".join(words[:h])}


def _pollster(words: list[str]) -> dict[str, str | None] | None:
    """The body a poll is named after (``words`` without their determiner): descriptions in lower case, the
    capitalised name (two joined by a slash: "Reuters/Ipsos"), the poll's noun, perhaps a participle and when
    ("released Friday"); ``None`` otherwise."""
    i = 0
    while i + 1 < len(words) and words[i].lower() in POLL_DESCRIPTIONS | POLL_KINDS and (
        words[i].islower() or not words[i + 1][:1].isupper()
    ):
        i += 1  # ("the latest Invamer poll"; "New polls", "Exit polls": no pollster; "a New York Times poll")
    k = i
    while k < len(words) and words[k][:1].isupper() and not words[k].endswith(POSSESSIVE_ENDINGS):
        k += 1
    if k == i or k >= len(words) or words[k].lower() not in POLL_NOUNS or k - i > MAX_ROLE_WORDS or (
        k + 1 < len(words) and words[k + 1] not in ISSUING_PARTICIPLES
    ):
        return None
    named = " ".join(words[i:k])
    if any(" ".join(words[j:k]).lower() in _places() | DATE_WORDS | PLACE_NICKNAMES for j in range(i + 1)):
        return None  # "Texas poll", "New Hampshire surveys", "January polls": where or when, not who
    body = parse_mention(named)
    if body["kind"] == "person" and " " in (body["name"] or "") and is_given_name(words[i]):
        return None  # ("a Donald Trump poll": no pollster)
    return {"kind": "org", "name": " ".join(words[i:k]), "role": None}


# Prepositions after a document's noun that name what it is about, not who issued it.
DOCUMENT_TOPIC_WORDS = frozenset("against about over on into".split())
# Lower-case words before a capitalised office that say which government holds it ("the federal Health
# Minister", "the state Attorney-General").
GOVERNMENT_LEVELS = frozenset("federal state provincial national regional territorial local acting interim".split())


def _without_levels(words: list[str]) -> list[str]:
    """``words`` after the levels of government that open them ("federal Health Minister" -> "Health
    Minister")."""
    i = 0
    while i < len(words) - 1 and words[i] in GOVERNMENT_LEVELS:
        i += 1
    return words[i:]


def _leading_qualifiers(words: list[str], keep: int = 2) -> int:
    """How many words at the start of ``words`` are place or affiliation qualifiers, role words or
    honorifics ("United States President", "British", "Muslim"), leaving at least ``keep`` words."""
    places = _places()
    role_words = _role_words()
    i = 0
    while len(words) - i > keep:
        for n in (3, 2, 1):  # "United States of America", "New York", "British"
            if len(words) - i - n >= keep and " ".join(w.lower() for w in words[i : i + n]) in places:
                i += n
                break
        else:
            w = words[i].lower().strip(".,")
            if w in FAMILY_NAME_WORDS and len(words) - i >= 3 and all(x[:1].isupper() for x in words[i + 1 : i + 3]):
                break  # "Do Quang Vinh": a surname written first, not the verb
            if w in role_words or w in HONORIFICS or _is_prefix_word(words[i]):
                i += 1
                continue
            break
    return i


def _is_prefix_word(word: str) -> bool:
    """Not a given name: a contracted pronoun ("I'm"), a function word, or a short all-capital
    abbreviation ("IM", "US") standing before a name."""
    w = word.lower()
    if CONTRACTION_RE.match(word) or re.match(r"(?i)^i['\u2019]m$", word) or w in NOT_NAME_WORDS:
        return True
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 3


def clean_name(name: str) -> str:
    """A person's name without leading titles, places, nationality adjectives or honorifics.

    >>> clean_name("United States President Donald Trump")
    'Donald Trump'
    >>> clean_name("British Prime Minister Boris Johnson")
    'Boris Johnson'
    """
    words = name.split()
    return " ".join(words[_leading_qualifiers(words):]) if len(words) > 2 else name


# A list of capitalised names joined by commas and a final "and".
_LISTED_NAME = capitals(r"[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*)*")
NAME_LIST_RE = re.compile(rf"(?:[Tt]he )?{_LISTED_NAME}(?:, {_LISTED_NAME})+,? and {_LISTED_NAME}")


# A body named by "of" or "for" and a list of its fields ("Academies of Sciences, Engineering and Medicine",
# "the Department for Environment, Food and Rural Affairs", "the UK Foreign, Commonwealth and Development Office").
BODY_LIST_RE = re.compile(
    capitals(r"\b(?:of|for) (?:the )?(?:[A-Z]\w+ ){0,2}[A-Z]\w+(?:, [A-Z]\w+)+,? (?:and|&) [A-Z][\w ]+$")
)


# Words after a number that make it a share or a bare count ("six in 10", "Twelve percent", "Two others").
SHARE_WORDS = frozenset("in of out percent per others".split())


def _body_title_then_name(words: list[str]) -> dict[str, str | None] | None:
    """A body's name with "and" in it, a lower-case title and a person's name ("Limerick City and County Council
    member Cllr Niamh Carroll-Bourke"): that person, with the body and title as role."""
    i = len(words) - 1
    while i > 0 and words[i][:1].isupper():
        i -= 1  # back over the capitalised name (and a style such as "Cllr")
    if i < 1 or i > len(words) - 3 or not words[i].islower() or words[i] in DETERMINERS or words[i] in NAME_JOINERS:
        return None
    k = i
    while k > 0 and words[k - 1].islower() and words[k - 1] not in DETERMINERS and words[k - 1] not in NAME_JOINERS:
        k -= 1  # "district manager", "council member": the title's own words
    if k == 0 or not all(w[:1].isupper() or w in NAME_JOINERS for w in words[:k]) or not any(
        w.lower() in _lexicon()["org"] or w.lower() in BODY_NAME_WORDS for w in words[:k]
    ) or any(is_given_name(w) for w in words[:k]):  # (a body's words: not two speakers, "Trump and his campaign
        return None  # manager Kellyanne Conway", "Ratcliffe and FBI director Christopher Wray", "John Bolton and
        # Breitbart News editor Sebastian Gorka")
    tail = parse_mention(" ".join(words[i:]))
    if tail["kind"] != "person" or not tail["name"] or len(tail["name"].split()) < 2:
        return None
    return {"kind": "person", "name": tail["name"], "role": " ".join(words[:i]) + " " + (tail["role"] or words[i])}


# People news names after what they are, at the start of a sentence ("Resident Yusniar told", "Witness Tom
# Lee said"): capitalised there, yet no part of the name (nouns that are also common surnames, such as Farmer
# or Driver, are left out).
SENTENCE_INITIAL_PERSON_NOUNS = frozenset(
    "resident residents witness villager survivor commuter protester demonstrator pensioner shopkeeper vendor "
    "passenger patient neighbour neighbor student worker employee customer nurse volunteer".split())


def _described_then_name(m: str) -> dict[str, str | None] | None:
    """A capitalised description and then a name: "Resident Yusniar", "Search and rescue coordinator Dedi
    Kurniawan" (a lower-case title right before a name of one to four capitalised words), else ``None``."""
    words = m.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in DETERMINERS:
        return None
    if words[0].lower() in SENTENCE_INITIAL_PERSON_NOUNS and all(w[:1].isupper() for w in words[1:]) and (
        len(words) <= 4 and not any(w.lower() in _role_words() or w.lower() in _lexicon()["org"] for w in words[1:])
    ):
        return {"kind": "person", "name": " ".join(words[1:]), "role": words[0].lower()}
    titles = _lexicon()["title"]
    for i in range(len(words) - 2, 0, -1):
        if words[i].islower() and words[i] in titles:
            if not any(w.islower() for w in words[:i]) or any(
                w.lower() in DETERMINERS or "," in w for w in words[:i]  # (an appositive: "X's introducer, actress")
            ) or any(
                words[j] == "and" and (any(w.lower() in titles or is_given_name(w) for w in words[:j]) or (
                    j == 1 and words[2][:1].isupper())) for j in range(i)  # ("Ratcliffe and FBI director ...")
            ):  # ("Search and rescue coordinator", "Hong Kong Exchanges and Clearing chief executive": a description
                # that holds lower-case words; not two people: "Trump and his campaign manager Kellyanne Conway",
                # "Former U.N. Ambassador John Bolton and Breitbart News editor Sebastian Gorka")
                return None
            tail = parse_mention(" ".join(words[i + 1 :]))  # (its style: "Dr Sherwood ...", "Tan Sri Rosli ...")
            if tail["kind"] != "person" or not tail["name"] or len(tail["name"].split()) > 4:
                return None
            return {"kind": "person", "name": tail["name"], "role": " ".join(words[: i + 1])}
    return None


@lru_cache(maxsize=65536)
def parse_mention(mention: str) -> dict[str, str | None]:
    """Split a speaker mention into ``kind``, ``name`` and ``role`` (see :func:`_parse_mention`); a group counted
    by a quantifier is named by its noun ("Some analysts" and "Many analysts" are both "analysts"; the mention
    keeps the quantifier), so that a corpus counts them together.

    >>> parse_mention("Some analysts")
    {'kind': 'group', 'name': 'analysts', 'role': None}
    """
    share = SHARE_OF_GROUP_RE.fullmatch(mention.strip())
    if share is not None and share.group(1).split()[-1].endswith("s") and not share.group(1)[:1].isdigit():
        # "a quarter of respondents", "62% of respondents", "Six in 10 Americans": the people counted
        return {"kind": "group", "name": share.group(1), "role": None}
    peer = PEERAGE_NAME_RE.search(mention.strip())
    if peer is not None:  # "former senior judge Lord Ashworth of Kentmere": a life peer's name holds its place
        role = re.sub(r"^(?i:the|a|an)[ \t]+", "", mention.strip()[: peer.start()].strip(" ,")) or None
        return {"kind": "person", "name": peer.group(0), "role": role}
    parsed = _parse_mention(mention)
    if parsed["kind"] == "person" and BODY_OF_RE.fullmatch(parsed["role"] or "") is not None and (
        parsed["role"].split()[-1].lower() in _lexicon()["title"]  # (a title word inside the name: "General")
    ):
        # "The Royal College of General Practitioners": a body's name, not "General" Practitioners
        return {"kind": "org", "name": f"{parsed['role']} {parsed['name']}", "role": None}
    if parsed["kind"] == "person" and (parsed["role"] or "").lower() in _lexicon()["trade"]:
        return {**parsed, "kind": "org"}  # "Drugmaker Pfizer", "the NGO Mediterranea Saving Humans": a body
    styled = (parsed["name"] or "").split()
    if parsed["kind"] == "person" and len(styled) == 2 and styled[0].lower() in STYLES_BEFORE_A_FAMILY_NAME and (
        styled[1][:1].isupper()
    ):  # "Pa Bojang", "Togbe Dzokoto", "Alhaji Ibrahim": a style and the family name, as "Mr Bojang" is
        return {**parsed, "name": styled[1]}
    words = (parsed["name"] or "").split()
    if parsed["kind"] == "group" and len(words) >= 2 and words[0].lower() in COUNTING_QUANTIFIERS and (
        words[-1].isalpha() and words[-1].islower() and words[-1].endswith("s") and words[1][:1].isalpha()
    ):
        return {"kind": "group", "name": " ".join(words[1:]), "role": parsed["role"]}
    return parsed


# A body's name that a title word inside it would split ("Royal College of General Practitioners").
BODY_OF_RE = re.compile(r"(?:[A-Z][\w\-]+[ \t]+)*(?:College|Institute|Association|Society|Academy|Federation)[ \t]+of"
                        r"[ \t]+[A-Z][\w\-]+")
# A peer's title and territorial designation ("Lord Ashworth of Kentmere", "Baroness Smith of Basildon").
PEERAGE_NAME_RE = re.compile(
    r"(?<![\w-])(?:Lord|Baroness|Baron|Viscount|Viscountess|Earl|Countess)[ \t]+[A-Z][\w\-]+[ \t]+of[ \t]+"
    r"[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?$")  # (the PEERAGE_TITLES that take a territorial designation)
# Styles of address that West African papers write before a family name alone, and never begin a name.
STYLES_BEFORE_A_FAMILY_NAME = frozenset(
    "pa togbe togbui nii seyfo alhagie alhaji alhaja hajji haji opanin oba igwe otunba malam mallam".split())
# A share of a group that a poll or a survey counts ("Nearly two-thirds of Americans", "62% of respondents",
# "a majority of Republicans", "Six in 10 voters").
SHARE_OF_GROUP_RE = re.compile(
    r"(?i:(?:nearly|almost|about|around|roughly|some|just|over|under|more[ \t]+than|fewer[ \t]+than|less[ \t]+than)"
    r"[ \t]+)*(?:(?i:an?[ \t]+)?(?i:quarter|third|half|fifth|tenth|majority|minority|plurality|two-thirds"
    r"|three-quarters|three-fourths|most|\d+(?:\.\d+)?[ \t]?(?:%|percent|per[ \t]+cent))[ \t]+(?i:of)[ \t]+"
    r"(?:(?i:the|those)[ \t]+)?|(?i:one|two|three|four|five|six|seven|eight|nine|\d+)[ \t]+(?i:in)[ \t]+"
    r"(?:\d+|(?i:ten|five|four|three))[ \t]+)"
    r"([A-Za-z][\w\-]*(?:[ \t]+[\w\-]+){0,3})")
# Words that count a group without naming it ("Some analysts say", "Many economists expect").
COUNTING_QUANTIFIERS = frozenset("some many several most few both all".split())


def _parse_mention(mention: str) -> dict[str, str | None]:
    """Split a speaker mention into ``kind`` (person, org, role, group, pronoun), ``name`` and ``role``.

    A person's name is the run of capitalised words at the end that are not title words (at most
    ``MAX_NAME_WORDS`` full words); what comes before it is the role ("Foreign Minister"). A phrase led
    by a determiner without a title ("the Kremlin", "the National Conference of State Legislatures") is
    an organisation; a title without a name ("the spokesman", "the mayor of London") is a role.

    >>> parse_mention("Foreign Minister Sergey Lavrov")
    {'kind': 'person', 'name': 'Sergey Lavrov', 'role': 'Foreign Minister'}
    >>> parse_mention("the Kremlin")["kind"]
    'org'
    """
    m = CONTRACTION_RE.sub(r"\1", mention.strip().strip(","))  # "He's said": the pronoun is "He"
    m = INTENSIFIER_RE.sub("", m)  # "Feeney herself", "the governor himself": the person
    m = PARENTHESIS_RE.sub("", m).strip()  # "Sen. Ted Cruz (R-Texas)"
    m = NICKNAME_RE.sub("", m)  # 'Sen. Ramon "Jun" Villacorta': the name without its nickname
    styled = _styled_name_after_title(re.sub(r"^(?:[Tt]he|[Aa]n?)[ \t]+", "", m).split()) if "," not in m else None
    if styled is not None:  # "WHO representative in Syria Dr Hanan Mourad": a title with its place, a style, then
        return styled  # the name
    glued = GLUED_INITIAL_NAME_RE.search(m)
    if glued is not None and (glued.end() == len(m) or m[glued.end():].startswith(" of ")):
        # "Minister of Industry and Mineral Resources Ts.Enkhbayar", "Economist Ts.Batzorig of the ... Center":
        # the one word of a Mongolian name (the patronymic's initial glued to the given name) ends the title
        role = re.sub(r"^(?:[Tt]he|[Aa]n?)[ \t]+", "", m[: glued.start()].strip().rstrip(",")) or None
        return {"kind": "person", "name": glued.group(0).strip(), "role": role}
    post = POST_NOMINALS_RE.search(m)
    if post is not None and post.start() > 0 and " " in m[: post.start()].strip():
        # "Graham Lindsay MSP", "Brian Tierney SC", "Karen Sutcliffe MP": letters after a name are an office
        # or an honour, no part of the name
        parsed = parse_mention(m[: post.start()])
        if parsed["kind"] == "person" and parsed["role"] is None:
            return {**parsed, "role": post.group(0).split()[0]}
        if parsed["kind"] != "person" and post.group(0).split()[0] in MEMBER_TITLES:
            member = re.sub(r"^(?:[Tt]he|[Aa]n?)[ \t]+", "", m.strip())  # "The Dublin Mid-West TD", "the Labour MP":
            return {"kind": "role", "name": member, "role": member}  # a member by seat or party, not the place
        return parsed
    # a source's place or its informant's access is no part of its name ("the Tarvekian embassy in Verrin",
    # "a Concord official familiar with the text"): the same source, however the sentence locates it
    owner = m.split()[0] if m.split() else ""  # ("China's embassy in Kuala Lumpur": a possessive, then a noun)
    possessed = owner.endswith(("'s", "\u2019s")) and len(m.split()) > 2 and m.split()[1][:1].islower()
    described = m[:1].islower() or m.startswith(("The ", "A ", "An "))  # (as a sentence's first word too)
    qualified = len(m.split()) >= 4 and m[:1].isupper() and not described and m.split()[1].isalpha() and (
        m.split()[1].islower()) and (
        m.split()[2] == "in")  # "Palestinian officials in Gaza", "Inuit leaders in Nunavik": people of a place
    detail = SOURCE_DETAIL_RE.search(m) if described or possessed or qualified else None
    # a place after a capitalised word may end a name ("the Association of Banks in Lebanon"); after a common
    # noun it describes the source
    head = m if detail is None or detail.group(0).split()[0] == "in" and (
        m[: detail.start()].split()[-1][:1].isupper()
    ) else m[: detail.start()]
    placed = head != m and detail.group(0).split()[0] == "in" and head.split()[-1].isalpha() and (
        head.split()[-1].islower() and head.split()[-1].endswith("s")) and not any(
        w.endswith("ing") for w in head.split())  # "officials in southern Lebanon" (not "scientists studying
    # patients in Zhuhai": the place of what they do)
    if head != m and (qualified or placed or any(w[:1].isupper() for w in head.split()[described:])):
        # (not "people familiar with the matter", "A person familiar with the planning")
        m = head
    medium = IN_A_DOCUMENT_RE.search(m)
    if medium is not None and medium.start() > 0:
        m = m[: medium.start()]  # "the JCF in a release": the force, not its release
    leading = OPPOSITION_BODY_RE.fullmatch(m)
    if leading is not None and parse_mention(leading.group(1))["kind"] == "org":
        m = leading.group(1)  # "the Opposition Democratic Labour Party": the party
    accused = DESCRIBED_ACCUSED_RE.match(m)
    if accused is not None:
        m = accused.group(1)  # "A woman accused of murdering Jane Smith": the woman, not whom she is accused of
    if " by " in m:
        m = SEEN_BY_RE.sub("", m)  # "A letter seen by Reuters": the letter, not the outlet that saw it
    tail = PARTICIPLE_TAIL_RE.search(m)
    before = (m[: tail.start()].split() or [""])[-1] if tail is not None else ""
    first = tail is not None and m[: tail.start()].split() == [before] and before.endswith("s")  # ("Voters polled")
    if (before[:1].islower() or first) and before not in FINITE_AUXILIARIES and before not in BE_FORMS and not (
        tail.group(1) in AUTHORING_PARTICIPLES and " by " in tail.group(0)
    ):  # (but "a statement released by the Supreme Court" is the court's)
        m = m[: tail.start()]  # "a draft budget released at the opening session", "Sinaloa residents interviewed
        # by the newspaper Noroeste": the source, not when or by whom it was made
    if m.split() and m.split()[-1][:1].isupper():
        m = GENERIC_OWNER_RE.sub("the ", m)  # "the emirate's Department of Health": the department's own name (not
        # "the state's Republican governor")
    issued = m.split()
    if len(issued) >= 3 and issued[0].lower() in ("a", "an", "the") and issued[-1].islower() and (
        issued[-1] in ISSUED_BY_BODIES
    ) and all(w[:1].isupper() and not w.endswith(("'s", "\u2019s")) for w in issued[1:-1]):
        body = parse_mention(" ".join(issued[1:-1]))
        if body["kind"] == "org" and (body["name"] or "").lower() not in _places():  # "a Downing Street readout",
            # "A Turkish Foreign Ministry statement": the body (not a nationality's "The Turkish statement"), that
            return body  # issued it (not "a Trump statement": a person's statement stays a statement)
    data = BODY_DATA_RE.fullmatch(m)
    if data is not None:
        m = data.group(1)  # "police figures", "government data": the body the figures are from
    else:
        data = NAMED_BODY_DATA_RE.fullmatch(m)
        body = parse_mention(data.group(1)) if data is not None else None
        if body is not None and (body["kind"] == "org" or body["kind"] == "person" and " " not in data.group(1)):
            return body  # "Eurostat figures", "Reuters calculations": theirs (not "Donald Trump figures")
    owner = OWNED_DATA_RE.fullmatch(m) or OWNED_BY_BODY_RE.fullmatch(m)
    owned = owner.group(owner.lastindex).lower().split() if owner is not None else []
    if owned and owned[-1] in _lexicon()["source"] | DATA_NOUNS and (
        owner.re is OWNED_DATA_RE or owner.group(2) in _lexicon()["org"]
    ) and not (owned[-1] == "figures" and set(owned) & PROMINENCE_WORDS):  # ("the party's top figures": people)
        return parse_mention(m[: owner.end(1)])  # "the Meridian Concord's shared data platform": the Concord's;
        # "the health ministry's figures": the ministry's
    if m.endswith(("'s", "\u2019s")) and len(m) > 2 and " " not in m[-3:]:
        m = m[:-2]  # a possessive source ("Trump's assertion that ...") is the owner
    elif m.endswith(("s'", "s\u2019")) and len(m) > 3:
        m = m[:-1]  # and after a final "s": "President Esteban Mora Solís' immunity"
    low = m.lower()
    member = MEMBER_OF_CHAMBER_RE.fullmatch(m)
    if member is not None:  # "The Member of Parliament for Nsawam-Adoagyiri": a seat's holder, not the chamber
        return {"kind": "role", "name": member.group(1), "role": member.group(1)}
    if low in _pronouns() and not (m.isupper() and len(m) > 2) or STYLE_MENTION_RE.fullmatch(m):  # ("WHO said":
        # the World Health Organization, not a pronoun)
        return {"kind": "pronoun", "name": None, "role": None}
    described = _described_then_name(m)
    if described is not None:
        return described
    appositive = None
    listed = "," in m and (" and " in m or " & " in m)
    if listed and " & " in m and BODY_AMPERSAND_RE.search(m):
        m = m.replace(" & ", " and ")  # "the Foreign, Commonwealth & Development Office": one body's fields
    if listed and (titled := _listed_portfolio_title(m) or _title_then_name(m.split())) is not None:
        return titled  # "Minister for Infrastructure, Transport and Regional Development Daniel Marsh"
    if listed and (named := _name_then_listed_title(m)) is not None:
        return named  # "the Honourable Jenna Morrisette, Minister of Innovation, Science and Industry"
    if listed and NAME_LIST_RE.fullmatch(m):  # "Hawkins, Blankenship, and Carroll", "Germany, France and Italy"
        return {"kind": "group", "name": re.sub(r"^[Tt]he ", "", m), "role": None}
    if listed and (body := BODY_LIST_RE.search(m)):  # "the National Academies of Sciences, Engineering and
        head = m[: body.start()].split()  # Medicine": one body ("A spokesperson for the Foreign, Commonwealth
        if head and head[0].lower() in DETERMINERS and len(head) > 1 and head[-1].islower():  # and Development
            phrase = " ".join(m.split()[1:])  # Office": that body's spokesperson)
            return {"kind": "role", "name": phrase, "role": phrase}
        return {"kind": "org", "name": re.sub(r"^(?:[Tt]he )", "", m), "role": None}
    if listed and PLACED_GROUP_RE.fullmatch(m):  # "officials in Kyiv, Moscow and Abu Dhabi": people in places
        return {"kind": "group", "name": re.sub(r"^(?:[Tt]he )", "", m), "role": None}
    if "," in m:  # "Dmitry Peskov, the Kremlin's spokesman"
        head, _, appositive = m.partition(",")
        m = head.strip()
        appositive = appositive.strip(" ,")
        named = _name_after_role(m, appositive)
        if named is not None:  # "the Kremlin's spokesman, Dmitry Peskov"
            return named
    words = m.split()
    if len(words) == 1 and sum("A" <= ch <= "Z" for ch in words[0]) >= 3 and not words[0].isupper() and (
        words[0][1:2].islower() and "-" not in words[0]
    ):  # "LetHerSpeak", "BlackLivesMatter": a hashtag or a brand, never a person's name (but "Lewis-McKenzie")
        return {"kind": "org", "name": words[0], "role": None}
    if len(words) == 1 and words[0].endswith("s") and (words[0][:-1].lower() in (
        _lexicon()["source"] | _lexicon()["title"]
    ) or words[0].lower() in PLACED_PEOPLE):  # "Reports said", "Doctors say", "Neighbours say": the plural of
        # a document, a title or people is a group, never a person's name
        return {"kind": "group", "name": words[0], "role": None}
    if len(words) == 1 and words[0] in ("A", "An"):  # the "A:" of a Q&A transcript, not an article
        return {"kind": "person", "name": words[0], "role": None}
    if len(words) > 1 and words[0].lower() in NUMBER_WORDS:  # "Two Democratic Representatives", "three senators"
        counted = words[1].isalpha() and words[1].lower() not in SHARE_WORDS  # ("six in 10", "Twelve percent")
        return {"kind": "group", "name": " ".join(words[1:] if counted else words), "role": None}
    if 2 <= len(words) <= MAX_PLURAL_GROUP_WORDS and words[0].lower() in GROUP_QUANTIFIERS and all(
        w.isalpha() and w.islower() for w in words[1:]
    ) and words[-1].endswith("s"):  # "Both parents", "Many mothers": several people, whatever their noun
        return {"kind": "group", "name": " ".join(words), "role": None}
    if len(words) >= 2 and words[0].lower() in ("one", "another") and words[1] not in SHARE_WORDS and (
        words[-1].islower() and not words[1][:1].isdigit()
    ):
        words = ["a", *words[1:]]  # "one senior German diplomat", "another EU official": a diplomat (but "One
        # Nation" is a party)
    led_by_determiner = bool(words) and words[0].lower() in DETERMINERS
    while words and words[0].lower() in DETERMINERS and not IRISH_ARTICLE_RE.fullmatch(" ".join(words[:2])):
        words = words[1:]  # (but Irish "An" before a consonant opens a body's name: "An Garda Síochána", "An Post")
    relative = next((i for i, w in enumerate(words) if w in ("who", "whose")), 0) if led_by_determiner else 0
    if relative > 0 and words[relative - 1].islower():
        words = words[:relative]  # "a shopkeeper whose stall": the shopkeeper, not the stall
    if not words:
        return {"kind": "group", "name": low or None, "role": None}
    pollster = _pollster(words)
    if pollster is not None:
        return pollster  # "the latest Invamer poll", "a Gallup Korea survey released Friday": the pollster's
    if len(words) >= 3 and words[0].lower() in _lexicon()["source"] and words[1] in DOCUMENT_TOPIC_WORDS and not (
        "by" in words or "from" in words  # ("a tweet on Monday by Mike Pompeo": his)
    ):
        return {"kind": "org", "name": words[0], "role": None}  # "a ruling against President Donald Trump": the
        # ruling, not the person it is against
    described = _described_body(words)
    if described is not None:  # "Rights group Amnesty International", "the lobby group Zimbabwe ... Association"
        return described
    if len(words) >= 3 and words[1] in CAPITAL_PREPOSITIONS and words[0][:1].isupper() and words[2][:1].isupper():
        return {"kind": "org", "name": " ".join(words), "role": None}  # "Doctors Without Borders": a body
    if len(words) <= MAX_PLURAL_GROUP_WORDS and all(w[1:].islower() and (i == 0 or w.islower()) for i, w in enumerate(
        words
    )) and _plural_people(words[-1]):  # "the presidents", "The two leaders", "Participants": several people
        return {"kind": "group", "name": " ".join(words), "role": None}
    doc = next((i for i in range(min(3, len(words) - 2))
                if words[i].lower() in _lexicon()["source"] or words[i].lower() in DATA_NOUNS), None)
    by = doc + 1 if doc is not None and words[doc + 1] in ISSUING_PARTICIPLES and doc + 2 < len(words) - 1 else doc
    if doc is not None:  # "a tweet on Monday by Mike Pompeo", "a study last year by economists at Duke University"
        j = by + 1
        while j < len(words) - 2 and j - by <= MAX_DATE_WORDS and (
            words[j].lower() in DATE_WORDS or words[j] in DOCUMENT_TIME_WORDS or words[j].isdigit()
        ):
            j += 1
        if j > by + 1 and words[j] in ("from", "by"):
            by = j - 1
    if doc is not None and words[by + 1] in ("from", "by") and not any(
        w[:1].isupper() and w.lower() not in DATE_WORDS for w in words[:doc]
    ):  # (a month before it too: "a February survey conducted by WBUR radio")
        # "a statement from the government", "a new poll by CNN", "a statement released by the Supreme Court":
        # who issued the document speaks
        agent = words[by + 2 :]
        if words[doc].lower() in POLL_NOUNS:
            # "a survey by IBRiS for Rzeczpospolita", "conducted by Kyodo News over the weekend": the pollster,
            # not who commissioned it or when
            cut = next((j for j in range(1, len(agent)) if agent[j] in POLL_AGENT_ENDS and agent[j - 1][:1].isupper()),
                       len(agent))
            agent = agent[:cut]
            if len(agent) > 1 and agent[-1] in OUTLET_NOUNS and agent[-2][:1].isupper():
                agent = agent[:-1]  # "conducted by WBUR radio"
        return parse_mention(" ".join(agent))
    lead = 1 if len(words) > 1 and words[0].lower() in QUANTIFIERS else 0
    if 2 <= len(words) - lead <= MAX_ROLE_WORDS + 2 and words[lead].islower() and words[lead].endswith("s") and (
        (_people_noun(words[lead]) or words[lead] in PLACED_PEOPLE) and words[lead + 1] in ("on", "in")
        and words[lead + 2 : lead + 3] and words[lead + 2][:1].isupper()
    ):  # "Some netizens on Sina Weibo", "users on X", "residents in Gaza": people, wherever they write or live
        return {"kind": "group", "name": " ".join(words[lead:]), "role": None}
    # "a lawyer with", "the former top aide to": lower-case role words, then a serving preposition
    people = not led_by_determiner and _people_noun(words[0])  # ("Officials in Washington", "Friends of ...")
    placed = led_by_determiner and words[0].lower() in UNNAMED_PERSON_NOUNS  # "a resident of Gaza": a person
    at = next((i for i in range(1, min(len(words) - 1, MAX_ROLE_WORDS + 1))
               if words[i] in SERVING_PREPOSITIONS or words[i] in ("with", "from") or (people or placed) and (
                   words[i] in ("of", "in"))), None)
    if at is not None and (led_by_determiner and words[0].islower() or people) and (
        all(w.islower() for w in words[1:at])
    ) and (
        words[at + 1][:1].isupper() or words[at + 1].lower() in DETERMINERS
    ):  # "an aide to Hillary Clinton", "a spokesman for Bernie Sanders", "Sources close to Mr Trump": the aide,
        # the spokesman and the sources speak, not Clinton, Sanders or Trump
        phrase = " ".join(words)
        # an unnamed person's place or body is where they are, not what they are: "a resident of Tashkent's
        # Chilanzar district", "A senior nurse at the hospital", "residents of the capital" are a resident, a
        # senior nurse and residents (the whole phrase stays their role)
        head = " ".join(words[:at]) if words[at] in PLACING_PREPOSITIONS and not any(
            w.endswith("ing") for w in words[:at]  # (not "scientists studying patients in Zhuhai")
        ) and (
            words[at - 1].lower() in PLACED_PERSON_NOUNS or words[at - 1].lower().endswith("s")
            and words[at - 1].lower()[:-1] in PLACED_PERSON_NOUNS
        ) else phrase
        if people:  # (several people: a group, which no later "he" or "the spokesman" continues)
            return {"kind": "group", "name": head, "role": None if head == phrase else phrase}
        return {"kind": "role", "name": head, "role": phrase}
    lx = _lexicon()
    of = words.index("of") if "of" in words[1 : MAX_ROLE_WORDS + 1] else None
    if led_by_determiner and of is not None and of + 1 < len(words) and all(w.islower() for w in words[:of]) and (
        words[of - 1].lower() in lx["title"] and (words[of + 1][:1].isupper() or words[of + 1] in DETERMINERS)
    ):  # "the general manager of Abu Dhabi Media": a role in an institution, not a person "Dhabi Media"
        phrase = " ".join(words)
        return {"kind": "role", "name": phrase, "role": phrase}
    affiliation = None
    cut = None if led_by_determiner else _affiliation_at(words, lx)  # "the National Conference of ..." is one
    if cut is not None:  # "Stephanie Hooton of Derry", "Jo Anne Van Tilburg of Easter Island Statue Project"
        tail = words[cut + 1 :]
        words, affiliation = words[:cut], " ".join(tail[1:] if tail[0].lower() in DETERMINERS else tail)
    lows = [w.lower().strip(".,") for w in words]
    phrase = " ".join(words)
    if "and" in lows or "&" in lows:  # "CNN and NPR", "Bolton and Gorka"
        titled = _title_with_and(words, lows) or _title_then_name(words)
        if titled is not None:  # "Secretary of Health and Human Services Alex Azar"
            return titled
        named = _body_title_then_name(words)
        if named is not None:  # "Fire and Emergency New Zealand district manager Dean Whaanga"
            return named
        if len(words) > 3 and lows[0] in lx["org"] and lows[1] in ("of", "for") and words[0][:1].isupper():
            return {"kind": "org", "name": phrase, "role": None}  # "Ministry of Electronics and IT": one body
        if len(words) >= 4 and lows[-1] in PARTY_HEADS and all(w[:1].isupper() or w in ("and", "&") for w in words):
            return {"kind": "org", "name": phrase, "role": None}  # "Freedom and Justice Party": one party
        return {"kind": "group", "name": phrase, "role": None}
    owned = _owned_person(words)
    if owned is not None:  # "Al Jazeera's Hind Khoudary", "CNN's Jake Tapper": the outlet's correspondent
        return owned
    k = _name_start(words)
    if 0 < k and len(words) - k == MAX_NAME_WORDS and (("for" in words[:k] or "of" in words[:k]) and (
        words[k].lower() in SEAT_END_WORDS and is_given_name(words[k + 1])
    ) or words[k].lower() in COMPASS_POINTS):
        k += 1  # "Federal Member for Wide Bay Nathan Corliss": the seat's last word is not the name's (a compass
        # point never is: "St James North Western Clive Moncrieffe" with or without the "for" before it)
    if 0 < k and len(words) - k == MAX_NAME_WORDS + 1 and words[k + 1] in ARABIC_NAME_PARTS | MALAY_NAME_PARTS and (
        words[k] not in ARABIC_NAME_PARTS | MALAY_NAME_PARTS and not is_given_name(words[k])
    ):
        k += 1  # "Director General Hajj Makkah Abdul Wahab Soomro": the name opens at "Abdul", not at the place
    if k == 1 and len(words) == MAX_NAME_WORDS + 1 and is_given_name(words[0]) and not _role_word(
        words[0], _role_words()
    ) and words[0].lower() not in _places() and all(w[:1].isupper() for w in words):
        k = 0  # "Luz Dary Mosquera Palacios": two given names and two family names, no title before them
    if 0 < k < len(words) and words[k - 1] in ("I", "Ni") and words[k] in BALINESE_ORDER_NAMES:
        k -= 1  # "Governor I Made Suarjana", "Ni Luh Ayu Prameswari": a Balinese name's gender marker
    if k < len(words) - 1 and words[k] in TITLE_ACRONYMS and words[k + 1][:1].isupper() and (
        not words[k + 1].isupper() and _name_word(words[k + 1])
    ):
        k += 1  # "DSP Tettey-Nartey", "ACP Kumar", "Commander, DCOP Jacob Ampofo": a rank's initials, no name
    if k < len(words) - 2 and lows[k] in REGNAL_STYLES and lows[-1] in NAME_SUFFIXES:
        k += 1  # "Nana Ofori Kuragu II": a Ghanaian chief's style before his stool name (but "Nana Akufo-Addo")
    if k == 0 and len(words) >= 3 and words[0] in SERVICE_MEMBERS and len(words[1]) > 2 and is_given_name(words[1]):
        k = 1  # "Marine John Tiegen": a service member's branch before the name (but "Marine Le Pen")
    if 0 < k and len(words) - k == MAX_NAME_WORDS and words[k - 1] in PORTFOLIO_ADJECTIVES and (
        "of" in words[max(0, k - 3) : k] or "for" in words[max(0, k - 3) : k]
    ):
        k += 1  # "Minister of National Unity Vadym Ostapchuk": an adjective leaves the portfolio open
    name_words = words[k:]
    if name_words and all(w.lower().strip(".,") in DATE_WORDS for w in name_words) and k > 0:
        k, name_words = len(words), []  # "reports from the ministry ... on Friday": a date, not a name
    role_part = [w for i, w in enumerate(words[:k]) if w.lower().strip(".") not in HONORIFICS and not _malay_style(
        words, i) and not (w.lower() in REGNAL_STYLES and i == k - 1)]
    # ("Deputy Prime Minister Datuk Seri Khairul Anuar Mohd Said": the role is Deputy Prime Minister; a chief's
    # "Nana" is no role either)
    role = " ".join(role_part).strip() or None
    if appositive:
        ap = appositive.split()
        while ap and ap[0].lower() in DETERMINERS:
            ap = ap[1:]
        role = role or (" ".join(ap) or None)
    org_words = lx["org"] | lx["source"]
    has_title = any(w in lx["title"] or " ".join(lows[i : i + 2]) in lx["title"] or (
        "-" in w and w.rsplit("-", 1)[1] in lx["title"]) for i, w in enumerate(lows[:k]))  # ("co-leader")
    is_org = lows[-1] in org_words or " ".join(lows[-2:]) in org_words or phrase.lower() in org_words or (
        len(words) > 1 and lows[-1] in NAMED_BODY_ENDINGS) or (  # "Regeneron Pharmaceuticals", "Walter Reed
        len(words) > 2 and lows[-2] == "international" and words[-1].isupper()) or (  # Hospital", "Amnesty ...UK"
        _kind_tail(words) > 0)  # "the Abraham Initiatives nonprofit"
    if not has_title and phrase.lower() in lx["group"]:  # "Democrats", "Republicans": a group, not a name
        return {"kind": "group", "name": phrase, "role": None}
    if not has_title and phrase.lower() in _places():  # "New Hampshire", "United States": a place speaks as a state
        return {"kind": "org", "name": phrase, "role": None}
    body = 1 if len(words) > 3 and words[0].endswith(POSSESSIVE_ENDINGS) and words[0][:1].isupper() else 0
    if len(words) - body > 2 and lows[body] in lx["org"] and lows[body + 1] in ("of", "for") and (
        words[body][:1].isupper()
    ) and len(name_words) < 2 and not any(w.islower() and w in lx["title"] or is_given_name(w) for w in words):
        # "Ministry of Commerce", "China's Ministry of Commerce", "Office for National Statistics": a body
        return {"kind": "org", "name": phrase, "role": None}
    if name_words and has_title and 0 < k and words[k - 1].lower() in (
        "the", "of", "for", "at", "from", "to", "in", "on"
    ):
        return {"kind": "role", "name": phrase, "role": phrase}  # "The leader of the SNP": the SNP is no person
    described = (led_by_determiner and 0 < k and words[k - 1].islower() and len(name_words) >= 2
                 and is_given_name(name_words[0]))  # "his main presidential rival Joe Biden"
    if len(name_words) == 1 and 0 < k and not has_title and name_words[0].lower() in _places() and (
        lows[k - 1] in PORTFOLIO_WORDS or lows[k - 1] in lx["org"]
    ) and all(w[:1].isupper() and w.lower().strip(".") not in HONORIFICS for w in words[:k]) or len(words) == 2 and (
        lows[1] in _places() and (lows[0] in PORTFOLIO_WORDS or lows[0] in ("statistics", "elections"))
        and words[0][:1].isupper()
    ):  # "Global Affairs Canada", "Statistics Canada", "Health Canada": a body named with its country
        return {"kind": "org", "name": phrase, "role": None}
    if len(name_words) == 1 and 1 < k and words[k - 1].lower() in PEERAGE_TITLES and words[k - 1][:1].isupper() and (
        words[k - 2].islower() and words[k - 2].isalpha()
    ):  # "The crossbench peer Lady Whitlow", "the Conservative peer Lord Tuxford": the peer, described
        return {"kind": "person", "name": f"{words[k - 1]} {name_words[0]}", "role": " ".join(words[: k - 1])}
    described = described or len(name_words) >= 2 and 0 < k and lows[k - 1] in lx["org"] and not is_org
    # ("the Russian Health Ministry Tatyana Petrovna Guseva": a body, then its official's name)
    if name_words and not is_org and (has_title or not led_by_determiner or described):
        if len(name_words) == 1 and role is not None and role.lower() in PEERAGE_TITLES:
            # "Lord Leggatt", "Lady Rose", "Baroness Chapman": a peer's title with the surname is the name
            return {"kind": "person", "name": f"{role} {name_words[0]}", "role": affiliation}
        if len(name_words) >= 2 and k > 0 and words[k - 1].lower().rstrip(".") in HONORIFICS and (
            FAMILY_CAPITALS_RE.match(name_words[0]) and name_words[1][1:].islower()
        ):
            # "Mr. KITAZAWA Hiroshi": the Japanese and Chinese foreign ministries write the family name first in
            # capitals; "Minister Kitazawa" is the same person
            name_words = [name_words[0].title(), *name_words[1:]]
        return {"kind": "person", "name": " ".join(name_words), "role": role or affiliation}
    if not name_words and lows[0] in lx["title"] and not is_org:  # "the director of ...", "the mayor of London"
        return {"kind": "role", "name": phrase, "role": phrase}
    if not name_words and led_by_determiner and not is_org and lows[-1] in lx["title"] and (
        len(words) <= MAX_ROLE_WORDS and all(w[:1].isupper() for w in _without_levels(words))
    ):  # "The Prime Minister", "the Finance Minister", "the Home Secretary": a capitalised title, no name (nor
        # "the federal Health Minister", a level of government before it)
        return {"kind": "role", "name": phrase, "role": phrase}
    if not is_org and led_by_determiner and (
        low.split()[0] in ("a", "an", "one", "another") or low.split()[0] == "the" and lows[-1] in BODY_PERSON_NOUNS
    ) and (
        words[-1].isalpha() and words[-1].islower() and lows[-1] in lx["title"] and lows[-1] not in org_words
    ):  # "an EU diplomat", "a NATO official", "a senior EU official", "the Kremlin official": a person of the
        # body, not the body (but "the Senate Democratic leader" stays an office for the resolver)
        return {"kind": "role", "name": phrase, "role": phrase}
    office_of = next((i for i in range(1, min(len(words) - 1, MAX_ROLE_WORDS + 1)) if lows[i] in ("of", "for")), None)
    if led_by_determiner and not name_words and office_of is not None and lows[office_of - 1] in lx["title"] and (
        lows[office_of - 1] not in org_words and all(w[:1].isupper() for w in words[:office_of])
        and not any(w in org_words or w.startswith("directorat") for w in lows[:office_of])
    ):  # "the Parliamentary Commissioner for the Prison System", "the Secretary of State": an office of a body
        return {"kind": "role", "name": phrase, "role": phrase}
    if is_org or (led_by_determiner and (any(w in org_words for w in lows) or words[-1][:1].isupper())) and not (
        lows[-1] in lx["title"] and lows[-1] not in org_words and (
            all(w.islower() for w in words) or words[-1] in MEMBER_TITLES)
    ):  # ("the union leader", "the party leader", "the Dublin Mid-West TD": a body's officer, not the body)
        cap = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
        if led_by_determiner and 0 < cap <= MAX_BODY_DESCRIPTION_WORDS and all(
            w.islower() and w.replace("-", "").isalpha() and (
                "-" in w or w.endswith(BODY_ADJECTIVE_ENDINGS) or w in BODY_DESCRIPTIONS) for w in words[:cap]
        ) and not any(w.lower() in lx["source"] or w.lower() in DATA_NOUNS for w in words[cap:]) and (
            words[-1][:1].isupper() or words[-1].lower() in lx["org"]
        ):
            phrase = " ".join(words[cap:])  # "The far-right Alternative for Germany", "the ruling Awami League"
        named = phrase.split()
        outlet = 2 if named[-2:] == ["news", "agency"] else 1 if named[-1] in OUTLET_NOUNS else _kind_tail(named)
        if outlet and len(named) > outlet and named[-outlet - 1][:1].isupper():
            cap = next((i for i, w in enumerate(named) if w[:1].isupper()), 0)
            outlet_name = " ".join(named[cap:-outlet])
            if outlet_name.lower() not in _places():  # ("a Baton Rouge newspaper": unnamed)
                phrase = outlet_name  # "El Financiero newspaper", "the Xinhua news agency", "the nationalist
                # Global Times tabloid": the outlet
        return {"kind": "org", "name": phrase, "role": None}
    if lows[-1] in lx["group"]:
        return {"kind": "group", "name": phrase, "role": None}
    if len(words) >= 3 and words[-1] == "Relations" and not has_title and all(w[:1].isupper() for w in words):
        return {"kind": "org", "name": phrase, "role": None}  # "Inter-Services Public Relations": a body
    return {"kind": "role", "name": phrase, "role": phrase}


# Lower-case nouns after a body's capitalised name that say what kind of body it is ("the Abraham Initiatives
# nonprofit", "the Magen David Adom ambulance service", "the Syrian Observatory for Human Rights monitoring group").
KIND_TAILS = frozenset("nonprofit non-profit charity ngo watchdog institute foundation".split())
KIND_TAIL_HEADS = frozenset("service group tank".split())


def _kind_tail(words: list[str]) -> int:
    """How many last words of ``words`` say what kind of body the capitalised name before them is (0 if none):
    the name is all of the words before them (not "owner of the Make Crate subscription service", "Law's
    advocacy group"), and not only where it is ("the Brussels-based think tank", "a Swiss charity")."""
    n = 1 if len(words) >= 2 and (words[-1] in KIND_TAILS or words[-1] == "NGO") else 2 if len(words) >= 3 and (
        words[-1] in KIND_TAIL_HEADS and words[-2].isalpha() and words[-2].islower()
        and words[-2] not in FUNCTION_WORDS_OF_TAILS
    ) else 0
    name = words[:-n] if n else []
    if not name or not name[0][:1].isupper() or all(
        w.lower().endswith("-based") or w.lower() in _places() for w in name
    ) or not all(
        w[:1].isupper() and not w.endswith(POSSESSIVE_ENDINGS) or w in FUNCTION_WORDS_OF_TAILS or w in NAME_PARTICLES
        for w in name
    ):
        return 0
    return n


FUNCTION_WORDS_OF_TAILS = NAME_LINK_WORDS | {"a", "an"}
# Nouns for any person who works for a body ("the Kremlin official", "the EU diplomat").
BODY_PERSON_NOUNS = frozenset("official officials diplomat diplomats".split())
# Nouns that say what kind of body a name belongs to, besides the titles resource's organisation words.
BODY_KIND_NOUNS = frozenset(
    "lobby watchdog tank charity outfit movement alliance firm body regulator ngo bloc outlet broadcaster daily "
    "website portal tabloid".split())


def _described_body(words: list[str]) -> dict[str, str | None] | None:
    """A lower-case description ending in a kind of body, then the body's name: "Rights group Amnesty
    International", "environmental lobby group Zimbabwe Environmental Law Association", "think tank Chatham
    House". The name speaks and the description is its role (not "party leader Keir Starmer": a title)."""
    kinds = _lexicon()["org"] | BODY_KIND_NOUNS
    at = next((i for i in range(min(len(words) - 1, MAX_ROLE_WORDS)) if words[i].lower() in kinds and (
        words[i + 1][:1].isupper()
    )), None)
    if at is None or not all(w.islower() or i == 0 < at and w[1:].islower() for i, w in enumerate(words[: at + 1])):
        return None  # (not "News Guide", "Military Times": a capitalised first word is the name's own)
    tail = words[at + 1 :]
    if not all(w[:1].isupper() or w in NAME_JOINERS or w in BODY_NAME_LINKS for w in tail) or tail[-1] in (
        NAME_JOINERS | BODY_NAME_LINKS
    ) or any(
        w.endswith(POSSESSIVE_ENDINGS) for w in tail
    ):
        return None  # ("a campaign TV ad", "the Government Accountability Office report")
    name = " ".join(tail)
    named = parse_mention(name)
    stripped = named["kind"] == "person" and named["role"] is not None and not any(
        w.lower() in _lexicon()["title"] for w in named["role"].split())  # ("advocacy group Transient Workers Count
    # Too": a word of the name read as a qualifier)
    if is_given_name(tail[0]) or not (named["kind"] in ("org", "person") and named["role"] is None or (
        named["role"] == name
    ) or stripped):  # ("think tank Chatham House": a capitalised title word is part of the body's name)
        return None
    return {"kind": "org", "name": name if tail[0] == "The" or stripped else named["name"],
            "role": " ".join(words[: at + 1])}


POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
# The Irish article "An" before a consonant (English "an" comes before a vowel sound: "an MP", "an honest").
IRISH_ARTICLE_RE = re.compile(r"An [BCDFGJKLMNPQRSTVWXYZ][a-z\u00e1\u00e9\u00ed\u00f3\u00fa]+")
# Lower-case words inside a body's name besides the name joiners ("Dignity in Dying", "Women on Web").
BODY_NAME_LINKS = frozenset("in on".split())


def _owned_person(words: list[str]) -> dict[str, str | None] | None:
    """A possessive owner, then a bare person's name ("Al Jazeera's Hind Khoudary", "CNN's Jake Tapper", "Al
    Jazeera's Ibrahim al-Khalili"):
    the person, with the owner as role. The name has two or three capitalised words, none a title or a
    body's word, and it opens with a given name unless the owner is an acronym or has two words."""
    at = next((i for i, w in enumerate(words[:3]) if w.endswith(POSSESSIVE_ENDINGS) and len(w) > 2), None)
    if at is None or not 2 <= len(words) - at - 1 <= 3:
        return None
    owner, name = words[: at + 1], words[at + 1 :]
    lx = _lexicon()
    if not all(w[:1].isupper() and w[1:2].islower() or i and HYPHEN_PARTICLE_RE.match(w) for i, w in enumerate(
        name
    )) or any(
        w.lower() in lx["title"] or w.lower() in lx["org"] or w.lower() in lx["source"] or w.lower() in DETERMINERS
        or w.lower() in lx["group"] for w in name
    ):
        return None
    head = owner[-1][:-2] if owner[-1].endswith(("'s", "\u2019s")) else owner[-1][:-1]  # ("Times' Ben Sisario")
    if not (is_given_name(name[0]) or head.isupper() and len(head) > 1 or len(owner) >= 2 and owner[0][:1].isupper()
            or head.lower() in _places() or any(c.isupper() for c in head[1:]) and head.isalpha()
            ):  # ("Ukraine's Volodymyr Zelenskyy": a country's own; "ActionSA's Thandiwe Mkhize": a party's)
        return None
    return {"kind": "person", "name": " ".join(name), "role": " ".join(owner[:-1] + [head])}


# Plurals for people named by where they write or live ("netizens on Sina Weibo", "residents in Gaza").
PLACED_PEOPLE = frozenset(
    "netizens users residents citizens locals people commenters posters viewers neighbours neighbors villagers "
    "witnesses relatives colleagues fans passengers shoppers farmers workers".split()
)


def _people_noun(word: str) -> bool:
    """A plural for people that opens a sentence without an article: "Aides", "Sources", "Officials"."""
    low = word.lower()
    lx = _lexicon()
    return word[1:].islower() and (low.endswith("s") and (low in lx["group"] or low[:-1] in lx["title"]) or (
        low in UNMARKED_PLURALS))


# Plurals for the parties to a meeting or a call, besides the lexicon's groups and plural titles.
MEETING_PLURALS = frozenset("participants sides parties delegations counterparts interlocutors negotiators".split())
MAX_PLURAL_GROUP_WORDS = 3


def _plural_people(word: str) -> bool:
    """A plural noun for people: "presidents", "leaders", "participants", "sides"."""
    low = word.lower()
    lx = _lexicon()
    return low.endswith("s") and (low in lx["group"] or low[:-1] in lx["title"] or low in MEETING_PLURALS)


# Nouns for several people without a plural -s ("Staff for the committee said", "Police in Ohio said").
UNMARKED_PLURALS = frozenset("staff police people personnel allies critics supporters opponents".split())


def _name_word_limit(name: list[str]) -> int:
    """How many words the name ``name`` may have: one more than usual when its second word is a given name too
    ("Jorge Luis Montoya Cárdenas", "Andrés Manuel López Obrador": two given names, two family names)."""
    return MAX_NAME_WORDS + (len(name) > 1 and is_given_name(name[1]))


def _title_with_and(words: list[str], lows: list[str]) -> dict[str, str | None] | None:
    """A title whose body has "and" in its name, then a person's name: "Secretary of Health and Human Services
    Alex Azar", "Chairman of the Foundation for Development and Support of the Valdai Discussion Club Andrei
    Bystritsky". The body ends with an organisation or portfolio word; two capitalised words follow it."""
    k = max(i for i, w in enumerate(lows) if w in ("and", "&"))
    if k == 0 or any(is_given_name(words[i]) and not words[i].isupper() and words[i + 1][:1].isupper()
                     for i in range(k - 1)):
        return None  # ("Senate Minority Whip Dick Durbin and ... Adam Schiff": two people; "MAC" is no "Mac")
    if not any(w in _role_words() for w in lows[:k]):
        # "Electricity and Energy Minister Nomvula Kekana", "Treasury and Finance Minister Kemal Aydin": two
        # portfolios, then the title and the name
        t = next((i for i in range(k + 1, len(words)) if lows[i] in _lexicon()["title"]), None)
        n = _after_honorifics(lows, t + 1) if t is not None else 0  # ("Foreign and Expatriates Minister Dr. ...")
        if t is None or not 1 <= t - k - 1 <= 2 or any(w in _lexicon()["org"] for w in lows[k + 1 : t]) or not all(
            w[:1].isupper() for w in words[:k] + words[k + 1 : t + 1]
        ) or not (  # (not "Goodlatte and Benghazi Committee Chairman Trey Gowdy": two people)
            2 <= len(words) - n <= _name_word_limit(words[n:])
        ) or not all((w[:1].isupper() or i and HYPHEN_PARTICLE_RE.match(w)) and w.lower() not in _role_words()
                     for i, w in enumerate(words[n:])):
            return None
        return {"kind": "person", "name": " ".join(words[n:]), "role": " ".join(words[: t + 1])}
    org = _lexicon()["org"] | PORTFOLIO_WORDS | BODY_WORDS
    # (the body ends the title, or a second title joined to a first one: "PG&E President and CEO Andy Vesey";
    # not "Mr. Rubio and Senator Ted Cruz", two people)
    second = lows[k - 1] in _role_words()
    end = next((i for i in range(k + 1, len(words))
                if lows[i] in org or second and lows[i] in _lexicon()["title"]), None)
    if second and end is not None and "of" in lows[end + 1 :]:
        # "Cabinet Spokesman and Minister of Mass Media Dr. Chaminda Wickramasinghe": the second title has a
        # portfolio of its own
        rest = parse_mention(" ".join(words[k + 1 :]))
        if rest["kind"] == "person" and rest["name"] and rest["role"]:
            return {"kind": "person", "name": rest["name"], "role": " ".join(words[: k + 1]) + " " + rest["role"]}
    def named_after(i: int) -> bool:
        i = _after_honorifics(lows, i + 1) - 1  # ("... and Cooperation Dr Mpho Radebe")
        return 2 <= len(words) - i - 1 <= _name_word_limit(words[i + 1 :]) and all(
            (w[:1].isupper() or j and HYPHEN_PARTICLE_RE.match(w)) and w.lower() not in _role_words()
            and w.lower() not in org for j, w in enumerate(words[i + 1 :]))  # (and "Samer al-Khatib")

    if end is not None and not named_after(end):  # "MMC for Environment and Infrastructure Services Lebogang
        end = next((i for i in range(end + 1, len(words)) if lows[i] in org and named_after(i)), None)  # Mokoena"
    if end is None and second:  # "Deputy Prime Minister and Interior Minister Chaiwat Boonmee": two titles
        end = next((i for i in range(k + 1, len(words)) if lows[i] in _lexicon()["title"] and named_after(i)), None)
    if end is None:
        return None
    start = _after_honorifics(lows, end + 1)  # "Minister of International Relations and Cooperation Dr Mpho Radebe"
    return {"kind": "person", "name": " ".join(words[start:]), "role": " ".join(words[: end + 1])}


# Last words of bodies that hold offices, besides the lexicon's organisations ("Human Services", "Valdai Club").
BODY_WORDS = frozenset("services club centre center institute council commission agency".split())


# Lower-case words of a role before its serving preposition ("the former top aide to ...").
MAX_ROLE_WORDS = 4


# Quantifiers that make a plural noun after them a group ("Both parents", "Several mothers").
GROUP_QUANTIFIERS = frozenset("both many several most few all".split())
# A share of a group before a role: "One of", "Another of", "One of the".
PARTITIVE_RE = re.compile(r"(?i)(?:one|another|two|three|some|several)[ \t]+of[ \t]+(?:the[ \t]+)?")


# Last words of a company's or an institution's name, which may hold a person's name ("Regeneron
# Pharmaceuticals", "Boeing Co.", "Walter Reed Hospital"): such a name is an organisation, never "he".
NAMED_BODY_ENDINGS = frozenset(
    "pharmaceuticals holdings industries technologies airlines airways motors laboratories inc corp co ltd llc "
    "limited gmbh plc enterprises communications hospital clinic school college academy museum church mosque cathedral "
    "watch society federation league chamber trust international force forces "  # ("Corruption Watch", "Law
    # Society of Kenya", "Amnesty International", "Border Force", "United Nations Interim Force")
    # and documents, which a later "he" never stands for ("United States Constitution", "Affordable Care Act")
    "act constitution agreement treaty accord accords amendment declaration charter protocol resolution clause "
    "aluminium aluminum steel cement síochána siochana".split()  # ("Emirates Global Aluminium": a company, not a
    # person; Ireland's police, "An Garda Síochána")
)

# Participles between a document and its issuer ("a statement released by the Supreme Court").
ISSUING_PARTICIPLES = frozenset("released issued published signed sent posted conducted commissioned".split())


def _person_head(head: str) -> bool:
    """Does the phrase end in a title or a noun of kinship ("The company's chief", "Shapiro's widow")?"""
    last = head.split()[-1].lower() if head.split() else ""
    return last in KIN_NOUNS or last in _lexicon()["title"]


# (APPOSED_BODY_HEADS, in _quotes.constants: "The military's media wing, Inter-Services Public Relations", "the
# bank's investment arm, ...", "The mine's owner, Bowen Ridge Resources": a body that owns or runs the thing, unless
# a given name opens the apposition; "The bar's owner, Patel": a person)


def _name_after_role(head: str, appositive: str) -> dict[str, str | None] | None:
    """"The Kremlin's spokesman, Dmitry Peskov": a role or an institution without a name, then a person's
    name (``None`` when the head names someone itself or the appositive is not a name)."""
    if appositive.startswith("the ") and head.split()[-1] in APPOSED_BODY_HEADS and appositive[4:5].isupper():
        appositive = appositive[4:]  # "The industry's main lobbying group, the Pharmaceutical Research and ..."
    if appositive[:1].islower() and " " in appositive:  # "Clinton's introducer, actress Jamie Lee Curtis",
        aw = appositive.split()  # "Another co-author, civil and environmental engineering professor Julian Marshall"
        i = next((k for k, w in enumerate(aw) if w[:1].isupper()), 0)
        if i and (aw[i - 1].lower() in _lexicon()["title"] or _person_head(head) and all(
            w.isalpha() and w.lower() not in NOT_DESCRIPTIONS for w in aw[:i]
        )):  # ("Shapiro's widow, former tennis player Pam Shriver": after a person noun, any description)
            appositive = " ".join(aw[i:])
    if not appositive or not appositive[:1].isupper() or "," in appositive:
        return None
    partitive = PARTITIVE_RE.match(head)  # "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior"
    inner = parse_mention(head[partitive.end():] if partitive else head)
    # "The National Chairman of the All Progressives Grand Alliance", "Head of the ... Police Division", "the
    # officer commanding Bulawayo Central District": a title of a body or with its charge, however the body's
    # name parses (not "Senator Ted Cruz of Texas", a person)
    link = next((w for w in head.split()[1:] if w in ("of", "for", "to") or w.endswith("ing") and w.islower() and (
        w.isalpha())), None)  # ("the State Minister for Primary Health Care, Hon. Agnes Nabirye Mugoya")
    titled_head = link is not None and any(
        w.lower().strip(".,") in _role_words() for w in head.partition(f" {link} ")[0].split()) and not (
        inner["kind"] == "person" and inner["name"] and is_given_name(inner["name"].split()[0]))
    if inner["kind"] not in ("role", "org", "group") and not (partitive and inner["kind"] == "person") and not (
        titled_head
    ):
        return None
    person = parse_mention(appositive)
    if head.split()[-1] in APPOSED_BODY_HEADS and not (  # (a lower-case noun: not "... of the Democratic Party")
        person["kind"] == "person" and person["name"] and is_given_name(person["name"].split()[0])
    ) and not (  # (nor an office of the body: "a former National Vice Chairman of the party, Alhaji Sule ...")
        " of " in head and head.split(" of ")[0].split()[-1].lower() in _lexicon()["title"]
        or appositive.split()[0].lower().strip(".") in HONORIFICS
    ) and all(w[:1].isupper() or w in NAME_JOINERS for w in appositive.split()) and not (
        head.split()[-1] in PERSONABLE_BODY_HEADS and " " not in appositive  # (a family name alone: a person)
    ):
        words = head.split()  # "Pettifer's company, Larchmere Homes", "the company, Apple Inc": the body named
        return {"kind": "org", "name": appositive, "role": " ".join(w for w in words if w.lower() not in DETERMINERS)}
    if person["kind"] != "person" or person["name"] is None or person["role"] and head.split()[-1].lower() in (
        person["role"].lower().split()
    ):  # "the company, Apple Inc", "The president, Vice President Joe Biden" (two people), but a titled name is
        return None  # the person: "Her lawyer, former Senate President Juan Ponce Enrile", "The Chief of the
        # Defence Staff, General Marc Tremblay"
    words = (head[partitive.end():] if partitive else head).split()
    while words and (words[0].lower() in DETERMINERS or words[0].lower() in ("one", "another")):
        words = words[1:]  # ("One senator, Eduardo Bhatia": the role is "senator")
    return {"kind": "person", "name": person["name"], "role": " ".join(words) or None}


# Bodies named before that a member's affiliation refers back to ("Rep. Ahn Cheol-woo of the party").
ANAPHORIC_AFFILIATIONS = frozenset("party government ministry union group council committee campaign".split())


def _affiliation_at(words: list[str], lx: dict[str, set[str]]) -> int | None:
    """Index of an "of" that follows a person's full name and opens an affiliation ("Stephanie Hooton of
    Derry", "Paul Krugman of the New York Times"), not one inside a title or an institution ("Secretary of
    State John Kerry", "Bank of America"). The first such "of" counts: "Archbishop Aris Shirvanian of the
    Armenian Patriarchate of Jerusalem"."""
    org_words = lx["org"] | lx["source"]
    for i, w in enumerate(words):
        if w != "of" or not 2 <= i < len(words) - 1:
            continue
        head, tail = words[:i], words[i + 1 :]
        joined = [i for i, w in enumerate(tail) if w in ("and", "&")]
        after = tail[joined[-1] + 1 :] if joined else []
        if joined and (not after or "of" in after and after.index("of") >= 2 or any(
            w.lower().strip(".,") in lx["title"] or is_given_name(w) for w in after
        )):  # ("of the Commission for Missing Persons and Victims of Violence": one body)
            return None  # "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky": a group (but "MP Nadia
            # Tahiri of the Party of Progress and Socialism" is one member of one party)
        if any(w.islower() and w in lx["title"] and tail[j + 1][:1].isupper() for j, w in enumerate(tail[:-1])):
            return None  # "Law Society of Kenya president Wanjiru Mwangi-Otieno": the "of" is the body's
        if tail[0].lower() == "the" and len(tail) > 1:
            tail = tail[1:]  # ("of the army's Western Mindanao Command": a name may come after a possessive)
        lead = 0
        while lead < min(len(tail) - 1, MAX_AFFILIATION_ADJECTIVES) and tail[lead].isalpha() and (
            tail[lead].islower() and tail[lead] not in ("and", "of", "for", "in", "on", "at", "to")
        ):
            lead += 1  # "of the main opposition People Power Party": descriptions before the body's name
        placed = lead and tail[lead] in ("in", "at") and lead + 1 < len(tail) and tail[lead + 1][:1].isupper()
        # ("Jane Smith of the teachers union in Ohio": a body described in lower case, then its place)
        tail = tail[lead:] if lead and tail[lead][:1].isupper() else tail
        lows = [w.lower().strip(".,") for w in head]
        named = placed or tail[0][:1].isupper() or len(tail) > 1 and tail[0].endswith(("'s", "\u2019s")) and (
            tail[1][:1].isupper()
        ) or len(tail) == 1 and words[i + 1].lower() == "the" and tail[0] in ANAPHORIC_AFFILIATIONS  # ("of the party")
        if not named or any(w in org_words or w in lx["title"] for w in lows[-2:]):
            return None
        k = _name_start(head)
        titled = "of" in head[:k] and k < len(head) and (is_given_name(head[k]) or INITIAL_RE.fullmatch(head[k])) and (
            "of" not in head[k:])  # ("Leader of the Opposition P. Kathiresan of the AIADMK": an initial opens it)
        lead_in = k if k < len(head) and head[k - 1:k] and head[k - 1].islower() else 0  # (a body's name before a
        # lower-case title is the title's: "National Assembly deputy Hoang Thi Mai Huong of Thai Binh Province")
        if not titled and (any(low in org_words for low, w in zip(lows[lead_in:], head[lead_in:], strict=True)
                               if w[:1].isupper()) or "of" in head):
            return None  # ("Bank of America"; not the lower-case "study" of "study co-author ... of X"; but
            # "Member of Parliament Yvette Cooper of the Labour Party")
        return i if len(head) - k >= 2 and all(_name_word(w) or w in NAME_PARTICLES for w in head[k:]) else None
    return None


MAX_AFFILIATION_ADJECTIVES = 3
INITIAL_RE = re.compile(r"[A-Z]\.")

# Last words of a ministry's portfolio or a state's name inside a title, never of a person's name
# ("Minister for Foreign Affairs", "Secretary-General of the United Nations", "of the Russian Federation").
PORTFOLIO_WORDS = frozenset(
    "affairs nations federation republic kingdom emirates defence defense interior finance security "
    "development environment education industry trade transport energy technology health justice agriculture logistics "
    "commerce labour labor employment infrastructure housing communications orientation strategy culture "
    "tourism sports welfare fisheries resources works planning initiatives information broadcasting aviation "
    "mines sanitation youth gender lands irrigation railways shipping highways petroleum mining forestry "
    "wildlife heritage innovation science research veterans immigration citizenship revenue treasury "
    "economy communication cooperation management expatriates antiquities endowments parliament protection "
    "training skills electronics it ict digital water integration reintegration reconstruction diaspora "
    "enforcement execution prevention supervision monitoring coordination prosecution investigation "
    "ports waterways system transition transformation utility utilities telecommunication telecommunications "
    "population peoples supply harmony migration ecology expenditure sovereignty climate competitiveness "
    "cohesion enlargement budget".split()
    # ("Skills and Training", "Electronics and IT", "for European Integration",
    # "for the Prison System")
)


def _name_then_listed_title(mention: str) -> dict[str, str | None] | None:
    """A person's name, then after its comma a title whose portfolio is a list ("the Honourable Jenna Morrisette,
    Minister of Innovation, Science and Industry"), else ``None``."""
    head, _, rest = mention.partition(",")
    first = rest.split()[0].lower() if rest.split() else ""
    if first not in _lexicon()["title"]:
        return None
    p = parse_mention(head)
    if p["kind"] != "person" or not p["name"] or len(p["name"].split()) < 2:
        return None
    return {"kind": "person", "name": p["name"], "role": rest.strip()}


def _title_then_name(words: list[str]) -> dict[str, str | None] | None:
    """A capitalised body or portfolios with "and", then a title, courtesy titles and a person's name:
    "Labour and Employment Adviser Dr Farhana Ahmed", "Environment, Urbanization and Climate Change Minister
    Selim Aktas", "Kenya Medical Practitioners, Pharmacists and Dentists Union Secretary-General Dr Omondi
    Ochieng". What comes before "and" is a portfolio or a list, and an organisation word after it needs a list
    ("X, Y and Z Union"): "Goodlatte and Benghazi Committee Chairman Trey Gowdy" are two people."""
    lx = _lexicon()
    lows = [w.lower().strip(".,") for w in words]
    t = next((i for i in range(len(words) - 3, 0, -1) if (lows[i] in lx["title"] or (
        lows[i].replace("-", " ") in lx["title"])) and lows[i].rstrip("'\u2019") not in MALAY_STYLES), None)
    if t is None or not all(w[:1].isupper() or w in ("and", "&", "of", "for", "the") for w in words[:t]):
        return None
    k = max((i for i in range(t) if lows[i] in ("and", "&")), default=None)
    listed = k is not None and any(w.endswith(",") for w in words[:k])
    office = t - 1 if f"{lows[t - 1]} {lows[t]}" in lx["title"] else t  # (Kenya's "Cabinet Secretary")
    if k is None or not (listed or lows[k - 1] in PORTFOLIO_WORDS) or any(
        w in lx["org"] for w in lows[k + 1 : office]) and not (listed or lows[k - 1] in lx["org"]) or any(
        w in _role_words() for w in lows[k + 1 : office]
    ):  # ("Parliament and Government Spokesperson Youssef Bennani Smires": two bodies, one spokesperson)
        return None  # (nor "Clinton and Senator Tim Kaine", "Obama and Defense Secretary Ash Carter")
    j = t + 1
    while j < len(words) and (lows[j] in HONORIFICS or lows[j].rstrip("'\u2019") in MALAY_STYLES or (
        lows[j] in MALAY_STYLE_SECONDS and lows[j - 1].rstrip("'\u2019") in MALAY_STYLES
    )):
        j += 1  # ("Minister Dr Farhana Ahmed", "Minister Datuk Seri Azman Hamid")
    name = words[j:]
    if not 2 <= len(name) <= MAX_NAME_WORDS or not all(
        w[:1].isupper() and w.lower().strip(".,") not in _role_words() for w in name
    ):
        return None
    return {"kind": "person", "name": " ".join(name), "role": " ".join(words[: t + 1])}


def _after_honorifics(lows: list[str], i: int, keep: int = 2) -> int:
    """Position after the styles of address at ``i`` ("Dr", "Mr."), leaving at least ``keep`` words of the name
    ("Minister of International Relations and Cooperation Dr Mpho Radebe")."""
    while len(lows) - i > keep and lows[i].strip(".") in HONORIFICS:
        i += 1
    return i


def _listed_portfolio_title(m: str) -> dict[str, str | None] | None:
    """"Minister for Infrastructure, Transport and Regional Development Daniel Marsh": a title whose
    portfolios are listed with commas and "and", then the name after the last portfolio word."""
    parts = [p.split() for p in m.split(",")]
    first, last = parts[0], parts[-1]
    if not any(w.lower() in _lexicon()["title"] for w in first) or not any(w in ("for", "of") for w in first):
        return None
    if not all(
        w[:1].isupper() or w in ("and", "&", "of", "for", "the") or HYPHEN_PARTICLE_RE.match(w)
        for p in parts for w in p
    ):  # ("... Khaled Abdullah al-Radmi": a particle joined to the family name)
        return None
    if not any(w in ("and", "&") for w in last):
        # "Minister for Agriculture, Fisheries and Forestry, Marco Santangelo": the name in apposition after the list
        start = _after_honorifics([w.lower().strip(".") for w in last], 0, keep=0)
        if len(parts) < 3 or not any(w in ("and", "&") for w in parts[-2]) or not (
            2 <= len(last) - start <= MAX_NAME_WORDS
        ) or any(w.lower() in _lexicon()["title"] or w.lower() in PORTFOLIO_WORDS for w in last[start:]):
            return None
        name = " ".join(last[start:])
        return {"kind": "person", "name": name, "role": m[: m.rindex(",")].strip()}
    k = max(i for i, w in enumerate(last) if w in ("and", "&"))
    ends = [i for i in range(k + 1, len(last)) if last[i].lower() in PORTFOLIO_WORDS]
    start = _after_honorifics([w.lower().strip(".") for w in last], ends[-1] + 1, keep=0) if ends else len(last)
    if not ends or not 2 <= len(last) - start <= MAX_NAME_WORDS:
        return None
    name = " ".join(last[start:])
    return {"kind": "person", "name": name, "role": m[: m.rindex(name)].strip()}


def _role_word(word: str, role_words: frozenset[str]) -> bool:
    """A title word, also hyphenated of title words ("Minister-President", "Secretary-General") or the plural
    of one before several names ("Justices Meenakshi Iyer and Rajat Chaudhary")."""
    w = word.lower().strip(".,")
    parts = w.split("-")
    return w in role_words or "-" in w and (all(part in role_words for part in parts) or parts[0] in role_words and (
        all(part in role_words or part in TITLE_LINK_PARTS for part in parts[1:]))) or (
        w.endswith("s") and len(w) > 4 and w[:-1] in role_words)  # ("Officer-in-Charge", "Commander-in-Chief")


# Titles that Arabic, Malay and West African names also use as given names ("Hamad Sultan Al Falasi", "Sultan Humaid
# Al Ketbi", "Mohammed Sheriff Kromah").
GIVEN_NAME_TITLES = frozenset(["Sultan", "Sheriff"])


# Last words of an electorate's or a region's name before a member's name ("Member for Wide Bay Nathan Corliss").
SEAT_END_WORDS = frozenset("bay river valley hills mountains north south east west central coast island park heights "
                           "range plains".split())
# A seat's last word that no name has, whatever follows ("TD for Dublin South-West Aoife Brennan-Kiely").
COMPASS_POINTS = frozenset(
    "north-east north-west south-east south-west northeast northwest southeast southwest northern southern eastern "
    "western central".split())  # ("MP for St James North Western Clive Moncrieffe", "MP for Tema Central ...")
# Capitalised parts of Irish names that let a name run to four words ("Bríd Nic Giolla Phádraig", "Seán Ó Murchú").
IRISH_NAME_PARTS = frozenset("Ó Ní Nic Mac Uí Ua".split())
# Balinese names open with a marker of gender ("I", "Ni") and a name of birth order.
BALINESE_ORDER_NAMES = frozenset("Wayan Putu Gede Luh Made Kadek Nengah Nyoman Komang Ketut".split())
# Initials of police ranks and civil-service offices that South Asian and African papers write before a family
# name ("DSP Tettey-Nartey", "ACP Kumar", "IGP Ochieng", "CS Kindiki", "MCE Ocran").
TITLE_ACRONYMS = frozenset("DSP ASP ACP DCP DCOP SP SSP IGP DIG AIG DGP DPC OCS CS PS MCE DCE DCI DPP APP".split())


def _name_start(words: list[str]) -> int:
    """Index where the personal name at the end of ``words`` starts (``len(words)`` when there is none)."""
    role_words = _role_words()
    k = len(words)
    n_full = 0  # name words that are not initials or suffixes ("B.", "Jr.")
    while k > 0 and (_name_word(words[k - 1]) and (not _role_word(words[k - 1], role_words) or (
        k > 1 and words[k - 2] in PATRONYMIC_PARTICLES) or (
        k < len(words) and k > 1 and words[k - 1] in GIVEN_NAME_TITLES and _name_word(words[k - 2]) and (
            not _role_word(words[k - 2], role_words) and words[k - 2].lower() not in _places()
            and words[k - 2].lower() not in BODY_NAME_WORDS  # (not "Harris County Sheriff Ed Gonzalez")
        )  # "Hamad Sultan Al Falasi", "Mohammed Sheriff Kromah": a title that is also a given name, between names
    ) or (
        k == len(words) > 1 and words[k - 1] in ABBREVIATED_TITLES and words[k - 2][:1].isupper() and (
            words[k - 2].lower() not in _places() and not _role_word(words[k - 2], role_words))
    )) or (
        words[k - 1] in NAME_PARTICLES and k < len(words) and k > 1 and (words[k - 2][:1].isupper() or (
            words[k - 2] in NAME_PARTICLES and k > 2 and words[k - 3][:1].isupper()))
    )):  # "Hans-Friedrich von Ploetz": a lower-case particle between capitalised words
        w = words[k - 1].lower().strip(".,")
        if len(w) > 2 and w not in NAME_SUFFIXES and w not in NAME_PARTICLES:
            limit = MAX_NAME_WORDS + any(x in NAME_PARTICLES or x in MALAY_NAME_PARTS or x in ARABIC_NAME_PARTS
                                         or x in IRISH_NAME_PARTS for x in words[k - 1 :])
            styled = k > 1 and words[k - 2].lower().strip(".") in HONORIFICS and is_given_name(words[k - 1])
            if n_full == limit and not (n_full == MAX_NAME_WORDS and (is_given_name(words[k]) or styled) and (
                w not in _places()
            )) or n_full > limit:  # ("Ms Cheryl Ang Pei Shan": a courtesy title before four names)
                break  # "Senate Intelligence Ranking Democrat Dianne Feinstein": the rest is a title (a name
                # with a particle may have four words: "Luiz Inacio Lula da Silva"; so may one whose second
                # word is a given name: "Seyed Mohammed Hossein Adeli", "Andrés Manuel López Obrador")
            n_full += 1
        k -= 1
    # "United States President", "British", "Vermont": places and affiliations qualify, they are not names
    for j in (2, 1):  # a place cut by the name-length limit: "United | States Joe Biden"
        if k >= j and words[k - j][:1].isupper():
            q = _leading_qualifiers(words[k - j :])
            if q > j:
                k -= j
                break
    k += _leading_qualifiers(words[k:])
    for i in (k - 2, k - 3):  # "director Datuk Mohammad Nurul Azmi Othman": a Malaysian style opens the name, which
        if i >= 0 and _malay_style(words, i) and len(words) - i - 1 <= MAX_STYLED_NAME_WORDS and all(  # may run long
            _name_word(w) and not _role_word(w, role_words) and w.lower().strip(".") not in HONORIFICS
            for w in words[i + 1 : k]
        ) and not _malay_style(words, i + 1):
            k = i + 1
            break
    if 0 < k < len(words) - 2 and words[k].lower() in MALAY_STYLE_SECONDS and (
        words[k - 1].lower().rstrip("'\u2019") in MALAY_STYLES
    ):  # "Tan Sri Rahim Othman", "Dato' Sri Najib Razak": a Malaysian style, not a given name ("Sri Mulyani")
        k += 1
    run = words[k:]
    if run and run[-1].lower().strip(".,") in PORTFOLIO_WORDS:
        return len(words)  # "the Minister of Foreign Affairs": an office, no name
    org_words = _lexicon()["org"] | PORTFOLIO_WORDS
    for i in range(len(run) - 2, -1, -1):  # "Norwegian Nobel Institute Asle Toje": the name follows the org
        low = run[i].lower()  # (a plural too: "Federation of Saudi Chambers Abdulrahman bin Nasser Al-Otaibi")
        if (low in org_words or low.endswith("s") and low[:-1] in org_words) and len(run) - i - 1 >= 2:
            return k + i + 1  # ("Minister for Foreign Affairs Sergey Lavrov", "... United Nations António Guterres")
    if any(w.endswith(("'s", "\u2019s")) for w in run[:-1]):
        return len(words)  # "director of Argentina's Amnesty International": not a person's name
    body_end = next((i for i in range(len(run) - 3, -1, -1) if run[i].lower() in BODY_END_WORDS), None)
    if body_end is not None and any(w.lower() in ("of", "for", "in") for w in words[max(0, k - 3) : k]):
        # "Leader of the Opposition Rahul Gandhi", "Governor of the Kamchatka Region Vladimir Solodov": the
        # body ends the title
        return k + body_end + 1
    if len(run) == 3 and run[0].lower() in TITLE_BODY_ENDINGS and any(
        w.lower() in ("of", "for") for w in words[max(0, k - 4) : k]
    ):  # "Director for the Northern Sea Route Oleg Tikhomirov": the title's body ends before the given name
        return k + 1
    if len(run) == 3 and run[0].lower().endswith(ABSTRACT_NOUN_ENDINGS) and is_given_name(run[1]) and (
        run[1].lower() not in NAME_PARTICLES
    ) and any(w.lower() in ("of", "for") for w in words[max(0, k - 4) : k]):
        return k + 1  # "Commissioner for Climate Action Wopke Hoekstra": a portfolio's abstract noun, then a name
    if k > 0 and words[k - 1].lower() in ("of", "for", "at"):
        # "President of Argentina Alberto Fernández": the first word belongs to the title
        return k + 1 if len(run) >= 3 else len(words)
    if len(run) >= 2 and AGE_RE.match(run[0]) or len(run) == 3 and _occupation_noun(run[0]) and (
        not is_given_name(run[0]) and is_given_name(run[1]) and run[1][:1].isupper()
        and run[1].lower() not in NAME_PARTICLES  # (nor "Pieter Van Damme", a Flemish name's particle)
    ):  # "Businessman Don Blankenship", "Legislator Tanya Chan", "Fourteen-year-old Zoe": a description
        # (not "Pieter van Dam", whose particle "van" the census also lists as a given name)
        return k + 1
    return k


# Endings of abstract nouns that end a portfolio and never a name ("Action", "Sovereignty", "Enlargement").
ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ty", "ance", "ence", "ness", "ship", "ism", "ics", "cy")
# Last words of a place or a route that a title's body may end with ("Director for the Northern Sea Route").
TITLE_BODY_ENDINGS = frozenset("route region district zone area corridor basin province oblast krai territory sea "
                               "river valley coast islands county state".split())


def _malay_style(words: list[str], i: int) -> bool:
    """Is words[i] (part of) a Malaysian style ("Datuk", "Tan Sri", "Dato' Seri"), no part of a role?"""
    w = words[i].lower().rstrip("'\u2019")
    return w in MALAY_STYLES or w in MALAY_STYLE_SECONDS and i > 0 and words[i - 1].lower().rstrip("'\u2019") in (
        MALAY_STYLES)


# Particles before a father's name, which may be a title word too ("Adel bin Sultan Al-Harbi").
PATRONYMIC_PARTICLES = frozenset("bin ibn binti bint".split())
# Prepositions that place an unnamed person ("a resident of Gaza", "a nurse at the hospital").
PLACING_PREPOSITIONS = frozenset("of in at from near outside inside".split())
# People a report leaves unnamed and places by where they are ("a resident of Gaza", "A guardian at the hospital").
PLACED_PERSON_NOUNS = UNNAMED_PERSON_NOUNS | frozenset(["guardian"])
# Malay name parts that lengthen a name as a particle does ("Wan Azhar Wan Ismail", "Khairul Anuar Mohd Said").
MALAY_NAME_PARTS = frozenset("Wan Mohd Nik Che Syed Tengku Megat Abang Abdul".split())
# Capitalised parts of Arabic names that let a name run to four words ("Abdel Latif Abu Alia", "Ahmed Abu Zeid").
ARABIC_NAME_PARTS = frozenset("Abu Abou Abdel Abdul Abd Bin Ibn Al El".split())
# Titles written short that are also family names: without a full stop, last in a mention after a given name,
# they are the name ("West Bengal Chief Minister Anindita Sen", not the abbreviation of Senator; but "former
# Pennsylvania Gov." cut before its name is a title).
ABBREVIATED_TITLES = frozenset(["Sen"])
# Words inside a hyphenated title after its first word ("Officer-in-Charge", "Ambassador-at-Large").
TITLE_LINK_PARTS = frozenset("in of at for charge chief large designate elect".split())
# Peers' titles, which with a surname alone make the name ("Lord Leggatt", "Baroness Chapman").
PEERAGE_TITLES = frozenset("lord lady baroness baron viscount viscountess earl countess".split())
# Malaysian styles that "Sri" or "Seri" completes ("Tan Sri", "Datuk Seri", "Dato' Sri", "Toh Puan Sri").
MALAY_STYLES = frozenset("tan datuk dato datin toh puan".split())
# Second words of a Malaysian style ("Tan Sri", "Datuk Seri", Sarawak's "Datuk Amar" and "Datuk Patinggi").
MALAY_STYLE_SECONDS = frozenset("sri seri amar patinggi".split())
MAX_STYLED_NAME_WORDS = 5
MAX_BODY_DESCRIPTION_WORDS = 2
# Words that describe a body before its name ("the ruling Awami League", "the far-right Alternative for
# Germany", "the nonpartisan Congressional Budget Office"), not nouns ("a speech in Salt Lake City").
BODY_ADJECTIVE_ENDINGS = ("ing", "al", "ive", "ist", "an", "ic")
BODY_DESCRIPTIONS = frozenset("opposition main independent".split())

# Last words of a body or an area named in a title before a name ("of the Opposition", "of the Kamchatka
# Region", "of the Sindh Province").
BODY_END_WORDS = frozenset(
    "opposition region province state district county territory oblast krai prefecture republic assembly "
    "senate house council party government".split()
)


# Endings of a noun for what someone does ("Businessman", "Legislator", "Activist", "Historian").
OCCUPATION_ENDINGS = (*AGENT_ENDINGS, "or")
# Given names with those endings ("Mansoor", "Taimoor", "Abdulrahman", "Naseer", "Zaheer", "Tanveer", "Sameer")
# that the census lists do not hold (but "engineer", "volunteer", "overseer" are occupations).
NAME_ENDINGS_LIKE_OCCUPATIONS = ("oor", "rahman", "aseer", "heer", "zeer", "veer", "meer", "beer")
# Letters an occupation in "-man" puts before it ("Business|man", "Fire|man"); given names have fewer
# ("Us|man", "Sal|man", "Ay|man", "Su|man").
MIN_MAN_COMPOUND_LETTERS = 4


def _occupation_noun(word: str) -> bool:
    """ "Businessman", "Legislator", "Comedian": a noun for what someone does, written before a name as a
    description; not a given name that ends like one ("Usman Ali Khan", "Mansoor Ahmed Kazmi")."""
    w = word.lower()
    if not w.endswith(OCCUPATION_ENDINGS) or w.endswith(NAME_ENDINGS_LIKE_OCCUPATIONS):
        return False
    return not w.endswith("man") or len(w) - 3 >= MIN_MAN_COMPOUND_LETTERS
# An age written before a name: "Fourteen-year-old", "17-year-old".
AGE_RE = re.compile(r"(?i)[\w]+-year-old$")
