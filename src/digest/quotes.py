"""Quotes: the direct quotations in an article's body and who said them.

``quote_spans`` finds where quotations are, ``speakers`` reads who said them; this module decides what is a
quotation at all (a quoted title, a nickname or a one-word scare quote is a term, not speech) and carries a
speaker along a chain: a quotation with no attribution of its own belongs to the speaker of the quotation
beside it in the paragraph, or, when it continues a quotation left open in the paragraph before, to that one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping

from .implied_speakers import FIRST_PERSON, implied_speaker
from .model import Article, Mention, Quote
from .names import is_non_name, words
from .people import first_name_speakers
from .pronoun_sex import PronounSexes
from .quote_spans import Span, find_spans
from .referents import sex_of
from .speakers import Attribution, ParagraphContext, family_names, object_position
from .speech_words import SPEECH_VERBS, VERB

# Words that introduce a name or term in quotation marks: "known as "The Rocket"", "aka "Colonel Mike"".
TERM_CUE = re.compile(r"\b(?:called|dubbed|known as|so-called|nicknamed|titled|entitled|named|aka|a\.k\.a\.|"
                      r"the words?|the term|the phrase|the slogan|hashtag)\s*$")
SENTENCE_ENDS = (".", "!", "?", "…", ":", ",")
SMALL_WORDS = words("""
a an the of and or in on at to for with from by de la le du von van
""")


def _is_term(text: str, paragraph: str, span: Span, ctx: ParagraphContext) -> bool:
    """Quoted names and terms, not speech: "Sunday Diagnosis", a nickname, a one-word scare quote."""
    words = re.findall(r"[\w’'\-]+", text)
    if not words:
        return True
    bare = text.rstrip(" ,.;:!?")
    capitalised = all(w[:1].isupper() or w.casefold() in SMALL_WORDS or w[:1].isdigit() for w in words)
    after = paragraph[span.end:span.end + 40] if span.close_mark is not None else ""
    punctuated = text.rstrip().endswith((",", "?", "!")) or after[1:2] in (",", "?", "!")
    spoken = punctuated and bool(re.match(r"\W*(?:\S+\s+){0,2}?" + VERB.pattern, after))  # '"Goodbye," she said'
    opening = span.open_mark if span.open_mark is not None else span.start
    introduced = re.search(rf"\b(?:{SPEECH_VERBS})\s*[:,]\s*\W?$", paragraph[max(0, opening - 40):opening + 1])
    speech_like = bare.endswith(("?", "!")) or re.search(r"\bI\b", bare) or spoken or introduced  # 'said: "No."'
    if capitalised and len(words) <= 6 and not speech_like:
        return True
    before = paragraph[max(0, (span.open_mark or span.start) - 30):span.open_mark or span.start]
    if len(words) <= 3 and TERM_CUE.search(before):
        return True
    lo, hi = _sentence_around(ctx, span)
    if VERB.search(ctx.masked, lo, hi):
        return False
    if len(words) == 1:
        return True
    # A short phrase in a sentence where no one speaks and no one acts is the writer's: a "gold rush"; not
    # 'Trump has "no responsibility"', 'the report found it "no longer sufficient"', 'I "haven't seen"'.
    sentence = bare[:1].isupper() and text.rstrip().endswith((".", "!", "?"))
    return (len(words) <= 4 and not sentence and not FIRST_PERSON.search(text)
            and not ctx.agents(lo, hi))


def _in_teaser(paragraph: str, span: Span) -> bool:
    """ "Stacey Solomon reveals the one 'weird' tradition she keeps", "'I was next to my boy': Mother's tribute
    after crash..." (no full stop, or cut off: a teaser for another story or a heading): a word or two quoted
    there, or anything in the single marks of headline style, is no quotation of this article's."""
    text = paragraph[span.start:span.end]
    ending = paragraph.rstrip().rstrip("\"”’'»)")
    if ending.endswith(("...", "…")) and not text.rstrip().endswith(("...", "…")):
        return True
    if ending.endswith(SENTENCE_ENDS):
        return False
    single = span.open_mark is not None and paragraph[span.open_mark] in "'‘"
    return single or (len(text.split()) <= 3 and not text.rstrip().endswith((",", "!", "?")))


def _sentence_around(ctx: ParagraphContext, span: Span) -> tuple[int, int]:
    """Where the masked sentence that holds a quotation starts and ends: enough to ask whether anyone says
    anything in it."""
    lo = ctx._sentence_start(span.open_mark if span.open_mark is not None else span.start)
    hi = ctx._clause_end((span.close_mark if span.close_mark is not None else span.end) + 1, abbreviations=False)
    return lo, hi


RELATION_BEFORE = re.compile(r"(?:^|[.,;]\s+)(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\w\-]+\s+){0,2}[\w\-]+),\s*$")
APPOSITIVE_ROLE = re.compile(r",\s*(?:the|a|an|his|her|their)\s+([^,.;:“”\"()]{2,60}?)\s*[,.;]")


def find_quotes(article: Article) -> tuple[Quote, ...]:
    speakers = sorted(article.mentions + first_name_speakers(article), key=lambda m: (m.paragraph, m.start))
    by_paragraph: dict[int, list[Mention]] = defaultdict(list)
    for m in speakers:
        by_paragraph[m.paragraph].append(m)
    roles: dict[str, list[str]] = defaultdict(list)
    relations: dict[str, str] = {}
    for m in article.mentions:
        if m.role:
            roles[m.name].append(m.role)
        appositive = APPOSITIVE_ROLE.match(article.paragraphs[m.paragraph], m.end)
        if appositive:  # "Tom Reed, the coach," -> a later "the coach said" means him
            roles[m.name].append(appositive.group(1))
        relation = RELATION_BEFORE.search(article.paragraphs[m.paragraph], max(0, m.start - 60), m.start)
        if relation:  # "Her publicist, Yvette Noel-Schure," -> "the publicist" is she, "the singer" someone else
            roles[m.name].append(relation.group(1))
            relations.setdefault(m.name, relation.group(1))
    surnames = family_names(list(article.mentions))
    sexes = PronounSexes(article.paragraphs, speakers)
    found: list[tuple[int, Span, Attribution | None]] = []
    earlier: list[Mention] = []  # persons named before this paragraph, outside quotations
    subjects: list[Mention] = []  # those of them that a later "he" or "she" may mean
    previous: ParagraphContext | None = None  # the paragraph before, when it ends with a colon
    plain: ParagraphContext | None = None
    for index, text in enumerate(article.paragraphs):
        spans = find_spans(text)
        if spans:
            ranges = [(s.open_mark if s.open_mark is not None else s.start, (s.close_mark or s.end - 1) + 1)
                      for s in spans]
            ctx = ParagraphContext(index, text, ranges, by_paragraph[index], earlier, subjects, roles, surnames,
                                   relations, sexes)
            kept = [s for s in spans
                    if not _is_term(text[s.start:s.end], text, s, ctx) and not _in_teaser(text, s)]
            attributions = [_attribute(ctx, s) for s in kept]
            opens_paragraph = bool(kept) and not text[:kept[0].start].strip(" \"“«'‘")
            if opens_paragraph and attributions[0] is None and previous is not None:
                attributions[0] = previous.before(len(previous.text))  # the paragraph before ends "He said:"
            _carry_within(attributions, [text[s.start:s.end] for s in kept])
            attributions = [a if a is not None else implied_speaker(ctx, s)
                            for s, a in zip(kept, attributions, strict=True)]
            if (opens_paragraph and attributions[0] is None and plain is not None
                    and FIRST_PERSON.search(text[kept[0].start:kept[0].end])):
                attributions[0] = plain.sole_subject(0, len(plain.text))  # "Lopez has farmed here 40 years." "I"
                _carry_within(attributions, [text[s.start:s.end] for s in kept])
            found += [(index, s, a) for s, a in zip(kept, attributions, strict=True)]
            resolved = _resolved_speakers(index, kept, attributions, by_paragraph[index])
        else:
            kept = _unmarked_block(index, text, by_paragraph[index], previous, found)
            resolved = []
        plain = (ParagraphContext(index, text, [], by_paragraph[index], earlier, subjects, roles, surnames,
                                  relations, sexes)
                 if not spans else None)  # the paragraph before, when it quotes no one
        previous = plain if plain is not None and text.rstrip().endswith(":") else None
        quoted = sorted((s.start, s.end) for s in kept)
        outside = [m for m in by_paragraph[index] if not _in_ranges(m.start, quoted)]
        earlier = earlier + sorted(outside + resolved, key=lambda m: m.start)
        subjects = subjects + sorted([m for m in outside if not object_position(text, m)] + resolved,
                                     key=lambda m: m.start)
    _carry_across(found, article.paragraphs)
    _chain_pronouns(found, by_paragraph, sexes)
    return tuple(_quote(article.paragraphs[i], i, s, a) for i, s, a in found)


def _resolved_speakers(index: int, spans: list[Span], attributions: list[Attribution | None],
                       named: list[Mention]) -> list[Mention]:
    """Speakers this paragraph gives by a pronoun or a description ("the singer said"), placed after their
    quotation: the person a later "she" most likely means, though the paragraph never names her."""
    names = {m.name for m in named}
    return [Mention(index, span.end, span.end, attribution.text or "", attribution.speakers[0])
            for span, attribution in zip(spans, attributions, strict=True)
            if attribution is not None and len(attribution.speakers) == 1 and attribution.speakers[0] not in names]


SIGNATURE = re.compile(r"\s+[-—–]\s*((?:[A-Z][\w'’.\-]*\s?){1,4})\s*$")  # "... back next year. - Florence Pugh"


def _unmarked_block(index: int, text: str, mentions: list[Mention], previous: ParagraphContext | None,
                    found: list[tuple[int, Span, Attribution | None]]) -> list[Span]:
    """A block quotation whose detached marks the page lost: a paragraph signed "- Name", or one that follows
    a paragraph ending "She said:". Returns the span it adds to ``found``, if any."""
    signed = SIGNATURE.search(text)
    body = text[:signed.start()].rstrip() if signed else ""
    if signed and len(body.split()) >= 4 and body.endswith((".", "!", "?", "…")) and not any(
            is_non_name(w) for w in signed[1].split()):
        person = next((m.name for m in mentions if m.start >= signed.start(1)), signed[1].strip())
        span = Span(0, signed.start(), None, None)
        found.append((index, span, Attribution((person,), signed[1].strip())))
        return [span]
    said = previous.before(len(previous.text)) if previous is not None else None
    if said and said.speakers and len(text.split()) >= 4:
        span = Span(0, len(text.rstrip()), None, None)
        found.append((index, span, said))
        return [span]
    return []


def _in_ranges(position: int, ranges: list[tuple[int, int]]) -> bool:
    k = bisect_right(ranges, (position, 10**12)) - 1
    return k >= 0 and ranges[k][0] <= position < ranges[k][1]


def _attribute(ctx: ParagraphContext, span: Span) -> Attribution | None:
    if span.close_mark is not None:
        after = ctx.after(span.close_mark)
        if after is not None:
            return after
    if span.open_mark is not None:
        before = ctx.before(span.open_mark) or ctx.according_to_before(span.open_mark)
        if before is not None:
            return before
    return ctx.according_to(span.close_mark) if span.close_mark is not None else None


def _carry_within(attributions: list[Attribution | None], texts: list[str]) -> None:
    """Quotations with no attribution take the nearest attributed one's in the paragraph, earlier first; not
    a phrase of three words or fewer (not a sentence), which with no speech verb of its own is more likely a
    term."""
    original = list(attributions)
    nearest_later: list[Attribution | None] = [None] * (len(original) + 1)
    for k in range(len(original) - 1, -1, -1):
        nearest_later[k] = original[k] if original[k] is not None else nearest_later[k + 1]
    last: Attribution | None = None
    for k, attribution in enumerate(original):
        if attribution is not None:
            last = attribution
            continue
        sentence = texts[k][:1].isupper() and texts[k].endswith((".", "?", "!", ","))
        if len(texts[k].split()) <= 3 and not sentence:
            continue
        attributions[k] = last if last is not None else nearest_later[k + 1]


def _carry_across(found: list[tuple[int, Span, Attribution | None]], paragraphs: tuple[str, ...]) -> None:
    """A quotation left open at a paragraph's end runs on into the next paragraph that opens with a mark."""
    for k in range(len(found) - 1):
        index, span, attribution = found[k]
        nxt_index, nxt_span, nxt_attribution = found[k + 1]
        continues = (span.close_mark is None and span.open_mark is not None and nxt_index == index + 1
                     and nxt_span.open_mark is not None and not paragraphs[nxt_index][:nxt_span.open_mark].strip())
        if not continues:
            continue
        if attribution is None and nxt_attribution is not None:
            found[k] = (index, span, nxt_attribution)
        elif nxt_attribution is None and attribution is not None:
            found[k + 1] = (nxt_index, nxt_span, attribution)
    # a paragraph that is nothing but an unattributed quotation goes on with the quotation just before it
    attributed = {i for i, _, a in found if a is not None}
    for k in range(1, len(found)):
        index, span, attribution = found[k]
        prev_index, prev_span, prev_attribution = found[k - 1]
        paragraph, previous = paragraphs[index], paragraphs[prev_index]
        tail = previous[(prev_span.close_mark if prev_span.close_mark is not None else len(previous)) + 1:]
        if (attribution is None and prev_attribution is not None and prev_attribution.speakers
                and prev_index in (index, index - 1) and span.open_mark is not None
                and not paragraph[:span.open_mark].strip() and index not in attributed and len(tail.split()) <= 12):
            found[k] = (index, span, prev_attribution)
    # a run of open paragraphs may need the attribution carried back more than one step
    for k in range(len(found) - 2, -1, -1):
        index, span, attribution = found[k]
        nxt_index, nxt_span, nxt_attribution = found[k + 1]
        if (attribution is None and nxt_attribution is not None and span.close_mark is None
                and nxt_index == index + 1 and nxt_span.open_mark is not None
                and not paragraphs[nxt_index][:nxt_span.open_mark].strip()):
            found[k] = (index, span, nxt_attribution)


PRONOUN_SEX = {"he": "male", "He": "male", "she": "female", "She": "female"}


def _chain_pronouns(found: list[tuple[int, Span, Attribution | None]],
                    by_paragraph: Mapping[int, list[Mention]], sexes: Mapping[str, str]) -> None:
    """ "“...,” Trump said. / “...,” he continued.": a "he" or "she" with no one else named since the quotation just
    before (in this or the last paragraph) goes on with that quotation's speaker, when the sex does not
    contradict; the last person named may be someone the earlier speaker was talking about."""
    for k in range(1, len(found)):
        index, span, attribution = found[k]
        prev_index, prev_span, prev_attribution = found[k - 1]
        if (attribution is None or attribution.text not in PRONOUN_SEX or prev_attribution is None
                or len(prev_attribution.speakers) != 1 or prev_attribution.speakers == attribution.speakers
                or prev_index not in (index, index - 1)
                or _sex(prev_attribution.speakers[0], sexes) not in (PRONOUN_SEX[attribution.text], "either", None)):
            continue
        between = ([m for m in by_paragraph[prev_index] if m.start >= prev_span.end
                    and (prev_index < index or m.start < span.start)]
                   + [m for m in by_paragraph[index] if prev_index < index and m.start < span.start])
        if all(m.name == prev_attribution.speakers[0] for m in between):  # '," Trump said.' names no one else
            found[k] = (index, span, Attribution(prev_attribution.speakers, attribution.text))


def _sex(name: str, sexes: Mapping[str, str]) -> str | None:
    told = sex_of(name)
    return sexes.get(name, told) if told in (None, "either") else told


def _quote(text: str, index: int, span: Span, attribution: Attribution | None) -> Quote:
    if attribution is None:
        return Quote(text[span.start:span.end], index, span.start, span.end)
    kind = "person" if attribution.speakers else "org"
    return Quote(text[span.start:span.end], index, span.start, span.end, attribution.speakers,
                 attribution.text, kind)
