"""Attribution cases of session 29 (helper none29): quotes our rules left with no speaker although
the text names one, read on the BBC News pool's tuning half.

* A report's or a citation's passive frame after a quote, "“…,” Mr Orlov is reported as saying",
  "was cited by the agency as telling", and a perception passive with an infinitive, "was heard
  to say", gave nobody: "reported" or "cited" was taken for the cue itself, a passive whose
  agent (none) would be the speaker. The frame's subject spoke, as with "was quoted as saying".
  Before a quote ("Vell said Orlov was reported as saying: “…”") the frame's verb was taken for
  an earlier verb of the sentence, so the outer speaker (Vell) got the words.
* A news outlet named without "the", the way wire and BBC copy write it ("said Interfax news
  agency", "Le Matin newspaper said", "Broadcast magazine said"), gave nobody (or the title
  alone): the name and its class noun read as neither a name nor a description.

* A description in the plural right after an opening phrase with no comma, "In a statement the
  companies said", "At the meeting the councillors said", gave nobody, where the singular ("In a
  statement the union said") was read: the opener's last noun was matched against the singular
  nouns of people, groups and bodies only.

* "it" after a body named by an acronym after "the" ("The UNECE warned that …" / "“…,” it noted")
  found no referent: "the UNECE" was a description whose head is no organisation noun, where a
  bare "UNECE" is a body.
* An inverted verb set off by commas after a short opening, the sentence going on to the quote
  ("Instead, said Ms Rowe, the fees were meant “…”", "It helps, said Mr Burke, that people know
  terms like “…”"), gave nobody or the opening's "it"; "terms like" / "claims such as" was read as
  a verb ("to term") with its subject before it.

Negatives: a passive report of a thing ("the sale was reported as failing") names no speaker;
the frame is read only with "as" ("was reported by Tim Gale, saying" is not it); a person told by
an outlet keeps the quote ("Ann Lee told Vanta news agency"); a role at the outlet is its speaker,
not the outlet ("a reporter for Vanta news agency said"); a plural that names no speaker after an
opener ("In the minutes the meetings said") stays nobody's; "it" after two bodies stays no one's;
the inverted name is not read after a long clause (where its comma opens an appositive: "…,
said Ann Roe, host of “…”") nor when the rest has a speech verb of its own. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_SALE = "We have no plans to sell the club to anyone at any price"
_PLAN = "There will be no change in the plan for the coming year"

REPORTED_AS_SAYING = cases(
    "speech verbs in every form",
    [
        (f'"{_SALE}," Mr Orlov is reported as saying.', "We have no plans", "Orlov"),
        (f'"{_SALE}," Mr Orlov was cited as saying by the agency.', "We have no plans", "Orlov"),
        (f'"{_SALE}," Mr Orlov was reported by the Daily Star as telling friends.', "We have no plans", "Orlov"),
        (f'"{_SALE}," Mr Orlov was recorded as saying.', "We have no plans", "Orlov"),
        (f'"{_SALE}," Mr Orlov was heard to say.', "We have no plans", "Orlov"),
        (f'"{_SALE}," Dana Pike was overheard to say.', "We have no plans", "Dana Pike"),
        (f'Mr Orlov was cited as saying: "{_SALE}."', "We have no plans", "Orlov"),
        (f'Ann Vell said Mr Orlov was reported as saying: "{_SALE}."', "We have no plans", "Orlov"),
        (f'Ann Vell said Mr Orlov was cited by the paper as saying: "{_SALE}."', "We have no plans", "Orlov"),
        (f'"{_SALE}," the club was reported as saying in a statement.', "We have no plans", "the club"),
        # negatives: a thing reported, no "as", the speaker of the sentence before the frame
        (f'"{_SALE}," the sale was reported as failing.', "We have no plans", None),
        (f'"{_SALE}," the deal was reported by Tim Gale, saying it was final.', "We have no plans", None),
        (f'"{_SALE}," Mr Orlov said, as the sale was reported as failing.', "We have no plans", "Orlov"),
    ],
)

NAMED_OUTLETS = cases(
    "organisations, documents and groups",
    [
        ('"His name is no longer enough to guarantee the success of a film," said Le Matin newspaper.',
         "His name is no longer", "Le Matin newspaper", "organisation"),
        (f'"{_PLAN}," Vanta news agency said.', "There will be no change", "Vanta news agency", "organisation"),
        (f'Vanta news agency said: "{_PLAN}."', "There will be no change", "Vanta news agency", "organisation"),
        (f'"{_PLAN}," Daily Post newspaper said.', "There will be no change", "Daily Post newspaper", "organisation"),
        (f'"{_PLAN}," said Ledger magazine in its leader.', "There will be no change", "Ledger magazine", "organisation"),
        # negatives: the outlet as the listener, a role at the outlet, a person's name before a noun
        (f'"{_PLAN}," Ann Lee told Vanta news agency.', "There will be no change", "Ann Lee"),
        (f'"{_PLAN}," the minister told Vanta news agency on Friday.', "There will be no change", "the minister"),
        (f'"{_PLAN}," a reporter for Vanta news agency said.', "There will be no change", ("a reporter", "a reporter for Vanta news agency")),
        (f'"{_PLAN}," said the Vanta news agency.', "There will be no change", "the Vanta news agency"),
    ],
)

_NOTHING = "There is nothing you could ever say to us now that we could believe"

PLURAL_AFTER_OPENER = cases(
    "clause frames around the speaker",
    [
        (f'In a statement the companies said: "{_NOTHING}."', "There is nothing", "the companies"),
        (f'In a letter the unions said: "{_NOTHING}."', "There is nothing", "the unions"),
        (f'At the meeting the councillors said: "{_NOTHING}."', "There is nothing", "the councillors"),
        (f'After hours of talks the ministries said: "{_NOTHING}."', "There is nothing", "the ministries"),
        ('In a joint statement the firms said they wanted consumers to enjoy "licensed music on any device they own".',
         "licensed music on any device", "the firms"),
        (f'In a statement the union said: "{_NOTHING}."', "There is nothing", "the union"),
        # negatives: no speaker's noun ends the opener; a name after the opener's people is the subject
        (f'In the minutes the meetings said: "{_NOTHING}."', "There is nothing", None),
        (f'At a meeting with the councillors Ms Pike said: "{_NOTHING}."', "There is nothing", "Pike"),
        (f'After the vote the results said: "{_NOTHING}."', "There is nothing", (None, "the results")),
    ],
)

_DEFICIT = "Cutting the deficit in an orderly way is a major challenge for policy makers"

ACRONYM_BODIES = cases(
    "organisations, documents and it",
    [
        (f'The UNEC warned that cuts could hurt growth.\n\n"{_DEFICIT}," it noted.', "Cutting the deficit", "the UNEC", "organisation"),
        (f'The TRA said the tax would stay. "{_DEFICIT}," it added.', "Cutting the deficit", "the TRA", "organisation"),
        ('The TRA said the tax would stay. It added that new rules should "put the interests of poor people first at all times".',
         "put the interests", "the TRA", "organisation"),
        # negatives: two bodies leave "it" to neither; a person named later is the "she"; a document after the body is the "it"
        (f'The AFL and the CIO met on Monday. "{_DEFICIT}," it said.', "Cutting the deficit", None),
        (f'The UNEC warned that cuts could hurt. Lena Hart, its chief, agreed. "{_DEFICIT}," she said.', "Cutting the deficit", "Lena Hart"),
        (f'The UNEC warned that cuts could hurt. The report was published on Monday. "{_DEFICIT}," it said.', "Cutting the deficit", ("the report", None)),
    ],
)

INVERTED_AFTER_OPENING = cases(
    "long material between quote, speaker and verb",
    [
        ('Instead, said Ms Rowe, the fees were meant "to pay for the new bridge over the river".', "to pay for the new bridge", "Rowe"),
        ('Even so, wrote Tom Vale, the club is "in far better shape than it was a year ago".', "in far better shape", "Tom Vale"),
        ('It helps, said Mr Burke, that people now know terms like "on demand television" and "catch-up".', "on demand television", "Burke"),
        # negatives: a speech verb of the rest's own; a description after the inverted verb; a long opening
        ('Last year, said Kell, his rival called the plan "a total disaster for the whole town".', "a total disaster", "his rival"),
        ('In 2019, said the report, the firm was "on the brink of collapse after years of losses".', "on the brink of collapse", (None, "the report")),
        ('Voters have heard claims such as "the wall will pay for itself within a year" many times.', "the wall will pay", None),
    ],
)

NONE29_CASES = REPORTED_AS_SAYING + NAMED_OUTLETS + PLURAL_AFTER_OPENER + ACRONYM_BODIES + INVERTED_AFTER_OPENING
