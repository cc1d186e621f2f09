"""Name forms: what a person's name looks like in news copy, and what only looks like one.

The people stage asks these questions of capitalised word runs: is this token a title ("Adviser"), part of an
organisation or place ("Ministry", "Seoul"), a given name ("Antony"), an East Asian family name written first
("Chang Ho-jin")? Word lists are general English news vocabulary, never names taken from the inputs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache


def words(text: str) -> frozenset[str]:
    """A word list written as text, one or more words a line."""
    return frozenset(text.split())


# Titles and role words that stand before a name ("National Security Adviser Chang", "leader Kim").
TITLE_WORDS = words("""
president vice prime minister ministers secretary adviser advisor director ambassador chairman chairwoman chair
chairperson leader chancellor governor senator sen sen. rep rep. representative congressman congresswoman mayor
general gen gen. gov gov. governor chief spokesman spokeswoman spokesperson ceo cfo coo founder co-founder dr dr. mr
mr. mrs mrs. ms ms. mx professor prof prof. judge justice king queen prince princess pope coach captain capt capt.
lt lt. col col. sgt sgt. officer commissioner deputy first envoy premier lawmaker rev rev. reverend father sister
sir dame lord lady sheikh emir ayatollah president-elect head editor analyst actor actress singer star manager
executive attorney lawyer commander admiral marshal colonel lieutenant sergeant major detective inspector
superintendent sheriff councillor councilman councilwoman delegate diplomat official spokesman minister-president
chairman-elect economist researcher scientist author writer novelist director-general secretary-general secretary-
generals undersecretary under-secretary assistant associate senior junior former acting interim foreign defense
defence national security state interior finance trade justice health education energy labor labour commerce
agriculture environment treasury home affairs chief-of-staff staff striker midfielder defender goalkeeper
quarterback pitcher guard forward rapper musician comedian host anchor presenter producer filmmaker designer chef
artist model billionaire entrepreneur investor player champion dean provost rector chaplain bishop archbishop
cardinal rabbi imam defendant plaintiff suspect prosecutor juror witness inmate
superstar megastar songwriter singer-songwriter rocker crooner diva icon influencer youtuber dj
""")

# Titles before one name that is a whole stage name: "singer Zuriah", "rapper Kwezz", "pop star Lunette".
STAGE_TITLES = words("""
singer rapper star superstar megastar songwriter singer-songwriter rocker crooner diva icon musician actress actor
model dj producer comedian artist influencer youtuber
""")

# Words that make a capitalised run an organisation, place, event or work rather than a person.
ORG_WORDS = words("""
bros brothers entertainment united utd city rovers wanderers athletic
ministry ministries office council committee agency party university college school institute association union army
navy force forces department bureau news times post journal tv radio press inc inc. corp corp. co co. ltd ltd. llc
plc group bank company foundation center centre commission parliament congress senate assembly court government
administration act law treaty peninsula sea ocean river lake island islands mountain mountains street avenue road
square city county republic kingdom federation organization organisation network channel magazine daily weekly club
team fc league airlines airways airport station hospital church cathedral museum festival awards award prize summit
war games cup series project program programme show studio studios records pictures media online digital library
house palace kremlin embassy consulate police guard corps initiative alliance coalition campaign fund trust
authority service services board industries technologies tech systems labs laboratory motors energy capital partners
holdings securities exchange market markets index stadium arena valley bay gulf strait coast desert region province
district state states capitol parliament cabinet diet brigade division battalion regiment command fleet movie film
album book novel song festival conference forum report review gazette herald tribune telegraph chronicle observer
guardian mirror express sun today weekly monthly agency wire reuters bloomberg associated foundation society
institution academy agreement accord pact resolution convention constitution declaration charter plan strategy
doctrine economic world global international national federal central north south east west northern southern
eastern western middle upper lower new old great greater little saint st st. mount mt lake fort port cape
championship championships tournament trophy finance interests trivia parkway certificate operations newspaper
regional medical endowed consortium research memorial lecture scholarship fellowship
meta google microsoft amazon netflix tesla twitter facebook instagram tiktok spotify uber samsung nvidia openai
chatgpt youtube iphone ipad android windows xbox playstation nintendo linkedin whatsapp
""")  # brands last: a name's word never ("Ray-Ban Meta", "Tagged Amazon")

# Organisation and place words that are common family names too ("Celinda Lake", "Jude Law", "Michael Bay",
# "Charlotte Church"): a name may end with one, after a given name, only where the text treats it as a person.
ORG_WORD_SURNAMES = words("lake law bay church house post")

# Organisation words that end a name made from a person's ("Jane Doe Foundation", "Robert Roe Medical School"):
# the name before them is the organisation's. The adjectives among ORG_WORDS start names more than they end them.
ORG_HEADS = ORG_WORDS - words("""
economic world global international national federal central north south east west northern southern eastern
western middle upper lower new old great greater little saint st st. mount mt lake fort port cape united city
""")

MONTHS_DAYS = words("""
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter
""")

DEMONYMS = words("""
american americans british english french german russian russians chinese japanese korean koreans north-korean
south-korean ukrainian ukrainians indian pakistani iranian iraqi israeli palestinian syrian turkish saudi egyptian
canadian mexican brazilian argentine australian european african asian arab italian spanish portuguese dutch belgian
swiss austrian polish czech hungarian romanian greek swedish norwegian danish finnish irish scottish welsh soviet
vietnamese thai filipino indonesian malaysian taiwanese nigerian kenyan western eastern democratic republican
conservative liberal socialist communist catholic muslim christian jewish u.s.
""")  # acronyms (US, UN, NATO) are caught by their capitals: "Un" in "Kim Jong Un" is a name

PLACES = words("""
san santa santo sao são
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus
denmark ecuador egypt england estonia ethiopia europe finland france germany ghana greece guatemala haiti honduras
hungary iceland india indonesia iran iraq ireland israel italy jamaica japan kazakhstan kenya korea kosovo kuwait
laos latvia lebanon libya lithuania luxembourg malaysia mali mexico moldova mongolia morocco myanmar nepal
netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal
qatar romania russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden
switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uzbekistan
venezuela vietnam wales yemen zambia zimbabwe africa asia america americas antarctica arctic usa u.s.a. seoul moscow
pyongyang beijing tokyo kyiv kiev washington london paris berlin rome madrid brussels vienna warsaw prague budapest
hanoi delhi mumbai karachi tehran baghdad damascus jerusalem gaza cairo istanbul ankara dubai riyadh doha sydney
melbourne toronto montreal vancouver ottawa chicago boston york angeles francisco houston dallas miami atlanta
seattle denver philadelphia detroit phoenix vegas manhattan brooklyn california texas florida virginia ohio michigan
illinois arizona nevada oregon alabama minsk tbilisi vilnius riga tallinn helsinki stockholm oslo copenhagen
amsterdam lisbon athens geneva zurich hong kong shanghai taipei bangkok jakarta manila singapore busan incheon
crimea donbas kharkiv odesa mariupol kherson siberia pentagon westminster downing hollywood silicon wall
alaska arkansas colorado connecticut delaware hawaii idaho iowa kansas kentucky louisiana maryland massachusetts
minnesota mississippi missouri nebraska oklahoma pennsylvania tennessee utah vermont wisconsin wyoming
downtown uptown midtown
""")  # US states that are not also common given names or surnames (not Georgia, Virginia, Washington, Montana)

# Common capitalised words at the start of a sentence that are never names.
FUNCTION_WORDS = words("""
tonight man men woman women boy boys girl girls children kids top
the a an and or but if in on at of for to from by with as this that these those there here then when while where
what who whom whose which why how he she it they we i you his her its their our my your him them us me after before
during since until unless because although though however meanwhile also still yet so thus according regarding
despite following amid among between against about above below under over into onto upon within without through
throughout once twice toward towards across around near beyond not no yes all any some many most more much few
several each
every both either neither other another such one two three four five six seven eight nine ten last next first second
third new early late today yesterday tomorrow now never ever always often sometimes even just only already again
instead rather perhaps maybe indeed like unlike is are was were be been has have had do does did would can could
should may might must shall let lets asked said says told added noted stressed explained warned replied insisted
argued
gets wins makes takes reveals slams warns calls hits shares joins admits claims talks
""")  # and verbs of headline case that end a line of capitalised words: "Jane Roe Gets"

# East Asian family names, written first ("Chang Ho-jin", "Kim Jong-un", "Xi Jinping").
EAST_ASIAN_SURNAMES = words("""
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh shin sin seo suh kwon
hwang ahn an song jeon jun hong yoo yu ko go moon mun yang son bae baek paek heo hur nam noh roh ha kwak gwak sung
seong cha joo ju woo wu koo gu min ryu yoo na jin ji eom um chae won bang byun pyo gil xi li wang zhang liu chen
yang huang zhao zhou wu xu sun ma zhu hu guo he lin luo gao zheng liang xie tang han feng deng cao peng zeng xiao
tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jiang cui tan fan wen qin shi mao nguyen
tran le pham hoang phan vu vo dang bui do ngo duong ly
""")

# Lower-case words that turn a name into a modifier: "Bezos-backed", "Springer-style". The token stops before them.
COMPOUND_SUFFIXES = ("backed|based|led|style|styled|ish|esque|like|winning|awarded|owned|era|born|funded|linked|"
                     "affiliated|aligned|inspired|made|related|themed|produced|directed|nominated|appointed|endorsed|"
                     "controlled|run|type|friendly|loving|obsessed|centric|approved|sponsored|supported|allied|"
                     "leaning|trained|focused|shaped|worthy|level|free|ers|ism|ist|ists|ite|ites")
TOKEN = re.compile(r"(?<![\w\u00c0-\u024f])[A-Z\u00c0-\u00de][\w\u00c0-\u024f]*(?:(?:['’]|-(?!(?:" + COMPOUND_SUFFIXES
                   + r")\b))[\w\u00c0-\u024f]+)*\.?|[A-Z]\.")
HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Ho-jin", "Jong-un"


@lru_cache(maxsize=65536)
def bare(token: str) -> str:
    """A token without possessive or trailing full stop, lower case: "Chang's" -> "chang", "Thatcher's." ->
    "thatcher"."""
    token = token.rstrip(".")
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.rstrip(".").casefold()


ABBREVIATIONS = words("""
mr. mrs. ms. dr. st. jr. sr. gen. sen. rep. prof. rev. lt. col. capt. sgt. gov. u.s. u.k. mt. ft. no. vs. inc. corp.
co.
""")


def ends_sentence(token: str) -> bool:
    """ "Ministry." ends a sentence; "F.", "Dr." and "U.S." do not."""
    return token.endswith(".") and len(token) > 2 and token.casefold() not in ABBREVIATIONS


# Title words that only qualify a title ("Foreign", "Deputy", "National"): stripped before a name, but alone
# they do not make the following words a person's name ("Civil Defense Survival Rations").
TITLE_MODIFIERS = words("""
vice prime first foreign defense defence national security state interior finance trade justice health education
energy labor labour commerce agriculture environment treasury home affairs deputy assistant associate senior junior
former acting interim staff general
""")


def is_title_head(token: str) -> bool:
    return is_title(token) and bare(token) not in TITLE_MODIFIERS


@lru_cache(maxsize=65536)
def is_title(token: str) -> bool:
    """ "Minister", "Sen.", and hyphenated titles made of title words: "Vice-President", "Ex-President"."""
    t = token.casefold()
    if t in TITLE_WORDS or t.rstrip(".") in TITLE_WORDS:
        return True
    parts = t.split("-")
    return len(parts) > 1 and all(part in TITLE_WORDS or part in ("ex", "then") for part in parts)


# Words that end place and venue names ("Lindsay Park", "Albert Quay") but may begin a person's ("Park Geun-hye").
PLACE_ENDINGS = words("""
park parks hall gardens garden quay springs bar heights hills beach falls village town ville field fields
bridge tower towers square centre center building plaza mall arena theatre theater cafe restaurant hotel
boulevard avenue observatory
""")


def is_place(token: str) -> bool:
    return bare(token) in PLACES


@lru_cache(maxsize=65536)
def is_non_name(token: str) -> bool:
    """True for tokens that never belong to a person's name: org/place words, months, demonyms, acronyms."""
    if re.fullmatch(r"[A-Z]\.", token):
        return False  # a middle initial: "Nelson A. Rockefeller"
    b = bare(token)
    if b in ORG_WORDS or b in MONTHS_DAYS or b in DEMONYMS or b in PLACES or b in FUNCTION_WORDS:
        return True
    core = re.sub(r"['’]s$", "", token).rstrip(".")
    if "-" in core and any(part in ORG_WORDS for part in core.casefold().split("-")):
        return True  # "Post-Dispatch", "Tri-City"
    inner = re.search(r"[a-z]([A-Z])", core)
    if inner and not re.match(r"(?:Mc|Mac|De|Di|Le|La|Da|Du|Van|Von|Fitz|St|Al|El)[A-Z]", core):
        return True  # "WireGuard", "YouTube", "iPhone": brands; "McDonald", "DeSantis" are names
    if core.casefold() in EAST_ASIAN_SURNAMES:
        return False  # "CHA Meeyoung", "C. Justin LEE": a family name in capitals, not an acronym
    return len(core) >= 2 and core.isupper() and "-" not in core  # KBS, NATO, UNSC


@cache
def _given_names() -> frozenset[str]:
    """First names in gender-guesser's dictionary (about 40,000 from many countries), lower case, leaving out
    the rarest (frequency class 1 everywhere), which are mostly English words: "Price", "Stone", "Free"."""
    try:
        names = _gender_detector().names
    except ImportError:  # the list only sharpens recall; the rules still work without it
        return frozenset()
    common = re.compile(r"[2-9A-Da-d]")  # a frequency class of 2 or more in some country
    return frozenset(name.casefold() for name, by_gender in names.items()
                     if common.search("".join(by_gender.values())))


def load_name_tables() -> None:
    """Load the given-name tables now: a build that forks analysis workers loads them once in the parent (about
    0.2 CPU-s) and every worker inherits them, instead of each worker loading its own copy on first use."""
    _given_names()


@lru_cache(maxsize=8192)
def in_name_dictionary(token: str) -> bool:
    """Any first name gender-guesser knows, the rarest included ("Abbie", "Tyrese"): too loose alone (it holds
    "Price" and "Stone"), but enough once the text itself uses the word as someone's name."""
    try:
        return bare(token) in _gender_detector().names
    except ImportError:
        return False


@cache
def _gender_detector():  # type: ignore[no-untyped-def]
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def gender(given: str) -> str | None:
    """'male', 'female', 'either' (a name given to both) or None (not a known given name), to tell "he" from
    "she"."""
    try:
        guess = _gender_detector().get_gender(given)
    except ImportError:
        return None
    return {"male": "male", "female": "female", "mostly_male": "either", "mostly_female": "either",
            "andy": "either"}.get(guess)


@lru_cache(maxsize=65536)
def is_given_name(token: str) -> bool:
    b = bare(token)
    parts = re.sub(r"['’]s$", "", token).split("-")
    if len(parts) == 2 and parts[1][:1].isupper() and parts[0].casefold() in _given_names():
        return True  # "Jacques-Louis", not "Oscar-winner"
    return len(b) > 1 and b in _given_names()


INITIAL = re.compile(r"[A-Z]\.")


def first_name(tokens: list[str]) -> str:
    """The given name, past any initial: "C. Justin LEE" -> "Justin"."""
    return next((t for t in tokens if not INITIAL.fullmatch(t)), tokens[0])


def is_east_asian(tokens: list[str]) -> bool:
    """Family name first with a hyphenated given name: "Chang Ho-jin", "Kim Jong-un", "Cho Tae-yul"."""
    return (len(tokens) == 2 and bare(tokens[0]) in EAST_ASIAN_SURNAMES
            and bool(HYPHENATED_GIVEN.match(re.sub(r"['’]s$", "", tokens[1]))))


# One to three Hanyu Pinyin syllables: a romanised Chinese given name ("Yunfan", "Xiaoming"), never "Tanaiste".
PINYIN_NAME = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|"
                         r"ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,3}")


def is_pinyin(token: str) -> bool:
    return bool(PINYIN_NAME.fullmatch(token.casefold()))


NAME_SUFFIXES = words("jr sr ii iii iv")


@lru_cache(maxsize=8192)
def family_name(name: str) -> str:
    """The token a document uses alone for this person: the first for "Chang Ho-jin", else the last, before
    any "Jr." ("Harvey Mason Jr." is "Mason")."""
    tokens = name.split()
    if is_east_asian(tokens):
        return tokens[0]
    while len(tokens) > 2 and bare(tokens[-1]) in NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens[-1]


def display_case(name: str) -> str:
    """Capitals as printed in a byline: "LIM JEONG-WON" -> "Lim Jeong-won", "SARAH KIM" -> "Sarah Kim"."""
    if not name.isupper():
        return name
    words = []
    for word in name.split():
        head, *rest = word.split("-")
        words.append("-".join([head.capitalize(), *(part.lower() for part in rest)]))
    return " ".join(words)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Compare names loosely: case, accents, hyphens, dots and middle initials do not matter ("Luka Dončić" is
    "Luka Doncic")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    tokens = re.sub(r"[-‐]", " ", folded.casefold().replace(".", " ")).split()
    if len(tokens) > 2:
        tokens = [t for i, t in enumerate(tokens) if len(t) > 1 or i in (0, len(tokens) - 1)]
    return " ".join(tokens)
