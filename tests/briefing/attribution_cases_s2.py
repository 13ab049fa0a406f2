"""Attribution cases of session 17 (real17 probing, htmldate's English pages): garbage and wrong
speakers. A title's place glued to its holder's name ("U.S. Attorney for Massachusetts Joshua
Levy" gave "U.S. Attorney" and "Massachusetts Joshua Levy"), ranks and offices the title tables
lacked ("Rear Admiral", "Senior Sergeant", "Taoiseach"), a common noun of a person capitalised at a
sentence start ("Vendor Glenn Jones"), "Another City Councilor …". Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

TITLE_PLACES_S2 = cases(
    "titles and abbreviations",
    [
        ("“We will find every one of them,” acting U.S. Attorney for Nevada Marcus Delaney said on Tuesday.",
         "We will find every one", "Marcus Delaney"),
        ("Acting U.S. Attorney for Nevada Marcus Delaney spoke first.\n\n“Nobody is above the law,” Delaney said.",
         "Nobody is above the law", "Marcus Delaney"),
        ("Pakistani Ambassador to Brazil Omar Qadri told reporters: “The talks went well.”",
         "The talks went well", "Omar Qadri"),
        ("UK Minister for Housing Rachel Ostler said: “We will build three hundred thousand homes.”",
         "We will build three", "Rachel Ostler"),
        ("“We are ready to vote,” Ambassador to the UN Linda Marsh said.", "We are ready to vote", "Linda Marsh"),
        (  # negative: the title alone, no holder after its place
            "“We will find them,” the U.S. Attorney for Nevada said.", "We will find them",
            ("the U.S. Attorney for Nevada", "the U.S. Attorney")),
        (  # negative: an organisation after "for", no person named
            "“We are ready,” a spokesman for Delta Air Lines said.", "We are ready",
            ("a spokesman for Delta Air Lines", "a spokesman")),
        ("Detective Senior Sergeant Paul Greaves said: “Check the machine before you pay.”",
         "Check the machine", "Paul Greaves"),
        ("Israeli military spokesperson Rear Admiral Dan Harel told reporters: “We are advancing.”",
         "We are advancing", "Dan Harel"),
        ("Taoiseach Brendan Foley said: “It is a sad day for the country.”", "It is a sad day", "Brendan Foley"),
        ("“We lost good people,” said Lieutenant Colonel Amos Ward.", "We lost good people", "Amos Ward"),
        (  # negative: a title word that is the surname stays
            "“I painted it in one summer,” said John Constable.", "I painted it", "John Constable"),
        ("Vendor Glenn Harrow said: “We loved the house, but the kids have grown up.”",
         "We loved the house", "Glenn Harrow"),
        ("Boxer Ravi Dhillon said, “I will return the medal if the law stays.”", "I will return the medal",
         "Ravi Dhillon"),
        ("Florist Anouk Verbeek said: “Tulips sell out before noon.”", "Tulips sell out", "Anouk Verbeek"),
        (  # negative: a company's name of common words keeps all of them
            "Silver Lake Partners said: “We will invest in the region.”", "We will invest",
            "Silver Lake Partners"),
        ("Another City Councilor Tomas Reyes said that “the plan is flawed from the start.”",
         "the plan is flawed", "Tomas Reyes"),
    ],
)

NOT_NAMES_S2 = cases(
    "pronouns and role nouns",
    [
        # a page's boilerplate command ("Click this link …") is no person for a later "she"
        ("Councillor Mary Dunne said the estate had been neglected for years.\n\n"
         "She said: “Nobody has listened to us.”\n\n"
         "Join our breaking news service on WhatsApp\n\n"
         "Click this link or scan the QR code to receive breaking news. If you don't like our community, you can "
         "check out any time you like.\n\n"
         "She continued: “The flats were left empty for a decade.”", "The flats were left empty", "Mary Dunne"),
        ("Councillor Mary Dunne said the estate had been neglected.\n\nShe said: “Nobody has listened to us.”\n\n"
         "Join our Harbour Live breaking news service on WhatsApp\n\n"
         "Click this link to receive top stories from Harbour Live. We also treat our members to special offers.\n\n"
         "She continued: “The flats were left empty for a decade.”", "The flats were left empty", "Mary Dunne"),
        ("Ms Dunne spoke to residents on Monday.\n\nRead our privacy notice for details.\n\n"
         "She added: “They deserve better than this.”", "They deserve better", ("Dunne", "Mary Dunne")),
        ("Sign up for our newsletter here.\n\n“We were never told about the closure,” he said.",
         "We were never told", None),
        (  # negative: a given name opening the sentence is still a name
            "Will Hart took the stand. “I could not see anything from there,” he said.", "I could not see anything",
            "Will Hart"),
        # "His statement continued:" is the owner's words: the owner speaks
        ("“We are working closely with the state,” Day said in a statement.\n\n"
         "His statement continued: “We have been in close contact with our school superintendents.”",
         "We have been in close contact", "Day"),
        ("Mayor Ann Kroll released a statement on Friday.\n\nHer statement continued: “The park will reopen in May.”",
         "The park will reopen", "Ann Kroll"),
        ("Tom Hale posted on Sunday. His post read: “I am done with politics for good.”", "I am done with politics",
         "Tom Hale"),
        (  # negative: her lawyer is someone else
            "Ann Kroll sued the city. Her lawyer said: “This is not over by a long way.”", "This is not over",
            ("Her lawyer", "her lawyer")),
        # "Lest" opens a clause, it is no name
        ("“Merry Christmas,” Coach Dale Fenn said at the start of the July press conference.\n\n"
         "Lest anyone think Fenn had lost track of time, he quickly followed up by noting it was "
         "“a fine summer day for football.”", "a fine summer day", "Dale Fenn"),
    ],
)

SAY_LESS_S2 = cases(
    "when unsure, say less",
    [
        # a quote run over paragraphs, introduced in its own first paragraph by someone we cannot
        # name, is not the speaker's of a quote before the run
        ("Ollie's mum, Kate Rourke, set up the fundraising page.\n\n"
         "On the page, Kate wrote: “Ollie was struck by lightning during the game.”\n\n"
         "Despite the uncertainty, Ollie's family issued an encouraging update last week, which reads: “Firstly, we "
         "are overwhelmed by all the support.\n\n“Ollie is now out of the induced coma.\n\n"
         "“He can walk a few steps at a time.”", "He can walk a few steps", None),
        ("Ollie's mum, Kate Rourke, set up the fundraising page.\n\n"
         "On the page, Kate wrote: “Ollie was struck by lightning during the game.”\n\n"
         "Despite the uncertainty, Ollie's family issued an encouraging update last week, which reads: “Firstly, we "
         "are overwhelmed by all the support.\n\n“Ollie is now out of the induced coma.”", "Ollie is now out", None),
        (  # negative: a run its speaker opens keeps the speaker in every paragraph
            "Speaking to the Record, Allan Reid said: “I do not think my son is alive. I have given up hope.\n\n"
            "“Something happened to him that night.\n\n“We are hoping this appeal can bring closure.”",
            "We are hoping this appeal", "Allan Reid"),
        (  # negative: a bare run after a speaker's turn is still carried
            "“I never wanted to run for office.\n\n“But my neighbors asked me to,” said Lou Grant.",
            "I never wanted to run", "Lou Grant"),
        # "… to a magazine, which quoted him as saying": the one quoting is the relative's
        # antecedent, not the noun the clause before ends on
        ("Lead attorney Carl Benning called the arrests “outrageous” in comments to a magazine, which quoted him "
         "as saying “This is a breach of international law.”", "This is a breach", ("Carl Benning", None)),
        (  # negative: the newspaper quoting a named person, as the pages credit it
            "Weller said the Ledger had quoted Reyes as saying “the deal is dead.”", "the deal is dead",
            ("the Ledger", "Reyes")),
        # a participle after a concessive clause may be either clause's subject's
        ("The publisher cancelled the release a week later, although novelist Owen Pryce was among those "
         "questioning the decision, writing on Twitter: “It's who gets silenced next that worries me.”",
         "It's who gets silenced", (None, "Owen Pryce")),
        ("Mayor Ann Kroll signed the bill, although the council had doubts, calling it “a fair deal for the "
         "whole city.”", "a fair deal for the whole", (None, "Ann Kroll")),
        (  # negative: no concessive clause, the subject speaks
            "The publisher cancelled the release, writing on its website: “We have listened to our readers.”",
            "We have listened", "the publisher"),
    ],
)

GROUPS_S2 = cases(
    "organisations, documents and groups",
    [
        ("So, a lot of Republicans say “You've got other ways to win this fight.”", "You've got other ways",
         "a lot of Republicans"),
        ("A lot of parents told the board “the buses are always late in winter.”", "the buses are always late",
         "a lot of parents"),
        ("“It will pass in the end,” a lot of people said.", "It will pass", "a lot of people"),
        # a crosshead of common words after a quote paragraph is no one signing it
        ("“One of the key findings was that the forests were intact,” Fa said.\n\n"
         "“We also learned that each country differed a great deal.”\n\nPolicy Shortcomings\n\n"
         "“We find that top-down governance often fails,” Fa added.", "We also learned", "Fa"),
        (  # negative: a name line of a given name and a common-word surname still signs
            "“We need more nurses on every ward.”\n\nBill King, a nurse in Leeds\n\nHe left early.",
            "We need more nurses", "Bill King"),
    ],
)

PRONOUNS_S2 = cases(
    "pronouns and role nouns",
    [
        # "As Kumaran played down the boos he faced, she added:": the clause's "he" is Kumaran's, so
        # the main clause's "she" is someone else (Delmonte), and a later "he" may be Kumaran
        ("“She made fun of me for joining the app,” Vivek Kumaran said.\n\n"
         "“Leave my daughter out of this,” Delmonte shot back. As Kumaran played down the boos he faced, she "
         "added: “You're just a bully.”", "You're just a bully", "Delmonte"),
        ("Delmonte and Vivek Kumaran clashed over the app.\n\n"
         "“Leave my daughter out of this,” Delmonte shot back. As Kumaran played down the boos he faced, she "
         "added: “You're just a bully.”", "You're just a bully", "Delmonte"),
        ("Delmonte and Vivek Kumaran clashed over the app. As Kumaran played down the boos he faced, she added: "
         "“You're just a bully.”\n\nKumaran later turned to the war. “This is not a democracy,” he said.",
         "This is not a democracy", ("Vivek Kumaran", "Kumaran")),
        # a one-word name the text also writes as a firm's first word ("Harbor Publishing") is the
        # firm, no "he"
        ("The memoir was released Monday by Harbor Publishing.\n\n"
         "“The book is a candid account by Dale Ronson of his life,” Harbor announced.\n\n"
         "The memoir describes his upbringing in Ohio. But it darkens as he recalls his years with Mira Vance.\n\n"
         "He was with Vance for more than a decade. “At the early stages of our relationship, we could not keep "
         "apart,” he writes of Vance.", "At the early stages", (None, "Dale Ronson")),
        (  # negative: a person whose surname opens a firm's name elsewhere is still "he" when titled
            "Mr. Tom Harbor founded Harbor Books. “We began in a garage,” Harbor said.\n\n"
            "He later sold it. “It was time,” he said.", "It was time", "Tom Harbor"),
        (  # negative: the clause's own pronoun agrees with the main clause's, nothing to learn
            "Tom Reyes met the mayor, Ann Kroll, on Friday. As Kroll left the hall she waved, and she said: "
            "“We will be back next year.”", "We will be back", ("Ann Kroll", "Kroll")),
    ],
)

MORE_NAMES_S2 = cases(
    "clause frames around the speaker",
    [
        # a photo credit's platform glued to the name after it ("Ann Roe/Instagram Ann Roe …")
        ("Tessa Marlow Reid/Instagram Tessa Marlow Reid shared a photo of the family on Sunday. "
         "Tessa Marlow Reid/Instagram The caption of her post reads: “Happy birthday to my best friend.”",
         "Happy birthday to my best", ("Tessa Marlow Reid", None)),
        ("Instagram Tessa Marlow Reid said: “We are thrilled about the baby.”", "We are thrilled",
         "Tessa Marlow Reid"),
        # "The lifelong, free-market apostle declares": the adjective's noun comes after the comma
        ("We are on the 10th floor of his glass sanctum. The lifelong, free market apostle proudly declares "
         "“You have got the best view of the city from here!”", "You have got the best view",
         ("the lifelong, free market apostle", None)),
        ("The veteran, soft-spoken diplomat said: “We will talk again next week.”", "We will talk again",
         "the veteran, soft-spoken diplomat"),
        # "The youth spends …" is a person: a later "he" is not the place the sentence before named
        ("Since last week, Harsh Mehra, who never went to art school, has painted the walls of village offices "
         "with his own money.\n\n“People are donating to relief funds, so I thought of this,” said Mehra.\n\n"
         "Of the 30 districts in the state, cases have been reported in 20. However, Rampur so far has not seen "
         "a single case.\n\nThe youth spends around Rs 500 on each painting. “I plan to paint more villages "
         "next month,” he said.", "I plan to paint more", ("the youth", "Harsh Mehra", None)),
    ],
)

TITLED_S2 = cases(
    "when unsure, say less",
    [
        # after "titled", "entitled", "author of" a quote is a title, in any case: no one's words
        ("The lack of recognition has far-reaching implications for the planet, posit scientists in the paper "
         "titled “The importance of indigenous lands for the conservation of intact forests.”",
         "The importance of indigenous", None),
        ("Dr. Jon Ames, professor of economics and author of “Central Bankers at the End of Their Ropes: Monetary "
         "Policy and the Coming Depression.”", "Central Bankers at the End", None),
        ("At least one poet, Julia Gray, has tested positive: her contribution is titled “If Indeed I am Ill, "
         "Brother.”", "If Indeed I am Ill", None),
        (  # negative: a memo's or an editorial's title is its writer's words
            "On Monday night, campaign manager Rob Meeks released a memo titled “The Facts on Where the Race "
            "Stands.”", "The Facts on Where", "Rob Meeks"),
        (  # negative: the speech after the title is still hers
            "Ann Kroll entitled her speech “No more waiting,” and said: “We begin today, not next year.”",
            "We begin today", "Ann Kroll"),
    ],
)

ORGANISATION_NAMES_S2 = cases(
    "organisations, documents and groups",
    [
        ("“The situation is beyond catastrophic,” said the charity Medical Aid for Palestinians, describing "
         "packed corridors.", "The situation is beyond", "Medical Aid for Palestinians"),
        ("“We need more help this winter,” said Christian Aid.", "We need more help", "Christian Aid"),
        (  # negative: lower-case "aid for" is no name
            "“Legal aid for the poor is gone,” said Ann Roe.", "Legal aid for the poor", "Ann Roe"),
        (  # negative: a given name that is also a common word opens a name ("Woody Allen")
            "“I never laid a finger on her,” Woody Allen writes.", "I never laid a finger", "Woody Allen"),
    ],
)

OWNED_DOCUMENT_READ = cases(
    "organisations, documents and groups",
    [
        ("Environment Minister Dana Holt cancelled the sessions on Saturday.\n\n“I have heard stories of people "
         "afraid to attend these meetings,” her statement read.", "I have heard stories", "Dana Holt"),
        ("Tom Hale resigned on Monday. “I leave with a heavy heart and a full notebook,” his letter read.",
         "I leave with a heavy heart", "Tom Hale"),
        (  # negative: a "her" with no one before it to stand for
            "“We will reopen the hall as soon as the repairs are done,” her statement read.", "We will reopen", None),
    ],
)

S2_CASES = [*TITLE_PLACES_S2, *NOT_NAMES_S2, *SAY_LESS_S2, *GROUPS_S2, *PRONOUNS_S2, *MORE_NAMES_S2, *TITLED_S2, *ORGANISATION_NAMES_S2, *OWNED_DOCUMENT_READ]
