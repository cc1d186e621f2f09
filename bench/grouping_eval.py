"""Quality of dedup and stories on generated corpora: copy-pair precision/recall and story B-cubed F1.

    .venv/bin/python bench/grouping_eval.py --articles 2000 --seed 1
    .venv/bin/python bench/grouping_eval.py --articles 2000 --seed 7 --copy-rate 0.5 --sibling-rate 0.8

Articles are built directly from the generated records (clean text, one Mention per named person, as the
people stage would give), so this measures grouping, not extraction.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_corpus import GenArticle, generate

from digest import dedup, stories
from digest.model import Article, Mention, People


def to_article(g: GenArticle) -> Article:
    mentions = tuple(Mention(paragraph=0, start=0, end=0, text=name, name=name) for name in g.people)
    return Article(source=g.source, headline=g.headline, title=g.headline, byline=g.byline, outlet=g.outlet,
                   date=g.date, url=None, paragraphs=tuple(g.paragraphs), captions=(), mentions=mentions)


def bcubed_f1(system: Mapping[str, str], gold: Mapping[str, str]) -> float:
    sys_groups: dict[str, set[str]] = {}
    gold_groups: dict[str, set[str]] = {}
    for item, label in system.items():
        sys_groups.setdefault(label, set()).add(item)
    for item, label in gold.items():
        gold_groups.setdefault(label, set()).add(item)
    precision = recall = 0.0
    for item in gold:
        mine, truth = sys_groups[system[item]], gold_groups[gold[item]]
        both = len(mine & truth)
        precision += both / len(mine)
        recall += both / len(truth)
    precision, recall = precision / len(gold), recall / len(gold)
    return 2 * precision * recall / (precision + recall)


def pairs_of(groups: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
    return {(a, b) if a < b else (b, a) for g in groups for i, a in enumerate(g) for b in g[i + 1:]}


def evaluate(corpus: list[GenArticle], verbose: bool = False) -> dict[str, float]:
    articles = [to_article(g) for g in corpus]
    links = dedup.find_copies(articles)
    grouped = stories.group_stories(articles, links, People(persons=()))
    found = {(link.left, link.right) if link.left < link.right else (link.right, link.left) for link in links}
    families: dict[str, list[str]] = {}
    for g in corpus:
        families.setdefault(g.family, []).append(g.source)
    truth = pairs_of(families.values())
    system = {s: story.id for story in grouped for s in story.sources}
    gold = {g.source: g.story for g in corpus}
    if verbose:
        by_source = {g.source: g for g in corpus}
        missed = Counter(by_source[b].variant for a, b in truth - found)
        print("missed copies by variant:", dict(missed.most_common(8)))
        for a, b in sorted(found - truth)[:5]:
            print("false copy:", a, b, by_source[a].story, by_source[b].story)
    return {
        "articles": len(corpus),
        "copy_precision": len(found & truth) / len(found) if found else 1.0,
        "copy_recall": len(found & truth) / len(truth) if truth else 1.0,
        "story_bcubed_f1": bcubed_f1(system, gold),
        "stories": len(grouped),
        "gold_stories": len(set(gold.values())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--copy-rate", type=float, default=0.35)
    parser.add_argument("--sibling-rate", type=float, default=0.5)
    parser.add_argument("--angle-rate", type=float, default=0.3)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    corpus = generate(args.articles, args.seed, copy_rate=args.copy_rate, sibling_rate=args.sibling_rate,
                      angle_rate=args.angle_rate)
    result = evaluate(corpus, args.verbose)
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
