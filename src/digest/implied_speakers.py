"""Implied speakers: who said a quotation that has no speech verb of its own.

Feature writing often sets a quotation after sentences about someone, with no "she said": "Sophia hides the
swelling for a day. "I get into bed and pretend I have a headache."", or lets a tag in the sentence before
stand for the next quotation too: "Patients fear being judged, he says. "Partners can be unkind."". Only
such clear cases are given a speaker: a quotation in the first person belongs to the one person its sentence
(or, when it opens a sentence or follows a colon, its paragraph so far) is about; a quotation opening a
sentence belongs to the speaker tagged at the end of that sentence or of the sentence before it, or answers
the question just asked about someone, or follows a sentence giving one person's statement or reply; one
in a sentence opening "In her email, Jane Doe ..." is Jane Doe's.
"""

from __future__ import annotations

import re

from .quote_spans import Span
from .speakers import Attribution, ParagraphContext

FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself|mine)\b")
TAG_VERBS = r"says|said|adds|added|explains|explained|recalls|recalled|notes|noted|insists|insisted|argues|argued"
MEDIUM_INTRO = re.compile(r"\s*In (?:his|her|their|a|an|the) (?:[\w\-]+ ){0,2}(?:e-?mail|letter|statement|post|tweet|"
                          r"speech|interview|message|note|memo|op-ed|essay|column|memoir|remarks|testimony),\s*")
# "X had a short statement." or "Her reply was blunt." before a quotation that opens the next sentence
STATEMENT_NOUN = re.compile(r"\b(?:statement|comments?|remarks|response|reply|message|answer|reaction)\b")
SENTENCE_TAG = re.compile(rf",\s*([^,\x00]{{1,40}}?)\s+(?:{TAG_VERBS})\s*[.:;,]")  # "..., he says."


def implied_speaker(ctx: ParagraphContext, span: Span) -> Attribution | None:
    opening = span.open_mark if span.open_mark is not None else span.start
    closing = span.close_mark if span.close_mark is not None else span.end
    sentence = ctx.sentence_start(opening)
    medium = MEDIUM_INTRO.match(ctx.masked, sentence, opening)
    if medium:  # "In her email, Dench thanked the provost for "their support"": her written words
        agents = ctx.agents(medium.end(), opening)
        if agents and agents[0].start == medium.end() and not agents[0].weak:  # a person or an organisation
            return Attribution(agents[0].persons, agents[0].text)
    lead = ctx.masked[sentence:opening].strip(" \x00")
    end = _sentence_end(ctx, closing + 1)
    if FIRST_PERSON.search(ctx.text[span.start:span.end]):
        who = ctx.sole_subject(sentence, end)
        if who is None and (not lead or lead.endswith(":")):  # "... allowed him to speak: "I alone ...""
            who = ctx.sole_subject(0, opening)
        if who is not None:
            return who
    if lead:
        return None
    tagged = _tag(ctx, closing + 1, end)
    if tagged is not None or not sentence:
        return tagged
    previous = ctx.sentence_start(sentence - 1)
    if ctx.masked[previous:sentence].rstrip().endswith("?"):  # "Is he ever worried? "Not at all.""
        return ctx.sole_subject(previous, sentence)
    tagged = _tag(ctx, previous, sentence)
    if tagged is None and STATEMENT_NOUN.search(ctx.masked, previous, sentence):
        return _only_person(ctx, previous, sentence)
    return tagged


def _only_person(ctx: ParagraphContext, lo: int, hi: int) -> Attribution | None:
    """ "Doe's lawyer, Jeremy Roe, had a shorter statement. "...": the one person named in masked[lo:hi]."""
    persons = [a for a in ctx.agents(lo, hi) if a.persons]
    if len({a.persons for a in persons}) != 1:
        return None
    return Attribution(persons[0].persons, persons[0].text)


def _sentence_end(ctx: ParagraphContext, position: int) -> int:
    match = re.compile(r"[.!?](?=\s+[A-Z\x00])").search(ctx.masked, position, position + 600)
    return match.end() if match else min(len(ctx.masked), position + 600)


def _tag(ctx: ParagraphContext, lo: int, hi: int) -> Attribution | None:
    """The speaker of a ", he says." tag in masked[lo:hi]: in the quotation's own sentence ("“Lack of support”
    was the reason, he said.") or in the sentence before it."""
    tags = list(SENTENCE_TAG.finditer(ctx.masked, lo, hi))
    if not tags:
        return None
    tag = tags[-1]
    agents = [a for a in ctx.agents(tag.start(1), tag.end(1)) if a.persons]
    if len(agents) == 1 and agents[0].start == tag.start(1) and agents[0].end == tag.end(1):
        return Attribution(agents[0].persons, agents[0].text)
    return None
