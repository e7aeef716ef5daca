"""Speakers: from what the text says ("he", "the Kremlin", "Foreign Minister Sergey Lavrov") to who spoke.

Resolution follows the rule-based tradition of attribution work (Pareti 2015; Newell et al. 2018) and of
name-matching coreference (Haghighi & Klein 2009's "head match" baseline; Lee et al. 2013's Stanford
sieves, restricted to the string-match and pronoun sieves):

* a mention is split into a role ("Foreign Minister", "Kremlin spokesman"; words from
  ``resources/titles.csv``) and a name ("Sergey Lavrov"); an appositive gives the role too
  ("Peskov, the Kremlin's spokesman"), and a name after a role is the speaker ("The Kremlin's
  spokesman, Dmitry Peskov,");
* places, nationality adjectives, US states and affiliations before a name (``resources/places.txt``)
  belong to the role, never to the name ("British Prime Minister Boris Johnson" -> "Boris Johnson");
* within an article every name becomes its fullest form ("Lavrov" -> "Sergey Lavrov": the most frequent
  longer *name* of the article that ends with the same words, never a title run);
* a capitalised organisation noun without its owner ("The Ministry") becomes the nearest full name with
  that head in the article ("Ministry of Foreign Affairs of Ostrevia");
* pronouns (``resources/pronouns.txt``) take the nearest earlier compatible speaker: he/she a person
  whose gender is not known to differ (:mod:`discourse.gender`: courtesy titles, gendered role nouns,
  census given names), they/it an organisation or group; "who" the name before ", who"; I/we/you
  outside quotes stay unresolved (the writer or the reader);
* role nouns ("the spokesman", "the minister") take the nearest earlier person with that role, and
  organisations ("the Kremlin", "the government") are speakers in their own right;
* a registry (name, aliases, role, group[, country, institution]) given by the user fills
  ``speaker_group`` (and ``speaker_role`` when the text gives none); :func:`canonicalize` merges variants
  of one name across a corpus ("Trump", "President Trump" -> "Donald Trump").
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from ._quotes.constants import FUNCTION_WORDS, HONORIFICS, NAME_JOINERS, SERVING_PREPOSITIONS
from ._quotes.lexicon import cue_lexicon
from .gender import gender_of, is_given_name, pronoun_gender, titled_surnames
from .resources import load_lines, load_table
from .segment import Doc

__all__ = ["read_speakers", "resolve", "canonicalize", "parse_mention", "REGISTRY_COLUMNS"]

REGISTRY_COLUMNS = ("name", "aliases", "role", "group")
# Lookup indexes by registry object: analyze() applies one registry to every article (id -> (ref, index)).
_INDEX_CACHE: dict[int, tuple[weakref.ref, dict[str, int]]] = {}
ALIAS_SEPARATORS = re.compile(r"\s*[|;]\s*")
DETERMINERS = frozenset("the a an his her their its our this these those".split())
# Capitalised words that start a sentence but not a name ("Said Dorothy Poynter", "But Lavrov").
NOT_NAME_WORDS = FUNCTION_WORDS | frozenset("said says told asked added according".split())
# A personal name has at most this many full words; capitalised words before them form the role.
MAX_NAME_WORDS = 3
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Lower-case particles inside a name ("Hans-Friedrich von Ploetz", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("von van der den de da di del du dos das bin ibn al le la".split())
# A run of capitalised words in running text: candidate full names for the fullest-form rule.
NAME_RUN_RE = re.compile(
    r"\b[A-Z][\w\u2019'\-]{1,30}(?:[ \t]+(?:of[ \t]+)?(?:[A-Z]\.|[A-Z][\w\u2019'\-]{1,30})){1,5}"
)
PARENTHESIS_RE = re.compile(r"\s*\([^()]{0,60}\)")
CONTRACTION_RE = re.compile(r"(?i)^(he|she|they|we|i|you|it)['\u2019](?:s|ve|d|ll)$")
# An appositive right after a name gives its role: ", the Kremlin's spokesman,".
APPOSITIVE_RE = re.compile(
    r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+([^,.;:\n\"\u201c\u201d]{2,60}?)(?:,|;|\.(?:\s|$))"
)
# How far before a "who" the name it refers to may start (characters).
WHO_WINDOW = 120
# Characters searched backwards for a named person when a pronoun has no earlier speaker.
PRONOUN_WINDOW = 1500


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {"title": set(), "qualifier": set(), "org": set(), "source": set(), "group": set()}
    for row in load_table("titles.csv"):
        kinds.setdefault(row["kind"], set()).add(row["title"])
    return kinds


@lru_cache(maxsize=1)
def _pronouns() -> dict[str, str]:
    out = {}
    for line in load_lines("pronouns.txt"):
        word, _, kind = line.partition(" ")
        out[word.strip().lower()] = kind.strip()
    return out


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Countries, nationality adjectives, US states and affiliations (``resources/places.txt``), lower case."""
    return frozenset(load_lines("places.txt"))


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


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    lx = _lexicon()
    words: set[str] = set()
    for k in ("title", "qualifier"):
        for t in lx[k]:
            words.update(t.split())
            words.update(w.strip(".") for w in t.split())  # "Sen." and "Sen"
    return frozenset(words)


# ---------------------------------------------------------------- mentions
@lru_cache(maxsize=65536)
def parse_mention(mention: str) -> dict[str, str | None]:
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
    m = PARENTHESIS_RE.sub("", m).strip()  # "Sen. Ted Cruz (R-Texas)"
    if m.endswith(("'s", "\u2019s")) and len(m) > 2 and " " not in m[-3:]:
        m = m[:-2]  # a possessive source ("Trump's assertion that ...") is the owner
    low = m.lower()
    if low in _pronouns():
        return {"kind": "pronoun", "name": None, "role": None}
    appositive = None
    if "," in m:  # "Dmitry Peskov, the Kremlin's spokesman"
        head, _, appositive = m.partition(",")
        m = head.strip()
        appositive = appositive.strip(" ,")
        named = _name_after_role(m, appositive)
        if named is not None:  # "the Kremlin's spokesman, Dmitry Peskov"
            return named
    words = m.split()
    if len(words) == 1 and words[0] in ("A", "An"):  # the "A:" of a Q&A transcript, not an article
        return {"kind": "person", "name": words[0], "role": None}
    led_by_determiner = bool(words) and words[0].lower() in DETERMINERS
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return {"kind": "group", "name": low or None, "role": None}
    serving = len(words) > 2 and (words[1] in SERVING_PREPOSITIONS or words[1] == "with")  # "a lawyer with"
    if led_by_determiner and words[0].islower() and serving and (
        words[2][:1].isupper() or words[2].lower() in DETERMINERS
    ):  # "an aide to Hillary Clinton", "a spokesman for Bernie Sanders": the aide speaks, not Clinton
        phrase = " ".join(words)
        return {"kind": "role", "name": phrase, "role": phrase}
    lx = _lexicon()
    affiliation = None
    cut = None if led_by_determiner else _affiliation_at(words, lx)  # "the National Conference of ..." is one
    if cut is not None:  # "Stephanie Hooton of Derry", "Jo Anne Van Tilburg of Easter Island Statue Project"
        words, affiliation = words[:cut], " ".join(words[cut + 1 :])
    lows = [w.lower().strip(".,") for w in words]
    phrase = " ".join(words)
    if "and" in lows or "&" in lows:  # "CNN and NPR", "Bolton and Gorka"
        return {"kind": "group", "name": phrase, "role": None}
    k = _name_start(words)
    name_words = words[k:]
    role_part = [w for w in words[:k] if w.lower().strip(".") not in HONORIFICS]
    role = " ".join(role_part).strip() or None
    if appositive:
        ap = appositive.split()
        while ap and ap[0].lower() in DETERMINERS:
            ap = ap[1:]
        role = role or (" ".join(ap) or None)
    org_words = lx["org"] | lx["source"]
    has_title = any(w in lx["title"] or " ".join(lows[i : i + 2]) in lx["title"] for i, w in enumerate(lows[:k]))
    is_org = lows[-1] in org_words or " ".join(lows[-2:]) in org_words or phrase.lower() in org_words
    if not has_title and phrase.lower() in lx["group"]:  # "Democrats", "Republicans": a group, not a name
        return {"kind": "group", "name": phrase, "role": None}
    if not has_title and phrase.lower() in _places():  # "New Hampshire", "United States": a place speaks as a state
        return {"kind": "org", "name": phrase, "role": None}
    described = (led_by_determiner and 0 < k and words[k - 1].islower() and len(name_words) >= 2
                 and is_given_name(name_words[0]))  # "his main presidential rival Joe Biden"
    if name_words and not is_org and (has_title or not led_by_determiner or described):
        return {"kind": "person", "name": " ".join(name_words), "role": role or affiliation}
    if not name_words and lows[0] in lx["title"] and not is_org:  # "the director of ...", "the mayor of London"
        return {"kind": "role", "name": phrase, "role": phrase}
    if is_org or (led_by_determiner and (any(w in org_words for w in lows) or words[-1][:1].isupper())):
        return {"kind": "org", "name": phrase, "role": None}
    if lows[-1] in lx["group"]:
        return {"kind": "group", "name": phrase, "role": None}
    return {"kind": "role", "name": phrase, "role": phrase}


def _name_after_role(head: str, appositive: str) -> dict[str, str | None] | None:
    """"The Kremlin's spokesman, Dmitry Peskov": a role or an institution without a name, then a person's
    name (``None`` when the head names someone itself or the appositive is not a name)."""
    if not appositive or not appositive[:1].isupper() or "," in appositive:
        return None
    inner = parse_mention(head)
    if inner["kind"] not in ("role", "org", "group"):
        return None
    person = parse_mention(appositive)
    if person["kind"] != "person" or person["name"] is None or person["role"]:
        return None  # "the company, Apple Inc" or "the president, Vice President ..." are not bare names
    words = head.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return {"kind": "person", "name": person["name"], "role": " ".join(words) or None}


def _affiliation_at(words: list[str], lx: dict[str, set[str]]) -> int | None:
    """Index of an "of" that follows a person's full name and opens an affiliation ("Stephanie Hooton of
    Derry"), not one inside a title or an institution ("Secretary of State John Kerry", "Bank of America")."""
    ofs = [i for i, w in enumerate(words) if w == "of" and 2 <= i < len(words) - 1]
    if not ofs:
        return None
    i = ofs[-1]
    head, tail = words[:i], words[i + 1 :]
    org_words = lx["org"] | lx["source"]
    lows = [w.lower().strip(".,") for w in head]
    if not tail[0][:1].isupper() or any(w in org_words or w in lx["title"] for w in lows[-2:]):
        return None
    if any(w in org_words for w in lows) or "of" in head:
        return None
    k = _name_start(head)
    return i if len(head) - k >= 2 and all(w[:1].isupper() or w in NAME_PARTICLES for w in head[k:]) else None


def _name_start(words: list[str]) -> int:
    """Index where the personal name at the end of ``words`` starts (``len(words)`` when there is none)."""
    role_words = _role_words()
    k = len(words)
    n_full = 0  # name words that are not initials or suffixes ("B.", "Jr.")
    while k > 0 and (words[k - 1][:1].isupper() and words[k - 1].lower().strip(".,") not in role_words or (
        words[k - 1] in NAME_PARTICLES and k < len(words) and k > 1 and (words[k - 2][:1].isupper() or (
            words[k - 2] in NAME_PARTICLES and k > 2 and words[k - 3][:1].isupper()))
    )):  # "Hans-Friedrich von Ploetz": a lower-case particle between capitalised words
        w = words[k - 1].lower().strip(".,")
        if len(w) > 2 and w not in NAME_SUFFIXES and w not in NAME_PARTICLES:
            if n_full == MAX_NAME_WORDS:
                break  # "Senate Intelligence Ranking Democrat Dianne Feinstein": the rest is a title
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
    run = words[k:]
    org_words = _lexicon()["org"]
    for i in range(len(run) - 2, -1, -1):  # "Norwegian Nobel Institute Asle Toje": the name follows the org
        if run[i].lower() in org_words and len(run) - i - 1 >= 2:
            return k + i + 1
    if any(w.endswith(("'s", "\u2019s")) for w in run[:-1]):
        return len(words)  # "director of Argentina's Amnesty International": not a person's name
    if k > 0 and words[k - 1].lower() in ("of", "for", "at"):
        # "President of Argentina Alberto Fernández": the first word belongs to the title
        return k + 1 if len(run) >= 3 else len(words)
    return k


@lru_cache(maxsize=1)
def _verb_cues() -> frozenset[str]:
    """One-word reporting verbs of the cue lexicon ("stated", "insisted"), never the first word of a name."""
    return frozenset(cue.words[0] for cues in cue_lexicon().values() for cue in cues
                     if len(cue.words) == 1 and cue.cls in ("speech", "tell", "closing"))


# ---------------------------------------------------------------- resolution within an article
def _fullest_forms(doc: Doc, names: list[str]) -> dict[str, str]:
    """Map each name to the most frequent longer name of the article ending with the same words."""
    role_words = _role_words()
    pool: Counter[str] = Counter()
    for n in names:
        pool[n] += 2
    for m in NAME_RUN_RE.finditer(doc.text):
        ws = m.group(0).split()
        while ws and (ws[0].lower() in NOT_NAME_WORDS or ws[0].lower() in _verb_cues()) and (
            ws[0].lower() not in role_words
        ):
            ws = ws[1:]  # "Said Dorothy Poynter", "Stated Stone": a sentence-initial verb is not part of the name
        p = parse_mention(" ".join(ws)) if len(ws) >= 2 else None
        if p is not None and p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2:
            pool[p["name"]] += 1
    by_last: dict[str, list[tuple[list[str], str, int]]] = {}
    for cand, cnt in pool.items():
        cw = cand.split()
        by_last.setdefault(cw[-1], []).append((cw, cand, cnt))
    out = {}
    for n in set(names):
        nw = n.split()
        best, best_key = n, (0, -99)
        for cw, cand, cnt in by_last.get(nw[-1], ()):
            # the most frequent longer form; on a tie the shorter ("Bernie Sanders" over "Vermont Bernie Sanders")
            if len(cw) > len(nw) and cw[-len(nw) :] == nw and (cnt, -len(cw)) > best_key and (
                len(nw) == 1 or cnt >= pool[n]  # a full name grows only into a form written as often
            ):  # ("Hillary Clinton" does not become a headline's "Rival Hillary Clinton")
                best, best_key = cand, (cnt, -len(cw))
        out[n] = best
    return out


class _History:
    """Speakers resolved so far in an article: the latest few per kind, roles by name and by title word."""

    KEEP = 4

    def __init__(self) -> None:
        self.by_kind: dict[str, list[tuple[str, str | None, int]]] = {}
        self.role_of: dict[str, str] = {}
        self.by_role_word: dict[str, tuple[str, str]] = {}
        self.gender: dict[str, str] = {}  # person -> "m" / "f", once known

    def add(self, kind: str, name: str, role: str | None, start: int, gender: str | None = None) -> None:
        lst = self.by_kind.setdefault(kind, [])
        lst.append((name, role, start))
        if len(lst) > self.KEEP:
            del lst[0]
        if gender and kind == "person":
            self.gender.setdefault(name, gender)
        if kind == "person" and role:
            self.role_of[name] = role
            for w in role.lower().replace("\u2019s", " ").replace("'s", " ").split():
                self.by_role_word[w] = (name, role)

    def latest(
        self, kinds: tuple[str, ...] | None, before: int, gender: str | None = None
    ) -> tuple[str, str | None] | None:
        """The most recent speaker of one of ``kinds`` before ``before`` whose gender is not known to differ."""
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
        return (best[0], best[1]) if best else None


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
    for r, p in zip(rows, parsed, strict=True):
        if p is None:
            continue
        start = int(r["speaker_start"])
        name, role, kind = p["name"], p["role"], p["kind"]
        if role is None and kind == "person":  # "Peskov, the Kremlin's spokesman, said"
            m = APPOSITIVE_RE.match(doc.text, int(r["speaker_end"]))
            if m is not None:
                role = m.group(1)
        if kind == "pronoun":
            name, role = _resolve_pronoun(r["speaker_mention"], start, history, doc, full)
            kind = "person" if name and _pronouns().get(_pronoun_key(r["speaker_mention"]), "") == "person" else kind
        elif kind == "role":
            name, role = _resolve_role(name or "", role, history)
        elif kind == "person" and name:
            name = _unjoined(name, doc.text) or full.get(name, name)
            role = role or history.role_of.get(name)
        elif kind == "org" and name and _bare_institution(name):
            # "The Ministry" in a ministry's own statement: the ministry the article names in full
            if runs is None:
                runs = _institution_runs(doc)
            name = _named_institution(runs, name, start) or name
        elif kind == "org" and name and name.islower() and " " not in name:
            # "the government": whose government the article said before ("Syrian ... government")
            name = _qualified_org(doc.text, name, start) or name
        role = _clean_role(role)
        if name:
            r["speaker"] = name
            if role:
                r["speaker_role"] = role
            mention = r["speaker_mention"]
            # a pronoun does not teach a gender: a wrong resolution would then block the right one later
            sex = None
            if kind == "person" and p["kind"] != "pronoun":
                if titled is None:
                    titled = titled_surnames(doc.text)
                sex = gender_of(name, mention, role) or titled.get(name.split()[-1])
            history.add(kind if kind != "pronoun" else _pronouns().get(_pronoun_key(mention), ""),
                        name, role, start, sex)
    if registry is not None and len(registry):
        _apply_registry(rows, registry)
    return rows


# A capitalised run that names an institution: "Ministry of Foreign Affairs of the Republic of Tarvekia".
INSTITUTION_RUN_RE = re.compile(
    r"[A-Z][\w\u2019'\-]{1,30}(?:[ \t]+(?:(?:of|for|and|the)[ \t]+){0,2}[A-Z][\w\u2019'\-]{1,30}){0,8}"
)
# Words that cut a role phrase: a relative clause or a participle is a comment, not a role.
ROLE_STOPS = frozenset("who whom whose which that where when while after before since because".split())


# Two capitalised words typed without a space ("VladimirPutin:" in a transcript label); "McCain",
# "DeSantis", "MacArthur" have a short or Mac/Mc first part and are left alone.
JOINED_NAME_RE = re.compile(r"^(?!Ma?c)([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def _unjoined(name: str, text: str) -> str | None:
    """"Vladimir Putin" for "VladimirPutin" when the article writes the two words apart somewhere."""
    m = JOINED_NAME_RE.match(name)
    if m is None:
        return None
    spaced = f"{m.group(1)} {m.group(2)}"
    return spaced if spaced in text else None


def _bare_institution(name: str) -> bool:
    """"Ministry", "Foreign Ministry", "Department": a capitalised organisation noun without its owner."""
    words = name.split()
    org = _lexicon()["org"]
    return 1 <= len(words) <= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in org and (
        len(words) == 1 or words[0].lower() not in _places() and words[0].lower() in _role_words() | org
        or words[0].istitle()
    ) and not any(w.lower() in _places() for w in words)


# How many institution names before (and after) a bare mention are looked at.
INSTITUTION_WINDOW = 50


def _institution_runs(doc: Doc) -> tuple[list[int], list[list[str]]]:
    """Starts and words of the capitalised runs of ``doc`` that hold an organisation noun, in text order."""
    org = _lexicon()["org"]
    starts: list[int] = []
    runs: list[list[str]] = []
    skip = DETERMINERS | FUNCTION_WORDS
    for m in INSTITUTION_RUN_RE.finditer(doc.text):
        words = m.group(0).split()
        while words and words[0].lower() in skip:
            words = words[1:]
        if len(words) >= 2 and any(w.lower() in org for w in words):
            starts.append(m.start())
            runs.append(words)
    return starts, runs


def _named_institution(runs: tuple[list[int], list[list[str]]], name: str, start: int) -> str | None:
    """The latest full name before ``start`` (else the first after it) of an institution whose name holds
    the words of ``name`` ("Ministry" -> "Ministry of Foreign Affairs of Ostrevia")."""
    want = name.lower().split()
    starts, words_of = runs

    def fits(words: list[str]) -> bool:
        low = [w.lower() for w in words]
        if len(words) <= len(want) or not all(w in low for w in want):
            return False
        k = low.index(want[-1])  # the institution is the head ("Foreign Ministry of X", "X Foreign Ministry")
        return k == len(low) - 1 or low[k + 1] in ("of", "for")

    k = bisect_left(starts, start)
    for j in range(k - 1, max(-1, k - 1 - INSTITUTION_WINDOW), -1):
        if fits(words_of[j]):
            return " ".join(words_of[j])
    for j in range(k, min(len(starts), k + INSTITUTION_WINDOW)):
        if fits(words_of[j]):
            return " ".join(words_of[j])
    return None


# How far back (characters) a bare "the government" looks for the country that qualifies it.
QUALIFIER_WINDOW = 1500


def _qualified_org(text: str, head: str, start: int) -> str | None:
    """"government" -> "Syrian government" when the nearest earlier capitalised phrase ending in that noun
    holds a place word ("approval from Syrian President Bashar Assad's government"); else None."""
    rx = re.compile(r"((?:[A-Z][\w\u2019'.\-]{0,30}[ \t]+){1,5})" + re.escape(head) + r"\b")
    places = _places()
    found = None
    for m in rx.finditer(text, max(0, start - QUALIFIER_WINDOW), start):
        place = next((w for w in m.group(1).split() if w.lower() in places), None)
        if place:
            found = place
    return f"{found} {head}" if found else None


def _clean_role(role: str | None) -> str | None:
    """A role is a noun phrase: cut at a relative clause or participle ("the only candidate wearing a
    facemask" -> "only candidate"), without dangling prepositions, and it must hold a title, an
    organisation or a capitalised word ("total number of" is no role)."""
    if not role:
        return None
    words = role.split()
    for i, w in enumerate(words):
        if w.lower() in ROLE_STOPS or (i > 0 and w.islower() and len(w) > 4 and w.endswith("ing")):
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
    """The pronoun of a mention, lower case, without a fused auxiliary ("He's" -> "he")."""
    return CONTRACTION_RE.sub(r"\1", mention.strip()).lower()


def _resolve_pronoun(
    mention: str, start: int, history: _History, doc: Doc, full: dict[str, str]
) -> tuple[str | None, str | None]:
    kind = _pronouns().get(_pronoun_key(mention), "")
    if kind == "relative":
        m = re.search(r"([A-Z][\w\u2019'\-]+(?:[ \t]+[A-Z][\w\u2019'\-]+){0,3})[^,]{0,60},\s*$",
                      doc.text[max(0, start - WHO_WINDOW) : start])
        if m:
            name = m.group(1)
            return full.get(name, name), None
        return None, None
    if kind == "self":  # "I", "we", "you" outside quotes: the writer or the reader, not an earlier speaker
        return None, None
    want = {"person": ("person",), "thing": ("org", "group", "thing"), "group": ("group", "org")}.get(kind)
    sex = pronoun_gender(mention)
    found = history.latest(want, start, sex)
    if found is not None:
        return found
    if kind == "person":  # no earlier speaker: the nearest earlier named person in the text
        window = doc.text[max(0, start - PRONOUN_WINDOW) : start]
        names = [m.group(0) for m in NAME_RUN_RE.finditer(window)]
        for n in reversed(names):
            p = parse_mention(n)
            if p["kind"] == "person" and p["name"]:
                name = full.get(p["name"], p["name"])
                g = gender_of(name, n, p["role"]) if sex else None
                if sex and (g not in (None, sex) or g is None and not _person_like(name)):
                    continue  # no speaker before: a name that may fit ("Boca Raton" does not answer for "she")
                return name, p["role"]
    return None, None


# Last words of a named law, event or document, never of a person's name.
LAW_WORDS = frozenset("act bill law amendment caucus caucuses primary convention treaty accord plan".split())


def _person_like(name: str) -> bool:
    """A capitalised run that can be a person's name: no place word ("Boca Raton", "Iowa Caucus"), no
    institution word at the end ("Affordable Care Act"), no acronym ("MSNBC")."""
    words = name.split()
    places = _places()
    org_words = _lexicon()["org"] | _lexicon()["source"]
    last = words[-1].lower()
    return not (
        any(w.lower() in places for w in words) or last in org_words or last in LAW_WORDS
        or any(w.isupper() and len(w) > 1 for w in words) or name.lower() in places
    )



def _resolve_role(phrase: str, role: str | None, history: _History) -> tuple[str | None, str | None]:
    """"the spokesman" -> the latest person whose role has that word; else the phrase itself."""
    head = phrase.split()[-1].lower() if phrase else ""
    if head in history.by_role_word:
        return history.by_role_word[head]
    return phrase or None, role


# ---------------------------------------------------------------- registry
def read_speakers(path_or_df: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Read a speaker registry: columns ``name, aliases, role, group`` (optional ``country, institution``).

    ``aliases`` holds other names separated by ``|`` or ``;``. Returns a DataFrame with those columns
    plus ``keys``: the lower-case strings (name, aliases, last name) that identify each speaker.
    """
    if isinstance(path_or_df, str | Path):
        df = pd.read_csv(path_or_df, comment="#", dtype=str)
    elif isinstance(path_or_df, pd.DataFrame):
        df = path_or_df.copy()
    else:
        raise TypeError(f"speakers: expected a DataFrame or a CSV path, got {type(path_or_df).__name__}")
    if "name" not in df.columns:
        raise ValueError(f"speakers: registry needs a 'name' column; columns found: {list(df.columns)}")
    for c in REGISTRY_COLUMNS:
        if c not in df.columns:
            df[c] = None
    df = df[df["name"].notna()].reset_index(drop=True)
    keys = []
    for name, aliases in zip(df["name"], df["aliases"], strict=True):
        k = {str(name).lower()}
        if isinstance(aliases, str) and aliases.strip():
            k.update(a.lower() for a in ALIAS_SEPARATORS.split(aliases.strip()) if a)
        keys.append(k)
    df["keys"] = keys
    return df


def _registry_index(registry: pd.DataFrame) -> dict[str, int]:
    """Lower-case key -> registry row; last names too when they identify one speaker only."""
    if "keys" not in registry.columns:
        registry = read_speakers(registry)
    index: dict[str, int] = {}
    last: Counter[str] = Counter()
    for i, keys in enumerate(registry["keys"]):
        for k in keys:
            index[k] = i
        last[str(registry["name"].iloc[i]).split()[-1].lower()] += 1
    for i, name in enumerate(registry["name"]):
        ln = str(name).split()[-1].lower()
        if last[ln] == 1 and ln not in index:
            index[ln] = i
    return index


def _lookup(name: str, index: dict[str, int]) -> int | None:
    low = name.lower().strip()
    if low in index:
        return index[low]
    words = [w for w in low.split() if w not in DETERMINERS]
    stripped = " ".join(words)
    if stripped in index:
        return index[stripped]
    if words and words[-1] in index and len(words) <= 3:
        return index[words[-1]]
    return None


def _cached_index(registry: pd.DataFrame) -> dict[str, int]:
    """The lookup index of ``registry``, built once per registry object."""
    hit = _INDEX_CACHE.get(id(registry))
    if hit is not None and hit[0]() is registry:
        return hit[1]
    index = _registry_index(registry)
    if len(_INDEX_CACHE) > 64:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(registry)] = (weakref.ref(registry), index)
    return index


def _apply_registry(rows: list[dict[str, Any]], registry: pd.DataFrame) -> None:
    if "keys" not in registry.columns:
        registry = read_speakers(registry)
    index = _cached_index(registry)
    for r in rows:
        spk = r.get("speaker")
        if not isinstance(spk, str):
            continue
        i = _lookup(spk, index)
        if i is None:
            continue
        rec = registry.iloc[i]
        r["speaker"] = rec["name"]
        if isinstance(rec["group"], str) and rec["group"]:
            r["speaker_group"] = rec["group"]
        if not isinstance(r.get("speaker_role"), str) and isinstance(rec["role"], str) and rec["role"]:
            r["speaker_role"] = rec["role"]


# ---------------------------------------------------------------- corpus level
def _person_named(speaker: str, name: str) -> bool:
    """Is ``speaker`` read as a person whose name ends with ``name`` ("President Trump", "Trump")?"""
    p = parse_mention(speaker)
    lx = _lexicon()
    low = name.lower()
    if low in lx["org"] or low in lx["source"] or low in lx["group"] or low in lx["title"] or low in _places():
        return False
    return p["kind"] == "person" and bool(p["name"]) and (p["name"] == name or p["name"].endswith(" " + name))


def _is_person_name(name: str) -> bool:
    """A name of capitalised words only, read as a person (no title, organisation or group word)."""
    words = name.split()
    if not words or not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return False
    lx = _lexicon()
    nouns = lx["org"] | lx["source"] | lx["group"] | lx["title"]
    if any(w.lower() in nouns for w in words):
        return False  # "Armed Forces", "Supreme Court"
    p = parse_mention(name)
    return p["kind"] == "person" and p["name"] == name


INITIAL_RE = re.compile(r"^[A-Z]\.?$")
# How much more often a full name must appear without a leading capitalised word for that word to go.
PREFIX_RATIO = 5


def _middle_initial_variants(counts: Counter[str], persons: set[str]) -> dict[str, str]:
    """{"Donald J. Trump": "Donald Trump"}: a spelling with middle initials and the plain one become the more
    frequent of the two. Only when the name has one spelling with middle initials: "George W. Bush" and
    "George H. W. Bush" are two people, so neither merges with "George Bush"."""
    groups: dict[str, set[str]] = {}
    for name in counts:
        ws = name.split()
        if name not in persons or len(ws) < 2:
            continue
        key = " ".join([ws[0], *[w for w in ws[1:-1] if not INITIAL_RE.match(w)], ws[-1]])
        groups.setdefault(key, set()).add(name)
    out: dict[str, str] = {}
    for key, names in groups.items():
        with_initials = {n for n in names if n != key and len(n.split()) > len(key.split())}
        if len(names) < 2 or len(with_initials) != 1:
            continue
        top = max(sorted(names), key=lambda n: (counts[n], -len(n)))
        out.update({n: top for n in names if n != top})
    return out


def canonicalize(quotes_df: pd.DataFrame, registry: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Merge variants of one speaker's name across a corpus; returns a copy of ``quotes_df``.

    Titles, places and nationality adjectives are dropped from person names ("President Trump" -> "Trump",
    "United States President Donald Trump" -> "Donald Trump"), then a person's name becomes the most
    frequent longer person name of the corpus that ends with the same words ("Trump" -> "Donald Trump"),
    and a spelling with middle initials joins the plain one ("Donald J. Trump" -> "Donald Trump") when the
    corpus has only one such spelling.
    Organisations and groups keep their names ("NBC News", "officials"). With a ``registry``, names
    that match a registry name or alias become the registry name and get its group (and role if empty).

    >>> df = pd.DataFrame({"speaker": ["Trump", "Donald Trump", "President Trump", "Donald J. Trump", None]})
    >>> canonicalize(df)["speaker"].tolist()
    ['Donald Trump', 'Donald Trump', 'Donald Trump', 'Donald Trump', nan]
    """
    if not isinstance(quotes_df, pd.DataFrame) or "speaker" not in quotes_df.columns:
        raise ValueError("quotes_df: expected a DataFrame with a 'speaker' column (from discourse.quotes)")
    df = quotes_df.copy()
    role_words = _role_words()
    counts: Counter[str] = Counter()
    base: dict[str, str] = {}
    person_bases: set[str] = set()  # names that the text gives as a person's ("President Trump" -> "Trump")
    for s in df["speaker"].dropna().unique():
        # titles, places and nationality adjectives go ("United States President Donald Trump"), but only
        # from a person's name: "New York Times", "NBC News", "American Civil Liberties Union" stay whole
        ws = str(s).split()
        k = _leading_qualifiers(ws, keep=1)
        while k < len(ws) - 1 and (ws[k].lower().strip(".") in role_words or ws[k].lower().strip(".") in HONORIFICS):
            k += 1
        rest = ws[k:]
        titled = any(w.lower().strip(".") in role_words or w.lower().strip(".") in HONORIFICS for w in ws[:k])
        if k and ((len(rest) >= 2 and _is_person_name(" ".join(rest))) or (
            len(rest) == 1 and titled and _person_named(str(s), rest[0])
        )):
            ws = rest
        base[s] = " ".join(ws)
        if _person_named(str(s), base[s]):
            person_bases.add(base[s])
    for s, n in df["speaker"].value_counts().items():
        counts[base[s]] += int(n)
    persons = {b for b in counts if b in person_bases or len(b.split()) >= 2 and _is_person_name(b)}
    # a capitalised word stuck before a full name ("Billionaire Donald Trump", "Rival Hillary Clinton", from
    # sentence openings) goes when the corpus writes the name without it far more often
    for b in [b for b in persons if len(b.split()) >= 3]:
        tail = b.split(" ", 1)[1]
        if tail in persons and counts[tail] >= PREFIX_RATIO * counts[b]:
            for s in base:
                if base[s] == b:
                    base[s] = tail
            counts[tail] += counts.pop(b)
            persons.discard(b)
    for variant, name in _middle_initial_variants(counts, persons).items():  # "Donald J. Trump" -> "Donald Trump"
        for s in base:
            if base[s] == variant:
                base[s] = name
        counts[name] += counts.pop(variant)
        persons.discard(variant)
    mapping: dict[str, str] = {}
    for s, b in base.items():
        bw = b.split()
        best, best_key = b, (-1, 0, "")
        if b in persons and len(bw) == 1:  # "Trump" -> "Donald Trump"; "Police" and full names stay as they are
            for cand in persons:
                cw = cand.split()
                key = (counts[cand], -len(cw), cand)  # the most frequent, then the shorter: never set order
                if len(cw) > len(bw) and cw[-len(bw):] == bw and key > best_key:
                    best, best_key = cand, key
        mapping[s] = best
    df["speaker"] = df["speaker"].map(lambda v: mapping.get(v, v) if isinstance(v, str) else v).astype("str")
    df.loc[quotes_df["speaker"].isna().to_numpy(), "speaker"] = float("nan")
    if registry is not None:
        reg = read_speakers(registry)
        rows = df.to_dict("records")
        _apply_registry(rows, reg)
        for c in ("speaker", "speaker_group", "speaker_role"):
            if c in df.columns or any(c in r for r in rows):
                df[c] = pd.Series([r.get(c) for r in rows], index=df.index, dtype="str")
    return df
