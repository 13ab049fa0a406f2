"""Attribution cases of round 23: pronouns when the people have given names no list of ours holds
(Kwame, Oluwaseun, Ngozi, Tenzin), so only the text tells their gender. A he/she counts as a
person's only when the sentence leaves no one else it could be about: not a "she" after "mocked
the front-runner, saying", nor one after a role a possessive owns ("Her chief adviser, X, calls her
plan …"), nor one with a "his" beside it. A full name opening a sentence with its own he/she
("X told a reporter that he …") tells that person's gender even before X speaks. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

VOTES_INTL = cases(
    "pronouns and role nouns",
    [
        # the "she" is the front-runner's, not Osei's: Osei stays the "he"
        ("Kwame Osei mocked the qualifications of the front-runner on Tuesday, saying she would be a weak leader.\n\n"
         "“She is simply not ready,” Osei said.\n\n"
         "Tenzin Dorji, a close ally of the front-runner, called the remarks cheap.\n\n"
         "“I have heard worse,” Dorji said.\n\n"
         "Osei did not back down on Wednesday. “I stand by every word,” he said.",
         "I stand by every word", "Kwame Osei"),
        # "Her chief adviser, Bello,": the "her" and the "she" are someone else's
        ("Her chief adviser, Oluwaseun Bello, calls her plan a blueprint for how she would create jobs.\n\n"
         "“It is a serious plan,” Bello said.\n\n"
         "Mei Lin, a rival candidate, dismissed the plan as a fantasy.\n\n"
         "“I have read it twice,” Lin said.\n\n"
         "Bello disagreed. “Every number in it has been checked,” he said.",
         "Every number in it", "Oluwaseun Bello"),
        # "his rival, Hillary Stone, saying she": the she is Stone's
        ("Arjun Mehta spoke about his rival, Hillary Stone, saying she would be a disaster for the state.\n\n"
         "“It would be a catastrophe,” Mehta said.\n\n"
         "Priyanka Rao, a voter from Pune, said she was undecided.\n\n"
         "“I will listen to both,” Rao said.\n\n"
         "Mehta ended the rally early. “We will win this,” he said.",
         "We will win this", "Arjun Mehta"),
        # a full name with its own "he" before he ever speaks: no later "she"
        ("Ngozi Okafor chaired the hearing on Monday.\n\n"
         "Kwame Boateng told a reporter that he would appeal the ruling.\n\n"
         "“The ruling is wrong in law,” she said.",
         "The ruling is wrong", "Ngozi Okafor"),
        ("Ngozi Okafor chaired the hearing on Monday.\n\n"
         "Kwame Boateng, who said that he would appeal the ruling, left the court with Okafor's deputy.\n\n"
         "“The ruling is wrong in law,” she said.",
         "The ruling is wrong", "Ngozi Okafor"),
        # negatives: a plain vote still holds; so does one before the subject
        ("Folasade Adeyemi said she would run again.\n\n"
         "“I am not finished,” Adeyemi said.\n\n"
         "Thandiwe Nkosi, her campaign manager, said the team was ready.\n\n"
         "Adeyemi later spoke to reporters. “We start tomorrow,” she said.",
         "We start tomorrow", "Folasade Adeyemi"),
        # a paper's name in a photo credit is no person with a "he" (the captioned man is skipped,
        # the writer of unknown gender may be meant)
        ("“We had no choice but to organize,” Aigerim Fraser writes.\n\nTenzin Lowe, a retired porter, looks "
         "at old photos at the station. (Lagos Herald file photo)\n\n“These men were smart enough to go "
         "to Abuja,” he says.", "These men were smart", ("Aigerim Fraser", None)),
    ],
)

ROLES_INTL = cases(
    "pronouns and role nouns",
    [
        # a gendered role written with the name rules its person out of the other pronoun
        ("Ngozi Okafor opened the debate on Monday.\n\nKwame Osei, the party chairman, called for calm.\n\n"
         "“We will not be rushed,” she said.", "We will not be rushed", "Ngozi Okafor"),
        ("Ngozi Okafor opened the debate on Monday.\n\nParty chairman Kwame Osei called for calm.\n\n"
         "“We will not be rushed,” she said.", "We will not be rushed", "Ngozi Okafor"),
        ("Ngozi Okafor opened the debate on Monday.\n\nKwame Osei, a spokesman for the ministry, called for "
         "calm.\n\n“We will not be rushed,” she said.", "We will not be rushed", "Ngozi Okafor"),
        ("Tenzin Dorji opened the debate on Monday.\n\nOksana Melnyk, a spokeswoman for the ministry, called "
         "for calm.\n\n“We will not be rushed,” he said.", "We will not be rushed", "Tenzin Dorji"),
        # negatives: the role's own pronoun; a kin noun teaches nothing (kin share the surname, and
        # a bare "Nwosu" may be either)
        ("Ngozi Okafor opened the debate on Monday.\n\nKwame Osei, the chairman of the party, called for "
         "calm.\n\n“We will not be rushed,” he said.", "We will not be rushed", "Kwame Osei"),
        ("Amara Nwosu, whose husband, army sergeant Chidi Nwosu, was killed in the attack, spoke to a radio "
         "host on Thursday.\n\nNwosu said she does not blame Ikenna and Adaeze Obi for their anger.\n\n"
         "“I understand their grief,” she said.", "I understand their grief", "Amara Nwosu"),
    ],
)

#: A sentence opening with "He"/"She" is about the one person of the sentence before.
NEXT_SENTENCE_INTL = cases(
    "pronouns and role nouns",
    [
        ("Ngozi Okafor opened the debate on Monday.\n\nKwame Osei arrived late. He apologised to the "
         "committee.\n\n“We will not be rushed,” she said.", "We will not be rushed", "Ngozi Okafor"),
        ("Ngozi Okafor opened the debate on Monday.\n\nKwame Osei arrived late. But he stayed until the "
         "end.\n\n“We will not be rushed,” she said.", "We will not be rushed", "Ngozi Okafor"),
        # negatives: the "She" may be the mayor or the woman named, not Osei, who stays the "he"
        ("Tenzin Dorji chaired the meeting.\n\nKwame Osei met the mayor on Friday. She thanked the "
         "delegation for coming.\n\nLater, Osei spoke to reporters. “We are grateful,” he said.",
         "We are grateful", "Kwame Osei"),
        ("Tenzin Dorji chaired the meeting.\n\nKwame Osei met Ngozi Eze on Friday. She thanked the "
         "delegation for coming.\n\nLater, Osei spoke to reporters. “We are grateful,” he said.",
         "We are grateful", "Kwame Osei"),
        # negative: a he or she before the subject is someone already known, as the later one is
        ("Amara Nwosu will sing her old songs at the awards after all.\n\nThe label that owns most "
         "of her music, Big Harbour, says she will be allowed to play them on Sunday.\n\n"
         "Big Harbour have denied doing anything wrong.\n\n“At no point did we say Amara could "
         "not perform at the awards,” they said in a statement.", "At no point did we say", "Big Harbour"),
    ],
)

INTLNAME_CASES = [*VOTES_INTL, *ROLES_INTL, *NEXT_SENTENCE_INTL]
