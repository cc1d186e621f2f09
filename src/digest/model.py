"""The typed records that flow between the stages, defined once here.

Every stage takes records from this module and returns records from this module; no stage reaches into
another's internals. Records are frozen: a later stage adds to an article with ``dataclasses.replace``
rather than mutating it, so a stage's output can be cached and compared.

Pipeline (see ``pipeline.build``)::

    load      files           -> SourceFile
    extract   SourceFile      -> Article   (headline, byline, date, outlet, paragraphs, captions)
    people    Article         -> mentions  (per document), then People across the corpus
    quotes    Article+mentions-> quotes
    dedup     Articles        -> CopyLink  (pairs that share passages, aligned)
    stories   Articles+links  -> Story
    render    Site            -> pages (path -> text)
    write     pages           -> the output folder, atomically
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["warning", "error"]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input: reported with its path, never fatal unless the build is strict."""

    path: str
    message: str
    severity: Severity = "warning"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Metadata:
    """Metadata stated outside the article text: Markdown front matter or a YAML sidecar.

    ``None`` means "not given"; an empty byline tuple means "given as no authors".
    """

    headline: str | None = None
    byline: tuple[str, ...] | None = None
    date: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SourceFile:
    """One input file, decoded. Loading reads bytes and metadata; it never interprets the article."""

    source: str  # path relative to the input folder, '/'-separated: the article's identity everywhere
    text: str  # the decoded text; for Markdown, the body after the front matter
    format: Literal["text", "markdown"]
    front_matter: Metadata = Metadata()
    sidecar: Metadata = Metadata()
    encoding: str = "utf-8"


@dataclass(frozen=True)
class DroppedLine:
    """A line of the input that extraction left out of the article, and why (for ``digest explain``)."""

    line: int  # 1-based line number in the decoded text
    text: str
    reason: str


@dataclass(frozen=True)
class Mention:
    """One place a document names a person. Offsets are into ``Article.paragraphs[paragraph]``."""

    paragraph: int
    start: int
    end: int
    text: str  # as written: "National Security Adviser Chang Ho-jin", "Chang", "LIM JEONG-WON"
    name: str  # the fullest name this document gives the person: "Chang Ho-jin"
    role: str | None = None  # a title the text gives with the name: "National Security Adviser"


QuoteKind = Literal["person", "org", "unknown"]


@dataclass(frozen=True)
class Quote:
    """A direct quotation in the body. Offsets are into ``Article.paragraphs[paragraph]``.

    ``speakers`` are document-level person names (``Mention.name``); they are empty when the words belong
    to an organisation, a document or nobody the text names. ``attribution`` is the text that names the
    source ("the presidential office", "Chang", "he") whether or not it is a person.
    """

    text: str  # the quoted words, without the quote marks
    paragraph: int
    start: int
    end: int
    speakers: tuple[str, ...] = ()
    attribution: str | None = None
    kind: QuoteKind = "unknown"


Provenance = Literal["text", "front matter", "sidecar", "fallback"]


@dataclass(frozen=True)
class Article:
    """One article. ``extract`` fills the text fields; ``people`` and ``quotes`` add what they find."""

    source: str
    headline: str | None  # as the page printed it; None when the file has none
    title: str  # what the site shows: the headline or a title made from the lead
    byline: tuple[str, ...]  # authors in display case, without "By" or e-mail addresses
    outlet: str | None
    date: str | None  # YYYY-MM-DD publication date
    url: str | None  # the original address, when metadata gives it
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    provenance: Mapping[str, Provenance] = field(default_factory=dict)  # field name -> where it came from
    dropped: tuple[DroppedLine, ...] = ()
    format: Literal["text", "markdown"] = "text"
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True)
class Person:
    """One real person across the corpus."""

    name: str  # canonical display name: "Chang Ho-jin"
    slug: str
    aliases: tuple[str, ...]  # every form seen: "Chang", "National Security Adviser Chang Ho-jin"
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class People:
    """The corpus-wide resolution of document-level names to persons."""

    persons: tuple[Person, ...]
    # (article source, document-level name or byline name) -> canonical Person.name
    canonical: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # (article source, document-level name) pairs the user said are not a person (people.yaml "drop")
    dropped: frozenset[tuple[str, str]] = frozenset()

    def resolve(self, source: str, name: str) -> str | None:
        return self.canonical.get((source, name))

    def is_dropped(self, source: str, name: str) -> bool:
        return (source, name) in self.dropped


CopyLabel = Literal["verbatim", "abridged", "rewritten", "with additions"]


@dataclass(frozen=True)
class AlignedParagraph:
    """A pair of paragraphs from two copies that carry the same passage."""

    left: int  # paragraph index in CopyLink.left
    right: int  # paragraph index in CopyLink.right
    similarity: float  # 0..1, 1 is verbatim


@dataclass(frozen=True)
class CopyLink:
    """Two articles that share passages of text (wire copies, updates, reuse)."""

    left: str  # source of the earlier (or first-listed) article
    right: str
    left_share: float  # share of left's text found in right
    right_share: float  # share of right's text found in left
    label: CopyLabel  # how ``right`` relates to ``left``
    aligned: tuple[AlignedParagraph, ...] = ()


@dataclass(frozen=True)
class SharedPassage:
    """A passage carried by more than one article, shown once with who carried it."""

    text: str
    carriers: tuple[tuple[str, int], ...]  # (article source, paragraph index)


@dataclass(frozen=True)
class StoryEvidence:
    """Why two articles of a story were grouped together."""

    left: str
    right: str
    similarity: float
    shared_people: tuple[str, ...] = ()
    shared_terms: tuple[str, ...] = ()
    copy: bool = False
    forced: bool = False  # an override file said so


@dataclass(frozen=True)
class Story:
    """Articles about one event, copies or not."""

    id: str
    title: str
    sources: tuple[str, ...]  # articles, earliest first where dates are known
    copies: tuple[tuple[str, ...], ...] = ()  # groups of sources that share passages
    links: tuple[CopyLink, ...] = ()
    passages: tuple[SharedPassage, ...] = ()
    evidence: tuple[StoryEvidence, ...] = ()


@dataclass(frozen=True)
class Corpus:
    """Everything the build gathered, before anything is rendered or written."""

    articles: tuple[Article, ...]
    people: People
    stories: tuple[Story, ...]
    problems: tuple[Problem, ...] = ()
