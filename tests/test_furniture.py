"""Page furniture is told from article text by the shape of a line, on any site."""

from __future__ import annotations

import pytest

from digest.furniture import is_end_marker, is_lead_note, is_prompt, is_prose, is_tail_note, prompt_pattern

PROMPTS = [
    "Home > National > Diplomacy",
    "print dictionary print",
    "Log in to Twitter or Facebook account to connect",
    "To write comments, please log in to one of the accounts.",
    "Back to top button",
    "Donate Subscribe to our news",
    "Cover: Republic of Korea Army",
    "Share on Facebook 654 Tweet Email Email Print",
    "1.2k shares",
    "10:39 AM",
    "5 days ago",
    "Get Our Newsletter",
    "Was this page helpful?",
    "Listen to this story.",
    "Home TV & Movies Features",
    "This site works best in IE9 and up and in other modern web browsers",
    "All products featured here are independently selected by our editors. We may earn a commission.",
    "By clicking subscribe, you agree to the Privacy Policy and Terms of Use.",
    "© 2023 Alpine Times Media",
    "Back To Main Menu Close",
]
SENTENCES = [
    "Home prices rose in March for the third month in a row, the agency said.",
    "Close to 500 people attended the rally on Sunday.",
    "More than 100 people were evacuated from the building.",
    "Google's Chrome browser will stop supporting the old format next year, the company said.",
    "Next steps for Ukraine aid were discussed at the meeting in Brussels on Friday.",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_prompts_menus_and_notices_are_furniture(line: str) -> None:
    assert is_prompt(line) or is_end_marker(line)
    assert not is_prose(line) or is_prompt(line)


@pytest.mark.parametrize("line", SENTENCES)
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert not is_prompt(line)
    assert not is_end_marker(line)
    assert is_prose(line)


@pytest.mark.parametrize("line", ["Related Articles", "Leave a Reply", "Most Read", "Comments (12)", "7 Sources",
                                  "1 Source", "References", "27 Comments",
                                  "Next article You made it! Celebrating your resilience during a tough year"])
def test_end_markers(line: str) -> None:
    assert is_end_marker(line)


@pytest.mark.parametrize("line", [
    "Jay Weaver writes about federal crime at the crossroads of South Florida and Latin America.",
    "Meredith Dietz is Lifehacker's Senior Finance Writer. She earned her degree from Northeastern University.",
    "Miami Herald Caribbean correspondent Jacqueline Charles contributed to this story.",
    "Follow Mirror Celebs on Snapchat, Instagram, Twitter and Facebook.",
    # pitches, disclaimers, contact notes and the rest of a bio
    "Don't let yourself miss a thing. Sign up for my free Pixel Academy e-course and discover hidden features.",
    "The station's weekly newsletter brings you stories on the region's schools, straight to your inbox.",
    "The opinions expressed here are the author's. The site publishes a broad range of viewpoints.",
    "You can email Amy Dickinson at askamy@example.com or send a letter to P.O. Box 194, Freeville, NY 13068.",
    "Beginning his career as a journalist before moving to content management, he has worked as an editor since.",
    "Get the full recipe for Ina Garten's outrageous brownies here.",
    "Beginning his career as a journalist before progressing to content project management, he has worked within "
    "the digital sphere his whole career. Making him an experienced, trusted, and reliable source about all things "
    "tech that you can trust for in-depth and knowledgeable information about all the latest goings-on from the "
    "world of crypto, cybersecurity, and more!",
    "Are you looking forward to watching the new series this spring?",
    "What do you think of the new design? Let us know in the comments below.",
])
def test_closing_notes_are_recognised(line: str) -> None:
    assert is_tail_note(line)


@pytest.mark.parametrize("line", [
    "The council said residents could sign up for the new recycling scheme from Monday, and about 4,000 have.",
    "Netflix said it would raise the price of its basic subscription in the United States next month.",
    "Police asked anyone with information to contact the department, and said the investigation continues.",
    "Authorities are asking anyone who has video of the crash to contact them at (978) 448-5555.",
    "For more information about the grant or the training, contact Imus at imusc@kellogg.edu or 269-565-2600.",
    "The trial resumes here on Monday, when the defence will call its first witness.",
    "Tickets go on sale on Friday, and organisers expect the shows to sell out within hours.",
])
def test_last_paragraphs_of_news_are_not_closing_notes(line: str) -> None:
    assert not is_tail_note(line)


def test_a_lead_about_someone_is_not_a_bio() -> None:
    lead = "Gracie Hunt is the owner of a new foundation that helps young athletes, her family said on Monday."
    assert not is_lead_note(lead)
    assert is_lead_note("EJ Antoni is a Research Fellow in the Foundation's Center for Data Analysis.")
    assert is_lead_note("This article is part of POLITICO's Global Policy Lab: Living Cities, a journalism project.")


def test_a_footer_is_a_copyright_notice_with_a_year_or_reserved_rights() -> None:
    from digest.furniture import is_footer

    assert is_footer("© 2024 Riverside Media Group, LLC. All rights reserved.")
    assert is_footer("Copyright 1998– The Valley Courier")
    assert not is_footer("© 2024 Getty Images")  # a credit under a picture in the middle of the article
    assert is_footer("Content on this site is the property of its owners. All Rights Reserved.")
    assert not is_footer("© Jane Doe")  # a photo credit under a picture in the body
    assert not is_footer("The band sued over the copyright of the 1998 single, the court heard.")


def test_menu_items_run_together_weigh_as_furniture_however_long() -> None:
    from digest.furniture import weight

    assert weight("About UsSubscribeContact UsHelp CenterCareersSitemapAdvertise With UsTerms of ServiceAd Choices") < 0
    # Brand names glued inside a real sentence do not make it a menu.
    assert weight("The new iPhone and the PlayStation sold well at McDonald's stores in the run-up to Christmas.") > 0


@pytest.mark.parametrize("line", ["Are Hot Sauces and Other Spicy Foods Dangerous?", "Why We Still Love Vinyl Records!",
                                  "What Does It Mean When Swallows Fly Low?"])
def test_a_short_line_in_headline_case_ending_in_a_question_mark_is_a_headline(line: str) -> None:
    from digest.furniture import is_title_question, weight

    assert is_title_question(line)
    assert weight(line) < 0


@pytest.mark.parametrize("line", ["What did the mayor know, and when did she know it?", "Who Is Bob?",
                                  "Will Lisbon and Madrid agree on the water treaty before the summer drought?"])
def test_a_question_in_sentence_case_is_not_a_headline(line: str) -> None:
    from digest.furniture import is_title_question

    assert not is_title_question(line)


def test_a_pitch_to_the_reader_above_the_lead_is_a_note_not_the_story() -> None:
    assert is_lead_note("Want to grow your audience? Sponsor our spring summit. Learn more about the packages here.")
    assert not is_lead_note("Residents who want to learn more about the flood plan can read it at the library.")


def test_an_editors_note_with_a_dated_parenthesis_and_a_curly_apostrophe_is_a_lead_note() -> None:
    assert is_lead_note("Editor’s note (March 4th 2024): This article was updated to reflect the new fares.")


@pytest.mark.parametrize("line", [
    "From the courts to the council, our reporters are there for you. Donate today.",
    "Follow our live coverage of the ferry dispute for the latest updates.",
])
def test_an_appeal_or_a_pointer_to_the_live_page_above_the_lead_is_a_note(line: str) -> None:
    assert is_lead_note(line)


def test_a_news_lead_about_donations_is_not_a_note() -> None:
    assert not is_lead_note("The town's food bank asked residents on Monday to donate tinned food before the holidays.")
    assert not is_lead_note("We must support our teachers, who have gone without a raise for six years.")
    assert is_lead_note("Independent journalism needs you. Please support our reporting with a gift today.")


def test_a_blocked_embed_placeholder_is_furniture() -> None:
    assert is_prompt("This content is not available due to your privacy preferences. Update your settings to see it.")


def test_a_link_in_brackets_is_furniture_but_a_bracketed_note_is_not() -> None:
    assert is_prompt("[Related: How to choose a ferry pass]")
    assert is_prompt("[Our Latest Poll: Who Will Win The County Election?]")
    assert not is_prompt("[Note: the photograph above was taken in 1998.]")


def test_a_share_prompt_followed_by_the_headline_is_a_prompt() -> None:
    assert is_prompt("Share or comment on this article: Island ferry timetable cut to four crossings a day")


def test_a_closing_paragraph_about_someone_in_the_story_is_not_an_author_bio() -> None:
    assert not is_tail_note("Outside of podcasting, Abbie is a judge on a talent show and the host of a dating show.")
    assert is_tail_note("Maria Lindqvist is a transport reporter for the Riverside Daily.")
    assert is_tail_note("The above is just a snippet from our interview, available in the latest issue.")
    assert not is_tail_note("This is a big deal for the island, the ferry company's host of the meeting said.")


# Lines that only the patterns able to start anywhere in a line recognise, some with the characters that
# re.IGNORECASE matches with an ASCII letter though str.lower() does not ("ſ" for "s", dotless "ı" for "i").
ANYWHERE = [
    "Hardware > Laptops > Reviews",
    "You need to log in to post a comment here.",
    "We use cookies to give you the best experience on our site.",
    "Acme Media Group. All rights reserved.",
    "Click to play the video",
    "This video will autoplay in 5 seconds",
    "Scroll down to comment on this story",
    "It looks like you are using an ad blocker",
    "Policy (0/250자)",
    "This content is not available in your region",
    "We may earn a commission from links on this page.",
    "Jane Q says:",
    "Watch the full interview (12:30)",
    "Please enable JavaScript to view this page",
    "We uſe cookies to improve our ſite.",
    "Cookıes help us deliver our services: by using them you accept our prıvacy polıcy.",
    "ACME MEDIA. ALL RIGHTS RESERVED.",
]


@pytest.mark.parametrize("line", ANYWHERE + PROMPTS + SENTENCES)
def test_is_prompt_answers_as_the_whole_prompt_pattern(line: str) -> None:
    """is_prompt tries the patterns in groups, behind quick word checks; its answer is the whole pattern's."""
    assert is_prompt.__wrapped__(line) == bool(prompt_pattern().match(line))


@pytest.mark.parametrize("line", ANYWHERE[:14])
def test_notices_anywhere_in_a_line_are_prompts(line: str) -> None:
    assert is_prompt(line)


@pytest.mark.parametrize(("line", "ends"), [
    ("He declined to comment.", True),
    ('"We will rebuild," she said.”', True),
    ("The vote is on Friday (see below).)", True),
    ("Questions remain:", True),
    ("Officials confirmed the closure. [AP]", True),
    ("Officials confirmed the closure [AP]", False),
    ("Dear Friends,", True),
    ("Read more about the council", False),
    ("A sentence that trails off with spaces.   ", True),
    ("", False),
])
def test_a_line_ends_as_a_sentence(line: str, ends: bool) -> None:
    from digest.furniture import ends_sentence
    assert ends_sentence(line) is ends
