"""Terms: names and numbers are found and weighted up; page furniture shared across articles is found."""

from __future__ import annotations

from digest.model import Article, Mention, People
from digest.terms import furniture_lines, raw_terms


def article(source: str, paragraphs: tuple[str, ...], headline: str | None = None,
            mentions: tuple[Mention, ...] = ()) -> Article:
    return Article(source=source, headline=headline, title=headline or source, byline=(), outlet=None, date=None,
                   url=None, paragraphs=paragraphs, captions=(), mentions=mentions)


def test_capitalised_words_inside_a_sentence_are_names_and_runs_are_one_more_term():
    counts, names = raw_terms(article("a", ("x", "y", "Rescuers reached the town of Tarvel in Valdra Province on "
                                                  "Monday. Mira Okonjo said the road was cut.")), People(()))
    assert {"tarvel", "valdra", "valdra province", "mira okonjo"} <= names
    assert "rescuers" not in names  # capitalised only because it starts the sentence
    assert "mira" not in names and "mira okonjo" in names  # "Mira" also starts a sentence
    assert counts["tarvel"] == 2.0 and counts["road"] == 1.0  # a name weighs twice a word


def test_headline_and_lead_count_more_and_title_case_headlines_name_nothing():
    counts, names = raw_terms(article("a", ("The flood reached the bridge.",), headline="Flood Hits Old Bridge"),
                              People(()))
    assert counts["flood"] == 3.0 + 2.0  # headline weight 3, lead weight 2
    assert "bridge" not in names


def test_numbers_are_kept_and_mentioned_people_become_terms():
    a = article("a", ("The quake measured 6.1 and killed 14 people.",),
                mentions=(Mention(0, 0, 0, "Okonjo", "Mira Okonjo"),))
    people = People(persons=(), canonical={("a", "Mira Okonjo"): "Mira K. Okonjo"})
    counts, names = raw_terms(a, people)
    assert counts["6.1"] > 0 and counts["14"] > 0
    assert "@mira k. okonjo" in counts and "@mira k. okonjo" in names


def test_lines_that_unrelated_articles_share_are_furniture_but_copies_may_share():
    a = article("a", ("Sign up for our newsletter.", "The mayor resigned."))
    b = article("b", ("Sign up for our newsletter.", "A new bridge opened."))
    c = article("c", ("The mayor resigned.",))  # a copy of a (same family)
    assert furniture_lines([a, b, c], family=[0, 1, 0]) == {"sign up for our newsletter."}


def test_shared_terms_are_the_heaviest_in_both_and_never_people():
    from digest.terms import shared_terms

    a = {f"@person {n}": 0.9 for n in range(12)} | {"quake": 0.5, "tarvel": 0.4, "rescue": 0.1, "only-a": 0.8}
    b = {f"@person {n}": 0.9 for n in range(12)} | {"quake": 0.5, "tarvel": 0.3, "rescue": 0.2, "only-b": 0.9}
    assert shared_terms(a, b, limit=2) == ("quake", "tarvel")  # twelve shared people weigh more, and never count


def test_a_compact_vector_gives_the_cosine_and_shared_terms_of_the_same_dict():
    from digest.terms import cosine, shared_terms, vectorize

    df = {"quake": 2, "tarvel": 2, "valdra": 1, "rescue": 5, "@mira okonjo": 2}
    a = vectorize({"quake": 3.0, "tarvel": 2.0, "rescue": 1.0, "@mira okonjo": 4.0}, df, 10)
    b = vectorize({"quake": 1.0, "valdra": 2.0, "rescue": 1.0, "@mira okonjo": 4.0}, df, 10)
    plain_a, plain_b = dict(a.items()), dict(b.items())
    assert list(a) == list(plain_a) and a["quake"] == plain_a["quake"] and "valdra" not in a
    assert 0 < cosine(a, b) == cosine(plain_a, plain_b) < 1
    assert cosine(a, a) == cosine(plain_a, plain_a)
    assert shared_terms(a, b) == shared_terms(plain_a, plain_b) == ("quake", "rescue")
