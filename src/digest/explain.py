"""Explain: a plain-text account of one extraction, for a user fixing a bad one.

It says what was found, where each field came from (text, front matter, sidecar, or a fallback), and every
input line that was left out with the reason, so a wrong headline or a menu in the body can be traced to
the line that caused it (and fixed with a sidecar when the page itself is odd).
"""

from __future__ import annotations

from collections import Counter

from .model import Article

FIELDS = ("headline", "title", "byline", "date", "outlet", "url")


def describe(article: Article) -> str:
    lines = [f"file:     {article.source}   ({article.format})"]
    for name in FIELDS:
        value = getattr(article, name)
        shown = ", ".join(value) if isinstance(value, tuple) else value
        where = article.provenance.get(name)
        lines.append(f"{name + ':':9s} {shown if shown not in (None, '') else '(none)'}"
                     + (f"   [from {where}]" if where and shown else ""))
    lines.append(f"captions: {len(article.captions)}")
    lines.extend(f"  - {c}" for c in article.captions)
    lines.append(f"body:     {len(article.paragraphs)} paragraphs")
    lines.extend(f"  {i + 1:3d}. {_cut(p, 100)}" for i, p in enumerate(article.paragraphs))
    lines.append(f"quotes:   {len(article.quotes)}")
    for q in article.quotes:
        who = ", ".join(q.speakers) or f"no person ({q.attribution or 'unattributed'})"
        lines.append(f"  - “{_cut(q.text, 80)}” — {who}")
    reasons = Counter(d.reason for d in article.dropped)
    summary = ", ".join(f"{count} {reason}" for reason, count in reasons.most_common())
    lines.append(f"dropped:  {len(article.dropped)} lines" + (f" ({summary})" if summary else ""))
    lines.extend(f"  line {d.line:4d}: {d.reason:28s} {_cut(d.text, 70)}" for d in article.dropped)
    if not article.headline or not article.paragraphs:
        lines.append("hint:     a YAML sidecar beside the file (same name, .yaml) can give headline, byline, "
                     "date, outlet and url when the page does not show them clearly")
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    return text[:width] + ("…" if len(text) > width else "")
