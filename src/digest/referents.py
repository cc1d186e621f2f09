"""Referents: whom a pronoun, a family name alone or a description means at a point of a paragraph.

"he" is the person last named as a subject, of his sex where the name or the text's pronouns tell; "the
duchess", "the Russian leader", "the actress" are the person with that title or role, else the one person
named near. ``speakers.ParagraphContext`` holds the paragraph and its mentions and asks these questions through
this mixin, which reads the attributes declared below.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import islice, pairwise

from .model import Mention
from .names import EAST_ASIAN_SURNAMES, bare, gender, is_east_asian, is_given_name, is_pinyin, is_title
from .speech_words import DESCRIPTION, GENERIC_HEADS, SEXED_HEADS

CONTEXT = 600  # how far (in characters) attribution looks around a quotation: keeps long paragraphs linear
# a person the text leaves unnamed, as the source of what follows: "according to a source familiar with ...",
# "A former employee said"
UNNAMED_SOURCE = re.compile(r"(?:\baccording to|(?:^|[.!?]\s+))\s*(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){0,2}"
                            r"(?:source|official|spokes(?:man|woman|person)|aide|insider|employee|staffer|person|"
                            r"witness|writer|reporter|editor|executive|manager|worker|resident)\b")
COURTESY_TITLE = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|sir|dame)\.?")  # "Mr." is no role


class Referents:
    """Whom words that point back mean, in one paragraph (mixed into ``speakers.ParagraphContext``)."""

    index: int  # the paragraph's place in the body
    masked: str  # its text with quotations blanked out
    mentions: list[Mention]  # the persons named in it outside quotations, in order
    _starts: list[int]  # where each of them starts
    _subject: list[bool]  # whether each can be what a later "he" or "she" means (not an object)
    earlier: list[Mention]  # mentions in earlier paragraphs, in order
    earlier_subjects: list[Mention]  # those of them that can be what a later "he" or "she" means
    roles: dict[str, list[str]]  # document-level name -> roles the text gives
    surnames: Mapping[str, str]  # family name alone -> the one document-level person who bears it
    relations: Mapping[str, str]  # person -> what the text calls them to someone ("her publicist")
    sexes: Mapping[str, str]  # person -> the sex the text's pronouns give, where the name does not tell

    def _sentence_start(self, position: int) -> int:
        raise NotImplementedError  # where the sentence holding ``position`` starts: the paragraph knows

    def _surname_person(self, phrase: str) -> str | None:
        """ "King asked", "Gov. Inslee said": a family name alone, maybe after a title, that the people stage
        did not take for a mention (it is also a word or a title) but that only one person in the document bears."""
        tokens = phrase.split()
        if all(is_title(t) for t in tokens[:-1]):
            return self.surnames.get(tokens[-1])
        return None

    def _named_before(self, position: int, subjects_only: bool = False, paragraphs: int = 3) -> Iterator[str]:
        """Persons named before a point, nearest first: in this paragraph, then in the last ``paragraphs``."""
        k = bisect_left(self._starts, position)
        for i in range(k - 1, -1, -1):
            m = self.mentions[i]
            if m.end <= position and (self._subject[i] or not subjects_only):
                yield m.name
        for m in reversed(self.earlier_subjects if subjects_only else self.earlier):
            if m.paragraph < self.index - paragraphs:
                return
            yield m.name

    def _antecedent(self, position: int, pronoun: str) -> tuple[str, ...]:
        """The person last named (not as an object) in this or the last few paragraphs, of the pronoun's sex
        where the given name tells; one whose sex is unknown only when no such person is there."""
        wanted = {"he": "male", "she": "female"}[pronoun]
        described = self._sentence_subject_described(position)  # (where, who): "The duchess revealed ..."
        k = bisect_left(self._starts, position)
        for i in range(k - 1, -1, -1):
            m = self.mentions[i]
            if described is not None and described[0] > m.start:
                break
            if m.end <= position and self._subject[i] and self.sex(m.name) in (wanted, "either"):
                return (m.name,)  # in this paragraph, the nearest person who may be meant
        if described is not None and self.sex(described[1]) in (wanted, "either", None):
            return (described[1],)  # "The duchess also revealed that ... "...," she told Winfrey": the duchess
        if k == 0 and UNNAMED_SOURCE.search(self.masked, max(0, position - CONTEXT), position):
            return ()  # "..., according to a source familiar with it. "...," he says.": the source, whom no one names
        unknown: str | None = None
        for name in islice(self._named_before(position, subjects_only=True), 200):
            sex = self.sex(name)
            if sex in (wanted, "either"):
                return (name,)
            if sex is None and unknown is None:
                unknown = name
        if unknown:
            return (unknown,)
        for name in islice(self._named_before(position), 200):  # "a reporter asked Montoya-Lewis, ...": she
            if self.sex(name) == wanted:
                return (name,)
        return ()

    def _sentence_subject_described(self, position: int) -> tuple[int, str] | None:
        """Where and whom the nearest definite description opening one of the last three sentences of the
        paragraph before ``position`` means ("The duchess also revealed that she"), if it means one person."""
        end = position
        for _ in range(3):
            start = self._sentence_start(end)
            opening = start + len(self.masked[start:end]) - len(self.masked[start:end].lstrip(" \x00"))
            match = DESCRIPTION.match(self.masked, opening, end)
            if match is not None:
                persons = self._described(match.group(), match.start())
                return (match.start(), persons[0]) if len(persons) == 1 else None
            if start <= max(0, position - CONTEXT):
                return None
            end = start - 1
        return None

    def sex(self, name: str) -> str | None:
        """The sex the given name tells, else the one the text's pronouns give ("Beyoncé made her fans")."""
        told = sex_of(name)
        return self.sexes.get(name, told) if told in (None, "either") else told

    def _pair_before(self, position: int) -> tuple[str, ...]:
        """ "the couple", "the pair": the last two people named side by side ("Harry and Meghan"), in this or the
        last three paragraphs."""
        here = [m for m in self.mentions if m.end <= position]
        for run in (here, [m for m in self.earlier if m.paragraph >= self.index - 3]):
            for a, b in reversed(list(pairwise(run))):
                if a.paragraph == b.paragraph and a.name != b.name and 0 <= b.start - a.end <= 6:
                    return (a.name, b.name)
        return ()

    def _described(self, phrase: str, position: int) -> tuple[str, ...]:
        """ "the Russian president" -> the person given that role; else the person last named, when only one
        person is named in this and the last paragraph."""
        if re.search(r"\w['’]s\s", phrase):
            return ()  # "the victim's mother": someone of the person named, not that person
        head = phrase.split()[-1].casefold()
        qualifiers = {w.casefold() for w in phrase.split()[1:-1] if w[:1].isupper()}  # "the *Russian* leader"
        for name in islice(self._named_before(position, paragraphs=3), 100):  # "the duchess": "Meghan, Duchess of"
            if head in name.casefold().replace(",", "").split() and len(head) > 3:
                return (name,)
        for name in islice(self._named_before(position, paragraphs=10**9), 200):
            if any(head in role.casefold() or _abbreviates(role.casefold(), head) for role in self.roles.get(name, ())):
                return (name,)
        if head in GENERIC_HEADS and qualifiers:  # "the Russian leader" -> the one with the role "Russian President"
            for name in islice(self._named_before(position, paragraphs=10**9), 200):
                if any(qualifiers & set(role.casefold().split()) for role in self.roles.get(name, ())):
                    return (name,)
        if head in SEXED_HEADS:  # "Stone met the director. "...," the actress says": the nearest woman named
            for name in islice(self._named_before(position, subjects_only=True, paragraphs=1), 100):
                if self.sex(name) == SEXED_HEADS[head]:
                    return (name,)
        other_role = {name for name in islice(self._named_before(position, paragraphs=2), 100)
                      if name in self.relations and head not in self.relations[name].casefold()}
        for back in (0, 1, 2) if other_role else (0, 1):  # this paragraph, else this and the last (or two)
            near = [name for name in islice(self._named_before(position, paragraphs=back), 50)
                    if name not in other_role]  # "the singer" is not the one the text calls "her publicist"
            if len(set(near)) > 1:  # "behind singer NE-YO. "...," the actor told": not the one called a singer
                near = [name for name in near if not self._called_otherwise(name, head)]
            if near:
                return (near[0],) if len(set(near)) == 1 else ()
        return ()

    def _called_otherwise(self, name: str, head: str) -> bool:
        """Does the text give this person a role of another kind ("singer NE-YO" for "the actor"), and none of
        this one? A courtesy title ("Mr.") is no role."""
        roles = [role.casefold() for role in self.roles.get(name, ()) if not COURTESY_TITLE.fullmatch(role)]
        return bool(roles) and not any(head in role or _abbreviates(role, head) for role in roles)


@lru_cache(maxsize=4096)
def sex_of(name: str) -> str | None:
    """From the given name: "Chang Ho-jin" -> Ho-jin, "Prince Harry" -> Harry, "Anna" -> Anna."""
    tokens = name.split()
    if len(tokens) == 2 and bare(tokens[1]) in EAST_ASIAN_SURNAMES and is_pinyin(tokens[0]):
        return "either"  # "Di Li": the dictionary's "Di" is Diana's; the text's pronouns tell (PronounSexes)
    if len(tokens) > 1 and (is_east_asian(tokens) or is_title(tokens[0])):
        return gender(tokens[1])
    return gender(tokens[0]) if len(tokens) > 1 or is_given_name(tokens[0]) else None


def _abbreviates(role: str, head: str) -> bool:
    """ "Sen." for "the senator", "Gov." for "the governor": a role word written short."""
    return any(len(w) >= 3 and head.startswith(w) for w in (word.rstrip(".") for word in role.split()))
