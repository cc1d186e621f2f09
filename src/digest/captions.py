"""Captions: photo captions told from article text by their credit or their present-tense picture grammar.

"... in central Seoul on Friday. [NEWS1]", "... Credit: Sosuke Fujita", "(AP Photo/Evan Vucci)" carry a
credit; "Chang Ho-jin walks to the lectern ..." describes a picture in the present tense, which a news
lead (past tense: "said", "warned") rarely does.
"""

from __future__ import annotations

import re

from .furniture import is_ad, is_prompt, words

# A credit at the end of a caption: [EPA/YONHAP], (AP Photo/Name), Credit: Name, Photo: Name, / Getty Images.
CREDIT = re.compile(
    r"(?:\[[^\]\[a-z]{2,40}\]|\((?:[^()]*\b(?:photo|photos|images?|credit|courtesy|file|handout)\b[^()]*)\)|"
    # "Credit: Sosuke Fujita", "Source: Reuters" (a name follows; "... an unlikely source: the Fed." is prose)
    r"\b(?:credit|photo|photograph|image|picture|source)s?\s*(?:credit)?\s*:\s*(?-i:[A-Z0-9])[^.]{1,80}|"
    r"(?:/|\|)\s*(?:getty\s+images|reuters|ap|afp|epa|shutterstock|alamy)\b[^.]{0,40}|"
    r"\b(?:getty\s+images|ap\s+photo(?:/[^.]{0,40})?|shutterstock)|"
    r"\([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*/\s*[A-Z][\w .&'’-]{1,40}\))\s*\.?$",  # (Jane Doe/Chicago Tribune)
    re.IGNORECASE,
)
# REUTERS/Kim Hong-Ji, EPA/YONHAP, "... via REUTERS"
AGENCY_CREDIT = re.compile(r"\b[A-Z]{2,}(?:/[A-Z][\w .'-]{1,40}){1,2}\s*$|\bvia\s+[A-Z]{2,}\s*$|"
                           r"[.!?]\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*/\s*[A-Z][\w .&'-]{1,40}$")
# Third-person present verbs that describe a picture, with a capitalised subject before them.
PICTURE_VERB = re.compile(
    r"^(?:(?i:file|photo|pictured|above|top|left|right)\s*:\s*|(?i:photo\s+by)\s+(?:[A-Z]+\s+){1,3}|"
    r"[A-Z][A-Z ]{2,40}:\s+)?(?:[A-Z][\w'’.,-]*\s+|(?:of|the|and|de|a|an)\s+|"
    r"(?:left|right|center|centre|front|rear|top|bottom|second\s+from\s+(?:left|right)),?\s+|"
    r"[a-z]+\s+(?=shows?\b)){1,12}(?:\([^)]*\)\s+)?(?:speaks|walks|arrives|attends|poses|holds|"
    r"looks|gestures|waves|talks|delivers|meets|shakes|smiles|listens|sits|stands|leaves|enters|visits|addresses|"
    r"answers|reacts|watches|greets|salutes|shake|pose|attend|walk|arrive|speak|sit|stand|wave|look|is\s+seen|"
    r"are\s+seen|is\s+pictured|are\s+pictured|pictured|exhibits|shows|show|displays|hugs|kisses|celebrates|"
    r"applauds|prays|rides|plays|performs|photographed|drives|runs|jumps|kicks|throws|scores|celebrate|participates|presides|inspects|signs|votes|casts|chats|points)\b"
)
QUOTES = re.compile(r"[\"“”]")


def has_credit(line: str) -> bool:
    """A caption with its photo credit printed at the end."""
    if words(line) < 5 or line.lstrip().startswith(("“", '"')):
        return False
    credit = CREDIT.search(line) if _may_carry_credit(line) else None
    if credit and credit.start() == 0 and words(line) > 6:
        credit = None  # "Photos: Island ferry fares jump as fuel costs bite" is a gallery's title, not a credit
    return bool(credit or (("/" in line or "via" in line) and AGENCY_CREDIT.search(line)))


def _may_carry_credit(line: str) -> bool:
    """Whether CREDIT can match at all: each of its forms needs one of these marks or words, which most
    paragraphs lack, and scanning for them is far cheaper than the pattern's search. ("ſ" is there because
    re.IGNORECASE lets it stand for the "s" of "shutterstock", which str.lower() does not.)"""
    return any(mark in line for mark in "[(:/|ſ") or any(word in line.lower() for word in _CREDIT_WORDS)


_CREDIT_WORDS = ("getty", "photo", "shutterstock")


# Where someone stands in the picture: "Reed Sheppard (left) and Rob Dillingham ...", "(second from right)".
POSITION = re.compile(r"\((?:(?:far\s+|second\s+from\s+|third\s+from\s+)?(?:left|right)|cent(?:er|re)|front|back|"
                      r"top|bottom|above|below|pictured|inset|l|r|from\s+left|from\s+right|l-r|l\s+to\s+r)\)|"
                      r",\s+(?:above|below|at\s+(?:left|right)|(?:far\s+)?(?:left|right)|cent(?:er|re)|pictured),",
                      re.IGNORECASE)


def is_picture_sentence(line: str) -> bool:
    """One sentence describing a picture in the present tense, without quotation, or naming where someone stands
    in it."""
    if words(line) > 70 or words(line) < 5:
        return False
    if POSITION.search(line):
        return True
    verb = PICTURE_VERB.match(line)
    quote = QUOTES.search(line)
    return bool(verb) and (quote is None or quote.start() > verb.end())  # speech before the verb: a quote lead


# Words that can be a sentence's verb: common verbs, "-ed", "-s" and "-ing" forms; and contractions ("it's", not
# the possessive "club's").
VERB_FORM = re.compile(
    r"^(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|"
    r"say|said|get|got|make|made|take|took|go|went|come|came|see|saw|know|knew|think|thought|want|need|find|"
    r"give|gave|tell|told|become|became|feel|felt|keep|kept|let|put|set|run|ran|hold|held|bring|brought|begin|"
    r"began|leave|left|lead|led|stand|stood|lose|lost|win|won|buy|bought|send|sent|build|built|spend|spent|fall|"
    r"fell|cut|sell|sold|rise|rose|grow|grew|hit|meet|met|pay|paid|hear|heard|show|shown|wrote|threw|drove|"
    r"spoke|broke|chose|ate|drew|flew|froze|gone|done|seen|taken|given|written)$|"
    r"\w(?:ed|s|ing)$")
CONTRACTION = re.compile(r"^(?i:it|that|there|here|he|she|what|who|let)['’]s$|['’](?:re|ve|ll|d|m)$|n['’]t$")
READER_WORDS = {"you", "your", "our", "we", "us"}
WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def is_verbless(line: str) -> bool:
    """A short sentence without a verb, "Rodney Bingenheimer in a band T-shirt, 1980s.": a label for a picture.
    A lead (or any sentence of news) has a verb; the first word is skipped, as a capitalised subject."""
    text = line.rstrip()
    if not 4 <= words(text) <= 20 or not text.endswith(".") or text.endswith(("..", "…")) or "?" in text:
        return False  # a teaser cut short, or a question put to the reader
    tokens = WORD_TOKEN.findall(text)
    lower = [t for t in tokens[1:] if t[0].islower()]
    if any(t.casefold() in READER_WORDS for t in tokens):
        return False  # "Get our weekly digest.": a pitch to the reader, not a picture's label
    return not any(VERB_FORM.search(t) for t in lower) and not any(CONTRACTION.search(t) for t in tokens)


CREDIT_LINE = re.compile(r"^(?P<label>(?i:photo|image|picture|credit|photograph)s?"
                         r"(?:\s+(?i:by|provided\s+by|courtesy\s+of))?\s*:?\s*)?"
                         r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*/\s*[A-Z][\w'’. -]{1,30})?\.?$")


def is_credit_line(line: str) -> bool:
    """A photo credit on its own line under a caption: "Warner Bros.", "Kevin Dietsch/Getty Images"."""
    m = CREDIT_LINE.match(line) if len(line) < 60 else None
    if m is None or line.rstrip().endswith(("?", "!")):
        return False
    if line.isupper() and len(line.split()) >= 3 and "/" not in line:
        return False  # a section heading in capitals ("GIRLS PREP BASKETBALL"), not a name
    # Without a "Photo by" label, a capitalised word is a credit only if it is not a page control:
    # "Advertisement" or "Share" under a lead paragraph is not its photo credit.
    return bool(m.group("label")) or not (is_ad(line) or is_prompt(line))
