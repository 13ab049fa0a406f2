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
        (  # negative: a title word opening a sentence before a plural is no name
            "Major companies said they would “not invest another dollar in this state.”",
            "not invest another dollar", None),
    ],
)

WORDNAME_CASES = [*WISE_AND_KING]
