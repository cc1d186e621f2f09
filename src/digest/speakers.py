"""Speakers: who a quotation belongs to, read from the words around it.

Looks first after the quotation (`," Chang said`, `," said the official`, `," he added`, `— Jane Doe`), then
before it in the same sentence (`Chang said that "...`, `Cho and Blinken agreed that the treaty "...`,
`he said: "...`). The speech verb's subject is an *agent*: a person the people stage found, a pronoun (the
person last named, of a matching sex where the given name tells), a definite description ("the official",
"the Kremlin leader": the person with that role, else the person last named) or an organisation ("the
presidential office", "an official statement", "a spokesperson"), whose words are kept without a person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import islice, pairwise

from .model import Mention
from .names import (
    ends_sentence,
    family_name,
    words,
)
from .referents import CONTEXT, Referents
from .speech_words import (
    ACTING_VERBS,
    ASIDE,
    DESCRIBED_BEFORE,
    DESCRIPTION,
    OBJECT_VERB_BEFORE,
    OBJECT_VERB_ROLE_BEFORE,
    ORG,
    ORG_NAME,
    PAIR,
    PREPOSITION_BEFORE,
    PRONOUN,
    SPEECH_VERBS,
    VERB,
)

# a name followed by a speech verb, maybe past an appositive: "Alfredo Izaguirre stressed", "Doe, a doctor, said"
SPOKE = re.compile(rf"\s*(?:,[^,\x00]{{0,80}},\s*|,\s*)?(?:\w+ly\s+)?(?:{SPEECH_VERBS})\b")
CONTINUING = re.compile(r"added|adds|adding|continued|continues|went on")  # going on with what was said
# '," a phrase critics ...': words after a quotation that describe it, not who said it
QUOTE_DESCRIBED = re.compile(r"\s*,?\s*(?:a|an|the|that|this)\s+(?:[\w\-]+\s+)?(?:phrase|term|remark|words?|line|"
                             r"slogan|refrain|reference|description|characteri[sz]ation|label|catchphrase|expression)\b")
THAT = re.compile(r"\bthat\b")
# ', as Caswell recently wrote.' closing a sentence: who the sentence's quotation is from
AS_SAID_END = re.compile(rf"(?:,|\s[—–-])\s*as\s+((?:[\w’'.\-]+\s+){{1,5}}?)(?:\w+ly\s+)?(?:{SPEECH_VERBS}|put it)\b"
                         r"(?:\s+[^,\x00]{0,40})?\s*$")
# '"the collective society," as Margaret Thatcher put it, ...': the same, right after the quotation
AS_SAID_NEXT = re.compile(rf"\s*as\s+((?:[\w’'.\-]+\s+){{1,5}}?)(?:\w+ly\s+)?(?:{SPEECH_VERBS}|put it)\b")
SUBORDINATE_OPENING = re.compile(r"\s*(?:When|While|After|Before|As|If|Although|Though|Because|Since|Once|Until)\b"
                                 r"[^,\x00]{0,120},")
NEW_CLAUSE = re.compile(r"[\s,]*(?:and|but|while|whereas)\s")
BY_END = re.compile(r"\bby\s+$")  # "... by saying"
# a verb that shares the subject of the clause before it: '"...," but said', 'and then added'
CONJUNCTION_ONLY = re.compile(r"[\s,\x00]*(?:and|but|yet)\s+(?:\w+ly\s+|then\s+|also\s+)?")
APPOSITIVE_REST = re.compile(r"[^,.;:\x00()]{0,60},")  # the rest of an appositive, to its closing comma
# "chief awards and industry officer ": lower-case words that may say who a name is, not a clause of their own
ROLE_WORDS = re.compile(r"[\s,\x00]*(?:(?!(?:that|which|who|whom|when|while|as|because|after|before|if)\b)"
                        r"[a-z][\w\-]*\s+){0,6}")


@dataclass(frozen=True)
class Agent:
    """Who stands behind some words: persons (document-level names) or an organisation's description."""

    start: int
    end: int
    text: str
    persons: tuple[str, ...] = ()
    weak: bool = False  # a capitalised name before a verb ("Seoul said"): maybe a place standing for people


@dataclass(frozen=True)
class Attribution:
    speakers: tuple[str, ...]
    text: str | None
    weak: bool = False


class ParagraphContext(Referents):
    """One paragraph with its quotations masked, and the persons named before each point of the document. Who
    a pronoun or a description means comes from ``Referents``."""

    def __init__(self, index: int, text: str, quote_ranges: list[tuple[int, int]], mentions: list[Mention],
                 earlier: list[Mention], earlier_subjects: list[Mention], roles: dict[str, list[str]],
                 surnames: Mapping[str, str] | None = None, relations: Mapping[str, str] | None = None,
                 sexes: Mapping[str, str] | None = None):
        self.index = index
        self.text = text
        chars = list(text)
        inside = bytearray(len(text) + 1)
        for a, b in quote_ranges:
            for k in range(a, min(b, len(chars))):
                chars[k] = " " if chars[k] not in "“”\"«»„" else "\x00"
                inside[k] = 1
        self.masked = "".join(chars)  # quotations blanked out; their marks become \x00
        self.quote_ranges = quote_ranges
        self._opened_at = {b - 1: a for a, b in quote_ranges}
        self.mentions = sorted((m for m in mentions if not inside[min(m.start, len(text))]), key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._subject = [not object_position(text, m) for m in self.mentions]
        self.earlier = earlier  # mentions in earlier paragraphs, in order
        self.earlier_subjects = earlier_subjects  # those of them that can be what a later "he" or "she" means
        self.roles = roles  # document-level name -> roles the text gives
        self.surnames = surnames or {}  # family name alone -> the one document-level person who bears it
        self.relations = relations or {}  # person -> what the text calls them to someone ("her publicist")
        # person -> the sex the text's pronouns give, where the name does not tell (worked out when first asked)
        self.sexes = sexes if sexes is not None else {}

    # --- agents -------------------------------------------------------------------------------------------
    def agents(self, lo: int, hi: int) -> list[Agent]:
        """Agents whose words start in masked[lo:hi], in reading order; persons win over overlapping phrases."""
        found: list[Agent] = []
        for m in self.mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]:
            if lo <= m.start < hi:
                possessor = self.text[m.end:m.end + 2] in ("'s", "’s")
                if possessor:  # "Jane Doe's spokesman": someone of hers, not she
                    tail = re.match(r"['’]s(?:\s+[\w\-]+){1,3}", self.masked[m.end:])
                    end = m.end + (tail.end() if tail else 2)
                    found.append(Agent(m.start, end, self.text[m.start:end]))
                else:
                    found.append(Agent(m.start, m.end, m.text, (m.name,)))
        window = self.masked[lo:hi]
        for match in DESCRIPTION.finditer(window):
            a, b = lo + match.start(), lo + match.end()
            found.append(Agent(a, b, match.group(), self._described(match.group(), a)))
        for match in PAIR.finditer(window):
            a = lo + match.start()
            found.append(Agent(a, lo + match.end(), match.group(), self._pair_before(a)))
        for match in PRONOUN.finditer(window):
            a = lo + match.start()
            found.append(Agent(a, lo + match.end(), match.group(), self._antecedent(a, match.group().lower())))
        for match in ORG.finditer(window):
            found.append(Agent(lo + match.start(), lo + match.end(), match.group().strip()))
        for match in ORG_NAME.finditer(self.masked, lo, min(len(self.masked), hi + 40)):  # sees the verb at hi
            if match.start() >= hi:
                break
            phrase = match.group().strip()
            person = self._surname_person(phrase)
            found.append(Agent(match.start(), match.end(), phrase, (person,) if person else (), weak=person is None))
        found.sort(key=lambda ag: (ag.start, -len(ag.persons), -(ag.end - ag.start)))
        kept: list[Agent] = []
        for agent in found:
            overlap = [k for k in kept if k.start < agent.end and agent.start < k.end]
            if overlap:
                if agent.persons and not any(k.persons for k in overlap):
                    kept = [k for k in kept if k not in overlap]
                else:
                    continue
            kept.append(agent)
        kept.sort(key=lambda ag: ag.start)
        return [ag for prev, ag in zip([None, *kept], kept, strict=False) if not self._appositive(prev, ag)]

    def _appositive(self, person: Agent | None, agent: Agent) -> bool:
        """ "Maria Lopez, the bakery's owner, told CNN", "Joe Manchin, a critic of the administration's policies,
        said": the description only restates the person before it, up to the comma that closes it."""
        if not (person and person.persons and not agent.persons
                and re.fullmatch(r"\s*(?:\([^()\x00]{1,30}\)\s*)?,\s*", self.masked[person.end:agent.start])):
            return False
        rest = APPOSITIVE_REST.match(self.masked, agent.end)
        return rest is not None and not VERB.search(rest.group())

    def sole_subject(self, lo: int, hi: int) -> Attribution | None:
        """The one person masked[lo:hi] is about: the only person named there as a subject (not "Jane Doe's
        lawyer", not "told Jane Doe"), else, when no one is named, the one person its "he"s and "she"s mean."""
        lo = max(lo, hi - CONTEXT)  # a bounded look back keeps a paragraph of many quotations linear
        first, last = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        inside = self.mentions[first:last]
        if any(re.fullmatch(r"\s*(?:,|and|or|&|, and)\s*", self.text[a.end:b.start]) and a.name != b.name
               for a, b in pairwise(inside)):
            return None  # "Maria Lopez and Tom Ward have farmed here": two people, not one
        named = [m for m, subject in zip(inside, self._subject[first:last], strict=True)
                 if subject and self.text[m.end:m.end + 2] not in ("'s", "’s")]
        if named:
            return Attribution((named[-1].name,), named[-1].text) if len({m.name for m in named}) == 1 else None
        if inside:
            return None
        meant = {(match.group(), self._antecedent(match.start(), match.group().lower()))
                 for match in islice(PRONOUN.finditer(self.masked, lo, hi), 20)}
        persons = {persons for _, persons in meant}
        if len(persons) == 1 and () not in persons:
            pronoun, who = next(iter(meant))
            return Attribution(who, pronoun)
        return None

    def _continued(self, found: Attribution | None, verb: str, position: int) -> Attribution | None:
        """ "Alfredo Izaguirre stressed that Palacios had a minor role. Had Palacios not been told, he added, "..."":
        "he" going on with what someone said in this paragraph is the last person it has speaking (of the
        pronoun's sex, or of unknown sex), not merely the last one named."""
        if found is None or found.text not in ("he", "she", "He", "She") or not CONTINUING.fullmatch(verb):
            return found
        wanted = {"he": "male", "she": "female"}[found.text.lower()]
        k = bisect_left(self._starts, position)
        for m, speaking in zip(reversed(self.mentions[:k]), reversed(self._speaking[:k]), strict=True):
            if speaking and self.sex(m.name) in (wanted, "either", None):
                return Attribution((m.name,), found.text) if (m.name,) != found.speakers else found
        return found

    @cached_property
    def _speaking(self) -> list[bool]:
        """For each mention, whether a speech verb follows it ("Izaguirre, stressed"): asked only for "he added"."""
        return [bool(SPOKE.match(self.masked, m.end)) for m in self.mentions]

    # --- attribution --------------------------------------------------------------------------------------
    def after(self, close: int) -> Attribution | None:
        """`," Chang said`, `," said the official`, `" — Jane Doe`: words right after the closing mark."""
        end = self._clause_end(close + 1)
        window = self.masked[close + 1:end]
        dash = re.match(r"\s*[—–-]+\s*", window)
        if dash:
            agents = self.agents(close + 1 + dash.end(), end)
            if agents and agents[0].start == close + 1 + dash.end() and agents[0].persons:
                return Attribution(agents[0].persons, agents[0].text)
        if QUOTE_DESCRIBED.match(window):
            return None  # '"poisoning the blood," a phrase critics have said echoes ...': not the critics' words
        window = ASIDE.sub(lambda m: "," + " " * (len(m.group()) - 1), window)  # '," Doe, who ..., told'
        as_said = AS_SAID_NEXT.match(window) or AS_SAID_END.search(window)
        if as_said:  # 'outlets "..." are likely to struggle, as Caswell recently wrote.': the sentence's source
            agents = self.agents(close + 1 + as_said.start(1), close + 1 + as_said.end(1))
            if agents and agents[0].start == close + 1 + as_said.start(1) and (agents[0].persons or not agents[0].weak):
                return _first(agents, self.masked)
        verb = VERB.search(window)
        if not verb or verb.group() == "according to" or len(window[:verb.start()].split()) > 12:
            return None
        v_start, v_end = close + 1 + verb.start(), close + 1 + verb.end()
        if self._closes_sentence(close) and len(window[:verb.start()].split()) > 3:
            # '..." On Monday, Winfrey told CBS': a new sentence about something else, unless it is the speaker
            # and an appositive: '...?" Adam Meyers, a vice president at CrowdStrike, said'
            return self._named_with_appositive(close + 1, v_start)
        lead = re.sub(r"[\s,;—–\-\x00]|\b\w+ly\b|\balso\b|\bthen\b", "", self.masked[close + 1:v_start])
        if not lead:  # inverted: `," said Chang`
            agents = self.agents(v_end, self._clause_end(v_end, commas=True))
            name = re.match(r"\s+((?:[A-Z][\w’'\-]+\s?){1,3})\s*(?:[.,;]|$)", self.masked[v_end:end])
            person = self._surname_person(name.group(1).strip()) if name else None
            if name and person and not (agents and agents[0].start < v_end + name.end(1)):
                return Attribution((person,), name.group(1).strip())  # '," said King, who left Meadows' office'
            if not agents and name:  # '," says Nikita.': a name the people stage does not know; not a chain's
                return Attribution((), name.group(1).strip(), weak=True)
            return _first(agents, self.masked)
        if re.search(r",\s*$", self.masked[close + 1:v_start]) and "\x00" not in self.masked[close + 1:v_start]:
            # 'Hackers "directly fund" the programs, said spokesperson Vedant Patel.': the sentence's source
            agents = [a for a in self.agents(v_end, end) if a.persons]
            between = self.masked[v_end:agents[0].start] if agents else ""
            if agents and not between.strip(" ,").count(" ") > 3 and not THAT.search(between):  # not "noting that X"
                return _first(agents, self.masked)
        if NEW_CLAUSE.match(self.masked, close + 1):
            return None  # '"a disaster," and Oyelaran said': a new clause with a speaker of its own
        most_words_before = 0 if self._closes_sentence(close) else 2
        agents = [a for a in self.agents(close + 1, v_start)
                  if (len(self.masked[close + 1:a.start].split()) <= most_words_before
                      and not PREPOSITION_BEFORE.search(self.masked[close + 1:a.start])  # '" over the treaty and'
                      and not _acted_on(self.masked[close + 1:a.start]))  # '" to kill Moïse, he said'
                  or (a.persons and ROLE_WORDS.fullmatch(self.masked[close + 1:a.start])  # '," chief officer Ruby'
                      and not self.masked[a.end:v_start].strip(" ,"))
                  or DESCRIBED_BEFORE.fullmatch(self.masked[close + 1:a.start])]
        return self._continued(_first(agents, self.masked), verb.group(), v_start)

    def _named_with_appositive(self, lo: int, verb: int) -> Attribution | None:
        """A person opening masked[lo:verb], then at most an appositive (", a doctor at the clinic,"): the speaker."""
        agents = self.agents(lo, verb)
        if not agents or not agents[0].persons or not ROLE_WORDS.fullmatch(self.masked[lo:agents[0].start]):
            return None  # '..." chief awards officer Ruby Marchand says': a role in lower case may come first
        if not re.fullmatch(r"(?:,\s*(?:a|an|the|his|her|their|its)\s[^,\x00.;]{0,80})?,?\s*(?:\w+ly\s+)?",
                            self.masked[agents[0].end:verb]):
            return None
        return Attribution(agents[0].persons, agents[0].text)

    def before(self, open_mark: int) -> Attribution | None:
        """`Chang said that "`, `he said: "`, `Cho and Blinken agreed that "`: the sentence before the quote."""
        start = self._sentence_start(open_mark)
        verbs = [v for v in VERB.finditer(self.masked, start, open_mark) if v.group() != "according to"]
        fallback: Attribution | None = None
        for verb in reversed(verbs):
            seg_start = self._clause_start(start, verb.start())
            if re.search(r"\bwhich\s+$", self.masked[start:verb.start()]):
                return Attribution((), "which")  # "a story which said the fruit was "...": a thing's words
            if re.search(r",\s*who\s+(?:\w+ly\s+)?$", self.masked[start:verb.start()]):
                who = self._relative_antecedent(start, verb.start())
                if who is not None:
                    return who  # "according to Irina Belova, a spokeswoman, who said "...": Belova
            asides = [m.span() for m in ASIDE.finditer(self.masked, seg_start, verb.start())]
            agents = [a for a in self.agents(seg_start, verb.start())
                      if a.start == seg_start or not (PREPOSITION_BEFORE.search(self.masked[seg_start:a.start])
                                                      or OBJECT_VERB_BEFORE.search(self.masked[seg_start:a.start])
                                                      or any(x < a.start < y for x, y in asides))]
            if ((verb.group().endswith("ing") and BY_END.search(self.masked, seg_start, verb.start()))
                    or (not agents and CONJUNCTION_ONLY.fullmatch(self.masked, seg_start, verb.start()))):
                subject = self._sentence_subject(start, verb.start())  # "X answered Y by saying", "X ..." but said"
                if subject is not None:
                    return subject
            found = self._continued(_last(agents, self.masked), verb.group(), verb.start())
            if found and (found.speakers or not found.weak):
                return found  # a person, or words an organisation said ("critics called it")
            fallback = fallback or found
            if not agents and verb.group().endswith("ing"):  # "adding:" takes the sentence's subject
                found = _first(self.agents(start, verb.start()), self.masked)
                if found and found.speakers:
                    return found
        if fallback is None and not verbs and self.masked[start:open_mark].rstrip().endswith((":", "—", "–", " -")):
            return self._colon_subject(start, open_mark)
        return fallback

    def _sentence_subject(self, start: int, verb: int) -> Attribution | None:
        """The first person the sentence names as a subject before ``verb`` (not after a preposition or as some
        verb's object): who "by saying" or a verb joined by "but" to an earlier one has speaking."""
        opening = SUBORDINATE_OPENING.match(self.masked, start, verb)  # "When Biden asked ..., Xi responded"
        lo = opening.end() if opening else start
        for agent in self.agents(lo, verb):
            before = self.masked[lo:agent.start]
            if agent.weak and not agent.persons:
                continue  # "As Fox News reported then, Schneider": a capitalised word, maybe a place
            if (PREPOSITION_BEFORE.search(before) or OBJECT_VERB_BEFORE.search(before) or THAT_END.search(before)
                    or OBJECT_VERB_ROLE_BEFORE.search(before) or _acted_on(before)):
                continue
            return Attribution(agent.persons, agent.text)  # "Some people responded ... and added": no one person
        return None

    def _colon_subject(self, start: int, open_mark: int) -> Attribution | None:
        """ "Coach Sandra Whitlow was more cautious: "We gave them too much space."" (or "... cautious — "We"):
        with no speech verb, the words after a colon or a dash belong to the person the sentence is about, when
        it opens with that person."""
        agents = self.agents(start, open_mark)
        if agents and agents[0].persons and not self.masked[start:agents[0].start].strip():
            return Attribution(agents[0].persons, agents[0].text)
        own = re.match(r"\s*(His|Her)\s+[\w\-]+(?:\s+[\w\-]+){0,5}\s*[:—–]\s*$", self.masked[start:open_mark])
        if own and not agents:  # "Her reply was simple: "No."": the words of the person "her" means
            persons = self._antecedent(start, "he" if own.group(1) == "His" else "she")
            return Attribution(persons, own.group(1)) if persons else None
        return None

    def _relative_antecedent(self, start: int, verb: int) -> Attribution | None:
        """The person a ", who said" clause hangs on: the last named in the sentence before it, past any
        appositive ("Irina Belova, a spokeswoman for the ministry, who said")."""
        named = [m for m in self.mentions if start <= m.start and m.end <= verb]
        if not named:
            return None
        m = named[-1]
        if not re.fullmatch(r"(?:,\s*(?:a|an|the|his|her)\s[^,\x00]{0,60})?,\s*who\s+(?:\w+ly\s+)?",
                            self.masked[m.end:verb]):
            return None
        return Attribution((m.name,), m.text)

    def according_to_before(self, open_mark: int) -> Attribution | None:
        """ "According to the Spokesman-Review, "She wanted ..."", "According to Annear, the gold rush made a
        "demographic bulge"", "For the philosopher Gaston Bachelard, a corner was "a symbol of solitude"": the
        source a sentence names before its quote. "For ..." counts only for a person ("For years," does not)."""
        start = self._sentence_start(open_mark)
        before = self.masked[start:open_mark]
        match = (re.search(r"\b[Aa]ccording to\s+([^,;\x00]{2,60}?)\s*[,:]\s*$", before)
                 or re.match(r"\s*(?:[Aa]ccording to|(For))\s+([^,;\x00]{2,60}?)\s*,", before))
        if not match:
            return None
        group = match.lastindex or 1
        lo, hi = start + match.start(group), start + match.end(group)
        persons = [a for a in self.agents(lo, hi) if a.persons]
        if persons and persons[-1].end == hi:
            return _first(persons, self.masked)
        return None if match.re.groups == 2 and match.group(1) else Attribution((), match.group(group))

    def according_to(self, close: int) -> Attribution | None:
        end = self._clause_end(close + 1)
        match = re.search(r"\baccording to\b", self.masked[close + 1:end])
        if not match:
            return None
        return _first(self.agents(close + 1 + match.end(), end), self.masked)

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts (not at "Gov." or "U.S.")."""
        return self._sentence_start(position)

    def _sentence_start(self, position: int) -> int:
        text = self.masked
        k = position - 1
        floor = max(0, position - CONTEXT)
        while k > floor:
            if text[k] in ".!?" and text[k + 1:k + 2].isspace() and re.match(r"\s+[A-Z\x00]", text[k + 1:k + 4]):
                word = text[max(0, k - 40):k + 1].split()[-1]
                quoted = word.startswith("\x00")  # 'a stage "to perform songs". A ...': a quotation ends it
                if text[k] != "." or quoted or ends_sentence(word):  # not "C. Stanton" or "U.S. Secretary"
                    return k + 1
            if text[k] == "\x00" and k + 1 < position and text[k - 1] == " " and self._closes_sentence(k):
                return k + 1
            k -= 1
        return floor

    def _closes_sentence(self, k: int) -> bool:
        """Is the quote mark at k a closing mark whose quotation ends a sentence ("...mean." He said)?"""
        a = self._opened_at.get(k)  # quote ranges are (opening mark, closing mark + 1)
        if a is None:
            return False
        words = self.text[a + 1:k].rstrip()
        return words.endswith((".", "!", "?")) and bool(re.match(r"\s+[A-Z]", self.masked[k + 1:k + 4]))

    def _clause_start(self, lo: int, verb: int) -> int:
        """Back from a verb to the start of its clause: "that", ";", a quotation or the sentence start."""
        seg = self.masked[lo:verb]
        cut = 0
        for match in re.finditer(r"\bthat\b|;|\x00|:", seg):
            cut = match.end()
        return lo + cut

    def _abbreviation_at(self, dot: int) -> bool:
        """Is the full stop at ``dot`` the end of an abbreviation such as "Gov." or "Dr." rather than a sentence's?"""
        after = self.masked[dot + 1:dot + 2]
        if after and not after.isspace():
            return True  # "U.S.", "3.5", "bbc.co.uk"
        word = self.masked[max(0, dot - 12):dot + 1].split()
        return bool(word) and not ends_sentence(word[-1]) and after == " "

    def _clause_end(self, position: int, commas: bool = False, abbreviations: bool = True) -> int:
        stop = re.compile(r"[.;!?:\x00]" + ("|," if commas else ""))
        limit = min(len(self.masked), position + CONTEXT)
        match = stop.search(self.masked, position, limit)
        while abbreviations and match and match.group() == "." and self._abbreviation_at(match.start()):
            match = stop.search(self.masked, match.end(), limit)  # '," Gov. Inslee said': not the clause's end
        end = match.start() if match else limit
        if commas and match and match.group() == ",":  # "said South Korea's adviser, Chang Ho-jin."
            rest = stop.search(self.masked, end + 1, limit)
            nxt = re.compile(r"[.;!?:\x00]").search(self.masked, end + 1, limit)
            if nxt and rest and any(end < m.start < nxt.start() for m in self.mentions):
                return nxt.start()
        return end


def family_names(mentions: list[Mention]) -> dict[str, str]:
    """Family name -> document-level name, for family names only one person in the document bears."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if len(m.name.split()) > 1:
            owners.setdefault(family_name(m.name), set()).add(m.name)
    return {family: next(iter(names)) for family, names in owners.items() if len(names) == 1}


ACCORDING_TO_END = re.compile(r"\baccording to\s*$")
DESCRIBED_END = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)|['’]s)\s+[\w\-]+,\s*$")
APPOSITION_CLOSE = re.compile(r"\s*[,.;)]|\s+and\b")
THAT_END = re.compile(r"[a-z]{3,}\s+that\s*$")
SAYS_BEFORE = re.compile(rf"\b(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)\s+(?:\w+ly\s+)?(?:{SPEECH_VERBS})\s+$")
# words in -ing that are no verb taking an object: "Monday morning Jane Doe said", "during"
# "a woman named", "a man called": a noun, then the name it introduces (not "Trump named", "was called")
INTRODUCED_AS = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had|he|she|they|we|you|who|also|then|"
                           r"later|once|and|or|but)\b)[a-z]{3,}\s+(?:named|called)\s+$")
ING_NOT_VERBS = frozenset(words("morning evening during something nothing anything everything spring string building "
                                "meeting wedding ceiling"))
CONJUNCTION_END = re.compile(r"\b(?:or|and|nor)\s*$")


def object_position(text: str, m: Mention) -> bool:
    """ "the Queen or Prince Philip", "his father, Prince Charles,", "like Dr Spock": named, but not who a
    later "he" or "she" will mean."""
    before = text[max(0, m.start - 40):m.start]
    if ACCORDING_TO_END.search(before) or _introduced_as(before):
        return False  # "according to Jeff Schlegelmilch": a source, whom "he said" may mean next
    described = DESCRIBED_END.search(before)
    appositive = (described and APPOSITION_CLOSE.match(text[m.end:m.end + 6])
                  and not PREPOSITION_BEFORE.search(before[:described.start()]))  # not "At the end of the day, Anna,"
    embedded = THAT_END.search(before) or SAYS_BEFORE.search(before)  # "Gosling confirms that Ford punched him",
    # "he believes Bruce can still": the subject of what someone says, not of the sentence (unlike '," said King')
    if _acted_on(before) and text[m.end:m.end + 4] != " to ":  # not "allowed Gosling to do": he does it
        return True
    return bool(PREPOSITION_BEFORE.search(before) or OBJECT_VERB_BEFORE.search(before) or embedded
                or OBJECT_VERB_ROLE_BEFORE.search(before)
                or CONJUNCTION_END.search(before) or appositive)


def _introduced_as(before: str) -> bool:
    """ "another woman named ": the name that follows is introduced, and is the subject of what comes next."""
    return before.endswith(("named ", "called ")) and INTRODUCED_AS.search(before) is not None


def _acted_on(before: str) -> bool:
    """ "to give Palacios", "Hewitt pressed Trump": the text before a name makes it some verb's object; not a
    speech verb's (after '," said King' the name is the inverted subject)."""
    if not before[-1:].isspace():
        return False
    tokens = before.split()[-2:]
    last = tokens[-1] if tokens else ""
    if not (last.isascii() and last.isalpha() and last.islower()) or VERB.fullmatch(last):
        return False
    if len(tokens) == 2 and tokens[0] == "to" and last != "be":
        return True  # "to give Palacios", "to kill Moïse"
    if _introduced_as(before):
        return False  # "another woman named Kourtney Kaye also came forward": introduced, then the subject
    return ((len(last) >= 4 and last.endswith("ed")) or last in ACTING_VERBS
            or (len(last) >= 6 and last.endswith("ing") and last not in ING_NOT_VERBS))  # "began cutting Nikita"


def _first(agents: list[Agent], masked: str) -> Attribution | None:
    """The first agent; "Cho and Blinken" is both; "the museum's president, Laurence des Cars" is her."""
    if not agents:
        return None
    if (len(agents) > 1 and agents[1].persons and (not agents[0].persons or DESCRIPTION.fullmatch(agents[0].text))
            and re.fullmatch(r"\s*,\s*", masked[agents[0].end:agents[1].start])):
        agents = agents[1:]
    head = agents[0]
    persons, end = list(head.persons), head.end
    for other in agents[1:]:
        if not (persons and other.persons and re.fullmatch(r"\s*(?:,|and|&|, and)\s*", masked[end:other.start])):
            break
        persons += [p for p in other.persons if p not in persons]
        end = other.end
    return Attribution(tuple(persons), masked[head.start:end].strip() if end > head.end else head.text, head.weak)


def _last(agents: list[Agent], masked: str) -> Attribution | None:
    """The agent nearest the verb, with any joined to it by "and": "Cho and Blinken agreed"."""
    if not agents:
        return None
    k = len(agents) - 1
    while k > 0 and agents[k].persons and agents[k - 1].persons and re.fullmatch(
            r"\s*(?:,|and|&|, and)\s*", masked[agents[k - 1].end:agents[k].start]):
        k -= 1
    return _first(agents[k:], masked)
