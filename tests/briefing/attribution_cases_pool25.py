"""Attribution cases of session 25 (helper pool25): a noun of saying whose owner is not the
sentence's subject, before a quote.

Read off the quotes that got no speaker in the unseen pools (Reuters, the dragnet pages): the cue is
no speech verb but a noun, and the speaker stands in the sentence before the quote, after "from" or
as the possessive of a description at the end of a clause. "That prompted an angry backlash from
Sessions. “Nobody! …”", "The plan won praise from Mayor Lena Ortiz. “…”", "There was a swift
response from the ministry. “…”": the sentence reports a reaction in words drawn from its owner
(``word_owners.reported_reaction``), so the quote after it gives those words; its subject (what was
reacted to) is never the speaker, though "won praise" read as a subject and the verb "praise" had
made "the plan" speak. "They were surprised by the minister's opening question: “…?”": the owner of
the noun before the colon is the description after the clause's preposition, as a name there
already was.

Negatives: words denied ("no response from", "little reaction from"), awaited ("awaiting a
response from"), two owners ("from Quill and Reyes"), a possessive owner ("from Quill's critics"),
a plural owner ("from voters", "the officials' question": one of them spoke, not all), and a quote
with a cue of its own after it, or after a sentence that brings in someone else.

Also, from a Reuters text: "“My concern is …” of the child credit? Rubio said." A question that
opened with the quote, which stopped inside it, followed by a bare attribution sentence (a name,
its verb, at most a time or a place; ``tail_attribution.attribution_after_question``) is the named
speaker's. Not after "Quill said the plan would fail." (a paraphrase of its own), two names, "Not
according to Quill", nor when the quote does not open the question ("Why did Hatch call it “…”?
Quill asked.": the question is Quill's, the quote Hatch's). Invented wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_FEE = "The court upheld the fee on Monday."

REACTION_FROM_OWNER = cases(
    "clause frames around the speaker",
    [
        (f"{_FEE} The ruling drew a sharp rebuke from Senator Mara Quill. “This decision ignores every family that cannot pay.”",
         "This decision ignores", "Mara Quill"),
        ("The audit was released late on Friday. That prompted an angry backlash from Governor Tom Reyes. “Nobody in my "
         "office broke a single rule, and the auditors know it.”", "Nobody in my office", "Tom Reyes"),
        ("The court struck down the tax in June. There was a swift response from the ministry. “We will appeal this ruling "
         "to the highest court in the land.”", "We will appeal", "the ministry"),
        ("The council passed the budget 7-2. The budget won praise from Mayor Lena Ortiz on Tuesday. “This is the first plan "
         "in a decade that pays for itself.”", "This is the first plan", "Lena Ortiz"),
        ("The jury returned its verdict after two days. The verdict brought an immediate reaction from Dana Whitlow. “I have "
         "waited eleven years to hear those words.”", "I have waited", "Dana Whitlow"),
        ("The company cut 300 jobs on Thursday. The move sparked a furious protest from Councillor Omar Feld. “These families "
         "were promised their jobs were safe until next year.”", "These families", "Omar Feld"),
        ("Prices rose again in March. The figures earned a stern warning from the central bank. “Inflation will not fall "
         "back on its own this year.”", "Inflation will not", "the central bank"),
        (f"{_FEE} The ruling got a curt reply from the ministry on Tuesday. “We respect the court and will study the judgment.”",
         "We respect the court", "the ministry"),
        ("The report was published on Friday. It drew an angry retort from Professor Ines Varga. “Not one of these figures "
         "was checked with the hospitals.”", "Not one of these", "Ines Varga"),
        ("The claims spread quickly online. There came a swift denial from the club. “No player has been approached by any "
         "agent about a transfer.”", "No player has been", "the club"),
        # the owner of a noun of saying before a colon: a description after the clause's preposition
        ("The visitors were surprised by the minister's opening question: “Do you have a rule that we could put on a list "
         "to scrap?”", "Do you have a rule", "the minister"),
        ("Reporters were struck by the senator's answer: “I will not vote for a bill I have not read.”",
         "I will not vote", "the senator"),
    ],
)

NO_OWNER_OF_THE_WORDS = cases(
    "when unsure, say less",
    [
        (f"{_FEE} There was no response from the ministry. “We will fight this ruling in every court in the country.”",
         "We will fight", None),
        (f"{_FEE} The plan drew criticism from Senator Mara Quill and Governor Tom Reyes. “This is the worst budget we "
         "have seen in a decade.”", "This is the worst", None),
        (f"{_FEE} The ruling drew a sharp rebuke from Senator Mara Quill's critics. “This decision ignores every family "
         "that cannot pay.”", "This decision ignores", None),
        ("The council passed the budget 7-2. The plan won praise from voters. “This is the first plan in a decade that "
         "pays for itself.”", "This is the first plan", None),
        (f"{_FEE} Reporters are still awaiting a response from the ministry. “We will fight this ruling in every court in "
         "the country.”", "We will fight", None),
        ("The visitors were surprised by the officials' opening question: “Do you have a rule that we could put on a list "
         "to scrap?”", "Do you have a rule", None),
        ("The plan drew little reaction from Mayor Lena Ortiz. “This is the first plan in a decade that pays for itself.”",
         "This is the first plan", None),
        (f"{_FEE} Outside, the ruling drew a sharp rebuke from protesters. “This decision ignores every family that cannot "
         "pay.”", "This decision ignores", None),
        ("The claims spread quickly online. They drew a swift denial from Coach Ruth Anders and her staff. “No player has "
         "been approached by any agent.”", "No player has been", None),
        # a cue of its own after the quote, or someone else brought in after the reaction
        (f"{_FEE} The ruling drew a sharp rebuke from Senator Mara Quill. “It ignores every family that cannot pay,” said "
         "Governor Tom Reyes.", "It ignores every family", "Tom Reyes"),
        ("The visitors were surprised by the minister's opening question. “Do you have a rule that we could put on a list "
         "to scrap?” asked a lobbyist.", "Do you have a rule", "a lobbyist"),
        (f"{_FEE} The ruling drew a rebuke from Senator Mara Quill, who called it cruel. Governor Tom Reyes took a different "
         "view. “This decision is fair to every family.”", "This decision is fair", "Tom Reyes"),
    ],
)

_BILL = "The bill was changed again on Friday."
_REFUND = "“If you found the money to cut the top rate, you can find a little to raise the refund” for working parents?"

QUESTION_THEN_ATTRIBUTION = cases(
    "long material between quote, speaker and verb",
    [
        (f"{_BILL} {_REFUND} Senator Mara Quill said.", "If you found the money", "Mara Quill"),
        (f"{_BILL} {_REFUND} Senator Mara Quill asked on Tuesday. Tom Hatch said he hoped to fix it.",
         "If you found the money", "Mara Quill"),
        (f"{_BILL} “We will never give up on these families” and their children! Governor Tom Reyes said at a rally in "
         "Dayton.", "We will never give up", "Tom Reyes"),
    ],
)

NO_ATTRIBUTION_AFTER_QUESTION = cases(
    "when unsure, say less",
    [
        # a clause of its own after the verb: a new paraphrase, not the question's attribution
        (f"{_BILL} {_REFUND} Senator Mara Quill said the plan would fail.", "If you found the money", None),
        (f"{_BILL} {_REFUND} Senator Mara Quill and Governor Tom Reyes said.", "If you found the money", None),
        (f"{_BILL} {_REFUND} Not according to Senator Mara Quill.", "If you found the money", None),
        # the quote does not open the question: the question is the writer's or the asker's, the quote another's
        (f"{_BILL} Why did Tom Hatch call it “a giveaway to the rich” after voting for it? Senator Mara Quill asked.",
         "a giveaway to the rich", ("Tom Hatch", None)),
    ],
)

POOL25_CASES = [*REACTION_FROM_OWNER, *NO_OWNER_OF_THE_WORDS, *QUESTION_THEN_ATTRIBUTION, *NO_ATTRIBUTION_AFTER_QUESTION]

__all__ = ["POOL25_CASES"]
