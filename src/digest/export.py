"""Export: the JSON contract (data/articles.json, stories.json, people.json).

The documented fields are a contract with users' scripts: never rename or drop them; add freely.
``original_url`` passes the same filter as the pages' links (http, https, mailto): a script that turns it
into a link must never get a ``javascript:`` address from a copied page's metadata.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

from .cache import Memo, content_key
from .model import Article, Corpus, Quote
from .urls import SitePaths
from .views import web_address
from .write import SiteWriter


def json_list_pieces(records: Iterable[object], memo: Memo | None = None) -> Iterator[str]:
    """``json.dumps(list(records), ensure_ascii=False, indent=1) + "\\n"`` in pieces, one record at a time, so
    neither the list nor the whole text is ever in memory (at 100k articles the text alone is gigabytes).

    A record encoded alone is indented one level less than inside the list; JSON text has no raw newline
    except the indentation's (newlines in strings are escaped), so indenting every line once makes it equal.
    With a ``memo``, a record's text is remembered by a hash of the record (pickled: equal bytes, equal record,
    keys in the same order), so a rebuild encodes only the records that changed (encoding indented JSON runs in
    pure Python: most of the export's time).
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=1, sort_keys=False)

    def indented(record: object) -> str:
        return encoder.encode(record).replace("\n", "\n ")

    remember = memo if memo is not None and memo.folder is not None else None
    first = True
    for record in records:
        text = indented(record) if remember is None else remember.remembered(content_key(record), indented, record)
        yield ("[\n " if first else ",\n ") + text
        first = False
    yield "[]\n" if first else "\n]\n"


def _quote_record(article: Article, quote: Quote, corpus: Corpus) -> dict:
    speakers = [corpus.people.resolve(article.source, s) or s for s in quote.speakers
                if not corpus.people.is_dropped(article.source, s)]
    return {"text": quote.text, "speakers": speakers, "attribution": quote.attribution, "kind": quote.kind,
            "paragraph": quote.paragraph}


def article_people(article: Article, corpus: Corpus) -> list[str]:
    """Canonical names of the persons the body mentions, in order of first mention (bylines excluded)."""
    seen: dict[str, None] = {}
    for mention in article.mentions:
        if not corpus.people.is_dropped(article.source, mention.name):
            seen.setdefault(corpus.people.resolve(article.source, mention.name) or mention.name)
    return list(seen)


def export_json(corpus: Corpus, paths: SitePaths) -> dict[str, str]:
    """The three JSON files as whole texts (for tests and small sites; the build streams them: ``write_json``)."""
    return {rel: "".join(pieces) for rel, pieces in _export(corpus, paths).items()}


def write_json(corpus: Corpus, paths: SitePaths, site: SiteWriter, memo: Memo | None = None) -> None:
    """Write the three JSON files into ``site`` record by record, never whole in memory; ``memo`` remembers each
    record's text for the next build (see ``json_list_pieces``)."""
    gc.freeze()  # the corpus lives to the end of the build: the collector need not scan it for every new record
    try:
        for rel, pieces in _export(corpus, paths, memo).items():
            site.add_pieces(rel, pieces)
    finally:
        gc.unfreeze()


def _export(corpus: Corpus, paths: SitePaths, memo: Memo | None = None) -> dict[str, Iterator[str]]:
    """Each file's text as a lazy sequence of pieces: records are made as the pieces are asked for."""
    return {"data/articles.json": json_list_pieces(_article_records(corpus, paths), memo),
            "data/stories.json": json_list_pieces(_story_records(corpus, paths), memo),
            "data/people.json": json_list_pieces(_person_records(corpus, paths), memo)}


def _article_records(corpus: Corpus, paths: SitePaths) -> Iterator[dict]:
    story_of = {src: story.id for story in corpus.stories for src in story.sources}
    for a in corpus.articles:
        yield {
            "source": a.source, "headline": a.headline, "title": a.title, "byline": list(a.byline),
            "outlet": a.outlet, "date": a.date, "paragraphs": list(a.paragraphs), "captions": list(a.captions),
            "quotes": [_quote_record(a, q, corpus) for q in a.quotes],
            "people": article_people(a, corpus), "story": story_of.get(a.source, ""),
            "url": paths.articles[a.source], "original_url": web_address(a.url), "provenance": dict(a.provenance),
        }


def _story_records(corpus: Corpus, paths: SitePaths) -> Iterator[dict]:
    for s in corpus.stories:
        yield {
            "id": s.id, "title": s.title, "url": paths.stories[s.id], "articles": list(s.sources),
            "copies": [list(group) for group in s.copies],
            "links": [{"left": link.left, "right": link.right, "left_share": round(link.left_share, 3),
                       "right_share": round(link.right_share, 3), "label": link.label} for link in s.links],
        }


def _person_records(corpus: Corpus, paths: SitePaths) -> Iterator[dict]:
    quotes_by: dict[str, list[dict]] = defaultdict(list)
    mentioned_by: dict[str, list[str]] = defaultdict(list)
    wrote: dict[str, list[str]] = defaultdict(list)
    for a in corpus.articles:
        for q in a.quotes:
            for s in q.speakers:
                quotes_by[corpus.people.resolve(a.source, s) or s].append({"text": q.text, "source": a.source})
        for name in article_people(a, corpus):
            mentioned_by[name].append(a.source)
        for name in a.byline:
            wrote[corpus.people.resolve(a.source, name) or name].append(a.source)
    for p in corpus.people.persons:
        yield {
            "name": p.name, "slug": p.slug, "url": paths.people[p.name], "aliases": list(p.aliases),
            "roles": list(p.roles), "quotes": quotes_by.get(p.name, []), "articles": mentioned_by.get(p.name, []),
            "bylines": wrote.get(p.name, []),
        }
