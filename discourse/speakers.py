"""Speakers: from what the text says ("he", "the Kremlin", "Foreign Minister Sergey Lavrov") to who spoke.

Resolution follows the rule-based tradition of attribution work (Pareti 2015; Newell et al. 2018) and of
name-matching coreference (Haghighi & Klein 2009's "head match" baseline; Lee et al. 2013's Stanford
sieves, restricted to the string-match and pronoun sieves):

* a mention is split into a role ("Foreign Minister", "Kremlin spokesman"; words from
  ``resources/titles.csv``) and a name ("Sergey Lavrov"); an appositive gives the role too
  ("Peskov, the Kremlin's spokesman");
* within an article every name becomes its fullest form ("Lavrov" -> "Sergey Lavrov": the most frequent
  longer name of the article that ends with the same words);
* pronouns (``resources/pronouns.txt``) take the nearest earlier compatible speaker: he/she a person,
  they/it an organisation or group; "who" the name before ", who"; I/we/you outside quotes stay
  unresolved (the writer or the reader);
* role nouns ("the spokesman", "the minister") take the nearest earlier person with that role, and
  organisations ("the Kremlin", "the government") are speakers in their own right;
* a registry (name, aliases, role, group[, country, institution]) given by the user fills
  ``speaker_group`` (and ``speaker_role`` when the text gives none); :func:`canonicalize` merges variants
  of one name across a corpus ("Trump", "President Trump" -> "Donald Trump").
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .quotes import FUNCTION_WORDS
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
# Courtesy titles: part of how a name is written, not a role.
HONORIFICS = frozenset("mr mrs ms miss dr sir dame mister madam".split())
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
    low = m.lower()
    if low in _pronouns():
        return {"kind": "pronoun", "name": None, "role": None}
    appositive = None
    if "," in m:  # "Dmitry Peskov, the Kremlin's spokesman"
        head, _, appositive = m.partition(",")
        m = head.strip()
        appositive = appositive.strip(" ,")
    words = m.split()
    led_by_determiner = bool(words) and words[0].lower() in DETERMINERS
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return {"kind": "group", "name": low or None, "role": None}
    lx = _lexicon()
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
    if name_words and not is_org and (has_title or not led_by_determiner):
        return {"kind": "person", "name": " ".join(name_words), "role": role}
    if not name_words and lows[0] in lx["title"] and not is_org:  # "the director of ...", "the mayor of London"
        return {"kind": "role", "name": phrase, "role": phrase}
    if is_org or (led_by_determiner and (any(w in org_words for w in lows) or words[-1][:1].isupper())):
        return {"kind": "org", "name": phrase, "role": None}
    if lows[-1] in lx["group"]:
        return {"kind": "group", "name": phrase, "role": None}
    return {"kind": "role", "name": phrase, "role": phrase}


def _name_start(words: list[str]) -> int:
    """Index where the personal name at the end of ``words`` starts (``len(words)`` when there is none)."""
    role_words = _role_words()
    k = len(words)
    n_full = 0  # name words that are not initials or suffixes ("B.", "Jr.")
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower().strip(".,") not in role_words:
        w = words[k - 1].lower().strip(".,")
        if len(w) > 2 and w not in NAME_SUFFIXES:
            if n_full == MAX_NAME_WORDS:
                break  # "Senate Intelligence Ranking Democrat Dianne Feinstein": the rest is a title
            n_full += 1
        k -= 1
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


# ---------------------------------------------------------------- resolution within an article
def _fullest_forms(doc: Doc, names: list[str]) -> dict[str, str]:
    """Map each name to the most frequent longer name of the article ending with the same words."""
    role_words = _role_words()
    pool: Counter[str] = Counter()
    for n in names:
        pool[n] += 2
    for m in NAME_RUN_RE.finditer(doc.text):
        ws = m.group(0).split()
        while ws and ws[0].lower() in NOT_NAME_WORDS and ws[0].lower() not in role_words:
            ws = ws[1:]  # "Said Dorothy Poynter": a sentence-initial verb is not part of the name
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
            if len(cw) > len(nw) and cw[-len(nw) :] == nw and (cnt, -len(cw)) > best_key:
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

    def add(self, kind: str, name: str, role: str | None, start: int) -> None:
        lst = self.by_kind.setdefault(kind, [])
        lst.append((name, role, start))
        if len(lst) > self.KEEP:
            del lst[0]
        if kind == "person" and role:
            self.role_of[name] = role
            for w in role.lower().replace("\u2019s", " ").replace("'s", " ").split():
                self.by_role_word[w] = (name, role)

    def latest(self, kinds: tuple[str, ...] | None, before: int) -> tuple[str, str | None] | None:
        best: tuple[str, str | None, int] | None = None
        for k, lst in self.by_kind.items():
            if kinds is not None and k not in kinds:
                continue
            for name, role, st in reversed(lst):
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
            name = full.get(name, name)
            role = role or history.role_of.get(name)
        if name:
            r["speaker"] = name
            if role:
                r["speaker_role"] = role
            history.add(kind if kind != "pronoun" else _pronouns().get(_pronoun_key(r["speaker_mention"]), ""),
                        name, role, start)
    if registry is not None and len(registry):
        _apply_registry(rows, registry)
    return rows


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
    found = history.latest(want, start)
    if found is not None:
        return found
    if kind == "person":  # no earlier speaker: the nearest earlier named person in the text
        window = doc.text[max(0, start - PRONOUN_WINDOW) : start]
        names = [m.group(0) for m in NAME_RUN_RE.finditer(window)]
        for n in reversed(names):
            p = parse_mention(n)
            if p["kind"] == "person" and p["name"]:
                return full.get(p["name"], p["name"]), p["role"]
    return None, None


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
def canonicalize(quotes_df: pd.DataFrame, registry: pd.DataFrame | str | Path | None = None) -> pd.DataFrame:
    """Merge variants of one speaker's name across a corpus; returns a copy of ``quotes_df``.

    Titles are dropped ("President Trump" -> "Trump"), then a name becomes the most frequent longer name
    of the corpus that ends with the same words ("Trump" -> "Donald Trump"). With a ``registry``, names
    that match a registry name or alias become the registry name and get its group (and role if empty).

    >>> df = pd.DataFrame({"speaker": ["Trump", "Donald Trump", "President Trump", None]})
    >>> canonicalize(df)["speaker"].tolist()
    ['Donald Trump', 'Donald Trump', 'Donald Trump', nan]
    """
    if not isinstance(quotes_df, pd.DataFrame) or "speaker" not in quotes_df.columns:
        raise ValueError("quotes_df: expected a DataFrame with a 'speaker' column (from discourse.quotes)")
    df = quotes_df.copy()
    role_words = _role_words()
    counts: Counter[str] = Counter()
    base: dict[str, str] = {}
    for s in df["speaker"].dropna().unique():
        ws = str(s).split()
        while len(ws) > 1 and (ws[0].lower().strip(".") in role_words or ws[0].lower().strip(".") in HONORIFICS):
            ws = ws[1:]
        base[s] = " ".join(ws)
    for s, n in df["speaker"].value_counts().items():
        counts[base[s]] += int(n)
    mapping: dict[str, str] = {}
    for s, b in base.items():
        bw = b.split()
        best, best_n = b, -1
        for cand, n in counts.items():
            cw = cand.split()
            if len(cw) > len(bw) and cw[-len(bw):] == bw and cand[:1].isupper() and n > best_n:
                best, best_n = cand, n
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
