"""Export: the JSON contract (data/articles.json, stories.json, people.json).

The documented fields are a contract with users' scripts: never rename or drop them; add freely.
``original_url`` passes the same filter as the pages' links (http, https, mailto): a script that turns it
into a link must never get a ``javascript:`` address from a copied page's metadata.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict

from .model import Article, Corpus, Quote
from .urls import SitePaths
from .views import web_address


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


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
    gc.freeze()  # the corpus lives to the end of the build: the collector need not scan it for every new record
    try:
        return _export(corpus, paths)
    finally:
        gc.unfreeze()


def _export(corpus: Corpus, paths: SitePaths) -> dict[str, str]:
    story_of = {src: story.id for story in corpus.stories for src in story.sources}
    articles = []
    for a in corpus.articles:
        articles.append({
            "source": a.source, "headline": a.headline, "title": a.title, "byline": list(a.byline),
            "outlet": a.outlet, "date": a.date, "paragraphs": list(a.paragraphs), "captions": list(a.captions),
            "quotes": [_quote_record(a, q, corpus) for q in a.quotes],
            "people": article_people(a, corpus), "story": story_of.get(a.source, ""),
            "url": paths.articles[a.source], "original_url": web_address(a.url), "provenance": dict(a.provenance),
        })
    stories = [{
        "id": s.id, "title": s.title, "url": paths.stories[s.id], "articles": list(s.sources),
        "copies": [list(group) for group in s.copies],
        "links": [{"left": link.left, "right": link.right, "left_share": round(link.left_share, 3),
                   "right_share": round(link.right_share, 3), "label": link.label} for link in s.links],
    } for s in corpus.stories]
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
    people = [{
        "name": p.name, "slug": p.slug, "url": paths.people[p.name], "aliases": list(p.aliases),
        "roles": list(p.roles), "quotes": quotes_by.get(p.name, []), "articles": mentioned_by.get(p.name, []),
        "bylines": wrote.get(p.name, []),
    } for p in corpus.people.persons]
    return {"data/articles.json": _dump(articles), "data/stories.json": _dump(stories),
            "data/people.json": _dump(people)}
