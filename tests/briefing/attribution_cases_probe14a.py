"""Attribution cases of round 14 (probing, branch probe14a), written before any rule was changed:
speech verbs in every form (manner verbs such as "jabbed", "taunted", "chuckled"; "kept saying";
"was quoted as saying" after the quote; "X's only answer was “…”"; "according to the complaint,
Kell “…”", where the document is the source), titles and abbreviations inside the speaker phrase
("Det. Sgt.", "Amb.", "Supt.", "A. J. Brandt", a quote paragraph so full of titles that it looked
like a title-case headline), and long material between quote, speaker and verb (time phrases
without a comma, "Weeks after Hollis conceded the primary, “…”"). Invented people throughout;
the cases that already passed stay as a guard.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: 'According to the complaint, Kell “…”': the document is the source, the name after its comma
#: is the clause's subject, not a name in apposition to the document.
ACCORDING_TO_DOCUMENT = cases(
    "speech verbs in every form",
    [
        (
            "According to the complaint, Dale Kell “knowingly misled investors about the company's debts.”",
            "knowingly misled investors",
            ("the complaint", None),
        ),
        (
            "According to the indictment, Paula Greer “directed staff to destroy the records.”",
            "directed staff to destroy",
            ("the indictment", None),
        ),
        (  # positive: a description and a name in apposition after an inverted verb
            "“We heard the blast from the harbour,” said one witness, Ahmed Karimi.",
            "We heard the blast",
            "Ahmed Karimi",
        ),
        (
            "According to Finance Minister Bruno Calder, “the deficit will fall below two percent next year.”",
            "the deficit will fall",
            "Bruno Calder",
        ),
        (
            "“The trains will run on time from Monday,” according to a statement from transport minister Eli Ross.",
            "The trains will run",
            ("Eli Ross", "a statement from Eli Ross"),
        ),
    ],
)

#: A one-sentence quote paragraph whose speaker phrase is all titles and names ('“Diplomacy is not
#: dead,” Secretary of State Helen Marsh said.') is prose, not a title-case headline.
TITLED_PROSE = cases(
    "titles and abbreviations",
    [
        ("“Diplomacy is not dead,” Secretary of State Helen Marsh said.", "Diplomacy is not dead", "Helen Marsh"),
        ("“Diplomacy is not dead,” said Secretary of State Helen Marsh.", "Diplomacy is not dead", "Helen Marsh"),
        (
            "The talks resumed on Monday.\n\n“Diplomacy is not dead,” Secretary of State Helen Marsh said.",
            "Diplomacy is not dead",
            "Helen Marsh",
        ),
        (
            "“Turnout was the highest in decades,” Election Commissioner Ruth Adeyemi told Reuters on Sunday.",
            "Turnout was the highest",
            "Ruth Adeyemi",
        ),
    ],
)

#: Abbreviated ranks and offices, stacked or alone, and a first initial that looks like "A".
ABBREVIATED_TITLES = cases(
    "titles and abbreviations",
    [
        ("“The case is closed,” Det. Sgt. Ian Mobley said.", "The case is closed", "Ian Mobley"),
        ("“The U.S. will not abandon its allies,” said Amb. Carla Reyes.", "The U.S. will not abandon", "Carla Reyes"),
        ("“We fixed it by 5 p.m.,” Supt. Dan Ryle of the state police said.", "We fixed it by 5 p.m.", "Dan Ryle"),
        ("“Hold the line until the relief arrives,” Cmdr. Lars Berg said.", "Hold the line", "Lars Berg"),
        ("Rep. A. J. Brandt (R-Ohio) said, “This bill will pass.”", "This bill will pass", "A. J. Brandt"),
        ("“This bill will pass,” Rep. A. J. Brandt said.", "This bill will pass", "A. J. Brandt"),
        (  # negative: a sentence-initial article stays out of the name
            "A spokesman for the council said, “The bridge will reopen in May.”",
            "The bridge will reopen",
            ("a spokesman for the council", "a spokesman"),
        ),
        ("“I will not support this nominee,” Sen. Paula Hirsch (D-Ore.) said on Monday.", "I will not support", "Paula Hirsch"),
        ("“The bill is dead on arrival,” said Rep. Curtis Vane (R-Texas).", "The bill is dead", "Curtis Vane"),
        ("“Manufacturing jobs are coming back to the U.S.,” Gov. Neil Farris said.", "Manufacturing jobs", "Neil Farris"),
        ("Paul Bertrand left the court on Friday. “I have done nothing wrong,” said Mr. Bertrand.", "I have done nothing", "Paul Bertrand"),
        ("“We will not back down,” said Sen. Tom R. Ellery, R-Kan., in a statement.", "We will not back down", "Tom R. Ellery"),
        ("“It was a hard winter,” said U.S. Rep. Lena Cho, D-Calif.", "It was a hard winter", "Lena Cho"),
        ("“Every vote counts in St. Louis,” said Mayor Dana O. Reeve.", "Every vote counts", "Dana O. Reeve"),
        ("“Our office did nothing wrong,” Atty. Gen. Karl Mertz said.", "Our office did nothing", "Karl Mertz"),
        ("“This is our Pearl Harbor moment,” said Brig. Gen. Alan Voss, the base commander.", "This is our Pearl", "Alan Voss"),
        ("“I am not a crook,” Mr. Ellsworth-Hart insisted.", "I am not a crook", "Ellsworth-Hart"),
    ],
)

#: Manner-of-speaking verbs ("jabbed", "taunted", "barked", "huffed", "chuckled", "groused"), and
#: their noun senses that must stay nouns ("vaccine jabs", "jabbing her finger").
MANNER_VERBS = cases(
    "speech verbs in every form",
    [
        (
            "Weeks after Hollis conceded the primary, “we are still fighting for every worker,” Sanders jabbed.",
            "we are still fighting",
            "Sanders",
        ),
        (
            "Weeks after Gov. Maria Hollis conceded the primary, “we are still fighting for every worker,” "
            "Sen. Dan Ruck jabbed.",
            "we are still fighting",
            "Dan Ruck",
        ),
        ("“You had your chance and you blew it,” Sen. Ola Brandt jabbed at her rival.", "You had your chance", "Ola Brandt"),
        ("“Come back when you have read the bill,” Rep. Tim Hale taunted.", "Come back when", "Tim Hale"),
        ("“Get off my lawn,” barked Councilman Ray Moss.", "Get off my lawn", "Ray Moss"),
        ("“We ran out of chairs, not ideas,” chuckled organiser Fay Lund.", "We ran out of chairs", "Fay Lund"),
        ("“Nobody reads these reports anyway,” groused one aide, Tom Keel.", "Nobody reads these reports", "Tom Keel"),
        (  # negative: "jabs" is a plural noun here
            "Vaccine jabs “saved thousands of lives this winter,” said Dr. Sam Okoro.",
            "saved thousands of lives",
            "Sam Okoro",
        ),
        ("The jabs were “safe and effective,” Health Minister Lena Ito said.", "safe and effective", "Lena Ito"),
        (  # negative: the quote follows its own cue and runs on; the later clause's subject is no speaker
            "Mayor Ada Kell lost her temper at a town hall, jabbing a finger at a heckler as she angrily said, "
            "“I am sick of the developers lying” about her record, and Tom Ames jabbed at Kell the next day.",
            "I am sick of the developers",
            "Ada Kell",
        ),
        ("“The budget is a fantasy from start to finish,” grumbled Rep. Owen Tardif.", "The budget is a fantasy", "Owen Tardif"),
        ("“At least the coffee was hot,” quipped Lorna Heyes, the council's longest-serving member.", "At least the coffee", "Lorna Heyes"),
        ("“A clown show, nothing more,” scoffed opposition leader Pavel Hruby.", "A clown show", "Pavel Hruby"),
        ("“Perhaps we were never meant to win this one,” mused Tessa Lorne, the campaign's manager.", "Perhaps we were never", "Tessa Lorne"),
        ("“We will rebuild this school before winter,” vowed Governor Lydia Park.", "We will rebuild this school", "Lydia Park"),
        ("“We made mistakes in the first month,” conceded Health Minister Rania Suleiman.", "We made mistakes", "Rania Suleiman"),
        ("“Big win for workers tonight!” Sen. Hollis Grant tweeted after the vote.", "Big win for workers", "Hollis Grant"),
        ("Hours later, Carla Dunn posted on Instagram: “Thank you to every volunteer who knocked on a door.”", "Thank you to every", "Carla Dunn"),
        ("“The vote was stolen from the people of this county,” Derek Fallow wrote on Facebook.", "The vote was stolen", "Derek Fallow"),
        ("Rep. Kim Lowe took to Facebook to write, “This is a disgrace to the whole chamber.”", "This is a disgrace", "Kim Lowe"),
    ],
)

#: Speech verbs after a verb of aspect or a passive ("kept saying", "was quoted as saying"), and
#: other tenses and forms (passed before the round: a guard).
VERB_FORMS = cases(
    "speech verbs in every form",
    [
        ("“I have nothing to hide,” Tom Galloway kept saying as he left the court.", "I have nothing to hide", "Tom Galloway"),
        ("“I have nothing to hide,” the senator kept insisting.", "I have nothing to hide", "the senator"),
        ("Ada Reyes sat down. “We are going to win,” she kept repeating.", "We are going to win", "Ada Reyes"),
        ("“He was a good man,” Lionel Price was quoted as saying by the local paper.", "He was a good man", "Lionel Price"),
        ("Hanna Rist was quoted as saying, “The ministry knew about the leak for months.”", "The ministry knew", "Hanna Rist"),
        ("Vera Lindqvist has said that “the party will never govern with extremists.”", "the party will never", "Vera Lindqvist"),
        ("Ruth Okonjo is expected to say, “This country is ready for a new beginning.”", "This country is ready", "Ruth Okonjo"),
        ("Sen. Abel Koss will say in his speech: “The era of cheap money is over.”", "The era of cheap money", "Abel Koss"),
        ("“We are not afraid of a recount,” Lucas Brandt says.", "We are not afraid", "Lucas Brandt"),
        ("Accurate reporting is “the only defence we have against rumours,” said editor Simon Brace.", "the only defence", "Simon Brace"),
        ("Telling the truth is “the hardest job in politics,” Sen. Mara Lund said.", "the hardest job", "Mara Lund"),
        ("The warning, “do not drink the tap water,” was posted on the city's website.", "do not drink the tap water", None),
        (  # negative: a passive of telling names the listeners
            "“The decision is final and there will be no appeal,” the workers were told on Friday.",
            "The decision is final",
            None,
        ),
    ],
)

#: A possessive before a noun of saying, with a colon or only a copula before the quote ("Bill
#: Stroud's only answer was “…”", "The mayor's reply was simple: “…”"): the owner speaks.
POSSESSIVE_ANSWER = cases(
    "speech verbs in every form",
    [
        ("Pressed by reporters, Bill Stroud's only answer was “no comment.”", "no comment", "Bill Stroud"),
        ("Pressed by reporters, Bill Stroud's answer was “we will see what happens next week.”", "we will see what", "Bill Stroud"),
        ("The vote was close. The mayor's reply was simple: “we will see what happens next week.”", "we will see what", "the mayor"),
        ("Gwen Harlow's reply was blunt: “Nobody asked me, and nobody ever will.”", "Nobody asked me", "Gwen Harlow"),
        ("Asked whether she would run again, Irene Walsh's answer: “Not a chance.”", "Not a chance", "Irene Walsh"),
        (  # negative: a possessive pronoun with nobody to stand for
            "His response was “we will see what happens next week.”",
            "we will see what",
            None,
        ),
        (  # negative: a later cue with its own subject governs the quote, not the owner's reply
            "Kell's reply to the letter prompted Ames to say, “We are done here.”",
            "We are done here",
            "Ames",
        ),
        (  # negative: a plan is no saying; the quote is the writer's verdict on it
            "Kell's plan was “a disaster from start to finish.”",
            "a disaster from start",
            None,
        ),
    ],
)

#: A fronted time or condition clause whose speech verb already has its object ('Weeks after
#: Hollis conceded the primary, “…”') does not report the quote; "as" does ('As Kell wrote in his
#: memoir, “…”'). The clause after the quote does, whatever its verb ("Sanders beamed" like
#: "Sanders jabbed": ``unlisted_cues.any_verb_frame``).
FRONTED_CLAUSE = cases(
    "long material between quote, speaker and verb",
    [
        (
            "Weeks after Hollis conceded the primary, “we are still fighting for every worker,” Sanders beamed.",
            "we are still fighting",
            "Sanders",
        ),
        ("When Kell announced his run, “it was a shock to all of us.”", "it was a shock", None),
        ("As Kell wrote in his memoir, “the war was lost in the first winter.”", "the war was lost", "Kell"),
        ("When Kell told reporters, “I am done,” the room went quiet.", "I am done", "Kell"),
        ("After the mayor announced the cuts, Nora Pike said: “We were never asked.”", "We were never asked", "Nora Pike"),
        ("Moments after the verdict was announced, “justice was done today,” said Ana Ruiz.", "justice was done", "Ana Ruiz"),
        ("Days after Kell resigned, “the party has to look at itself,” Nina Holt said.", "the party has to look", "Nina Holt"),
        ("Hours after Kell announced her resignation, “good riddance,” tweeted Rep. Lou Amato.", "good riddance", "Lou Amato"),
        ("Moments after Kell conceded the race, “this is a new dawn,” Amato declared.", "this is a new dawn", "Amato"),
    ],
)

#: Time phrases before a subject with no comma ("Late on Tuesday Prime Minister Ola Sand told …").
TIME_PHRASES = cases(
    "long material between quote, speaker and verb",
    [
        ("Late on Tuesday Prime Minister Ola Sand told reporters “a deal is close and we will sign it soon.”", "a deal is close", "Ola Sand"),
        ("Late last night Prime Minister Ola Sand told reporters “a deal is close and we will sign it soon.”", "a deal is close", "Ola Sand"),
        ("Early on Friday Prime Minister Ola Sand told reporters “a deal is close and we will sign it soon.”", "a deal is close", "Ola Sand"),
        ("Shortly after midnight Prime Minister Ola Sand told reporters “a deal is close and we will sign it soon.”", "a deal is close", "Ola Sand"),
        ("Two days later Prime Minister Ola Sand told reporters “a deal is close and we will sign it soon.”", "a deal is close", "Ola Sand"),
        ("Just hours later Prime Minister Ola Sand told reporters “a deal is close and we will sign it soon.”", "a deal is close", "Ola Sand"),
        ("“A deal is close and we will sign it soon,” hours later Ola Sand told reporters.", "A deal is close", "Ola Sand"),
        ("Shortly before midnight the prime minister told reporters “a deal is close.”", "a deal is close", "the prime minister"),
        ("Two weeks after the mayor announced the cuts, Nora Pike said: “We were never asked.”", "We were never asked", "Nora Pike"),
        ("A day after her defeat, “I have no regrets,” Nina Ruud said.", "I have no regrets", "Nina Ruud"),
        ("Years after the mine closed, “the town never recovered,” said Walt Kemp, a former miner.", "the town never recovered", "Walt Kemp"),
        ("A year after the fire, “the town is still grieving,” Mayor Julia Stein said.", "the town is still grieving", "Julia Stein"),
        ("Two days after the vote, “I am not going anywhere,” Mayor Alan Price told a crowd.", "I am not going anywhere", "Alan Price"),
    ],
)

#: Long appositives, who/when clauses and participle clauses (all passed before the round: a guard).
LONG_MATERIAL = cases(
    "long material between quote, speaker and verb",
    [
        (
            "“We were betrayed,” said Laura Finn, who has lived in the village for forty years and whose husband "
            "worked at the plant.",
            "We were betrayed",
            "Laura Finn",
        ),
        (
            "“The water was up to our knees in minutes,” said Omar Haddad, a 54-year-old baker whose shop on Main "
            "Street flooded on Sunday night.",
            "The water was up to our knees",
            "Omar Haddad",
        ),
        ("“I had no idea,” said Jeanne Perrault, when asked about the payments.", "I had no idea", "Jeanne Perrault"),
        (
            "Speaking to reporters after a closed-door meeting with party leaders, Rep. Nora Kane said, “There is "
            "no deal yet.”",
            "There is no deal yet",
            "Nora Kane",
        ),
        ("When the verdict was read Judge Tara Quill said “This court has no sympathy for you.”", "This court has no", "Tara Quill"),
        (
            "Karen Voss, the former head of the agency who resigned last year after a row with the minister over "
            "funding, said: “Nobody listened.”",
            "Nobody listened",
            "Karen Voss",
        ),
        (
            "“We did our best,” Kurt Lang, who managed the site for the city until it closed in 2019, said on Monday.",
            "We did our best",
            "Kurt Lang",
        ),
        (
            "In a speech that lasted nearly two hours and was interrupted by protesters three times, President Leo "
            "Marsh said, “We will not be moved.”",
            "We will not be moved",
            "Leo Marsh",
        ),
        (
            "“They lied to us,” said Pete Cullen, whose son died in the crash, as he left the inquest.",
            "They lied to us",
            "Pete Cullen",
        ),
        (
            "“This is the worst flood I have seen,” said Ernesto Vidal, 62, who has farmed the valley since 1980, as "
            "he surveyed the damage.",
            "This is the worst flood",
            "Ernesto Vidal",
        ),
    ],
)

#: "was all X would say" after the quote: X is the subject of "say".
ALL_WOULD_SAY = cases(
    "speech verbs in every form",
    [
        ("“Not today,” was all Minister Bela Kiss would say.", "Not today", "Bela Kiss"),
        ("“Not today, and not tomorrow,” was all the minister would say.", "Not today, and not", "the minister"),
        ("Kell was asked about it. “Not today,” is all she will say about it.", "Not today", "Kell"),
        ("All Minister Bela Kiss would say was: “Not today, and not tomorrow.”", "Not today, and not", "Bela Kiss"),
    ],
)

#: "the head of the union", "the boss of the firm": a person, however long the who-clause after it.
PERSON_HEADS = cases(
    "long material between quote, speaker and verb",
    [
        (
            "The head of the union, who asked not to be named because talks are ongoing, said: “We are close.”",
            "We are close",
            ("the head of the union", "the head"),
            "person",
        ),
        ("“We are close to a deal,” said the boss of the firm.", "We are close to a deal", ("the boss of the firm", "the boss"), "person"),
        (
            "A spokesman for the ministry, who was not authorised to speak publicly, said: “We are close to a deal.”",
            "We are close to a deal",
            ("a spokesman for the ministry", "a spokesman"),
            "person",
        ),
    ],
)

#: A speech-verb form right after "the" or "a" is a noun and can be a subject ("The warning
#: said: “…”", "The posting said …"); after a person noun it stays a participle.
SPEECH_FORM_NOUNS = cases(
    "speech verbs in every form",
    [
        ("The warning said: “Staff must report to work on Monday.”", "Staff must report", "the warning", "document"),
        ("The posting said staff must “report to work on Monday.”", "report to work", "the posting", "document"),
        (
            "A posting on the union's website said “members will walk out at noon on Friday.”",
            "members will walk out",
            ("a posting on the union's website", "a posting"),
            "document",
        ),
        (
            "The warning letter, sent on Friday, said: “Your permit has expired.”",
            "Your permit has expired",
            "the warning letter",
            "document",
        ),
        (  # negative: a participle after its subject
            "Mayor Ana Voss spoke first, with the city's lawyer warning: “We will lose this case.”",
            "We will lose this case",
            ("the city's lawyer", "Ana Voss"),
        ),
    ],
)

#: An opening participle phrase without its comma: its last words are the subject ("Asked about
#: the delay the minister said", "Standing on the steps of the courthouse Kell told reporters").
OPENER_NO_COMMA = cases(
    "long material between quote, speaker and verb",
    [
        ("Asked about the delay the minister said: “We are doing our best.”", "We are doing our best", "the minister"),
        (
            "Standing on the steps of the courthouse Kell told reporters: “I will be vindicated.”",
            "I will be vindicated",
            "Kell",
        ),
        (
            "Speaking to reporters in Paris the minister said “no deal is off the table.”",
            "no deal is off the table",
            "the minister",
        ),
        (
            "Reacting to the verdict in Kell's trial the defence team said: “We will appeal.”",
            "We will appeal",
            "the defence team",
        ),
        (
            "In an interview with the Globe on Sunday Sen. Ada Roth said “the filibuster has to go.”",
            "the filibuster has to go",
            "Ada Roth",
        ),
        (
            "Despite the setback Gov. Ina Roe insisted “the project is on track.”",
            "the project is on track",
            "Ina Roe",
        ),
        (
            "During a heated exchange on the Senate floor Sen. Bo Grant shouted, “You are out of order!”",
            "You are out of order",
            "Bo Grant",
        ),
        (
            "Three hours into the hearing, and after repeated questions from Rep. Lia Ford, the witness finally "
            "admitted: “I signed it.”",
            "I signed it",
            "the witness",
        ),
        (  # negative: a name after a preposition is its object, not the subject
            "Asked about Kell the minister said: “She has my full support.”",
            "She has my full support",
            "the minister",
        ),
    ],
)

#: Role nouns of people are persons, not organisations ("a clerk", "the chancellor", "the coach").
ROLE_NOUNS = cases(
    "titles and abbreviations",
    [
        ("“We will see,” a clerk at the town hall said later.", "We will see", ("a clerk at the town hall", "a clerk"), "person"),
        ("“The numbers do not lie,” the chancellor told parliament.", "The numbers do not lie", "the chancellor", "person"),
        ("“We played badly,” the coach admitted after the game.", "We played badly", "the coach", "person"),
        ("“I did not do it,” the defendant told the jury.", "I did not do it", "the defendant", "person"),
        ("“The building is unsafe,” said a fire inspector, Dan Marks.", "The building is unsafe", "Dan Marks", "person"),
        (  # negative: a regulator is a body
            "“The merger harms consumers,” the regulator said in a statement.",
            "The merger harms consumers",
            "the regulator",
            "organisation",
        ),
    ],
)

#: A full name in the possessive owning an office, a campaign or a spokesman: that phrase speaks.
NAME_OWNERS = cases(
    "titles and abbreviations",
    [
        (
            "“The senator is reviewing it,” Sen. Al Boyd's office said.",
            "The senator is reviewing it",
            "Al Boyd's office",
        ),
        (
            "“We expect to win the county by ten points,” Al Boyd's campaign said on Monday.",
            "We expect to win",
            "Al Boyd's campaign",
            "organisation",
        ),
        ("“No comment,” Kell's spokesperson said.", "No comment", "Kell's spokesperson"),
        (  # negative: "only answer" is no speaker; the owner of the answer is ('was' before the quote)
            "Pressed by reporters, Al Boyd's only answer was “we will see what happens.”",
            "we will see what happens",
            "Al Boyd",
        ),
    ],
)

#: An abbreviated title with "-elect" or "-designate" ("Gov.-elect Mara Finn"): the period is no
#: sentence end, and the title goes from the name.
ELECT_TITLES = cases(
    "titles and abbreviations",
    [
        ("“We will be ready,” said Rep.-elect Tom Ash.", "We will be ready", "Tom Ash"),
        ("“We will be ready,” said Gov.-elect Mara Finn.", "We will be ready", "Mara Finn"),
        ("“We start on day one,” Gov.-elect Mara Finn said.", "We start on day one", "Mara Finn"),
        ("“We start on day one,” President-elect Mara Finn said.", "We start on day one", "Mara Finn"),
        ("“The U.N. must act,” U.N. Secretary-General Ivo Marsh said.", "The U.N. must act", "Ivo Marsh"),
    ],
)

#: An inverted speaker set off by dashes or commas, who-clauses and a quote split around them.
DASHED_AND_SPLIT = cases(
    "long material between quote, speaker and verb",
    [
        (
            "“I am proud,” said Tara Lee — the first woman to lead the party in its 120-year history — after the vote.",
            "I am proud",
            "Tara Lee",
        ),
        ("“I am proud of all of us,” said Tara Lee – the party's first female leader.", "I am proud of all", "Tara Lee"),
        ("“We tried,” said Lena Falk, who runs the shelter, “but the money ran out.”", "but the money ran out", "Lena Falk"),
        (
            "“It's over,” said Rep. Ana Cole, D-Va., who had pushed for the bill for years. “We lost.”",
            "We lost",
            "Ana Cole",
        ),
        (
            "“We will not sell,” Kell, whose father founded the company in 1962 and who took over after his death, "
            "told shareholders.",
            "We will not sell",
            "Kell",
        ),
        (
            "“We are broke,” said the treasurer, Ian Colm, who was appointed last month after his predecessor, "
            "Ruth Day, resigned.",
            "We are broke",
            "Ian Colm",
        ),
        (
            "Ian Colm, who replaced Ruth Day, the former treasurer, said: “We are broke.”",
            "We are broke",
            "Ian Colm",
        ),
        (
            "Having spent a decade in exile before returning to lead the opposition in 2019, Pavel Sova told the "
            "rally: “We will win.”",
            "We will win",
            "Pavel Sova",
        ),
        (  # negative: a name deep in a participle clause after the attribution is no speaker
            "“We need more buses,” the mayor said, pointing to a map of the city that her staff had prepared for "
            "the meeting with Transport Minister Jon Ek.",
            "We need more buses",
            "the mayor",
        ),
    ],
)

#: A one-word name before a colon when its verb's object is a noun of saying ("Ames offered a
#: blunt assessment: “…”"); not a day or a thing that "brought" a warning.
SAYING_OBJECT = cases(
    "speech verbs in every form",
    [
        ("Ames offered a blunt assessment: “The party is finished.”", "The party is finished", "Ames"),
        ("Ames offered a blunt assessment of the party's chances: “We are finished.”", "We are finished", "Ames"),
        ("Kell gave a one-word answer: “Never.”", "Never", "Kell"),
        ("Monday brought a stark warning: “Stay off the roads tonight.”", "Stay off the roads", None),
        ("Kell took to social media to vent, writing: “Enough is enough.”", "Enough is enough", "Kell"),
        ("Ames declined to say more, adding only: “We will see.”", "We will see", "Ames"),
    ],
)

#: A verb of memory or hearing, its object and a participle: the object speaks ("Kell recalls his
#: father warning him: “…”"); with no object between, the subject recalls its own words.
RECALLED_SPEAKER = cases(
    "speech verbs in every form",
    [
        ("In his memoir, Kell recalls his father warning him: “Never trust a banker.”", "Never trust a banker", ("his father", None)),
        ("Ames remembered a guard shouting, “Get down!”", "Get down", ("a guard", None)),
        ("Ames recalled telling the board, “We are out of money.”", "We are out of money", "Ames"),
        (
            "Kell recalled hearing the blast and then, running outside, shouting: “Call an ambulance!”",
            "Call an ambulance",
            "Kell",
        ),
    ],
)

#: A noun of saying with its owner after the quote ("was Kell's one-word reply", "came the reply
#: from Kell"), and a reporting passive ("Kell is said to have told friends").
REPLY_AFTER = cases(
    "speech verbs in every form",
    [
        ("“No,” was Kell's one-word reply.", "No", "Kell"),
        ("“Never,” came the reply from Kell.", "Never", "Kell"),
        ("“Not a chance in the world,” was the reply from the minister.", "Not a chance", "the minister"),
        ("“I will run again,” Kell is said to have told friends.", "I will run again", "Kell"),
        ("Kell is said to have told friends: “I will run again.”", "I will run again", "Kell"),
        (  # negative: a reply with no owner names nobody
            "Kell was asked whether she would quit. “Not a chance, not this year,” was the reply.",
            "Not a chance, not this year",
            (None, "Kell"),
        ),
    ],
)

#: A quote ending in an abbreviation, then an inverted "said Mr. X" and more of the quote.
ABBREVIATION_ENDINGS = cases(
    "titles and abbreviations",
    [
        (
            "Lars Egede runs the port. “Shipping is down 40 percent since Jan.,” said Mr. Egede. “We need help.”",
            "We need help",
            "Lars Egede",
        ),
        ("“The vote is at 3 p.m.,” said Mrs. Ono. “Be there.”", "Be there", "Ono"),
        ("“He lived on Elm St.,” said Det. Ray Cole. “Alone.”", "Alone", "Ray Cole"),
        ("“I was born in Washington, D.C.,” Sen. Ada Ruiz said. “I'll die here too.”", "I'll die here too", "Ada Ruiz"),
        ("“It happened at approx. 10 p.m.,” Sgt. Leo Nash told reporters.", "It happened at approx.", "Leo Nash"),
        ("Said Mr. Hollis: “I have nothing more to add.”", "I have nothing more to add", "Hollis"),
        ("Says Dr. Ana Lind, a virologist: “This wave is different.”", "This wave is different", "Ana Lind"),
        ("“Vote in every election,” urged Pres. Lena Marr.", "Vote in every election", "Lena Marr"),
        ("“Vote,” said Pres. Lena Marr.", "Vote", "Lena Marr"),
    ],
)

#: A one-word name as the subject of a manner verb only a person does is a person ("Sanders
#: jabbed"); with "said" it stays an organisation unless the article says otherwise ("Apple said").
PERSON_ONLY_VERBS = cases(
    "speech verbs in every form",
    [
        (
            "Weeks after Hollis conceded the primary, “we are still fighting for every worker,” Sanders jabbed.",
            "we are still fighting",
            "Sanders",
            "person",
        ),
        (
            "Days after Kell announced his retirement, “the party is in good hands,” Voss quipped.",
            "the party is in good hands",
            "Voss",
            "person",
        ),
        ("“We expect a strong quarter,” Meridian said on Monday.", "We expect a strong quarter", "Meridian", "organisation"),
    ],
)

#: Someone's words set off in apposition after a possessive and a noun of saying ("Kell's tweet —
#: “…” —", "His reply, “…,”"): the owner speaks.
OWNED_WORDS_APPOSED = cases(
    "speech verbs in every form",
    [
        ("Kell's tweet — “Enough is enough” — was shared 50,000 times.", "Enough is enough", ("Kell", "Kell's tweet")),
        ("Kell's tweet, “Enough is enough,” was shared 50,000 times.", "Enough is enough", ("Kell", "Kell's tweet")),
        (
            "The mayor's motto, “Build it and they will come,” is painted on the wall of city hall.",
            "Build it and they will come",
            "the mayor",
        ),
        ("Tom Ware spoke next. His reply, “Not in my lifetime,” drew laughter.", "Not in my lifetime", "Tom Ware"),
        (  # negative: "his" cannot be Ada Lee
            "Ada Lee sat down. His reply, “Not in my lifetime,” drew laughter.",
            "Not in my lifetime",
            None,
        ),
    ],
)

#: Fronted clauses of every kind before a quote whose own cue follows it; the cue's subject speaks.
FRONTED_GUARDS = cases(
    "long material between quote, speaker and verb",
    [
        ("When the storm hit the coast, “it sounded like a freight train,” residents said.", "it sounded like", "residents"),
        ("After Kell announced the cuts, “we were stunned,” one teacher said.", "we were stunned", "one teacher"),
        ("Before Kell took office, “the city was broke,” Ames argued.", "the city was broke", "Ames"),
        ("If Kell wins the primary, “the party will split,” warned analyst Tom Reid.", "the party will split", "Tom Reid"),
        ("Since Kell signed the order, “nothing has changed,” the union said.", "nothing has changed", "the union"),
        ("While Kell praised the deal, “it is a disaster,” Ames countered.", "it is a disaster", "Ames"),
        ("Once Kell reads the report, “she will change her mind,” an aide predicted.", "she will change her mind", "an aide"),
        ("Until Kell explains the payments, “we will not vote,” said Rep. Ed Moss.", "we will not vote", "Ed Moss"),
        ("When Kell announced the cuts, “we were stunned.”", "we were stunned", None),
        ("Her father's words — “never give up” — stayed with her.", "never give up", ("her father", "Her father", None)),
    ],
)

PROBE14A_CASES = [
    *ACCORDING_TO_DOCUMENT,
    *TITLED_PROSE,
    *ABBREVIATED_TITLES,
    *MANNER_VERBS,
    *VERB_FORMS,
    *POSSESSIVE_ANSWER,
    *ALL_WOULD_SAY,
    *PERSON_HEADS,
    *SPEECH_FORM_NOUNS,
    *OPENER_NO_COMMA,
    *ROLE_NOUNS,
    *NAME_OWNERS,
    *ELECT_TITLES,
    *DASHED_AND_SPLIT,
    *SAYING_OBJECT,
    *RECALLED_SPEAKER,
    *REPLY_AFTER,
    *ABBREVIATION_ENDINGS,
    *PERSON_ONLY_VERBS,
    *OWNED_WORDS_APPOSED,
    *FRONTED_GUARDS,
    *FRONTED_CLAUSE,
    *TIME_PHRASES,
    *LONG_MATERIAL,
]
