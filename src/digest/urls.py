"""Where each page lives in the site: unique, stable, safe paths made from slugs.

Paths are flat files under one folder per kind (``articles/<slug>.html``): flat files are much faster to
write than a folder per page, and relative links between them work from file:// and under any sub-path.
Every path is relative to the site root and '/'-separated; pages link to each other with ``relative``.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from slugify import slugify

from .cache import Memo, content_key
from .model import Article, Corpus

MAX_SLUG = 80

INDEX = "index.html"
PEOPLE_INDEX = "people/index.html"
PEOPLE_BY_QUOTES = "people/by-quotes.html"  # the same people, most quoted first: a second static ordering
ARCHIVE_INDEX = "archive/index.html"
SEARCH = "search.html"
ARTICLES_INDEX = "articles/index.html"
OUTLETS_INDEX = "outlets/index.html"
JOURNALISTS_INDEX = "journalists/index.html"
FEED = "feed.xml"
SITEMAP = "sitemap.xml"
NOT_FOUND = "404.html"
STYLESHEET = "assets/style.css"
FAVICON = "assets/favicon.svg"
SEARCH_SCRIPT = "assets/search.js"
SEARCH_INDEX = "assets/search-index.js"


def make_slug(text: str, fallback: str = "page", memo: Memo | None = None) -> str:
    """A readable ASCII slug; non-Latin titles are transliterated, and an empty result falls back.

    ``memo`` remembers slugs by their text across builds (slugify is slow: a third of a second for 10,000 titles).
    """
    if memo is None or memo.folder is None:  # no key to hash: slugify alone
        return _slug(text or "") or fallback
    return memo.remembered(content_key(text or ""), _slug, text or "") or fallback


def _slug(text: str) -> str:
    return slugify(text, max_length=MAX_SLUG, word_boundary=True)


def unique_slugs(items: Iterable[tuple[str, str]], fallback: str = "page",
                 reserved: Iterable[str] = (), memo: Memo | None = None) -> dict[str, str]:
    """Give each (key, text) a slug unique among them; collisions get -2, -3 in key order (stable).

    ``reserved`` slugs are never handed out (``index`` would overwrite a folder's list page).
    """
    taken: set[str] = set(reserved)
    result: dict[str, str] = {}
    for key, text in sorted(items):
        base = make_slug(text, fallback, memo)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        result[key] = slug
    return result


def article_slugs(articles: Iterable[Article], reserved: Iterable[str] = (),
                  memo: Memo | None = None) -> dict[str, str]:
    """Slugs from the articles' titles that never depend on which other files there are.

    When titles collide, the earliest article (by date, then file) keeps the plain slug and each other one gets
    a suffix made from its own file name ('storm-closes-the-harbour-b' for b.txt; the folders too, or a hash,
    when that is taken). Numbering them in file order instead would renumber the others' pages whenever a new
    file sorted first.
    """
    ordered = sorted(articles, key=lambda a: (a.date is None, a.date or "", a.source))
    plain = {a.source: make_slug(a.title, "article", memo) for a in ordered}
    taken: set[str] = set(reserved)
    claimed = set(plain.values())  # a suffixed slug must not take another article's plain one
    result: dict[str, str] = {}
    for a in ordered:
        base = plain[a.source]
        if base not in taken:
            slug = base
        else:
            stem = PurePosixPath(a.source)
            candidates = [f"{base}-{make_slug(stem.stem, 'file')}",
                          f"{base}-{make_slug(str(stem.with_suffix('')), 'file')}",
                          f"{base}-{hashlib.blake2b(a.source.encode(), digest_size=4).hexdigest()}"]
            slug = next((c for c in candidates if c not in taken and c not in claimed), None)
            n = 2
            while slug is None or slug in taken:  # only if even the hash is taken
                slug, n = f"{candidates[-1]}-{n}", n + 1
        taken.add(slug)
        result[a.source] = slug
    return result


@dataclass(frozen=True)
class SitePaths:
    """Page paths relative to the site root, '/'-separated."""

    articles: dict[str, str] = field(default_factory=dict)  # source -> path
    stories: dict[str, str] = field(default_factory=dict)  # story id -> path
    people: dict[str, str] = field(default_factory=dict)  # canonical name -> path
    outlets: dict[str, str] = field(default_factory=dict)  # outlet name as printed -> path


def index_page(number: int) -> str:
    """Page ``number`` (1-based) of the story index: index.html, page/2.html, page/3.html ..."""
    return INDEX if number <= 1 else f"page/{number}.html"


def archive_page(key: str) -> str:
    """The archive page of one month ('2024-06') or of the undated stories ('undated')."""
    return f"archive/{key}.html"


def person_feed(person_path: str) -> str:
    """A person's Atom feed sits beside their page: people/chang-ho-jin.html -> people/chang-ho-jin.xml."""
    return person_path.removesuffix(".html") + ".xml"


def site_paths(corpus: Corpus, memo: Memo | None = None) -> SitePaths:
    """Paths for every page of the corpus. Slugs are unique per folder and never ``index``. ``memo`` remembers
    the slug of each text (see ``make_slug``)."""
    reserved = ("index", "by-quotes")
    articles = article_slugs(corpus.articles, reserved, memo)
    # Story ids come from the stories stage; slugging them again keeps a stray '/' or space out of paths.
    stories = unique_slugs(((s.id, s.id) for s in corpus.stories), "story", reserved, memo)
    # Person slugs come from the people stage; made unique here so two persons never share a page.
    people = unique_slugs(((p.name, p.slug or p.name) for p in corpus.people.persons), "person", reserved, memo)
    outlet_names = {a.outlet for a in corpus.articles if a.outlet}
    outlets = unique_slugs(((o, o) for o in outlet_names), "outlet", reserved, memo)
    return SitePaths(articles={k: f"articles/{v}.html" for k, v in articles.items()},
                     stories={k: f"stories/{v}.html" for k, v in stories.items()},
                     people={k: f"people/{v}.html" for k, v in people.items()},
                     outlets={k: f"outlets/{v}.html" for k, v in outlets.items()})


def relative(from_path: str, to_path: str) -> str:
    """The relative link from one page to another ('stories/a.html' -> '../people/b.html').

    A fragment on ``to_path`` is kept ('articles/x.html#p3'); a link to the page itself is just the file name.
    Called for every link of every page, so it works on the '/'-parts directly rather than via os.path, and
    remembers answers per folder: every page of a folder links to the same stylesheet, menu and people.
    """
    return _relative_from_folder(from_path.rpartition("/")[0], to_path)


@functools.lru_cache(maxsize=1024)
def linker(from_path: str) -> Callable[[str], str]:
    """``relative`` from one page, as a function of the target: what a page's ``url()`` calls, made once per
    folder."""
    return functools.partial(_relative_from_folder, from_path.rpartition("/")[0])


@functools.lru_cache(maxsize=1 << 16)
def _relative_from_folder(folder: str, to_path: str) -> str:
    target, hash_, fragment = to_path.partition("#")
    if not target:
        return hash_ + fragment
    from_dirs = folder.split("/") if folder else []
    to_parts = target.split("/")
    common = 0
    while common < len(from_dirs) and common < len(to_parts) - 1 and from_dirs[common] == to_parts[common]:
        common += 1
    return "../" * (len(from_dirs) - common) + "/".join(to_parts[common:]) + hash_ + fragment


def absolute(base_url: str, path: str) -> str:
    """The public address of a page, for the feed, the sitemap and canonical links (base_url must be set)."""
    return base_url.rstrip("/") + "/" + path
