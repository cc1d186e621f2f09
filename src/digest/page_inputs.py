"""What the article, story and person pages' views read from the corpus, hashed, so the render memo can reuse a page
without building its view (building the views is most of a rebuild's rendering).

A page's text is a function of its view, and the view a function of what it reads through the ``Lookup``.
These keys hash all of that, and more where that is simpler: for every article a view touches, the whole
``Article`` record, its ``ArticleRef`` (title, label, links, byline, story link) and each name it uses
resolved (canonical name, person page, the ``Person`` record); and the whole ``Story`` record. So an equal
key means an equal view; a key that differs only costs a render. Each article's and story's part is hashed
once per build and reused by every page that shows it.

Keep in step with ``views_article.article_page``, ``views_story.story_page`` and ``views_person.PersonViews``:
a view that starts to read something new must have it added here (tests/test_render.py rebuilds after edits
and compares with a cold render).
"""

from __future__ import annotations

from .cache import content_key
from .model import Article, Person, Story
from .views import Lookup
from .views_person import PersonViews


class PageInputs:
    """Keys of what each article and story page is made from (see the module docstring)."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        self._sources: dict[str, bytes] = {}
        self._stories: dict[str, bytes] = {}
        self._persons: dict[str, bytes] = {}
        self._person_pages: dict[str, bytes] = {}

    def person(self, name: str) -> bytes:
        """A canonical name as pages show it: its page and its record (roles, aliases)."""
        key = self._persons.get(name)
        if key is None:
            lookup = self.lookup
            key = self._persons[name] = content_key(name, lookup.paths.people.get(name), lookup.persons.get(name))
        return key

    def source(self, source: str) -> bytes:
        """One article as any page reads it: its record, its line in lists, the persons its names resolve to."""
        key = self._sources.get(source)
        if key is None:
            lookup = self.lookup
            article = lookup.articles.get(source)
            if article is None:
                key = content_key("missing", source)
            else:
                names = sorted({m.name for m in article.mentions} | {s for q in article.quotes for s in q.speakers}
                               | set(article.byline))
                resolved = [(n, self.person(lookup.canonical(source, n))) for n in names]
                key = content_key(article, lookup.ref(source), resolved)
            self._sources[source] = key
        return key

    def _story(self, story: Story) -> bytes:
        key = self._stories.get(story.id)
        if key is None:
            lookup = self.lookup
            involved = dict.fromkeys(("article", s) for s in story.sources)
            for link in story.links:
                involved.update(dict.fromkeys((("article", link.left), ("article", link.right))))
            for evidence in story.evidence:
                involved.update(dict.fromkeys((("article", evidence.left), ("article", evidence.right))))
                involved.update(dict.fromkeys(("person", n) for n in evidence.shared_people))
            for passage in story.passages:
                involved.update(dict.fromkeys(("article", source) for source, _ in passage.carriers))
            parts = [self.person(name) if kind == "person" else self.source(name) for kind, name in involved]
            key = self._stories[story.id] = content_key(story, lookup.paths.stories.get(story.id), parts)
        return key

    def article_page(self, article: Article) -> bytes:
        story = self.lookup.story_of.get(article.source)
        return content_key(self.source(article.source), self._story(story) if story else None)

    def story_page(self, story: Story) -> bytes:
        return self._story(story)

    def person_page(self, views: PersonViews, person: Person) -> bytes:
        """A person's page and feed: the person, which articles quote, mention or are by them, those articles,
        and of each one's story what the page shows (title, page, date of its newest article)."""
        lookup, name = self.lookup, person.name
        key = self._person_pages.get(name)
        if key is None:
            sources = views.sources(name)
            stories = [lookup.story_of.get(s) for s in sources]
            key = self._person_pages[name] = content_key(
                self.person(name), person, views.quoted.get(name, ()), views.mentioned.get(name, ()),
                views.wrote.get(name, ()), [self.source(s) for s in sources],
                [(s.id, s.title, lookup.paths.stories.get(s.id), views.latest(s.id)) if s else None for s in stories])
        return key
