"""Attribution cases of the third round: one or more per rule added while tuning (issue 13).

Each rule the tuning half suggested (a title before "for", "-ed" words that are adjectives, a
participle ending a description, a headline naming two quotes, documents shown with their
issuer …) gets short texts written here, with invented names, so the rule is checked on text
it was not written from. Most of these cases fail on the code before their rule was added; they
are filed under the suite's existing patterns so the per-pattern figures stay comparable.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

RULE_TITLES = cases(
    "titles and abbreviations",
    [
        (  # a capitalised title before "for" and a lower-case role
            "Radio Nine Vice President for news and talk Dave Gorin called the show “the conservative news "
            "program of record.”",
            "the conservative news program",
            "Dave Gorin",
        ),
        (  # a capitalised "-ed" word opening an organisation is not a verb
            "United Steelworkers president Tom Conway called the deal “a betrayal of every worker in the mill.”",
            "a betrayal of every worker",
            "Tom Conway",
        ),
        (
            "“The numbers simply do not add up for the county,” Associated Builders chairman Rick Dorn said.",
            "The numbers simply do not",
            "Rick Dorn",
        ),
    ],
)

RULE_NAMES = cases(
    "names: particles, numbers, places and headlines",
    [
        (  # a short capitalised word before a period ends the name run
            "The group sued under the Freedom of Information Act. But Marsh said the files were “never meant "
            "to stay hidden from the public.”",
            "never meant to stay",
            "Marsh",
        ),
        (
            "Lawyers cited the Clean Water Act. Then Okafor said the permit was “void from the day it was "
            "signed.”",
            "void from the day",
            "Okafor",
        ),
        (  # a number word written before the name is not part of it
            "“We are not leaving until the contract is signed,” Seventeen-year-old Mia Colter said.",
            "We are not leaving until",
            "Mia Colter",
        ),
        (  # a sentence adverb is not a name
            "Perhaps Senator Ray Cole said it best: “We are all only renters on this planet.”",
            "We are all only renters",
            "Ray Cole",
        ),
        (  # a title-case headline naming its speaker before the colon, two quotes
            "Moreno: ‘The Budget Will Fail’ in the Senate, ‘Voters Will Remember It’\n\n"
            "Senator Paula Moreno spoke on Tuesday.",
            "Voters Will Remember It",
            ("Moreno", "Paula Moreno"),
        ),
        (
            "Kell: Levee Plan ‘Is a Promise the State Never Kept’, Town ‘Will Not Wait Another Year’\n\n"
            "Mayor Ruth Kell spoke on Tuesday.",
            "Will Not Wait Another Year",
            ("Kell", "Ruth Kell"),
        ),
        (  # "states" as a plural noun does not speak
            "A dozen states held contests on Tuesday, and Governor Ann Pike called the result “a clear message "
            "to the party.”",
            "a clear message to the party",
            "Ann Pike",
        ),
    ],
)

RULE_DESCRIPTIONS = cases(
    "clause frames around the speaker",
    [
        (  # "-ed" words after a determiner or a possessive are adjectives
            "“I have seen three wars and none of them ended the way we were promised,” the bespectacled, "
            "71-year-old diplomat said.",
            "I have seen three wars",
            ("the bespectacled, 71-year-old diplomat", "the 71-year-old diplomat", "the diplomat"),
        ),
        (
            "“The pension was all we had and now it is gone,” a retired steel worker said outside the "
            "courthouse.",
            "The pension was all we had",
            "a retired steel worker",
        ),
        (
            "The governor’s fired budget director called the audit “a political hit job from start to finish.”",
            "a political hit job",
            ("the governor’s fired budget director", "The governor’s fired budget director"),
        ),
        (
            "“I still have not decided and I may not vote at all,” one undecided Republican voter said.",
            "I still have not decided",
            ("one undecided Republican voter", "one voter"),
        ),
        (  # a participle after the noun ends the description
            "“We had the votes until the very last hour of the night,” one Democrat involved in the talks said.",
            "We had the votes until",
            ("one Democrat", "one Democrat involved in the talks"),
        ),
        (  # "known (only) as X" after an inverted verb gives the name
            "“There never was an order to stand down,” said the base chief, known only as Bob, in an "
            "interview.",
            "There never was an order",
            "Bob",
        ),
        (
            "“Nobody told us to wait for the police,” said the night guard known as Sami.",
            "Nobody told us to wait",
            "Sami",
        ),
        (  # a spaced hyphen sets off a parenthetical after the subject
            "Tom Hale - the mayor since 2009 - called the ruling “a victory for every family on the east side.”",
            "a victory for every family",
            "Tom Hale",
        ),
    ],
)

RULE_VERBS = cases(
    "speech verbs in every form",
    [
        (
            "“We built that bridge with our own hands in the winter of 1962,” Ames remembered.",
            "We built that bridge",
            "Ames",
        ),
        (
            "Governor Ames touted the budget as “the most responsible plan this state has seen in a decade.”",
            "the most responsible plan",
            ("Ames", "Governor Ames"),
        ),
        (
            "“That is simply untrue and they know it,” Council Member Ana Ruiz fired back.",
            "That is simply untrue",
            "Ana Ruiz",
        ),
        (  # progressive "is pledging", not a passive
            "Governor Ann Pike is pledging “a tax cut for every family that earns less than the median.”",
            "a tax cut for every family",
            "Ann Pike",
        ),
        (
            "Mayor Tom Hale agreed that the bridge was “the one project the town cannot do without.”",
            "the one project the town",
            "Tom Hale",
        ),
        (
            "The senator characterized the bill as “a blank check for the defence contractors.”",
            "a blank check for the",
            "the senator",
        ),
        (
            "Parents protested that the new schedule was “a disaster for every family with two working "
            "parents.”",
            "a disaster for every family",
            "parents",
        ),
        (
            "Fans reacted to the news with “shock and a lot of anger at the owners of the club.”",
            "shock and a lot of anger",
            "fans",
        ),
    ],
)

RULE_ORGANISATIONS = cases(
    "organisations, documents and groups",
    [
        (  # a document is shown with its issuer
            "“The talks have ended and the troops will stay where they are,” a statement from the Kremlin said.",
            "The talks have ended",
            "a statement from the Kremlin",
        ),
        (  # "according to" a poll is the sentence's source when the subject is only a description
            "Most parents in the district say they want “longer school days and fewer exams in the spring,” "
            "according to a survey by the teachers’ union.",
            "longer school days",
            ("a survey by the teachers’ union", "a survey", "the teachers’ union"),
        ),
        (  # "released Thursday" ends the description
            "Support for the tax has fallen to “its lowest level since the tax was first passed,” according to "
            "a poll released Thursday by Harmon University.",
            "its lowest level since",
            ("a poll", "Harmon University"),
        ),
        (
            "The headline on the front page read “Council Votes to Close Three Schools in the North.”",
            "Council Votes to Close",
            ("the headline", None),
        ),
        (
            "“Hands off our pensions, hands off our homes,” the crowd chanted outside the town hall.",
            "Hands off our pensions",
            "the crowd",
        ),
        (
            "The union issued a statement calling the offer “an insult to every nurse in this hospital.”",
            "an insult to every nurse",
            ("the union", "The union"),
        ),
        (  # a colon after a clause about an organisation introduces its words
            "The election board was conclusive in its findings: “Further discussion of this issue is "
            "unnecessary.”",
            "Further discussion of this",
            "the election board",
        ),
        (
            "The county commission was blunt: “No new permits will be issued until the study is done.”",
            "No new permits will be",
            "the county commission",
        ),
        (  # a possessive before a document noun is the document's owner, the document speaks
            "Pike’s letter makes a simple case: “Every family deserves a school within walking distance.”",
            "Every family deserves a school",
            "Pike’s letter",
        ),
        (  # a colon after a clause about a thing introduces nobody's words
            "The reason is simple: “We cannot afford another year of this spending.”",
            "We cannot afford another",
            None,
        ),
        (  # a displayed text before a participle speaks, not the person holding it
            "Outside the arena, Lori Bern held up a sign saying “Teachers Against the Cuts, Because We Have "
            "Seen This Before.”",
            "Teachers Against the Cuts",
            "a sign",
        ),
        (
            "Pike posted her message under a headline that said “Council Declares War on Every Small "
            "Business.”",
            "Council Declares War",
            "a headline",
        ),
        (
            "The mayor did visit, but only after the newspaper’s editorial telling him to leave his “office of "
            "the comfortable and well-connected.”",
            "office of the comfortable",
            "the newspaper’s editorial",
        ),
        (  # …but signs carried by a crowd are the crowd's words
            "Hundreds of nurses marched past the hospital carrying signs saying “Safe Staffing Saves Lives in "
            "Every Ward.”",
            "Safe Staffing Saves Lives",
            ("hundreds", "Hundreds of nurses", "hundreds of nurses", "nurses"),
        ),
        (  # …and a statement someone issued is theirs
            "The union issued a statement saying the offer was “an insult to every nurse in this hospital and "
            "beyond.”",
            "an insult to every nurse",
            "the union",
        ),
        (  # "the Post" is the newspaper named earlier, not a person
            "The Washington Post first reported the contract on Sunday.\n\n"
            "“The mayor knew about the contract months before the vote,” the Post reported.",
            "The mayor knew about",
            ("Washington Post", "The Washington Post"),
        ),
        (  # "states" closing an attribution speaks
            "“The ad is a lie from the first word to the last,” a voice-over in the rival ad states.",
            "The ad is a lie",
            ("a voice-over", "a voice-over in the rival ad"),
        ),
    ],
)

RULE_PRONOUNS = cases(
    "pronouns and role nouns",
    [
        (  # a state after "in Marlow," is not the sentence's subject
            "Senator Dan Pruitt toured the flooded towns on Monday. Speaking at a school gym in Marlow, New "
            "Hampshire, Pruitt promised federal money.\n\n"
            "“Nobody here will be left to rebuild alone,” he said.",
            "Nobody here will be left",
            "Dan Pruitt",
        ),
        (  # a coordinated main clause with its own subject
            "Governor Ellen Park won the primary easily. Ohio is one of the swing states this year, and Park "
            "aimed her speech at the general election.\n\n"
            "“We have work to do in every county,” she said.",
            "We have work to do",
            "Ellen Park",
        ),
        (  # the speaker of reported speech closing a sentence is who the text is about
            "The flood reached the town hall on Monday. Crews worked through the night. The town has rebuilt "
            "twice since 1990, Mayor Tom Hale noted.\n\n"
            "“We will rebuild a third time if we have to,” he said.",
            "We will rebuild",
            "Tom Hale",
        ),
        (  # a common word opening a sentence is no person
            "Pastor Joel Raines has led the church since 2001. Things changed after the factory closed in "
            "Dunmore.\n\n"
            "“Half of my congregation left in a year,” he said.",
            "Half of my congregation",
            "Joel Raines",
        ),
        (  # a country is no person
            "Ambassador Neil Brandt spent a week in talks in Beijing. China has rejected every proposal so "
            "far.\n\n"
            "“We are not giving up on a deal,” he said.",
            "We are not giving up",
            "Neil Brandt",
        ),
        (  # a name the text writes after "in" is a place
            "Councillor Ana Ruiz grew up near the plant in Sandy Creek. In that sense, Sandy Creek was never "
            "just a news story for her.\n\n"
            "“These are my neighbours,” she said.",
            "These are my neighbours",
            "Ana Ruiz",
        ),
        (
            "“We asked for the money in March and heard nothing until September,” Ruth Kell, the school’s "
            "principal, vented.",
            "We asked for the money",
            "Ruth Kell",
        ),
        (
            "“The cuts will fall hardest on the rural clinics,” Dr. Omar Haddad elaborated.",
            "The cuts will fall hardest",
            "Omar Haddad",
        ),
        (
            "Senator Lisa Tran assailed the plan as “a tax on every family that drives to work.”",
            "a tax on every family",
            "Lisa Tran",
        ),
    ],
)

RULE_SUBORDINATE = cases(
    "clause frames around the speaker",
    [
        (  # the quote completes a subordinate clause with its own speech verb
            "But even as Governor Ames claimed on Tuesday that “the budget is balanced for the first time in "
            "years,” his own auditor disagreed.",
            "the budget is balanced",
            "Ames",
        ),
        (  # …and the main clause's "told" after it is not the quote's attribution
            "While Senator Lisa Tran insisted that “nobody will lose coverage under this bill,” the agency’s "
            "numbers told another story.",
            "nobody will lose coverage",
            "Lisa Tran",
        ),
        (
            "Although the mayor warned that “the reserves will be gone by spring,” the council voted for the "
            "tax cut.",
            "the reserves will be gone",
            "the mayor",
        ),
        (  # a subordinate clause without a speech verb leaves the main clause's speaker
            "As the storm hit, the governor said “stay home, stay off the roads.”",
            "stay home, stay off",
            "the governor",
        ),
        (  # a connective before an inverted verb is not its subject
            "Dan Ruiz said the council was “always fair to us.” But, said Ruiz, “I don’t want to pretend "
            "nothing went wrong.”",
            "I don’t want to pretend",
            "Dan Ruiz",
        ),
        (
            "The coach praised his players. And, added Coach Ben Ortiz, “nobody expected us to get this far.”",
            "nobody expected us",
            "Ben Ortiz",
        ),
    ],
)

RULE_CASES = [
    *RULE_TITLES, *RULE_NAMES, *RULE_DESCRIPTIONS, *RULE_SUBORDINATE, *RULE_VERBS, *RULE_ORGANISATIONS, *RULE_PRONOUNS
]  # fmt: skip
