"""Attribution cases of session 19: indirect speech closed by "X told Y", then a "he said" quote.

"The incident shows how one failure can set a firm back, Jim Cantrell, chief executive of Vantor,
told NBC News." reports Cantrell's words without marks; the next paragraph's '“…,” he said' is
his, not the last quoted speaker's. The closing "told" clause names its subject before an
appositive or an age, never the listener after the verb. A quote whose words end their own
sentence takes no closing attribution from the next sentence. Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_BEFORE = "\"We wish them well with their next mission,\" Phil Larson said.\n\n"
_AFTER = "\n\n\"This one was particularly devastating for the whole team,\" he said."

TELLER_THEN_PRONOUN = cases(
    "pronouns and role nouns",
    [
        (_BEFORE + "The incident shows how one failure can set a company back for years, Jim Cantrell, chief "
         "executive of Vantor Rockets, told NBC News." + _AFTER, "This one was", "Jim Cantrell"),
        (_BEFORE + "The incident shows how one failure can set a company back for years, Jim Cantrell told "
         "NBC News." + _AFTER, "This one was", "Jim Cantrell"),
        (_BEFORE + "One failure can set a company back for years, Jim Cantrell, 61, told reporters on Tuesday."
         + _AFTER, "This one was", "Jim Cantrell"),
        (_BEFORE + "One failure can set a company back for years, Vantor's chief, Jim Cantrell, told the Ledger."
         + _AFTER, "This one was", "Jim Cantrell"),
        (_BEFORE + "One failure can set a company back for years, Jim Cantrell, Vantor's chief executive and a "
         "founder of the firm, told NBC News." + _AFTER, "This one was", "Jim Cantrell"),
        # an unnamed teller with "said" and a long description of a person: who the "she" is
        ("Airport workers walked out on Monday.\n\nThe strikers are not aiming to disrupt travel, a spokeswoman "
         "for the Service Employees International Union said at a press conference last week.\n\n\"They do "
         "want to gain public support,\" she said.", "They do want",
         ("a spokeswoman", "a spokeswoman for the Service Employees International Union")),
        # the listener is never the teller
        (_BEFORE + "One failure can set a company back for years, Jim Cantrell told Ann Roe." + _AFTER,
         "This one was", "Jim Cantrell"),
    ],
)

TELLER_OF_QUOTE = cases(
    "long material between quote, speaker and verb",
    [
        ("The plan is \"a disaster for the whole city and its people,\" Jim Cantrell, a council member, told reporters.",
         "a disaster for", "Jim Cantrell"),
        # the words end their sentence: the next sentence's teller is not their speaker
        ("Mayor Ann Roe lost the union's support after her comment that, \"We will close every mine in this county.\" "
         "The union will sit out the race, its director Tom Hale told the Ledger this week.",
         "We will close", ("Ann Roe", None)),
    ],
)

#: The subject of a "where" or "when" clause after a role noun with no article, in a sentence whose
#: own subject is no person ("That's the case in …", "It is a different story in …"): who the next
#: "he" is about.
_CATHCART = "Rents rose 4 per cent in October, analyst Dale Cathcart said in a release.\n\n"
_LEASE = "\n\n\"Lease prices are ridiculous now, and nobody can pay them,\" he said in an interview."
CLAUSE_SUBJECT_AFTER_ROLE = cases(
    "pronouns and role nouns",
    [
        (_CATHCART + "That's the case in many markets, including Brampton, where realtor Shaun Ghulam said he's "
         "noticed a change." + _LEASE, "Lease prices", "Shaun Ghulam"),
        (_CATHCART + "Prices are up in many markets, including Brampton, where realtor Shaun Ghulam said he's "
         "noticed a change." + _LEASE, "Lease prices", "Shaun Ghulam"),
        (_CATHCART + "It is a different story in Brampton, where realtor Shaun Ghulam has worked since 2009." + _LEASE,
         "Lease prices", "Shaun Ghulam"),
        # a person as the sentence's subject stays who the text is about
        (_CATHCART + "Cathcart expects more of the same in Brampton, where realtor Shaun Ghulam works." + _LEASE,
         "Lease prices", "Dale Cathcart"),
    ],
)

#: A quote that ends on a quote inside it ("… or we will come after you.'”) ends its sentence like
#: any other: the next sentence's subject is not its speaker.
NESTED_END = cases(
    "when unsure, say less",
    [
        ("\"This looks like a scare tactic to intimidate federal workers,\" added Rep. Elijah Quarles, the top "
         "Democrat on the committee. \"I am sure many scientists see this as a threat -- 'either ignore the "
         "science or we will come after you.'\" Committee Chairman Jason Hale, R-Utah, did not respond to a "
         "request for comment.", "I am sure many", "Elijah Quarles"),
        ("Ann Roe read the note aloud. \"It said, 'We are leaving tonight and we are never coming back.'\" "
         "Her brother Tom did not answer the reporters' questions.", "It said", ("Ann Roe", None)),
    ],
)

#: A city and its state (or province) set off by commas before the noun they modify ("The Dayton,
#: Ohio, police chief, Jason Ziegler,"): the state is no speaker, the name apposed to the noun is.
CITY_STATE_MODIFIER = cases(
    "long material between quote, speaker and verb",
    [
        ("The Dayton, Ohio, police chief, Jason Ziegler, has asserted that officers \"can use whatever force is "
         "necessary to keep the peace.\"", "can use whatever force", "Jason Ziegler"),
        ("\"We can use whatever force is necessary to keep the peace,\" the Dayton, Ohio, police chief said.",
         "We can use whatever force", "the Dayton, Ohio, police chief"),
        ("A Brampton, Ont., realtor, Ann Roe, said lease prices were \"ridiculous now, and nobody can pay them.\"",
         "ridiculous now", "Ann Roe"),
        # the state opening a clause of its own is no modifier: the name after it speaks
        ("In Dayton, Ohio, Jason Ziegler said officers \"can use whatever force is necessary to keep the peace.\"",
         "can use whatever force", "Jason Ziegler"),
    ],
)

#: The closing subject set off by its own relative clause or place ("…, Ann Roe, who chairs the
#: council, said."): the comma before the verb closes the subject's clause, no inverted cue.
CLOSING_SUBJECT_CLAUSE = cases(
    "long material between quote, speaker and verb",
    [
        ("The plan is \"a disaster for the whole city\" and must be stopped, Ann Roe, who chairs the council, said.",
         "a disaster for the whole", "Ann Roe"),
        ("He proposes a new model.\n\n\"These findings could be significant\" for revising standards, Joost "
         "Hoofman of Fontys University, who was not involved in the study, said in an email.",
         "These findings could be", "Joost Hoofman"),
        # a name and its long organisation closing the sentence, no comma before the verb
        ("He proposes a new model.\n\n\"These findings could be significant\" for revising standards, Joost van "
         "Hoofman of the Netherlands' Fontys University of Applied Sciences writes in an accompanying article.",
         "These findings could be", "Joost van Hoofman"),
        # a clause of the sentence's own subject: no speaker
        ("The plan, which the council approved in May, is \"a disaster for the whole city and its people.\"",
         "a disaster for the whole", None),
    ],
)

TELLER19_CASES = CLOSING_SUBJECT_CLAUSE + TELLER_THEN_PRONOUN + TELLER_OF_QUOTE + CLAUSE_SUBJECT_AFTER_ROLE + NESTED_END + CITY_STATE_MODIFIER
