"""Attribution cases of session 12: a quote after the paragraph's previous quote takes that
quote's speaker ('“A,” Weller said. “B.”') only while nobody else has become the subject: a
sentence about someone else in between ('Reyes nodded.', 'Her rival, Tom Reyes, was skeptical.')
makes the next quote theirs, and one that turns to other people ('Not everyone agreed.') leaves
it without a name. The same inside one sentence: '“A,” Weller said, and Reyes shook his head: “B.”'
gives B to the colon clause's own subject. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

NEWCOMER = cases(
    "pronouns and role nouns",
    [
        ("Council members Ann Weller and Tom Reyes both back the plan.\n\n“We need to get this done before "
         "the end of the year,” Weller said. Reyes nodded. “There is no reason to wait any longer than we "
         "have to.”", "There is no reason", ("Tom Reyes", "Reyes")),
        ("“We need to get this done before the end of the year,” Weller said. Her rival, Tom Reyes, was "
         "skeptical. “There is no reason to rush into this without a plan.”", "There is no reason",
         ("Tom Reyes", None)),
        ("Sen. Ann Weller wants a vote this month; Sen. Tom Reyes does not.\n\n“We need to get this done "
         "before the end of the year,” Weller said. Reyes sees it differently. “There is no reason to rush "
         "into this without a plan.”", "There is no reason", ("Tom Reyes", "Reyes", None)),
        ("“We need to get this done before the end of the year,” Weller said. The mayor, however, is not "
         "convinced. “There is no reason to rush into this without a plan.”", "There is no reason",
         ("the mayor", None)),
        ("“The budget is balanced for the first time in a decade,” said Gov. Ann Weller. Treasurer Hal Moss "
         "laughed. “Balanced on paper, maybe, but not in any bank I know of.”", "Balanced on paper",
         ("Hal Moss", None)),
        ("“Our players gave everything tonight,” coach Dana Pike said. Her captain, Lou Breen, shrugged. "
         "“We just did not take our chances when they came along.”", "We just did not take",
         ("Lou Breen", None)),
        ("“The plant will stay open through the winter,” the company's chief executive, Mia Tran, said. "
         "Union steward Ray Fuller was unconvinced. “We have heard that promise before, every winter.”",
         "We have heard that promise", ("Ray Fuller", None)),
        ("Aderholt pressed the witness on the schedule. “Can the rocket fly by 2024?” Bridenstine sighed. "
         "“Not without more money than this committee has given us.”", "Not without more money",
         ("Bridenstine", None)),
    ],
)

STILL_THE_SAME_SPEAKER = cases(
    "when unsure, say less",
    [
        ("“We need to get this done before the end of the year,” Weller said. She paused. “There is no "
         "reason to wait any longer than we have to.”", "There is no reason", "Weller"),
        ("“We need to get this done before the end of the year,” Weller said. “There is no reason to wait "
         "any longer than we have to.”", "There is no reason", "Weller"),
        ("“We need to get this done before the end of the year,” Ann Weller said. Weller paused. “There is "
         "no reason to wait any longer than we have to.”", "There is no reason", "Ann Weller"),
        ("“We need to get this done before the end of the year,” Weller said. The deadline is December 31. "
         "“There is no reason to wait any longer than we have to.”", "There is no reason", "Weller"),
        ("“You can't blame her for what he did,” said Sara Kemp, 44, a nurse from Nashua. An immigrant "
         "from Peru, she plans to vote in the primary next month. “It's not fair, not after all she went "
         "through.”", "It's not fair", "Sara Kemp"),
        ("“Families on benefits are not playing the system,” Mr Dale said. Welfare was meant to be a "
         "safety net. “So when I hear them talk about the same old party, I know they have no plan.”",
         "So when I hear them", ("Dale", "Mr Dale")),
        ("“Every bed in the shelter was full last night,” the director, Nora Hale, said. The shelter has "
         "60 beds. “We turned away eleven people, and two of them were children.”", "We turned away",
         "Nora Hale"),
    ],
)

SOMEONE_ELSE = cases(
    "when unsure, say less",
    [
        ("“We need to get this done before the end of the year,” Weller said. Not everyone agreed. “There "
         "is no reason to rush into this without a plan.”", "There is no reason", None),
        ("“We need to get this done before the end of the year,” Weller said. Others were less sure. "
         "“There is no reason to rush into this without a plan.”", "There is no reason", None),
        ("“The new stadium will pay for itself within ten years,” Mayor Joe Platt said. But not all of the "
         "council is on board. “Nobody has shown us a single study that says so.”", "Nobody has shown us",
         None),
        ("“The new stadium will pay for itself within ten years,” Mayor Joe Platt said. Critics disagree. "
         "“Nobody has shown us a single study that says so.”", "Nobody has shown us", ("critics", None)),
    ],
)

COLON_TURN = cases(
    "clause frames around the speaker",
    [
        ("“We need to get this done before the end of the year,” Weller said, and Reyes shook his head: "
         "“There is no reason to rush into this without a plan.”", "There is no reason", ("Reyes", None)),
        ("“We need to get this done before the end of the year,” Weller said, but Reyes was having none of "
         "it: “There is no reason to rush into this without a plan.”", "There is no reason", ("Reyes", None)),
        ("“We need to get this done before the end of the year,” Weller said, before Reyes cut her off: "
         "“There is no reason to rush into this without a plan.”", "There is no reason", ("Reyes", None)),
        ("“The budget is balanced,” Gov. Ann Weller said, and the treasurer agreed: “For the first time in "
         "a decade, the numbers add up.”", "For the first time", ("the treasurer", None)),
        ("“The strike is over,” the union said, but the company's spokeswoman struck a different tone: "
         "“Nothing has been signed and nothing will be until the lawyers have read it.”",
         "Nothing has been signed", ("the company's spokeswoman", None)),
        ("“We need to get this done before the end of the year,” Weller said, and then she added: “There is "
         "no reason to wait any longer than we have to.”", "There is no reason", "Weller"),
        ("“We need to get this done before the end of the year,” Weller said, and added: “There is no reason "
         "to wait any longer than we have to.”", "There is no reason", "Weller"),
        ("“We need to get this done before the end of the year,” Weller said, as her husband looked on. “There "
         "is no reason to wait any longer than we have to.”", "There is no reason", "Weller"),
    ],
)

NEXT_PARAGRAPH = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        ("“We need to get this done before the end of the year,” Weller told the Post. Her colleague Tom "
         "Reyes said the city should wait for the audit.\n\n“There is no reason to rush into this without "
         "a plan.”", "There is no reason", ("Tom Reyes", None)),
        ("“We need to get this done before the end of the year,” Weller told the Post. The mayor's office "
         "said it was still reviewing the plan.\n\n“There is no reason to rush into this without a plan.”",
         "There is no reason", ("the mayor's office", None)),
        ("“We will not sign this contract,” union chief Ada Moss said on Monday. Company spokesman Len Ortiz "
         "said talks would resume on Friday.\n\n“We remain hopeful that a deal can be reached this week.”",
         "We remain hopeful", ("Len Ortiz", None)),
        # the paragraph goes on about the same speaker, or about no one who speaks: still theirs
        ("“We need to get this done before the end of the year,” Weller told the Post. The council votes on "
         "Friday.\n\n“There is no reason to wait any longer than we have to.”", "There is no reason",
         "Weller"),
        ("“We need to get this done before the end of the year,” Weller told the Post. She said the vote "
         "could come on Friday.\n\n“There is no reason to wait any longer than we have to.”",
         "There is no reason", "Weller"),
        ("“We need to get this done before the end of the year,” Ann Weller told the Post. Weller said the "
         "vote could come on Friday.\n\n“There is no reason to wait any longer than we have to.”",
         "There is no reason", "Ann Weller"),
        ("Sen. Gordon Hale, who calls the nominee a “menace,” said he does not need an alternative. Rather, "
         "he said, the campaign's struggles will do the work.\n\n“To my knowledge, nobody big is involved "
         "yet. That may change.”", "To my knowledge", ("Gordon Hale", None)),
    ],
)

STATEMENT_INTRO = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        ("The statement from Sen. Ann Weller:\n\n“We are saddened by the news of his passing. He was a friend "
         "to this city.”", "We are saddened", "Ann Weller"),
        ("Read the full statement from Sen. Ann Weller below:\n\n“We are saddened by the news of his passing. "
         "He was a friend to this city.”", "We are saddened", "Ann Weller"),
        ("Here is the statement by the Department of Health:\n\n“We are aware of the reports and are looking "
         "into them with the county.”", "We are aware", "the Department of Health"),
        ("Here's the statement from the mayor's office:\n\n“The mayor has full confidence in the chief and in "
         "every officer under her command.”", "The mayor has full confidence", ("the mayor's office", None)),
        # a document or a nobody named after "from": no speaker
        ("The full text of the letter from the company:\n\n“We are aware of the reports and are looking into "
         "them with the county.”", "We are aware", (None, "the company")),
    ],
)

CARRY18_CASES = [*NEWCOMER, *STILL_THE_SAME_SPEAKER, *SOMEONE_ELSE, *COLON_TURN, *NEXT_PARAGRAPH, *STATEMENT_INTRO]
