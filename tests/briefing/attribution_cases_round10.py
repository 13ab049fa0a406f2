"""Attribution cases of the tenth round: sentence subjects a later "he" or "she" refers back to,
which the subject index did not register (issue 13, "resolve to the person most recently
introduced as a possible speaker"). Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: "A freshman named Hailey Puckett posted …": a description that gives the name is that person.
NAMED_DESCRIPTION_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "The county board met on Monday night. A freshman named Hailey Puckett posted a video of "
            "the meeting online. “Nobody listened to the students at all,” she said.",
            "Nobody listened to the students",
            "Hailey Puckett",
        ),
        (
            "Flood water reached the square by noon. A shopkeeper identified as Omar Haddad stayed "
            "behind to move his stock. “I have nowhere else to put forty years of work,” he said.",
            "I have nowhere else",
            "Omar Haddad",
        ),
        (
            "The strike entered its third week. A driver known as Big Lou organised the picket at the "
            "depot gates. “We are not going back until they sign,” he told reporters.",
            "We are not going back",
            "Big Lou",
        ),
        (  # negative: "named" is the verb here, the board is no person; the pronoun finds no one
            "The school board named Keller Park the new site for the library. “It is the right "
            "place for the whole town,” she said.",
            "It is the right place",
            None,
        ),
    ],
)

#: "Then Jordan Ellis took the microphone …": an adverb opening the sentence without a comma.
ADVERB_BEFORE_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "The rally began an hour late. Then Jordan Ellis took the microphone and thanked the "
            "volunteers. “We knocked on ten thousand doors this month,” he said.",
            "We knocked on ten thousand doors",
            "Jordan Ellis",
        ),
        (
            "Council members argued about the budget for two hours. Later Priya Natarajan walked out of "
            "the chamber. “This is not how a city should spend its reserves,” she said.",
            "This is not how a city",
            "Priya Natarajan",
        ),
        (
            "Voters lined up before dawn in Millbrook. Now Gov. Frank Delaney faces a recount. “We "
            "will respect every ballot that was cast,” he said.",
            "We will respect every ballot",
            "Frank Delaney",
        ),
        (  # negative: "Later Tuesday" is a time, not a subject; the subject after the comma counts
            "Maria Gomez chaired the hearing. Later Tuesday, Tom Reilly addressed the crowd outside. "
            "“Nobody here wants a new highway,” he said.",
            "Nobody here wants",
            "Tom Reilly",
        ),
    ],
)

#: "But the former Mexican president didn't stop there. '…,' he continued": a title description
#: as a subject is the one person introduced with that title.
TITLE_DESCRIPTION_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "Former Chilean President Ramon Alvear criticised the plan on Monday. "
            "“It is a wall of lies,” Alvear told reporters.\n\nBut the former Chilean president did not "
            "stop there.\n\n“The first loser of such a policy would be the region,” he continued.",
            "The first loser",
            "Ramon Alvear",
        ),
        (
            "Defence Minister Olena Hrytsenko visited the front on Friday. Soldiers asked about "
            "ammunition. The minister promised new deliveries within a month. “We will not leave "
            "anyone without shells,” she said.",
            "We will not leave anyone",
            "Olena Hrytsenko",
        ),
        (
            "Mayor Carl Benton opened the new bridge on Saturday. The mayor cut the ribbon himself. "
            "“This bridge took eleven years and three councils to build,” he said.",
            "This bridge took eleven years",
            "Carl Benton",
        ),
        (  # negative: two senators, "the senator" is either; the description is shown as written
            "Sen. Joan Pierce and Sen. Mark Lowry toured the plant. The senator spoke to the workers. "
            "“These jobs are not going anywhere,” he said.",
            "These jobs are not going",
            ("the senator", None),
        ),
    ],
)

#: Who carries a title: only the word written right before a name ("Defence Minister Olena
#: Hrytsenko"), not one across a comma ("than that of the station chief, Harmon said"), and a
#: lower rank is not the title ("Vice President Ellen Crane" is not "the president").
TITLE_HOLDERS = cases(
    "titles and abbreviations",
    [
        (
            "Deputy Mayor Ann Wolfe and Mayor Carl Benton opened the bridge on Saturday. “This bridge "
            "took eleven years and three councils to build,” the mayor said.",
            "This bridge took eleven years",
            "Carl Benton",
        ),
        (  # negative: a vice president is not "the president"
            "Vice President Ellen Crane toured the plant in Dayton on Friday. “These jobs will stay in "
            "Ohio for as long as I have a say,” the president said.",
            "These jobs will stay in Ohio",
            ("the president", None),
        ),
        (  # negative: "chief" before the comma is the station chief, not Harmon
            "The guards' account is more credible than that of the station chief, Harmon said on "
            "Monday. “I did what the rules required of me that night,” the chief said in a statement.",
            "I did what the rules required",
            ("the chief", None),
        ),
        (
            "Army Chief Lena Varga met the press in Budapest. “We will double the reserve within two "
            "years,” the chief said.",
            "We will double the reserve",
            "Lena Varga",
        ),
    ],
)

#: "…, told AFP in an interview": after a comma, the object of "told" is the listener, not a
#: subject a later "he" or "she" could mean.
TOLD_LISTENER = cases(
    "pronouns and role nouns",
    [
        (
            "Rep. Dan Keller, meanwhile, told Reuters on Wednesday that he backs the bill. He also "
            "said “we need a leader in this town, not another manager.”",
            "we need a leader",
            "Dan Keller",
        ),
        (
            "“We were wrong not to confront him from the very start,” Lucia Ferrer, 58, told AFP in an "
            "interview on Monday.\n\n“Many governments simply did not react to the danger,” she said.",
            "Many governments simply",
            "Lucia Ferrer",
        ),
        (  # an inverted "said" still names its subject
            "Clarkston has a long history of welcoming refugees, said Mayor Ted Terry. “We will keep "
            "our doors open to every family,” he added.",
            "We will keep our doors open",
            "Ted Terry",
        ),
        (  # negative: the subject before "told" is a group; the listener is not the speaker
            "Protesters, meanwhile, told NBC News that they would return on Friday. “We are not "
            "going anywhere until the vote,” he said.",
            "We are not going anywhere",
            None,
        ),
    ],
)

#: Organisations and documents as subjects of verbs that report content only for them ("the
#: campaign projects that", "the FBI lists", "Article 33 affirms:"); a person doing the same verb
#: says nothing.
ORGANISATION_CONTENT_VERBS = cases(
    "organisations, documents and groups",
    [
        (
            "The Harlan campaign projects that “a tax of a fraction of a percent on every trade” would "
            "raise $40 billion a year.",
            "a tax of a fraction",
            "the Harlan campaign",
            "organisation",
        ),
        (
            "On its website, the EPA lists “clean water for every community in the country” as its "
            "first goal.",
            "clean water for every community",
            "the EPA",
            "organisation",
        ),
        (
            "Article 12 affirms: “Everyone shall be free to leave any country, including his own.”",
            "Everyone shall be free",
            "Article 12",
            "document",
        ),
        (
            "The county budget office estimates that “the shortfall will reach nine million dollars "
            "by June.”",
            "the shortfall will reach",
            "the county budget office",
            "organisation",
        ),
        (  # negative: a person who lists something is not quoted by it
            "Maria Lopez lists “patience, patience and more patience” as the secret of her long career.",
            "patience, patience and more",
            None,
        ),
    ],
)

#: "King says Ali “…”": a surname that is also a title word ("King", "Bishop", "Major") opens the
#: sentence before the quote; it is a name when the article wrote it in full before.
TITLE_WORD_SURNAME = cases(
    "titles and abbreviations",
    [
        (
            "Billie Jean King won 12 Grand Slam singles titles in the 1960s and 70s. King says Ali “talked the talk and walked the walk every single day.”",
            "talked the talk",
            "Billie Jean King",
        ),
        (
            "Marcus Bishop led the parish for thirty years. Bishop says the church “will never close "
            "its doors to anyone who knocks.”",
            "will never close its doors",
            "Marcus Bishop",
        ),
        (
            "Anna Major coached the team through its best season. Major says the players “gave "
            "everything they had on the night.”",
            "gave everything they had",
            "Anna Major",
        ),
        (  # negative: nobody was introduced with the surname Major; a title alone names no one
            "Officials expect a long winter on the coast. Major says the repairs “will take at least "
            "three more months to finish.”",
            "will take at least three",
            None,
        ),
    ],
)

#: An unknown present-tense verb after a known head noun ends the subject ("The ministry plans
#: to …", "Her housing plan promises to “…”"): the organisation or document is what "it" means
#: and who speaks; a plural noun ("the ministry plans were leaked") is no verb.
VERB_AFTER_HEAD_NOUN = cases(
    "organisations, documents and groups",
    [
        (
            "The ministry plans to close three coal plants by 2030. “Nobody will lose a job without "
            "an offer of another one,” it said.",
            "Nobody will lose a job",
            "the ministry",
        ),
        (
            "The county health department runs four clinics in the valley. “We cannot keep all of "
            "them open on this budget,” it said in a statement.",
            "We cannot keep all of them",
            "the county health department",
        ),
        (
            "The governor has spent the year on schools. Her housing plan promises to “build a home "
            "for every family on the waiting list.”",
            "build a home for every family",
            "Her housing plan",
        ),
        (  # negative: "plans" is a noun here; nobody named is "it"
            "The ministry plans were leaked to reporters on Friday. “Nobody will lose a job without "
            "an offer of another,” it said.",
            "Nobody will lose a job without an offer of another",
            None,
        ),
    ],
)

ROUND10_CASES = [*VERB_AFTER_HEAD_NOUN, *TITLE_WORD_SURNAME, *ORGANISATION_CONTENT_VERBS, *TOLD_LISTENER, *NAMED_DESCRIPTION_SUBJECT, *ADVERB_BEFORE_SUBJECT, *TITLE_DESCRIPTION_SUBJECT, *TITLE_HOLDERS]
