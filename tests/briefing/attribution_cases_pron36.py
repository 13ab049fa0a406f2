"""Attribution cases of session 36 (helper pron36): "he", "she" and "they" given to the wrong
person (or left to no one) in Reuters US political copy, read by hand over 480 pronoun quotes.

* A person introduced with an age after a longer opening phrase of place ("Nearby at a bus stop
  downtown, where music played, Republican Ann Roe, 35, said she …"): the closing-cue reader took
  "…, said she …" for an inverted cue whose subject is "she", so the sentence gave no subject
  and the "she" after it went to the woman quoted before. An aged name right before its verb is
  that verb's subject, whatever opens the sentence. With a town in the opening phrase ("At a
  diner in Gadsden, Dan Pike, 52, said …") the name was read as the town's state, as in "in
  Salem, New Hampshire"; a place has no age.
* An opening phrase naming a person's own channel of words, owned ("On House Speaker Dan Pike's
  website, he said …") or written in a relative clause ("In a photo of the card Dan Pike posted
  online, he wrote …"): the "he" subject was given to the man the sentence before was about. The
  sentence gives the channel's author's words.
* A sentence whose second clause, after "but", has a described person report or judge ("He did
  not respond to a request for comment, but a lawyer for the caucus criticized the ruling. “…,”
  he said."): the "he" went to the man who did not respond (or, when she was a woman, to her).
  The sentence ends on the lawyer speaking.
* A list of example names after "such as" inside a subject ("More than 600 firms and executives
  from companies such as Acme, Zenco and Brightline signed a letter. “…,” they wrote"): the
  comma list cut the subject so its last piece, two of the examples, became "they". The
  examples are not who acted: the noun before them, or no one.
* An owned role of four or more modifiers before its holder's name ("Kell's current national
  security adviser H.R. Pike said he …") after an opening participle: the subject reader gave
  up, and the next "he" went to the person of the sentence before.

Negatives: a call or a response to a person ("In a call with Dan Pike, he said", "In response to
Dan Pike's letter, he said") stays the earlier subject's; an aged name opening a closing clause
("…, Ann Roe, 35, said on Monday.") keeps its reading; a described second clause joined by "and"
(which may join two people as one subject), one whose verb has a person as its object ("and a
reporter asked him"), or one that says nothing ("but the mayor said nothing") adds no one; example
names in the predicate ("Tom Kell praised firms such as Acme, Zenco and Brightline") leave the
subject alone; an owned noun that is no person ("Kell's current national security plan") names
no one. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_BELIEVE = "I just don’t know what to believe any more"
_KNOWN = "I have known the judge for a long time"

AGED_AFTER_PLACE = cases(
    "pronouns and role nouns",
    [
        (f"Ann Norman, 64, said there were gaps in the stories.\n\nNearby at a bus stop downtown, where music played from "
         f"speakers on poles, Republican Sara Teale, 35, said she also remained torn.\n\n“{_BELIEVE},” she said.", "I just don’t", "Sara Teale"),
        (f"Ann Norman, 64, said there were gaps in the stories.\n\nAt a bus stop downtown, Sara Teale, 35, said she also "
         f"remained torn.\n\n“{_BELIEVE},” she said.", "I just don’t", "Sara Teale"),
        (f"Tom Kell, 64, said there were gaps in the stories.\n\nOutside the county courthouse in Gadsden, Dan Pike, 52, said "
         f"he would vote for the judge anyway.\n\n“{_KNOWN},” he said.", "I have known", "Dan Pike"),
        (f"Tom Kell, 64, said there were gaps in the stories.\n\nAt a diner in Gadsden, Dan Pike, 52, said he would vote for "
         f"the judge.\n\n“{_KNOWN},” he said.", "I have known", "Dan Pike"),
        # negatives: a closing clause keeps its reading; no age, a town's state
        ("“The town has turned a corner at last,” Ann Norman, 64, said at a bus stop downtown.", "The town has turned", "Ann Norman"),
        ("Tom Kell, 64, spoke first.\n\nIn Salem, New Hampshire, the crowd cheered.\n\n“We will win this state,” he said.", "We will win", "Tom Kell"),
    ],
)

_DISCOURAGE = "discourage investment and put local firms at a disadvantage"
_RETURN = "Dear neighbours, we are returning the gift of the new law to its authors"

CHANNEL_OWNER = cases(
    "pronouns and role nouns",
    [
        (f"Mayor Tom Kell praised the bill on Monday. The House and Senate were hurrying toward passage on Tuesday. On House "
         f"Speaker Dan Pike’s website, he said small firms employed half of the workers. High taxes, he said, “{_DISCOURAGE}.”",
         "discourage investment", "Dan Pike"),
        (f"Mayor Tom Kell praised the bill on Monday. The council will vote on Tuesday. In Dan Pike’s statement on Monday, he "
         f"said the plan would “{_DISCOURAGE}.”", "discourage investment", "Dan Pike"),
        (f"Officer Tom Kell said the parcel was harmless. The bomb squad opened it on Saturday. In a photo of the card Dan "
         f"Pike posted online, he wrote “{_RETURN}.”", "Dear neighbours", "Dan Pike"),
        (f"Mayor Tom Kell praised the bill on Monday. The council will vote on Tuesday. In the letter Dan Pike sent on Friday, "
         f"he said the plan would “{_DISCOURAGE}.”", "discourage investment", "Dan Pike"),
        # negatives: the one called, the one answered; a woman's "she" is no owner's he
        (f"Mayor Tom Kell praised the bill on Monday. The council will vote on Tuesday. In a call with Dan Pike, he said the "
         f"plan would “{_DISCOURAGE}.”", "discourage investment", "Tom Kell"),
        (f"Mayor Tom Kell praised the bill on Monday. The council will vote on Tuesday. In response to Dan Pike’s letter, he "
         f"said the plan would “{_DISCOURAGE}.”", "discourage investment", "Tom Kell"),
        (f"Mayor Ann Kell praised the bill on Monday. The council will vote on Tuesday. On Dan Pike’s website, she said the "
         f"plan would “{_DISCOURAGE}.”", "discourage investment", "Ann Kell"),
    ],
)

_RULING = "Today’s ruling was wrong, and the count should have stood"
_FAIR = "It was a fair count and everyone knows it"

DESCRIBED_AFTER_BUT = cases(
    "pronouns and role nouns",
    [
        (f"Tom Kell spent the morning on news shows. He did not immediately respond to a request for comment, but a lawyer "
         f"for the party caucus criticized the ruling in a statement. “{_RULING},” he said.", "Today’s ruling", "a lawyer for the party caucus"),
        (f"Ann Roe spent the morning on news shows. She did not immediately respond to a request for comment, but a lawyer "
         f"for the party caucus criticized the ruling in a statement. “{_RULING},” he said.", "Today’s ruling", "a lawyer for the party caucus"),
        (f"Tom Kell spent the morning on news shows. He spoke at length, but a spokesman for the campaign said the count was "
         f"fair. “{_FAIR},” he said.", "It was a fair", "a spokesman for the campaign"),
        # negatives: the one asked answers; a crowd; nothing said; "and" may join one subject
        (f"Tom Kell spent the morning on news shows. He did not respond to questions, and a reporter asked him about the "
         f"vote. “{_FAIR},” he said.", "It was a fair", "Tom Kell"),
        (f"Tom Kell spent the morning on news shows. He spoke at length, and a crowd gathered outside. “{_FAIR},” he said.",
         "It was a fair", "Tom Kell"),
        (f"Tom Kell spent the morning on news shows. He spoke at length, but the mayor said nothing. “{_FAIR},” he said.",
         "It was a fair", "Tom Kell"),
    ],
)

_SHIFT = "This shift would have profound negative consequences for young firms"

EXAMPLES_IN_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (f"More than 600 startups, investors and executives from companies such as Acme, Zenco and Brightline signed a "
         f"letter to Senator Tom Kell. “{_SHIFT},” they wrote.", "This shift", (None, "executives")),
        (f"Executives from companies such as Acme, Zenco and Brightline signed a letter to Senator Tom Kell. “{_SHIFT},” "
         f"they wrote.", "This shift", ("executives", "Executives from companies such as Acme, Zenco and Brightline")),
        # negative: the examples in the predicate leave the named subject
        (f"Tom Kell praised firms such as Acme, Zenco and Brightline on Monday. “{_SHIFT},” he said.", "This shift", "Tom Kell"),
    ],
)

_CONFIDENCE = "There is tremendous confidence in the state, more than a year ago"

LONG_OWNED_ROLE = cases(
    "pronouns and role nouns",
    [
        (f"Tom Kell’s lawyer did not respond to requests for comment. Separately, speaking at a conference in Ohio on "
         f"Saturday, Mayor Kell’s current national security adviser H.R. Pike said he saw no evidence of harm. “{_CONFIDENCE},” "
         f"he said.", "There is tremendous", "H.R. Pike"),
        # negative: an owned noun that is no person names no one (the lawyer of the sentence before is who remains)
        (f"Dan Pike said the plan was sound. Separately, speaking on Monday, Kell’s current national security plan drew "
         f"praise. “{_CONFIDENCE},” he said.", "There is tremendous", "Dan Pike"),
    ],
)

PRON36_CASES = AGED_AFTER_PLACE + CHANNEL_OWNER + DESCRIBED_AFTER_BUT + EXAMPLES_IN_SUBJECT + LONG_OWNED_ROLE
