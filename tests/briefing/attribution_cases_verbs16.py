"""Attribution cases of session 11: person nouns and reporting verbs the lexicon lacked (advise, disclose,
maintain, mention, propose, recommend, swear, threaten, clarify, interrupt, beg, rebut, and
manner-of-speaking verbs: mumble, moan, wail, sob, shriek, holler, stammer, bellow,
gloat), in every form and word order, with negatives where the same word is a noun ("no mention
of", "a sob story", "informed sources"). "reflect" stayed out: its copula use ('"X" reflects an
improvement') made a garbage speaker on the dev pages; "whine" came back once the noun "whines"
after a determiner or adjectives was read as a noun (``attribution_cases_noun16``). Invented
people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

REPORTING_VERBS_16 = cases(
    "speech verbs in every form",
    [
        ("“Stay off the roads until the plows are through,” the county sheriff advised on Sunday.",
         "Stay off the roads", "the county sheriff"),
        ("Dr. Hana Ruiz advised parents to “keep children home at the first sign of a fever.”",
         "keep children home", "Hana Ruiz"),
        ("In a filing on Friday, the company disclosed that “a number of customer records were accessed "
         "without authorization.”", "a number of customer records", "the company"),
        ("“I did nothing wrong and I will prove it in court,” maintained Carl Imhof, the former treasurer.",
         "I did nothing wrong", "Carl Imhof"),
        ("Coach Dale Pruitt mentioned that “the young players have carried this team for a month.”",
         "the young players", "Dale Pruitt"),
        ("“We could split the cost evenly between the two towns,” proposed Councilwoman Irma Beck.",
         "We could split the cost", "Irma Beck"),
        ("The panel recommends that “every school install filters on its drinking fountains by 2027.”",
         "every school install", "the panel"),
        ("“I never saw the money and I never touched it,” Tom Beale swore under oath.",
         "I never saw the money", "Tom Beale"),
        ("Union leader Ada Moss threatened that “every bus in the city will stay in the depot on Monday.”",
         "every bus in the city", "Ada Moss"),
        ("“To be clear, nobody is losing a job over this,” the mayor's office clarified in a statement.",
         "To be clear", "the mayor's office"),
        ("Senator Joan Pike was halfway through her answer when Rep. Lou Gant interrupted: “That is simply not "
         "what the bill says.”", "That is simply not", "Lou Gant"),
        ("“Please, just let us go home to our families,” begged one of the stranded passengers.",
         "Please, just let us go home", "one of the stranded passengers"),
        ("Hal Dorsey rebutted the charge at once: “Every dollar is accounted for in the public ledger.”",
         "Every dollar is accounted", "Hal Dorsey"),
        ("“I can't hear a thing over the generators all night,” mumbled Walt Kerry, 81, from his porch.",
         "I can't hear a thing", "Walt Kerry"),
        ("“Nobody told us the water would be shut off for a week,” moaned one tenant.",
         "Nobody told us", "one tenant"),
        ("Rosa Lind wailed, “My whole life was in that house and now it is gone.”",
         "My whole life was in", "Rosa Lind"),
        ("“He was only nine years old and he loved that dog,” his grandmother sobbed.",
         "He was only nine years", ("his grandmother", None)),
        ("“Get out of the building right now, all of you,” a firefighter hollered from the ladder.",
         "Get out of the building", "a firefighter"),
        ("“We, we did not expect this many people to show up,” stammered the organizer, Joel Tam.",
         "We, we did not expect", "Joel Tam"),
        ("Coach Ray Boone bellowed from the sideline, “Get back on defense, every one of you!”",
         "Get back on defense", "Ray Boone"),
        ("“I told you all we would win this thing by ten,” gloated the challenger, Vic Ames.",
         "I told you all we would", "Vic Ames"),
        (  # negative: "mention" as a noun, no one mentions anything
            "Mayor Ana Wolf spoke for an hour. There was no mention of “the bridge tolls that everyone is "
            "talking about.”", "the bridge tolls", None),
        (  # negative: "a sob story" is no speech; the councilman said it
            "“This is just a sob story to get more money out of the state,” Councilman Reed Ivory said.",
            "This is just a sob story", "Reed Ivory"),
        (  # negative: "informed sources" are no verb of "informed"; the spokesman speaks
            "Informed sources had hinted at a delay. “We are on schedule,” spokesman Dan Oakes said.",
            "We are on schedule", "Dan Oakes"),
    ],
)

ROLE_WORDS_16 = cases(
    "titles and abbreviations",
    [
        # person nouns the lexicon lacked: a capitalised role before a name is no part of it, and
        # a described person ("Her landlord") is a referent for "he"
        ("Filmmaker Jack Marino said, “You could lose your job for saying so in this town.”",
         "You could lose your job", "Jack Marino"),
        ("Comedian Sara Lind took the stage after him. “You are being ridiculous, all of you,” she said.",
         "You are being ridiculous", "Sara Lind"),
        ("Rival Paul Ortega, a former mayor, said the plan “will never survive a vote in the council.”",
         "will never survive", "Paul Ortega"),
        ("Plumber Dale Ivers fixed the pipe for free. “Nobody should go without water in winter,” Ivers said.",
         "Nobody should go without", "Dale Ivers"),
        ("Her landlord, a retired teacher, was not moved. “The rent goes up in May like everywhere else,” he "
         "said.", "The rent goes up", ("her landlord", "Her landlord")),
        (  # negative: a girlfriend is no "he"
            "Tom Reyes sat beside his girlfriend. “We saved for three years for this trip,” he said.",
            "We saved for three years", "Tom Reyes"),
    ],
)

VERBS16_CASES = [*REPORTING_VERBS_16, *ROLE_WORDS_16]
