"""Attribution cases of session 15 (ggtn): named or described speakers we left without one on a
second gold corpus (Canadian news), rebuilt with invented people and wording: a surname that is
also a title word, inverted after its verb ('“…,” says House.' after "Christopher House"); the
writer's own people ("says my two-year-old", "my neighbour said") and an age standing for a
person ("our five-year-old").
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

INVERTED_SURNAME_CASES = cases(
    "names: particles, numbers, places and headlines",
    [
        ("The choreographer Daniel House has led the troupe since 1994.\n\n"
         "“I always wanted a bigger stage,” says House.", "I always wanted", "Daniel House"),
        ("Coach Tom House joined the club in 2010.\n\n“It was a gamble,” says House. “It paid off.”",
         "It paid off", "Tom House"),
        ("The tennis player Ana King won the title in 2010.\n\n“It was a gamble,” said King, who retired later.",
         "It was a gamble", "Ana King"),
        ("Tom Major joined the board last year.\n\n“We move slowly,” adds Major in an interview.",
         "We move slowly", "Tom Major"),
        ("Rena Judge, a nurse, worked nights for a decade.\n\n“Nobody saw us,” recalled Judge.",
         "Nobody saw us", "Rena Judge"),
        ("Researcher Amy Little has studied the bay for years.\n\n“The water is warmer,” says Little.",
         "The water is warmer", "Amy Little"),
        ("Mark Speaker runs the food bank.\n\n“We need more hands,” says Speaker, “not more money.”",
         "We need more hands", "Mark Speaker"),
        # negatives: no one of that surname was introduced, or the capital word opens a name
        ("The committee met in the House on Monday.\n\n“It was a gamble,” says House.", "It was a gamble", None),
        ("“We will vote no,” says House Speaker Ann Roe.", "We will vote no", "Ann Roe"),
        ("Members of the King family met on Sunday.\n\n“It was a hard year,” said King.", "It was a hard year", None),
    ],
)

TITLE_ABBREVIATION_CASES = cases(
    "titles and abbreviations",
    [
        ("“We are reviewing the file,” Const. Jana Roy told reporters.", "We are reviewing the file", "Jana Roy"),
        ("“We are reviewing the file,” said Cst. Ian Hale of the city police.", "We are reviewing the file", "Ian Hale"),
        ("“It's heartbreaking,” Ward 4 Coun. Tim Lee said.", "It's heartbreaking", "Tim Lee"),
        ("“It's heartbreaking,” said Coun. Tim Lee.", "It's heartbreaking", "Tim Lee"),
        ("“It's heartbreaking,” said Ald. Ann Roe, who represents the ward.", "It's heartbreaking", "Ann Roe"),
        ("“We are reviewing the decision,” Health Canada said in an emailed statement.", "We are reviewing", "Health Canada"),
        ("“We are reviewing the decision,” said Statistics Canada.", "We are reviewing", "Statistics Canada"),
        ("“We are reviewing the decision,” Health Minister Ann Roe said.", "We are reviewing", "Ann Roe"),
        ("Coun. Tim Lee called the plan “a mess from the start.”\n\n“We need a new plan,” Lee said.",
         "We need a new plan", "Tim Lee"),
    ],
)

OWN_PEOPLE_CASES = cases(
    "pronouns and role nouns",
    [
        ("I read her a book about farm animals.\n\n“No, that's the goat,” says my three-year-old.",
         "No, that's the goat", "my three-year-old"),
        ("“We never close on Sundays,” says my neighbour.", "We never close", "my neighbour"),
        ("“We never close on Sundays,” my neighbour says.", "We never close", "my neighbour"),
        ("“Put the cat down,” my mother told me.", "Put the cat down", "my mother"),
        ("My father said, “Never lend a man your ladder.”", "Never lend a man", "my father"),
        ("“Can we go now?” asks our five-year-old.", "Can we go now", "our five-year-old"),
        ("“Can we go now?” says my 12-year-old.", "Can we go now", "my 12-year-old"),
        ("“He never sleeps,” says his 18-month-old's nanny.", "He never sleeps", "his 18-month-old's nanny"),
        ("“That is how it works,” says my youngest daughter.", "That is how it works", "my youngest daughter"),
        ("Our two-year-old had other ideas: “No, that's the goat.”", "No, that's the goat", ("Our two-year-old", "our two-year-old")),
        ("“Not again,” says one of my neighbours.", "Not again", "one of my neighbours"),
        ("The 12-year-old was blunt: “I want to play.”", "I want to play", "the 12-year-old"),
        # negatives: a thing of mine is no described speaker, and the writer "I" is the author
        ("“It was the end of an era,” my book says of the decade.", "It was the end of an era", None),
        ("“Put the cat down,” I said to my son.", "Put the cat down", "the author"),
        ("“Things change,” says my view of the matter.", "Things change", None),
    ],
)

BARE_PLURAL_CASES = cases(
    "organisations, documents and groups",
    [
        ("“Save our rink,” team members dressed in their jerseys say together in the clip.", "Save our rink", "team members"),
        ("“Save our rink,” players wearing their helmets chant in the video.", "Save our rink", "players"),
        ("“We waited six hours,” passengers stranded at the airport said.", "We waited six hours", "passengers"),
        ("“We waited six hours,” passengers said on Tuesday.", "We waited six hours", "passengers"),
        ("“Nobody told us anything,” commuters stuck on the platform said on Monday.", "Nobody told us", "commuters"),
        ("“It was chaos,” residents left without power for days told the council.", "It was chaos", "residents"),
        ("“Vote yes,” volunteers dressed as bees shouted outside the hall.", "Vote yes", "volunteers"),
        ("Firefighters called to the blaze said the roof was “about to come down.”", "about to come down", "firefighters"),
        ("“Stop the cuts,” hundreds of nurses gathered outside the legislature chanted.", "Stop the cuts", "hundreds of nurses"),
        # negatives: loudspeakers, a group only watching, a quote named by a noun
        ("“Turn it down,” speakers mounted on the wall blared all night.", "Turn it down", None),
        ("“We are staying,” said Ana Moss, as passengers gathered around her.", "We are staying", "Ana Moss"),
        ("“Play ball,” heads of the league agreed.", "Play ball", None),
    ],
)

WHAT_X_CALLED_CASES = cases(
    "clause frames around the speaker",
    [
        ("What the board described as a “plan for lasting growth” was shelved a year later.",
         "plan for lasting growth", "the board"),
        ("What the union termed “a betrayal of every worker” was approved on Friday.",
         "a betrayal of every worker", "the union"),
        ("What the mayor dubbed “the summer of renewal” ended in September.", "the summer of renewal", "the mayor"),
        ("What the premier described as an “investment in every family” will cost $2 billion.",
         "investment in every family", "the premier"),
        ("Lenders were hit by what the central bank termed “a temporary squeeze on credit.”",
         "a temporary squeeze", "the central bank"),
        ("The board approved what its chair called a “historic step for the city.”", "historic step", "its chair"),
        ("The bill passed in what the senator likes to call “a rigged vote in the dead of night.”", "a rigged vote", "the senator"),
        ("The plan is what the mayor prefers to describe as “a fresh start for every family.”", "a fresh start", "the mayor"),
        ("The premier dismissed the audit as a “work of fiction from start to finish.”", "work of fiction", "the premier"),
        ("The audit was dismissed by the premier as a “work of fiction from start to finish.”",
         "work of fiction", "the premier"),
        # negatives: no one names it, or the name is the thing's
        ("What is often called “the quiet crisis of rural care” gets little attention.", "the quiet crisis", None),
        ("What happened in the mine was “a tragedy for every family in town.”", "a tragedy for every", None),
        ("What's been dubbed “the summer of renewal” ended in September.", "the summer of renewal", None),
        ("The storm, dubbed “the beast from the east” by forecasters, closed schools.", "the beast from the east",
         ("forecasters", None)),
    ],
)

RULING_CASES = cases(
    "organisations, documents and groups",
    [
        ("The judge ruled the man was likely to reoffend in a way that would “cause lasting harm to the public.”",
         "cause lasting harm", "the judge"),
        ("The court ruled the bylaw was “an unjustified limit on free expression.”", "an unjustified limit", "the court"),
        ("The B.C. Court of Appeal ruled Friday the bylaw was “an unjustified limit on free expression.”",
         "an unjustified limit", "the B.C. Court of Appeal"),
        ("The tribunal decided the firm had acted in “bad faith from the very beginning.”", "bad faith", "the tribunal"),
        ("The licensing board determined the officer had shown “a reckless disregard for safety.”",
         "a reckless disregard", "the licensing board"),
        ("The coroner ruled the death was “an accident that no one could have foreseen.”", "an accident", "the coroner"),
        ("The judge found the man posed “a real and present danger to the public.”", "a real and present danger", "the judge"),
        ("A jury decided the company had shown “a reckless disregard for human life.”", "a reckless disregard", "a jury"),
        ("“The bylaw cannot stand,” ruled Justice Ann Roe.", "The bylaw cannot stand", "Ann Roe"),
        ("“The bylaw cannot stand,” found the tribunal.", "The bylaw cannot stand", "the tribunal"),
        ("“The bylaw cannot stand,” the judge ruled.", "The bylaw cannot stand", "the judge"),
        # negatives: ruling a country, ruling something out, deciding to do something
        ("“The bylaw cannot stand,” ruled Ann Roe.", "The bylaw cannot stand", (None, "Ann Roe")),
        ("The party ruled the province for “forty long and difficult years.”", "forty long", None),
        ("The premier ruled out “a snap election this fall or next spring.”", "a snap election", (None, "the premier")),
        ("The council decided to “pause every new hire until the spring.”", "pause every new hire", (None, "the council")),
    ],
)

CLAUSE_OF_TIME_CASES = cases(
    "clause frames around the speaker",
    [
        ("Trouble came in mid-May when Dana Lund again took to Twitter with this: “We will win this fight.”",
         "We will win this fight", "Dana Lund"),
        ("The feud grew worse in March, when the mayor went on radio with a warning: “We will run out of water by June.”",
         "We will run out of water", "the mayor"),
        ("The crowd fell silent when Ann Lund stepped up to the microphone: “We are not going anywhere.”",
         "We are not going anywhere", "Ann Lund"),
        ("Things got worse after Rob Lund tweeted: “We will win this fight.”", "We will win this fight", "Rob Lund"),
        ("Kell apologized after Rob Lund tweeted: “You owe this town an apology.”", "You owe this town", "Rob Lund"),
        ("Tensions escalated last week after the union posted: “Not one more cut.”", "Not one more cut", "the union"),
        # negatives: a clause of time with no one who speaks, a fronted phrase with no verb
        ("The mood changed when the results came in: “We will win this fight.”", "We will win this fight", None),
        ("Everything changed after the storm hit the coast: “We lost everything.”", "We lost everything", None),
        ("Tired and angry after a long night the minister told reporters “we will find the money.”",
         "we will find the money", (None, "the minister")),
    ],
)

LATER_QUOTE_CUE_CASES = cases(
    "long material between quote, speaker and verb",
    [
        ("Hale Books announced plans to publish a memoir by Ann Lowe.\n\n“Gold and Dust” was to be a “cautionary tale "
         "for every young star,” said Susan Crane, then Lowe's literary agent.", "Gold and Dust", "Susan Crane"),
        ("Rob Tate spoke first.\n\n“Every street” would get “a new sidewalk by the end of next year,” said Nadia Bell, "
         "the city engineer.", "Every street", "Nadia Bell"),
        # negative: the subject before the verb, not inverted, is a text
        ("“We came, we saw,” Powell “and we left in a hurry,” the passage continued.", "We came, we saw", (None, "the passage")),
    ],
)

OWNED_GROUP_CASES = cases(
    "organisations, documents and groups",
    [
        ("“The deal is the best we could get,” White House officials said.", "The deal is the best", "White House officials"),
        ("“The deal is the best we could get,” said Hale campaign officials.", "The deal is the best", "Hale campaign officials"),
        ("Roe administration officials said the deal was “the best we could get.”", "the best we could get",
         "Roe administration officials"),
        ("“We are not going anywhere,” Kell allies said on Friday.", "We are not going anywhere", "Kell allies"),
        ("“We are not going anywhere,” House Republicans said.", "We are not going anywhere", "House Republicans"),
        ("Mayor Dan Kell spoke on Monday.\n\nKell supporters responded with chants of “Four more years.”",
         "Four more years", "Kell supporters"),
        # negatives: the owner never speaks for the group; a time or a determiner is no owner
        ("Dan Kell held a rally on Saturday.\n\nKell backers say the polls are “rigged against us from the start.”",
         "rigged against us", (None, "Kell backers")),
        ("On Monday officials said the plan was “dead on arrival in the Senate.”", "dead on arrival", "officials"),
        ("The front-runner said the race had been “rigged against him,” a charge that party leaders denied.",
         "rigged against him", "the front-runner"),
        ("Kell called the plan “a disaster for every family,” a description that the mayor rejected.",
         "a disaster for every family", "Kell"),
    ],
)

LOWER_RANK_CASES = cases(
    "pronouns and role nouns",
    [
        ("President Dana Kell spoke on Monday.\n\n“We will win,” the vice president said.", "We will win", "the vice president"),
        ("Gov. Ann Lowe spoke on Monday.\n\n“We will win,” the lieutenant governor said.", "We will win",
         "the lieutenant governor"),
        ("Mayor Ann Lowe spoke on Monday.\n\n“We will win,” the deputy mayor said.", "We will win", "the deputy mayor"),
        # the rank the person was introduced with, or no rank at all, still finds them
        ("Lt. Gov. Ann Lowe spoke on Monday.\n\n“We will win,” the lieutenant governor said.", "We will win", "Ann Lowe"),
        ("Mayor Ann Lowe spoke on Monday.\n\n“We will win,” the mayor said.", "We will win", "Ann Lowe"),
    ],
)

HOLDER_AND_OWNED_CASES = cases(
    "clause frames around the speaker",
    [
        ("For Sen. Ann Roe, the answer is clear: “Polls don't vote.”", "Polls don't vote", "Ann Roe"),
        ("To the mayor, the message was plain: “We are not selling the park.”", "We are not selling", "the mayor"),
        ("But for Ann Roe, the bottom line remains the same: “Polls don't vote.”", "Polls don't vote", "Ann Roe"),
        ("For the union, the message was simple: “No contract, no work.”", "No contract, no work", "the union"),
        ("Roe's aides say the campaign is “running out of money fast.”", "running out of money", "Roe's aides"),
        ("But Dan Kell's allies say the count was “rigged from the very start.”", "rigged from the very start",
         "Dan Kell's allies"),
        ("The mayor's lawyers say the suit is “without any merit at all.”", "without any merit", "the mayor's lawyers"),
        # negatives: a phrase of time or a feast holds no view; a noun "say" after its owner
        ("For years, the answer was simple: “Build more roads.”", "Build more roads", None),
        ("For Christmas, the plan was simple: “Stay home and eat.”", "Stay home and eat", None),
        ("The mayor's reply was simple: “No deal.”", "No deal", "the mayor"),
    ],
)

POINTED_BACK_CASES = cases(
    "speaker stated in another paragraph or clause",
    [
        ("“We will win this state.” That's what Ann Roe told reporters on Monday.", "We will win this state", "Ann Roe"),
        ("“We will win this state.” That is exactly what the mayor said last week.", "We will win this state", "the mayor"),
        ("“We will win this state” was the message from Ann Roe on Monday.", "We will win this state", "Ann Roe"),
        ("“Not one more cent” is Ann Roe's new slogan.", "Not one more cent", "Ann Roe"),
        ("“Stay home if you can” was the mayor's advice.", "Stay home if you can", "the mayor"),
        # negatives: the message of a thing, a promise no one is said to have made
        ("“We will win this state” was the message on every sign.", "We will win this state", None),
        ("“Read my lips, no new taxes” was the promise that sank him.", "Read my lips", None),
    ],
)

GGTN_CASES = [
    *POINTED_BACK_CASES,
    *HOLDER_AND_OWNED_CASES,
    *LOWER_RANK_CASES,
    *OWNED_GROUP_CASES,
    *INVERTED_SURNAME_CASES,
    *TITLE_ABBREVIATION_CASES,
    *OWN_PEOPLE_CASES,
    *BARE_PLURAL_CASES,
    *WHAT_X_CALLED_CASES,
    *RULING_CASES,
    *CLAUSE_OF_TIME_CASES,
    *LATER_QUOTE_CUE_CASES,
]
