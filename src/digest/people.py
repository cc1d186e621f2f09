"""People: find person mentions per document, then resolve them to persons across the corpus.

``find_mentions`` reads each paragraph's runs of capitalised words, strips titles off the front ("National
Security Adviser"), and keeps a run as a person's name when it has a name's shape and a person's signal: a
title before it, a known given name, an East Asian name form, or a speech verb beside it. Single words
("Chang", "Kim") then count when they are the family name of a full name the document gives; a bare "Kim"
means the Kim last named (``short_forms``). ``resolve_people`` merges the same person across documents and bylines
(``identities``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from . import identities
from .model import Article, Mention, People
from .name_runs import (
    ARTICLE_BEFORE,
    PARTICLES,
    NameRun,
    name_runs,
    paragraph_runs,
    styled,
    title_before,
    unknown_title_stripped,
)
from .names import (
    EAST_ASIAN_SURNAMES,
    ORG_WORD_SURNAMES,
    PLACE_ENDINGS,
    bare,
    first_name,
    in_name_dictionary,
    is_east_asian,
    is_given_name,
    is_non_name,
    is_place,
    is_title,
    is_title_head,
    words,
)
from .people_overrides import PeopleOverrides
from .short_forms import STRONG_TITLES, Owners, fullest_forms, short_form_owner
from .stage_names import stage_names

SPEECH_NEAR = re.compile(r"^\s*,?\s*(?:said|says|told|added|adds|explained|noted|wrote|tweeted|stressed|insisted|"
                         r"argued|recalled|warned|replied|asked|who|whose|\d{1,3},)\b|^\s*\((?:pictured|left|right|centre|center)\)")
FIRST_NAME_INTRO = re.compile(r"\*|,\s+(?:a|an|who|\d{1,3},)\s")
NAMED_THING_BEFORE = re.compile(r"\b(?:website|site|blog|newspaper|magazine|channel|network|company|firm|brand|"
                                r"band|app|show|series|film|movie|album|book|novel|song|restaurant|bar|team|club|"
                                r"hotel|store|shop|label|studio|podcast|programme|program|agency|outlet|platform|"
                                r"memoir|autobiography|biography|character|yacht|racehorse|"
                                r"(?:holiday|festival|feast)(?:\s+of)?)\s+$")  # "the Slavic holiday of Ivan Kupala"
VERB_AFTER = re.compile(r"^\s+(?:\w+ly\s+)?(?:said|says|told|tells|asked|asks|added|adds|explained|explains|wrote|"
                        r"writes|recalled|recalls|replied|insisted|argued|noted|stressed|warned)\b")
SAID_BEFORE = re.compile(r"\b(?:said|says|according to|added|asked|told)\s*$")
ACTS_AFTER = re.compile(r"(?:['’]s\s|\s+(?:\w+ly\s+)?(?:has|had|was|is|did|does|would|will|could|can|told|made|"
                        r"took|got|went|came|gave|saw|became|[a-z]{3,}ed)\b)")  # "Maxey's", "Maxey has", "Maxey scored"
AUTHOR_BIO = re.compile(r"(?:[A-Z][\w'’.\-]+\s){1,3}(?:is|was)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:journalist|"
                        r"writer|editor|author|contributor|reporter|correspondent|columnist|freelancer)\b")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the Red Bull pit crew": a thing, wherever else it acts
ARTICLES = words("le la les el los las der die das den het il lo")
SURNAME_ENDINGS = words("hall field fields")  # place endings that are common family names too
# Where the text plainly introduces a person: '..." said Celinda Lake', 'Celinda Lake, a pollster,', '..., who'.
PERSON_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|who)\s")
SURNAME_PARTICLES = words("de von der den du ter ten della dei des zu dos das")  # never a given name

# Precompiled: these are asked of every name run.
LATIN_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
THE_END = re.compile(r"\b[Tt]he\s+$")
THE_SPACE_END = re.compile(r"\b[Tt]he\s$")
INSIDE_SENTENCE = re.compile(r"[a-z,]\s$")  # a lower-case word or a comma just before
TWO_CAPITALS = re.compile(r"[A-Z]{2}")
LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
FIRST_NAME_APPOSITION = re.compile(r"[a-z]\*?,\s+(?:a|an|who|\d{1,3},)\s")
# "his wife, Elona,": a relation, then one name in commas (``first_name_speakers``)
RELATION_APPOSITION = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w\-]*\s+)?(?:wife|husband|"
                                 r"son|daughter|son-in-law|daughter-in-law|mother|father|mom|mum|dad|sister|brother|"
                                 r"fiancée?|partner|girlfriend|boyfriend|grandson|granddaughter|niece|nephew|cousin|"
                                 r"aunt|uncle),\s+[A-Z]")
SIGNED = re.compile(r"[.!?][\"”’']?\s+[—–-]\s*(?:[A-Z][\w'’.\-]*\s?){1,4}$")


def _quoted_whole(run: NameRun, text: str) -> bool:
    """ "“Sunday Diagnosis”", "the “Alien Superstar” singer": a run that is all a quotation holds is a title."""
    before, after = text[run.name_start - 1:run.name_start], text[run.end:run.end + 1]
    return bool(before) and before in "\"“‘'«" and after in ("\"", "”", "’", "'", "»")


@lru_cache(maxsize=256)
def _headline_like(text: str) -> bool:
    """A line of capitalised words (a headline or a link that slipped into the body) says little about names."""
    words = LATIN_WORD.findall(text)
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _speaks(run: NameRun, article: Article) -> bool:
    """ "Winfrey asked", "said Winfrey": a single capitalised word used as a speaker."""
    text = article.paragraphs[run.paragraph]
    if THE_END.search(text[max(0, run.start - 4):run.start]):
        return False  # "the Orioles said": a team or a body
    return bool(VERB_AFTER.match(text[run.end:run.end + 40])
                or SAID_BEFORE.search(text[max(0, run.start - 30):run.start]))


def _named_outside_body(article: Article) -> list[NameRun]:
    """Full names the headline and captions give: "Musk" in the body is the "Elon Musk" of the headline."""
    texts = [article.headline or "", *article.captions]
    return [run for text in texts for run in name_runs(-1, text) if _is_person(run, text, headline=False)]


def _is_person(run: NameRun, text: str, headline: bool = True, common: frozenset[str] = frozenset()) -> bool:
    """``common``: the words the text also writes in lower case. A name of such words with no known title before
    it ("Private Relay explained", "aforementioned Milky Jelly Cleanser") is a thing."""
    if run.title == "style":
        return True
    if not _name_shaped(run, text):
        return False
    tokens = run.tokens
    if not (run.title and is_title(run.title)) and _all_common(tokens, common):
        return False
    if run.title or is_east_asian(tokens) or _capital_family_name(tokens):
        return True
    speech = bool(SPEECH_NEAR.match(text[run.end:run.end + 40])
                  or SAID_BEFORE.search(text[max(0, run.start - 30):run.start]))
    return speech or (is_given_name(first_name(tokens)) and not (headline and _headline_like(text)))


def _all_common(tokens: list[str], common: frozenset[str]) -> bool:
    """Every word of the name is one the text also writes in lower case: "Private Relay" ("a private relay")."""
    return all(bare(t) in common for t in tokens)


def _capital_family_name(tokens: list[str]) -> bool:
    """ "CHA Meeyoung", "C. Justin LEE": East Asian family names are often set in capitals."""
    caps = [t for t in tokens if len(t) > 1 and t.isupper() and bare(t) in EAST_ASIAN_SURNAMES]
    return len(caps) == 1 and any(t[:1].isupper() and t[1:].islower() for t in tokens)


def _name_shaped(run: NameRun, text: str) -> bool:
    """Two to four name-like words, none of them an organisation, place or common word."""
    tokens = run.tokens
    if not 2 <= len(tokens) <= 4:
        return False  # asked first since it is cheap: most runs are one word (the test below still holds it)
    given = is_given_name(first_name(tokens))
    if _quoted_whole(run, text) or NAMED_THING_BEFORE.search(text[max(0, run.start - 40):run.start]):
        return False
    if bare(tokens[-1]) in PLACE_ENDINGS and not (given and bare(tokens[-1]) in SURNAME_ENDINGS):
        return False
    if run.in_place_name or run.in_org_name or bare(tokens[0]) in ARTICLES or (is_title_head(tokens[-1]) and not given):
        return False  # "Le Figaro", "Medical Officer"
    if not run.title and ARTICLE_BEFORE.search(text[max(0, run.name_start - 6):run.name_start]) \
            and not _organisation_speaker(run, text):
        return False  # "the Super Pack", "Glossier's Milky Jelly Cleanser", "Stallone's First Blood"
    if len({bare(t) for t in tokens}) == 1 or _particle_first(tokens):
        return False  # "Duran Duran" is a band; "De Vries" a family name alone
    capitals = [t for t in tokens if len(t) > 1 and t.isupper() and "." not in t]
    if not 2 <= len(tokens) <= 4 or (capitals and not _capital_family_name(tokens)):
        return False
    if any(is_non_name(t) for t in tokens[1:-1]) or (is_non_name(tokens[0]) and not is_given_name(tokens[0])):
        return False
    if is_non_name(tokens[-1]) and not _org_word_surname(run, text):
        return False
    return tokens[-1][:1].isupper() and len(tokens[-1].rstrip(".")) >= 2


def _organisation_speaker(run: NameRun, text: str) -> bool:
    """ "Google's Sundar Pichai said": someone of an organisation, named in full and speaking, is a person, though
    a possessive before a name more often makes it a product or a work ("Stallone's First Blood")."""
    return (text[max(0, run.name_start - 3):run.name_start] in ("'s ", "’s ")
            and bool(SPEECH_NEAR.match(text[run.end:run.end + 40])))


def _org_word_surname(run: NameRun, text: str) -> bool:
    """ "said Celinda Lake, a pollster": a family name that is also an organisation or place word, in a sentence
    that introduces a person: an inverted 'said' or an appositive after a known given name ("Ricki Lake, who"),
    both after any other word. "Crystal Lake" the town stays out."""
    if bare(run.tokens[-1]) not in ORG_WORD_SURNAMES:
        return False
    said = bool(SAID_BEFORE.search(text[max(0, run.start - 30):run.start]))
    described = bool(PERSON_APPOSITIVE_AFTER.match(text, run.end))
    return (said and described) or ((said or described) and in_name_dictionary(run.tokens[0]))


def _particle_first(tokens: list[str]) -> bool:
    """ "De Vries", "Von Trapp", "Van Der Mark": a family name with its particle, no given name ("Van Morrison"
    and "Al Gore" have one)."""
    return len(tokens) >= 2 and (bare(tokens[0]) in SURNAME_PARTICLES
                                 or (bare(tokens[0]) in PARTICLES and bare(tokens[1]) in PARTICLES))


def find_mentions(article: Article) -> tuple[Mention, ...]:
    """Every mention of a person in the body, each with the fullest name the document gives that person."""
    bios = _author_bios(article.paragraphs)
    runs = [styled(unknown_title_stripped(run, text), text) for index, text in enumerate(article.paragraphs)
            if index not in bios for run in paragraph_runs(index, text)]
    common = _lower_case_words(article.paragraphs)
    full = [run for run in runs if _is_person(run, article.paragraphs[run.paragraph], common=common)]
    speaking = {bare(run.tokens[0]) for run in runs if len(run.tokens) == 1 and _speaks(run, article)}
    alone = _used_alone(runs, article)
    partners: dict[str, set[str]] = defaultdict(set)  # first word -> the words that follow it in longer runs
    for run in runs:
        if len(run.tokens) > 1:
            partners[bare(run.tokens[0])].add(bare(run.tokens[1]))
    chosen = {id(run) for run in full}
    things = {run.name for run in runs
              if THE_BEFORE.search(article.paragraphs[run.paragraph][max(0, run.name_start - 5):run.name_start])}
    full += [run for run in runs if id(run) not in chosen and _name_shaped(run, article.paragraphs[run.paragraph])
             and not _all_common(run.tokens, common)
             and (bare(run.tokens[-1]) in speaking
                  or (run.name not in things and _acts(run, article.paragraphs[run.paragraph], common))
                  or (run.name not in things and _described(run, article.paragraphs[run.paragraph], common))
                  or _surname_reused(run, article.paragraphs[run.paragraph], alone, partners))]
    chosen = {id(run) for run in full}
    full += _list_siblings(runs, chosen, article.paragraphs, common)
    chosen = {id(run) for run in full}
    full.sort(key=lambda run: (run.paragraph, run.start))
    names = [run.name for run in full]
    fuller = fullest_forms(names)
    owners = Owners(_named_outside_body(article) + full, article.paragraphs)
    one_names = stage_names(runs, article.paragraphs, common, full)  # "Beyoncé ... her publicist"
    mentions: list[Mention] = []
    for run in runs:
        text = article.paragraphs[run.paragraph]
        if mentions and mentions[-1].paragraph == run.paragraph and run.name_start < mentions[-1].end:
            continue  # inside the name before it: "Sussex" in "Meghan, Duchess of Sussex"
        if id(run) in chosen:
            name = fuller.get(run.name, run.name)
        elif len(run.tokens) == 1 or _particle_first(run.tokens):
            name = short_form_owner(run, owners, fuller, common)
            if name is None and len(run.tokens) == 1 and bare(run.tokens[0]) in one_names:
                name = run.tokens[0]
            if name is None:
                continue
        else:
            continue
        role = title_before(text, run.name_start)
        start = role[0] if role else run.name_start
        mentions.append(Mention(run.paragraph, start, run.end, text[start:run.end], name, role[1] if role else None))
    mentions += _titled_alone_reused(runs, mentions, article.paragraphs, common)
    mentions.sort(key=lambda m: (m.paragraph, m.start))
    return tuple(_outside_teasers(mentions, article.paragraphs))


def _titled_alone_reused(runs: list[NameRun], mentions: list[Mention], paragraphs: Sequence[str],
                         common: frozenset[str]) -> list[Mention]:
    """ "Former President Trump said ... Trump called": a person the text names only by title and family name
    is the same person wherever that word stands alone, title or not (no full name owns it, or the titled
    form would have been resolved to it)."""
    alone = {m.name for m in mentions if " " not in m.name and m.role}  # "Trump" after "Former President"
    if not alone:
        return []
    taken = {(m.paragraph, m.start) for m in mentions} | {(m.paragraph, m.end) for m in mentions}
    found = []
    for run in runs:
        word = run.tokens[0]
        if (len(run.tokens) == 1 and word in alone and bare(word) not in common and not run.title
                and (run.paragraph, run.name_start) not in taken and (run.paragraph, run.end) not in taken):
            written = paragraphs[run.paragraph][run.name_start:run.end]
            found.append(Mention(run.paragraph, run.name_start, run.end, written, word))
    return found


def _outside_teasers(mentions: list[Mention], paragraphs: tuple[str, ...]) -> list[Mention]:
    """Long lines with no full stop ("Katie Price shows off her new look after surgery in Cheshire") are
    teasers for other stories; a person named only there is not one the article is about. Short lines (list
    items: "2004: Brian Hall") and signed quotations ('"Stay curious." — Jane Goodall') count."""
    def prose(k: int) -> bool:
        text = paragraphs[k].rstrip()
        while text and (text[-1] in "\"”’'»)] " or unicodedata.category(text[-1]).startswith("S")):
            text = text[:-1]  # closing marks and an end ornament ("❖")
        return (text.endswith((".", "!", "?", "…", ":", ",")) or len(text.split()) < 8
                or bool(SIGNED.search(text)))  # signed
    in_prose = {m.name for m in mentions if prose(m.paragraph)}
    return [m for m in mentions if m.name in in_prose]


def _author_bios(paragraphs: tuple[str, ...]) -> set[int]:
    """The last paragraphs when they are the writer's bio ("Sam Hill is a journalist and the guides editor at
    ..."): the page's furniture, not people the article mentions."""
    last = range(max(0, len(paragraphs) - 2), len(paragraphs))
    return {k for k in last if AUTHOR_BIO.match(paragraphs[k])}


def _used_alone(runs: list[NameRun], article: Article) -> dict[str, int]:
    """Single capitalised words inside a sentence acting as someone ("as Maxey scored", "when Maxey's shot"),
    by how often: a family name the text goes on using alone. A word opening a sentence may be any capitalised
    word, so it does not count."""
    counts: dict[str, int] = defaultdict(int)
    for run in runs:
        if len(run.tokens) != 1 or run.title or is_non_name(run.tokens[0]):
            continue
        text = article.paragraphs[run.paragraph]
        before, after = text[max(0, run.start - 5):run.start], text[run.end:run.end + 30]
        if INSIDE_SENTENCE.search(before) and not THE_SPACE_END.search(before) and ACTS_AFTER.match(after):
            counts[bare(run.tokens[0])] += 1
    return counts


def _surname_reused(run: NameRun, text: str, alone: Mapping[str, int], partners: Mapping[str, set[str]]) -> bool:
    """ "Tyrese Maxey ... as Maxey scored": a two- or three-word name whose last word the text later uses
    alone is a person's name, even when the given name is too rare to be known."""
    tokens = run.tokens
    opens_sentence = not INSIDE_SENTENCE.search(text[max(0, run.start - 3):run.start])  # "Fortunately Pikachu"
    if (2 <= len(tokens) <= 3 and alone.get(bare(tokens[0]), 0) >= 1 and in_name_dictionary(tokens[0])
            and len(partners[bare(tokens[0])]) == 1 and not any(is_non_name(t) for t in tokens)):
        return True  # "Abbie Chatfield ... In the photos, Abbie turned": her given name, used alone as someone
    return (2 <= len(tokens) <= 3 and alone.get(bare(tokens[-1]), 0) >= 1
            and (not opens_sentence or in_name_dictionary(tokens[0]))  # "Tyrese Maxey was ... as Maxey scored"
            and not any(TWO_CAPITALS.match(t) for t in tokens)  # "Free VPNs"
            and not is_non_name(tokens[0]) and len(tokens[0].rstrip(".")) >= 2)


def _list_siblings(runs: list[NameRun], chosen: set[int], paragraphs: Sequence[str],
                   common: frozenset[str]) -> list[NameRun]:
    """ "2004: Abiodun Okulaja" among "2005: Brian Hall", "2006: Kevin Terry": short list lines of one shape
    name one kind of thing; when most of them name a person, the rest do too."""
    by_shape: dict[str, list[NameRun]] = defaultdict(list)
    for run in runs:
        text = paragraphs[run.paragraph]
        if 2 <= len(run.tokens) <= 3 and len(text.split()) <= 8:
            shape = LIST_SHAPE.sub(_shape_of, text[:run.start]) + "NAME" + LIST_SHAPE.sub(_shape_of, text[run.end:])
            by_shape[shape].append(run)
    found = []
    for members in by_shape.values():
        people = sum(id(run) in chosen for run in members)
        if len({run.paragraph for run in members}) >= 3 and people >= 2 * len(members) / 3:
            found += [run for run in members if id(run) not in chosen and _name_shaped(run, paragraphs[run.paragraph])
                      and not _all_common(run.tokens, common)]
    return found


LIST_SHAPE = re.compile(r"\d+|[A-Z][\w'’.\-]*")


def _shape_of(match: re.Match[str]) -> str:
    return "0" if match.group()[0].isdigit() else "C"


def _acts(run: NameRun, text: str, common: frozenset[str]) -> bool:
    """ "where Tucker Carlson has adopted": a given name (a rare one too) and a family name, inside a sentence,
    doing something. Not when the text also writes either word in lower case ("Free People has": a brand) or
    the run lost a word in front ("Saturday Night Live")."""
    tokens = run.tokens
    return (len(tokens) == 2 and run.start == run.name_start and in_name_dictionary(tokens[0])
            and not any(bare(t) in common or TWO_CAPITALS.match(t) for t in tokens)
            and bool(INSIDE_SENTENCE.search(text[max(0, run.start - 3):run.start]))
            and bool(ACTS_AFTER.match(text[run.end:run.end + 30])))


DESCRIBED_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}"
                              r"(?!(?:in|of|with|for|to|on|at|by|from|and|or|as|than)\s)[a-z][\w\-]*\s+$")


def _described(run: NameRun, text: str, common: frozenset[str]) -> bool:
    """ "the explosive wing Jaylen Brown", "her longtime partner Orrin Quabbe": a noun phrase that describes the
    name before it, a given name (a rare one too) and a family name."""
    tokens = run.tokens
    return (len(tokens) == 2 and run.start == run.name_start and in_name_dictionary(tokens[0])
            and not any(bare(t) in common or TWO_CAPITALS.match(t) for t in tokens)
            and bool(DESCRIBED_BEFORE.search(text[max(0, run.start - 60):run.start])))


def _lower_case_words(paragraphs: Sequence[str]) -> frozenset[str]:
    """Words the text writes in lower case: common words, whatever their capitals elsewhere."""
    return frozenset(w for text in paragraphs for w in LOWER_CASE_WORD.findall(text))


def first_name_speakers(article: Article) -> tuple[Mention, ...]:
    """People the text names by a first name only ("Pamela*, a 34-year-old mum", "Anna, 40,"): not mentions
    of a person the site can list, but speakers all the same. Every use of that first name in the text."""
    if not any(FIRST_NAME_APPOSITION.search(text) or RELATION_APPOSITION.search(text) for text in article.paragraphs):
        return ()
    runs = [run for index, text in enumerate(article.paragraphs) for run in paragraph_runs(index, text)]
    known = {bare(t) for m in article.mentions for t in m.name.split()}
    introduced = {run.name for run in runs if len(run.tokens) == 1 and bare(run.name) not in known
                  and ((is_given_name(run.name)
                        and FIRST_NAME_INTRO.match(article.paragraphs[run.paragraph][run.end:run.end + 20]))
                       or _relation_named(run, article.paragraphs[run.paragraph]))
                  and not is_non_name(run.name) and not is_place(run.name)}
    return tuple(Mention(run.paragraph, run.start, run.end, run.name, run.name) for run in runs
                 if len(run.tokens) == 1 and run.name in introduced)


def _relation_named(run: NameRun, text: str) -> bool:
    """ "his wife, Elona, who", "her son-in-law, Nikita, left": one name in commas after a relation is a person
    the text names by that name alone, whether or not it is a given name we know."""
    relation = RELATION_APPOSITION.search(text, max(0, run.start - 40), run.start + 1)
    return (relation is not None and relation.end() == run.start + 1 and run.start == run.name_start
            and text[run.end:run.end + 1] in (",", "."))


def named_by_family_name_only(article: Article) -> frozenset[str]:
    """Document-level names the body gives only as a title and a family name ("Former President Trump ... Trump
    said", "Dr. Martens"): the fullest name the body gives a speaker, so the name its quotes carry, but no full
    name, so not a person for the article's people list (the corpus may still join it to "Donald Trump"). A
    stage name ("rapper Kwezz", "Beyoncé") is a full name."""
    return frozenset(m.name for m in article.mentions
                     if " " not in m.name and m.role and bare(m.role.split()[-1]) in STRONG_TITLES)


def resolve_people(articles: Sequence[Article], overrides: PeopleOverrides | None = None) -> People:
    """One Person per real person across the corpus, bylines included (see ``identities``); ``overrides`` are
    the user's corrections from the input folder's people.yaml (``people_overrides.load_overrides``)."""
    return identities.resolve(articles, overrides)
