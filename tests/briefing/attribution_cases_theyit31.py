"""Attribution cases of session 31 (helper theyit31): a "they" or an "it" cueing a quote that means
an organisation or a collective of people, left with no speaker (``briefing/group_pronouns.py``).

* A body that says something in the sentence right before the quote, and a "they" or an "it" that
  cues the quote ("Velvet Crane Productions said the tour would go ahead. “…,” they said"; "The
  Harbour Trust warned that rents could rise. “…,” it noted"; "The band said … . They added that
  “…”"). News calls a body both "it" and "they" whatever verb it agreed with before. Our subject
  index registered a collective no word list holds ("the band", "the Harbour Trust", a name
  ending in "Productions") as no thing and no group, or as a person of unknown gender, so the
  pronoun found nothing to mean.
* An "it" after a chain of sentences opening on "it" goes back to the body before the chain, and
  a colon lead naming a kind of body ("Here are some details about the group: Clean Rivers was
  founded …") makes the name after it that body: "… . It describes itself as … . “…,” it says on
  its website".
* A plural common noun opening a sentence, capitalised only for that, which the subject reader
  takes for a name ("Villagers gathered outside the hall. “We …,” they said"; "Commuters",
  "Mourners"): the people a "they" whose quote speaks as "we" means, though no list of people
  nouns holds the word. Not a person so named ("Waters", introduced in full before).
* A time clause of the writer's or the speaker's opening the quote's sentence and naming one body,
  then "they" and a speech verb right before the quote ("So when I got back to Halcyon Pictures
  after the film, they said, “…”"; "When I called the council, they said"): the body's people.
  Not when the clause names a person, a place, a plural of people or a second body beside it.
* An "it" opening a sentence that names itself ("It describes itself as a “…”", "calls itself",
  "bills itself as"): no verb of saying, but the words are the body's own, so the body before it
  (by the shapes above) is their speaker. Not after a person or a thing, nor with a second body.
* A country the subject of an act, then a sentence opening on "It" that reports words ("France
  moved to steady the markets. It issued a statement that “…”"): the country as its government.

Negatives: a body that did not speak ("The band played for two hours. “…,” they said"), one
person's words ("“I was thrilled,” they said"), a plural of people or another body named after
the body's verb ("The company said it had laid off 200 workers", "The ministry said the band would
play"), a person subject ("Tom Vance said the band would play"), a colon lead naming no body, a
second body or country named before the pronoun, and a country whose sentence is not followed by
one opening on "It" ("France moved … . “…,” it said": said of what?) keep no speaker.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEAD = "It was a busy week in Harlow.\n\n"
_THRILLED = "We are thrilled to be back in Nashville"
_RENTS = "Prices will rise across the harbour"
_WEBSITE = "Clean Rivers is committed to clean water for every town"
_GOLD = "the central bank will not sell its gold"

BODY_SPOKE_BEFORE = cases(
    "organisations, documents and groups",
    [
        (f'{_LEAD}Velvet Crane Productions said the tour would go ahead. "{_THRILLED}," they said.', "We are thrilled", "Velvet Crane Productions"),
        (f'{_LEAD}The band said the tour would go ahead. "{_THRILLED}," they said.', "We are thrilled", "the band"),
        (f'{_LEAD}The band said the tour would go ahead. "{_THRILLED}," it said.', "We are thrilled", "the band"),
        (f'{_LEAD}The Harbour Trust warned that rents could rise. "{_RENTS}," it noted.', "Prices will rise", "the Harbour Trust"),
        (f'{_LEAD}The Harbour Trust said the plan was sound. They added that "the coast will be safe".', "the coast will be safe", "the Harbour Trust"),
        # negatives: the body did not speak; one person's words; others named after its verb; a person
        (f'{_LEAD}The band played for two hours. "{_THRILLED}," they said.', "We are thrilled", None),
        (f'{_LEAD}The band said the tour would go ahead. "I was thrilled to be back," they said.', "I was thrilled", None),
        (f'{_LEAD}The company said it had laid off 200 workers. "We were given no warning," they said.', "We were given no warning", None),
        (f'{_LEAD}The ministry said the band would play. "{_THRILLED}," they said.', "We are thrilled", None),
        (f'{_LEAD}Tom Vance said the band would play. "{_THRILLED}," they said.', "We are thrilled", None),
        (f'{_LEAD}The Harbour Trust bought the land. They said: "The coast will be safe."', "The coast will be safe", None),
    ],
)

CHAIN_AND_COUNTRY = cases(
    "organisations, documents and it",
    [
        (
            f'{_LEAD}Here are some details about the group: Clean Rivers was founded in 2011 by Tom Vance. It describes itself as a '
            f'"friendly river movement", although critics disagree. "{_WEBSITE}," it says on its website.',
            "Clean Rivers is committed",
            "Clean Rivers",
        ),
        (f'{_LEAD}On Wednesday, France moved to steady the markets. It issued a statement that "{_GOLD}".', "the central bank", "France"),
        # negatives: a lead naming no body; another body named; another country; no "It" sentence
        (
            f'{_LEAD}Here is the news: Clean Rivers was founded in 2011 by Tom Vance. It describes itself as a '
            f'"friendly river movement", although critics disagree. "{_WEBSITE}," it says on its website.',
            "Clean Rivers is committed",
            None,
        ),
        (
            f'{_LEAD}Here are some details about the group: Clean Rivers was founded in 2011 by the Vexcorp Foundation. It describes '
            f'itself as a "friendly river movement", although critics disagree. "{_WEBSITE}," it says on its website.',
            "Clean Rivers is committed",
            None,
        ),
        (f'{_LEAD}On Wednesday, France moved to steady the markets after Germany sold bonds. It issued a statement that "{_GOLD}".', "the central bank", None),
        (f'{_LEAD}On Wednesday, France moved to steady the markets. "The central bank will not sell its gold," it said.', "The central bank", None),
    ],
)

_SCHOOL = "We want our school back before the winter"

PLURAL_OPENING = cases(
    "organisations, documents and groups",
    [
        (f'{_LEAD}Villagers gathered outside the hall on Sunday. "{_SCHOOL}," they said.', "We want our school", "villagers"),
        (f'{_LEAD}Commuters waited for hours at the station. "We have had enough of this," they said.', "We have had enough", "commuters"),
        # negatives: one person's words; another person named since; a surname so spelt, named in full before
        (f'{_LEAD}Villagers gathered outside the hall on Sunday. "I want my school back," they said.', "I want my school", None),
        (f'{_LEAD}Villagers gathered outside the hall after Tom Vance spoke. "{_SCHOOL}," they said.', "We want our school", None),
        (f'{_LEAD}Rep. Maxine Waters spoke in Harlow on Monday. Waters said the school must reopen. "{_SCHOOL}," they said.', "We want our school", None),
    ],
)

_I_SAID = "I was hesitant at first.\n\n"
_ROAD = "We will fix the road by May"

TIME_CLAUSE_BODY = cases(
    "organisations, documents and groups",
    [
        (f'{_I_SAID}So when I finally got back to Halcyon Pictures after the film, they said, "Do you want to make a show?" I said yes.',
         "Do you want to make", "Halcyon Pictures"),
        (f'{_I_SAID}When I called the council, they said, "{_ROAD}."', "We will fix the road", "the council"),
        # negatives: people, a person, two bodies, a place in the clause; one person's words
        (f'{_I_SAID}When I called the council about the fans, they said, "{_ROAD}."', "We will fix the road", None),
        (f'{_I_SAID}When I called Tom Vance at Halcyon Pictures, they said, "{_ROAD}."', "We will fix the road", None),
        (f'{_I_SAID}When I called the council and the ministry, they said, "{_ROAD}."', "We will fix the road", None),
        (f'{_I_SAID}When I got to London, they said, "{_ROAD}."', "We will fix the road", None),
        (f'{_I_SAID}When I called the council, they said, "I will fix the road by May."', "I will fix the road", None),
    ],
)

_FRIEND = "friend of the coast"

NAMES_ITSELF = cases(
    "organisations, documents and it",
    [
        (f'{_LEAD}The Harbour Trust bought the land in 2011. It describes itself as a "{_FRIEND}".', _FRIEND, "the Harbour Trust"),
        # negatives: a person or a thing the subject; a second body named
        (f'{_LEAD}Tom Vance bought the land in 2011. It describes itself as a "{_FRIEND}".', _FRIEND, None),
        (f'{_LEAD}The land was sold in 2011. It describes itself as a "{_FRIEND}".', _FRIEND, None),
        (f'{_LEAD}The Harbour Trust bought the land from the Vexcorp Foundation in 2011. It describes itself as a "{_FRIEND}".', _FRIEND, None),
    ],
)

THEYIT31_CASES = [*BODY_SPOKE_BEFORE, *CHAIN_AND_COUNTRY, *PLURAL_OPENING, *TIME_CLAUSE_BODY, *NAMES_ITSELF]
