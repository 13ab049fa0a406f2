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
- heads of a church or state are persons ("The pope has criticized …. He said");
- "Kelly", a given name of both genders, no longer rules out a "he" (its "-ie" spelling made it
  a she); frequent given names of one gender the lists missed ("Marissa", "Ezra") are added, so
  one stray "He" after a sentence about a Marissa no longer makes her a he;
- a relative clause set off after an opening phrase ("In Kane County, where most land is
  federal, Wes Clayburn said …") is no subject: the name after it is.

Negatives: the main clause's person subject still wins over a clause inside it; two members give
no one; a body is no member ("Groups such as Harbor Watch"); a place is no cleft's person;
a "they" after a group with a named member is still the group; "Kellie" stays a she. A person who
"could not be reached" or "declined to comment" stays a referent: in the pools the quote after
such a sentence was as often theirs (from a statement or an earlier interview) as someone else's,
so passing them over (tried) would trade one wrong name for another. The cases that already held
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
        ("“The fees are fair,” said Tom Vasquez, the county clerk.\n\nAmong the finalists was Marisol Adeyemi, who runs a clinic in Tulsa.\n\n" + _QF, "Nobody asked", "Marisol Adeyemi"),
        (_LEAD + "The award went to the chief engineer, Avery Quint.\n\n“It belongs to the whole crew,” he said.", "It belongs", "Avery Quint"),
        (_LEAD + "The deal collapsed because Avery Quint, the union's negotiator, refused to sign.\n\n" + _Q, "Nobody asked", "Avery Quint"),
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
    "when unsure, say less",
    [
        # a person who "could not be reached" or "declined to comment" is often quoted next all the
        # same, from a statement or an earlier interview: no rule passes them over
        ("Avery Quint said the deal was dead. Dunleavy could not be reached on Monday.\n\n“My first call was to the council,” he said last week.", "My first call", "Dunleavy"),
        ("Nell Okafor, the clinic's lawyer, declined to comment on the report.\n\n“Out of respect for the court, we are not commenting,” she said in a statement.", "Out of respect", "Nell Okafor"),
        ("Avery Quint said the deal was dead. Dunleavy declined to comment on the lawsuit but said the city would appeal.\n\n“We will win this in court,” he said.", "We will win", "Dunleavy"),
    ],
)

GIVEN_NAMES = cases(
    "pronouns and role nouns",
    [
        (_LEAD + "Sen. Kelly Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” he said.", "It will not", "Kelly Marsh"),
        (_LEAD + "Sen. Kelly Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” she said.", "It will not", "Kelly Marsh"),
        # negative: "Kellie" is a she's name, and the "he" is the mayor's
        (_LEAD + "Kellie Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” he said.", "It will not", ("Ross Dunleavy", None)),
        # negative: an honorific the text writes still tells the gender, whatever the given name
        (_LEAD + "Ms. Kelly Marsh, who chairs the finance committee, said the numbers did not add up.\n\n“It will not survive the spring,” he said.", "It will not", ("Ross Dunleavy", None)),
        # negative: a head of state as an owner gives way to the role that is the subject
        (_LEAD + "The king’s spokesman, Avery Quint, said the palace would not comment.\n\n“The matter is closed,” he said.", "The matter", "Avery Quint"),
        ("The prince opened the new hospital wing on Tuesday. “It is a proud day,” he said.", "It is a proud day", ("the prince", "The prince")),
        # a stray "He" after a sentence about her (reported content) no longer makes a Marissa a he
        (
            "“There are two possibilities,” Marissa Oyelaran, a former police psychologist, told reporters.\n\n"
            "“One is that he is confused,” she said.\n\nBut Oyelaran also said there was a third possibility. He might be faking it.\n\n"
            "“It's possible,” she said.",
            "One is that",
            "Marissa Oyelaran",
        ),
        # a relative clause set off after an opening phrase is no subject: the name after it is
        ("“It is overdue,” said Steve Baird, a rancher.\n\nIn Kane County, where most land is federal, Marisela Ortega said she would attend.\n\n“We are grateful,” she said.", "We are grateful", "Marisela Ortega"),
        ("“It is overdue,” said Steve Baird, a rancher.\n\nIn Kane County, where most land is federal, Wes Clayburn said he would attend.\n\n“We are grateful,” he said.", "We are grateful", "Wes Clayburn"),
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
