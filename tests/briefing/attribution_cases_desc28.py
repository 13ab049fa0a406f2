"""Attribution cases of session 28 (helper desc28): description, organisation and group speakers,
the holes the generated battery ``battery28.py`` showed.

- A described person, counted or described people, or a reporting document in the paragraph
  before a lone quote hand it their words, read by the phrase's head, not its last word: "A person
  familiar with the talks said …" / "“…”", "Two people familiar with the matter argued …", "The
  court filing said …", "The 19-year-old says …". Only documents that report words (a statement,
  a report, a filing), not a plan, a policy or a law, whose lone quote is someone's reaction.
- A plural's copula ends a subject: "A Democratic aide, who spoke on condition of anonymity
  because the talks are private, said, “…”" had given "the talks are private" ("are" is no verb of
  ``LEADING_VERB``, so the clause after "because" read as a noun phrase).
- A definite epithet ("the 34-year-old", "the former champion") is a referent of a later "he" or
  "she"; news writes it of someone named before, so the pronoun is that person's when one of its
  gender came before ("Kelly Holmes won … The 34-year-old spoke … she said" is Holmes), and the
  epithet as written when no one did.

- A partitive's owner may be a name or a possessed noun ("one of Ann Weller's aides", "two of the
  ministry's officials"), not only one word.
- An age before a verb is the subject's ("The 25-year-old told CNN" had made CNN "the 25-year-old").

Negatives: a named sentence after the document's ("Judge Ann Weller will rule in May."), a crowd,
a policy whose lone quote is a reaction, a role noun that is no epithet ("the veteran" stays as
written), an epithet whose gender no earlier name fits ("Tom Reyes won. The 34-year-old … she"),
"Prices are up …, analysts said" keeps its analysts. Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PARAGRAPH_BEFORE = cases(
    "speaker stated in another paragraph or clause",
    [
        ("A person familiar with the talks said that the deal was close.\n\n“Nobody wants to walk away now.”",
         "Nobody wants to walk", "a person familiar with the talks"),
        ("Two people familiar with the matter argued that the merger would fail.\n\n“The numbers were never there.”",
         "The numbers were never", "Two people familiar with the matter"),
        ("The court filing said that the firm hid its losses.\n\n“The company misled its investors for years.”",
         "The company misled", "the court filing"),
        ("Mayor Dana Kirby asked for a delay. The report warned that the budget would not balance.\n\n"
         "“Revenue will fall short by a third.”", "Revenue will fall short", "the report"),
        ("One attendee said that the meeting ran long.\n\n“We were there until midnight.”", "We were there",
         "One attendee"),
        ("The 19-year-old says that she will try again next year.\n\n“I am not done with this race.”",
         "I am not done", "the 19-year-old"),
        # negatives: a name after the document's sentence, a crowd, a policy's reaction
        ("The court filing said that the firm hid its losses. Judge Ann Weller will rule in May.\n\n"
         "“The company misled its investors for years.”", "The company misled", None),
        ("The crowd chanted that the mayor should resign.\n\n“We will be back every week.”", "We will be back", None),
        ("The new policy says that staff must work from the office.\n\n“Nobody asked us about this.”",
         "Nobody asked us", None),
        ("The plan says that the bridge will close for a year.\n\n“That is far too long for the shops.”",
         "That is far too long", None),
    ],
)

CLAUSE_BEFORE_VERB = cases(
    "long material between quote, speaker and verb",
    [
        ("A Democratic aide, who spoke on condition of anonymity because the talks are private, said, "
         "“We are nowhere near a deal.”", "We are nowhere near", "a Democratic aide"),
        ("Officials, who asked not to be named because the details are sensitive, said: “The deal is off.”",
         "The deal is off", "officials"),
        ("A spokesman for Gov. Tom Reyes, who declined to be named because the files are sealed, said, "
         "“The governor has seen nothing.”", "The governor has seen", ("a spokesman for Gov. Tom Reyes", "a spokesman")),
        # negatives: the copula of a subject's own sentence, a relative clause after the name
        ("Prices are up in every market, analysts said: “Nobody expected this.”", "Nobody expected this", "analysts"),
        ("“We are nowhere near a deal,” said Tom Reyes, whose hopes are fading.", "We are nowhere near", "Tom Reyes"),
    ],
)

EPITHETS = cases(
    "pronouns and role nouns",
    [
        ("Kelly Holmes won the race on Sunday.\n\nThe 34-year-old spoke after the race. “I felt very good here,” she said.",
         "I felt very good", "Kelly Holmes"),
        ("Andy Kell lost in the final on Sunday. The former champion spoke after the match. “My knee was gone,” he said.",
         "My knee was gone", "Andy Kell"),
        ("Nora Vance beat Ida Lund in three sets. The 19-year-old had never reached a final. “I was shaking,” she said.",
         "I was shaking", ("Nora Vance", "Ida Lund", None)),
        ("The 25-year-old spoke after the vote. “I will run again,” she said.", "I will run again", "the 25-year-old"),
        ("The former champion spoke after the match. “My knee was gone,” he said.", "My knee was gone", "the former champion"),
        # negatives: no earlier name of the pronoun's gender; a role noun that is no epithet
        ("Tom Reyes won the race on Sunday.\n\nThe 34-year-old spoke after the race. “I felt very good here,” she said.",
         "I felt very good", "the 34-year-old"),
        ("Kelly Holmes won the race. The veteran spoke after the race. “I felt very good here,” she said.",
         "I felt very good", "the veteran"),
        ("Ann Weller brought her 12-year-old to the rally. “I wanted her to see this,” she said.", "I wanted her",
         "Ann Weller"),
    ],
)

#: An age before a verb is the subject's: "The 25-year-old told CNN" had aged CNN, so "the
#: 25-year-old" became CNN. An age before the name's own nouns still names that person.
AGE_OF_THE_SUBJECT = cases(
    "titles and abbreviations",
    [
        ("“We will finish the bridge,” the 25-year-old told CNN.", "We will finish", "the 25-year-old"),
        ("The 25-year-old told CNN that the budget would not balance.\n\n“I have never seen a deal this bad.”",
         "I have never seen", "the 25-year-old"),
        ("The 30-year-old has told Tim Allen to leave.\n\n“We will finish the bridge,” the 30-year-old said.",
         "We will finish", "the 30-year-old"),
        # negatives: the age of the name after it
        ("The 62-year-old actor Tim Allen spoke first.\n\n“We will finish the bridge,” the 62-year-old said.",
         "We will finish", "Tim Allen"),
        ("The 62-year-old retired teacher Tim Allen spoke first.\n\n“We will finish the bridge,” the 62-year-old said.",
         "We will finish", "Tim Allen"),
    ],
)

#: A partitive whose group has an owner of more than one word ("one of Ann Weller's aides", "two of
#: the ministry's officials") had been cut at "of" to an unnamed "one": no speaker.
OWNED_PARTITIVES = cases(
    "organisations, documents and groups",
    [
        ("“We will finish the bridge,” said one of Ann Weller's aides.", "We will finish", "one of Ann Weller's aides"),
        ("One of the mayor's aides said: “We will finish the bridge.”", "We will finish", "one of the mayor's aides"),
        ("“We will finish the bridge,” two of the ministry's officials said.", "We will finish",
         "two of the ministry's officials"),
        ("Tom Reyes met Ann Weller. “We will finish the bridge,” one of Sen. Ann Weller's aides told reporters.",
         "We will finish", "one of Sen. Ann Weller's aides"),
        # negatives: a thing of the owner's, and a bare "one of them"
        ("One of the mayor's ideas was “a waste of good money.”", "a waste of good money", None),
        ("Ann Weller met officials on Monday. “We will finish the bridge,” one of them said.", "We will finish", None),
    ],
)

DESC28_CASES = [*PARAGRAPH_BEFORE, *CLAUSE_BEFORE_VERB, *EPITHETS, *AGE_OF_THE_SUBJECT, *OWNED_PARTITIVES]
