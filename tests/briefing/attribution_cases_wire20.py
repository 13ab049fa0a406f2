"""Attribution cases of session 20: four sentence shapes of news copy that gave no speaker.

Seen on unseen news pages (2012 news and blog articles), each leaving a quote with no speaker:

* "it" after a sentence whose subject is a body the text names by one word and never treats as a
  person (no given name, title, "he" or "she", "who"): "Norvexa posted a notice … “…,” it said";
  and a subject after an opening phrase of place or occasion closed by a time phrase with no comma
  ("In an editorial published earlier this month the Harbor Gazette backed …"). Two such bodies
  subjects of one sentence leave the "it" to neither; a person is never an "it";
* a sentence of reported speech ("Ms. Lutz said she …") after a lead-in closed by a colon ("But
  consider yourself warned:", "One thing was clear:"), then a quote with no cue: the lead-in names
  no one, so the clause after the colon has the subject who speaks;
* a speech verb fronted before its speaker ("Added Dale Brenner, a spokesman for …, “…”"): the verb
  is no part of the name, and a camel-case company in the description ("FirstEnergy"-like) is no
  heading glued to its paragraph;
* a participle right after an inverted speaker, its comma left out ("said Roarke citing both …"):
  a name never goes on in lower case, so any -ing word there ends it, not only verbs of saying.

Negatives: a role noun or a role's modifier in -ing before a name ("shipping magnate", "managing
director"), a noun in -ing ("Thursday evening"), a lead-in with its own person, a lead-in whose
clause names no one, a one-word name the text calls "he".
Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

IT_AFTER_ONE_WORD_BODY = cases(
    "organisations, documents and it",
    [
        ("Norvexa posted a notice on its website on Monday saying the outage had been fixed.\n\n"
         "“All accounts are working again and no data was lost,” it said.", "All accounts are working", "Norvexa"),
        ("Kestrion, the Oslo-based shipping group, reported a loss for the quarter. \"Freight rates have fallen "
         "further than we expected,\" it said in a statement.", "Freight rates have fallen", "Kestrion"),
        ("Telvaro issued a recall of 40,000 heaters on Friday after reports of fires. “Customers should stop "
         "using the heaters at once,” it said.", "Customers should stop", "Telvaro"),
        ("Quandis announced that it would cut 300 jobs at its plant in Leeds. “This was a difficult decision "
         "for everyone,” it said.", "This was a difficult", "Quandis"),
        ("Madrova said it had pulled the product from shelves in six countries. “The safety of our customers "
         "comes first,” it said.", "The safety of our customers", "Madrova"),
        ("Xintao removed the posts on Sunday evening. \"Some content broke our community rules,\" it said, "
         "without giving details.", "Some content broke", "Xintao"),
        ("The regulator opened an inquiry in May.\n\nBrelvik denied any wrongdoing on Tuesday. “We have "
         "followed every rule that applies to us,” it said in a filing.", "We have followed every rule", "Brelvik"),
        # an opening phrase of place or occasion closed by a time phrase, with no comma
        ("In an editorial published earlier this month the Harbor Gazette backed the plan. \"The city cannot "
         "wait any longer,\" it said.", "The city cannot wait", "the Harbor Gazette"),
        ("At a briefing in Geneva earlier this week the Daily Courier questioned the figures. \"The numbers "
         "do not add up,\" it wrote.", "The numbers do not add up", "the Daily Courier"),
        ("In a report from Ohio last year the Lakeside Tribune looked at families who rely on food aid. "
         "\"Many say they feel forgotten by both parties,\" it concluded.", "Many say they feel", "the Lakeside Tribune"),
        ("At a rally in Dayton on Tuesday Gov. Ann Hart promised to fix the roads. \"We will start this "
         "summer,\" she said.", "We will start this summer", "Ann Hart"),
        # two bodies subjects of one sentence: either
        ("Velmark published its annual report on Tuesday, and Ostrana said it would review the findings. "
         "“We take these concerns seriously,” it said.", "We take these concerns", None),
        ("Velmark and Ostrana rejected the claims on Friday. “We take these concerns seriously,” it said.",
         "We take these concerns", None),
        # a person stays a person: the surname of a titled person, a name the text calls "he"
        ("Dr. Ilse Brantley sat at the back of the room. Brantley spoke to the panel on Monday. \"We have "
         "nothing to hide,\" it said.", "We have nothing to hide", None),
        ("Pemberton told the council on Tuesday that the plan would fail. He has lived in the town since "
         "1990. \"Nobody asked us,\" he said.", "Nobody asked us", "Pemberton"),
        # a byline's handle is no subject of a clause
        ("By: CivicWatchdog (Diary) | November 12th, 2012\n\nIt has been two weeks since the storm hit the coast. "
         "\"No town will be left behind,\" it said.", "No town will be left", None),
        # an "it" with no verb of saying for the quote is a thing the words are about (an unseen
        # page gave these words to the outlet named two comments before)
        ("Velmark is one of the most popular outlets in the region.\n\nI did a little experiment last year. It "
         "moved a lot of talks from \"How many downloads can we get this week\" to real conversations.",
         "How many downloads", None),
        # a person's pronoun in the name's own clause makes it a person's ("his distance"): no "it"
        ("Garrow tried to keep his distance from the governor all year.\n\n“We should have seen it coming, and "
         "we did not,” it said.", "We should have seen", None),
        # a name after a person's noun is a person's, though no given name, title or pronoun says so
        # ("It says" is the image's text; found on an unseen page, where it went to the son), and
        # the son is no "she" (the start code gave the son both quotes)
        ("Although Nadia Ferrell still grieves, their son Tobiah has helped her through the loss.\n\n"
         "This is another image Nadia Ferrell posted on Sunday. It says, \"I cannot describe what this "
         "necklace means to me.\"\n\nThis is her post from Thanksgiving. She writes, \"Today I am thankful "
         "for Tobiah above all else.\"", "Today I am thankful", (None, "Nadia Ferrell")),
        ("Although Nadia Ferrell still grieves, their son Tobiah has helped her through the loss.\n\n"
         "This is another image Nadia Ferrell posted on Sunday. It says, \"I cannot describe what this "
         "necklace means to me.\"", "I cannot describe", (None, "Nadia Ferrell")),
    ],
)

REPORTER_AFTER_A_COLON = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Ann Lutz runs a small bakery in Dayton.\n\nBut be careful what you save: Ms. Lutz said she never "
         "keeps her passwords in the browser because it stores them on the laptop itself. “If someone takes "
         "my laptop, they have everything.”", "If someone takes my laptop", "Ann Lutz"),
        ("The council voted 5-2 on Monday to close the bridge. Here is the catch: Mayor Tom Kell said the "
         "money would run out by June. “We will have to come back and ask for more.”", "We will have to come back", "Tom Kell"),
        ("The council voted 5-2 on Monday to close the bridge. Be warned: Mayor Tom Kell told reporters the "
         "money would run out by June. “We will have to come back and ask for more.”", "We will have to come back", "Tom Kell"),
        ("Two dozen parents packed the school board meeting. One thing was clear: the superintendent said the "
         "budget could not stretch any further. “We have cut everything we can cut.”", "We have cut everything",
         "the superintendent"),
        ("The vote was close. There was one problem: Ann Lutz, the treasurer, said the money was gone. “We "
         "spent all of it on the new roof.”", "We spent all of it", "Ann Lutz"),
        ("The league met on Friday. The reason was simple: Coach Ivan Dorsey later said the team had lost "
         "faith. “Nobody in that room believed we could win.”", "Nobody in that room", "Ivan Dorsey"),
        ("The plant closed in March. Worse still: Rosa Diaz said the owners had known for a year. “They lied "
         "to us every single week.”", "They lied to us", "Rosa Diaz"),
        ("The plant closed in March. The message was simple: the union said it would sue. “They lied to us "
         "every single week.”", "They lied to us", "the union"),
        ("The clinic closed in June. What followed was chaos: Dr. Mia Ford said patients were turned away for "
         "weeks. “Some of them never came back.”", "Some of them never came back", "Mia Ford"),
        # the lead-in's own person keeps the sentence; a clause naming no one gives no one
        ("The plant closed in March. Rosa Diaz had a warning for the town: the owners would not come back. "
         "“They lied to us every single week.”", "They lied to us", "Rosa Diaz"),
        ("The plant closed in March. The memo was blunt: the owners would not come back. “They lied to us "
         "every single week.”", "They lied to us", None),
        # a play's title after a colon lead-in is named, not said, by the group that stages it
        ("Such is the latest jab at the candidate: A troupe of comedians is staging a play called \"The Sons of "
         "the Mogul Go to Town,\" in the capital.", "The Sons of the Mogul", None),
    ],
)

FRONTED_SPEECH_VERB = cases(
    "speech verbs in every form",
    [
        ("Crews restored power to most of the county by Sunday.\n\nAdded Dale Brenner, a spokesman for Norvel "
         "Power, “We think the figures are right. There may be small swings during a big storm.”", "We think the figures",
         "Dale Brenner"),
        ("“Our system tracks outages as they happen,” said Ann Lutz, a spokeswoman for Norvel Power.\n\nAdded "
         "Dale Brenner, a spokesman for GridLane, “We think the figures are right. There may be small swings "
         "during a big storm.”", "We think the figures", "Dale Brenner"),
        ("Crews restored power to most of the county by Sunday. Said Dale Brenner, a spokesman for Norvel "
         "Power: “We think the figures are right.”", "We think the figures", "Dale Brenner"),
        ("The river rose four feet overnight and flooded dozens of basements. Said one homeowner: “We lost "
         "everything we kept downstairs.”", "We lost everything", "one homeowner"),
        ("Rep. Marta Quill has held the seat since 2009. Asked whether she would run again, Quill said: “I "
         "have not made up my mind yet.”", "I have not made up", "Marta Quill"),
        ("Sen. Ivo Marchetti spoke for 40 minutes at the rally. Added the senator, “We are not going to back "
         "down now.”", "We are not going to back", "Ivo Marchetti"),
        ("The board met behind closed doors on Monday. Wrote Chairwoman Lena Hoyt in a memo to staff: “No "
         "decision has been made.”", "No decision has been made", "Lena Hoyt"),
        ("The plant will close in June. Explained Kip Yarrow, the plant manager: “The orders simply stopped "
         "coming in.”", "The orders simply stopped", "Kip Yarrow"),
        ("Dale Brenner, a spokesman for Norvel Power, said the figures were right. Added Brenner: “There may "
         "be small swings during a big storm.”", "There may be small swings", "Dale Brenner"),
        ("The vote is set for Thursday. Noted Tomas Ibarra, the party's whip, “We have the numbers, but only "
         "just.”", "We have the numbers", "Tomas Ibarra"),
        ("Students marched through the campus on Friday. Declared one protester, “We will be back every week "
         "until they listen.”", "We will be back", "one protester"),
        # a noun form opening a run is no fronted verb
        ("The hearing ran late into the night. Claims Conference director Ann Rudd told the panel: “The money "
         "never arrived.”", "The money never arrived", "Ann Rudd"),
    ],
)

PARTICIPLE_AFTER_INVERTED_NAME = cases(
    "speech verbs in every form",
    [
        ("Campaign spokesman Ed Roarke answered the charge on Monday. “It is part of a wider pattern of "
         "smears,” said Roarke citing both Dunmore and Hale.", "It is part of a wider", "Ed Roarke"),
        ("Mayor Tom Kell defended the plan at City Hall. “The budget is balanced,” said Kell speaking to "
         "reporters after the vote.", "The budget is balanced", "Tom Kell"),
        ("Mayor Tom Kell defended the plan at City Hall. “The budget is balanced,” said Kell standing beside "
         "the governor.", "The budget is balanced", "Tom Kell"),
        ("“We are here to stay,” said Ben Harding shrugging.", "We are here to stay", "Ben Harding"),
        ("“We have done nothing wrong,” said Lena Hoyt pointing to the audit.", "We have done nothing", "Lena Hoyt"),
        ("“The budget is balanced,” said Mayor Tom Kell quoting the latest figures.", "The budget is balanced", "Tom Kell"),
        ("“We have done nothing wrong,” said Lena Hoyt waving a copy of the audit.", "We have done nothing", "Lena Hoyt"),
        ("“Prices will keep rising,” said Ann Roe predicting a hard winter.", "Prices will keep rising", "Ann Roe"),
        ("“Prices will keep rising,” said the mayor blaming the state for the delay.", "Prices will keep rising", "the mayor"),
        ("“Prices will keep rising,” said Ann Roe reading from a prepared statement.", "Prices will keep rising", "Ann Roe"),
        # a role's modifier or noun in -ing, and a noun of time, stay
        ("“Demand is slowing,” said Halvorsen Capital managing director Ann Roe.", "Demand is slowing", "Ann Roe"),
        ("“Demand is slowing,” said Hong Kong shipping magnate Li Wei.", "Demand is slowing", "Li Wei"),
        ("“Demand is slowing,” said Acme marketing chief Ann Roe.", "Demand is slowing", "Ann Roe"),
        ("“Demand is slowing,” said Ann Roe Tuesday morning.", "Demand is slowing", "Ann Roe"),
        ("“Demand is slowing,” said Tom Harding.", "Demand is slowing", "Tom Harding"),
    ],
)

WIRE20_CASES = IT_AFTER_ONE_WORD_BODY + REPORTER_AFTER_A_COLON + FRONTED_SPEECH_VERB + PARTICIPLE_AFTER_INVERTED_NAME
