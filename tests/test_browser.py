"""The seeds' site in a real browser (Debian's headless Chromium driven by Playwright).

Pages are opened from file:// and from a static server under a sub-path; every link must resolve, axe-core
must report no accessibility violations at phone and desktop widths, and screenshots are taken (set
DIGEST_SCREENSHOTS=folder to keep them and look at them).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import axe_playwright_python.sync_playwright as axe_api
import playwright.sync_api as playwright_api
import pytest

from digest import pipeline
from digest.config import Config

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}

if CHROMIUM is None:  # CI installs it (.ci/run); a developer without it is told how, not silently skipped
    pytest.fail("browser tests need Chromium: apt-get install chromium", pytrace=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("web") / "sub" / "site"
    pipeline.build(Config(input=ROOT / "seeds", output=out, cache=None))
    return out


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    """A plain static server whose root is two levels above the site: the site lives under /sub/site/."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site.parents[1]))

    class Quiet(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            return

    httpd = Quiet(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *a: None  # type: ignore[method-assign]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sub/site/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def key_pages(site: Path) -> dict[str, str]:
    """The pages a reader meets first: index, a story, an article, a person, the people index, search, an outlet,
    the archive."""
    data = site / "data"
    stories = json.loads((data / "stories.json").read_text(encoding="utf-8"))
    articles = json.loads((data / "articles.json").read_text(encoding="utf-8"))
    people = json.loads((data / "people.json").read_text(encoding="utf-8"))
    quoted = max(people, key=lambda p: len(p["quotes"]))
    outlet = next(p for p in sorted(site.glob("outlets/*.html")) if p.name != "index.html")
    return {"index": "index.html", "story": stories[0]["url"], "article": articles[0]["url"],
            "person": quoted["url"], "people": "people/by-quotes.html", "search": "search.html",
            "outlet": outlet.relative_to(site).as_posix(), "archive": "archive/index.html"}


def test_key_pages_exist(site: Path) -> None:
    for name, url in key_pages(site).items():
        assert (site / url).is_file(), name


@pytest.mark.parametrize("width", sorted(WIDTHS))
def test_no_accessibility_violations(browser: object, site: Path, width: str) -> None:
    context = browser.new_context(viewport=dict(zip(("width", "height"), WIDTHS[width], strict=True)))  # type: ignore[attr-defined]
    page = context.new_page()
    shots = Path(os.environ["DIGEST_SCREENSHOTS"]) if os.environ.get("DIGEST_SCREENSHOTS") else None
    failures = []
    for name, url in key_pages(site).items():
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            page.goto((site / url).as_uri())
            result = axe_api.Axe().run(page)
            if result.violations_count:
                failures.append(f"{name} ({scheme}, {width}):\n{result.generate_report()}")
            if shots:
                shots.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(shots / f"{name}-{width}-{scheme}.png"), full_page=True)
    context.close()
    assert not failures, "\n".join(failures)


def test_every_link_resolves_from_file_and_under_a_sub_path(browser: object, site: Path, server: str) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    broken = []
    for base in (site.as_uri() + "/", server):
        for name, url in key_pages(site).items():
            page.goto(base + url)
            hrefs = page.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.href)")
            for href in sorted(set(hrefs)):
                target = href.split("#")[0]
                if not target.startswith(base.split("/sub/")[0] if base.startswith("http") else "file:"):
                    continue  # external links are not ours to check
                if target.startswith("file:"):
                    path = Path(target.removeprefix("file://"))
                    ok = path.is_file() or (path / "index.html").is_file()
                else:
                    response = page.request.get(target)
                    ok = response.ok
                if not ok:
                    broken.append(f"{name} via {base}: {href}")
    page.close()
    assert not broken, "\n".join(broken)


def test_a_reader_can_go_from_the_index_to_a_person(browser: object, site: Path, server: str) -> None:
    """Click through as a reader would: index -> story -> a quoted person's page."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server)
    assert page.locator("h1").count() == 1
    page.locator("main a[href*='stories/']").first.click()
    assert "/sub/site/stories/" in page.url
    page.locator("main a[href*='people/']").first.click()
    assert "/sub/site/people/" in page.url
    assert page.locator("h1").count() == 1
    page.close()


def most_quoted(site: Path) -> dict:
    people = json.loads((site / "data" / "people.json").read_text(encoding="utf-8"))
    return max(people, key=lambda p: len(p["quotes"]))


@pytest.mark.parametrize("origin", ["file", "server"])
def test_search_finds_a_person_and_links_to_their_page(browser: object, site: Path, server: str, origin: str) -> None:
    """Type a name on the search page, from disk and from a server: the result leads to the person's page."""
    person = most_quoted(site)
    base = site.as_uri() + "/" if origin == "file" else server
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(base + "search.html")
    query = person["name"].split()[-1].lower()  # one word of the name, in lower case
    page.fill("#search-input", query)
    result = page.locator("#search-results a", has_text=person["name"]).first
    result.wait_for()
    assert "result" in page.locator("#search-status").inner_text()
    report = axe_api.Axe().run(page)  # the results, as the script built them, are accessible too
    assert not report.violations_count, report.generate_report()
    result.click()
    page.wait_for_load_state()
    assert page.url == base + person["url"]
    assert page.locator("h1").inner_text() == person["name"]
    page.close()


def test_search_from_the_index_box_finds_words_of_a_quote(browser: object, site: Path) -> None:
    """The index's search box leads to the search page with the query filled in and answered."""
    quote = next(q for q in most_quoted(site)["quotes"] if len(q["text"].split()) >= 4)
    words = " ".join(quote["text"].split()[1:3])
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(site.as_uri() + "/index.html")
    page.fill("#site-search", words)
    page.press("#site-search", "Enter")
    page.wait_for_load_state()
    assert page.input_value("#search-input") == words
    assert page.locator("#search-results li").count() >= 1
    assert page.locator("#search-results a[href*='#']").count() >= 1  # a quote links into its article
    page.close()


def test_without_javascript_the_search_page_still_links_everywhere(browser: object, site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(site.as_uri() + "/search.html")
    assert not page.locator("#search-form").is_visible()
    assert page.locator(".needs-js-note").is_visible()
    page.locator("main a[href='people/index.html']").click()
    assert page.url.endswith("/people/index.html")
    context.close()


def test_a_link_to_a_folded_quote_opens_it(browser: object, site: Path) -> None:
    """The story summary's 'N more by X' link lands inside the folded list of every quote, and shows it."""
    stories = json.loads((site / "data" / "stories.json").read_text(encoding="utf-8"))
    page = browser.new_page()  # type: ignore[attr-defined]
    for story in stories:
        page.goto((site / story["url"]).as_uri())
        more = page.locator(".key-quote a[href^='#said-']")
        if more.count():
            more.first.click()
            target = more.first.get_attribute("href") or ""
            assert page.locator(target).is_visible()
            break
    else:
        pytest.skip("no story of the seeds has a speaker with several quotes")
    page.close()


def test_print_shows_the_folded_detail(browser: object, site: Path) -> None:
    stories = json.loads((site / "data" / "stories.json").read_text(encoding="utf-8"))
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto((site / stories[0]["url"]).as_uri())
    folded = page.locator("details.fold blockquote").first
    assert not folded.is_visible()
    page.emulate_media(media="print")
    assert folded.is_visible()
    page.close()
