"""JSON-LD for search engines and link previews: NewsArticle on article pages, Person on person pages.

schema.org wants absolute URLs, so page addresses are included only when ``base_url`` is set; the original
article address (when the metadata gives one) is always absolute already. Templates print these dicts with
Jinja's ``tojson``, which escapes '<', '>' and '&' so no text can close the script element.
"""

from __future__ import annotations

from typing import Any

from . import urls
from .views_article import ArticlePage
from .views_person import PersonPage

MAX_HEADLINE = 110  # schema.org/Google: longer headlines are cut by consumers anyway


def _address(base_url: str, path: str | None) -> dict[str, str]:
    return {"url": urls.absolute(base_url, path)} if base_url and path else {}


def article_ld(page: ArticlePage, base_url: str, language: str) -> dict[str, Any]:
    ref = page.ref
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                            "headline": ref.title[:MAX_HEADLINE], "inLanguage": language}
    if ref.date:
        data["datePublished"] = ref.date
    if ref.byline:
        data["author"] = [{"@type": "Person", "name": p.name, **_address(base_url, p.url)} for p in ref.byline]
    if ref.outlet:
        data["publisher"] = {"@type": "Organization", "name": ref.outlet}
    if page.url:
        data["isBasedOn"] = page.url
    if base_url:
        data["mainEntityOfPage"] = urls.absolute(base_url, ref.url)
    mentioned = [{"@type": "Person", "name": p.name, **_address(base_url, p.url)} for p in page.people[:20]]
    if mentioned:
        data["mentions"] = mentioned
    return data


def person_ld(page: PersonPage, base_url: str) -> dict[str, Any]:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Person", "name": page.person.name,
                            **_address(base_url, page.person.url)}
    if page.aliases:
        data["alternateName"] = list(page.aliases)
    if page.roles:
        data["jobTitle"] = page.roles[0]
    return data
