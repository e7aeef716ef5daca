"""Word sets, patterns and numeric limits shared by the quote extractor's modules."""

from __future__ import annotations

import re

# Double quotation marks: opener -> closers. Straight marks are resolved by context.
DOUBLE_OPEN = {"\u201c": "\u201d\u201c", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u00bb": "\u00ab"}
DOUBLE_CLOSE = set("\u201d\u201c\u00bb\u00ab")
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = set("\u2018\u201a\u2039'")
SINGLE_CLOSE = set("\u2019\u203a'")
ALL_MARKS = set(DOUBLE_OPEN) | DOUBLE_CLOSE | {STRAIGHT_DOUBLE} | SINGLE_OPEN | SINGLE_CLOSE | {"\u201f"}
# Compiled once: every candidate quotation mark in a text.
MARK_RE = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
# A single-quoted stretch longer than this (characters) is not paired: apostrophes are too frequent.
MAX_SINGLE_QUOTE = 600
# Words a quote needs to count as speech when no cue is attached to it (shorter ones are scare quotes,
# titles, nicknames: 'safe zones', so-called "experts").
MIN_CONTEXT_WORDS = 5
# Words a single-quoted stretch needs before it is considered at all (British style 'We will fight,').
MIN_SINGLE_WORDS = 4
# How far (paragraphs back) a floating quote looks for the attribution it continues: the paragraph before.
# Looking two back (the writer's own paragraph between) added no right speaker on PolNeAR train or the
# teaching corpus (identical with-speaker figures), only guesses: such a quote stays "unattributed".
CONTEXT_PARAGRAPHS = 1
# Longest speaker noun phrase in tokens, and longest run of adverbials between a cue and its clause.
MAX_NP_TOKENS = 12
MAX_ADVERBIAL_TOKENS = 8
MAX_HEARER_TOKENS = 6
MAX_APPOSITIVE_TOKENS = 20
MAX_PP_TOKENS = 5  # "Trump in his announcement speech called"

# A unit with at least this many words, this share of them capitalised, is a headline.
MIN_TITLE_WORDS = 4
TITLE_CASE_SHARE = 0.7
SENTENCE_END = set(".!?")
CLOSING_MARKS = set("\u201d\u00bb\"'\u2019")
CLOSING_PUNCT = set(".!?;:,)]}\u2026") | {"--", "\u2014", "\u2013"}
# Words folded into the cue when they stand right before it ("has said", "did say", "also noted").
AUXILIARIES = frozenset(
    "has have had also did does do will would could can may might later previously reportedly publicly "
    "again then further once recently repeatedly earlier privately often subsequently separately since now "
    "still already just never always first long even only frequently openly not cannot can't won't didn't "
    "doesn't wouldn't couldn't don't can\u2019t won\u2019t didn\u2019t doesn\u2019t don\u2019t".split()
)
# Forms of "be" that make a progressive cue ("Trump is insisting that ...", "she was telling reporters").
PROGRESSIVE = frozenset("is was were are am been be".split())
# Adverbials allowed between a cue and its clause or between a closing cue and the end of the unit.
ADVERBIAL_WORDS = frozenset(
    "on in at to during last this that earlier later today yesterday tonight recently monday tuesday "
    "wednesday thursday friday saturday sunday morning afternoon evening night week weekend month year "
    "a an the his her their its statement interview interviews email emailed remarks speech press "
    "conference briefing release news reporters journalists tweet twitter facebook post posted phone call "
    "told with by via radio television tv program programme show appearance rally meeting hearing letter "
    "video message address broadcast event late early also again as well here".split()
)
DETERMINERS = frozenset("the a an his her their its our my your this these those some another".split())
# Function words that are surnames written first ("He Yongmei", "He Lifeng", "Do Quang Vinh"), after a lower-case
# word or a title.
FAMILY_NAME_WORDS = frozenset(["he", "do"])
# Courtesy titles: part of how a name is written, not a role. A capitalised word after one is a name even
# when it is also a common word ("Mrs May", "Mr Hope", "Ms Will").
# Styles of address in official copy are courtesy too ("His Excellency President ...", "H.E. Ambassador ...",
# "His Majesty King Abdullah II", "His Highness Sheikh ...").
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame mister madam shri smt alhaji alhaja excellency majesty highness holiness h.e ratu cde "
    "atty engr comrade hajji haji opanin alhagie pa seyfo togbe togbui nii oba igwe otunba malam mallam ir eng "
    "counsellor hojatoleslam sardar begum maulana mian mme mlle"
    .split())  # (Fiji's chiefly "Ratu": "Ratu Semi Naiqama"; Zimbabwe's "Cde", comrade; the Philippines' "Atty.",
# Nigeria's "Engr.", its kings' "Oba" and "Igwe", the Yoruba chieftaincy "Otunba" and the Hausa "Malam", a learned
# man or Mr; Malaysia's and Indonesia's "Ir", an engineer; "Hajji" for one who made the pilgrimage, as East African
# papers write it; Ghana's "Opanin",
# an elder, and its chiefs' "Togbe", "Togbui", "Nii"; the Gambia's "Alhagie", "Pa" for an elder man and "Seyfo"
# for a district chief; the Gulf's and Zimbabwe's "Eng", an engineer, the Emirates' "Counsellor" before a
# prosecutor or a judge, and Iran's "Hojatoleslam", a cleric; Pakistan's and Bangladesh's "Sardar", "Begum",
# "Maulana" and "Mian")
# Titles of a member of a parliament, written after a name or after a seat or a party ("Kevin Pretorius MP", "the
# Dublin Mid-West TD", "the Labour MP"), and every letter written after a name for an office or an honour, without
# full stops as in British, Irish and Commonwealth papers ("Brian Tierney SC", "Philippa Graveney KC").
MEMBER_TITLES = frozenset("TD MP MLA MPP MSP MEP MNA".split())
POST_NOMINALS = MEMBER_TITLES | frozenset("MPs MS MHA MHK SC QC KC SAN OBE MBE CBE KBE DBE PhD JP".split())
# Prepositions after an unnamed person's role that name whom they serve: "a spokesman for", "an aide to".
SERVING_PREPOSITIONS = frozenset("for to at".split())
NAME_JOINERS = frozenset(
    "of for de del della der den du des da das dos di van von ter ten ap ab bin bint ibn al el le la and at".split()
)
# Nouns in -ly that can end a speaker phrase ("the family said"), unlike adverbs ("angrily").
LY_NOUNS = frozenset("family assembly anomaly monopoly homily supply ally rally bully".split())
CONJUNCTIONS = frozenset("but and or yet so while whereas although though because as if when".split())
# Capitalised at a sentence start but never a name.
FUNCTION_WORDS = CONJUNCTIONS | frozenset(
    "in on at for with from by after before since during about under over into to of not no yes however "
    "meanwhile still also then there here what which who whom whose where why how it its this that these "
    "those such many much more most some any all both each every other another one two three first last "
    "now today yesterday earlier later instead indeed even just only asked told said before until unless "
    "than like whether was were is are be been has have had do does did will would can could should may "
    "might must monday tuesday wednesday thursday friday saturday sunday january february march april june "
    "july august september october november december minutes hours days weeks months years moments i we you "
    "he she they let".split()
)
# Words after which a preposed cue is passive or nominal, not a report ("was said", "the said").
BLOCKERS_BEFORE = frozenset("is was were be been being are the a an to no".split())
# Time words that may stand between a speaker and the cue ("Trump on Monday said", "Clinton last week said").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = WEEKDAYS | frozenset(
    "last this next week month year yesterday today tonight earlier later recently on night morning afternoon "
    "evening".split()
)
# Month names (lower case; "may" is left out, it is far more often the modal): "said in June 2012."
MONTHS = frozenset("january february march april june july august september october november december".split())
# Months as news agencies abbreviate them ("Oct. 14"), lower case without the full stop.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
RELATIVES = frozenset("that which who".split())
# Conjunctions after a comma that open the writer's own clause, not more of the report ("..., while ...").
# Conjunctions that open a subordinate clause before the main one: "Although he says ..., he ...".
SUBORDINATORS = frozenset("although though while whereas if when after because since as unless until once".split())
CONTRASTS = frozenset("but while whereas".split())
# Openers of a comment the writer adds after a comma ("..., which is spread by mosquitoes").
WRITER_CLAUSES = frozenset("which who whom whose although though even despite whereas".split())
# Where the object of an "object" cue ends ("endorsed Trump, saying ..."): at punctuation. (Cutting it at
# circumstantial prepositions too, "criticized Clinton during a rally", lowered F1 on PolNeAR train.)
OBJECT_STOPS = frozenset(";,(\u2014")
# Cues that report speech only with an infinitive ("declined to comment") or a quote after them.
NEEDS_INFINITIVE = frozenset(["refuse"])
# Prepositions before a participle cue that share the main clause's subject ("after hinting that").
PARTICIPLE_LINKS = frozenset("after before by while when without since".split())
# Words that join a second report to the first ("says X but argues Y", "said X before claiming Y").
CLAUSE_LINKS = frozenset("but and while before after".split())
# Cues whose content may be an infinitive ("vowed to stay", "urged him to resign").
INTENT = frozenset(
    "vow pledge promise agree refuse decline threaten offer plan want hope urge decide expect propose claim seek "
    "intend".split()
)
# Words that cannot open reported content ("said by", "said to be" are passives/raising).
BAD_CONTENT_START = frozenset("by to for of with about from".split())
# Particles joined by a hyphen to a capitalised name: "al-Assad", "el-Sisi", "bin-Salman", "Ebtesam al-Ketbi".
HYPHEN_PARTICLES = "al el ad ash as at az bin ibn ben abu abd".split()
# Capital letters that open a name, Latin-1 and Latin Extended-A included ("Étienne", "Öztürk", "Şahin").
CAPITALS = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"


def capitals(pattern: str) -> str:
    """``pattern`` with each ASCII capital class "[A-Z]" widened to :data:`CAPITALS`, so that names written
    with accents are names too."""
    return pattern.replace("[A-Z]", CAPITALS)


# Transcript speaker labels: a short capitalised run at the start of a paragraph, then ": ".
# A note on the turn may stand between the label and its colon ("Recep Tayyip Erdogan (retranslated):"), and
# the turn may begin in the next paragraph ("President of Turkey Recep Tayyip Erdogan (retranslated):").
_LABEL_PATTERN = (
    r"(?:Q\d{1,3}\.?[ \t]+)?(?:\[\d{1,9}\][ \t]+)?"  # (a Hansard question's number: "Q1. [902345] Sarah ...:")
    r"([A-Z][\w.\u2019'\-]{0,30}(?:[ \t]+(?:of|the|de|der|von|van|al|bin|for|on|and|[A-Z][\w.\u2019'\-]{0,30}"
    # (a name's particle with a hyphen, an acronym in brackets, a role after a comma: "Ebtesam al-Ketbi:",
    # "Director-General of the International Renewable Energy Agency (IRENA) Adnan Z. Amin:", "Research Director
    # of the Valdai Club, moderator Fyodor Lukyanov:")
    r"|(?:" + "|".join(HYPHEN_PARTICLES) + r")-[A-Z][\w.\u2019'\-]{0,30}|\([A-Z][\w.&\-]{0,15}\))"
    r"|,[ \t]+[a-z][a-z\-]{2,20}|,(?=[ \t]+[A-Z])){0,20})"
    # (a note or a Hansard member's seat, party, office or time: "(retranslated)", "(Bristol North East) (Lab)",
    # "(Dickson\u2014Leader of the Opposition) (14:01)", "(Sir James Whitcombe)")
    r"(?:[ \t]*\([^()\n]{1,60}\)){0,3}(?=:(?:[ \t]+\S|[ \t]*(?:\n|$)))"
)
TRANSCRIPT_LABEL_RE = re.compile(capitals(_LABEL_PATTERN))
# Interview transcripts (Wikinews and others) mark turns with the speaker in double brackets: "((WN))  ...".
BRACKET_LABEL_RE = re.compile(r"\(\(([^()\n]{1,60})\)\)(?=[ \t]+\S)")
GENERIC_LABELS = frozenset(
    "question answer q a reply response remark comment audience moderator journalist reporter interviewer".split())
# A speaker label that is no person: Wikinews image credits ("Image: Nicholas Moreau."), captions.
NOT_LABELS_EXTRA = frozenset("image images picture pictures caption file map graphic chart".split())
# A caption's credit word glued to the name before it ("Gloria La RivaImage: Pax Ahimsa Gethen."), lower case.
CREDIT_SUFFIXES = ("image", "photo", "credit")
# Paragraph openers that look like labels but head sections or credits ("Contributing: ...").
NOT_LABELS = frozenset(
    "contributing source sources note editor update updated related read watch photo photos video credit "
    "correction clarification disclosure follow see also listen subscribe breaking revealed exclusive boom "
    "wow huge shocking busted confirmed analysis opinion live latest flashback enquiries inquiries contact "
    "contacts notes ends transcript transcripts excerpt excerpts subjects subject topics quote details background "
    "context".split()
)
MIN_TRANSCRIPT_LABELS = 2
# Kind of the internal row that marks "X said:" at a paragraph end (removed before output).
INTRO = "intro"
PREPOSITIONS = frozenset("on in at to during with after before via through from over".split())
# Plural officials named with the places they are in ("officials in Kyiv, Moscow and Abu Dhabi said").
PLACED_OFFICIALS = frozenset("officials leaders diplomats sources authorities governments ministers".split())
QUANTIFIERS = frozenset("one two three several many some other others most few all".split())
PRONOUN_SUBJECTS = frozenset("he she they we i it who".split())
# Endings of an adjective ("lawful", "unusual", "dangerous"), for words that judge or describe without a
# dictionary: "called the actions lawful", "seemed shaky".
ADJECTIVE_ENDINGS = ("ful", "al", "ous", "ive", "able", "ible", "ic", "ent", "ant", "less")
_WORD_RE = re.compile(r"\w+(?:['\u2019\-]\w+)*")
# Counts that may stand between an article and its noun ("the two leaders", "three-fourths say").
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen dozens hundreds "
                         "thousands".split())
# Occasions and media of a statement ("in an interview he said", "In the speech Trump claimed").
OCCASION_NOUNS = frozenset(
    "speech speeches interview interviews statement statements remarks letter email post posts tweet tweets "
    "rally debate meeting hearing conference call video broadcast show program programme podcast op-ed column "
    "book article event address briefing".split()
)
# Finite auxiliaries and copulas: a clause's verb ("the plan would fail", "declared Oksuz was a leader").
FINITE_AUXILIARIES = frozenset(
    "is was are were has have had will would did does can could may might must should".split()
)
# The AP Stylebook's abbreviations of US states, written after a city ("Wilmington, N.C.,"), lower case,
# without their full stops.
STATE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev n.h n.j "
    "n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c".split()
)
# Possessive determiners: a phrase's owner ("his claim", "their answers").
POSSESSIVES = frozenset("his her their its our my your".split())

# Adverbs that may open a sentence without a comma before its subject ("Afterwards Trump visited ...",
# "Subsequently Johnson said"): never the first word of a name. (Not subjects.OPENING_ADVERBS, which are read
# before a comma and hold "first" of "First Lady Michelle Obama".)
LEADING_ADVERBS = frozenset(
    "afterwards afterward subsequently eventually previously initially later earlier recently currently "
    "meanwhile however nevertheless also then now still yesterday today tonight finally separately "
    "additionally moreover furthermore instead again thus hence".split()
)
# Particles inside personal names, lower case ("Ursula von der Leyen", "Hamza bin Laden", "Lula da Silva"):
# part of the name between its capitalised words, never a name alone.
NAME_PARTICLES = frozenset(
    "von van der den de da di del dela delos della du do dos das los las bin bint ibn ben al el le la ap ab ter ten i "
    "y".split()  # (Dutch "ter Horst", Catalan "Roig i Castellví", Spanish "Ortega y Gasset")
)
# Lower-case words inside a body's capitalised name ("the Centre for Law and Democracy", "Lawyers for Human Rights").
NAME_LINK_WORDS = frozenset("the and of for".split())
# Platforms on which someone speaks, never part of the name after them ("On Twitter West accused ...").
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram weibo linkedin reddit snapchat".split())
# Endings of nouns for what people do or are ("spokesman", "reporter", "activist", "historian").
AGENT_ENDINGS = ("man", "woman", "men", "women", "person", "people", "er", "ers", "ist", "ists", "ian", "ians")

# Nouns of kinship that, like titles, may take a name in apposition ("his wife, Amanda,").
KIN_NOUNS = frozenset("wife husband son daughter mother father brother sister widow partner friend".split())
# Lower-case words that relate rather than describe ("The senator, unlike Hillary Clinton, said"): no role.
NOT_DESCRIPTIONS = frozenset("unlike like including except besides than versus alongside".split())
# Past forms that are not -ed ("Trump's said" is "Trump has said", not a noun after a possessive; "Obama
# spent last week" is a verb before a time, not a subject).
IRREGULAR_PAST = frozenset(
    "said told wrote thought spoke felt knew saw read gave made put met went came took sent flew ran began spent "
    "left held set".split()
)


# People news quotes without a name, by where they live or work ("A resident of Al Nakheel, who asked not to be
# named, said ... '...,' he said"; "A senior nurse at the hospital"). (Their plurals are PLACED_PEOPLE; the
# nouns a place may qualify before a name, "Westdene resident Nomsa Dube", are phrases.PLACE_PEOPLE_NOUNS.)
UNNAMED_PERSON_NOUNS = frozenset(
    "resident witness nurse doctor student worker teacher farmer parent neighbour neighbor shopkeeper driver "
    "survivor passenger villager trader vendor employee patient commuter pensioner customer protester "
    "demonstrator".split())
# People a report describes before naming them, besides the unnamed and titles ("A woman accused of ...", "A
# Soweto taxi boss accused of ...", "A government pathologist has told an inquest").
LEDE_PERSON_NOUNS = UNNAMED_PERSON_NOUNS | frozenset(
    "woman man boy girl teenager mother father wife husband son daughter boss pathologist grandmother "
    "grandfather widow widower businessman businesswoman".split())


# Participles by which a reporter found the people who speak ("residents reached by Al Jazeera", "a spokesman
# contacted by Reuters", "voters interviewed by the Times"): the speaker phrase goes on before them, and the
# speaker is the people, not who reached them.
CONTACTED_PARTICIPLES = frozenset("reached contacted interviewed polled surveyed quoted".split())

# Nouns for a body that the body's name may follow in apposition ("The mine's owner, Bowen Ridge Resources", "the
# company, Apple Inc", "The industry's main lobbying group, the Pharmaceutical Research and Manufacturers of
# America"); the first set may also be a person's ("the owner, Smith").
PERSONABLE_BODY_HEADS = frozenset("owner operator manufacturer maker insurer lender contractor employer parent "
                                  "supplier".split())
APPOSED_BODY_HEADS = frozenset("company firm developer party group union organisation organization charity "
                               "broadcaster newspaper wing arm body watchdog regulator".split()) | PERSONABLE_BODY_HEADS
# Particles joining two family names with "and" (Catalan "Roig i Castellví", Spanish "Ortega y Gasset").
SURNAME_JOINERS = frozenset("i y".split())
