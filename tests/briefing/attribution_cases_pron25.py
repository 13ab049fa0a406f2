"""Attribution cases of session 25 (helper pron25): which of two people named close together a
"he" or "she" after a quote means.

News prose refers back with a pronoun to the person the last sentences are about (centering): the
subject of the sentence before, a person the sentence introduces as new topic, over an earlier
quote's speaker the sentence only mentions as an object, an owner, in a phrase or inside a quote.
Where the subject index did not register the person the sentence is about, the pronoun fell back
to the previous quote's speaker, named in the same paragraph as an object. Fixed here:

- a subordinate clause's subject with a role or an age set off ("The statement came hours after
  Avery Quint, the party chairman, called on …"), when the main subject is no person;
- a cleft on a name ("It was Avery Quint who first raised the alarm") and an inversion picking
  one person out of a group ("Among the critics is Avery Quint, who …");
- a person a no-person sentence ends on with a relative clause about them ("That did not satisfy
  Avery Quint, who …") or a role set off before them ("… a reply from the party chairman, Avery
  Quint.");
- the one member named as the example of a group subject ("Critics, including Avery Quint, say");
- a subject whose own predicate says they gave no words ("Dunleavy did not respond to a request
  for comment", "could not be reached") is not whom a "he said" after it means;
- heads of a church or state are persons ("The pope has criticized …. He said");
- "Kelly", a given name of both genders, no longer rules out a "he" (its "-ie" spelling made it
  a she).

Negatives: the main clause's person subject still wins over a clause inside it; two members give
no one; a body is no member ("Groups such as Harbor Watch"); a place is no cleft's person;
"declined to comment but said" and "declined to comment further" are the subject's own words; a
"they" after a group with a named member is still the group; "Kellie" stays a she. The cases that already held
(a subject beats an object of "told" or "met", an owner, a name in a quote, a reported clause's
subject) are kept as regression cases. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEAD = "“We kept every promise,” Mayor Ross Dunleavy said on Monday.\n\n"
_Q = "“Nobody asked us,” he said."
_QF = "“Nobody asked us,” she said."

NEW_TOPIC = cases(
    "pronouns and role nouns",
    [
        # a clause subject with a role or an age set off, the main subject no person
        (_LEAD + "The statement came hours after Avery Quint, the party chairman, called on Dunleavy to step down.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "The vote came a day after Avery Quint, 58, wrote to Dunleavy about the fees. " + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "The protest began when Marisol Adeyemi, a retired nurse, confronted Dunleavy outside city hall.\n\n" + _QF, "Nobody asked", "Marisol Adeyemi"),
        ("The hall fell silent when Nell Okafor, the clinic's director, stood up.\n\n“We are not going anywhere,” she said.", "We are not going", "Nell Okafor"),
        # negative: the main clause's subject is a person, who stays what the sentence is about
        (_LEAD + "Dunleavy left the room after Avery Quint, the party chairman, called on him to step down.\n\n“I have nothing more to say,” he said.", "I have nothing", "Ross Dunleavy"),
        # cleft on a name; negative: a place is no one
        (_LEAD + "But it was Avery Quint who first raised the alarm.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "It was Denver who won the title that year.\n\n“We will do it again,” he said.", "We will do it", "Ross Dunleavy"),
        ("“The fees are fair,” said Tom Vasquez, the county clerk.\n\nIt was Marisol Adeyemi who organized the march.\n\n" + _QF, "Nobody asked", "Marisol Adeyemi"),
        # one person picked out of a group
        (_LEAD + "Among the critics is Avery Quint, who lost to Dunleavy in 2019.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        # a no-person sentence ending on a person it says more of
        (_LEAD + "That did not satisfy Avery Quint, who has fought Dunleavy for years.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "Dunleavy's remarks drew a sharp reply from the party chairman, Avery Quint.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        # negative: a person subject who called someone is still the sentence's person
        (_LEAD + "Dunleavy later phoned Avery Quint, who did not pick up.\n\n“I tried,” he said.", "I tried", "Ross Dunleavy"),
        # the member a group subject names
        (_LEAD + "Critics of the plan, including Avery Quint, say it will raise taxes.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "Residents such as Marisol Adeyemi say the plan will raise taxes. " + _QF, "Nobody asked", "Marisol Adeyemi"),
        # negatives: two members, a body as the example, a "they" still the group
        (_LEAD + "Critics of the plan, including Avery Quint and Lee Ostrow, say it will raise taxes.\n\n" + _Q, "Nobody asked", None),
        (_LEAD + "Groups such as Harbor Watch say the plan will fail.\n\n" + _Q, "Nobody asked", ("Ross Dunleavy", None)),
        (_LEAD + "Critics of the plan, including Avery Quint, say it will raise taxes. “Nobody asked us,” they said.", "Nobody asked", ("critics", "Critics of the plan")),
    ],
)

SILENT_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (_LEAD + "Avery Quint said the deal was dead. Dunleavy did not respond to a request for comment.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "Avery Quint said the deal was dead. Dunleavy, who faces a recall vote, could not be reached for comment.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "Avery Quint said the deal was dead. A spokesman for Dunleavy did not return calls.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "Marisol Adeyemi said the clinic would close. Dunleavy declined to comment.\n\n" + _QF, "Nobody asked", "Marisol Adeyemi"),
        ("Tom Vasquez called the fees unfair. Nell Okafor and her lawyer were not available for comment.\n\n“It is a scandal,” he said.", "It is a scandal", "Tom Vasquez"),
        # negatives: the subject speaks after all; an earlier speaker's silence later on
        (
            "Avery Quint said the deal was dead. Dunleavy declined to comment on the lawsuit but said the city would appeal.\n\n“We will win this in court,” he said.",
            "We will win",
            "Dunleavy",
        ),
        ("Avery Quint said the deal was dead. Dunleavy, the mayor, declined to comment further.\n\n“We will win this in court,” he said.", "We will win", "Dunleavy"),
        (
            "Avery Quint said the deal was dead. Dunleavy did not respond to a request for comment.\n\n“We will win this in court,” she said.",
            "We will win",
            ("Avery Quint", None),
        ),
    ],
)

GIVEN_NAMES = cases(
    "pronouns and role nouns",
    [
        (_LEAD + "Sen. Kelly Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” he said.", "It will not", "Kelly Marsh"),
        (_LEAD + "Sen. Kelly Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” she said.", "It will not", "Kelly Marsh"),
        # negative: "Kellie" is a she's name, and the "he" is the mayor's
        (_LEAD + "Kellie Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” he said.", "It will not", ("Ross Dunleavy", None)),
        # heads of church and state are people a pronoun may mean; a man's role no "she"
        ("Thousands gathered in the square on Sunday. The pope has criticized the new law. “It harms the poor,” he said.", "It harms", ("the pope", "The pope")),
        ("The queen addressed the nation on Sunday. “We will endure,” she said.", "We will endure", ("the queen", "The queen")),
        ("The pope met Ana Vukovic, a nurse from Split, on Friday. “It was an honour,” she said.", "It was an honour", ("Ana Vukovic", None)),
    ],
)

HELD = cases(
    "pronouns and role nouns",
    [
        # the subject of the sentence before beats an object of "told", "met with", an owner, a place
        ("Nell Okafor told Jordan Brisco that the contract was finished.\n\n“There was never a second bid,” she said.", "There was never", "Nell Okafor"),
        ("Jordan Brisco met with Pat Okafor in Denver on Tuesday.\n\n“We found common ground,” he said.", "We found", "Jordan Brisco"),
        ("Ross Dunleavy's lawyer, Avery Quint, filed the motion on Friday.\n\n“We expect a ruling within weeks,” he said.", "We expect", "Avery Quint"),
        ("In a letter to Avery Quint, Ross Dunleavy asked for a recount.\n\n“The count was wrong,” he said.", "The count", "Ross Dunleavy"),
        # a reported clause's subject is no referent: the main clause's subject stays
        ("Nell Okafor said Jordan Brisco had misled the committee about the contract.\n\n“There was never a second bid,” she said.", "There was never", "Nell Okafor"),
        # a described person set off as the subject
        ("The prosecutor, Tom Vasquez, told the jury that the defendant, Carl Brenner, had lied.\n\n“The evidence is overwhelming,” he said.", "The evidence", "Tom Vasquez"),
        # a name inside a quote is no antecedent
        ("“Carl Brenner lied to this court,” Tom Vasquez said.\n\n“The evidence is overwhelming,” he said.", "The evidence", "Tom Vasquez"),
        # a new topic in subject position beats the earlier quote's speaker named as an object
        (_LEAD + "Avery Quint, a retired teacher, says Dunleavy ignored the neighbors.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        (_LEAD + "Dunleavy's opponent, Avery Quint, remains opposed.\n\n" + _Q, "Nobody asked", "Avery Quint"),
        # two people joined as the subject: either
        ("Nell Okafor and Ana Brisco run the fund together.\n\n“We broke even,” she said.", "We broke even", None),
    ],
)

PRON25_CASES = [*NEW_TOPIC, *SILENT_SUBJECT, *GIVEN_NAMES, *HELD]
