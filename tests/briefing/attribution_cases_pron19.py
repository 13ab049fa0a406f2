"""Attribution cases of session 11, round 19 ("pron19"): which person a he, she or they speaker
means when the candidates stand in complex sentences, above all in the quote's own sentence.

An opening clause's subject is the main clause's he or she whatever word of time or degree opens
it ("Even though", "Moments after", "Two days before", "Since": "Since" and "Whenever" opening a
sentence were read as part of the name, "Since Tom Kline"); the person an opening clause asks or
names as its object is one too ("When the Ledger asked Ana Reyes about the vote, she said", "When
Tom Kline met Ana Weller, she was a nurse"), and when both the clause's people fit, neither is
sure. The author an opening phrase names ("In a statement released by Tom Kline's campaign, he
called …") is the he. An owner is the he or she of its own sentence: of a subject whose verb we
do not know ("Gov. Paul Dorsey's budget includes what he calls …"), of a noun past a person subject
("Tom Kline praised Ana Weller's plan, which she called …"; so is an object there: "Tom Kline met
Ana Weller, and she said …"), and of a role of no known gender
("Reyes's lawyer provided a statement in which she said …": the lawyer's or Reyes's own, so no
one). A role owned by a name ("Tom Kline's campaign manager spoke") is the manager, not the
campaign's owner. A headline too short for title case ("Ana Weller Vows to Fight On") gives no
"Ana Weller Vows", and a "she" after a quote's closing period ("Tom Kline, her opponent, said the
race was “far from over.” She added") tells nothing of Kline's gender. Negatives: cataphora ("Before he spoke, Tom Kline's aide said"), a phrase that
sets someone off against the he ("Unlike Tom Kline, he"), objects across sentences (decided in
``attribution_cases_round9``), captions and credits. Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: An opening clause before a he or she subject, with every kind of opener.
OPENING_CLAUSES = cases(
    "clause frames around the speaker",
    [
        ("Ann Weller spoke first. Moments after Tom Kline lost the primary, he told supporters: \"We will be "
         "back in four years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Ann Weller spoke first. Hours before Tom Kline conceded, he told supporters: \"We will be back in "
         "four years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Ann Weller spoke first. Since Tom Kline lost the primary, he has told supporters: \"We will be back "
         "in four years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Since Tom Kline lost the primary, he has said that the party is \"run by people who never leave "
         "Washington.\"", "run by people who never", ("Tom Kline",)),
        ("Ann Weller spoke first. Once Tom Kline had conceded, he told supporters: \"We will be back in four "
         "years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Ann Weller spoke first. Even though Tom Kline lost the primary, he told supporters: \"We will be "
         "back in four years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Even though Tom Kline lost the primary, he told supporters: \"We will be back in four years, I "
         "promise you.\"", "We will be back", ("Tom Kline",)),
        ("Tom Kline spoke first. Even as Ana Weller conceded the race, she told supporters: \"We will be back "
         "in four years, I promise you.\"", "We will be back", ("Ana Weller",)),
        ("Ana Weller spoke first. Two days after Tom Kline lost the primary, he told supporters: \"We will be "
         "back in four years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Dan Reyes spoke first. Ever since Ana Weller lost the primary, she has told supporters: \"We will be "
         "back in four years.\"", "We will be back", ("Ana Weller",)),
        ("Tom Kline spoke first. Whenever Ana Weller is asked about the race, she says: \"We will be back in "
         "four years, I promise you.\"", "We will be back", ("Ana Weller",)),
        ("Ann Weller spoke first.\n\nHaving lost the primary, Tom Kline told supporters: \"We will be back in "
         "four years, I promise you.\"", "We will be back", ("Tom Kline",)),
        ("Ann Weller spoke first. Tom Kline lost the primary by 300 votes. Having conceded on Tuesday night, he "
         "told supporters: \"We will be back in four years.\"", "We will be back", ("Tom Kline",)),
        ("Gov. Tom Reyes defended the budget on Monday. Asked about Dan Weller's plan, he said: \"It is a "
         "fantasy and he knows it.\"", "It is a fantasy", ("Tom Reyes",)),
        ("Sen. Ann Reyes defended the budget on Monday. Asked about Dan Weller's plan, she said: \"It is a "
         "fantasy and he knows it.\"", "It is a fantasy", ("Ann Reyes",)),
        ("Ana Weller spoke first. Asked whether he would run again, Tom Kline said: \"Ask me in a year.\"",
         "Ask me in a year", ("Tom Kline",)),
        ("Tom Kline spoke first. Though she lost, Ana Weller told supporters the campaign was \"the best year "
         "of my life.\"", "the best year of my life", ("Ana Weller",)),
        ("Dan Weller lost the race. After the votes were counted, he told supporters: \"We will be back.\"",
         "We will be back", ("Dan Weller",)),
    ],
)

#: The person an opening clause asks a question or names as its object.
CLAUSE_OBJECTS = cases(
    "pronouns and role nouns",
    [
        ("When the Ledger asked Ana Weller about the vote, she said: \"We will not back down on this, not "
         "ever.\"", "We will not back down", ("Ana Weller",)),
        ("Tom Kline chaired the meeting. When the Ledger asked Ana Weller about the vote, she said: \"We will "
         "not back down on this, not ever.\"", "We will not back down", ("Ana Weller",)),
        ("When a reporter asked Dan Weller about the vote, he said: \"We will not back down on this, not "
         "ever.\"", "We will not back down", ("Dan Weller",)),
        ("When Tom Kline asked Ana Weller about the vote, she said: \"We will not back down on this, not "
         "ever.\"", "We will not back down", ("Ana Weller",)),
        ("When Tom Kline asked Ana Weller about the vote, he said: \"We will not back down on this, not "
         "ever.\"", "We will not back down", ("Tom Kline",)),
        (  # negative: two men in the clause, asker and asked, either may be the he
            "When Tom Kline asked Dan Weller about the vote, he said: \"We will not back down on this, not "
            "ever.\"", "We will not back down", (None,)),
        ("When Tom Kline met Ana Weller in 2010, she was a nurse. \"He swept me off my feet,\" she said.",
         "He swept me off my feet", ("Ana Weller",)),
        ("Mary Reyes spoke first. When Tom Kline met Ana Weller in 2010, she said: \"He swept me off my "
         "feet.\"", "He swept me off my feet", ("Ana Weller",)),
        ("When Ana Weller met Tom Kline in 2010, he was a nurse. \"She swept me off my feet,\" he said.",
         "She swept me off my feet", ("Tom Kline",)),
        (  # negative: two men, the winner and the beaten one
            "Dan Reyes spoke first. When Tom Kline beat Dan Weller in 2010, he said: \"It was the best night of "
            "my life.\"", "It was the best night", (None,)),
        ("Dan Reyes spoke first. When voters rejected Tom Kline in 2010, he said: \"It was the worst night of "
         "my life.\"", "It was the worst night", ("Tom Kline",)),
        ("Dan Reyes spoke first. When Tom Kline lost to Ana Weller in 2010, she said: \"It was the best night "
         "of my life.\"", "It was the best night", ("Ana Weller",)),
        ("Ann Weller spoke first. When Tom Kline announced his candidacy in June, he said: \"We are going to "
         "fix the roads.\"", "We are going to fix", ("Tom Kline",)),
    ],
)

#: Owners: of a subject, of a noun past the subject, of a statement's author.
OWNERS = cases(
    "pronouns and role nouns",
    [
        ("Gov. Paul Dorsey's budget includes what he calls \"a down payment on the future of this state.\"",
         "a down payment on the future", ("Paul Dorsey",)),
        ("Tom Kline spoke first. Gov. Paul Dorsey's budget includes what he calls \"a down payment on the "
         "future of this state.\"", "a down payment on the future", ("Paul Dorsey",)),
        ("Ann Weller chaired the hearing. Gov. Paul Dorsey's budget includes what he calls \"a down payment on "
         "the future of this state.\"", "a down payment on the future", ("Paul Dorsey",)),
        ("Sen. Ann Weller's bill would create what she calls \"a fair deal for every worker in the state.\"",
         "a fair deal for every worker", ("Ann Weller",)),
        ("Tom Kline's campaign released a statement on Friday in which he called the ruling \"a gift to the "
         "trial lawyers.\"", "a gift to the trial lawyers", ("Tom Kline",)),
        ("Dan Weller spoke first. Tom Kline's campaign released a statement on Friday in which he called the "
         "ruling \"a gift to the trial lawyers.\"", "a gift to the trial lawyers", ("Tom Kline",)),
        ("Dan Weller spoke first. In a statement released by Tom Kline's campaign, he called the ruling \"a "
         "gift to the trial lawyers.\"", "a gift to the trial lawyers", ("Tom Kline",)),
        ("Dan Weller spoke first. In a video posted by Tom Kline on Sunday, he called the ruling \"a gift to "
         "the trial lawyers.\"", "a gift to the trial lawyers", ("Tom Kline",)),
        ("Dan Weller spoke first. In a statement from Gov. Tom Kline's office, he called the ruling \"a gift "
         "to the trial lawyers.\"", "a gift to the trial lawyers", ("Tom Kline",)),
        (  # negative: a letter to someone is not that person's
            "Dan Weller spoke first. In a letter to Tom Kline, he called the ruling \"a gift to the trial "
            "lawyers.\"", "a gift to the trial lawyers", ("Dan Weller",)),
        ("Ana Reyes spoke first. Tom Kline criticized Ana Weller's plan, which she called \"a budget for the "
         "next generation.\"", "a budget for the next generation", ("Ana Weller",)),
        ("Ana Reyes spoke first. Tom Kline read Ana Weller's letter, in which she called the ruling \"a "
         "disgrace.\"", "a disgrace", ("Ana Weller",)),
        (  # the subject fits: the one who criticizes calls it so
            "Dan Reyes spoke first. Tom Kline criticized Dan Weller's plan, which he called \"a fantasy dressed "
            "up as a budget.\"", "a fantasy dressed up", ("Tom Kline",)),
        (  # the owner of an object is no referent after its sentence (objects stay none, round 9)
            "Ana Reyes spoke first. Tom Kline praised Ana Weller's plan. \"It is a budget for the next "
            "generation,\" she said.", "It is a budget for the next", ("Ana Reyes", None)),
        (  # negative: a role of no known gender, owned by a woman, in the pronoun's sentence
            "Ana Reyes did not appear in court. Reyes's lawyer provided a statement in which she said she was "
            "\"deeply sorry for the pain caused to the family.\"", "deeply sorry for the pain", (None, "Ana Reyes")),
        (  # the role, the subject, wins in a sentence after its own
            "Ana Reyes's lawyer provided a statement on Monday. \"My client is deeply sorry,\" she said.",
            "My client is deeply sorry", ("Reyes's lawyer", "Ana Reyes's lawyer")),
        ("Tom Kline's campaign manager spoke to reporters on Monday. \"We are confident,\" he said.",
         "We are confident", ("Kline's campaign manager", "Tom Kline's campaign manager")),
        ("Tom Kline's press secretary spoke to reporters on Monday. \"We are confident,\" she said.",
         "We are confident", ("Kline's press secretary", "Tom Kline's press secretary")),
        ("Tom Kline's campaign manager, Dan Weller, spoke to reporters on Monday. \"We are confident,\" he "
         "said.", "We are confident", ("Dan Weller",)),
        ("Tom Kline spoke first. In Ana Weller's view, the plan is \"a recipe for higher taxes and fewer "
         "jobs,\" she said.", "a recipe for higher taxes", ("Ana Weller",)),
        ("In Ana Weller's view, she said, the plan is \"a recipe for higher taxes and fewer jobs.\"",
         "a recipe for higher taxes", ("Ana Weller",)),
        ("Tom Kline spoke first. To Ana Weller, the plan is \"a recipe for higher taxes and fewer jobs,\" she "
         "said.", "a recipe for higher taxes", ("Ana Weller",)),
        ("Dan Reyes spoke first. The bill Gov. Ana Weller signed on Friday is what she calls \"a long time "
         "coming.\"", "a long time coming", ("Ana Weller",)),
        ("Ana Weller spoke first. After Tom Kline's wife died, he sold the farm. \"I could not stay there "
         "without her,\" he said.", "I could not stay there", ("Tom Kline",)),
        ("Tom Kline spoke first. After Ana Weller's husband died, she sold the farm. \"I could not stay there "
         "without him,\" she said.", "I could not stay there", ("Ana Weller",)),
    ],
)

#: Two people, groups and organisations before the pronoun.
SEVERAL = cases(
    "pronouns and role nouns",
    [
        ("Mayor Ana Reyes and her deputy, Tom Kline, toured the flooded streets on Monday. \"We have never "
         "seen water this high,\" she said.", "We have never seen water", ("Ana Reyes",)),
        ("Mayor Ana Reyes and her deputy, Tom Kline, toured the flooded streets on Monday. \"We have never "
         "seen water this high,\" he said.", "We have never seen water", ("Tom Kline",)),
        (  # negative: two men as one subject
            "Tom Kline and Dan Weller toured the flooded streets on Monday. \"We have never seen water this "
            "high,\" he said.", "We have never seen water", (None,)),
        (  # negative: two women as one subject
            "Ana Reyes and Mary Weller toured the flooded streets. \"We have never seen water this high,\" she "
            "said.", "We have never seen water", (None,)),
        ("Tom Kline, the mayor, and Dan Weller, his deputy, walked the flooded streets. \"I have never seen "
         "anything like it,\" he said.", "I have never seen anything", (None,)),
        ("The couple, married for 40 years, lost everything in the fire. \"We have nothing left but each "
         "other,\" they said.", "We have nothing left", ("the couple",)),
        ("Ana Reyes and her husband lost everything in the fire. \"We have nothing left but each other,\" they "
         "said.", "We have nothing left", ("Ana Reyes and her husband",)),
        ("The Kline family released a statement on Sunday. \"We are heartbroken,\" they said.",
         "We are heartbroken", ("the Kline family",)),
        ("Parents packed the school board meeting on Monday. \"Our children deserve better,\" they said.",
         "Our children deserve better", ("parents",)),
        ("Parents packed the school board meeting on Monday. Ana Reyes, who has two children at the school, "
         "spoke first. \"They deserve better,\" she said.", "They deserve better", ("Ana Reyes",)),
        (  # negative: an organisation subject is no he
            "The ministry rejected the claims on Monday. \"We have done nothing wrong,\" he added.",
            "We have done nothing wrong", (None,)),
        ("Ana Weller, the health minister, defended the plan. The ministry said on Monday that it would review "
         "the contract. \"The process was fair,\" she added.", "The process was fair", ("Ana Weller",)),
        ("The ministry said on Monday that it would review the contract.\n\nTom Kline, the minister's "
         "spokesman, declined to comment further. \"The review will take weeks,\" he added.",
         "The review will take weeks", ("Tom Kline",)),
        ("Ana Weller, a nurse, said the hospital was \"stretched to breaking.\"\n\nThe hospital's director, Tom "
         "Kline, disagreed. \"We have enough staff,\" he said.\n\n\"That is simply not true,\" she said.",
         "That is simply not true", ("Ana Weller",)),
        ("\"We are stretched to breaking,\" said Ana Weller, a nurse.\n\nThe hospital's director, Ann Kline, "
         "disagreed. \"That is simply not true,\" she said.", "That is simply not true", ("Ann Kline",)),
        ("Ana Reyes thanked Tom Kline. \"He has been a friend to this city for thirty years,\" she said.",
         "He has been a friend", ("Ana Reyes",)),
        ("Reyes thanked Kline for his help. \"I could not have done it alone,\" she said.",
         "I could not have done it alone", ("Reyes",)),
        (  # negative: the object is no referent for the he (round 9)
            "Ana Reyes thanked Tom Kline. \"She has been a friend to this city for thirty years,\" he said.",
            "She has been a friend", (None,)),
    ],
)

#: Headlines, captions and cataphora: no one, or not the one named near.
NEGATIVES = cases(
    "when unsure, say less",
    [
        ("Before he spoke, Tom Kline's aide said the governor would be \"brief and to the point.\"",
         "brief and to the point", ("Tom Kline's aide",)),
        ("Before she took the stage, Ana Reyes's aide said the speech would be \"brief and to the point.\"",
         "brief and to the point", ("Ana Reyes's aide",)),
        ("Before she took the stage, Ana Reyes told reporters: \"This is the hardest speech I have ever "
         "written.\"", "This is the hardest speech", ("Ana Reyes",)),
        ("Dan Weller spoke first. Unlike Tom Kline, he called the ruling \"a gift to the trial lawyers.\"",
         "a gift to the trial lawyers", ("Dan Weller",)),
        ("Dan Weller spoke first. Like Tom Kline, he called the ruling \"a gift to the trial lawyers.\"",
         "a gift to the trial lawyers", ("Dan Weller",)),
        ("Ana Reyes spoke first. Responding to Tom Kline, he called the ruling \"a gift to the trial "
         "lawyers.\"", "a gift to the trial lawyers", (None,)),
        ("Dan Weller spoke first. In an interview with Ana Reyes, he called the ruling \"a gift to the trial "
         "lawyers.\"", "a gift to the trial lawyers", ("Dan Weller",)),
        ("Sen. Ana Weller speaks at a rally in Dayton on Monday. Tom Kline/Reuters\n\n\"We are going to win "
         "this state,\" she said.", "We are going to win", (None,)),
        ("Tom Kline greets supporters in Dayton. (AP Photo/Dan Weller)\n\n\"We are going to win this state,\" "
         "he told the crowd.", "We are going to win", (None,)),
        ("Kline Wins Primary in Upset\n\nTom Kline won the Republican primary on Tuesday. \"This is a victory "
         "for every family in this district,\" he said.", "This is a victory", ("Tom Kline",)),
        ("Tom Kline recalled that he said \"never again\" after the first defeat.", "never again",
         ("Tom Kline",)),
        (  # a he inside another man's recollection: he or the other one
            "Dan Weller ran the campaign in 2010. Tom Kline recalled that he said \"the race is over\" on "
            "election night.", "the race is over", ("Tom Kline", None)),
        (  # negative: the woman is an object only (round 9)
            "Tom Kline beat Ana Weller by 300 votes. Though she lost, she told supporters the campaign was "
            "\"the best year of my life.\"", "the best year of my life", (None, "Ana Weller")),
    ],
)

#: Surnames alone (no gender the text tells), and a sentence that a quote's period ends.
SURNAMES = cases(
    "pronouns and role nouns",
    [
        ("Ana Reyes spoke first. Just before Kline took the stage, he told reporters: \"This is a good "
         "day.\"", "This is a good day", ("Kline",)),
        ("Mr. Kline spoke first. When the Ledger asked Ms. Weller about the vote, she said: \"We will not "
         "back down.\"", "We will not back down", ("Weller",)),
        ("Kline spoke first. When reporters asked Weller about the vote, she said: \"We will not back "
         "down.\"", "We will not back down", ("Weller",)),
        (  # negative: a surname asked by a named man, either may be the he
            "When Tom Kline asked Weller about the vote, he said: \"We will not back down.\"",
            "We will not back down", (None,)),
        (  # negative: a group opening the clause is no he
            "Ana Reyes spoke first. When Democrats took the House, he told reporters: \"This is a good "
            "day.\"", "This is a good day", (None,)),
        (  # negative: an object that is no person (no gender, nobody asked)
            "Ana Reyes spoke first. When the storm hit Dayton, he told reporters: \"This is a good day.\"",
            "This is a good day", (None,)),
        (  # a "she" after the quote's period is no vote for Tom Kline's gender
            "\"We will not back down,\" Ana Weller said on Monday.\n\nTom Kline, her opponent, said the race "
            "was \"far from over.\" She added: \"Voters have made up their minds.\"",
            "Voters have made up their minds", ("Ana Weller",)),
        (  # negative: no woman named at all
            "Tom Kline, her opponent, said the race was \"far from over.\" She added: \"Voters have made up "
            "their minds.\"", "Voters have made up their minds", (None,)),
        ("Ana Reyes spoke first. Not long after Mr. Kline took office, he told reporters: \"This is a good "
         "day.\"", "This is a good day", ("Kline",)),
    ],
)

#: A headline too short for title case: its name run is no person ("Ana Weller Vows").
SHORT_HEADLINES = cases(
    "when unsure, say less",
    [
        ("Ana Weller Vows to Fight On\n\nTom Kline, the party chairman, called for unity on Monday. \"We will "
         "not back down,\" she said.", "We will not back down", (None, "Ana Weller")),
        ("Ana Weller Vows to Fight On\n\nAna Weller spoke on Monday. \"We will not back down,\" she said.",
         "We will not back down", ("Ana Weller",)),
        ("Kline Wins Primary\n\nTom Kline won the Republican primary on Tuesday. \"This is a victory for every "
         "family in this district,\" he said.", "This is a victory", ("Tom Kline",)),
        ("Dan Reyes spoke first.\n\nTom Kline, the mayor, and Dan Weller, his deputy, walked the flooded "
         "streets. \"I have never seen anything like it,\" he said.", "I have never seen anything", (None,)),
    ],
)

#: An object in the pronoun's own sentence, a coordinated clause after it.
SENTENCE_OBJECTS = cases(
    "pronouns and role nouns",
    [
        ("Mary Reyes spoke first. Tom Kline met Ana Weller on Friday, and she said afterward: \"It was a "
         "productive meeting.\"", "It was a productive meeting", ("Ana Weller",)),
        ("Tom Kline met Ana Weller on Friday, and she said afterward: \"It was a productive meeting.\"",
         "It was a productive meeting", ("Ana Weller",)),
        ("Tom Kline called Ana Weller on Friday, and she told him: \"I will not resign.\"",
         "I will not resign", ("Ana Weller",)),
        ("Dan Reyes spoke first. Ana Weller called Tom Kline on Friday, but he said: \"I will not resign.\"",
         "I will not resign", ("Tom Kline",)),
        (  # the subject fits: it comes first
            "Dan Reyes spoke first. Tom Kline called Dan Weller on Friday, but he said: \"I will not "
            "resign.\"", "I will not resign", ("Tom Kline", None)),
        (  # negative: the object of the sentence before is no referent (round 9)
            "Mary Reyes spoke first. Tom Kline met Ana Weller on Friday. \"It was a productive meeting,\" she "
            "said.", "It was a productive meeting", ("Mary Reyes", None)),
        ("Ana Reyes spoke first. Ana Weller said Mary Kline's plan was what she calls \"a fantasy.\"",
         "a fantasy", ("Ana Weller",)),
    ],
)

PRON19_CASES = [*OPENING_CLAUSES, *CLAUSE_OBJECTS, *OWNERS, *SEVERAL, *NEGATIVES, *SURNAMES, *SHORT_HEADLINES, *SENTENCE_OBJECTS]
