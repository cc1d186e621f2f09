"""Render: Jinja templates turn the corpus into the site's pages (relative path -> content), handed to a sink
(the site writer) one by one as they are finished, or collected in a dict for a small site.

The views (``views*.py``) sort and group everything once; templates only print. Templates come from the
user's ``templates`` folder first, then the built-in folder (``templates/`` at the project root, installed
as ``digest/templates``), file by file, so a user can replace one page or the stylesheet and keep the rest.

Links between pages are always relative, so the site works from file:// and under any sub-path. Absolute
addresses are used only where a format demands them and only when ``base_url`` is set: canonical links,
Open Graph and JSON-LD addresses, the feeds' links (the site's and each person's), the 404 page (served at
any depth) and the sitemap. Search needs no server either: see ``search.py``. A sitemap must list absolute URLs
(relative ``<loc>`` values are invalid and an empty ``<urlset>`` fails the schema), so without ``base_url``
no sitemap.xml is written at all. Output is deterministic: no build times, every list in a stable order.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from typing import Any, Protocol

import jinja2
import markupsafe
from jinja2 import pass_context

from . import urls
from .cache import Memo
from .config import Config
from .model import Article, Corpus, Person, Story
from .page_inputs import PageInputs
from .render_memo import PageMemo, fingerprint, text_hash
from .render_parallel import render_jobs
from .search import index_script, search_entries
from .structured_data import article_ld, person_ld
from .views import Lookup, story_summaries
from .views_article import article_page
from .views_lists import all_articles, journalist_items, month_archive, outlet_items, paginate
from .views_person import PersonViews, by_quote_count, person_items
from .views_story import story_page


def _builtin_templates() -> Path:
    """The built-in templates: inside the installed package (a wheel puts them in digest/templates), else at the
    top of the source tree (``templates/``, where they are edited; an editable install reads them there)."""
    here = Path(__file__).resolve().parent
    installed = here / "templates"
    return installed if installed.is_dir() else here.parent.parent / "templates"


BUILTIN_TEMPLATES = _builtin_templates()
STATIC_FILES = (urls.STYLESHEET, urls.FAVICON, urls.SEARCH_SCRIPT)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # not strftime('%B'): that follows the machine's locale, and output must not
NAV = (("index.html", "Stories"), ("search.html", "Search"), ("people/index.html", "People"),
       ("outlets/index.html", "Outlets"), ("journalists/index.html", "Journalists"),
       ("articles/index.html", "Articles"), ("archive/index.html", "Archive"))  # the site menu: (page, label)
EPOCH = "1970-01-01"  # the feed's <updated> when no story has a date: fixed, so rebuilds are identical
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")  # forbidden in HTML and XML text


class RenderError(Exception):
    """The templates are missing or broken: the message says which and where they were looked for."""


def template_folders(config: Config) -> list[Path]:
    folders = [config.templates] if config.templates else []
    if BUILTIN_TEMPLATES.is_dir():
        folders.append(BUILTIN_TEMPLATES)
    return folders


def make_environment(config: Config) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(f)) for f in template_folders(config)]),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        auto_reload=False)  # templates do not change during a build
    env.template_class = CleanTemplate
    env.filters["human_date"] = human_date
    env.filters["percent"] = lambda share: f"{round(share * 100)}%"
    env.globals["url"] = link  # each page gets a faster one of its own (see _Pages._render)
    env.globals["cached"] = macro_cache()
    env.globals["site_nav"] = site_nav
    env.globals["feed_id"] = feed_id
    return env


def without_control_characters(value: Any) -> Any:
    """Printed text loses control characters (a stray \x10 in a copied page): HTML and XML forbid them.

    Markup too (what ``join`` and macros return): removing a control character never makes a tag.
    """
    if isinstance(value, str) and CONTROL.search(value):
        cleaned = CONTROL.sub("", value)
        return markupsafe.Markup(cleaned) if isinstance(value, markupsafe.Markup) else cleaned
    return value


class CleanTemplate(jinja2.Template):
    """A template whose output has no control characters.

    Cleaned once per page rather than per printed value (Jinja's ``finalize``, millions of calls at 10,000
    articles): the same result, since templates print none themselves and escaping never makes one.
    """

    def render(self, *args: Any, **kwargs: Any) -> str:
        return without_control_characters(super().render(*args, **kwargs))


def human_date(iso: str | None) -> str:
    """'2024-06-23' -> '23 June 2024'; anything that is not a date is shown as given."""
    try:
        d = Date.fromisoformat(iso or "")
    except ValueError:
        return iso or ""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


@pass_context
def link(context: Any, path: str) -> str:
    """A link from the page being rendered to ``path`` (from the site root): relative unless told otherwise."""
    base_url = context["site"].base_url
    if context.get("absolute_links") and base_url:
        return urls.absolute(base_url, path)
    return urls.relative(context["page"], path)


def macro_cache() -> Callable[..., Any]:
    """``cached(macro, args...)``: what the macro printed for the same arguments on a page in the same folder.

    Links are relative to the folder, so a macro that prints a record (an article's line in a list) prints the
    same text on every page of a folder; the lists that repeat from page to page are printed once per folder.
    Only for macros whose output depends on nothing but their arguments and the page's folder.
    """
    memo: dict[tuple, Any] = {}

    @pass_context
    def cached(context: Any, macro: Any, *args: Any, **kwargs: Any) -> Any:
        key = (macro.name, context["page"].rpartition("/")[0], bool(context.get("absolute_links")), args,
               tuple(sorted(kwargs.items())))
        try:
            text = memo.get(key)
        except TypeError:  # an argument that cannot be a key (a list): print it afresh
            return macro(*args, **kwargs)
        if text is None:
            text = memo[key] = macro(*args, **kwargs)
        return text
    return cached


@pass_context
def site_nav(context: Any) -> list[tuple[str, str, str | None]]:
    """The menu as (link, label, aria-current): 'page' on the page itself, 'true' anywhere in its section.

    Built here rather than looped over in the template: it is on every page, and this is much cheaper.
    """
    page = context["page"]
    items = []
    for target, label in NAV:
        folder = target.rpartition("/")[0]
        current = "page" if page == target else "true" if folder and page.startswith(folder + "/") else None
        items.append((link(context, target), label, current))
    return items


def feed_id(kind: str, key: str) -> str:
    """A stable Atom id that survives a change of address: a name-based UUID of the story id."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"digest:{kind}:{key}").urn


def _template_error(exc: Exception, config: Config) -> RenderError:
    looked = ", ".join(str(f) for f in template_folders(config)) or "nowhere"
    hint = "" if BUILTIN_TEMPLATES.is_dir() else (
        f" The built-in templates were not found at {BUILTIN_TEMPLATES} (is digest installed without its "
        "templates folder? install it in editable mode, or set `templates:` to a complete folder).")
    where = ""
    if isinstance(exc, jinja2.TemplateSyntaxError):  # name the file and line the user has to fix
        where = f"{exc.filename or exc.name}, line {exc.lineno}: "
    return RenderError(f"template problem: {where}{exc} (looked in: {looked}).{hint}")


class PageSink(Protocol):
    """Where finished pages go. ``place`` runs where the page was rendered (maybe a forked worker) and returns
    what travels back to this process, where ``record`` gets it: a ``write.SiteWriter`` writes the page into
    its staging folder and sends back only its hash, so no process ever holds the whole site. A sink may also
    have ``carry_unchanged(rel, digest)``, placing the previous site's file unread (``write.SiteWriter``)."""

    def place(self, rel: str, content: str | bytes) -> Any: ...

    def record(self, rel: str, placed: Any) -> None: ...


class _Collected(dict[str, str | bytes]):
    """A sink that keeps every page in memory (``render_site``): fine for small sites and tests."""

    def place(self, rel: str, content: str | bytes) -> str | bytes:
        return content

    def record(self, rel: str, placed: str | bytes) -> None:
        self[rel] = placed


def render_site(corpus: Corpus, config: Config, paths: urls.SitePaths, workers: int | None = None,
                memo: bool = False) -> dict[str, str | bytes]:
    """Every page of the site, the feed, the sitemap (with base_url) and the static assets, in memory."""
    files = _Collected()
    render_site_into(files, corpus, config, paths, workers, memo)
    return dict(files)


def render_site_into(sink: PageSink, corpus: Corpus, config: Config, paths: urls.SitePaths,
                     workers: int | None = None, memo: bool = False) -> None:
    """Render every page of the site into ``sink`` as it is finished (see ``render_site`` for what is in it).

    Pages are rendered on ``workers`` processes (None: every core for a big site, see ``render_parallel``);
    the result is the same whatever the number. With ``memo`` (and a cache folder in ``config``), a page whose
    inputs are those of a page in the previous site is read from there instead of rendered (``render_memo``).
    """
    env = make_environment(config)
    folders = template_folders(config)
    pages_memo = PageMemo(config.cache if memo else None, config.output, fingerprint(folders, config)
                          if memo and config.cache else "")
    # The corpus is millions of objects that live to the end of the build: frozen, the garbage collector stops
    # scanning them again and again (a tenth of rendering), and forked workers do not copy the pages they sit on.
    gc.freeze()
    try:
        _render_all(sink, env, corpus, config, paths, workers, pages_memo)
    except (jinja2.TemplateNotFound, jinja2.TemplateSyntaxError, jinja2.UndefinedError) as exc:
        raise _template_error(exc, config) from exc
    finally:
        gc.unfreeze()


Rendered = tuple[Any, str | None, str | None]  # (what the sink's place returned, memo key, hash of the text)


@dataclass(frozen=True)
class _Job:
    """One page to make: where, with which template and title, and its context (``view`` adds to it)."""

    path: str
    template: jinja2.Template
    title: str
    view: Callable[[], dict[str, Any]] | None
    inputs: Callable[[], bytes] | None
    context: dict[str, Any]
PARTS = ("base.html", "macros.html", "list.html")  # templates the pages extend or import


class _Pages:
    """The site's pages as jobs: (path, job that renders it). Views that several pages share are built once,
    before the jobs run; each story, article and person page builds its own view inside its job."""

    def __init__(self, sink: PageSink, env: jinja2.Environment, config: Config, memo: PageMemo):
        self.sink = sink
        self.env = env
        self.config = config
        self.memo = memo
        self.jobs: list[_Job] = []
        self.templates: dict[str, jinja2.Template] = {}

    def add(self, path: str, template: str, title: str, view: Callable[[], dict[str, Any]] | None = None,
            inputs: Callable[[], bytes] | None = None, **context: Any) -> None:
        """A page at ``path``; ``view`` (when given) makes more of its context when the page is rendered, and
        ``inputs`` (when given) is a key of everything ``view`` reads: the memo then decides without the view."""
        if template not in self.templates:
            self.templates[template] = self.env.get_template(template)
        self.jobs.append(_Job(path, self.templates[template], title, view, inputs,
                              {"og_type": "website", "json_ld": None, **context}))

    def run(self, workers: int | None) -> list[Rendered]:
        """Every page, in job order: first the ones the memo can reuse without building a view, in this process
        (cheap: a key and a hard link each), then the rest rendered, on worker processes when there are many.
        So a rebuild after a small change forks no workers at all (a fork of a process holding the corpus costs
        more than rendering a few pages)."""
        results: dict[int, Rendered] = {}
        todo: list[tuple[int, str | None]] = []
        for n, job in enumerate(self.jobs):
            # Keys are made here even when the memo is empty (a cold build), for the next build: here every page
            # shares one set of the per-article and per-story hashes, where workers would each make their own.
            key = self._key(job) if self.memo.enabled else None
            reused = self._reuse(job.path, key) if key is not None and self.memo.known else None
            if reused is None:
                todo.append((n, key))
            else:
                results[n] = reused
        rendered = render_jobs([functools.partial(self._render, self.jobs[n], key) for n, key in todo], workers)
        results.update((n, page) for (n, _), page in zip(todo, rendered, strict=True))
        return [results[n] for n in range(len(self.jobs))]

    def _key(self, job: _Job) -> str | None:
        """The page's memo key when it can be had without building its view."""
        if job.inputs is not None:
            made_from = {**job.context, "\0inputs": job.inputs()}
            return self.memo.key(job.path, job.template.name or "", job.title, made_from)
        if job.view is None:
            return self.memo.key(job.path, job.template.name or "", job.title, job.context)
        return None

    def _render(self, job: _Job, key: str | None) -> Rendered:
        """(the page placed in the sink, memo key, hash of the text); the last two only when the memo is on.
        ``key``: the key ``run`` found and the memo could not reuse; None when it has still to be tried."""
        try:
            config, path, context = self.config, job.path, dict(job.context)
            if self.memo.enabled and key is None:
                key = self._key(job)
                reused = self._reuse(path, key) if key is not None else None
                if reused is not None:
                    return reused
            if job.view is not None:
                context.update(job.view())
            if self.memo.enabled and key is None:  # a view without an inputs key: keyed by the view itself
                key = self.memo.key(path, job.template.name or "", job.title, context)
                reused = self._reuse(path, key)
                if reused is not None:
                    return reused
            canonical = urls.absolute(config.base_url, path) if config.base_url else None
            absolute = context.get("absolute_links") and config.base_url
            url = functools.partial(urls.absolute, config.base_url) if absolute else urls.linker(path)
            text = job.template.render(page=path, site=config, title=job.title, canonical=canonical, url=url,
                                       **context)
            return self.sink.place(path, text), key, text_hash(text) if key is not None else None
        except (jinja2.TemplateNotFound, jinja2.TemplateSyntaxError, jinja2.UndefinedError) as exc:
            raise _template_error(exc, config) from None  # from a worker too: a plain message travels back

    def _reuse(self, path: str, key: str) -> Rendered | None:
        """The previous build's page, placed in the sink, when ``key`` rendered it (see ``render_memo``)."""
        expected = self.memo.expected(key)
        if expected is None:
            return None
        carry = getattr(self.sink, "carry_unchanged", None)  # the site writer links the old file unread
        placed = carry(path, expected) if carry is not None else None
        if placed is None:
            text = self.memo.recall(path, key)
            if text is None:
                return None
            placed = self.sink.place(path, text)
        return placed, key, expected

    def load_parts(self) -> None:
        """Compile what the pages extend and import before any worker starts, so none compiles it again."""
        for name in PARTS:
            with contextlib.suppress(jinja2.TemplateNotFound):  # a user's set of templates that does without it
                self.env.get_template(name)


def _render_all(sink: PageSink, env: jinja2.Environment, corpus: Corpus, config: Config, paths: urls.SitePaths,
                workers: int | None, memo: PageMemo) -> None:
    lookup = Lookup(corpus, paths)
    inputs = PageInputs(lookup)
    pages = _Pages(sink, env, config, memo)
    page = pages.add

    stories = story_summaries(lookup)
    for pager, chunk in paginate(stories, config.per_page, urls.index_page):
        title = config.title if pager.number == 1 else f"{config.title}, page {pager.number}"
        page(urls.index_page(pager.number), "index.html", title, stories=chunk, pager=pager)
    months = month_archive(stories, MONTHS, urls.archive_page)
    page(urls.ARCHIVE_INDEX, "archive.html", "Archive", items=months)
    for month in months:
        page(month.url, "month.html", f"Stories of {month.label}" if month.key != "undated" else "Undated stories",
             month=month, stories=month.stories)
    for story in corpus.stories:
        page(paths.stories[story.id], "story.html", story.title, functools.partial(_story_view, lookup, story),
             functools.partial(inputs.story_page, story), og_type="article")
    for article in corpus.articles:
        page(paths.articles[article.source], "article.html", article.title,
             functools.partial(_article_view, lookup, article, config), functools.partial(inputs.article_page, article),
             og_type="article")
    person_views = PersonViews(lookup, config.per_page)
    for person in corpus.people.persons:
        path = paths.people.get(person.name) or ""
        made_from = functools.partial(inputs.person_page, person_views, person)
        page(path, "person.html", person.name, functools.partial(_person_view, person_views, person, config),
             made_from, og_type="profile")
        if path:
            page(urls.person_feed(path), "person-feed.xml", person.name,
                 functools.partial(_person_feed_view, person_views, person), made_from, absolute_links=True)
    # A person's quote count (the people index) is remembered by what their page is made from.
    counts = Memo(config.cache if memo.enabled else None, "quote-counts")

    def counted(person: Person, count: Callable[[], int]) -> int:
        return counts.remembered(inputs.person_page(person_views, person), count)

    people = person_items(lookup, person_views, counted if memo.enabled else None)
    counts.save()
    page(urls.PEOPLE_INDEX, "people.html", "People", items=people, order="name")
    page(urls.PEOPLE_BY_QUOTES, "people.html", "People by number of quotes", items=by_quote_count(people),
         order="quotes")
    outlets = outlet_items(lookup)
    page(urls.OUTLETS_INDEX, "outlets.html", "Outlets", items=outlets)
    for outlet in outlets:
        page(outlet.url, "outlet.html", outlet.name, outlet=outlet, items=outlet.articles)
    page(urls.JOURNALISTS_INDEX, "journalists.html", "Journalists", items=journalist_items(lookup))
    page(urls.ARTICLES_INDEX, "articles.html", "All articles", items=all_articles(lookup))
    page(urls.SEARCH, "search.html", "Search")
    page(urls.NOT_FOUND, "404.html", "Page not found", absolute_links=True)
    updated = max((s.last_date for s in stories if s.last_date), default=EPOCH)
    page(urls.FEED, "feed.xml", config.title, stories=stories[:config.per_page], updated=updated,
         absolute_links=True)
    if config.base_url:
        listed = sorted(job.path for job in pages.jobs if job.path.endswith(".html") and job.path != urls.NOT_FOUND)
        page(urls.SITEMAP, "sitemap.xml", config.title, pages=listed, absolute_links=True)
    pages.load_parts()
    rendered = pages.run(workers)
    for job, (placed, _, _) in zip(pages.jobs, rendered, strict=True):
        sink.record(job.path, placed)
    memo.save({key: digest for _, key, digest in rendered if key is not None and digest is not None})
    sink.record(urls.SEARCH_INDEX, sink.place(urls.SEARCH_INDEX,
                                              index_script(search_entries(lookup, stories, people, outlets))))
    for name in STATIC_FILES:
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        sink.record(name, sink.place(name, source))


def _story_view(lookup: Lookup, story: Story) -> dict[str, Any]:
    return {"story": story_page(lookup, story)}


def _person_view(views: PersonViews, person: Person, config: Config) -> dict[str, Any]:
    view = views.page(person)
    return {"person": view, "json_ld": person_ld(view, config.base_url)}


def _person_feed_view(views: PersonViews, person: Person) -> dict[str, Any]:
    view = views.page(person)
    return {"person": view, "updated": max((e.ref.date for e in view.feed if e.ref.date), default=EPOCH)}


def _article_view(lookup: Lookup, article: Article, config: Config) -> dict[str, Any]:
    view = article_page(lookup, article)
    return {"article": view, "json_ld": article_ld(view, config.base_url, config.language)}
