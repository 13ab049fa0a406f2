"""Attribution cases of round 13 (branch wrong13): wrong names under quotes, and the rules that
turn them into the right name or into none. Texts as speakers the lexicon did not know ("The cable
indicated …", "the passage continued"); words that go on with an earlier quote's clause ('not to
“mock” Governor Bell or his relatives “…”'); organisations named with a plural noun ("Friends of
the Earth campaigner Jo Bell"); a quote's own cue that names nobody ('“…,” goes an old saying');
a title-case name of a thing ('the “Keep Our Town Strong” cap'); a closing source after a later
quote; "it's" as no owner; a headline's capitals ("… Candidate Ever, But …"); "who" after an
appositive; adverbs before a speaker phrase ("here the crowd"); "a farmer named X"; subjects
joined by or/nor; a headline's -ed adjective ("Understated Reyes"); crossheads in single marks.
Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: 'The cable indicated that … “…”': a diplomatic cable, a dispatch, a passage or an excerpt of a
#: book speaks as a document, not as the person named in the sentence before.
TEXTS_AS_SPEAKERS = cases(
    "organisations, documents and groups",
    [
        (
            "In a March cable, Ambassador Lena Rhee wrote, “Conditions remain tense in the north.” The cable "
            "indicated that ten guards would be the “bare minimum needed for any safe convoy in the region.”",
            "bare minimum needed",
            "the cable",
            "document",
        ),
        (
            "Mayor Ruth Adler met the envoy in May. The dispatch warned that the city was “one bad week away "
            "from open fighting in the streets.”",
            "one bad week away",
            "the dispatch",
            "document",
        ),
        (
            "Lorna Vale quotes the former minister at length in her memoir. “He kept his own server for years, "
            "as she later did, and called it harmless,” the passage continued.",
            "He kept his own server",
            "the passage",
            "document",
        ),
        (  # negative: the ambassador's own words in the cable stay hers
            "In a March cable, Ambassador Lena Rhee wrote, “Conditions remain tense in the north.” The cable "
            "indicated that ten guards would be the “bare minimum needed for any safe convoy in the region.”",
            "Conditions remain tense",
            "Lena Rhee",
        ),
    ],
)

#: '…requires staff to promise not to “mock” Governor Bell or his family “…”': after a quote inside
#: the sentence, words that go on with its clause (no punctuation, no conjunction) hold objects; a
#: name opening them is not the subject. A document subject set off by a participle phrase still
#: speaks ("One such contract, seen by the Herald, includes …").
CLAUSE_GOES_ON_AFTER_QUOTE = cases(
    "long material between quote, speaker and verb",
    [
        (
            "Former aide Lena Ortiz said she had signed one too. One such contract, seen by the Herald, includes "
            "a clause that requires staff to promise “at all times and in every place” not to “criticise or mock "
            "in public” Governor Bell or his relatives “and to stop their friends from doing the same.”",
            "and to stop their friends",
            ("One such contract", None),
        ),
        (
            "The memo warned staff about leaks. It told them never to “share or forward” Director Ames or his "
            "deputies “any document marked private, in any form at all.”",
            "any document marked private",
            ("the memo", None),
        ),
        (  # negative: a conjunction opens a clause of its own, whose subject speaks
            "Hal Brandt told the board the plan was “not ready” on Friday, and Mayor Ruth Adler said it was "
            "“the best deal this city has seen in twenty years.”",
            "the best deal this city",
            "Ruth Adler",
        ),
        (  # negative: a new sentence after the earlier quote
            "Hal Brandt called the plan “not ready.” Mayor Ruth Adler described it as “the best deal this city "
            "has seen in twenty years.”",
            "the best deal this city",
            "Ruth Adler",
        ),
    ],
)

#: 'Friends of the Earth campaigner Jo Bell said': an organisation's name may open with a plural
#: common noun before of/for ("Veterans of Foreign Wars", "Physicians for Human Rights"); with a
#: role and a name after it, the person is the speaker, not the organisation's first word.
PLURAL_NOUN_ORGANISATION = cases(
    "organisations, documents and groups",
    [
        (
            "Friends of the Earth campaigner Jo Bell said, “This is a very bad idea for everyone involved.”",
            "This is a very bad idea",
            "Jo Bell",
            "person",
        ),
        (
            "“We will fight this in every court we can find,” said Veterans of Foreign Wars spokesman Dale Cobb.",
            "We will fight this",
            "Dale Cobb",
        ),
        (
            "Physicians for Human Rights director Amira Haddad said the clinic had been “shelled twice in a "
            "single week.”",
            "shelled twice",
            "Amira Haddad",
        ),
        (  # negative: a person of a place keeps the person
            "Jim Sanders of Vermont Public Radio said the vote was “the closest this county has ever seen.”",
            "the closest this county",
            "Jim Sanders",
        ),
    ],
)

#: '“…,” goes an old saying.', '“…,” the families were told.': a quote with a cue of its own right
#: after it, which names nobody, is not attributed by the sentence before it ("A survey by Lena
#: Park found wide worry.").
OWN_CUE_NAMES_NOBODY = cases(
    "when unsure, say less",
    [
        (
            "A survey by Lena Park found wide worry. “Every bridge here falls down in the end,” goes an old saying.",
            "Every bridge here falls down",
            None,
        ),
        (
            "A poll by the Civic Trust found deep distrust of the council. “In ten years we will all be paying "
            "for this,” is one common saying in the town.",
            "In ten years we will all",
            None,
        ),
        (
            "Ms. Ortiz visited the shelter on Monday. “You will all be moved by Friday,” the families were told.",
            "You will all be moved",
            None,
        ),
        (  # negative: a cue with its own subject still attributes
            "Tom Reyes spoke to the plant workers. “Nobody here is going anywhere,” he told them.",
            "Nobody here is going anywhere",
            "Tom Reyes",
        ),
        (  # negative: without a cue of its own, the sentence before still introduces the quote
            "Her friend Ada Lind chimed in. “I did not think he would ever come back to this town.”",
            "I did not think",
            "Ada Lind",
        ),
    ],
)

#: 'she said, showing off the “Keep Our Town Strong” cap …. “…”': a title-case quote between a
#: determiner and a noun names a thing and is no one's words; the quotes around it keep their
#: speaker (its own absence is tested in ``test_quotes.py``).
TITLE_NAMING_A_THING = cases(
    "names: particles, numbers, places and headlines",
    [
        (
            "Ada Voss said her town would vote for the mayor. “I think he will do fine,” she said, showing off "
            "the “Keep Our Town Strong” cap his campaign had given her. “I have backed him from the start.”",
            "I have backed him",
            "Ada Voss",
        ),
        (  # negative: with no noun after it, a title-case quote is the speaker's naming
            "Mayor Tom Reyes called the budget the “Worst Deal In Decades” and walked out.",
            "Worst Deal In Decades",
            "Tom Reyes",
        ),
    ],
)

#: '“A,” Dorn “B,” the passage continued.': a quote opening a paragraph whose own sentence ends on
#: its source after a later quote is that source's, not the previous paragraph's speaker's.
CLOSING_SOURCE_BEFORE_CARRY_OVER = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Lorna Vale quotes the former minister at length in her memoir. “He kept his own server,” Vale writes."
            "\n\n“Saying that it had served him well for years,” Dorn “then urged her to keep hers too, as he had "
            "done,” the passage continued.",
            "Saying that it had served",
            "the passage",
        ),
        (
            "“We will appeal,” Mayor Tom Reyes said in May.\n\n“Having lost twice in the lower courts,” the city "
            "“now has little hope of winning on appeal,” the audit concluded.",
            "Having lost twice",
            "the audit",
        ),
        (  # negative: without a closing source the paragraph's quote is still the previous speaker's
            "“We will appeal this ruling,” Mayor Tom Reyes said.\n\n“The judge got the facts wrong, and the whole "
            "town knows it.”",
            "The judge got the facts",
            "Tom Reyes",
        ),
    ],
)

#: '“It's unusual, “said Dana Pike …': "it's", "that's", "there's" are a pronoun and a contracted
#: "is", never an owner ("It's unusual" is no description like "Zelensky's office"); an inverted
#: verb set off by commas before "that" and the quote names the speaker ("It's odd, said X, that").
CONTRACTED_IS_NO_OWNER = cases(
    "when unsure, say less",
    [
        (
            "“It's unusual, “said Dana Pike, an attorney with the Fair Vote Project. “It's a hard thing to do "
            "and pull off without stepping over one line or another.”",
            "It's a hard thing",
            (None, "Dana Pike"),
        ),
        (  # the same closing mark typed as an opening one, as written before clean-up moved its space
            "“It's unusual,“ said Dana Pike, an attorney with the Fair Vote Project. “It's a hard thing to do "
            "and pull off without stepping over one line or another.”",
            "It's a hard thing",
            "Dana Pike",
        ),
        (
            "The board met on Friday. It’s unusual, said Ann Voss, that “nobody on this board ever reads the "
            "full report.”",
            "nobody on this board",
            "Ann Voss",
        ),
        (  # negative: a real possessive still describes its owner's office
            "Governor Ann Voss’s office said the plan was “dead on arrival in the state senate.”",
            "dead on arrival",
            ("Voss’s office", "Ann Voss’s office"),
        ),
    ],
)

#: 'Reyes Claims Adler Most Qualified Candidate Ever, But ….' / … / 'He told his audience: “…”': in a
#: title-case headline a capital says nothing, so a subject the body never writes ("Ever") is
#: nobody a later "he" can mean.
HEADLINE_CAPITALS_NAME_NOBODY = cases(
    "pronouns and role nouns",
    [
        (
            "Reyes Claims Adler Most Qualified Mayoral Candidate Ever, But ….\n\nOne of the central claims of "
            "Mayor Tom Reyes’s speech to the council on Tuesday night does not stand up.\n\nHe told his "
            "audience, to loud applause:\n\n“There has never been a man or a woman, not me, not anyone, more "
            "qualified than Ruth Adler to run this city.”",
            "There has never been a man",
            (None, "Tom Reyes"),
        ),
        (  # negative: a short sentence full of names after the headline is no headline
            "Reyes Calls Bridge Plan Best Deal Ever.\n\nMayor Tom Reyes spoke on Tuesday.\n\nHe told the "
            "council, to loud applause:\n\n“There has never been a better deal for this city, not in my time.”",
            "There has never been a better deal",
            "Tom Reyes",
        ),
    ],
)

#: 'won the endorsement of Ann Voss, the head of the Riverside Tenants Association, who said …':
#: "who" after an appositive names the person it describes, not the organisation closing it.
WHO_AFTER_APPOSITIVE = cases(
    "clause frames around the speaker",
    [
        (
            "Tom Reyes won the endorsement of Ann Voss, the head of the Riverside Tenants Association, who said "
            "he had “done more for renters than anyone in twenty years.”",
            "done more for renters",
            "Ann Voss",
        ),
        (
            "The mayor was praised by Carl Dunn, a director of the Harbor Workers Union, who said the deal was "
            "“the best this port has seen in a generation.”",
            "the best this port",
            "Carl Dunn",
        ),
        (  # negative: with no person before it, the organisation stays the antecedent
            "Tom Reyes won the backing of the Riverside Tenants Association, who said he had “done more for "
            "renters than anyone in twenty years.”",
            "done more for renters",
            "Riverside Tenants Association",
        ),
        (  # negative: a plain name before "who"
            "Tom Reyes met Ann Voss, who said he had “done more for renters than anyone in twenty years.”",
            "done more for renters",
            "Ann Voss",
        ),
    ],
)

#: '“Four more years!” here the crowd chanted': a place or time adverb before the determiner is no
#: part of the speaker phrase ("here the crowd" is the crowd).
ADVERB_BEFORE_SPEAKER_PHRASE = cases(
    "long material between quote, speaker and verb",
    [
        (
            "The mayor spoke for an hour. “Four more years!” here the crowd chanted, and she smiled.",
            "Four more years",
            "the crowd",
            "group",
        ),
        (
            "The mayor spoke for an hour. “Four more years for all of us!” there the audience shouted.",
            "Four more years for all",
            "the audience",
            "group",
        ),
        (  # negative: "there" as the subject's own word is left alone
            "“We will rebuild the bridge by May,” said Tom Reyes, the mayor there.",
            "We will rebuild",
            "Tom Reyes",
        ),
    ],
)

#: 'A young farmer named Dale Cobb, who met …, said': a subject that names its person with "named"
#: gives the name, also when it opens the sentence with a capital determiner.
NAMED_SUBJECT_WITH_RELATIVE = cases(
    "pronouns and role nouns",
    [
        (
            "A young farmer named Dale Cobb, who met Sen. Tom Reyes on Friday, said the river had “flooded my "
            "fields three years in a row.”",
            "flooded my fields",
            "Dale Cobb",
        ),
        (
            "One retired nurse known as Ma Voss, who has met every governor since 1970, said the clinic was "
            "“the only one for sixty miles in any direction.”",
            "the only one for sixty miles",
            "Ma Voss",
        ),
        (  # negative: a verb's object named after the subject is no speaker
            "The board named Dale Cobb its new chairman on Friday and said he would be “a steady hand at a "
            "hard time for the company.”",
            "a steady hand",
            ("the board", None),
        ),
    ],
)

#: Coordinated subjects. "Neither Park nor Reyes said", "Park or Reyes said", "the anchor or her
#: producer said": a denial or a choice names no one who surely spoke, so no speaker; with "and"
#: either conjunct spoke, and the first one is shown (never a third person).
COORDINATED_SUBJECTS = cases(
    "when unsure, say less",
    [
        (
            "Lena Park hosted the show with Tom Reyes. Neither Park nor Reyes said they had “seen anything "
            "like this in forty years of work.”",
            "seen anything like this",
            None,
        ),
        (
            "Lena Park hosted the show with Tom Reyes. Park or Reyes told the Herald they had “never seen "
            "anything like this in forty years.”",
            "never seen anything like this",
            None,
        ),
        (
            "Lena Park hosted the show. The anchor or her producer said the tape had been “cut by someone "
            "at the network before it aired.”",
            "cut by someone at the network",
            None,
        ),
        (  # negative: "and" keeps a conjunct who did speak (round 16: shown with the other)
            "Tom Reyes ran the studio. Lena Park and her producer said they had “never seen anything like this "
            "in forty years of reporting.”",
            "never seen anything like this",
            ("Lena Park and her producer", None),
        ),
        (  # negative: "or" inside the subject phrase is no choice between speakers
            "The report said polls showing Reyes at or above ten percent were “simply wrong about the state of "
            "the race.”",
            "simply wrong about the state",
            "the report",
        ),
    ],
)

#: 'Understated Reyes raises his profile.' (a headline): an -ed adjective opening the headline's
#: name run is no given name, or every later "Reyes" would be shown as "Understated Reyes".
HEADLINE_ADJECTIVE_NO_GIVEN_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        (
            "Understated Reyes raises his profile.\n\nLabor Secretary Tom Reyes toured the plant on Monday."
            "\n\n“We need more jobs in this town, and we need them now,” Reyes said.",
            "We need more jobs",
            "Tom Reyes",
        ),
        (
            "Embattled Voss quits the race.\n\nThe mayor announced it on Monday.\n\n“I have done what I could "
            "for this city,” Voss said.",
            "I have done what I could",
            "Voss",
        ),
        (  # negative: a given name in -ed stays ("Alfred" is no common word)
            "Alfred Voss quits the race.\n\n“I have done what I could for this city,” Voss said.",
            "I have done what I could",
            "Alfred Voss",
        ),
    ],
)

#: "'We are vetting running mates!'" alone between sections: a crosshead in headline style (a
#: short quote in single marks) quotes words its section gives a speaker later; it takes that
#: speaker, or none, never the speaker of the paragraph before it.
CROSSHEAD_QUOTES = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Tom Reyes spoke about jobs. “We need them now,” he says.\n\n'We are vetting running mates!'\n\n"
            "It is awkward to audition for the job.\n\n“We are vetting running mates!” said Ann Voss, the party "
            "chair.",
            "We are vetting running mates",
            "Ann Voss",
        ),
        (
            "Tom Reyes spoke again at the plant. “We need the jobs now,” he says.\n\n'Nobody knows the answer "
            "yet'\n\nThe field is wide open.",
            "Nobody knows the answer",
            None,
        ),
        (  # negative: a quote-only paragraph in double marks still continues the speaker before it
            "Tom Reyes spoke again at the plant. “We need the jobs now,” he says.\n\n“Nobody here wants a "
            "handout.”",
            "Nobody here wants",
            "Tom Reyes",
        ),
    ],
)

WRONG13_CASES = [
    *TEXTS_AS_SPEAKERS,
    *CLAUSE_GOES_ON_AFTER_QUOTE,
    *PLURAL_NOUN_ORGANISATION,
    *OWN_CUE_NAMES_NOBODY,
    *TITLE_NAMING_A_THING,
    *CLOSING_SOURCE_BEFORE_CARRY_OVER,
    *CONTRACTED_IS_NO_OWNER,
    *HEADLINE_CAPITALS_NAME_NOBODY,
    *WHO_AFTER_APPOSITIVE,
    *ADVERB_BEFORE_SPEAKER_PHRASE,
    *NAMED_SUBJECT_WITH_RELATIVE,
    *COORDINATED_SUBJECTS,
    *HEADLINE_ADJECTIVE_NO_GIVEN_NAME,
    *CROSSHEAD_QUOTES,
]
