"""Person mentions in one document, and persons across the corpus (bylines included)."""

from __future__ import annotations

from dataclasses import replace

from digest.model import Article
from digest.people import find_mentions, named_by_family_name_only, resolve_people


def article(*paragraphs: str, source: str = "a.txt", byline: tuple[str, ...] = ()) -> Article:
    a = Article(source=source, headline=None, title=source, byline=byline, outlet=None, date=None, url=None,
                paragraphs=paragraphs, captions=())
    return replace(a, mentions=find_mentions(a))


def names(*paragraphs: str) -> list[str]:
    return list(dict.fromkeys(m.name for m in article(*paragraphs).mentions))


# --- mentions in one document ----------------------------------------------------------------------------

def test_a_quoted_nickname_is_an_alias_of_the_person_not_part_of_the_name() -> None:
    a = article("We reached out to Jonny “JonnyCakes” Manganello, a cake maker.",
                "“Always use dowels,” Manganello says.")
    assert [(m.text, m.name) for m in a.mentions] == [("Jonny “JonnyCakes” Manganello", "Jonny Manganello"),
                                                      ("Manganello", "Jonny Manganello")]
    people = resolve_people([a])
    assert [p.name for p in people.persons] == ["Jonny Manganello"]


def test_title_form_and_surname_resolve_to_the_full_name_with_its_role() -> None:
    a = article("National Security Adviser Chang Ho-jin spoke on Sunday.", "Chang said Seoul would wait.")
    assert [(m.text, m.name, m.role) for m in a.mentions] == [
        ("National Security Adviser Chang Ho-jin", "Chang Ho-jin", "National Security Adviser"),
        ("Chang", "Chang Ho-jin", None)]


def test_mention_offsets_point_at_the_text_as_written() -> None:
    a = article("Talks ended when U.S. Secretary of State Antony Blinken left. Blinken's aides stayed.")
    for m in a.mentions:
        assert a.paragraphs[m.paragraph][m.start:m.end] == m.text
    assert [m.name for m in a.mentions] == ["Antony Blinken", "Antony Blinken"]
    assert a.mentions[0].role == "U.S. Secretary of State"


def test_bare_surname_means_the_person_of_that_name_last_named() -> None:
    a = article("North Korean leader Kim Jong-un signed the treaty.",
                "First Vice Foreign Minister Kim Hong-kyun met the envoy. Kim protested the treaty.",
                "The treaty signed by Kim Jong-un and the president worries Seoul. Kim has not commented.")
    kims = [m.name for m in a.mentions if m.text == "Kim"]
    assert kims == ["Kim Hong-kyun", "Kim Jong-un"]


def test_korean_names_are_family_name_first() -> None:
    assert names("Cho Tae-yul met the press.", "Later, Cho left for New York.") == ["Cho Tae-yul"]


def test_a_name_glued_to_the_next_word_is_still_a_person() -> None:
    assert names("The summit with North Korean leader Kim Jong-unin Pyongyang ended.") == ["Kim Jong-unin"]


def test_outlets_places_agencies_programmes_and_laws_are_not_people() -> None:
    text = ("KBS TV and Yonhap reported from Seoul that the Foreign Ministry, the Kremlin and the UN Security "
            "Council discussed the Foreign Trade Act on “Sunday Diagnosis”, citing Voice of America and NATO. "
            "The Korean Peninsula, Republic of Korea Army and Korea JoongAng Daily were also named.")
    assert names(text) == []


def test_given_names_and_said_verbs_mark_people_without_titles() -> None:
    assert names("Eva Mendes laughed as Harrison Ford arrived.",
                 '"It was fun," said Zora Quellbrunn.') == ["Eva Mendes", "Harrison Ford", "Zora Quellbrunn"]


def test_royal_titles_are_part_of_the_name_when_only_a_first_name_follows() -> None:
    assert names("Prince Harry spoke to Oprah Winfrey.", "Winfrey asked about his family. Harry said little.") == [
        "Prince Harry", "Oprah Winfrey"]


def test_headline_like_lines_need_more_than_a_given_name() -> None:
    assert names("Franklin Templeton Shuts Funds As Markets Fall Again") == []


# --- persons across the corpus ---------------------------------------------------------------------------

def test_byline_in_capitals_and_in_display_case_are_one_journalist() -> None:
    one = article("Lim Jeong-won reported for us in June.", source="one.txt", byline=("LIM JEONG-WON",))
    two = article("Markets fell.", source="two.txt", byline=("Lim Jeong-won", "Sarah Kim"))
    people = resolve_people([one, two])
    assert people.resolve("one.txt", "LIM JEONG-WON") == "Lim Jeong-won"
    assert people.resolve("two.txt", "Lim Jeong-won") == "Lim Jeong-won"
    assert people.resolve("two.txt", "Sarah Kim") == "Sarah Kim"
    assert sorted(p.name for p in people.persons) == ["Lim Jeong-won", "Sarah Kim"]


def test_people_sharing_a_surname_stay_apart() -> None:
    one = article("North Korean leader Kim Jong-un and Vice Minister Kim Hong-kyun met.", source="one.txt",
                  byline=("Sarah Kim",))
    people = resolve_people([one])
    assert sorted(p.name for p in people.persons) == ["Kim Hong-kyun", "Kim Jong-un", "Sarah Kim"]


def test_surname_only_document_joins_the_one_full_name_elsewhere() -> None:
    one = article("Russian President Vladimir Putin spoke in Hanoi.", source="one.txt")
    two = article('"It would be a mistake," President Putin said.', source="two.txt")
    people = resolve_people([one, two])
    assert people.resolve("two.txt", "Putin") == "Vladimir Putin"
    assert [p.name for p in people.persons] == ["Vladimir Putin"]
    assert "Russian President" in people.persons[0].roles


def test_ambiguous_surname_only_document_stays_apart() -> None:
    one = article("Kim Jong-un and Kim Hong-kyun met.", source="one.txt")
    two = article('"We are ready," President Kim said.', source="two.txt")
    people = resolve_people([one, two])
    assert people.resolve("two.txt", "Kim") == "Kim"


def test_glued_typo_resolves_to_the_known_name() -> None:
    one = article("North Korean leader Kim Jong-un arrived.", source="one.txt")
    two = article("The summit with Chairman Kim Jong-unin Pyongyang ended.", source="two.txt")
    people = resolve_people([one, two])
    assert people.resolve("two.txt", "Kim Jong-unin") == "Kim Jong-un"
    kim = next(p for p in people.persons if p.name == "Kim Jong-un")
    assert "Kim Jong-unin" in kim.aliases


def test_slugs_are_unique_and_readable() -> None:
    one = article("Kim Jong-un met Kim Jong Un.", source="one.txt", byline=("José Álvarez",))
    people = resolve_people([one])
    assert sorted(p.slug for p in people.persons) == ["jose-alvarez", "kim-jong-un"]


def test_a_first_name_with_a_peerage_is_a_full_name() -> None:
    a = article("Prince Harry and Meghan, Duchess of Sussex's interview aired.", "Meghan said she was isolated.")
    assert [m.name for m in a.mentions] == ["Prince Harry", "Meghan, Duchess of Sussex", "Meghan, Duchess of Sussex"]


def test_a_surname_in_the_body_takes_the_full_name_from_the_headline() -> None:
    a = Article(source="a.txt", headline="Elon Musk says rocket failure was the hardest yet", title="t", byline=(),
                outlet=None, date=None, url=None, paragraphs=("Musk said the team had found the cause.",),
                captions=())
    assert [(m.text, m.name) for m in find_mentions(a)] == [("Musk", "Elon Musk")]


def test_korean_given_names_are_shown_with_a_lower_case_second_syllable() -> None:
    people = resolve_people([article("Markets fell.", byline=("Lim Jeong-Won",))])
    assert [p.name for p in people.persons] == ["Lim Jeong-won"]
    assert people.resolve("a.txt", "Lim Jeong-Won") == "Lim Jeong-won"


def test_products_and_works_named_after_the_or_a_possessive_are_not_people() -> None:
    assert names("You could try the Super Pack or the brand's Milky Jelly Cleanser while you watch a film like "
                 "Sylvester Stallone's First Blood at home.") == ["Sylvester Stallone"]


def test_a_name_after_a_holiday_a_memoir_or_a_character_word_is_not_a_person() -> None:
    assert names("During the Slavic holiday of Ivan Kupala, people said they dance around bonfires.") == []
    assert names("In the show, the character Walter White said he was the one who knocks.") == []
    assert names("Fans said Maria Lopez was brilliant.") == ["Maria Lopez"]


def test_a_lone_surname_joins_a_full_name_that_far_outnumbers_the_others() -> None:
    many = [article(f"President Donald Trump spoke on day {n}.", source=f"t{n}.txt") for n in range(3)]
    melania = article("Melania Trump smiled.", source="m.txt")
    lone = article('"It was great," President Trump said.', source="lone.txt")
    people = resolve_people([*many, melania, lone])
    assert people.resolve("lone.txt", "Trump") == "Donald Trump"


def test_a_person_known_only_by_title_and_surname_is_a_person() -> None:
    assert names("Former President Trump said the vote was rigged.") == ["Trump"]
    assert names("Gov. Inslee said he would sign the bill.") == ["Inslee"]
    assert names("Detective Ruiz told reporters the case was open.") == ["Ruiz"]
    assert names("The Reverend Hale spoke, and Sheriff Dunn said nothing.") == ["Hale", "Dunn"]


def test_a_repeated_name_is_not_a_fuller_form() -> None:
    assert names('Jade Black Jade Black', '"It was fun," said Jade Black.') == ["Jade Black"]


def test_a_rare_given_name_counts_when_the_text_goes_on_using_the_family_name_alone() -> None:
    assert names("The team signed Tavo Brezinski in May.", "The win came as Brezinski scored twice.") == [
        "Tavo Brezinski"]
    assert names("Fortunately Pikachu won the round before the break.", "The crowd cheered as Pikachu struck.") == []


def test_a_lone_family_name_means_the_principal_person_not_a_relative_introduced_beside_them() -> None:
    a = article("Ryan Zellner, the infielder who replaced a legend, died on Friday.",
                "His twin brother, Damon Zellner, posted a tribute.",
                "Zellner started at third base that night.")
    assert [m.name for m in a.mentions if m.text == "Zellner"] == ["Ryan Zellner"]


def test_a_rare_given_name_the_text_uses_alone_marks_the_full_name_as_a_person() -> None:
    assert names("Abbie Quorrel enjoyed the beach with friends.", "In the photos, Abbie turned to the camera.") == [
        "Abbie Quorrel"]
    assert names("Malwarebytes Privacy costs less.", "In tests, Malwarebytes scored well.") == []


def test_a_picture_note_after_a_name_marks_a_person() -> None:
    assert names("Zelvy Danvale (pictured) enjoyed the sun on Friday.") == ["Zelvy Danvale"]


def test_the_writers_bio_at_the_end_is_not_a_mention() -> None:
    assert names("The update adds a new puzzle every day, said Tom Brady Lane, who runs the site.",
                 "Sam Hollis is a journalist and the guides editor at Game Weekly.") == ["Tom Brady Lane"]


def test_plural_common_nouns_do_not_end_a_name() -> None:
    assert names("The ruling in Dobbs v. Jackson Women's Health Organization was cited.") == []
    assert names("It comes with a tube of Boy Brow and a lip balm.") == []


def test_a_person_named_only_in_long_teaser_lines_without_a_full_stop_is_not_mentioned() -> None:
    assert names("Mayor Helen Ostrowski opened the new bridge on Monday.",
                 "Katie Brennan shows off her new look after surgery at a clinic in Cheshire") == ["Helen Ostrowski"]
    assert names("The referees of the year so far:", "2004: Kevin Terry", "2005: Brian Hall") == [
        "Kevin Terry", "Brian Hall"]
    assert names('Asked about the book, Billie Holliday replied, "I never read it." ❖') == ["Billie Holliday"]


def test_a_band_with_a_doubled_word_is_not_a_person_but_a_repeated_surname_is_fine() -> None:
    assert names("Fans of Jonah Jonah said the tour was long.") == []
    assert names("Luis Alberto Ruiz Ruiz, 31, said he trained daily.") == ["Luis Alberto Ruiz Ruiz"]


def test_a_family_name_with_its_particle_alone_is_the_full_name_given_or_nobody() -> None:
    assert names("Unlike De Graaf, the rookie kept his seat.") == []
    assert names("Driver Pieter de Graaf crashed.", "Unlike De Graaf, the rookie kept his seat.") == ["Pieter de Graaf"]


def test_a_descriptive_compound_before_a_name_is_a_title() -> None:
    assert names("Ex-boxer-turned-chef Nola Brisk opened a diner.") == ["Nola Brisk"]


def test_organisations_named_after_people_are_not_the_people() -> None:
    assert names("She studied at Jane Addams Memorial School; Anna Smith Foundation staff said so.") == []


def test_brands_after_a_given_name_are_not_people() -> None:
    assert names("Buy Ray-Ban Meta glasses and Ana Netflix specials, said the ad.") == []


def test_a_rare_given_name_and_family_name_doing_something_inside_a_sentence_is_a_person() -> None:
    assert names("Critics say that Orrin Quabbe has adopted the slogan.") == ["Orrin Quabbe"]


def test_a_rare_given_name_acting_is_not_enough_for_a_brand_or_a_show() -> None:
    assert names("Shoppers say Ferris Wheel has opened; the ferris wheel is old.") == []
    assert names("Fans say the Quincy Lanes pit crew was fast, and Quincy Lanes has won.") == []
    assert names("On Sunday Ferris Night has aired again.") == []


def test_a_name_opening_a_sentence_counts_when_the_text_goes_on_with_its_family_name() -> None:
    assert names("• Orrin Quabbe was able to score. It was good, as Quabbe has been slow.") == ["Orrin Quabbe"]


def test_a_stage_name_after_a_stage_title_is_a_person() -> None:
    assert names("The crowd cheered when pop singer Zuriah walked on, and DJ Kwezz played.") == ["Zuriah", "Kwezz"]


def test_a_stage_title_needs_a_name_not_a_title_word_or_a_common_word() -> None:
    assert names("It was a list about Star Wars from the star Moon, and the moon was full.") == []


def test_accents_do_not_make_two_people() -> None:
    one = article("Striker Tomás Brníček scored twice.", source="one.txt")
    two = article("Striker Tomas Brnicek scored again.", source="two.txt")
    assert [p.name for p in resolve_people([one, two]).persons] == ["Tomás Brníček"]


def test_an_initial_joins_the_one_full_name_it_can_stand_for() -> None:
    one = article("Senator Jane Ostrow spoke.", source="one.txt")
    two = article("Senator J. Ostrow and Dr C. Lionel Marsh spoke.", source="two.txt")
    three = article("Dr Lionel Marsh answered.", source="three.txt")
    people = resolve_people([one, two, three])
    assert people.resolve("two.txt", "J. Ostrow") == "Jane Ostrow"
    assert people.resolve("two.txt", "C. Lionel Marsh") == "Lionel Marsh"


def test_an_initial_that_could_stand_for_two_people_stays_apart() -> None:
    one = article("Senator Jane Ostrow and her brother John Ostrow spoke.", source="one.txt")
    two = article("Senator J. Ostrow spoke.", source="two.txt")
    assert resolve_people([one, two]).resolve("two.txt", "J. Ostrow") == "J. Ostrow"


def test_roles_come_most_used_first_and_forms_of_address_are_not_roles() -> None:
    one = article("Mr Dale Ostrow arrived. Governor Dale Ostrow spoke.", source="one.txt")
    two = article("Governor Dale Ostrow left.", source="two.txt")
    three = article("Former Senator Dale Ostrow was there.", source="three.txt")
    assert resolve_people([one, two, three]).persons[0].roles == ("Governor", "Former Senator")


def test_a_double_family_name_alone_is_the_full_name_the_text_gave() -> None:
    assert names("Analyst Dana Rees Oyelaran said so.", "Rees Oyelaran added that it would pass.") == [
        "Dana Rees Oyelaran"]


def test_a_name_made_of_words_the_text_writes_in_lower_case_is_a_thing() -> None:
    assert names("The phone has a hidden network service. Read more: Hidden Network explained.") == []
    assert names("Dr Amber Rose spoke; an amber rose was on the desk.") == ["Amber Rose"]  # a title says who


def test_a_suffix_after_a_hyphen_is_not_part_of_a_name() -> None:
    assert names("Older millennials, Gen X-ers and Boomers agree.") == []


def test_a_list_line_shaped_like_its_neighbours_names_a_person_too() -> None:
    lines = ("Past winners:", "2019: Kevin Marsh", "2018: Oduya Tembe", "2017: Laura Quinn", "2016: Mark Jolley")
    assert names(*lines) == ["Kevin Marsh", "Oduya Tembe", "Laura Quinn", "Mark Jolley"]


def test_list_lines_of_things_stay_things() -> None:
    lines = ("Venues:", "2019: Oduya Tembe", "2018: Grand Plaza", "2017: Quay Rotunda", "2016: Kevin Marsh")
    assert names(*lines) == ["Kevin Marsh"]


def test_states_districts_hyphenated_organisations_and_headline_verbs_are_not_names() -> None:
    assert names("Read it in the Ohio Oakwood-Gazette and the Iowa Morning Line, said Downtown Hallam staff.") == []
    assert names("Senator Jane Ostrow Gets Her Way") == ["Jane Ostrow"]


def test_a_gendered_honorific_does_not_mean_a_relative_of_the_other_sex() -> None:
    a = article("Michelle Ostrow spoke first.", "Mr Ostrow said he agreed. Mrs Ostrow smiled.")
    assert [(m.text, m.name) for m in a.mentions] == [
        ("Michelle Ostrow", "Michelle Ostrow"), ("Mr Ostrow", "Ostrow"), ("Mrs Ostrow", "Michelle Ostrow")]


def test_a_middle_name_written_out_in_one_article_is_the_same_person() -> None:
    one = article("Senator Dana Ostrow spoke.", source="one.txt")
    two = article("Senator Dana Ruth Ostrow spoke.", source="two.txt")
    three = article("Senator Dana Ostrow left.", source="three.txt")
    people = resolve_people([one, two, three])
    assert [p.name for p in people.persons] == ["Dana Ostrow"]
    assert people.resolve("two.txt", "Dana Ruth Ostrow") == "Dana Ostrow"


def test_two_middle_names_keep_two_people_apart() -> None:
    one = article("Senator Dana Ruth Ostrow spoke.", source="one.txt")
    two = article("Senator Dana Ostrow left.", source="two.txt")
    three = article("Senator Dana Mae Ostrow arrived.", source="three.txt")
    assert len(resolve_people([one, two, three]).persons) == 3


def test_a_rare_given_name_described_by_a_noun_phrase_before_it_is_a_person() -> None:
    assert names("He guarded the explosive wing Orrin Quabbe all night.") == ["Orrin Quabbe"]
    assert names("I found a great friend in Orrin Quabbe.") == []  # a preposition, not a description


def test_a_person_named_only_by_title_and_family_name_is_that_name_wherever_it_stands_alone() -> None:
    a = article("Former Governor Hatfield on Friday said he would run again.",
                "Hatfield called into a radio show, where the host pressed Hatfield on the plan.")
    assert [(m.text, m.name) for m in a.mentions] == [("Former Governor Hatfield", "Hatfield"),
                                                      ("Hatfield", "Hatfield"), ("Hatfield", "Hatfield")]


def test_a_lone_word_is_no_person_when_no_title_ever_makes_it_one() -> None:
    assert names("Hatfield called into a radio show on Friday.", "Hatfield said he would run again.") == []


def test_a_person_given_only_by_title_and_family_name_is_told_apart_from_full_and_stage_names() -> None:
    a = article("Former President Hatfield said rapper Kwezz and Jane Doe would play.", "Hatfield said so again.")
    assert {m.name for m in a.mentions} == {"Hatfield", "Kwezz", "Jane Doe"}
    assert named_by_family_name_only(a) == {"Hatfield"}


def test_a_family_name_that_is_also_a_place_word_is_a_person_where_the_sentence_introduces_one() -> None:
    found = names("“Rates matter,” said Celinda Lake, a Democratic pollster.",
                  "“It came late,” said the host, Ricki Lake, who runs a show.",
                  "Visitors to Crystal Lake said the water was low. Tourists at Lake Tahoe agreed.")
    assert "Celinda Lake" in found and "Ricki Lake" in found
    assert not any("Crystal" in name or "Tahoe" in name for name in found)


def test_someone_of_an_organisation_named_with_its_possessive_and_speaking_is_a_person() -> None:
    found = names("Google's Sundar Pichai said the product is ready.",
                  "Bank of America's Jessica Reif Ehrlich said a deal is near.",
                  "Stallone's First Blood opened in 1982. Glossier's Milky Jelly Cleanser sold out.")
    assert "Sundar Pichai" in found and "Jessica Reif Ehrlich" in found
    assert not any(name in found for name in ("First Blood", "Milky Jelly Cleanser"))
