"""Attributions without a speech verb: evidential raising verbs, reporting and stance nouns, an
opening "In a poll ..., CLAUSE", headline colons and "Asked whether ..."."""

from __future__ import annotations

from .constants import (
    ADJECTIVE_ENDINGS,
    AUXILIARIES,
    CONJUNCTIONS,
    CREDIT_SUFFIXES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    MAX_NP_TOKENS,
    NAME_JOINERS,
    NOT_LABELS,
    NOT_LABELS_EXTRA,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVES,
)
from .content import _clause_end, _content_row, _kind, _trim_end, _trim_start
from .cues import _find_cues, _is_title_case, _match_cue, _past_form
from .lexicon import Cue, _place_names, _source_nouns, _title_words, cue_lexicon
from .phrases import VERB_WORDS, _abbreviation_stop, _is_word, _np_left
from .subjects import _clause_start, _subject_of_unit
from .units import Item, Row, _span

# "Trump is expected to deliver a victory speech", "the music seemed to match the mood": PolNeAR annotates
# the subject and the infinitive as attributed content whose source is unnamed (Newell et al. 2018,
# "evidentials").
RAISING_VERBS = frozenset("seem seems seemed appear appears appeared".split())
EXPECTED_AUX = frozenset("is are was were be been".split())
# "a state seen as critical for the Stop Trump movement", "a think tank known for conspiracy theories": a
# view held by people the text does not name ("known" takes "to" or "for", the others "as").
VIEWED_AS = frozenset("seen viewed regarded".split())


def _subject_start(items: list[Item], k: int) -> int:
    """Start of the clause that ends at ``k``, after its leading conjunctions and punctuation (the subject
    of "But the music | seemed to ...", "..., a state | seen as ...")."""
    ss = _clause_start(items, 0, k)
    while ss < k and items[ss].quote is None and (items[ss].word in CONJUNCTIONS or not _is_word(items[ss])):
        ss += 1
    return ss


def _raising_rows(items: list[Item], paragraph: int) -> list[Row]:
    """Rows for "X is expected to VP" / "X seems to VP" / "X (is) seen as Y": the subject and the infinitive
    or "as" clause as two segments (that clause alone when the subject cannot be delimited), no speaker."""
    out: list[Row] = []
    hi = len(items)
    for i in range(1, hi - 2):
        it = items[i]
        if it.quote is not None or it.capital:
            continue
        w = it.word
        if w in EVIDENTIAL_ADVERBS:
            row = _evidential_row(items, i, paragraph)
            if row is not None:
                out.append(row)
            continue
        if w == "expected":
            a = i - 1  # "is expected", "is not expected", "is widely expected", "was also expected"
            while a > i - 3 and a > 0 and items[a].quote is None and (
                items[a].word in ("not", "also", "still", "now")
                or items[a].word.endswith("ly") and len(items[a].word) > 3
            ):
                a -= 1
            if items[a].quote is not None or items[a].word not in EXPECTED_AUX:
                continue
        elif w in RAISING_VERBS or w in VIEWED_AS or w == "known":
            passive = w in VIEWED_AS or w == "known"  # "is seen as", "is known to": the auxiliary goes with it
            a = i - 1 if passive and items[i - 1].quote is None and items[i - 1].word in EXPECTED_AUX else i
        else:
            continue
        links = ("as",) if w in VIEWED_AS else ("to", "for") if w == "known" else ("to",)
        if items[i + 1].quote is not None or not _is_word(items[i + 2]) or items[i + 1].word not in links and not (
            w in SEEM_FORMS and _seeming_complement(items[i + 1])
        ):
            continue
        if items[a - 1].quote is None and items[a - 1].word in (("there", "as") if w == "expected" else (
            ",", "it", "there", "as"
        )):
            continue  # "It appears that ...", ", as expected," are the writer's own hedges ("It is expected to
            # rise", "the administration, under pressure, is expected to" are forecasts about a subject)
        cs = i + 1
        ce = _clause_end(items, cs)
        n_words = sum(1 for k in range(cs, ce) if _is_word(items[k]))
        if n_words < 3:
            continue
        quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
        s, e = _span(items, cs, ce)
        row = Row("mixed" if quotes_in else "indirect", s, e, cue=_span(items, a, i + 1), attribution="cue",
                  paragraph=paragraph, quotes=quotes_in)
        # PolNeAR's content holds the subject too ("Christie's thousand-yard stare | to reflect sadness")
        ss = _subject_start(items, a)
        if ss < a and a - ss <= MAX_NP_TOKENS and any(_is_word(items[k]) for k in range(ss, a)):
            row.segments = [_span(items, ss, a), (s, e)]
            row.start = items[ss].start
            row.quotes = [items[k].quote for k in range(ss, a) if items[k].quote is not None] + quotes_in
        out.append(row)
    return out


SEEM_FORMS = frozenset("seem seems seemed".split())
# Endings of a participle or adjective after "seemed" ("seemed rattled by ...", "seemed shaky after ...").
SEEMING_ENDINGS = (*ADJECTIVE_ENDINGS, "ed", "y")


def _seeming_complement(it: Item) -> bool:
    """A participle or adjective that "seemed" attributes to its subject ("his ability seemed shaky")."""
    w = it.word
    return it.quote is None and not it.capital and w.isalpha() and w.endswith(SEEMING_ENDINGS) and len(w) > 3 and (
        w not in FUNCTION_WORDS
    )


# "The FBI is reportedly making arrangements ...": the writer attributes the clause to unnamed reports.
EVIDENTIAL_ADVERBS = frozenset(["reportedly"])


def _evidential_row(items: list[Item], i: int, paragraph: int) -> Row | None:
    """The clause around an evidential adverb, as two segments without it and without a speaker:
    "Both Google and Facebook have | looked at Twitter and passed" (PolNeAR annotates it so)."""
    ss = _subject_start(items, i)
    cs = i + 1
    ce = _clause_end(items, cs)
    if ss >= i or i - ss > MAX_NP_TOKENS or sum(1 for k in range(cs, ce) if _is_word(items[k])) < 2:
        return None
    if ss > 0 and not (
        items[ss].is_cap or items[ss].word in DETERMINERS or items[ss].word in PRONOUN_SUBJECTS_EVIDENTIAL
    ):
        return None  # the clause has a subject of its own ("the deal, which reportedly ..." has not)
    quotes_in = [items[k].quote for k in range(ss, ce) if items[k].quote is not None]
    a, b = _span(items, ss, i)
    c, e = _span(items, cs, ce)
    row = Row("mixed" if quotes_in else "indirect", a, e, cue=_span(items, i, i + 1), attribution="cue",
              paragraph=paragraph, quotes=quotes_in)
    row.segments = [(a, b), (c, e)]
    return row


PRONOUN_SUBJECTS_EVIDENTIAL = frozenset("he she they it we i".split())


# Heads of an opening "In ..., " phrase that make it the source of the clause (documents, polls, words).
IN_SOURCE_NOUNS = frozenset(
    "poll polls survey surveys study report interview statement letter memo article op-ed editorial column "
    "speech filing testimony words tweet post video remarks book".split()
)




def _nominal_rows(items: list[Item], paragraph: int, lex: dict[str, tuple[Cue, ...]]) -> list[Row]:
    """"his claim that ...", "Trump's assertion that ...", "the notion that ...": the that-clause after a
    reporting noun is attributed content; a possessive before the noun is the source."""
    out: list[Row] = []
    hi = len(items)
    for i in range(1, hi - 3):
        it = items[i]
        if it.quote is not None or it.capital or it.word not in lex:
            continue
        stance = next((c for c in lex[it.word] if c.cls == "stance" and len(c.words) == 2
                       and items[i + 1].quote is None and items[i + 1].word == c.words[1]), None)
        if stance is not None:
            row = _stance_row(items, i, paragraph)
            if row is not None:
                out.append(row)
            continue
        cue = next((c for c in lex[it.word] if c.cls == "nominal" and len(c.words) == 1), None)
        if cue is None or items[i + 1].quote is not None or items[i + 1].word not in ("that", "to"):
            continue
        if items[i + 1].word == "to" and not (
            cue.lemma in COMMITMENT_NOUNS and _possessive_before(items, i) and _is_word(items[i + 2])
            and not items[i + 2].capital and items[i + 2].word not in DETERMINERS
        ):  # "Turkey's refusal to acknowledge ...", "his pledge to remove all troops": what the holder vowed
            continue
        cs = i + 2 if items[i + 1].word == "that" else i + 1
        # "the claim that was rejected": a relative clause, not content
        if items[cs].quote is None and (items[cs].word in AUXILIARIES or items[cs].word in VERB_WORDS):
            continue
        ce = clause_end = _clause_end(items, cs)
        if items[i + 1].word == "that" and _opens_unit(items, i):
            # "The claim that he resigned was false": the clause's verb, then the sentence's; the last one is
            # the main clause's
            groups = _verb_groups(items, cs + 1, ce)
            if len(groups) >= 2:
                ce = groups[-1]  # ("... will pay for the wall has been mocked": the last verb group's start)
        if items[i + 1].word == "to" and _opens_unit(items, i):
            # "His pledge to build a wall was popular": an infinitive has no finite verb; the main one ends it
            ce = next((k for k in range(cs + 2, ce)
                       if items[k].quote is None and items[k].word in FINITE_AUXILIARIES), ce)
        if sum(1 for k in range(cs, ce) if _is_word(items[k])) < (2 if ce < clause_end else 3):
            continue  # (a clause cut at the main verb may be short: "The claim that he resigned was false")
        h = _before_modifiers(items, i)  # "Trump's recent evidence-free assertion that"
        spk = _possessive_source(items, h) or _plural_possessive_source(items, h)
        if spk is None and (verb := _light_verb_before(items, i)) is not None:
            spk = _subject_of_unit(items, 0, verb)  # "He did express concern that", "Putin made the claim that"
        quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
        kind = _kind(items, cs, ce)
        s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(
            items, cs - 1 if kind == "indirect" and items[cs - 1].word == "that" else cs, ce)
        row = Row(kind, s, e, cue=_span(items, i, i + 1), attribution="cue", paragraph=paragraph,
                  quotes=quotes_in)
        if spk is not None:
            row.speaker = _span(items, *spk)
        out.append(row)
    return out


# Verbs whose subject holds the reporting noun they take ("expressed concern that", "made the claim that",
# "veered close to an admission that"); not "rejected the claim that", which is someone else's claim.
LIGHT_VERBS = frozenset(
    "express expressed expresses expressing voice voiced voices raise raised raises make made makes making "
    "repeat repeated repeats reiterate reiterated renew renewed offer offered offers share shared".split()
)
MAX_NOUN_MODIFIERS = 3


def _is_possessive(word: str) -> bool:
    """A possessive determiner or a word in 's ("his", "Trump's")."""
    if word in POSSESSIVES:
        return True
    return word.endswith(("'s", "\u2019s")) and word.replace("\u2019", "'") not in NOT_POSSESSIVES


# Words in 's that are a pronoun or an adverb and "is" or "has", never an owner ("There's a recognition that").
NOT_POSSESSIVES = frozenset("there's here's that's it's what's who's where's he's she's let's".split())


def _before_modifiers(items: list[Item], i: int) -> int:
    """Where the noun at ``i`` begins with its lower-case modifiers ("recent evidence-free assertion")."""
    k = i
    while k - 1 > 0 and i - k < MAX_NOUN_MODIFIERS and items[k - 1].quote is None and (
        items[k - 1].word[:1].isalpha() and not items[k - 1].capital and items[k - 1].word not in FUNCTION_WORDS
        and items[k - 1].word not in DETERMINERS
        and not _is_possessive(items[k - 1].word)
    ):
        k -= 1
    return k if k < i and _is_possessive(items[k - 1].word) else i


def _light_verb_before(items: list[Item], i: int) -> int | None:
    """The position of a light verb before the noun at ``i``, across a determiner and two modifiers, or of
    "close" in "close to" ("veered close to an admission"); ``None`` when there is none."""
    for k in range(i - 1, max(0, i - 5), -1):
        it = items[k]
        if it.quote is not None or not it.word[:1].isalpha():
            return None
        if it.word in LIGHT_VERBS:
            return k
        if it.word == "to" and k > 0 and items[k - 1].word == "close":
            return k - 1
    return None


# Nouns of commitment whose to-infinitive is what the holder vowed or refused ("his pledge to ...").
COMMITMENT_NOUNS = frozenset("refusal pledge vow promise threat".split())


def _verb_groups(items: list[Item], a: int, b: int) -> list[int]:
    """Where each run of verb words in [a, b) starts: finite auxiliaries, past forms and what joins them
    ("has been mocked" is one run)."""
    starts: list[int] = []
    prev = False
    for k in range(a, b):
        it = items[k]
        w = it.word
        verb = it.quote is None and not it.capital and (w in FINITE_AUXILIARIES or _past_form(w) and len(w) > 3)
        joins = prev and it.quote is None and (w in AUXILIARIES or w in ("been", "be", "being", "not", "never")
                                               or w.endswith("ly") and w.isalpha())  # ("was roundly discredited")
        if verb and (not prev or w in FINITE_AUXILIARIES and items[k - 1].word not in AUXILIARIES):
            starts.append(k)  # ("he resigned was false": a finite verb after a lexical one opens a new run)
        prev = verb or joins
    return starts


def _opens_unit(items: list[Item], i: int) -> bool:
    """Does the noun phrase ending with the noun at ``i`` open the unit ("The claim that ...", "Trump's
    pledge to ...")? Then what follows its clause is the sentence's predicate."""
    k = i - 1
    while k >= 0 and items[k].quote is None and (
        items[k].word in DETERMINERS or items[k].is_cap or _is_possessive(items[k].word)
        or items[k].word in ("'", "\u2019")  # ("The Census' vow")
    ):
        k -= 1
    return k < 0


def _possessive_before(items: list[Item], i: int) -> bool:
    """Is the word before ``i`` a possessive ("his", "Turkey's")?"""
    b = items[i - 1]
    return b.quote is None and _is_possessive(b.word)


def _possessive_source(items: list[Item], i: int) -> tuple[int, int] | None:
    """The possessive before the noun at ``i``: "his", "Trump's", "the senator's"."""
    b = items[i - 1] if i > 0 else None
    if b is None or b.quote is not None:
        return None
    if b.word in POSSESSIVES:
        return (i - 1, i)
    if _is_possessive(b.word):
        left = _np_left(items, i, 0)
        return (left[0], i) if left is not None else (i - 1, i)
    return None


def _plural_possessive_source(items: list[Item], i: int) -> tuple[int, int] | None:
    """A plural's possessive before the noun at ``i``: "budget hawks' warnings", "the judges' statement"."""
    if i < 2 or items[i - 1].quote is not None or items[i - 1].word not in ("'", "\u2019"):
        return None
    if items[i - 2].quote is not None or not (items[i - 2].word.endswith("s") and items[i - 2].word.isalpha()):
        return None
    left = _np_left(items, i - 1, 0, lower_ok=True)
    return (left[0], i) if left is not None else (i - 2, i)


def _stance_row(items: list[Item], i: int, paragraph: int) -> Row | None:
    """"his support for Sanders", "criticism of the deal": the object noun phrase is the content."""
    hi = len(items)
    cs = i + 2
    ce = cs
    while ce < hi and ce - cs < MAX_NP_TOKENS // 2 and (
        items[ce].quote is not None or _is_word(items[ce]) or _abbreviation_stop(items, ce)
    ) and (
        items[ce].word not in AUXILIARIES and items[ce].word not in VERB_WORDS and items[ce].word not in CONJUNCTIONS
        and items[ce].word not in RELATIVES and (ce == cs or items[ce].word not in PREPOSITIONS)
    ):
        ce += 1
    if ce <= cs:
        return None
    if items[cs].is_cap:  # a name is the whole object: "attacks on Trump grew sharper"
        k = cs
        while k < ce and (items[k].is_cap or (
            items[k].word in NAME_JOINERS or _abbreviation_stop(items, k)
        ) and k + 1 < ce and items[k + 1].is_cap):
            k += 1
        ce = k
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    spk = _possessive_source(items, i)
    if spk is None:
        return None  # without its holder ("support for Sanders has grown") a stance noun is rarely annotated
    row = Row(kind, s, e, cue=_span(items, i, i + 2), attribution="cue", paragraph=paragraph, quotes=quotes_in)
    row.speaker = _span(items, *spk)
    return row


# Prepositions that do not occur inside a speaker's name ("of" and "and" do: "Secretary of State").
LABEL_PREPOSITIONS = frozenset("for to in on with at from over against".split())


# Prepositions after a headline's name that say whom or what it addresses ("Clinton to Planned Parenthood:").
ADDRESSING_PREPOSITIONS = frozenset("to on at".split())
MAX_ADDRESSING_NAME_WORDS = 3


# Nouns that make a headline label a column or section name, not a speaker ("Report: ..." alone is a
# source, as is "Judicial Watch").
RUBRIC_NOUNS = frozenset(
    "update email newsletter notice notices briefing brief roundup digest playbook edition recap tracker "
    "diary mailbag primer explainer takeaways quiz podcast column blog obituary obituaries".split()
)


def _headline_source_row(items: list[Item], paragraph: int) -> Row | None:
    """A headline that names its source after a colon or a dash at its end, as Asian and Russian agencies
    write them ("N. Korea fires ballistic missile into East Sea: JCS", "Will launch statewide stir from Nov 1:
    LSD chief", "Soyuz MS-29 docks with ISS - Roscosmos"): what comes before is the source's."""
    hi = len(items)
    quoted = hi >= 3 and items[0].quote is not None  # ("\u2018Foot stays on the pedal\u2019 \u2013 Commissioner ...")
    if paragraph != 0 or hi < 5 and not quoted or items[hi - 1].quote is None and items[hi - 1].word in (".", "?", "!"):
        return None  # (the first paragraph only, a headline without a full stop)
    k = next((t for t in range(hi - 2, max(hi - 2 - MAX_HEADLINE_SOURCE_WORDS, 0), -1) if items[t].quote is None and (
        items[t].word in HEADLINE_SOURCE_MARKS)), None)
    if k is None or k < (1 if quoted else 3) or items[k].word != ":" and items[k].start > 0 and (
        items[k - 1].end == items[k].start
    ):
        return None  # (a dash set between spaces, not a hyphen: "MS-29")
    words = [items[t] for t in range(k + 1, hi)]
    if any(it.quote is not None or not it.word[:1].isalpha() and it.word not in ("'s", "\u2019s") for it in words):
        return None
    text = " ".join(it.word for it in words).replace(" 's", "'s").replace(" \u2019s", "\u2019s")
    from ..speakers import parse_mention  # (the speakers' parser reads the quotes' rows: imported when used)

    p = parse_mention(text)
    if p["kind"] not in ("person", "org", "role", "group") or any(
        it.word.lower() in HEADLINE_RUBRICS or it.word.lower() in RUBRIC_NOUNS or _match_cue(items, t, cue_lexicon())
        for t, it in enumerate(words, start=k + 1)
    ) or not (words[0].is_cap or p["kind"] in ("role", "group")):
        return None  # ("Brexit - live updates", "Trump vs. Clinton: Analysis")
    cs, ce = _trim_start(items, 0, k), _trim_end(items, 0, k)
    if sum(items[t].quote.words if items[t].quote is not None else 1 for t in range(cs, ce) if (
        items[t].quote is not None or _is_word(items[t]) and items[t].word[:1].isalpha()
    )) < MIN_HEADLINE_WORDS:  # (a quotation's words count: "\u2018Foot stays on the pedal\u2019 \u2013 ...")
        return None
    return _content_row(items, cs, ce, cue=_span(items, k, k + 1), speaker=_span(items, k + 1, hi),
                        attribution="cue", paragraph=paragraph)


def _headline_quote_colon_row(items: list[Item], paragraph: int) -> Row | None:
    """A headline that opens with a quotation and a colon, then its speaker and a verb of the present
    ("\u2018No magic, only discipline\u2019: Echeverr\u00eda hails inflation slowdown"): the quotation is the
    speaker's."""
    hi = len(items)
    if paragraph != 0 or hi < 4 or items[0].quote is None or items[1].quote is not None or items[1].word not in (
        ":", "\u2013", "\u2014", "-"
    ):
        return None
    k = 2
    while k < hi and k - 2 < MAX_HEADLINE_SOURCE_WORDS and items[k].quote is None and items[k].is_cap:
        k += 1
    if k == 2 or k >= hi or items[k].quote is not None or items[k].capital or not (
        items[k].word.isalpha() and items[k].word.endswith("s") and _match_cue(items, k, cue_lexicon()) is not None
    ):
        return None  # (a name, then a cue in the present: "Echeverr\u00eda hails", "Minister vows"; not "Arab mayors
        # strike")
    from ..speakers import parse_mention  # (the speakers' parser reads the quotes' rows: imported when used)

    if parse_mention(" ".join(items[t].word for t in range(2, k)))["kind"] not in ("person", "org", "role"):
        return None
    return _content_row(items, 0, 1, cue=_span(items, k, k + 1), speaker=_span(items, 2, k), attribution="cue",
                        paragraph=paragraph)


MAX_HEADLINE_SOURCE_WORDS = 4
MIN_HEADLINE_WORDS = 4
HEADLINE_SOURCE_MARKS = frozenset([":", "-", "\u2013", "\u2014"])
# Words that end a headline as its rubric, not its source ("... - live updates", "...: Analysis").
HEADLINE_RUBRICS = frozenset("live updates analysis opinion video photos watch explained timeline review editorial "
                             "interview exclusive report".split())


def _lower_office_word(word: str) -> bool:
    """A lower-case title or speaking body that may close a headline's label ("minister", "official", "police")."""
    titles, nouns = _title_words()[1], _title_words()[2]
    return word in titles or word in nouns and word not in _source_nouns()


def _headline_colon_row(items: list[Item], paragraph: int) -> Row | None:
    """A headline "Graham: Trump's Rhetoric Destroying GOP's Chance" attributes what follows the colon to
    the name before it (news headline style)."""
    hi = len(items)
    if hi < 3 or hi < 5 and items[2].quote is None or not (_is_title_case(items) or paragraph == 0):
        # (the first paragraph is the headline; "Trump: 'We are going to win so much.'" is three items)
        return None
    colon = next((k for k in range(1, min(hi, MAX_NP_TOKENS + 1)) if items[k].word == ":"), None)
    if colon is None:
        return None
    # "Clinton to Planned Parenthood: ...", "Gillibrand on Hillary's Speeches: ...": a name, then whom or
    # what the headline's words address
    name_end = next((k for k in range(1, min(colon, MAX_ADDRESSING_NAME_WORDS + 1)) if items[k].quote is None
                     and items[k].word.lower() in ADDRESSING_PREPOSITIONS), None) if paragraph == 0 else None
    if name_end is None or not all(items[k].is_cap for k in range(name_end)):
        name_end = colon
    if name_end > MAX_NP_TOKENS // 2 or not all(items[k].is_cap or items[k].word in ("-", "'s", "\u2019s") or (
        items[k].word in NAME_JOINERS) or paragraph == 0 and k > 0 and _lower_office_word(items[k].word)
            for k in range(name_end)):
        return None  # (a headline's office in lower case: "Water minister: ...", "Boise police: ...")
    if not _is_title_case(items[colon + 1 :]) and any(
        h.cue.cls in ("speech", "tell", "according") or h.cue.cls in ("object", "naming") and (
            h.cue.words[0].endswith(("ed", "ing")))
        for h in _find_cues(items[colon + 1 :], cue_lexicon())
    ):  # "Dubai: The RTA will introduce new fares, the authority announced", "New Delhi: The Election Commission
        # rejected the allegations, calling them ...", "Patna: Polling ..., according to the Election Commission":
        # a dateline before a report (a headline's present
        # "Clinton: I support D.C. statehood" stays hers)
        return None
    if all(items[k].shouted for k in range(name_end)) and (
        name_end > 1 or items[0].word in _place_names() or not _is_title_case(items[colon + 1 :])
    ):  # "NEW DELHI: Prime Minister Narendra Modi on Saturday ...", "ISLAMABAD: ... said": a dateline
        return None
    if items[0].word in NOT_LABELS or items[0].word in NOT_LABELS_EXTRA or items[0].word in DETERMINERS:
        return None  # "The Latest: ...", "Update: ...", "Breaking: ...": a rubric, not a speaker
    last = items[name_end - 1]
    if last.word in NOT_LABELS_EXTRA or last.quote is None and last.word.endswith(CREDIT_SUFFIXES):
        return None  # "Kamala Harris Image: U.S. Senate.", "Gloria La RivaImage: ...": a photo credit
    if any(items[k].word in RUBRIC_NOUNS for k in range(1, colon)):
        return None  # "Delegate Update: ...", "Monday's Morning Email: ...", "Paid Notice: Deaths"
    if any(items[k].word in LABEL_PREPOSITIONS for k in range(name_end)):
        return None  # "Big Win For Bernie: ...": a phrase, not a name
    cs, ce = _trim_start(items, colon + 1, hi), _trim_end(items, colon + 1, hi)
    if sum(1 for k in range(cs, ce) if _is_word(items[k]) and items[k].word[:1].isalpha()) < 3 and not any(
        items[k].quote is not None for k in range(cs, ce)
    ):
        return None
    if _names_listed(items, cs, ce):
        return None  # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a list of participants
    return _content_row(items, cs, ce, cue=_span(items, colon, colon + 1), speaker=_span(items, 0, name_end),
                        attribution="cue", paragraph=paragraph)


MIN_LISTED_NAMES = 4
MAX_LISTED_NAME_TOKENS = 5


def _names_listed(items: list[Item], cs: int, ce: int) -> bool:
    """Is items[cs:ce] a comma-separated list of at least four names, each a few capitalised words?"""
    groups, n = 0, 0
    for k in range(cs, ce):
        it = items[k]
        if it.quote is not None:
            return False
        if it.word in (",", "and"):
            if n == 0:
                continue
            groups, n = groups + 1, 0
        elif it.is_cap or it.word in (".", "-", "'s", "\u2019s") or it.word in NAME_JOINERS:
            n += 1
            if n > MAX_LISTED_NAME_TOKENS:
                return False
        else:
            return False
    return groups + (1 if n else 0) >= MIN_LISTED_NAMES


def _in_source_row(items: list[Item], paragraph: int) -> Row | None:
    """"In a CNN poll released Monday, 50 percent chose Clinton": a document or medium named in an opening
    prepositional phrase is the source of the clause after the comma (also "In Forbes' words, ...")."""
    hi = len(items)
    j = 0
    while j < hi and items[j].quote is None and items[j].word in CONJUNCTIONS:
        j += 1
    if j >= hi - 4 or items[j].quote is not None or items[j].word != "in":
        return None
    sources = IN_SOURCE_NOUNS
    comma = None
    head = False
    for k in range(j + 1, min(hi, j + 1 + MAX_NP_TOKENS)):
        it = items[k]
        if it.quote is not None or it.word in (";", ":", "."):
            return None
        if it.word == "," and not _state_after(items, k + 1, hi):
            comma = k
            break
        head = head or it.word in sources
    if comma is None or not head or comma == j + 1 or items[j + 1].word == "other":
        return None
    if comma + 1 < hi and _source_participle(items[comma + 1]):
        # "In the new Morning Consult poll, conducted March 11-13, 40 percent ...": the poll's details
        comma = next((k for k in range(comma + 2, min(hi, comma + 2 + MAX_NP_TOKENS))
                      if items[k].quote is None and items[k].word == ","), None)
        if comma is None:
            return None
    if _cue_within_clause(items, comma + 1, hi):
        return None  # "In an interview, Manafort said ...": the cue of the clause owns it
    cs, ce = _trim_start(items, comma + 1, hi), _trim_end(items, comma + 1, hi)
    if sum(1 for k in range(cs, ce) if _is_word(items[k])) < 4:
        return None
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    kind = _kind(items, cs, ce)
    s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    spk = (j + 1, comma)
    if any(items[k].word in SPOKEN_NOUNS and not items[k].capital for k in range(j + 1, comma)) and (
        # (not the "Post" of "Washington Post/ABC News poll")
        items[cs].quote is None and (items[cs].is_cap or items[cs].word in ("he", "she", "they", "we", "i") or (
            items[cs].word == "the" and cs + 1 < ce and items[cs + 1].quote is None and items[cs + 1].is_cap))
    ):  # "In his speech earlier Wednesday, Trump proclaimed ...", "In a statement, the US Department of Defense
        # justified ...": the one who spoke is the source
        b = cs + 1 + (items[cs].word == "the")
        while b < ce and b - cs < MAX_NP_TOKENS and items[b].quote is None and (
            items[b].is_cap or items[b].word in NAME_JOINERS
        ):
            b += 1
        if ce - b < 2:
            return None
        spk = (cs, b)
        cs = b  # the predicate is what was said ("proclaimed a goal of ..."); the speaker stays outside it
        quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
        kind = _kind(items, cs, ce)
        s, e = (quotes_in[0].start, quotes_in[0].end) if kind == "direct" else _span(items, cs, ce)
    return Row(kind, s, e, cue=_span(items, j, j + 1), speaker=_span(items, *spk), attribution="cue",
               paragraph=paragraph, quotes=quotes_in)


# Participles that describe a poll or a document after its name ("conducted March 11-13", "released Monday").
SOURCE_PARTICIPLES = frozenset("conducted released published taken fielded commissioned issued sponsored".split())


def _source_participle(it: Item) -> bool:
    return it.quote is None and it.word in SOURCE_PARTICIPLES


def _state_after(items: list[Item], k: int, hi: int) -> bool:
    """A state or country after a place's comma that a second comma closes: "in Fort Pierce, Florida
    Friday," (the phrase goes on)."""
    if k >= hi or items[k].quote is not None or not items[k].is_cap or items[k].word not in _place_names():
        return False
    return any(items[t].quote is None and items[t].word == "," for t in range(k + 1, min(hi, k + 4)))


# Heads of an opening "In ..." phrase that name something its speaker said (the subject of the clause
# speaks), unlike a poll, study or report, which is the source itself.
SPOKEN_NOUNS = frozenset("speech interview remarks statement testimony tweet post op-ed letter".split())


POLL_NOUNS = frozenset("poll polls survey surveys".split())
POLL_NOT_SUBJECTS = frozenset("depending with where who which when while in on at".split())


def _in_poll_after_row(items: list[Item], paragraph: int) -> Row | None:
    """"Kasich was at 25 percent in the most recent Fox poll": a clause that closes with "in" and a poll
    has that poll as its source (the clause before "in" is the content)."""
    hi = len(items)
    for j in range(4, hi - 1):
        it = items[j]
        if it.quote is not None or it.word != "in":
            continue
        k = j + 1
        while k < hi and k - j <= MAX_NP_TOKENS and items[k].quote is None and items[k].word not in POLL_NOUNS and (
            _is_word(items[k]) or items[k].word in "/-'\u2019"
        ):
            k += 1
        if k >= hi or items[k].quote is not None or items[k].word not in POLL_NOUNS:
            continue
        end = k + 1  # "in a Washington Post-ABC News poll released Sunday": the participle goes with it
        while end < hi and items[end].quote is None and _is_word(items[end]) and end - k <= 3:
            end += 1
        if end < hi and not (items[end].word in (",", ".", ";") and items[end].quote is None):
            continue
        cs = _subject_start(items, j)
        ce = _trim_end(items, cs, j)
        if sum(1 for t in range(cs, ce) if _is_word(items[t])) < 4 or _cue_within_clause(items, cs, ce) or (
            items[cs].quote is None and not (items[cs].is_cap or items[cs].word in DETERMINERS)
        ) or items[cs].word in POLL_NOT_SUBJECTS or any(
            items[t].quote is None and items[t].word in ("who", "whose") for t in range(cs, j)
        ):  # the clause has a subject of its own ("who has been leading in polls here" has not), and the "in" is
            continue  # its verb's, not a relative clause's ("a political scientist who was not involved in the survey")
        quotes_in = [items[t].quote for t in range(cs, ce) if items[t].quote is not None]
        s, e = _span(items, cs, ce)
        return Row(_kind(items, cs, ce), s, e, cue=_span(items, j, j + 1), speaker=_span(items, j + 1, end),
                   attribution="cue", paragraph=paragraph, quotes=quotes_in)
    return None


def _cue_within_clause(items: list[Item], a: int, hi: int) -> bool:
    """A speech, tell or belief cue among items[a:hi] (outside quotes), not an infinitive ("are most inclined
    to say ...": the poll's respondents, not a report of the clause's own)."""
    lex = cue_lexicon()
    for k in range(a, hi):
        if items[k].quote is None and items[k].word in lex and not (k > a and items[k - 1].word == "to"):
            m = _match_cue(items, k, lex)
            if m is not None and m[0].cls in ("speech", "tell", "belief", "according"):
                return True
    return False
