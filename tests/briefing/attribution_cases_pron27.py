"""Attribution cases of session 27 (helper pron27): which person a "he" or "she" after a quote
means, when the sentence before named that person in a way the subject index did not read.

Three patterns, each a reason the pronoun fell to someone named earlier or to no one:

- a web address ending a sentence ("…, said Jo Vale, editor of Fizzle.com. “…,” he said"): its
  dots read as an abbreviation's, so the sentence ran on into the quote and its closing speaker
  was never registered; the "he" went to a person of the sentence before. A period after a web
  address now ends the sentence (``sentences.is_boundary``), as after any word.
- a role opening the sentence with the person's name set off after it by a lower-case role or
  "named" ("Her neighbor, retired firefighter Gus Odom, called police", "One witness, a man named
  Gus Odom, …"): the role was the subject, so the "he" after it was "Her neighbor"
  (``role_apposed_names``).
- a speech verb inside a relative clause on a thing, closed before the main clause's copula ("He
  said the mailing, which critics called a smear, was “…”"): the quote was given to the relative
  clause's subject ("critics", "some"), a wrong speaker; the verb before it reports
  (``attribution._governing_verb``), or no one does.
- a present-tense verb the verb lists lack between two names ("Tom Reyes admires Dan Lutz", "Kell
  believes Lutz will win"): the pair read as a name modifying a plural noun ("Trump backers"), so
  the object or the clause's subject became the sentence's subject, the "he" after it
  (``subject_words.third_person_verb``).
- a surname that is also a title or a word ("Deacon", "Bishop") opening a sentence before an
  auxiliary: no subject, so a "she" after it went to an earlier person; the registry tells when
  the text wrote that person's full name before (``surname_subjects``).

Negatives: a dotted acronym before a capital still ends no sentence ("U.S. Senator"); a role with a
thing's name set off is no person ("The project, called …"), nor a piece with a preposition or a
relative word ("Her lawyer, like senator …", "His aide, who met officer …"), nor a single given
name ("Her husband, Ted," stays with the rules before), nor a list going on after the name; a
relative clause whose quote is its own complement ("…, which critics called “…”") keeps its
speaker, and a "which" clause with no copula after it is left alone; a plural noun between a
name and a name is no verb ("Kell supporters Ann Ruiz and …"); a capitalised word no one was named
("Judge had nothing to add") is no one. Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

WEB_ADDRESS_ENDS_SENTENCE = cases(
    "pronouns and role nouns",
    [
        ("Ada Lorne and Ben Tully disagree on the numbers. Tully is “brand building,” Lorne said.\n\n"
         "Which model wins will be clear by spring, said Jo Vale, editor of Fizzle.com. “You have two very "
         "different machines,” he said.", "You have two very", "Jo Vale"),
        ("The leak spread fast, said Marta Green, who runs Tallyhub.org. “Nobody checked it,” she said.",
         "Nobody checked it", "Marta Green"),
        ("Sales doubled, said Ray Okoro, founder of www.quickcart.net. “We were not ready,” he said.",
         "We were not ready", "Ray Okoro"),
        ("The post first ran on Fizzle.com. “It is fake,” said Ana Brisco.", "It is fake", "Ana Brisco"),
        # negatives: an acronym's dots still join "U.S." to the title after it; an abbreviation of time
        ("Dora Vance moved to the U.S. Senate in 2010. “It was hard,” she said.", "It was hard", "Dora Vance"),
        ("The hearing ended at 5 p.m. Reporters left. “It went well,” said Carl Demby.", "It went well", "Carl Demby"),
    ],
)

ROLE_WITH_NAME_SET_OFF = cases(
    "pronouns and role nouns",
    [
        ("Ellen Marsh took the stand on Tuesday.\n\nHer neighbor, a retired firefighter named Gus Odom, "
         "had called police. “I heard screaming,” he said.", "I heard screaming", "Gus Odom"),
        ("Her neighbor, retired firefighter Gus Odom, called police. “I heard screaming,” he said.",
         "I heard screaming", "Gus Odom"),
        ("Tom Reyes spoke first. One witness, a man named Gus Odom, told police he saw a van. “It was "
         "white,” he said.", "It was white", "Gus Odom"),
        ("Ana Ruiz spoke first. The victim's mother, a nurse named Rosa Vidal, wept. “She was my light,” "
         "she said.", "She was my light", "Rosa Vidal"),
        ("Ann Ruiz spoke first. Her father, retired Gen. Tom Ames, sat nearby. “She did well,” he said.",
         "She did well", "Tom Ames"),
        # negatives
        ("Tom Reyes spoke first. Her neighbor, a man named Gus Odom, and his wife called police. “We heard "
         "screams,” he said.", "We heard screams", ("Her neighbor", None)),
        ("The project, called Botanicus Prime, turns plants into sensors. “It is magic,” he said.",
         "It is magic", None),
        ("Tom Reyes spoke first. Her lawyer, like senator Dan Lutz, argued for a delay. “We need time,” he "
         "said.", "We need time", ("Her lawyer", None)),
        ("Tom Reyes spoke first. His aide, who met officer Tim Ross, left early. “It was fine,” he said.",
         "It was fine", (None, "His aide", "Tom Reyes")),
        ("Tom Reyes spoke first. Her son, a student at Kell University, wrote the letter. “I was angry,” "
         "he said.", "I was angry", "Her son"),
        ("Mary Fox lost her job in March. Her husband, Ted, works nights. “We get by,” she said.",
         "We get by", "Mary Fox"),
    ],
)

VERB_OF_A_WHICH_CLAUSE = cases(
    "clause frames around the speaker",
    [
        ("Ben Carlo spoke next. He said that the mailing, which some have argued was meant to mislead "
         "voters, was an “insult” to his volunteers.", "insult", "Ben Carlo"),
        ("Ben Carlo spoke next. He said the mailing, which critics called a smear, was “beneath contempt.”",
         "beneath contempt", "Ben Carlo"),
        ("Ben Carlo said the flyer, which critics described as a smear, is “beneath contempt.”",
         "beneath contempt", "Ben Carlo"),
        ("Ben Carlo said the plan, which Mayor Ann Lutz unveiled in May, was “a disaster.”",
         "a disaster", "Ben Carlo"),
        # no one reports: the writer's words, not the critics'
        ("The mailing, which critics called a smear, was “beneath contempt.”", "beneath contempt", None),
        # negatives: the quote is the relative clause's own complement
        ("The mayor pointed to the plan, which critics called “a disaster.”", "a disaster", "critics"),
        ("Ann Lutz defended the law, which she said was “long overdue.”", "long overdue", "Ann Lutz"),
        ("Tom Lee, who called the plan a smear, said it was “beneath contempt.”", "beneath contempt", "Tom Lee"),
    ],
)

PRESENT_TENSE_VERB_BETWEEN_NAMES = cases(
    "pronouns and role nouns",
    [
        ("Tom Reyes believes Dan Lutz will win the seat. “It is time for a change,” he said.",
         "It is time for a change", "Tom Reyes"),
        ("Coach Tom Reyes admires Dan Lutz. “He never quits,” he said.", "He never quits", "Tom Reyes"),
        ("Reyes thinks Lutz will win. “It is time for a change,” he said.", "It is time for a change", "Reyes"),
        ("Sen. Ann Ruiz worries Tom Lutz will stall the bill. “We cannot wait,” she said.", "We cannot wait", "Ann Ruiz"),
        # negatives: a plural noun after a name is no verb; a verb we know already cut the subject
        ("Tom Reyes spoke first. Kell supporters Ann Ruiz and Dora Vance marched. “We are here,” she said.",
         "We are here", None),
        ("Tom Reyes says Dan Lutz will win the seat. “It is time for a change,” he said.",
         "It is time for a change", "Tom Reyes"),
    ],
)

SURNAME_THAT_IS_A_WORD = cases(
    "pronouns and role nouns",
    [
        ("In the primary, Ned Kingsley faces Coleen Deacon, a staffer for the senator.\n\nAs of the last "
         "report, Deacon had raised $290,000. Then the governor showed up.\n\nIn an interview, Deacon had "
         "nothing bad to say. “He is reminding them there is a vote,” she said.", "He is reminding them", "Coleen Deacon"),
        ("Tom Kell hired Ann Bishop in May.\n\nBishop was not so sure. “We will see,” she said.",
         "We will see", "Ann Bishop"),
        # negative: no one named so before; the word is no one
        ("Tom Reyes took the stand. Judge had nothing to add. “It was fine,” he said.", "It was fine", "Tom Reyes"),
    ],
)

PRON27_CASES = [
    *WEB_ADDRESS_ENDS_SENTENCE,
    *ROLE_WITH_NAME_SET_OFF,
    *VERB_OF_A_WHICH_CLAUSE,
    *PRESENT_TENSE_VERB_BETWEEN_NAMES,
    *SURNAME_THAT_IS_A_WORD,
]
