"""Names within an article: name-matching coreference restricted to one article (Haghighi & Klein 2009's
"head match" baseline; the string-match sieves of Lee et al. 2013):

* within an article every name becomes its fullest form ("Lavrov" -> "Sergey Lavrov": the most frequent
  longer *name* of the article that ends with the same words, never a title run);
* a capitalised organisation noun without its owner ("The Ministry") becomes the nearest full name with
  that head in the article ("Ministry of Foreign Affairs of Ostrevia").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from .._quotes.constants import FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, SURNAME_JOINERS, capitals
from .._quotes.lexicon import cue_lexicon
from ..gender import (
    EAST_ASIAN_FAMILY_NAMES,
    HYPHENATED_GIVEN_NAME_RE,
    SOLE_SEX_RATIO,
    census_gender,
    is_given_name,
    titled_surnames,
)
from ..segment import Doc
from ..text import _without_accents
from .lexicon import DETERMINERS, NOT_NAME_WORDS, _lexicon, _places, _role_words
from .mentions import DATE_WORDS, FAMILY_CAPITALS_RE, HYPHEN_PARTICLE_RE, MALAY_NAME_PARTS, MALAY_STYLES, parse_mention

# A run of capitalised words in running text: candidate full names for the fullest-form rule.
# Lower-case particles may stand inside the run ("Mohammed bin Salman", "Bashar al-Assad", "Ursula von der Leyen").
NAME_RUN_RE = re.compile(
    capitals(r"\b[A-Z][\w\u2019'\-]{1,30}(?:[ \t]+(?:of[ \t]+|"
             r"(?:von|van|der|den|de|da|di|del|du|dos|das|los|las|bin|bint|ibn|al|le|la|ter|ten|i|y|ap|ab)[ \t]+){0,2}"
             r"(?:[A-Z]\.|(?:(?:al|el|bin|ibn|abu|abd)-)?[A-Z][\w\u2019'\-]{1,30})){1,7}")
)


@lru_cache(maxsize=1)
def _verb_cues() -> frozenset[str]:
    """One-word reporting verbs of the cue lexicon ("stated", "insisted"), never the first word of a name."""
    return frozenset(cue.words[0] for cues in cue_lexicon().values() for cue in cues
                     if len(cue.words) == 1 and cue.cls in ("speech", "tell", "closing"))




MAX_UNTITLED_RUN_WORDS = 6
# Numerals that follow a family name to count a reign or a line ("Nana Ekow Nkansah Essandoh III"); not "Jr.",
# whose bare family name is more often the father's ("Mr. Trump" is not "Donald Trump Jr").
REGNAL_SUFFIXES = frozenset("ii iii iv v vi vii viii".split())
# Words that open the name of a lake, a mountain or a river, never a person's ("Lake Chad", "Mount Kenya"; not
# "Bay", a given name too: Bay Buchanan).
GEOGRAPHIC_HEADS = frozenset("lake mount mt river gulf cape fort port sea strait isle island islands".split())


# A given name, a nickname in quotation marks and the family names ('Leopoldo "Polo" Tirado Félix').
NICKNAMED_RE = re.compile(capitals(
    "([A-Z][\\w'\u2019\\-]+)[ \t]+[\"\u201c\u2018'][A-Z][\\w'\u2019\\- ]{0,20}[\"\u201d\u2019'][ \t]+"
    "([A-Z][\\w'\u2019\\-]+(?:[ \t]+[A-Z][\\w'\u2019\\-]+)?)"))


def _fullest_forms(doc: Doc, names: list[str]) -> dict[str, str]:
    """Map each name to the most frequent longer name of the article ending with the same words."""
    role_words = _role_words()
    pool: Counter[str] = Counter()
    titled: set[str] = set()  # full names written after a title in the text
    for n in names:
        pool[n] += 2
    for m in NICKNAMED_RE.finditer(doc.text):  # 'Horacio "Lito" Benegas': the name without the nickname
        named = f"{m.group(1)} {m.group(2)}"
        p = parse_mention(named)
        if p["kind"] == "person" and p["name"] == named:
            pool[named] += 1
    for m in NAME_RUN_RE.finditer(doc.text):
        ws = m.group(0).split()
        while ws and (ws[0].lower() in NOT_NAME_WORDS or ws[0].lower() in _verb_cues()) and (
            ws[0].lower() not in role_words
        ):
            ws = ws[1:]  # "Said Dorothy Poynter", "Stated Stone": a sentence-initial verb is not part of the name
        style = doc.text[max(0, m.start() - 5) : m.start()].split()[-1:]  # ("Mr. KITAZAWA Hiroshi")
        if style and style[0].lower().rstrip(".") in HONORIFICS:
            ws = [style[0], *ws]
        p = parse_mention(" ".join(ws)) if len(ws) >= 2 else None
        if p is not None and len(ws) > MAX_UNTITLED_RUN_WORDS and not (
            p["kind"] == "person" and p["role"] and any(w.lower().strip(".,") in role_words for w in p["role"].split())
        ):  # a long run is a title and a name ("Anti-Corruption Court Grade One Magistrate Sarah Namuddu"), never a
            # headline's words ("Important Things To Know About The Missing EgyptAir"): else its first words only
            ws = ws[:MAX_UNTITLED_RUN_WORDS]
            p = parse_mention(" ".join(ws))
        if p is not None and p["kind"] == "person" and p["name"] and len(p["name"].split()) >= 2:
            pool[p["name"]] += 1
            if not p["name"].isupper() and not any(  # "Chinese President Xi Jinping", "leader Kim Jong-un"
                w.lower() in FUNCTION_WORDS or w.lower() in NOT_GIVEN_NAME_WORDS for w in p["name"].split()[1:]
            ) and (p["role"] or _lower_title_before(doc.text, m.start(), role_words) or (
                ws[0].lower().rstrip("'\u2019") in MALAY_STYLES) or (  # ("Datuk Seri Anwar Ibrahim": a style)
                len(ws) == 2 and FAMILY_CAPITALS_RE.match(ws[0]) and ws[1][1:].islower()  # ("Japan's Minister for
            )):  # Foreign Affairs, ARAKAWA Kenji,": the family name in capitals, written first)
                # (not a headline's "Pressure To Repudiate" or "Klein Investigative Radio")
                titled.add(p["name"])
    by_last: dict[str, list[tuple[list[str], str, int]]] = {}
    by_first: dict[str, set[str]] = {}
    for cand, cnt in pool.items():
        cw = [_name_key(w) for w in cand.split()]
        if len(cw) > 2 and cw[-1].rstrip(".") in REGNAL_SUFFIXES:
            cw = cw[:-1]  # "Dzokoto" of "Togbe Kwasi Agbenyo Dzokoto IV": the name before its numeral
        by_last.setdefault(cw[-1], []).append((cw, cand, cnt))
        words = cand.split()
        if len(words) == 2 and HYPHENATED_GIVEN_NAME_RE.fullmatch(words[1]) and not words[0].isupper():
            by_last.setdefault(cw[0], []).append(([cw[1], cw[0]], cand, cnt))  # "Ri Chol-ho" is "Ri": the
            # Korean family name comes first
    by_first_text: dict[str, set[str]] = {}
    for cand in titled:
        by_first_text.setdefault(_name_key(cand.split()[0]), set()).add(cand)
    by_inner: dict[str, set[str]] = {}
    for cand in names:  # only names the article's own attributions give, never a headline's run
        cw = [_name_key(w) for w in cand.split()]
        if len(cw) >= 2:
            by_first.setdefault(cw[0], set()).add(cand)
        for w in cw[1:-1]:
            if w[:1].isalpha() and w not in NAME_PARTICLES:
                by_inner.setdefault(w, set()).add(cand)
    out = {}
    titled_gender = titled_surnames(doc.text)
    for n in set(names):
        nw = [_name_key(w) for w in n.split()]
        best, best_key = n, (0, -99)
        for cw, cand, cnt in by_last.get(nw[-1], ()):
            # the most frequent longer form; on a tie the shorter ("Bernie Sanders" over "Vermont Bernie Sanders")
            if cand.isupper() and not n.isupper():
                continue  # a headline in capitals ("... HAPPENED TO DEMOCRATS") names only a name in capitals
            if cw[0] in GEOGRAPHIC_HEADS or len(nw) == 1 and nw[0] in _places() and n not in titled_gender:
                continue  # "Chad" is not "Lake Chad", "Sudan" not "South Sudan": a place, not a fuller name (unless
                # the article writes "Mr. English")
            if len(nw) == 1 and len(cw) == 2 and n in titled_gender and census_gender(cand, SOLE_SEX_RATIO) not in (
                None, titled_gender[n]
            ):
                continue  # "Obama" of an article that writes only "Mr. Obama" is not its one "Michelle Obama" (a
                # given name and the family name: not "Rana Shahid Mehmood", whose "Rana" is a Punjabi style)
            plain = [w for w in cw if not INITIAL_RE.fullmatch(w)]  # ("Adnan Z. Amin" for "Adnan Amin")
            if len(cw) > len(nw) and (cw[-len(nw) :] == nw or len(nw) > 1 and plain == nw) and (
                cnt, -len(cw)) > best_key and (
                len(nw) == 1 or cnt >= pool[n] or _particle_surname(n, cand)  # a full name grows only into a
                or len(cw) == len(nw) + 1 and is_given_name(cand.split()[0])  # form written as often ("Hillary
                or len(cw) == len(nw) + 1 and len(nw) >= 2 and cand in titled and _right_after_title(doc.text, cand)
                or _prefixed_surname(nw, by_last)  # ("Al Ketbi" of "Humaid Al Ketbi", the only longer form)
            ):  # Clinton" is not a headline's "Rival Hillary Clinton"); a family name with its particle is a family
                # name ("La Riva" of "Gloria La Riva"), and two family names take their given name ("Almeida
                # Lacerda" of "Rodrigo Almeida Lacerda"; "Jalali Kamari" of "Foreign Ministry spokesman
                # Mohammad-Reza Jalali Kamari", a given name the census lists lack, after a title)
                best, best_key = cand, (cnt, -len(cw))
        if best == n and len(nw) == 1 and len(by_first.get(nw[0], ())) == 1:
            # a family name written first ("Xi" of "Xi Jinping", "Lee" of "Lee Jae-myung"), or a given name
            # the article uses alone ("Hillary"): the one full name of a speaker that starts with it
            best = next(iter(by_first[nw[0]]))
        elif best == n and len(nw) == 1 and len(by_first_text.get(nw[0], ())) == 1 and (
            not is_given_name(n) or HYPHENATED_GIVEN_RE.search(next(iter(by_first_text[nw[0]])))
            or nw[0] in EAST_ASIAN_FAMILY_NAMES  # ("Li" of "Chinese President Li Zhenguo": a census given name too)
        ):  # ("Kim" of "Kim Jong-un": a hyphenated given name after it marks the family name written first)
            # a family name written first whose full name the text gives after a title, without a quote
            # ("Chinese President Xi Jinping met Putin. Xi said ..."); never a given name, which others share
            best = next(iter(by_first_text[nw[0]]))
        elif best == n and len(nw) == 1 and nw[0] in EAST_ASIAN_FAMILY_NAMES and len(family_first := {
            cand for cand in pool if cand.split()[0] == n and (
                len(cand.split()) == 3 or len(cand.split()) == 2 and HYPHENATED_GIVEN_RE.search(cand))
        }) == 1:  # "Lim" of "Lim Chee Keong, 35, is on trial": a Chinese family name written first, untitled
            best = family_first.pop()
        elif best == n and len(nw) == 1 and len(by_inner.get(nw[0], ())) == 1:
            best = next(iter(by_inner[nw[0]]))  # "Lula" of "Luiz Inácio Lula da Silva": a name used alone
        elif best == n and len(nw) >= 2 and len(longer := {
            cand for cand in set(names) if len(cand.split()) >= len(nw) + 2 - (n.split()[0] in MALAY_NAME_PARTS)
            and [_name_key(w) for w in cand.split()[: len(nw)]] == nw and not any(
                w.lower() in _verb_cues() or w.lower() in FUNCTION_WORDS for w in cand.split()[len(nw) :])
            and _in_prose(doc, cand)
        }) == 1:  # (not a headline's "Marine Le Pen Backs Trump")
            best = longer.pop()  # "Mohd Rizal" of "Datuk Mohd Rizal Abdul Ghani": a Malay name shortened to its
            # given names (two more words at least: not "Donald Trump Jr." for "Donald Trump"; one after a Malay
            # name's part: "Mohd Hafizi" of "Mohd Hafizi Ismail", "Abdul Rahim" of "Abdul Rahim Mokhtar")
        elif best == n and (len(nw) == 1 or len(nw) == 2 and nw[0] in PARTICLE_KEYS):
            # the first of two family names ("Vázquez" of "Wanda Vázquez Garced", "López" of "Andrés Manuel
            # López Obrador", "Da Rosa" of "Patricia da Rosa Irigoyen"), when one full name of the article has it
            # there after a given name
            paired = {cand for cws in by_last.values() for cw, cand, _ in cws
                      if (len(cw) >= len(nw) + 2 and cw[-1 - len(nw) : -1] == nw or len(cw) >= len(nw) + 3 and (
                          cw[-2] in SURNAME_JOINERS and cw[-2 - len(nw) : -2] == nw  # ("Roig" of "Albert Roig i
                      )) and is_given_name(cand.split()[0])}  # Castellví": two family names joined by "and")
            if len(paired) == 1:
                best = paired.pop()
        bw = best.split()
        chinese = {cand for cand in set(names) if len(cand.split()) > len(bw) and cand.split()[: len(bw)] == bw
                   and all(HYPHENATED_GIVEN_WORD_RE.fullmatch(w) for w in cand.split()[len(bw):])}
        if len(chinese) == 1:  # "Vincent Tsang" of "Vincent Tsang Ka-wai": an English given name, the family
            best = chinese.pop()  # name and the Chinese given name after it
        out[n] = best
    return out


# Particles of a family name, as name keys ("da" of "Da Rosa").
PARTICLE_KEYS = frozenset(w.lower() for w in NAME_PARTICLES)


def _right_after_title(text: str, name: str) -> bool:
    """Is ``name`` written right after a title word somewhere ("spokesman Mohammad-Reza Jalali Kamari"; not
    "Federal Member for Wide Bay Nathan Corliss", where "Bay" ends a place)?"""
    role_words = _role_words()
    return any(m.group(1).lower().rstrip(".") in role_words
               for m in re.finditer(r"([\w.]+)[ \t]+" + re.escape(name) + r"\b", text))


def _in_prose(doc: Doc, name: str) -> bool:
    """Is ``name`` written in a paragraph of prose (a third of its words or more in lower case), not only in a
    title-case headline?"""
    for pa, pb in doc.paragraphs:
        if name in doc.text[pa:pb]:
            words = doc.text[pa:pb].split()
            if sum(w[:1].islower() for w in words) * 3 > len(words):  # (a third: a lede full of names and titles)
                return True
    return False


MAX_TITLE_CHARS = 30  # how far before a name its lower-case title is looked for


def _lower_title_before(text: str, at: int, role_words: frozenset[str]) -> bool:
    """Is the word before ``at`` a lower-case title ("leader Kim Jong-un", "spokeswoman Mao Ning") or a style of
    address ("Mr. KITAZAWA Hiroshi", "Ms. ZHOU Lan" in the Japanese foreign ministry's releases)?"""
    before = text[max(0, at - MAX_TITLE_CHARS) : at].split()
    return bool(before) and (before[-1] in role_words or before[-1].lower().rstrip(".") in HONORIFICS)
# A Korean or Chinese given name in two syllables joined by a hyphen ("Jong-un", "Ki-moon", "Jae-myung").
HYPHENATED_GIVEN_RE = re.compile(r" [A-Z][a-z]+-[a-z]+(?: |$)")
HYPHENATED_GIVEN_WORD_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Words of a body's or a programme's name, never a person's ("Klein Investigative Radio", "Bloomberg Politics").
NOT_GIVEN_NAME_WORDS = frozenset("radio politics news magazine trust club times post daily weekly report".split())


def _prefixed_surname(words: list[str], by_last: dict[str, list[tuple[list[str], str, int]]]) -> bool:
    """Is ``words`` an Arabic family name with its prefix ("Al Marri", "Abi Khalil", "Abu Alia") that only one
    longer name of the article ends with? Given names that the census does not know ("Noura Saif Al Marri",
    "Georges Abi Khalil") then still grow it."""
    if len(words) != 2 or words[0] not in SURNAME_PREFIXES:
        return False
    return sum(1 for cw, _, _ in by_last.get(words[-1], ()) if len(cw) > 2 and cw[-2:] == words) == 1


# Prefixes of Arabic family names, written as a word of their own.
SURNAME_PREFIXES = frozenset("al el abi abu".split())


def _particle_surname(name: str, full: str) -> bool:
    """Is ``name`` a family name led by its particle, and ``full`` it after a given name ("La Riva" of
    "Gloria La Riva", "Le Pen" of "Marine Le Pen"; not "Ben Sisario" of a headline's "Times' Ben Sisario")?"""
    first = full.split()[0]
    return _name_key(name.split()[0]) in NAME_PARTICLES and (is_given_name(first) or len(full.split()) >= 3 and (
        first.isalpha() and first[:1].isupper() and first[1:].islower()))  # ("Gianluca Di Stefano")


# A middle initial: "z." of "Adnan Z. Amin".
INITIAL_RE = re.compile(r"[a-z]\.")


# A hyphenated particle in either case: "Al-Quaety" at a sentence's start is "al-Quaety".
NAME_KEY_PARTICLE_RE = re.compile(HYPHEN_PARTICLE_RE.pattern, re.IGNORECASE)


@lru_cache(maxsize=65536)
def _name_key(word: str) -> str:
    """A name word compared without case, accents or a hyphenated particle: "Von"/"von", "al-Assad"/"Assad",
    "Erdoğan"/"Erdogan" (news in English spells foreign names both ways)."""
    return _without_accents(NAME_KEY_PARTICLE_RE.sub("", word)).lower()


# A capitalised run that names an institution: "Ministry of Foreign Affairs of the Republic of Tarvekia".
# A body named by a list of its fields goes on over the list's commas ("Ministry of Trade, Industry and Energy").
INSTITUTION_RUN_RE = re.compile(
    capitals(r"[A-Z][\w\u2019'\-]{1,30}(?:[ \t]+(?:(?:of|for|on|and|the)[ \t]+){0,2}[A-Z][\w\u2019'\-]{1,30}){0,8}"
             r"(?:(?:,[ \t]+[A-Z][\w\u2019'\-]{1,30}){1,3},?[ \t]+and[ \t]+[A-Z][\w\u2019'\-]{1,30}"
             r"(?:[ \t]+[A-Z][\w\u2019'\-]{1,30})?)?")
)


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
    if len(words) == 1 and words[0].isupper():
        return False  # "the UN", "NATO": an acronym is the body's own name ("Congo's UN ambassador" is no fuller one)
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
    skip = DETERMINERS | NOT_NAME_WORDS  # ("Whenever the Congress senses defeat": no fuller "Congress")
    for m in INSTITUTION_RUN_RE.finditer(doc.text):
        words = m.group(0).split()
        while words and words[0].lower() in skip:
            words = words[1:]
        for i in range(1, len(words) - 1):
            if words[i] == "on" and words[i + 1].lower() in DATE_WORDS:
                words = words[:i]  # "the Puerto Rico Senate on Sunday": a date, not "Commission on Human Rights"
                break
        if len(words) >= 2 and any(w.lower() in org for w in words):
            starts.append(m.start())
            runs.append(words)
    return starts, runs


def _named_institution(
    runs: tuple[list[int], list[list[str]]], name: str, start: int, ahead: bool = True
) -> str | None:
    """The latest full name before ``start`` (else, when ``ahead``, the first after it) of an institution
    whose name holds the words of ``name`` ("Ministry" -> "Ministry of Foreign Affairs of Ostrevia")."""
    want = name.lower().split()
    starts, words_of = runs

    def fits(words: list[str]) -> bool:
        low = [w.lower() for w in words]
        if len(words) <= len(want) or not all(w in low for w in want):
            return False
        k = low.index(want[-1])  # the institution is the head ("Foreign Ministry of X", "X Foreign Ministry")
        return k == len(low) - 1 or low[k + 1] in ("of", "for", "on")

    k = bisect_left(starts, start)
    for j in range(k - 1, max(-1, k - 1 - INSTITUTION_WINDOW), -1):
        if fits(words_of[j]):
            return " ".join(words_of[j])
    for j in range(k, min(len(starts), k + INSTITUTION_WINDOW) if ahead else k):
        if fits(words_of[j]):
            return " ".join(words_of[j])
    return None


# How far back (characters) a bare "the government" looks for the country that qualifies it.
QUALIFIER_WINDOW = 1500


def _qualified_org(text: str, head: str, start: int) -> str | None:
    """"government" -> "Syrian government" when the nearest earlier capitalised phrase ending in that noun
    holds a place word ("approval from Syrian President Bashar Assad's government"); else None."""
    rx = re.compile(capitals(r"((?:[A-Z][\w\u2019'.\-]{0,30}[ \t]+){1,5})" + re.escape(head) + r"\b"))
    places = _places()
    found = None
    for m in rx.finditer(text, max(0, start - QUALIFIER_WINDOW), start):
        place = next((w for w in m.group(1).split() if w.lower() in places), None)
        if place:
            found = place
    return f"{found} {head}" if found else None
