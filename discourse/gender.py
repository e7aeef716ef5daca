"""Grammatical gender of a speaker, so that "he" and "she" resolve to a compatible earlier speaker.

Evidence, strongest first: a courtesy title in the mention ("Mrs. Clinton", "Mr. Kirby"), a gendered role
noun ("spokeswoman", "congressman"), and the given name. Given names are read from the 1990 US Census
first-name frequency lists (US Census Bureau, "Frequently Occurring Names", 1995; shipped in the MIT
licensed ``names`` package): a name counts as female or male only when it is at least
``GIVEN_NAME_RATIO`` times more frequent for that sex, so "Jordan" or "Leslie" stay unknown. Names the lists
do not hold ("Sergey", "Recep") stay unknown too, and an unknown gender is compatible with both pronouns,
which is how resolution behaved before gender was known.

>>> gender_of("Hillary Clinton")
'f'
>>> gender_of("Kirby", mention="Mr. Kirby")
'm'
>>> gender_of("Sergey Lavrov") is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from .text import _without_accents

# How many times more frequent a given name must be for one sex than the other to decide.
GIVEN_NAME_RATIO = 4.0
# A given name the lists give (almost) only one sex, strong enough to overrule a courtesy title elsewhere in
# the article: "Michelle" (no man listed), not "Lindsey" (one man for every nine women, and Lindsey Graham).
SOLE_SEX_RATIO = 20.0
TITLE_GENDER = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "dame": "f", "lady": "f",
    "queen": "f", "princess": "f",
}
ROLE_GENDER = {
    **{w: "m" for w in ("spokesman", "congressman", "chairman", "businessman", "husband", "father", "son",
                        "brother", "uncle", "grandfather", "boyfriend", "widower", "anchorman", "councilman",
                        "assemblyman", "alderman", "statesman", "sportsman", "frontman", "actor", "man", "boy")},
    **{w: "f" for w in ("spokeswoman", "congresswoman", "chairwoman", "businesswoman", "wife", "mother",
                        "daughter", "sister", "aunt", "grandmother", "girlfriend", "widow", "anchorwoman",
                        "councilwoman", "assemblywoman", "actress", "stateswoman", "sportswoman", "woman", "girl")},
}
PRONOUN_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}


@lru_cache(maxsize=4)  # (one table per ratio; "_given_names()" and "_given_names(4.0)" are two keys)
def _given_names(ratio: float = GIVEN_NAME_RATIO) -> dict[str, str]:
    """Given name (upper case) -> "m" or "f" when one sex's share is ``ratio`` times the other's, from the census
    lists; empty if the lists are missing."""
    shares: dict[str, dict[str, float]] = {}
    try:
        root = files("names")
        for sex, fname in (("m", "dist.male.first"), ("f", "dist.female.first")):
            for line in (root / fname).read_text(encoding="ascii").splitlines():
                parts = line.split()
                if len(parts) >= 2:
                    shares.setdefault(parts[0], {})[sex] = float(parts[1])
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):  # degrade to "unknown"
        return {}
    out = {}
    for name, s in shares.items():
        m, f = s.get("m", 0.0), s.get("f", 0.0)
        if f >= ratio * m and f > 0:
            out[name] = "f"
        elif m >= ratio * f and m > 0:
            out[name] = "m"
    return out


@lru_cache(maxsize=65536)
def _census_key(word: str) -> str:
    """A given name as the census lists write it: upper case, without accents ("José", "María", "Joaquín" are
    listed as JOSE, MARIA, JOAQUIN)."""
    return _without_accents(word.upper())


def is_given_name(word: str) -> bool:
    """True for a census given name that is clearly a man's or a woman's ("Joe", "Hope", "José", not "Jordan")."""
    return _census_key(word) in _given_names()


def gender_of(name: str | None, mention: str | None = None, role: str | None = None) -> str | None:
    """ "m", "f" or ``None`` (unknown) for a person called ``name``, mentioned as ``mention`` with ``role``."""
    return stated_gender(name, mention, role) or census_gender(name)


POSSESSOR_RE = re.compile(r"['\u2019]s\s")


# Letters after a name, in capitals, that spell a courtesy title in other case ("MS": Member of the Senedd).
UPPER_POST_NOMINALS = frozenset(["MS"])


def stated_gender(name: str | None, mention: str | None = None, role: str | None = None) -> str | None:
    """The gender a courtesy title or a gendered role noun in ``mention`` or ``role`` states ("Mr. Lou",
    "the first lady"): stronger evidence than the census lists, which only say what a given name usually is."""
    own = set((name or "").lower().split())
    for text in (mention, role):
        if not text:
            continue
        text = POSSESSOR_RE.split(text)[-1]  # "Mr Nouri's wife": the owner's title is not this person's
        words = [w.strip(".,").lower() for w in text.replace("\u2019s", " ").replace("'s", " ").split()
                 if w.strip(".,") not in UPPER_POST_NOMINALS]  # ("John Vaughan MS": a Member of the Senedd, no "Ms")
        words = [w for w in words if w not in own]  # "Billie Jean King": a name word is not a title
        for w in words:
            g = TITLE_GENDER.get(w) or ROLE_GENDER.get(w)
            if g:
                return g
        if "first lady" in " ".join(words):
            return "f"
    return None


def census_gender(name: str | None, ratio: float = GIVEN_NAME_RATIO) -> str | None:
    """The gender the 1990 US Census lists give the first word of ``name`` ("Hope" -> "f"), if one sex's share
    is ``ratio`` times the other's."""
    if not name:
        return None
    words = name.split()
    if len(words) > 2 and words[0].upper() in HEREDITARY_PREFIXES:
        words = words[1:]  # "Wan Azhar Wan Ismail": the given name is Azhar, not the prefix
    if len(words) == 2 and HYPHENATED_GIVEN_NAME_RE.fullmatch(words[1]):
        return None  # "Han Seung-woo", "Kim Jong-un": the family name comes first, the given name is unlisted
    if len(words) == 2 and words[0].lower() in EAST_ASIAN_FAMILY_NAMES and not is_given_name(words[1]):
        return None  # "Lin Jianfeng", "Li Qiang": a Chinese family name first, not the census's "Lin" or "Li"
    if len(words) >= 2 and words[0].lower() in KUNYA_GENDER:
        return KUNYA_GENDER[words[0].lower()]  # "Umm Yousef al-Najjar", a mother
    first = _census_key(words[0].strip(".,"))
    if len(first) < 2 or first in OTHER_LANGUAGE_MEN:
        return None
    return _given_names(ratio).get(first)


# An Arabic name that opens with "mother of" (a kunya) states that she is a woman ("Abu", "father of", also
# opens family names: "Iyad Abu Shammala").
KUNYA_GENDER = {"umm": "f", "um": "f"}
# Given names the US lists give to women that are men's names in Russian, Ukrainian, Italian or French news
# ("Valery Gerasimov", "Yuri Ushakov", "Andrea Orlando", "Jean Castex", "Simone Pillon"): their gender is left
# unknown, so that neither "he" nor "she" is kept from them.
OTHER_LANGUAGE_MEN = frozenset(
    "VALERY NIKITA YURI MISHA SASHA JEAN ANDREA SIMONE NICOLA MICHELE DANIELE GABRIELE SACHA TONI MIKA KARI STEPHANE "
    "DOMINIQUE RANA GWYN PATRICE CAMILLE".split())  # (and Quebec's "Stéphane", "Dominique", "Patrice"; Punjab's
# "Rana", a style of men; Wales's "Gwyn"; France's "Camille")


# Chinese and Korean family names that the census lists also give as given names ("Li", "Lee", "Kim").
EAST_ASIAN_FAMILY_NAMES = frozenset(
    "li lee wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang song zheng xie han "
    "tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei ye yan pan du dai "
    "xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou meng "
    "kim park choi jung cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae baek nam "
    # and as Singapore, Malaysia and Hong Kong romanise them ("Ong Kai Xiang", "Yeo Wan Ling", "Chan Siu-fung")
    "ong goh teo koh ng chua yeo toh chan wong cheung leung lau lam tsang chow yip kwok fung siu tse lai".split())
# A Korean or Chinese given name of two hyphenated syllables, written after the family name.
HYPHENATED_GIVEN_NAME_RE = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Malay hereditary and religious prefixes before a given name ("Wan", "Nik", "Syed"), which the US lists read
# as given names of their own ("Wan" as a woman's).
HEREDITARY_PREFIXES = frozenset("WAN NIK CHE SYED TENGKU MEGAT ABANG MOHD".split())


TITLED_RE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+([A-Z][\w\u2019'\-]+)")


@lru_cache(maxsize=8)  # (an article's text, read by the name resolver and the pronoun resolver alike)
def titled_surnames(text: str) -> dict[str, str]:
    """Surnames the article writes after a courtesy title ("Mrs. Clinton", "Mr. Trump"), with the title's
    gender; a surname written with both ("Mr. Clinton" and "Mrs. Clinton") is left out.

    >>> titled_surnames("Mrs. Clinton spoke. Mr. Trump and Mr. Clinton did too. Ms. Clinton left.")
    {'Trump': 'm'}
    """
    seen: dict[str, set[str]] = {}
    for m in TITLED_RE.finditer(text):
        seen.setdefault(m.group(2), set()).add(TITLE_GENDER[m.group(1).lower()])
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def pronoun_gender(pronoun: str) -> str | None:
    """ "m" for "he", "f" for "she", ``None`` for any other pronoun."""
    return PRONOUN_GENDER.get(pronoun.strip().lower())
