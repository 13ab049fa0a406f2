"""Attribution cases of session 26 (helper src26): a source brought in after "from" inside a phrase.

"The news came in a report from the Daily Herald, which said its reporters had found: “…”" gave the
main clause's subject, "the news", as the speaker: the verb of saying stands in a relative clause
on a text (a report, a memo, a tweet, a letter, an email, a statement, a ruling …) whose maker
the "from" (or "by") phrase names, and that maker speaks (``word_owners.relative_text_owner``). The
same texts and tidings ("word", "news", "announcement") with a colon and no relative clause
("The news came in a letter from Mayor Ann Weller: “…”", "Word came from the ministry: “…”")
now read their owner as the other "from X:" nouns do. Tidings are never a speaker themselves.

Negatives: a time or a place after "from" is no maker ("a report from last year", "a letter from
Ohio", "Word came from Kabul"): no speaker, or the text itself after "which"; two makers ("from
Ana Reyes and Tom Pike, who wrote") give no one; a later verb of saying in the relative clause
governs the quote ("which said the mayor had warned:"); plural owners keep the group policy of the
"who" readers ("from voters, who chanted"); and after a question put by the cue before it ("a
call from a reporter, who asked: “…?”") the bare quote paragraph that answers it is not the
asker's. Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_FOUND = "“The mayor used city money to settle his private legal disputes.”"

RELATIVE_ON_A_MADE_TEXT = cases(
    "organisations, documents and groups",
    [
        (f"The news came in a report from the Daily Herald, which said its reporters had found:\n\n{_FOUND}",
         "The mayor used city money", "the Daily Herald"),
        (f"The story broke in a report from the Riverside Times, which said: {_FOUND}", "The mayor used city money",
         "the Riverside Times"),
        ("The plan was first outlined in a memo from the agency, which warned: “Costs will rise by a third.”",
         "Costs will rise", "the agency"),
        ("The decision followed a report from the inspector general, which concluded: “The agency failed its staff.”",
         "The agency failed", "the inspector general"),
        ("Markets fell after a tweet from Senator Lyle Barton, which read: “Tariffs are coming next week.”",
         "Tariffs are coming", "Lyle Barton"),
        ("The budget was cut, according to an email from campaign aide Nora Quist, who wrote: “We need to talk about this.”",
         "We need to talk", "Nora Quist"),
        ("The announcement came in a letter from Mayor Ann Weller, who wrote: “I will not run again.”",
         "I will not run again", "Ann Weller"),
        ("The closure was confirmed in a letter from the school board, which told parents: “The building is unsafe.”",
         "The building is unsafe", "the school board"),
        ("The layoffs were disclosed in a memo by chief executive Dana Kirby, which said: “We have to shrink.”",
         "We have to shrink", "Dana Kirby"),
        ("The rules changed after a ruling from Judge Maria Ochoa, which said: “The law is clear on this point.”",
         "The law is clear", "Maria Ochoa"),
        ("The news came in a press release from Orvik Steel Corp., which said: “Sales fell for a third quarter.”",
         "Sales fell", ("Orvik Steel Corp", "Orvik Steel Corp.")),
        ("The news reached staff in a letter from the mayor’s office, which said: “The park will close in May.”",
         "The park will close", "the mayor’s office"),
    ],
)

COLON_AFTER_A_TEXT_FROM_SOMEONE = cases(
    "organisations, documents and groups",
    [
        ("The news came in a statement from the Pentagon: “We are reviewing the incident.”",
         "We are reviewing", "the Pentagon"),
        ("The news came in a letter from Mayor Ann Weller: “I will not run again.”", "I will not run again", "Ann Weller"),
        ("The news came in an email from the campaign manager: “We are pausing all ads.”",
         "We are pausing all ads", "the campaign manager"),
        ("The announcement came in a memo from Ann Weller to her staff: “I will not run again.”",
         "I will not run again", "Ann Weller"),
        ("Word came from the ministry: “The border stays closed until further notice.”", "The border stays closed",
         "the ministry"),
        ("The word from the ministry: “The border stays closed until further notice.”", "The border stays closed",
         "the ministry"),
    ],
)

NO_ONE_OR_SOMEONE_ELSE = cases(
    "when unsure, say less",
    [
        # a time or a place after "from": no maker who speaks
        ("The news came in a report from last year, which found: “Costs will rise by a third.”", "Costs will rise",
         ("a report from last year", "a report", None)),
        ("The news came in a letter from Ohio: “We are tired of waiting for the bridge.”", "We are tired of waiting", None),
        ("Word came from Kabul: “The border stays closed until further notice.”", "The border stays closed", None),
        # two makers: no one of them
        ("The news came in a statement from Ana Reyes and Tom Pike, who wrote: “We are done with this.”",
         "We are done with this", None),
        ("The news came in a report from Reyes and Pike, which said: “Costs will rise by a third.”", "Costs will rise", None),
        ("The council heard from Tom Reyes and Ana Pike, who said: “We are done with this.”", "We are done with this", None),
        # a later verb of saying inside the relative clause governs the quote
        ("The news came in a report from the Daily Herald, which said the mayor had warned: “Costs will rise by a third.”",
         "Costs will rise", "the mayor"),
        # tidings are no speaker, whatever their verb
        ("The news came during a briefing at the Pentagon, which said: “Two soldiers were hurt.”",
         "Two soldiers were hurt", (None, "the Pentagon")),
        ("The announcement said the plant would close, adding: “We are done here.”", "We are done here", None),
        # a plural group keeps the "who" readers' group policy
        ("The senator got loud support from voters, who chanted: “Four more years.”", "Four more years", "voters"),
        ("The news was greeted with anger by workers, who chanted: “Shame on the board!”", "Shame on the board", "workers"),
        # the answer to a question put by the cue before it is not the asker's
        ("Tom Weller took a call from a reporter, who asked: “Will you resign?”\n\n“Not today.”", "Not today", None),
        ("Tom Weller took a call from a reporter, who asked: “Will you resign?”\n\n“Not today.”", "Will you resign",
         "a reporter"),
        ("A reporter asked Mayor Tom Weller: “Will you resign?”\n\n“Not today, and not this year.”", "Not today",
         (None, "Tom Weller")),
    ],
)

SRC26_CASES = RELATIVE_ON_A_MADE_TEXT + COLON_AFTER_A_TEXT_FROM_SOMEONE + NO_ONE_OR_SOMEONE_ELSE
