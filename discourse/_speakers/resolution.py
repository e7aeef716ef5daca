"""Resolution within an article: :func:`resolve` fills the speaker of each quote row from its mention, in
text order, after the pronoun sieve of Lee et al. (2013) and the rule-based attribution work it serves
(Pareti 2015; Newell et al. 2018):

* pronouns (``resources/pronouns.txt``) take the nearest earlier compatible speaker: he/she a person
  whose gender is not known to differ (:mod:`discourse.gender`: courtesy titles, gendered role nouns,
  census given names), they/it an organisation or group; "who" the name before ", who"; I/we/you
  outside quotes stay unresolved (the writer or the reader); when no speaker came before, the nearest
  named person in the text, never a name inside the row's own quotation, a place ("False Bay"), a date or
  a hashtag; a person reached through a pronoun keeps the gender of their given name;
* role nouns ("the spokesman", "the minister") take the nearest earlier person with that role, and
  organisations ("the Kremlin", "the government") are speakers in their own right;
* names take their fullest form in the article (:mod:`discourse._speakers.names`), and a registry fills
  ``speaker_group`` (:mod:`discourse._speakers.registry`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

import pandas as pd

from .._quotes.constants import (
    AGENT_ENDINGS,
    CREDIT_SUFFIXES,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    GENERIC_LABELS,
    HONORIFICS,
    HYPHEN_PARTICLES,
    IRREGULAR_PAST,
    KIN_NOUNS,
    LEDE_PERSON_NOUNS,
    MEMBER_TITLES,
    NAME_JOINERS,
    NAME_LINK_WORDS,
    PREPOSITIONS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STATE_ABBREVIATIONS,
    STRAIGHT_DOUBLE,
    UNNAMED_PERSON_NOUNS,
    capitals,
)
from .._quotes.lexicon import cue_lexicon
from .._quotes.transcripts import _headline_case
from ..gender import census_gender, gender_of, is_given_name, pronoun_gender, stated_gender, titled_surnames
from ..segment import Doc
from .lexicon import DETERMINERS, _lexicon, _places, _pronouns, _role_words
from .mentions import (
    ABBREVIATED_TITLES,
    CONTRACTION_RE,
    DATE_WORDS,
    GOVERNMENT_LEVELS,
    ISSUING_PARTICIPLES,
    NAMED_BODY_ENDINGS,
    PEERAGE_TITLES,
    STYLE_MENTION_RE,
    parse_mention,
)
from .names import (
    NAME_RUN_RE,
    QUALIFIER_WINDOW,
    _bare_institution,
    _fullest_forms,
    _institution_runs,
    _named_institution,
    _qualified_org,
    _unjoined,
    _verb_cues,
)
from .registry import _apply_registry

# An appositive right after a name gives its role: ", the Kremlin's spokesman,".
APPOSITIVE_RE = re.compile(
    r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+([^,.;:\n\"\u201c\u201d]{2,60}?)(?:,|;|\.(?:\s|$))"
)
# An appositive without a determiner: words ending in a lower-case title, perhaps with its acronym and its body
# (", communications director at UNRWA.", ", spokesperson for the ministry,", ", Kremlin spokesman,",
# ", officer-in-charge (OC) of New Market Police Station,").
BARE_APPOSITIVE_RE = re.compile(
    r",[ \t]+((?:[A-Za-z][\w\-\u2019']*[ \t]+){0,3}([a-z][a-z\-]*)(?:[ \t]+\([A-Z][A-Za-z]{1,6}\))?"
    r"(?:[ \t]+(?:at|of|for|to)[ \t]+[^,.;:\n\"\u201c\u201d]{2,50}?)?)(?:,|;|\.(?:\s|$))"
)

# The same with the title in capitals, as official copy writes it, before its body (", Executive Director of the
# United Nations Office on Drugs and Crime (UNODC),", ", Special Representative and Head of the Office,").
CAPITAL_TITLE_APPOSITIVE_RE = re.compile(
    r",[ \t]+((?:[A-Z][\w\-\u2019']*[ \t]+){0,3}([A-Z][a-z\-]+)(?:[ \t]+and[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,2}"
    r"[A-Z][a-z\-]+)?[ \t]+(?:of|for|to|at|on)[ \t]+[^,.;:\n\"\u201c\u201d]{2,90}?)(?:,|;|\.(?:\s|$))"
)


def _bare_title_appositive(text: str, at: int) -> re.Match[str] | None:
    """:data:`BARE_APPOSITIVE_RE` at ``at`` if its last lower-case word before a body is a title (the body may be in
    lower case too: ", spokesman for the police,")."""
    m = BARE_APPOSITIVE_RE.match(text, at)
    if m is None:
        m = CAPITAL_TITLE_APPOSITIVE_RE.match(text, at)
        return m if m is not None and m.group(2).lower() in _lexicon()["title"] else None
    words = [w for w in m.group(1).split() if not w.startswith("(")]  # (not the acronym: "(OC)")
    k = next((i for i, w in enumerate(words) if i and w in ("at", "of", "for", "to")), len(words))
    title = words[k - 1] if k <= MAX_BARE_TITLE_WORDS else ""
    titles = _lexicon()["title"]
    return m if title in titles or title.split("-")[0] in titles and "-in-" in title else None  # ("officer-in-charge")


MAX_BARE_TITLE_WORDS = 4


# A mention that is one all-capital word: an acronym ("WWE", "UNICEF"), unless it labels a transcript turn.
ACRONYM_RE = re.compile(r"(?:[Tt]he[ \t]+)?([A-Z]{2,6})")
# How far before a "who" the name it refers to may start (characters).
WHO_WINDOW = 120
# Longest determiner-led phrase a "who" may stand for ("The senator, who", "the Kremlin's chief spokesman, who").
MAX_WHO_PHRASE_WORDS = 6
# Characters searched backwards for a named person when a pronoun has no earlier speaker.
PRONOUN_WINDOW = 1500


# Abbreviated titles and the word a later reference writes out ("BOK Gov. Shin Young-bae ... the governor").
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "insp": "inspector", "supt": "superintendent", "prof": "professor",
    "cmdr": "commander", "adm": "admiral", "det": "detective", "amb": "ambassador", "cllr": "councillor",
    "coun": "councillor", "cr": "councillor", "lt": "lieutenant", "maj": "major", "brig": "brigadier",
}


# Ranks of the police and the armed forces, whose holder a later "the officer" refers to.
OFFICER_RANKS = frozenset(
    "inspector insp constable sergeant sgt corporal cpl superintendent supt detective det lieutenant lt captain "
    "capt colonel col brigadier".split())


# A body's press office speaking for it ("the ministry's press service", "the company's press office").
PRESS_SERVICE_RE = re.compile(r"([a-z]+)['\u2019]s[ \t]+press[ \t]+(?:service|office|department)")


class _History:
    """Speakers resolved so far in an article: the latest few per kind, roles by name and by title word."""

    KEEP = 4

    def __init__(self) -> None:
        self.by_kind: dict[str, list[tuple[str, str | None, int]]] = {}
        self.role_of: dict[str, str] = {}
        self.by_role_word: dict[str, tuple[str, str]] = {}
        self.gender: dict[str, str] = {}  # person -> "m" / "f", once known
        self.stated: set[str] = set()  # persons whose gender a title or role stated (not only the census)
        self.introduced: list[tuple[str, str | None, int]] = []  # unnamed sources an indefinite mention introduced

    def add(self, kind: str, name: str, role: str | None, start: int, gender: str | None = None,
            stated: bool = False) -> None:
        lst = self.by_kind.setdefault(kind, [])
        lst.append((name, role, start))
        if len(lst) > self.KEEP:
            del lst[0]
        if gender and kind == "person" and (name not in self.gender or stated and name not in self.stated):
            self.gender[name] = gender  # "Mr. Lou" corrects the census guess for "Lou Jiwei"
            if stated:
                self.stated.add(name)
        if kind in ("person", "org") and role:  # (a body by its trade too: "Drugmaker Pfizer" is "the drugmaker")
            self.role_of[name] = role
            for w in role.lower().replace("\u2019s", " ").replace("'s", " ").split():
                self.by_role_word[w] = (name, role)
                if w.rstrip(".") in TITLE_ABBREVIATIONS:  # "Okinawa Gov. Kotaro Higa ... The governor said"
                    self.by_role_word[TITLE_ABBREVIATIONS[w.rstrip(".")]] = (name, role)
                if kind == "person" and w.rstrip(".") in OFFICER_RANKS:  # "Chief Inspector Harriet Chebet Koech
                    self.by_role_word["officer"] = (name, role)  # told the court ... the officer stated"

    def only_role(self, name: str | None) -> bool:
        """True when ``name`` is known here as an unnamed role ("home secretary") and not as a person."""
        return name is not None and any(n == name for n, _, _ in self.by_kind.get("role", ())) and not any(
            n == name for n, _, _ in self.by_kind.get("person", ()))

    def latest(
        self, kinds: tuple[str, ...] | None, before: int, gender: str | None = None
    ) -> tuple[str, str | None] | None:
        """The most recent speaker of one of ``kinds`` before ``before`` whose gender is not known to differ."""
        best = self.latest_at(kinds, before, gender)
        return (best[0], best[1]) if best else None

    def latest_at(
        self, kinds: tuple[str, ...] | None, before: int, gender: str | None = None
    ) -> tuple[str, str | None, int] | None:
        """:meth:`latest` with the offset of that speaker's mention."""
        best: tuple[str, str | None, int] | None = None
        for k, lst in self.by_kind.items():
            if kinds is not None and k not in kinds:
                continue
            for name, role, st in reversed(lst):
                if gender and self.gender.get(name, gender) != gender:
                    continue  # "she" after "Donald Trump said": not him
                if st < before:
                    if best is None or st > best[2]:
                        best = (name, role, st)
                    break
        return best


def resolve(rows: list[dict[str, Any]], doc: Doc, registry: pd.DataFrame | None = None) -> list[dict[str, Any]]:
    """Fill ``speaker``, ``speaker_role`` (and ``speaker_group`` from ``registry``) of ``rows`` in place.

    ``rows`` are the quote rows of one article in text order (see :func:`discourse.quotes.extract`).
    """
    parsed: list[dict[str, str | None] | None] = []
    for r in rows:
        men = r.get("speaker_mention")
        parsed.append(parse_mention(men) if isinstance(men, str) and men else None)
    persons = [p["name"] for p in parsed if p and p["kind"] == "person" and p["name"]]
    full = _fullest_forms(doc, persons) if persons else {}
    history = _History()
    runs: tuple[list[int], list[list[str]]] | None = None  # institution names, found when first needed
    titled: dict[str, str] | None = None  # "Mrs. Clinton" in the article: surname -> gender, when first needed
    initials_of: dict[str, str | None] = {}  # transcript labels of initials -> the person's name
    first_turn: int | None = None  # where the first transcript turn's label stands, when first needed
    interviewee: tuple[str, str | None] | None = None  # who answers a Q&A's "A:" turns, once found
    interviewee_sought = False
    namesakes: dict[str, list[tuple[int, str]]] | None = None  # family name -> its speakers' full names, found
    issued: list[_Issued] = []  # resolved rows so far: where each lies, its content, its speaker
    last_person_cue = ""  # the cue of the latest row a person spoke
    label_holders: dict[str, tuple[str, str | None]] = {}  # a transcript's title label -> the person it names
    heading_holders: dict[str, tuple[str, str] | None] = {}  # a title label -> the person its heading names
    for r, p in zip(rows, parsed, strict=True):
        if p is None:
            continue
        start = int(r["speaker_start"])
        name, role, kind = p["name"], p["role"], p["kind"]
        if kind == "role" and name and (name in BODY_EPITHETS or _definite(r["speaker_mention"]) and len(
            name.split()) == 2 and name.split()[-1] in BODY_EPITHETS or (
            (based := BASED_RE.fullmatch(name)) is not None and based.group(1) in BODY_EPITHETS
        )):
            kind, role = "org", None  # "the Brussels-based think tank": a body, not an office
        acronym = ACRONYM_RE.fullmatch(name or "") if kind == "person" else None  # ("broadcaster PBS" too)
        # "WWE expressed sadness": an acronym speaking in prose is an organisation ("they", never "he")
        if acronym and r.get("attribution") != "transcript" and acronym.group(1).lower() not in _lexicon()["title"]:
            kind = "org"
        if role is None and kind == "person":  # "Peskov, the Kremlin's spokesman, said"
            m = APPOSITIVE_RE.match(doc.text, int(r["speaker_end"])) or _bare_title_appositive(
                doc.text, int(r["speaker_end"]))  # (", communications director at UNRWA.")
            if m is not None and not (m.start() < int(r["end"]) and m.end() > int(r["start"])):
                role = m.group(1)  # (not the content: "According to al-Eryani, the rebels are backed by Iran.")
        press = PRESS_SERVICE_RE.fullmatch(name or "") if kind in ("org", "role") else None
        if press is not None:  # "the ministry's press service said": the ministry named before speaks
            name, role, kind = press.group(1).lower(), None, "org"
        if kind in ("org", "role") and name and (_definite(r["speaker_mention"]) or name == r["speaker_mention"]):
            # "the DCP" for the Deputy Commissioner of Police who spoke before; "the 25-year-old", "the
            # Portuguese": the person the story is about, as a pronoun would be
            described = _definite(r["speaker_mention"]) and (
                _described_person(name) or _aged_epithet(name)
            ) and not re.match(r"[ \t]+(?:from|of)[ \t]", doc.text[int(r["speaker_end"]):])
            # ("the Republican from Alabama" is told apart by the place, which the subject before need not share)
            held = _acronym_holder(name, history, doc.text, start, full, _definite(r["speaker_mention"])) or (
                _aged_person(doc.text, name, start, full)
                or _epithet_person(doc, start, history, full, (int(r["start"]), int(r["end"])), described)
                if _person_epithet(name) or described else None)
            if held is not None:
                (name, role), kind = held, "person"
        if kind == "pronoun":
            name, role = _resolve_pronoun(r["speaker_mention"], start, history, doc, full,
                                          skip=(int(r["start"]), int(r["end"])))
            kind = "person" if name and _pronouns().get(_pronoun_key(r["speaker_mention"]), "") == "person" else kind
            if kind == "person" and (history.only_role(name) or name is not None and name == role):
                kind = "role"  # "she" for "The home secretary": still an unnamed role, not a named person
        elif kind == "role" and (given := GIVEN_NAME_AS_RE.match(doc.text, int(r["speaker_end"]))) is not None:
            name, role, kind = given.group(1), name, "person"  # "a Myawaddy resident who gave her name only as
            # Khin": the name the speaker gave
        elif kind == "role" and name and r.get("attribution") == "transcript":
            # "The Prime Minister:" after "The Prime Minister (Daniel Pryor):", "PRIME MINISTER:" after "Transcript:
            # Prime Minister Brendan Kilroy, doorstop interview": a title the heading or the introduction names, not
            # one inside the turns ("The President:" of the Security Council, not the "President Sanhá" a delegate
            # spoke of)
            if first_turn is None:
                first_turn = _first_turn(rows)
            holder = label_holders.get(name.lower()) or _titled_person(
                doc.text[:first_turn], _label_title(name), min(start, first_turn), full)
            if holder is None:  # (the heading's holder, read once per label: a transcript repeats it every turn)
                if name.lower() not in heading_holders:
                    heading_holders[name.lower()] = _heading_holder(doc.text[:first_turn], _label_title(name))
                holder = heading_holders[name.lower()]
            if holder is not None:
                (name, role), kind = holder, "person"
        elif kind == "role" and name and (owned := OWNED_SURNAME_RE.fullmatch(name)) is not None and (
            held := next((n for n in full.values() if n.split()[-1] == owned.group(2)), None)
        ) is not None:  # "... - Rosatom's Tikhomirov" (a TASS headline) of the "Oleg Tikhomirov" the article names
            name, role, kind = held, owned.group(1), "person"
        elif kind == "role" and name and (counterpart := _counterpart(doc.text, name, start, full)) is not None:
            (name, role), kind = counterpart, "person"  # "His Ghanaian counterpart" after "Ghanaian President
            # Kwabena Asante-Mensah"
        elif kind == "role" and name in ABBREVIATED_TITLES and (held := next((
            n for n, _, _ in reversed(history.by_kind.get("person", ())) if n.endswith(" " + name)), None)):
            name, role, kind = held, history.role_of.get(held), "person"  # "Sen said" after "Anindita Sen"
        elif kind == "role":
            if not INDEFINITE_MENTION_RE.match(r["speaker_mention"]):  # ("A minister close to the prime minister"
                name, role = _resolve_role(name or "", role, history, doc.text)  # is someone new, not the prime
                # minister)
            if name == p["name"] and (_definite(r["speaker_mention"]) or _owned_office(r["speaker_mention"]) or (
                r["speaker_mention"].lower().startswith("its ")  # ("its chief executive": a body's one holder)
            )):
                # no speaker held the role: a person the article named with it as title ("the actress", not
                # "One MP", who is someone else)
                titled_person = _titled_person(doc.text, name or "", start, full) or _synonym_holder(
                    name or "", start, history, doc.text, full) or _titled_person_after(
                    doc.text, name or "", int(r["speaker_end"]), full) or _lede_office_holder(
                    doc, name or "", start, int(r["speaker_end"]), full) or _lede_actor_named_next(
                    doc, name or "", start, int(r["speaker_end"]), full)
                if titled_person is not None:
                    name, role = titled_person
                    kind = "person"
                elif (name or "").lower() in COMPANY_NOUNS:
                    company = _company_before(doc.text, start, history)  # "Carrick Resources posted a loss ...
                    # the miner said"
                    if company is not None:
                        name, role, kind = company, None, "org"
                elif (name or "") in BODY_ROLE_NOUNS and (held := history.by_role_word.get(name or "")) and (
                    (held[1] or "").lower().split()[-1:] == [name] and not any(
                        _title_head(w) for w in (held[1] or "").split())
                ):  # "Employers' federation VBO-FEB estimated ... the federation said": the body described so
                    # (not "John Smith, president of the federation": a person of it)
                    name, role, kind = held[0], None, "org"
                elif (name or "") in POLICE_ANAPHORS and _definite(r["speaker_mention"]) and (
                    force := _police_force_before(doc.text, start)
                ) is not None:  # "... an appeal from the Metropolitan Police. ..., the force said"
                    name, role, kind = force, None, "org"
                elif (name or "") in COLLECTIVE_ROLE_NOUNS and (
                    body := _described_body_before(doc.text, name or "", start)
                ) is not None:  # "Golos, Russia's independent election monitoring movement, ... the movement said"
                    name, role, kind = body, None, "org"
                elif _generic_person_role(name or "", (history.latest_at(None, start) or ("", "", 0))[1]):
                    # "... spokeswoman Irina Volkova said. '...,' the diplomat told reporters": a noun for any
                    # office refers to the person who spoke just before ("Kremlin Spokesman Arkady Vedeneyev told
                    # reporters ... the Kremlin official said": qualified by the body of that person's title)
                    found = history.latest_at(None, start)
                    if found is not None and start - found[2] <= GENERIC_ROLE_WINDOW and any(
                        n == found[0] and st == found[2] for n, _, st in history.by_kind.get("person", ())
                    ):  # (not after "A senior Whitehall official said": that unnamed official goes on)
                        name, role, kind = found[0], found[1], "person"
                elif _office_epithet(r["speaker_mention"], name or ""):
                    # "Rupert Amesbury has launched his bid ... the former security minister said": an office no
                    # one held before, for the person who spoke just before, when no other office is known
                    # for that person
                    found = history.latest_at(("person",), start)
                    held = history.role_of.get(found[0]) if found is not None else None
                    # (no office known for that person, as for "His rival, Fiona Gatenby", or a party's role held
                    # besides one: "the Socialist leader"; not after "Hannity asked Kasich", where the candidate
                    # who answers is Kasich; a person's name, not a headline's "New Polls")
                    past = (name or "").split()[0].lower() in PAST_WORDS  # ("The former SAS captain" after
                    # "Opposition defence spokesman Corey Whitfield said": his past office, not another person's,
                    # unless he holds it now: "the former president" is not "President Biden")
                    if found is not None and start - found[2] <= GENERIC_ROLE_WINDOW and (
                        held is None or not any(_title_head(w) for w in held.split())
                        or (name or "").split()[-1] in PARTY_ROLES or (name or "").split()[-1] in MEMBER_TITLES
                        or past and (name or "").split()[-1].lower() not in held.lower().split()
                    ) and not last_person_cue.startswith("ask") and found[0] in history.gender:
                        name, role, kind = found[0], found[1], "person"  # (the office is not taught to the
                        # history: an epithet is a guess, and "The Ohio governor" later is someone else)
            elif name == p["name"] and LEDE_INDEFINITE_RE.match(r["speaker_mention"]) and (
                held := _lede_actor_named_next(doc, name or "", start, int(r["speaker_end"]), full, indefinite=True)
            ) is not None:
                (name, role), kind = held, "person"  # "A coroner has warned ... ¶ ... area coroner Joanne Kersley"
            if kind == "role" and name == p["name"] and name and " " not in name and _definite(
                r["speaker_mention"]
            ) and (described := _unnamed_described_before(history, name, start)) is not None:
                name, role = described  # "A senior defense official said ... the official added": the one described
                # before, when no one named was found
        elif kind == "person" and name and r.get("attribution") == "transcript" and name.lower() in ANSWER_LABELS:
            # "A:" in a Q&A interview: the person the introduction quoted before the questions began
            if first_turn is None:  # (once per article: where its first turn's label stands)
                first_turn = _first_turn(rows)
            if not interviewee_sought:  # (and who answers, once: the history keeps only the latest few speakers,
                interviewee_sought = True  # the turns among them)
                interviewee = next(((n, rl) for n, rl, st in reversed(history.by_kind.get("person", ())) if (
                    st < first_turn and n.lower() not in GENERIC_LABELS
                )), None) or _introduced_person(doc, first_turn, full)  # (not a questioner's label: "Bloomberg:")
            if interviewee is not None:  # (or the person the introduction names: "Foreign Minister Yerlan Abenov
                name, role = interviewee  # sat down with Nikkei Asia")
        elif kind == "person" and name and r.get("attribution") == "transcript" and INITIALS_RE.fullmatch(name):
            if name not in initials_of:  # (once per label and article: interviews repeat it at every turn)
                initials_of[name] = _name_with_initials(doc.text, name)
            name = initials_of[name] or name  # "NG:" in an interview with Natasha Gownaris
        elif kind == "person" and name:
            if namesakes is None:
                namesakes = _namesakes(doc.text, persons)
            name = _unjoined(name, doc.text) or _namesake_before(namesakes.get(name), start) or full.get(name, name)
            if name.split()[0].lower() in PEERAGE_TITLES and len(name.split()) == 2:  # "Lord Ashworth" of the "Lord
                name = next((f for f in full.values() if f.startswith(name + " of ")), name)  # Ashworth of Kentmere"
            if name.isupper() and (" " in name or r.get("attribution") == "transcript" and len(name) > 3):
                name = _cased(name, doc.text)  # "MARTA KOVALCHUK:" is the "Marta Kovalchuk" of the article
            role = role or history.role_of.get(name)
        elif kind == "org" and name and _bare_institution(name):
            # "The Ministry" in a ministry's own statement: the ministry the article names in full
            if runs is None:
                runs = _institution_runs(doc)
            name = _named_institution(runs, name, start) or name
        elif kind == "org" and name in ISSUED_DOCUMENTS and p["role"] is None:
            # "a statement released by the Supreme Court", "The statement said": who issued the document
            issuer = _issuer_after(doc.text, int(r["speaker_end"])) or (
                _document_issuer(doc.text, name, start, issued, history) if _definite(r["speaker_mention"]) else None
            )
            if issuer is not None:
                name, role, kind = issuer
        elif kind == "org" and name and (based := BASED_RE.fullmatch(name)) is not None and _definite(
            r["speaker_mention"]
        ) and (based.group(1) in COLLECTIVE_ANAPHORS or based.group(1) in BODY_EPITHETS):
            name = _named_body_before(history, start) or name  # "the New York-based group": Human Rights Watch
        elif kind == "org" and name and (based := BASED_RE.fullmatch(name)) is not None and _definite(
            r["speaker_mention"]
        ) and based.group(1) in COMPANY_ANAPHORS:
            name = _company_before(doc.text, start, history) or name  # "The Tel Aviv-based company": CropSense
        elif kind == "org" and name and name.islower() and " " not in name:
            # "the government": whose government the article said before ("Syrian ... government")
            qualified = _qualified_org(doc.text, name, start)
            if qualified is None and name in ANAPHORIC_INSTITUTIONS:
                if runs is None:
                    runs = _institution_runs(doc)
                # "the agency" after "the Saudi Press Agency": the institution the article named last
                qualified = _named_institution(runs, name.capitalize(), start, ahead=False)
            if qualified is None and name in COMPANY_ANAPHORS and _definite(r["speaker_mention"]):
                qualified = _company_before(doc.text, start, history)  # "Drugmaker Pfizer said ... The company
                # said"
            if qualified is None and name in COLLECTIVE_ANAPHORS and _definite(r["speaker_mention"]):
                qualified = _collective_before(history, start, name)  # "Hamas said ... The group said"
            if qualified is None and (name in ANAPHORIC_INSTITUTIONS or name in COLLECTIVE_ANAPHORS) and (
                _definite(r["speaker_mention"])
            ):
                qualified = _described_body_before(doc.text, name, start)  # "Iustitia, Poland's largest
                # association of judges, said ... the association wrote"
            if qualified is None and name in ("agency", "organisation", "organization") and _definite(
                r["speaker_mention"]
            ):  # "the World Food Programme said ... the agency said": the body that spoke last, by its full name
                qualified = _collective_before(history, start, "organisation")
            name = qualified or name
        elif kind == "org" and name in COMPANY_ANAPHORS and _definite(r["speaker_mention"]):
            name = _company_before(doc.text, start, history) or name  # "the state corporation said"
        elif kind == "org" and name in PARTY_EPITHETS and _definite(r["speaker_mention"]) and (
            member := _party_member_before(history, doc.text, start, name)
        ) is not None:
            (name, role), kind = member, "person"  # "Sen. Jane Doe (D-Mass.) said ... the Democrat said"
        elif kind == "org" and name and (name in BODY_EPITHETS or name.split()[-1] in BODY_EPITHETS) and _definite(
            r["speaker_mention"]
        ):
            name = _named_body_before(history, start) or name  # "the think tank": the body that spoke last
        if name and r.get("attribution") == "transcript" and name.isupper() and name.isalpha() and len(name) > 3:
            name = full.get(name.capitalize(), name.capitalize())  # "Mr HARTLEY:", "The SPEAKER:" (Hansard
            # capitals the name): Hartley, Speaker
        if kind == "person" and name and " " not in name and (
            knight := KNIGHTED_RE.match(str(r["speaker_mention"]))) is not None and knight.group(1) == name and (
            full_name := _knight_full_name(doc.text, name)
        ) is not None:
            name = full_name  # "Sir Laurence said" of the "Sir Laurence Moncrieff" the article named before
        role = _clean_role(role)
        if name and _capitalised_common_group(name, kind):
            name = name.lower()  # "Officials said" and "officials said" are one speaker, as "police" is
        if name:
            r["speaker"] = name
            if role:
                r["speaker_role"] = role
            mention = r["speaker_mention"]
            # a pronoun does not teach a gender: a wrong resolution would then block the right one later
            sex, stated = None, False
            if kind == "person" and p["kind"] == "pronoun":
                # the name's own gender, never the pronoun's: "she" after a "he" resolved to John stays apart
                sex = census_gender(name)
            if kind == "person" and p["kind"] != "pronoun":
                if titled is None:
                    titled = titled_surnames(doc.text)
                # a title or gendered role in the mention ("Mr. Lou" for "Lou Jiwei") outranks the census
                # lists; a title before the surname elsewhere comes last ("Mrs. Clinton" is not Bill)
                sex = stated_gender(name, mention, role)
                # it corrects a census guess only about the same word ("Mr. Lou": "Lou" is his family name),
                # not a name reached through a shared surname ("Mrs. Clinton" linked to "Bill Clinton")
                stated = sex is not None and name.split()[0] in mention.split()
                sex = sex or census_gender(name) or titled.get(name.split()[-1])
            history.add(kind if kind != "pronoun" else _pronouns().get(_pronoun_key(mention), ""),
                        name, role, start, sex, stated)
            if kind == "role" and INDEFINITE_MENTION_RE.match(mention):
                history.introduced.append((name, role, start))  # "A senior defense official": an unnamed source
            if kind == "person" or kind == "pronoun" and _pronouns().get(_pronoun_key(mention), "") == "person":
                last_person_cue = str(r.get("cue") or "").lower()
                if _testifies(r, doc.text):  # "Halima Sadiq Bala ... told the court that ... '...,' the witness
                    history.by_role_word["witness"] = (name, role)  # replied": who gave evidence last
            if kind == "person" and r.get("attribution") == "transcript":
                titled_label = TITLE_BEFORE_NAME_LABEL_RE.search(doc.text, max(0, start - MAX_LABEL_TITLE_CHARS), start)
                label = p if p["kind"] == "role" else parse_mention(titled_label.group(1)) if titled_label else None
                if label is not None and label["kind"] == "role" and label["name"]:  # "The Prime Minister (Daniel
                    label_holders.setdefault(label["name"].lower(), (name, role))  # Pryor):"
            issued.append((_row_extent(r), (int(r["start"]), int(r["end"])), (start, int(r["speaker_end"])), name,
                           role, kind if kind != "pronoun" else _pronouns().get(_pronoun_key(mention), "")))
    _court_lede_named_next(rows, parsed, doc)
    _headline_office_named_next(rows, parsed, doc)
    if registry is not None and len(registry):
        _apply_registry(rows, registry)
    return rows


def _court_lede_named_next(rows: list[dict[str, Any]], parsed: list[dict[str, str | None] | None], doc: Doc) -> None:
    """'A woman accused of murdering her neighbour ... has told a jury she ... ¶ Margaret Ellison, 61, ... ¶ Mrs
    Ellison said ...', 'A Queensland coroner says ... ¶ ... coroner Nerida Walsh said': the described person who
    opens a court or inquest report is the first person named who speaks next (British, Irish, Australian and
    South African court reporting writes its ledes so). Only in the article's first sentence, before any person
    is named, for a role told to a court or an inquiry (or a coroner's or a judge's own), never for an anonymous
    source; every row that kept the role takes the name."""
    if not rows or not doc.sentences:
        return
    first = next((i for i, p in enumerate(parsed) if p is not None), None)
    if first is None or parsed[first]["kind"] != "role" or not parsed[first]["name"]:
        return
    r = rows[first]
    role, start = parsed[first]["name"] or "", int(r["speaker_start"])
    mention = str(r["speaker_mention"])
    s0, s1 = doc.sentences[0][0], doc.sentences[0][1]
    if start >= s1 or r.get("speaker") != role or ANONYMOUS_LEDE_RE.search(doc.text, s0, s1) or (
        _person_named_before(doc.text, start)
    ):
        return
    head = role.split(" of ")[0].split()[-1].lower()
    if mention.split()[0].lower() not in ("a", "an", "the") or head in SOURCE_HEADS or head.endswith("s") and not (
        head.endswith("ss")
    ) or not (
        head in _lexicon()["title"] or head in LEDE_PERSON_NOUNS or head in DESCRIBED_PERSON_NOUNS
    ) or not (COURT_HEARER_RE.search(doc.text, s0, s1) or head in COURT_OFFICES):
        return  # (a person described in the singular: not "several net-contributor countries", "his defense team")
    for j in range(first + 1, len(rows)):
        o, q = rows[j], parsed[j]
        if int(o["start"]) > int(r["end"]) + CATAPHORA_WINDOW:
            return
        name = o.get("speaker")
        if q is not None and q["kind"] == "role" and q["name"] and q["name"] != role and (
            q["name"].split()[-1].lower() in LEDE_PERSON_NOUNS
        ):  # ("A protected witness told judges ... ¶ ..., the woman said": she goes on unnamed)
            return
        if q is not None and q["kind"] == "person" and isinstance(name, str) and len(name.split()) >= 2 and (
            name != role
        ):
            for t in rows:
                if t.get("speaker") == role:
                    t["speaker"], t["speaker_role"] = name, role
            return


def _headline_office_named_next(rows: list[dict[str, Any]], parsed: list[dict[str, str | None] | None], doc: Doc
                                ) -> None:
    """"Haiti's Transition at Critical Juncture, Special Representative Tells Security Council", "'Time is running
    out' to prevent famine, warns UN relief chief": an office in a headline (a line without a full stop, alone
    in its paragraph) is the first person the report names with that title, or for a chief or an official, with
    another word of the office ("Ingrid Halvorsen, the UN Emergency Relief Coordinator")."""
    for i, (r, p) in enumerate(zip(rows, parsed, strict=True)):
        if p is None or p["kind"] != "role" or not p["name"] or r.get("speaker") != p["name"]:
            continue
        k = doc.sentence_of(int(r["speaker_start"]))
        if k < 0 or k + 1 >= len(doc.sentences) or doc.sentences[k + 1][2] == doc.sentences[k][2] or (
            LEDE_STOP_RE.search(doc.text, doc.sentences[k][0], doc.sentences[k][1])
        ):
            continue
        words = [w.lower() for w in re.split(r"[\s\u2019']+", p["name"]) if w and w.lower() not in FUNCTION_WORDS]
        head = words[-1] if words else ""
        for o in rows[i + 1 :]:
            if int(o["start"]) > int(r["end"]) + HEADLINE_CATAPHORA_CHARS:
                break
            name, role = o.get("speaker"), o.get("speaker_role")
            if not isinstance(name, str) or len(name.split()) < 2 or not isinstance(role, str) or name == role:
                continue
            held = {w.lower() for w in re.split(r"[\s\u2019'(),]+", role) if w}
            capitals = [w[0] for w in role.split() if w[:1].isupper()]  # ("LSD chief": Lok Samata Dal; "ECB chief":
            held.update("".join(capitals[i:j]).lower() for i in range(len(capitals))  # the European Central Bank's
                        for j in range(i + 2, len(capitals) + 1))  # President)
            if head in held or head in GENERIC_OFFICE_HEADS and any(w in held for w in words[:-1]):
                r["speaker"], r["speaker_role"] = name, role
                break


HEADLINE_CATAPHORA_CHARS = 1500


# An owner and a family name alone ("Rosatom's Tikhomirov", "Kremlin's Peskov").
OWNED_SURNAME_RE = re.compile(capitals(r"([A-Z][\w\-]*)['\u2019]s[ \t]+([A-Z][\w\-]+)"))


# A lede's subject the report keeps anonymous ("A woman who cannot be named for legal reasons").
ANONYMOUS_LEDE_RE = re.compile(r"(?i)\b(?:be named|anonym|unnamed|unidentified|identified)")
# Heads of sources no report names later ("A senior official has told the committee").
SOURCE_HEADS = frozenset("source sources official officials spokesman spokeswoman spokesperson aide insider".split())
# Hearers that make the opening sentence a court's, an inquest's or an inquiry's report.
COURT_HEARER_RE = re.compile(r"(?i)\b(?:court|jury|inquest|inquiry|tribunal|commission|hearing|trial|magistrates?"
                             r"|judge|watchdog|cross-examination|evidence|testimony)\b")
# Offices whose findings open a report without a hearer ("A coroner says ...").
COURT_OFFICES = frozenset("coroner pathologist judge magistrate".split())


def _testifies(row: dict[str, Any], text: str) -> bool:
    """Does the row give evidence: "testified", or "told" a court, a jury, a tribunal or an inquest?"""
    cue = str(row.get("cue") or "").lower()
    if cue.startswith("testif"):
        return True
    end = row.get("cue_end")
    return cue in ("told", "tells") and end is not None and end == end and (
        TESTIMONY_HEARER_RE.match(text, int(end)) is not None)


# The hearer of a "told" that gives evidence, right after the cue (unlike COURT_HEARER_RE, any mention of a court in a
# sentence).
TESTIMONY_HEARER_RE = re.compile(
    r"[ \t]+(?:(?:the|a)[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,3}(?:[Cc]ourt|jury|[Tt]ribunal|inquest|hearing|magistrates?"
    r"|judge)"
    r"|(?:Lady[ \t]+|Mr[ \t]+|Mrs[ \t]+)?(?:Justice|Judge|Magistrate)[ \t])")  # ("told the High Court", "told
# Lady Justice Rose Wanjiru")


# Words that cut a role phrase: a relative clause or a participle is a comment, not a role.
ROLE_STOPS = frozenset("who whom whose which that where when while after before since because".split())


def _clean_role(role: str | None) -> str | None:
    """A role is a noun phrase: cut at a relative clause or participle ("the only candidate wearing a
    facemask" -> "only candidate"), without dangling prepositions, and it must hold a title, an
    organisation or a capitalised word ("total number of" is no role)."""
    if not role:
        return None
    words = role.split()
    for i, w in enumerate(words):
        if w.lower() in ROLE_STOPS and not (w.isupper() and len(w) > 1) or (  # ("WHO Director-General")
            i > 0 and w.islower() and len(w) > 4 and w.endswith("ing") and not (
                i + 1 < len(words) and words[i + 1].lower() in _role_words())  # (an adjective: "sitting governor",
        ):  # "acting president", "outgoing mayor")
            words = words[:i]
            break
    while words and (words[-1].lower() in NAME_JOINERS or words[-1].lower() in FUNCTION_WORDS
                     or words[-1].lower() in DETERMINERS):
        words = words[:-1]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    lx = _lexicon()
    known = _role_words() | lx["org"] | lx["source"] | lx["group"] | _places()
    if not words or not any(w.lower().strip(".,") in known or w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def _pronoun_key(mention: str) -> str:
    """The pronoun of a mention, lower case, without a fused auxiliary ("He's" -> "he"); a style of address
    stands for its pronoun ("His Majesty" -> "he")."""
    key = CONTRACTION_RE.sub(r"\1", mention.strip()).lower()
    style = STYLE_MENTION_RE.fullmatch(key)
    return key if style is None else "he" if style.group(1) == "his" else "she"


# "Senator Ted Cruz of Texas, who": the name before the affiliation
WHO_AFFILIATED_RE = re.compile(
    capitals(r"([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,3})[ \t]+of[ \t]+"
             r"[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,3},\s*$")
)
# "McConnell, now the Senate majority leader, who": the name before a described appositive
WHO_APPOSITIVE_RE = re.compile(
    capitals(r"([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,3}),[ \t]+(?:now[ \t]+|then[ \t]+)?"
             r"(?:the|a|an|his|her|its|their)[ \t]+[^,;:()\"\u201c\u201d]{1,60},?\s*$")
)  # (its comma may be missing: "said Amina, a 24-year-old student who asked ...")
WHO_NAME_RE = re.compile(
    capitals(r"([A-Z][\w\u2019'\-]+(?:[ \t]+(?:[A-Z][\w\u2019'\-]+|de|von|van|bin|al)){0,4}),\s*$"))


# Words that end the noun phrase a "who" stands for, read backwards ("a memo from | Mr. Rubio's campaign
# manager, who"): function words other than determiners, and verbs the phrase cannot hold.
WHO_PHRASE_STOPS = (FUNCTION_WORDS - DETERMINERS) | frozenset("said says told according".split())


def _who_appositive(before: str) -> re.Match[str] | None:
    """The name before a described appositive and its "who" ("McConnell, now the majority leader, who"); for
    a place, the person it follows ("Gov. John Kasich of Ohio, a Republican who")."""
    m = WHO_APPOSITIVE_RE.search(before)
    if m is not None and (m.group(1).lower() in _places() or m.group(1).lower() in STATE_ABBREVIATIONS):
        return WHO_AFFILIATED_RE.search(before[: m.end(1) + 1])
    return m


COUNT_WORDS = frozenset("two three four five several some many few".split())
# Plural nouns for unnamed people who may be a relative clause's antecedent ("two sources in the ministry who").
PEOPLE_NOUNS = frozenset("sources officials residents people witnesses diplomats analysts experts".split())


def _placed_person(words: list[str]) -> tuple[str, str | None] | None:
    """The role a short indefinite or definite phrase ending ``words`` names ("a candidate"), if any."""
    for d in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[d].lower() in DETERMINERS or words[d].lower() in COUNT_WORDS or words[d].isdigit():
            p = parse_mention(" ".join(words[d:]))
            head = p["name"].split()[-1].lower() if p["name"] else ""
            return (p["name"], p["role"]) if p["kind"] in ("role", "group") and p["name"] and (
                head in _lexicon()["title"] or head in PEOPLE_NOUNS) else None  # (a person's title, not "a drop")
    return None


def _restrictive_antecedent(before: str, full: dict[str, str]) -> tuple[str | None, str | None]:
    """The speaker a relative pronoun without a comma stands for: the noun phrase right before it, from its
    determiner ("a message that said" -> message; "the Chicago Police Department which reported"), as long as
    the phrase a "who" may stand for."""
    words = before.split()
    if not words or words[-1].endswith(","):
        return None, None
    for k in range(len(words) - 1, max(-1, len(words) - 1 - MAX_WHO_PHRASE_WORDS), -1):
        w = words[k]
        if w[-1:] in ",.;:()\"\u201c\u201d":
            return None, None
        if w.lower() in FUNCTION_WORDS and w.lower() not in DETERMINERS:
            if w.lower() in ("in", "at", "near", "from"):  # "a candidate in suburban Toronto who posted": the
                placed = _placed_person(words[:k])  # person in the place, not the place
                if placed is not None:
                    return full.get(placed[0], placed[0]), placed[1]
            break  # ("covered by Reuters which": the phrase ends at "by")
        if w.lower() in DETERMINERS:
            if k == len(words) - 1:
                return None, None  # "those who say": no one named
            p = parse_mention(" ".join(words[k:]))
            if not p["name"] or p["kind"] == "pronoun":
                return None, None
            if p["kind"] == "org" and k > 1 and words[k - 1].lower() in ("in", "at", "from"):
                placed = _placed_person(words[: k - 1])  # "two sources in the Defense Ministry who said": the
                if placed is not None:  # people, not the body they are in
                    return full.get(placed[0], placed[0]), placed[1]
            return full.get(p["name"], p["name"]), p["role"]
    named = re.search(capitals(r"([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,4})[ \t]*$"), before)
    ahead = before[: named.start()].split()[-1:] if named is not None else []
    if ahead and ahead[0].lower() in FUNCTION_WORDS and ahead[0].lower() not in DETERMINERS and (
        ahead[0].lower() != "by"  # ("drafted by Alex Greenwich who said": the agent is)
    ):
        named = None  # ("a meteorologist for CNN who said": the object of "for" is not who said it)
    if named is not None:  # "Reuters which reported": a name without a determiner
        p = parse_mention(named.group(1))
        if p["name"] and p["kind"] != "pronoun":
            return full.get(p["name"], p["name"]), p["role"]
    return None, None


def _who_antecedent(before: str, full: dict[str, str]) -> tuple[str | None, str | None]:
    """The person, role or group a ", who" stands for: the noun phrase right before the comma ("Mike Lee,
    who", "The senator, who", "Mr. Trump's adult children, who"); nothing for a place ("Roanoke, Va., who",
    whose "who" is the person described before it) or a clause ("The last question was ..., who")."""
    head = before.rstrip()
    if not head.endswith(","):
        return None, None
    words = head[:-1].split()
    k = len(words)
    while k > 0 and len(words) - k < MAX_WHO_PHRASE_WORDS:
        w = words[k - 1]
        inside_name = w == "of" and k >= 2 and words[k - 2][:1].isupper() and words[k][:1].isupper()
        if w[-1:] in ",;:()\"\u201c\u201d" or w.lower().strip(".") in WHO_PHRASE_STOPS and not (
            k == len(words) or inside_name  # ("the Communications Workers of America, which")
        ) or w.lower() in DETERMINERS:
            if w.lower() in DETERMINERS:
                k -= 1  # "The senator", "their editors": the determiner opens the phrase
            break
        k -= 1
    phrase = " ".join(words[k:])
    first = words[k] if k < len(words) else ""
    if not phrase or first.lower() not in DETERMINERS and not first[:1].isupper():
        return None, None  # a lower-case phrase without its determiner is part of a clause
    if phrase.lower().strip(".") in _places() or phrase.lower().strip(".") in STATE_ABBREVIATIONS:
        return None, None
    p = parse_mention(phrase)
    if not p["name"] or p["kind"] == "pronoun":
        return None, None
    return full.get(p["name"], p["name"]), p["role"]


def _resolve_pronoun(
    mention: str, start: int, history: _History, doc: Doc, full: dict[str, str], skip: tuple[int, int] = (0, 0)
) -> tuple[str | None, str | None]:
    """The speaker a pronoun refers to; ``skip`` is the row's own content, whose names are what was said
    about, not who said it ('"... in the Eastern Mediterranean," he said')."""
    kind = _pronouns().get(_pronoun_key(mention), "")
    if kind == "relative":
        before = doc.text[max(0, start - WHO_WINDOW) : start]
        if _pronoun_key(mention) != "who":  # "the Communications Workers of America, which", "a video that"
            return _who_antecedent(before, full) if before.rstrip().endswith(",") else _restrictive_antecedent(
                before, full)
        # the name before an affiliation ("Senator Ted Cruz of Texas, who"), the name right before the comma
        # ("the endorsement of Mike Lee, who"), else a name followed by a short phrase
        m = WHO_AFFILIATED_RE.search(before)
        if m is not None and re.search(r"\b[Tt]he[ \t]+$", before[: m.start(1)]):
            m = None  # "Kofi Mensah-Adjei, a climate scientist at the University of Ghana, who": a body, not him
        if m is not None and parse_mention(m.group(1))["kind"] == "role":
            # "Deputy Secretary of Commerce Patricia Okonkwo-Hale, who": a title with its portfolio, then the name
            p = parse_mention(before[m.start(1) :].rstrip().rstrip(","))
            if p["kind"] == "person" and p["name"]:
                return full.get(p["name"], p["name"]), p["role"]
        if m is None and (m := WHO_NAME_RE.search(before)) is not None and m.group(1).lower() in _places():
            m = None  # "a climate scientist at the University of Ghana, who": the person described, not the place
        m = m or _who_appositive(before) or re.search(
            capitals(r"([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,3})[^,]{0,60},\s*$"), before)
        if m is None:
            return _restrictive_antecedent(before, full)  # "a message that said", "the report which found"
        name = m.group(1)
        low = name.lower()
        if low in FUNCTION_WORDS or low in DETERMINERS or low in STATE_ABBREVIATIONS or low in HONORIFICS:
            # "The senator, who", "Mr. Trump's adult children, who", "Roanoke, Va., who": not "The", "Mr", "Va"
            return _who_antecedent(before, full)
        p = parse_mention(name)
        if p["kind"] == "person" and p["name"] and p["role"]:  # "President Aleksandar Vucic, who": the person
            return full.get(p["name"], p["name"]), p["role"]
        return full.get(name, name), None
    if kind == "self":  # "I", "we", "you" outside quotes: the writer or the reader, not an earlier speaker
        return None, None
    want = {"person": ("person",), "thing": ("org", "thing"), "group": ("group", "org")}.get(kind)
    sex = pronoun_gender(_pronoun_key(mention))
    found = history.latest_at(want, start, sex)
    if kind == "person" and (role := _unnamed_role_just_before(history, doc.text, start, sex, found)) is not None:
        # (unless a person named after it opens the pronoun's sentence or the one before: "Michael Makuei, the
        # Information Minister paid tribute to Luk. He said ...")
        return _recent_subject(doc, role[2], start, sex, full, skip) or (role[0], role[1])
    own = doc.sentences[doc.sentence_of(start)][0] - 1 if doc.sentence_of(start) >= 0 else start
    if found is None and kind == "thing" and (body := _recent_body_subject(doc, own, start, skip)) and any(
        w.lower() in _lexicon()["org"] for w in body.split()
    ):  # "The Ministry of Foreign Affairs issued a statement in which it said ...": no body spoke before; the
        return body, None  # body that opens the pronoun's own sentence (not "The Clean Power Plan ... it pledged")
    if found is not None and kind == "thing" and (body := _recent_body_subject(doc, found[2], start, skip)):
        return body, None  # "The Elysee Palace gave a different emphasis. '...,' it said": not the broadcaster
        # that spoke before it
    if found is not None:
        if kind == "person":
            # "Envoy Lucien Farrow ... was more hopeful. '...,' he said": a person who opened one of the last
            # two sentences after that speaker was named is nearer, as the subject the pronoun continues
            subject = _recent_subject(doc, found[2], start, sex, full, skip)
            if subject is not None:
                return subject
        return found[0], found[1]
    if kind == "person":  # no earlier speaker: the subject of its sentence or the one before, else the
        # nearest earlier named person in the text ("Sharif Hotak, of the Maidan Wardak provincial council,
        # described ... '...,' he said": Hotak, not the council's place)
        subject = _recent_subject(doc, -1, start, sex, full, skip)
        if subject is not None:
            return subject
        w0 = max(0, start - PRONOUN_WINDOW)
        window = doc.text[w0:start]
        names = [_without_lead(m.group(0) + _run_rest(window, m.end())) for m in NAME_RUN_RE.finditer(window)
                 if not skip[0] <= w0 + m.start() < skip[1] and not PLACE_BEFORE_RE.search(window, 0, m.start())
                 and not _quoted_title(window, m.start(), m.end())  # (not a slogan: '"Promises Kept,"')
                 and not _attributive_run(window, m.start(), m.end())]  # (nor "a Jurong West flat")
        for n in reversed(names):
            if all(w.lower().strip(".") in FUNCTION_WORDS for w in n.split()) or (
                n.split()[-1].lower() in DATE_WORDS
            ):
                continue  # "On Wednesday", "Last August", "Super Tuesday": a date, not a name
            p = parse_mention(n)
            if p["kind"] == "person" and p["name"]:
                name = full.get(p["name"], p["name"])
                g = gender_of(name, n, p["role"]) if sex else None
                if sex and (g not in (None, sex) or g is None and not _person_like(name)):
                    continue  # no speaker before: a name that may fit ("Boca Raton" does not answer for "she")
                return name, p["role"]
        # "The home secretary said ... she told the BBC": no one named yet, an unnamed official speaks
        found = history.latest(("role",), start, sex)
        if found is not None and found[0].lower().split()[-1] in _lexicon()["title"]:
            return found
        role = _role_subject_before(doc, start, skip)
        if role is not None:  # "The prime minister's official spokesperson has been briefing lobby journalists.
            return role, role  # Asked whether ..., she said": the unnamed office holder who opened the sentence
        # the last resort: the latest speaker whose gender the list of given names guessed from a short first
        # word, most often a family name written first ("Ma Ngok ... He noted": "Ma" is not his given name)
        loose = history.latest_at(want, start) if sex else None
        if loose is not None and loose[0] not in history.stated and len(loose[0].split()[0]) <= 2 and (
            len(loose[0].split()) > 1
        ):
            return loose[0], loose[1]
    if kind == "thing":  # "Siemens said ... It added", "Siemens cut its forecast. ..., it said": a body named
        return _body_before(doc, start, history, full, skip) or (None, None)  # by one word, read as a person
    return None, None


# How far back an unnamed role that spoke last may be the "he" or "she" that goes on ("A spokesperson for the
# trust said ... '...,' she added"), within the next sentence or two.
ROLE_PRONOUN_WINDOW = 300
INDEFINITE_RE = re.compile(r"(?i)(?:an?|one)\s")
INDEFINITE_MENTION_RE = re.compile(r"(?i)(?:an?|one|another|some)\s")
LEDE_INDEFINITE_RE = re.compile(r"(?i)an?\s")
SERVING_WORDS = frozenset("for of at from".split())
# Titles of those who speak for a state or a body at a meeting (UN coverage: "the representative of India").
DELEGATE_TITLES = frozenset("representative delegate observer".split())
MAX_ROLE_HEAD_WORDS = 3


def _unnamed_role_just_before(
    history: _History, text: str, start: int, sex: str | None, person: tuple[str, str | None, int] | None
) -> tuple[str, str | None, int] | None:
    """The unnamed person introduced with "a" ("a spokesperson for the trust", "a resident of Al Nakheel"), or a
    country's delegate ("The representative of the Russian Federation"), who spoke last, right before a pronoun
    and after any named person: the pronoun goes on with that speaker, not an earlier named one. (Another
    definite role, "the Republican nominee", is often an epithet of a person named before.)"""
    latest = history.latest_at(None, start)
    role = history.latest_at(("role",), start)
    if latest is None or role is None or latest != role or start - role[2] > ROLE_PRONOUN_WINDOW or (
        person is not None and person[2] >= role[2]
    ) or text[max(0, role[2] - 2) : role[2]] == ", " and not _definite_sexed(text, role[2]):
        return None  # (not an appositive after a name: "says David Axelrod, a longtime adviser to Obama")
    words = role[0].lower().split()
    if len(words) == 2 and words[1] in KIN_NOUNS and words[0].endswith(("'s", "\u2019s")) and not (
        sex and stated_gender(None, role[0], role[1]) not in (None, sex)
    ):
        return role  # "The boy's mother, who asked not to be named, told the Guardian ... '...,' she said": the
        # relative of someone the report does not name, not a named speaker before her
    head = next((i for i, w in enumerate(words[:MAX_ROLE_HEAD_WORDS]) if w in _lexicon()["title"] or (
        w in UNNAMED_PERSON_NOUNS or w in SEXED_PERSON_NOUNS)), None)
    # "the woman" who spoke, not "a man claiming allegiance to ISIS gunned down ...", whom no one quotes
    sexed = head is not None and words[head] in SEXED_PERSON_NOUNS and not INDEFINITE_RE.match(text, role[2])
    if head is None or not (words[head].startswith("spokes") or words[head + 1 : head + 2] and (
        words[head + 1] in SERVING_WORDS
    ) or words[head] in UNNAMED_PERSON_NOUNS or sexed) or sex and stated_gender(None, role[0], role[1]) not in (
        None, sex
    ):
        return None  # one who speaks for a body ("a representative for Mr. Pinchuk") or an unnamed patient or
        # resident ("One patient, who did not want to be named, told The Scotsman ... 'You just feel forgotten,'
        # she said"), not "a reporter asked"
    if not INDEFINITE_RE.match(text, role[2]) and not (words[head] in DELEGATE_TITLES and head + 2 < len(words)) and (
        not sexed
    ):  # (but "the woman said ... she said": an unnamed woman goes on)
        return None  # a definite role only as a country's delegate ("The representative of the Russian
        # Federation said"); "the governor of Ohio" is often a person named before
    return role


# Nouns for an unnamed person of a stated sex ("the woman", "the boy").
SEXED_PERSON_NOUNS = frozenset("woman man boy girl".split())
SEXED_DEFINITE_RE = re.compile(r"(?i)(?:the\s+)?(?:woman|man|boy|girl)\b")  # ("Testifying ..., the woman said")


def _definite_sexed(text: str, at: int) -> bool:
    """Whether the mention at ``at`` is "the woman" (the mention may start at "the" or at the noun)."""
    m = SEXED_DEFINITE_RE.match(text, at)
    return m is not None and (m.group().lower().startswith("the") or text[max(0, at - 4) : at].lower() == "the ")


# Words of a title its acronym leaves out ("Deputy Commissioner of Police" is the DCP).
ACRONYM_SKIPS = frozenset("of for the and in on at to".split())
# Nouns for a person by nationality (besides the adjectives of the places list: "the Portuguese").
NATIONALITY_NOUNS = frozenset(
    "spaniard frenchman frenchwoman dutchman dutchwoman briton scot welshman welshwoman englishman englishwoman "
    "irishman irishwoman kiwi aussie swede dane finn pole turk croat serb swiss".split()
)
AGE_EPITHET_RE = re.compile(r"\d{1,3}-year-old")
# Nouns by which news goes on describing the person it has just named, with or without qualifiers ("the former
# Bank of England economist", "the veteran Kedah politician", "said the nurse"): kinds of people, not offices,
# which :func:`_office_epithet` and :func:`_resolve_role` treat, nor staff who work for someone else.
DESCRIBED_PERSON_NOUNS = frozenset(
    "economist politician legislator lawmaker nurse teacher doctor farmer activist campaigner businessman "
    "businesswoman entrepreneur tycoon billionaire millionaire academic scholar historian author writer novelist "
    "actor actress singer musician artist athlete footballer cricketer striker goalkeeper midfielder veteran "
    "widow widower survivor pensioner retiree student commuter shopkeeper trader vendor engineer scientist "
    "physician surgeon priest cleric imam pastor rabbi refugee migrant mother father grandmother grandfather".split()
)
# A party's member as a noun ("the Montana Republican", "the veteran Tory").
PARTY_MEMBER_NOUNS = frozenset("Republican Democrat Tory Conservative Liberal Socialist".split())


def _acronym_holder(name: str, history: _History, text: str, start: int, full: dict[str, str],
                    definite: bool = False) -> tuple[str, str] | None:
    """"the DCP", "the CS", "the IGP": the latest speaker whose title has those initials ("Deputy Commissioner
    of Police K. Narasimha Rao", "Interior Cabinet Secretary ...", "Cabinet Secretary for Interior ..."), else
    the person the article last named with such a title."""
    pair = name.split()
    if len(pair) == 2 and all(2 <= len(w) <= 5 and w.isalpha() and w.isupper() for w in pair):
        # "the DG ISPR": the latest speaker with the office's initials and the body's ("Director General
        # Inter-Services Public Relations (DG ISPR) Lt Gen ...", "ISPR Director General Lt Gen ...")
        for person, role in reversed(list(history.role_of.items())):
            if name in role or (re.search(rf"\b{pair[1]}\b", role) or _spells_within(pair[1], role, office=False)) and (
                _spells_within(pair[0], role)
            ):
                return person, role
        return None
    if not (2 <= len(name) <= 5 and name.isalpha() and name.isupper()):
        return None
    for person, role in reversed(list(history.role_of.items())):
        if _abbreviates(name, role) or definite and (role == name or f"({name})" in role):  # (or "the DCP" after
            # the title written short: "DCP (Zone 9) Aniket Salunkhe", or with its initials in brackets:
            # "officer-in-charge (OC) of New Market Police Station"; not "NASA said" after "NASA's Bill Gerstenmaier")
            return person, role
    found = None
    for m in CAPITAL_RUN_RE.finditer(text, max(0, start - PRONOUN_WINDOW), start):
        words = m.group(0).split()
        for i in range(1, len(words)):  # "Chief Minister | Mamata Banerjee": where the title ends
            title = " ".join(words[:i])
            if words[i - 1][:1].isupper() and words[i][:1].isupper() and _abbreviates(name, title):
                p = parse_mention(" ".join(words[i:]))
                if p["kind"] == "person" and p["name"] and _person_like(p["name"]):
                    found = (full.get(p["name"], p["name"]), re.sub(r"\s*\([^)]*\)", "", title))
                    break
    return found


# A run of capitalised words, with "of", "for", "and", "the" and a bracket inside ("Deputy Commissioner of
# Police (Cyber Crimes) K. Narasimha Rao").
CAPITAL_RUN_RE = re.compile(
    capitals(r"(?:[A-Z][\w\-'.]*|\([^()\n]{1,40}\))"
             r"(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*(?:[A-Z][\w\-'.]*|\([^()\n]{1,40}\)))*"))


def _spells_within(acronym: str, title: str, office: bool = True) -> bool:
    """Do consecutive capitalised words of ``title`` spell ``acronym``, with an office among them when
    ``office`` ("Director General" in "ISPR Director General Lt Gen"; "Inter-Services Public Relations")?"""
    words = re.sub(r"\([^)]*\)", " ", title).replace("-", " ").split()
    titles = _lexicon()["title"]
    n = len(acronym)
    return any(
        "".join(w[0] for w in words[i : i + n]).upper() == acronym and all(w[:1].isupper() for w in words[i : i + n])
        and (not office or any(w.lower() in titles for w in words[i : i + n])) for i in range(len(words) - n + 1))


def _abbreviates(acronym: str, title: str) -> bool:
    """Do the initials of ``title`` (or of its words before "of"/"for", or its last words) spell ``acronym``,
    with an office among the words ("Deputy Commissioner of Police"; not "Federal Bureau of Investigation")?"""
    words = re.sub(r"\([^)]*\)", " ", title).replace("-", " ").split()
    content = [w for w in words if w.lower() not in ACRONYM_SKIPS]
    head = next((i for i, w in enumerate(words) if w.lower() in ("of", "for")), len(words))
    before_of = [w for w in words[:head] if w.lower() not in ACRONYM_SKIPS]
    titles = _lexicon()["title"]
    for spelled in (content, before_of, content[-len(acronym):]):  # ("Interior Cabinet Secretary" is the CS)
        if len(spelled) == len(acronym) and "".join(w[0] for w in spelled).upper() == acronym and all(
            w[:1].isupper() for w in spelled
        ) and any(w.lower().strip(".") in titles for w in spelled):
            return True
    return False


def _person_epithet(name: str) -> bool:
    """Does an age or a nationality stand for a person ("the 25-year-old", "the Spaniard", "the Portuguese")?
    (A place's adjective may also stand for a nation, "the Chinese said": the person must then be the
    subject of the sentence or the one before, see :func:`_epithet_person`.)"""
    low = name.lower()
    return _aged_epithet(name) or low in NATIONALITY_NOUNS or (
        low in _places() and low.endswith(("ese", "ian", "ish", "i")))


def _aged_epithet(name: str) -> bool:
    """An age, alone or before a description ("the 58-year-old", "the 64-year-old former general", "the 67-year-old
    former BOJ executive"): news names a person by age right after naming them."""
    words = name.lower().split()
    return bool(words) and AGE_EPITHET_RE.fullmatch(words[0]) is not None and len(words) <= MAX_AGED_EPITHET_WORDS


MAX_AGED_EPITHET_WORDS = 5


def _described_person(name: str) -> bool:
    """Does a description stand for a person the article has just named ("the former Bank of England
    economist", "the first-term legislator", "the Montana Republican")? A kind of person, perhaps qualified,
    with no office or staff title among the qualifiers; a bare or merely graded generic role ("the
    diplomat", "the senior official") is :func:`_generic_person_role`'s."""
    words = name.split()
    if not words or _generic_person_role(name):
        return False
    *qualifiers, head = words
    if not (head in DESCRIBED_PERSON_NOUNS or head in PARTY_MEMBER_NOUNS) or any(
        w.endswith(("'s", "\u2019s", "s'", "s\u2019")) for w in qualifiers
    ):  # ("the boy's father", "the victims' mother": a relative of someone else)
        return False
    return not any(w.lower() in STAFF_TITLES or w.islower() and _title_head(w) for w in qualifiers)


def _epithet_person(doc: Doc, start: int, history: _History, full: dict[str, str], skip: tuple[int, int],
                    described: bool = False) -> tuple[str, str | None] | None:
    """The person an epithet refers to: a person named as the subject of its sentence or the one before
    (not the latest speaker: "the 46-year-old" is often someone the article has not quoted yet). A
    description goes on with that subject even when the subject spoke last ("Sen. Walter Brandt said ...
    '...,' the Montana Republican said")."""
    found = history.latest_at(("person",), start)
    return _recent_subject(doc, found[2] if found and not described else -1, start, None, full, skip)


# A person's name with an age after it ("Julian Ashcombe, 58,", "Ki Hong (33)").
AGED_NAME_RE = r"([A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){{1,3}})(?:,[ \t]*|[ \t]*\()({age})[,)]"


def _aged_person(text: str, epithet: str, start: int, full: dict[str, str]) -> tuple[str, str | None] | None:
    """The one person the article named before ``start`` with the age of ``epithet`` ("the 58-year-old" after
    "Julian Ashcombe, 58,"); ``None`` when none or several were."""
    if not AGE_EPITHET_RE.match(epithet.lower()):
        return None
    years = epithet.split("-")[0]
    found = {m.group(1) for m in re.finditer(AGED_NAME_RE.format(age=re.escape(years)), text[:start])}
    people = set()
    for name in found:
        p = parse_mention(name)
        if p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2:
            people.add(full.get(p["name"], p["name"]))
    return (people.pop(), None) if len(people) == 1 else None


# Words right before a capitalised run that make it a place or a thing, never the antecedent of "he" or
# "she" ("the town of Uvira, in South Kivu province", "to fully fund the Gang Suppression Force").
PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|into|near|across|the)[ \t]+$", re.IGNORECASE)

# Nouns for a person by a kind of office rather than the office itself ("the diplomat" for a foreign
# ministry's spokeswoman, "the official", "the politician"), within this many characters of that speaker.
GENERIC_PERSON_ROLES = frozenset("diplomat official politician lawmaker legislator envoy".split())
GENERIC_ROLE_WINDOW = 400
# Words that only grade a generic role ("the senior diplomat", "the veteran lawmaker").
GRADING_WORDS = frozenset("senior top veteran longtime long-time seasoned".split())


# Titles that many people hold at once (spokespeople, officials, aides) or that name someone other than the
# person who spoke before (a show's host, a court's judge): never another name for that person.
STAFF_TITLES = frozenset(
    "spokesman spokeswoman spokesperson official officials aide adviser advisor lawyer attorney analyst source "
    "staffer assistant member deputy director officer representative host moderator interviewer judge "
    # and occupations and standings that news writes before a name like a title, never for the politician just
    # named ("The nurse later sued" after Christie spoke)
    "nurse schoolteacher teacher student resident engineer pharmacist retiree shopkeeper parent freshman sophomore "
    "junior midfielder striker defender goalkeeper winger quarterback pitcher batsman doctor".split())


PARTY_ROLES = frozenset("leader nominee candidate frontrunner".split())  # held besides an office
PARTY_ADJECTIVES = frozenset(
    "republican democratic socialist conservative labour labor liberal green communist independent".split())


def _office_epithet(mention: str, phrase: str) -> bool:
    """Is ``mention`` a definite office in lower case, qualified or not ("the former security minister", "The
    shadow justice secretary", "the chancellor"), which British, Irish and Commonwealth news uses for the
    politician it has just named? A staff title ("the spokesman", "the aide") is someone else."""
    words = phrase.split()
    if not _definite(mention) or not 1 <= len(words) <= MAX_PAST_OFFICE_WORDS:
        return False
    *qualifiers, head = words
    if head in MEMBER_TITLES and qualifiers:
        return True  # "The Dublin Mid-West TD", "the Labour MP": a member by seat or party
    if qualifiers and qualifiers[0].lower() in PAST_WORDS and head.islower() and _title_head(head) and (
        head != "president" and not any(w.lower() in _places() for w in qualifiers)
    ):  # "The former SAS captain", "The former central bank deputy governor": a past office (not "the former
        return True  # president" or "the former Florida governor", whom the office or the state names)
    if len(words) > 4:
        return False
    # a party's adjective may stand before the office ("the Socialist leader", "the Republican nominee"), never a
    # state ("the Indiana governor", whom the state names); "the home secretary", not "the press secretary"
    return all(w.islower() or w.lower() in PARTY_ADJECTIVES for w in qualifiers) and head.islower() and (
        _title_head(head) and head not in STAFF_TITLES and head != "president"
    ) and (head != "secretary" or bool(qualifiers) and qualifiers[-1] != "press")


PAST_WORDS = frozenset("former ex".split())
MAX_PAST_OFFICE_WORDS = 6


def _generic_person_role(name: str, held: str | None = None) -> bool:
    """Is ``name`` a noun for any office, perhaps graded ("diplomat", "the senior diplomat") or qualified by a
    word of the office ``held`` by the person it would refer to ("Kremlin official" after "Kremlin Spokesman")?"""
    words = name.lower().split()
    own = set((held or "").lower().replace("'s", " ").replace("\u2019s", " ").split())
    return bool(words) and words[-1] in GENERIC_PERSON_ROLES and all(
        w in GRADING_WORDS or w in own and w not in FUNCTION_WORDS for w in words[:-1])


# Nouns for a company by its trade, after the article named it ("the airline", "the miner", "the carmaker").
COMPANY_NOUNS = frozenset(
    "airline carrier carmaker automaker miner retailer insurer lender firm housebuilder homebuilder broadcaster "
    "supermarket chain manufacturer operator developer utility conglomerate producer exporter drugmaker chipmaker "
    "steelmaker planemaker startup start-up".split()
)
# The name of a company: capitalised words ending in a word companies end their names with.
COMPANY_NAME_RE = re.compile(
    capitals(r"\b(?:[A-Z][\w&\-]*[ \t]+){1,3}(?:Airways|Airlines|Resources|Mining|Minerals|Homes|Motors|"
             r"Automobil|Group|Holdings|Industries|Energy|Petroleum|Oil|Steel|Bank|Financial|Insurance|Foods|"
             r"Stores|Telecom|Technologies|Systems|Pharmaceuticals|Services|Logistics|Inc|Corp|Ltd|Limited|plc|PLC|AG|SA|GmbH)\b\.?")
)


def _company_before(text: str, start: int, history: _History | None = None) -> str | None:
    """The last company the article named before ``start`` (within ``PRONOUN_WINDOW``): by its name's ending
    ("Pacifica Airways", "Carrick Resources", "Hartmann Automobil"), by its trade in apposition ("Deutsche
    Bahn, the state-owned rail operator,") or, among the speakers in ``history``, by its trade as a title
    ("Chilean copper producer Andes Cobre", "Drugmaker Pfizer")."""
    w0 = max(0, start - PRONOUN_WINDOW)
    found: tuple[int, str] | None = None
    for m in COMPANY_NAME_RE.finditer(text, w0, start):
        found = (m.start(), m.group(0).rstrip("."))
    for m in DESCRIBED_COMPANY_RE.finditer(text, w0, start):
        after = text[m.end() : m.end() + 30].split()[:1]
        if m.group(1).lower() in DATE_WORDS or m.group(1).lower() in _places() or after and (
            after[0].lower().strip(",.") in _lexicon()["title"]
        ):  # ("on Wednesday, the social media company said": a day; "Jane Doe, a company spokeswoman": a person)
            continue
        if found is None or m.start() > found[0]:
            found = (m.start(), m.group(1))
    for kind in ("org", "person") if history is not None else ():
        for name, role, st in history.by_kind.get(kind, ()):
            trade = (role or "").lower().split()[-1:]
            if w0 <= st < start and trade and trade[0] in COMPANY_NOUNS and not is_given_name(name.split()[0]) and (
                found is None or st > found[0]
            ):  # (not "Laurie Guzzinati", a spokeswoman for the company)
                found = (st, name)
    return found[1] if found else None


# Nouns for a company whatever its trade ("the company said", "the state corporation added").
COMPANY_ANAPHORS = frozenset(["company", "corporation", "state corporation", "firm", "conglomerate"])
# A company named, then described by its trade between commas ("Deutsche Bahn, the state-owned rail operator,").
DESCRIBED_COMPANY_RE = re.compile(capitals(
    r"\b([A-Z][\w&\-]*(?:[ \t]+[A-Z][\w&\-]*){0,3}),[ \t]+(?:an?|the|its|[A-Z][\w\-]*['\u2019]s)[ \t]+"
    r"(?:(?!(?:for|of|at|with|to|from|in|by)\b)[\w\-]+[ \t]+){0,4}"
    r"(?:company|corporation|firm|conglomerate|" + "|".join(sorted(COMPANY_NOUNS)) + r")\b(?![\-\u2019'])"))


def _heading_holder(heading: str, title: str) -> tuple[str, str] | None:
    """The person a transcript's heading names on the line above the office ("THE HON RACHEL O'CONNELL MP" /
    "TREASURER", as Australian ministers' transcripts open), for the turns labelled with that office."""
    lines = [ln.strip() for ln in heading.splitlines() if ln.strip()]
    for k in range(1, len(lines)):
        if lines[k].lower() != title.lower():
            continue
        words = [w for w in lines[k - 1].split() if w.upper() not in HEADING_STYLES]
        if not 2 <= len(words) <= MAX_HEADING_NAME_WORDS:
            return None
        name = " ".join(w if not w.isupper() else w.title() for w in words)
        p = parse_mention(name)
        return (name, title) if p["kind"] == "person" and p["name"] == name and _person_like(name) else None
    return None


# Styles around a name in a transcript's heading ("THE HON ... MP", "SENATOR THE HON ...").
HEADING_STYLES = frozenset("THE HON HON. MP SENATOR DR DR. MR MS MRS".split())
MAX_HEADING_NAME_WORDS = 4


def _cased(name: str, text: str) -> str:
    """The article's own spelling of a name a label writes in capitals, if it has one."""
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    return name


def _body_before(doc: Doc, start: int, history: _History, full: dict[str, str], skip: tuple[int, int]
                 ) -> tuple[str, str | None] | None:
    """A one-word name that is no given name, has no title, gender or fuller form in the article ("Siemens",
    "Hamas"): the latest such speaker within ``PRONOUN_WINDOW``, else the subject opening the pronoun's
    sentence or the one before (outside the row's own content)."""
    found = history.latest_at(("person",), start)
    if found is not None and start - found[2] <= PRONOUN_WINDOW and not found[1] and (
        _body_name(found[0], history, full)
    ):
        return found[0], None
    for s0 in _opening_starts(doc, doc.sentence_of(start), skip):
        m = BODY_SUBJECT_RE.match(doc.text, s0)
        if m is not None and m.start() < start and _body_name(m.group(1), history, full) and re.search(
            rf"[a-z,][ \t]+{re.escape(m.group(1))}\b", doc.text
        ):  # (a name, capitalised inside a sentence too: not "Politicians" or "Among" opening one)
            return m.group(1), None
    return None


def _opening_starts(doc: Doc, i: int, skip: tuple[int, int], after: int = -1, start: int | None = None) -> list[int]:
    """Where sentence ``i`` and the one before it open (the subjects a pronoun or an epithet may go on with),
    outside the row's own content ``skip``, after ``after`` and before ``start``."""
    out = []
    for j in (i, i - 1):
        if j < 0:
            continue
        s0 = doc.sentences[j][0]
        if not (skip[0] <= s0 < skip[1] or s0 <= after or start is not None and s0 >= start):
            out.append(s0)
    return out


def _recent_body_subject(doc: Doc, after: int, start: int, skip: tuple[int, int]) -> str | None:
    """A named body ("The Elysee Palace", "Iran's Foreign Ministry") opening the pronoun's sentence or the
    one before, after the earlier speaker ``after``'s mention and outside the row's own content."""
    for s0 in _opening_starts(doc, doc.sentence_of(start), skip, after, start):
        m = NAMED_BODY_SUBJECT_RE.match(doc.text, s0)
        first = doc.text[s0 : s0 + 14].split(" ")[0]
        comma = doc.text.find(", ", s0, s0 + MAX_OPENING_PHRASE_CHARS) if m is None and (
            first in OPENING_PHRASE_WORDS) else -1
        if comma > 0:  # "On the same day, the Ministry of Foreign Affairs issued ...": after the opening phrase
            m = NAMED_BODY_SUBJECT_RE.match(doc.text, comma + 2 + 4 * (doc.text.startswith("the ", comma + 2)))
        verb = doc.text[m.end():].split(None, 1)[0].strip(",") if m is not None and m.end() < start else ""
        if verb in IRREGULAR_PAST or verb in FINITE_AUXILIARIES or verb.endswith(("ed", "s")) and (
            not verb.endswith("ss")
        ):  # ("The Aviation Herald states", "The Emergencies Ministry has"; not "The Silk Road slogan")
            p = parse_mention(m.group(1))
            if p["kind"] == "org" and p["name"] and " " in p["name"]:
                return p["name"]
    return None


# A multi-word capitalised name opening a sentence before a lower-case word ("The Elysee Palace gave").
NAMED_BODY_SUBJECT_RE = re.compile(
    capitals(r"((?:The[ \t]+)?[A-Z][\w&'\u2019\-]*(?:[ \t]+(?:of|for|and|[A-Z][\w&'\u2019\-]*)){1,6})[ \t]+(?=[a-z])")
)


OPENING_MARKS = frozenset(DOUBLE_OPEN) | SINGLE_OPEN | {STRAIGHT_DOUBLE}
CLOSING_MARKS = frozenset(DOUBLE_CLOSE) | SINGLE_CLOSE | {STRAIGHT_DOUBLE}


def _quoted_title(text: str, a: int, b: int) -> bool:
    """Is text[a:b] all that a pair of quotation marks holds ('"Promises Kicked,"'): a slogan or a title,
    not a person's name?"""
    after = text[b : b + 2].lstrip(",.")
    return text[a - 1 : a] in OPENING_MARKS and after[:1] in CLOSING_MARKS


def _role_subject_before(doc: Doc, start: int, skip: tuple[int, int]) -> str | None:
    """A definite role ("The prime minister's official spokesperson") opening the pronoun's sentence or the one
    before it as its subject, outside the row's own content."""
    for s0 in _opening_starts(doc, doc.sentence_of(start), skip):
        m = ROLE_SUBJECT_RE.match(doc.text, s0)
        if m is not None and m.end() < start:
            p = parse_mention(m.group(1))
            if p["kind"] == "role" and p["name"] and p["name"].split()[-1].lower() in _lexicon()["title"]:
                return p["name"]
    return None


# "The prime minister's official spokesperson has", "The shadow chancellor told": a definite role, then a verb.
ROLE_SUBJECT_RE = re.compile(
    r"((?:The|the)(?:[ \t]+[\w'\u2019\-]+){1,5}?)[ \t]+(?=(?:has|had|is|was|said|told|[a-z]+ed)\b)"
)


def _run_rest(text: str, end: int) -> str:
    """The capitalised words that go on right after a name run the pattern cut short ("When Deputy Assistant
    Secretary of State Harriet" + " Mbeki-Lowell")."""
    m = RUN_REST_RE.match(text, end)
    return m.group(0) if m is not None else ""


RUN_REST_RE = re.compile(capitals(r"(?:[ \t]+[A-Z][\w\u2019'\-]{1,30}){1,3}(?![\w])"))


def _body_name(name: str, history: _History, full: dict[str, str]) -> bool:
    """Can a one-word name be a body's ("Siemens"), not a person's family name used alone?"""
    low = name.lower()
    return " " not in name and not is_given_name(name) and name not in history.gender and (
        full.get(name, name) == name and low not in FUNCTION_WORDS and low not in DETERMINERS
        and low not in _pronouns() and low not in _lexicon()["title"]
    )


# A one-word capitalised subject opening a sentence, before a lower-case verb ("Siemens cut its forecast").
BODY_SUBJECT_RE = re.compile(capitals(r"([A-Z][\w&\-]+)[ \t]+(?=[a-z])"))


# A person's name opening a sentence, with its title ("Envoy Lucien Farrow, who ...", "Mr. Trump said").
# A role, then a person's name between commas, then the predicate ("The DA's chief whip, Annelie Botha,
# welcomed"): the sentence's subject is the named person.
ROLE_THEN_NAME_SUBJECT_RE = re.compile(
    capitals(r"((?:The|A|An|Its|His|Her|Their|One[ \t]+of|Another|[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?['\u2019]s)[ \t]"
             r"[^,.;:\"\u201c\u201d]{2,60}),[ \t]+"
             r"([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){1,3}),[ \t]+(?=[a-z])"))

# A relative named by the given name alone after the kin noun ("His wife, Natalya,", "Lyubimov's wife, Natalya,").
KIN_THEN_NAME_SUBJECT_RE = re.compile(capitals(
    r"((?:His|Her|Their|[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?['\u2019]s)[ \t]+(?:[a-z\-]+[ \t]+)?([a-z]+)"
    r",[ \t]+[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,2}),[ \t]+(?=[a-z])"))


# A dateline that opens an article: a place in capitals or with its country, perhaps a date and an agency's
# credit, then a dash.
DATELINE_RE = re.compile(capitals(
    r"(?:[A-Z][\w.'\-]*[ \t]*[,/]?[ \t]*){1,4}(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?"
    r"(?:[\u2014\u2013]|--?)[ \t]+"))


# Words that open a sentence with a phrase of place or time before its subject ("In Bandon, ...").
OPENING_PHRASE_WORDS = frozenset("In At On After When While As During Despite Since Before Outside Across".split())
# A participle that opens a sentence before its subject ("Speaking in the Bundestag on Thursday, Markus Thielen
# said", "Asked about the dispute, Ms Tan said"), told from a name in -ing by the word after it.
OPENING_PARTICIPLE_RE = re.compile(
    r"(?:[A-Z][a-z]{3,}ing|Asked|Pressed|Questioned|Challenged)[ \t]+(?:in|at|on|to|after|before|during|from|with|"
    r"about|for|over|the|a|an|his|her|their|its|reporters|journalists|supporters|lawmakers|parliament)\b")
MAX_OPENING_PHRASE_CHARS = 160
QUOTATION_STOP_RE = re.compile(r"[\n\"\u201c\u201d]|''")
# The agent of a passive sentence: "That claim was disputed by local Independent councillor Niamh O'Driscoll."
PASSIVE_AGENT_RE = re.compile(r"[^.!?\n]{0,120}?\b(?:was|were)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+ed[ \t]+by[ \t]+"
                              r"([^.!?;:,\n\"\u201c\u201d]{3,80})[.;,]")


# A sentence about a person who opens it after "For" ("For Kiara Mendez, a 34-year-old teacher, the news came ...").
FOR_PERSON_RE = re.compile(capitals(r"For[ \t]+([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){1,2}),"))


# A subject's appositive between commas, then its verb (a cue: "..., Valentina Ospina-Crane, Special
# Representative ..., said"; not "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why
# ..., given that").
APPOSITIVE_THEN_VERB_RE = re.compile(r",[ \t]+[^,;:\n\"\u201c\u201d]{2,120},[ \t]+([a-z]+)\b")


def _subject_name(text: str, s0: int, before: int) -> str | None:
    """The subject of the sentence at ``s0`` (see :func:`_opening_subject`), or the person a passive sentence
    names as its agent ("That claim was disputed by local Independent councillor Niamh O'Driscoll."), whom a
    pronoun after it goes on with as with a subject; a subject after an opening phrase only before ``before``
    (the sentence's end, or the pronoun itself)."""
    first = text[s0 : s0 + 14].split(" ")[0]
    participle = OPENING_PARTICIPLE_RE.match(text, s0) is not None  # (not a name: "Manning said")
    subject = None if participle else _opening_subject(text, s0)
    if subject is not None:
        return subject
    if first in OPENING_PHRASE_WORDS or participle:  # "In Bandon, where the river burst its banks, ...", "Speaking
        # in the Bundestag on Thursday, Markus Thielen said ..."
        end = min(s0 + MAX_OPENING_PHRASE_CHARS, before)  # shop owner Tadhg Crowley (58) was shovelling mud"
        stop = QUOTATION_STOP_RE.search(text, s0, end)
        end = stop.start() if stop else end  # (before any quotation)
        for comma in (m.end() for m in re.finditer(r",[ \t]+", text[s0:end])):
            subject = _opening_subject(text, s0 + comma)
            at = text.find(subject, s0 + comma, end) if subject is not None else -1
            if at >= 0 and (re.match(r"[ \t]+[a-z(]", text[at + len(subject) : at + len(subject) + 2]) or (
                (apposed := APPOSITIVE_THEN_VERB_RE.match(text, at + len(subject))) is not None
                and apposed.group(1) in _verb_cues()
            )):  # (or after its appositive: "Briefing the Council, Valentina Ospina-Crane, Special Representative
                # and Head of ..., said")
                return subject  # (the subject's verb follows it: not "On the topic of another tough guy, Mr. Putin,
                # Mr. Trump was pressed")
    topic = FOR_PERSON_RE.match(text, s0)  # "For Maureen Castile, 67, a retired schoolteacher, the debate is
    if topic is not None:  # anything but abstract. She said ...": the person the sentence is about
        p = parse_mention(topic.group(1))
        if p["kind"] == "person" and p["name"] == topic.group(1) and len(p["name"].split()) >= 2:
            return topic.group(1)
    agent = PASSIVE_AGENT_RE.match(text, s0)
    if agent is None:
        return None
    p = parse_mention(agent.group(1).strip())
    return agent.group(1).strip() if p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2 else None


def _opening_subject(text: str, s0: int) -> str | None:
    """The name that opens the sentence at ``s0`` as its subject, or the name in apposition to a role that
    opens it ("The DA's chief whip, Annelie Botha, welcomed"); not an owner ("Clinton's campaign said") nor
    a function word ("In Ondrel, ...": a place). A dateline before it is no subject ("WASHINGTON (AP) —
    Sen. Walter Brandt said", "Kuala Lumpur, Malaysia – Opposition leader Rosli Hamid said")."""
    dateline = DATELINE_RE.match(text, s0)
    if dateline is not None and (any(w.isupper() and len(w) > 1 for w in dateline.group(0).split()) or (
        "," in dateline.group(0) or "(" in dateline.group(0)
    )):
        s0 = dateline.end()
    m = SUBJECT_NAME_RE.match(text, s0)
    titled = _lower_titled_subject(text, s0)
    if m is not None and " " not in m.group(0) and text.startswith(" of ", m.end()) and (
        (office := TITLE_OF_SUBJECT_RE.match(text, s0)) is not None
    ):  # "Head of the Presidential Office Andrii Ostapenko welcomed": a title with its body, then the name
        p = parse_mention(office.group(1))
        if p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2:
            return office.group(1)
    if titled is not None:
        name = titled  # "Former Ipid investigator Lindiwe Khumalo-Ndaba is not mincing her words."
    elif m is not None and not m.group(0).endswith(("'s", "\u2019s")) and m.group(0).split()[0] not in (
        "The", "A", "An", "One", "Another", "His", "Her", "Their"
    ):  # ("The MP for Nsawam, Alhassan Yakubu Dokurugu, has also weighed in": the role, then the name; "One of
        # them, Joanna Pietrzyk-Sowa, spoke to Notes from Poland")
        name = m.group(0)
    elif (kin := KIN_THEN_NAME_SUBJECT_RE.match(text, s0)) is not None and kin.group(2).lower() in KIN_NOUNS:
        return kin.group(1)  # "Lyubimov's wife, Natalya, who attended the hearing, has not seen him": a relative
        # named by a given name alone, whose noun says who she is
    else:
        a = ROLE_THEN_NAME_SUBJECT_RE.match(text, s0)
        if a is None or parse_mention(a.group(1))["kind"] not in ("role", "person"):
            return None
        name = a.group(2)
    if m is not None and name == m.group(0) and text.startswith(" via ", m.end()):
        return None  # "Neilson Barnard via Getty Images.": a photograph's credit, not a sentence
    return None if name.split()[0].lower() in FUNCTION_WORDS else name


# A title and its body before a name, opening a sentence ("Head of the Presidential Office Andrii Ostapenko").
TITLE_OF_SUBJECT_RE = re.compile(capitals(
    r"([A-Z][\w\-]*[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\u2019'\-]*[ \t]+){1,6}[A-Z][\w\u2019'\-]+)"
    r"(?=[ \t]+[a-z]|,)"))


def _lower_titled_subject(text: str, s0: int) -> str | None:
    """The person's name of a subject whose title is in lower case between capitalised words ("Former Ipid
    investigator Lindiwe Khumalo-Ndaba is ..."): the title a person's noun, none of its words a function word
    or a participle, and the sentence not opened by a function word or a participle ("While Republican
    presidential nominee Donald Trump has ...", "Regarding Trump's rhetoric following Khizr Khan's ...")."""
    low = LOWER_TITLED_SUBJECT_RE.match(text, s0)
    if low is None:
        return None
    lower, first = low.group(1).split(), low.group(0).split()[0]
    if any(w in FUNCTION_WORDS or w.endswith("ed") for w in lower) or not (
        lower[-1] in _role_words() or lower[-1].endswith((*AGENT_ENDINGS, "or", "ant", "ent"))
    ) or first.lower() in FUNCTION_WORDS or first.endswith("ing"):
        return None
    p = parse_mention(low.group(0))
    return p["name"] if p["kind"] == "person" and p["name"] and p["role"] and len(p["name"].split()) >= 2 else None


# A subject whose title is in lower case between capitalised words ("Former Ipid investigator Lindiwe
# Khumalo-Ndaba is ...", "Johannesburg mayor Thandiwe Mokoena says").
LOWER_TITLED_SUBJECT_RE = re.compile(capitals(
    r"(?:[A-Z][\w.\u2019'\-]*[ \t]+){0,3}((?:[a-z\-]+[ \t]+){1,2})[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){1,4}"
    r"(?=(?:[ \t]*\(\d{1,3}\))?(?:[ \t]+[a-z]|,))"))  # (styles before the name too: "Opposition leader Datuk
# Seri Rosli Hamid"; an age in brackets after it: "shop owner Tadhg Crowley (58) was")
SUBJECT_NAME_RE = re.compile(
    capitals(r"[A-Z][\w.\u2019'\-]*(?:[ \t]+(?:[A-Z][\w.\u2019'\-]*|(?:" + "|".join(HYPHEN_PARTICLES)
             + r")-[A-Z][\w.\u2019'\-]*|de|von|van|bin|al))*(?=[ \t]*,|[ \t]+[a-z])")
)  # ("Nabil Hasan al-Quaety was killed": the particle's name too)


def _recent_subject(
    doc: Doc, after: int, start: int, sex: str | None, full: dict[str, str], skip: tuple[int, int]
) -> tuple[str, str | None] | None:
    """The person named at the start of the pronoun's sentence or the one before, when that sentence
    starts after ``after`` (the earlier speaker's mention) and outside the row's own quotation; the name
    must be the sentence's subject (a comma or a lower-case verb follows it) and fit the pronoun's gender."""
    # the sentences before the row's quotation, when it opens the row ('"A. B," he said')
    i = doc.sentence_of(min(start, skip[0]) if skip[1] > skip[0] else start)
    if i < 0:
        return None
    for s0 in _opening_starts(doc, i, skip, after, start):
        subject = _subject_name(doc.text, s0, min(start, doc.sentences[doc.sentence_of(s0)][1]))
        if subject is None:
            continue
        p = parse_mention(subject)
        if p["kind"] != "person" or not p["name"] or not _person_like(p["name"]):
            continue
        name = _titled_full(p["name"], subject, full, doc.text)
        g = gender_of(name, subject, p["role"]) if sex else None
        if sex and g not in (sex, None) or g is None and len(p["name"].split()) < 2:
            continue  # (a name of unknown gender only in full: "Lucien Farrow", not "Boca")
        return name, p["role"]
    return None


def _attributive_run(text: str, a: int, b: int) -> bool:
    """Is the capitalised run text[a:b] a modifier between an article and its noun ("a Jurong West flat", "the
    White House lawn"), no one a pronoun could mean?"""
    return re.search(r"\b(?:a|an|the)[ \t]+$", text[max(0, a - 5) : a]) is not None and re.match(
        r"[ \t]+[a-z]+\b", text[b : b + 30]) is not None and not re.match(r"[ \t]+(?:said|says|told|and|of|who)\b",
                                                                          text[b : b + 30])


def _titled_full(name: str, mention: str, full: dict[str, str], text: str = "") -> str:
    """The article's full form of ``name``, unless a title in ``mention`` says another gender: "Mrs. Clinton"
    is Hillary Clinton, not the "Bill Clinton" the family name would grow into."""
    grown = full.get(name, name)
    if grown == name and " " not in name and text:  # "Calloway fired back": the article's one "Wade Calloway"
        grown = _one_full_name(name, full, text) or name
    said = stated_gender(name, mention)
    if said is None or census_gender(grown) in (None, said):
        return grown
    last = name.split()[-1]
    fits = {f for f in full.values() if f.split()[-1] == last and census_gender(f) == said}
    if not fits and text:  # a full name the article writes without a row of its own ("Hillary Clinton")
        fits = {run for run in (m.group(0) for m in re.finditer(r"[A-Z][a-z]+[ \t]+" + re.escape(last) + r"\b", text))
                if census_gender(run) == said}
    return fits.pop() if len(fits) == 1 else name


def _with_second_surname(name: str, text: str, end: int) -> str:
    """``name`` with the second family name that follows it before a comma ("Wilber Ccahuana Huillca, a former
    head of ...": Spanish and Portuguese names are shortened to the first family name)."""
    m = SECOND_SURNAME_RE.match(text, end)
    if m is None:
        return name
    longer = f"{name} {m.group(1)}"
    p = parse_mention(longer)
    return longer if p["kind"] == "person" and p["name"] == longer else name


SECOND_SURNAME_RE = re.compile(r"[ \t]+([A-Z][a-z\u00e0-\u00ff]+)(?=,)")


def _one_full_name(surname: str, full: dict[str, str], text: str) -> str | None:
    """The one full name the article gives a family name used alone: among its speakers' names, else a census
    given name before it in the text ("businessman Wade Calloway"); ``None`` when there is none or several."""
    fits = {f for f in full.values() if f.split()[-1] == surname and " " in f}
    if not fits:
        fits = {_with_second_surname(given, text, m.end())
                for m in re.finditer(r"\b(?:[A-Z][a-z]+[ \t]+){1,3}" + re.escape(surname) + r"\b", text)
                if (given := _given_names_and(m.group(0))) is not None}
    return fits.pop() if len(fits) == 1 else None


def _given_names_and(run: str) -> str | None:
    """The longest end of ``run`` whose words before the family name are all given names ("Cody Ray Tillman",
    not "Ray Tillman"; "Sharon Whitlow" of "Judge Sharon Whitlow"), or ``None``."""
    words = run.split()
    for i in range(len(words) - 1):
        if all(is_given_name(w) for w in words[i:-1]):
            return " ".join(words[i:])
    return None


def _introduced_person(doc: Doc, before: int, full: dict[str, str]) -> tuple[str, str | None] | None:
    """The first person who opens a sentence of the introduction before ``before`` (the interviewee of a Q&A
    whose introduction quotes no one)."""
    for s0, s1, _ in doc.sentences:
        if s0 >= before:
            break
        subject = _heading_owner(doc.text, s0) or _subject_name(doc.text, s0, s1)
        p = parse_mention(subject) if subject else None
        if p is None or p["kind"] != "person":
            titled = TITLED_SUBJECT_RE.match(doc.text, s0)  # "EU Commissioner for Energy Kristjan Valdmaa sat down"
            p = parse_mention(titled.group(1)) if titled is not None else p
        if p is None or p["kind"] != "person":
            apposed = ROLE_THEN_NAME_SUBJECT_RE.match(doc.text, s0)  # "Mexico's Foreign Secretary, Mariana Ortega
            if apposed is not None:  # Villalobos, received EL PAÍS"
                p = {**parse_mention(apposed.group(2)), "role": apposed.group(1)}
        if p is not None and p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2:
            return full.get(p["name"], p["name"]), p["role"]
    return None


# A title with its portfolio, then a name, opening a sentence before its verb.
TITLED_SUBJECT_RE = re.compile(
    capitals(r"((?:[A-Z][\w.\u2019'\-]*)(?:[ \t]+(?:[A-Z][\w.\u2019'\-]*|of|for|and|the)){1,9})[ \t]+(?=[a-z])")
)


def _heading_owner(text: str, s0: int) -> str | None:
    """The titled person whose event a transcript's heading names ("Foreign Ministry Spokesperson Liang
    Wenjie's Regular Press Conference on March 14")."""
    m = HEADING_OWNER_RE.match(text, s0) or HEADING_BY_RE.match(text, s0)
    return m.group(1) if m is not None else None


HEADING_OWNER_RE = re.compile(
    capitals(r"([A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){1,8})['\u2019]s[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,3}"
             r"(?:Press[ \t]+Conference|Briefing|Remarks|Interview|Statement|Address|Speech)\b")
)
# "Briefing by Foreign Ministry Spokeswoman Yelena Gordeyeva, Moscow, June 12", "Press Conference by Press
# Secretary KOBAYASHI Kazuo", "Interview with Tom Ashworth MP, Secretary of State for Defence".
HEADING_BY_RE = re.compile(
    capitals(r"(?:[A-Z][\w\-]*[ \t]+){0,2}(?:Press[ \t]+Conference|Briefing|Remarks|Interview|Statement|Address|Speech)"
             r"[ \t]+(?:by|with|of)[ \t]+([A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){1,8})(?=[ \t]*(?:,|\n|$))"),
    re.MULTILINE)
# Labels of the answers in a Q&A interview.
ANSWER_LABELS = frozenset("a answer".split())
# A transcript label of initials ("NG:", "JB:").
INITIALS_RE = re.compile(r"[A-Z]{2,3}")


# A caption's credit word glued to the name before it: "RivaImage" of "Gloria La RivaImage: Pax Gethen."
GLUED_CREDIT_RE = re.compile(r"(?<=[a-z])(?:" + "|".join(w.capitalize() for w in CREDIT_SUFFIXES) + ")$")


def _namesakes(text: str, persons: list[str]) -> dict[str, list[tuple[int, str]]]:
    """Family names that two speakers of the article share ("Elijah Cummings", "Maya Rockeymoore Cummings"),
    each with the places where either full name is written, in order."""
    by_last: dict[str, set[str]] = {}
    for n in persons:
        words = n.split()
        if len(words) >= 2 and is_given_name(words[0]):
            by_last.setdefault(words[-1], set()).add(n)
    out = {}
    for last, fulls in by_last.items():
        if len({f.split()[0] for f in fulls}) < 2:
            continue
        out[last] = sorted((m.start(), f) for f in fulls for m in re.finditer(re.escape(f), text))
    return out


def _namesake_before(places: list[tuple[int, str]] | None, start: int) -> str | None:
    """Of two people who share a family name, the one written out in full last before ``start`` (the first
    one when neither was): a family name alone stands for the namesake just introduced."""
    if not places:
        return None
    k = bisect_right(places, (start, "\uffff")) - 1
    return places[k][1] if k >= 0 else places[0][1]


MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.")


def _name_with_initials(text: str, initials: str) -> str | None:
    """The first person's name in ``text`` whose words start with ``initials`` ("NG" -> "Natasha Gownaris")."""
    for m in NAME_RUN_RE.finditer(text):
        words = _without_lead(m.group(0)).split()
        for i in range(len(words) - len(initials) + 1):
            cand = [GLUED_CREDIT_RE.sub("", w) for w in words[i : i + len(initials)]]  # ("Gloria La RivaImage:")
            if "".join(w[0] for w in cand) == initials and all(
                (len(w) > 1 and not w.isupper() or 0 < j < len(cand) - 1 and MIDDLE_INITIAL_RE.fullmatch(w))
                and not w.endswith(("'", "\u2019", "'s", "\u2019s")) for j, w in enumerate(cand)
            ):  # (not "Wikinews' Nick"; a middle initial counts: "WSS" is "William S. Saturn")
                name = " ".join(cand)
                if parse_mention(name)["kind"] == "person" and _person_like(name):
                    return name
    return None


def _without_lead(run: str) -> str:
    """A capitalised run without the function words that open its sentence ("But Ayotte" -> "Ayotte")."""
    words = run.split()
    while len(words) > 1 and words[0].lower() in FUNCTION_WORDS:  # ("May" alone stays a name)
        words = words[1:]
    return " ".join(words)


# Last words of a named law, event or document, never of a person's name.
LAW_WORDS = frozenset("act bill law amendment caucus caucuses primary convention treaty accord plan war".split())
# Last words of a geographic or built place ("False Bay", "Orvel Dam"), read only when no given name tells
# a gender ("Michael Bay" keeps his).
GEO_WORDS = frozenset(
    "bay sea ocean river lake island islands gulf strait peninsula coast valley mountain mountains desert "
    "canal harbor harbour port airport station square street avenue park mediterranean atlantic pacific "
    "caribbean arctic region province county district dam reservoir bridge pipeline room hall".split()
)


ROMAN_NUMERAL_RE = re.compile(r"[IVX]{2,5}")
# Things numbered like reigns ("World War II", "Vatican II", "Title IX", "Super Bowl LX").
NUMBERED_THINGS = frozenset("war council vatican title chapter part phase bowl act article section stage".split())


@lru_cache(maxsize=1)
def _present_cues() -> frozenset[str]:
    """One-word cues in the third person singular ("condemns", "tells", "urges"), which open a headline's
    predicate, never a name."""
    return frozenset(c.words[0] for cs in cue_lexicon().values() for c in cs
                     if len(c.words) == 1 and c.words[0].endswith("s") and not c.words[0].endswith("ss"))


def _person_like(name: str) -> bool:
    """A capitalised run that can be a person's name: no place word ("Boca Raton", "Iowa Caucus"), no
    institution word at the end ("Affordable Care Act"), no acronym ("MSNBC")."""
    words = name.split()
    places = _places()
    org_words = _lexicon()["org"] | _lexicon()["source"]
    last = words[-1].lower()
    return not (
        words[0].lower() in PREPOSITIONS  # "In Kingston, the Vice President met ...": an opening phrase
        or len(words) > 1 and words[0].lower() in _present_cues()  # "Secretary-General Condemns Attack on ...": a
        # headline's verb after the title
        or any(w.lower() in places for w in words) or last in org_words or last in LAW_WORDS or last in GEO_WORDS
        or last.strip(".") in NAMED_BODY_ENDINGS
        or any(w.isupper() and len(w) > 1 and not (i < len(words) - 1 and MIDDLE_INITIAL_RE.fullmatch(w)) and not (
            i == len(words) - 1 and i > 0 and ROMAN_NUMERAL_RE.fullmatch(w)
            and words[i - 1].lower() not in NUMBERED_THINGS) and not (
            i == 0 and len(words) == 2 and len(w) >= 3 and words[1][:1].isupper() and words[1][1:].islower()
            and words[1].isalpha() and words[1].lower() not in _role_words())
               for i, w in enumerate(words))  # (a middle initial is no acronym: "William S. Saturn"; nor a reign's
        # numeral: "Pope Clement XV", "King Charles III"; nor a family name in capitals before the given name, as
        # NHK and Japan's ministries write it: "TAKAGI Emi")
        or name.lower() in places
    )


def _resolve_role(phrase: str, role: str | None, history: _History, text: str = ""
                  ) -> tuple[str | None, str | None]:
    """"the spokesman" -> the latest person whose role has that word; else the phrase itself. A place that
    qualifies the phrase must not clash with another place in that person's role ("Mexico's representative"
    is not "the representative of the United States"), and a nationality must be the person's ("The Saudi
    minister, for his part, stressed" after "Foreign Minister Hisham Abdel-Salam" of Egypt is his counterpart)."""
    head = phrase.split()[-1].lower() if phrase else ""
    if head in history.by_role_word and (_title_head(head) or head == "witness" or (
        phrase.split()[0].lower().rstrip(".") in HONORIFICS
    )):  # ("the witness": who gave evidence last, see _testifies)
        # (not a portfolio, "Immigration", nor "the book" or "the Cruz slate"; "Mr. Morgan of the Sierra Club" is)
        held = history.by_role_word[head]
        if not _places_clash(phrase, held[1] or "") and not _other_office(phrase, held[1] or "") and not (
            text and held[0] and _foreign_to(phrase, held[0], held[1] or "", text)
        ):
            return held
    return phrase or None, role


DEMONSTRATIVES = frozenset("that this these those".split())


def _unnamed_described_before(history: _History, head: str, before: int) -> tuple[str, str | None] | None:
    """The latest unnamed source an indefinite mention introduced with more words around the same noun ("A
    senior defense official", "A Western diplomat following the file"), which "the official", "the diplomat"
    refers back to (not a definite epithet, "the independent Vermont senator", of a person named elsewhere)."""
    for name, role, st in reversed(history.introduced):
        words = name.lower().split()
        if st < before and len(words) > 1 and head.lower() in words and words[0] not in DEMONSTRATIVES and not any(
            w in ("of", "for", "from", "at", "with", "in") for w in words[: words.index(head.lower())]
        ):
            return name, role
    return None


# Nouns of a body's kind that the body described with them answers to ("Employers' federation VBO-FEB ... the
# federation said").
BODY_ROLE_NOUNS = frozenset("federation union association confederation chamber council institute society league "
                            "alliance coalition".split())


def _foreign_to(phrase: str, name: str, role: str, text: str) -> bool:
    """Does ``phrase`` name a nationality ("The Omani foreign minister") that neither the person's role nor the
    words right before the person's name in ``text`` give ("Iranian Foreign Minister ...")? A party's adjective
    ("the Republican nominee") is no nationality."""
    own = {w for w in re.sub(r"['\u2019]s\b", "", phrase.lower()).split() if w in _places()} - PARTY_ADJECTIVES
    if not own or own & _named_places(role):
        return False
    last = re.escape(name.split()[-1])
    for m in re.finditer(rf"\b{last}\b", text):
        if own & _named_places(text[max(0, m.start() - NATIONALITY_WINDOW) : m.start()]):
            return False
    return True


NATIONALITY_WINDOW = 60  # characters before a name where its nationality or country stands


def _other_office(phrase: str, role: str) -> bool:
    """Does ``phrase`` name an office the held ``role`` is not: a word of a title or a rank that the role lacks
    ("the former deputy prime minister" is not the "Economy Minister"; "the minister" may be)?"""
    titles = _lexicon()["title"]
    words = phrase.lower().split()
    if not words or not _title_head(words[-1]):
        return False
    held = set(role.lower().replace("-", " ").split())
    return any(w not in held and w not in TIME_OFFICE_WORDS and w.rstrip(".") not in HONORIFICS and (
        w in OTHER_OFFICE_WORDS or w in titles or " ".join(words[i : i + 2]) in titles
    ) for i, w in enumerate(words[:-1]))  # ("the former president" may be "President Bill Clinton")


TIME_OFFICE_WORDS = frozenset("former late ex".split())


def _places_clash(phrase: str, role: str) -> bool:
    """Does ``phrase`` name a place ("Mexico's representative") while ``role`` names only others?"""
    own_body, their_body = OF_BODY_RE.search(phrase), OF_BODY_RE.search(role)
    if own_body and their_body and own_body.group(1).lower() != their_body.group(1).lower():
        return True  # "representative of India" is not the "representative of the United States"
    own = {w for w in re.sub(r"['\u2019]s\b", "", phrase.lower()).split() if w in _places()}
    if not own:
        return False
    named = _named_places(role)
    return not own & named and (bool(named) or their_body is not None)  # ("representative of Sierra Leone")


# The body or state a title names with capitals after "of", "for" or "from" ("of India", "of the United States").
OF_BODY_RE = re.compile(capitals(
    r"\b(?:of|for|from)[ \t]+(?:the[ \t]+)?([A-Z][\w\u2019'\-]*(?:[ \t]+[A-Z][\w\u2019'\-]*)*)"))


def _named_places(text: str) -> set[str]:
    """The entries of the places list that ``text`` names ("French President ..." -> {"french"})."""
    low = " " + re.sub(r"['\u2019]s\b|[^\w ]", " ", text.lower()) + " "
    return {p for p in _places() if " " + p + " " in low}


# Institution nouns that, after "the", refer back to the institution the article named last ("the agency"
# after "the Saudi Press Agency"); not "office", "union", "group" or "press", whose capitalised namesakes
# ("Oval Office", "Soviet Union", "Associated Press") are seldom what "the office" means.
ANAPHORIC_INSTITUTIONS = frozenset(
    "agency ministry department committee commission council court tribunal board bank fund institute "
    "foundation association embassy party company corporation university center centre service secretariat "
    "parliament network newspaper coalition organization organisation bureau authority hospital consortium "
    "khokimiyat akimat".split()
)

# Nouns for a body that news uses after naming it by its acronym ("The ANC said ... The party added").
# A body described by its seat: "the New York-based group", "the London-based organisation".
BASED_RE = re.compile(r"[\w.' \-]+-based ((?:think )?[a-z]+)")
# Nouns for a body that, after "the", mean the body that spoke last ("the think tank", "the watchdog").
BODY_EPITHETS = frozenset(["think tank", "watchdog", "charity", "nonprofit", "rights group", "monitor"])
# Nouns for a body that the titles resource does not list as one ("the movement", "the campaign").
COLLECTIVE_ROLE_NOUNS = frozenset("movement campaign initiative network".split())
COLLECTIVE_ANAPHORS = frozenset("party group union movement organisation organization militia firm".split())


@lru_cache(maxsize=64)
def _described_body_patterns(noun: str) -> tuple[re.Pattern[str], ...]:
    """The ways news describes a body with ``noun`` (compiled once per noun): "heating company Termoenergetica",
    "the Yabloko party", "Iustitia, Poland's largest association of judges," (not "Laurie Guzzinati, a spokeswoman
    for the company,": a person of it)."""
    name = r"((?:[A-Z][\w'\u2019&\-]+[ \t]+){0,4}[A-Z][\w'\u2019&\-]+)"
    word = re.escape(noun)
    return (re.compile(rf"\b{word}[ \t]+{name}"), re.compile(rf"\bthe[ \t]+{name}[ \t]+{word}\b"),
            re.compile(rf"{name},[ \t]+(?:the|a|an|its|[A-Z][\w\-]*['\u2019]s)[ \t]+"
                       rf"(?:(?!(?:for|of|at|with|to|from|in|by)\b)[\w\-]+[ \t]+){{0,3}}"
                       rf"{word}\b(?=[ \t]*(?:[,.;:)]|(?:of|in|for|that|which|with|based)\b))"))


def _described_body_before(text: str, noun: str, start: int) -> str | None:
    """The body the article last described with ``noun`` before ``start`` (within ``PRONOUN_WINDOW``): "heating
    company Termoenergetica", "Iustitia, Poland's largest association of judges", "the Yabloko party"."""
    found: tuple[int, str] | None = None
    lo = max(0, start - PRONOUN_WINDOW)
    for rx in _described_body_patterns(noun):
        for m in rx.finditer(text, lo, start):
            body = parse_mention(m.group(1))
            if body["kind"] in ("org", "person", "role") and body["name"] == m.group(1) and (
                m.group(1).lower() not in _places()  # (not "the Iowa party": where, not which)
            ) and (found is None or (
                m.start() > found[0]
            )):
                found = (m.start(), m.group(1))
    return found[1] if found else None


def _knight_full_name(text: str, given: str) -> str | None:
    """The one full name the text gives a knight or a dame written "Sir Laurence" or "Dame Cressida"."""
    found = {m.group(1) for m in re.finditer(rf"\b(?:Sir|Dame)[ \t]+{re.escape(given)}[ \t]+([A-Z][\w'\u2019\-]+)",
                                             text)}
    found = {f for f in found if f.lower() not in FUNCTION_WORDS}
    return f"{given} {found.pop()}" if len(found) == 1 else None


# A knight's or a dame's style with the given name alone ("Sir Laurence", "Dame Cressida").
KNIGHTED_RE = re.compile(r"(?:Sir|Dame)[ \t]+([A-Z][\w'\u2019\-]+)$")


def _party_member_before(history: _History, text: str, start: int, epithet: str) -> tuple[str, str | None] | None:
    """The latest person who spoke before ``start`` and whom the text gives the party of ``epithet`` ("the
    Democrat", "the Republican"): a label after the name ("Jane Doe (D-Mass.)", "Rep. John Roe, R-Texas") or the
    party's adjective before it ("Republican presidential nominee Donald Trump", "Democratic Sen. Jane Doe")."""
    letter, adjective = PARTY_EPITHETS[epithet]
    for name, role, at in reversed(history.by_kind.get("person", ())):
        if at >= start:
            continue
        family = re.escape(name.split()[-1])
        if re.search(rf"\b{family}\b[ \t]*[(,][ \t]*{letter}-", text[:start]) or re.search(
            rf"\b{adjective}[ \t]+(?:[\w.\-]+[ \t]+){{0,4}}{family}\b", text[:start]
        ) or adjective.lower() in (role or "").lower():
            return name, role
    return None


# A party's member named by the party ("the Democrat said") and how the text marks that party.
PARTY_EPITHETS = {"Democrat": ("D", "Democratic"), "Republican": ("R", "Republican")}


def _capitalised_common_group(name: str, kind: str) -> bool:
    """Is ``name`` a group noun of the lexicon capitalised only because it opens the sentence ("Officials said",
    "Police said"), not a party's members or a nationality ("Democrats", "Americans")?"""
    low = name.lower()
    return (kind == "group" or kind == "org" and low == "police") and " " not in name and name[:1].isupper() and (
        name[1:].islower() and low not in PARTY_MEMBERS and (
            low in _lexicon()["group"] or low in _lexicon()["source"] or low == "police"))


# Plurals for a party's members, proper nouns wherever they stand ("Democrats said").
PARTY_MEMBERS = frozenset("democrats republicans conservatives tories liberals socialists communists greens "
                          "unionists nationalists labourites".split())


def _police_force_before(text: str, start: int) -> str | None:
    """The police force the article last named before ``start`` (within ``PRONOUN_WINDOW``), for "the force"."""
    found = None
    for m in POLICE_FORCE_RE.finditer(text, max(0, start - PRONOUN_WINDOW), start):
        found = re.sub(r"^(?:The|A)[ \t]+", "", m.group(1))
    return found


# Nouns by which British and Commonwealth papers refer back to a police force ("the force said").
POLICE_ANAPHORS = frozenset("force constabulary".split())
# A police force's name: capitalised words before "Police" ("Greater Manchester Police", "Metropolitan Police
# Service"), "Police Scotland", a constabulary, the RCMP, the PSNI, An Garda Síochána.
POLICE_FORCE_RE = re.compile(capitals(
    r"((?:[A-Z][\w'\u2019\-]*[ \t]+){1,4}Police(?:[ \t]+(?:Service|Force|Department))?(?![ \t]+[A-Z])"
    r"|Police[ \t]+Scotland|(?:[A-Z][\w'\-]*[ \t]+){1,3}Constabulary|RCMP|PSNI|An[ \t]+Garda[ \t]+S\u00edoch\u00e1na)"))


def _collective_before(history: _History, start: int, anaphor: str) -> str | None:
    """The latest organisation speaker if an acronym names it ("ANC", "NAACP"), not a place or an outlet; for
    "the group" or "the organisation" also a body's name of capitalised words ("Corruption Watch") that no
    other anaphor names ("the ministry", "the government")."""
    latest = history.latest(("org",), start)
    if latest is None:
        return None
    name = latest[0]
    if name.lower() in _places() or name.lower() in _lexicon()["source"]:
        return None
    words = name.split()
    if ACRONYM_NAME_RE.fullmatch(name) or anaphor in GENERIC_BODY_ANAPHORS and len(words) >= 2 and all(
        w[:1].isupper() or 0 < i < len(words) - 1 and w in BODY_NAME_JOINERS for i, w in enumerate(words)
    ) and words[-1].lower() not in ANAPHORIC_INSTITUTIONS and words[-1].lower() not in OTHER_BODY_HEADS:
        # ("Corruption Watch", "League of California Cities")
        return name
    return None


# Anaphors for any kind of body ("the group", "the organisation"), and heads of bodies they do not stand for.
GENERIC_BODY_ANAPHORS = frozenset("group organisation organization".split())
BODY_NAME_JOINERS = NAME_LINK_WORDS | {"on"}  # ("Commission on Presidential Debates")
OTHER_BODY_HEADS = frozenset("government administration office house kremlin pentagon police army military".split())


ACRONYM_NAME_RE = re.compile(r"[A-Z]{2,6}")


def _named_body_before(history: _History, start: int) -> str | None:
    """The latest speaker that is a body, not a person: an organisation, or a name that opens with no given
    name ("Human Rights Watch", "Amnesty International")."""
    seen = sorted((st, n) for kind in ("org", "person") for n, _, st in history.by_kind.get(kind, ()) if st < start)
    for _, name in reversed(seen):
        words = name.split()
        if name.lower() not in _places() and name.lower() not in _lexicon()["source"] and not is_given_name(
            words[0]
        ) and (len(words) >= 2 or ACRONYM_NAME_RE.fullmatch(name)):
            return name
    return None


# Documents a body issues, whose words are its issuer's ("the statement", "the report"); not a website, a
# sign or a tweet, which the article seldom names with their owner.
ISSUED_DOCUMENTS = frozenset(
    "statement report letter memo release study survey poll complaint lawsuit affidavit indictment filing "
    "ruling petition verdict transcript testimony deposition article document resolution message email".split()
)

# A resolved row: its extent (speaker, cue and content), its content, its speaker mention, speaker, role, kind.
_Issued = tuple[tuple[int, int], tuple[int, int], tuple[int, int], str, "str | None", str]

# "X released a statement", "the ministry has issued a new report": the subject issued the document.
ISSUE_VERB_RE = re.compile(
    r"(?:\b(?:has|have|had)[ \t]+)?\b(?:released|issued|published|sent|posted|signed|filed|put[ \t]+out|"
    r"wrote|delivered)[ \t]+(?:a|an|its|their|his|her|the)[ \t]+(?:[\w\-]+[ \t]+){0,2}$"
)
# A subject right before the issuing verb: a capitalised name (with "of", "for", "and" inside) or a pronoun.
ISSUER_RE = re.compile(
    capitals(r"((?:\b[Tt]he[ \t]+)?[A-Z][\w.\u2019'&\-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w.\u2019'&\-]*)*"
             r"|\b(?:[Tt]hey|[Hh]e|[Ss]he|[Ii]t))[ \t]+$")
)
# "a statement from the government", "a report released by the Supreme Court": the issuer follows.
ISSUED_BY_RE = re.compile(
    capitals(r"[ \t]+(?:(?:" + "|".join(sorted(ISSUING_PARTICIPLES)) + r")[ \t]+)?(?:from|by)[ \t]+"
             r"((?:the[ \t]+)?[A-Z][\w.\u2019'&\-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w.\u2019'&\-]*)*)")
)


def _definite(mention: str) -> bool:
    """True for a mention led by "the" ("The statement"), which refers to a document named before."""
    return mention.split()[0].lower() == "the" if mention.split() else False


TRAILING_SOURCE_CHARS = 40  # how far after a row's cue its occasion may name the document ("said in a statement")
TRAILING_SOURCE_RE = re.compile(
    r"[ \t]*(?:[A-Za-z]+[ \t]+){0,2}in[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[a-z\-]+[ \t]+){0,2}")


def _row_extent(row: dict[str, Any]) -> tuple[int, int]:
    """Where a row lies in the text: from its first to its last part (speaker, cue or content)."""
    points = [int(row["start"]), int(row["end"])]
    for a, b in (("speaker_start", "speaker_end"), ("cue_start", "cue_end")):
        if row.get(a) is not None and row.get(a) == row.get(a):  # (NaN for none)
            points += [int(row[a]), int(row[b])]
    return min(points), max(points)


def _issuer_after(text: str, end: int) -> tuple[str, str | None, str] | None:
    """The body named right after a document noun ending at ``end`` ("... released by the Supreme Court")."""
    after = ISSUED_BY_RE.match(text, end)
    if after is None:
        return None
    issuer = re.split(r"\.\s", after.group(1))[0]  # (not the next sentence's "The")
    if issuer.endswith(".") and "." not in issuer[:-1]:
        issuer = issuer[:-1]  # "... by the Presidential Spokesperson Harry Roque." ends the sentence
    p = parse_mention(issuer)
    return (p["name"], p["role"], p["kind"]) if p["name"] and p["kind"] in ("person", "org", "group") else None


def _document_issuer(
    text: str, noun: str, start: int, issued: list[_Issued], history: _History
) -> tuple[str, str | None, str] | None:
    """Who issued the document that "the <noun>" refers to: the speaker of the earlier row that named it
    ("X said in a statement ... The statement said"), the body after "from"/"by" ("a 1989 report from the
    National Transportation Safety Board"), or the subject that released it ("They released a statement");
    ``None`` when the article does not say. Only the nearest earlier mention of the noun is read."""
    lo = max(0, start - QUALIFIER_WINDOW)
    occ = None
    for m in re.finditer(r"\b" + re.escape(noun) + r"\b", text[lo:start], re.IGNORECASE):
        occ = lo + m.start()
    if occ is None:
        return None
    for (a, b), (c0, c1), (s0, s1), name, role, kind in reversed(issued):
        fronted = occ < a and a - occ <= FRONTED_SOURCE_CHARS and not re.search(r"[.!?;]", text[occ:a]) and (
            text[occ:a].rstrip().endswith(",") and FRONTED_IN_RE.search(text, max(0, occ - 30), occ) is not None)
        trailing = b <= occ and occ - b <= TRAILING_SOURCE_CHARS and TRAILING_SOURCE_RE.fullmatch(text, b, occ)
        # ("..., the Ministry of Commerce said in a statement posted on its website": the source after the cue)
        if not (a <= occ < b or fronted or trailing) or c0 <= occ < c1:  # ("In a statement carried by the Saudi Press
            continue  # Agency, the Ministry of Foreign Affairs said ...": a fronted source of the row)
        if s0 <= occ < s1:  # in the speaker mention: only as its head ("The statement also said", "the study
            after = text[occ + len(noun) : s1].split()  # published in"), not in "study co-author Karen Alley"
            if after and not (text[s0:occ].strip().lower() in DETERMINERS | {""} and (
                after[0].endswith("ed") or after[0] in ("by", "from", "of", "in", "on"))):
                continue
        return name, role, kind
    after = _issuer_after(text, occ + len(noun))
    if after is not None:
        return after
    verb = ISSUE_VERB_RE.search(text, max(0, occ - 60), occ)
    if verb is not None:
        subject = ISSUER_RE.search(text, max(0, verb.start() - 120), verb.start())
        if subject is not None:
            p = parse_mention(re.split(r"\.\s", subject.group(1))[-1])
            if p["kind"] == "pronoun":
                want = {"person": ("person",), "thing": ("org", "group"), "group": ("group", "org")}.get(
                    _pronouns().get(_pronoun_key(subject.group(1)), ""))
                found = history.latest(want, subject.start(1) + 1) if want else None
                if found is not None:
                    return found[0], found[1], want[0]
            elif p["name"] and p["kind"] in ("person", "org", "group"):
                return p["name"], p["role"], p["kind"]
    return None


# How far before a row's own extent a document fronted in its sentence may be named ("In a statement carried
# by the Saudi Press Agency, the Ministry of Foreign Affairs said").
FRONTED_SOURCE_CHARS = 150
FRONTED_IN_RE = re.compile(r"\b[Ii]n[ \t]+(?:a|an|its|his|her|their|the)[ \t]+(?:[\w\-]+[ \t]+){0,2}$")


# "Actress Denise Crosby", "President Trump", "Secretary of State Marcus Hale": a title (and its body) right
# before a name of one to four words.
TITLED_NAME_RE = capitals(r"\b{title}(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w\u2019'\-]+"
                          r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w\u2019'\-]+){{0,3}})?"
                          r"[ \t]+([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){{0,4}})")
# "Anton Grelle, the ministry's spokesman,", "Noor Halloway, Secretary-General of the Meridian Concord,": a
# name, then an appositive holding the title (with at most four words before it; a lower-case particle may stand
# between the name's words: "Hamad bin Saeed Al Marzouqi, Minister of State for Foreign Trade,"; a party's acronym
# in brackets among them: "Ionuț Bălănescu, the Social Democratic Party (PSD) mayor of Medgidia,").
APPOSED_TITLE_RE = capitals(r"\b([A-Z][\w\u2019'\-]+(?:[ \t]+(?:(?:bin|bint|ibn|al|el|de|da|van|von|der|del|di|du)"
                            r"[ \t]+)?[A-Z][\w\u2019'\-]+){{1,3}}),[ \t]+"
                            r"((?:(?:the|a|an)[ \t]+)?(?:(?:[\w\u2019'\-]+|\([A-Z]{{2,8}}\))[ \t]+){{0,5}}?{title})\b")
# "The Minister for Youth and Sports, Hon. Kwabena Agyemang-Duah,": a title with its portfolio, then a name
# (after a courtesy title) between commas.
TITLE_THEN_APPOSED_RE = capitals(
    r"\b((?:[A-Z][\w\u2019'\-]+[ \t]+){{0,2}}{title}(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w\u2019'\-]+"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w\u2019'\-]+){{0,3}})?),[ \t]+((?:(?:Hon|Dr|Mr|Mrs|Ms|Prof)\.?[ \t]+)?"
    r"[A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){{1,3}})(?:,|[ \t]+(?=(?:said|says|told|added|noted)\b))")
# (or the name's clause goes on without a second comma: "Minister of Health, Dr Navindra Singh said")
# Words before a title that make it another office or a past one.
OTHER_OFFICE_WORDS = frozenset("vice deputy former late ex assistant associate co shadow".split())


# Other names news gives an office ("The premier said", "the Head of State", "the Russian leader" after
# "Russian President Vladimir Putin", "the CM"): the titles whose holder they refer back to.
ROLE_SYNONYMS = {
    "premier": ("prime minister",),
    "pm": ("prime minister",),
    "head of state": ("president",),
    "head of government": ("prime minister", "chancellor"),
    "top diplomat": ("foreign minister", "secretary of state"),
    "chief diplomat": ("foreign minister", "secretary of state"),
    "cm": ("chief minister",),
    "judge": ("justice", "magistrate"),
    "skipper": ("captain",),
    "leader": ("president", "prime minister"),  # only after a nationality: "the Chinese leader"
    # Japan's chief cabinet secretary, as Kyodo, Reuters and AP call the office
    "top government spokesman": ("chief cabinet secretary",),
    "top government spokesperson": ("chief cabinet secretary",),
    "top government spokeswoman": ("chief cabinet secretary",),
    # and its vice finance minister for international affairs
    "top currency diplomat": ("vice finance minister",),
    # the head of a police service, as the Caribbean, South Asian and African press calls the office
    "top cop": ("commissioner", "police chief", "inspector general", "inspector-general", "director general"),
    # the pope, as every news service also calls him
    "pontiff": ("pope",),
    # a junior minister or a secretary of state, as Westminster, Holyrood and the Dáil call any of them
    "minister": ("under-secretary", "secretary of state", "minister of state"),
}


def _synonym_holder(phrase: str, start: int, history: _History, text: str, full: dict[str, str]
                    ) -> tuple[str, str] | None:
    """The person holding the office a synonym names ("the premier" -> Prime Minister Shehbaz Sharif): a
    speaker with that title, else the person the article last named with it."""
    words = phrase.lower().split()
    if len(words) > 1 and words[0] in ("acting", "interim"):
        words = words[1:]  # "the acting top cop": the office, held for now
    if len(words) == 2 and words[1] == "leader" and words[0] in _places():
        words = words[1:]  # "the Russian leader", not "the opposition leader" or "the party leader"
    elif len(words) == 3 and words[1] in _places() and " ".join((words[0], words[2])) in ROLE_SYNONYMS:
        words = [words[0], words[2]]  # "the top Iranian diplomat": the top diplomat of the nation named
    elif words[-1:] == ["leader"]:
        return None
    nation = phrase.split()[0] if len(words) == 1 and len(phrase.split()) == 2 else None
    synonyms = ("president",) if phrase == "Chief Executive" else ROLE_SYNONYMS.get(" ".join(words), ())
    for title in synonyms:  # (the Philippine press calls its president "the Chief Executive", capitalised)
        first = title.split()[0]
        held = history.by_role_word.get(first)
        if held is not None and title in held[1].lower() and nation is None:
            return held
        titled = _titled_person(text, title, start, full)
        if titled is None:
            continue
        # ("the Russian leader": a Russian president, not "FIFA President Sepp Blatter")
        if nation is None or re.search(rf"(?i:{re.escape(nation)}[ \t]+{re.escape(title)})[ \t]+"
                                       rf"{re.escape(titled[0].split()[0])}", text[:start]):
            return titled
    return None


def _titled_person_after(text: str, phrase: str, end: int, full: dict[str, str]) -> tuple[str, str] | None:
    """"The prosecutor of the ICC said ... ¶ Prosecutor Nadia Osei-Mensah ...": a role no one held before,
    named with that title within ``CATAPHORA_WINDOW`` characters after the mention (news often names the
    official in the next paragraph)."""
    words = phrase.split()
    head = words[-1] if words else ""
    title, rest = re.escape(head), words[:-1]
    if len(words) >= 3 and words[-2] in ("of", "for") and _title_head(words[-3]):
        head = words[-3]  # "the Minister for Development announced ... ¶ Minister for Development Harriet Colville"
        title, rest = r"[ \t]+".join(re.escape(w) for w in words[-3:]), words[:-3]
    qualifiers = [w for w in rest if w[:1].isupper() and w.lower() not in DETERMINERS]
    # an owner's possessive ("Nigeria's president", "Brazil's foreign minister"): its office holder may be named
    # without the owner, but never with another place
    owned = _owned_office(phrase)
    owners = {owner.lower() for q in qualifiers if owned and (owner := _possessive_owner(q)) is not None}
    if not _title_head(head) or head.lower() == "president" and not owners or head.lower() == "leader" and not (
        len(words) >= 2 and head[0].isupper()
    ):  # ("the President" of a Kremlin page is its host, whoever is named next; "the leader" may be anyone's,
        return None  # but "the Opposition Leader" is an office)
    descriptors = [w for w in rest if w.islower() and w not in DETERMINERS and w not in FUNCTION_WORDS]
    window = text[end : end + CATAPHORA_WINDOW]
    rx = re.compile(TITLED_NAME_RE.format(title=f"(?i:{title})"))
    for m in rx.finditer(window):
        before = window[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1].lower() in OTHER_OFFICE_WORDS:
            continue  # ("deputy mayor Jane Roe" is not "the mayor")
        near = window[max(0, m.start() - 60) : m.end()]
        # (an owner's possessive may go unnamed when the title itself repeats the role's description: "Victoria's
        # health minister" ... "Health Minister Priya Sandhu")
        described = bool(descriptors) and all(d in m.group(0).lower() for d in descriptors)
        if not all(q in near or ACRONYM_QUALIFIER_RE.fullmatch(q) or _possessive_owner(q) is not None and (
            _possessive_owner(q).lower() in owners or described
        ) and not _other_place(near, owners) for q in qualifiers):  # (a body's acronym may go unrepeated: "The U.N.
            # spokesman said ... Spokesman Tomas Reinholt told reporters")
            continue  # ("The Vermont senator" is not the "Senator Chuck Schumer" named next)
        p = parse_mention(m.group(0))
        if p["kind"] == "person" and p["name"] and _person_like(p["name"]) and len(p["name"].split()) >= 2:
            return full.get(p["name"], p["name"]), phrase if len(words) > 1 else p["role"] or head
    if not rest or all(w.lower() in DETERMINERS for w in rest):  # "the Taoiseach has said ... ¶ the Taoiseach,
        # Declan Mac Giolla, said": the bare title again, with the name in apposition
        for m in re.finditer(TITLE_THEN_APPOSED_RE.format(title=f"(?i:{title})"), window):
            p = parse_mention(m.group(2))
            before = window[max(0, m.start() - 20) : m.start()].split()
            if not before or before[-1].lower() != "the":
                continue  # ("The shadow chancellor, Giles Penrose," is not the chancellor)
            if m.group(1).lower() == head.lower() and p["kind"] == "person" and p["name"] and (
                _person_like(p["name"]) and len(p["name"].split()) >= 2
            ):
                return full.get(p["name"], p["name"]), head
    return None


ACRONYM_QUALIFIER_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}")
# An unnamed speaker who gives a name after the mention ("a resident who gave her name only as Khin", ", who
# gave only his first name, Ahmed,", "identified only as Maria").
GIVEN_NAME_AS_RE = re.compile(capitals(
    r",?[ \t]+(?:who[ \t]+(?:gave|would[ \t]+give)[ \t]+(?:only[ \t]+)?(?:his|her|their)[ \t]+(?:first[ \t]+)?name"
    r"(?:[ \t]+only)?(?:[ \t]+as|,)|identified[ \t]+only[ \t]+as)[ \t]+"
    r"([A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)?)"))
# A name of two or three words opening a clause, then a reporting verb ("Speaking at First Minister's
# Questions, Fiona Lindsay said:", "Conor Delahunty replied that").
CLAUSE_SPEAKER_RE = re.compile(capitals(
    r"(?:^|[.!?][\"\u201d']?\s+|,[\"\u201d'\u2019]?[ \t]+|\n)"  # (after a quotation's comma too: ',\u201d Mayor ...')
    r"([A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]*){1,4})(?:[ \t]+\([A-Z][^()\n]{0,30}\))?[ \t]+"
    r"(?:said|replied|told|added|insisted|warned|stated|responded)\b"), re.MULTILINE)  # (a party in brackets
# after the name: "Deputy Mayor Andrei Novikov (Center) told ERR News")


def _lede_office_holder(doc: Doc, phrase: str, start: int, end: int, full: dict[str, str]
                        ) -> tuple[str, str] | None:
    """'The First Minister has told MSPs ... ¶ Speaking at First Minister's Questions, Fiona Lindsay said:':
    a capitalised office in the article's opening sentences, whose holder the next paragraphs name without
    the title, as the first untitled person who speaks (British and Irish news writes its ledes so)."""
    if len(doc.sentences) < 2 or start >= doc.sentences[1][1]:
        return None
    words = phrase.split()
    if not words or not (all(w[:1].isupper() or w in ("of", "for") or w in OTHER_OFFICE_WORDS or (
        w in GOVERNMENT_LEVELS or w.islower() and _title_head(w) and w not in STAFF_TITLES
    ) for w in words) or (  # ("The federal Health Minister says", "The mayor of Hay River, N.W.T., says")
        _owned_office(phrase)  # ("South Africa's finance minister has warned ... Sipho Mabaso said")
    ) or _office_epithet("the " + phrase, phrase)) or not any(_title_head(w) for w in words) or (
        words[-1].lower() == "president" or words == ["Leader"]
    ):  # (a Kremlin page's "the President" is its host; "The Opposition Leader says" is a lede; "The chancellor
        return None  # has insisted ... ¶ Helen Marchbank told BBC Breakfast": the Guardian's lower-case office)
    m = CLAUSE_SPEAKER_RE.search(doc.text, end, end + CATAPHORA_WINDOW)
    if m is None:
        return None
    p = parse_mention(m.group(1))
    if p["kind"] != "person" or p["role"] and p["role"].lower() not in COUNCILLOR_STYLES and not (
        set(p["role"].lower().split()) <= {w.lower() for w in words}
    ) or not p["name"] or len(p["name"].split()) < 2 or not _person_like(p["name"]):
        # ("Brisbane's Lord Mayor has warned ... ¶ Cr Adrian Schofield said": a councillor's style, no office;
        # "The federal Health Minister says ... ¶ Minister Lachlan Doherty said": the office's own title)
        return None
    return full.get(p["name"], p["name"]), phrase


def _lede_actor_named_next(doc: Doc, phrase: str, start: int, end: int, full: dict[str, str],
                           indefinite: bool = False) -> tuple[str, str] | None:
    """'The Czech finance minister said on Monday ... ¶ "...," Jana Vondráčková told journalists', "Mexico's top
    security official said ... ¶ Security Secretary Julián Ibarra Solís told reporters": the office that opens
    the article, before any person is named, is the first person the next sentences name, unless a title
    written with that name is another office ("Opposition leader ...") (wire copy writes its ledes so). The lede
    is the first sentence after a headline. An ``indefinite`` office ("A coroner has warned ... ¶ ... area
    coroner Joanne Kersley said", "A former bank manager told jurors ... ¶ '...,' testified Darlene Voss") is
    that person only when the name comes with the office's noun, or opens the next sentence with no office."""
    if not doc.sentences or start >= _lede_end(doc) or _person_named_before(doc.text, start):
        return None
    words = phrase.split()
    if not words or not _title_head(words[-1]) and not any(
        words[i] in ("of", "for") and _title_head(words[i - 1]) for i in range(1, len(words) - 1)
    ) or words[-1].lower() == "president":  # (also "The head of the Federal Aviation Administration")
        return None  # (a Kremlin page's "the President" is its host)
    named = _first_person_named(doc, end, speaking=indefinite)
    if named is None:
        return None
    p, at = named
    bare = " ".join(words[1:] if _possessive_owner(words[0]) is not None else words).lower()  # (without "Japan's")
    office = {w.lower().strip(",") for w in words} | {  # (with its other names: "The top government spokesman"
        w for title in ROLE_SYNONYMS.get(bare, ()) for w in title.split()}  # is the chief cabinet secretary)
    if words[0].lower() == "head":
        office |= HEAD_TITLES  # "the head of the Judicial Investigation Agency (OIJ) ... ¶ OIJ Director ..."
    s0 = doc.sentences[doc.sentence_of(at)][0]
    clause = re.split(r"[;:(\u2014\"\u201c\u201d]", doc.text[max(s0, at - MAX_TITLE_BEFORE_NAME_CHARS) : at])[-1]
    held = {w.lower().strip(",") for w in clause.split()} | (set(p["role"].lower().split()) if p["role"] else set())
    apposed = APPOSED_OFFICE_RE.match(doc.text, at)  # ('"...," Takuma Ishizeki, vice finance minister for
    if apposed is not None:  # international affairs, told')
        held |= {w for w in apposed.group(1).lower().split() if w not in FUNCTION_WORDS}
    titles = {w for w in held if (_title_head(w) or w in OTHER_OFFICE_WORDS) and w.upper() not in MEMBER_TITLES}
    # (a member's letters are no other office: "Scotland's Health Secretary ... ¶ Fiona Lamont MSP said")
    if indefinite and words[-1].lower() not in held and (titles or doc.sentence_of(at) > doc.sentence_of(end) + 1):
        return None  # ("A police officer said ... ¶ Councillor Jo Byrne said": someone else)
    if titles and not titles <= office and words[-1].lower() not in GENERIC_OFFICE_HEADS and not any(
        not _title_head(w) and w not in FUNCTION_WORDS for w in held & office
    ):
        return None  # ("The prime minister said ... ¶ Foreign Minister Ana Ruiz said", "The shadow chancellor,
        # Giles Penrose, said": another office)
    after = re.split(r"[,.;:(]", doc.text[at : at + MAX_TITLE_BEFORE_NAME_CHARS])[0]
    if _other_place(clause + " " + after, _named_places(phrase)):
        return None  # ("The Vermont senator said ... ¶ Senator Chuck Schumer of New York said")
    return full.get(p["name"], p["name"]), phrase


# Heads of a lede's office that any title may hold ("The UN's top humanitarian official ... ¶ Ingrid Halvorsen,
# the UN Emergency Relief Coordinator").
GENERIC_OFFICE_HEADS = frozenset("official chief".split())
# Titles of the one who heads a body, for a lede's "the head of ...".
HEAD_TITLES = frozenset("director chairman chairwoman chairperson chair chief president leader administrator".split())


def _lede_end(doc: Doc) -> int:
    """Where the lede ends: the first sentence, or the first after a headline (a sentence without a full stop,
    alone in its paragraph: "Coroner warns of 'further deaths' at rural level crossing") and the lines that may
    come before it (a press release's number and date: "SC/16102 ¶ 24 June 2025 ¶ Security Council")."""
    i = 0  # (over several heading lines: a release's number, its date, the body, the meeting, the headline)
    sents = doc.sentences
    while i + 1 < min(len(sents), MAX_HEADING_LINES + 1) and (
        sents[i + 1][2] != sents[i][2] or sents[i][1] - sents[i][0] <= MAX_BYLINE_LINE_CHARS
    ) and not LEDE_STOP_RE.search(doc.text, sents[i][0], sents[i][1]):
        i += 1  # (a byline's lines may share a paragraph: "By Euan Lockhart ¶ Political Correspondent")
    return doc.sentences[i][1]


MAX_HEADING_LINES = 5
MAX_BYLINE_LINE_CHARS = 40


LEDE_STOP_RE = re.compile(r"[.!?][\"'\u201d\u2019]?\s*$")


MAX_TITLE_BEFORE_NAME_CHARS = 60
# A name's office in lower case between commas after it: "Takuma Ishizeki, vice finance minister for ...,".
# Only the name's words stand before the comma (not "Joanne Kersley said the crossing near Penrith, where ...").
APPOSED_OFFICE_RE = re.compile(
    r"(?:(?:[A-Z][^,\s]*|de|da|di|du|del|van|von|der|al|bin|ap|la|le)[ \t]+){0,5}[A-Z][^,\s]*,[ \t]+"
    r"([a-z][^,\"\u201c\u201d\n]{2,80}),")


# A speaker whose office is written in lower case before the name, opening a clause: "In a prevention of future
# deaths report, area coroner Joanne Kersley said".
LOWER_TITLED_SPEAKER_RE = re.compile(capitals(
    r"(?:^|[.!?][\"\u201d']?\s+|,[ \t]+|\n)"
    r"((?:[a-z][\w\-]+[ \t]+){1,3}[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]*){1,2})"
    r"[ \t]+(?:said|replied|told|added|insisted|warned|stated|responded|testified|wrote)\b"), re.MULTILINE)


# A titled speaker after a quotation's comma: '"...," Chief Cabinet Secretary Kazuhiro Onodera told'.
TITLED_CLOSING_SPEAKER_RE = re.compile(capitals(
    r"[,?!][\"\u201d'\u2019][ \t]+((?:[A-Z][\w'\u2019\-.]*[ \t]+){1,5}[A-Z][\w'\u2019\-]+)[ \t]*"
    r"(?:,[ \t]+[a-z][^,\"\u201c\u201d\n]{2,80},[ \t]*)?"  # (its office in apposition: ', vice finance minister for
    r"[ \t](?:said|told|added|stated|replied|insisted|warned)\b"))  # international affairs,')


# An inverted cue after a quotation's comma: '"...," said Ingrid Halvorsen, the UN Emergency Relief Coordinator'.
INVERTED_CLOSING_SPEAKER_RE = re.compile(capitals(
    r"[,?!][\"\u201d'\u2019][ \t]+(?:said|told|added|stated|insisted|warned)[ \t]+"
    r"((?:[A-Z][\w'\u2019\-.]*[ \t]+){1,4}[A-Z][\w'\u2019\-]+)(?=[ \t]*[,.;])"))


# A byline, alone on its line ("By Euan Lockhart", "By Karim Abou Jaoude and Ines Wojcik").
BYLINE_RE = re.compile(r"[ \t]*(?i:by)[ \t]+[A-Z][^\n.!?]{0,80}$")


def _person_named_before(text: str, start: int) -> bool:
    """Does the article name a person before ``start`` (a capitalised given name and family name)?"""
    for m in NAME_RUN_RE.finditer(text, 0, start):
        line = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if _headline_case(line) and not LEDE_STOP_RE.search(line):
            continue  # "Haiti's Political Transition at Critical Juncture, Special Representative Tells ...": a
            # headline's capitals, no names
        if BYLINE_RE.match(line):
            continue  # "By Euan Lockhart": the writer, no one the report names
        p = parse_mention(m.group(0))
        if p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2 and _person_like(p["name"]):
            return True
    return False


def _first_person_named(doc: Doc, end: int, speaking: bool = False) -> tuple[dict[str, str | None], int] | None:
    """The first person the sentences after ``end`` name, as a speaker of a clause ('"...," Jana Vondráčková
    told') or as a sentence's subject ("Julie Gagnon-Ross made the announcement"), within ``CATAPHORA_WINDOW``
    characters; ``None`` when the first name there is no person's. Only as a speaker when ``speaking``, and then
    with an office in lower case before the name too ("area coroner Joanne Kersley said")."""
    i = doc.sentence_of(end)
    if i < 0:
        return None
    for s0, s1, _ in doc.sentences[i + 1 :]:
        if s0 > end + CATAPHORA_WINDOW:
            return None
        m = CLAUSE_SPEAKER_RE.search(doc.text, s0 - 1 if s0 > 0 else 0, s1) or TITLED_CLOSING_SPEAKER_RE.search(
            doc.text, s0, s1) or INVERTED_CLOSING_SPEAKER_RE.search(doc.text, s0, s1)
        if m is None and speaking:
            m = LOWER_TITLED_SPEAKER_RE.search(doc.text, s0 - 1 if s0 > 0 else 0, s1)
        # ('"...," Chief Cabinet Secretary Kazuhiro Onodera told', "In a ... report, area coroner Joanne Kersley said")
        subject = None if speaking else _subject_name(doc.text, s0, s1)  # (not the victim a coroner's lede is
        # about: "Callum Rees, from Swindon, collapsed ...")
        found = [(m.start(1), m.group(1))] if m is not None else []
        if subject is not None:
            found.append((max(s0, doc.text.find(subject, s0, s1)), subject))
        for at, mention in sorted(found):
            p = parse_mention(mention)
            if p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2 and _person_like(p["name"]):
                return p, at
        if found:
            return None
    return None


# Styles of a local councillor written before the name, never an office of its own ("Cr", "Cllr", "Coun.").
COUNCILLOR_STYLES = frozenset("cr cllr coun coun. councillor councilor".split())


# A transcript label's title before the speaker's name in brackets, as Hansard writes a minister's first turn:
# "The Prime Minister (Daniel Pryor):".
TITLE_BEFORE_NAME_LABEL_RE = re.compile(capitals(r"((?:The[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,4})[ \t]*\($"))
MAX_LABEL_TITLE_CHARS = 60


def _counterpart(text: str, phrase: str, start: int, full: dict[str, str]) -> tuple[str, str] | None:
    """"his Ghanaian counterpart": the person the text named before with that nationality and a title
    ("Ghanaian President Kwabena Asante-Mensah"), within ``CATAPHORA_WINDOW`` characters; else ``None``."""
    words = phrase.split()
    if len(words) != 2 or words[1] not in ("counterpart", "host", "guest") or words[0].lower() not in _places():
        return None
    found = None
    rx = re.compile(capitals(rf"\b{re.escape(words[0])}[ \t]+((?:[A-Z][\w\-]*[ \t]+){{1,3}}[A-Z][\w\u2019'\-]+"
                             rf"(?:[ \t]+[A-Z][\w\u2019'\-]+){{1,2}})"))
    for m in rx.finditer(text, max(0, start - CATAPHORA_WINDOW), start):
        p = parse_mention(m.group(1))
        if p["kind"] == "person" and p["role"] and p["name"] and len(p["name"].split()) >= 2:
            found = (full.get(p["name"], p["name"]), f"{words[0]} {p['role']}")
    return found


def _first_turn(rows: list[dict[str, Any]]) -> int:
    """Where the first transcript turn's label stands."""
    return min(int(o["speaker_start"]) for o in rows if o.get("attribution") == "transcript")


def _label_title(label: str) -> str:
    """A transcript's title label as the article writes the title: "PRIME MINISTER" -> "Prime Minister"."""
    return " ".join(w.capitalize() for w in label.split()) if label.isupper() else label


def _owned_office(mention: str) -> bool:
    """An office a capitalised owner's possessive makes definite ("Nigeria's president", "Wales' First
    Minister", "Victoria's health minister", "NATO's secretary general"): one holder, whom the article may
    name with the title next."""
    words = mention.split()
    k = next((i for i, w in enumerate(words[:3]) if _possessive_owner(w) is not None), None)
    return k is not None and all(w[:1].isupper() for w in words[:k]) and len(words) > k + 1 and any(
        _title_head(w) for w in words[k + 1 :])  # (an owner of two words: "South Africa's finance minister")


def _possessive_owner(word: str) -> str | None:
    """The capitalised owner of a possessive ("Nigeria's" -> "Nigeria", "Wales'" -> "Wales"), else None."""
    if not word[:1].isupper():
        return None
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return None


def _other_place(text: str, places: set[str]) -> bool:
    """Does ``text`` name a place of the places list other than ``places`` ("French President ...")?"""
    return bool(_named_places(text) - places)


def _title_head(word: str) -> bool:
    """Is ``word`` a title of the lexicon that a role phrase may end in ("mayor", "Secretary-General")?"""
    return word.replace("-", "").isalpha() and word.lower() in _lexicon()["title"]


# How far after an unheld role its holder may be named ("the region's mayor ... ¶ Mayor Dave Kershaw").
CATAPHORA_WINDOW = 600


def _titled_person(text: str, phrase: str, start: int, full: dict[str, str]) -> tuple[str, str] | None:
    """"The actress" -> the person the article last named with that title ("Actress Denise Crosby"), within
    ``PRONOUN_WINDOW`` characters before the mention; ``None`` when no one was."""
    words = phrase.split()
    head = words[-1] if words else ""
    title = re.escape(head)
    if len(words) >= 3 and words[-2] == "of" and words[-3].lower() in _lexicon()["title"]:
        head = words[-3]  # "the President of Russia": "President of Russia Vladimir Putin" named before
        title = r"[ \t]+".join(re.escape(w) for w in words[-3:])
    if not _title_head(head):
        return None
    rx = re.compile(TITLED_NAME_RE.format(title=f"(?i:{title})"))
    found = None
    found_at = -1
    titles = _lexicon()["title"]
    w0 = max(0, start - PRONOUN_WINDOW)
    # "Anton Grelle, the ministry's spokesman, was asked ...": a name with the title in its appositive
    for m in re.finditer(APPOSED_TITLE_RE.format(title=f"(?i:{re.escape(head)})"), text[w0:start]):
        if PLACE_BEFORE_RE.search(text, w0, w0 + m.start()):
            continue  # "Transition at Critical Juncture, Special Representative Tells ...": a place or state
        p = parse_mention(m.group(1))
        if p["kind"] == "person" and p["name"] and _person_like(p["name"]):
            role = re.sub(r"^(?:the|a|an)[ \t]+", "", m.group(2).strip())
            found, found_at = (full.get(p["name"], p["name"]), role), w0 + m.start()
    # "The Minister for Youth and Sports, Hon. Kwabena Agyemang-Duah, has given ...": the title, then the name
    for m in re.finditer(TITLE_THEN_APPOSED_RE.format(title=f"(?i:{re.escape(head)})"), text[w0:start]):
        p = parse_mention(m.group(2))
        if p["kind"] == "person" and p["name"] and _person_like(p["name"]) and w0 + m.start() > found_at and (
            not _places_clash(phrase, m.group(1))
        ):  # (not "Mexico's representative" for "The representative of Sierra Leone, Foday Kamara-Jalloh,")
            found, found_at = (full.get(p["name"], p["name"]), m.group(1)), w0 + m.start()
    for m in rx.finditer(text, w0, start):
        if m.start() < found_at:
            continue
        before = text[max(0, m.start() - 20) : m.start()].split()
        word = before[-1].lower() if before else ""
        if (word in OTHER_OFFICE_WORDS or f"{word} {head.lower()}" in titles) and (
            word not in phrase.lower().split()
        ):  # "Vice President Joe Biden", "former President Obama": not "the president" (but "the Vice President")
            continue
        p = parse_mention(m.group(0))
        if p["kind"] == "person" and p["name"] and _person_like(p["name"]) and not _other_office(
            phrase, " ".join([*before[-3:], p["role"] or head])  # (with the words before the match: "Prime")
        ) and not _foreign_to(phrase, p["name"], " ".join([*before[-3:], p["role"] or head]), text):
            # ("Economy Minister Nurul Ain Yusof" is not "the former deputy prime minister" named in apposition;
            # "Foreign Minister Mohammad Reza Ahangari" of Iran is not "The Omani foreign minister")
            name = full.get(p["name"]) or next(  # "President Trump": the "Donald Trump" who spoke before
                (n for n in full.values() if n.endswith(" " + p["name"])), p["name"])
            role = p["role"] or head
            found = (name, f"{before[-1]} {role}" if word in phrase.lower().split() else role)  # ("Vice President")
    return found
