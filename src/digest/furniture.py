"""Furniture: what a copied page carries around its article, told apart by the shape of each line.

General rules, not site strings: menus and link lists are short lines without sentence punctuation;
prompts and counters have a small vocabulary of their own ("Log in", "Share", "12 comments", "Related
Articles", "Back to top"); prose has words and ends like a sentence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$|[.!?…]["'”’»)\]]*\s*\[[^\]]{1,40}\]$""")
SALUTATION = re.compile(r"^\s*(?:dear|hi|hello)\s+[\w .'’-]{1,40},\s*$", re.IGNORECASE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
WORD = re.compile(r"\w+")
INNER_STOP = re.compile(r"[.!?;:,]\s")  # a long line with no punctuation at all is a tag cloud or a menu
# Menu items copied without separators run together: "About UsSubscribeContact UsFAQCareers".
GLUED_ITEMS = re.compile(r"[a-z)][A-Z]")
TOKEN = re.compile(r"[\w'’-]+")

# Lines that are page machinery whatever their length (each anchored: the whole line is the prompt).
_PROMPTS = [
    r"(?:home|news|main)\s*(?:>|»|›|/|\|)\s*\S.*",                # breadcrumbs: Home > National > Diplomacy
    r"print(?:\s+dictionary)?(?:\s+print)?",
    r"(?:related|more|latest|recommended|popular|trending|similar)(?:\s+\w+){0,3}\s*:?",
    r"(?:most\s+(?:read|popular|viewed|shared|commented|emailed)|you\s+may\s+also\s+like|also\s+read|read\s+more|"
    r"see\s+also|read\s+next|up\s+next|what\s+to\s+read\s+next|more\s+(?:from|on|in|stories|news)\b.*)\s*:?",
    r"(?:log\s*in|sign\s*in|sign\s*up|register|subscribe|logout|log\s*out|my\s+account|create\s+(?:an\s+)?account)"
    r"\b.{0,80}",
    r"(?:leave|post|add|write)\s+a\s+(?:reply|comment|response)\b.*",
    r"(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?|comments?\s+are\s+closed.*|join\s+the\s+(?:conversation|discussion).*|"
    r"be\s+the\s+first\s+to\s+comment.*|show\s+comments|view\s+comments|\d+\s+comments?",
    r"back\s+to\s+(?:top|(?:main\s+)?menu|home(?:page)?)(?:\s+(?:button|close))?|skip\s+to\s+(?:main\s+)?content|scroll\s+to\s+top|go\s+to\s+top",
    r"(?:share|tweet|pin|email|e-mail|save|follow|copy\s+link|facebook|twitter|linkedin|whatsapp|reddit|telegram|"
    r"flipboard|pinterest|print|x|messenger)(?:\s+(?:this|on|via|to)(?:\s+\w+){0,3})?\s*!?",
    r"(?:share|shares|views?|reads?|likes?|comments?)\s*:?\s*[\d,.]+[km]?|[\d,.]+[km]?\s*(?:shares?|views?|reads?|likes?)",
    r"[\d,.\s]+",                                                   # counters
    r"advertisement|advertising|sponsored(?:\s+content)?|ad|ads|promoted|thanks\s+for\s+watching!?.*|"
    r"story\s+continues\s+below.*|continue\s+reading.*|article\s+continues\s+(?:below|after).*",
    r"(?:cover|photo|image|picture|illustration|credit|credits|photograph|graphic|video)(?:\s+(?:credit|by))?\s*:\s*.{0,120}",
    r"(?:photo|image|picture)s?\s+(?:credit|courtesy|source|(?:provided\s+|taken\s+)?by)\b.{0,120}",
    r"(?:©|\(c\)|copyright)\s*.{0,150}",
    r"(?:donate|subscribe|support\s+us|follow\s+us|newsletter|get\s+the\s+latest|sign\s+up\s+for)\b.{0,120}",
    r"disclaimer\s*:.*",
    r"(?:video|videos|gallery|photos|audio|podcast|slideshow)",
    r"free\s+article\b.{0,200}|join\s+(?:over|more\s+than)\s+[\d,.]+\s*(?:million|thousand|k|m)?\b.{0,200}",
    r"thanks?\s+(?:you\s+)?for\s+(?:signing\s+up|subscribing|registering|your\s+(?:feedback|interest))\b.{0,80}|"
    r"(?:people|readers)\s+(?:are\s+)?also\s+(?:reading|read|viewed|liked)\b.{0,40}",
    r"(?:tags?|topics?|filed\s+under|categories|category|keywords?|terms)\s*:?.{0,100}",
    r"please\s+direct\s+your\s+(?:questions|comments|inquiries).{0,120}",
    r"\[.{0,300}\b(?:inbox|newsletters?|subscribe|sign\s+up|account)\b.{0,300}\]",
    # A link set in brackets inside the body: "[Related: How to tune a table saw]", "[Featured Image by ...]"
    r"\[(?:related|read|see|watch|listen|more|also|our|featured|psst|check|click|editor['’]?s\s+picks?)\b[^\]]{0,300}\]",
    r"(?:get|join|sign\s+up\s+for|subscribe\s+to)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}newsletters?\b.{0,60}",
    r"(?:was\s+this\s+(?:page|article|story)\s+helpful|thanks\s+for\s+your\s+feedback|tell\s+us\s+why)\b.{0,40}",
    r"(?:listen\s+to\s+(?:this|the)\s+(?:story|article)|save\s+(?:this\s+)?(?:story|article)(?:\s+for\s+later)?|"
    r"link\s+(?:was\s+)?copied|(?:see|read|view)\s+more\s+(?:from|on|about)\b|author\s+of\b|"
    r"your\s+browser\s+does\s+not\s+support|search\s+for\s+this\s+author|enjoy\s+more\s+audio)\b.{0,200}|"
    r"(?-i:Home|HOME)(?:\s+(?:(?-i:[A-Z&])[\w&'-]*|and|of)){1,8}|"
    r"(?:close|menu|search|open|toggle\s+\w+|loading\.*|play|pause|mute|listen|"
    r"watch|expand|collapse|next|previous|prev|more|less|show\s+more|see\s+more|load\s+more|view\s+all)"
    r"(?:\s+[\w'-]+){0,2}\s*[:>»›]?",
    # Image alt texts and widget labels left in the copy: "lock icon", "help-image Social comment?"
    r"[\w]+-(?:icon|image|logo|avatar)\b.{0,40}|(?:[\w-]+\s+)?(?:icon|image|logo|avatar|thumbnail)",
    r"(?:this\s+article|the\s+article)\s+(?:was|has\s+been)\s+(?:updated|corrected|reviewed)\b.{0,200}",
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[?\[?email\s+protected\]?\]?)",
    r"[+►▶»›]\s*\S.{0,60}|"
    r"(?:more|read\s+more|also\s+read|read\s+also|see\s+also|related|read|recommended)\s*:\s*"
    r"[^.!?]{0,160}[?!]?|"  # "MORE: Another headline" links set inside the body
    r"reply|report(?:\s+abuse)?|(?:\d+\s+)?(?:likes?|replies|reply)|"  # comment threads
    r"share(?:\s+or\s+comment\s+on)?\s+this\s+(?:article|story|post|page)\s*:.{0,200}|"  # "...: <the headline>"
    r"(?:(?:share|tweet|email|print|facebook|twitter|pin|whatsapp|linkedin|reddit|copy|link|sms|flipboard|"
    r"pinterest|messenger|on|via|this|\d+(?!\d))\s*){2,}|media\s+caption\b.*|posted\s+in\b.{0,100}",
    # Times and relative times standing alone: "10:39 AM", "5 days ago", "2 months", "3 min read".
    r"(?:\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d+\s*(?:s|m|h|d|w|mo|y|mins?|hours?|hrs?|days?|weeks?|"
    r"months?|years?)(?:\s+ago)?|\d+\s+min(?:ute)?s?\s+read|updated|published|posted)",
]
# Prompts that may begin anywhere in the line ("... to leave a comment", "... uses cookies ..."), each with words
# of which it needs one: a line holding none of them skips the pattern, which the regex engine would otherwise
# try at every position of every paragraph.
_PROMPTS_ANYWHERE = [
    ((">", "»", "›"), r"\S.*\s(?:>|»|›)\s\S.*\s(?:>|»|›)\s\S.*"),  # A > B > C
    (("comment", "log", "sign"), r".{0,60}\b(?:to\s+(?:write|post|leave|add)\s+(?:a\s+)?comments?|log\s*in\s+to|"
     r"sign\s+in\s+to|please\s+(?:log|sign)\s*in)\b.{0,80}"),
    (("cookie", "privacy", "terms", "recaptcha", "unsubscribe", "user", "subject"),
     r".{0,300}\b(?:cookies?|privacy\s+policy|terms\s+(?:of|and)\s+(?:use|service|conditions)|recaptcha|"
     r"unsubscribe|user\s+agreement|subject\s+to\s+copyright)\b.{0,300}"),
    (("rights",), r".{0,80}\ball\s+rights\s+reserved\b.{0,80}"),
    (("click", "tap"), r".{0,40}\b(?:click|tap)\s+to\s+(?:play|watch|listen|unmute|expand)\b.{0,60}"),
    (("auto",), r".{0,60}\b(?:will\s+)?auto-?play(?:s|ing)?\b.{0,60}"),
    (("scroll",), r".{0,60}\bscroll\s+down\s+to\s+(?:comment|read)\b.{0,60}"),
    (("block",), r".{0,80}\bad\s*-?block(?:er|ing|\s+plus)?\b.{0,120}"),
    # A character counter under a comment box: "Policy (0/250자)", "0/500 characters".
    (("/",), r".{0,60}\(?\d+\s*/\s*\d+\s*(?:자|characters?|chars?)?\)?"),
    # The placeholder of an embed the reader's settings blocked.
    (("available", "blocked"),
     r".{0,100}\b(?:content|embed|video|post|media)\s+is\s+(?:not\s+available|unavailable|blocked)\b.{0,200}"),
    # Affiliate and paywall notices, newsletter pitches: sentences, but about the page, not the story.
    (("independent", "commission", "affiliate", "share", "free", "subscriber", "sign", "inbox", "window", "tab",
      "click", "cookie", "money"),
     r".{0,120}\b(?:independently\s+selected|(?:may|might)\s+(?:earn|receive|get)\s+(?:an?\s+)?(?:small\s+)?"
     r"(?:commission|affiliate|share\s+of)|affiliate\s+(?:links?|commission)|earn\s+(?:a\s+)?commission|"
     r"reading\s+a\s+free\s+article|free\s+articles?\s+(?:left|remaining)|subscribers?\s+only|"
     r"sign\s+up\s+(?:now\s+)?(?:to|for)\s+(?:get|receive|our)|delivered\s+(?:straight\s+)?to\s+your\s+inbox|"
     r"(?:opens|open)\s+in\s+(?:a\s+)?new\s+(?:window|tab)|click\s+(?:here\s+)?to\s+(?:share|email|print|"
     r"subscribe|sign|read)|we\s+use\s+cookies|(?:may|might)\s+make\s+money|editorially\s+independent)\b.{0,300}"),
    (("says",), r"[\w .'-]{1,40}\s+says:"),  # a comment's author
    (("(",), r".{0,100}\(\d{1,2}:\d\d\)"),
    (("browser", "javascript", "limited", "compatibility"),
     r".{0,80}\b(?:(?:outdated|modern|web|supported|upgrade\s+your)\s+(?:web\s+)?browsers?|enable\s+javascript|"
     r"browser\s+version|limited\s+support\s+for|turn\s+(?:on|off)\s+(?:javascript|compatibility\s+mode)|"
     r"javascript\s+(?:is\s+)?(?:disabled|required))\b.{0,300}"),
]


def _whole_line(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*$", re.IGNORECASE)


@cache
def prompt_pattern() -> re.Pattern[str]:
    """A line is a prompt when one of the patterns is the whole line: this one regex says so. is_prompt gives the
    same answer faster, trying the patterns that open with a fixed word at once and the others only when the line
    holds a word they need. (Compiled on first use: a build seldom needs it, and compiling costs import time.)"""
    return _whole_line(_PROMPTS + [pattern for _, pattern in _PROMPTS_ANYWHERE])


PROMPT_AT_START = _whole_line(_PROMPTS)
PROMPT_ANYWHERE = [(needed, _whole_line([pattern])) for needed, pattern in _PROMPTS_ANYWHERE]
ANY_NEEDED_WORD = re.compile("|".join(sorted({re.escape(word) for needed, _ in _PROMPTS_ANYWHERE for word in needed})))
# The only characters that re.IGNORECASE matches with an ASCII letter although str.lower() does not turn them into
# it (İ, ı, ſ, Kelvin K): on a line without them, a word is in line.lower() exactly when its pattern can find it.
CASE_FOLD_SPECIALS = re.compile("[\u0130\u0131\u017f\u212a]")
# Site controls (account, search, text size, players, consent, reprints): short lines only, so tested apart
# to keep long paragraphs cheap.
SITE_CONTROL = re.compile(
    r"^[^.!?]{0,60}\b(?:my\s+account|manage\s+(?:\w+\s+)?(?:account|profile|subscription|preferences)|"
    r"sign\s+out|log\s+out|preferences|font\s+(?:size|resizer)|text\s+size|search\s+input|"
    r"(?:media\s+)?playback|do\s+not\s+sell|personal\s+info(?:rmation)?|copy\s+(?:url|link)|"
    r"reprints?|notifications?|bookmark|saved\s+(?:stories|articles))\b[^.!?]{0,60}$",
    re.IGNORECASE,
)
# Markers after which the article is over (comments, related lists, author box, footer).
END_MARKER = re.compile(
    r"^\s*(?:related(?:\s+\w+){0,2}|leave\s+a\s+(?:reply|comment)|comments?(?:\s*\(\d+\))?|"
    r"(?:\d+\s+)?comments|recommended(?:\s+\w+){0,2}|more\s+(?:from|stories|on|in)\b.*|most\s+(?:read|popular|viewed)\b.*|"
    r"you\s+may\s+also\s+like|read\s+next|up\s+next|tags?:?|topics?:?|related\s+topics|about\s+the\s+author|"
    r"share\s+this(?:\s+\w+)?|sign\s+up\s+for\b.*|trending(?:\s+\w+){0,2}|popular(?:\s+\w+){0,2}|"
    r"latest(?:\s+\w+){0,2}|top\s+stories|editor'?s\s+picks?|what\s+to\s+read\s+next|back\s+to\s+top(?:\s+button)?|"
    r"read\s+more(?:\s+\w+){0,3}|(?:\d+\s+)?(?:sources?|references?|citations?|bibliography)|"
    r"(?:previous|next|prev)\s+(?:article|post|story)\b.*)\s*:?\s*$",
    re.IGNORECASE,
)
# Notes that only ever close an article: a hard end for the body run, wherever the article is long.
CLOSING = re.compile(
    r"^.{0,200}\b(?:contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)|"
    r"(?:this|the)\s+(?:story|article)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)|"
    r"can\s+be\s+reached\s+(?:at|by|via))\b.{0,300}$",
    re.IGNORECASE,
)
# A box of related links set inside an article (which continues after it): weighs less than a hard end.
RELATED = re.compile(r"^\s*related(?:\s+(?:articles?|stor(?:y|ies)|links?|posts?|coverage|reading))?\s*:?\s*$",
                     re.IGNORECASE)
AD = re.compile(r"^\s*(?:advertisement|advertising|sponsored|ad|thanks\s+for\s+watching!?.*|"
                r"story\s+continues\s+below.*|article\s+continues\s+(?:below|after).*|continue\s+reading.*)\s*$",
                re.IGNORECASE)


@lru_cache(maxsize=8192)
def words(line: str) -> int:
    """Word count; CJK text counts about one word per two characters."""
    if line.isascii():  # no CJK to count (a constant-time test in CPython)
        return len(WORD.findall(line))
    return len(WORD.findall(line)) + len(CJK.findall(line)) // 2


_CLOSERS = "\"'”’»)]"  # what may follow the final stop in SENTENCE_END


def ends_sentence(line: str) -> bool:
    """Ends as a sentence does, or as a letter's salutation ("Dear Friends,") that opens a column.

    SENTENCE_END's first form is read off the end of the line without a regex search (which would try every
    position of a long paragraph): a stop, then nothing but closing marks. Its second form needs a final "]".
    """
    text = line.rstrip()
    core = text.rstrip(_CLOSERS)
    if core and core[-1] in ".!?…:;":
        return True
    return bool((text.endswith("]") and SENTENCE_END.search(text)) or SALUTATION.match(line))


@lru_cache(maxsize=8192)
def is_prompt(line: str) -> bool:
    """Menus, counters, share/login/comment prompts, credits, footers: never article text."""
    if len(line) < 150 and SITE_CONTROL.match(line):
        return True
    if len(line) >= 700:
        return False
    if PROMPT_AT_START.match(line):
        return True
    if CASE_FOLD_SPECIALS.search(line):
        return bool(prompt_pattern().match(line))
    lower = line.lower()
    if not ANY_NEEDED_WORD.search(lower):  # most paragraphs: one search instead of one per pattern
        return False
    return any(any(word in lower for word in needed) and pattern.match(line) for needed, pattern in PROMPT_ANYWHERE)


def is_end_marker(line: str) -> bool:
    return len(line) < 80 and bool(END_MARKER.match(line))


def is_ad(line: str) -> bool:
    return len(line) < 120 and bool(AD.match(line))


def is_title_question(line: str) -> bool:
    """A short line in headline case that ends with "?" or "!" ("Are Hot Peppers and Other Spicy Foods
    Dangerous?"): a headline or subheading, since sentences in prose capitalise only names and their first word."""
    if not line.rstrip().rstrip("\"'”’»)").endswith(("?", "!")):
        return False
    tokens = [w for w in TOKEN.findall(line) if any(c.isalpha() for c in w)]
    long_words = [w for w in tokens if len(w) > 3]
    return len(tokens) < 15 and len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


@lru_cache(maxsize=8192)
def is_prose(line: str) -> bool:
    """A line that reads like a paragraph: enough words, ending as a sentence does (or long anyway)."""
    n = words(line)
    if is_prompt(line):
        return False
    return (n >= 8 and ends_sentence(line)) or (n >= 25 and bool(INNER_STOP.search(line)))


@lru_cache(maxsize=8192)
def weight(line: str) -> float:
    """How much a line argues for being inside the article body (positive) or outside it (negative)."""
    if is_end_marker(line) or CLOSING.match(line):
        return -15.0 if RELATED.match(line) else -40.0  # "Related Article" also stands inside bodies
    if is_ad(line):
        return 0.0
    if is_prompt(line):
        return -12.0
    n = words(line)
    if not ends_sentence(line) and len(GLUED_ITEMS.findall(line)) >= 3:
        return -12.0  # a footer or menu of links run together, however long
    if is_title_question(line):
        return -2.0  # a headline: a teaser for another story, or a subheading
    if n < 15 and line.rstrip().endswith(("...", "…")):
        return -4.0  # a link teaser the site cut short: "4 words that speak volumes about..."
    if is_prose(line):
        return min(float(n), 80.0)
    if ends_sentence(line) and (n >= 3 or SALUTATION.match(line)):
        return 1.0  # a short paragraph: "He declined to comment.", "Dear Friends,"
    return -4.0 if n < 12 else -2.0


# Notes that close an article but are not its text: author bios, "X contributed to this report", pitches,
# citations. Only trimmed from the end of the body, where they stand.
_ROLE = (r"(?:writer|reporter|editor|critic|correspondent|journalist|columnist|contributor|author|producer|"
         r"staff|fellow|chairman|professor|freelance|intern|host|anchor|analyst|photographer|bylines?|"
         r"covers|coverage|beat|newsletter|podcast|graduate|degree|lives\s+in|based\s+in|specializes|"
         r"coach|expert|researcher|scholar|economist|director|founder|consultant|specialist)")
TAIL_NOTE = re.compile(
    r"^(?:"
    # A bio names its subject in capitals ("Ana Ruiz is a reporter"); "Outside of work, Ana is a host" and "This
    # is a big deal, the host said" are prose.
    r"(?!(?:this|that|it|these|those|there|here)\b)(?-i:[A-Z][\w.'’-]+,?\s+){1,4}"
    r"(?:is|was|has\s+been|has|covers|writes|joined|reports|previously|holds|"
    r"specializes|serves)\b.{0,300}\b" + _ROLE + r"\b.*|"
    r"(?:the\s+above|this|what\s+follows)\s+is\s+(?:just\s+|only\s+)?(?:a\s+snippet|an\s+(?:excerpt|extract))\b.*|"
    r"(?:he|she|they)\s+(?:is|was|has|covers|writes|lives|joined|previously|holds)\b.{0,200}\b" + _ROLE + r"\b.*|"
    r"(?:[A-Z][\w.'’-]+\s+){1,4}(?:writes\s+about|covers\s+(?:the\s+)?[A-Z])\b.*|"
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*:\s*.{0,60}@[\w-]+\..*|"  # "Bob Condotta: 206-... or bob@..."
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}(?:editor|writer|contributor|reporter|correspondent|columnist)s?\b[^.:]{0,60}:\s.*|"
    r"(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.-]+['’]s\s+(?:most\s+recent|latest|new|forthcoming|previous)\s+"
    r"(?:book|novel|album|film|collection)\b.*|"
    r"(?:get|sign\s+up\s+for)\s+(?:the|our)\s+(?:free\s+)?(?:\w+\s+)?newsletter!?|"
    r"we['’]ve\s+added\s+you\s+to\s+our\s+(?:mailing\s+)?list.*|in\s+this\s+article:|"
    r".{0,200}\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)\b.{0,100}|"
    r"(?:additional\s+)?reporting\s+by\b.{0,200}|(?:edited|compiled|produced|written)\s+by\b.{0,200}|"
    r".{0,100}\bfollow\s+(?:him|her|them|us|[A-Z][\w@]+(?:\s+[A-Z][\w@]+){0,5})\s+on\s+"
    r"(?:twitter|x|instagram|facebook|snapchat|threads|linkedin|tiktok|bluesky|mastodon)\b.{0,200}|"
    # "Email him at ...": the author's address. ("Contact them at ..." is police or officials: news.)
    r".{0,200}\b(?:email|e-mail|contact|reach)\s+(?:him|her|us|the\s+author)\s+at\b.{0,200}|"
    r"(?:this|the)\s+(?:story|article|piece|report)\s+(?:was|has\s+been|will|is|originally|first|appears?|"
    r"appeared)\b.{0,40}\b(?:published|appear|updated|issue|edition|print|originally|corrected|"
    r"produced|syndicated)\b.{0,200}|"
    r".{0,200}\bdoi:\s*10\.\S+.{0,50}|(?:[A-Z][\w.'’-]*\s+){1,4}et\s+al\b.*|"
    r"(?:more\s+information|citation|journal\s+information|provided\s+by|explore\s+further|references?)\s*:.{0,400}|"
    r".{0,100}\b(?:the\s+latest\s+(?:news|updates|headlines)|brought\s+to\s+you\s+by)\b.{0,200}|"
    r"\[?(?:updated|update|editor['’]?s\s+note|correction|clarification)\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?::|\b.{0,40}\])\s*.{0,600}|"
    r"updated\s+(?:to|with)\s+(?:add|include|reflect|correct|clarify|remove)\b.*|"
    r"(?:an?\s+)?(?:previous|earlier)\s+ver\w*\s+of\s+this\s+(?:article|story|report|post)\b.*|"
    r".{0,150}\bcan\s+be\s+reached\s+(?:at|by|via)\b.*|"
    r"[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,3}['’]s\s+mission\s+is\b.*|"
    r"(?:join\s+us|unlock\s+(?:a\s+world|exclusive|premium|unlimited|full))\b.*|"
    r"(?:to\s+learn\s+more|for\s+more|to\s+read\s+more|click\s+here)\b.{0,200}\b(?:visit|stream|watch|click|"
    r"subscribe|download|listen|sign\s+up)\b.*|"
    r".{0,200}\b(?:do(?:es)?\s+not\s+own\s+shares|has\s+no\s+position|holds?\s+no\s+position|"
    r"unlimited\s+access)\b.*|"
    r"(?:want\s+to|don'?t\s+miss|check\s+out|read\s+our|share\s+your\s+feedback|"
    r"have\s+a\s+(?:news\s+)?tip|got\s+a\s+(?:news\s+)?tip|stats?\s+courtesy\s+of|sources?:|"
    r"(?:the\s+)?(?:views|opinions)\s+expressed|disclaimer)\b.{0,300}|"
    # A closing pitch: the site's newsletter, course or subscription offered to the reader.
    r"(?=.{0,300}\b(?:newsletters?|sign\s+up|subscribe|inbox|e-?course|unlimited\s+access)\b)"
    r"(?=.{0,300}\b(?:you|your|yourself|get|join)\b).{0,400}|"
    # A column's contact note: "You can email Amy at ask@... or write to ..." (a news story's "For more
    # information, contact Imus at imusc@..." is its last paragraph).
    r"(?:you|readers)\s+can\s+(?:e-?mail|write\s+to|contact|reach)\b.{0,80}[\w.+-]+@[\w-]+\.\w.{0,200}|"
    # The rest of an author bio: "Beginning his career as a journalist, he ..."
    r".{0,200}\b(?:his|her|their)\s+career\b.{0,300}\b" + _ROLE + r"\b.{0,600}|"
    # A link's call to action: "Get the full recipe for the brownies here."
    r"(?:get|find|see|read|watch|download|grab|shop)\b.{0,150}\bhere\s*[.!]?|"
    # A prompt for readers' comments: "What do you think? Let us know in the comments."
    r"(?:what\s+do\s+you\s+think|let\s+us\s+know|tell\s+us|sound\s+off)\b.{0,200}|"
    r".{0,200}\b(?:in\s+the\s+comments?(?:\s+(?:below|section))?|comment\s+below)\s*[.!?]?|"
    r"are\s+you\s+(?:looking\s+forward|excited|planning|going)\b.{0,150}\?"
    r")$",
    re.IGNORECASE,
)


def is_tail_note(line: str) -> bool:
    return len(line) < 1500 and bool(TAIL_NOTE.match(line))


# Above the lead, only notes that cannot be the story's first sentence: a journalist's or fellow's bio, an
# editor's note, a disclosure. ("X is the owner of ..." is a common lead, so the tail's wider rule is not used.)
LEAD_NOTE = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]+,?\s+){1,4}(?:is|was|has\s+been|specializes|writes|covers)\b.{0,200}\b(?:writer|"
    r"reporter|editor|columnist|journalist|contributor|correspondent|fellow|coach|certified|specializes|"
    r"health\s+care|covers|librarian|fact-checker|researcher)\b.{0,400}|"
    r"(?:this|the\s+following)\s+(?:story|article|review|post)\s+contains\s+(?:spoilers|affiliate).{0,300}|"
    r"(?:this|the)\s+(?:story|article|piece|report)\s+is\s+(?:part\s+of|the\s+\w+\s+in)\s+(?:a|an|our|the|\w+['’]s)\b.{0,300}|"
    r"\[?(?:updated|update|editor['’]?s\s+note|correction|clarification)\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?::|\b.{0,40}\])\s*.{0,600}|"
    # A pitch to the reader: "Are you ready to grow your brand? ... Learn more about the opportunities here."
    r"(?=.{0,300}\byour?\b).{0,300}\b(?:learn|find\s+out|read|see)\s+more\b.{0,80}\bhere\s*[.!]?|"
    # An appeal for money or a pointer to the live page: "Our journalists are on the ground. Donate today."
    r"(?=.{0,300}\b(?:our|we|us)\b).{0,300}\b(?:donate|support\s+(?:us|our\s+(?:journalism|work|reporting|newsroom|mission))|become\s+a\s+(?:member|supporter|"
    r"subscriber))\b.{0,40}[.!]?|(?:follow|read|see|get)\s+(?:our|the)\s+(?:latest\s+)?(?:live\s+)?(?:coverage|updates|"
    r"blog)\b.{0,200})$",
    re.IGNORECASE,
)


def is_lead_note(line: str) -> bool:
    return len(line) < 800 and bool(LEAD_NOTE.match(line))


# Markers after which only other content follows (comments, "More from ...", "You may also like"): they split
# a page into zones, so that the next article of an endless-scroll page is never joined to this one.
HARD_END = re.compile(
    r"^\s*(?:leave\s+a\s+(?:reply|comment)|related\s+content|more\s+(?:from|on|in)\b.*|you\s+may\s+also\s+like|"
    r"read\s+next|up\s+next|about\s+the\s+author|latest\s+videos|recommended(?:\s+\w+){0,2}|"
    r"(?:\d+\s+)?(?:sources?|references?|citations?|bibliography)|"  # a source list closes the article
    r"\d+\s+comments|(?:see|view|show)\s+all\s+comments.*|"  # so does the comment thread
    r"(?:previous|next|prev)\s+(?:article|post|story)\b.*)\s*:?\s*$",  # and links to the site's other stories
    re.IGNORECASE,
)


def is_hard_end(line: str) -> bool:
    return len(line) < 80 and bool(HARD_END.match(line))


# The site's footer: a copyright notice with a year, or "All rights reserved". Nothing of the article follows it.
# (A photo credit "© Jane Doe" inside the body has neither the year first nor a company or the rights.)
FOOTER = re.compile(r"^\s*(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b.{0,200}|"
                    r".{0,200}\ball\s+rights\s+reserved\b.{0,200})$", re.IGNORECASE)


# A company's notice, not a photographer's credit ("© 2024 Getty Images" can stand under a picture mid-article);
# the word "Copyright" spelt out is the site's own notice.
COMPANY = re.compile(r"\b(?:inc|llc|ltd|plc|corp|corporation|company|media|group|publishing|publications|network|"
                     r"newspapers?|rights)\b", re.IGNORECASE)


def is_footer(line: str) -> bool:
    return len(line) < 300 and bool(FOOTER.match(line)) and (
        line.lstrip()[:9].lower() == "copyright" or bool(COMPANY.search(line)))
