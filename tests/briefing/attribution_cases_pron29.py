"""Attribution cases of session 29 (helper pron29): a "he" or "she" resolved to the wrong person,
read on the BBC News pool's tuning half.

A pronoun means the person most recently brought in as a possible speaker; these sentences
brought one in that the subject index did not register, or registered the wrong name:

* a second clause with no comma before "but" ("Palmer said the courts were slow but Tennis
  Ruritania's Greg Holt rejected his comments. '…,' he said" is Holt), and the clause after "it
  appears" ("But it now appears Kerr is keen to wait. He added:"); not a comma-less "and", which
  joins names more often than clauses ("the deal between his client and Agent Mark Dunn was");
* a charge "put to" a person in the passive ("Those allegations were put to Weller after the
  game. At first he said only: …" is Weller's, not the accuser's, who spoke before);
* a result or a fixture between two teams, "Leeds beat Chelsea on Friday", read the second name
  as a person after a modifier (as "Trump campaign manager Kellyanne Conway"), so a later "he"
  went to the club; and a club with a bare plural verb of a fixture ("Harbour host Rivertown",
  "Chelsea face Barcelona") is a team, no "he";
* a lone capitalised word that the text never makes a person ("Vexcorp is saving the launch"),
  when a titled man is named in a later sentence before the pronoun's ("… Mr Allard, who heads
  the studio, gave a glimpse. He said …"): the titled person, as a firm is no "he".

Negatives: "Tom and Ann are …" keeps its joint subject, "nobody but Tom Reyes" is no clause, "put to the vote" brings in no one, an
active "Cole put the claims to Weller" keeps Cole, a role noun between a body and a name still
modifies ("BBC host Ann Roe"), one player who "faces" another is a person, and a bare word keeps the
"he" when the titled man stands in its own sentence or a "He" sentence came between. Invented names and
wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SECOND_CLAUSES = cases(
    "pronouns and role nouns",
    [
        ('Ron Palmer said he had had enough of the slow courts but Tennis Ruritania\'s Greg Holt rejected his comments. '
         '"We did ask for it to be made faster," he said.',
         "We did ask for it", "Greg Holt"),
        ('Ron Palmer said he had had enough of the slow courts but Greg Holt rejected his comments. '
         '"We did ask for it to be made faster," he said.',
         "We did ask for it", "Greg Holt"),
        ('Tom Kerr was linked with the job at Oldham and Dan Pike has stated he would not stand in the way. '
         'But it now appears Kerr is keen to wait. He added: "I will have been here five years by then."',
         "I will have been here", "Tom Kerr"),
        # negatives: a joint subject after a comma-less "and" (plural verb), and "but" before no clause
        ('Paul Dorn met the minister on Monday. Sam Hale and Tom Reyes are partners. "We disagree," he said.',
         "We disagree", (None, "Paul Dorn")),
        ('Paul Dorn backed nobody but Tom Reyes in the vote. "He is the best candidate," he said.',
         "He is the best candidate", "Paul Dorn"),
    ],
)

PUT_TO = cases(
    "pronouns and role nouns",
    [
        ('Paul Dorn said his rival was "a disgrace". "I do not expect him to apologise," Dorn said.\n\n'
         'Those allegations were put to Peter Weller after the game. At first he said only: "I have been consistent."',
         "I have been consistent", "Peter Weller"),
        ('Ann Cole criticised the referee. The claims were put to Mr Weller on Sunday. "Nothing happened," he said.',
         "Nothing happened", ("Weller", "Mr Weller")),
        # negatives: put to a vote brings in no one; the active subject keeps the sentence
        ('Paul Dorn drafted the motion. It was put to the vote on Monday. "We will win it," he said.',
         "We will win it", "Paul Dorn"),
        ('Paul Dorn put the allegations to Peter Weller on Sunday. "He has to answer," he said.',
         "He has to answer", "Paul Dorn"),
    ],
)

FIXTURES = cases(
    "pronouns and role nouns",
    [
        ('Pierre Lanvin has criticised the fixture list. Leeds beat Chelsea on Friday. '
         '"It is an important game," he told reporters.',
         "It is an important game", "Pierre Lanvin"),
        ('Pierre Lanvin has criticised the fixture list. Harbour face Rivertown on Friday. '
         '"It is an important game," he told reporters.',
         "It is an important game", "Pierre Lanvin"),
        ('Pierre Lanvin has criticised the fixture list. Harbour host Rivertown in the cup on Friday, but the club has '
         'six players away. "It is an important game," he told reporters.',
         "It is an important game", "Pierre Lanvin"),
        # negatives: a role noun between a body and a name; one player facing another
        ('BBC host Ann Roe interviewed the minister. "It was tense," she said.', "It was tense", "Ann Roe"),
        ('Pierre Lanvin was knocked out. Tom Hale faces Sam Kerr in the final. "I am ready," he said.',
         "I am ready", (None, "Tom Hale")),
    ],
)

BARE_WORDS = cases(
    "pronouns and role nouns",
    [
        ('Vexcorp is saving the official unveiling for May. However, during his keynote speech at the show Mr Allard, '
         'who heads the studio, gave a glimpse of the software. He said gaming was entering a "high-definition" era.',
         "high-definition", ("Allard", "Mr Allard")),
        # negatives: the titled man in the word's own sentence; a "He" sentence taking the word for a man
        ('Kell met Mr Poe on Monday. "It went well," he said.', "It went well", "Kell"),
        ('Vexcorp is saving the official unveiling for May. He has been busy. However, at the show Mr Allard gave a '
         'glimpse of the software. He said gaming was entering a "high-definition" era.',
         "high-definition", ("Vexcorp", None)),
        ('Like Mr Corker, Lankford questions the plan. He has been working with Mr Corker to "trigger" more revenue.',
         "trigger", "Lankford"),
    ],
)

PRON29_CASES = SECOND_CLAUSES + PUT_TO + FIXTURES + BARE_WORDS
