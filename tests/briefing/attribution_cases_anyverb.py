"""Attribution cases of session 19: the clause after an utterance names its speaker whatever the verb.

Words closed by their own comma, question or exclamation mark, then a clause of only a subject and a
past-tense verb (a particle, an adverb, a short phrase of place or listener at most): in English that
clause is the words' attribution, and verbs of voice and manner are an open class no lexicon lists in
full ('“…,” Whitcombe boomed.', '“…,” she beamed at the crowd.', '“…,” rasped the senator', '“…,”
Ford cut in.'). Negatives: a verb with its own object, a title closed by a comma, a clause whose
subject is no person, a participle with no subject.
Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_INTRO = "Senator Dana Whitcombe spoke to the crowd in Ohio on Tuesday, and Governor Lee Park was there too.\n\n"
_BOARD = "Ali Rahimi faced the board on Monday, and Mia Ford sat beside him.\n\n"

ANY_VERB_AFTER = cases(
    "speech verbs in every form",
    [
        (_INTRO + "\"We will take this state back and we will hold it,\" Whitcombe boomed.", "We will take", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Whitcombe beamed.", "We will take", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Park rasped to the crowd.", "We will take", "Lee Park"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Whitcombe deadpanned.", "We will take", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back and we will hold it!\" Park hooted gleefully.", "We will take", "Lee Park"),
        (_INTRO + "\"Do you really think we will lose this state next year?\" Whitcombe scowled.", "Do you really", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Whitcombe cooed from the podium.", "We will take", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Park sniped at reporters.", "We will take", "Lee Park"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Whitcombe grinned, to loud cheers.", "We will take", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back,\" Whitcombe crowed again, \"and we will hold it for years.\"", "We will take", "Dana Whitcombe"),
        (_INTRO + "\"We will take this state back and we will hold it,\" Park spoke up.", "We will take", "Lee Park"),
        (_BOARD + "\"We will not sell the company to anyone,\" Ford cut in.", "We will not sell", "Mia Ford"),
        (_BOARD + "\"We will not sell the company to anyone,\" Rahimi shot back.", "We will not sell", "Ali Rahimi"),
        (_BOARD + "\"We will not sell the company to anyone,\" Ford chimed in.", "We will not sell", "Mia Ford"),
        (_BOARD + "\"We will not sell the company to anyone,\" Rahimi swore.", "We will not sell", "Ali Rahimi"),
        (_BOARD + "\"We will not sell the company to anyone,\" Rahimi smiled.", "We will not sell", "Ali Rahimi"),
        # the present tense of features, after a pronoun or a name
        (_BOARD + "\"We will not sell the company to anyone,\" Rahimi grins at the reporters.", "We will not sell", "Ali Rahimi"),
        ("Mayor Ellen Vask stood on the new bridge on Friday.\n\n\"It took six years, but it was worth every "
         "single day,\" she beams.", "It took six years", "Ellen Vask"),
    ],
)

ANY_VERB_PRONOUN_OR_ROLE = cases(
    "pronouns and role nouns",
    [
        ("Mayor Ellen Vask toured the new bridge on Friday with the city engineers.\n\n"
         "\"It took six years, but it was worth every single day,\" she beamed.", "It took six years", "Ellen Vask"),
        ("Coach Ivan Dorsey watched the last minutes from the bench.\n\n"
         "\"That was the worst half we have played all season,\" he fumed afterward.", "That was the worst", "Ivan Dorsey"),
        ("Judge Ruth Kemble heard the motion on Friday.\n\n"
         "\"This court will not be rushed by anyone, counsel,\" the judge rasped.", "This court will not", "Ruth Kemble"),
        ("Rescuers pulled a fisherman from the lake on Sunday.\n\n"
         "\"I thought I would never see my kids again,\" the man sobbed as he was carried ashore.",
         "I thought I would never", "the man"),
        ("Two young women waited outside the arena for hours.\n\n"
         "\"We drove all night from Tulsa to be here,\" one gushed.", "We drove all night", None),
    ],
)

ANY_VERB_APPOSED_SUBJECT = cases(
    "long material between quote, speaker and verb",
    [
        ("Fans filled the hall.\n\n\"This is the best night of my whole life,\" Tom Ardley, a retired teacher "
         "from Dayton, beamed.", "This is the best night", "Tom Ardley"),
        ("Fans filled the hall.\n\n\"This is the best night of my whole life,\" Tom Ardley, 71, beamed.",
         "This is the best night", "Tom Ardley"),
        ("Fans filled the hall.\n\n\"This is the best night of my whole life,\" Tom Ardley, who drove four hours "
         "from Dayton with his wife, beamed.", "This is the best night", "Tom Ardley"),
        ("Judge Ruth Kemble heard the motion.\n\n\"This court will not be rushed by anyone, counsel,\" the judge, "
         "visibly annoyed, rasped.", "This court will not", "Ruth Kemble"),
        # no person as the subject
        (_BOARD + "\"We will not sell the company to anyone,\" the stock, which had risen all week, plunged.",
         "We will not sell", None),
    ],
)

#: The verb left out altogether: a full name (and its appositive) as the whole sentence after the
#: words, closed by their comma; a place or a date there is no one.
NAME_ALONE_AFTER = cases(
    "long material between quote, speaker and verb",
    [
        ("Fans stayed with the mission to the bitter end.\n\n\"The public's engagement has been quite amazing,\" "
         "Mark Ellery, senior science adviser for the agency. \"There's nobody on board, but the mission has very "
         "human concerns.\"", "The public's engagement", "Mark Ellery"),
        ("Fans stayed with the mission to the bitter end.\n\n\"The public's engagement has been quite amazing,\" "
         "Mark Ellery.", "The public's engagement", "Mark Ellery"),
        ("Fans stayed with the mission to the bitter end.\n\n\"The public's engagement has been quite amazing,\" "
         "New York, January 2016.", "The public's engagement", None),
    ],
)

ANY_VERB_INVERTED = cases(
    "speech verbs in every form",
    [
        (_INTRO + "\"We will take this state back and we will hold it,\" boomed Whitcombe.", "We will take", "Dana Whitcombe"),
        ("Fans filled the hall.\n\n\"This is the best night of my whole life!\" beamed Tom Ardley of Dayton, Ohio, "
         "who drove four hours to be there.", "This is the best night", "Tom Ardley"),
        (_BOARD + "\"We will not sell the company to anyone,\" chimed in Ford.", "We will not sell", "Mia Ford"),
        ("Judge Ruth Kemble heard the motion on Friday.\n\n\"This court will not be rushed by anyone, counsel,\" "
         "rasped the judge.", "This court will not", "Ruth Kemble"),
        # no person after the verb
        ("The index rose all week. \"A bull market is here to stay for a long time,\" peaked the index on Monday.",
         "A bull market", None),
    ],
)

ANY_VERB_NOT_SPEECH = cases(
    "when unsure, say less",
    [
        # the verb has its own object: the quote is a title or a name, not words said
        ("Tessa Morrow is a novelist from Maine.\n\n\"I never wanted to leave this town at all,\" Morrow titled her third memoir.",
         "I never wanted", None),
        # no person as the subject: an event follows the words
        (_BOARD + "\"We will not sell the company to anyone,\" the stock plunged.", "We will not sell", None),
        (_BOARD + "\"We will not sell the company to anyone,\" the room erupted.", "We will not sell", None),
        # no subject: a date after the verb is no inverted name
        ("The index rose all week. \"A bull market is here to stay for a long time,\" peaked Monday.", "A bull market", None),
    ],
)

ANYVERB_CASES = ANY_VERB_AFTER + ANY_VERB_PRONOUN_OR_ROLE + ANY_VERB_APPOSED_SUBJECT + NAME_ALONE_AFTER + ANY_VERB_INVERTED + ANY_VERB_NOT_SPEECH
