"""Hedges and boosters: how cautiously, or how forcefully, something is said.

A *hedge* withholds full commitment to a proposition ("Russia **may** support", "**I think**", "**if**",
"**reportedly**", "**about** 300 people"); a *booster* expresses certainty or emphasis ("will
**absolutely** do", "**no doubt**", "**clearly**"). The categories follow Hyland's interpersonal
metadiscourse (Hyland 1998, *Hedging in Scientific Research Articles*; Hyland 2005, *Metadiscourse*);
the cue types follow the BioScope / CoNLL-2010 guidelines and the Szeged Uncertainty Corpus (epistemic,
doxastic, conditional, investigation, weasel; Vincze 2014). The bundled lexicon is
``resources/hedges.csv``: one row per single- or multi-word term with its ``category`` (hedge | booster),
``type`` and an optional context ``rule``.

Matching runs on the tokens of the :class:`~discourse.segment.Doc` (never re-tokenised): a dictionary from
a term's first word to its entries, longest entry first, then a left-to-right scan that consumes the
matched tokens. A word list alone is wrong in news, so named context rules decide the ambiguous terms
(each rule is a small function below, named in the lexicon's ``rule`` column):

========== =========================================================================================
may        "May" the month or the name (capitalised, not sentence-initial; or "May 5") is no cue;
           "may not" stays a hedge
could      "could not" / "couldn't" is past inability, not a hedge
would      "wouldn't comment" (refusal), "would like" (volition) and "said it would ..." (reported
           intention: future in the past after a reporting verb and a pronoun subject) are no cue;
           conditional and hypothetical "would" ("the plan would require ...") is a hedge
quantity   about / around / roughly / some are approximators only before a quantity ("about 300",
           "around a year"), not in "talks about Syria"
think      "think tank" is no cue
thought    "a thought", "school of thought" (the noun) is no cue
appear     "appear on television / in court / before the committee" is no cue; "appears to" is
claim      the noun ("the claim", "Russia's claims", "insurance claims") and "claimed responsibility /
           the lives" are no cue; the reporting verb is a distancing hedge
expect     "as expected", "than expected" report a confirmed fact: no cue
must       epistemic "must have known", "must be a mistake" is a booster; deontic "must act" is no cue
predicative  certain / sure / clear are boosters only as predicates ("it is clear that", "for sure"),
           not in "certain people", "clear the way", "make sure"
========== =========================================================================================

And one rule for every booster: a negated booster ("not clear", "isn't always", "never fully") is a
hedge of type ``negated booster``. Negated hedges that become boosters ("no doubt", "without a doubt",
"little doubt") are lexicon entries, which win over the single word because longer entries match first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .resources import load_table
from .schema import segment_spans
from .segment import Doc
from .text import TOKEN_RE

__all__ = ["find", "hedges", "load_lexicon", "LEXICON_COLUMNS", "RULES"]

LEXICON_COLUMNS = ("term", "category", "type", "rule")
CATEGORIES = ("hedge", "booster")

# ---------------------------------------------------------------- word classes used by the rules
# Negators in front of a booster turn it into a hedge ("not clear"); any token ending in n't counts too.
NEGATORS = frozenset({"not", "no", "never", "hardly", "barely", "scarcely", "nor", "n't", "without"})
# How many tokens before a booster a negator may stand ("is not entirely", "isn't always").
NEGATION_WINDOW = 3
# Negators that negate a noun phrase ("no woman has actually ...") reach only the next word.
DETERMINER_NEGATORS = frozenset({"no", "without"})
# Determiners, possessives and quantifiers: the next word is a noun ("the claim", "a thought").
DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your any no some such each every "
    "another much many several whose".split()
)
# Forms of "be" (and copular verbs) in front of a predicative adjective ("it is clear", "feel sure").
COPULAS = frozenset(
    "is are was were be been being am 's 're 'm isn't aren't wasn't weren't seem seems seemed remain "
    "remains remained appear appears appeared feel feels felt become became look looks looked".split()
)
# Degree adverbs that may stand between a copula and its adjective ("is not entirely clear").
DEGREE = frozenset(
    "not quite very so fairly pretty really entirely completely absolutely totally almost "
    "abundantly perfectly less more most too all by now still also".split()
)
# Spelled-out quantities and units that follow an approximator ("about a dozen", "around a year").
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion dozen dozens half third quarter fifth tenth twice double triple score".split()
)
TIME_AND_MEASURE_UNITS = frozenset(
    "year years month months week weeks day days hour hours minute minutes decade decades century "
    "mile miles kilometre kilometres kilometer kilometers metre metres meter meters percent per "
    "fifth tenth third quarter half dozen hundred thousand million billion".split()
)
CURRENCY = frozenset("$ £ € ¥ ₽ us$ usd eur".split())
# Verbs that report speech or a decision. A "would" after one of them in the same sentence ("said the
# move would result in", "announced it would accept") is the future in the past of reported speech, not a
# hedge of the writer or the speaker; a "would" before it ("The plan would require ..., he added") stays.
REPORTING_VERBS = frozenset(
    "said says saying told tells announced announces added adds stated states declared pledged promised "
    "vowed insisted insists confirmed decided agreed threatened warned noted explained argued countered "
    "asked reported wrote".split()
)
# How far back (tokens) a reporting verb governs a "would"; a conditional in between keeps the hedge.
REPORT_WINDOW = 15
CONDITIONAL_MARKERS = frozenset("if unless whether".split())
SUBJECT_PRONOUNS = frozenset("it he she they we i you".split())
# "wouldn't comment": a refusal to speak, not a hedge.
REFUSAL_VERBS = frozenset(
    "say comment elaborate identify disclose discuss name specify confirm reveal answer give provide "
    "speculate detail divulge respond".split()
)
VOLITION = frozenset("like love prefer rather hate".split())
# Physical or public appearance: "appeared on television", "appear in court".
APPEAR_PLACES = frozenset(
    "on in at before alongside with onstage together live publicly briefly together inside outside".split()
)
# "claimed responsibility", "claimed the lives": a claim on something, not a distancing report.
CLAIM_OBJECTS = frozenset(
    "responsibility credit victory lives life seats seat asylum damages compensation ownership "
    "sovereignty title titles gold silver bronze prize medal win".split()
)
CLAIM_NOUN_MODIFIERS = frozenset(
    "insurance territorial land jobless unemployment benefit benefits legal patent false competing "
    "conflicting rival unsubstantiated unfounded baseless such".split()
)
# Words around a noun use of a verb-like cue: "estimates of", "to the suspects", "earnings estimates".
NOUN_CONTEXT = frozenset(
    "of for by from are were is was in with to on at against other cost earnings analysts' official "
    "initial latest new previous main prime key possible potential".split()
)
# "must be X" is epistemic (a conclusion) when X is one of these, deontic otherwise ("must be respected").
MUST_BE_EPISTEMIC = frozenset(
    "a an the true false right wrong mistaken joking kidding some something someone somewhere crazy "
    "aware there here very so quite really one hard difficult obvious clear tempting going".split()
)
# Irregular past participles ("must have known", "would have been").
IRREGULAR_PARTICIPLES = frozenset(
    "been known seen had thought felt heard made done gone taken given won lost left put set cut hit "
    "held kept brought bought caught taught told sold sent spent built meant paid said found got".split()
)


# ---------------------------------------------------------------- lexicon
def load_lexicon(
    source: str | Path | pd.DataFrame | Iterable[dict] | None = None,
    extend: str | Path | pd.DataFrame | Iterable[dict] | None = None,
) -> pd.DataFrame:
    """The hedge/booster lexicon as a DataFrame with columns ``term, category, type, rule``.

    ``source`` replaces the bundled ``resources/hedges.csv`` (a CSV path, a DataFrame or a list of dicts
    with at least ``term`` and ``category``); ``extend`` adds rows to it, later rows winning for the same
    term. A user's row without a ``rule`` gets the bundled rule of the same term, if any; ``type``
    defaults to ``"user"``.

    >>> lex = load_lexicon(extend=[{"term": "it is rumoured", "category": "hedge", "type": "shield"}])
    >>> lex.set_index("term").loc["it is rumoured", "category"]
    'hedge'
    """
    bundled = _frame(load_table("hedges.csv"), "lexicon")
    lex = bundled if source is None else _frame(source, "source")
    if extend is not None:
        lex = pd.concat([lex, _frame(extend, "extend")], ignore_index=True)
    lex["term"] = lex["term"].str.strip().str.lower().str.replace("\u2019", "'", regex=False)
    lex = lex[lex["term"] != ""].drop_duplicates("term", keep="last")
    known_rules = dict(zip(bundled["term"], bundled["rule"], strict=True))
    missing = lex["rule"] == ""
    lex.loc[missing, "rule"] = lex.loc[missing, "term"].map(known_rules).fillna("")
    bad = sorted(set(lex["category"]) - set(CATEGORIES))
    if bad:
        raise ValueError(f"lexicon: category must be one of {list(CATEGORIES)}, found {bad}")
    unknown = sorted(set(lex["rule"]) - set(RULES) - {""})
    if unknown:
        raise ValueError(f"lexicon: unknown rule(s) {unknown}; known rules: {sorted(RULES)}")
    return lex.reset_index(drop=True)


def _frame(data: Any, argname: str) -> pd.DataFrame:
    if isinstance(data, str | Path):
        df = pd.read_csv(data, comment="#", dtype=str, keep_default_na=False)
    elif isinstance(data, pd.DataFrame):
        df = data.copy()
    elif isinstance(data, Iterable):
        df = pd.DataFrame(list(data))
    else:
        raise TypeError(
            f"{argname}: expected a CSV path, a DataFrame or a list of dicts, got {type(data).__name__}"
        )
    if "term" not in df.columns or "category" not in df.columns:
        raise ValueError(
            f"{argname}: the lexicon needs 'term' and 'category' columns; found {list(df.columns)}"
        )
    for c, default in (("type", "user"), ("rule", "")):
        if c not in df.columns:
            df[c] = default
    df = df[list(LEXICON_COLUMNS)].fillna("").astype(str)
    df["category"] = df["category"].str.strip().str.lower()
    df["type"] = df["type"].str.strip()
    df["rule"] = df["rule"].str.strip()
    return df


# An index entry: (words of the term, category, type, rule function or None).
Entry = tuple[tuple[str, ...], str, str, Callable[..., tuple[str, str] | None] | None]


@lru_cache(maxsize=1)
def _bundled_index() -> dict[str, list[Entry]]:
    return build_index(load_lexicon())


def build_index(lexicon: pd.DataFrame) -> dict[str, list[Entry]]:
    """First word -> entries starting with it, longest first (the precompiled matcher of a lexicon)."""
    index: dict[str, list[Entry]] = {}
    for term, cat, typ, rule in lexicon[list(LEXICON_COLUMNS)].itertuples(index=False):
        words = tuple(m.group().lower() for m in TOKEN_RE.finditer(term))
        if words:
            index.setdefault(words[0], []).append((words, cat, typ, RULES.get(rule) if rule else None))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


# ---------------------------------------------------------------- context rules
# Each rule gets the token context and the entry's (category, type) and returns the (category, type) to
# emit, or None when the match is not a cue. ``w`` are the normalised lower-case token words, ``i:j`` the
# matched tokens, ``lo:hi`` the token range of the sentence, ``raw`` the token's text as written.
class Ctx:
    __slots__ = ("w", "toks", "text", "i", "j", "lo", "hi")

    def __init__(
        self, w: Sequence[str], toks: Sequence[tuple[int, int]], text: str, i: int, j: int, lo: int, hi: int
    ) -> None:
        self.w, self.toks, self.text, self.i, self.j, self.lo, self.hi = w, toks, text, i, j, lo, hi

    def at(self, k: int) -> str:
        """Lower-case word at token ``k``, or "" outside the sentence."""
        return self.w[k] if self.lo <= k < self.hi else ""

    def raw(self, k: int) -> str:
        a, b = self.toks[k]
        return self.text[a:b]


Verdict = tuple[str, str] | None


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS


def _negated(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def rule_may(c: Ctx, cat: str, typ: str) -> Verdict:
    """'may' is a modal; 'May' the month or the name is not ("in May", "Theresa May", "May 5")."""
    raw = c.raw(c.i)
    if raw[:1].isupper():
        prev, nxt = c.at(c.i - 1), c.at(c.i + 1)
        sentence_initial = c.i == c.lo or (prev != "" and not prev[:1].isalnum())
        if not sentence_initial or _is_number(nxt) or nxt in {"day", "'s", ","}:
            return None
        if c.i + 1 < c.hi and c.raw(c.i + 1)[:1].isupper() and nxt not in SUBJECT_PRONOUNS:
            return None  # "May Day", "May Ministry ..."
    return cat, typ


def rule_could(c: Ctx, cat: str, typ: str) -> Verdict:
    """'could not' is past inability ("he could not attend"), not a hedge."""
    return None if _negated(c.at(c.j)) else (cat, typ)


def rule_would(c: Ctx, cat: str, typ: str) -> Verdict:
    """Conditional/hypothetical 'would' is a hedge ("the plan would require ..."); not a cue are refusals
    ("would not comment"), volition ("would like"), counterfactual past ("would have caused") and the
    future in the past of reported speech ("said the move would result in ...")."""
    neg = c.w[c.i] == "wouldn't" or _negated(c.at(c.j))
    verb = c.at(c.j + 1) if neg and c.w[c.i] != "wouldn't" else c.at(c.j)
    if neg and verb in REFUSAL_VERBS:
        return None
    if c.at(c.j) in VOLITION:
        return None
    if verb == "have" and _is_participle(c.at(c.j + 2 if neg and c.w[c.i] != "wouldn't" else c.j + 1)):
        return None
    for k in range(c.i - 1, max(c.lo, c.i - REPORT_WINDOW) - 1, -1):
        if c.w[k] in CONDITIONAL_MARKERS:
            break
        if c.w[k] in REPORTING_VERBS:
            return None
    return cat, typ


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


def rule_quantity(c: Ctx, cat: str, typ: str) -> Verdict:
    """Approximators only before a quantity: "about 300", "around $5m", "about a year", "some 20"."""
    nxt = c.at(c.j)
    if _is_number(nxt) or nxt in CURRENCY:
        return cat, typ
    if nxt in {"a", "an"} and (c.at(c.j + 1) in TIME_AND_MEASURE_UNITS or _is_number(c.at(c.j + 1))):
        return cat, typ
    return None


def rule_think(c: Ctx, cat: str, typ: str) -> Verdict:
    """'think tank' is an institution, not a belief."""
    return None if c.at(c.j) in {"tank", "tanks", "tank's"} else (cat, typ)


def rule_thought(c: Ctx, cat: str, typ: str) -> Verdict:
    """'thought' the noun ("a thought", "school of thought") is not a belief report."""
    return None if c.at(c.i - 1) in DETERMINERS or c.at(c.i - 1) == "of" else (cat, typ)


def rule_appear(c: Ctx, cat: str, typ: str) -> Verdict:
    """'appear on television / in court / before a committee' is a physical appearance."""
    return None if c.at(c.j) in APPEAR_PLACES else (cat, typ)


def rule_claim(c: Ctx, cat: str, typ: str) -> Verdict:
    """The reporting verb 'claim' distances the writer; the noun and 'claim responsibility' do not."""
    prev, nxt = c.at(c.i - 1), c.at(c.j)
    if prev in DETERMINERS or prev in CLAIM_NOUN_MODIFIERS or (prev == "of" and c.w[c.i] == "claims"):
        return None
    if prev.endswith(("'s", "s'")) or nxt in {"of", "for", "on", "against", "by", "are", "were", "was", "is"}:
        return None  # "Russia's claims", "claims of fraud", "the claims were"
    if nxt in CLAIM_OBJECTS or (
        nxt in {"the", "a", "its", "their", "his", "her"} and c.at(c.j + 1) in CLAIM_OBJECTS
    ):
        return None
    return cat, typ


def rule_verb(c: Ctx, cat: str, typ: str) -> Verdict:
    """Only the verb is a cue ("I suspect", "the company estimates that"), not the noun ("the suspects",
    "Wall Street estimates", "estimates of the cost")."""
    prev, nxt = c.at(c.i - 1), c.at(c.j)
    if prev in DETERMINERS or prev.endswith(("'s", "s'")) or prev[:1].isdigit() or prev in NOUN_CONTEXT:
        return None
    if nxt in NOUN_CONTEXT or not nxt[:1].isalnum() and nxt not in {"", '"', "\u201c"}:
        return None
    if c.i == c.lo and nxt in {"from", "by", "of", "for"}:
        return None
    return cat, typ


def rule_expect(c: Ctx, cat: str, typ: str) -> Verdict:
    """'as expected' and 'than expected' report what happened, not an expectation."""
    return None if c.at(c.i - 1) in {"as", "than"} or c.at(c.i - 2) == "than" else (cat, typ)


def rule_must(c: Ctx, cat: str, typ: str) -> Verdict:
    """Epistemic 'must' (a confident inference) is a booster; deontic 'must' (obligation) is no cue."""
    nxt, nxt2 = c.at(c.j), c.at(c.j + 1)
    if nxt == "have" and _is_participle(nxt2):
        return "booster", "epistemic modal"
    if nxt == "be" and nxt2 in MUST_BE_EPISTEMIC:
        return "booster", "epistemic modal"
    return None


def rule_predicative(c: Ctx, cat: str, typ: str) -> Verdict:
    """certain / sure / clear express certainty as predicates ("it is clear that"), not as modifiers."""
    word, prev, nxt = c.w[c.i], c.at(c.i - 1), c.at(c.j)
    if word == "sure" and prev in {"make", "makes", "made", "making"}:
        return None  # "make sure": ensure
    if prev == "for" and word in {"sure", "certain"}:
        return cat, typ
    if word == "clear" and prev in {"make", "makes", "made", "making"}:
        return cat, typ
    if nxt == "that" or (word != "clear" and nxt in {"whether", "about", "of"}):
        return cat, typ
    k = c.i - 1
    while c.at(k) not in COPULAS and (c.at(k) in DEGREE or _negated(c.at(k))):
        k -= 1
    return (cat, typ) if c.at(k) in COPULAS or c.at(k).endswith(("'s", "'re", "'m")) else None


RULES: dict[str, Callable[[Ctx, str, str], Verdict]] = {
    "may": rule_may,
    "could": rule_could,
    "would": rule_would,
    "quantity": rule_quantity,
    "think": rule_think,
    "thought": rule_thought,
    "appear": rule_appear,
    "claim": rule_claim,
    "expect": rule_expect,
    "verb": rule_verb,
    "must": rule_must,
    "predicative": rule_predicative,
}


def _negator_before(c: Ctx) -> int | None:
    """Token index of a negator up to NEGATION_WINDOW tokens before the match, else None."""
    for k in range(c.i - 1, max(c.lo, c.i - NEGATION_WINDOW) - 1, -1):
        word = c.w[k]
        if _negated(word) and (k == c.i - 1 or word not in DETERMINER_NEGATORS):
            return k
        if not word[:1].isalnum():
            return None  # negation does not reach across punctuation
    return None


# ---------------------------------------------------------------- matching
def _normalised_words(doc: Doc) -> list[str]:
    words = doc.token_words
    if any("\u2019" in w for w in words):
        return [w.replace("\u2019", "'") for w in words]
    return words


def find(
    doc: Doc,
    *,
    quotes: Sequence[dict] | pd.DataFrame | None = None,
    lexicon: pd.DataFrame | None = None,
) -> list[dict]:
    """Hedge and booster cues in one Doc, as row dicts with the ``hedges`` schema's keys.

    ``quotes`` are this article's quote rows (dicts or a DataFrame with ``start``, ``end``, ``quote_id``):
    a cue inside a quote's span carries its ``quote_id`` (else None). ``lexicon`` is a DataFrame from
    :func:`load_lexicon` (default: the bundled one).
    """
    index = _bundled_index() if lexicon is None else _index_for(lexicon)
    words = _normalised_words(doc)
    toks, text = doc.tokens, doc.text
    quote_spans = _quote_spans(quotes)
    rows: list[dict] = []
    for sid, (lo, hi) in enumerate(doc.sentence_token_ranges):
        i = lo
        while i < hi:
            entries = index.get(words[i])
            hit = _match_at(entries, words, toks, text, i, lo, hi) if entries else None
            if hit is None:
                i += 1
                continue
            first, j, cat, typ = hit
            a, b = toks[first][0], toks[j - 1][1]
            if rows and rows[-1]["end"] > a:  # "isn't entirely clear": rows never overlap
                a = toks[i][0]
            rows.append(
                {
                    "article_id": doc.article_id,
                    "sentence_id": sid,
                    "quote_id": _quote_of(quote_spans, a, b),
                    "start": a,
                    "end": b,
                    "text": text[a:b],
                    "category": cat,
                    "type": typ,
                }
            )
            i = j
    return rows


def _match_at(
    entries: list[Entry],
    words: list[str],
    toks: Sequence[tuple[int, int]],
    text: str,
    i: int,
    lo: int,
    hi: int,
) -> tuple[int, int, str, str] | None:
    """The longest entry matching at token ``i`` that its rule accepts: (first token, end token, category,
    type); a negated booster starts at its negator."""
    for term, cat, typ, rule in entries:
        j = i + len(term)
        if j > hi or tuple(words[i:j]) != term:
            continue
        c = Ctx(words, toks, text, i, j, lo, hi)
        verdict = rule(c, cat, typ) if rule else (cat, typ)
        if verdict is None:
            continue
        if verdict[0] == "booster" and typ != "negated hedge":
            neg = _negator_before(c)
            if neg is not None:
                return neg, j, "hedge", "negated booster"  # the row spans "not clear"
        return i, j, verdict[0], verdict[1]
    return None


_INDEX_CACHE: dict[int, tuple[pd.DataFrame, dict[str, list[Entry]]]] = {}


def _index_for(lexicon: pd.DataFrame) -> dict[str, list[Entry]]:
    """Index of a user's lexicon, built once per DataFrame object (so a corpus run builds it once)."""
    if not isinstance(lexicon, pd.DataFrame):
        raise TypeError(f"lexicon: expected a DataFrame from load_lexicon(), got {type(lexicon).__name__}")
    cached = _INDEX_CACHE.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        if len(_INDEX_CACHE) > 8:
            _INDEX_CACHE.clear()
        cached = (lexicon, build_index(load_lexicon(lexicon)))
        _INDEX_CACHE[id(lexicon)] = cached
    return cached[1]


def _quote_spans(quotes: Sequence[dict] | pd.DataFrame | None) -> list[tuple[int, int, Any]]:
    if quotes is None:
        return []
    if isinstance(quotes, pd.DataFrame):
        quotes = quotes.to_dict("records")
    spans = []
    for q in quotes:
        try:  # the quoted parts: a cue in '..., he suggested.' between them is not the speaker's
            spans.extend((a, b, q.get("quote_id")) for a, b in segment_spans(q))
        except (KeyError, TypeError, ValueError):
            continue
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def _quote_of(spans: list[tuple[int, int, Any]], a: int, b: int) -> Any:
    """quote_id of the innermost quote whose span contains [a, b), else None."""
    if not spans:
        return None
    k = bisect_right(spans, (a, float("inf"))) - 1
    while k >= 0:
        s, e, qid = spans[k]
        if s <= a and b <= e:
            return qid
        k -= 1
    return None


# ---------------------------------------------------------------- public function
def hedges(
    data: Any, *, lexicon: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per hedge or booster cue: ``article_id, sentence_id, quote_id, start, end, text, category,
    type``.

    ``data`` is a str, a list/Series of str or a DataFrame with ``text`` (and optional ``article_id``).
    ``lexicon`` replaces the bundled lexicon (see :func:`load_lexicon`, which also extends it).
    ``quotes`` is a quotes table (``article_id, quote_id, start, end``) whose ids are copied onto the cues
    inside each quote; without it ``quote_id`` is missing. ``text[start:end]`` of the article equals the
    row's ``text``.

    >>> hedges("Russia may support the plan, Lavrov said.")[["text", "category", "type"]].values.tolist()
    [['may', 'hedge', 'modal']]
    """
    from .pipeline import quotes_by_article, table_from_docs

    if lexicon is not None:
        lexicon = load_lexicon(lexicon)
    by_article = quotes_by_article(quotes) if quotes is not None else {}

    def run(doc: Doc) -> list[dict]:
        return find(doc, quotes=by_article.get(doc.article_id), lexicon=lexicon)

    return table_from_docs(data, "hedges", run)
