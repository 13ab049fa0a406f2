"""Attribution cases of round 2, session 16: the narrator's own quotes. Outside the quote marks,
"I" is the writer ('“Why now?” I asked him.'), shown as "the author" rather than left without a
speaker; inside an interview's or a transcript's turn the "I" is the guest's ("A: I said …").
Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

AUTHOR_CASES = cases(
    "pronouns and role nouns",
    [
        ("I met the mayor in her office on Tuesday. “Why would anyone trust that promise now?” I asked her.",
         "Why would anyone trust", "the author"),
        ("“The road has been closed since the flood in April,” I wrote to the county in May.",
         "The road has been closed", "the author"),
        ("I told the clerk: “Nobody in this building answered a single one of my letters.”",
         "Nobody in this building", "the author"),
        ("When the minister paused, I said, “Your office promised the report by the end of March.”",
         "Your office promised the report", "the author"),
        ("“Will the school reopen before the winter term begins?” I asked. “No,” said Principal Ada Kern.",
         "Will the school reopen", "the author"),
        # the other speakers of a narrator's page keep their own names
        ("I asked the principal about the roof. “We have asked the district for the money twice,” "
         "Principal Ada Kern said.", "We have asked the district", "Ada Kern"),
        ("“You will have to wait for the audit like everybody else,” the judge told me.",
         "You will have to wait for the audit", "the judge"),
        # an interview's answer or a transcript's turn: the "I" is the guest's, not the writer's
        ("We spoke with Ann Weller and Tom Reyes about the race.\n\nQ: Who wins?\n\nA: I said it in "
         "March and I will say it again: “whoever shows up in the rain wins this town.”",
         "whoever shows up in the rain", None),
        # an "I" inside the marks is the speaker's, whoever the narrator is
        ("“I told them the bridge was not safe years ago,” said Omar Haddad, the engineer.",
         "I told them the bridge", "Omar Haddad"),
    ],
)
