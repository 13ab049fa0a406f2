"""Attribution cases of session 27 (helper pool27): quotes a reader gives a speaker although no
speech verb of their own links them to one, found among the no-speaker quotes of the free pools
(Reuters politics, postlight pages).

Six layouts:

- a participle after an inverted cue ("…, said Ana Reyes, calling it “…”") is the inverted
  subject's, never the subject of the reported clause before the cue ("Turnout", "The budget");
- a partial quote that is the predicate of a bare subject right after someone's quote ("“…,” Vance
  told reporters. But voters “may well …”"; "Ortiz said the rules “will …” With them, Ortiz Media
  “would …”") is that speaker's verdict on the subject;
- a sentence after someone's quote that opens on a plural common noun ("Audiences can expect her
  to bring “…”") still names nobody: the capitalised plural is no name;
- a view frame names the source as "in Kell's words" does ("In Lipton's view, the college is known
  for “…”", "In her opinion, …"): ``word_owners`` reads both;
- a paragraph ending on an inverted cue ("…, said Ruth Hale, a professor.") gives its name to the
  bare quote of the next paragraph, not the subject of the reported clause ("China");
- a quote opening a sentence that runs on after its closing mark to a cue and a second quote ("“I
  do now recall” the meeting where …, Sara Dorn said, “but …”") is the cue's, as it is when the
  sentence ends at the cue ("…, Sara Dorn said.").

Negatives: a subject's appositive before a verb is no inverted cue ("Ed Rowe, a donor, praised Ann
Lutz, calling it"); a sentence with a verb of its own before the quote ("But Kell called it “…”"),
a people group opening the sentence ("Analysts expect …": maybe their own words), a term of fewer
than four words after a plural ("Attitudes toward “net neutrality” …"), a view frame with a speech
verb after it (that verb's subject speaks), a frame that is no view ("In the end,"), and a clause
of another person after the inverted cue ("…, said Ruth Hale, but Tom Kell disagreed.") give the
other reading or nobody; so does a relative clause's verb before the second quote ("…, which Sara
Dorn said, “…”"). Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PARTICIPLE_AFTER_INVERTED_CUE = cases(
    "clause frames around the speaker",
    [
        ("The budget divides the council, said Ana Reyes, adding that it was “an insult to every taxpayer.”",
         "an insult to every taxpayer", "Ana Reyes"),
        ("Turnout fell sharply in the north, said Omar Teller, calling the result “a wake-up call for all of us.”",
         "a wake-up call", "Omar Teller"),
        ("Turnout fell sharply in the north, said Omar Teller, the party chairman, calling the result “a wake-up call for all of us.”",
         "a wake-up call", "Omar Teller"),
        ("The talks stalled over fishing rights, said the foreign minister, calling the offer “a step backwards for both sides.”",
         "a step backwards", "the foreign minister"),
        ("The vote was close, Omar Teller said, calling it “a wake-up call for all of us.”", "a wake-up call", "Omar Teller"),
        # negative: a subject's appositive before the verb; the verb is no inverted cue
        ("Former governor Ed Rowe, a donor to the party, praised Ann Lutz for her campaign, calling it “an incredible feat.”",
         "an incredible feat", "Ed Rowe"),
    ],
)

PREDICATE_AFTER_A_SPEAKER = cases(
    "speaker stated in another paragraph or clause",
    [
        ("“I would have a hard time backing him,” Senator Tod Vance told reporters. But voters in his county “may well hold "
         "their noses and vote for” the nominee anyway.", "may well hold their noses", "Tod Vance"),
        ("Lena Ortiz, the chief executive, said she believed the new rules “will be very good for our business.” With the new "
         "rules, Ortiz Media “would happily buy a few more stations.”", "would happily buy", "Lena Ortiz"),
        ("“We lost the county by a mile,” said Aida Brandt. Still, her rivals “would be foolish to celebrate this early.”",
         "would be foolish", "Aida Brandt"),
        # negative: the sentence has a verb of its own before the quote
        ("“We lost the county by a mile,” said Aida Brandt. But Piet Kell called it “a fair fight in the end.”",
         "a fair fight", "Piet Kell"),
        # negative: after a quote attributed before it, a predicate on no modal may be the subject's own words
        ("Aida Brandt said the plan “is bold and overdue.” Piet Kell “prefers to wait for the audit.”",
         "prefers to wait", None),
    ],
)

SENTENCE_OPENING_ON_A_PLURAL = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Norbert Vale said the tour allowed him to “get in touch with the quiet side of myself.” Audiences can expect him to "
         "approach each show with “maybe a little more noise than they are used to.”", "maybe a little more noise", "Norbert Vale"),
        ("“The harvest was fine,” Marta Ilves said. Rents should stay “where they were last autumn, more or less.”",
         "where they were last autumn", "Marta Ilves"),
        # negative: a people group may be the speaker of its own expectation
        ("“Growth will hold,” Ann Vale said. Analysts expect the economy to be “sluggish at best through the spring.”",
         "sluggish at best", ("analysts", None)),
        # negative: a short term after a plural is the writer's, not the last speaker's
        ("“The vote woke people up,” said Rina Cole. Attitudes toward “open maps,” the rules at stake, have shifted.",
         "open maps", None),
    ],
)

VIEW_FRAMES = cases(
    "clause frames around the speaker",
    [
        ("Now, in Dana Lipton’s view, the college is known for “silencing anyone who disagrees with the staff.”",
         "silencing anyone", "Dana Lipton"),
        ("Tom Lipton spoke last. In his view, the college is known for “silencing anyone who disagrees with the staff.”",
         "silencing anyone", "Tom Lipton"),
        ("Senator Rhea Mott voted no. In her opinion, the deal was “a gift to the banks and nothing else.”",
         "a gift to the banks", "Rhea Mott"),
        # negative: a speech verb after the frame gives its own subject
        ("In Dana Lipton’s view, the deal was bad, but Piet Kell called it “a gift to the banks and nothing else.”",
         "a gift to the banks", "Piet Kell"),
        # negative: a frame that is no one's view
        ("In the end, the deal was “a gift to the banks and nothing else.”", "a gift to the banks", None),
    ],
)

INVERTED_CUE_ENDING_THE_PARAGRAPH = cases(
    "speaker stated in another paragraph or clause",
    [
        ("Beijing may have misjudged how much it had done, said Ruth Hale.\n\n“My worry is you may see a much harder line "
         "from the administration.”", "My worry is", "Ruth Hale"),
        ("Beijing may have misjudged how much it had done, said Ruth Hale, director of the Lantern Center in Shanghai.\n\n"
         "“My worry is you may see a much harder line from the administration.”", "My worry is", "Ruth Hale"),
        # negative: another person's clause after the inverted cue
        ("The plan will fail, said Ruth Hale, but Tom Kell disagreed.\n\n“Nobody reads the fine print in these deals.”",
         "Nobody reads", None),
    ],
)

CLOSING_CUE_BEFORE_THE_NEXT_QUOTE = cases(
    "long material between quote, speaker and verb",
    [
        ("“I do now recall” the meeting where the aide spoke up, Sara Dorn said, “but I have no clear memory of it.”",
         "I do now recall", "Sara Dorn"),
        ("“Never again” will the city wait this long for a bridge that nobody crosses, Mayor Ana Reyes said, “not while I "
         "am in office.”", "Never again", "Ana Reyes"),
        ("“A mess” is what the council made of the budget, Piet Kell told reporters, “and everyone in town knows it.”",
         "A mess", "Piet Kell"),
        # negative: a relative clause's verb closes no sentence
        ("“We will return” was painted on the wall where the aide spoke up, which Sara Dorn said, “was a surprise to us.”",
         "We will return", None),
        ("“We will return” was painted on the wall where the aide spoke up, which Sara Dorn said.", "We will return", None),
    ],
)

POOL27_CASES = (
    PARTICIPLE_AFTER_INVERTED_CUE
    + PREDICATE_AFTER_A_SPEAKER
    + SENTENCE_OPENING_ON_A_PLURAL
    + VIEW_FRAMES
    + INVERTED_CUE_ENDING_THE_PARAGRAPH
    + CLOSING_CUE_BEFORE_THE_NEXT_QUOTE
)
