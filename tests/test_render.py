"""The rendered pages give a reader what they need, safely: titles, structure, quotes, copies, people, feed.

Built from the hand-made corpus in tests/fixtures/render.py (two stories, four articles, one copy).
"""

from __future__ import annotations

import functools
import json
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from digest import render, render_memo, render_parallel
from digest.config import Config
from digest.export import export_json
from digest.model import Corpus, People, Quote
from digest.render import RenderError, render_site
from digest.urls import site_paths
from digest.write import SiteWriter, write_site
from fixtures.render import SCRIPT_TEXT, corpus, putin_warning_reworded

ATOM = "{http://www.w3.org/2005/Atom}"
SEOUL = "articles/aid-to-ukraine-depends-on-russia-seoul-says.html"
COPY = "articles/seoul-ukraine-aid-depends-on-russia.html"
SCRIPT = "articles/script-alert-1-script-officials-said.html"


def build(**settings: object) -> dict[str, str]:
    c = corpus()
    files = render_site(c, Config(**settings), site_paths(c))  # type: ignore[arg-type]
    return {k: v for k, v in files.items() if isinstance(v, str)}


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    return build()


def pages(site: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in site.items() if k.endswith(".html")}


def test_every_page_is_a_complete_accessible_document(site: dict[str, str]) -> None:
    for path, html in pages(site).items():
        assert html.startswith("<!doctype html>"), path
        assert '<html lang="en">' in html, path
        assert re.search(r"<title>[^<]+</title>", html), path
        assert html.count("<h1") == 1, path
        for landmark in ("<header", "<nav", '<main id="content"', "<footer"):
            assert landmark in html, (path, landmark)
        assert 'class="skip-link" href="#content"' in html, path


def test_the_site_language_comes_from_the_config() -> None:
    assert '<html lang="ko">' in build(language="ko")["index.html"]


OWN_SCRIPT = re.compile(r'<script (?:type="application/ld\+json">'
                        r'|src="(?:\.\./)*assets/search(?:-index)?\.js"></script>)')


def test_content_is_escaped_everywhere(site: dict[str, str]) -> None:
    """The only scripts are our own (JSON-LD metadata, the search page's two files): never one from the text."""
    for path, text in site.items():
        if path.endswith((".html", ".xml")):
            assert text.count("<script") == len(OWN_SCRIPT.findall(text)), path
    assert "<script>alert" not in site["assets/search-index.js"]
    article = site[SCRIPT]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Officials said</h1>" in article
    assert "nothing &amp; everything" in article


def test_only_web_addresses_become_links(site: dict[str, str]) -> None:
    assert "javascript:" not in site["articles/putin-warns-seoul.html"]
    assert '<a href="https://example.com/seoul" rel="nofollow">' in site[SEOUL]


def test_index_lists_stories_newest_first_with_what_a_reader_scans_for(site: dict[str, str]) -> None:
    index = site["index.html"]
    assert index.index("Seoul ties Ukraine aid to Russia") < index.index("Putin warns South Korea")
    assert '<a href="stories/seoul-ukraine-aid.html">' in index
    assert '<time datetime="2024-06-23">23 June 2024</time> – <time datetime="2024-06-24">' in index
    assert "2 articles from Korea JoongAng Daily and The Daily Ledger" in index
    # the lead says what happened, from the article the story is named after... or the first one
    assert "<p class=\"story-lead\">National Security Adviser Chang Ho-jin said Sunday that aid" in index
    assert 'Quoted: <a href="people/chang-ho-jin.html">Chang Ho-jin</a>' in index
    assert 'href="people/index.html"' in index


def test_outlets_are_not_claimed_for_articles_that_name_none(site: dict[str, str]) -> None:
    """Of the Putin story's two articles only one names an outlet: the line must not credit it with both."""
    index = site["index.html"]
    assert "2 articles: 1 from Wire Service, 1 with no outlet named" in index
    assert "2 articles from Wire Service" not in index
    feed = ET.fromstring(site["feed.xml"])
    summaries = [e.findtext(f"{ATOM}summary") or "" for e in feed.findall(f"{ATOM}entry")]
    assert any("1 from Wire Service, 1 with no outlet named" in text for text in summaries)


def test_index_is_split_into_pages_by_per_page() -> None:
    site = build(per_page=1)
    assert "Seoul ties Ukraine aid" in site["index.html"] and "Putin warns South Korea" not in site["index.html"]
    second = site["page/2.html"]
    assert "Putin warns South Korea" in second
    assert '<a href="../index.html" rel="prev">' in second
    assert '<a href="page/2.html" rel="next">' in site["index.html"]


def test_article_marks_quotes_once_without_doubling_the_quote_marks(site: dict[str, str]) -> None:
    article = site[SEOUL]
    assert ('<p id="p2"><q id="q1" cite="https://example.com/seoul" data-speaker="Chang Ho-jin">It is all up to the '
            'Russian side,</q> Chang told' in article)
    assert '&#34;<q' not in article and '</q>&#34;' not in article
    assert '<a href="#q2">' in article  # the quote list links to the marked words


def test_a_quote_whose_offsets_point_at_other_words_is_not_marked() -> None:
    c = corpus()
    shifted = tuple(replace(a, quotes=tuple(replace(q, start=q.start + 3, end=q.end + 3) for q in a.quotes))
                    for a in c.articles)
    moved = replace(c, articles=shifted)
    article = str(render_site(moved, Config(), site_paths(moved))[SEOUL])
    assert "<q" not in article
    assert '<a href="#p2">“It is all up to the Russian side,”</a>' in article


def test_article_shows_its_facts_and_where_they_came_from(site: dict[str, str]) -> None:
    article = site[SEOUL]
    assert "<h1>Aid to Ukraine depends on Russia, Seoul says</h1>" in article
    assert 'by <a href="../people/lim-jeong-won.html">Lim Jeong-won</a>' in article
    assert '<a href="../outlets/korea-joongang-daily.html">Korea JoongAng Daily</a>' in article
    assert '<time datetime="2024-06-23">23 June 2024</time>' in article
    assert "<dt>Date</dt><dd>from the front matter</dd>" in article
    assert "<code>a/seoul.txt</code>" in article
    assert '<p class="caption">Chang Ho-jin speaks to reporters. [NEWS1]</p>' in article
    assert '<a href="../people/chang-ho-jin.html">National Security Adviser Chang Ho-jin</a> said' in article
    assert 'href="../stories/seoul-ukraine-aid.html"' in article


def test_copies_name_each_other_on_their_article_pages(site: dict[str, str]) -> None:
    assert ('This is a copy with additions of <a href="aid-to-ukraine-depends-on-russia-seoul-says.html">Korea '
            'JoongAng Daily</a>: 67% of its text is shared.') in site[COPY]
    assert ('<a href="seoul-ukraine-aid-depends-on-russia.html">The Daily Ledger</a> is a copy with additions of this'
            in site[SEOUL])


def test_a_quote_with_bad_offsets_is_listed_and_linked_to_its_paragraph(site: dict[str, str]) -> None:
    article = site[SCRIPT]
    assert "<q" not in article
    assert '<a href="#p1">“nothing”</a> — officials' in article
    assert "no headline" in article


def test_story_page_shows_copies_shared_text_additions_and_quotes(site: dict[str, str]) -> None:
    story = site["stories/seoul-ukraine-aid.html"]
    assert "<h1>Seoul ties Ukraine aid to Russia</h1>" in story
    listed = story[story.index('id="articles"'):]
    first = listed.index("first reported")
    assert listed.index(SEOUL.split("/")[1]) < first < listed.index(COPY.split("/")[1])
    assert "copy with additions" in story and "67% of its text is shared with" in story
    # the shared lead is printed once in the shared text, with both outlets that carried it
    shared = story[story.index('id="shared"'):story.index('id="additions"')]
    assert shared.count("National Security Adviser Chang Ho-jin said Sunday") == 1
    assert (f'Carried by <a href="../{SEOUL}#p1">Korea JoongAng Daily</a>, '
            f'<a href="../{COPY}#p1">The Daily Ledger</a>') in story
    assert "The Daily Ledger asked the Foreign Ministry for comment." in story
    # the quote both copies carry is shown once, under its speaker, with both sources
    said = story[story.index('id="quotes"'):story.index('id="shared"')]
    assert '<h3 id="said-1"><a href="../people/chang-ho-jin.html">Chang Ho-jin</a></h3>' in said
    assert said.count("<p>It is all up to the Russian side</p>") == 1  # the trailing comma is the writer's, not theirs
    assert f'<a href="../{SEOUL}#q1">Korea JoongAng Daily</a>, <a href="../{COPY}#q1">The Daily Ledger</a>' in said
    assert '<blockquote cite="https://example.com/seoul">' in said
    assert "80% similar, they share passages of text; both name" in story


def test_articles_from_the_same_outlet_are_told_apart_by_title() -> None:
    c = corpus()
    same_outlet = replace(c, articles=tuple(replace(a, outlet="Korea JoongAng Daily") if a.source == "b/ledger-copy.txt"
                                             else a for a in c.articles))
    story = render_site(same_outlet, Config(), site_paths(same_outlet))["stories/seoul-ukraine-aid.html"]
    assert isinstance(story, str)
    assert (f'Carried by <a href="../{SEOUL}#p1">Korea JoongAng Daily: Aid to Ukraine depends on Russia, Seoul says'
            f'</a>, <a href="../{COPY}#p1">Korea JoongAng Daily: Seoul: Ukraine aid depends on Russia</a>') in story


def test_story_diff_is_readable_without_colour_or_javascript(site: dict[str, str]) -> None:
    story = site["stories/seoul-ukraine-aid.html"]
    assert ('<del><span class="visually-hidden">deleted: </span>Seoul has so far refused to send lethal weapons'
            in story)
    assert '<ins><span class="visually-hidden">inserted: </span>The Daily Ledger asked' in story
    assert "<details" in story and "<script" not in story


def test_forced_grouping_is_explained(site: dict[str, str]) -> None:
    assert "grouped by an override file" in site["stories/putin-warning.html"]


def test_person_page_shows_what_they_said_wrote_and_with_whom(site: dict[str, str]) -> None:
    chang = site["people/chang-ho-jin.html"]
    assert "<h1>Chang Ho-jin</h1>" in chang and "National Security Adviser" in chang
    assert "Also written as: Chang, National Security Adviser Chang Ho-jin" in chang
    assert '<h3><a href="../stories/seoul-ukraine-aid.html">Seoul ties Ukraine aid to Russia</a></h3>' in chang
    assert chang.count("<blockquote") == 2
    lim = site["people/lim-jeong-won.html"]
    assert "Articles they wrote" in lim and f'href="../{SEOUL}"' in lim
    people = site["people/index.html"]
    assert people.index("Chang Ho-jin") < people.index("Lim Jeong-won") < people.index("Vladimir Putin")
    assert "2 quotes, mentioned in 2 articles<" in people and "wrote 1 article<" in people


def test_list_pages_for_outlets_journalists_and_articles(site: dict[str, str]) -> None:
    assert '<a href="the-daily-ledger.html">The Daily Ledger</a>' in site["outlets/index.html"]
    assert "Seoul: Ukraine aid depends on Russia" in site["outlets/the-daily-ledger.html"]
    assert '<a href="../people/lim-jeong-won.html">Lim Jeong-won</a>' in site["journalists/index.html"]
    articles = site["articles/index.html"]
    assert articles.index("Seoul: Ukraine aid") < articles.index("Aid to Ukraine") < articles.index("Putin warns")


def test_feed_is_atom_with_stable_ids_and_relative_links_without_base_url(site: dict[str, str]) -> None:
    feed = ET.fromstring(site["feed.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Seoul ties Ukraine aid to Russia",
                                                              "Putin warns South Korea"]
    assert entries[0].find(f"{ATOM}link").get("href") == "stories/seoul-ukraine-aid.html"  # type: ignore[union-attr]
    assert entries[0].findtext(f"{ATOM}updated") == "2024-06-24T00:00:00Z"
    assert feed.findtext(f"{ATOM}updated") == "2024-06-24T00:00:00Z"
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert all(i and i.startswith("urn:uuid:") for i in ids) and len(set(ids)) == 2
    assert ids == [e.findtext(f"{ATOM}id") for e in ET.fromstring(build()["feed.xml"]).findall(f"{ATOM}entry")]


def test_base_url_gives_absolute_feed_links_canonical_links_and_a_sitemap() -> None:
    site = build(base_url="https://example.org/digest/")
    feed = ET.fromstring(site["feed.xml"])
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert "https://example.org/digest/feed.xml" in links
    assert "https://example.org/digest/stories/seoul-ukraine-aid.html" in links
    assert '<link rel="canonical" href="https://example.org/digest/people/chang-ho-jin.html">' in site[
        "people/chang-ho-jin.html"]
    locs = [e.text for e in ET.fromstring(site["sitemap.xml"]).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://example.org/digest/index.html" in locs and all(str(x).startswith("https://") for x in locs)
    assert "https://example.org/digest/404.html" not in locs
    assert 'href="https://example.org/digest/index.html"' in site["404.html"]
    assert 'href="people/chang-ho-jin.html"' in site["index.html"]  # pages themselves stay relative


def test_no_sitemap_without_base_url_since_it_needs_absolute_addresses(site: dict[str, str]) -> None:
    assert "sitemap.xml" not in site


def test_stylesheet_and_favicon_are_written(site: dict[str, str]) -> None:
    assert "prefers-color-scheme: dark" in site["assets/style.css"] and "@media print" in site["assets/style.css"]
    assert site["assets/favicon.svg"].startswith("<svg")


def test_output_is_deterministic() -> None:
    assert build() == build()


def test_user_templates_override_one_file_and_keep_the_rest(tmp_path: Path) -> None:
    (tmp_path / "404.html").write_text('{% extends "base.html" %}{% block main %}<h1>Lost?</h1>{% endblock %}',
                                       encoding="utf-8")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "style.css").write_text("body { color: teal; }\n", encoding="utf-8")
    site = build(templates=tmp_path)
    assert "<h1>Lost?</h1>" in site["404.html"]
    assert site["assets/style.css"] == "body { color: teal; }\n"
    assert "<h1>Seoul ties Ukraine aid to Russia</h1>" in site["stories/seoul-ukraine-aid.html"]


def test_missing_templates_give_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "BUILTIN_TEMPLATES", tmp_path / "not-installed")
    c = corpus()
    with pytest.raises(RenderError, match="built-in templates were not found"):
        render_site(c, replace(Config(), templates=tmp_path), site_paths(c))


def test_an_empty_corpus_still_gives_a_working_site() -> None:
    empty = Corpus(articles=(), people=People(()), stories=())
    site = render_site(empty, Config(), site_paths(empty))
    assert "No stories yet" in str(site["index.html"])
    assert {"people/index.html", "outlets/index.html", "journalists/index.html", "feed.xml"} <= set(site)
    ET.fromstring(site["feed.xml"])


def test_a_story_of_one_article_claims_no_first() -> None:
    c = corpus()
    single = replace(c, stories=(replace(c.stories[0], sources=("a/seoul.txt",), links=(), passages=()),))
    story = render_site(single, Config(), site_paths(single))["stories/seoul-ukraine-aid.html"]
    assert "first reported" not in str(story)


def test_control_characters_from_copied_pages_never_reach_html_or_xml() -> None:
    c = corpus()
    dirty = replace(c, articles=tuple(replace(a, paragraphs=(a.paragraphs[0] + " rats\x10...", *a.paragraphs[1:]),
                                              title=a.title + "\x0b") for a in c.articles))
    for path, text in render_site(dirty, Config(), site_paths(dirty)).items():
        assert "\x10" not in str(text) and "\x0b" not in str(text), path


def test_person_quotes_are_grouped_by_story_newest_story_first() -> None:
    c = corpus()
    start = SCRIPT_TEXT.index("nothing")
    quote = Quote("nothing", 0, start, start + len("nothing"), ("Chang Ho-jin",), "officials", "person")
    articles = tuple(replace(a, quotes=(quote,)) if a.source == "d/untitled.txt" else a for a in c.articles)
    people = replace(c.people, canonical={**c.people.canonical, ("d/untitled.txt", "Chang Ho-jin"): "Chang Ho-jin"})
    both = replace(c, articles=articles, people=people)
    chang = str(render_site(both, Config(), site_paths(both))["people/chang-ho-jin.html"])
    assert chang.index("Seoul ties Ukraine aid to Russia</a></h3>") < chang.index("Putin warns South Korea</a></h3>")
    assert chang.index("Putin warns South Korea</a></h3>") < chang.index("<p>…nothing</p>")  # a fragment: ellipsis


def test_templates_only_print_they_never_sort_or_group() -> None:
    """Sorting and grouping happen once in the views; a template that sorts would drift from the JSON export."""
    for template in render.BUILTIN_TEMPLATES.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for word in ("|sort", "| sort", "groupby", "|unique", "dictsort"):
            assert word not in text, (template.name, word)


def test_story_page_opens_with_what_happened_and_one_quote_per_speaker(site: dict[str, str]) -> None:
    story = site["stories/seoul-ukraine-aid.html"]
    summary = story[story.index('id="summary"'):story.index('id="articles"')]
    # what happened: the lead of the article the story is named after (here none is, so the first article)
    assert "<p>National Security Adviser Chang Ho-jin said Sunday that aid to Ukraine depends on Russia.</p>" in summary
    assert f'the <a href="../{SEOUL}#p1">Korea JoongAng Daily article</a>' in summary
    # one key quote for Chang, a whole sentence carried by both copies, with his role and a link to the rest
    key = summary[summary.index('id="key-quotes"'):]
    assert key.count("<blockquote") == 1
    assert "<p>It is all up to the Russian side</p>" in key
    assert "Chang Ho-jin</a></span>, National Security Adviser" in key
    assert '<a href="#said-1">1 more by Chang Ho-jin</a>' in key
    # the timeline dates "said Sunday" from the article's own date; the details come folded, after the summary
    assert '<time datetime="2024-06-23">Sunday, 23 June 2024</time>' in summary
    assert story.index('id="summary"') < story.index("<details") and 'id="said-1"' in story


def test_archive_lists_stories_by_month(site: dict[str, str]) -> None:
    assert ('<a href="2024-06.html"><time datetime="2024-06">June 2024</time></a> <span class="count">2 stories</span>'
            in site["archive/index.html"])
    june = site["archive/2024-06.html"]
    assert '<h1>Stories of <time datetime="2024-06">June 2024</time></h1>' in june
    assert june.index("Seoul ties Ukraine aid to Russia") < june.index("Putin warns South Korea")


def test_people_index_has_two_static_orderings(site: dict[str, str]) -> None:
    by_name, by_quotes = site["people/index.html"], site["people/by-quotes.html"]
    assert by_name.index("Chang Ho-jin") < by_name.index("Lim Jeong-won") < by_name.index("Vladimir Putin")
    ranked = by_quotes[by_quotes.index('class="item-list"'):]
    assert ranked.index("Chang Ho-jin") < ranked.index("Vladimir Putin") < ranked.index("Lim Jeong-won")
    assert '<a href="by-quotes.html" aria-current="page">by number of quotes</a>' in by_quotes
    assert '<a href="index.html" aria-current="page">by name</a>' in by_name
    assert '<a href="index.html" aria-current="true">People</a>' in by_quotes  # the menu shows the section


def test_journalist_and_outlet_pages_say_whom_they_quote(site: dict[str, str]) -> None:
    lim = site["people/lim-jeong-won.html"]
    whom = lim[lim.index('id="quotes-whom"'):]
    assert '<a href="chang-ho-jin.html">Chang Ho-jin</a> <span class="count">(2 quotes)</span>' in whom
    assert "Quotes <a href=\"../people/chang-ho-jin.html\">Chang Ho-jin</a>" in site["journalists/index.html"]
    outlet = site["outlets/korea-joongang-daily.html"]
    assert 'Written by <a href="../people/lim-jeong-won.html">Lim Jeong-won</a>.' in outlet
    assert 'Quoting <a href="../people/chang-ho-jin.html">Chang Ho-jin</a>.' in outlet


def test_each_person_has_an_atom_feed_beside_their_page(site: dict[str, str]) -> None:
    page = site["people/chang-ho-jin.html"]
    assert '<link rel="alternate" type="application/atom+xml" title="Chang Ho-jin" href="chang-ho-jin.xml">' in page
    feed = ET.fromstring(site["people/chang-ho-jin.xml"])
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Seoul: Ukraine aid depends on Russia",
                                                              "Aid to Ukraine depends on Russia, Seoul says"]
    assert entries[1].findtext(f"{ATOM}summary") == ("Chang Ho-jin: “It is all up to the Russian side,” "
                                                      "(Korea JoongAng Daily)")
    lim = ET.fromstring(site["people/lim-jeong-won.xml"])
    assert (lim.findtext(f"{ATOM}entry/{ATOM}summary") or "").startswith("By Lim Jeong-won.")


def json_ld(html: str) -> dict:
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(html[start:html.index("</script>", start)])


def test_article_and_person_pages_carry_json_ld_and_open_graph(site: dict[str, str]) -> None:
    article = json_ld(site[SEOUL])
    assert article["@type"] == "NewsArticle" and article["headline"] == "Aid to Ukraine depends on Russia, Seoul says"
    assert article["datePublished"] == "2024-06-23"
    assert article["author"] == [{"@type": "Person", "name": "Lim Jeong-won"}]
    assert article["publisher"] == {"@type": "Organization", "name": "Korea JoongAng Daily"}
    assert article["isBasedOn"] == "https://example.com/seoul" and "url" not in article
    person = json_ld(site["people/chang-ho-jin.html"])
    assert person == {"@context": "https://schema.org", "@type": "Person", "name": "Chang Ho-jin",
                      "alternateName": ["Chang", "National Security Adviser Chang Ho-jin"],
                      "jobTitle": "National Security Adviser"}
    assert '<meta property="og:type" content="article">' in site[SEOUL]
    assert '<meta property="og:type" content="profile">' in site["people/chang-ho-jin.html"]
    assert "og:url" not in site[SEOUL]  # Open Graph wants an absolute address: only with base_url


def test_json_ld_and_open_graph_use_absolute_addresses_with_base_url() -> None:
    site = build(base_url="https://example.org/digest/")
    article = json_ld(site[SEOUL])
    assert article["mainEntityOfPage"] == f"https://example.org/digest/{SEOUL}"
    assert article["author"][0]["url"] == "https://example.org/digest/people/lim-jeong-won.html"
    assert f'<meta property="og:url" content="https://example.org/digest/{SEOUL}">' in site[SEOUL]
    assert json_ld(site["people/chang-ho-jin.html"])["url"] == "https://example.org/digest/people/chang-ho-jin.html"


def test_json_ld_cannot_be_broken_out_of_by_the_text() -> None:
    c = corpus()
    evil = replace(c, articles=tuple(replace(a, title="</script><script>alert(1)</script>") if a.source == "a/seoul.txt"
                                     else a for a in c.articles))
    paths = site_paths(evil)
    html = str(render_site(evil, Config(), paths)[paths.articles["a/seoul.txt"]])
    assert json_ld(html)["headline"] == "</script><script>alert(1)</script>"


def test_search_page_works_without_javascript_as_links(site: dict[str, str]) -> None:
    search = site["search.html"]
    assert '<form id="search-form"' in search and " hidden>" in search  # shown by the script only
    for target in ("index.html", "people/index.html", "articles/index.html", "archive/index.html"):
        assert f'href="{target}"' in search
    assert search.index('src="assets/search-index.js"') < search.index('src="assets/search.js"')
    assert "fetch(" not in site["assets/search.js"]  # file:// forbids it


def test_a_person_page_shows_the_most_telling_quotes_and_folds_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    from digest import views_person
    monkeypatch.setattr(views_person, "SHOWN_QUOTES", 1)
    chang = build()["people/chang-ho-jin.html"]
    shown, folded = chang.split("<details", 1)
    # "It is all up to the Russian side" is a whole sentence carried by both copies; "premature..." is a fragment
    assert "<p>It is all up to the Russian side</p>" in shown and "premature" not in shown
    assert "1 more quote in this story</summary>" in folded and "<p>…premature to say anything.</p>" in folded
    assert "2 quotes in 1 story" in chang


def test_a_story_across_two_months_is_in_both_and_undated_stories_have_their_own_page() -> None:
    c = corpus()
    moved = replace(c, articles=tuple(replace(a, date="2024-07-01") if a.source == "b/ledger-copy.txt" else a
                                      for a in c.articles))
    site = {k: str(v) for k, v in render_site(moved, Config(), site_paths(moved)).items()}
    assert "Seoul ties Ukraine aid to Russia" in site["archive/2024-06.html"]
    assert "Seoul ties Ukraine aid to Russia" in site["archive/2024-07.html"]
    archive = site["archive/index.html"]
    assert archive.index("July 2024") < archive.index("June 2024")
    undated = replace(c, articles=tuple(replace(a, date=None) for a in c.articles))
    site = {k: str(v) for k, v in render_site(undated, Config(), site_paths(undated)).items()}
    assert '<a href="undated.html">Undated</a>' in site["archive/index.html"]
    assert "Putin warns South Korea" in site["archive/undated.html"]


def test_odd_dates_empty_articles_and_empty_stories_still_render() -> None:
    """Dates that are not dates, an article with no paragraphs, a story with no known article: pages, no crash."""
    c = corpus()
    odd = {"a/seoul.txt": "2024-13-45", "b/ledger-copy.txt": "June 2024", "c/putin.txt": "2024-02-30"}
    articles = tuple(replace(a, date=odd.get(a.source, a.date),
                             paragraphs=() if a.source == "d/untitled.txt" else a.paragraphs,
                             quotes=() if a.source == "d/untitled.txt" else a.quotes)
                     for a in c.articles)
    stories = (*c.stories, replace(c.stories[1], id="ghost", title="Ghost", sources=("missing.txt",), evidence=()))
    broken = replace(c, articles=articles, stories=stories)
    paths = site_paths(broken)
    files = render_site(broken, Config(), paths)
    assert "Ghost" in str(files["stories/ghost.html"]) and "archive/undated.html" in files
    assert "Undated" in str(files["archive/index.html"])


@pytest.mark.skipif(not render_parallel.can_fork(), reason="pages are rendered on workers only where fork exists")
def test_pages_rendered_on_worker_processes_are_identical_to_one_process() -> None:
    c = corpus()
    for config in (Config(), Config(base_url="https://news.example.org/", per_page=1)):
        alone = render_site(c, config, site_paths(c), workers=1)
        shared = render_site(c, config, site_paths(c), workers=2)
        assert list(shared) == list(alone)
        assert [path for path in alone if shared[path] != alone[path]] == []


@pytest.mark.skipif(not render_parallel.can_fork(), reason="pages are rendered on workers only where fork exists")
def test_pages_written_by_workers_into_the_site_writer_make_the_same_site(tmp_path: Path) -> None:
    c = corpus()
    config = Config(base_url="https://news.example.org/")
    write_site(render_site(c, config, site_paths(c), workers=1), tmp_path / "whole")
    with SiteWriter(tmp_path / "streamed") as site:
        render.render_site_into(site, c, config, site_paths(c), workers=2)
        report = site.commit()

    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert files(tmp_path / "streamed") == files(tmp_path / "whole")
    assert report.written == len(files(tmp_path / "whole")) - 1 > 20  # every page but the manifest


@pytest.mark.skipif(not render_parallel.can_fork(), reason="workers are forked")
def test_render_jobs_run_on_other_processes_and_come_back_in_order() -> None:
    jobs = [functools.partial(lambda n: f"{n}:{os.getpid()}", n) for n in range(40)]
    pages = render_parallel.render_jobs(jobs, workers=2)
    assert [page.split(":")[0] for page in pages] == [str(n) for n in range(40)]
    assert str(os.getpid()) not in {page.split(":")[1] for page in pages}
    assert render_parallel.render_jobs(jobs[:3], workers=1) == [f"{n}:{os.getpid()}" for n in range(3)]


def test_the_json_export_keeps_only_web_addresses_as_original_url() -> None:
    c = corpus()
    paths = site_paths(c)
    articles = {a["source"]: a for a in json.loads(export_json(c, paths)["data/articles.json"])}
    assert articles["a/seoul.txt"]["original_url"] == "https://example.com/seoul"
    assert articles["c/putin.txt"]["original_url"] is None  # javascript:alert(1) in its metadata


def test_every_section_of_article_and_story_pages_is_named_by_its_own_heading(site: dict[str, str]) -> None:
    for path in (SEOUL, "stories/seoul-ukraine-aid.html"):
        sections = re.findall(r'<section aria-labelledby="([\w-]+)"[^>]*>\n<h2 id="([\w-]+)">[^<]+</h2>', site[path])
        assert len(sections) >= 4 and all(label == heading for label, heading in sections), path
        assert site[path].count("<section") == len(sections) == site[path].count("</section>"), path
    assert '<section aria-labelledby="source" class="provenance">' in site[SEOUL]


def _build_with_memo(c: Corpus, config: Config) -> tuple[dict[str, str | bytes], list[str]]:
    """Render with the memo on and write the site; also say which pages were read back instead of rendered."""
    recalled: list[str] = []
    recall = render_memo.PageMemo.recall

    def spy(memo: render_memo.PageMemo, path: str, key: str) -> str | None:
        text = recall(memo, path, key)
        if text is not None:
            recalled.append(path)
        return text

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render_memo.PageMemo, "recall", spy)
        files = render_site(c, config, site_paths(c), workers=1, memo=True)
    write_site(files, config.output)
    return files, recalled


def test_a_rebuild_with_the_memo_renders_only_changed_pages_and_gives_the_same_site(tmp_path: Path) -> None:
    config = Config(output=tmp_path / "site", cache=tmp_path / "cache", templates=tmp_path / "mine")
    (tmp_path / "mine").mkdir()
    first, recalled = _build_with_memo(corpus(), config)
    assert recalled == []
    again, recalled = _build_with_memo(corpus(), config)
    assert again == first and set(recalled) == {p for p in first if p.endswith((".html", ".xml"))}
    edited = corpus()
    edited = replace(edited, articles=tuple(putin_warning_reworded() if a.source == "c/putin.txt" else a
                                            for a in edited.articles))
    files, recalled = _build_with_memo(edited, config)
    assert files == render_site(edited, replace(config, cache=None), site_paths(edited))  # as if rendered cold
    rendered = {p for p in files if p.endswith((".html", ".xml"))} - set(recalled)
    assert {"articles/putin-warns-seoul.html", "stories/putin-warning.html", "people/vladimir-putin.html"} <= rendered
    assert SEOUL in recalled and "people/chang-ho-jin.html" in recalled
    # A template the user changes is used at once: every page that extends it is rendered again.
    base = (render.BUILTIN_TEMPLATES / "base.html").read_text(encoding="utf-8")
    (tmp_path / "mine" / "base.html").write_text(base.replace("Skip to content", "Skip to the news"))
    files, recalled = _build_with_memo(edited, config)
    assert "Skip to the news" in files[SEOUL] and not [p for p in recalled if p.endswith(".html")]


def _retitled_copy(c: Corpus) -> Corpus:
    return replace(c, articles=tuple(replace(a, title="Ledger: aid hinges on Moscow") if a.source == "b/ledger-copy.txt"
                                     else a for a in c.articles))


def _copy_dated_first(c: Corpus) -> Corpus:
    return replace(c, articles=tuple(replace(a, date="2024-06-01") if a.source == "b/ledger-copy.txt" else a
                                     for a in c.articles))


def _outlet_shared(c: Corpus) -> Corpus:  # two articles of one outlet: their labels must tell them apart
    return replace(c, articles=tuple(replace(a, outlet="Korea JoongAng Daily") if a.source == "c/putin.txt" else a
                                     for a in c.articles))


def _role_changed(c: Corpus) -> Corpus:
    persons = tuple(replace(p, roles=("Former Adviser",)) if p.name == "Chang Ho-jin" else p for p in c.people.persons)
    return replace(c, people=replace(c.people, persons=persons))


def _copy_name_unresolved(c: Corpus) -> Corpus:
    canonical = {k: v for k, v in c.people.canonical.items() if k != ("b/ledger-copy.txt", "Chang Ho-jin")}
    return replace(c, people=replace(c.people, canonical=canonical))


def _story_retitled(c: Corpus) -> Corpus:
    return replace(c, stories=tuple(replace(s, title="Seoul links aid to Moscow") if s.id == "seoul-ukraine-aid"
                                    else s for s in c.stories))


def _original_quotes_dropped(c: Corpus) -> Corpus:  # Chang's quote count on the people index goes down
    return replace(c, articles=tuple(replace(a, quotes=()) if a.source == "a/seoul.txt" else a for a in c.articles))


@pytest.mark.parametrize("edit", [_retitled_copy, _copy_dated_first, _outlet_shared, _role_changed,
                                  _copy_name_unresolved, _story_retitled, _original_quotes_dropped])
def test_after_any_edit_a_rebuild_with_the_memo_equals_a_cold_render(tmp_path: Path, edit) -> None:
    """Pages reused by what their views are made from (page_inputs) must change whenever those inputs do:
    edits that reach other pages than the edited record's own (a sibling's title, the order of dates, an
    outlet's article count, a person's role, a name's resolution, a story's title, a quote count)."""
    config = Config(output=tmp_path / "site", cache=tmp_path / "cache")
    _build_with_memo(corpus(), config)
    edited = edit(corpus())
    files, recalled = _build_with_memo(edited, config)
    assert files == render_site(edited, replace(config, cache=None), site_paths(edited))
    assert recalled  # the memo was at work: some pages did not change


def test_the_memo_never_trusts_a_page_edited_in_the_output(tmp_path: Path) -> None:
    config = Config(output=tmp_path / "site", cache=tmp_path / "cache")
    first, _ = _build_with_memo(corpus(), config)
    (config.output / SEOUL).write_text("tampered", encoding="utf-8")
    files, recalled = _build_with_memo(corpus(), config)
    assert SEOUL not in recalled and files[SEOUL] == first[SEOUL]
    assert (config.output / SEOUL).read_text(encoding="utf-8") == first[SEOUL]


def test_cached_macro_output_is_per_folder_and_per_arguments() -> None:
    env = render.make_environment(Config())
    template = env.from_string('{% macro link(x) %}<a href="{{ url("articles/" ~ x) }}">{{ x }}</a>{% endmacro %}'
                               '{{ cached(link, "a.html") }}|{{ cached(link, "b.html") }}|{{ cached(link, ["c"]) }}')
    config = Config()
    in_root = template.render(page="index.html", site=config)
    in_people = template.render(page="people/p.html", site=config)
    assert in_root == '<a href="articles/a.html">a.html</a>|<a href="articles/b.html">b.html</a>|' \
                      '<a href="articles/[&#39;c&#39;]">[&#39;c&#39;]</a>'
    assert in_people.startswith('<a href="../articles/a.html">a.html</a>|<a href="../articles/b.html">')
