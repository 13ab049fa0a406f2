"""Attribution cases of session 20: the speaker phrase after a quote, in the shapes wire copy writes it.

Seen in unseen political wire copy, where the clause after the closing mark held the speaker yet
gave none (or the wrong one):

* party members written as titles before a name ("Senate Republican Ann Roe", "House Judiciary
  Committee Ranking Democrat Ann Roe", "No. 2 Senate Democrat Ann Roe"), and -ing words that modify
  a role ("ranking", "outgoing", "acting") read as a participle opening the sentence;
* a lower-case office with the place it serves run into the holder's name ("former ambassador to
  Chile Tomas Ibarra"), which read as a name "Chile Tomas Ibarra" or as no one;
* a participle set off by commas between the subject and its verb ("a senior official, speaking on
  condition of anonymity, said");
* a partitive with a phrase that says which of them ("one of the sources with ties to the
  governor");
* a participle of saying after an inverted name with its comma left out ("said Ortega adding …");
* a prepositional phrase listing places across commas ("the firm with offices in Jersey, Guernsey
  and Malta said"): the places are no speaker; the head of the phrase is;
* an organisation's name followed by a noun classing it ("the Chamber of Commerce business lobby
  group"): the organisation, named as the text names it;
* the quoted sentence run on after the closing mark before the cue ('“…” before the end of the
  month, Ann Roe, the party's whip, said').

Negatives: the person an aide serves is not the aide; a clause after the run-on is a sentence of
its own; an acronym keeps its classifier.
Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_HILL = "The Senate returned from its recess on Monday to take up the spending bill.\n\n"
_TRADE = "Trade talks between the two countries stalled again this week.\n\n"

PARTY_TITLES = cases(
    "titles and abbreviations",
    [
        (_HILL + "“We will not let this bill pass without a fight,” House Oversight Committee Ranking Democrat "
         "Marian Oduya said on Thursday.", "We will not let", "Marian Oduya"),
        (_HILL + "“We will not let this bill pass without a fight,” said the panel’s Ranking Democrat Marian Oduya.",
         "We will not let", "Marian Oduya"),
        (_HILL + "“We will not let this bill pass without a fight,” Senate Republican Howard Keswick told reporters.",
         "We will not let", "Howard Keswick"),
        (_HILL + "“We will not let this bill pass without a fight,” No. 2 Senate Democrat Ruth Ellingham said.",
         "We will not let", "Ruth Ellingham"),
        (_HILL + "“We will not let this bill pass without a fight,” predicted No. 3 House Republican Glen Aubrey, "
         "who said the chamber would vote next week.", "We will not let", "Glen Aubrey"),
        (_HILL + "“We will not let this bill pass without a fight,” said No. 2 Senate Republican Howard Keswick.",
         "We will not let", "Howard Keswick"),
        (_HILL + "“We will not let this bill pass without a fight,” Ohio Democrat Leona Farris said in a statement.",
         "We will not let", "Leona Farris"),
        (_HILL + "“We will not let this bill pass without a fight,” Texas Republican Dale Prewitt wrote on Twitter.",
         "We will not let", "Dale Prewitt"),
        (_HILL + "“We will not let this bill pass without a fight,” ranking committee Democrat Rep. Otis Mabry "
         "and his colleagues wrote to the chairman.", "We will not let", ("Otis Mabry and his colleagues", "Otis Mabry")),
        (_HILL + "“We will not let this bill pass without a fight,” ranking member Ines Varga and her staff wrote.",
         "We will not let", ("Ines Varga and her staff", "Ines Varga")),
        (_HILL + "“We will not let this bill pass without a fight,” outgoing party chairman Tom Vellacott told reporters.",
         "We will not let", "Tom Vellacott"),
        (_HILL + "“We will not let this bill pass without a fight,” acting committee chairman Neil Osgood said.",
         "We will not let", "Neil Osgood"),
        # later mentions of the same person resolve to the name, never to the party title
        (_HILL + "“We will not let this bill pass without a fight,” Senate Democrat Ruth Ellingham said.\n\n"
         "“The votes are not there,” Ellingham added.", "The votes are not there", "Ruth Ellingham"),
        # an organisation whose name holds the party word stays whole
        (_HILL + "“We will not let this bill pass without a fight,” the House Republican Conference said in a statement.",
         "We will not let", "the House Republican Conference"),
        (_HILL + "“We will not let this bill pass without a fight,” the Young Republican National Federation said.",
         "We will not let", "the Young Republican National Federation"),
        # the party word with the place is still who "the Texas Republican" is
        ("Texas Republican Howard Keswick met the president on Monday.\n\n“We will not let this bill pass without "
         "a fight,” the Texas Republican said.", "We will not let", "Howard Keswick"),
    ],
)

OFFICE_OF_A_PLACE = cases(
    "titles and abbreviations",
    [
        (_TRADE + "“These numbers are old orders dressed up as new deals,” former Peruvian ambassador to Chile "
         "Tomas Ibarra posted on Twitter.", "These numbers are old", "Tomas Ibarra"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” said former ambassador to Chile Tomas Ibarra.",
         "These numbers are old", "Tomas Ibarra"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” the former ambassador to Chile Tomas Ibarra "
         "told the newspaper.", "These numbers are old", "Tomas Ibarra"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” special envoy to Brazil Karen Lindqvist "
         "said on Monday.", "These numbers are old", "Karen Lindqvist"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” the U.S. ambassador to the United Nations "
         "Helen Marsh told reporters.", "These numbers are old", "Helen Marsh"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” said founder of Brightline Logistics "
         "Peter Quayle in an interview.", "These numbers are old", "Peter Quayle"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” a member of Congress Maria Dunmore said.",
         "These numbers are old", "Maria Dunmore"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” former ambassador to Chile Tomas Ibarra "
         "said.\n\n“Nobody believes them,” Ibarra added.", "Nobody believes them", "Tomas Ibarra"),
        # the person an aide or a lawyer serves is not the speaker
        (_TRADE + "“These numbers are old orders dressed up as new deals,” an aide to House Speaker Paul Renner said.",
         "These numbers are old", "an aide"),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” a lawyer for Victor Amsel said.",
         "These numbers are old", ("a lawyer", "a lawyer for Victor Amsel")),
        (_TRADE + "“These numbers are old orders dressed up as new deals,” a spokesman for Governor Alan Ruthven said.",
         "These numbers are old", ("a spokesman", "a spokesman for Governor Alan Ruthven")),
    ],
)

PARTICIPLE_ASIDE = cases(
    "long material between quote, speaker and verb",
    [
        ("\"The president will sign the order this week,\" a White House official, speaking on condition of "
         "anonymity, said in a statement.", "The president will sign", "a White House official"),
        ("\"The president will sign the order this week,\" a senior diplomat, speaking on condition of "
         "anonymity, told Reuters.", "The president will sign", "a senior diplomat"),
        ("\"The president will sign the order this week,\" one aide, speaking privately, said on Tuesday.",
         "The president will sign", "one aide"),
        ("\"The president will sign the order this week,\" the official, speaking on condition he not be "
         "named, told reporters.", "The president will sign", "the official"),
        ("\"The president will sign the order this week,\" a senior administration official, speaking on "
         "background, said.", "The president will sign", "a senior administration official"),
        ("\"The governor will sign the bill this week,\" the campaign, citing internal polls, said in a statement.",
         "The governor will sign", "the campaign"),
        ("\"The president will sign the order this week,\" Lena Hartwell, speaking to reporters in Ohio, said.",
         "The president will sign", "Lena Hartwell"),
        ("\"The president will sign the order this week,\" a State Department spokeswoman, speaking at a "
         "regular briefing, also said.", "The president will sign", "a State Department spokeswoman"),
        # a participle with no subject before it belongs to the sentence, not to the phrase before the comma
        ("Officials met in the capital. \"A triumph for the city\" during the opening of the tower, calling it "
         "a new era.", "A triumph for the city", None),
    ],
)

PARTITIVE_WITH_MODIFIER = cases(
    "pronouns and role nouns",
    [
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said one of the sources with ties to the governor.", "You will see some",
         "one of the sources"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” one of the officials with knowledge of the plan said.", "You will see some",
         "one of the officials"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said two of the aides from the mayor's office.", "You will see some",
         "two of the aides"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said one of the advisers close to the governor.", "You will see some",
         "one of the advisers close to the governor"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said one of the lawmakers on the panel.", "You will see some", "one of the lawmakers"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said one of the donors in the room.", "You will see some", "one of the donors"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” one of the lobbyists at the meeting said.", "You will see some", "one of the lobbyists"),
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said one of the leaders of the union.", "You will see some", "one of the leaders"),
        # a partitive of things is no speaker
        ("Staff at the governor's office expect departures next year.\n\n“You will see some people leave once "
         "the budget is done,” said one of the memos from the office.", "You will see some", (None, "one of the memos")),
        # a modifier holding its own clause: the partitive is what the clause says, not who spoke
        ("Good managers stay calm when the pressure rises.\n\nOne of the best pieces of advice I have ever been "
         "given is: “Be the thermostat in the room, not the thermometer.”", "Be the thermostat", None),
        ("Good managers stay calm when the pressure rises.\n\nOne of the lessons from the campaign we learned was "
         "this: “Never let the other side define you first.”", "Never let the other", None),
    ],
)

PARTICIPLE_WITHOUT_COMMA = cases(
    "speech verbs in every form",
    [
        (_HILL + "“We will make sure this money reaches the families,” said Whitlock adding that the vote was close.",
         "We will make sure", "Whitlock"),
        (_HILL + "“We will make sure this money reaches the families,” said Dana Whitlock adding that the vote was close.",
         "We will make sure", "Dana Whitlock"),
        (_HILL + "“We will make sure this money reaches the families,” said Sen. Dana Whitlock noting that the vote was close.",
         "We will make sure", "Dana Whitlock"),
        (_HILL + "“We will make sure this money reaches the families,” said the mayor adding that the city would pay.",
         "We will make sure", "the mayor"),
        (_HILL + "“We will make sure this money reaches the families,” said Whitlock telling reporters the plan was final.",
         "We will make sure", "Whitlock"),
        (_HILL + "“We will make sure this money reaches the families,” wrote Ortega arguing the case was weak.",
         "We will make sure", "Ortega"),
        (_HILL + "“We will make sure this money reaches the families,” said Whitlock insisting the vote would hold.",
         "We will make sure", "Whitlock"),
        (_HILL + "“We will make sure this money reaches the families,” added Ortega warning that time was short.",
         "We will make sure", "Ortega"),
    ],
)

LISTED_PLACES = cases(
    "when unsure, say less",
    [
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "the firm with offices in Jersey, Guernsey and Malta said.", "This was not the work", "the firm"),
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "the firm with offices in Jersey, the Isle of Man, Guernsey and other offshore centres said.",
         "This was not the work", "the firm"),
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "a lawyer for Kell, Ames and Lind said.", "This was not the work", ("a lawyer", "a lawyer for Kell")),
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "the company, which has offices in Jersey, Guernsey and Malta, said.", "This was not the work", "the company"),
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "the group, with members in Ohio, Texas and Utah, said.", "This was not the work", "the group"),
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "a spokesman for the bank, with branches in Dublin, Cork and Galway, said.", "This was not the work",
         ("a spokesman", "a spokesman for the bank")),
        # a list of people is still a list of speakers
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "Ann Roe, Ben Poe and Carl Yates said.", "This was not the work", "Ann Roe, Ben Poe and Carl Yates"),
        ("Leaked files from a law firm were published on Sunday.\n\n“This was not the work of anyone who works here,” "
         "the mayor, the sheriff and the fire chief said.", "This was not the work", "the mayor, the sheriff and the fire chief"),
    ],
)

CLASSIFIED_ORGANISATIONS = cases(
    "organisations, documents and groups",
    [
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the U.S. Chamber of Commerce business lobby group said on its website.",
         "Keeping this tax", "the U.S. Chamber of Commerce"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the Chamber of Commerce lobby group said.", "Keeping this tax", "the Chamber of Commerce"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the Grantham Policy Foundation think tank said in a report.", "Keeping this tax",
         "the Grantham Policy Foundation"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the American Civil Liberties Union rights group said.", "Keeping this tax",
         "the American Civil Liberties Union"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the Marsh Valley Conservation Club environmental group said.", "Keeping this tax",
         "the Marsh Valley Conservation Club"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” said the Riverside Tenants Association advocacy group.", "Keeping this tax",
         "the Riverside Tenants Association"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the National Federation of Independent Business lobby group said.", "Keeping this tax",
         "the National Federation of Independent Business"),
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the Institute for Fiscal Studies think tank said.", "Keeping this tax",
         "the Institute for Fiscal Studies"),
        # an acronym keeps its classifier
        ("The tax bill drew criticism from business.\n\n“Keeping this tax in the bill would hurt every small firm "
         "in the country,” the NFIB lobby group said.", "Keeping this tax", "the NFIB lobby group"),
    ],
)

QUOTE_RUN_ON = cases(
    "long material between quote, speaker and verb",
    [
        (_HILL + "“I think we need the extension and we will get that done” before the end of the month, Rosa Kemper, "
         "the White House’s legislative director, said Wednesday.", "I think we need", "Rosa Kemper"),
        (_HILL + "“I think clearly we need the extension, and that is expected we will get that done” before the "
         "recess, Rosa Kemper, the White House’s legislative director, said Wednesday on MSNBC.", "I think clearly", "Rosa Kemper"),
        (_HILL + "“We will have the votes to pass this bill” by the end of the month, Senate Majority Leader "
         "Arthur Pell, who spoke after a closed-door lunch, told reporters.", "We will have the votes", "Arthur Pell"),
        (_HILL + "“There is no path forward for this deal” without the support of the unions, Carla Benning, a "
         "senior aide to the governor, said on Tuesday.", "There is no path forward", "Carla Benning"),
        (_HILL + "“We want to raise the refundable share” of the child credit, Senator Ivo Marchetti, a member of the "
         "finance panel, said in an interview.", "We want to raise", "Ivo Marchetti"),
        (_HILL + "“It is a completely different world now,” between the two administrations, said Nora Ashby, a "
         "professor at the state university who studies lobbying.", "It is a completely", "Nora Ashby"),
        (_HILL + "“The difference is that you do not have replacements already on staff” or people waiting to get on "
         "board, said one of the sources with ties to the White House.", "The difference is", "one of the sources"),
        (_HILL + "“We are not going to cut the benefits” or raise the retirement age, said Senator Ana Voss.",
         "We are not going to cut", "Ana Voss"),
        (_HILL + "“We are going to finish this bill” in the coming weeks, the majority whip, Dale Irwin, told "
         "reporters on Capitol Hill.", "We are going to finish", "Dale Irwin"),
        # a clause with its own subject after the run-on is a sentence of its own, no cue
        ("The election was “rigged from the start” against him, a charge that party leaders denied.", "rigged", None),
    ],
)

CLOSING20_CASES = (
    PARTY_TITLES
    + OFFICE_OF_A_PLACE
    + PARTICIPLE_ASIDE
    + PARTITIVE_WITH_MODIFIER
    + PARTICIPLE_WITHOUT_COMMA
    + LISTED_PLACES
    + CLASSIFIED_ORGANISATIONS
    + QUOTE_RUN_ON
)
