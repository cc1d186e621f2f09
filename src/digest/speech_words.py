"""Speech words: the vocabulary attribution reads, in one place so it can be read and extended on its own.

Speech verbs ("said", "told", "according to"), the nouns of a definite description of a person ("the
official", "the 45-year-old"), of an organisation or a document ("the ministry", "a statement"), and the
small patterns that say a name is not the subject of what follows (an object, a preposition, an aside).
"""

from __future__ import annotations

import re

from .names import words

# The plainest verbs of speaking: with "She" or "He" opening the next sentence, a one-word name they follow is a
# person speaking ("Zuriah said ... She", ``stage_names``). A subset of SPEECH_VERBS, which also has verbs that
# mostly report an organisation or a document ("stated", "announced", "according to") or are not speech on their
# own ("called", "thinks").
PERSON_SPEECH_VERBS = (r"said|says|told|tells|added|adds|wrote|writes|tweeted|posted|joked|laughed|recalled|explained|"
                       r"shared")
SPEECH_VERBS = PERSON_SPEECH_VERBS + "|" + (
    r"say|saying|telling|adding|explains|explaining|noted|notes|noting|"
    r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|argued|argues|recalls|warned|warns|"
    r"warning|replied|replies|asked|asks|commented|comments|continued|continues|"
    r"agreed|claimed|claims|declared|announced|acknowledged|admitted|admits|suggested|suggests|predicted|"
    r"reiterated|remarked|observed|confirmed|denied|urged|concluded|answered|responded|jokes|quipped|"
    r"described|describes|describing|called|calls|calling|expressed|criticized|criticised|condemned|promised|vowed|"
    r"threatened|stated|states|repeated|revealed|reveals|recounted|mused|boasted|complained|"
    r"lamented|cautioned|conceded|countered|admitted|pointed out|went on|speaking|spoke|telling|reported|"
    r"according to|explains|recalls|muses|jokes|notes|wonders|wondered|hoped|hopes|believes|believed|thinks|"
    r"thought|feels|felt|testified|protested|pleaded|shouted|yelled|whispered|sighed|exclaimed|texted|emailed|captioned|"
    r"asserted|asserts|indicated|estimated|confided|confides|confessed|contended|contends|maintained|maintains|"
    r"retorted|proclaimed|grumbled|disclosed|"
    r"(?:will|would|could|can)\s+(?:answer|reply|respond|explain|add|write|tell)"  # "she will answer:", not "an answer"
)
VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
PAIR = re.compile(r"\b[Tt]he (?:couple|pair|duo)\b")  # two people named together just before
PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
PERSON_NOUNS = (
    r"official|president|minister|leader|dictator|actor|actress|singer|star|chancellor|premier|secretary|senator|"
    r"governor|mayor|director|chief|adviser|advisor|ambassador|spokesman|spokeswoman|spokesperson|executive|ceo|"
    r"founder|coach|player|manager|professor|researcher|author|writer|lawmaker|diplomat|envoy|general|commander|"
    r"judge|lawyer|attorney|candidate|king|queen|prince|princess|pope|economist|analyst|expert|scientist|doctor|"
    r"man|woman|artist|rapper|musician|comedian|host|politician|billionaire|entrepreneur|investor|chairman|"
    r"chairwoman|pastor|officer|detective|mother|father|teacher|student|owner|star|veteran|designer|chef|"
    r"teenager|boy|girl|victim|survivor|nurse|farmer|pilot|soldier|activist|democrat|republican|duke|duchess|"
    r"\d{1,3}-year-old"
)
DESCRIPTION = re.compile(rf"\b[Tt]he\s+(?:[\w’'.\-]+\s+){{0,3}}?(?i:{PERSON_NOUNS})\b(?!['’]s|-[A-Z]|\s+(?:of|for)\b)")
ORG_NOUNS = (
    r"office|government|ministry|statement|company|agency|police|department|administration|committee|council|"
    r"spokes(?:man|woman|person)|officials?|sources?|report|document|letter|website|group|team|club|"
    r"court|military|army|campaign|embassy|authorities|firm|organi[sz]ation|union|party|network|channel|study|"
    r"survey|memo|filing|lawsuit|[Aa]ct|[Ll]aw|[Bb]ill|[Cc]onstitution|[Rr]esolution|[Dd]ecree|[Rr]egulations?|rules|"
    r"[Aa]greement|[Tt]reaty|[Cc]harter|policy|"
    r"post|tweet|blog|newspaper|magazine|paper|broadcaster|station|bank|board|"
    r"commission|foundation|institute|university|school|agencies|companies|governments|representatives?|"
    r"reporters?|journalists?|interviewers?|aides?|insiders?|people|residents|witnesses|fans|critics|experts|"
    r"analysts|researchers|scientists|"
    r"White House|Kremlin|Pentagon|ministries|presidency|palace|cabinet|regime|side|leadership|state media"
)
CAPITALISED_NON_AGENTS = "When|While|After|Before|As|If|Asked|Speaking|But|And|So|Then|Later|Also|In|On|At|It|This|That"
ORG = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ne|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Mm]any|[Oo]ther)\s+"
                 rf"(?:[\w’'.\-]+\s+){{0,4}}?(?:{ORG_NOUNS})\b|\b(?:{ORG_NOUNS})\b(?=\s+(?:{SPEECH_VERBS})\b)")
ORG_NAME = re.compile(rf"\b(?!(?:{CAPITALISED_NON_AGENTS})\b)(?:[A-Z][\w’'.\-]*\s+){{0,3}}[A-Z][\w’'.\-]*"
                      rf"(?=\s+(?:{SPEECH_VERBS})\b)")
DESCRIBED_BEFORE = re.compile(r"[\s,\x00]*(?:his|her|their|its|the|a|an)\s[\w\s\-'’]{0,50},\s*")  # "his brother, "
OBJECT_VERBS = (r"told|tells|asked|asks|thanked|thanks|met|meets|called|joined|interviewed|"
                r"visited|married|praised|critici[sz]ed|blamed|accused|urged|replaced|defeated|beat|"
                r"hired|fired|appointed|succeeded|introduced|invited|sued|named|elected|backed|"
                r"endorsed|congratulated|phoned|texted|emailed|hugged|kissed|followed|mentioned")
OBJECT_VERB_BEFORE = re.compile(rf"\b(?:{OBJECT_VERBS})\s*$")
# "told Fox News co-host Jane Doe": a few role words between the verb and its object (no "that", no clause)
OBJECT_VERB_ROLE_BEFORE = re.compile(rf"\b(?:{OBJECT_VERBS})\s+(?:(?!(?:that|and|or|but|if|as|when|because|how|"
                                     rf"why|what|he|she|they|it|I|we|in|at|on|with|after|before|during)\b)[\w\-’']+\s+){{1,4}}$")
# "Hewitt pressed Trump", "gave Trump a chance": besides any "-ed" word, verbs whose next name is their object
ACTING_VERBS = words("""
gave give gives giving got let lets made makes saw sees took takes sent sends brought left kept showed paid beat beats
hit kill help helps leave leaves replace replaces see meet join defeat face faces
""")
ASIDE = re.compile(r",\s*(?:who|whom|whose|which|where|when|while)\b[^,\x00]*,")  # ", who met Jane Doe on Monday,"
PREPOSITION_BEFORE = re.compile(r"\b(?:of|with|to|for|from|about|against|by|on|in|at|between|than|like|over|"
                                r"under|after|before|during|into|onto|toward|towards|across|through|amid|among|"
                                r"despite|without|within|including|alongside|besides|except|such as)\s*$")


GENERIC_HEADS = words("leader official politician diplomat dictator strongman statesman head")
# descriptions whose word tells the sex ("the actress"): they mean the nearest person of that sex, like a pronoun
SEXED_HEADS = {**dict.fromkeys(words("actress chairwoman princess queen mother duchess"), "female"),
               **dict.fromkeys(words("chairman prince king father duke"), "male")}
