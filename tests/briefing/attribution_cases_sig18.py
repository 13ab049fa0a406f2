"""Attribution cases of round 25 ("sig18"): quotes a reader plainly attributes in page shapes that
extraction leaves behind. An embedded post whose links ("pic.twitter.com/…", "https://t.co/…")
sit after its text, in its paragraph or one of their own, before the "— Name (@handle) date"
sign-off; a signature line after a quote or a run of quote paragraphs; a Q&A's "A:" turns, the
guest's even when the interviewer is named first and the guest carries a title ("Reporter X spoke
to the surgeon Dr. Y"), and nobody's when the guest is left unnamed; colon introductions across a
paragraph break; a name only after the last of three quote paragraphs; quotes set as a bulleted or
numbered list under "She listed her demands:". Negatives: a paragraph of words between a post and
a dash line, two quote paragraphs before a sign-off (the first is not the post's), a list of signs,
a union's unnamed list, narrative between a colon and its quote, "Others were less hopeful:"
after the one who spoke first (one of the others, not him). Also: a photo caption between a
colon introduction and its quote, "Dunmore, in a tweet on Monday:", an interview's "edited for
length" note, a guest who "answered our questions", a guest who "sat down with reporter X".
Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SIG18_CASES = cases(
    "organisations, documents and groups",
    [
        # embedded posts: links after the text, then the sign-off
        ("“We will not back down on the clinic funding,” — Jane Roe (@janeroe) May 5, 2024",
         "We will not back down", "Jane Roe"),
        ("“The bridge reopens Monday. Drive safe, everyone.” pic.twitter.com/aB3cDe\n\n"
         "— Senator Halle Dunmore (@SenDunmore) March 3, 2023", "The bridge reopens Monday", "Halle Dunmore"),
        ("“The ferry is running again from 6 a.m.” https://t.co/Zx12Ab\n\n— Halle Dunmore (@hdunmore) March 3, 2023",
         "The ferry is running again", "Halle Dunmore"),
        ("Dunmore posted a photo of the new span.\n\n“Finally open. Thank you to every crew member.”\n\n"
         "pic.twitter.com/aB3cDe\n\n— Halle Dunmore (@hdunmore) March 3, 2023",
         "Finally open", "Halle Dunmore"),
        ("Dunmore tweeted:\n\n“The bridge reopens Monday. Drive safe, everyone.”", "The bridge reopens", "Dunmore"),
        ("Mayor Pell Ostrander wrote on X:\n\n“Tonight's fireworks are cancelled because of the wind.”",
         "Tonight's fireworks", "Pell Ostrander"),
        ("In a post on Instagram, the singer Lila Varga wrote:\n\n“I have never felt so loved. Thank you for every message.”",
         "I have never felt so loved", "Lila Varga"),
        # negatives: words between the post and a dash line; a separate quote paragraph before a sign-off
        ("“The ferry is running again.” https://t.co/Zx12Ab\n\nThe ferry had been idle for a year after the storm.\n\n"
         "— Halle Dunmore", "The ferry is running again", None),
        ("“The market opens at nine.”\n\n“Bring your own bags.”\n\n— Halle Dunmore (@hdunmore) March 3, 2023",
         "The market opens at nine", None),
        # signature lines
        ("“Nurses have been ignored for far too long and we are done waiting.” — John Doe, a nurse in Leeds",
         "Nurses have been ignored", "John Doe"),
        ("“We just want to be paid on time.” – Mary Poe, 34", "We just want to be paid", "Mary Poe"),
        ("“The water came up to the windows in an hour.\n\n“We lost everything on the ground floor.\n\n"
         "“I don't know where we start.”\n\n— Mary Poe, 34, a teacher", "We lost everything", "Mary Poe"),
        ("“It was the best decision of my life.” — Anonymous reader, Ohio", "It was the best decision", None),
        # a Q&A: the guest answers, never the interviewer named first
        ("Reporter Ann Kell spoke to the surgeon Dr. Ravi Menon about the waiting lists.\n\n"
         "“Q: How long are patients waiting now?\n\n“A: Some of them wait eighteen months for a hip.”",
         "A: Some of them wait", "Ravi Menon"),
        ("Reporter Ann Kell spoke to the surgeon Dr. Ravi Menon about the waiting lists.\n\n"
         "“Q: How long are patients waiting now?\n\n“A: Some of them wait eighteen months for a hip.”",
         "Q: How long are patients", None),
        ("Reporter Ann Kell spoke to a surgeon about the waiting lists.\n\n"
         "“Q: How long are patients waiting now?\n\n“A: Some of them wait eighteen months for a hip.”",
         "A: Some of them wait", None),
        ("We spoke with Sen. Tia Grove about the budget.\n\nQ: What happens in March?\n\nA: “We run out of money.”",
         "We run out of money", "Tia Grove"),
        ("The mayor, Oren Tasker, sat down with us on Friday.\n\nKELL: “Was the stadium promised?”\n\n"
         "TASKER: “I never promised a new stadium. I promised a study.”", "I never promised", "Oren Tasker"),
        ("The mayor, Oren Tasker, sat down with us on Friday.\n\nKELL: “Was the stadium promised?”\n\n"
         "TASKER: “I never promised a new stadium. I promised a study.”", "Was the stadium promised", "Kell"),
        ("The novelist Greta Halvorsen talked to us about her new book.\n\n"
         "Halvorsen: “We wanted to write something that felt like winter.”", "We wanted to write", "Greta Halvorsen"),
        # colon introductions across a paragraph break
        ("In a statement, the ministry said:\n\n“The minister has full confidence in the investigation.”",
         "The minister has full confidence", "the ministry"),
        ("Councillor Nia Brenton spoke after the vote. Here is what she told reporters:\n\n"
         "“We did what the residents asked us to do. Nothing more.”", "We did what the residents", "Nia Brenton"),
        ("The club issued a statement on Monday. The statement read in part:\n\n“We are deeply saddened by the events of "
         "Saturday.”", "We are deeply saddened", ("the statement", "the club")),
        # a name only after the last of three quote paragraphs
        ("The meeting ran late into the night.\n\n“When I took this job I promised the east side a library.\n\n"
         "“We have been waiting for nine years.\n\n“I am not going to stop asking until the doors open,” said Roe, "
         "the council leader.", "When I took this job", "Roe"),
        ("The meeting ran late into the night.\n\n“When I took this job I promised the east side a library.\n\n"
         "“We have been waiting for nine years.\n\n“I am not going to stop asking until the doors open,” said Roe, "
         "the council leader.", "We have been waiting", "Roe"),
        # quotes set as a list under a colon introduction
        ("At the rally, Nurse Ada Fenwick listed her demands:\n\n• “Safe staffing on every ward.”\n\n"
         "• “A pay rise that matches inflation.”\n\n• “An end to forced overtime.”", "An end to forced overtime", "Ada Fenwick"),
        ("At the rally, Nurse Ada Fenwick listed her demands:\n\n• “Safe staffing on every ward.”\n\n"
         "• “A pay rise that matches inflation.”", "Safe staffing on every ward", "Ada Fenwick"),
        ("The protesters' leader, Tomas Reld, listed three demands:\n\n- “Reopen the clinic.”\n\n- “Restore the bus route.”",
         "Restore the bus route", "Tomas Reld"),
        ("Nurse Ada Fenwick spoke first. She listed her demands:\n\n1. “Safe staffing on every ward.”\n\n"
         "2. “A pay rise that matches inflation.”", "A pay rise that matches", "Ada Fenwick"),
        # negatives: placards are no one's words; a list with no one named
        ("Here are some of the signs at the march:\n\n• “Hands off our clinic”\n\n• “Nurses not profits”",
         "Nurses not profits", None),
        ("The union set out its demands:\n\n• “Safe staffing on every ward.”\n\n• “A pay rise that matches inflation.”",
         "Safe staffing on every ward", (None, "the union")),
        # a photo caption between a colon introduction and its quote
        ("Mayor Pell Ostrander told reporters:\n\nMayor Pell Ostrander speaks at City Hall on Monday. (Photo: Kay "
         "Dunn/Harwick Post)\n\n“We are not raising taxes this year.”", "We are not raising taxes", "Pell Ostrander"),
        ("In a statement, the ministry said:\n\nThe ministry building in Corvale. Photo: Getty Images\n\n"
         "“The minister has full confidence in the investigation.”", "The minister has full", "the ministry"),
        ("The council leader was asked about the budget. She said:\n\nBen Ashdown, the opposition leader, at the "
         "meeting. Photo: Kay Dunn\n\n“We are not raising taxes this year.”", "We are not raising taxes",
         "the council leader"),
        ("The governor, Alma Ricket, posted a video on Sunday night. Her message:\n\nGovernor Alma Ricket in a still "
         "from the video. Photo: Harwick State Office\n\n“Stay home and check on your neighbours.”", "Stay home",
         "Alma Ricket"),
        # negative: a paragraph of narrative (no caption) between a colon and a quote
        ("Mayor Pell Ostrander told reporters:\n\nThe mayor at City Hall on Monday.\n\n“We are not raising taxes.”",
         "We are not raising taxes", None),
        # a channel phrase as the whole predicate before the colon, after a surname
        ("Dunmore, in a tweet on Monday:\n\n“The bridge reopens Monday.”", "The bridge reopens", "Dunmore"),
        ("Councillor Halle Dunmore was in Corvale on Sunday. Dunmore, in a post on X:\n\n“The bridge reopens "
         "Monday.”", "The bridge reopens", "Halle Dunmore"),
        # a Q&A: the editing note between the introduction and the turns; the guest answering
        # questions; the journalist sat down with is the interviewer
        ("We spoke with Sen. Tia Grove about the budget.\n\nThis interview has been edited for length and clarity.\n\n"
         "Q: What happens in March?\n\nA: “We run out of money.”", "We run out of money", "Tia Grove"),
        ("Sen. Tia Grove answered our questions about the budget.\n\nQ: What happens in March?\n\n"
         "A: “We run out of money.”", "We run out of money", "Tia Grove"),
        ("Sen. Tia Grove sat down with reporter Ann Kell.\n\nQ: What happens in March?\n\nA: “We run out of money.”",
         "We run out of money", "Tia Grove"),
        ("Reporter Ann Kell sat down with Sen. Tia Grove.\n\nQ: What happens in March?\n\nA: “We run out of money.”",
         "We run out of money", "Tia Grove"),
        ("Ann Kell asked questions of the budget chief.\n\nQ: What happens in March?\n\nA: “We run out of money.”",
         "We run out of money", None),
        # negatives: a sentence turning to others after the one who spoke
        ("Mayor Pell Ostrander spoke first. Others were less hopeful:\n\n• “Nobody warned us.”\n\n• “We are leaving.”",
         "Nobody warned us", None),
        ("Mayor Pell Ostrander spoke first. Not everyone agreed:\n\n“Nobody warned us.”", "Nobody warned us", None),
        ("Mayor Pell Ostrander spoke first. Others disagreed.\n\n“Nobody warned us.”", "Nobody warned us", None),
        ("Mayor Pell Ostrander spoke at length. He was hopeful:\n\n“We will rebuild.”", "We will rebuild",
         "Pell Ostrander"),
        # embeds: a handle with dots (Bluesky), a sign-off line without its dash, an embed's
        # "View this post on Instagram" line or an ad line between a colon and the post
        ("“The ferry runs again from Monday.”\n\n— Halle Dunmore (@hdunmore.bsky.social) May 5, 2024 at 10:02 AM",
         "The ferry runs again", "Halle Dunmore"),
        ("“The ferry runs again from Monday.”\n\nHalle Dunmore (@hdunmore) May 5, 2024", "The ferry runs again",
         "Halle Dunmore"),
        ("“The ferry runs again.” — Halle Dunmore (@hdunmore.bsky.social) May 5, 2024", "The ferry runs again",
         "Halle Dunmore"),
        ("Varga posted on Instagram:\n\nView this post on Instagram\n\n“I have never felt so loved.”",
         "I have never felt so loved", "Varga"),
        ("In a statement, the ministry said:\n\nAdvertisement\n\n“The minister has full confidence in the inquiry.”",
         "The minister has full confidence", "the ministry"),
        # negative: a handle line that goes on with a sentence of its own about someone else
        ("“The ferry runs again from Monday.”\n\nHalle Dunmore (@hdunmore) quoted the ferry company's notice.",
         "The ferry runs again", None),
        # a sentence after the quote shows who was heard, or whose words they were
        ("“When I took this job I promised a library. We have been waiting for nine years.”\n\n"
         "That was Jane Roe, the council leader, speaking on Tuesday.", "When I took this job", "Jane Roe"),
        ("“When I took this job I promised a library.\n\n“We have been waiting for nine years.” Those were Roe's "
         "words on Tuesday.", "When I took this job", "Roe"),
        ("“We have been waiting for nine years.”\n\nThose were the mayor's own words.", "We have been waiting",
         "the mayor"),
        # negatives: a time in the subject's place; a problem, not words
        ("“We have been waiting for nine years.”\n\nThat was the year Jane Roe started writing to ministers.",
         "We have been waiting", None),
        ("“We have been waiting for nine years.”\n\nThat is the mayor's problem now.", "We have been waiting", None),
        # a Q&A whose turns are lettered with a period ("Q.", "A."): the letter is no initial of a
        # name for a "he", and a turn inside the quote marks is read like "Q:" / "A:"
        ("Dr. Ravi Menon, a surgeon, answered our questions.\n\nQ. Will the budget pass?\n\n"
         "A. “It will pass by Friday,” he said, “if nobody panics.”", "It will pass by Friday", "Ravi Menon"),
        ("Reporter Ann Kell spoke to Dr. Ravi Menon.\n\n“Q. Will the budget pass?\n\n“A. It will pass by Friday.”",
         "A. It will pass", "Ravi Menon"),
        ("Reporter Ann Kell spoke to Dr. Ravi Menon.\n\n“Q. Will the budget pass?\n\n“A. It will pass by Friday.”",
         "Q. Will the budget", None),
        # negative: an initial that opens a quote is no turn
        ("Sen. Tia Grove spoke on Monday.\n\n“A. Lincoln said it best,” she said.", "A. Lincoln said", "Tia Grove"),
        # a sentence pointing at the text just named ("Read it below:") and a possessive text noun
        ("Councillor Nia Brenton released a statement on Monday. Read it below:\n\n“We did what the residents "
         "asked us to do.”", "We did what the residents", "Nia Brenton"),
        ("Below is the full text of Councillor Nia Brenton's letter:\n\n“We did what the residents asked us to do.”",
         "We did what the residents", "Nia Brenton"),
        ("Councillor Nia Brenton wrote to residents. Her letter:\n\n“We did what the residents asked us to do.”",
         "We did what the residents", "Nia Brenton"),
        # negatives: the text pointed at is a report someone praised or criticised
        ("Councillor Nia Brenton criticised the report. Read it below:\n\n“Residents were not consulted.”",
         "Residents were not consulted", None),
        ("Councillor Nia Brenton praised the report. It said, in part:\n\n“Residents were not consulted.”",
         "Residents were not consulted", (None, "the report")),
        # a post shared or retweeted from someone else is that one's
        ("Councillor Nia Brenton shared her son's post:\n\n“Proud of my mum today.”", "Proud of my mum", "her son"),
        ("Councillor Nia Brenton shared a post from her son: “Proud of my mum today.”", "Proud of my mum", "her son"),
        ("Councillor Nia Brenton retweeted a post by the Harwick Post: “Council votes to keep the library open.”",
         "Council votes to keep", "the Harwick Post"),
        ("The mayor read the resident's letter aloud: “We have had no heating since October.”", "We have had no heating",
         "the resident"),
        # negatives: her own post, a post shared with others
        ("Councillor Nia Brenton shared her own post: “Proud of the team today.”", "Proud of the team", "Nia Brenton"),
        ("Councillor Nia Brenton shared the post with her followers: “Proud of the team today.”", "Proud of the team",
         "Nia Brenton"),
        # a possessive before a plural of a noun of saying introducing a list
        ("Nurse Ada Fenwick spoke at the rally. Fenwick's demands:\n\n• “Safe staffing on every ward.”\n\n"
         "• “A pay rise that matches inflation.”", "A pay rise that matches", "Ada Fenwick"),
        ("The minister's answers:\n\n“We cannot afford it.”", "We cannot afford it", "the minister"),
        # a name line with an age signs the last quote of a round-up (no byline gives an age)
        ("In their own words:\n\n“Nobody came to help us for three days.”\n\nTomas Reld, 52, shopkeeper\n\n"
         "“We lost the whole harvest.”\n\nInes Corrow, 41, farmer", "We lost the whole harvest", "Ines Corrow"),
        # negative: a byline closing the page
        ("The storm cut power to the whole valley.\n\n“We lost the whole harvest.”\n\nAnn Kell, Reuters",
         "We lost the whole harvest", None),
        # an unlettered answer after a Q&A's question is the guest's
        ("We spoke with Sen. Tia Grove about the budget.\n\nQ: What happens in March?\n\n“We run out of money. Then we "
         "borrow.”", "We run out of money", "Tia Grove"),
        # negatives: no one introduced as the guest; an unnamed guest
        ("Q: What happens in March?\n\n“We run out of money. Then we borrow.”", "We run out of money", None),
        ("Reporter Ann Kell spoke to a senator about the budget.\n\nQ: What happens in March?\n\n“We run out of money.”",
         "We run out of money", None),
        # negatives: a reply to someone's post is the one replying's
        ("Senator Halle Dunmore responded to Joel Tam's post:\n\n“This is simply false.”", "This is simply false",
         "Halle Dunmore"),
        ("Senator Halle Dunmore replied to Joel Tam's tweets:\n\n“This is simply false.”", "This is simply false",
         "Halle Dunmore"),
        # negatives: one who gave no words is not the speaker of the bare quote after
        ("Her manager, Theo Brandt, declined to comment.\n\n“We will say more next week.”", "We will say more", None),
        ("Her manager, Theo Brandt, did not respond to requests for comment.\n\n“We will say more next week.”",
         "We will say more", None),
        ("Theo Brandt could not be reached for comment.\n\n“We will say more next week.”", "We will say more", None),
        ("Theo Brandt, her manager, spoke after the show.\n\n“We will say more next week.”", "We will say more",
         "Theo Brandt"),
    ],
)
