"""Extraction: headline, byline, date, outlet, body and captions from pages copied as text, with menus."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.bylines import credit_line_names, parse_byline
from digest.dates import find_dates, parse_date
from digest.extract import extract_article
from digest.model import Metadata, SourceFile

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def page(name: str, **kwargs: object) -> SourceFile:
    return SourceFile(name, (FIXTURES / name).read_text(encoding="utf-8"), "text", **kwargs)  # type: ignore[arg-type]


def text(body: str, fmt: str = "text", **kwargs: object) -> SourceFile:
    return SourceFile("inline.txt", body, fmt, **kwargs)  # type: ignore[arg-type]


# --- a daily's page: title repeated, crumbs, a caption printed twice, the byline and log-in prompts at the foot


def test_daily_page_fields() -> None:
    article = extract_article(page("daily_with_footer_byline.txt"))
    assert article.headline == "Harbour cranes return to Busan port after typhoon, operators say"
    assert article.title == article.headline
    assert article.byline == ("Kim Do-yeon", "James Harlow")
    assert article.outlet == "Korea Harbour Herald"  # the address's domain, matched to the name the page prints
    assert article.date is None  # the page prints none; "Monday" is not a date


def test_daily_page_body_without_furniture_and_caption_once() -> None:
    article = extract_article(page("daily_with_footer_byline.txt"))
    assert article.paragraphs == (
        "Container terminals in Busan resumed loading on Monday after Typhoon Mawar forced a two-day halt, "
        "the port authority said.",
        '"We expect a backlog of about 40,000 boxes, which should clear within a week," said Park Min-soo, '
        "an official at the Busan Port Authority.",
        "Shipping lines had diverted six vessels to Gwangyang and Ulsan while the storm passed.",
        "He added that no crane had been damaged.",
    )
    assert article.captions == (
        "Workers inspect a container crane at Busan New Port in South Gyeongsang on Monday. Operators said all "
        "berths would reopen by Wednesday. [YONHAP]",
    )


def test_every_left_out_line_has_a_reason() -> None:
    source = page("daily_with_footer_byline.txt")
    article = extract_article(source)
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["Home > Business > Industry"]
    assert reasons["Related Article"]
    assert reasons["BY KIM DO-YEON, JAMES HARLOW [harlow.james@harbourherald.co.kr]"] == "byline"
    kept = {" ".join(line.split()) for line in article.paragraphs} | set(article.captions)
    for number, line in enumerate(source.text.split("\n"), 1):
        line = " ".join(line.split())
        if line and line not in kept:
            assert any(d.line == number for d in article.dropped), line


# --- a magazine page: menus, standfirst, byline with two names, Published and Updated dates, ads, related list


def test_magazine_page_header() -> None:
    article = extract_article(page("magazine_with_menus.txt"))
    assert article.headline == "Glacier melt in the Alps doubled in two years, study finds"
    assert article.byline == ("Jane Doe", "John Roe")
    assert article.date == "2023-12-22"  # the Published date, not the Updated one
    assert article.outlet == "Alpine Times Media"  # from the copyright line


def test_magazine_page_body_drops_ads_related_list_and_comment_box() -> None:
    article = extract_article(page("magazine_with_menus.txt"))
    assert article.paragraphs[0].startswith("Glaciers in the Swiss Alps lost six percent")
    assert article.paragraphs[-1] == "The study's authors call for faster emission cuts."
    assert len(article.paragraphs) == 4
    joined = " ".join(article.paragraphs)
    for furniture in ("ADVERTISEMENT", "Thanks for watching", "Ski resorts", "Leave a Reply", "©", "shares"):
        assert furniture not in joined


# --- a page with no headline: the body starts at once, related headlines stand between paragraphs


def test_page_without_headline_gets_a_title_from_the_lead() -> None:
    article = extract_article(page("no_headline_with_related.txt"))
    assert article.headline is None
    assert article.title.startswith("The city council has voted to extend the night bus network")
    assert len(article.title.split()) <= 13
    assert article.provenance["title"] == "fallback"


def test_related_headlines_inside_the_body_are_dropped() -> None:
    article = extract_article(page("no_headline_with_related.txt"))
    assert len(article.paragraphs) == 3
    assert all("tram depot" not in p and "long overdue" not in p and "Cover:" not in p for p in article.paragraphs)
    reasons = {d.text: d.reason for d in article.dropped}
    assert "no sentence" in reasons["Council approves budget for new tram depot"]


# --- metadata: sidecar wins over front matter wins over text


def test_sidecar_beats_front_matter_beats_text() -> None:
    source = page("magazine_with_menus.txt",
                  front_matter=Metadata(headline="Front-matter headline", date="2023-01-02", outlet="FM Outlet"),
                  sidecar=Metadata(outlet="Sidecar Outlet", url="https://example.org/glaciers"))
    article = extract_article(source)
    assert (article.outlet, article.provenance["outlet"]) == ("Sidecar Outlet", "sidecar")
    assert (article.headline, article.provenance["headline"]) == ("Front-matter headline", "front matter")
    assert (article.date, article.provenance["date"]) == ("2023-01-02", "front matter")
    assert (article.byline, article.provenance["byline"]) == (("Jane Doe", "John Roe"), "text")
    assert article.url == "https://example.org/glaciers"


def test_markdown_heading_is_the_headline_and_markup_is_removed() -> None:
    body = ("# Night buses reach the suburbs\n\n![A night bus](bus.jpg)\n\nThe council has voted to extend the "
            "**night bus** network, [officials said](https://example.org) on Thursday.\n\nThe new lines will run "
            "every 30 minutes between midnight and 5 a.m., the council said.\n")
    article = extract_article(text(body, "markdown"))
    assert article.headline == "Night buses reach the suburbs"
    assert article.paragraphs[0] == ("The council has voted to extend the night bus network, officials said on "
                                     "Thursday.")
    assert article.format == "markdown"


def test_empty_text_gives_an_empty_article_not_an_error() -> None:
    article = extract_article(text("\n\n  \n"))
    assert article.headline is None and article.paragraphs == () and article.title == "inline.txt"


# --- bylines and dates as pages print them


@pytest.mark.parametrize(("line", "names"), [
    ("BY LIM JEONG-WON, SARAH KIM [kim.sarah@joongang.co.kr]", ("Lim Jeong-won", "Sarah Kim")),
    ("By Jang Na-rye, journalist", ("Jang Na-rye",)),
    ("By by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL", ("Josh Haskell", "David Caplan", "Patrick Reevell")),
    ("By Amanda Cappelli Fox News", ("Amanda Cappelli",)),
    ("By Zach Johnson Dec 12, 2016 2:00 PM", ("Zach Johnson",)),
    ("Written by Jack Wallen, Contributing Writer", ("Jack Wallen",)),
    ("by April Glaser@aprilaser", ("April Glaser",)),
    ("By Dave Epstein Globe Correspondent, Updated December 22, 2023, 5:49 p.m.", ("Dave Epstein",)),
    ("By Alice Smith, Staff Writer, and Bob Jones, Editor", ("Alice Smith", "Bob Jones")),
    ("Dec 22, 2023 by Enrico de Lazaro", ("Enrico de Lazaro",)),
    ("by University of Tokyo", ()),
    ("By AOL Staff", ()),
    ("Photos and Story By David Colman", ("David Colman",)),
    ("Story and photos by Jane Doe", ("Jane Doe",)),
    ("Written and reported by Ann Lee", ("Ann Lee",)),
    ("By Andrew HusbandTwitter", ("Andrew Husband",)),
    ("By Partner Content", ()),
])
def test_byline_forms(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize("line", ["By the way, the port reopened on Monday.", "Harbour cranes return to Busan",
                                  "Photo by Icons8 Team on Unsplash", "Video by Sam Hill"])
def test_sentences_and_titles_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(("written", "iso"), [
    ("June 21,2024 864", "2024-06-21"),
    ("Dec. 22, 2023", "2023-12-22"),
    ("22 December 2023", "2023-12-22"),
    ("2023-12-22T10:00", "2023-12-22"),
    ("Published 5:04 PM EST, Fri December 22, 2023", "2023-12-22"),
    ("12/22/2023", "2023-12-22"),
    ("22.12.2023", "2023-12-22"),
    ("2024년 6월 21일", "2024-06-21"),
    ("Thursday, November 9th 2023", "2023-11-09"),
    ("by Brett Samuels - 12/22/23 11:35 AM ET", "2023-12-22"),
])
def test_date_forms(written: str, iso: str) -> None:
    assert [d.iso for d in find_dates(written)] == [iso]


def test_impossible_or_yearless_dates_are_not_dates() -> None:
    assert find_dates("February 30, 2023") == []
    assert find_dates("on June 21 the treaty was signed") == []
    assert find_dates("version 1.2.23 and a 3/4/5 split") == []
    assert parse_date("sometime soon") is None


def test_date_in_body_sentence_or_updated_line_is_not_the_publication_date() -> None:
    body = ("Ferry service resumes\n\nUpdated 9:30 AM, December 23, 2023\n\nThe ferry to the islands resumed on "
            "December 21, 2023, after a week of storms, the operator said on Friday.\n\nPassengers queued for two "
            "hours at the terminal, and some were turned away.\n")
    assert extract_article(text(body)).date == "2023-12-23"  # an Updated date only as the last resort
    body_no_updated = body.replace("Updated 9:30 AM, December 23, 2023\n\n", "")
    assert extract_article(text(body_no_updated)).date is None


def test_byline_label_on_its_own_line_with_one_author_a_line() -> None:
    body = ("Ferry service resumes after storms\n\nBy\n\nAna Ruiz Transport Reporter\n\nand\n\nLuis Gomez\n\n"
            "December 23, 2023\n\nThe ferry to the islands resumed on Saturday after a week of storms, the operator "
            "said in a statement.\n\nPassengers queued for two hours at the terminal, and some were turned away.\n")
    article = extract_article(text(body))
    assert article.byline == ("Ana Ruiz", "Luis Gomez")
    assert article.date == "2023-12-23"
    assert article.paragraphs[0].startswith("The ferry to the islands resumed")


def test_lead_paragraph_before_a_short_subheading_is_not_a_caption() -> None:
    lead = ("The Indian Navy and coast guard on Saturday swung into action to help a merchant vessel that was hit "
            "by a suspected drone about 200 nautical miles off the coast, officials said, adding that the fire on "
            "board had been put out and that all 21 crew members were safe.")
    body = (f"Navy rushes to help tanker after drone strike\n\nBy Rahul Singh\n\n{lead}\n\nMV Chem Pluto\n\n"
            "The tanker was carrying crude oil from Saudi Arabia to the port of Mangalore when it was struck, the "
            "navy said in a statement.\n")
    article = extract_article(text(body))
    assert article.paragraphs[0] == lead
    assert article.captions == ()


def test_list_closing_the_article_is_kept() -> None:
    body = ("City names referee of the year\n\nBy Ana Ruiz\n\nThe league on Tuesday named Victor Rivas its referee of "
            "the year, the first time a referee from the city has won the award.\n\nRivas made his debut in 2018 and "
            "has since taken charge of more than 100 games, the league said.\n\nPast winners\n\n2023: Victor Rivas\n\n"
            "2022: Ismail Elfath\n\n2021: Allen Chapman\n\nShare on X\n\nMost Read\n")
    article = extract_article(text(body))
    assert article.paragraphs[-3:] == ("2023: Victor Rivas", "2022: Ismail Elfath", "2021: Allen Chapman")


def test_a_closing_list_item_whose_dash_lost_a_space_is_still_an_item() -> None:
    body = ("Riverside awards its rowing prizes\n\nBy Ana Ruiz\n\nThe rowing club on Saturday gave out its prizes for "
            "the season, the first since the new boathouse opened on the river last spring.\n\nThe winners:\n\n"
            "Rower of the Year - Ana Ruiz\n\nCoach of the Year - Tom Berg\n\nCrew of the Year- The Night Eight\n\n"
            "Rising Star - Lee Park\n\nShare on X\n\nMost Read\n")
    article = extract_article(text(body))
    assert article.paragraphs[-1] == "Rising Star - Lee Park"


def test_outlet_from_a_wire_dateline_and_never_from_a_place() -> None:
    wire = ("Quake shakes southern Japan\n\nTOKYO (AP) — A strong earthquake shook southern Japan on Monday, the "
            "weather agency said, but no damage was reported.\n\nThe quake had a magnitude of 6.1, it said.\n")
    assert extract_article(text(wire)).outlet == "AP"
    local = ("Quake shakes southern Japan\n\nTOKYO — A strong earthquake shook southern Japan on Monday, the weather "
             "agency said, but no damage was reported in Tokyo.\n\nThe quake had a magnitude of 6.1, it said.\n")
    assert extract_article(text(local)).outlet is None


def test_the_next_article_of_an_endless_page_is_not_joined() -> None:
    first = ["The council voted on Tuesday to close the old bridge to cars from March, after engineers found cracks "
             "in two of its steel supports, the mayor said.",
             "Buses and bicycles will still be allowed to cross, and a ferry will run every twenty minutes during the "
             "morning and evening rush hours, the city said.",
             "Repairs are expected to take a year and to cost about 14 million euros, most of it paid by the region."]
    second = " ".join(f"The harbour story goes on here in its paragraph number {n}, with more words than a teaser."
                      for n in range(5))
    body = ("Bridge to close to cars\n\nBy Ana Ruiz\n\n" + "\n\n".join(first) + "\n\nMore from News:\n\n"
            f"Harbour gets new cranes\n\n{second}\n\n{second.upper()}\n")
    article = extract_article(text(body))
    assert article.headline == "Bridge to close to cars"
    assert article.paragraphs == tuple(first)


# --- a related-story teaser with its own byline set between the article's paragraphs


def test_teaser_byline_inside_the_article_does_not_move_its_start() -> None:
    article = extract_article(text(
        "Sign In\nFashion\nRunway\n"
        "The Velvet Gown That Sold For Almost £1M\n"
        "By Laura Hawkins\n"
        "19 December 2023\n"
        "Save\n"
        "Thanks to a television drama, all eyes have been on the wardrobe of the late princess, and collectors "
        "have spent the year bidding on the gowns and suits she wore to galas, charity dinners and premieres "
        "in London and New York during the last decade of her life.\n"
        "But it was the ostentation of the eighties that drew bidders to a recent lot at a Los Angeles auction "
        "house, where a velvet gown went for more than three times its estimate.\n"
        "Read More\n"
        "Her Famous Sweater Just Sold For More Than A Million Dollars\n"
        "By Hannah Jackson\n"
        "When it comes to her wardrobe, 2023 has been a year of six-figure sales. Back in September, a London "
        "auction house sold a black sheep sweater she wore to a polo match for more than a million dollars, and "
        "in the spring a blue evening dress fetched nearly twice its estimate from a private collector who has "
        "since lent it to a museum in Kensington for a show that opens next year.\n"
        "Most Popular\n"
    ))
    assert article.byline == ("Laura Hawkins",)
    assert article.paragraphs[0].startswith("Thanks to a television drama")


# --- a lead paragraph with an advert slot under it; a photo caption with its credit on the next line


def test_lead_paragraph_above_an_advert_slot_is_not_a_caption() -> None:
    article = extract_article(text(
        "Xi Told the President He Was Taking Taiwan Back\n"
        "Beege Welborn 8:41 PM on December 20, 2023\n"
        "Share\n"
        "(AP Photo/Carolyn Kaster)\n"
        "This seems like it should be bigger news, and it would be if only the press were not already busy "
        "with the campaign, the budget fight and the holiday travel chaos at the airports this week.\n"
        "Advertisement\n"
        "During the summit in San Francisco, the Chinese leader bluntly told the president that Beijing would "
        "take the island, according to two officials who were in the room.\n"
    ))
    assert article.captions == ()
    assert article.paragraphs[0].startswith("This seems like it should be bigger news")


def test_caption_with_photo_provided_by_credit_is_not_the_lead() -> None:
    article = extract_article(text(
        "This 1974 Lincoln Continental was all about color!\n"
        "By Bruce Kunz\n"
        "December 22, 2023\n"
        "Our 1974 Lincoln Continental turned heads wherever we went with it. This is where my father saw it "
        "for the first time.\n"
        "Photo provided by Bruce Kunz.\n"
        "It used to be, back in the good old days, that we had those who loved various car colors, red, "
        "burgundy, blue, yellow, green, brown and gold, and the makers painted cars to please all of them.\n"
        "Fast forward five decades.\n"
    ))
    assert article.captions == ("Our 1974 Lincoln Continental turned heads wherever we went with it. This is where "
                                "my father saw it for the first time.",)
    assert article.paragraphs[0].startswith("It used to be")
    assert "Photo provided by Bruce Kunz." not in article.paragraphs


def test_link_teasers_cut_short_between_standfirst_and_lead_are_not_the_body() -> None:
    article = extract_article(text(
        "A handy hack for the Pixel's new shortcut system\n"
        "By JR Raphael\n"
        "Dec 12, 2023\n"
        "Google's latest Pixel time-saver is packed with potential, but its most practical possibility requires "
        "a touch of tinkering.\n"
        "Google Pixel Intelligence\n"
        "4 words that speak volumes about...\n"
        "The one thing that might keep Google's...\n"
        "Got a Google Pixel? Check out these...\n"
        "How Google's Pixel 8 changes everything...\n"
        "Show More\n"
        "All right, Pixel pals: we've talked about plenty of buried treasures you can dig up on your phone, "
        "thanks mostly to the arrival of a new version of Android this autumn and the features that came with it.\n"
        "I'm talking about the Quick Tap system introduced on the Pixel 6 last month, and now on older phones too.\n"
    ))
    assert article.paragraphs[0].startswith("All right, Pixel pals")
    assert not any(p.endswith("...") for p in article.paragraphs)


# --- the headline stands above the byline: a role line or an image caption near the header is not it


def test_author_box_under_the_byline_is_not_the_headline() -> None:
    article = extract_article(text(
        "Opinions\n"
        "Enough platitudes: Let’s name names\n"
        "Mayor Bill Peduto on Sunday near the synagogue in Pittsburgh. (Dustin Franz/AFP/Getty Images)\n"
        "By Jennifer Rubin\n"
        "Jennifer Rubin\n"
        "Opinion writer reporting from a center-right perspective\n"
        "Email Bio Follow\n"
        "October 29, 2018\n"
        "The president's defenders and even some of his tepid critics on the right seem determined to keep their "
        "minds closed to the idea that words have consequences, however often the point is made to them.\n"
        "If no politician's words, written or spoken, have any effect on anyone, how does one explain hundreds of "
        "years of political rhetoric, and the campaigns that spend millions on it?\n"
    ))
    assert article.headline == "Enough platitudes: Let’s name names"
    assert article.byline == ("Jennifer Rubin",)


def test_line_under_an_image_caption_label_is_not_the_headline() -> None:
    article = extract_article(text(
        "BBC News\nMenu\nMore\n"
        "Derry man jailed for six months over hoax ambulance calls\n"
        "Published\n4 days ago\nShare\n"
        "Image source, Getty Images\n"
        "Image caption,\n"
        "Stephen Kennedy, 29, of Leafair Park in Londonderry made a number of hoax calls to the ambulance service\n"
        "A man who made hoax calls to the ambulance service has been jailed for six months after a judge warned "
        "someone could have died waiting for help.\n"
        "Stephen Kennedy, 29, was convicted of improper use of the communication network at an earlier hearing.\n"
    ))
    assert article.headline == "Derry man jailed for six months over hoax ambulance calls"


def test_caption_credited_name_slash_paper_before_the_lead() -> None:
    article = extract_article(text(
        "12 things to do around Chicago: Our list for the weekend before Christmas\n"
        "Published: Dec 22, 2023 at 5:00 am\n"
        "Expand\n"
        "Hot cocoa with all the toppings in collectible cups at the market in Chicago on Nov. 21, 2023. "
        "(Terrence Antonio James/Chicago Tribune)\n"
        "There's plenty to do, with the holiday market open just through this weekend, and not everything here "
        "is for the holiday-involved among us.\n"
        "The ballet returns to the opera house for its annual run, and the critics say it is well worth a visit.\n"
    ))
    assert article.paragraphs[0].startswith("There's plenty to do")
    assert article.captions[0].startswith("Hot cocoa with all the toppings")


# --- unlabelled credit lines under the headline: "Name Paper", "Outlet date Name"


@pytest.mark.parametrize(("line", "names"), [
    ("Greyson Steele Battle Creek Enquirer", ("Greyson Steele",)),
    ("Sarah Barnacle Worcester Telegram & Gazette", ("Sarah Barnacle",)),
    ("Kayla Jimenez USA TODAY", ("Kayla Jimenez",)),
    ("Medical Daily 9/21/2016 Lizette Borreli", ("Lizette Borreli",)),
    ("Facebook Twitter Email", None),
    ("Police Search Continues After Crash", None),
])
def test_credit_line_names(line: str, names: tuple[str, ...] | None) -> None:
    assert credit_line_names(line) == names


def test_section_labels_under_a_headline_are_not_names() -> None:
    assert parse_byline("Yard Sales, Classified Ads", need_label=False) is None


def test_name_and_paper_under_the_headline_is_the_byline() -> None:
    article = extract_article(text(
        "Police K9 Bane 'doing well' after hit-and-run; search for driver continues\n"
        "Sarah Barnacle Worcester Telegram & Gazette\n"
        "Facebook Twitter Email\n"
        "CLINTON — A police dog struck by a car on Pleasant Street on Tuesday night is recovering, the police "
        "chief said, and officers are still looking for the driver who left the scene.\n"
        "Authorities are asking anyone who has video of the area at the time to contact them at (978) 448-5555.\n"
    ))
    assert article.byline == ("Sarah Barnacle",)
    assert article.paragraphs[-1].endswith("contact them at (978) 448-5555.")


def test_weather_widget_date_is_not_the_publication_date() -> None:
    article = extract_article(text(
        "Home\nNews\n"
        "Sunday, Dec 24th 2023 11PM 9°C 2AM 8°C 5-Day Forecast\n"
        "Abbie Chatfield enjoys a girls weekend at the beach\n"
        "By Marta Jary\n"
        "Abbie Chatfield was enjoying the summer weather with her friends on Friday, and shared photos of the "
        "day at the beach with her followers on social media.\n"
        "Outside of podcasting, she is a judge on a television singing contest and the host of a dating show.\n"
    ))
    assert article.date is None  # the widget shows the day the page was copied; the article states no date


def test_author_bio_under_the_byline_is_not_the_lead() -> None:
    article = extract_article(text(
        "Contract-year winners! 10 ascending players poised to break the bank in free agency\n"
        "Published: Dec 22, 2023 at 06:47 PM\n"
        "By Bucky Brooks\n"
        "Former player and scout Bucky Brooks knows the ins and outs of this league, providing keen insight in "
        "his breakdown of the players who stand to gain.\n"
        "As the regular season winds down, we are about to shift our focus completely to the postseason "
        "tournament, but several players have already earned a bigger contract.\n"
        "The contract year is always an alluring topic, but not all contract years are created equal.\n"
    ))
    assert article.byline == ("Bucky Brooks",)
    assert article.paragraphs[0].startswith("As the regular season winds down")


def test_embedded_video_title_and_blurb_are_not_the_lead() -> None:
    article = extract_article(text(
        "Prosecutors ask for six-week trial with shortened hours for murder suspect\n"
        "By Michael Ruiz\n"
        "Published December 22, 2023 3:00pm EST\n"
        "Comments\nPrint\nEmail\n"
        "Video\n"
        "Criminal defense attorney dissects evidence that led authorities to the suspect\n"
        "Criminal defense attorney Lexie Rigden on the case against the murder suspect one year later.\n"
        "Idaho prosecutors have asked for the quadruple murder trial to take place over six weeks this summer, "
        "with shortened hours and no extra time for the defendant to come up with an alibi.\n"
        "The county's senior deputy prosecuting attorney filed the four-page request on Thursday morning, and a "
        "judge is expected to rule on it next month.\n"
    ))
    assert article.paragraphs[0].startswith("Idaho prosecutors have asked")


def test_table_of_contents_questions_are_not_the_lead() -> None:
    article = extract_article(text(
        "If You See a Cardinal, Here's What It Means\n"
        "Author:\nWendee Wendt\n"
        "Dec 23, 2023\n"
        "Contents\n"
        "What Does It Mean When You See a Cardinal?\n"
        "Is It a Good Omen To See a Cardinal?\n"
        "What Do Red Cardinals Symbolize?\n"
        "Widespread and abundant, the cherry red birds called cardinals can be spotted throughout the United "
        "States and as far north as southeastern Canada.\n"
        "But a cardinal isn't just another pretty little bird. They have been viewed as a sign of hope.\n"
        "What Does It Mean When You See a Cardinal?\n"
        "Cardinal sightings have a multitude of meanings, such as being a sign of hope, wisdom or blessings.\n"
    ))
    assert article.paragraphs[0].startswith("Widespread and abundant")


def test_in_this_article_tickers_do_not_swallow_the_lead() -> None:
    article = extract_article(text(
        "January 8, 2024 at 8:03 PM · 5 min read\n"
        "In this article:\nPARA\nNFLX\nWBD\nDIS\n"
        "Wall Street is ready for the next big media merger.\n"
        "As companies in the space face challenges such as cord cutting and a tough ad environment, analysts "
        "say consolidation is coming, and sooner rather than later.\n"
        "Both companies declined to comment on the report.\n"
    ))
    assert article.paragraphs[0] == "Wall Street is ready for the next big media merger."


def test_lead_ending_with_source_colon_phrase_is_not_a_caption() -> None:
    article = extract_article(text(
        "How the president's allies learned to love the Fed\n"
        "By Adam Cancryn\n"
        "12/22/2023 12:12 PM EST\n"
        "The president has a matter of months to convince gloomy voters that he's built a thriving economy. "
        "Democrats now think he'll get a hand in doing so from an unlikely source: the Federal Reserve.\n"
        "Allies who spent the last year fearful that the Fed's effort to curb inflation would tip the nation into "
        "recession are now cheering the central bank's signals that rate cuts are coming.\n"
    ))
    assert article.captions == ()
    assert article.paragraphs[0].startswith("The president has a matter of months")


def test_a_letter_column_starts_at_its_salutation() -> None:
    article = extract_article(text(
        "A Christmas letter to the nation: It's been an eventful year for the family\n"
        "Marsha Lederman\n"
        "Published December 22, 2023\n"
        "Share\nBookmark\n"
        "Dear Friends,\n"
        "It's that time of year for our annual family Christmas letter, composed without the help of a chatbot, "
        "we promise, and full of news from a year none of us will forget in a hurry.\n"
        "We want to let you know what our family has been up to over this eventful year!\n"
    ))
    assert article.paragraphs[0] == "Dear Friends,"


@pytest.mark.parametrize("label", ["Key Takeaways", "ZDNET's key takeaways"])
def test_key_takeaways_before_the_article_are_not_its_lead(label: str) -> None:
    article = extract_article(text(
        "Bidenomics Defined: What Every Voter Should Know\n"
        "By EJ Antoni\n"
        "Dec 18, 2023\n"
        f"{label}\n"
        "If the administration had simply done nothing, inflation would have been far lower than it was.\n"
        "Not only are people in record credit-card debt, but the interest rates on those cards are at records too.\n"
        "Copied\n"
        "Are you better off than you were four years ago? A president famously asked Americans that question "
        "during a debate, and it is worth asking again as the next election approaches.\n"
        "From the first hours in office, the administration has waged a relentless war against American energy, "
        "canceling pipelines and halting leases on federal land.\n"
    ))
    assert article.paragraphs[0].startswith("Are you better off")
    assert len(article.paragraphs) == 2


def test_key_takeaways_printed_one_a_line_are_all_points_whatever_their_length() -> None:
    article = extract_article(text(
        "Ferry fares rise again\n\nBy Ana Ruiz\n\nJan 3, 2024\n\nTakeaways\n\n"
        "Fares rise for the third time in a year.\n"
        "The operator blames fuel costs, which have doubled since the spring, and the wages of the crews it had to "
        "hire when the night service began, though its own accounts show a profit in each of the last four years.\n"
        "Islanders plan a protest at the harbour.\n\n"
        "Ferry fares to the islands will rise by a tenth from March, the operator said on Tuesday, the third rise "
        "in a year for the people who depend on the boats to reach work and school.\n\n"
        "The operator said fuel now costs twice what it did last spring.\n"
    ))
    assert article.paragraphs[0].startswith("Ferry fares to the islands")
    assert len(article.paragraphs) == 2


def test_unlabelled_summary_points_one_a_line_before_the_lead_are_not_the_lead() -> None:
    # Three short sentences on consecutive lines, then paragraphs parted by blank lines: a list of points.
    article = extract_article(text(
        "Ferry fares rise again\n\nBy Ana Ruiz\n\nJan 3, 2024\n\n"
        "Fares rise for the third time in a year.\n"
        "The operator blames fuel costs.\n"
        "Islanders plan a protest at the harbour.\n\n"
        "Ferry fares to the islands will rise by a tenth from March, the operator said on Tuesday.\n\n"
        "The operator said fuel now costs twice what it did last spring, and wages are up too.\n\n"
        "Islanders said they would march to the harbour on Saturday to protest against the rise.\n"
    ))
    assert article.paragraphs[0].startswith("Ferry fares to the islands")
    assert len(article.paragraphs) == 3


def test_an_article_written_one_sentence_a_line_keeps_its_lead() -> None:
    # No blank lines between the paragraphs below either: nothing tells a list from the article.
    body = ("Ferry fares to the islands will rise by a tenth from March.\n"
            "The operator said fuel now costs twice what it did last spring.\n"
            "Islanders said they would protest at the harbour on Saturday.\n"
            "A spokesman for the operator declined to comment on the protest.\n"
            "The last rise, in the autumn, was the first in four years.\n")
    article = extract_article(text(f"Ferry fares rise again\n\nBy Ana Ruiz\n\nJan 3, 2024\n\n{body}"))
    assert article.paragraphs[0].startswith("Ferry fares to the islands")
    assert len(article.paragraphs) == 5


def test_a_verbless_line_above_the_lead_is_a_caption_not_the_lead() -> None:
    article = extract_article(text(
        "Ferry fares rise again\n\nBy Ana Ruiz\n\nJan 3, 2024\n\n"
        "Captain Lee Park on the bridge of the island ferry, 1990s.\n\n"
        "Ferry fares to the islands will rise by a tenth from March, the operator said on Tuesday, the third rise "
        "in a year for the people who depend on the boats to reach work and school.\n\n"
        "The operator said fuel now costs twice what it did last spring.\n"
    ))
    assert article.captions == ("Captain Lee Park on the bridge of the island ferry, 1990s.",)
    assert article.paragraphs[0].startswith("Ferry fares to the islands")


def test_a_line_above_an_editors_note_is_header_not_the_lead() -> None:
    article = extract_article(text(
        "Healing through art\n\nBy Ana Ruiz • January 3, 2024\n\n"
        "Lee Park Lee Park is not someone who just paints a harbour and sells it. Through a slow process she "
        "layers the morning light over a photograph of the quay, then paints over the print by hand until the "
        "boats, the gulls and the people waiting for the ferry seem to move.\n\n"
        "Editor's note: This story first appeared in the winter issue of Riverside Magazine.\n\n"
        "Lee Park wants to heal through art, which made the closure of the quay studio at the end of the summer, "
        "after twenty years in which she painted there every morning, hard to bear for her and for the island.\n\n"
        "She has painted the harbour for twenty years, first as a hobby and then, when the ferry company bought "
        "her first picture for its waiting room, as her living, selling prints to passengers at the quay.\n"
    ))
    assert article.paragraphs[0].startswith("Lee Park wants to heal")
    assert len(article.paragraphs) == 2


def test_summary_above_a_capitals_section_heading_is_the_lead_not_a_caption() -> None:
    article = extract_article(text(
        "Roundup: Turnovers costly in Hoquiam loss to Black Hills\n"
        "By Ryan Sparks • December 20, 2023 7:00 am\n"
        "Hoquiam's girls hoops team struggled against Black Hills while the college women's wrestling team "
        "earned the No. 1 ranking in the country.\n"
        "GIRLS PREP BASKETBALL\n"
        "Black Hills 64, Hoquiam 28\n"
        "Hoquiam had no answers for Black Hills in a 64-28 loss on Tuesday at Hoquiam High School.\n"
        "The Grizzlies fell behind by 15 points at the end of one quarter and committed 29 turnovers in the game, "
        "their most of the season.\n"
    ))
    assert article.captions == ()
    assert article.paragraphs[0].startswith("Hoquiam's girls hoops team struggled")


def test_article_above_a_longer_comment_thread_is_the_body() -> None:
    comment = ("I have had every one of these phones since the first one and honestly the battery life has never "
               "been the problem people say it is, the software updates are the problem and always have been. ")
    article = extract_article(text(
        "Motorola is announcing a new phone at Mobile World Congress in February\n"
        "By Daniel Bader\n"
        "Comments (27)\n"
        "Motorola is set to launch a new phone in Barcelona next month prior to the start of the show.\n"
        "The annual show has become a traditional venue for manufacturers to launch phones for the European "
        "market, and the company has used it before.\n"
        "The company is holding its event at 4:30pm on February 26, and while it is unclear what it will "
        "announce, analysts expect a mid-range model.\n"
        "We'll have to wait and see; the show is only a short time away!\n"
        "27 Comments\n"
        + "".join(f"reader{n}\n{comment * 2}\nReply\n" for n in range(6))
    ))
    assert article.paragraphs[0].startswith("Motorola is set to launch")
    assert article.paragraphs[-1] == "We'll have to wait and see; the show is only a short time away!"


def test_headline_swallowed_by_the_prose_run_is_found_after_the_header_is_skipped() -> None:
    article = extract_article(text(
        "NEXT STEPS FOR VETS\n"
        "Site Map\nFacebook\nTwitter\nEmail\n"
        "Tech News\n"
        "What's the Hold-Up at SpaceX?\n"
        "It's been a rough few months for Elon Musk's SpaceX.\n"
        "The Falcon 9 rocket as it lifts off from the launch complex at Cape Canaveral, Florida, in June, before "
        "the failure that grounded the fleet for months and delayed launches for customers around the world.\n"
        "Link copied\n"
        "Dec. 13, 2016, 12:31 PM UTC\n"
        "By Alyssa Newcomb\n"
        "If it's any small comfort, 2016 probably wasn't the most enjoyable year for billionaire Elon Musk, "
        "either.\n"
        "Two SpaceX rocket failures in as many years have set back its plans, and customers want answers.\n"
    ))
    assert article.headline == "What's the Hold-Up at SpaceX?"
    assert article.byline == ("Alyssa Newcomb",)
    assert article.paragraphs[0].startswith("If it's any small comfort")


def test_as_told_to_credit_and_weather_widget_are_not_headlines() -> None:
    article = extract_article(text(
        "Sunday, Dec 24th 2023 11PM 9°C 2AM 8°C 5-Day Forecast\n"
        "Training\n"
        "\"I Think a Lot of Women Lift for the Same Reason I Do\"\n"
        "Amie Mock as told to Heather Eastman\n"
        "March 07, 2022 • 6 min read\n"
        "Amie Mock would love to tell you that she got into lifting for purely aesthetic reasons, but the truth is "
        "she started lifting because she knows the mental toll of not feeling strong.\n"
        "Unfortunately, she is not alone, according to current statistics on domestic violence.\n"
    ))
    assert article.headline == "\"I Think a Lot of Women Lift for the Same Reason I Do\""


def test_article_resumes_after_an_inline_recommended_box() -> None:
    para = ("From the honky-tonks of the capital to the rock and roll venues of the river city, the state has long "
            "been a magnet for music lovers, and there is plenty more to see between them for visitors who are "
            "willing to leave the interstate and take the slower roads through the hills and the small towns. ")
    article = extract_article(text(
        "Cultural adventures from Memphis to Maryville\n"
        "Tuesday 19 December 2023 09:14\n"
        "Nashville\n"
        f"{para}\n"
        "Memphis\n"
        f"The birthplace of the blues has no shortage of bragging rights. {para}\n"
        "Recommended\n"
        "Art Me Up: A Gallery Guide to Miami's Thriving Arts Scene\n"
        "Sounds of the South: Exploring the Evolving Music Scene of Atlanta, Georgia\n"
        "Knoxville\n"
        f"The state's third-largest city might sit in the shadows of its bigger siblings. {para}\n"
        "Maryville\n"
        "Just south of the city, Maryville has its own lures, not least the national park next door, with its "
        "waterfalls, its old mountain churches and the highest peak in the state.\n"
        "Recommended\n"
        "Your Complete Guide to Baltimore\n"
    ))
    assert article.paragraphs[-1].startswith("Just south of the city, Maryville")
    assert not any(p.startswith("Art Me Up") for p in article.paragraphs)


def test_the_blurb_of_a_newsletter_box_after_the_article_is_not_its_last_paragraph() -> None:
    article = extract_article(text(
        "Hollywood memorabilia auction sells over $7 million of costumes\n"
        "By Ann Lee\n"
        "December 22, 2023\n"
        "The garments were sold on the auction's last day, with a dress from a classic musical going for more than "
        "four times its estimate to a bidder on the telephone.\n"
        "The four-day auction event sold over $7 million worth of Hollywood memorabilia.\n"
        "Advertisement\n"
        "Get Our Newsletter\n"
        "A brief on the top business stories of the week, plus CEO interviews and market updates.\n"
    ))
    assert article.paragraphs[-1] == "The four-day auction event sold over $7 million worth of Hollywood memorabilia."


def test_syndicated_outlet_date_name_line_gives_the_byline() -> None:
    article = extract_article(text(
        "lifestyle\n"
        "This Is Your Brain On Sad Movies; Plus 5 Films To Cry To\n"
        "Medical Daily 9/21/2016 Lizette Borreli\n"
        "Most of us have sat through a screening of a tearjerker once, twice, or perhaps more times than we would "
        "like to admit, and come out of the cinema feeling strangely better.\n"
        "Researchers now think they know why we seek out stories that make us cry.\n"
    ))
    assert article.byline == ("Lizette Borreli",)
    assert article.date == "2016-09-21"


# --- the end of the article: an author box, an end mark

AUTHOR_BOX_PAGE = """Menu
Ferry fares rise for island residents
By Maria Lindqvist
March 3, 2024
The county raised ferry fares for island residents by 12 percent on Monday, citing fuel costs and an ageing fleet.
Residents packed the council chamber to object, and several said they would stop commuting to the mainland.
The council said the new fares would be reviewed in a year, after two new boats enter service next spring.
Maria Lindqvist
Maria has covered the county council since 2015 and previously reported on transport for a regional daily.
Her other recent stories include a long series on school closures across the islands and the mainland.
"""


def test_the_body_ends_where_the_author_box_repeats_the_byline_name() -> None:
    article = extract_article(text(AUTHOR_BOX_PAGE))
    assert article.byline == ("Maria Lindqvist",)
    assert article.paragraphs[-1].startswith("The council said the new fares would be reviewed")


def test_a_magazine_end_mark_is_not_part_of_the_last_sentence() -> None:
    page_text = AUTHOR_BOX_PAGE.replace("next spring.\n", "next spring. ■\n")
    assert extract_article(text(page_text)).paragraphs[-1].endswith("after two new boats enter service next spring.")


# --- the header: breadcrumbs, video players, repeated notices, author cards

LEAD = ("The county raised ferry fares for island residents by 12 percent on Monday, citing fuel costs and an "
        "ageing fleet.\nResidents packed the council chamber to object, and several said they would stop commuting.\n")


def test_a_breadcrumb_glued_to_the_headline_is_left_out_when_the_headline_is_printed_alone_below() -> None:
    page_text = ("Home News Local Ferry fares rise for island residents\n\nFerry fares rise for island residents\n"
                 "By Maria Lindqvist\nMarch 3, 2024\n" + LEAD)
    assert extract_article(text(page_text)).headline == "Ferry fares rise for island residents"


def test_the_title_of_an_embedded_clip_is_not_the_headline() -> None:
    page_text = ("News\nFerry fares rise for island residents as fuel costs climb\nMenu\nVideo Loading\n"
                 "Click to play Tap to play\nPlay now\nWatch the moment a seal boards the morning ferry\n"
                 "By Maria Lindqvist\nMarch 3, 2024\n" + LEAD)
    assert extract_article(text(page_text)).headline == "Ferry fares rise for island residents as fuel costs climb"


def test_a_notice_printed_many_times_does_not_push_the_headline_out_of_reach() -> None:
    notices = "Oops!\nSomething went wrong.\nPlease try again later.\n" * 30
    page_text = ("Markets\nFerry fares rise for island residents\nRead full article\n" + notices + "March 3, 2024\n"
                 + LEAD)
    assert extract_article(text(page_text)).headline == "Ferry fares rise for island residents"


def test_author_cards_with_a_job_line_give_every_author() -> None:
    page_text = ("Ferry fares rise for island residents\nMaria Lindqvist\nClose\nMaria Lindqvist\nStaff Writer\n"
                 "Covers transport and the county council.\nTom Okafor\nClose\nTom Okafor\nIslands correspondent\n"
                 "March 3, 2024\n" + LEAD)
    assert extract_article(text(page_text)).byline == ("Maria Lindqvist", "Tom Okafor")


def test_a_short_label_cut_short_with_dots_does_not_close_the_article() -> None:
    page_text = ("Ferry fares rise for island residents\nBy Maria Lindqvist\nMarch 3, 2024\n" + LEAD +
                 "The council said the new fares would be reviewed in a year, after two new boats enter service.\n"
                 "Before You Go ...\nHow Island Ferries Got Their Names\n")
    assert extract_article(text(page_text)).paragraphs[-1].startswith("The council said the new fares")


def test_a_list_announced_by_a_colon_inside_the_article_is_kept_item_by_item() -> None:
    page_text = ("Scientists map the seabed off the north cape\nBy Ana Ruiz\nMarch 4, 2024\n"
                 "Scientists have mapped the seabed off the north cape in detail for the first time, finding wrecks.\n"
                 "Among the findings:\nA canyon 400 metres deep running north-east from the cape\n"
                 "Three wrecks, one of them probably a 19th-century schooner\nAdvertisement\n"
                 "A cold-water coral reef covering about two square kilometres\n"
                 "The maps will be published online later this year, the university said in a statement.\n")
    assert extract_article(text(page_text)).paragraphs == (
        "Scientists have mapped the seabed off the north cape in detail for the first time, finding wrecks.",
        "Among the findings:",  # not glued to the next paragraph as a dateline would be
        "A canyon 400 metres deep running north-east from the cape",
        "Three wrecks, one of them probably a 19th-century schooner",
        "A cold-water coral reef covering about two square kilometres",
        "The maps will be published online later this year, the university said in a statement.",
    )


# --- whole invented pages: a wire story, teasers above an article, a blog post with comments


def test_wire_story_continues_after_a_related_box_and_names_its_outlet() -> None:
    article = extract_article(page("wire_story_with_related_box.txt"))
    assert article.headline == "Island ferry fares jump as fuel costs bite"
    assert article.byline == ("Jane Doe", "Peter Smith")
    assert article.date == "2024-03-04"  # only an "Updated" date is printed: it is the last resort
    assert article.outlet == "The Associated Press"  # "Copyright 2024 The Associated Press. All Rights Reserved."
    assert article.paragraphs[0].startswith("RIVERSIDE, Maine (AP) —")
    assert article.paragraphs[-1] == "The county said the fares would be reviewed in a year."


def test_teasers_with_bylines_and_dates_above_the_article_are_not_its_header() -> None:
    article = extract_article(page("teasers_above_the_article.txt"))
    assert article.headline == "Island ferry fares jump as fuel costs bite"
    assert article.byline == ("Maria Lindqvist",)
    assert article.date == "2024-03-04"


def test_blog_post_by_admin_has_no_author_and_comments_are_not_the_post() -> None:
    article = extract_article(page("blog_post_with_comments.txt"))
    assert article.byline == ()
    assert article.date == "2024-03-04"  # not a comment's date
    assert article.paragraphs[-1].startswith("If you commute every day")
    assert not any("priced off our own island" in p for p in article.paragraphs)


@pytest.mark.parametrize("header", ["By\nMaria Lindqvist\n,\nTom Okafor\n", "Maria Lindqvist\nand\nTom Okafor\n",
                                    "By\nMaria Lindqvist\nTom Okafor\n"])
def test_authors_printed_one_a_line_with_joiners_between(header: str) -> None:
    page_text = "Menu\nFerry fares rise for island residents\n" + header + "March 3, 2024\n" + LEAD
    article = extract_article(text(page_text))
    assert article.byline == ("Maria Lindqvist", "Tom Okafor")
    assert article.paragraphs[0].startswith("The county raised ferry fares")


def test_a_headline_found_only_in_the_page_title_loses_the_site_name() -> None:
    page_text = ("Ferry fares rise for island residents | Riverside Daily\nMenu\nBy Maria Lindqvist\nMarch 3, 2024\n"
                 + LEAD)
    assert extract_article(text(page_text)).headline == "Ferry fares rise for island residents"


def test_key_points_end_where_the_longer_lead_begins() -> None:
    page_text = ("Ferry fares rise for island residents\nBy Maria Lindqvist\nMarch 3, 2024\nKey Points\n"
                 "Fares rise 12% from April for island residents.\nThe county blames fuel costs and an ageing fleet.\n"
                 + LEAD)
    article = extract_article(text(page_text))
    assert article.paragraphs[0].startswith("The county raised ferry fares")
    assert not any(p.startswith("Fares rise 12%") for p in article.paragraphs)


def test_a_dateline_on_its_own_line_opens_the_lead() -> None:
    page_text = "Ferry fares rise for island residents\nBy Maria Lindqvist\nMarch 3, 2024\nRIVERSIDE —\n" + LEAD
    assert extract_article(text(page_text)).paragraphs[0].startswith("RIVERSIDE — The county raised ferry fares")


def test_a_short_line_under_a_labelled_photo_credit_is_its_caption() -> None:
    page_text = ("Ferry fares rise for island residents\nBy Maria Lindqvist\nMarch 3, 2024\nImage: Tom Okafor\n"
                 "Ferry passengers at the quay in Riverside.\n" + LEAD)
    article = extract_article(text(page_text))
    assert article.captions == ("Ferry passengers at the quay in Riverside.",)
    assert article.paragraphs[0].startswith("The county raised ferry fares")


def test_a_lead_under_a_photo_credit_is_still_the_lead() -> None:
    page_text = ("Ferry fares rise for island residents\nBy Maria Lindqvist\nMarch 3, 2024\nImage: Tom Okafor\n"
                 "Fares rose 12 percent on Monday, the county said.\n" + LEAD)
    assert extract_article(text(page_text)).paragraphs[0] == "Fares rose 12 percent on Monday, the county said."


def test_a_byline_printed_only_inside_the_article_does_not_cut_it() -> None:
    page_text = ("Ferry fares rise for island residents\nMarch 3, 2024\n" + LEAD +
                 "The council said the new fares would be reviewed in a year, after two new boats enter service.\n"
                 "An island apart\nBy Maria Lindqvist, Riverside\n"
                 "On the quay at dawn, the first ferry of the day was almost empty, the baker said on Monday.\n"
                 "Commuters said they would drive to the mainland through the winter instead of paying the fares.\n")
    assert extract_article(text(page_text)).paragraphs[-1].startswith("Commuters said they would drive")


def test_an_interviewers_name_as_a_speaker_label_is_not_an_author_box() -> None:
    turns = ("Maria Lindqvist\nWhy did the county raise the fares now, after two years of promising islanders, in "
             "public and in writing, that it would not do so before the new boats arrived?\n"
             "Tom Okafor\nFuel costs doubled over the winter, and two of our four boats failed their safety "
             "inspections, so we had to charter a replacement at three times the usual price.\n")
    page_text = "Ferry fares rise: the operator explains\nBy Maria Lindqvist\nMarch 3, 2024\n" + LEAD + turns * 3
    assert extract_article(text(page_text)).paragraphs[-1].startswith("Fuel costs doubled")


def test_teasers_packed_one_a_line_around_an_article_parted_by_blank_lines_are_not_its_body() -> None:
    article = extract_article(page("most_read_carousel_around_the_article.txt"))
    assert article.headline == "Island ferry timetable cut to four crossings a day as the operator runs short of crew"
    assert article.byline == ("Maria Lindqvist",)
    assert article.date == "2024-03-04"
    assert article.paragraphs[0].startswith("Island residents will have four ferry crossings")
    assert article.paragraphs[-1].startswith("The company said it hoped to restore the full timetable")
    assert len(article.paragraphs) == 5
