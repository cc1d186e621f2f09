"""Write a generated corpus as plain Markdown pages, plus a minimal Hugo site and a minimal Pelican config.

The speed benchmark (``compare.py``) builds the same articles three ways: ``digest`` reads them as copied
pages and finds headline, byline, people, quotes, copies and stories itself; Hugo and Pelican get them here
already structured (title, date, authors, tags in front matter, the body paragraphs as Markdown) and only
render. Both tools get the same work shape as digest's site: every article page, an index listing all
articles newest first (sorted once, no pagination), a page per author, per person named (as tags) and per
story (as categories) listing its articles, and the list of each. Feeds, sitemaps and archives are off.
Nothing here is committed output: everything is written into a folder the caller gives (a temporary one).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from news_corpus import GenArticle, to_text


@dataclass(frozen=True)
class PlainArticle:
    """One article as a plain site generator wants it: already structured, nothing left to find."""

    slug: str  # file name stem, unique in the corpus
    title: str
    date: str  # YYYY-MM-DD
    authors: tuple[str, ...]
    tags: tuple[str, ...]  # the people the article names: digest's people pages, as a taxonomy
    story: str  # the event it reports: digest's story pages, as Hugo's and Pelican's categories
    paragraphs: tuple[str, ...]
    outlet: str = ""

    def markdown_body(self) -> str:
        return "\n\n".join(self.paragraphs) + "\n"


def plain_article(generated: GenArticle) -> PlainArticle:
    """The generator's record as plain pages carry it: what digest has to find, handed over in front matter."""
    return PlainArticle(slug=Path(generated.source).stem, title=generated.headline, date=generated.date,
                        authors=tuple(generated.byline), tags=tuple(generated.people), story=generated.story,
                        paragraphs=tuple(generated.paragraphs), outlet=generated.outlet)


def write_digest_input(corpus: Iterable[GenArticle], folder: Path) -> Path:
    """The generated articles as digest reads them: one copied-page .txt each, named by the generator."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in corpus:
        (folder / article.source).write_text(to_text(article), encoding="utf-8")
    return folder


# --- Hugo -------------------------------------------------------------------------------------------------

HUGO_CONFIG = """\
baseURL = "http://localhost/"
title = "bench"
disableKinds = ["rss", "sitemap", "robotstxt", "404"]
[taxonomies]
  author = "authors"
  tag = "tags"
  category = "categories"
"""

# Hugo 0.146+ template lookup: layouts/<kind>.html. One base layout, one per page kind.
HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>
<ul>{{ range site.RegularPages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
""",
    "page.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006-01-02" }} {{ .Params.outlet }}
{{ range .GetTerms "authors" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ .Content }}
<p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p></article>{{ end }}
""",
    "section.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a>
{{ .Count }}</li>{{ end }}</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
""",
}


def hugo_page(article: PlainArticle) -> str:
    """A Hugo content file: JSON front matter (no YAML quoting pitfalls), then the Markdown body."""
    front = {"title": article.title, "date": article.date, "authors": list(article.authors),
             "tags": list(article.tags), "categories": [article.story], "outlet": article.outlet}
    return json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + article.markdown_body()


def write_hugo_site(articles: Iterable[PlainArticle], root: Path) -> Path:
    """Write a Hugo site (config, layouts, content/articles/*.md) under ``root``; return ``root``."""
    content = root / "content" / "articles"
    content.mkdir(parents=True, exist_ok=True)
    (root / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    layouts = root / "layouts"
    layouts.mkdir(exist_ok=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text, encoding="utf-8")
    for article in articles:
        (content / f"{article.slug}.md").write_text(hugo_page(article), encoding="utf-8")
    return root


# --- Pelican ----------------------------------------------------------------------------------------------

PELICAN_CONFIG = """\
# Minimal Pelican settings for the benchmark: articles, index, tag and author pages; nothing else.
AUTHOR = "bench"
SITENAME = "bench"
SITEURL = ""
PATH = "content"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
DIRECT_TEMPLATES = ["index", "tags", "authors", "categories"]
DEFAULT_PAGINATION = False
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
PAGE_PATHS = []
STATIC_PATHS = []
THEME_STATIC_PATHS = []
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
RELATIVE_URLS = True
"""

_PELICAN_LIST = """{% extends "base.html" %}{% block main %}<h1>TITLE</h1>
<ul>{% for article in articles %}<li><a href="{{ SITEURL }}/{{ article.url }}">{{ article.title }}</a>
{{ article.locale_date }}</li>{% endfor %}</ul>{% endblock %}
"""

PELICAN_TEMPLATES = {
    "base.html": """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ SITENAME }}</title></head>
<body><main>{% block main %}{% endblock %}</main></body></html>
""",
    "index.html": _PELICAN_LIST.replace("TITLE", "{{ SITENAME }}"),
    "tag.html": _PELICAN_LIST.replace("TITLE", "{{ tag }}"),
    "author.html": _PELICAN_LIST.replace("TITLE", "{{ author }}"),
    "category.html": _PELICAN_LIST.replace("TITLE", "{{ category }}"),
    "article.html": """{% extends "base.html" %}{% block main %}<article><h1>{{ article.title }}</h1>
<p>{{ article.locale_date }} {{ article.outlet }}
{% for author in article.authors %}<a href="{{ SITEURL }}/{{ author.url }}">{{ author }}</a> {% endfor %}</p>
{{ article.content }}
<p>{% for tag in article.tags %}<a href="{{ SITEURL }}/{{ tag.url }}">{{ tag }}</a> {% endfor %}</p>
</article>{% endblock %}
""",
    "page.html": """{% extends "base.html" %}{% block main %}<h1>{{ page.title }}</h1>{{ page.content }}{% endblock %}
""",
    "tags.html": """{% extends "base.html" %}{% block main %}<h1>Tags</h1>
<ul>{% for tag, articles in tags|sort %}<li><a href="{{ SITEURL }}/{{ tag.url }}">{{ tag }}</a>
{{ articles|count }}</li>{% endfor %}</ul>{% endblock %}
""",
    "categories.html": """{% extends "base.html" %}{% block main %}<h1>Stories</h1>
<ul>{% for category, articles in categories|sort %}<li><a href="{{ SITEURL }}/{{ category.url }}">{{ category }}</a>
{{ articles|count }}</li>{% endfor %}</ul>{% endblock %}
""",
    "authors.html": """{% extends "base.html" %}{% block main %}<h1>Authors</h1>
<ul>{% for author, articles in authors|sort %}<li><a href="{{ SITEURL }}/{{ author.url }}">{{ author }}</a>
{{ articles|count }}</li>{% endfor %}</ul>{% endblock %}
""",
}
for _unused in ("archives.html", "period_archives.html"):  # switched off, but the theme must have them
    PELICAN_TEMPLATES[_unused] = PELICAN_TEMPLATES["page.html"]

_NEWLINES = re.compile(r"\s*\n\s*")


def _metadata_value(value: str) -> str:
    """Pelican metadata is one 'Key: value' line per field; a list is comma-separated."""
    return _NEWLINES.sub(" ", value).strip()


def _list_item(value: str) -> str:
    """One name of a comma-separated list: a comma inside it would split it in two, so it goes."""
    return " ".join(value.replace(",", " ").split())


def pelican_page(article: PlainArticle) -> str:
    """A Pelican Markdown file: metadata lines, a blank line, the body. Slug is explicit: copies share titles."""
    lines = [f"Title: {_metadata_value(article.title)}", f"Date: {article.date}", f"Slug: {article.slug}",
             f"Category: {_metadata_value(article.story)}"]
    if article.authors:
        lines.append("Authors: " + ", ".join(_list_item(a) for a in article.authors))
    if article.tags:
        lines.append("Tags: " + ", ".join(_list_item(t) for t in article.tags))
    if article.outlet:
        lines.append(f"Outlet: {_metadata_value(article.outlet)}")
    return "\n".join(lines) + "\n\n" + article.markdown_body()


def write_pelican_site(articles: Iterable[PlainArticle], root: Path) -> Path:
    """Write pelicanconf.py, a minimal theme and content/*.md under ``root``; return the config file."""
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    templates = root / "theme" / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    for name, text in PELICAN_TEMPLATES.items():
        (templates / name).write_text(text, encoding="utf-8")
    config = root / "pelicanconf.py"
    config.write_text(PELICAN_CONFIG, encoding="utf-8")
    for article in articles:
        (content / f"{article.slug}.md").write_text(pelican_page(article), encoding="utf-8")
    return config


def write_plain_sites(articles: Sequence[PlainArticle], root: Path) -> tuple[Path, Path]:
    """Both plain sites side by side under ``root``: (hugo site folder, pelican config file)."""
    return write_hugo_site(articles, root / "hugo"), write_pelican_site(articles, root / "pelican")
