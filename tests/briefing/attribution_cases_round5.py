"""Attribution cases of the fifth round: the fallbacks for quotes that no speech verb attributes
(issue 13, "quotes with a known speaker left without one"). Each fallback follows a news
convention; each comes with cases where the convention must NOT fire (a new person named in
between, a reporter's question, an interviewer and an interviewee). Invented names throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A quote standing as a sentence of its own right after a sentence about a named person.
LONE_QUOTE_SENTENCE = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "Union leader Marta Kowalski met workers at the gate on Monday.\n\nKowalski paused before "
            "answering. “Nobody in this building wanted the plant to close.”",
            "Nobody in this building",
            "Marta Kowalski",
        ),
        (
            "Mayor Ellen Park spoke to the crowd outside the library.\n\nPark looked at them for a long "
            "moment. “We are not going anywhere, and neither is this library.”",
            "We are not going anywhere",
            "Ellen Park",
        ),
        (
            "Union organiser Tomas Reyes walked the empty lot on Friday.\n\nHe shook his head. “We were "
            "promised jobs, and we got a parking lot.”",
            "We were promised jobs",
            "Tomas Reyes",
        ),
        (  # a person described by a role: resolved to the person introduced with it
            "The pastor, Rev. Alan Moss, spoke at the county fair on Sunday.\n\nThe pastor then described a "
            "dream he had last winter. “I saw the river rise and the town stand together.”",
            "I saw the river",
            "Alan Moss",
        ),
        (
            "A retired nurse waited in line for three hours. “Nobody told us the clinic had moved.”",
            "Nobody told us",
            ("a retired nurse", "A retired nurse"),
        ),
        (  # the sentence before is about a thing, not a person: no speaker
            "The storm closed the school for a week. “Nobody told us the clinic had moved across town.”",
            "Nobody told us",
            None,
        ),
        (  # the sentence before is about a body, not a person: no speaker
            "The council voted on Tuesday night. “This is not the end of the fight for the river.”",
            "This is not the end",
            None,
        ),
        (  # "it" is no speaker
            "It rained for three days in the valley. “We lost everything we kept in the basement.”",
            "We lost everything",
            None,
        ),
    ],
)

#: A later quote of a sentence whose earlier quote split it keeps the sentence's subject.
SENTENCE_SUBJECT = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "Governor Ruth Adler promised “smaller classes in every public school,” attacked “a culture of "
            "teaching to the test” and praised the teachers’ union.",
            "a culture of teaching",
            "Ruth Adler",
        ),
        (  # a new subject with its own verb takes the second quote
            "Adler promised “smaller classes in every public school,” but her rival Tom Beck called the plan "
            "“a fantasy with no money behind it.”",
            "a fantasy with no money",
            ("Tom Beck", None),
        ),
    ],
)

#: A quote paragraph that introduces nobody continues the speaker of the paragraph before.
NAMELESS_PARAGRAPH = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "“We will appeal this ruling,” said Grace Olumide, the lawyer for the tenants.\n\nLater, outside "
            "the courthouse: “Nobody should lose a home over a clerical error.”",
            "Nobody should lose",
            "Grace Olumide",
        ),
        (
            "“The numbers do not add up,” Finance Minister Pavel Hruby told parliament.\n\nAnd on the "
            "deficit, pointedly: “We cannot borrow our way out of this one.”",
            "We cannot borrow",
            "Pavel Hruby",
        ),
        (  # a new person named in between: no carry-over
            "“We will appeal this ruling,” said Grace Olumide, the lawyer for the tenants.\n\nAcross the "
            "street stood Victor Brandt, the landlord. “We followed every rule in the book.”",
            "We followed every rule",
            ("Victor Brandt", None),
        ),
        (  # a reporter's question: not the senator's words
            "“We have nothing to hide,” said Senator Lena Moritz.\n\nThen a reporter in the back row: “Then "
            "why were the emails deleted last spring?”",
            "Then why were the emails",
            ("a reporter", None),
        ),
        (
            "“We have nothing to hide,” said Senator Lena Moritz.\n\nA reporter pressed the point: “Then "
            "why were the emails deleted last spring?”",
            "Then why were the emails",
            ("a reporter", "A reporter", None),
        ),
        (  # interviewer and interviewee: the answer is not the interviewer's
            "“Do you regret the vote?” the interviewer asked Jon Vik.\n\n“Not for a second. I would cast it "
            "again tomorrow.”",
            "Not for a second",
            ("Jon Vik", None),
        ),
        (  # a Q&A transcript names nobody: no speaker for either side
            "Q: “Why did you leave the party after twenty years?”\n\nA: “Because the party left me long "
            "before I left it.”",
            "Because the party left",
            None,
        ),
        (  # a rhetorical question is still the speaker's own: the next paragraph goes on
            "“Can anyone name one thing this council has built?” Ruth Adler asked rhetorically.\n\n“I can "
            "name two, and neither of them works.”",
            "I can name two",
            "Ruth Adler",
        ),
    ],
)

#: A quote-only paragraph after a paragraph that reports someone's words and then gives background.
BACKGROUND_AFTER_SPEAKER = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Dr. Helen Ortiz also spoke about the clinic closures. (The state shut four of its nine clinics "
            "last year.)\n\n“Women are driving three hours for a checkup. That is not access.”",
            "Women are driving",
            "Helen Ortiz",
        ),
        (  # someone else named after the speaker: no speaker
            "Dr. Helen Ortiz spoke about the clinic closures. Governor Mark Reyes signed the law in May.\n\n"
            "“Women are driving three hours for a checkup. That is not access.”",
            "Women are driving",
            None,
        ),
    ],
)

#: A paragraph ending in a colon whose subject is he or she introduces the quote after it.
PRONOUN_COLON = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "Senator Alma Ruiz answered her critics on Sunday.\n\nShe then listed her conditions:\n\n“No new "
            "taxes on families, no cuts to veterans, and a vote before the summer.”",
            "No new taxes",
            "Alma Ruiz",
        ),
        (
            "The report landed on Friday. Wait, it gets better:\n\n“The agency spent more on consultants than "
            "on the roads it was meant to repair.”",
            "The agency spent",
            None,
        ),
    ],
)

ROUND5_CASES = [
    *LONE_QUOTE_SENTENCE, *SENTENCE_SUBJECT, *NAMELESS_PARAGRAPH, *BACKGROUND_AFTER_SPEAKER, *PRONOUN_COLON,
]  # fmt: skip
