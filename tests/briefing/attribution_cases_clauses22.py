"""Attribution cases of session 22: the speaker stands in the quote's own sentence, but a shape of
the clause around it hid it.

Found reading the dev pages' quotes left without a speaker and the sentences of the paraphrase
testbed's tuning half:

* a focus adverb before the subject ("Even a top Republican strategist warned …, saying “…”",
  "Only one senior aide said, “…”"): the adverb opened no noun phrase, so the sentence had no
  subject (a name after it was read already: "Even Ann Marsh said");
* a group and one of its members as an example ("economists like X", "critics such as X",
  "Republicans like Sen. X"): X speaks, the group is only the kind of speaker; "such as" was not
  read at all, and an appositive after the example took its place;
* a verb that makes someone speak, its object the speaker ("led X to counter that “…”",
  "prompted X to point out that", "convinced X to declare", "got X to concede"): the bare forms
  "counter", "note", "claim", "joke", … are nouns more often, so after "to" they were no verb and
  the sentence's subject ("the report") took the quote; "convinced" and "got" were no such verb;
  and a copula with an adjective of readiness ("were quick to point out") hid its subject;
* a group subject hidden by what opens the sentence or joins it: "Rather, sources close to … say"
  (an adverb not in -ly), "Democrats, Republicans and farmers say" (a list of groups, read as its
  last two), "Lindqvist’s associates insist" (a noun of people we did not know), "But protest
  organizers in Dunmore say" (a noun before the people, and their place), "Other former FEMA
  officials said" (a quantifier, not the acronym, opens the subject), "Those close to X say"
  (people described by where they stand);
* a clause of its own that the speaker's verb or quote sits in: "The crowd cheered when X spotted
  a sign and asked “…”" (the clause of time's subject, not the crowd), "Farmers say …, and the
  union has sued …, saying “…”" (the second main clause's subject), "After X argued that “…”, Y
  said only that …" and "Weeks before X claimed that “…”" (the clause of time's subject, not the
  tail's Y nor "Weeks");
* a speech closing on the words set off by dashes ("When X finally wrapped up — “…” — the
  balloons came down"): "wrapped up" and "signed off" right before a dash or a colon end a
  speech; an event that ends ("When the meeting concluded — “…”") is no speaker.

Negatives: "Even so", "Even though", a description that cannot speak after "got" ("got a chance
to note"), a dash aside before an unread subject, an event that concludes or wraps up, a title
set off by dashes after a verb of no speech. Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_GOV = "Gov. Rosa Lindqvist toured the flooded towns on Monday.\n\n"
_ECON = "Economist Nadia Brandt of Carver College has studied the bailout for years.\n\n"
_SEN = "Sen. Hal Ostrow of Nebraska spoke at the state fair on Saturday.\n\n"

FOCUSED_SUBJECT = cases(
    "clause frames around the speaker",
    [
        (_GOV + "Even a top Republican strategist warned the governor, saying “At some point she is going to have "
         "to tell voters where she stands on the levee.”", "At some point she is going", "a top Republican strategist"),
        (_GOV + "Even a veteran Democratic consultant said the governor must pick a side, adding, “Sooner or later "
         "she has to say what she thinks of the dam.”", "Sooner or later she has", "a veteran Democratic consultant"),
        (_GOV + "Only one senior aide said, “We are not going to comment on the levee report this week.”",
         "We are not going to comment", "one senior aide"),
        (_GOV + "Just one council member voted against the plan, saying: “The towns downriver were never asked "
         "what they wanted.”", "The towns downriver were never", "one council member"),
        (_GOV + "Even the governor’s own budget director conceded that “the repairs will cost far more than the "
         "state has set aside.”", "the repairs will cost far", "the governor’s own budget director"),
        (_GOV + "Even Lindqvist admitted the plan was late, saying: “We should have started on the levee two years "
         "ago, and I own that.”", "We should have started", "Rosa Lindqvist"),
        # an opening clause or a time after the adverb, not a subject
        (_GOV + "Even so, the plan was “a patchwork of promises with no money behind most of them.”",
         "a patchwork of promises", None),
        (_GOV + "Even though the towns were “under water for the better part of a week,” no one asked for help.",
         "under water for the better", None),
    ],
)

EXAMPLE_OF_GROUP = cases(
    "clause frames around the speaker",
    [
        (_ECON + "The audit spread quickly online, leading economists like Nadia Brandt to counter that “every "
         "cent of the money was paid back with interest.”", "every cent of the money", "Nadia Brandt"),
        (_ECON + "Critics such as Nadia Brandt argue that “the bailout saved the plants but not the jobs.”",
         "the bailout saved the plants", "Nadia Brandt"),
        (_SEN + "Republicans like Sen. Hal Ostrow have called the trade deal “a disaster for every farm family in "
         "the state.”", "a disaster for every farm", "Hal Ostrow"),
        (_ECON + "Experts such as Nadia Brandt, an economist at Carver College, warn that “the next bailout will "
         "cost twice as much.”", "the next bailout will cost", "Nadia Brandt"),
        (_SEN + "The vote was close, prompting Republicans such as Sen. Hal Ostrow to call the bill “a gift to the "
         "big packers.”", "a gift to the big packers", "Hal Ostrow"),
        (_ECON + "Scholars including Nadia Brandt have said the rescue was “the cheapest option on the table.”",
         "the cheapest option on the table", "Nadia Brandt"),
        # a place as the example: no one speaks
        (_ECON + "Cities such as Dunmore saw “a wave of layoffs that no one in the plants saw coming.”",
         "a wave of layoffs", None),
    ],
)

MADE_TO_SPEAK = cases(
    "clause frames around the speaker",
    [
        (_ECON + "The ruling led Nadia Brandt to counter that “the court misread every number in the report.”",
         "the court misread every number", "Nadia Brandt"),
        (_ECON + "The report prompted Nadia Brandt to point out that “no other plant in the state closed that year.”",
         "no other plant in the state", "Nadia Brandt"),
        (_ECON + "The report prompted Brandt to note that “the loans were repaid two years early.”",
         "the loans were repaid", "Nadia Brandt"),
        (_ECON + "The scandal convinced Nadia Brandt to declare that “the board can no longer be trusted with "
         "public money.”", "the board can no longer", "Nadia Brandt"),
        (_ECON + "The numbers finally got Brandt to concede that “the program cost more than anyone expected.”",
         "the program cost more than", "Nadia Brandt"),
        (_ECON + "The hearing inspired Brandt to joke that “economists have predicted nine of the last three "
         "recessions.”", "economists have predicted nine", "Nadia Brandt"),
        (_GOV + "Aides to the governor were quick to point out that “the levee held everywhere the state rebuilt it.”",
         "the levee held everywhere", ("aides", "aides to the governor")),
        (_GOV + "Lindqvist was quick to note: “Not one town was left without drinking water.”",
         "Not one town was left", "Rosa Lindqvist"),
        # the object of "got" that speaks, not the chance it got
        (_GOV + "Lindqvist got a chance to note that “the state paid for every sandbag itself.”",
         "the state paid for every", "Rosa Lindqvist"),
        # an aside set off by dashes before the subject gives no speaker of its own (not "builders")
        (_GOV + "When it comes to flood maps - a frequent complaint of builders - software firms are quick to say "
         "that “the old maps were drawn by hand.”", "the old maps were drawn", (None, "software firms")),
    ],
)

SPEECH_ENDING_ON_QUOTE = cases(
    "clause frames around the speaker",
    [
        (_SEN + "When Ostrow finally wrapped up — “I will fight for you, and I will win for you!” — the balloons "
         "came down on the crowd.", "I will fight for you", "Hal Ostrow"),
        (_SEN + "Ostrow signed off — “See you at the polls, Nebraska!” — and walked off the stage.",
         "See you at the polls", "Hal Ostrow"),
        (_SEN + "As Ostrow wrapped up: “Nobody outworks a Nebraska farmer, and nobody will outwork me.”",
         "Nobody outworks a Nebraska", "Hal Ostrow"),
        (_SEN + "When the senator wrapped up — “Go vote, and bring a neighbor!” — the band started to play.",
         "Go vote, and bring", ("Hal Ostrow", "the senator")),
        # an event ends, a bill is signed: no speaker
        (_SEN + "When the meeting concluded — “a waste of an afternoon,” one farmer called it — the hall emptied.",
         "a waste of an afternoon", ("one farmer", None)),
        (_SEN + "After the debate wrapped up — “the longest night of the campaign” — the candidates left quickly.",
         "the longest night of the campaign", None),
        (_SEN + "When the show signed off — “Good night and good luck to every one of you out there!” — the lights "
         "went out.", "Good night and good luck", None),
        (_SEN + "As the rally wrapped up — “Four more years, four more years!” — the band played on.",
         "Four more years, four more", None),
        (_SEN + "When Ostrow signed the bill — “the cleanest water law this state has ever passed” — the crowd "
         "cheered.", "the cleanest water law", None),
        (_SEN + "When Ostrow toured the plant — “a mess from top to bottom,” one worker said — the managers stayed "
         "away.", "a mess from top to bottom", "one worker"),
    ],
)

HIDDEN_GROUP_SUBJECT = cases(
    "clause frames around the speaker",
    [
        (_GOV + "Rather, sources close to the governor say “she never saw the levee report before the flood.”",
         "she never saw the levee report", "sources close to the governor"),
        (_GOV + "Anyway, state engineers said “the levee was built to the standard of its day.”",
         "the levee was built", "state engineers"),
        (_GOV + "Democrats, Republicans and farmers say “the state should have bought out the river towns years ago.”",
         "the state should have bought", "Democrats, Republicans and farmers"),
        (_GOV + "Friends, neighbors and volunteers said “the sandbag lines held because everyone showed up.”",
         "the sandbag lines held", "Friends, neighbors and volunteers"),
        (_GOV + "Lindqvist’s associates insist “she is the same stubborn engineer she has always been.”",
         "she is the same stubborn", "Lindqvist’s associates"),
        (_GOV + "But protest organizers in Dunmore say “the state is only making a bad situation worse.”",
         "the state is only making", "protest organizers"),
        (_GOV + "Yet union leaders across the valley warned that “the repairs will go to firms from out of state.”",
         "the repairs will go to", "union leaders"),
        (_GOV + "Other former FEMA officials with no role in the response said “the state asked for help two "
         "days too late.”", "the state asked for help", ("other former FEMA officials", "Other former FEMA officials")),
        (_GOV + "Most of the Lindqvist aides said “the levee report never reached her desk.”",
         "the levee report never", ("most of the Lindqvist aides", "Most of the Lindqvist aides")),
        (_GOV + "Those close to Lindqvist say “she will not run for a third term.”",
         "she will not run for", "those close to Lindqvist"),
        (_GOV + "Those who know her best say “she never forgave the engineers for the levee.”",
         "she never forgave the engineers", "those who know her best"),
        (_GOV + "Many close to Lindqvist say “she has already picked a successor.”",
         "she has already picked", "many close to Lindqvist"),
        # "those" with a verb of no speech right after its clause: no speaker
        (_GOV + "Those who voted for the levee bond were “misled about what it would buy.”",
         "misled about what it would", None),
        # a list with one name is not read as a list of groups
        (_GOV + "Teachers, parents and Lindqvist said “the school will reopen in the fall.”",
         "the school will reopen", ("Rosa Lindqvist", None)),
    ],
)

CLAUSE_OF_ITS_OWN = cases(
    "clause frames around the speaker",
    [
        (_SEN + "The crowd cheered when Ostrow spotted a sign in the back and asked “for it to be brought up to "
         "the stage.”", "for it to be brought", "Hal Ostrow"),
        (_SEN + "The hall went quiet as the senator took the microphone and said “we are going to win this "
         "county.”", "we are going to win", ("Hal Ostrow", "the senator")),
        (_SEN + "Farmers say the rule is unfair, and the Nebraska Farm Union has already sued over it, saying “it "
         "ignores how a family farm works.”", "it ignores how a family", "the Nebraska Farm Union"),
        (_SEN + "After Ostrow argued that “the crop insurance fund must not be cut,” Sen. Mae Colton said only "
         "that his numbers did not add up.", "the crop insurance fund", "Hal Ostrow"),
        (_SEN + "After Ostrow argued that “the crop insurance fund must not be cut,” the crowd applauded.",
         "the crop insurance fund", "Hal Ostrow"),
        (_SEN + "Weeks before Ostrow claimed that “the fund is safe,” his own staff had warned otherwise.",
         "the fund is safe", "Hal Ostrow"),
        # the clause of time's subject, or no one we can name: not the main clause's subject
        (_SEN + "Ostrow became a target this spring, after some of his donors attacked his votes and even "
         "questioned “the senator’s loyalty to the farm belt.”", "the senator’s loyalty", "some of his donors"),
        (_SEN + "Ostrow became a target this spring, after some in the party attacked his votes and even "
         "questioned “the senator’s loyalty to the farm belt.”", "the senator’s loyalty", None),
        # the main clause's subject when the clause of time has no object of its verb
        (_SEN + "Sen. Mae Colton spoke after the band played a song and said “this fair is the best in the "
         "state.”", "this fair is the best", "Mae Colton"),
    ],
)

CLAUSES22_CASES = CLAUSE_OF_ITS_OWN + FOCUSED_SUBJECT + EXAMPLE_OF_GROUP + MADE_TO_SPEAK + SPEECH_ENDING_ON_QUOTE + HIDDEN_GROUP_SUBJECT
