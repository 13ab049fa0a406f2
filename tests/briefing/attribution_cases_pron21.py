"""Attribution cases of session 21: a relative "who" or a pronoun ("he", "she", "it") taken to the
wrong person or thing, or to no one when a reader knows who it is.

Found on the synthetic-quote testbed's tuning half (PolNeAR's indirect speech put in quote marks),
reading the quotes whose gold speaker is a pronoun and ours another person or none:

* "who" after a name with an appositive or an "of" place ("Sen. Dana Whitfield of Oregon, the
  ranking Democrat on the panel, who said “…”") went to the place or to the body in the
  appositive; the person the appositive describes speaks;
* "who" whose clause joins the speech verb to an earlier verb ("Marta Greeley, who answered her
  door and said “…”") went to the main clause's subject;
* a quote that is the object of a relative clause's verb on a named person ("a book by Dan
  Ferrell, who detailed “…”", "a bind for Ana Reyes, who may have to decide “…”") went to the
  main clause's subject, a body or a thing;
* a quote closing a "who" clause on the subject, the main clause's predicate after it ("Raskin,
  who brags “…”, doesn't pretend that his campaign will continue") went to a noun of that
  predicate read as an inverted cue;
* a "he" after "Whitcomb also said that letters between Ferris and Governor Ann Lowry were
  found" went to the person named inside the reported clause, read as a second subject; the one
  who said it is the referent;
* "it" after a person's sentence that brings in a text ("Castell cited a 2003 memorandum …. It
  says “…”") found nothing: the text speaks, never the person;
* a "he" after "(…, according to Factcheck.org)" went to the website;
* a "she" after "Acme created the tool, a spokeswoman, Anna White, said on Saturday, and …" went
  to the firm: the spokeswoman reported mid-sentence is the referent, and so is a person reported
  in a "who said" clause ("…, Sen. Dana Whitfield, …, who said …. “…,” she said");
* a "he" in a sentence whose subject is a share of a person's things ("One of Tom Kell's earlier
  attacks came in February, when he told …") went to the person before: the owner is the "he";
* seen on the way: a quote holding "the U.S.-Mexico border" was cut after "U.S." and the rest
  read as a signature ("… – Name"), whose "Mexico border and …" became the speaker; a hyphen
  signs a quote only when a space sets it off or it is doubled.

Negatives: "who" after a group or a person reported by someone's verb of saying stays with that
reporter; "it" after a body's own sentence stays the body; a predicate after a quote that is a
cue ("…”, he said") is read as one. Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_WHITFIELD = "Sen. Dana Whitfield and Rep. Carl Munoz spoke about the budget on Friday.\n\n"

WHO_APPOSED = cases(
    "pronouns and role nouns",
    [
        ("The measure was backed Friday by Sen. Dana Whitfield of Oregon, the ranking Democrat on the Senate "
         "Budget Committee, who said “none of the money would go to new programs this year”.",
         "none of the money would go", "Dana Whitfield"),
        ("The plan drew fire from Rep. Carl Munoz of Nevada, who said “the state cannot afford another "
         "highway it does not need”.", "the state cannot afford", "Carl Munoz"),
        (_WHITFIELD + "The bill was backed by Lena Park, a lawyer for the teachers' union, who said “none of "
         "the money would go to new programs”.", "none of the money would go", "Lena Park"),
        ("The ruling was welcomed by Gov. Ann Lowry of Vermont, a former judge, who said “the court has "
         "done what the legislature would not do”.", "the court has done what", "Ann Lowry"),
        ("Critics included Sen. Paul Denby of Ohio, who argued “the bill hands the banks everything they "
         "asked for and more”.", "the bill hands the banks", "Paul Denby"),
        ("The deal was praised by Mayor Rosa Quint of Dayton, the head of the city council, who said “the "
         "plant will bring a thousand jobs back to the valley”.", "the plant will bring", "Rosa Quint"),
        # joined to an earlier verb of the clause
        ("“This is one of Ana's friends from school,” Tom Ward told Marta Greeley, who answered her door "
         "on Sunday afternoon and said “she planned to caucus for Reyes”.", "she planned to caucus", "Marta Greeley"),
        ("The mayor met Jon Ebbet, who owns the bakery on Main Street and said “the new parking rules will "
         "close half the shops”.", "the new parking rules", "Jon Ebbet"),
        ("Police stopped Ana Ruiz, who got out of her car and shouted “you have no right to search me”.",
         "you have no right", "Ana Ruiz"),
        # a group, and a person in someone's report, stay as they were
        ("Activists met angry parents, who said “the buses never come on time”.",
         "the buses never come", ("angry parents", "parents")),
    ],
)

WHO_OBJECT = cases(
    "pronouns and role nouns",
    [
        ("The Ledger also cited a new book by political journalist Dan Ferrell, who detailed “a dinner "
         "the governor held in 2011 with three donors from Texas”.", "a dinner the governor held", "Dan Ferrell"),
        ("The new rule threatens to create a political bind for Democratic front-runner Ana Reyes, who may "
         "have to decide once again “how far to distance herself from the governor on the issue”.",
         "how far to distance herself", "Ana Reyes"),
        ("Dana Ruiz, who is said to have pressed for the plank, and Tom Kell, who also pushed for “the "
         "agenda item on the Republican side”, agree on something.", "the agenda item on the", "Tom Kell"),
        ("The board praised Lena Voss, who outlined “a plan to cut the waiting lists in half by next "
         "spring”.", "a plan to cut the waiting", "Lena Voss"),
        ("The company's shares fell after a report by analyst Ben Ortiz, who predicted “a hard year for "
         "every carmaker in the region”.", "a hard year for every", "Ben Ortiz"),
        ("The Tribune quoted Rev. Carla Dunn, who recalled “a neighbourhood that has been forgotten by "
         "the city for decades”.", "a neighbourhood that has been", "Carla Dunn"),
        ("The ruling is a setback for Gov. Ann Lowry, who must now explain “why the state spent the money "
         "before the court ruled”.", "why the state spent", "Ann Lowry"),
        # a reporting verb before the relative clause: the reporter's words
        ("Historian Cecil Marsh points out that the rule kept out people from the islands, who were “deemed "
         "unsuited to the climate of the north”.", "deemed unsuited to the climate", "Cecil Marsh"),
    ],
)

WHO_THEN_PREDICATE = cases(
    "pronouns and role nouns",
    [
        ("Governor Tom Raskin spoke in Concord on Tuesday.\n\nRaskin, who brags “he has held more than 100 "
         "town halls in the state”, doesn't pretend that his campaign will continue if he loses.",
         "he has held more than", "Tom Raskin"),
        ("Mayor Elena Ruiz spoke on Monday.\n\nRuiz, who insists “the budget is balanced”, has not said "
         "where the money for the new stadium will come from.", "the budget is balanced", "Elena Ruiz"),
        ("Senator Paul Denby toured the plant on Friday.\n\nDenby, who says “every job here is a job worth "
         "fighting for”, is expected to vote against the trade deal.", "every job here is a job", "Paul Denby"),
        ("Judge Ana Lowry ruled on the case.\n\nLowry, who wrote “the law is plain on this point”, did not "
         "say when the hearing would resume.", "the law is plain", "Ana Lowry"),
        ("Coach Dan Weller met the press.\n\nWeller, who promised “a team that fights for every ball”, will "
         "see his side continue its run on Saturday.", "a team that fights for", "Dan Weller"),
        ("Rep. Ken Ames spoke on Monday.\n\nAmes, who argues “the tax will hit the poorest hardest”, wants "
         "the vote delayed until the fall.", "the tax will hit", "Ken Ames"),
        # a cue after the quote is still read as one
        ("Mayor Elena Ruiz spoke on Monday. Her rival, Tom Kell, who called the plan “a disgrace to the "
         "city and its people”, said he would fight it.", "a disgrace to the city", "Tom Kell"),
    ],
)

SUBJECT_OVER_OBJECT = cases(
    "pronouns and role nouns",
    [
        ("State Department spokesman Dale Whitcomb briefed reporters on Friday.\n\nWhitcomb also said for the "
         "first time that some letters between Ferris and Governor Ann Lowry have been located and will be "
         "withheld. He said “there were 12 letters between the two, written over five years”.",
         "there were 12 letters", "Dale Whitcomb"),
        ("Clinic director Tom Baird spoke on Monday.\n\nBaird said that the talks between the union and "
         "Mayor Carl Munoz have stalled and may not resume. He said “nobody in this building wants a "
         "strike”.", "nobody in this building", "Tom Baird"),
        ("Coach Ben Ortiz met the press on Friday.\n\nOrtiz said the feud between the owner and striker "
         "Paulo Reis had been settled and would not flare up again. He said “the dressing room is "
         "united”.", "the dressing room is united", "Ben Ortiz"),
        ("Spokesman Ed Lyle spoke on Friday.\n\nLyle told reporters that calls between the chairman and "
         "Senator Rob Hale were recorded and would be released. He said “there is nothing to hide”.",
         "there is nothing to hide", "Ed Lyle"),
        ("Defense lawyer Sam Voss spoke outside court.\n\nVoss argued that the deal between his client and "
         "Agent Mark Dunn was legal and had been approved. He said “the government knew everything”.",
         "the government knew everything", "Sam Voss"),
        ("Sheriff Jon Kemp briefed reporters.\n\nKemp said the meeting between the deputies and Pastor Dale "
         "Reese went well and would be repeated. He said “we owe this town an explanation”.",
         "we owe this town", "Jon Kemp"),
    ],
)

IT_TEXT = cases(
    "organisations, documents and groups",
    [
        ("Lawyer Ramon Castell questioned the ban on Monday.\n\nIn his bill to bar the envoy, Castell cited a 2003 "
         "memorandum issued by the customs agency. It says “officers may not detain travelers for more than "
         "six hours without a warrant”.", "officers may not detain", "the memorandum"),
        ("Senator Paul Denby spoke on Tuesday.\n\nDenby released a letter from the mine's owners. It said “the "
         "company will not reopen the pit this year”.", "the company will not reopen", "the letter"),
        ("Mayor Elena Ruiz spoke on Monday.\n\nRuiz quoted a 2014 report on the city's roads. It found “more "
         "than half of the bridges need urgent repair”.", "more than half of the bridges", "the report"),
        ("Judge Ana Lowry heard the case.\n\nLowry issued a ruling on Friday. It says “the county acted "
         "within its powers when it closed the shelter”.", "the county acted within", "the ruling"),
        ("Rep. Ken Ames spoke on Tuesday.\n\nAmes introduced a bill on housing. It says “no family may be "
         "evicted in the winter months”.", "no family may be evicted", "the bill"),
        ("Coach Dan Weller spoke on Friday.\n\nWeller posted a statement on the club's site. It said “the "
         "club regrets the scenes at the end of the match”.", "the club regrets the scenes", "the statement"),
        # a body's own sentence: the body
        ("The Health Ministry released a report on Monday. It said “the number of cases has fallen for a "
         "third week in a row”.", "the number of cases", ("Health Ministry", "The Health Ministry", "the Health Ministry")),
    ],
)

PEOPLE_NOT_BODIES = cases(
    "pronouns and role nouns",
    [
        ("Senator Paul Denby repeated the claim on Sunday (the real figure is lower, according to PolitiFact.com). "
         "He defended his stance by citing “a survey conducted by a group in Ohio”.",
         "a survey conducted by", ("Paul Denby", None)),
        ("Acme created the tool to help in times of crisis, a spokeswoman, Anna Richardson Blake, said on "
         "Saturday, and it has used it five times this year. “But this was the first time it was used for "
         "something like this”, she said.", "But this was the first time", "Anna Richardson Blake"),
        ("Brightline launched the service in May, a spokesman, Tom Carver, said, and it has grown every month. "
         "“We did not expect this many riders”, he said.", "We did not expect", "Tom Carver"),
        ("Clinton's position was supported Friday by Sen. Dana Whitfield of Oregon, the ranking Democrat on the "
         "budget panel, who said none of the money went to new programs.\n\n“It has never made sense to me "
         "that the governor can be blamed for this,” she said in a statement.", "It has never made sense",
         "Dana Whitfield"),
        ("The charges were denied in a statement from the office of Rep. Blake Fallon, who said on Thursday "
         "that they were false.\n\n“This has become a distraction,” he said.", "This has become a distraction",
         "Blake Fallon"),
    ],
)

ONE_OF_OWNER = cases(
    "pronouns and role nouns",
    [
        ("Professor Carl Geyh said he has no problem with candidates criticizing judges. But, he said, “there is "
         "a line here and it has been crossed.”\n\nOne of Tom Kell's earlier attacks came in February, when he told "
         "Fox News “that Ruiz was biased against him because of his views on trade”.", "that Ruiz was biased",
         "Tom Kell"),
        ("Coach Ben Ortiz spoke on Friday.\n\nOne of Mayor Ana Lowry's first acts came in May, when she told the "
         "council “the stadium deal is dead and will stay dead”.", "the stadium deal is dead", "Ana Lowry"),
        ("Sen. Paul Denby spoke on Monday.\n\nSome of Gov. Rosa Quint's harshest words came on Tuesday, when she "
         "said “the budget is a fraud on every taxpayer in the state”.", "the budget is a fraud", "Rosa Quint"),
        ("Judge Ana Lowry spoke on Monday.\n\nMany of Rep. Ken Ames's supporters left early, and he said “I do "
         "not blame them one bit for going home”.", "I do not blame them", "Ken Ames"),
        ("Dr. Lena Park spoke at the clinic.\n\nMost of Tom Baird's patients are elderly, and he said “they "
         "cannot wait six months for a scan”.", "they cannot wait six months", "Tom Baird"),
        ("Mayor Elena Ruiz spoke on Monday.\n\nEach of Dan Weller's three stores has closed, and he said “the "
         "new rents are simply too high for us”.", "the new rents are simply", "Dan Weller"),
    ],
)

ABBREVIATION_HYPHEN = cases(
    "titles and abbreviations",
    [
        ("Tom Kell spoke in Ohio.\n\nIn February, he told Fox News “that Ruiz was biased because of his promises to "
         "build a wall on the U.S.-Mexico border and deport 11 million people”.", "that Ruiz was biased", "Tom Kell"),
        ("Sen. Ana Ruiz said: “We will build a fence on the U.S.-Canada line and hire a thousand new agents.”",
         "We will build a fence", "Ana Ruiz"),
        ("Gov. Dan Weller said the deal was “a win for the U.K.-Irish border towns and for everyone who trades "
         "there”.", "a win for the U.K.-Irish", "Dan Weller"),
    ],
)

PRON21_CASES = (
    WHO_APPOSED + WHO_OBJECT + WHO_THEN_PREDICATE + SUBJECT_OVER_OBJECT + IT_TEXT + PEOPLE_NOT_BODIES + ONE_OF_OWNER
    + ABBREVIATION_HYPHEN
)
