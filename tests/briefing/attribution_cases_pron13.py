"""Attribution cases of the thirteenth pronoun round (issue 13, "who a pronoun is"): a word of a
title-case headline is no person a pronoun could mean unless the body writes it too ("… Most
Qualified Candidate Ever"); a person named inside a subject phrase that is no person ("One of the claims of Gov. Tom Reyes's speech
does not …", "The promise Mrs. Ada Lind made is …") is who the sentence is about, when the text
or a given name tells the person's gender. Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A title-case headline capitalises every word: "Ever" closing it is no name, so it is no
#: referent for the "he" of the body's first quote.
HEADLINE_WORDS = cases(
    "pronouns and role nouns",
    [
        (
            "Reyes Calls Harbor Plan Best Deal Ever, Critics Disagree.\n\n"
            "Gov. Tom Reyes defended the harbor plan on Tuesday night.\n\n"
            "He told the crowd: “Nobody has ever brought this much money to this port, and nobody will.”",
            "Nobody has ever brought",
            "Tom Reyes",
        ),
        (  # negative: the headline's last word is no referent, and nobody in the body is
            "Harbor Plan Called Best Deal Ever.\n\n"
            "The plan was approved by the council on Tuesday night after a long debate.\n\n"
            "He told the crowd: “Nobody has ever brought this much money to this port, and nobody will.”",
            "Nobody has ever brought",
            None,
        ),
        (  # a headline subject the body names too stays a referent
            "Lindqvist Says Clinic Fee Increase Was the Only Option.\n\n"
            "“We had no other way to keep the clinics open this winter,” she said on Friday. Lindqvist "
            "had promised a budget without new fees.",
            "We had no other way",
            ("Lindqvist", "Ann Lindqvist"),
        ),
    ],
)

#: The sentence's subject is a thing ("One of the claims of …", "The promise … made"), and the
#: one person written inside that subject phrase, whose gender the text or a given name tells,
#: is who the sentence is about: the next "he said" or "she said" means that person.
NAME_INSIDE_SUBJECT_PHRASE = cases(
    "pronouns and role nouns",
    [
        (
            "Reyes Calls Harbor Plan Best Deal Ever.\n\n"
            "One of the central claims of Gov. Tom Reyes’s speech to the port authority on Tuesday does "
            "not stand up to scrutiny.\n\n"
            "He told the crowd: “Nobody has ever brought this much money to this port, and nobody will.”",
            "Nobody has ever brought",
            "Tom Reyes",
        ),
        (
            "The most important promise Mrs. Ada Lind has made in this campaign is that she will not "
            "raise the water rates. “We do not need another surprise on the bill,” she has said.",
            "We do not need another surprise",
            "Ada Lind",
        ),
        (
            "The budget that Sen. Mark Ruiz drafted last spring cut the ferry subsidy by half.\n\n"
            "“It was the only way to pay for the bridge, and I would do it again,” he said.",
            "It was the only way",
            "Mark Ruiz",
        ),
        (  # negative: the person inside the subject phrase has the other gender, nobody fits
            "The letter Mrs. Ada Lind sent to the board was read aloud on Tuesday.\n\n"
            "“We will answer every question in writing,” he said.",
            "We will answer every question",
            None,
        ),
        (  # negative: a name of unknown gender inside the subject phrase stays no referent
            "The report by the Kessler group was released on Tuesday.\n\n"
            "“We will answer every question in writing,” he said.",
            "We will answer every question",
            None,
        ),
    ],
)

#: A relative clause set off by commas after the subject ("Gov. Tom Reyes, whose speech Mrs. Ada
#: Lind praised, left early") is no appositive: the name inside it is its subject or object, not
#: the sentence's, and the "he said" after it is the main subject's.
RELATIVE_CLAUSE_AFTER_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "Gov. Tom Reyes, whose speech Mrs. Ada Lind praised, left early on Tuesday.\n\n"
            "“I had a flight to catch,” he said.",
            "I had a flight to catch",
            "Tom Reyes",
        ),
        (
            "Mayor Ines Calloway, whom Councilman Rob Teller endorsed, won the runoff by nine points.\n\n"
            "“This city voted for buses, not for me,” she said.",
            "This city voted for buses",
            "Ines Calloway",
        ),
        (
            "Sen. Dale Whitcombe, who Gov. Anne Holt appointed in March, opposed the bill on Thursday. "
            "“It spends money we do not have,” he said.",
            "It spends money we do not have",
            "Dale Whitcombe",
        ),
        (  # negative: an appositive name set off by commas still is the subject
            "The mayor, Ines Calloway, opened the new depot on Tuesday.\n\n"
            "“This city voted for buses, not for me,” she said.",
            "This city voted for buses",
            "Ines Calloway",
        ),
        (  # negative: after the relative clause, the other gender has no referent left
            "Gov. Tom Reyes, whose speech Mrs. Ada Lind praised, left early on Tuesday.\n\n"
            "“I had to leave before the vote,” she said.",
            "I had to leave before the vote",
            ("Ada Lind", None),
        ),
    ],
)

#: An interviewer's question put to someone ("Last week, Radio Nord's Pia Lund asked Hale whether
#: …"): the "he said" answering it is the person asked, not the interviewer who is the subject;
#: and "X asked Y to …" (no question) has X as its subject, not Y.
ANSWER_OF_THE_PERSON_ASKED = cases(
    "pronouns and role nouns",
    [
        (
            "Last month, the Ledger’s Nora Quist asked Sen. Paul Hale whether his age was a fair "
            "question for voters.\n\n"
            "“Sure it is, and I have nothing to hide about my health,” he said.",
            "Sure it is",
            "Paul Hale",
        ),
        (
            "On Sunday, host Martin Blake asked Gov. Anne Holt about the ferry contract.\n\n"
            "“We signed the best deal anyone was offering,” she said.",
            "We signed the best deal",
            "Anne Holt",
        ),
        (
            "Reporter Dan Ruiz asked Mayor Tom Keller if the budget would hold. “It will, barring a "
            "flood,” he said.",
            "It will, barring a flood",
            "Tom Keller",
        ),
        (
            "Last month, The Ledger’s Nora Quist asked Sen. Paul Hale whether his age was a fair "
            "question for voters.\n\n"
            "“Sure it is, and I have nothing to hide about my health,” he said.",
            "Sure it is",
            "Paul Hale",
        ),
        (
            "On Sunday, host Martin Blake pressed Gov. Anne Holt on the ferry contract for ten minutes.\n\n"
            "“We signed the best deal anyone was offering,” she said.",
            "We signed the best deal",
            "Anne Holt",
        ),
        (  # negative: the person asked has the other gender, so "he" is the interviewer
            "On Sunday, host Martin Blake asked Gov. Anne Holt about the ferry contract, and later "
            "spoke about the interview on his own show.\n\n"
            "“She did not answer a single question,” he said.",
            "She did not answer",
            "Martin Blake",
        ),
        (  # negative: a question put to a news channel is answered by no person
            "Sen. Paul Hale spoke to reporters on Monday. Hale asked Fox News whether the poll had been "
            "rigged.\n\n“Nobody believes those numbers,” he said.",
            "Nobody believes those numbers",
            "Paul Hale",
        ),
        (  # negative: a question reported inside someone else's account is not answered here
            "Betty Lorne, a retired teacher, drove four hours to the rally. What upset her most was a "
            "town hall last week, when a student asked Gov. Anne Holt why tuition had doubled.\n\n"
            "“I was furious on her behalf, and I still am,” she said.",
            "I was furious on her behalf",
            "Betty Lorne",
        ),
        (  # negative: "asked" with no question after it ("asked Hale to resign") changes nothing
            "Gov. Anne Holt asked Paul Hale to resign on Friday.\n\n"
            "“The party deserves better than this,” she said.",
            "The party deserves better",
            "Anne Holt",
        ),
    ],
)

#: "the GOP senator" after "Sen. Ron Walden (R-Ore.)": the party tag after the name is what the
#: party word of the description refers to; the one senator so tagged is who "he" is.
PARTY_TAG_HOLDER = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Ron Walden (R-Ore.) blocked the vote on Tuesday night.\n\n"
            "The GOP senator said the bill had been rushed through committee.\n\n"
            "“We were given the text an hour before the vote,” he said.",
            "We were given the text",
            "Ron Walden",
        ),
        (
            "Sen. Ines Calloway, D-N.M., voted against the package. The Democratic senator called it "
            "a giveaway. “Nobody in my state asked for this,” she said.",
            "Nobody in my state asked",
            "Ines Calloway",
        ),
        (
            "Republican Sen. Ron Walden blocked the vote on Tuesday night.\n\n"
            "The GOP senator said the bill had been rushed through committee.\n\n"
            "“We were given the text an hour before the vote,” he said.",
            "We were given the text",
            "Ron Walden",
        ),
        (  # negative: the only senator named belongs to the other party, so no name is given
            "Sen. Ron Walden (D-Ore.) blocked the vote on Tuesday night.\n\n"
            "The GOP senator said the bill had been rushed through committee.\n\n"
            "“We were given the text an hour before the vote,” he said.",
            "We were given the text",
            ("the GOP senator", None),
        ),
        (  # negative: two senators of the party, so the text's own words are shown
            "Sen. Ron Walden (R-Ore.) and Sen. Tom Keller (R-Idaho) blocked the vote on Tuesday night.\n\n"
            "The GOP senator said the bill had been rushed through committee.\n\n"
            "“We were given the text an hour before the vote,” he said.",
            "We were given the text",
            ("the GOP senator", None),
        ),
    ],
)

#: A sentence of reported speech closed by a pronoun's cue ("Brandt will lose Ohio, he said.") is
#: about the speaker the pronoun means, not about its content's subject: the next "he added"
#: is that speaker again, not Brandt.
REPORTED_SPEECH_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Paul Hale spoke to supporters in Dayton on Monday.\n\n"
            "Brandt will lose Ohio by ten points in November, he said.\n\n"
            "“Nobody in this state wants that plan,” he added.",
            "Nobody in this state wants",
            "Paul Hale",
        ),
        (
            "Mayor Ines Calloway took questions after the council vote.\n\n"
            "Keller has no money left for the bridge, she said. “He spent it on parking lots,” she added.",
            "He spent it on parking lots",
            "Ines Calloway",
        ),
        (  # negative: a sentence that holds its own quote is its subject's ("she said" is hers)
            "Gov. Paul Hale spoke first.\n\n"
            "In her speech on Friday, Calloway said what the city needs: “More buses and fewer excuses,” "
            "she said. “And a bridge that opens,” she added.",
            "And a bridge that opens",
            "Calloway",
        ),
        (  # negative: nobody fits the pronoun, so its cue brings nobody back
            "Gov. Paul Hale spoke first.\n\n"
            "The depot will close in May, she said. “We have no buses left to park there,” she added.",
            "We have no buses left",
            None,
        ),
    ],
)

#: A capitalised word opening a sentence before a noun ("Black turnout carried her") is an
#: adjective, not a person, when the text never writes it mid-sentence nor in a longer name.
CAPITAL_BEFORE_NOUN = cases(
    "pronouns and role nouns",
    [
        (
            "Mayor Ines Calloway won the runoff by nine points on Tuesday.\n\n"
            "Black turnout in the east of the city carried the night.\n\n"
            "“The neighbourhoods came out for buses,” she said.",
            "The neighbourhoods came out",
            "Ines Calloway",
        ),
        (
            "Sen. Paul Hale conceded on Wednesday morning.\n\n"
            "Good weather on election day did not help the campaign either.\n\n"
            "“We did not give them a reason to come out,” he said.",
            "We did not give them a reason",
            "Paul Hale",
        ),
        (  # negative: a one-word name before its verb or adverb stays the subject
            "Gov. Anne Holt spoke first.\n\nBrandt openly criticised the plan on Thursday.\n\n"
            "“It is a waste of public money,” he said.",
            "It is a waste of public money",
            "Brandt",
        ),
        (  # negative: a name the text also writes mid-sentence stays a person
            "Gov. Anne Holt met Strong and the board on Monday.\n\n"
            "Strong aides said the talks had gone well.\n\n"
            "“We are close to a deal,” he said.",
            "We are close to a deal",
            ("Strong", None),
        ),
    ],
)

#: Reported speech closed by its cue ("Prices will keep rising for months, she said.") and then a
#: sentence of the same paraphrase ending in a quote, with no verb of speech and no person of
#: its own: the quoted words are still the speaker's ("… when “the harvest numbers turn”").
PARAPHRASE_CONTINUED = cases(
    "pronouns and role nouns",
    [
        (
            "Lena Ortiz, an economist at the Central Bank, spoke to reporters on Monday.\n\n"
            "Prices will keep rising for months, she said. Relief could come by spring, but only when "
            "“the harvest numbers finally turn around.”",
            "the harvest numbers finally turn",
            "Lena Ortiz",
        ),
        (
            "Mayor Tom Keller toured the flooded streets on Sunday.\n\n"
            "The pumps had failed twice in a week, Keller said. The city's drainage plan, in other words, "
            "is “a document nobody has read since 1998.”",
            "a document nobody has read",
            "Tom Keller",
        ),
        (  # negative: the quote's own subject, not "she said" before it (none is as safe)
            "Lena Ortiz, an economist at the Central Bank, spoke to reporters on Monday.\n\n"
            "Prices will keep rising for months, she said. Brandt, however, expects “a soft landing by "
            "the spring at the latest.”",
            "a soft landing by the spring",
            ("Brandt", None),
        ),
        (  # negative: no cue closes the sentence before, so nobody is known to be speaking
            "Lena Ortiz, an economist at the Central Bank, spoke to reporters on Monday.\n\n"
            "Prices will keep rising for months. Relief could come by spring, but only when "
            "“the harvest numbers finally turn around.”",
            "the harvest numbers finally turn",
            None,
        ),
        (  # negative: the quote's sentence is about another person, whose words these may be
            "Lena Ortiz, an economist at the Central Bank, spoke to reporters on Monday.\n\n"
            "Prices will keep rising for months, she said. Governor Paul Hale, for his part, has "
            "promised “a winter without shortages.”",
            "a winter without shortages",
            ("Paul Hale", None),
        ),
    ],
)

#: A short "as/while/when" clause right before the speech verb, with no comma before it, after a
#: long sentence start ("…, wagging her finger at a heckler as she angrily said, “…”"): its
#: he/she or name is the quote's speaker.
INNER_CLAUSE_SPEAKER = cases(
    "pronouns and role nouns",
    [
        (
            "Mayor Ines Calloway faced a rowdy town hall on Monday.\n\n"
            "Two weeks after the mayor lost her temper on a rope line, wagging her finger at a heckler "
            "as she angrily said, “I am tired of the lies about this bridge” in front of the cameras, "
            "the council voted to delay the project.",
            "I am tired of the lies",
            "Ines Calloway",
        ),
        (
            "Sen. Paul Hale walked out of the hearing on Thursday, waving a copy of the bill at the "
            "chairman while he loudly said, “This is a waste of everyone’s time.”",
            "This is a waste of everyone",
            "Paul Hale",
        ),
        (
            "The vote was delayed again after a long night, with papers thrown across the chamber when "
            "Keller finally said, “We are not voting on a bill nobody has read.”",
            "We are not voting on a bill",
            "Keller",
        ),
        (  # negative: the clause's "she" has no woman to mean, so no one is named
            "Gov. Paul Hale spoke first.\n\n"
            "Two weeks after the board met, wagging a finger at the cameras as she angrily said, “I am "
            "tired of the lies about this bridge” in front of everyone, the council voted to delay it.",
            "I am tired of the lies",
            None,
        ),
    ],
)

#: "back on home soil", "Back in Washington", "Back home" opening a sentence is an adverbial of
#: place, not its subject: the he/she after the comma is ("But back on home soil, he returned to
#: his old lines: “…”").
FRONTED_BACK = cases(
    "pronouns and role nouns",
    [
        (
            "Gov. Paul Hale sounded almost conciliatory at the summit in Ottawa on Wednesday.\n\n"
            "But back on home soil, he returned to his familiar lines: “There will be no new tolls, not "
            "one, not ever.”",
            "There will be no new tolls",
            "Paul Hale",
        ),
        (
            "Mayor Ines Calloway spent the week in Brussels.\n\n"
            "Back home, she told supporters at a rally: “We came back with the money for the trams.”",
            "We came back with the money",
            "Ines Calloway",
        ),
        (  # negative: "Back" as a surname before its verb stays the subject
            "Gov. Paul Hale spoke first.\n\nSen. Anna Back took the floor after him.\n\n"
            "Back said: “This bill will not pass the Senate in this form.”",
            "This bill will not pass",
            "Anna Back",
        ),
    ],
)

#: A name set off by commas after a description may carry its place ("His chief rival, Sen. Dale
#: Whitcombe of Vermont, skipped …"): it is still the subject, not the description.
APPOSED_NAME_OF_PLACE = cases(
    "pronouns and role nouns",
    [
        (
            "Gov. Tom Keller spoke at the conference on Monday. His chief rival, Sen. Dale Whitcombe of "
            "Vermont, skipped the meeting.\n\n“I had better things to do in Burlington,” he said.",
            "I had better things to do",
            "Dale Whitcombe",
        ),
        (
            "Gov. Tom Keller spoke first. Keller’s sharpest critic, Rep. Nora Quist of Ohio, was not "
            "invited.\n\n“They did not want a single question they could not answer,” she said.",
            "They did not want a single question",
            "Nora Quist",
        ),
        (  # negative: "of course" set off by commas is no name
            "Mayor Ines Calloway met Gov. Tom Keller on Monday. The mayor, of course, was furious.\n\n"
            "“We were promised the money in March,” she said.",
            "We were promised the money",
            "Ines Calloway",
        ),
    ],
)

#: A sentence adverb with no comma before a pronoun subject ("Instead he gave a speech in which he
#: pledged that …", "Later she told reporters"): the pronoun is the subject, not nobody.
ADVERB_BEFORE_PRONOUN = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Dale Whitcombe skipped the conference in Denver on Monday. Instead he gave a speech in "
            "Boise in which he promised that, if elected, he would be “a friend to every rancher in this "
            "state.”",
            "a friend to every rancher",
            "Dale Whitcombe",
        ),
        (
            "Mayor Ines Calloway left the council meeting early. Later she told reporters that the plan "
            "was “dead on arrival, and everyone in that room knows it.”",
            "dead on arrival",
            "Ines Calloway",
        ),
        (  # negative: the pronoun after the adverb has no person of its gender to mean
            "Ms. Ines Calloway left the council meeting early. Instead he gave a speech in Boise in "
            "which he promised that, if elected, he would be “a friend to every rancher in this state.”",
            "a friend to every rancher",
            None,
        ),
    ],
)

#: A sentence opening "According to X," credits its content to X as much as a mid-sentence
#: "according to X" does: the "he said" after it is X's.
ACCORDING_TO_OPENING = cases(
    "pronouns and role nouns",
    [
        (
            "Gov. Tom Keller certified the count on Friday.\n\n"
            "According to Brandt, the vote was rigged from the start.\n\n"
            "“They counted the same ballots twice in three counties,” he said.",
            "They counted the same ballots",
            "Brandt",
        ),
        (
            "Ms. Ines Calloway chaired the hearing on Friday.\n\n"
            "According to Sen. Dale Whitcombe, the audit was never finished. “Nobody signed the last "
            "page,” he said.",
            "Nobody signed the last page",
            "Dale Whitcombe",
        ),
        (  # negative: a source that is no person leaves the person before it
            "Gov. Tom Keller certified the count on Friday.\n\n"
            "According to the election board, the vote was clean.\n\n"
            "“Every ballot was counted once and only once,” he said.",
            "Every ballot was counted",
            "Tom Keller",
        ),
    ],
)

#: A closing cue whose comma the writer left out ("…, he is also the strongest candidate Brandt
#: argues."): the sentence is still Brandt's view, and his "he says" follows.
CLOSING_CUE_WITHOUT_COMMA = cases(
    "pronouns and role nouns",
    [
        (
            "Keller is not only right on taxes, he is also the strongest candidate in the race Sen. Mark "
            "Brandt argues.\n\n“Nobody else can carry Ohio in November,” he says.",
            "Nobody else can carry Ohio",
            "Mark Brandt",
        ),
        (
            "Gov. Tom Keller spoke first. The bridge will be finished by May Sen. Nora Quist insists.\n\n"
            "“The money is already in the bank,” she says.",
            "The money is already in the bank",
            "Nora Quist",
        ),
        (  # negative: a channel is no "he"
            "Gov. Tom Keller is not only right on taxes, he is also the strongest candidate in the race "
            "Fox News says.\n\n“Nobody else can carry Ohio in November,” he says.",
            "Nobody else can carry Ohio",
            "Tom Keller",
        ),
        (  # negative: a name before a verb that is no speech ("the candidate Brandt supports")
            "Keller is not only right on taxes, he is also the candidate in the race Brandt supports.\n\n"
            "“Nobody else can carry Ohio in November,” he says.",
            "Nobody else can carry Ohio",
            "Keller",
        ),
    ],
)

#: "Mr Keller" after "Anna Keller": an honorific of the other gender than the full name's given
#: name is another member of the family, so his "he said" is not hers.
SHARED_SURNAME = cases(
    "pronouns and role nouns",
    [
        (
            "Anna Keller, 19, went missing on a hike in the Alps.\n\n"
            "Her brother Mr Keller told reporters he had spoken to her the night before. He said: “She knew "
            "the mountain well and always carried a map with her.”",
            "She knew the mountain well",
            ("Keller", "Mr Keller", None),
        ),
        (
            "Bill Dorsey founded the bakery in 1981.\n\n"
            "Mrs. Dorsey, who runs it now, said she would not sell. “This shop is our whole life, and it stays "
            "in the family,” she said.",
            "This shop is our whole life",
            ("Dorsey", "Mrs. Dorsey", None),
        ),
        (  # negative: an honorific of the same gender is the same person
            "Anna Keller, 19, went missing on a hike in the Alps last week.\n\n"
            "Ms. Keller was found on Sunday. “I knew the mountain well and I always carry a map,” she said.",
            "I knew the mountain well",
            "Anna Keller",
        ),
    ],
)

PRON13_CASES = [
    *HEADLINE_WORDS,
    *NAME_INSIDE_SUBJECT_PHRASE,
    *RELATIVE_CLAUSE_AFTER_SUBJECT,
    *ANSWER_OF_THE_PERSON_ASKED,
    *PARTY_TAG_HOLDER,
    *REPORTED_SPEECH_SUBJECT,
    *CAPITAL_BEFORE_NOUN,
    *PARAPHRASE_CONTINUED,
    *INNER_CLAUSE_SPEAKER,
    *FRONTED_BACK,
    *APPOSED_NAME_OF_PLACE,
    *ADVERB_BEFORE_PRONOUN,
    *ACCORDING_TO_OPENING,
    *CLOSING_CUE_WITHOUT_COMMA,
    *SHARED_SURNAME,
]
