"""Attribution cases of session 31 (helper nonef): quotes left without a speaker, or given a wrong
one, on fresh English text no rule was tuned on (article bodies of the extraction sets and
CNN/DailyMail stories, labelled blind before scoring).

* A body spoken of in the plural ("Red Lantern have denied it") whose first quote a "they" gave to
  it ("“A,” they said") left the next quote of that "they" ("“B.”" in a paragraph of its own, or
  "“C,” they said" after it) with nobody: the body, once a speaker, is registered as a name, and a
  name after a group made the group no longer the latest referent. The body's own name is no one
  else; another person named since still makes the "they" either's.
* A quote that is the main clause of its sentence after a fronted clause of condition, cause or
  time ("It isn't clear which came first, Roe says. Just because the trout was seen first, “that
  doesn't mean …”") got nobody, where the same quote standing as a sentence of its own ("Roe
  says so. “That doesn't mean …”") is the speaker's of the sentence before. The fronted clause
  (with no verb of saying, maybe with a word in quote marks) is read as the speaker's too.
* A caption or a sentence left without its full stop running into "Name, <appositive>, said:"
  (pages flattened to one paragraph: '… Mr Dale was fined after he came back late Rachel Pryce,
  director of the drivers' group Roadwise, said: “…”') gave the first piece of the whole run a
  wrong name ("the shop", the subject of a clause of the writer's). A finite clause running
  straight into a name set off by commas before the verb of saying has ended before the name.

* A participle of saying running to the colon after a clause of time or cause with a person of its
  own ("Tom Kell laughed while Ann Roe frowned, saying: “…”"), which the participle reader leaves
  either's, was given to the sentence's first subject by the colon reader, and after a quote of
  the sentence ('“A,” commented Tom Kell while Ann Roe believes …, saying: “B”') went on as the
  first quote's turn: a wrong name when the words are the second person's. Neither is sure: no
  one (a participle that goes on with the turn, "adding", still does).
* A caption or pull quote followed by a colon and a sentence about someone ("'We are devastated':
  The family of Tom Kell paid tribute …") was given to the subject of the sentence before (a
  photo's caption or the story's last subject): the words after the colon tell whose they are;
  with no verb of saying there, nobody's for sure.

* A surname written with an honorific of the other gender than the full name's ("Summer Robertson
  … Miss Robertson … her father, Mr Robertson, said") was expanded to that full name: the
  daughter's name under the father's words. When the text gives the surname honorifics of both
  genders (a family), an honorific's surname is no form of a full name whose gender (from the
  text or the given name) is the other one.

Negatives: another person named between the group's quotes leaves the "they" either's; a fronted
clause after a sentence that speaks of no one's words ("Ann Roe studies fish."), a participle
("Asked about it, “…”") or a quote that is no main clause ("“a wave of relief” swept the room")
gives nobody; a name after a function word, a verb form or "the late", inside a relative clause
("The officer who arrested Tom Reyes, 23, said"), after a clause with no auxiliary or copula ("The
woman married to striker …"), or followed by two appositives (the second may be the subject)
is not read as glued. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_SING = "At no point did we say Mia could sing on the show"
_RIGHT = "In fact, we have no right to keep her from singing anywhere at all"
_WORK = "We will go on working with her team as we always have"

GROUP_THEY_GOES_ON = cases(
    "organisations, documents and groups",
    [
        (f'Red Lantern have twice denied doing anything wrong.\n\n"{_SING}," they said in a statement on Friday.\n\n"{_RIGHT}."',
         "In fact, we have no right", "Red Lantern"),
        (f'Blue Harbour have denied the claims.\n\n"We never blocked the film or the songs in it," they said.\n\n"{_WORK}."',
         "We will go on working", "Blue Harbour"),
        (f'Blue Harbour have denied the claims.\n\n"We never blocked the film," they said.\n\n"{_WORK}," they added.',
         "We will go on working", "Blue Harbour"),
        ('Leeds have rejected the offer for the striker.\n\n"We see him as a key part of our plans for next season," they said.\n\n'
         '"He is not for sale at any price, and that will not change."', "He is not for sale", "Leeds"),
        # negative: a person named between the group's quotes
        (f'Blue Harbour have denied the claims.\n\n"We never blocked the film," they said.\n\nThen Mia Hart spoke to reporters outside '
         f'the court.\n\n"{_WORK}," they said.', "We will go on working", None),
    ],
)

_ORDER = "that doesn't mean that's the order in which they arrived"
_TABLE = "we will stay at the table for as long as it takes"

FRONTED_CLAUSE_THEN_QUOTE = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'It isn\'t clear which fish came first, Roe says. Just because scientists saw the trout first, "{_ORDER}."', "that doesn't mean", "Roe"),
        (f'Ann Roe says it isn\'t clear which fish came first. If scientists saw the trout first, "{_ORDER}."', "that doesn't mean", "Ann Roe"),
        (f'Ann Roe says it isn\'t clear which fish came first. And even if scientists saw the trout first, "{_ORDER}."', "that doesn't mean", "Ann Roe"),
        (f'It isn\'t clear which fish came first, Roe says. Just because scientists saw the "taste" of the trout first, "{_ORDER}."',
         "that doesn't mean", "Roe"),
        (f'Tom Kell said the pact would hold. Even if the rivals walk away, "{_TABLE}."', "we will stay", "Tom Kell"),
        # negatives: no sentence that speaks before; a participle; no main clause; the clause speaks itself
        (f'Ann Roe studies fish. When scientists saw the trout first, "{_ORDER}."', "that doesn't mean", None),
        (f'Ann Roe studies fish. Asked about the trout, "{_ORDER}."', "that doesn't mean", None),
        ('Ann Roe said it isn\'t clear which fish came first. When scientists saw the trout first, "a wave of sheer relief and joy" swept the room.',
         "a wave of sheer relief", None),
        (f'Tom Kell said the pact would hold. When asked, Ann Roe said, "{_TABLE}."', "we will stay", "Ann Roe"),
    ],
)

_FINES = "We fear this ruling will only encourage more fines of this kind"

GLUED_CAPTION_NAME = cases(
    "long material between quote, speaker and verb",
    [
        ("The shop, pictured above, offers two free hours of parking and Mr Dale was fined after he came back late Rachel Pryce, "
         f"director of the drivers' group Roadwise, said: '{_FINES}.'", "We fear this ruling", "Rachel Pryce"),
        ("The shop offers two free hours of parking and Mr Dale was fined after he came back late Rachel Pryce, director of the "
         f"drivers' group Roadwise, said: '{_FINES}.'", "We fear this ruling", "Rachel Pryce"),
        ("Fans were left waiting at the gate for two hours and many had given up by kick-off Club secretary Tom Reyes, 56, said: "
         f"'{_FINES}.'", "We fear this ruling", "Tom Reyes"),
        # negatives: a relative clause; no auxiliary; "the late"; two appositives; a plain subject
        (f"The officer who arrested Tom Reyes, 23, said: '{_FINES}.'", "We fear this ruling", "the officer"),
        (f"The woman married to striker Tom Reyes, 23, said: '{_FINES}.'", "We fear this ruling", "the woman"),
        (f"A friend of the late Tom Reyes, a firefighter, said: '{_FINES}.'", "We fear this ruling", "a friend"),
        (f"Fans were angry as the club was bought by new owner Tom Reyes, his son, Ann's husband, said: '{_FINES}.'",
         "We fear this ruling", ("Ann's husband", None)),
        (f"Rachel Pryce, director of the drivers' group Roadwise, said: '{_FINES}.'", "We fear this ruling", "Rachel Pryce"),
    ],
)

_CELL = "Give him a holiday in a cell, maybe he will think twice next time"

PARTICIPLE_OF_EITHER = cases(
    "when unsure, say less",
    [
        (f"Tom Kell laughed while Ann Roe frowned, saying: '{_CELL}.'", "Give him a holiday", None),
        (f"Tom Kell laughed as Ann Roe walked out, saying: '{_CELL}.'", "Give him a holiday", None),
        (f"'The mind boggles,' commented Tom Kell while Ann Roe believes the man should be punished, saying: '{_CELL}.'",
         "Give him a holiday", (None, "Ann Roe")),
        # negatives: no clause of its own before the participle; a participle that goes on with the turn
        (f"Tom Kell laughed at the joke, saying: '{_CELL}.'", "Give him a holiday", "Tom Kell"),
        (f"'The mind boggles,' said Tom Kell as the crowd cheered, adding: '{_CELL}.'", "Give him a holiday", "Tom Kell"),
        (f"'The mind boggles,' said Tom Kell, adding: '{_CELL}.'", "Give him a holiday", "Tom Kell"),
    ],
)

_LOSS = "We are all devastated by the loss of a wonderful man"

COLON_CAPTION_AFTER_QUOTE = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f"The clerk was filmed at the desk. '{_LOSS}': The family of Tom Kell paid tribute to him on Sunday.", "We are all devastated", None),
        (f"The clerk was filmed at the desk. '{_LOSS}': Ann Roe, who was filmed at the desk, waved to the crowd.", "We are all devastated", None),
        (f"The clerk was filmed at the desk. '{_LOSS}': Ann Roe, who knew him well, praised him.", "We are all devastated", "Ann Roe"),
        # negatives: the sentence after the colon speaks; no colon (the quote stands after a sentence about someone)
        (f"The clerk was filmed at the desk. '{_LOSS}': Ann Roe said as she left.", "We are all devastated", "Ann Roe"),
        (f"Tom Kell was angry. '{_LOSS}.'", "We are all devastated", "Tom Kell"),
    ],
)

_FINE = "I spoke to her that Thursday morning and she was fine"

HONORIFIC_OF_THE_OTHER_GENDER = cases(
    "names: particles, numbers, places and headlines",
    [
        (f"Summer Robertson died in the sea. Miss Robertson was 21. Her father, Mr Robertson, said: '{_FINE}.'", "I spoke to her", ("Robertson", "Mr Robertson", None)),
        (f"Summer Robertson died in the sea. Miss Robertson was 21. Her father Mr Robertson said he spoke to his daughter that day. "
         f"He explained: '{_FINE}.'", "I spoke to her", ("Robertson", "Mr Robertson", None)),
        (f"Tom Robertson and Ann Robertson spoke. Mrs Robertson said: 'I spoke to him that morning.' Mr Robertson said: '{_FINE}.'",
         "I spoke to her", ("Tom Robertson", "Robertson", "Mr Robertson", None)),
        # negatives: one honorific for the surname (the full name's own); the same gender
        (f"John Robertson spoke to reporters. Mr Robertson said: '{_FINE}.'", "I spoke to her", "John Robertson"),
        (f"Ann Robertson died in the sea. Her sister, Miss Robertson, said: '{_FINE}.'", "I spoke to her", ("Ann Robertson", "Robertson")),
    ],
)

NONEF31_CASES = HONORIFIC_OF_THE_OTHER_GENDER + GROUP_THEY_GOES_ON + FRONTED_CLAUSE_THEN_QUOTE + GLUED_CAPTION_NAME + PARTICIPLE_OF_EITHER + COLON_CAPTION_AFTER_QUOTE
