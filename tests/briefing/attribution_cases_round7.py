"""Attribution cases of the seventh round: words that are not the speaker but sat where a speaker
sits (issue 13, "a wrong name is worse than none"). A state tag without its party ("(Tex.)"), the
period of an initialism inside a description ("a former U.S. official"), a capitalised sentence
adverb or adjective opening the sentence, a headline's topic, a preposition after an inverted
verb, a reporter's sign-off after a paragraph. Each pattern has a case where the rule must NOT
fire. Invented names throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: Washington Post style: the state in parentheses without the party, between name and verb.
STATE_TAG = cases(
    "titles and abbreviations",
    [
        (
            'Other senators were more cautious. Sen. Dana Whitfield (Ore.) has said that she would "wait for '
            'the final numbers before I vote on anything."',
            "wait for the final",
            "Dana Whitfield",
        ),
        (
            '"We cannot keep borrowing against our children\'s future," Rep. Luis Ortega (Calif.) said Tuesday.',
            "We cannot keep borrowing",
            "Luis Ortega",
        ),
        (
            'Maricopa County (Ariz.) Attorney Glen Harlow told reporters, "The office will review every one of '
            'those cases."',
            "The office will review",
            "Glen Harlow",
        ),
        (  # a place in parentheses that is no state tag stays as written: the town is no speaker
            'Residents of Millbrook (pop. 4,000) packed the hall. "We were never asked about the landfill," '
            "said Joan Petty, who runs the diner.",
            "We were never asked",
            "Joan Petty",
        ),
    ],
)

#: The last period of "U.S." / "U.N." before a lower-case word is no sentence end: the
#: description after an inverted verb stays whole.
INITIALISM_IN_DESCRIPTION = cases(
    "titles and abbreviations",
    [
        (
            'Harlan "got off far too easily," said a former U.S. intelligence official who worked on the case.',
            "got off far too easily",
            ("a former U.S. intelligence official", "a former U.S. intelligence official who worked on the case"),
        ),
        (
            '"The ceasefire is holding in most districts," said a senior U.N. envoy in the region.',
            "The ceasefire is holding",
            ("a senior U.N. envoy", "a senior U.N. envoy in the region"),
        ),
        (
            '"Nobody in the department saw the memo," a D.C. police spokesman said on Monday.',
            "Nobody in the department",
            ("a D.C. police spokesman",),
        ),
        (  # a real sentence end after "U.S.": the next sentence's subject is the speaker
            'The company moved its plant to the U.S. Its founder, Rosa Mendel, said: "We wanted to be close '
            'to our buyers."',
            "We wanted to be close",
            "Rosa Mendel",
        ),
    ],
)

#: A sentence adverb opening the sentence with a capital and a comma ("Likewise,", "Similarly,")
#: is no name: the subject after it speaks, or nobody.
SENTENCE_ADVERB = cases(
    "organisations, documents and groups",
    [
        (
            "The Tribune noted that the tax cut favoured landlords. Likewise, a study from the nonpartisan "
            'Fairview Institute had this to say about the plan: "Renters would see almost none of the savings '
            'in the first five years."',
            "Renters would see almost",
            ("a study from the nonpartisan Fairview Institute", "a study from Fairview Institute", "a study"),
        ),
        (
            "Similarly, the Harbor Union had this to say about the contract: \"It leaves the night shift "
            'with nothing at all."',
            "It leaves the night shift",
            ("the Harbor Union",),
        ),
        (
            "Predictably, a spokesman for the council had this to say: \"We do not comment on rumours about "
            'the budget."',
            "We do not comment",
            ("a spokesman for the council", "a spokesman"),
        ),
        (  # a surname in -ly is a name, not an adverb
            "Mary Kelly has run the county's books since 2009. Asked about the vote, Kelly, the county "
            'treasurer, had this to say: "The numbers speak for themselves this year."',
            "The numbers speak for",
            "Mary Kelly",
        ),
        (  # "Early" is a surname too: it opens a clause as its subject
            "Tom Early signed on to the campaign last week. Informed of the count, Early described it as "
            '"a surprise to everyone in the office."',
            "a surprise to everyone",
            "Tom Early",
        ),
    ],
)

#: A title-case headline "X On Topic: '…'": X speaks, the topic after "On" never does.
HEADLINE_TOPIC = cases(
    "organisations, documents and groups",
    [
        (
            "Trudy Mills On Why She Quit: ‘Nobody Listened To The Nurses.’\n\nTrudy Mills ran the ward at "
            "St. Anne's for eleven years before she resigned in March.",
            "Nobody Listened To The Nurses",
            "Trudy Mills",
        ),
        (
            "Mayor Ana Reyes On Library Cuts: ‘Not One Branch Will Close.’\n\nMayor Ana Reyes defended her "
            "budget on Tuesday.",
            "Not One Branch Will Close",
            "Ana Reyes",
        ),
        (  # the speaker is only a role nobody in the text carries: no name, and never the topic
            "Hospital Chief On Layoffs: ‘We Had No Other Choice.’\n\nThe chief executive of Harlow General, "
            "Dan Pike, announced 200 job cuts on Monday.",
            "We Had No Other Choice",
            None,
        ),
    ],
)

#: 'A and “B,” X, <appositive>, verb to/at …': the comma before the verb closes an appositive, not
#: an inverted "said X"; the words after the verb ("to a packed hall") are never the speaker.
PREPOSITION_AFTER_VERB = cases(
    "long material between quote, speaker and verb",
    [
        (
            "Rents are “out of control” and “pushing families out of the city,” Maria Colón, the head of the "
            "tenants’ union, declared to a packed hall on Monday.",
            "out of control",
            "Maria Colón",
        ),
        (
            "The plan is “a disgrace” and “an insult to every worker on this floor,” Ruth Bauer, a shop "
            "steward at the plant, shouted at the rally on Friday.",
            "a disgrace",
            "Ruth Bauer",
        ),
        (  # no subject at all: the group after the preposition is the addressee's side, never named
            "The levy is “unfair to renters” and “a burden on the elderly,” wrote to the council a group of "
            "residents who live near the plant.",
            "unfair to renters",
            None,
        ),
    ],
)

#: A reporter's sign-off after a news-digest item ("…"--Laura Finch.) is no signature of a quote
#: whose sentence has its own speech verb; a quote standing alone is still signed by the dash.
DIGEST_SIGN_OFF = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Finance Minister Ada Okafor said Tuesday that talks would \"resume within days\" and insisted the "
            'deal was "closer than ever."--Laura Finch.',
            "closer than ever",
            "Ada Okafor",
        ),
        (
            'Economist Wei Chen warned that prices would "keep climbing through the winter." — Julia Marsh',
            "keep climbing through",
            "Wei Chen",
        ),
        (  # a pull quote alone in its paragraph: the dash signs it
            '"Nobody builds a city alone." — Mayor Teresa Alvarado',
            "Nobody builds a city",
            "Teresa Alvarado",
        ),
    ],
)

#: 'X "…," said Y, who …, and added that "…"': the coordinated verb shares the inverted verb's
#: subject Y; X, the noun phrase before the first quote, is what Y talks about.
INVERTED_THEN_COORDINATED = cases(
    "clause frames around the speaker",
    [
        (
            'Harlan "got off far too easily," said a former U.S. intelligence official who worked on the case '
            'and called the plea deal "a gift to anyone with a good lawyer."',
            "a gift to anyone",
            ("a former U.S. intelligence official", "a former U.S. intelligence official who worked on the case"),
        ),
        (
            'Mayor Dunn "never once asked us," said Greta Voss, who chairs the parks board, and added that the '
            'plan was "rushed from the start."',
            "rushed from the start",
            "Greta Voss",
        ),
        (  # no inverted verb: the first verb's subject, as before
            'Governor Ray Kovacs toured the plant in Gary, Indiana and promised that the jobs would "stay right '
            'here in this county."',
            "stay right here",
            "Ray Kovacs",
        ),
        (  # the first verb is not inverted ("X said the bill"): its subject X speaks both
            'Rep. Joan Aldana said the bill "goes too far," and warned that it would "gut the program for years."',
            "gut the program",
            "Joan Aldana",
        ),
    ],
)

#: "questioned" and "pressed" after a question are speech verbs ('"…?" Beck questioned.'); the
#: bare noun "the press" and "pressed X on Y" with an object are not attributions of their own.
QUESTION_VERBS = cases(
    "speech verbs in every form",
    [
        (
            "Council member Ana Rivera spent an hour on the audit.\n\n\"Where did the four million dollars "
            'go?" Rivera questioned. "Nobody in this room can tell me."',
            "Where did the four million",
            "Ana Rivera",
        ),
        (
            'Sean Hollis has hosted the morning show since 2012.\n\n"Would you raise taxes to pay for it?" '
            'Hollis pressed. "Yes or no?"',
            "Would you raise taxes",
            "Sean Hollis",
        ),
        (  # "press" as a noun is no verb: the mayor speaks
            'The local press called the stadium deal "a disaster for every taxpayer in the city," Mayor Luis '
            "Ortiz said on Monday.",
            "a disaster for every",
            "Luis Ortiz",
        ),
        (  # the senators pressed her; the answer is hers
            "Senators pressed the nominee, Judge Carla Mendez, on her record. \"I have ruled on the law and "
            'nothing else," Mendez answered.',
            "I have ruled on the law",
            "Carla Mendez",
        ),
    ],
)

#: '… “…” in the waterway, while the ministry also weighed in': a contrasting clause after the
#: quote has its own subject and verb, which are not the quote's attribution.
CONTRAST_CLAUSE_AFTER = cases(
    "clause frames around the speaker",
    [
        (
            'A union spokesman responded by saying the company had been "negotiating in bad faith for months" '
            "at the table, while the company's lawyers also weighed in on Friday.",
            "negotiating in bad faith",
            "a union spokesman",
        ),
        (
            'Mayor Luis Ortiz said the deal was "good for the city and for the port" in the long run, whereas '
            "council member Ana Pike argued the opposite.",
            "good for the city",
            "Luis Ortiz",
        ),
        (  # no contrast: the subject after the comma is the quote's speaker
            'The strike "will go on until the last contract is signed" in every plant, the union\'s president, '
            "Sara Lind, said on Friday.",
            "will go on until",
            "Sara Lind",
        ),
    ],
)

#: 'X tweeted after Y argued that “…”': the quote completes the later clause, so Y speaks it.
LATER_CLAUSE_SPEAKER = cases(
    "clause frames around the speaker",
    [
        (
            "Mayor Lena Ruiz hit back on Twitter after Councilman Dale Ames claimed on Monday that the budget "
            'was "padded with millions in waste."',
            "padded with millions",
            "Dale Ames",
        ),
        (
            "Governor Tom Hart laughed it off before Senator Joan Bly warned that the bill would \"sink in the "
            'House by twenty votes."',
            "sink in the House",
            "Joan Bly",
        ),
        (  # "after the meeting" is a time, set off by commas: the subject before it speaks
            'Grant Osei, speaking after the meeting, said the deal was "done and signed by both sides."',
            "done and signed",
            "Grant Osei",
        ),
        (  # "after the vote" is no clause with a verb of its own before the quote
            'Mia Cole spoke after the vote and said the plan was "the best we could do this year."',
            "the best we could do",
            "Mia Cole",
        ),
    ],
)

#: "David and Jeanne Heidler": two first names sharing one surname are two people; the first name
#: alone is nobody's name, and no earlier speaker stands in for them either (since session 13 the
#: pair is shown as written, and keyed as two people).
SHARED_SURNAME_PAIR = cases(
    "when unsure, say less",
    [
        (
            "The couple's lawyers, Tom and Erin Walsh, wrote that the ruling was \"a victory for every tenant "
            'in the county."',
            "a victory for every tenant",
            ("the couple's lawyers", None),
        ),
        (
            "Mayor Ann Ruiz thanked the donors on Friday.\n\n\"We gave because we were asked, and we would give "
            'again," Bill and Nora Haines said in a statement.',
            "We gave because",
            ("Bill and Nora Haines", None),  # session 13: the couple as written, keyed as two people
        ),
        (  # two full names: both wrote it (round 16: not the first alone, which named one of two)
            '"The plan was dead on arrival in the Senate," Maria Gomez and Tom Lee wrote in the Tribune.',
            "The plan was dead",
            ("Maria Gomez and Tom Lee", None),
        ),
    ],
)

#: 'X told reporters that Y had spoken to Z and that “…”': the quote is the first verb's second
#: complement, so X speaks it, not Y, the subject inside the first complement.
SECOND_THAT_COMPLEMENT = cases(
    "clause frames around the speaker",
    [
        (
            "Fire Chief Ana Brooks told the council that the fire marshal had spoken to the owners and that "
            '"nobody will be left without a home tonight."',
            "nobody will be left",
            "Ana Brooks",
        ),
        (
            "Senator Tom Vick said Tuesday that Governor Ella Moss had written to him and that \"we agreed on the "
            'numbers weeks ago."',
            "we agreed on the numbers",
            "Tom Vick",
        ),
        (  # "and Moss wrote that": a clause with its own subject and verb, not a second complement
            "Senator Tom Vick said that Governor Ella Moss had called him, and Moss wrote that \"nobody agreed "
            'on anything at all."',
            "nobody agreed on anything",
            "Ella Moss",
        ),
    ],
)

#: "The ad ends with a voice over saying:": the indefinite someone after "with" speaks, not the
#: sentence's subject (a thing that "ends" or "closes").
WITH_SOMEONE_PARTICIPLE = cases(
    "organisations, documents and groups",
    [
        (
            'The video closes with a narrator asking: "Who will stand up for the people of Millbrook?"',
            "Who will stand up",
            "a narrator",
        ),
        (
            'The meeting ended with a resident shouting, "You have not heard the last of us on this!"',
            "You have not heard",
            "a resident",
        ),
        (  # "met with a group of nurses, saying": the comma ends the with-phrase; Cho speaks
            'Lena Cho met with a group of nurses on Friday, saying the cuts were "not final by any means."',
            "not final by any means",
            "Lena Cho",
        ),
    ],
)

#: "Local news station Channel 4 is reporting that …": a common adjective capitalised only because
#: it opens the sentence is no name; a surname that is also a word ("Stern told") stays one.
OPENING_ADJECTIVE = cases(
    "when unsure, say less",
    [
        (
            'Local news station Channel 4 is reporting that the sign at the depot read, "Closed for good after '
            '90 years."',
            "Closed for good",
            (None, "Local news station Channel 4"),
        ),
        (
            "Regional broadcaster NDR 2 is reporting that the banner over the square read, \"No more cuts to our "
            'schools."',
            "No more cuts",
            (None, "Regional broadcaster NDR 2"),
        ),
        (  # a surname that is also a word keeps its capital
            "Ron Stern has led the union since 2015. Stern told reporters that the vote was \"a disgrace to every "
            'member."',
            "a disgrace to every",
            "Ron Stern",
        ),
        (
            'Royal Mail said in a statement that deliveries would be "back to normal by Monday."',
            "back to normal",
            "Royal Mail",
        ),
    ],
)

#: '"…" during the opening of Harbor Point Mall, calling it …': a participle after a phrase and a
#: comma is the sentence subject's, never the name that ends the phrase.
PARTICIPLE_AFTER_PHRASE = cases(
    "long material between quote, speaker and verb",
    [
        (
            'Governor Lin Park released a statement saying that the company had "kept its word to the town" '
            'during the opening of Harbor Point Mall, calling it a "great day for the valley."',
            "kept its word",
            "Lin Park",
        ),
        (
            'Mayor Eve Stone said the plan was "years overdue" at a forum held by Millbrook Residents United, '
            'adding that it was "only a start."',
            "years overdue",
            "Eve Stone",
        ),
        (  # the name before the comma is the subject: the participle phrase is an aside
            '"We are not leaving this town, not now and not ever," Omar Haddad, pointing to the ruins, told '
            "reporters.",
            "We are not leaving",
            "Omar Haddad",
        ),
    ],
)

#: "…, and with polls showing rival Dana Pruitt, a Democrat, ahead …, a report by the website says":
#: a name inside a clause is no subject that the description right before the verb is apposed to.
NAME_INSIDE_EARLIER_CLAUSE = cases(
    "organisations, documents and groups",
    [
        (
            "After a rough week for the mayor, and with polls showing rival Dana Pruitt, a Democrat, ahead in "
            'the suburbs, a report by the website Capitol Wire says that "more than forty delegates are ready '
            'to switch sides."',
            "more than forty delegates",
            ("a report by Capitol Wire", "a report by the website Capitol Wire"),
        ),
        (
            "As the strike entered its third week, and with union leader Omar Reyes, 61, still in the hospital, "
            'a statement from the company says the offer is "final in every respect."',
            "final in every respect",
            ("a statement from the company",),
        ),
        (  # a bare name with its appositive: the name is the subject
            'Nate Vance, the polling analyst who founded the site, tweeted that the race was "a coin flip at '
            'best."',
            "a coin flip at best",
            "Nate Vance",
        ),
    ],
)

#: A quote standing alone, then "X responded / fired back" opening the next paragraph: X answers the
#: quote, so X is not its speaker; a plain "X said" there still is.
ANSWER_IN_NEXT_PARAGRAPH = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Mayor Ann Ruiz was asked about the closures at a town hall on Monday.\n\n“I do not run the "
            "hospital board, and I am tired of being blamed for its decisions.”\n\nThe board responded "
            "Tuesday, saying the mayor had approved every cut in the budget.",
            "I do not run the hospital",
            (None, "Ann Ruiz"),
        ),
        (
            "The vote came late on Thursday.\n\n“Nobody in this chamber read the bill before voting on it.”"
            "\n\nLisa Moreno, the majority leader, fired back hours later, calling the claim unfair to every "
            "member.",
            "Nobody in this chamber",
            None,
        ),
        (  # "said" in the next paragraph: the quote is the mayor's
            "The court ruled against the town on Friday.\n\n“We will not back down, and we will take this to "
            "the state's highest court.”\n\nMayor Ed Jones said the town would appeal within the month.",
            "We will not back down",
            "Ed Jones",
        ),
    ],
)

ROUND7_CASES = [
    *STATE_TAG, *INITIALISM_IN_DESCRIPTION, *SENTENCE_ADVERB, *HEADLINE_TOPIC, *PREPOSITION_AFTER_VERB,
    *DIGEST_SIGN_OFF, *INVERTED_THEN_COORDINATED,
    *QUESTION_VERBS, *CONTRAST_CLAUSE_AFTER, *LATER_CLAUSE_SPEAKER,
    *SHARED_SURNAME_PAIR, *SECOND_THAT_COMPLEMENT, *WITH_SOMEONE_PARTICIPLE,
    *OPENING_ADJECTIVE, *PARTICIPLE_AFTER_PHRASE, *NAME_INSIDE_EARLIER_CLAUSE,
    *ANSWER_IN_NEXT_PARAGRAPH,
]  # fmt: skip
