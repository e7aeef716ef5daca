"""Transcripts: paragraphs opening with a speaker label ("Vladimir Putin:", "((WN))") give one row
per turn."""

from __future__ import annotations

import re

from ..segment import Doc
from .constants import (
    BRACKET_LABEL_RE,
    CREDIT_SUFFIXES,
    DOUBLE_OPEN,
    FUNCTION_WORDS,
    GENERIC_LABELS,
    MIN_TITLE_WORDS,
    MIN_TRANSCRIPT_LABELS,
    NOT_LABELS,
    NOT_LABELS_EXTRA,
    SINGLE_OPEN,
    STRAIGHT_DOUBLE,
    TITLE_CASE_SHARE,
    TRANSCRIPT_LABEL_RE,
    capitals,
)
from .lexicon import _place_names, _title_words
from .units import Row


def _transcript_rows(doc: Doc) -> list[Row]:
    """One row per turn when at least two paragraphs open with a speaker label ("Vladimir Putin: ...")."""
    text = doc.text
    labels: list[tuple[int, int, int, int, int]] = []  # (paragraph, name start, name end, label end, content)
    credits: list[int] = []  # paragraphs of photo credits
    asked = False  # a "Q." or "Question." label came before: "A." and "Answer." are answers, not initials
    for pid, (pa, pb) in enumerate(doc.paragraphs):
        if text[pa : pa + 1] in OPENING_MARKS and pb - pa > 2 and text[pa + 1].isupper():
            pa += 1  # a transcript quoted paragraph by paragraph: '"WALLACE: Let's start ...'
        m = BRACKET_LABEL_RE.match(text, pa, min(pb, pa + 80))
        q = QA_LABEL_RE.match(text, pa, pb) if m is None else None
        if q is not None and q.group(1) in ANSWER_WORDS and not asked:
            q = None  # ("A. J. Brown said": an initial)
        group = (1 if q.group(1) else 2) if q is not None else 0
        if m is not None:
            ns, ne, lend = m.start(1), m.end(1), m.end()
        elif q is not None:  # "Q. How is the wrist?" (ASAP Sports), "Question. Are you worried?" (EL PAÍS)
            m, ns, ne, lend = q, pa, q.end(group), q.end()
            asked = asked or q.group(group) not in ANSWER_WORDS
        else:
            m = TRANSCRIPT_LABEL_RE.match(text, pa, min(pb, pa + 300))
            if m is None:
                continue
            words = m.group(1).split()
            first = words[0].lower().rstrip("'s’")  # (a possessive's owner: "Trump's")
            bare = words[0].lower()  # ("Enquiries", whose "s" is no possessive)
            if words[-1].lower() in NOT_LABELS_EXTRA or words[-1].lower().endswith(CREDIT_SUFFIXES):
                credits.append(pid)  # "Kamala Harris Image: U.S. Senate.", "Gloria La RivaImage: ...": a photo
                continue  # credit under a caption, which ends the turn before it
            if first in NOT_LABELS or bare in NOT_LABELS or first in NOT_LABELS_EXTRA or (
                m.group(1).isupper() and len(words) > 2 and not _title_then_surname(words)
            ):  # (a headline in capitals, but "PRIME MINISTER TE AHO:" is a title and a name)
                continue
            ns, ne, lend = m.start(1), m.end(1), m.end() + 1
            named = _named_in_label(text, ns, ne, m.end())
            if named is None:
                continue
            ns, ne = named
            verb = re.match(r"(\w+)[ \t]+(?=[A-Z])", text[ns:ne])
            if verb is not None and verb.group(1).lower() in LABEL_VERBS:
                ns += verb.end()  # "Stated Stone:", "Continued Stone:": the cue, then the speaker
        cs = lend
        while cs < pb and text[cs].isspace():
            cs += 1
        if m.re is BRACKET_LABEL_RE and text[cs : cs + 1] == ":":
            cs += 1  # "((WSS)) : Which past president ...": a colon after the bracketed label
            while cs < pb and text[cs].isspace():
                cs += 1
        if cs >= pb and pid + 1 < len(doc.paragraphs):  # "Name (retranslated):" alone, the turn follows
            cs = doc.paragraphs[pid + 1][0]
            if _label_at(text, doc.paragraphs[pid + 1]):
                continue
        if cs < pb and not any(ch.isalpha() for ch in text[cs:pb]):
            continue  # "Clinton: 2,316.": a tally, not a turn
        if text[cs : cs + 1] in QUOTE_OPENERS and text[ns:ne].lower().removeprefix("the ") in _place_names():
            continue  # 'Germany: "This is a matter of peoples' right ..."': a statement read out inside a turn
        if pid == 0 and _headline_case(text[cs:pb]):
            continue  # "Pence: Gennifer Flowers Won't Be at Debate": the headline, not the first turn
        if pid == 0 and m.re is TRANSCRIPT_LABEL_RE and _third_person_report(text[cs:pb]):
            continue  # "New Delhi: India on Thursday said ...": a dateline before the news introduction
        if cs < len(text) and cs > lend - 1:
            labels.append((pid, ns, ne, lend, cs))
    if not labels:
        return []
    # a transcript has turns: a label that comes back, question/answer labels, or officials' labels
    # ("President of Russia Vladimir Putin:"), not section headings ("Background: ...")
    names = [text[ns:ne].lower() for _, ns, ne, _, _ in labels]
    bracketed = any(text[ns - 2 : ns] == "((" for _, ns, _, _, _ in labels)
    titled = [_official_label(text[ns:ne]) for _, ns, ne, _, _ in labels]
    if len(labels) < MIN_TRANSCRIPT_LABELS and not (all(titled) and labels[0][0] > 0):
        return []  # one label: a speech by an official, never the headline
    # (a speaker named again by surname: "Dr Laura Finch", "Dr Finch"; a member's country after the name: "Mr.
    # Kawabata (Japan)")
    surnames = [re.sub(r"[ \t]*\([^()]*\)$", "", n).split()[-1] for n in names]
    styled = sum(n.split()[0].rstrip(".") in RECORD_STYLES for n in names)  # a verbatim record of a council or a
    if len(set(surnames)) == len(surnames) and not any(n in GENERIC_LABELS for n in names) and not bracketed and not (
        sum(titled) >= max(1, len(labels) // 2)
    ) and not (len(labels) >= MIN_RECORD_LABELS and styled == len(labels)):  # chamber: every label a member's style
        return []
    asks = _interviewers(text, doc, labels)
    rows = []
    for n, (pid, ns, ne, lend, cs) in enumerate(labels):
        last = labels[n + 1][0] - 1 if n + 1 < len(labels) else len(doc.paragraphs) - 1
        last = min([last] + [c - 1 for c in credits if pid < c <= last])
        if text[ns:ne].lower() in asks:  # an interviewer's turn ends with its question; an answer without a
            last = next((k for k in range(pid, last) if _asks(text, doc.paragraphs[k]) and _answers(  # label
                text, doc.paragraphs[k + 1])), last)  # that follows is not the interviewer's
        if n + 1 == len(labels):  # the last turn runs to the article's end unless the writer takes over
            last = _before_narrative(text, doc, pid, last)
        end = doc.paragraphs[last][1]
        cue = (ne, ne + 1) if text[ne : ne + 1] == ":" else (lend - 1, lend) if text[lend - 1 : lend] == ":" else (
            doc.paragraphs[pid][0], lend)  # (the colon after a Hansard member's seat and party)
        speaker = (ns, ne)
        asker = SIGNED_QUESTION_RE.search(text, cs, end) if text[ns:ne].lower() in QUESTION_LABELS else None
        if asker is not None and len(asker.group(1).split()) >= 2:
            speaker, end = asker.span(1), asker.start() + 1  # "Question: ...? (Arvind Rao, The Hindu)": India's
            # Ministry of External Affairs names the asker after the question
            while end > cs and text[end - 1].isspace():
                end -= 1
        rows.append(Row("direct", cs, end, cue=cue, speaker=speaker, attribution="transcript", paragraph=pid))
    return rows


# Labels of a question whose asker may be named after it in brackets, with the outlet.
QUESTION_LABELS = frozenset("q question questioner journalist reporter".split())
SIGNED_QUESTION_RE = re.compile(
    capitals(r"[?.][ \t]*\(([A-Z][\w.'\u2019\-]*(?:[ \t]+[A-Z][\w.'\u2019\-]*){1,3})"
             r"(?:,[ \t]*[^()\n]{2,60})?\)[ \t]*$"))


# A third-person report in the writer's voice: a past or present speech verb, and no first person outside
# quotation marks ("India on Thursday said remarks ... were "baseless"", not "As I said, we ...").
REPORTING_VERB_RE = re.compile(r"\b(?:said|says|told|announced|stated|declared|reported|added|confirmed)\b")
FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|my|My|our|Our|us)\b")
QUOTED_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def _third_person_report(turn: str) -> bool:
    """Is the first paragraph after a label the writer's report, so that the label is a dateline?"""
    plain = QUOTED_RE.sub(" ", turn)
    return bool(REPORTING_VERB_RE.search(plain)) and not FIRST_PERSON_RE.search(plain)


# Past reporting verbs written before the speaker's name in a label ("Stated Stone:", "Continued Stone:").
LABEL_VERBS = frozenset("stated continued added said explained concluded noted wrote replied answered".split())
# "Q." opening a paragraph: the question of a press-conference transcript.
QA_LABEL_RE = re.compile(r"(Q|A|Question|Answer)\.[ \t]+(?=[A-Z\"\u201c])|(Q)[ \t]+(?=[A-Z][a-z']*[ \t,.?])")
# ("Q Thank you, Claire.": the White House transcripts' bare "Q")
ANSWER_WORDS = frozenset(["A", "Answer"])
# Marks that open a quotation read out after a label ('France: "..."').
QUOTE_OPENERS = frozenset(DOUBLE_OPEN) | SINGLE_OPEN | {STRAIGHT_DOUBLE}
# Marks that may open every paragraph of a quoted transcript.
OPENING_MARKS = frozenset('"\u201c')


def _named_in_label(text: str, ns: int, ne: int, end: int) -> tuple[int, int] | None:
    """The speaker's span in a label [ns, end): "Official Spokesperson, Shri Arvind Menon" -> the name after
    the office; "Rohan Mehta, The Print" -> the name before the outlet; "The Prime Minister (Sir James
    Whitcombe)" -> the name in the brackets; ``None`` for a comma that joins no office and name."""
    from ..speakers import parse_mention

    label = text[ns:ne]
    # the person in brackets after an office, even a listed one: "The Prime Minister (Sir James Whitcombe)",
    # "The Secretary of State for Foreign, Commonwealth and Development Affairs (James Whitfield)"
    inner = re.match(r"[ \t]*\(([^()\n]{1,60})\)", text[ne:end])
    if inner is not None and INTERPRETATION_NOTE_RE.match(inner.group(1)):
        inner = None  # "The President (spoke in French):": the UN record's note on the language, no name
    if inner is not None and parse_mention(label)["kind"] != "person" and (
        parse_mention(inner.group(1))["kind"] == "person"
    ):
        return ne + inner.start(1), ne + inner.end(1)
    if "," in label and label.partition(",")[2].strip()[:1].isupper():
        head, _, tail = label.partition(",")
        shift = len(head) + 1 + len(tail) - len(tail.lstrip())
        h, t = parse_mention(head), parse_mention(tail.strip())
        if h["kind"] in ("role", "org") and t["kind"] == "person":
            return ns + shift, ne  # an office, then its holder
        if h["kind"] == "person" and (t["kind"] in ("org", "role") or tail.strip().isupper() or (
            tail.split()[-1].lower() in OUTLET_WORDS and len(tail.split()) <= 4
        )):
            return ns, ns + len(head)  # a journalist and the outlet ("Rohan Mehta, The Print:", "..., ANI:", "Ito,
            # Asahi Shimbun:")
        return None
    return ns, ne


# Last words of a news outlet's name, after a journalist's name in a briefing's label.
OUTLET_WORDS = frozenset(
    "shimbun times post news press herald journal daily agency tv radio television broadcasting tribune telegraph "
    "gazette chronicle observer standard express mail review weekly network channel media wire ilbo".split())
# A verbatim record's note on the language of a turn: "(spoke in French)", "(interpretation from Arabic)".
INTERPRETATION_NOTE_RE = re.compile(r"(?i)(?:spoke|speaking|interpretation|translated|translation|retranslated)\b")
# Styles that open a member's label in a verbatim record or Hansard ("Mr. Kawabata (Japan):", "The President:").
RECORD_STYLES = frozenset("mr mrs ms miss dr sir dame lord lady baroness the".split())
MIN_RECORD_LABELS = 3
# A reporting verb in the writer's third person ("Karen Doyle said", "wrote on X", "according to").
REPORT_RE = re.compile(r"\b(?:said|says|told|wrote|added|stated|announced|according to)\b")
# A speaker's own voice: first and second person ("we will not", "I understand", "your question").
VOICE_RE = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|We|us|our|Our|you|You|your|Your)\b")
# Quoted stretches within a paragraph, whose pronouns are the quoted speaker's, not the writer's.
QUOTED_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def _before_narrative(text: str, doc: Doc, pid: int, last: int) -> int:
    """The last paragraph of the final turn, labelled in paragraph ``pid``, that runs to paragraph ``last``:
    the turn ends before the writer's narrative comes back for good, a paragraph that reports someone in the
    third person ("Israeli Foreign Minister Gideon Shalev wrote on X on Monday that ...") after which, to
    ``last``, no paragraph has a first- or second-person word outside quotation marks. (A speaker who
    reads out a document, "The State Department wrote: ...", and then goes on with "We ..." keeps the turn.)"""
    end = last
    for k in range(last, pid, -1):
        own = QUOTED_RE.sub(" ", text[doc.paragraphs[k][0] : doc.paragraphs[k][1]])
        if VOICE_RE.search(own) is not None:
            break
        if REPORT_RE.search(own) is not None:
            end = k - 1
    return end


def _title_then_surname(words: list[str]) -> bool:
    """Are the label's words a title, then one to three words of a name ("PRIME MINISTER TE AHO")?"""
    inside = _title_words()[0]
    return any(all(w.lower() in inside for w in words[:i]) for i in range(max(1, len(words) - 3), len(words)))


def _asks(text: str, para: tuple[int, int]) -> bool:
    """Does the paragraph end with a question mark?"""
    return text[para[0] : para[1]].rstrip().rstrip("\"\u201d\u2019)").endswith("?")


def _answers(text: str, para: tuple[int, int]) -> bool:
    """Is the paragraph an answer rather than more of the question ("Thank you.")? It is no question and
    has a sentence's length."""
    return not _asks(text, para) and len(text[para[0] : para[1]].split()) >= MIN_ANSWER_WORDS


MIN_ANSWER_WORDS = 6


def _interviewers(text: str, doc: Doc, labels: list[tuple[int, int, int, int, int]]) -> set[str]:
    """Labels whose turns mostly end their first paragraph with a question: the interviewer's ("((WN))",
    "Q:"), lower case."""
    asked: dict[str, list[bool]] = {}
    for pid, ns, ne, _, _ in labels:
        asked.setdefault(text[ns:ne].lower(), []).append(_asks(text, doc.paragraphs[pid]))
    return {name for name, a in asked.items() if len(a) >= 2 and sum(a) * 2 > len(a)}


def _headline_case(text: str) -> bool:
    """Are most words capitalised, as in a headline ("Trump Was 'Mocking' Clinton Camp")?"""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= MIN_TITLE_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _label_at(text: str, para: tuple[int, int]) -> bool:
    """Does the paragraph open with a speaker label (after an opening mark, if any)?"""
    pa = para[0] + (1 if text[para[0] : para[0] + 1] in OPENING_MARKS else 0)
    return TRANSCRIPT_LABEL_RE.match(text, pa, min(para[1], pa + 300)) is not None


def _official_label(label: str) -> bool:
    """A label naming an official by title and full name ("President of Russia Vladimir Putin")."""
    from ..speakers import parse_mention

    p = parse_mention(label)
    role = (p["role"] or "").split()
    # the label opens with the title ("President of Russia ...", "Defence Minister ..."), no headline
    # ("Donald Trump Praises Breitbart's Editor Matthew Boyle")
    return p["kind"] == "person" and bool(role) and len((p["name"] or "").split()) >= 2 and (
        label.startswith(role[0]) and any(w.lower().strip(".") in _title_words()[1] for w in role[:3])
        and "'" not in label and "\u2019" not in label
        and not any(w.lower() in FUNCTION_WORDS for w in (p["name"] or "").split())  # "CNN President On Trump"
    )
