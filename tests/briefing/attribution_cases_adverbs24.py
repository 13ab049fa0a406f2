"""Attribution cases of session 24 (adverbs24): a short word between the subject and the speech
verb, and subject readings left over from session 23.

"Smith now says “…”", "Smith today argued “…”", "Smith yesterday insisted that “…”", "“…,” said
Smith today" and "Mexican officials now say “…”" gave no speaker, while "Smith still insists",
"Smith this week said" and "Smith says now" were read: the adverbs a speaker phrase may end on
(``head_patterns.ADVERB_TAIL``) lacked the one-word adverbs of time and connection (now, today,
tonight, yesterday, earlier, meanwhile, likewise, however, therefore, thus). Nothing in the history
left them out on purpose; the list is lower-case only, so "USA Today", "the Today show" and "The
Tonight Show" keep their capital word, and "Today, Smith said" opens the sentence before the
subject. A description took the adverb into its text ("the mayor today" shown as the speaker).

Left over from session 23, each checked as a pattern:
- a company whose short name is a common word in -ed ("United Airlines … United said") was no
  name (``NameRegistry.is_proper_name`` read "United" as a participle opening the sentence); the
  short name of a company the body writes in full is a name. "General Motors said" gave "Motors"
  (the rank "General" stripped as a title): the firms whose name opens on "General" are kept whole.
- "It was a strategy that failed and Mackowiak said “…”" gave "it": after the split at "that", the
  first conjunct's verb opened the clause with no space before it, so the "and" clause's own subject
  was not read.
- "Media Research Center's Bozell agrees …" gave "media" (a group noun opening the sentence): a
  body's name owning a capitalised name is that person.
- "“… said, ‘never again,’” jokes Groene": the comma closing the quote inside the quote was not read
  as the utterance's own comma, so "jokes" stayed a plural noun.
- "The Martin Luther King Day parade drew thousands. … He said “…”" gave "Martin Luther King Day":
  a day, a place, a prize or a body named after a person (a full name and such a noun) has no
  gender from its given name.

While reading the changed speakers on the dev pages: an "it" after a quote of a person described
("the senator") took that person even three paragraphs later ("On his website, … “…,” it now
says"): that carry-over holds only in the quote's paragraph and the next.

A surname written with a title ("President Obama") and only later a full name of the same surname
with no title ("First Lady Michelle Obama", "his wife, Ann Kell") took that later name for the
titled one's full name (``NameRegistry.fullest`` looking ahead): a page of the dragnet pool gave
five of a president's quotes to the first lady. A title (not a bare "Mr."/"Ms.") that the later name never
has now keeps the surname; a later name with a title of its own ("former Mexican President Felipe
Calderon" after "leader Calderon") and a headline's bare surname still resolve to the full name.

Invented wording; negatives where the rule must not fire.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“we will not let this bill pass without a real fight in the chamber.”"
_QT = "“We will not let this bill pass without a real fight in the chamber,”"
_START = "we will not let this bill"
_START_T = "We will not let this bill"
_INTRO = "Senator John Marsh, a Democrat from Ohio, spoke to reporters on the Capitol steps.\n\n"

ADVERB_BEFORE_VERB = cases(
    "long material between quote, speaker and verb",
    [
        (_INTRO + f"Marsh now says {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh today argued {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh yesterday insisted {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh yesterday insisted that {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh now said {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh tonight told the crowd {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh meanwhile said {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh earlier told reporters {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh likewise argued {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh however insisted {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh therefore warned {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh, however, now says {_Q}", _START, "John Marsh"),
        (_INTRO + f"The senator today said {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh today is saying {_Q}", _START, "John Marsh"),
        # inverted and after the quote
        (_INTRO + f"{_QT} said Marsh today.", _START_T, "John Marsh"),
        (_INTRO + f"{_QT} said Marsh yesterday, before the vote.", _START_T, "John Marsh"),
        (_INTRO + f"{_QT} Marsh now says.", _START_T, "John Marsh"),
        (_INTRO + f"{_QT} Marsh today told reporters.", _START_T, "John Marsh"),
        # phrases, negation and modals were read already and stay so
        (_INTRO + f"Marsh on Tuesday argued {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh last week insisted that {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh in response said {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh would later say {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh has since said {_Q}", _START, "John Marsh"),
        (_INTRO + f"Marsh could only say {_Q}", _START, "John Marsh"),
        # a surname the text never introduced in full, and groups
        (f"Kell today argued {_Q}", _START, "Kell"),
        (_INTRO + f"Mexican officials now say {_Q}", _START, "Mexican officials"),
        (_INTRO + f"Mexican officials yesterday insisted {_Q}", _START, "Mexican officials"),
        (_INTRO + f"Critics now say {_Q}", _START, "critics"),
        # the description is shown without the adverb
        ("The mayor of Dayton met the council on Monday.\n\nThe mayor today said " + _Q, _START, "the mayor"),
        # negatives: a capital "Today" is a title's, and a time word opening the sentence is no subject
        (_INTRO + f"USA Today reported {_Q}", _START, "USA Today"),
        (_INTRO + f"{_QT} USA Today reported.", _START_T, "USA Today"),
        (_INTRO + f"Today, Marsh said {_Q}", _START, "John Marsh"),
        (_INTRO + f"Today Marsh said {_Q}", _START, "John Marsh"),
        (_INTRO + f"The Tonight Show host said {_Q}", _START, "the Tonight Show host"),
        (_INTRO + f"Democracy Now reported {_Q}", _START, "Democracy Now"),
    ],
)

_AIRLINES = "United Airlines and Delta Air Lines cancelled hundreds of flights on Monday as the storm hit.\n\n"
_CARS = "General Motors recalled 40,000 pickups on Monday over a brake fault.\n\n"

COMPANY_SHORT_NAMES = cases(
    "organisations, documents and groups",
    [
        (_AIRLINES + "United said it is “working hard to get every stranded passenger home by the weekend.”",
         "working hard to get", "United"),
        (_AIRLINES + "“We are working hard to get every stranded passenger home,” United said.", "We are working hard", "United"),
        (_AIRLINES + "Delta said it is “working hard to get every stranded passenger home by the weekend.”",
         "working hard to get", "Delta"),
        ("Allied Freight Corp. cut 300 jobs on Friday.\n\nAllied said “every remaining driver will keep a route this year.”",
         "every remaining driver", "Allied"),
        (_CARS + "General Motors said it is “working with every dealer to fix the trucks within a month.”",
         "working with every dealer", "General Motors"),
        (_CARS + "“We are working with every dealer to fix the trucks within a month,” said General Motors.",
         "We are working with every dealer", "General Motors"),
        ("General Mills raised its prices on Monday.\n\n“Costs have gone up at every step of our supply chain,” General Mills said.",
         "Costs have gone up", "General Mills"),
        # negatives: a participle opening a sentence is still no one; a general is still a person
        ("Preceded by a brass band, the mayor walked to the podium.\n\nPreceded said “we will not close the library this year.”",
         "we will not close", None),
        ("Gen. Mark Ruiz, the army chief, visited the base.\n\nGeneral Ruiz said “every soldier here will be home by the spring.”",
         "every soldier here", "Mark Ruiz"),
        # a body's name owning a person's name at the sentence's start: the person
        ("Brent Dorsey, who leads the watchdog, spoke on Monday.\n\nMedia Research Center’s Dorsey agrees with Vance that "
         "“Cruz is the best candidate the party has in this field.”", "Cruz is the best candidate", "Brent Dorsey"),
        ("Ana Ruiz became chief in May.\n\nPolice Department’s Chief Ana Ruiz wants “every officer on foot patrol by the summer.”",
         "every officer on foot patrol", "Ana Ruiz"),
    ],
)

_STRATEGIST = "Matt Keller, a Republican strategist, watched the results come in on Tuesday.\n\n"

AND_CLAUSE_AFTER_THAT = cases(
    "clause frames around the speaker",
    [
        (_STRATEGIST + "It was a strategy that failed and Keller said “we should have seen that coming long before the vote.”",
         "we should have seen", "Matt Keller"),
        (_STRATEGIST + "It was a plan that backfired, and Keller said “we should have seen that coming long before the vote.”",
         "we should have seen", "Matt Keller"),
        (_STRATEGIST + "The bill passed and Keller said “we should have seen that coming long before the vote.”",
         "we should have seen", "Matt Keller"),
        # negative: a participle set off before a subject whose body's name holds an "and"
        ("The mayor spoke on Monday. But when contacted, a spokesperson for the Parks and Recreation Department said "
         "“the department would follow the lead of City Hall on the issue.”", "the department would follow", "a spokesperson"),
    ],
)

_SHOP = "Ann Groene has run the bakery on Main Street for thirty years.\n\n"

NESTED_QUOTE_THEN_AMBIGUOUS_FORM = cases(
    "speech verbs in every form",
    [
        (_SHOP + "“My husband said after the first year, ‘never again,’” jokes Groene.", "My husband said", "Ann Groene"),
        (_SHOP + "“My husband said after the first year, ‘never again,’” Groene jokes.", "My husband said", "Ann Groene"),
        (_SHOP + "“My husband said after the first year, ‘never again!’” promises Groene.", "My husband said", "Ann Groene"),
        (_SHOP + "\"My husband said after the first year, 'never again,'\" jokes Groene.", "My husband said", "Ann Groene"),
    ],
)

_CROWD = "\n\nOrganisers were pleased with the turnout.\n\nHe said “this is the largest crowd we have had here in over ten years.”"

NAMED_AFTER_A_PERSON = cases(
    "pronouns and role nouns",
    [
        # a day, a place or a prize named after a person is no "he"
        ("The Martin Luther King Day parade drew thousands on Monday." + _CROWD, "this is the largest crowd", None),
        ("The Nelson Mandela Day march drew thousands on Monday." + _CROWD, "this is the largest crowd", None),
        ("The John F. Kennedy Airport reopened on Monday." + _CROWD, "this is the largest crowd", None),
        ("The Ronald Reagan Library hosted a debate on Monday." + _CROWD, "this is the largest crowd", None),
        # the person after whom it is named, or a man the text introduces, still is
        ("Nelson Mandela spoke at the Nelson Mandela Day march on Monday." + _CROWD, "this is the largest crowd",
         "Nelson Mandela"),
        ("The Martin Luther King Day parade drew thousands. Its organiser, Tom Reyes, counted them." + _CROWD,
         "this is the largest crowd", "Tom Reyes"),
        # a two-word name ending on such a noun is a person's own
        ("Tom Hall, a city councillor, marched on Monday." + _CROWD, "this is the largest crowd", "Tom Hall"),
    ],
)

_CAMPAIGN = (
    "Bernie Sanders spoke at the rally in Vermont. The senator praised “the genuine and indisputable integrity of the "
    "candidate here.”\n\nThe stop offered a glimpse of the figure he would like to become.\n\n"
    "But as he ponders his next moves, Sanders faces a challenge almost as steep as a campaign.\n\n"
)

IT_AFTER_A_PERSON_DESCRIBED = cases(
    "organisations, documents and it",
    [
        # paragraphs after a person described was quoted, an "it" is not that person
        (_CAMPAIGN + "On his website, Sanders has started the transition. “This is your movement and it is only the start,” "
         "it now says, showing a montage.", "This is your movement", None),
        (_CAMPAIGN + "On his website, Sanders has started the transition. “This is your movement and it is only the start,” "
         "it says.", "This is your movement", None),
        # right after it, the person's document still passes the words on
        ("His physician, a doctor in Ohio, examined him. The doctor wrote “he is fit to serve and shows no sign of any "
         "illness at all.” According to it, “he has the heart of a much younger man than his age suggests.”",
         "he has the heart", "the doctor"),
    ],
)

_VOW = "“we are not going to let this election slip away from us this year.”"

TITLED_SURNAME_THEN_ANOTHER_BEARER = cases(
    "pronouns and role nouns",
    [
        # a surname titled before, and a full name of the same surname only later, with no title:
        # another bearer (his wife), never the titled one's full name
        (f"Gov. Hale raised money in Oregon on Monday.\n\nHale said {_VOW}\n\nHis wife, Ann Hale, campaigns in Ohio.",
         "we are not going to let", "Hale"),
        (f"President Hale raised money in Oregon on Monday.\n\nHale said {_VOW}\n\nFirst Lady Ann Hale campaigns in Ohio.",
         "we are not going to let", "Hale"),
        # a headline's bare surname, or another word for the same post, is still the one named in full later
        (f"Hale: {_VOW}\n\nHouse Speaker Tom Hale campaigns in Ohio.", "we are not going to let", "Tom Hale"),
        (f"Former leader Ortega said {_VOW}\n\nFormer Peruvian President Luis Ortega spoke in Lima.",
         "we are not going to let", "Luis Ortega"),
        (f"Sen. Hale raised money in Oregon on Monday.\n\nHale said {_VOW}\n\nSen. Tom Hale, a Democrat, campaigns in Ohio.",
         "we are not going to let", "Tom Hale"),
    ],
)

ADVERBS24_CASES = (
    ADVERB_BEFORE_VERB
    + COMPANY_SHORT_NAMES
    + AND_CLAUSE_AFTER_THAT
    + NESTED_QUOTE_THEN_AMBIGUOUS_FORM
    + NAMED_AFTER_A_PERSON
    + IT_AFTER_A_PERSON_DESCRIBED
    + TITLED_SURNAME_THEN_ANOTHER_BEARER
)
