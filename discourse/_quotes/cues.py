"""Cue matching inside a unit: reporting verbs and phrases from the lexicon, auxiliaries folded in,
and cues after a quote ('"...," he declared')."""

from __future__ import annotations

from dataclasses import dataclass

from .appositives import _speaker_left
from .constants import (
    AUXILIARIES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    IRREGULAR_PAST,
    MAX_NP_TOKENS,
    MIN_SINGLE_WORDS,
    MIN_TITLE_WORDS,
    NUMBER_WORDS,
    POSSESSIVES,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
    RELATIVES,
    TITLE_CASE_SHARE,
)
from .lexicon import Cue, _source_nouns, _title_words
from .phrases import _contracted_pronoun
from .units import Item

# Words of a time phrase, not a subject: '"...," a week after Ostrevia began the second filling'.
TIME_LINKS = frozenset("after before since until later ago earlier week weeks day days month months year years".split())
# Words after which an -s form is a plural noun ("their answers"), never a verb ("this says" is not here).
NOUN_DETERMINERS = frozenset("the a an his her their its our my your".split())
# -ing forms of cues that are also nouns ("his stern warning that ...").
NOUNS_IN_ING = frozenset("warning".split())
# Participles of hearsay before "to have" + a cue ("is understood to have told", "is said to have warned").
HEARSAY = frozenset("understood said believed thought reported known".split())
# Determiners of a plural noun only: a cue's -s form after them is that noun ("Some reports suggest").
PLURAL_DETERMINERS = frozenset("some many several these those most few such both".split())




def _match_cue(
    items: list[Item], i: int, lex: dict[str, tuple[Cue, ...]], title_case: bool = False
) -> tuple[Cue, int] | None:
    it = items[i]
    inverted = i == 0 and i + 1 < len(items) and (items[i + 1].is_cap or (  # "Said Dorothy Poynter, ..."
        it.word.endswith("ing") and i + 2 < len(items) and items[i + 1].word in (",", ":")
        and items[i + 2].quote is not None) or (  # 'Adding, "..."'
        items[i + 1].word == "by" and items[i + 1].quote is None) or (  # "Asked by Matt Lauer whether ..."
        it.word.endswith("ing") and items[i + 1].quote is None and (  # "Noting he majored in ..., Allen said"
            items[i + 1].word == "that" or items[i + 1].word in PRONOUN_SUBJECTS
            or items[i + 1].word in POSSESSIVES)) or (  # "Defending his record, Trump said"
        it.word.endswith("ing") and items[i + 1].quote is not None))  # 'Citing "obligations," she told'

    if it.quote is not None or (it.capital and it.word not in ("according", "as", "in") and not (
        title_case and i > 0
    ) and not inverted):  # ("According to X," the Indian "As per X," and "In his words,")
        return None  # a capitalised "States", "Reports" is a name, not a cue (except in a headline)
    for cue in lex.get(it.word, ()):
        n = len(cue.words)
        if cue.lemma == "hear" and not (i > 0 and items[i - 1].quote is None and items[i - 1].word in (
            HEARING_BODIES
        )):
            continue  # "heard" reports only after a court or a hearing ("the inquest heard"; not "heard gunfire")
        if cue.lemma == "understand" and not (i > 0 and items[i - 1].quote is None and items[i - 1].word in (
            "is", "was", "been"
        )):
            continue  # only the passive of anonymous sourcing: "It is understood that ..."
        if i + n <= len(items) and all(
            items[i + j].quote is None and items[i + j].word == w for j, w in enumerate(cue.words)
        ):
            return cue, i + n
    return None


# Who hears in court reporting: "the court heard", "the inquest heard", "Worcester Crown Court heard".
HEARING_BODIES = frozenset("court jury inquest tribunal hearing trial inquiry committee magistrates".split())


@dataclass
class _CueHit:
    a: int  # first item of the cue (auxiliaries included)
    b: int  # one past the cue
    cue: Cue


def _is_title_case(items: list[Item]) -> bool:
    """A headline: most words capitalised ("Hillary Clinton Says EgyptAir Crash Seems Like Terrorism")."""
    words = [it for it in items if it.quote is None and it.word[:1].isalpha()]
    return len(words) >= MIN_TITLE_WORDS and sum(it.capital for it in words) >= TITLE_CASE_SHARE * len(words)


def _find_cues(items: list[Item], lex: dict[str, tuple[Cue, ...]]) -> list[_CueHit]:
    hits: list[_CueHit] = []
    title_case = _is_title_case(items)
    i = 0
    while i < len(items):
        m = _match_cue(items, i, lex, title_case)
        if m is None:
            w = items[i].word
            if (len(w) > 4 and w.endswith("ed") and w.isalpha() and not items[i].capital and items[i].quote is None
                    and _after_quote(items, i) and not _cue_later_in_phrase(items, i + 1, lex, title_case)):
                hits.append(_CueHit(i, i + 1, Cue((w,), w, "speech")))  # '"...," he shrugged' (not "Dr Saeed")
            i += 1
            continue
        cue, end = m
        if cue.lemma == "respond to" and any(items[k].quote is not None for k in range(end, len(items))):
            cue, end = Cue(cue.words[:-1], "respond", "speech"), end - 1  # 'responds to Mills with, "..."'
        if cue.cls in ("nominal", "stance"):  # nouns are read by _nominal_rows only
            i += 1
            continue
        if _noun_reading(items, i, cue, end) or _other_verb(items, i, cue, end) or _marked_word(items, i, end) or (
            _document_participle(items, i, cue, end)
        ) or (
            _plural_subject(items, i, cue, end, lex)
        ) or items[i].titled and items[i].capital and items[i].quote is None:  # ("Mohd Said said": a name)
            i += 1
            continue
        a = i
        while a > 0 and items[a - 1].quote is None and not items[a - 1].titled and (
            items[a - 1].word in AUXILIARIES or items[a - 1].word in PROGRESSIVE and cue.words[0].endswith("ing")
            or _adverb_after_auxiliary(items, a - 1)
        ) and i - a < 4:
            a -= 1  # "has said", "also noted", "is insisting", "was saying", "has increasingly decried"
        if a >= 3 and items[a].word == "have" and items[a - 1].word == "to" and items[a - 2].word in HEARSAY and (
            items[a - 3].word in ("is", "are", "was", "were") and all(items[k].quote is None for k in range(a - 3, a))
        ):  # "Reid is understood to have told ministers that ...": the hedge is part of the cue
            a -= 3
        if a >= 3 and items[a - 1].word == "to" and items[a - 2].word == "on" and items[a - 3].word in GO_FORMS and (
            all(items[k].quote is None for k in range(a - 3, a))
        ):  # "went on to say", "going on to say"
            a -= 1
        if a >= 2 and items[a - 1].quote is None and items[a - 1].word in ("to", "on") and (
            items[a - 2].quote is None and items[a - 2].word in ASPECT_VERBS and not items[a - 2].capital
        ):  # "continued to portray", "has begun to say", "went on to say": the report is the infinitive's
            a -= 2
            while a > 0 and items[a - 1].quote is None and items[a - 1].word in AUXILIARIES and i - a < 6:
                a -= 1
        if cue.cls not in ("speech", "tell", "according") and _after_quote(items, a):
            cue = Cue(cue.words, cue.lemma, "speech")  # '"...," it read', '"...," he declared'
        elif cue.cls == "closing" and end < len(items) and (
            items[end].quote is None and (items[end].word in (":", ",") and end + 1 < len(items) and (
                items[end + 1].quote is not None and (items[end].word == ":" or _clause_quote(items[end + 1]))
            ) or items[end].word == ":" or items[end].word in ("whether", "if") and not items[end].capital
            or items[end].word == "that" and (
                cue.words[-1].endswith("ed") or _verb_position(items, a) or _complement_after(items, end + 1)
                or a < i and items[a].word in PROGRESSIVE  # "The city of Phoenix is demanding that ..."
            )) or _clause_quote(items[end]) or _quote_after_place(items, end)
            or cue.words[-1].endswith("ed") and (_that_after_place(items, end) or _subject_and_verb_after(items, end))
            or cue.words[-1].endswith("ed") and _after_clause(items, a)
        ):
            # 'he declared: "..."', 'declared that ...', 'declared "..."', 'declared on national television that
            # ...', 'declared Oksuz was a leader of the plot', '..., the Associated Press declared on Thursday.'
            cue = Cue(cue.words, cue.lemma, "speech")
        elif cue.cls == "closing":
            i += 1
            continue
        hits.append(_CueHit(a, end, cue))
        i = end
    return hits


def _marked_word(items: list[Item], i: int, end: int) -> bool:
    """A cue word between single marks is a quoted word, not a report ("Trump Was 'Mocking' Clinton
    Camp")."""
    return 0 < i and end < len(items) and items[i - 1].quote is None and items[end].quote is None and (
        items[i - 1].word in SINGLE_MARKS and items[end].word in SINGLE_MARKS
    )


SINGLE_MARKS = frozenset("'\u2018\u2019")


# Words after a cue form that make it another verb ("showed up") or part of a noun ("show host", "think
# tank").
NOT_REPORT_AFTER = {
    "show": frozenset("up off host hosts hostess guest guests runner runners business".split()),
    "think": frozenset("tank tanks".split()),
    "pledge": frozenset("delegate delegates".split()),  # "Green Party pledged delegates"
}


# Verbs of aspect whose infinitive carries the report ("continued to portray", "began to say").
GO_FORMS = frozenset("go goes going went gone".split())
ASPECT_VERBS = frozenset(
    "continue continues continued continuing begin begins began begun beginning start starts started".split()
) | GO_FORMS
REFLEXIVES = frozenset("himself herself itself themselves myself ourselves yourself yourselves".split())


def _other_verb(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """A cue form that is another verb, a participle or an adjective here: "found themselves in a battle" (a
    reflexive object), "helped found the movement" (to found, establish), "a man named John Smith", "A main
    issue discussed was ...", "the most pledged delegates", "The election saw a victory", "think tank"."""
    if end < len(items) and items[end].quote is None and items[end].word in REFLEXIVES and cue.lemma == "find":
        return True  # (but "described himself as ..." is a self-description, and reported)
    if cue.lemma == "name" and i > 0 and items[i - 1].quote is None and not items[i - 1].capital and (
        items[i - 1].word not in PRONOUN_SUBJECTS and items[i - 1].word not in AUXILIARIES
        and not items[i - 1].word.endswith("ly")
    ):
        return True  # "a man named John Smith": a participle of the noun ("Trump has named" is not one)
    if cue.lemma == "name" and end < len(items) and items[end].quote is not None:
        return True  # 'drills, which it has named "Operation Clear Water"': a title given, not speech
    if _participle_before_copula(items, i, cue, end) or _adjective_after_degree(items, i, cue, end):
        return True
    if cue.words[0] in ("saw", "see") and not _as_or_that_follows(items, end):
        return True  # "The following election saw a substantial victory": to witness, not to view X as Y
    if end < len(items) and items[end].quote is None and items[end].word in NOT_REPORT_AFTER.get(cue.lemma, ()):
        return True  # "showed up in Portland", "Talk show host Glenn Beck", "the think tank Atlantic Council"
    return cue.words[0] == "found" and i > 0 and items[i - 1].quote is None and items[i - 1].word in (
        "help", "helped", "helps", "helping", "to"
    )


def _participle_before_copula(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """"A main issue discussed was ...": an object cue's participle after its noun and before "was"."""
    if cue.cls not in ("object", "naming") or not cue.words[-1].endswith("ed") or end >= len(items) or i < 1:
        return False
    before, after = items[i - 1], items[end]
    return after.quote is None and after.word in ("was", "were", "is", "are") and before.quote is None and (
        before.word.isalpha() and not before.capital and before.word not in PRONOUN_SUBJECTS
        and before.word not in AUXILIARIES and before.word not in FUNCTION_WORDS
    )


def _adjective_after_degree(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """"the most pledged delegates", "the most frequently discussed subject": a past participle after "most"
    (and an -ly adverb) before its noun is an adjective ("and most recently defended the use" is a verb)."""
    k = i - 1 if i > 1 and items[i - 1].quote is None and items[i - 1].word.endswith("ly") else i
    if not cue.words[0].endswith("ed") or k < 1 or end >= len(items):
        return False
    degree, after = items[k - 1], items[end]
    return degree.quote is None and degree.word in DEGREE_WORDS and after.quote is None and (
        after.word[:1].isalpha() and after.word not in ("that", "to", "by") and after.word not in DETERMINERS
    )


DEGREE_WORDS = frozenset("most more least less fewer".split())


def _as_or_that_follows(items: list[Item], end: int) -> bool:
    """'saw that ...', 'saw the program as detrimental': a view, not a sight."""
    if end < len(items) and items[end].quote is None and items[end].word == "that":
        return True
    for k in range(end, min(len(items), end + MAX_VIEWED_OBJECT_TOKENS)):
        if items[k].quote is None and (items[k].word in ",;:" or items[k].word == "." and not (
            k > 0 and items[k - 1].capital and len(items[k - 1].word) <= 3  # "Mr. Netanyahu"
        )):
            return False
        if items[k].quote is None and items[k].word == "as" and not (
            k + 1 < len(items) and items[k + 1].word in COMPARATIVE_AS or items[k - 1].word in COMPARATIVE_AS
            or items[k - 1].word == "such"
        ):  # (not "see their incomes go up by as much as 19.9 percent", "such as")
            return True
    return False


# Words inside a comparison "as much as", "as well as", "as long as", whose "as" is not a view's.
COMPARATIVE_AS = frozenset("much many well long soon far little few high low recently early late".split())


MAX_VIEWED_OBJECT_TOKENS = 20


def _adverb_after_auxiliary(items: list[Item], k: int) -> bool:
    """An -ly adverb between an auxiliary and the cue: "has increasingly decried", "had repeatedly said"."""
    w = items[k].word
    return len(w) > 4 and w.endswith("ly") and w.isalpha() and not items[k].capital and k > 0 and (
        items[k - 1].quote is None and items[k - 1].word in AUXILIARIES
    )


def _absolute_participle(items: list[Item], i: int) -> bool:
    """Does "with" and a short noun phrase stand right before ``i`` ("with the governor warning that"): the
    -ing word is that phrase's participle, not a noun ("a flood warning")?"""
    for k in range(i - 1, max(0, i - 5), -1):
        w = items[k]
        if w.quote is not None or not w.word.isalpha():
            return False
        if w.word == "with" and k < i - 1:
            return items[k + 1].word not in ("a", "an")  # (but "with a stern warning that": a noun)
    return False


# Prepositions before which a plural cue word is a noun ("despite plans", "amid warnings", "over claims").
NOUN_PREPOSITIONS = frozenset("despite amid amidst over about against after before following with without".split())


def _document_participle(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """Is the cue word at ``i`` a past participle describing the document before it, inside the phrase that
    names the occasion ("said in a statement posted on its website", "in a video released by the ministry")?"""
    if len(cue.words) != 1 or not _past_form(cue.words[0]) or i < 3 or end >= len(items):
        return False
    if items[end].quote is not None or items[end].word not in PLACE_PREPOSITIONS | {"to", "by", "online"}:
        return False
    if items[i - 1].quote is not None or items[i - 1].word not in _source_nouns():
        return False
    k = i - 2
    while k > 0 and i - k <= MAX_OCCASION_WORDS and items[k].quote is None and items[k].word.isalpha() and (
        not items[k].capital and items[k].word not in DETERMINERS
    ):
        k -= 1  # ("in a lengthy joint statement posted")
    return k > 0 and items[k].quote is None and items[k].word in DETERMINERS and (
        items[k - 1].quote is None and items[k - 1].word in PLACE_PREPOSITIONS
    )


MAX_OCCASION_WORDS = 4


def _noun_reading(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """Is the cue word at ``i`` a noun here? After a determiner or a possessive ("their answers", "the call",
    "Murphy's call"), after a singular noun in the base form ("the reality show "Cake Boss""), or at the head
    of a compound noun ("Murphy's conference call ended")."""
    if end < len(items) and items[end].quote is None and items[end].word in ("was", "were") and (
        cue.words[0] == cue.lemma.split()[0] and not cue.words[0].endswith("ed")
    ) and (i == 0 or i == 1 and items[0].capital or items[i - 1].word in DETERMINERS):
        return True  # "Special mention was made of ...": the cue's base form is the subject noun
    if i < 1:
        return False
    before = items[i - 1]
    if cue.words[0].endswith("s") and before.quote is None and (
        before.word.replace(",", "").isdigit() or before.word in NUMBER_WORDS
    ):
        return True  # "received 400 votes for the nomination", "two calls for calm": a counted noun
    if cue.words[0].endswith("s") and before.quote is None and before.word in NOUN_PREPOSITIONS:
        return True  # "despite plans to raise defence spending", "amid warnings of ...": a plural noun
    if before.quote is None and (before.word in NOUN_DETERMINERS or (
        _possessive(before) and not _past_form(cue.words[0])
    )):
        return True
    if before.quote is None and _possessive(before) and len(cue.words) == 1 and end < len(items) and (
        items[end].quote is None and items[end].word.isalpha() and not items[end].capital
        and items[end].word not in FUNCTION_WORDS and items[end].word not in DETERMINERS
    ):
        return True  # "after Schilling's repeated offenses": a past participle before a noun, not "has repeated"
    if cue.words[0] in NOUNS_IN_ING and (items[i].capital or before.quote is None and before.word.isalpha() and (
        not before.capital and before.word not in FUNCTION_WORDS and before.word not in AUXILIARIES
        and before.word not in PROGRESSIVE and not before.word.endswith("ly")
    )) and not _absolute_participle(items, i):
        return True  # "his stern warning that", "a flash flood warning covering", "Warning Signs": a noun
    if cue.words[0].endswith("s") and before.quote is None and before.word in PLURAL_DETERMINERS:
        return True  # "Some reports suggest ...", "these claims": a plural noun ("Some say" is a verb)
    if len(cue.words) == 1 and cue.words[0].endswith("s") and cue.lemma in PLURAL_NOUN_PRONE and (
        before.quote is None and not before.capital and before.word.endswith("ed") and len(before.word) > 4
        and before.word.isalpha()
    ):
        return True  # "renewed fears along Europe's flank", "scrutinized reports like ...": the object of a verb
    if len(cue.words) == 1 and cue.words[0].endswith("s") and cue.lemma in PLURAL_NOUN_PRONE and (
        before.quote is None and not before.capital and before.word.endswith("ing") and len(before.word) > 5
        and before.word.isalpha() and before.word not in INDEFINITE_THINGS and not (
            i > 1 and items[i - 2].quote is None and (items[i - 2].word.lower() in DETERMINERS or _possessive(
                items[i - 2])))
    ):
        return True  # "NHS waiting lists in Wales reached": a gerund's compound noun (not "The ruling lists")
    if _gerund_before_title(items, i, cue, end):
        return True  # "A council planning manager has told": a compound noun's first word
    return _noun_after_singular(items, i, cue, end) or i > 1 and _compound_noun(items, i, cue, end)


def _gerund_before_title(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """An "-ing" cue word between a noun and a singular title that a verb follows ("A council planning manager
    has told", "the reporting officer said"): a gerund modifying the title, not a report."""
    if len(cue.words) != 1 or not cue.words[0].endswith("ing") or end + 1 >= len(items):
        return False
    before, title, verb = items[i - 1], items[end], items[end + 1]
    if before.quote is not None or title.quote is not None or verb.quote is not None:
        return False
    return before.word.isalpha() and before.word not in AUXILIARIES and before.word not in PROGRESSIVE and (
        title.word.isalpha() and not title.capital and not title.word.endswith("s")
        and title.word in _title_words()[1]
    ) and (verb.word in AUXILIARIES or verb.word in REPORTING_PAST or verb.word.isalpha() and (
        verb.word.endswith("ed") and not verb.capital))


REPORTING_PAST = frozenset("said says told tells wrote writes".split())


def _plural_subject(items: list[Item], i: int, cue: Cue, end: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """Is a plural cue word the subject's noun because a verb follows it ("Initial reports stated ...",
    "Early reports suggested", "reports have shown", "Already-queued orders won't")? Not after a pronoun or
    in a relative clause ("which he claims has been unfair", "what Beck fears will be used")."""
    if len(cue.words) != 1 or not cue.words[0].endswith("s") or cue.lemma not in PLURAL_NOUN_PRONE:
        return False
    if any(items[k].quote is None and (items[k].word in PRONOUN_SUBJECTS or items[k].word in RELATIVES or (
        items[k].word == "what"
    )) for k in range(max(0, i - 2), i)):
        return False
    if end >= len(items) or items[end].quote is not None or items[end].capital:
        return False
    w = items[end].word
    return w in FINITE_AUXILIARIES or w in ("wo", "won't") or _past_form(w) and (w in lex or w in EMERGED)


# Verbs that say a report appeared ("reports emerged that ...").
EMERGED = frozenset("emerged surfaced circulated".split())


def _verb_position(items: list[Item], a: int) -> bool:
    """Can an -s form at ``a`` be a verb? Not after a comma, a conjunction, a number, a quantifier or a
    capitalised word, where it is a plural noun ("Vermont, states that vote", "four states that")."""
    if a < 1 or items[a - 1].quote is not None:
        return False
    w = items[a - 1].word
    return w[:1].isalpha() and not items[a - 1].capital and w not in ("and", "or", "other", "many", "several", "all")




def _possessive(it: Item) -> bool:
    """A capitalised possessive ("Murphy's"), not a pronoun's contraction ("He's claiming", "It's")."""
    return it.capital and it.word.endswith(("'s", "\u2019s")) and not _contracted_pronoun(it.word)


def _past_form(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR_PAST


# Cue lemmas whose base form is as often a noun ("show", "report"); plural subjects take the base form as a
# verb ("polls show"), a singular noun before it makes it a noun ("reality show", "news report").
NOUN_PRONE = frozenset("show report claim comment tweet note call answer statement support".split())
# Cue lemmas whose plural is as often a noun, read as one right after a past verb ("renewed fears").
PLURAL_NOUN_PRONE = frozenset("fear report plan claim comment tweet call answer order list".split())
# Pronouns in -ing that are subjects, never a noun's modifier ("Nothing suggests ...").
INDEFINITE_THINGS = frozenset("nothing something anything everything".split())
# Words after which a cue word is a noun when a capitalised word precedes it.
NOUN_FOLLOWERS = frozenset([",", ".", ";", ":", ")", "and", "or", "on", "fell", "rose", "is", "was", "has", "had"])
# Plurals without -s that take a base-form verb ("people say", "police report").
IRREGULAR_PLURALS = frozenset("people police staff media men women children data clergy".split())


def _noun_after_singular(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    form = cue.words[0]
    if cue.lemma not in NOUN_PRONE or form != cue.lemma or len(cue.words) > 1:
        return False
    prev = items[i - 1]
    if prev.quote is not None:
        return False
    w = prev.word
    if prev.capital:  # "the Breitbart News Daily show on ...", 'the TBS show "Lopez Tonight"'
        if w.endswith("s") or not w.isalpha():
            return False  # "Polls show Clinton up", "CNN/ORC show"
        nxt = items[end] if end < len(items) else None
        # 'the TBS show "Lopez Tonight"', "Latino support, faces", "the Treasury note fell"
        return nxt is None or nxt.quote is not None or nxt.word in NOUN_FOLLOWERS or (
            nxt.word.endswith("ed") and not nxt.capital)
    return w.isalpha() and not w.endswith(("s", "ly")) and w not in IRREGULAR_PLURALS and w not in FUNCTION_WORDS and (
        w not in AUXILIARIES and w not in PRONOUN_SUBJECTS and w not in ("to", "not", "also", "often", "would"))


def _compound_noun(items: list[Item], i: int, cue: Cue, end: int) -> bool:
    """A base-form cue after a determiner or possessive and a singular lower-case noun, followed by a verb
    or punctuation ("Murphy's conference call ended", "the hit show, in which"): the head of a compound
    noun. ("sources close to her campaign say she ..." is a verb: a clause follows it.)"""
    mid, det = items[i - 1], items[i - 2]
    if mid.quote is not None or det.quote is not None or cue.words[0] != cue.lemma.split()[0] or (
        _past_form(cue.words[0])
    ):
        return False  # only the base form ("call"), never "calls", "called", "found" or "read"
    nxt = items[end] if end < len(items) else None
    if nxt is None or nxt.quote is not None or not (
        nxt.word in ",.;:)" or nxt.word in AUXILIARIES or nxt.word.endswith("ed") and nxt.word.isalpha()
    ):
        return False
    w = mid.word
    return w.isalpha() and not mid.capital and not w.endswith("s") and w not in FUNCTION_WORDS and (
        det.word in NOUN_DETERMINERS or _possessive(det))


def _complement_after(items: list[Item], j: int) -> bool:
    """After "that": a clause's subject (an article, a pronoun, a name), as in "the Ministry states that this
    decision ...", not a relative clause's verb ("Rust Belt states that have suffered")."""
    if j >= len(items) or items[j].quote is not None:
        return False
    w = items[j].word
    return w in NOUN_DETERMINERS or w in ("this", "these") or w in PRONOUN_SUBJECTS or items[j].is_cap


def _cue_later_in_phrase(items: list[Item], k: int, lex: dict[str, tuple[Cue, ...]], title_case: bool) -> bool:
    """A cue of the lexicon follows within a speaker phrase: '"...," retired Air Force general Lloyd Newton
    said' (the participle is an adjective of the speaker, not '"...," he shrugged')."""
    for j in range(k, min(len(items), k + MAX_NP_TOKENS)):
        if items[j].quote is not None or items[j].word in ",.;:!?":
            return False
        if _match_cue(items, j, lex, title_case) is not None:
            return True
    return False


def _after_quote(items: list[Item], a: int) -> bool:
    """True when ``a`` closes a quotation: '"...," [SPEAKER] VERB' with at most a speaker in between."""
    if a < 1:
        return False
    if a >= 2 and items[a - 1].word == "," and _clause_quote(items[a - 2]):
        return True  # '"...", declared Alyssa Van Wagenen' (the comma outside the marks, British style)
    if items[a - 1].quote is not None:
        return _quote_ends_open(items[a - 1])  # '"Why?" asked Lavrov'
    spk = _speaker_left(items, a, 0, loose=True)
    if spk is None or spk[0] < 1:
        return False
    k = spk[0]
    j = k
    while j > 0 and k - j < MAX_NP_TOKENS and items[j - 1].quote is None and items[j - 1].word[:1].isalnum() and (
        items[j - 1].word not in TIME_LINKS
    ):
        j -= 1  # '"...!" a welcome message on the website reads': a longer subject after the quote
    if j > 0 and j < k and items[j - 1].quote is not None and items[j].word in DETERMINERS:
        return _quote_ends_open(items[j - 1])
    if k >= 2 and items[k - 1].word == "," and _clause_quote(items[k - 2]):
        return True  # '"...," Sarah Warbelow, legal director ..., declared'
    return items[k - 1].quote is not None and _quote_ends_open(items[k - 1])


MAX_PLACE_TOKENS = 12  # ("declared in her State of the Union address on Tuesday night that")


def _quote_after_place(items: list[Item], end: int) -> bool:
    """'declared in the debate spin room, "I'm sending the signal ..."': a clause-length quote after a short
    circumstance and a comma or colon."""
    k = end
    while k < len(items) and k - end <= MAX_PLACE_TOKENS and items[k].quote is None and items[k].word not in ".;!?":
        k += 1
    return k > end + 1 and k < len(items) and items[k - 1].word in (",", ":") and _clause_quote(items[k]) and (
        items[end].word in ("in", "at", "on", "during", "to", "from", "after", "before")
    )


def _that_after_place(items: list[Item], end: int) -> bool:
    """'declared on national television that ...': a short prepositional phrase, then "that"."""
    if end >= len(items) or items[end].quote is not None or items[end].word not in PLACE_PREPOSITIONS:
        return False
    k = next((t for t in range(end + 1, min(len(items), end + MAX_PLACE_TOKENS)) if items[t].quote is not None
              or not items[t].word[:1].isalnum() or items[t].word == "that"), None)
    return k is not None and items[k].quote is None and items[k].word == "that"


def _subject_and_verb_after(items: list[Item], end: int) -> bool:
    """'declared Oksuz was a leader of the plot': a name or a pronoun and a finite verb (a clause without
    "that"), not an object ("declared war on ...")."""
    n = len(items)
    k = end
    while k < n and k - end < 3 and items[k].quote is None and (items[k].is_cap or k == end and (
        items[k].word in PRONOUN_SUBJECTS and items[k].word != "who"
    )):
        k += 1
    named = k > end and items[end].is_cap
    if k == end and k < n and items[k].quote is None and items[k].word in ("the", "a", "an", "his", "her", "its",
                                                                          "their"):
        k += 1  # "ruled the practice is unconstitutional": a determiner, its noun, then the verb
        while k < n and k - end <= 3 and items[k].quote is None and items[k].word.replace("-", "").isalpha() and (
            not items[k].capital and items[k].word not in FUNCTION_WORDS and items[k].word not in AUXILIARIES
        ):
            k += 1
        if k == end + 1:
            return False
    if not end < k < n or items[k].quote is not None:
        return False
    w = items[k].word
    # ("ruled Evers lacked the authority": a name and a verb in the past)
    return w in FINITE_AUXILIARIES or named and w.endswith("ed") and w.isalpha() and len(w) > 4 and not (
        items[k].capital)


PLACE_PREPOSITIONS = frozenset("on in at during".split())


def _after_clause(items: list[Item], a: int) -> bool:
    """'Clinton won the primary, the Associated Press declared on Thursday': a cue whose speaker follows a
    comma that closes a clause with a finite verb."""
    spk = _speaker_left(items, a, 0, loose=True)
    if spk is None or spk[0] < 3 or items[spk[0] - 1].quote is not None or items[spk[0] - 1].word != ",":
        return False
    return any(items[t].quote is None and (items[t].word in FINITE_AUXILIARIES or items[t].word.endswith("ed") and (
        not items[t].capital and items[t].word.isalpha() and len(items[t].word) > 4
    ) or items[t].word in CLAUSE_PAST_FORMS) for t in range(1, spk[0] - 1))


# Past forms without -ed that show a clause before the comma ("Clinton won the primary, the AP declared"). The
# wider lists of the other rules were tried here: they only added a wrong row on PolNeAR train.
CLAUSE_PAST_FORMS = frozenset(["won", "lost", "said"])


def _clause_quote(it: Item) -> bool:
    """A quote that can be speech before a cue: open-ended or clause-length (not '"Desert Storm", began')."""
    q = it.quote
    # (British style puts the comma outside single marks: "'No', she replied")
    return q is not None and (q.open_end or q.single and q.comma_after or q.words >= MIN_SINGLE_WORDS)


def _quote_ends_open(it: Item) -> bool:
    """A quote whose last mark follows a comma, question or exclamation mark ('"Why?"', '"We will,"')."""
    return it.quote is not None and it.quote.open_end
