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
* A line after a bare quote naming someone with an age and a verb ('“…”' / 'Dan Pike, 44,
  agreed.') was read as the quote's signature (a reader's letter is signed "Jana Novak, 14,
  Izmir"): what follows the age was taken for a school or a place. A lower-case word there that
  opens no role or place ("a pupil at", "from") is a verb: the line is a sentence about who
  speaks next, and agreeing is a new speaker's turn, not the signing of the words before.
* A region after a "from" place set off after the speaker's own appositives ("Fellow protester,
  mechanical engineer Tom Weir, 60, from Tynemouth, North Tyneside, said") was taken for the
  subject when the clause opened on a bare role with no article ("Fellow protester,"), whose
  head we do not read: the last capitalised piece won. As after "a miner from Harlan," the
  county, state or region of a from-place is no one.
* A with-phrase opening the sentence ("With days to go, Tom Reyes quit, telling a meeting, “…”",
  "So, with a week left, …") was read as a with-apposition before the participle ("…, with Ann
  Roe, leader of the opposition, telling members"), giving nobody or the phrase's noun ("a
  week"). A sentence-opening with-phrase whose first piece is no one who may speak is a fronted
  adverbial; the main clause's subject says the participle's words.
* A named reporter before a bare quote and a he or she after who "added" or "continued" (of a gender the
  name may have) is the same turn going on over the quote: the reporter's.
  (A paragraph break a web page put inside a quoted sentence, '“… as weather conditions' /
  'deteriorate,” he stated.', is joined back in ``unwrap``; its test is in ``test_unwrap``.)

Negatives: narration that names only the last speaker ('Cobb finished third.') or background
naming no one keeps the run the last speaker's; a pronoun speaker's run after narration naming
one other person stays theirs; a continuation that only inherited the last speaker's turn gives
its opening nobody; a letter signed with an age and a place or a role keeps its signer; a name
set off after the from-place is the subject; a with-phrase of a person with an apposition keeps
its person; a bare quote after a paragraph naming no speaker takes the next one's report.
Invented names and wording throughout.
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

_FACTIONS = "This has nothing to do with the other factions or with the people"
_ROADBLOCKS = "Choosing a military leader now can harm the negotiations"

AGREEING_IS_NO_SIGNATURE = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f'Tom Reyes, 58, told the channel that the choice was "an internal decision."\n\nHe regretted that nobody had been asked.\n\n'
         f'"{_FACTIONS}."\n\nDan Pike, 44, agreed.\n\n"{_ROADBLOCKS}," he told the channel.', "This has nothing", (None, "Tom Reyes")),
        (f'Tom Reyes spoke first.\n\n"{_FACTIONS}."\n\nDan Pike, 44, also agreed.\n\n"{_ROADBLOCKS}," he said.', "This has nothing", (None, "Tom Reyes")),
        # negatives: a letter signed with an age, a school or a place
        (f'Letters to the editor\n\nWe asked readers about the new library.\n\n"{_FACTIONS}."\n\nJana Novak, 14, Izmir', "This has nothing", "Jana Novak"),
        (f'Letters to the editor\n\nWe asked readers about the new library.\n\n"{_FACTIONS}."\n\nJana Novak, 14, a pupil at Nur School',
         "This has nothing", "Jana Novak"),
    ],
)

_SHIPYARDS = "I started my career in the shipyards and I watched the industry collapse"

REGION_AFTER_FROM_PLACE = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'Fellow protester, mechanical engineer Tom Weir, 60, from Tynemouth, North Tyneside, said: "{_SHIPYARDS}."', "I started", "Tom Weir"),
        (f'Fellow protester, Tom Weir, from Leeds, West Yorkshire, said: "{_SHIPYARDS}."', "I started", "Tom Weir"),
        (f'Another protester, Ann Roe, 42, from Harlan, Kentucky, said: "{_SHIPYARDS}."', "I started", "Ann Roe"),
        # negative: a name after the place is the subject apposed ("… from Leeds, Ann Roe, said" is Roe)
        (f'The organiser, a lecturer from Leeds, Ann Roe, said: "{_SHIPYARDS}."', "I started", "Ann Roe"),
    ],
)

_POINT = "I have always said that there came a point in this race where I would get out"

OPENING_WITH_PHRASE = cases(
    "clause frames around the speaker",
    [
        (f'With days to go before the vote, Tom Reyes quit, telling a town hall meeting, "{_POINT}."', "I have always said", "Tom Reyes"),
        (f'So, with a week left, Tom Reyes withdrew, telling supporters, "{_POINT}."', "I have always said", "Tom Reyes"),
        # negative: a with-phrase of a person set off by an apposition is the participle's subject
        (f'The vote went ahead, with Ann Roe, leader of the opposition, telling members, "{_POINT}."', "I have always said", "Ann Roe"),
    ],
)

_SPEAK = "As we speak, we have been without water for three days"

REPORT_GOES_ON_AFTER_THE_QUOTE = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'Another villager, Lena Hart, said they often go for days without water.\n\n"{_SPEAK}."\n\nShe added that the jobs never came.',
         "As we speak", "Lena Hart"),
        (f'A farmer, Tom Reyes, said the wells had run dry.\n\n"{_SPEAK}."\n\nHe continued that the mine took it all.', "As we speak", "Tom Reyes"),
        # negatives: the pronoun of the other gender; a plain "said" (a new report, maybe another's)
        (f'Another villager, Tom Reyes, said they often go for days without water.\n\n"{_SPEAK}."\n\nShe added that the jobs never came.',
         "As we speak", None),
        (f'Another villager, Lena Hart, said they often go for days without water.\n\n"{_SPEAK}."\n\nShe said that the jobs never came.',
         "As we speak", None),
    ],
)

FND32_CASES = (
    NEWCOMER_BEFORE_RUN
    + RUN_CLOSED_BY_ITS_CUE
    + AGREEING_IS_NO_SIGNATURE
    + REGION_AFTER_FROM_PLACE
    + OPENING_WITH_PHRASE
    + REPORT_GOES_ON_AFTER_THE_QUOTE
)
