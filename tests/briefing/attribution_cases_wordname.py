"""Attribution cases of round 23: people whose names are also English words or titles (Will Young,
Grace Price, Faith Little, Steve King, Rand Paul). A capitalised word of the language is a name
where the article also writes it after a given name or an honorific ("Betsy King" … "King said");
an ordinary capitalised word stays none ("Church officials said", "Likewise, the mayor said", "King
Charles"). Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

WISE_AND_KING = cases(
    "clause frames around the speaker",
    [
        # "Wise" is the adjective, no -wise sentence adverb as "Likewise" is
        ("Sen. Dana Wise opposed the plan.\n\n“We will not back down on this bill,” Wise said.",
         "We will not back down", "Dana Wise"),
        ("“We will not back down on this bill,” Wise said.", "We will not back down", "Wise"),
        (  # negative: a -wise adverb opening the sentence is no speaker
            "The mayor spoke first.\n\nLikewise, the governor said the plan was “a disaster for everyone involved.”",
            "a disaster for everyone", "the governor"),
        # a title word that is also a surname: a name when the article writes it after a given name
        ("Betsy King, a teacher from Chicago, joined the campaign in May.\n\n"
         "According to King, the race is “the hardest thing we have ever done together.”",
         "the hardest thing we have", "Betsy King"),
        ("Rep. Tom King of Iowa spoke after the vote.\n\n"
         "King said: “This bill will not pass the House as long as I am here.”",
         "This bill will not pass", "Tom King"),
        ("Betsy King, a teacher from Chicago, joined the campaign in May.\n\n"
         "Like a family member, King said it is hard for her to watch. “It is the blessing and the curse at "
         "the same time,” she said.", "It is the blessing", "Betsy King"),
        ("Betsy King and Ann Hale met in high school.\n\nKing lives a quiet life in Chicago, where she teaches "
         "Spanish. “It has been part of the fabric of my life,” she said.", "It has been part", "Betsy King"),
        ("Carla Major, a retiree, volunteers at the phone bank.\n\n"
         "For Major, the calls are a duty. “Bernie has a speech that draws young people,” she said.",
         "Bernie has a speech", "Carla Major"),
        (  # negative: a king is named after his title, and "the King" is the king
            "King Charles visited the flooded town on Friday.\n\n“We are very grateful to every volunteer,” "
            "the King said.", "We are very grateful", ("Charles", "the King")),
        (  # negative: a title word opening a sentence before a plural is no name (the companies may speak)
            "Major companies said they would “not invest another dollar in this state.”",
            "not invest another dollar", (None, "Major companies")),
    ],
)

SURNAMES_OF_THINGS = cases(
    "pronouns and role nouns",
    [
        # a surname that is an organisation's word ("church") is a person once the text gives it
        # a given name ("Gordon Church"), so a later "Church" is the "he" of the next quote
        ("Gordon Church, a delegate from New Hampshire, backs the effort.\n\n"
         "“A lot of people do not have any answers,” said Tom Voss, a committeeman from Arkansas.\n\n"
         "Church, for example, said he is hopeful the effort ends with a new nominee.\n\n"
         "“The first thing is to stop him on the first ballot,” he said.", "The first thing", "Gordon Church"),
        ("Faith Church directs the civic engagement project at the university.\n\n"
         "The state has seen a surge of new voters, Church said.\n\n"
         "“We think that these voters are particularly motivated,” she said.", "We think that these voters",
         "Faith Church"),
        ("Rich Moody, the party's nominee, spoke in Ohio on Monday.\n\n"
         "Moody mocked the attack at a morning rally. “I haven't quite recovered from the speech last night,” "
         "he said.", "I haven't quite recovered", "Rich Moody"),
        (  # negative: the organisation itself, no person
            "Trinity Church opened its doors to the homeless on Friday.\n\n"
            "“Everyone who needs a bed tonight will have one,” the church said.", "Everyone who needs a bed",
            "the church"),
        (  # negative: an organisation's word opening a group is no person
            "Church officials said the building would stay “open to anyone who needs shelter tonight.”",
            "open to anyone who needs", "church officials"),
        (  # negative: an adjective opening a group is no person
            "Young voters said the race was “the first one that ever felt like it was about us.”",
            "the first one that ever", "Young voters"),
    ],
)

TITLE_WORD_SURNAMES = cases(
    "clause frames around the speaker",
    [
        # a title word right after a given name is a surname, and "of" after it no office's
        ("“It would have been a real long shot to bring charges in this case,” said Bill King of the "
         "University of Texas School of Law.", "It would have been", "Bill King"),
        (  # negative: a title before "of" and a place is an office, its holder named after it
            "“We will open the border crossing on Monday,” said the King of Jordan, Abdullah II.",
            "We will open the border", "Abdullah II"),
        # a headline's label that is a word of the language: the one person the body names so
        ("Will: ‘No Place In A Presidential Campaign’\n\n"
         "House Speaker Pat Will on Tuesday condemned the images. “They have got no place in a "
         "presidential campaign,” Will said.", "No Place In A Presidential", "Pat Will"),
    ],
)

GIVEN_NAMES_THAT_ARE_WORDS = cases(
    "pronouns and role nouns",
    [
        # "who" after a name ending in an organisation's word makes it a person's
        ("Chase Church, who heads a project on government secrecy, said he thought the attention was "
         "overblown.\n\nStill, he called the dispute unusual.\n\n“I think this is a unique set of "
         "circumstances,” he said.", "I think this is a unique", "Chase Church"),
        (  # negative: "which" after it keeps it an organisation's
            "Grace Church, which runs the shelter, opened its doors on Friday.\n\n“Everyone who needs a bed "
            "tonight will have one,” the pastor said.", "Everyone who needs a bed", "the pastor"),
        # a given name that is also a verb, written alone mid-sentence, is a name there
        ("“There never was a stand-down order,” said the base chief, known only as Will.\n\n"
         "In an interview, Will said the team “left our base more vulnerable to attack.”",
         "left our base more vulnerable", "Will"),
        (  # negative: the modal opening a question is no one
            "Will the plan pass? Nobody knows, the senator said. “It is a mess,” she said.",
            "It is a mess", "the senator"),
        (  # negative: an office after a given name that is a school's word ("Christian Head of School")
            "Mid Vermont Christian Head of School Vicky Fogg wrote that the player “jeopardizes the "
            "fairness of the game and the safety of our players.”", "jeopardizes the fairness", "Vicky Fogg"),
    ],
)

WORDNAME_CASES = [*WISE_AND_KING, *SURNAMES_OF_THINGS, *TITLE_WORD_SURNAMES, *GIVEN_NAMES_THAT_ARE_WORDS]
