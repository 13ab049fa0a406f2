"""Attribution cases of session 25 (coordinator).

1. The role of someone at a body whose name holds an "and" is one description: "a U.S. Customs
and Border Protection spokeswoman said" was cut at the "and" and shown as "a U.S. Customs" (a
Reuters page), "said a Fish and Wildlife Service spokesman" as "a Fish", and "A Department of
Health and Human Services official said" gave nobody. A determiner, capitalised words (with "of"
or "for"), the "and", more capitalised words and a noun of people are one speaker
(``head_patterns._role_of_joined_body``). Negatives: a determiner after the "and" or a name at the
end keeps two speakers ("The FBI and a Border Protection spokeswoman", "The mayor and Sheriff Tom
Reyes").

2. A connective opening a sentence without a comma is no part of the name after it: "Thus Hannan,
for instance, favours a “…”" was shown as "Thus Hannan" (a magazine page).

3. The owner of the words a colon hands over is the possessive right before them, even when the
sentence's subject only heard them: "The jurors listened to the judge's warning: “…”" gave the
jurors (a pool page's "…backlash…" family, reported by helper pool25), and the -ing noun of
saying right after its owner is a noun ("the judge's warning:"). Negatives: "he’s predicting that"
is a verb, "the newspaper’s editorial telling him to …" keeps the editorial, "The mayor of Ely's
answer" is the mayor's.

4. A paragraph of reported speech closed by its named source ("…, and the president could press
for more, Paul Hanley, a professor in Shanghai, said.") hands that source to the quote-only
paragraph after it: the people inside the reported clause are its content, not two subjects to
choose between (it gave no one, and a next paragraph's "The president reiterated …" then won; a
Reuters page, reported by helper pool25). Negatives: two subjects that both spoke stay none.

5. A pull quote takes the speaker of the quote it excerpts: a paragraph that is nothing but a
quote whose words run inside another paragraph's attributed quote ("“We're not here to show off
our work, we're here to make awesome products,” says Hill." / … / "“We're here to make awesome
products.”") is that speaker's, not the one the paragraph before hands on (a magazine page gave
the next speaker; ``headline_echo.echo_pull_quotes``). Negatives: a whole quote repeated (a
comment thread's), a source quote that itself quotes someone, two speakers whose quotes hold the
words, fewer than five words.

6. A sentence about what a programme or another work airs or shows does not hand its quote back
to the person who spoke in the sentence before.

``quote_fallbacks.paraphrase_speaker`` gives a quote in a sentence that names nobody to the
speaker of the reported speech just before it ('Hemsby said the rumours spread fast. Only “…”').
A programme that airs words was not read as "somebody": "Ann Weller spoke on Monday. The Today
show aired “…”" gave Ann Weller. Such a sentence brings in a source of its own, as a person or
organisation noun does, and the quote gets no name. Positives keep the hand-on where the quote's
sentence names no source, or judges the work with a copula ("The film, in short, is “…”": the
speaker's verdict). A document's own verb ("The report calls them “…”") was read before. Invented
wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

WORKS_AS_SOURCES = cases(
    "when unsure, say less",
    [
        ("Ann Weller spoke on Monday. The Today show aired “a long conversation about the future of the party and its leaders” on Tuesday.",
         "a long conversation about", None),
        ("Tom Reyes said the plan was dead. A new documentary shows “the last days of a plan that nobody in the city wanted.”",
         "the last days of a plan", None),
        ("Dana Kirby said the rumours spread fast. The podcast devoted “a whole hour to the rumours and the people who spread them.”",
         "a whole hour to the rumours", None),
        ("Ann Weller spoke at length about the war. The film ends with “a long shot of the harbour at dawn, empty of ships.”",
         "a long shot of the harbour", None),
        ("Tom Reyes said the rumours spread fast. The series opens with “a scene in the newsroom on the night of the vote.”",
         "a scene in the newsroom", None),
    ],
)

DOCUMENTS_SPEAK = cases(
    "organisations, documents and groups",
    [
        ("Hemsby said the rumours spread fast. The report calls them “the fastest-moving falsehoods of the whole campaign season.”",
         "the fastest-moving falsehoods", "the report", "document"),
    ],
)

HAND_ON_KEPT = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Dana Kirby said the rumours spread fast. Only “a small number of accounts started nearly all of them,” she added.",
         "a small number of accounts", "Dana Kirby"),
        ("Tom Reyes said he had walked out early. The film, in short, is “a mess from the first scene to the very last one.”",
         "a mess from the first scene", "Tom Reyes"),
        ("Tom Reyes said the city would appeal. The ruling, he said, was “wrong on the facts and wrong on the law of the state.”",
         "wrong on the facts", "Tom Reyes"),
    ],
)

_SAID = "“The program is working in a way that is the most efficient for every traveler.”"

ROLES_AT_JOINED_BODIES = cases(
    "organisations, documents and groups",
    [
        (f"A U.S. Customs and Border Protection spokeswoman said the agency will go on {_SAID}", "The program is working",
         "a U.S. Customs and Border Protection spokeswoman", "person"),
        ("“The program is working in a way that is the most efficient for every traveler,” said a Fish and Wildlife Service spokesman.",
         "The program is working", "a Fish and Wildlife Service spokesman", "person"),
        (f"An Alcohol, Tobacco and Firearms agent said {_SAID}", "The program is working",
         "an Alcohol, Tobacco and Firearms agent", "person"),
        (f"A Department of Health and Human Services official said {_SAID}", "The program is working",
         "a Department of Health and Human Services official", "person"),
        ("“The program is working in a way that is the most efficient for every traveler,” a Customs and Border Protection spokeswoman told reporters.",
         "The program is working", "a Customs and Border Protection spokeswoman", "person"),
        (f"A Procter & Gamble spokesman said {_SAID}", "The program is working", "a Procter & Gamble spokesman", "person"),
        (f"The Senate and House leaders said {_SAID}", "The program is working", "the Senate and House leaders"),
        (f"The FBI and a Border Protection spokeswoman said {_SAID}", "The program is working",
         "the FBI and a Border Protection spokeswoman"),
        (f"The mayor and Sheriff Tom Reyes said {_SAID}", "The program is working", "the mayor and Tom Reyes"),
    ],
)

CONNECTIVE_BEFORE_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        ("Daniel Harlow wants a looser union of the old allies.\n\nThus Harlow, for instance, favours a “devolved network of allied nations across the world.”",
         "devolved network of allied nations", "Daniel Harlow"),
        ("Tom Reyes lost the vote on Monday.\n\nHence Reyes said “the council will have to find the money somewhere else next year.”",
         "the council will have to find", "Tom Reyes"),
        ("Ann Weller spoke first.\n\nNevertheless Weller insisted “the network of allied nations must be devolved across the world.”",
         "the network of allied nations", "Ann Weller"),
    ],
)

_RULE = "“You must not read or watch anything about this case until the trial is over.”"

OWNER_OF_HANDED_WORDS = cases(
    "organisations, documents and groups",
    [
        (f"The jurors listened to the judge's warning: {_RULE}", "You must not read", "the judge"),
        (f"The jurors listened to Judge Ann Weller's warning: {_RULE}", "You must not read", "Ann Weller"),
        (f"The jurors heeded Judge Ann Weller's stern warning: {_RULE}", "You must not read", "Ann Weller"),
        (f"The crowd cheered Ann Weller's promise: {_RULE}", "You must not read", "Ann Weller"),
        (f"The mayor of Ely's answer: {_RULE}", "You must not read", ("the mayor", "the mayor of Ely")),
        ("Ann Weller says he’s predicting that the senator “has no chance of ever winning enough delegates to win.”",
         "has no chance of ever", "Ann Weller"),
        ("Obama did visit, but only after the newspaper’s editorial telling him to leave his “playground for the posh and well-connected.”",
         "playground for the posh", "the newspaper’s editorial"),
    ],
)

_BOTH = "“Both sides want a deal before the end of the year, and both know the price of failure.”"

CLOSING_SOURCE_HANDS_ON = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Beijing wants the talks to go well, and the president could press for more access to its markets, "
         f"Paul Hanley, a professor at a university in Shanghai, said.\n\n{_BOTH}", "Both sides want a deal", "Paul Hanley"),
        (f"The mayor wants a deal soon and the union could strike, Ann Weller, a labor lawyer, said on Monday.\n\n{_BOTH}",
         "Both sides want a deal", "Ann Weller"),
        (f"Mayor Tim Hale and Gov. Rosa Bell spoke on Monday.\n\n{_BOTH}", "Both sides want a deal", None),
        ("Beijing wants the talks to go well, and the president could press for more access to its markets, "
         f"Paul Hanley, a professor at a university in Shanghai, said.\n\n{_BOTH}\n\n"
         "The president reiterated on Thursday that he wants a fair deal for American workers.",
         "Both sides want a deal", ("Paul Hanley", None)),
    ],
)

_HILL = "“We are not here to show off our work, we are here to make awesome products for people,” says Dana Hill."
_GROENE = "“If the work is not good inside, the product cannot be good outside,” says Ralf Groene."

PULL_QUOTES = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f"{_HILL}\n\n{_GROENE}\n\n“We are here to make awesome products for people.”\n\nThe new screen is the largest yet.",
         "We are here to make awesome", "Dana Hill"),
        (f"“We are here to make awesome products for people.”\n\n{_GROENE}\n\n{_HILL}",
         "We are here to make awesome", "Dana Hill"),
        (f"{_HILL}\n\n{_GROENE}\n\n“Awesome products for people.”", "Awesome products for people", ("Ralf Groene", None)),
        (f"{_HILL}\n\n{_GROENE} “We are here to make awesome products,” he added.\n\n“We are here to make awesome products.”",
         "We are here to make awesome products.", ("Ralf Groene", None)),
        ("Tom Reyes writes: “Ann Weller said, ‘We are here to make awesome products for people,’ and she meant it.”\n\n"
         f"{_GROENE}\n\n“We are here to make awesome products for people.”", "We are here to make awesome products for people.",
         ("Ralf Groene", None)),
    ],
)

MINE25_CASES = [*ROLES_AT_JOINED_BODIES, *PULL_QUOTES, *CLOSING_SOURCE_HANDS_ON, *OWNER_OF_HANDED_WORDS, *CONNECTIVE_BEFORE_NAME, *WORKS_AS_SOURCES, *DOCUMENTS_SPEAK, *HAND_ON_KEPT]
