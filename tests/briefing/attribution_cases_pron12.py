"""Attribution cases of the pronoun round of session 9 (issue 13, "who a pronoun or role noun
is"): a pronoun goes to the person the text was last about, with a gender only when the text
or an unambiguous given name says so. Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A sentence about a woman with an unambiguous given name that uses "he" for someone the text
#: does not name as a person ("Hillary Voss attacked Keller, saying he …") is no evidence she is
#: a "he": the given name stands, and her "she said" is hers.
GENDER_VOTE_AGAINST_GIVEN_NAME = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Margaret Doyle went after Keller on Monday, saying he had broken his word on the budget.\n\n"
            "“We were promised a school in this district, and we got a parking lot,” she said.",
            "We were promised a school",
            "Margaret Doyle",
        ),
        (
            "Rep. Jennifer Aldana attacked Brookes over the port deal, arguing that he had misled the "
            "council twice. The deal would cost the city millions, she added.\n\n"
            "“Nobody in this chamber was told the truth,” she said.",
            "Nobody in this chamber",
            "Jennifer Aldana",
        ),
        (
            "Gov. Michael Tanaka praised Sorensen on Friday, saying she had rescued the festival from "
            "bankruptcy.\n\n“Without that money we would have closed the doors in June,” he said.",
            "Without that money",
            "Michael Tanaka",
        ),
        (  # negative: a given name that says nothing leaves the text's own evidence standing
            "Sen. Robin Achterberg told the council on Tuesday that she would not run for a third term.\n\n"
            "“It is time for someone else to carry this,” he said.",
            "It is time for someone else",
            None,
        ),
    ],
)

#: A quote inside a fronted subordinate clause ("When Ortiz called it “…,” Hale …") was
#: introduced before the main clause's subject: "he said" next is about that subject.
MAIN_SUBJECT_AFTER_FRONTED_QUOTE = cases(
    "pronouns and role nouns",
    [
        (
            "When Ortiz described the new levy as “a tax on breathing,” Ben Hale shook his head and "
            "left the room.\n\n“That is not what this bill does, and everyone here knows it,” he said.",
            "That is not what this bill does",
            "Ben Hale",
        ),
        (
            "After Kessler dismissed the audit as “a fishing expedition by people with nothing better to "
            "do,” Reyes asked for the floor.\n\n“The auditors found forty million dollars we cannot "
            "explain,” she said.",
            "The auditors found forty million",
            "Reyes",
        ),
        (
            "Although Brandt had promised “a budget without a single new fee,” Lindqvist signed the "
            "fee increase on Friday. “We had no other way to keep the clinics open,” she told reporters.",
            "We had no other way",
            "Lindqvist",
        ),
        (  # negative: the main clause has no person as its subject, so the quote's speaker stays
            "When Ortiz described the new levy as “a tax on breathing,” nobody in the chamber laughed.\n\n"
            "“It was not meant as a joke, and I will say it again next week,” he said.",
            "It was not meant as a joke",
            "Ortiz",
        ),
        (  # negative: a pronoun before the subject of its own sentence means that subject
            "Governor Dale Whitcombe spoke first.\n\nIn what she later called “a necessary rant about "
            "the budget,” Mayor Ines Calloway tore into the state's plan on Friday.",
            "a necessary rant",
            "Ines Calloway",
        ),
        (  # negative: a name inside a dash aside of a quote-opening sentence is not its subject
            "The mayor's pollster, Victor Ambrose, says the race is wide open. “I don't think the "
            "conventional wisdom” -- that Calloway is a downtown candidate -- “is going to last,” he says.",
            "is going to last",
            "Victor Ambrose",
        ),
    ],
)

#: A subordinating conjunction opening a sentence is no part of the name after it: "Although
#: Brandt had promised “…”" is Brandt's quote.
SUBORDINATOR_BEFORE_NAME = cases(
    "pronouns and role nouns",
    [
        (
            "Although Brandt had promised “a budget without a single new fee for anyone,” Lindqvist "
            "signed the fee increase on Friday.",
            "a budget without a single new fee",
            "Brandt",
        ),
        (
            "Because Okafor had called the ruling “a victory for every tenant in this city,” the "
            "landlords' lawyers asked for a new hearing.",
            "a victory for every tenant",
            "Okafor",
        ),
        (
            "Once Ramirez said “we will not sign anything this week,” the talks were over.",
            "we will not sign anything",
            "Ramirez",
        ),
        (  # negative: a lower-case "though" after the attribution changes nothing
            "“We will win this seat back in November,” said Sen. Dana Whitfield, though Brandt "
            "disagreed.",
            "We will win this seat back",
            "Dana Whitfield",
        ),
    ],
)

#: A fronted adverbial ("There,", "Just a few months ago,") is no subject: the sentence is about
#: the person named after it, and "he said" next is that person.
FRONTED_ADVERBIAL = cases(
    "pronouns and role nouns",
    [
        (
            "Mayor Ellen Voss opened the meeting. There, the district party chairman Tom Ruddock "
            "refused to name the delegates.\n\n“Nobody gets those names before the convention,” he said.",
            "Nobody gets those names",
            "Tom Ruddock",
        ),
        (
            "Just a few months ago, Florida developer Rick Haldane called the nominee unfit. “I never "
            "thought I would write him a check,” he told the Tampa Tribune.",
            "I never thought I would write",
            "Rick Haldane",
        ),
        (
            "Sen. Joan Price spoke first. Two years ago, state party treasurer Alan Marsh resigned over "
            "the audit.\n\n“I would do it again tomorrow,” he said on Monday.",
            "I would do it again tomorrow",
            "Alan Marsh",
        ),
        (  # negative: "ago" closing the sentence is no fronted adverbial; the subject stands
            "Councilman Peter Dahl left the party two years ago. “It had stopped listening,” he said.",
            "It had stopped listening",
            "Peter Dahl",
        ),
    ],
)

#: "For Jonathan Chait, Williamson is …": the sentence gives the view of the person framed with
#: "For"/"To", so the "he said" after it is the holder's, not the subject's.
OPINION_HOLDER = cases(
    "pronouns and role nouns",
    [
        (
            "For Dennis Whitcomb, Carl Ostrowski is simply the wrong man for the job. “He has never "
            "run anything bigger than a bake sale,” he scoffs.",
            "He has never run anything bigger",
            "Dennis Whitcomb",
        ),
        (
            "To columnist Rhea Malden, Governor Anne Tully is repeating every mistake of her "
            "predecessor.\n\n“She has learned nothing from the flood,” she wrote on Sunday.",
            "She has learned nothing",
            "Rhea Malden",
        ),
        (
            "For coach Mike Dunn, Jordan Ellis is the best shooter he has trained in twenty years. "
            "“He stays after practice every single night,” he said.",
            "He stays after practice",
            "Mike Dunn",
        ),
        (  # negative: "For years," frames no person; the subject stays who "he" is
            "For years, Walter Brandt has argued for a bigger port. “The ships are getting larger "
            "and we are not,” he said.",
            "The ships are getting larger",
            "Walter Brandt",
        ),
    ],
)

#: "Christie's been making the case": an "'s" before "been", "not", "got" is a contracted "has"
#: or "is", so the name is the sentence's subject, not the owner of something.
CONTRACTED_HAS_AFTER_NAME = cases(
    "pronouns and role nouns",
    [
        (
            "Gov. Tom Hale spoke after lunch. Delgado's been saying for months that the budget is a "
            "fraud.\n\n“Nobody has read the numbers,” he said.",
            "Nobody has read the numbers",
            "Delgado",
        ),
        (
            "Rep. Ian Mercer left early. Harriet Kwan’s not ready to give up on the bill. “We have "
            "the votes in committee,” she said.",
            "We have the votes in committee",
            "Harriet Kwan",
        ),
        (
            "Mayor Lou Banner said nothing. Okafor's got a plan for the stadium, and it is cheaper. "
            "“The city pays nothing up front,” he told reporters.",
            "The city pays nothing up front",
            "Okafor",
        ),
        (  # negative: a real possessive ("Okafor's plan") leaves the earlier subject standing
            "Sen. Ruth Alder spoke for an hour. Okafor's plan for the stadium came up twice. “The city "
            "cannot afford it,” she said.",
            "The city cannot afford it",
            "Ruth Alder",
        ),
    ],
)

#: "The other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast":
#: a person description with a full name set off after it is that person, and "she said" next is
#: the name, not the role noun.
DESCRIPTION_WITH_APPOSED_NAME = cases(
    "pronouns and role nouns",
    [
        (
            "But the other candidate on the stage, former Governor Alma Reyes, drew a sharp contrast "
            "on wages.\n\n“I take the research on job losses seriously,” she said.",
            "I take the research on job losses",
            "Alma Reyes",
        ),
        (
            "The country's trade minister, Bakyt Osmonov, plays down the concerns. The factories will "
            "bring jobs, he says.\n\n“We should get on board that train,” he said in an interview.",
            "We should get on board",
            "Bakyt Osmonov",
        ),
        (
            "One longtime resident, Harold Finch, walked the picket line for a third day. “Nobody "
            "from the company has come out to talk to us,” he said.",
            "Nobody from the company",
            "Harold Finch",
        ),
        (  # negative: no name in the commas, so the description is what the text says
            "The other candidate, a retired teacher from Dover, drew a sharp contrast on wages. “I "
            "take the research seriously,” she said.",
            "I take the research seriously",
            ("the other candidate", "a retired teacher from Dover", None),
        ),
    ],
)

#: A place is no "he" or "she": the jurisdiction before an office ("Michigan Attorney General …")
#: and the place an institution is named after ("Sandy Hook Elementary School") are places when
#: they later open a sentence.
PLACES_FROM_OFFICES_AND_INSTITUTIONS = cases(
    "pronouns and role nouns",
    [
        (
            "Rep. Dan Ortiz drove to Cedar Falls High School the next morning.\n\nIn that sense, Cedar "
            "Falls was no longer just a town on a map. “I walked out of that gym a different man,” he said.",
            "I walked out of that gym",
            "Dan Ortiz",
        ),
        (
            "Ohio Attorney General Mark Delaney asked the court for a stay. Ohio was only doing what "
            "forty states already do, he told the court.\n\n“Voters deserve a ballot they understand,” "
            "he wrote.",
            "Voters deserve a ballot",
            "Mark Delaney",
        ),
        (
            "Nevada Sen. Ruth Calder voted against the bill on Thursday. Nevada has the most to lose "
            "from it. “This is a tax on every family in my state,” she said.",
            "This is a tax on every family",
            "Ruth Calder",
        ),
        (  # negative: a person the text names as such stays a person, whatever is named after him
            "Sen. Walter Grant toured Walter Grant Middle School on Friday. Walter Grant wept at the "
            "plaque. “My father would have loved this place,” he said.",
            "My father would have loved",
            "Walter Grant",
        ),
    ],
)

#: A participle opening a headline or a sentence ("Debating Clinton's Character", "Laughing
#: Eugenie waved") is no part of the name after it: later "Clinton" is still Clinton.
PARTICIPLE_BEFORE_NAME = cases(
    "pronouns and role nouns",
    [
        (
            "Defending Ortega's Budget.\n\nOrtega spoke for an hour on Tuesday to a hostile council. "
            "“The numbers are honest and the cuts are real,” he said.",
            "The numbers are honest",
            "Ortega",
        ),
        (
            "Smiling Delphine waved to the crowd from the balcony. Delphine then said she was “very "
            "proud of this team, every single one of them.”",
            "very proud of this team",
            "Delphine",
        ),
        (
            "Remembering Whitfield.\n\nWhitfield rarely gave interviews. In 1998, he told a reporter "
            "from the Gazette that “a harbour is only as good as the people who work it.”",
            "a harbour is only as good",
            "Whitfield",
        ),
        (  # negative: a given name in -ing stays part of the name
            "Irving Kessler opened the hearing on Monday. “We will hear every witness,” he said.",
            "We will hear every witness",
            "Irving Kessler",
        ),
    ],
)

#: "Clinton campaign Chairman John Podesta — Bill Clinton's former chief of staff — offered":
#: a dash aside after the subject is read no further, so the name modified by "Clinton campaign"
#: is the subject.
DASH_ASIDE_AFTER_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "And Walsh campaign Chairman Peter Orr — the governor's former chief of staff — offered a "
            "slogan when I asked him about the debate.\n\n“She will fight for every family in this "
            "state,” he said.",
            "She will fight for every family",
            "Peter Orr",
        ),
        (
            "Ruiz campaign manager Dana Whitlock — a veteran of three Senate races — laid out the "
            "plan on Monday. “We win the suburbs or we lose,” she said.",
            "We win the suburbs",
            "Dana Whitlock",
        ),
        (
            "Sen. Lena Park listened. Hale press secretary Tom Ebner — who joined the campaign in "
            "May — dismissed the poll. “It is one survey of four hundred people,” he said.",
            "It is one survey",
            "Tom Ebner",
        ),
        (  # negative: a dash aside after a name that is the subject changes nothing
            "Mayor Ines Calloway — a former nurse — toured the new clinic on Friday. “This is what "
            "the levy paid for,” she said.",
            "This is what the levy paid for",
            "Ines Calloway",
        ),
    ],
)

#: A capitalised plural group noun opening a sentence ("Millennials age 18-34 comprise …",
#: "Evangelicals", "Hispanics") is a group, no "he" or "she".
PLURAL_GROUP_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "Turnout will decide the race, said Dana Rourke, a political scientist at the state "
            "university. Millennials age 18-29 make up more than half of the new voters.\n\n“These "
            "voters are motivated, and they lean young,” she said.",
            "These voters are motivated",
            "Dana Rourke",
        ),
        (
            "The pastor's sermon drew national attention, Rev. Paul Okafor said. Evangelicals in the "
            "county remain split over the nominee. “I have never seen the church this divided,” he said.",
            "I have never seen the church",
            "Paul Okafor",
        ),
        (
            "Polls show a tight race, according to Marisol Vega, who runs the survey. Hispanics "
            "under 30 favour the challenger by ten points. “That gap has doubled since June,” she said.",
            "That gap has doubled",
            "Marisol Vega",
        ),
        (  # negative: a surname in -s is a person, and "he" is him
            "Gov. Anne Tully spoke first. Then Reynolds took the stage for an hour. “We can win "
            "this district,” he said.",
            "We can win this district",
            "Reynolds",
        ),
    ],
)

#: An attribution set off by commas mid-sentence (", Hennessey said, and …") makes that person
#: who the sentence is about: "she added" in the next sentence is hers.
ATTRIBUTION_ASIDE = cases(
    "pronouns and role nouns",
    [
        (
            "Rep. Devin Marsh called for hearings on Monday.\n\nBut the point of those rules is to keep "
            "secrets safe, Okonjo said, and with the aides chastened, the risk is small. Revoking "
            "clearances now, she added, would be “really very aggressive given the facts.”",
            "really very aggressive",
            "Okonjo",
        ),
        (
            "Gov. Tim Bradley signed the order on Friday. The cuts will hurt rural clinics most, "
            "Dr. Grace Ndiaye said, and some will close within a year. “We are already turning "
            "patients away,” she said.",
            "We are already turning patients away",
            "Grace Ndiaye",
        ),
        (
            "Mayor Lena Voss left early. The stadium deal, Councilman Pete Arroyo says, is dead for "
            "this year. “Nobody wants to vote on it before the election,” he said.",
            "Nobody wants to vote on it",
            "Pete Arroyo",
        ),
        (  # negative: an aside with no person ("the report said") leaves the subject standing
            "Sen. Carla Ruiz read the audit twice. The money, the report said, was never spent. "
            "“Somebody owes this state an explanation,” she said.",
            "Somebody owes this state",
            "Carla Ruiz",
        ),
    ],
)

#: "…, according to a post from Arianna Huffington. “…,” she wrote.": the person a sentence is
#: credited to is who the next "she" is.
ACCORDING_TO_SOURCE = cases(
    "pronouns and role nouns",
    [
        (
            "Gov. Tom Brandt announced the cuts on Monday. The coverage will change, according to a "
            "memo from Olivia Marchetti.\n\n“We will treat this campaign as news from now on,” she wrote.",
            "We will treat this campaign",
            "Olivia Marchetti",
        ),
        (
            "Rep. Alan Vance voted no. The plant will close in March, according to Rosa Delgado, the "
            "union's local president. “Four hundred families will lose everything,” she said.",
            "Four hundred families",
            "Rosa Delgado",
        ),
        (
            "Mayor Jane Holt cut the ribbon. The bridge cost twice the estimate, according to a report "
            "by Victor Lindgren.\n\n“Nobody checked the steel prices,” he wrote.",
            "Nobody checked the steel prices",
            "Victor Lindgren",
        ),
        (  # negative: "according to Senate filings" credits no person; the subject stays
            "Sen. Chris Dolan is one of the poorest members, according to Senate filings. “I rent a "
            "basement in Washington,” he said.",
            "I rent a basement",
            "Chris Dolan",
        ),
    ],
)

#: "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": the subject is
#: the person before "of", not the last capitalised words of the institution after it.
PERSON_OF_INSTITUTION = cases(
    "pronouns and role nouns",
    [
        (
            "Aaron Feld of the Institute for Regional Security Studies flew to Seoul on Monday.\n\n"
            "“Nobody there expects the talks to last more than a day,” he said.",
            "Nobody there expects the talks",
            "Aaron Feld",
        ),
        (
            "Marta Sokol of the Center for Budget and Policy Priorities testified for three hours. "
            "“The numbers in this bill do not add up,” she told the committee.",
            "The numbers in this bill",
            "Marta Sokol",
        ),
        (
            "“A staged weapon would seem a stretch for them,” Pavel Ilyin of the Carnegie Endowment for "
            "International Peace wrote in March.\n\nBut, he added, “it is a mistake to rule out the "
            "aspiration.”",
            "it is a mistake to rule out",
            "Pavel Ilyin",
        ),
        (  # negative: a place after "of" is no person, and the senator stays the subject
            "Sen. Bernie Walsh of Vermont spoke for an hour on Tuesday. “This bill is a giveaway to "
            "the drug companies,” he said.",
            "This bill is a giveaway",
            "Bernie Walsh",
        ),
    ],
)

PRON12_CASES = [
    *GENDER_VOTE_AGAINST_GIVEN_NAME,
    *MAIN_SUBJECT_AFTER_FRONTED_QUOTE,
    *SUBORDINATOR_BEFORE_NAME,
    *FRONTED_ADVERBIAL,
    *OPINION_HOLDER,
    *CONTRACTED_HAS_AFTER_NAME,
    *DESCRIPTION_WITH_APPOSED_NAME,
    *PLACES_FROM_OFFICES_AND_INSTITUTIONS,
    *PARTICIPLE_BEFORE_NAME,
    *DASH_ASIDE_AFTER_SUBJECT,
    *PLURAL_GROUP_SUBJECT,
    *ATTRIBUTION_ASIDE,
    *ACCORDING_TO_SOURCE,
    *PERSON_OF_INSTITUTION,
]
