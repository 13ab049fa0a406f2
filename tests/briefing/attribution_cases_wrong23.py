"""Attribution cases of session 23: frames of news English that gave a WRONG speaker, seen on the
real-quote pools and the paraphrase testbed's tuning half (a wrong name under a quote is the worst
error the product makes).

* An owner's document or title phrase ("Marsh's press release does not mention “…”", "Kell's
  chief pollster said “…”") was cut after its first lower-case word ("Marsh's press", "Kell's
  chief"), as only the title words were read; the noun they modify now goes with them, as
  "Kell's statement" always did, and a full name after the phrase is the speaker ("Kell's chief of
  staff Ann Roe said"). "Kell's pollster and strategist Dana Pruitt on Monday lashed out at “…”":
  a day between the two roles' name and the verb no longer splits them into two people, and a
  show's title in quote marks before the subject ('Speaking to the Ledger's "Morning Call," …')
  no longer shifts where the verb is read. Negative: "Ms. Dunbar's chief of staff is a woman.
  “…,” she said" stays the senator's.
* A group named after a person ("Kell defenders today argue “…”", "as the Kell team sought “…”",
  "Ann Kell smiled as the Kell campaign insisted “…”") gave the person: a time word between the
  group and its verb hid the plural, and a clause of time ("as", "while", "when") whose subject is
  the group was passed over for the main clause's subject. The group speaks, or no one. Negatives:
  "as her husband insisted", "described the bill as a scam and said", "Kell smiled as he recalled".
* The one asked or told as the pronoun's referent: "She asked Lindqvist “…”" gave Lindqvist, the
  latest subject; the pronoun of a clause never means the person the same clause names as its
  object, so the resolver passes over that person (the asker, if another fits, else no one).
  Negatives: "Lindqvist was asked “…”" (no speaker), "Lindqvist told Ortiz “…”", "She told
  reporters “…”".
* A claim by someone whose phrase holds a quoted word ('a claim by a former member of a "gang"
  that he had “…”') was read only from that word on, so the sentence's subject or the speaker
  before kept the words; the claimant owns them ("an alleged member" is a person, as "a supposed
  member" was). Negative: a speech verb in the claim's clause ('… that Mayor Ed Quist said he
  would “…”') stays the one who said it.
* A "NAME:" label after a dash or a bullet that follows a closed sentence ("The candidates reacted
  on Monday. — Ann Weller: “…”", a flattened list "… said. - Tom Reyes: “…”") gave the closed
  sentence's subject; the label is the entry's speaker. Negative: "He singled out one rival — Ann
  Weller: “…”" (no sentence end before the dash: the rival is the target), "— Update: “…”", a
  place ("— Washington: “…”": a full name with a given name only).
* A label line with a parenthesis ("Weller (in 2019):" over a quote-only paragraph) and an inline
  label with the medium after a comma ("WELLER, on Twitter: “…”") named no one. Negatives:
  "Background (in brief):", "Meanwhile, on Twitter:".
* An object relative clause right after the quote ('Kell advisers say “…”, both of which Mrs. Kell
  praised', '“…,” which Kell disputed') was read as the quote's tail cue: its subject answers what
  the quote says. A reporting verb there ("which Kell said often") still credits the words.
* "Well, I’m telling you “…”": "Well" is an interjection, no name (``leading_np`` read it as one);
  "Well, and the governor said “…”" gave a joint speaker "Well and the governor". ("Oh" is a
  surname too: "Oh, who won in 2019, said" stays Sandra Oh's.)

Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_MARSH = "Senator Lena Marsh attacked Congressman Paul Dorsey on Monday over the farm bill.\n\n"
_PRUITT = "Governor Tom Kell and his pollster Dana Pruitt met donors in Ames on Monday.\n\n"
_KELLS = "Governor Tom Kell and his wife Ann Kell toured the state on Monday.\n\n"
_KELL = "Governor Tom Kell spoke in Ames on Monday.\n\n"
_ORTIZ = "Reporter Dana Ortiz met clinic director Robin Lindqvist on Monday. Lindqvist has run the clinic for ten years.\n\n"
_HALE = "Senator Tom Hale visited a clinic run by Robin Lindqvist on Monday. Lindqvist showed the senator around.\n\n"
_HOLLIS = (
    'The Labour MP Dan Hollis stood up in the chamber on Tuesday and said he had "clear evidence of a cover-up '
    'at the council".\n\n'
)
_AMES = 'Councillor Ruth Ames spoke at the meeting on Monday and said the park was "not for sale".\n\n'
_BOTH = "Senator Ann Weller and Governor Tom Reyes both spoke on Monday.\n\n"
_WELLER = "Senator Ann Weller has changed her mind on the bill.\n\n"
_REYES = "Governor Tom Reyes spoke at a rally in Ames on Monday.\n\n"

OWNED_PHRASES = cases(
    "organisations, documents and groups",
    [
        (_MARSH + "Among the votes: Dorsey's opposition to the relief package. But Marsh's press release does not "
         "mention “the clause that cut money for rural clinics,” which Democrats opposed.",
         "the clause that cut money", "Marsh's press release"),
        (_MARSH + "Marsh's campaign statement said “the congressman has voted against farmers eleven times.”",
         "the congressman has voted", "Marsh's campaign statement"),
        (_MARSH + "Marsh's press office said “the senator will not debate a man who hides from voters.”",
         "the senator will not debate", "Marsh's press office"),
        (_PRUITT + "Kell's chief pollster said “the numbers have not moved in six weeks, and they will not.”",
         "the numbers have not moved", ("Kell's chief pollster", "Dana Pruitt")),
        (_PRUITT + "Kell's chief pollster and strategist Dana Pruitt on Monday lashed out at “a pattern of smears "
         "from the other side.”", "a pattern of smears", "Dana Pruitt"),
        (_PRUITT + 'Speaking to the Ledger\'s "Morning Call," Kell\'s chief pollster and strategist Dana Pruitt on '
         "Tuesday lashed out at “a pattern of smears from the other side.”", "a pattern of smears", "Dana Pruitt"),
        ("Governor Tom Kell and his aide Ann Roe met donors in Ames on Monday.\n\nKell's chief of staff Ann Roe said "
         "“the governor will sign the bill before the end of the week.”", "the governor will sign", "Ann Roe"),
        # the role before a copula stays no referent of a later "she"; plural owners' verbs stay verbs
        ("Senator Claire Dunbar has pushed for more women in her office.\n\nMs. Dunbar's chief of staff is a woman, "
         "as is her legislative director.\n\n\"I think that gives a signal to other young women,\" she said.",
         "I think that gives a signal", "Claire Dunbar"),
        (_KELL + "Kell's lawyers note “the contract was signed two years before he took office.”",
         "the contract was signed", "Kell's lawyers"),
        (_KELL + "Kell's campaign posted “a video of the governor at the state fair” on Monday.",
         "a video of the governor", "Kell's campaign"),
    ],
)

GROUPS_AFTER_NAMES = cases(
    "organisations, documents and groups",
    [
        (_KELLS + "Kell defenders today argue “the audit was never a matter for the governor's office.”",
         "the audit was never", (None, "Kell defenders")),
        (_KELLS + "Kell allies now insist “the audit was never a matter for the governor's office.”",
         "the audit was never", (None, "Kell allies")),
        (_KELLS + "Kell aides on Monday said “the audit was never a matter for the governor's office.”",
         "the audit was never", (None, "Kell aides")),
        (_KELLS + "Ann Kell smiled as the Kell campaign insisted “the speech was written by her alone.”",
         "the speech was written", (None, "the Kell campaign")),
        (_KELLS + "The governor's wife Ann Kell brought some glamour to the opening night as the Kell team sought "
         "“to get the whole convention back on track.”", "to get the whole convention", (None, "the Kell team")),
        (_KELLS + "Ann Kell looked on while Kell supporters chanted “four more years” in the hall.",
         "four more years", (None, "Kell supporters")),
        (_KELLS + "Tom Kell left the stage as his advisers wanted “a quiet exit before the questions started.”",
         "a quiet exit before", (None, "his advisers")),
        (_KELL + "Kell left the room as the board wanted “a full audit of every account the agency keeps.”",
         "a full audit of every", (None, "the board")),
        # a person's own clause of time, or the main clause's own verb, keeps its subject
        (_KELLS + "Ann Kell smiled as her husband insisted “the speech was written by her alone.”",
         "the speech was written", ("her husband", "Tom Kell")),
        (_KELLS + "Tom Kell described the bill as a scam and said “nobody in this state will pay for it.”",
         "nobody in this state", "Tom Kell"),
        (_KELL + "Kell smiled as he recalled “the first time I stood on this stage, thirty years ago.”",
         "the first time I stood", "Tom Kell"),
        (_KELL + "The room went quiet as Kell wanted “a full account of every dollar the agency spent.”",
         "a full account of every", "Tom Kell"),
        # "such as" gives a group's example, no clause of its own
        (_KELL + "Groups such as the Rifle Association want “a law that protects every gun owner in the state.”",
         "a law that protects every", (None, "groups")),
        (_KELL + "Groups such as the Rifle Association insisted “a law that protects every gun owner in the state.”",
         "a law that protects every", (None, "groups")),
    ],
)

ASKED_OBJECT = cases(
    "pronouns and role nouns",
    [
        ("Clinic director Robin Lindqvist spoke with reporter Jan Ortiz at the festival.\n\nShe asked Lindqvist "
         "“what effect the new law has had on the women who come to the clinic.”", "what effect the new law", None),
        (_ORTIZ + "She asked Lindqvist “what the new law has meant for the women who come here.”",
         "what the new law has meant", "Dana Ortiz"),
        (_ORTIZ + "She asked Lindqvist whether “the new law has changed who comes through the door.”",
         "the new law has changed", "Dana Ortiz"),
        (_HALE + "He told Lindqvist “the state will not let this clinic close while I am in office.”",
         "the state will not let", "Tom Hale"),
        (_HALE + "He reminded Lindqvist that “the state has never closed a clinic like this one.”",
         "the state has never closed", "Tom Hale"),
        (_HALE + "He then assured Lindqvist “the money will be in the budget next year.”",
         "the money will be in", "Tom Hale"),
        # the one asked as the subject, a named subject, a listener who is no person named
        ("Reporter Dana Ortiz met clinic director Robin Lindqvist on Monday.\n\nLindqvist was asked “what the new "
         "law has meant for the women who come here.”", "what the new law has meant", None),
        ("Reporter Dana Ortiz met clinic director Robin Lindqvist on Monday.\n\nLindqvist told Ortiz “the law has cut "
         "our patients by half in a year.”", "the law has cut our", "Robin Lindqvist"),
        ("Clinic director Rosa Lindqvist spoke at the festival on Monday.\n\nShe told reporters “the law has cut our "
         "patients by half in a year.”", "the law has cut our", "Rosa Lindqvist"),
    ],
)

CLAIM_BY_QUOTED_OWNER = cases(
    "clause frames around the speaker",
    [
        (_HOLLIS + 'He pointed, in an old police file, to a claim by a former member of a "local smuggling gang" '
         'that he had "paid off a senior aide to the mayor."', "paid off a senior aide", (None, "a former member")),
        (_HOLLIS + 'He referred to the presence, in an old police file, of a claim by an alleged member of a '
         '"smuggling ring" that he had "paid off a senior aide to the mayor."', "paid off a senior aide",
         (None, "an alleged member")),
        (_AMES + 'She cited a statement by a leader of the "Save Our Park" group that they would "chain ourselves to '
         'the gates if we have to."', "chain ourselves to the gates", (None, "a leader")),
        (_AMES + 'She cited a claim by an alleged victim of the "loan shark" that he was "threatened twice in one '
         'week."', "threatened twice in one", (None, "an alleged victim")),
        (_HOLLIS + "He pointed to a claim by a former member of a local smuggling gang that he had \"paid off a senior "
         'aide to the mayor."', "paid off a senior aide", (None, "a former member", "a former member of a local smuggling gang")),
        ("Councillor Ruth Ames spoke at the meeting on Monday.\n\nAn alleged victim said “I was threatened twice in "
         "one week by the same man.”", "I was threatened twice", "an alleged victim"),
        # a speech verb of the claim's clause has its own subject
        (_HOLLIS + 'He pointed to a claim by a former member of a "gang" that Mayor Ed Quist said he would "pay '
         'whatever it takes."', "pay whatever it takes", "Ed Quist"),
    ],
)

DASHED_LABELS = cases(
    "speaker stated in another paragraph or clause",
    [
        (_BOTH + "The candidates reacted on Monday to the court's ruling. — Ann Weller: “This is a dark day for the "
         "state.”", "This is a dark day", "Ann Weller"),
        (_BOTH + "Here is how the candidates reacted to the ruling. - Ann Weller: “This is a dark day.” - Tom Reyes: "
         "“We will appeal it at once.”", "This is a dark day", "Ann Weller"),
        (_BOTH + "Here is how the candidates reacted to the ruling. - Ann Weller: “This is a dark day.” - Tom Reyes: "
         "“We will appeal it at once.”", "We will appeal it", "Tom Reyes"),
        (_BOTH + "The candidates were quick to respond, the paper said. – Tom Reyes: “We will appeal it at once.”",
         "We will appeal it", "Tom Reyes"),
        (_BOTH + "Reaction came fast! • Tom Reyes: “We will appeal it at once.”", "We will appeal it", "Tom Reyes"),
        (_BOTH + "Weller was blunt about the ruling. “It is wrong.” — Tom Reyes: “We will appeal it at once.”",
         "We will appeal it", "Tom Reyes"),
        # no sentence end before the dash: the one named is the target; a label that names no one
        (_REYES + "He singled out one rival — Ann Weller: “a senator who has never won a hard race.”",
         "a senator who has never", "Tom Reyes"),
        (_REYES + "The crowd cheered. — Update: “The governor has left the stage.”", "The governor has left", None),
        (_REYES + "The crowd cheered. — Washington: “The governor has left the stage.”", "The governor has left", None),
        (_REYES + "The crowd cheered. — WASHINGTON: “The governor has left the stage.”", "The governor has left", None),
    ],
)

QUALIFIED_LABELS = cases(
    "speaker stated in another paragraph or clause",
    [
        (_WELLER + "Weller (in 2019):\n\n“We never approved that money, and we never will.”",
         "We never approved that money", "Ann Weller"),
        (_WELLER + "Weller (on Twitter):\n\n“We never approved that money, and we never will.”",
         "We never approved that money", "Ann Weller"),
        (_WELLER + "Weller (in a 2019 interview):\n\n“We never approved that money, and we never will.”",
         "We never approved that money", "Ann Weller"),
        (_WELLER + "WELLER, on Twitter: “We never approved that money, and we never will.”",
         "We never approved that money", "Ann Weller"),
        (_WELLER + "Weller, on Fox News: “We never approved that money, and we never will.”",
         "We never approved that money", "Ann Weller"),
        (_WELLER + "Weller on Twitter: “We never approved that money, and we never will.”",
         "We never approved that money", "Ann Weller"),
        # a crosshead with a parenthesis, a connective before the medium
        (_WELLER + "Background (in brief):\n\n“The bill was first proposed in 2017 and failed twice.”",
         "The bill was first proposed", None),
        (_WELLER + "Meanwhile, on Twitter: “We never approved that money, and we never will.”",
         "We never approved that money", None),
    ],
)

INTERJECTION_OPENER = cases(
    "names: particles, numbers, places and headlines",
    [
        (_REYES + "Well, I’m telling you “this is going to be the biggest budget surplus in the state's history.”",
         "this is going to be", None),
        (_REYES + "“We will build it,” Reyes said. “Well, I’m telling you, it will be the biggest bridge in the state.”",
         "Well, I’m telling you", "Tom Reyes"),
        ("Well, I’m telling you “this is going to be the biggest budget surplus in the state's history,” Governor "
         "Tom Reyes said.", "this is going to be", "Tom Reyes"),
        # "Oh" is a surname as well
        ("The actress Sandra Oh spoke at the gala on Monday.\n\nOh, who won in 2019, said “the film was the "
         "hardest work of my life.”", "the film was the hardest", "Sandra Oh"),
        (_REYES + "Well, and the governor said “the bridge will open in May, not a day later.”",
         "the bridge will open", ("the governor", "Tom Reyes")),
    ],
)

_KELL_F = "Governor Ann Kell spoke on Monday.\n\n"

RELATIVE_AFTER_QUOTE = cases(
    "clause frames around the speaker",
    [
        ("Governor Ann Kell and Senator Tom Voss are both running for the nomination.\n\nMrs. Kell is not expected "
         "to pressure Mr. Voss to quit the race. Kell advisers say “any effort to push him out could backfire, "
         "angering his supporters and Mr. Voss”, both of which Mrs. Kell praised on Tuesday night.",
         "any effort to push him out", (None, "Kell advisers")),
        (_KELL_F + "Critics call the plan “a giveaway to developers and a blow to renters”, all of which Kell denied "
         "on Monday.", "a giveaway to developers", (None, "critics")),
        (_KELL_F + "Kell aides say “the governor has no plans to resign”, which the opposition mocked on Tuesday.",
         "the governor has no plans", "Kell aides"),
        (_KELL_F + "The union said the deal was “an insult to every nurse in the state,” which Kell disputed in a "
         "statement.", "an insult to every nurse", "the union"),
        (_KELL_F + "Her opponent promised “lower taxes and safer streets”, neither of which Kell thinks he can "
         "deliver.", "lower taxes and safer streets", (None, "Her opponent", "her opponent")),
        # a reporting verb in the relative, or the cue before it, still names the speaker
        (_KELL_F + "“We will not raise taxes,” which Kell said often in the campaign, became her slogan.",
         "We will not raise taxes", "Ann Kell"),
        (_KELL_F + "“We will not raise taxes,” Kell said, which drew cheers.", "We will not raise taxes", "Ann Kell"),
    ],
)

WRONG23_CASES = (
    OWNED_PHRASES + GROUPS_AFTER_NAMES + ASKED_OBJECT + CLAIM_BY_QUOTED_OWNER + DASHED_LABELS + QUALIFIED_LABELS
    + INTERJECTION_OPENER + RELATIVE_AFTER_QUOTE
)
