"""Rows with a reporting verb in a unit: the cues of the unit in order (a cue closing the unit owns the
clause before it) and preposed rows, speaker then cue then content ("Lavrov said (that) ...", a participle
sharing its main clause's speaker, naming verbs, a clause's opening part before "he said"). Rows whose
speaker follows the content or the cue are built in :mod:`.postposed`."""

from __future__ import annotations

from .appositives import (
    _fronted_participle,
    _is_thing,
    _relative_role_start,
    _speaker_left,
    _title_before_bracket,
    _with_name_after,
)
from .constants import (
    AUXILIARIES,
    BAD_CONTENT_START,
    BLOCKERS_BEFORE,
    CONJUNCTIONS,
    CONTRASTS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    FUNCTION_WORDS,
    INTENT,
    INTRO,
    IRREGULAR_PAST,
    LEADING_ADVERBS,
    LEDE_PERSON_NOUNS,
    MAX_HEARER_TOKENS,
    MAX_NP_TOKENS,
    MONTH_ABBREVIATIONS,
    NEEDS_INFINITIVE,
    NUMBER_WORDS,
    PARTICIPLE_LINKS,
    PREPOSITIONS,
    PROGRESSIVE,
    PRONOUN_SUBJECTS,
    QUANTIFIERS,
    RELATIVES,
    SUBORDINATORS,
    TIME_WORDS,
    WEEKDAYS,
)
from .content import (
    _aside_to_end,
    _closing_tail,
    _content_after,
    _content_row,
    _ends_clause,
    _has_verb,
    _kind,
    _main_clause_follows,
    _only_punct_after,
    _subject_before_aside,
    _trim_start,
)
from .cues import _CueHit, _find_cues, _match_cue
from .lexicon import Cue, _source_nouns, _title_words
from .naming import DESCRIBING, OBJECT_PRONOUNS, _described_as, _described_object, _named_object
from .phrases import (
    SUBJECT_PREPOSITIONS,
    VERB_WORDS,
    _contracted_pronoun,
    _head_before_preposition,
    _is_word,
    _lower_np_right,
    _np_left,
    _np_right,
)
from .postposed import (
    MIN_OPENING_PART_WORDS,
    _according_row,
    _closing_row,
    _inverted_after_connective_row,
    _inverted_first_row,
    _inverted_middle_row,
    _quote_closing_row,
    _titled_name_right,
    _trailing_phrase_end,
)
from .subjects import (
    OPENING_ADVERBS,
    OPENING_SUBORDINATORS,
    SENTENCE_ADVERBS,
    _after_dateline,
    _clause_start,
    _described_subject_left,
    _group_np_left,
    _long_subject_left,
    _skip_circumstance,
    _state_after_city,
    _subject_of_unit,
    _time_word,
)
from .units import Item, Row, _month, _span

# Nouns before "note" that make it a document ("a research note", "a press note"), not the verb "to note".
NOTE_MODIFIERS = frozenset("press research diplomatic verbal explanatory suicide ransom handwritten internal briefing "
                           "client investor concept".split())


def _analyse_unit(items: list[Item], lex: dict[str, tuple[Cue, ...]], paragraph: int) -> list[Row]:
    """Rows for one unit: cue-introduced and cue-closed content, with their quotes classified."""
    rows: list[Row] = []
    hi = len(items)
    claimed_to = 0  # items before this index belong to a row already
    prev: Row | None = None
    hits = _find_cues(items, lex)
    # A cue that closes the unit ("..., Lavrov said.") owns the clause before it: cues inside that clause
    # ("Russia may support ...") are part of what was said (attributions do not nest, as in PolNeAR).
    closing = _closing_first(items, hits, lex, hi)
    for h in hits:
        if closing is not None and h.a < closing.item_end:
            if h.a == closing.cue_item:
                row = closing
            else:
                continue
        elif h.a < claimed_to and not (h.a > 0 and items[h.a - 1].word == ","):
            continue
        else:
            # after an aside ("Mr. Biden, recalling weekly breakfasts, described ..."), the subject before it
            lo = 0 if _after_aside(items, h, prev) else claimed_to
            row = _cue_row(items, h, lex, lo, hi, prev)
        if row is not None:
            row = _hearer_not_speaker(items, h, row)
        if row is None:
            continue
        row.paragraph = paragraph
        rows.append(row)
        prev = row
        claimed_to = max(claimed_to, row.item_end)
    return rows


PASSIVE_TELL = frozenset("been was were".split())  # "..., a jury has been told.", "..., the court was told."


def _hearer_not_speaker(items: list[Item], h: _CueHit, row: Row) -> Row | None:
    """Reports whose subject heard or was told, not said: "The court heard that ...", "..., the inquest
    heard.", "..., a jury has been told." are rows without a speaker (as a passive report is); "heard" of
    anyone but a court or a hearing reports nothing ("She heard the news")."""
    if row.speaker is None:
        return row
    if h.cue.lemma == "hear":
        closing = row.end <= items[h.a].start
        if not closing and not (h.b < len(items) and items[h.b].quote is None and items[h.b].word == "that"):
            return None  # ("the court heard arguments from the two sides": no report)
        row.speaker = None
    elif h.cue.cls == "tell" and h.a > 0 and items[h.a - 1].quote is None and items[h.a - 1].word in PASSIVE_TELL and (
        row.speaker[1] <= items[h.a].start
    ):
        row.speaker = None  # "..., a jury has been told.": the jury heard it
    return row


def _after_aside(items: list[Item], h: _CueHit, prev: Row | None) -> bool:
    """Does the cue ``h`` follow the comma that closes the previous row, an aside after the subject opened
    by a participle or "who" ("Mr. Biden, recalling weekly breakfasts, described ...")?"""
    if prev is None or prev.cue_item is None or h.a < 2 or items[h.a - 1].quote is not None:
        return False
    if items[h.a - 1].word != "," or prev.item_end < h.a - 1 or prev.cue_item < 2:
        return False
    before = items[prev.cue_item - 1]
    if h.cue.cls == "according" or before.quote is not None:
        return False
    if before.word == "who" and prev.cue_item >= 2 and items[prev.cue_item - 2].word == ",":
        return True  # "Stotts, who thinks the administration made a power grab, called the law ..."
    return before.word == "," and items[prev.cue_item].word.endswith("ing") and (
        _subject_before_aside(items, prev.cue_item - 1))


def _closing_first(items: list[Item], hits: list[_CueHit], lex: dict[str, tuple[Cue, ...]], hi: int) -> Row | None:
    """The row of the last speech cue whose content starts the unit and ends right before its speaker, or of
    a closing "..., according to X." that owns the whole clause before it (attributions do not nest)."""
    last = hits[-1] if hits else None
    if last is not None and last.cue.cls == "according" and last.a > 0 and items[last.a - 1].word == "," and (
        any(o.cue.cls in ("speech", "tell", "belief", "object", "naming") for o in hits[:-1])
    ):
        row = _according_row(items, last, 0, hi)
        if row is not None and row.item_start == _trim_start(items, 0, hi) and _only_punct_after(
            items, row.item_end, hi
        ) and row.end <= items[last.a].start:  # (not "because, in her words, "he knows how"": what follows)
            row.cue_item = last.a
            return row
    for h in reversed(hits):
        if h.cue.cls not in ("speech", "tell") or h.a == 0:
            continue
        if _ends_clause(items[h.a - 1]) and h.cue.words[-1].endswith("ing"):
            continue
        tail = _closing_tail(items, h.b, hi, lex, hearer=h.cue.cls == "tell")
        if tail is None:
            continue
        row = _closing_row(items, h, 0, hi, tail[0])
        if row is None or row.item_start not in (_trim_start(items, 0, hi), _after_dateline(items, 0, hi)):
            return None  # (the content opens the unit, or follows its dateline: "BEIJING, Aug. 5 (Xinhua) --")
        # a reported attribution inside ('Trump said: "...," the Times reported') keeps its own row
        if any(o.a >= row.item_start and o.b <= h.a and o.cue.cls in ("speech", "tell") and (
            o.cue.cls == "tell" or o.b >= hi or _clause_follows(items, o.b, hi) and not _object_only(items, o.b, h.a)
            or items[o.b].word in (",", ":")
        ) and not (o.b < hi and items[o.b].start >= row.end) and not (
            o.cue.cls == "speech" and _quoted_fragment_at(items, o.b, hi)
        ) and not (items[o.a].word in UNREALISED_BEFORE or o.a > 0 and items[o.a - 1].quote is None and (
            items[o.a - 1].word in UNREALISED_BEFORE))
            for o in hits if o is not h):  # (a speech act to come is no attribution: "Konečný will ask Holub to
            # form a government ..., the president's spokesman said")
            # (but a cue without content of its own may end the reported clause: "Moscow ... will respond,
            # Barsukova said")
            return None  # (not "organizers added 160 security personnel ..., the Sun-Times reported")
        row.cue_item = h.a
        return row
    return None


def _main_cue_follows(items: list[Item], b: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """Does the main clause's speech cue follow at ``b``, after at most a few words of when or where ("who
    testified later in the day said")?"""
    for k in range(b, min(hi, b + MAX_RELATIVE_ADJUNCT_TOKENS + 1)):
        it = items[k]
        if it.quote is not None or it.capital or it.word in PRONOUN_SUBJECTS or it.word in (",", ";", ":", "that"):
            return False
        m = _match_cue(items, k, lex)
        if m is not None:
            return m[0].cls in ("speech", "tell") and not m[0].words[-1].endswith("ing") and (
                k == b or items[b].word in ADJUNCT_OPENERS)
    return False


MAX_RELATIVE_ADJUNCT_TOKENS = 6
# Words that open when or where between a relative clause and the main verb ("who testified later in the day
# said", "who spoke on Monday said").
ADJUNCT_OPENERS = frozenset("later earlier on in at during after before yesterday today last".split())
def _after_and(items: list[Item], a: int, lo: int) -> bool:
    """Is the cue at ``a`` right after "and", perhaps with adverbs between ("and never shows")?"""
    k = a - 1
    while k > lo and items[k].quote is None and (items[k].word.endswith("ly") or items[k].word in ("never", "not")):
        k -= 1
    return k >= lo and items[k].quote is None and items[k].word == "and"


# Verbs of evidence that report only when a thing or a person shows it, never as a report's next predicate.
EVIDENCE_LEMMAS = frozenset("show find indicate suggest reveal".split())
# Prepositions before "who" that make it ask a question ("the fight over who said what").
QUESTION_PREPOSITIONS = frozenset("over about of on as regarding".split())
# Words before a cue that make its act one still to come ("will ask", "would tell", "to ask").
UNREALISED_BEFORE = frozenset("will would shall could may might must should to".split())
MAX_FRAGMENT_WORDS = 4  # a quoted phrase inside a clause ('will respond "dollar for dollar" to any new tariffs')


def _quoted_fragment_at(items: list[Item], b: int, hi: int) -> bool:
    """A short quoted phrase at ``b`` that the clause goes on after, not a quotation of its own."""
    q = items[b].quote if b < hi else None
    return q is not None and q.words <= MAX_FRAGMENT_WORDS and b + 1 < hi and items[b + 1].quote is None and (
        items[b + 1].word[:1].isalpha() and not items[b + 1].capital)


def _quote_follows(items: list[Item], b: int, hi: int) -> bool:
    """A quotation within the object of a naming verb: 'called him "a feminist"', 'described it as "..."'."""
    for k in range(b, min(hi, b + MAX_HEARER_TOKENS + 2)):
        if items[k].quote is not None:
            return True
        if items[k].word in ",;:." or items[k].word in CONJUNCTIONS:
            return False
    return False


def _past_after_noun(items: list[Item], a: int, b: int) -> bool:
    """An irregular past tense inside a phrase after an inverted cue, with no relative pronoun before it ("said
    the water came at night"): the reported clause's verb, so the phrase is no speaker (unlike "said a man
    who came to the camp")."""
    for k in range(a + 1, b):
        if items[k].quote is None and items[k].word in RELATIVES:
            return False
        if items[k].quote is None and items[k].word in IRREGULAR_PAST:
            return True
    return False


def _cue_row(
    items: list[Item], h: _CueHit, lex: dict[str, tuple[Cue, ...]], lo: int, hi: int, prev: Row | None
) -> Row | None:
    cue = h.cue
    # "..., adding that", "... after hinting that": a participle whose subject is the main clause's speaker
    participial = h.a > 0 and cue.words[0].endswith("ing") and (
        _ends_clause(items[h.a - 1]) or items[h.a - 1].word in PARTICIPLE_LINKS
    )
    if cue.cls == "according":
        return _according_row(items, h, lo, hi)
    if h.a == 1 and items[0].capital and items[0].quote is None and items[0].word in PARTICIPLE_LINKS and (
        cue.cls == "speech" and cue.words[-1].endswith("ing")
    ):  # "After saying her foot was swollen, she was whisked off": the main clause's subject speaks
        row = _fronted_participle_row(items, h, hi, lex)
        if row is not None:
            return row
    if h.a == 0 and items[0].capital and cue.cls == "object" and cue.words[0].endswith("ing"):
        # "Citing \u201cobligations in Tennessee,\u201d the spokeswoman told ...": the main clause's subject acts
        row = _fronted_participle_row(items, h, hi, lex)
        if row is not None:
            return row
    if h.a == 0 and items[0].capital and cue.cls in ("speech", "tell"):
        if h.b < hi and items[h.b].quote is None and items[h.b].word == "by":
            return _agent_row(items, h, hi, lex)  # "Asked by Matt Lauer whether ..., she said"
        if cue.words[-1].endswith("ing") and cue.cls == "speech":
            row = _fronted_participle_row(items, h, hi, lex)
            if row is not None:
                return row
        return _inverted_first_row(items, h, hi)
    if not participial and cue.cls in ("speech", "tell"):
        row = _quote_closing_row(items, h, lo, hi)
        if row is not None:
            return row
        row = _inverted_middle_row(items, h, lo, hi, verb_next=True)  # "The real issue, say analysts, is money"
        if row is not None:
            return row
        if h.a > lo and (items[h.a - 1].word == "," or items[h.a - 1].quote is not None):
            # "..., said David Autor, a professor of economics" (the comma may be inside a quote)
            spk = _with_name_after(items, _np_right(items, h.b, hi), hi)  # or "said the Kremlin's spokesman"
            if spk is not None and (spk[1] >= hi or items[spk[1]].word in ",.;" or (
                items[spk[1]].word == "(" and _aside_to_end(items, spk[1], hi)
            )) and _participle_aside_comma(items, lo, h.a - 1) is None:
                # ("..., said Mr. Burman (a view echoed by everyone I interviewed)."; not "A naval officer,
                # speaking privately, said the plan failed.")
                row = _closing_row(items, h, lo, hi, spk[1])
                if row is not None:
                    return row
            lower = _lower_np_right(items, h.b, hi) if cue.lemma in INVERTED_LEMMAS else None
            lower = lower or _titled_name_right(items, h.b, hi)  # "..., says political scientist Sheila Smith."
            lower_end = _trailing_phrase_end(items, lower[1], hi) if lower is not None else hi
            if lower is not None and (lower_end >= hi or _only_punct_after(items, lower_end, hi)) and not any(
                items[k].word in VERB_WORDS for k in range(*lower)
            ) and not _has_verb(items, *lower) and not _appositive_subject(items, lo, h.a - 1) and not any(
                items[k].word.endswith("ly") and items[k + 1].word.endswith("s") for k in range(lower[0], lower[1] - 1)
            ) and not (
                _past_after_noun(items, *lower)
            ):
                # ("One of the sources, an Egyptian official, said the latest draft included a pause": a clause)
                # "..., said a source close to the campaign." (not "..., said her biggest concern is ...", nor
                # "The head of the police, Neil Basu, said the police found nothing.")
                row = _closing_row(items, h, lo, hi, lower_end, right=lower)
                if row is not None:
                    return row
        tail = _closing_tail(items, h.b, hi, lex, hearer=h.cue.cls == "tell")
        if tail is not None:
            row = _closing_row(items, h, lo, hi, tail[0])
            if row is not None:
                return row
    if not participial and cue.cls == "belief" and h.a > lo and items[h.a - 1].quote is None and (
        not cue.words[-1].endswith("ing")
    ):
        # "The plan will fail, many experts think.", "..., as many researchers believe.": a thought closing
        # the clause before it
        tail = _closing_tail(items, h.b, hi, lex)
        if tail is not None and not tail[1]:
            row = _closing_row(items, h, lo, hi, tail[0])
            if row is not None:
                return row
    if not participial and cue.cls in ("speech", "tell"):
        row = _inverted_middle_row(items, h, lo, hi) or _inverted_after_connective_row(items, h, lo, hi)
        if row is not None:
            return row
    # preposed: speaker to the left, content to the right
    before = items[h.a - 1].word if h.a > 0 and items[h.a - 1].quote is None else ""
    if cue.lemma in EVIDENCE_LEMMAS and items[h.b - 1].word.endswith("s") and prev is not None and (
        prev.item_end >= h.a - 2 and _after_and(items, h.a, lo)
    ) and not (h.b < hi and items[h.b].quote is None and items[h.b].word == "that"):
        return None  # "told jurors the video is grainy and never shows the shooter's face": the reported clause's
        # subject goes on, within the report
    if before == "who" and h.a >= 2 and items[h.a - 2].quote is None and items[h.a - 2].word in QUESTION_PREPOSITIONS:
        return None  # "so heated over who supported which bill that ...": a question, not a speaker
    if before == "who" and _main_cue_follows(items, h.b, hi, lex):
        return None  # "Several residents who testified (later in the day) said they ...": the relative clause has
        # no report of its own
    aux_at = h.a - 2 if before.endswith("ly") and h.a > 1 and items[h.a - 2].quote is None and (
        items[h.a - 2].word in PROGRESSIVE
    ) else h.a - 1  # "It was widely reported that ..."
    if aux_at >= 0 and items[aux_at].quote is None and items[aux_at].word in PROGRESSIVE and (
        cue.words[0] in ("asked", "told") or (
            aux_at > 0 and items[aux_at - 1].quote is None and items[aux_at - 1].word == "it" and h.b < hi
            and items[h.b].quote is None and items[h.b].word == "that"
        )
    ):  # 'Trump was asked, "What's ...?"', "It was reported that ...": the agent is not named
        return _passive_row(items, h, hi, lex)
    if cue.cls == "naming" and h.b + 1 < hi and items[h.b].quote is None and items[h.b].word == "by" and (
        before != "to"
    ):
        return _agent_row(items, h, hi, lex)  # "were described by Johnson as a "historic mandate""
    infinitive = before == "to" and _reporting_infinitive(items, h, hi, lex)
    if before in BLOCKERS_BEFORE and not participial and not infinitive:
        return None
    if cue.words[0] in ("note", "notes") and before in NOTE_MODIFIERS:
        return None  # "Chief Electoral Officer R. Latha Kumari, in a press note, said": a document, not a verb
    if before in ADJECTIVE_PREPOSITIONS and len(cue.words) == 1 and cue.words[0].endswith("ed") and h.b < hi and (
        items[h.b].quote is None and _is_word(items[h.b]) and not items[h.b].capital
        and items[h.b].word not in DETERMINERS
    ):
        return None  # "to remain silent about alleged affairs": a participle before its noun, no report
    if _formula_not_report(items, h, hi):
        return None  # "quoting reference 6621", "asked not to be named", "called on President Prabowo at the palace"
    if cue.words[0] in ("titled", "entitled") and h.a > lo and items[h.a - 1].quote is None and (
        items[h.a - 1].word.isalpha() and not items[h.a - 1].capital and items[h.a - 1].word not in PRONOUN_SUBJECTS
        and items[h.a - 1].word not in FUNCTION_WORDS
    ):
        return None  # 'a copy of a U.N. report titled "..."': the report's name, not a report
    if cue.words == ("called",) and (before == "so" or h.b < hi and items[h.b].quote is not None and (
        _indefinite_noun_before(items, h.a, lo) and not _person_noun(before) and before not in _source_nouns()
    )):
        return None  # 'a short film called "Tenemos Familias"', 'the so called "...": a name, not a report
    noun_of = before == "of" and not cue.words[0].endswith("ing")  # "a flurry of tweets", "a number of states"
    if noun_of and not (h.b < hi and items[h.b].quote is None and items[h.b].word.endswith("ing") and (
        items[h.b].word.isalpha() and not items[h.b].capital
    )):
        return None  # a noun after "of" reports nothing ("a series of tweets early Friday saying that ...")
    if before in SUBORDINATORS and (cue.words[0].endswith("ed") or cue.words[0] in ("told", "shown", "written")):
        return _passive_row(items, h, hi, lex)  # "when asked if he had met Trump": the asker is not named
    follows_report = participial and prev is not None and prev.speaker is not None and prev.item_end >= h.a - 1
    quoted_naming = cue.cls == "naming" and _quote_follows(items, h.b, hi)
    active_object = participial and cue.cls == "object" and cue.words[0].endswith("ing")
    if cue.cls in ("naming", "object") and not follows_report and not (participial and quoted_naming) and (
        participial and not active_object or before == "," and _speaker_left(items, h.a, lo) is None
        and not active_object and not _adverb_aside(items, h.a, lo)
    ):  # (but "Congress leader Jairam Ramesh, however, termed the remarks ...": the subject names them)
        return None  # "The operation, dubbed "Desert Storm", ...": a passive participle, no speaker
    from_prev = None
    spk = None
    antecedent = None
    if participial and quoted_naming and not follows_report:
        # "He went on to endorse Ayotte, calling her "a rising star."": the subject of the clause names
        spk = _subject_of_unit(items, lo, h.a)
        if spk is None:
            return None
    elif infinitive:
        # "stood at a Bush event to say he was leaning toward Trump", "are more likely to say ...": the
        # subject of the clause says it
        spk = _subject_of_unit(items, _clause_start(items, lo, h.a), h.a) or _subject_of_unit(items, lo, h.a)
        if spk is None or spk[0] > h.a:
            return None
    elif noun_of:
        # "Trump unleashed a flurry of tweets shaming Alicia Machado": who sent them, not "a flurry"
        spk = _sender_of(items, h.a - 1, lo)
        if spk is None:
            return None
    elif before == "having":
        # "Having announced that ..., Judge Berman proceeded": the subject of the main clause speaks
        cs, ce = _content_after(items, h.b, hi, cue, lex)
        if ce >= hi or items[ce].quote is not None or items[ce].word != "," or not _main_clause_follows(items, ce + 1):
            return None
        spk = _np_right(items, ce + 1, hi)
        if spk is None:
            return None
    elif participial:
        # "Trump was defensive about an architect who said ..., saying, "...": after a relative clause's
        # report the main clause's subject speaks, not the relative pronoun
        rel = _relative_speaker_item(items, prev, h.a)
        if rel is None:
            rel = _object_speaker_item(items, prev, h.a)  # "Evelyn Marchand pushed back on Republican claims that
            # ..., telling the committee ...": she tells it, not the Republicans whose claims she answered
        main = _subject_of_unit(items, _sentence_start(items, rel), rel) if rel is not None else None
        absolute = _absolute_subject(items, h.a - 1, lo) if before == "," and h.a - 1 > lo else None
        if absolute is not None and items[absolute[1] - 1].is_cap:
            spk = absolute  # "..., with the governor, Margaret Kilcullen, warning that ...": the named person
        elif main is not None:
            spk = main
        elif prev is not None and prev.speaker is not None:
            from_prev = prev
        else:
            spk = _subject_of_unit(items, lo, h.a) or _np_left(items, h.a - 1, lo)
            if spk is None:
                return None
    else:
        p = _skip_circumstance(items, h.a, lo)  # "Feinstein (D-Calif.) last week said"
        if p < h.a and items[p - 1].word == ",":
            spk = _speaker_left(items, p, lo)
        else:
            spk = _np_left(items, p, lo) if before != "," else _speaker_left(items, h.a, lo)
            if spk is not None:
                spk = _title_before_bracket(items, spk, lo)  # "DCP (Zone 9) Aniket Salunkhe informed"
        aside = _participle_aside_comma(items, lo, h.a - 1) if spk is None and before == "," else None
        if aside is not None:
            spk = _np_left(items, aside, lo, lower_ok=True)  # "A serving naval officer, speaking privately, said"
        if before == "," and _adverb_aside(items, h.a, lo):  # "Opposition parties, meanwhile, signaled"
            spk = _np_left(items, h.a - 3, lo, lower_ok=True) or _speaker_left(items, h.a - 3, lo) or spk
        if spk is None:
            spk = _speaker_left(items, h.a, lo) if before != "," else None
        if spk is None:
            spk = _people_who(items, h.a, lo)  # "Those who were there said"
        if spk is not None and spk[1] - spk[0] == 1 and items[spk[0]].word in SENTENCE_ADVERBS and (
            prev is not None and prev.speaker is not None
        ):  # "Mayor Vanessa Holt, who had expressed reservations, nonetheless said": the one the report before
            spk, from_prev = None, prev  # names goes on, not "nonetheless"
        if spk is not None:
            spk = _relative_antecedent(items, spk, lo) or spk  # "Terri Collins who sponsored the bill remarked"
            spk = _subject_of_contact_clause(items, spk, h.b, hi) or spk  # "a move critics say will bypass"
            spk = _head_before_preposition(items, spk, lo) or spk  # "A spokeswoman for Janney said"
            spk = _described_person_subject(items, spk, lo, h.a) or spk  # "A woman accused of ... has told"
            spk = _name_before_unclosed_title(items, spk, lo)  # "Erwin Chemerinsky, Dean of ... Law called"
            spk = _document_seen_by(items, spk, lo)  # "A letter seen by Reuters said"
            if spk[0] - 3 >= lo and items[spk[0] - 1].word in ("to", "with") and items[spk[0] - 2].word in (
                ADDRESSING_PARTICIPLES
            ):  # "Mitsotakis speaking to the Atlantic Council think tank called": the one speaking
                spk = _np_left(items, spk[0] - 2, lo) or spk
            if spk[0] - 2 >= lo and items[spk[0] - 1].word in ("on", "in") and items[spk[0] - 2].word == "and" and (
                prev is not None and prev.speaker is not None and prev.item_end >= spk[0] - 3
            ):  # '..., and on Twitter referred to the vote as ...': the same speaker goes on, not the medium
                spk, from_prev = None, prev
        elif prev is not None and prev.item_end >= h.a and prev.speaker is not None and before not in (",", "and"):
            spk = _antecedent_of_who(items, prev)  # "People who support the plan say": the people say it
        if spk is None and before in RELATIVES:  # "a message that said", "the report, which found"
            spk = _np_left(items, h.a - 1, lo, lower_ok=True)
            if spk is None and cue.cls == "object" and h.a - 2 > lo and items[h.a - 2].quote is None and (
                items[h.a - 2].word == ","
            ):  # "the Communications Workers of America, which endorsed Mr. Sanders": the named antecedent
                spk = _np_left(items, h.a - 2, lo)
            if spk is not None and before != "who" and _is_thing(items, spk) and items[spk[1] - 1].word not in (
                _source_nouns()
            ) and not (h.b + 1 < hi and items[h.b].quote is None and items[h.b].word in (",", ":") and (
                items[h.b + 1].quote is not None
            )):
                spk = None  # "a study from Ralph Adolphs in the past that did confirm": not a speaker (but
                # 'water bottles that said, "..."' carry a text)
            if spk is not None and before in ("which", "that"):
                antecedent, spk = spk, (h.a - 1, h.a)  # the text's own subject, as for "who": "a message that
                # said" (the resolver reads the antecedent)
        if spk is None and before == "and" and cue.words[-1].endswith("ing") and prev is not None and (
            prev.speaker is not None and prev.cue_item >= 0 and items[prev.cue_item].word.endswith("ing")
        ):  # "with Donald Trump tweeting that ... and asking, "...": the same speaker goes on
            from_prev = prev
        if spk is None and from_prev is None and cue.words[-1].endswith("ing"):  # "She followed that by saying"
            spk = _absolute_subject(items, h.a, lo) or _subject_of_unit(items, _clause_start(items, lo, h.a), h.a)
        if spk is None and from_prev is None and prev is not None and prev.speaker is not None and (
            prev.item_end >= h.a - 1 and prev.cue_item >= 0 and items[prev.cue_item].word.endswith("ing")
            and prev.cue_item > 0 and _ends_clause(items[h.a - 1]) and items[prev.cue_item - 1].word == ","
        ):  # "Mr. Manafort, citing ''the unique magic of Trump,'' said ...": the aside's subject goes on
            from_prev = prev
        if spk is None and from_prev is None and before in ("and", "but") and prev is not None and (
            prev.speaker is not None and prev.item_end >= h.a - 1 and prev.cue_item >= 0
            and not items[prev.cue_item].word.endswith("ing")
            and (before == "and" or _no_other_subject(items, _item_at(items, prev.start, h.a)))
        ):  # "when Ryan said that the plan had failed and criticized ...", "said it welcomed the Bill but called
            # for ...": the report's subject goes on
            from_prev = prev
        if spk is None and from_prev is None and before == "but" and h.a >= 3 and items[h.a - 2].word == "," and (
            prev is not None and prev.speaker is not None and prev.cue_item == h.a - 3
        ):  # '"The plan will fail," he said, but stressed that ...': the closing cue's speaker goes on
            from_prev = prev
        if spk is None and from_prev is None and (before in CONJUNCTIONS or before == ","):
            spk = _subject_of_unit(items, 0, h.a)
            if spk is None and before in CONJUNCTIONS:  # "..., Bush thought for a moment and said"
                spk = _subject_of_unit(items, _clause_start(items, lo, h.a), h.a)
            if spk is None and prev is not None and prev.speaker is not None:
                from_prev = prev  # '"...," he said, and then predicted: "..."'
        if spk is not None and cue.words[-1].endswith("ing") and not (
            spk[0] - 1 > lo and _absolute_with(items, spk[0] - 1, lo)
        ) and (
            _is_thing(items, spk) or _city_state(items, spk, lo)
            or spk[0] > lo and items[spk[0] - 1].quote is None and items[spk[0] - 1].word in HEARER_PREPOSITIONS
            and not _absolute_with(items, spk[0] - 1, lo)
        ):  # "sent a text message to supporters saying": the hearer does not speak ("from the government" does),
            # nor a place ("issued a statement at his golf club outside Washington, D.C. saying")
            # "she sent an email saying", "he made a point of saying": the subject speaks, not the thing (of the
            # subordinate clause it is in: "The race turned nastier after Tessa Harrow released an ad claiming")
            spk = _subordinate_subject(items, lo, spk[0]) or _subject_of_unit(items, lo, spk[0]) or spk
        if spk is None and from_prev is None and (cue.cls in ("speech", "tell", "belief") or quoted_naming) and not (
            cue.words[-1].endswith("ing")
        ):
            # "59 percent said", "GOP analysts say", "critics call it "..."", "The real estate magnate says"
            skipped = _skip_circumstance(items, h.a, lo)  # ("China's foreign ministry on Monday said")
            for q in ((skipped, h.a) if skipped < h.a else (h.a,)):
                spk = _group_np_left(items, q, lo) or _described_subject_left(items, q, lo)
                if spk is not None:
                    spk = _relative_antecedent(items, spk, lo) or spk  # "A group that represents farmers said"
                if spk is None and _clause_follows(items, h.b, hi):
                    spk = _long_subject_left(items, q, lo)
                if spk is not None:
                    break
        share = None
        if spk is None and from_prev is None and cue.cls == "object" and not cue.words[-1].endswith("ing"):
            share = _group_np_left(items, h.a, lo)  # "59 percent support Clinton", "most Republicans oppose it"
            spk = share
        unnamed = False
        if spk is not None and _no_speaker_phrase(items, spk):
            spk = _subject_of_unit(items, lo, spk[0])  # "Christie, a Trump ally, effectively acknowledged"
            if spk is None or _no_speaker_phrase(items, spk):
                spk, unnamed = None, True
        if spk is None and from_prev is None and not unnamed:
            return None
        named = antecedent or spk  # (for "which" and "that", the noun phrase they stand for)
        if named is not None and cue.cls in ("naming", "object") and not any(
            items[k].is_cap or items[k].word in PRONOUN_SUBJECTS for k in range(*named)
        ) and not (cue.cls == "naming" and items[named[1] - 1].word in _source_nouns()) and not quoted_naming and (
            share is None
        ) and not _person_noun(items[named[1] - 1].word):
            return None  # a named speaker, or for a quoted name a document ("a sign that read "15%!"")
    if cue.cls == "object" and h.b < hi and items[h.b].quote is None and items[h.b].word == "," and not participial:
        return None  # "Facing increasing global challenges, the community ...": a noun, an object cue needs its object
    if h.b + 2 < hi and items[h.b].quote is None and items[h.b].word == "," and items[h.b + 1].quote is None and (
        items[h.b + 1].word in SUBORDINATORS or items[h.b + 1].word in CONTRASTS
    ) and items[h.b + 2].quote is None and (items[h.b + 2].is_cap or items[h.b + 2].word in PRONOUN_SUBJECTS) and (
        not any(items[k].quote is not None or items[k].word == "," for k in range(lo, h.a))
    ):  # (not an inserted cue: "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt")
        return None  # "Biden denied, though Trump said it is on tape": the clause after the comma is not his
    cs, ce = _content_after(items, h.b, hi, cue, lex)
    if cue.cls == "object" and before == "who":
        ce = _before_main_verb(items, cs, ce, lex)  # "People who support the plan say it works"
    inserted_cue = spk is not None and spk[0] > lo and items[spk[0] - 1].quote is None and items[spk[0] - 1].word == ","
    if _only_a_date(items, cs, ce) or not inserted_cue and cue.lemma in PLAIN_SAYING and (
        not cue.words[-1].endswith("ing") and _only_a_circumstance(items, cs, ce, hi)
    ):  # "..., the company said on Friday.", "said at her weekly briefing on Wednesday.": when or where, not
        # what; the speaker still introduces a quotation that follows ('... said in a statement. "..."')
        if spk is None or from_prev is not None or cue.lemma not in PLAIN_SAYING:
            return None
        intro = Row(INTRO, items[h.a].start, items[ce - 1].end, cue=_span(items, h.a, h.b),
                    speaker=_span(items, *spk), attribution="cue")
        intro.item_end = ce
        return intro
    if ce - cs < 1:
        if cue.cls in ("speech", "tell") and spk is not None and h.b < hi and items[h.b].word == ":":
            intro = Row(INTRO, items[h.a].start, items[h.b].end, cue=_span(items, h.a, h.b),
                        speaker=_span(items, *spk), attribution="cue")
            intro.item_end = hi
            return intro
        return None
    first = items[cs]
    # "He has come up with a model, he said, for how the industry can keep producing coal": a cue set
    # between commas inside the clause; the part after it goes on from the part before
    inserted = cue.cls == "speech" and spk is not None and from_prev is None and spk[0] - 1 > lo and (
        items[spk[0] - 1].quote is None and items[spk[0] - 1].word == "," and cs == h.b + 1
        and items[h.b].quote is None and items[h.b].word == "," and first.quote is None
        and (first.word in PREPOSITIONS or first.word in ("for", "by"))
    )
    if first.quote is None and first.word in BAD_CONTENT_START and not (
        first.word == "to" and cue.lemma in INTENT
    ) and not inserted and not _approximate_quantity(items, cs, ce):
        if first.word == "from" and cue.cls in ("speech", "tell") and spk is not None and from_prev is None:
            # 'Hedge said from his office in Orlando. "Golf is ..."': no content, but the quote that follows
            # is his (an introduction, like 'Hedge said:')
            intro = Row(INTRO, items[h.a].start, items[ce - 1].end, cue=_span(items, h.a, h.b),
                        speaker=_span(items, *spk), attribution="cue")
            intro.item_end = ce
            return intro
        return None
    if cue.cls == "belief" and first.quote is None and first.word in PREPOSITIONS and not (
        first.word == "to" and cue.lemma in INTENT
    ):
        return None  # "hopes for ...", "plans in ...": not a reported thought
    n_words = sum(1 for k in range(cs, ce) if items[k].quote is None and items[k].word[:1].isalnum())
    quotes_in = [items[k].quote for k in range(cs, ce) if items[k].quote is not None]
    if not quotes_in and n_words < 2 and not _one_word_content(items, cs, ce, cue):
        return None
    if cue.cls == "object" and first.quote is None and first.word in TIME_WORDS:
        return None  # "called on Monday for ...": a time, not the hearer of an appeal
    if cue.lemma in PERCEPTION_LEMMAS and not quotes_in and first.quote is None and (
        first.word in DETERMINERS or first.word.endswith("ing")
    ) and not _has_verb(items, cs - 1, ce):
        return None  # "The astronomers observed the disk around the star": seen, not said
    if cue.lemma in NEEDS_INFINITIVE and first.word != "to" and not quotes_in:
        return None  # "It declined in every state", "profits declining": not a refusal
    if cue.cls == "belief" and not quotes_in and n_words < 4:
        return None
    if cue.cls == "naming" and not quotes_in and not _named_object(items, cs, ce) and not (
        cue.lemma in DESCRIBING and (_described_as(items, cs, ce) or _described_object(items, cs, ce, spk))
    ) and not _fronted_object(items, spk, cs, ce):
        return None
    kind = _kind(items, cs, ce)
    if kind == "direct":
        s, e = quotes_in[0].start, quotes_in[0].end
    else:
        s, e = _span(items, cs, ce)
    row = Row(kind, s, e, cue=_span(items, h.a, h.b), attribution="cue", quotes=quotes_in)
    if from_prev is not None:
        row.speaker = from_prev.speaker
        row.speaker_from = from_prev
    elif spk is not None:
        row.speaker = _span(items, *spk)
        if kind in ("indirect", "mixed") and not participial:
            _add_opening_part(items, row, spk, h, cs, lo, prev)
        elif kind == "direct" and not participial:
            _add_quoted_opening(items, row, spk, lo, prev)
    row.item_end = ce
    row.cue_item = h.a
    return row


def _add_opening_part(items: list[Item], row: Row, spk: tuple[int, int], h: _CueHit, cs: int, lo: int,
                      prev: Row | None) -> None:
    """'The plan, he said, would fail': a cue set between commas inside the reported clause. The clause's
    opening part is content too (PolNeAR's discontinuous content), so the row starts there and ``segments``
    lists both parts; the speaker and cue lie between them."""
    comma = spk[0] - 1
    # the cue (with a hearer: "The solution, he told reporters, was simple") closes with a comma right before cs
    if comma <= lo or items[comma].quote is not None or items[comma].word != "," or not (
        h.b < cs <= h.b + 1 + MAX_HEARER_TOKENS and items[cs - 1].quote is None and items[cs - 1].word == ","
        and all(items[k].quote is None and _is_word(items[k]) for k in range(h.b, cs - 1))
    ):
        return
    xs = _trim_start(items, lo, comma)
    if prev is not None and prev.item_end > xs:
        return  # the opening part belongs to an earlier attribution of the unit
    words = [items[k] for k in range(xs, comma) if items[k].quote is not None or items[k].word[:1].isalnum()]
    infinitive = items[xs].word == "to" and xs + 1 < comma and items[xs + 1].quote is None and (
        items[xs + 1].word.isalpha() and not items[xs + 1].capital and items[xs + 1].word not in DETERMINERS
    )  # "To understand the real Dred Scott, Roberts said, one should visit this museum": part of what was said
    subject = len(words) == 1 and words[0].quote is None and words[0].is_cap and not words[0].word.endswith("ly") and (
        words[0].word not in CONNECTIVE_WORDS and items[cs].quote is None and (
            items[cs].word in AUXILIARIES or items[cs].word in FINITE_BE)
    )  # "Loyalty, he noted, has long been a core tenet": the clause's subject, one word
    if len(words) < MIN_OPENING_PART_WORDS and not subject or items[xs].word in PREPOSITIONS and not infinitive or (
        items[xs].word in CONJUNCTIONS and items[xs].word not in OPENING_CONDITIONS
    ) or any(items[k].quote is None and items[k].word in (",", ";", ":") for k in range(xs, comma)) or (
        items[comma - 1].quote is None and items[comma - 1].word in ("ago", "nor") or items[xs].word == "nor"
        or all(it.quote is None and (it.word in CONNECTIVE_WORDS or it.word == "back") for it in words)
    ):  # ("Six months ago, the senator said, ...", "Back then, she said, ...": a time, not what was said)
        return  # "Rather, he said", "In a statement, he said", "On Thursday, ...": an adverbial, not content
    opening = [items[k].quote for k in range(xs, comma) if items[k].quote is not None]
    if items[cs].quote is None and items[cs].word in WRITER_SUBORDINATORS and (
        len(words) >= MIN_CLOSED_CLAUSE_WORDS and _has_verb(items, xs, comma)
    ):
        # "The death toll has risen to 158, officials have said, as rescuers continue to search": the clause
        # before the cue is what was said; the writer's circumstance follows it
        row.start, row.end, row.quotes = items[xs].start, items[comma - 1].end, opening
        row.kind = "mixed" if opening else "indirect"
        row.item_end = comma
        return
    row.segments = [(items[xs].start, items[comma - 1].end), (row.start, row.end)]
    row.start = items[xs].start
    row.quotes = opening + row.quotes
    if opening and row.kind == "indirect":
        row.kind = "mixed"


def _add_quoted_opening(items: list[Item], row: Row, spk: tuple[int, int], lo: int, prev: Row | None) -> None:
    """'The "animosity is like I've never seen before," he said, "and I hope ..."': a clause ending in a
    comma-closed quotation before the speaker opens the same quotation; the row holds both parts (mixed)."""
    k = spk[0] - 1
    if k <= lo or items[k].quote is None or not items[k].quote.comma_end or prev is not None and prev.item_end > lo:
        return
    xs = _trim_start(items, lo, k)
    if xs >= k or any(items[j].quote is None and items[j].word in (",", ";", ":") for j in range(xs, k)):
        return  # a plain '"A," he said, "B."' is built elsewhere; a clause with its own commas is not one part
    row.segments = [(items[xs].start, items[k].end), (row.start, row.end)]
    row.start = items[xs].start
    row.quotes = [items[j].quote for j in range(xs, k + 1) if items[j].quote is not None] + row.quotes
    row.kind = "mixed"


FINITE_BE = frozenset("is are was were".split())
# Words after a parenthetical cue that open the writer's circumstance, not more of the report.
WRITER_SUBORDINATORS = frozenset("as while amid".split())
MIN_CLOSED_CLAUSE_WORDS = 5
# One-word openings that are connectives or adverbs, not a subject ("Now, he said, ...", "Still, she said, ...").
CONNECTIVE_WORDS = OPENING_ADVERBS | SENTENCE_ADVERBS | LEADING_ADVERBS | CONJUNCTIONS | frozenset(
    "besides anyway yes no well sure basically frankly honestly".split()
)
# Subordinate clauses that open the reported sentence and belong to what was said ("If the law conflicts
# with God's orders, he said, Christians must ignore the law").
OPENING_CONDITIONS = frozenset("if unless although though while whereas when because".split())


# Prepositions before a hearer or a place, not a source: "a message to supporters saying", "on Twitter saying".
HEARER_PREPOSITIONS = frozenset("to on at in into with for".split())


def _no_other_subject(items: list[Item], k: int | None) -> bool:
    """Does the content at ``k`` not open with "that" before a named or described subject? After "but" the
    speaker goes on ("said it welcomed the Bill but called for ...", "condemned the passage but praised
    ..."), not after "revealed that the prince accepted responsibility but did not say" (he did not say)."""
    return k is not None and not (k + 1 < len(items) and items[k].quote is None and items[k].word == "that" and (
        items[k + 1].quote is not None or items[k + 1].word not in PRONOUN_SUBJECTS))


def _only_a_date(items: list[Item], cs: int, ce: int) -> bool:
    """Is items[cs:ce] nothing but a date ("on Friday", "on Tuesday, Oct. 14", "last week")?"""
    return cs < ce and any(items[k].quote is None and (items[k].word in WEEKDAYS or _month(items, k) or (
        items[k].word in ("yesterday", "today", "tonight", "week", "month", "year", "weekend")
    )) for k in range(cs, ce)) and all(items[k].quote is None and (
        _time_word(items[k].word) or items[k].word in DATE_FILLERS or _month(items, k)
        or items[k].word in MONTH_ABBREVIATIONS
    ) for k in range(cs, ce))


def _only_a_circumstance(items: list[Item], cs: int, ce: int, hi: int) -> bool:
    """Is items[cs:ce] a prepositional phrase that ends the unit, with no verb or quotation in it ("at her
    weekly briefing on Wednesday", "in an interview with Reuters")?"""
    return cs < ce and items[cs].quote is None and items[cs].word in CIRCUMSTANCE_PREPOSITIONS and (
        _only_punct_after(items, ce, hi) or ce >= hi
    ) and not any(items[k].quote is not None or items[k].word in VERB_WORDS or items[k].word in ("that", ",")
                  for k in range(cs, ce)) and not _has_verb(items, cs, ce)


# Prepositions opening when or where a report was made ("said after the attacks", "said ahead of the vote").
CIRCUMSTANCE_PREPOSITIONS = frozenset("at in on during after before following ahead".split())
# Cues whose report is a clause, never a prepositional phrase ("said at her weekly briefing", not "hinted at").
PLAIN_SAYING = frozenset("say tell announce add state declare".split())
# Words of a date besides the time words and months ("on Tuesday, Oct. 14", "early on Friday").
DATE_FILLERS = frozenset(", . at in early late weekend".split())


def _absolute_subject(items: list[Item], a: int, lo: int) -> tuple[int, int] | None:
    """'..., with forecasters saying there is a "danger to life"', '..., with the judge ruling that ...': the
    subject of an absolute construction after ", with" speaks."""
    commas = 0
    for w in range(a - 2, max(lo, a - 2 - MAX_NP_TOKENS), -1):
        if items[w].quote is None and items[w].word == "," and commas < 2 and items[w + 1].is_cap:
            commas += 1  # '..., with the governor, Margaret Kilcullen, warning that ...': a name in apposition
            continue
        if items[w].quote is not None or not _is_word(items[w]) and items[w].word not in ("'s", "\u2019s"):
            return None
        if _absolute_with(items, w, lo):
            return (w + 1, a) if not commas or a - w - 1 <= MAX_NP_TOKENS else None
        if a - w > MAX_NP_TOKENS // 2 and not commas:
            return None
    return None


def _absolute_with(items: list[Item], w: int, lo: int) -> bool:
    """'..., with Senator John McCain telling reporters ...': "with" after a comma opens a clause whose subject
    is the phrase after it (an absolute construction), not a hearer."""
    return items[w].word == "with" and w > lo and items[w - 1].quote is None and items[w - 1].word == ","


# Cues that stand before their speaker in news style ("..., said a source close to the campaign.").
INVERTED_LEMMAS = frozenset("say add note explain argue warn insist predict".split())
# Naming cues that report a characterisation without quotation marks: "described the move as a breach".
MAX_RELATIVE_OBJECT_TOKENS = 6


def _before_main_verb(items: list[Item], cs: int, ce: int, lex: dict[str, tuple[Cue, ...]]) -> int:
    """End of the object of a cue inside a restrictive relative clause: the sentence's own reporting verb
    follows it ("People who support the plan | say it works")."""
    for t in range(cs + 1, min(ce, cs + MAX_RELATIVE_OBJECT_TOKENS + 1)):
        it = items[t]
        if it.quote is not None or it.word in ",;:":
            return ce
        if not it.capital and not it.word.endswith("ing") and items[t - 1].word not in ("to", "not"):
            m = _match_cue(items, t, lex)
            if m is not None and m[0].cls in ("speech", "tell", "belief"):
                return t
    return ce


# Prepositions before which a past participle is an adjective ("about alleged affairs", "for claimed losses").
ADJECTIVE_PREPOSITIONS = frozenset("about of for over on in with after against despite amid into from under".split())
# Cues that also name seeing: a report only with a clause or a quotation ("observed that ...").
PERCEPTION_LEMMAS = frozenset(["observe"])


def _subordinate_subject(items: list[Item], lo: int, k: int) -> tuple[int, int] | None:
    """The named subject after an opening subordinator in the clause that ends at ``k`` ("after Republican
    Tessa Harrow released an ad"), not a pronoun (which is the main clause's subject again: "Sessions ... when
    he went"); else ``None``."""
    sub = next((j for j in range(k - 1, lo, -1) if items[j].quote is not None or items[j].word in ",;:"
                or items[j].word in SUBORDINATORS and not items[j].capital), None)
    if sub is None or items[sub].quote is not None or items[sub].word not in OPENING_SUBORDINATORS:
        return None
    named = _subject_of_unit(items, sub + 1, k)
    return None if named is None or items[named[0]].word in PRONOUN_SUBJECTS else named


def _subject_of_contact_clause(items: list[Item], spk: tuple[int, int], b: int, hi: int) -> tuple[int, int] | None:
    """In "a move board members said would save $6 million" (a relative clause without "that" whose report has
    no subject of its own) the plural after the singular head speaks: "board members", not "a move"."""
    a, e = spk
    if e - a < 3 or items[a].word not in ("a", "an", "the") or b >= hi or items[b].quote is not None or (
        items[b].word not in FINITE_AUXILIARIES
    ):
        return None
    words = [items[k] for k in range(a + 1, e)]
    if any(w.quote is not None or w.capital or not w.word.isalpha() for w in words):
        return None
    head, last = words[0].word, words[-1].word
    if head.endswith("s") or head in FUNCTION_WORDS or not (last.endswith("s") or _person_noun(last)):
        return None
    return (a + 2, e)  # (the words after the singular head)


def _sender_of(items: list[Item], of: int, lo: int) -> tuple[int, int] | None:
    """The subject of the verb before "a flurry of" at ``of`` ("Trump unleashed a flurry of tweets")."""
    j = of - 1
    while j > lo and of - j <= 2 and items[j].quote is None and not items[j].capital and _is_word(items[j]) and (
        items[j].word not in DETERMINERS
    ):
        j -= 1  # the quantity noun: "flurry", "series", "barrage"
    if j <= lo or items[j].quote is not None or items[j].word not in DETERMINERS:
        return None
    verb = j - 1
    if verb <= lo or items[verb].quote is not None or items[verb].capital or not _is_word(items[verb]):
        return None
    return _np_left(items, verb, lo)


def _relative_speaker_item(items: list[Item], prev: Row | None, hi: int) -> int | None:
    """Item index of ``prev``'s speaker when it is a relative pronoun ("who said") before ``hi``."""
    if prev is None or prev.speaker is None:
        return None
    k = _item_at(items, prev.speaker[0], hi)
    return k if k and items[k].quote is None and items[k].word in RELATIVES else None


def _object_speaker_item(items: list[Item], prev: Row | None, hi: int) -> int | None:
    """Item index of ``prev``'s speaker when that report is a noun phrase after a preposition ("pushed back on
    Republican claims that ..."), whose owner is not the sentence's subject, before ``hi``."""
    if prev is None or prev.speaker is None or prev.cue_item < 1:
        return None
    k = _item_at(items, prev.speaker[0], hi)
    return k if k and prev.cue_item == k + 1 and items[k - 1].quote is None and (
        items[k - 1].word in PREPOSITIONS and not items[k - 1].capital
    ) and items[prev.cue_item].quote is None and items[prev.cue_item].word.endswith("s") else None


def _item_at(items: list[Item], start: int, hi: int | None = None) -> int | None:
    """Index of the item that starts at character ``start`` (among the first ``hi`` items)."""
    return next((k for k in range(len(items) if hi is None else hi) if items[k].start == start), None)


def _sentence_start(items: list[Item], k: int) -> int:
    """First item of the sentence holding items[k] (units may hold several sentences)."""
    while k > 0 and not (items[k - 1].quote is None and items[k - 1].word in (".", "!", "?")):
        k -= 1
    return k


def _antecedent_of_who(items: list[Item], prev: Row) -> tuple[int, int] | None:
    """The phrase a relative "who" stands for, when ``prev`` is the row of the relative clause."""
    k = _item_at(items, prev.speaker[0])
    if k is None or items[k].quote is not None or items[k].word != "who" or k == 0:
        return None
    return _np_left(items, k, 0, lower_ok=True)


MAX_RELATIVE_GAP = 4


def _relative_antecedent(items: list[Item], spk: tuple[int, int], lo: int) -> tuple[int, int] | None:
    """The named antecedent of a restrictive relative clause that ends right before the cue: in "state
    representative Terri Collins who sponsored the bill remarked", the object "the bill" is not the speaker;
    in "The group that organised the protest said", the group speaks."""
    if (people := _people_who(items, spk[1], lo)) is not None:
        return people
    k = _relative_word_before(items, spk[0], lo, MAX_RELATIVE_GAP)
    # (the phrase read before the cue may hold the relative clause's verb: "A group that represents farmers said")
    verb_inside = k == spk[0] - 1 and spk[1] - spk[0] >= 2 and items[k].word == "that"
    if k <= lo or k == spk[0] - 1 and not verb_inside or items[k].quote is not None or items[k].word not in (
        "who", "that"
    ):
        return None
    verb = items[k + 1]
    if items[k].word == "who" and verb.quote is None and verb.word in CONTACT_VERBS and k + 2 < spk[1] and (
        items[k + 2].word in ("to", "with")
    ):  # "Residents who spoke to JoyNews at Madina said", "Traders who spoke to The Citizen said": the people the
        # outlet interviewed speak
        ante = _np_left(items, k, lo, lower_ok=True)
        return ante if ante is not None and not any(items[t].word in PRONOUN_SUBJECTS for t in range(*ante)) else None
    if verb.quote is not None or verb.capital or not (verb.word.endswith(("ed", "s")) or verb.word in IRREGULAR_VERBS):
        return None
    if items[k].word == "that":  # "The group that organised the protest said": a body opening the clause
        ante = _np_left(items, k, lo, lower_ok=True)
        return ante if ante is not None and ante[0] == lo and items[lo].word in DETERMINERS and (
            k - lo <= MAX_NP_TOKENS // 2
        ) else None
    ante = _np_left(items, k, lo)
    return ante if ante is not None and any(items[t].is_cap for t in range(*ante)) else None


# Verbs of a relative clause in which an outlet met the speaker ("who spoke to", "who talked with").
CONTACT_VERBS = frozenset("spoke talked spoken chatted".split())


def _relative_word_before(items: list[Item], end: int, lo: int, gap: int) -> int:
    """Index of the nearest "who", "that" or punctuation within ``gap`` items before ``end`` (else where the
    search stopped): where a relative clause ending at ``end`` may open."""
    k = end - 1
    while k > lo and end - k <= gap and items[k].quote is None and items[k].word not in (",", "who", "that", ";", ":"):
        k -= 1
    return k


def _people_who(items: list[Item], end: int, lo: int) -> tuple[int, int] | None:
    """The pronoun that heads a relative clause of people ending at ``end``: "some who advocate free speech
    argue", "Those who were there said" (a plural verb without -s, or any verb, after such a head)."""
    k = _relative_word_before(items, end, lo, MAX_RELATIVE_GAP + 1)
    if k - 1 < lo or k + 1 >= end or items[k].quote is not None or items[k].word != "who":
        return None
    head, verb = items[k - 1], items[k + 1]
    if head.quote is None and head.word.lower() in RELATIVE_HEAD_PRONOUNS and not verb.capital and (
        verb.word.isalpha()
    ):
        return (k - 1, k)
    return None


def _document_seen_by(items: list[Item], spk: tuple[int, int], lo: int) -> tuple[int, int]:
    """'A letter seen by Reuters said ...': the outlet that saw a document is not its speaker; the phrase
    from the document on is the source."""
    a = spk[0]
    if a - 3 >= lo and items[a - 1].quote is None and items[a - 1].word in ("after", "following", "during") and (
        items[a - 2].word in ISSUED_AT_PARTICIPLES and items[a - 3].word in _source_nouns()
    ):  # "A joint communiqué issued after the talks said": the communiqué, not the talks
        doc = _np_left(items, a - 2, lo, lower_ok=True)
        return (doc[0], spk[1]) if doc is not None else spk
    if a - 3 < lo or items[a - 1].quote is not None or items[a - 1].word != "by" or items[a - 2].word not in (
        SEEING_PARTICIPLES
    ):
        return spk
    if items[a - 2].word in ASKING_PARTICIPLES:  # "Sinaloa residents interviewed by the newspaper Noroeste said":
        people = _np_left(items, a - 2, lo, lower_ok=True)  # the people asked speak, not who asked them
        return (people[0], spk[1]) if people is not None else spk
    doc = _np_left(items, a - 2, lo, lower_ok=True)
    return (doc[0], spk[1]) if doc is not None and items[a - 3].word in _source_nouns() else spk


# Participles of a document an outlet has seen ("a letter seen by Reuters", "documents obtained by the AP").
SEEING_PARTICIPLES = frozenset("seen obtained reviewed viewed interviewed polled surveyed questioned".split())
ASKING_PARTICIPLES = frozenset("interviewed polled surveyed questioned".split())
# Participles of a document issued at an occasion ("a joint communiqué issued after the talks").
ISSUED_AT_PARTICIPLES = frozenset("issued released published adopted".split())


def _name_before_unclosed_title(items: list[Item], spk: tuple[int, int], lo: int) -> tuple[int, int]:
    """'Erwin Chemerinsky, Dean of UC Berkeley School of Law called it ...': a capitalised title phrase
    whose closing comma is missing, after a name that opens the clause; the name and the title together."""
    a = spk[0]
    if a - 3 < lo or items[a - 1].quote is not None or items[a - 1].word != "," or items[a].word not in (
        _title_words()[1]
    ) or not items[a].capital:
        return spk
    k = a - 2
    while k > lo and items[k - 1].quote is None and items[k - 1].is_cap:
        k -= 1
    if k != lo or a - 1 - k < 2 or not all(items[t].is_cap and items[t].word not in _title_words()[1]
                                          for t in range(k, a - 1)) or _fronted_participle(items, a - 1, lo):
        return spk  # (not "Sentencing Moran, Judge Martina Baxter said": a participle and its object)
    return (k, spk[1])


# Participles whose object is the hearer ("speaking to reporters"), not the subject of the main verb.
ADDRESSING_PARTICIPLES = frozenset("speaking talking writing addressing".split())


def _formula_not_report(items: list[Item], h: _CueHit, hi: int) -> bool:
    """Formulas with a cue word that report nothing: a police appeal's "quoting reference 6621", the
    anonymity formulas "asked not to be named" and "requested anonymity", a courtesy visit, "called on
    President Prabowo at the palace" (not an appeal, "called on X to ..."), company results ("posted a record
    profit") and violence ("attacked a teenager with a knife")."""
    nxt = [it.word for it in items[h.b : min(hi, h.b + 4)] if it.quote is None]
    words = h.cue.words
    if words[0] == "quoting" and nxt[:1] and nxt[0] in ("reference", "ref", "crime", "incident", "case"):
        return True
    if words[0] == "asked" and nxt[:4] in (["not", "to", "be", "named"], ["not", "to", "be", "identified"]):
        return True
    if words[-1] == "identified" and nxt[:2] == ["only", "as"]:
        return True  # "A resident identified only as Maria said": a name, not a report
    if words[-1] in ("requested", "requests", "request") and nxt[:1] == ["anonymity"]:
        return True  # "A government official, who requested anonymity, said ..."
    ahead = [it.word for it in items[h.b : min(hi, h.b + 8)] if it.quote is None]
    if words[0] == "asked" and ahead[:1] == ["that"] and "name" in ahead[:6] and "not" in ahead[:6]:
        return True  # "who asked that her name not be published"
    if words[-1] in ("posted", "posts") and any(w in FINANCIAL_NOUNS for w in ahead[:5]):
        return True  # "The company has posted a record half-year profit": results, not a post
    if words[-1] in POSTING_PARTICIPLES and h.a >= 3 and all(it.quote is None for it in items[h.a - 3 : h.a]) and (
        items[h.a - 1].word in POSTED_THINGS and items[h.a - 2].word in POSTED_DETERMINERS
        and items[h.a - 3].word in ("in", "on", "through", "via")
    ):
        return True  # "In a video posted on social media, RSF field commander Jibril al-Nour said": the video
        # names where the commander spoke, and he is the speaker
    if words[-1] in ("attacked", "attacks") and any(w in WEAPONS for w in ahead):
        return True  # "a man who attacked a teenager with a knife": violence, not criticism
    if words[-1] in ("add", "adds", "added", "adding") and h.b < hi and items[h.b].quote is None and (
        items[h.b].word[:1].isdigit() or items[h.b].word in ("$", "\u00a3", "\u20ac")
    ) and not any(w in AUXILIARIES for w in ahead[1:7]):
        return True  # "..., adding 2,100MW to the grid", "we have added 1 million jobs": a quantity, not a
        # remark (but "She added 12 people had died")
    if h.a > 0 and items[h.a - 1].word == "as" and nxt[:1] and nxt[0] in ("above", "below", "earlier", "before"):
        return True  # "as mentioned above", "as noted earlier": the writer's cross-reference
    if words == ("called",) and nxt[:1] and nxt[0] in OBJECT_PRONOUNS and all(
        it.quote is None for it in items[h.b : min(hi, h.b + 3)]
    ) and (
        len(nxt) == 1 or nxt[1] in (".", ",", "back", "again", "later", "last", "on", "at") or nxt[1] in (
            "a", "one", "the", "every") and len(nxt) > 2 and nxt[2] in CALL_TIMES
    ):
        return True  # "When I called him a week later", "she called them back": a telephone call, not a name
    if words[:2] == ("called", "on") and h.b < hi and items[h.b].is_cap:
        k = h.b
        while k < hi and items[k].quote is None and (items[k].is_cap or items[k].word == "."):
            k += 1
        return k >= hi or items[k].quote is None and items[k].word in (".", "at", "in", "during", "on")
    return False


# Participles of publishing after a thing that carries speech, inside a prepositional phrase ("In a video
# posted on Facebook, X said"): where the speaker spoke, not a report by the video.
POSTING_PARTICIPLES = frozenset("posted published released issued shared uploaded broadcast aired circulated".split())
POSTED_THINGS = frozenset(
    "video statement message post letter clip footage recording note audio broadcast interview speech".split())
POSTED_DETERMINERS = frozenset("a an the his her its their".split())
# Times after "called him" that make it a telephone call ("called him a week later").
CALL_TIMES = frozenset("week day month year moment few couple hour minute minutes hours days weeks".split())
# Nouns of company results after "posted" ("posted a record half-year profit").
FINANCIAL_NOUNS = frozenset("profit profits loss losses revenue revenues earnings sales deficit surplus".split())
# Weapons that make "attacked" physical ("attacked a teenager with a knife").
WEAPONS = frozenset("knife knives gun guns machete hammer axe bat rifle pistol weapon".split())


def _adverb_aside(items: list[Item], a: int, lo: int) -> bool:
    """Is the cue at ``a`` after a sentence adverb between commas (", however, termed")?"""
    return a - 3 >= lo and all(items[k].quote is None for k in range(a - 3, a)) and items[a - 1].word == "," and (
        items[a - 2].word in SENTENCE_ADVERBS and items[a - 3].word == ","
    )


def _city_state(items: list[Item], spk: tuple[int, int], lo: int) -> bool:
    """Is the phrase the state after a city ("Washington, D.C.", "Ames, Iowa")?"""
    return spk[0] - 2 >= lo and items[spk[0] - 1].word == "," and items[spk[0] - 2].is_cap and (
        _state_after_city(items, *spk)
    )


def _indefinite_noun_before(items: list[Item], a: int, lo: int) -> bool:
    """Is the word before `a` the head of an indefinite noun phrase ("a popular play", "A German news
    organization")? A participle after it names the thing; a speaker is definite or named."""
    k = a - 1
    while k >= max(lo, a - 5) and items[k].quote is None and _is_word(items[k]):
        if items[k].word in ("a", "an"):
            return k < a - 1
        if items[k].word in DETERMINERS or items[k].word in RELATIVES or (k == a - 1 and items[k].capital):
            return False
        k -= 1
    return False


def _described_person_subject(items: list[Item], spk: tuple[int, int], lo: int, a: int) -> tuple[int, int] | None:
    """The whole subject when the phrase before the cue at ``a`` ends a person described by a participle or a
    preposition that opens the clause ("A woman accused of murdering her neighbour in a row over a boundary hedge
    has told a jury", "A Soweto taxi boss accused of ordering the hit on a rival's chairperson has told"), or a
    body described by what it does ("A commission probing the stampede has said"): the person or the body speaks,
    not the hedge, the hit or the stampede (court reports open so)."""
    whole = _long_subject_left(items, a, lo)
    if whole is None or whole[0] >= spk[0] or whole[1] != spk[1] or items[whole[0]].word.lower() not in (
        "a", "an", "the"
    ):
        return None
    k = next((k for k in range(whole[0] + 1, spk[0]) if items[k].quote is None and (
        items[k].word in PERSON_POSTMODIFIERS or items[k].word in SUBJECT_PREPOSITIONS
        or items[k].word.endswith("ing") and items[k].word.isalpha() and len(items[k].word) > 5)), None)
    if k is None or k - whole[0] < 2 or items[k - 1].capital or not items[k - 1].word.isalpha():
        return None
    head = items[k - 1].word
    if not (_person_noun(head) or head in LEDE_PERSON_NOUNS or head in _title_words()[2] and items[k].word.endswith(
        "ing"
    )) or any(  # (a body too, described by what it does: "A commission probing the stampede has said")
        items[j].quote is not None or not items[j].word.replace("-", "").isalnum() or items[j].word in FUNCTION_WORDS
        or items[j].word.endswith("ed") and not items[j].capital for j in range(whole[0] + 1, k)
    ):  # (the noun phrase's own words only: not "A poll conducted by voters in ...")
        return None
    if any(items[j].quote is None and (items[j].word in AUXILIARIES or items[j].word in PRONOUN_SUBJECTS)
           for j in range(whole[0], spk[0])):
        return None  # a clause inside: not one noun phrase
    return (whole[0], spk[1])


# Participles that describe a person in a court report's opening subject ("A man charged over ...").
PERSON_POSTMODIFIERS = frozenset(
    "accused charged convicted suing jailed sentenced cleared acquitted found facing fighting involved".split())


def _person_noun(word: str) -> bool:
    """A title or a noun for a group of people from the lexicon ("the former president", "party sources",
    "caucus attendees"): a speaker even without a name."""
    titles = _title_words()[1]
    return word in titles or word.endswith("s") and word[:-1] in titles


def _appositive_subject(items: list[Item], lo: int, b: int) -> bool:
    """Is items[lo:b] a subject with an appositive name ("The head of the police, Neil Basu"), not a clause: no
    quote, no auxiliary or past form, and a name right before ``b``? Or a subject with a relative clause?"""
    if _subject_with_relative(items, lo, b) or _participle_aside_comma(items, lo, b) is not None:
        return True
    commas = [k for k in range(lo, b) if items[k].quote is None and items[k].word == ","]
    if len(commas) == 1 and items[b - 1].is_cap and _relative_role_start(items, commas[0], lo) == lo:
        return True  # "A trader who lost her stall, Mary Wanjiku": a person's noun, its relative clause, a name
    if b - 1 <= lo or not (items[b - 1].is_cap or items[b - 1].word in ("percent", "%")):
        return False  # (a share with its figure: "Just shy of half, 49%, say ...")
    return not any(
        it.quote is not None or it.word in FINITE_AUXILIARIES or it.word in VERB_WORDS or not it.capital and (
            it.word.endswith("ed") or it.word in IRREGULAR_VERBS
        ) for it in items[lo:b]
    ) and any(it.quote is None and it.word == "," for it in items[lo:b])


def _participle_aside_comma(items: list[Item], lo: int, b: int) -> int | None:
    """The comma after the subject when items[lo:b] is a noun phrase and a participle between commas ("A naval
    officer, speaking privately"), the subject of the cue after it, not a clause it closes; else ``None``."""
    commas = [k for k in range(lo, b) if items[k].quote is None and items[k].word == ","]
    if len(commas) != 1 or commas[0] == lo or commas[0] + 1 >= b:
        return None
    first = items[commas[0] + 1]
    return commas[0] if first.quote is None and not first.capital and first.word.endswith("ing") and (
        first.word.isalpha()
    ) and not any(it.quote is not None or it.word in FINITE_AUXILIARIES or it.word in VERB_WORDS or not it.capital and (
        it.word.endswith("ed") or it.word in IRREGULAR_VERBS) for it in items[lo:commas[0]]) else None


def _subject_with_relative(items: list[Item], lo: int, b: int) -> bool:
    """Is items[lo:b] a short noun phrase and a relative clause between commas ("One parent, who has a son",
    "Many voters, whose towns flooded"), the subject of the cue after it rather than a reported clause?"""
    c = next((k for k in range(lo, min(b, lo + MAX_NP_TOKENS + 1)) if items[k].quote is not None or (
        items[k].word in ",;:")), None)
    if c is None or c == lo or items[c].quote is not None or items[c].word != "," or c + 1 >= b:
        return False
    return items[c + 1].quote is None and items[c + 1].word in ("who", "whose") and not any(
        it.quote is not None for it in items[c:b]) and not any(
        it.word in FINITE_AUXILIARIES or it.word in VERB_WORDS for it in items[lo:c])


# Pronouns that head a relative clause of people ("those who know him", "some who advocate ...").
RELATIVE_HEAD_PRONOUNS = QUANTIFIERS | frozenset("those people anyone everyone others".split())
# Past forms that open a relative clause's predicate without -ed ("who wrote the bill", "who led the
# campaign").
IRREGULAR_VERBS = frozenset("wrote led ran won lost made gave took brought built began sent".split())


def _passive_row(items: list[Item], h: _CueHit, hi: int, lex: dict[str, tuple[Cue, ...]]) -> Row | None:
    """A passive report whose agent the text does not name ("He was told that ...", "It was reported that
    ..."): a row without a speaker, never the hearer of the clause before. A question put by an unnamed asker
    ("... told Reuters when asked if he had met Trump", 'Trump was asked, "..."') is no row at all, as with
    a fronted "Asked whether ...": only the answer is attributed."""
    if h.b + 1 < hi and items[h.b].quote is None and items[h.b].word == "by":
        return _agent_row(items, h, hi, lex)  # "was asked by host John Dickerson whether ..."
    if h.cue.lemma == "ask":
        return None
    if h.b + 1 < hi and items[h.b].quote is None and items[h.b].word in (",", ":") and items[h.b + 1].quote is not None:
        q = items[h.b + 1].quote  # 'Trump was asked, "What's the most dangerous place ...?"'
        row = Row("direct", q.start, q.end, cue=_span(items, h.a, h.b), attribution="cue", quotes=[q])
        row.item_end = h.b + 2
        return row
    if h.b >= hi or not _is_word(items[h.b]):
        return None  # "When asked, Trump said: ...": the answer follows, not the question
    cs, ce = _content_after(items, h.b, hi, h.cue, lex)
    words = sum(1 for k in range(cs, ce) if _is_word(items[k]))
    if words < 2 or items[cs].quote is None and (items[cs].word in BAD_CONTENT_START or items[cs].word in PREPOSITIONS):
        return None  # "when questioned after the debate", "as stated in Davis' commentary": no content
    row = _content_row(items, cs, ce, cue=_span(items, h.a, h.b), attribution="cue")
    row.item_end = ce
    return row


def _no_speaker_phrase(items: list[Item], spk: tuple[int, int]) -> bool:
    """A phrase left of a cue that cannot speak: a lone -ly adverb ("effectively acknowledged"), adjectives
    without a noun ("made other public promises")."""
    words = [items[k] for k in range(*spk)]
    last = words[-1]
    if len(words) == 1 and last.word.endswith("ly") and not last.capital and last.word not in PRONOUN_SUBJECTS:
        return True
    return all(not it.capital and it.word in NOT_HEAD_WORDS for it in words)


# Adjectives that never head a speaker noun phrase on their own ("other public promises"; "many" and
# "several" do: "many argue").
NOT_HEAD_WORDS = frozenset("other public private new such same own various further".split())


def _agent_row(items: list[Item], h: _CueHit, hi: int, lex: dict[str, tuple[Cue, ...]]) -> Row | None:
    """A passive report whose agent follows "by": "Sanders was asked by host John Dickerson whether ...",
    "Asked by Matt Lauer whether she had practiced, she said ...", "a pattern described by Marine Bulletin
    as "rather hectic"": the agent speaks."""
    spk = _np_right(items, h.b + 1, hi)
    if spk is None:
        return None
    spk = _with_name_after(items, spk, hi)
    links = ("as",) if h.cue.cls == "naming" else ("whether", "if", "that", "to")
    if spk[1] >= hi or items[spk[1]].quote is not None or items[spk[1]].word not in links:
        return None
    cs, ce = _content_after(items, spk[1], hi, Cue(h.cue.words, h.cue.lemma, "speech"), lex)
    if h.a == 0:  # a fronted participle clause ends where the main clause begins
        ce = next((k for k in range(cs, ce) if items[k].quote is None and items[k].word == ","), ce)
    if ce - cs < 2:
        return None
    row = _content_row(items, cs, ce, cue=_span(items, h.a, h.b), speaker=_span(items, *spk), attribution="cue")
    row.item_end = ce
    return row


def _fronted_participle_row(items: list[Item], h: _CueHit, hi: int, lex: dict[str, tuple[Cue, ...]]) -> Row | None:
    """"Noting he majored in philosophy, Allen said ...": a participle opening the sentence reports what the
    main clause's subject says; its clause ends at the comma before that subject."""
    cs, ce = _content_after(items, h.b, hi, h.cue, lex)
    # the comma may close a quotation: 'After saying her foot was "so swollen," she ...'
    quoted = cs < hi and items[cs].quote is not None  # ('Citing "obligations in Tennessee," the spokeswoman')
    comma = next((k for k in range(cs + (not quoted), min(hi, ce + 1)) if _ends_clause(items[k])
                  and _main_clause_follows(items, k + 1)), None)
    if comma is None or comma - cs < 2 and not quoted or not quoted and items[cs].word in BAD_CONTENT_START:
        return None
    spk = _np_right(items, comma + 1, hi)
    if comma + 1 < hi and items[comma + 1].quote is None and items[comma + 1].word in DETERMINERS and (
        spk is None or spk[1] < hi and not (items[spk[1]].quote is None and items[spk[1]].word in VERB_WORDS)
    ):  # "the billionaire real estate mogul offered": the subject runs on to its verb
        spk = _subject_to_verb(items, comma + 1, hi, lex)
    if spk is None or items[spk[0]].word in ("the", "a", "an") and spk[1] - spk[0] == 1:
        return None
    end = comma + (items[comma].quote is not None)
    row = _content_row(items, cs, end, cue=_span(items, h.a, h.b), speaker=_span(items, *spk), attribution="cue")
    row.item_end = end
    return row


# How many words a determiner-led subject may run to its verb ("the former vice president's spokeswoman").
MAX_SUBJECT_WORDS = 8


def _subject_to_verb(items: list[Item], p: int, hi: int, lex: dict[str, tuple[Cue, ...]]) -> tuple[int, int] | None:
    """A determiner-led subject from ``p`` up to its verb: an auxiliary, a past form or a cue; ``None``
    when no verb comes within ``MAX_SUBJECT_WORDS`` words or a punctuation mark or quotation comes first."""
    for k in range(p + 1, min(hi, p + MAX_SUBJECT_WORDS + 1)):
        it = items[k]
        if it.quote is not None or not it.word[:1].isalnum():
            return None
        if it.word in VERB_WORDS or _match_cue(items, k, lex) is not None or (
            len(it.word) > 4 and it.word.endswith("ed") and not it.capital
        ):
            return (p, k) if k - p >= 2 else None
    return None


def _one_word_content(items: list[Item], cs: int, ce: int, cue: Cue) -> bool:
    """A one-word content that is still a report: the person an act of speech is about ("endorsed Trump",
    "criticized him") or an answer ("said no")."""
    words = [items[k] for k in range(cs, ce) if _is_word(items[k])]
    if len(words) != 1:
        return False
    w = words[0]
    if cue.cls == "object":  # (not a participle: "Biden, echoing Erdogan, called on ..." describes Biden)
        return (w.is_cap or w.word in OBJECT_PRONOUNS or w.word.isalpha() and len(w.word) > 4 and (
            w.word not in FUNCTION_WORDS and not w.word.endswith(("ly", "ing"))
        )) and not cue.words[0].endswith("ing")  # ("who opposes abortion")
    return cue.cls == "speech" and w.word in ("yes", "no")


def _object_only(items: list[Item], b: int, a: int) -> bool:
    """Is what follows a cue ending at ``b``, up to the next comma before ``a``, a noun phrase with no verb ("The
    company had offered a pay rise over 32 months, she said": an act she reports, not a report of its own)?"""
    end = next((k for k in range(b, a) if items[k].quote is None and items[k].word == ","), a)
    return b < end and items[b].quote is None and items[b].word in ("a", "an") and not any(
        items[k].quote is not None for k in range(b, end)) and not _has_verb(items, b, end)


def _clause_follows(items: list[Item], b: int, hi: int) -> bool:
    """Does a reported clause follow the cue ending at ``b``: "that", a quotation, or a subject (a pronoun,
    a determiner, a name)?"""
    if b >= hi:
        return False
    it = items[b]
    return it.quote is not None or it.word == "that" or it.word in PRONOUN_SUBJECTS and it.word != "who" or (
        it.word in DETERMINERS or it.is_cap or it.word == "there" or _contracted_pronoun(it.word)
    ) or _bare_subject_then_verb(items, b, hi) or it.word in PHRASE_BEFORE_THAT_OPENERS and any(
        items[k].quote is None and items[k].word == "that" and all(
            items[t].quote is None and items[t].word[:1].isalnum() for t in range(b, k))
        for k in range(b + 1, min(hi, b + MAX_PHRASE_BEFORE_THAT + 1))
    )  # "has conceded under cross-examination that"


MAX_PHRASE_BEFORE_THAT = 4
PHRASE_BEFORE_THAT_OPENERS = PREPOSITIONS | frozenset(["under"])


def _fronted_object(items: list[Item], spk: tuple[int, int] | None, cs: int, ce: int) -> bool:
    """'in what officials called a hate crime': the object of a naming cue stands before its subject as
    "what" or "which", so the content is the name alone."""
    return spk is not None and spk[0] > 0 and items[spk[0] - 1].quote is None and (
        items[spk[0] - 1].word in ("what", "which")
    ) and ce - cs >= 2 and items[cs].quote is None and items[cs].word in ("a", "an", "the")


def _approximate_quantity(items: list[Item], cs: int, ce: int) -> bool:
    """'said about half of the adjustment reflected ...': "about" before a quantity opens a clause's subject,
    not the topic of the speech ("talked about immigration")."""
    return items[cs].word == "about" and cs + 1 < ce and items[cs + 1].quote is None and (
        items[cs + 1].word.replace(",", "").replace(".", "").isdigit() or items[cs + 1].word in NUMBER_WORDS
        or items[cs + 1].word in QUANTITY_NOUNS
    )  # ("said about 2,000 people had died")


QUANTITY_NOUNS = frozenset("half one third quarter two-thirds three-quarters".split())


def _bare_subject_then_verb(items: list[Item], b: int, hi: int) -> bool:
    """'said illegal immigrants should be required to leave', 'said seeking reinforcements was the right
    course': up to three lower-case words and a finite verb, a clause without "that"."""
    for k in range(b, min(hi, b + 4)):
        it = items[k]
        if it.quote is not None or not it.word.isalpha():
            return False
        if k > b and it.word in FINITE_AUXILIARIES:
            return True
        if it.capital or it.word in FUNCTION_WORDS or it.word in AUXILIARIES:
            return False
    return False


# Words before "to" + a cue that make the infinitive no report of its own: another cue's complement
# ("declined to say", read by that cue), a fixed phrase ("fair to say", "suffice it to say") or a modal
# ("has to say", "is going to say").
NOT_REPORTING_BEFORE_TO = frozenset(
    "fair safe needless suffice is be have has had having going gonna ought want wants wanted need needs hard "
    "able unable enough time seem seems seemed appear appears appeared try tries tried trying attempt attempted "
    "sought seek seeks continue continues continued began begin begins used expected".split()
)


# Speech verbs whose infinitive mostly means something else ("to confirm nominees", "to add staff").
NOT_INFINITIVE_REPORTS = frozenset("confirm add".split())


MAX_HEARER_WORDS = 4  # "to tell members that", "to tell the House of Commons that"


def _reporting_infinitive(items: list[Item], h: _CueHit, hi: int, lex: dict[str, tuple[Cue, ...]]) -> bool:
    """Is the cue an infinitive of purpose or likelihood whose clause follows ("... stood at a Bush event
    here to say he was leaning toward Trump")?"""
    discuss = h.cue.cls == "object" and h.cue.words == ("discuss",) and h.b < hi and items[h.b].quote is None and (
        items[h.b].word in DETERMINERS or items[h.b].is_cap or items[h.b].word in ("how", "what", "whether")
    )  # "European leaders gathered Friday to discuss the torrent of challenges ..."
    quoted = h.b + 1 < hi and items[h.b].quote is None and items[h.b].word in (",", ":") and (
        items[h.b + 1].quote is not None
    )  # 'went as far as to say, "..."'
    told = h.cue.cls == "tell" and h.a >= 2 and any(
        items[k].quote is None and items[k].word == "that" for k in range(h.b + 1, min(hi, h.b + MAX_HEARER_WORDS + 1))
    ) and all(items[k].quote is None and items[k].word[:1].isalnum() for k in range(h.b, min(hi, h.b + 1)))
    # ("intervened to tell members that the public expects better")
    if not discuss and not told and (h.cue.cls != "speech" or h.a < 2 or h.b >= hi or not (
        _clause_follows(items, h.b, hi) or quoted
    )):
        return False
    if h.cue.lemma in NOT_INFINITIVE_REPORTS:
        return False  # ("a Senate majority to confirm Supreme Court justices": to approve, not to state)
    if h.cue.words[0].endswith(("ed", "ing", "s")) and not discuss:
        return False  # only the base form follows "to"
    prev = items[h.a - 2]
    if prev.quote is not None or prev.word in NOT_REPORTING_BEFORE_TO or not prev.word[:1].isalpha():
        return False
    return _match_cue(items, h.a - 2, lex) is None and not any(
        _match_cue(items, k, lex) is not None for k in range(max(0, h.a - 4), h.a - 1)
    )
