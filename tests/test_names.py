"""Name forms: capitals in bylines, loose comparison, family names, words that are never names."""

from __future__ import annotations

from digest.names import display_case, family_name, is_east_asian, is_given_name, is_non_name, name_key


def test_bylines_in_capitals_get_display_case() -> None:
    assert display_case("LIM JEONG-WON") == "Lim Jeong-won"
    assert display_case("SARAH KIM") == "Sarah Kim"
    assert display_case("Sarah Kim") == "Sarah Kim"


def test_names_compare_without_case_hyphens_or_middle_initials() -> None:
    assert name_key("Kim Jong-un") == name_key("KIM JONG UN")
    assert name_key("Nelson A. Rockefeller") == name_key("Nelson Rockefeller")
    assert name_key("Kim Jong-un") != name_key("Kim Hong-kyun")


def test_east_asian_names_put_the_family_name_first() -> None:
    assert is_east_asian(["Chang", "Ho-jin"])
    assert family_name("Chang Ho-jin") == "Chang"
    assert family_name("Antony Blinken") == "Blinken"
    assert not is_east_asian(["Sarah", "Kim"])


def test_organisations_places_and_acronyms_are_not_name_words() -> None:
    for word in ("Ministry", "Seoul", "KBS", "NATO", "Sunday", "Russian", "Council"):
        assert is_non_name(word), word
    for word in ("Putin", "Zinoviev", "F.", "LEE"):
        assert not is_non_name(word), word


def test_given_names_include_many_countries_but_not_rare_word_like_entries() -> None:
    for name in ("Antony", "Georgy", "Sarah", "Jacques-Louis"):
        assert is_given_name(name), name
    for word in ("Price", "Stone", "Oscar-winner", "Ministry"):
        assert not is_given_name(word), word


def test_brand_capitals_inside_a_word_are_not_names_but_mc_and_de_are() -> None:
    assert is_non_name("WireGuard") and is_non_name("YouTube")
    for name in ("McDonald", "MacArthur", "DeSantis", "DiCaprio", "O'Brien", "Ocasio-Cortez"):
        assert not is_non_name(name), name


def test_the_family_name_comes_before_a_jr_or_a_numeral() -> None:
    assert family_name("Harvey Mason Jr.") == "Mason"
    assert family_name("Martin Luther King Jr") == "King"
    assert family_name("John Smith III") == "Smith"
    assert family_name("Jr Smith") == "Smith"
