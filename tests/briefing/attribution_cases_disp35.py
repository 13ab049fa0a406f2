"""Attribution cases of session 35 (helper disp35): wrong or garbled speakers shown to users.

* Coordinate adjectives before the noun, one of them an -ed word ("A tall, bearded lawyer said",
  "The brief, unsigned statement said", "The 40-page, footnoted report said"): the comma pieces
  were joined again, but the -ed adjective after "tall," or "brief," was read as the clause's verb
  (only one right after a determiner counted as a modifier), so the phrase had no head and another
  reader showed the piece before the comma ("a tall", "the brief"). An -ed word after a determiner
  and an adjective, with a noun after it, is one more adjective of that noun.
* A phrasal verb's particle before a document of a relative clause ("Officials pointed out the
  report that found “…”") was shown as part of the document ("out the report"); the particle ends
  the document's phrase on its left as the verb does.
* An opening clause that lost its comma and ends on a preposition whose object is a name ("When
  asked about Texas Kell said") ran the object into the subject's name ("Texas Kell"). It is read
  as a fronted preposition's object is ("In Iowa Tom Kell said"): the subject after a place or an
  acronym we know, or after the first given name; none when the object's end is unknown ("When
  asked about Leeds Kell said").
* A plural of documents opening the sentence with a relative clause that has no "that" ("Emails
  Kell sent to staff show …", "Documents Ruiz filed with the court showed …") was read as a name
  ("Emails Kell"). The documents are the subject, whose words no one said: no speaker.

Negatives: a participle or an adjective after the noun and a comma ("The report, released on
Monday, said", "The mayor, visibly angry, said", "The senator, 71, said") keep the noun; a verb
with a preposition ("pointed to the report") and a particle-less verb ("cited a follow-up
report") keep the document as before; the opening clause's comma ("When asked about Leeds, Kell
said") and an opening phrase with its own subject ("After meeting with Gov. Ann Kell the mayor
said") keep their readings; a two-word name whose first word is a plural ("Brooks Koepka said",
"Banks Mueller told reporters") stays a name, since only nouns of documents open the relative
reading. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_WRONG = "The plan was wrong from the start and must be stopped now."
_WRONG_LOWER = "the plan was wrong from the start and must be stopped now"

COORDINATE_ADJECTIVES = cases(
    "titles and abbreviations",
    [
        (f'A tall, bearded lawyer said: "{_WRONG}"', "The plan was", "a tall, bearded lawyer"),
        (f'The brief, unsigned statement said: "{_WRONG}"', "The plan was", "the brief, unsigned statement"),
        (f'The lengthy, detailed report said: "{_WRONG}"', "The plan was", "the lengthy, detailed report"),
        (f'The 40-page, footnoted report said: "{_WRONG}"', "The plan was", "the 40-page, footnoted report"),
        (f'A tall bearded lawyer said: "{_WRONG}"', "The plan was", "a tall bearded lawyer"),
        # negatives: what follows the noun after a comma is no part of it
        (f'The report, released on Monday, said: "{_WRONG}"', "The plan was", "the report"),
        (f'The mayor, visibly angry, said: "{_WRONG}"', "The plan was", "the mayor"),
        (f'The senator, 71, said: "{_WRONG}"', "The plan was", "the senator"),
    ],
)

PARTICLE_BEFORE_DOCUMENT = cases(
    "organisations, documents and groups",
    [
        (f'Officials pointed out the report that found "{_WRONG_LOWER}".', "the plan was", "the report"),
        (f'Aides held up a study that showed "{_WRONG_LOWER}".', "the plan was", "a study"),
        # negatives: a preposition or no particle keep the document as before
        (f'Officials pointed to the report that found "{_WRONG_LOWER}".', "the plan was", "the report"),
        (f'She cited a follow-up report that found "{_WRONG_LOWER}".', "the plan was", "a follow-up report"),
    ],
)

CLAUSE_OBJECT_RUN_INTO_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'When asked about Texas Kell said: "{_WRONG}"', "The plan was", "Kell"),
        (f'After a visit to Ohio Kell said: "{_WRONG}"', "The plan was", "Kell"),
        (f'When asked about Leeds Kell said: "{_WRONG}"', "The plan was", None),
        # negatives: the comma, or a subject of its own after the object
        (f'When asked about Leeds, Kell said: "{_WRONG}"', "The plan was", "Kell"),
        (f'After meeting with Gov. Ann Kell the mayor said: "{_WRONG}"', "The plan was", "the mayor"),
    ],
)

DOCUMENTS_WITH_CONTACT_RELATIVE = cases(
    "organisations, documents and groups",
    [
        (f'Emails Kell sent to staff showed that the team wanted "{_WRONG_LOWER}".', "the plan was", None),
        (f'Documents Ruiz filed with the court showed that two aides worked to craft "{_WRONG_LOWER}".', "the plan was", None),
        (f'Records Kell kept show "{_WRONG_LOWER}".', "the plan was", None),
        # negatives: a two-word name whose first word is a plural
        (f'Brooks Koepka said he wanted "{_WRONG_LOWER}".', "the plan was", "Brooks Koepka"),
        (f'Banks Mueller told reporters "{_WRONG_LOWER}".', "the plan was", "Banks Mueller"),
    ],
)

DISP35_CASES = COORDINATE_ADJECTIVES + PARTICLE_BEFORE_DOCUMENT + CLAUSE_OBJECT_RUN_INTO_NAME + DOCUMENTS_WITH_CONTACT_RELATIVE
