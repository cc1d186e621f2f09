"""Explain: a plain-text account of one extraction, for a user fixing a bad one."""

from __future__ import annotations

from .model import Article


def describe(article: Article) -> str:
    lines = [f"file:     {article.source}"]
    for name in ("headline", "byline", "date", "outlet", "url"):
        value = getattr(article, name)
        shown = ", ".join(value) if isinstance(value, tuple) else value
        where = article.provenance.get(name)
        lines.append(f"{name + ':':9s} {shown if shown not in (None, '') else '(none)'}"
                     + (f"   [from {where}]" if where and shown else ""))
    lines.append(f"captions: {len(article.captions)}")
    lines.extend(f"  - {c}" for c in article.captions)
    lines.append(f"body:     {len(article.paragraphs)} paragraphs")
    lines.extend(f"  {i + 1:3d}. {p[:100]}{'…' if len(p) > 100 else ''}" for i, p in enumerate(article.paragraphs))
    lines.append(f"quotes:   {len(article.quotes)}")
    for q in article.quotes:
        who = ", ".join(q.speakers) or f"no person ({q.attribution or 'unattributed'})"
        lines.append(f"  - “{q.text[:80]}{'…' if len(q.text) > 80 else ''}” — {who}")
    lines.append(f"dropped:  {len(article.dropped)} lines")
    lines.extend(f"  line {d.line:4d}: {d.reason:28s} {d.text[:70]}" for d in article.dropped)
    return "\n".join(lines)
