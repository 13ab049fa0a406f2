"""Attribution cases of session 32 (helper fnd32): layout patterns read on the fundus test pages
(English news of 2024–26 from the US, UK, Canada, South Africa, Australia, India).

* A quote run over several paragraphs (each paragraph opens a quote mark, only the last closes
  it) that opens its paragraph bare after narration about someone new ('“…,” said Ray Cobb.' /
  'Lena Hart wrapped up her match in two hours.' / '“Seeing my friends win makes me happy.' /
  '“They have been role models for me.”') took the last speaker's turn in its later paragraphs:
  a continuation was carried over whatever stood before the run, though its opening paragraph,
  which no turn reached, was left with no one. The run's paragraphs are one speaker's, the
  opening's; when the narration before the run names someone other than the last speaker (for a
  speaker read from a pronoun or a description, whose name we do not know yet, two people), the
  later paragraphs stay with no one too.
* A run whose last paragraph closes on its own cue ('“This means people knew.' / '“If one could
  show it, that would be another matter,” she says.') gave its earlier paragraphs nobody when an
  earlier quote had a cue of the same words ('“…,” he said.' before '“…,” he says.'): a cue read twice is the
  same object, and the test that the last paragraph's speaker was not merely carried over from
  before the run compared objects. The test now asks whether a carrying stage gave it.

Negatives: narration that names only the last speaker ('Cobb finished third.') or background
naming no one keeps the run the last speaker's; a pronoun speaker's run after narration naming
one other person stays theirs; a continuation that only inherited the last speaker's turn gives
its opening nobody. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PROUD = "We played well today and I am proud of the whole team"
_FRIENDS = "Seeing my friends do well in the draw makes me happy. We all push each other"
_MODELS = "Those players have been role models for me and good support on the tour"

NEWCOMER_BEFORE_RUN = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f'"{_PROUD}," said Ray Cobb.\n\nLena Hart wrapped up her match in two hours, beating Mia Stone.\n\n"{_FRIENDS}.\n\n"{_MODELS}."',
         "Those players", (None, "Lena Hart")),
        (f'"{_PROUD}," said Ray Cobb.\n\nLena Hart wrapped up her match in two hours, beating Mia Stone.\n\n"{_FRIENDS}.\n\n"{_MODELS}.\n\n'
         '"It is nice to be around great players like them."', "It is nice to be around", (None, "Lena Hart")),
        (f'"{_PROUD}," said Ray Cobb.\n\nDana Brill, the club\'s chair, wants to see the stadium rebuilt.\n\n"{_FRIENDS}.\n\n"{_MODELS}."',
         "Those players", (None, "Dana Brill")),
        (f'Tom Reyes, the coach, was pleased. "{_PROUD}," he said.\n\nAnn Weller and Lena Hart met in the final on Sunday.\n\n'
         f'"{_FRIENDS}.\n\n"{_MODELS}."', "Those players", None),
        # negatives: narration naming the last speaker only, or no one; a pronoun speaker's run
        # after one other name
        (f'"{_PROUD}," said Ray Cobb.\n\nCobb finished the season in third place.\n\n"{_FRIENDS}.\n\n"{_MODELS}."',
         "Those players", "Ray Cobb"),
        (f'"{_PROUD}," said Ray Cobb.\n\nThe season ended in third place.\n\n"{_FRIENDS}.\n\n"{_MODELS}."',
         "Those players", "Ray Cobb"),
        (f'Tom Reyes was pleased. "{_PROUD}," he said.\n\nReyes has coached the side since 2019.\n\n"{_FRIENDS}.\n\n"{_MODELS}."',
         "Those players", "Tom Reyes"),
    ],
)

_TALKS = "The talks went well and we will meet again next month"
_HOPE = "It gave us a sense of hope that other options were open"
_KNEW = "This means that people may have known for weeks. But why make an issue of it"
_MISUSED = "If one could show that it was misused, that would be another matter"

RUN_CLOSED_BY_ITS_CUE = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f'Tom Reyes met the minister in March. "{_HOPE}," he said.\n\nRay Cobb thinks the minister knew. However, Cobb questions '
         f'why this should be an issue.\n\n"{_KNEW}?\n\n"{_MISUSED}," he says.', "This means", "Ray Cobb"),
        (f'Ann Weller met the minister in March. "{_HOPE}," she said.\n\nLena Hart thinks the minister knew. However, Hart questions '
         f'why this should be an issue.\n\n"{_KNEW}?\n\n"{_MISUSED}," she says.', "This means", "Lena Hart"),
        (f'Ray Cobb chairs the board.\n\n"{_TALKS}," Cobb said.\n\nHowever, Cobb questions why this should matter.\n\n'
         f'"{_KNEW}?\n\n"{_MISUSED}," Cobb said.', "This means", "Ray Cobb"),
        (f'"{_TALKS}," said Ann Weller.\n\nBehind the scenes, people such as Weller have a lot to watch. "{_KNEW}?\n\n'
         f'"{_MISUSED}," she explains.', "This means", "Ann Weller"),
        # negative: a run whose last paragraph only inherited a turn gives its opening no one
        (f'"{_TALKS}," said Ray Cobb.\n\nLena Hart and Mia Stone met on Sunday.\n\n"{_KNEW}?\n\n"{_MISUSED}."', "This means", None),
    ],
)

FND32_CASES = NEWCOMER_BEFORE_RUN + RUN_CLOSED_BY_ITS_CUE
