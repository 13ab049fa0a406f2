"""Attribution cases of session 14 (real-text probing, newspaper test pages): patterns found by
reading real news text that our pipeline got wrong, rewritten with invented people and wording.

- A quote after a naming verb in the passive or a gloss ('the bill, sometimes called a “…”',
  '(a trend called the “…”)', 'Tamar means “…”') is the name something goes by: no one's words,
  not the words of the thing it names. Active naming keeps its subject ('Kell called the plan “…”',
  'which the mayor called “…”').
- A place that is the object of a preposition in a subject ('The road between Port Alma and
  Kessel was …', 'With U.S. money drying up, …') is no referent for a later "he"; a noun phrase
  set off before a pronoun subject ('The son of a village imam, he had …') is the pronoun's
  person, not someone of its own; coordinate plain adjectives ('the round, bearded trader') make
  one description, not "the round".
- Not a name: a sentence adverb opening a name run ('Apparently Marla'), an acronym in the plural
  for a "he" ('GCSEs were meant to …'), a bare quantifier for its noun phrase ('Some government
  departments ran checks': "some government departments" or no one, never "some").
- The person, not the place of work: 'As Dan Ritter of Hillcrest Media notes, “…”'; a title with
  "and" before "magazine" is one title ('As Sea and Sky magazine notes': not "Sea"); an inverted
  cue set off inside the subject gives its own speaker ('The biggest reason clients leave, writes
  Nora Beyer, is “…”').
- From the none quotes: a source in an "as" clause after the quote ('“…,” as Fortune noted'),
  an -s form that is more often a noun right after a subject at the clause's end ('“…,” he
  emails.'), and an opening preposition after a conjunction ('But in a note on his letter Mrs
  Lowe said: “…”').
- A thing set off after the quote before an inverted verb is no speaker ('“…,” the town with the
  nearest airstrip, said Ruslan Adi'); a phrase of time set off before the verb's clause is no
  one ('The next morning, you could feel the Internet … saying, “…”').
- A credit in parentheses ('(Via Chortle)') is no signature; a country's name is not the tail of an
  organisation's ('Argentina' is not "Fuerza Aérea Argentina"; 'Jordan' still "Michael Jordan");
  an officer's acronym is a title, not a name ('Acme’s CTO, Dana Pike, explained').
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

NAMED_AS_14D = cases(
    "when unsure, say less",
    [
        ("The spending package, sometimes called a “minibus” on the Hill, includes $2 billion for roads. "
         "“It is a start,” said Sen. Ruth Okafor.", "minibus", None),
        ("The gene tool, dubbed a “spell checker for cells,” lets labs repair faulty DNA in days.",
         "spell checker for cells", None),
        ("Even the oldest comics house has joined in, with a 2016 series called “Night of the Paperboys.”",
         "Night of the Paperboys", None),
        ("He named the two ferries after local rivers: Tamar means “dark water,” while Exe means “fast.”",
         "dark water", None),
        ("The merger plan, which is often called “the Ross deal,” passed on Tuesday.", "the Ross deal", None),
        ("Mayor Dina Ross called the vote “a disgrace to everyone who waited in line.”",
         "a disgrace to everyone", "Dina Ross"),
        ("The council approved the tower, which the mayor called “a gift to the next generation.”",
         "a gift to the next", "the mayor"),
        ("Nora Pell criticised what Tom Aske called “a reckless gamble with our pensions.”",
         "a reckless gamble", "Tom Aske"),
        ("“We were stunned by the result,” said Ivo Berg, whose firm won the contract.",
         "We were stunned", "Ivo Berg"),
        ("Coach Lena Pratt dubbed her defence “the wall” after the final whistle.", "the wall", "Lena Pratt"),
        ("The ruling was branded “a dark week for small farms” by Sen. Ole Brandt.", "a dark week", "Ole Brandt"),
        ("The waiver, sometimes called “the Brandt loophole” by staffers, expires in May.", "the Brandt loophole",
         ("staffers", None)),
        ("The union, which critics often called “a closed shop,” lost the vote.", "a closed shop", ("critics", None)),
    ],
)

PLACES_AND_FRONTED_14D = cases(
    "pronouns and role nouns",
    [
        ("Tarik Osmani grew up poor. The road between Port Alma and Kessel was rebel country, and Osmani had to "
         "haul gravel to the base. So when Osmani hired drivers, he did not tell them where they were going. "
         "“I went ahead on a motorcycle,” he recalls.", "I went ahead", "Tarik Osmani"),
        ("Dana Wirth runs the ferry. The crossing from Kessel to Port Alma takes an hour in good weather. "
         "“On a bad day it takes three,” she said.", "On a bad day", "Dana Wirth"),
        ("Tarik Osmani grew up poor.\n\nWith U.S. money now drying up, contractors such as Osmani have to change "
         "course. That is why he bought a phone franchise. He is calm about it: “You make little, but it lasts.”",
         "You make little", "Tarik Osmani"),
        ("With Ed Ruiz out of the race, Nora Lind is the favourite. “I take nothing for granted,” she said.",
         "I take nothing", "Nora Lind"),
        # a with-phrase naming a person and no participle is about that person: the next "he" is his
        ("In her ballad, Ada Moss sings, “Stay just as you are.” With veteran senator Tom Kell, there is little "
         "chance of change. Just ask him. “Why would I change?” he said on Monday.", "Why would I change", "Tom Kell"),
        ("With Ed Ruiz at the helm, the company grew fast. “We never stopped hiring,” he said.", "We never stopped",
         "Ed Ruiz"),
        ("In 2009, Tarik Osmani rode up to the base on a donkey. The son of a village imam, he had already tried "
         "many jobs. He thought to himself: “I want to be my own boss.”", "I want to be my own", "Tarik Osmani"),
        ("Nadia Ferro runs the clinic. A former army nurse, she knows what triage means. “We see forty patients a "
         "day,” she said.", "We see forty", "Nadia Ferro"),
        ("“They think I am a pious man,” the round, bearded trader laughs.", "They think I am",
         ("the round, bearded trader", None)),
        ("“Nobody reads the fine print,” the tall, soft-spoken lawyer said.", "Nobody reads",
         "the tall, soft-spoken lawyer"),
        ("“The rain never stops,” the young, nervous driver told us.", "The rain never stops",
         "the young, nervous driver"),
        ("Kemal Aslan sells carpets in the old market. “They think I am a pious man,” the stout, grey-bearded "
         "merchant laughs.", "They think I am", ("Kemal Aslan", "the stout, grey-bearded merchant", None)),
    ],
)

NOT_A_NAME_14D = cases(
    "when unsure, say less",
    [
        ("A user who goes by the name Marla posted a story about a strange illness. Apparently Marla had been "
         "writing fiction for years.\n\n“Three days ago, a neighbour was found dead,” Marla wrote.",
         "Three days ago", "Marla"),
        ("Reports say Tom Keller left early. Obviously Keller knew something. “I never trusted that boat,” "
         "Keller said.", "I never trusted", "Tom Keller"),
        ("Finally Kelly Ames spoke up. “I trained for ten years,” Ames said.", "I trained for ten", "Kelly Ames"),
        ("Sir Alan Cole wrote to the minister in March. GCSEs were meant to ensure a focus on skills. He insisted "
         "the new exams would “add real rigour to every classroom.”", "add real rigour", "Alan Cole"),
        ("Dame Ruth Amos chairs the board. NGOs had asked for more time. She said the rules “will not change "
         "before the summer.”", "will not change", "Ruth Amos"),
        ("Some government departments ran checks and found no trace of him. Officials met on Monday and called "
         "the attack “the act of a madman.”", "the act of a madman", ("officials", None)),
        ("We received mixed reactions. Some people thought the show was clever, and others called us “cheap "
         "thieves and liars”.", "cheap thieves", ("others", "some people", None)),
        ("Some farmers called the plan “a slow death for the valley.”", "a slow death", "some farmers"),
        ("Some of the farmers called the plan “a slow death for the valley.”", "a slow death",
         "some of the farmers"),
    ],
)

SOURCES_14D = cases(
    "organisations, documents and groups",
    [
        ("The guide breaks every episode down by the minute. As Dan Ritter of Hillcrest Media notes, “Sitcoms, "
         "minus commercials, run about 22 minutes.”", "Sitcoms, minus", "Dan Ritter"),
        ("As Nora Quist of the Hale Institute put it, “nobody wins a price war.”", "nobody wins", "Nora Quist"),
        ("After the vote Representative Kyle Dunn said “we will be back next year.”", "we will be back",
         "Kyle Dunn"),
        ("As Sea and Sky magazine notes, “The network can reach any point on the globe.”", "The network can",
         None),
        ("As Field and Stream magazine reported, “the river has never been cleaner.”", "the river has",
         ("Field and Stream magazine", None)),
        ("The biggest reason clients leave, writes Nora Beyer, is “it's always about communication.”",
         "it's always about", "Nora Beyer"),
        ("The problem, says Tom Kell, is “nobody wants to pay for the roads.”", "nobody wants to pay",
         "Tom Kell"),
        ("The answer, the mayor said, was “more buses and fewer cars.”", "more buses", "the mayor"),
        ("The real question, noted the auditor, was “who signed the cheques.”", "who signed",
         "the auditor"),
        ("Tom Kell said the plan is “dead on arrival.”", "dead on arrival", "Tom Kell"),
    ],
)

AFTER_THE_QUOTE_14D = cases(
    "clause frames around the speaker",
    [
        ("Slowly, technology came into play. “The rain gauge and the barometer were invented between 1400 and "
         "1700,” as the Weather Bureau notes in its history section.", "The rain gauge", "the Weather Bureau"),
        ("“By the 1990s, satellites carried most television programmes,” as Orbitel notes.", "By the 1990s",
         "Orbitel"),
        ("“Just $3 billion in purchases came from mobile wallets last year,” as Fortune noted earlier this year.",
         "Just $3 billion", "Fortune"),
        ("“We will not raise taxes,” as Mayor Ann Pratt put it on Monday.", "We will not raise", "Ann Pratt"),
        ("Tom Reyes stood up. “It is over,” as he said on Monday.", "It is over", "Tom Reyes"),
        ("“We want Kell!” as the crowd cheered outside.", "We want Kell", None),
        ("“I will serve all of you,” Ed Kell said, as his rival noted the time.", "I will serve", "Ed Kell"),
        ("Dan Kerr built the map. “Basically, I was looking for data,” he emails. “I found it funny.”",
         "Basically, I was", "Dan Kerr"),
        ("“We are done here,” Mayor Rita Kerr tweets.", "We are done here", "Rita Kerr"),
        ("“We are done here,” Kerr's tweets show.", "We are done here", (None, "Kerr's tweets")),  # the tweets, a text
        ("Sir Ken Ives said pupils were ranked.\n\nBut in a hand-written note on his letter Mrs Lowe said: "
         "“This is not a correct judgement of the system.”", "This is not a correct", "Lowe"),
        ("The senator spoke at length, but in the end Mrs Ada Lowe said: “This is not over.”",
         "This is not over", "Ada Lowe"),
    ],
)

THINGS_AND_TIMES_14D = cases(
    "long material between quote, speaker and verb",
    [
        ("“As soon as the weather clears, the bodies will be flown to Port Alma,” the town with the nearest "
         "airstrip to the site, said Ruslan Adi.", "As soon as the weather", "Ruslan Adi"),
        ("“The ferry leaves from Kessel,” the village closest to the island, explained harbour master Ines Roth.",
         "The ferry leaves", "Ines Roth"),
        ("“We will rebuild the bridge,” the mayor, a former engineer, said.", "We will rebuild the bridge",
         "the mayor"),
        ("“We will rebuild,” the ministry said.", "We will rebuild", "the ministry"),
        ("The next morning, you could feel the whole Internet rubbing its eyes and saying, “Oh yeah, so what "
         "was the deal with Cole?”", "Oh yeah, so what", None),
        ("Ana Pike slept badly. The next morning, she told reporters: “I am not leaving.”", "I am not leaving",
         "Ana Pike"),
        ("The next morning, Mayor Tom Reyes said: “We will rebuild.”", "We will rebuild.", "Tom Reyes"),
        ("That night, a spokesman for the club said the match “will go ahead as planned.”", "will go ahead",
         ("a spokesman", "a spokesman for the club")),
    ],
)

CREDITS_AND_COUNTRIES_14D = cases(
    "organisations, documents and groups",
    [
        ("Our show is tiny. ‘Yes, we are a small company nobody has ever heard of, and some think us "
         "amateur.’ (Via Chortle)", "Yes, we are a small", None),
        ("The band played on. “We never expected a crowd this size.” (Source: Daily Ledger)",
         "We never expected", None),
        ("Our show is tiny. ‘Yes, we are a small company nobody has ever heard of, and some think us "
         "amateur.’ (Carl Nye, farmer)", "Yes, we are a small", "Carl Nye"),
        ("The Fuerza Aerea Argentina bought new jets last year. The islands, which Argentina calls “Las "
         "Malvinas y sus islas adyacentes,” remain British.", "Las Malvinas", "Argentina"),
        ("Michael Jordan spoke first. “We win as a team,” Jordan said.", "We win as a team", "Michael Jordan"),
        ("Acme’s CTO, Dana Pike, explained that “nobody tracks the small purchases.”", "nobody tracks",
         "Dana Pike"),
        ("Acme’s CFO, Dana Pike, explained where “dark” spending comes from – she points out that “it is not "
         "all waste.”", "it is not all waste", "Dana Pike"),
        ("Orbis CIO Ken Marsh said the breach “was contained within an hour.”", "was contained", "Ken Marsh"),
        ("“Nobody tracks the small purchases,” said the CTO.", "Nobody tracks", "the CTO"),
        ("The Bank of Kenya cut rates. “Growth will pick up,” Kenya's finance minister said.",
         "Growth will pick up", ("Kenya's finance minister",)),
    ],
)

REAL14D_CASES = [
    *NAMED_AS_14D, *PLACES_AND_FRONTED_14D, *NOT_A_NAME_14D, *SOURCES_14D, *AFTER_THE_QUOTE_14D, *THINGS_AND_TIMES_14D,
    *CREDITS_AND_COUNTRIES_14D,
]
