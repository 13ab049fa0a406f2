"""Attribution cases of session 37 (helper list37): a he or she opening an entry of a numbered
list.

* A fact check lists one person's claims as numbered (or bulleted) entries, each opening on a pronoun ("1. He
  said …", "2. He said that when Tom Pike asked him …", "3. Before the vote, he said, …"). The
  person is named in the list's lead-in, often only as an owner ("Mr. Vance's account of his
  career …"), while the entries' own bodies and verdicts name others (a lawyer, an interviewer, a
  rival). The resolver took the latest subject or speaker before each entry's pronoun, a name in
  the entry before (or a critic quoted above the list), or nobody. The entries are parallel: each
  opening pronoun goes back to the person the list is about, the one person of its gender the
  lead-in names (of several, the one the entries name again), or, when the lead-in names no one of
  that gender, the one person the entries before open on ("1. Tom Pike said … 2. He said …").
  Text that lost its list formatting glues the number to the word ("6He said"); cleaning splits it
  again (``list_entries.split_glued_numbers``, tested in ``test_list_entries.py``), which these
  cases take as done.

* A list number written without its stop before the pronoun opening the entry ("2 He said that
  when Dan Pike asked him …, it was “…”") hid the pronoun from the subject reader (the sentence
  opened on a number), so the clause's subject after it (Dan Pike) was taken for the one the
  pronoun anticipates, as in "In what he called …, Dan Pike". A number before a capitalised
  pronoun is no count of anything: the pronoun is the subject.

Negatives: a lead-in naming two men both named again in the entries leaves the pronoun to no one;
so do entries opening on two different men; a pronoun after a name of its own entry ("2. After Tom
Pike lost the suit, he said …") or in a later sentence of the entry is read as anywhere else; a
list of different people, each named in their entry, keeps each one's name; a paragraph opening on
a number that is no list entry ("10 Downing Street said …", "2016 was …") changes nothing; a name
after a list number ("2 Dan Pike said …") is the subject as before.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEAD = "Mr. Vance's account of his career leaves out every failure. As he tells it, each deal paid off."
_CENT = "never asked for a single cent back"
_MONEY = "the first time anyone had asked me about money"
_DOLLAR = "never lost a single dollar in any year"
_WARNING = "very close to a warning about the tower"
_DISGRACE = "a disgrace to every judge in the state"

LIST_ENTRY_PRONOUNS = cases(
    "pronouns and role nouns",
    [
        (f'{_LEAD}\n\n1. He said the bank "{_CENT}."\n\nIt did.\n\n2. He said that when Tom Pike asked him about the loans, it was "{_MONEY}."\n\n'
         f'Court papers show otherwise.\n\n3. He said his hotels had "{_DOLLAR}."\n\nTwo filed for bankruptcy.', "the first time", "Vance"),
        (f'{_LEAD}\n\n1. He said the bank "{_CENT}."\n\nIt did.\n\n2. He said that when Tom Pike asked him about the loans, it was "{_MONEY}."\n\n'
         f'Court papers show otherwise.\n\n3. He said his hotels had "{_DOLLAR}."\n\nTwo filed for bankruptcy.', "never lost", "Vance"),
        (f'{_LEAD}\n\n1. He said the bank "{_CENT}."\n\nThe bank\'s lawyer, Tom Pike, sued him in 2011.\n\n'
         f'2. Before the vote, he said, he had told the mayor something "{_WARNING}."\n\nThe minutes show no such warning.', "very close", "Vance"),
        (f'{_LEAD}\n\n1 He said the bank "{_CENT}."\n\nThe bank\'s lawyer, Tom Pike, sued him in 2011.\n\n'
         f'2 He said that when Tom Pike asked him about the loans, it was "{_MONEY}."\n\nCourt papers show otherwise.', "the first time", "Vance"),
        (f'{_LEAD}\n\nBrad Olsen, a rival developer, called it "a story he tells himself every single day."\n\n'
         f'1. He said the council cheered when a pastor asked Mr. Vance to stop.\n\nThere were no cheers.\n\n'
         f'2. He said that when Tom Pike asked him about the loans, it was "{_MONEY}."', "the first time", "Vance"),
        ('Ms. Ortiz\'s telling of the campaign has her ahead at every turn.\n\n1. She said the polls showed her "ten points ahead of everybody."\n\n'
         'No poll did. Dana Reyes, her rival, led in all of them.\n\n2. She said she had "won every debate by a mile."\n\n'
         'Viewers scored the first debate for Ms. Reyes.', "won every debate", "Ortiz"),
        (f'Here are the claims we checked this week.\n\n1. Tom Pike said the bank "{_CENT}."\n\nIt did.\n\n2. He said his hotels had "{_DOLLAR}."\n\n'
         'Two filed for bankruptcy.', "never lost", "Tom Pike"),
        (f'{_LEAD}\n\n• He said the bank "{_CENT}."\n\nThe bank\'s lawyer, Tom Pike, sued him in 2011.\n\n'
         f'• He said that when Tom Pike asked him about the loans, it was "{_MONEY}."\n\nCourt papers show otherwise.', "the first time", "Vance"),
        (f'{_LEAD}\n\n- He said the bank "{_CENT}."\n\nThe bank\'s lawyer, Tom Pike, sued him in 2011.\n\n'
         f'- Before the vote, he said, he had told the mayor something "{_WARNING}."', "very close", "Vance"),
        # negatives: two men in the lead-in, both named again; entries opening on two men
        (f'Mr. Vance and Mr. Pike both spoke at the hearing, and both got facts wrong.\n\n1. Mr. Pike said the bank "{_CENT}."\n\nIt did.\n\n'
         f'2. Mr. Vance said the council "begged me to build the tower" in 2009.\n\nIt voted against it.\n\n3. He said his hotels had "{_DOLLAR}."',
         "never lost", None),
        (f'Here are the claims we checked this week.\n\n1. Tom Pike said the bank "{_CENT}."\n\nIt did.\n\n2. Dan Reyes said the vote was '
         f'"rigged from the very first day."\n\nIt was not.\n\n3. He said his hotels had "{_DOLLAR}."', "never lost", None),
        (f'Here is how the council voted.\n\n• Tom Pike voted no.\n\n• Dan Reyes voted yes.\n\n• He said the tower was "{_DISGRACE}."',
         "a disgrace", None),
        # negatives: a name of the entry's own before the pronoun; the quote in a later sentence
        (f'{_LEAD}\n\n1. He said the bank "{_CENT}."\n\nIt did.\n\n2. After Tom Pike lost the suit, he said the ruling was "{_DISGRACE}."',
         "a disgrace", "Tom Pike"),
        (f'{_LEAD}\n\n1. He said the bank "{_CENT}."\n\nIt did.\n\n2. Tom Pike lost the suit in 2012. He called the ruling "{_DISGRACE}."',
         "a disgrace", "Tom Pike"),
        # negatives: a list of different people, each named in their entry; no list at all
        ('Here is how the council members voted.\n\n1. Tom Pike voted no. "This tower will ruin the whole waterfront," he said.\n\n'
         '2. Ann Roe voted yes. "We need the jobs more than we need the view," she said.', "We need the jobs", "Ann Roe"),
        ('Here is how the council members voted.\n\n1. Tom Pike voted no. "This tower will ruin the whole waterfront," he said.\n\n'
         '2. Ann Roe voted yes. "We need the jobs more than we need the view," she said.', "This tower", "Tom Pike"),
        (f'Tom Pike spent the morning at the port.\n\n10 Downing Street said it had no comment.\n\nHe said the plan was "{_DISGRACE}."',
         "a disgrace", "Tom Pike"),
        (f'Tom Pike spent the morning at the port.\n\n2016 was the year the plan collapsed.\n\nHe said the plan was "{_DISGRACE}."',
         "a disgrace", "Tom Pike"),
    ],
)

_ASKED = "the first time anyone had asked me about the tower"

ENTRY_NUMBER_WITHOUT_STOP = cases(
    "pronouns and role nouns",
    [
        (f'Tom Vance spoke to the club on Monday.\n\n2 He said that when Dan Pike asked him in 2002, it was "{_ASKED}."', "the first time", "Tom Vance"),
        (f'Ann Roe spoke to the club on Monday.\n\n4 She said that when Dan Pike asked her in 2002, it was "{_ASKED}."', "the first time", "Ann Roe"),
        # negatives: a name after the number is the subject; no number at all
        (f'Tom Vance spoke to the club on Monday.\n\n2 Dan Pike said that when he was asked in 2002, it was "{_ASKED}."', "the first time", "Dan Pike"),
        (f'Tom Vance spoke to the club on Monday.\n\nHe said that when Dan Pike asked him in 2002, it was "{_ASKED}."', "the first time", "Tom Vance"),
    ],
)

LIST37_CASES = LIST_ENTRY_PRONOUNS + ENTRY_NUMBER_WITHOUT_STOP
