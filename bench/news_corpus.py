"""A deterministic generator of news corpora with known stories and copies, for testing dedup and stories.

Events of a dozen kinds happen in invented places to invented people on given dates. Each event is reported
by one or more outlets independently (each picks its own facts, wording, order, quotes), and some reports
are syndicated: re-headlined, trimmed, reworded, reordered, updated, or given outlet boilerplate. Events of
the same kind cluster in time and place ("two earthquakes in one month"), so only who, where and when
tell them apart. Ground truth: ``story`` (the event) and ``family`` (an original and its copies).

    python bench/news_corpus.py --articles 1000 --seed 1 --out /tmp/corpus   # writes .txt files + gold.yaml
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

_FIRST_WORDS = """
James Maria Wei Aisha Carlos Olga Kenji Fatima Liam Priya Mateo Ingrid Tomasz Amara Diego Hana Samuel Leila
Viktor Chloe Omar Yuki Elena Kwame Sofia Ravi Nadia Lucas Mei Ahmed Grace Pavel Zara Felix Ines Marcus Anika
Bruno Selin Hugo Daria Tariq Noor Emil Lucia Jonas Rosa Idris Clara Malik Vera Anton Beatriz Kofi Astrid Rahul
Lena Dmitri Yara Oscar Mira Stefan Ayumi Pedro Hanna Yusuf Elif
"""
FIRST = _FIRST_WORDS.split()
_LAST_WORDS = """
Okafor Lindqvist Moreau Tanaka Haddad Kowalski Brennan Castillo Novak Adeyemi Fischer Ramirez Sato Petrov Mensah
Larsen Duarte Khalil Weber Nakamura Oyelaran Varga Quinn Sorensen Abara Ivanova Delgado Hoffman Mwangi Rossi
Bakker Chaudhry Nilsen Kariuki Dubois Yilmaz Horvath Achebe Santos Lindgren Murphy Zhou Ferreira Kovacs Obi Holm
Marsh Alvarez Berg Nwosu Keller Popescu Ortega Strand Amadi Costa Jensen Takahashi Salazar Wolff Eze Lund
Navarro Becker Osei Hale Romero Voss Ndlovu
"""
LAST = _LAST_WORDS.split()
_SYLLABLES_WORDS = """
mar bel ton ridge ford ham wick vale dor ka len sto brook field ster ley mont ar via nor lin ash cor wen dal ros
ber gan hol mere tor
"""
SYLLABLES = _SYLLABLES_WORDS.split()
_COUNTRIES_WORDS = """
Veldoria Ostrava Kelmar Duneland Serenia Marovia Talvik Brensia Corland Istova Pallas Ruvenia Estmark Lorenia
Zabria Norvale
"""
COUNTRIES = _COUNTRIES_WORDS.split()
OUTLETS = ("The Daily Ledger", "Morning Courier", "Harbor Gazette", "Capital Times", "Northern Post",
           "Evening Standard Review", "Valley Herald", "Metro Observer", "The Chronicle Today", "Coastal Record",
           "Global Wire Service", "Continental Press", "Union News Agency", "Frontier Tribune", "City Dispatch",
           "The Weekly Lantern", "Plains Journal", "Riverside Sentinel", "Summit Reporter", "Bay Examiner")
WIRES = ("Global Wire Service", "Continental Press", "Union News Agency")

# Each kind: headline templates, fact sentences (several wordings each), quote lines, extra roles.
KINDS: dict[str, dict] = {
    "earthquake": {
        "headlines": ["Magnitude {mag} earthquake strikes near {city}", "{deaths} killed as quake hits {city}",
                      "Powerful earthquake shakes {city}, {country}", "Rescuers search rubble after {city} quake"],
        "facts": [
            ["A magnitude {mag} earthquake struck near {city} on {weekday}, killing at least {deaths} people.",
             "At least {deaths} people died when a {mag}-magnitude quake hit {city} on {weekday}.",
             "An earthquake measuring {mag} shook {city} on {weekday} and left {deaths} dead."],
            ["The quake's epicentre was {km} kilometres from the centre of {city}, at a shallow depth.",
             "Seismologists placed the epicentre {km} km outside {city}."],
            ["More than {injured} people were injured and hundreds of buildings collapsed.",
             "Hospitals treated over {injured} injured residents as buildings fell.",
             "Officials counted {injured} injured across the region."],
            ["{official}, the {role1} of {country}, declared a state of emergency in the province.",
             "A state of emergency was declared by {role1} {official}."],
            ["Aftershocks rattled {city} through the night, sending families into the streets.",
             "Residents of {city} spent the night outdoors as aftershocks continued."],
        ],
        "quotes": ["We are doing everything we can to reach the people still trapped in {city}",
                   "The damage in the old town of {city} is severe and the death toll may rise",
                   "I felt the ground move for almost a minute and then the wall came down"],
        "roles": ("interior minister", "emergency services chief", "seismologist"),
    },
    "arrest": {
        "headlines": ["{suspect} arrested over {crime} in {city}", "Police detain {suspect} in {city} {crime} case",
                      "{city} {crime} suspect {suspect} in custody", "Arrest made in {city} {crime} investigation"],
        "facts": [
            ["Police in {city} arrested {suspect}, {age}, on {weekday} in connection with {crime}.",
             "{suspect}, a {age}-year-old, was taken into custody in {city} on {weekday} over {crime}.",
             "Officers detained {age}-year-old {suspect} in {city} on {weekday}, accused of {crime}."],
            ["Investigators say the losses amount to {money} million.",
             "Prosecutors estimate the damage at {money} million."],
            ["{suspect} is expected to appear before a judge in {city} within {days} days.",
             "A court hearing for {suspect} is set for the coming {days} days."],
            ["{official}, the {role1}, said the investigation had lasted {months} months.",
             "The inquiry, led by {role1} {official}, took {months} months."],
            ["Lawyers for {suspect} said their client denies all charges.",
             "A lawyer representing {suspect} said the accused would plead not guilty."],
        ],
        "quotes": ["This arrest is the result of months of patient work by our officers",
                   "My client is innocent and we will prove it in court",
                   "Nobody in {city} is above the law"],
        "roles": ("police commissioner", "chief prosecutor", "detective inspector"),
    },
    "election": {
        "headlines": ["{winner} wins {city} mayoral race", "{winner} elected mayor of {city} with {pct} percent",
                      "Voters in {city} choose {winner}", "{winner} defeats {rival} in {city} election"],
        "facts": [
            ["{winner} won the mayoral election in {city} on {weekday} with {pct} percent of the vote.",
             "With {pct} percent of ballots, {winner} was elected mayor of {city} on {weekday}.",
             "Voters in {city} elected {winner} mayor on {weekday}, giving {winner} {pct} percent."],
            ["The incumbent, {rival}, conceded late in the evening.",
             "{rival}, who had held the office for {months} years, conceded defeat."],
            ["Turnout reached {turnout} percent, officials said.",
             "Election officials put turnout at {turnout} percent."],
            ["{winner} campaigned on housing and public transport in {city}.",
             "Housing and transit were at the heart of the campaign {winner} ran in {city}."],
        ],
        "quotes": ["Tonight the people of {city} voted for change", "I congratulate my opponent and wish the city well",
                   "The first thing we will do is fix the buses"],
        "roles": ("election commissioner", "campaign manager", "political analyst"),
    },
    "wildfire": {
        "headlines": ["Wildfire near {city} forces {evacuated} to flee", "Fire burns {area} hectares outside {city}",
                      "{city} residents evacuated as wildfire spreads", "Firefighters battle blaze near {city}"],
        "facts": [
            ["A wildfire burning near {city} has forced {evacuated} residents to evacuate since {weekday}.",
             "Some {evacuated} people left their homes near {city} as a wildfire spread on {weekday}.",
             "Authorities ordered {evacuated} residents out of areas near {city} on {weekday} as flames advanced."],
            ["The fire has burned {area} hectares of forest and farmland.",
             "So far {area} hectares have burned, officials said."],
            ["{firefighters} firefighters and {planes} water-bombing aircraft are fighting the blaze.",
             "Crews of {firefighters} firefighters, backed by {planes} aircraft, worked through the night."],
            ["{official}, the {role1}, said strong winds were driving the fire east.",
             "Strong winds pushed the flames east, according to {role1} {official}."],
        ],
        "quotes": ["The wind is our biggest enemy right now", "We lost everything, the house, the barn, the animals",
                   "Please follow the evacuation orders and stay away from the roads around {city}"],
        "roles": ("fire chief", "regional governor", "forestry official"),
    },
    "merger": {
        "headlines": ["{company} to buy {company2} for {money} million", "{company} agrees {company2} takeover",
                      "{company2} accepts {money} million offer from {company}",
                      "{company} and {company2} announce merger"],
        "facts": [
            ["{company} agreed on {weekday} to acquire {company2} for {money} million.",
             "In a {money} million deal announced {weekday}, {company} will buy {company2}.",
             "{company2} will be taken over by {company} for {money} million, the firms said on {weekday}."],
            ["The combined company will employ about {staff} people and be based in {city}.",
             "Headquarters of the merged group will be in {city}, with roughly {staff} staff."],
            ["Shares of {company2} rose {pct} percent on the news.", "{company2} stock jumped {pct} percent."],
            ["{official}, chief executive of {company}, will lead the combined group.",
             "The merged firm will be run by {company} chief executive {official}."],
        ],
        "quotes": ["Together we will be stronger in every market we serve",
                   "This deal creates real value for shareholders",
                   "No jobs in {city} will be lost because of this merger"],
        "roles": ("chief executive", "competition regulator", "market analyst"),
    },
    "flood": {
        "headlines": ["Floods kill {deaths} in {city}", "{city} underwater after record rainfall",
                      "Thousands displaced by flooding in {country}", "River bursts banks in {city}"],
        "facts": [
            ["Flooding in {city} killed {deaths} people after {rain} millimetres of rain fell on {weekday}.",
             "At least {deaths} people died in {city} when {rain} mm of rain caused floods on {weekday}.",
             "Record rain of {rain} millimetres flooded {city} on {weekday}, leaving {deaths} dead."],
            ["About {evacuated} people were moved to shelters.",
             "Shelters took in some {evacuated} displaced residents."],
            ["The river rose {km} metres above its normal level.", "Water levels climbed {km} metres in a day."],
            ["{official}, the {role1}, promised emergency funds for farmers.",
             "Emergency aid for farmers was promised by {role1} {official}."],
        ],
        "quotes": ["We have never seen water this high in {city}", "The army is on its way with boats and supplies",
                   "Our fields are gone for this season"],
        "roles": ("agriculture minister", "civil protection head", "hydrologist"),
    },
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CRIMES = ("fraud", "bribery", "money laundering", "arson", "a bank robbery", "smuggling", "embezzlement", "forgery")
SAY = ("said", "told reporters", "said in a statement", "told local television", "said on {weekday}")
FILLER_SUBJECTS = ("Local businesses", "Regional authorities", "Analysts", "Community groups", "Neighbouring towns",
                   "Opposition politicians", "Schools in the area", "Transport operators", "Aid organisations",
                   "Residents", "Insurance companies", "Hospital staff", "Trade unions", "Volunteers")
FILLER_VERBS = ("warned about", "called for", "raised questions over", "began preparing for", "pointed to",
                "expressed concern about", "welcomed", "criticised", "asked for clarity on", "reported delays in")
FILLER_OBJECTS = ("the cost of repairs", "the response so far", "the timetable for recovery", "longer-term planning",
                  "the lack of information", "rising prices", "the budget for next year", "road closures",
                  "the state of public services", "the need for an independent review", "staff shortages",
                  "new safety rules", "the pace of the investigation", "compensation schemes")
FILLER_TAILS = ("in recent days", "this week", "on social media", "at a public meeting", "in a letter to officials",
                "as the situation developed", "ahead of a council vote", "according to local media", "")
BOILERPLATE = ("Sign up for the {outlet} newsletter to get the day's top stories in your inbox.",
               "Copyright {outlet}. All rights reserved. This material may not be published or redistributed.",
               "Follow {outlet} on social media for breaking news and updates.",
               "Support independent journalism: subscribe to {outlet} today.")
LEAD_INS = ("", "", "", "Officials said ", "According to local officials, ", "By {weekday} evening, ",
            "Early reports said ",
            "As of late {weekday}, ", "Authorities confirmed that ", "In {country}, ", "Witnesses said ",
            "Regional media reported that ")
ATTRIBUTIONS = ("", "", "", " officials said", " police said", " local media reported", " state television reported",
                " a spokesperson confirmed", " the agency said", " figures showed")
QUOTE_OPENERS = ("We", "Our teams", "The people of {city}", "Everyone here", "My family", "The government",
                 "Nobody in this town", "The whole region", "Our office", "The community")
QUOTE_VERBS = ("will not forget", "are still counting", "need more help with", "have been waiting for",
               "cannot accept", "are working around the clock on", "were not ready for", "will rebuild after",
               "demand answers about", "are grateful for")
QUOTE_OBJECTS = ("what happened on {weekday}", "the damage to {city}", "the families who lost everything",
                 "the response of the authorities", "the next few days", "the people still missing",
                 "the promises made in {country}", "every single volunteer", "the decision taken this week",
                 "the cost of all this")
SYNONYMS = {"said": "stated", "people": "residents", "killed": "left dead", "officials": "authorities",
            "more than": "over", "about": "around", "city": "town", "began": "started", "help": "assist",
            "large": "big", "said on": "stated on", "near": "close to", "after": "following", "also": "as well",
            "rose": "climbed", "residents": "inhabitants", "expected": "due", "percent": "per cent"}


def _place(rng: random.Random) -> str:
    return "".join(rng.sample(SYLLABLES, rng.choice((2, 2, 3)))).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


@dataclass
class Event:
    id: str
    kind: str
    day: date
    slots: dict[str, str]
    speakers: list[tuple[str, str]]  # (name, role)
    quotes: list[str]  # what the speakers said: every outlet quotes the same words


@dataclass
class GenArticle:
    source: str
    headline: str
    byline: tuple[str, ...]
    outlet: str
    date: str
    paragraphs: list[str]
    story: str
    family: str
    people: tuple[str, ...] = ()
    variant: str = "original"
    extra: dict = field(default_factory=dict)


def make_event(rng: random.Random, n: int, kind: str, day: date, country: str, city: str | None = None) -> Event:
    city = city or _place(rng)
    speakers = [(_person(rng), role) for role in KINDS[kind]["roles"]]
    slots = {
        "city": city, "country": country, "weekday": WEEKDAYS[day.weekday()], "mag": f"{rng.uniform(4.5, 7.9):.1f}",
        "deaths": str(rng.randint(3, 400)), "injured": str(rng.randint(20, 3000)), "km": str(rng.randint(3, 90)),
        "official": speakers[0][0], "role1": speakers[0][1], "suspect": _person(rng), "age": str(rng.randint(22, 70)),
        "crime": rng.choice(CRIMES), "money": str(rng.randint(2, 900)), "days": str(rng.randint(2, 14)),
        "months": str(rng.randint(2, 18)), "winner": _person(rng), "rival": _person(rng),
        "pct": str(rng.randint(5, 68)), "turnout": str(rng.randint(31, 79)),
        "evacuated": str(rng.randint(200, 40000)), "area": str(rng.randint(300, 90000)),
        "firefighters": str(rng.randint(40, 1500)), "planes": str(rng.randint(2, 30)),
        "company": _place(rng) + rng.choice((" Holdings", " Group", " Industries", " Systems")),
        "company2": _place(rng) + rng.choice((" Labs", " Energy", " Foods", " Logistics")),
        "staff": str(rng.randint(800, 90000)), "rain": str(rng.randint(90, 600)),
    }
    quotes = [_fill(q, slots) for q in KINDS[kind]["quotes"]]
    quotes = [f"{q}. " + _fill(f"{rng.choice(QUOTE_OPENERS)} {rng.choice(QUOTE_VERBS)} {rng.choice(QUOTE_OBJECTS)}",
                                slots) for q in rng.sample(quotes, len(quotes))]
    return Event(f"e{n:06d}", kind, day, slots, speakers, quotes)


def _fill(text: str, slots: dict[str, str]) -> str:
    return text.format(**slots)


def _filler(rng: random.Random, slots: dict[str, str]) -> str:
    """A sentence of context. Real reports rarely share such sentences word for word, so they vary a lot."""
    tail = rng.choice(FILLER_TAILS)
    place = rng.choice(("", f" in {slots['city']}", f" across {slots['country']}", f" in {_place(rng)}"))
    detail = rng.choice(("", "", f", {rng.choice(FIRST)} {rng.choice(LAST)} said",
                         f", citing {rng.randint(2, 90)} recent cases", f" for the {rng.randint(2, 12)}th time"))
    sentence = f"{rng.choice(FILLER_SUBJECTS)} {rng.choice(FILLER_VERBS)} {rng.choice(FILLER_OBJECTS)}{place}"
    return sentence + (f" {tail}" if tail else "") + detail + "."


def _quote_paragraph(rng: random.Random, event: Event, k: int) -> tuple[str, str]:
    name, role = event.speakers[k % len(event.speakers)]
    words = event.quotes[k % len(event.quotes)]
    say = _fill(rng.choice(SAY), event.slots)
    surname = name.split()[-1]
    form = rng.randrange(3)
    if form == 0:
        text = f'"{words}," {name}, the {role}, {say}.'
    elif form == 1:
        text = f'{name}, the {role}, {say}: "{words}."'
    else:
        text = f'"{words}," {say} {surname}, who serves as {role}.'
    return text, name


def write_report(rng: random.Random, event: Event, outlet: str, source: str, angle_rate: float = 0.3) -> GenArticle:
    """An independent report: its own choice and wording of facts, quotes and context."""
    kind = KINDS[event.kind]
    facts = [_vary(rng, _fill(rng.choice(options), event.slots), event.slots) for options in kind["facts"]]
    lead, rest = facts[0], facts[1:]
    rng.shuffle(rest)
    angle = rng.random() < angle_rate  # a feature with its own angle: few of the wire facts, more colour
    rest = rest[:1] if angle else rest[:rng.randint(2, len(rest))]
    people = {event.slots["official"]} if any(event.slots["official"] in f for f in [lead, *rest]) else set()
    blocks = [[lead]]
    for fact in rest:
        blocks.append([fact] + ([_filler(rng, event.slots)] if rng.random() < 0.6 else []))
    for k in rng.sample(range(3), 1 if angle else rng.randint(1, 3)):
        quote, speaker = _quote_paragraph(rng, event, k)
        people.add(speaker)
        blocks.insert(rng.randint(1, len(blocks)), [quote])
    for _ in range(rng.randint(3, 6) if angle else rng.randint(1, 4)):
        blocks.append([_filler(rng, event.slots) for _ in range(rng.randint(1, 3))])
    for key in ("suspect", "winner", "rival"):
        if any(event.slots[key] in " ".join(b) for b in blocks) and event.kind in ("arrest", "election"):
            people.add(event.slots[key])
    byline = (_person(rng),) if outlet not in WIRES else (_person(rng), _person(rng))[:rng.randint(1, 2)]
    day = event.day + timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
    return GenArticle(source=source, headline=_fill(rng.choice(kind["headlines"]), event.slots), byline=byline,
                      outlet=outlet, date=day.isoformat(), paragraphs=[" ".join(b) for b in blocks], story=event.id,
                      family=source, people=tuple(sorted(people)))


def _vary(rng: random.Random, sentence: str, slots: dict[str, str]) -> str:
    """A reporter's own framing of a fact: a lead-in, an attribution, or neither."""
    lead_in = _fill(rng.choice(LEAD_INS), slots)
    if lead_in:
        sentence = lead_in + sentence[0].lower() + sentence[1:] if not sentence[0].isdigit() else lead_in + sentence
    attribution = rng.choice(ATTRIBUTIONS)
    if attribution and not lead_in:
        sentence = sentence[:-1] + "," + attribution + "."
    return sentence


def _reword(rng: random.Random, text: str, rate: float) -> str:
    for old, new in SYNONYMS.items():
        if rng.random() < rate:
            text = re.sub(rf"\b{old}\b", new, text, count=1)
    return text


def syndicate(rng: random.Random, original: GenArticle, event: Event, outlet: str, source: str) -> GenArticle:
    """A copy of ``original`` as another outlet would run it: one to three edits of the kinds wire copies get."""
    paragraphs = list(original.paragraphs)
    edits = rng.sample(("trim", "reword", "reorder", "update", "boilerplate", "rehead"), rng.randint(1, 3))
    headline = original.headline
    if "rehead" in edits:
        headline = _fill(rng.choice(KINDS[event.kind]["headlines"]), event.slots)
    if "trim" in edits:
        paragraphs = paragraphs[:max(2, round(len(paragraphs) * rng.uniform(0.6, 0.85)))]
    if "reword" in edits:
        paragraphs = [_reword(rng, p, 0.7) for p in paragraphs]
    if "reorder" in edits and len(paragraphs) > 3:
        i, j = rng.sample(range(1, len(paragraphs)), 2)
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    if "update" in edits:
        paragraphs.insert(1, f"Update: {_filler(rng, event.slots)} {_filler(rng, event.slots)}")
    if "boilerplate" in edits:
        paragraphs.append(_fill(rng.choice(BOILERPLATE), {"outlet": outlet}))
    day = date.fromisoformat(original.date) + timedelta(days=rng.choice((0, 0, 1)))
    return GenArticle(source=source, headline=headline, byline=original.byline, outlet=outlet, date=day.isoformat(),
                      paragraphs=paragraphs, story=original.story, family=original.family, people=original.people,
                      variant="+".join(sorted(edits)))


def generate(articles: int, seed: int = 1, copy_rate: float = 0.35, sibling_rate: float = 0.5,
             angle_rate: float = 0.3, start: date = date(2024, 3, 1)) -> list[GenArticle]:
    """About ``articles`` articles; ``copy_rate`` of the reports get syndicated copies; ``sibling_rate`` of the
    events have a twin of the same kind in the same country within a few weeks (sometimes the same city);
    ``angle_rate`` of the reports are features that carry only a fact or two of the event."""
    rng = random.Random(seed)
    out: list[GenArticle] = []
    n_event = 0
    span = max(30, articles // 20)  # days the corpus covers: about 20 articles a day
    while len(out) < articles:
        kind = rng.choice(sorted(KINDS))
        country = rng.choice(COUNTRIES)
        day = start + timedelta(days=rng.randrange(span))
        events = [make_event(rng, n_event, kind, day, country)]
        n_event += 1
        if rng.random() < sibling_rate:
            twin_day = day + timedelta(days=rng.randint(3, 25))
            city = events[0].slots["city"] if rng.random() < 0.3 else None
            events.append(make_event(rng, n_event, kind, twin_day, country, city))
            n_event += 1
        for event in events:
            for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
                outlet = rng.choice(OUTLETS)
                report = write_report(rng, event, outlet, f"a{len(out):06d}.txt", angle_rate)
                out.append(report)
                if rng.random() < copy_rate:
                    for _ in range(rng.randint(1, 3)):
                        copy_outlet = rng.choice([o for o in OUTLETS if o != outlet])
                        out.append(syndicate(rng, report, event, copy_outlet, f"a{len(out):06d}.txt"))
    return out[:articles]


def to_text(article: GenArticle) -> str:
    lines = [article.headline, "", f"By {' and '.join(article.byline)}", article.outlet, article.date, ""]
    return "\n".join(lines + [p + "\n" for p in article.paragraphs])


def gold(corpus: list[GenArticle]) -> dict:
    stories: dict[str, list[str]] = {}
    families: dict[str, list[str]] = {}
    for a in corpus:
        stories.setdefault(a.story, []).append(a.source)
        families.setdefault(a.family, []).append(a.source)
    return {"stories": list(stories.values()), "copies": [f for f in families.values() if len(f) > 1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    import yaml

    corpus = generate(args.articles, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for article in corpus:
        (args.out / article.source).write_text(to_text(article), encoding="utf-8")
    (args.out.parent / f"{args.out.name}-gold.yaml").write_text(yaml.safe_dump(gold(corpus)), encoding="utf-8")


if __name__ == "__main__":
    main()
