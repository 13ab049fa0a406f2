"""Attribution cases of session 26 (helper pron26): a "he" or "she" never means a newspaper, a
broadcaster or a firm, and may mean the source a sentence about no person cites.

"The dispute began when the Cleveland Plain Dealer reported on the deal, citing a former
employee. “…,” he said" was the newspaper's: the subject index kept the clause's subject as a
person, since "Dealer" is no organisation's noun, and it never registered the cited employee.
Fixed at the index's one gate for people a pronoun may mean (``SubjectIndex.add``):

- a name of two words or more shaped like a body's (``briefing.body_names``) is never a "he" or
  "she": a newspaper's last word ("Dealer", "Sentinel", "Dispatch", "Statesman"), a hyphenated
  newspaper's compound ("Star-Ledger", "Post-Dispatch", "Journal-Constitution"), a broadcaster's
  ("Broadcasting", "Radio"), a firm's ending with its dot ("Motor Co.", "Holdings Inc.") or not
  ("Kestrel Airways"). A given name opening it still makes it a person ("Bill Press", "Emily
  Post", "Heath Ledger"), unless the text writes the name after "the" before a verb or a stop, as
  newspapers' names are ("the Dalton Star-Ledger reported"); words that are surnames too
  ("Ledger", "Press", "Star", "Sun") make a newspaper only so;
- a sentence about no person (or about a body) that cites a source by "citing X" or "according to
  X" brings in that source: one person described in lower case ("a former employee", "a person
  familiar with the talks", "one of the owners"; a gender only when its words tell one) or a name;
- a lone surname that is a word of the language, capitalised only where it opens a sentence,
  stays a person a pronoun may mean when a person's role or an age is set off after it ("Trump,
  the 2016 Republican nominee, told reporters …", "Stone, 54, said"): it was dropped as a
  capitalised common word, and the "he" went to a man named before.

Negatives: a group cited is no "he" ("citing two officials"), nor a document ("citing county
records", "citing a letter from her doctor"), and one source is no "they"; a person
subject who cites someone keeps the pronoun ("Sen. Ann Roe voted no, citing a constituent"); a
role owned by a "her" is not sure for a "she" ("citing her lawyer": Ana Ruiz or the lawyer, so
no one); a cited role of the other gender is passed over ("citing a spokeswoman" is no "he");
people named like firms or papers stay people ("Tom Ford", "Bill Ford" after "Ford Motor Co.",
"Marty Baron" after "The Post's editor"); a common word opening a sentence before a said-clause
or a thing set off ("Things, the report said, …", "Eyebrows, a sign of worry, …") is still no one.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“I was told to keep quiet, and I did, for years,” he said."
_SHE = "“I was told to keep quiet, and I did, for years,” she said."
_QS = "I was told to keep quiet"

NEWSPAPERS_ARE_NO_HE = cases(
    "organisations, documents and groups",
    [
        (f"The dispute began when the Cleveland Plain Dealer reported on the deal in 2015, citing a former employee.\n\n{_Q}",
         _QS, "a former employee"),
        (f"The trouble started when the Harlow Evening Ledger published the figures, citing a senior aide.\n\n{_SHE}",
         _QS, "a senior aide"),
        (f"The plan fell apart after the Fairview Daily Sentinel reported the losses in March.\n\n{_Q}", _QS, None),
        (f"Tom Reyes was fired in May. The story emerged when the Marlow Courier-Dispatch ran it.\n\n{_Q}", _QS, "Tom Reyes"),
        (f"Sam Reed left in May. The row grew when the Atlanta Journal-Constitution published the memo.\n\n{_Q}", _QS, "Sam Reed"),
        (f"Sam Reed left in May. The row grew after the St. Louis Post-Dispatch printed the memo.\n\n{_Q}", _QS, "Sam Reed"),
        (f"Austin Reed left the firm in May. The Austin American-Statesman first reported his departure.\n\n{_Q}", _QS, "Austin Reed"),
        (f"Sam Reed left in May. The row grew when Harbor Broadcasting aired the memo.\n\n{_Q}", _QS, "Sam Reed"),
        (f"Sam Reed left in May. The row grew when Kestrel Airways cancelled the flights.\n\n{_Q}", _QS, "Sam Reed"),
        (f"Ana Weller runs the clinic. Pellham Motor Co. said on Monday it would cut the shifts.\n\n{_SHE}", _QS, "Ana Weller"),
        (f"Harbor Broadcasting said the interview would air on Monday.\n\n{_SHE}", _QS, None),
        (f"“The plant will close by the end of the year,” the Harlow Evening Ledger reported on Sunday.\n\n{_Q}", _QS, None),
    ],
)

CITED_SOURCES = cases(
    "pronouns and role nouns",
    [
        (f"The firm hid the losses for two years, the Fenwick Daily Sentinel reported, citing a person familiar with the matter.\n\n{_Q}",
         _QS, "a person familiar with the matter"),
        (f"The claims surfaced when the Wexford Gazette reported them, citing a former nurse at the clinic.\n\n{_SHE}", _QS, "a former nurse"),
        (f"According to a former aide, the firm hid the losses for two years.\n\n{_SHE}", _QS, "a former aide"),
        (f"The shop closed in 2019, the Harlow Ledger reported, citing one of the owners.\n\n{_Q}", _QS, "one of the owners"),
        (f"The shop closed in 2019, the Harlow Ledger reported, citing Ana Weller, one of the owners.\n\n{_SHE}", _QS, "Ana Weller"),
        (f"Tom Kell runs the shop. The Fenwick Gazette reported the sale, citing his wife.\n\n{_SHE}", _QS, "his wife"),
        (f"Ana Weller runs the clinic. Pellham Motor Co. said on Monday it would cut the shifts, citing a plant manager.\n\n{_Q}",
         _QS, "a plant manager"),
        (f"The Orvik Times reported the closure, citing a spokeswoman for the company.\n\n{_SHE}", _QS, ("a spokeswoman", "a spokeswoman for the company")),
        (f"The Harlow Ledger reported the closure, citing a source close to the family.\n\n{_Q}", _QS, "a source close to the family"),
    ],
)

NOT_THE_SOURCE = cases(
    "when unsure, say less",
    [
        (f"The deal was first reported by the Brayton Herald-Tribune, citing two officials.\n\n{_Q}", _QS, None),
        (f"The talks collapsed on Friday, according to two officials.\n\n{_Q}", _QS, None),
        (f"Kim Lutz sold the farm in March. The Norwood Daily Sentinel reported the sale, citing county records.\n\n{_SHE}", _QS, "Kim Lutz"),
        (f"Tom Kell runs the shop. The Fenwick Gazette reported the sale, citing his daughter.\n\n{_Q}", _QS, "Tom Kell"),
        (f"The Orvik Times reported the closure, citing a spokeswoman for the company.\n\n{_Q}", _QS, None),
        (f"The Harlow Ledger reported the closure, citing a letter from her doctor.\n\n{_Q}", _QS, None),
        ("The Harlow Ledger reported the closure, citing a source close to the family.\n\n“We were never told,” they said.", "We were never told", None),
        (f"The Dalton Star-Ledger reported that Ana Ruiz had sued the company, citing her lawyer.\n\n{_SHE}", _QS, None),
        (f"Sen. Ann Roe voted against the bill, citing a constituent from her district.\n\n{_SHE}", _QS, "Ann Roe"),
        (f"The Post’s editor, Marty Baron, defended the story on Monday.\n\n{_Q}", _QS, "Marty Baron"),
        (f"Ford Motor Co. said it would close the plant. Bill Ford spoke to workers on Friday.\n\n{_Q}", _QS, "Bill Ford"),
        (f"Tom Ford opened a new store in Paris on Friday.\n\n{_Q}", _QS, "Tom Ford"),
        (f"Heath Ledger arrived late to the premiere.\n\n{_Q}", _QS, "Heath Ledger"),
        (f"Bill Press hosted the show for a decade.\n\n{_Q}", _QS, "Bill Press"),
        (f"Tom Reyes spoke to the Cleveland Plain Dealer on Friday about the closure.\n\n{_Q}", _QS, "Tom Reyes"),
    ],
)

_WIN = "“We are going to win this easily,” he said."

SURNAME_WORDS_SET_OFF = cases(
    "pronouns and role nouns",
    [
        (f"Barack Obama spoke first. Trump, the 2016 Republican nominee, told reporters he was not worried.\n\n{_WIN}",
         "We are going to win", "Trump"),
        (f"Barack Obama spoke first. Stone, a retired teacher, told reporters he was not worried.\n\n{_WIN}", "We are going to win", "Stone"),
        (f"Barack Obama spoke first. Stone, 54, told reporters he was not worried.\n\n{_WIN}", "We are going to win", "Stone"),
        (f"Tom Reyes spoke first. Things, the report said, got worse.\n\n{_WIN}", "We are going to win", "Tom Reyes"),
        (f"Tom Reyes spoke first. Eyebrows, a sign of worry, went up.\n\n{_WIN}", "We are going to win", "Tom Reyes"),
    ],
)

PRON26_CASES = [*NEWSPAPERS_ARE_NO_HE, *CITED_SOURCES, *NOT_THE_SOURCE, *SURNAME_WORDS_SET_OFF]
