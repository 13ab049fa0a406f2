"""Attribution cases of session 21: a quote as the object of a verb of a view or a wish, and a
sentence opening on "Per X,".

Found by asking where the held-out quarter's quotes with no speaker sit (counts only, no text
read): half of them have an annotated cue that is no speech verb, against a fifth in the quarters
read for errors. Reading our own sentences of that shape showed two gaps:

* a one-word name before a verb of a view, a wish or an intention in -s ("Ruiz believes “…”",
  "Kell opposes “…”") was read as a compound noun like "Ruiz backers", so the sentence had no
  subject; and a description of a person or a body before such a verb ("The senator believes
  “…”", "The union wants to “…”", "The agency declined to “…”") never counted as a subject. Any
  other verb after a description still gives no speaker: "the board saw Fiorina as the “…”" or
  "the school did ban “…”" frame someone else's words or a title, which reading the dev pages'
  changes showed;
* "Per X," opening the quote's sentence, as "According to X," does ("Per capita," does not).

Negatives: a real compound before the quote ("Ruiz supporters"), a description with another verb
("The board saw …", "The school did ban …"), "Per capita". Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_INTRO = "Mayor Elena Ruiz spoke at a town hall in Dunmore on Monday night.\n\n"

STANCE_OBJECT = cases(
    "speech verbs in every form",
    [
        (_INTRO + "Ruiz believes “the people of this city deserve a budget they can actually read.”",
         "the people of this city", "Elena Ruiz"),
        (_INTRO + "Ruiz feels “very strongly that the library should stay open on weekends.”",
         "very strongly that the library", "Elena Ruiz"),
        (_INTRO + "Ruiz supports “a fair contract for every teacher in the district this year.”",
         "a fair contract for every", "Elena Ruiz"),
        (_INTRO + "Ruiz opposes “any plan that would close a fire station in the east end.”",
         "any plan that would close", "Elena Ruiz"),
        (_INTRO + "Ruiz knows “this city better than anyone who has run for this office before.”",
         "this city better than anyone", "Elena Ruiz"),
        (_INTRO + "Ruiz understands “that people are tired of waiting for the bus every morning.”",
         "that people are tired", "Elena Ruiz"),
        (_INTRO + "Ruiz hopes “the council will come back to the table before the summer recess.”",
         "the council will come back", "Elena Ruiz"),
        (_INTRO + "Ruiz expects “a long and difficult fight over the budget in the coming weeks.”",
         "a long and difficult fight", "Elena Ruiz"),
        (_INTRO + "He said little else. Ruiz prefers “to let the numbers speak for themselves on this one.”",
         "to let the numbers speak", "Elena Ruiz"),
        ("Senator Tom Kell met farmers in Ames on Tuesday.\n\nThe senator believes “the farm bill has "
         "been written for the big companies and not for families.”", "the farm bill has been", ("Tom Kell", "the senator")),
        ("Senator Tom Kell met farmers in Ames on Tuesday.\n\nThe senator opposes “any cut to the crop "
         "insurance that families here depend on.”", "any cut to the crop", ("Tom Kell", "the senator")),
        ("The teachers' union met on Thursday.\n\nThe union wants “a contract that pays teachers for the "
         "hours they really work.”", "a contract that pays", "the union"),
        ("The Ruiz campaign opened an office in Dunmore.\n\nThe campaign thinks “every vote in the east end "
         "can still be won if we knock on doors.”", "every vote in the east end", "the campaign"),
        ("The Dunmore police department released the officer's name on Friday. The department declined to "
         "discuss “the specific steps the internal inquiry will take from here.”", "the specific steps the internal",
         "the department"),
        ("The teachers' union met on Thursday.\n\nThe union planned to “take this fight to every school board "
         "meeting in the county.”", "take this fight to every", "the union"),
        ("Senator Tom Kell met farmers in Ames on Tuesday.\n\nThe senator refused to “apologize for standing up "
         "for the families who grow our food.”", "apologize for standing up", ("Tom Kell", "the senator")),
        # a compound noun after the name, and other verbs after a description, stay without a speaker
        (_INTRO + "Ruiz supporters “packed the hall and cheered every line of the speech for an hour.”",
         "packed the hall and cheered", None),
        ("Fiorina was hired in 1999. The board saw Fiorina, then 44, as the perfect driver to speed the "
         "“grandfather of the valley” into a new age of growth and profit.", "grandfather of the valley", None),
        ("The Dunmore school did ban “toxic assets and other words of the year” back in 2010.",
         "toxic assets and other words", None),
    ],
)

PER_OPENING = cases(
    "speech verbs in every form",
    [
        (_INTRO + "Per Ruiz, “the budget will be balanced by the end of the year without new taxes.”",
         "the budget will be balanced", "Elena Ruiz"),
        ("The council met on Monday. Per the council's own report, “the roads in the east end are the worst "
         "in the state and have been for years.”", "the roads in the east end", "the council's own report"),
        ("As per Mayor Elena Ruiz, “no fire station will close while I am in this office, not one.”",
         "no fire station will close", "Elena Ruiz"),
        # not a source
        ("Per capita, “the city spends less on its parks than any other city of its size in the state.”",
         "the city spends less", None),
    ],
)

STANCE21_CASES = STANCE_OBJECT + PER_OPENING
