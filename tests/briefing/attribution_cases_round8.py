"""Attribution cases of the eighth round: quotes that were left without a speaker although the
sentence names one (issue 13, "quotes with a known speaker left without one"). Each pattern has
cases where it must NOT fire (a label before a number, a name used as a modifier, a capital that
only opens sentences). Invented names throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A one-word name as the subject of a verb that is no speech verb, governing the quote ("In
#: 2019, Gallup found that “…”", "Okafor leaned in and roared: “…”"): the name counts when the
#: text also writes it mid-sentence and a verb follows it right away.
ONE_WORD_SUBJECT = cases(
    "clause frames around the speaker",
    [
        (
            "Rent has risen for a decade. In 2019, Gallup found that “nearly half of all renters spent more "
            "than a third of their income on housing.”",
            "nearly half of all renters",
            "Gallup",
        ),
        (
            "The crowd rose when Okafor walked in. Okafor waited for the noise to fade, then leaned in and "
            "roared: “We are not going anywhere, not this year and not next year.”",
            "We are not going anywhere",
            "Okafor",
        ),
        (
            "The board had asked Greenpeace for its view. Greenpeace dismisses the plan as “a licence to drill "
            "wherever the money is.”",
            "a licence to drill",
            "Greenpeace",
        ),
        (  # a label before a number, not a name
            "The treaty is old. Under its terms, Article 12 guarantees: “Everyone shall be free to leave any "
            "country, including his own.”",
            "Everyone shall be free",
            None,
        ),
        (  # a name used as a modifier of the noun after it
            "The ads ran on every channel. Later, Nielsen figures showed the ad reached “almost every "
            "household in the county by Friday night.”",
            "almost every household",
            None,
        ),
        (  # a capital that only opens sentences is no name ("Studies"); the studies, a document, are the source
            "Sleep matters. Researchers say so. Studies found that “most of the damage happens in the first "
            "two weeks of a new job.”",
            "most of the damage",
            ("studies", None),
        ),
    ],
)

#: A run of five or more capitals whose job word is no title we know ("Pima County Recorder Dana
#: Whitfield"): the person at its end, with a middle initial or particles; an organisation's name
#: of that length gives no speaker.
LONG_TITLE_CHAIN = cases(
    "titles and abbreviations",
    [
        (
            '"The count will be finished by Friday at the latest," Pima County Recorder Dana Whitfield said on Monday.',
            "The count will be finished",
            "Dana Whitfield",
            "person",
        ),
        (
            '"Nobody will pay more than last year, not a single homeowner," said Harris County Tax Assessor Luis M. Ocampo.',
            "Nobody will pay more",
            "Luis M. Ocampo",
        ),
        (
            '"The files were never sent to the judge in the first place," Travis County District Clerk Ana de Leon said.',
            "The files were never sent",
            "Ana de Leon",
        ),
        (  # an organisation's long name, no person in it
            '"Service on the line will resume by the end of the month," said Southern Nevada Regional '
            "Transportation Commission.",
            "Service on the line",
            None,
        ),
        (  # a headline in title case: the name at the end is the object of its verb
            "Lena Varga Endorses Tom Berg: “He is the only one in this race who can fix the schools.”\n\n"
            "Varga made the announcement on Monday.",
            "He is the only one",
            (None, "Lena Varga"),
        ),
        (  # a headline in capitals: read as mixed case since session 24 ("City Hall staff say …"), the staff's words
            "CITY HALL STAFF SAY BUDGET WAS NEVER READ “We were told to sign it before we had seen a single page of it.”",
            "We were told to sign it",
            (None, "City Hall staff"),
        ),
    ],
)

#: A fronted clause, then the inverted verb and its name set off by commas, then the quote ("Because
#: of how the map was drawn, explained Ortiz, “…”"). Without the comma after the name, the name
#: after "said" starts the reported clause and the subject before it is the speaker.
INVERTED_AFTER_FRONTED_CLAUSE = cases(
    "clause frames around the speaker",
    [
        (
            "Because of how the council drew the map, explained Ortiz, “there was never a real chance for a "
            "district like ours.”",
            "there was never a real chance",
            "Ortiz",
        ),
        (
            "In the end, said Lina Ortiz, “nobody in this town wanted the factory to close.”",
            "nobody in this town wanted",
            "Lina Ortiz",
        ),
        (
            "For the first time in years, added Councilwoman Rita Adeyemi, “the budget has room for the libraries.”",
            "the budget has room",
            "Rita Adeyemi",
        ),
        (  # the name after "said" is the subject of the reported clause, not the speaker
            "Tom Varga, a former aide who worked on the bill, said Obama “understood he could not pass it "
            "without the unions.”",
            "understood he could not pass",
            "Tom Varga",
        ),
    ],
)

#: A pull quote signed inside its marks by a name with abbreviations ("S.C. Rep. Jim Clyburn."),
#: on its own line, in the next paragraph or after a dash; a sentence with a title in it that
#: merely ends the quote signs nothing.
SIGNED_WITH_ABBREVIATIONS = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Voters in the ward were unhappy.\n\n“If the mayor loses both wards, that could create real and new "
            "problems for her here.\n\nN.H. Rep. Dana Morrow.”\n\nThe race goes on.",
            "If the mayor loses both wards",
            "Dana Morrow",
        ),
        (
            "The plant was closed in May. “Nobody here wants a second plant in this valley. – Dr. Ivo Petrov”",
            "Nobody here wants a second plant",
            "Ivo Petrov",
        ),
        (
            "“We will keep the clinic open for as long as the town can pay for it.\nU.S. Sen. Ann Lee-Brody”",
            "We will keep the clinic open",
            "Ann Lee-Brody",
        ),
        (  # the last line is a sentence of the quote, not a signature
            "Voters were unhappy.\n\n“We will keep the clinic open for as long as the town can pay for it.\n\n"
            "The rest is up to Dr. Park.”\n\nThe race goes on.",
            "We will keep the clinic open",
            None,
        ),
    ],
)

#: A double hyphen is a dash ("candidate -- John McCain, who … -- said"), as a spaced hyphen is:
#: it sets off an appositive between the subject and its verb.
DOUBLE_HYPHEN_DASHES = cases(
    "long material between quote, speaker and verb",
    [
        (
            "A former state senator -- Rosa Quint, who lost the 2016 race -- said the governor “has no plan for "
            "the rural hospitals at all.”",
            "has no plan for the rural",
            "Rosa Quint",
        ),
        (
            "Marking the end of the session with a long speech -- complete with charts -- Mayor Dan Ilves told "
            "the council that “the city has never been in better shape than today.”",
            "the city has never been",
            "Dan Ilves",
        ),
        (  # the name after "said" opens the reported clause
            "Tom Berg -- a former aide who worked on the bill -- said Obama “understood he could not pass it "
            "without the unions.”",
            "understood he could not pass",
            "Tom Berg",
        ),
        (  # an event is no speaker
            "The vote -- the third this year -- showed that “nobody in the chamber wants another shutdown.”",
            "nobody in the chamber wants",
            None,
        ),
    ],
)

#: A few words quoted inside the attribution clause of the quote before them ('"…," Bill Eastland,
#: wearing a "Ted Cruz" pin, said'): the clause reads on past them; a quote that ends a sentence
#: of its own does not.
SHORT_QUOTE_IN_ATTRIBUTION = cases(
    "long material between quote, speaker and verb",
    [
        (
            "“The hall was half empty by noon,” Maria Ostrova, wearing a “Vote Yes” badge, said after the vote.",
            "The hall was half empty",
            "Maria Ostrova",
        ),
        (
            "“We expected more people than this,” the organiser, holding a “Welcome Home” sign, told reporters.",
            "We expected more people",
            "the organiser",
        ),
        (
            "“We will be back next spring with twice as many people,” Jo Hale, whose band played “Blue Moon” "
            "twice, said after the show.",
            "We will be back next spring",
            "Jo Hale",
        ),
        (  # the short quote is in a sentence of its own; the name after it says nothing
            "The crowd had thinned. “The hall was half empty by noon.” Organisers blamed a “cold snap” for it. "
            "Ana Ruiz, the manager, said nothing.",
            "The hall was half empty",
            None,
        ),
    ],
)

#: A speech verb inside an aside set off by dashes ("— as columnist Dora Mill noted —") does not
#: govern the quote after the aside: its subject is no speaker of it.
ASIDE_VERB = cases(
    "when unsure, say less",
    [
        (
            "Her new ad, which — as columnist Dora Mill noted in a magazine — promises to “stop the council "
            "from ripping all our progress away,” ran on Friday.",
            "stop the council from ripping",
            (None, "Her new ad"),
        ),
        (
            "Party spokesman Tim Odell -- as the mayor’s campaign noted this week -- even praised the rival "
            "and has taunted the council for “wasting a year on a bridge to nowhere.”",
            "wasting a year on a bridge",
            ("Tim Odell", None),
        ),
        (  # the aside closed before the verb: the verb after it governs as usual
            "Tim Odell — who, as he noted, had voted for it — said the bridge was “a mistake we will pay for "
            "until 2040.”",
            "a mistake we will pay",
            "Tim Odell",
        ),
    ],
)

#: "riff" as a manner-of-speaking verb ("the nominee riffed"); its -s form stays a plural noun
#: ("guitar riffs"), like the other ambiguous third persons.
RIFF = cases(
    "speech verbs in every form",
    [
        (
            "“If the tunnel were any slower, the snails would be filing complaints,” the mayor riffed at the dinner.",
            "If the tunnel were any slower",
            "the mayor",
        ),
        (
            "“I have been called worse things by my own mother,” riffed Dana Kell, drawing laughs.",
            "I have been called worse",
            "Dana Kell",
        ),
        (
            "Lars Ekman spoke last. “We are not a bank, we are barely a piggy bank,” Ekman riffed, before turning serious.",
            "We are not a bank",
            "Lars Ekman",
        ),
        (  # "riffs" is a noun here
            "The album came out on Friday. Its guitar riffs “sound like nothing else released this year by anyone.”",
            "sound like nothing else",
            None,
        ),
    ],
)

#: "began" / "started" closing the clause right after a quote ('"…," Hannity started.'); before a
#: quote, or with more after them, they are ordinary verbs.
BEGAN_AFTER_QUOTE = cases(
    "speech verbs in every form",
    [
        (
            "In an interview with Sean Hannity on Monday, Trump was asked about the report. “The paper is "
            "claiming today that you met its board in January,” Hannity started.",
            "The paper is claiming today",
            "Sean Hannity",
        ),
        (
            "“Ladies and gentlemen, this will not take long at all,” the judge began, “and then you may all go home.”",
            "Ladies and gentlemen",
            "the judge",
        ),
        (
            "Councilwoman Ada Okafor spoke first. “Let me tell you about my first week in this job,” Okafor began.",
            "Let me tell you",
            "Ada Okafor",
        ),
        (  # "started" before the quote is no speech
            "The hearing started with “a minute of silence for the victims of the fire last week.”",
            "a minute of silence",
            None,
        ),
        (  # the match began; the coach spoke
            "“We are ready for whatever they throw at us today,” the coach said as the match began.",
            "We are ready for whatever",
            "the coach",
        ),
    ],
)

#: "when asked" after the finite verb ("who told Congress when asked about it: “…”"): the passive
#: participle clause does not govern the quote, the verb before it does.
WHEN_ASKED = cases(
    "clause frames around the speaker",
    [
        (
            "The decision would fall to Judge Mara Quist, who told the committee when asked last week about the "
            "case: “That matter is being handled by career prosecutors and nobody else.”",
            "That matter is being handled",
            "Mara Quist",
        ),
        (
            "Any change would need Senator Paul Ames, who said when asked about the vote: “I will not support a "
            "bill that nobody has read.”",
            "I will not support a bill",
            "Paul Ames",
        ),
        (
            "It is up to the union chief, Lena Hart, who told members when asked on Friday: “Nobody signs "
            "anything until the whole contract is on the table.”",
            "Nobody signs anything",
            "Lena Hart",
        ),
        (  # no other verb: nobody is named
            "The question came up twice. When asked about the strike: “We will not negotiate through the "
            "newspapers, not now.”",
            "We will not negotiate",
            None,
        ),
    ],
)

ROUND8_CASES = [
    *ONE_WORD_SUBJECT, *LONG_TITLE_CHAIN, *INVERTED_AFTER_FRONTED_CLAUSE, *SIGNED_WITH_ABBREVIATIONS,
    *DOUBLE_HYPHEN_DASHES, *SHORT_QUOTE_IN_ATTRIBUTION, *ASIDE_VERB, *RIFF, *BEGAN_AFTER_QUOTE, *WHEN_ASKED,
]  # fmt: skip
