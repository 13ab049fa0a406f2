"""Attribution cases of round 14 (probing, branch probe14b): invented cases written before any
rule was changed, for four areas of issue 13 — who a pronoun or role noun is (the person most
recently introduced as a possible speaker, a lower-case role included; never a name in object
position), organisations, documents and groups as speakers, multi-paragraph and pull quotes, and
"when unsure, say less" (titles of works, slogans, nicknames, scare quotes). Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PRONOUN_ANTECEDENTS = cases(
    "pronouns and role nouns",
    [
        (
            "Mayor Tom Reddick opened the meeting. Then the floor went to Dr. Alma Frey, a surgeon at County "
            "General.\n\n“We are out of beds every single night,” she said.",
            "We are out of beds",
            "Alma Frey",
        ),
        (
            "Ben Ostrow, who chairs the hospital board, met with Gov. Lisa Marsh on Monday.\n\n"
            "“We had a frank talk about the money,” he said.",
            "We had a frank talk",
            "Ben Ostrow",
        ),
        (
            "Prices will keep rising through the spring, adds an economist at a regional bank. "
            "“Nobody should expect relief before June,” she said.",
            "Nobody should expect relief",
            ("an economist at a regional bank", "an economist"),
        ),
        (
            "Sen. Rita Okafor questioned the nominee, Judge Carl Weems, for three hours on Tuesday. "
            "“I have never seen such evasion in a hearing,” the senator said.",
            "I have never seen such evasion",
            "Rita Okafor",
        ),
        (
            "“We are ready for anyone,” said coach Dan Pruitt. The team's captain, Maria Ellis, scored twice "
            "in the second half.\n\n“It felt good to finally win at home,” she said.",
            "It felt good to finally win",
            "Maria Ellis",
        ),
        (  # negative: the arrested man in object position is no "he"
            "Police arrested Tom Vance at his home on Friday. “This was a long and careful investigation,” "
            "he said.",
            "This was a long and careful",
            None,
        ),
        (
            "Gov. Hal Brenner thanked the firefighters on Sunday. A spokeswoman for the fire department said "
            "crews had worked for 40 hours straight. “They are exhausted,” she said.",
            "They are exhausted",
            ("a spokeswoman for the fire department", "a spokeswoman"),
        ),
        (
            "The decision drew praise from Rep. Joan Tull and criticism from Sen. Mark Ivers. "
            "“This is a disaster for every farmer in the state,” the senator said.",
            "This is a disaster for every farmer",
            "Mark Ivers",
        ),
        (
            "Sen. Paul Dorn spoke to supporters in Dayton. Later, his rival, Kate Mills, took the stage. "
            "“He has no plan for this state,” she said.",
            "He has no plan for this state",
            "Kate Mills",
        ),
        (
            "The clinic has lost a third of its staff since March, said a nurse who asked not to be named. "
            "“We simply cannot keep up,” she said.",
            "We simply cannot keep up",
            ("a nurse who asked not to be named", "a nurse"),
        ),
        (
            "“We are committed to this town,” said Mayor Lee Grant. But a local shop owner, Frank Oduya, "
            "disagreed. “Nobody here believes a word of it,” he said.",
            "Nobody here believes a word",
            "Frank Oduya",
        ),
        (  # negative: the person named only as the object of praise is no "she"
            "The council praised Ann Kerr, the retiring clerk, at its meeting on Monday. A council member "
            "read a statement. “The town will miss her steady hand,” she said.",
            "The town will miss her steady hand",
            ("a council member", None),
        ),
        (
            "Judge Omar Pell sentenced Lisa Grant to ten years in prison. “You showed no remorse at any point,” "
            "the judge said.",
            "You showed no remorse",
            "Omar Pell",
        ),
        (
            "Gov. Nora Quist will meet Prime Minister Aldo Ferri in Rome next week. “We have a lot to discuss "
            "about trade,” the governor said on Friday.",
            "We have a lot to discuss",
            "Nora Quist",
        ),
        (
            "A senior official at the ministry, speaking on condition of anonymity, said talks had stalled. "
            "“Nobody is moving an inch,” the official said.",
            "Nobody is moving an inch",
            ("a senior official at the ministry", "a senior official", "the official"),
        ),
    ],
)

ORGANISATION_SPEAKERS = cases(
    "organisations, documents and groups",
    [
        (
            "The Ministry of Health said in a statement on Monday: “Vaccines are safe and available to "
            "everyone who wants one.”",
            "Vaccines are safe",
            ("the Ministry of Health", "The Ministry of Health"),
            "organisation",
        ),
        (
            "“The company acted lawfully at every step,” the filing said. Lawyers for Dean Rusk declined to "
            "comment on Tuesday.",
            "The company acted lawfully",
            "the filing",
            "document",
        ),
        (
            "Protesters marched past the home of Sen. Ella Bright as they shouted, “Shame on you!”",
            "Shame on you",
            ("Protesters", "protesters"),
            "group",
        ),
        (
            "Hundreds of workers gathered outside parliament after the vote as they shouted, “Hands off our "
            "pensions!”",
            "Hands off our pensions",
            ("hundreds of workers", "workers"),
            "group",
        ),
        (
            "“We have no plans to close the plant,” Orvik Steel said in a statement on Tuesday, a day after "
            "chief executive Dan Hale met union leaders.",
            "We have no plans to close",
            "Orvik Steel",
            "organisation",
        ),
        (
            "Gov. Dale Price signed the bill on Friday. “This law protects every worker in the state,” the "
            "governor's office said in a statement.",
            "This law protects every worker",
            ("the governor's office", "Dale Price"),
        ),
        (
            "The union, which represents 4,000 nurses at Bell Memorial, said in a letter to Mayor Rosa Lind "
            "that staffing was “at a breaking point.”",
            "at a breaking point",
            "the union",
            "organisation",
        ),
        (
            "According to the report, which was commissioned by Sen. Ray Coyle, the agency “failed to act on "
            "repeated warnings.”",
            "failed to act on repeated",
            ("the report",),
            "document",
        ),
        (
            "Police said the driver, Mark Dunn, 34, “fled on foot” after the crash on Route 9.",
            "fled on foot",
            ("Police", "police"),
        ),
        (
            "“We will not be silenced,” the protesters shouted as Gov. Amy Stahl left the building.",
            "We will not be silenced",
            "the protesters",
            "group",
        ),
        (
            "The committee's report, released Thursday, said Sen. Lou Barr had “acted improperly and misled "
            "investigators.”",
            "acted improperly",
            ("The committee's report", "the committee's report", "the report"),
            "document",
        ),
        (
            "Fans of Rep. Jo Banner filled the square, and as the results came in they shouted, “Four more "
            "years!”",
            "Four more years",
            ("Fans of Rep. Jo Banner", "fans of Rep. Jo Banner", "fans"),
            "group",
        ),
        (
            "A new poll by Harwick College found that 61 percent of voters think the state is “headed in the "
            "wrong direction.”",
            "headed in the wrong direction",
            ("A new poll by Harwick College", "a new poll by Harwick College", "a new poll", "the poll", None),
        ),
        (
            "Officials in Marlow County said the water was “safe to drink” after new tests, but resident "
            "Joan Pratt was not convinced.",
            "safe to drink",
            ("Officials in Marlow County", "officials"),
        ),
        (
            "The Ardent Group's statement did not mention chief executive Ken Olsen by name, but said the "
            "company would “review all of its practices.”",
            "review all of its practices",
            (
                "The Ardent Group's statement",
                "the Ardent Group's statement",
                "Ardent Group's statement",
                "the statement",
                "the Ardent Group",
            ),
        ),
    ],
)

PARAGRAPH_QUOTES = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Mayor Ruth Ames said the city would appeal. “We believe the judge got this badly wrong.\n\n"
            "“We will take it to the highest court if we must.”",
            "We will take it to the highest court",
            "Ruth Ames",
        ),
        (
            "Mayor Tim Hale and Gov. Rosa Bell spoke.\n\n“This is a great day for our city and our state.”",
            "This is a great day for our city",
            None,
        ),
        (
            "Sen. Dora Flint and Rep. Max Roe both spoke at the rally on Saturday.\n\n"
            "“We need jobs, not promises.”",
            "We need jobs, not promises",
            None,
        ),
        (
            "“We are not going anywhere.” — Lena Ortiz, tenant organizer",
            "We are not going anywhere",
            "Lena Ortiz",
        ),
        (
            "“The first thing we did was call the police,” said shop owner Lin Tao.\n\n"
            "“Then we waited. Nobody came for an hour.\n\n“By then the thieves were long gone.”",
            "By then the thieves",
            "Lin Tao",
        ),
        (
            "“The roads in this county are a disgrace.”\n\nSo said Councilwoman Ada Marsh at Tuesday's "
            "meeting, to loud applause.",
            "The roads in this county",
            "Ada Marsh",
        ),
        (
            "“The plan is dead on arrival.”\n\nThat is what Sen. Bo Yates told reporters on Tuesday.",
            "The plan is dead on arrival",
            "Bo Yates",
        ),
        (
            "Kim Dale, a teacher in Akron, said: “The pay is simply too low.\n\n“I work two jobs just to pay "
            "the rent.”",
            "I work two jobs",
            "Kim Dale",
        ),
        (
            "Gov. Nina Shah said the state was in good shape. “We have balanced the budget three years "
            "running.\n\n“And we did it without raising taxes,” she said.",
            "And we did it without raising",
            "Nina Shah",
        ),
        (
            "“Every child deserves a safe school to walk into.” – Superintendent Joe Park",
            "Every child deserves a safe school",
            "Joe Park",
        ),
        (
            "Tom Reyes, the fire chief, and Mayor Ivy Lund toured the burned homes on Monday.\n\n"
            "“We lost everything in twenty minutes.”",
            "We lost everything in twenty minutes",
            None,
        ),
        (
            "Rep. Carla Diaz stood at the lectern for nearly an hour.\n\n“I will not vote for this bill. "
            "Not today, not ever.\n\n“And I urge every colleague to do the same,” she said.",
            "And I urge every colleague",
            "Carla Diaz",
        ),
    ],
)

SAY_LESS = cases(
    "when unsure, say less",
    [
        ("Billy Marsh played his hit “A Piano on the Road to Nowhere” to a packed arena in Tulsa.", "A Piano on the Road", None),
        (
            "Her new book, “Going Viral in the Age of Nobody Listening,” came out in May, and Dr. Ana Kemp "
            "has been on tour ever since.",
            "Going Viral in the Age",
            None,
        ),
        ("Mayor Ed Bauer unveiled the new budget. The plan was, frankly, “a mess from day one.”", "a mess from day one", None),
        ("Known to his staff as “the man who never sleeps,” Rep. Tom Delk ran the committee for a decade.", "the man who never sleeps", None),
        ("Gov. Bill Hoyt's “Made in Ohio, Built for the World” campaign has cost $4 million so far.", "Made in Ohio", None),
        ("The slogan “Build the future, one street at a time” was painted on every bus by order of Mayor Al Finch.", "Build the future", None),
        ("The band, led by Joe Finn, closed the night with “The Long Way Home to Galway Bay.”", "The Long Way Home", None),
        (
            "Sen. Rae Colby, who starred in the 1998 film “The Night the Harbor Burned Down,” said, “Acting was "
            "easier than this job.”",
            "Acting was easier",
            "Rae Colby",
        ),
        ("Mayor Ed Bauer's plan was, in a word, “ambitious.”", "ambitious", None),
        ("Angela Ruiz, 42, read from “The Long Night Before the War Came Home,” a memoir by her late father.", "The Long Night", None),
        ("The result for Gov. Lyle Park was, put simply, “a disaster.”", "a disaster", None),
        ("The hashtag “#StandWithMaya, not with the board” trended all day after Maya Ellis was fired.", "#StandWithMaya", None),
        ("Rep. Dan Oster, the self-styled “people's champion,” lost his seat on Tuesday.", "people's champion", None),
        ("The strike, which Sen. Kay Bolt called “the fight of our lives,” entered its third week.", "the fight of our lives", "Kay Bolt"),
        ("Coach Dan Ruiz called it “the best win of my whole career.”", "the best win of my whole career", "Dan Ruiz"),
        ("The mood at Mayor Jill Park's headquarters was, as one might expect, “grim.”", "grim", None),
    ],
)

#: The second batch, written after the first rules, to probe the same four areas again.
PRONOUN_ANTECEDENTS_2 = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Amy Ross met with Gov. Dan Pike, who had just returned from Asia. “The trip was worth every "
            "minute,” he said.",
            "The trip was worth",
            "Dan Pike",
        ),
        (
            "The new coach, Lisa Brand, replaces Tom Hale, who was fired in May. “I am ready for this job,” she "
            "said.",
            "I am ready for this job",
            "Lisa Brand",
        ),
        (
            "Fire Chief Ron Meyers said the blaze started in the kitchen. His deputy, Carla Diaz, agreed. "
            "“It spread through the house in minutes,” she said.",
            "It spread through the house",
            "Carla Diaz",
        ),
        (
            "Attorney General Mia Lund sued the company on Tuesday. “Nobody is above the law in this state,” "
            "the attorney general said.",
            "Nobody is above the law",
            "Mia Lund",
        ),
        (
            "“We did our best out there,” said Ali Noor, the team's captain. The coach, Ed Marsh, was less "
            "forgiving.\n\n“We were lazy and it showed,” the coach said.",
            "We were lazy and it showed",
            "Ed Marsh",
        ),
        (
            "A teacher at Lincoln High, who spoke on condition of anonymity, described the scene. “Kids were "
            "crying in every hallway,” the teacher said.",
            "Kids were crying",
            ("a teacher at Lincoln High", "a teacher", "the teacher"),
        ),
        (
            "Gov. Ken Lutz appointed Sara Oyelowo to the state's highest court on Friday. “She is the best "
            "lawyer I know,” he said.",
            "She is the best lawyer",
            "Ken Lutz",
        ),
        (
            "Reporters asked Sen. Eli Stone about the vote on Thursday. “I have nothing to add,” he said.",
            "I have nothing to add",
            "Eli Stone",
        ),
        (
            "The storm knocked out power to 40,000 homes, according to a spokesman for the utility. “Crews are "
            "working around the clock,” he said.",
            "Crews are working",
            ("a spokesman for the utility", "a spokesman"),
        ),
        (  # negative: "the senator" after two senators names neither
            "Sen. Ann Ruiz and Sen. Bob Kerr wrote the bill together. “It is long overdue,” the senator said.",
            "It is long overdue",
            ("the senator", None),
        ),
        (
            "Mayor Pat Quinn and her husband, Joe, attended the gala. “It was a lovely night for the city,” "
            "she said.",
            "It was a lovely night",
            "Pat Quinn",
        ),
        (
            "Dr. Alma Frey treated the first patients on Monday. Then a nurse on her team, Rob Tully, took "
            "over.\n\n“We were not ready for this,” he said.",
            "We were not ready for this",
            "Rob Tully",
        ),
    ],
)

ORGANISATION_SPEAKERS_2 = cases(
    "organisations, documents and groups",
    [
        (
            "The Justice Department said in a court filing that the policy was “lawful and necessary to "
            "protect the border.”",
            "lawful and necessary",
            ("the Justice Department", "The Justice Department"),
            "organisation",
        ),
        (
            "In a statement, the company said it was “deeply sorry for the delays and the confusion.”",
            "deeply sorry for the delays",
            "the company",
            "organisation",
        ),
        (
            "The lawsuit, filed by former employee Jan Novak, says the firm “ignored repeated complaints "
            "about safety.”",
            "ignored repeated complaints",
            "the lawsuit",
            "document",
        ),
        (
            "Striking teachers outside City Hall chanted, “Fair pay now, fair pay now!”",
            "Fair pay now",
            ("striking teachers", "Striking teachers", "teachers"),
            "group",
        ),
        (
            "The crowd booed when Mayor Gil Ford took the stage, and then began chanting, “Resign! Resign!”",
            "Resign! Resign!",
            "the crowd",
            "group",
        ),
        (
            "An editorial in the Ledger called the plan “a gift to developers and nobody else.”",
            "a gift to developers",
            ("an editorial in the Ledger", "an editorial", "the Ledger"),
        ),
        (
            "“The evidence against him is overwhelming,” prosecutors wrote in the filing against Ray Ortiz.",
            "The evidence against him",
            "prosecutors",
            "group",
        ),
        (
            "The survey, conducted for Sen. Al Brody's office, found that most tenants were “worried about "
            "the rent every single month.”",
            "worried about the rent",
            ("the survey", "The survey", None),
        ),
        (
            "Amnesty International said in its report that the prisoners were “held without charge for "
            "months.”",
            "held without charge",
            "Amnesty International",
            "organisation",
        ),
        (
            "The White House called the ruling “a victory for common sense and the rule of law.”",
            "a victory for common sense",
            ("the White House", "The White House"),
            "organisation",
        ),
        (
            "Residents told the council they were “tired of waiting for a bridge that never comes.”",
            "tired of waiting for a bridge",
            "residents",
            "group",
        ),
    ],
)

PARAGRAPH_QUOTES_2 = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Mayor Joan Kite and her challenger, Ray Bolt, debated for two hours on Tuesday.\n\n"
            "“Our city deserves much better than this.”",
            "Our city deserves much better",
            None,
        ),
        (
            "“I never wanted to run for anything.\n\n“But my neighbors asked me to, and here I am,” said "
            "Lou Grant, 71.",
            "I never wanted to run",
            "Lou Grant",
        ),
        (
            "Kate Lin, a nurse, said the ward was full.\n\n“There were patients in the hallways.\n\n“Some "
            "of them waited two days for a bed.”",
            "Some of them waited two days",
            "Kate Lin",
        ),
        (
            "The governor said nothing on Monday. Her spokesman, Al Ruiz, did.\n\n“We will review the "
            "report carefully,” he said.",
            "We will review the report",
            "Al Ruiz",
        ),
        (
            "“We are the team to beat this year.”\n\nCoach Bill Ames said that on Monday, two days before "
            "the final.",
            "We are the team to beat",
            "Bill Ames",
        ),
        (
            "“Our schools are not for sale, not now and not ever. — Rita Voss, parent”",
            "Our schools are not for sale",
            "Rita Voss",
        ),
    ],
)

SAY_LESS_2 = cases(
    "when unsure, say less",
    [
        ("Critics call it the “bridge to nowhere and back again,” and the name has stuck.", "bridge to nowhere", None),
        (  # the slogan is no quote; the quote after it keeps its own speaker
            "Her campaign sold T-shirts reading “Nobody Beats Nora in November” at every stop. “They sell "
            "out every night,” said volunteer Amy Roth.",
            "They sell out every night",
            "Amy Roth",
        ),
        (
            "Tickets for “An Evening With Gov. Ray Dunn” sold out in an hour. “We could have sold twice as "
            "many,” said promoter Lee Oakes.",
            "We could have sold twice",
            "Lee Oakes",
        ),
        (
            "The film, titled “The Last Mayor of Harbor Town,” stars Joe Finn as the mayor. “It is a love "
            "letter to small towns,” said its director, Nina Sharp.",
            "It is a love letter",
            "Nina Sharp",
        ),
        (
            "Mayor Fred Lamb's nickname, “Fast Freddie from the Docks,” stuck with him for decades.",
            "Fast Freddie from the Docks",
            None,
        ),
        (
            "Sam Ortiz hosts the podcast “Talking Budgets With Sam Ortiz” every week. Its first guest was "
            "Gov. Dana Cole. “Nobody reads the budget, and that is the problem,” she said.",
            "Nobody reads the budget",
            "Dana Cole",
        ),
        (
            "What the mayor calls “a modest adjustment to the rates” is a 20 percent tax rise.",
            "a modest adjustment",
            ("the mayor", None),
        ),
        (
            "The headline read “Mayor Quits in Disgrace,” though Mayor Pat Lowe denied it all.",
            "Mayor Quits in Disgrace",
            ("the headline", None),
        ),
        (
            "Sen. Leah Moss, whom her staff called “the iron lady of the Senate floor,” retired on Friday.",
            "the iron lady",
            ("her staff", None),
        ),
    ],
)


#: The third batch, written after the second round of rules.
PRONOUN_ANTECEDENTS_3 = cases(
    "pronouns and role nouns",
    [
        (
            "Mr. Ode's lawyer, Tina Marsh, said the charges were baseless. “My client did nothing wrong,” she "
            "said.",
            "My client did nothing wrong",
            "Tina Marsh",
        ),
        (
            "Lawmakers grilled the agency's director, Dr. Paul Eng, for four hours. “I take full "
            "responsibility for the delays,” he said.",
            "I take full responsibility",
            ("Paul Eng", None),
        ),
        (
            "The company's chief executive, Rana Sayed, who took over in March, declined to give numbers. "
            "“We are in good shape,” she said.",
            "We are in good shape",
            "Rana Sayed",
        ),
        (
            "“We will appeal,” said Ted Ruiz, the city attorney. The judge, Mary Cho, was unmoved.\n\n"
            "“The law is clear on this point,” the judge wrote.",
            "The law is clear",
            "Mary Cho",
        ),
        (
            "A spokeswoman for Sen. Bob Hale, Jen Ortiz, said the senator was traveling. “He will vote no on "
            "the bill,” she said.",
            "He will vote no",
            "Jen Ortiz",
        ),
        (
            "Mayor Carl Dunn, 62, and his deputy, Rosa Vega, 48, both spoke. “We are united on this,” the "
            "mayor said.",
            "We are united on this",
            "Carl Dunn",
        ),
        (
            "An official at the State Department said the meeting went well. “It was productive and "
            "frank,” the official added.",
            "It was productive",
            ("an official at the State Department", "an official", "the official"),
        ),
        (
            "Gov. Ana Ruiz toured the plant with its owner, Bill Stone. “This is the future of the state,” "
            "the governor said.",
            "This is the future",
            "Ana Ruiz",
        ),
        (
            "Gov. Ana Ruiz toured the plant on Monday. One worker, who has been there 30 years, was "
            "unimpressed. “I have heard it all before,” he said.",
            "I have heard it all before",
            ("one worker", "One worker"),
        ),
        (
            "Ellen Rusk beat Tom Vale in the primary, 54 percent to 46. “I called her to concede,” he said.",
            "I called her to concede",
            ("Tom Vale", None),
        ),
    ],
)

ORGANISATION_SPEAKERS_3 = cases(
    "organisations, documents and groups",
    [
        (
            "“We reject these claims entirely,” the Pentagon said in a statement on Friday.",
            "We reject these claims",
            ("the Pentagon", "The Pentagon"),
            "organisation",
        ),
        (
            "According to a statement from the mayor's office, the road “will reopen to traffic by "
            "Friday.”",
            "will reopen to traffic",
            ("a statement from the mayor's office", "the mayor's office", "a statement"),
        ),
        (
            "The memo, obtained by the Ledger, warns that the pension fund is “close to insolvency within "
            "two years.”",
            "close to insolvency",
            "the memo",
            "document",
        ),
        (
            "The court ruled that the law “violates the First Amendment in several ways.”",
            "violates the First Amendment",
            "the court",
            "organisation",
        ),
        (
            "The AFL-CIO, the country's largest union federation, called the deal “a betrayal of working "
            "families.”",
            "a betrayal of working families",
            ("the AFL-CIO", "AFL-CIO"),
            "organisation",
        ),
        (
            "Voters in Ohio told pollsters the economy was “the only thing that matters this year.”",
            "the only thing that matters",
            ("voters in Ohio", "voters", "Voters in Ohio"),
            "group",
        ),
        (
            "A letter signed by 40 doctors urged the council to act, saying the air was “dangerous to "
            "breathe on most days.”",
            "dangerous to breathe",
            ("a letter signed by 40 doctors", "a letter"),
            "document",
        ),
        (
            "The ad, paid for by a group backing Sen. Lou Tate, claims his rival “voted to raise taxes 40 "
            "times.”",
            "voted to raise taxes",
            "the ad",
            "document",
        ),
    ],
)

PARAGRAPH_QUOTES_3 = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Sen. Tom Ebert and his wife, Lynn, greeted voters in Akron on Saturday.\n\n“It is good to be "
            "home again.”",
            "It is good to be home",
            None,
        ),
        (
            "“It was the hardest decision of my life.”\n\nWith those words, Gov. Lee Park ended his "
            "campaign on Monday.",
            "It was the hardest decision",
            ("Lee Park", None),
        ),
        (
            "Mayor Ada Long spoke for 20 minutes.\n\n“We have fixed the roads. We have hired teachers.\n\n"
            "“Now we need four more years,” she said.",
            "We have fixed the roads",
            "Ada Long",
        ),
        (
            "“We will remember them, every single one. — Max Adler, survivor”",
            "We will remember them",
            "Max Adler",
        ),
    ],
)

SAY_LESS_3 = cases(
    "when unsure, say less",
    [
        (
            "The bill, known as the “Clean Streets and Safe Parks Act of the Year,” passed 52-48 after Sen. "
            "Jo Pratt spoke.",
            "Clean Streets",
            None,
        ),
        (
            "The mayor's slogan, “Forward together, for everyone in town,” is on every bus, and Mayor Al "
            "Finch loves it.",
            "Forward together",
            (None, "the mayor", "Al Finch"),  # a slogan's owner may be shown (round 13: claims and slogans)
        ),
        (
            "Sen. Kim Lo's new memoir is titled “What I Learned in the Senate Cafeteria.”",
            "What I Learned",
            None,
        ),
        (
            "The plan is, as Mayor Jo Ross puts it, “a bridge to the next century for this town.”",
            "a bridge to the next century",
            "Jo Ross",
        ),
        (
            "The report was, in the words of one official, “a complete whitewash from start to finish.”",
            "a complete whitewash",
            ("one official", None),
        ),
        (  # the song is no quote; the quote after it is the fair's director's
            "Gov. Ben Ruiz sang “Take Me Home, Country Roads” at the state fair on Sunday. “The crowd "
            "loved every minute of it,” said the fair's director, Lou Amis.",
            "The crowd loved every minute",
            "Lou Amis",
        ),
    ],
)


#: The fourth batch.
PRONOUN_ANTECEDENTS_4 = cases(
    "pronouns and role nouns",
    [
        (
            "“Taxes will go up,” warned Sen. Ray Cobb. His opponent, Nia Shaw, called that nonsense. “He has "
            "been saying that for twenty years,” she said.",
            "He has been saying that",
            "Nia Shaw",
        ),
        (  # negative: a new asker is no earlier speaker
            "“We won the vote,” said Mayor Dan Pruitt. Then a reporter in the back row stood up. “Is there "
            "money for the pool?” he asked.",
            "Is there money for the pool",
            ("a reporter in the back row", "a reporter"),
        ),
        (
            "Police arrested Mark Dunn, 34, on Friday. A police spokesman said Dunn had confessed. “He told "
            "us everything,” the spokesman said.",
            "He told us everything",
            ("a police spokesman", "the spokesman"),
        ),
        (
            "Sen. Joe Park met Gov. Lin Ray in Denver on Friday. “It went better than I expected,” the "
            "senator said.",
            "It went better than I expected",
            "Joe Park",
        ),
        (
            "Hal Ortiz, a farmer, watched the river rise. His neighbor, Bea Lund, had already left. “I am "
            "staying right here,” he said.",
            "I am staying right here",
            "Hal Ortiz",
        ),
        (
            "Ben Cole, 19, a student at Ohio State, organized the march. “We are not going away,” he said.",
            "We are not going away",
            "Ben Cole",
        ),
        (
            "“Enough is enough,” said one protester, a retired teacher named Ada Kim.",
            "Enough is enough",
            "Ada Kim",
        ),
    ],
)

ORGANISATION_SPEAKERS_4 = cases(
    "organisations, documents and groups",
    [
        (
            "“Our members are furious,” the union said in a statement, adding that talks with Mayor Ed Ray "
            "had failed.",
            "Our members are furious",
            "the union",
            "organisation",
        ),
        (
            "The ministry, in a statement, said the border would “stay closed until further notice.”",
            "stay closed until",
            "the ministry",
            "organisation",
        ),
        (
            "“Results will be announced on Friday,” the electoral commission said on its website.",
            "Results will be announced",
            "the electoral commission",
            "organisation",
        ),
        (
            "The families of the victims said in a joint statement that they were “heartbroken and angry "
            "beyond words.”",
            "heartbroken and angry",
            ("the families of the victims", "the families"),
            "group",
        ),
        (
            "A tweet from the governor's account read, “We will not back down, not now, not ever.”",
            "We will not back down",
            ("a tweet from the governor's account", "a tweet", "the governor's account"),
        ),
        (
            "Hundreds of fans chanted, “One more song, one more song!” as the band left the stage.",
            "One more song",
            ("hundreds of fans", "fans"),
            "group",
        ),
    ],
)

PARAGRAPH_QUOTES_4 = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            "Councilman Joe Ruiz and Councilwoman Amy Beck both spoke against the plan.\n\n“This is a "
            "giveaway to developers, plain and simple.”",
            "This is a giveaway",
            None,
        ),
        (
            "Gov. Ann Fry and Sen. Tom Lutz said they would fight the ruling.\n\n“We will see them in "
            "court.”",
            "We will see them in court",
            None,
        ),
        (
            "Mayor Tim Hale, along with Gov. Rosa Bell, spoke to reporters.\n\n“This is a great day for "
            "our city and our state.”",
            "This is a great day",
            None,
        ),
        (
            "Mayor Tim Hale and the governor spoke on Monday.\n\n“This is a great day for our city and our "
            "state.”",
            "This is a great day",
            None,
        ),
        (  # the same in one paragraph
            "Mayor Tim Hale and Gov. Rosa Bell spoke. “This is a great day for our city and our state.”",
            "This is a great day",
            None,
        ),
        (  # negative: one of them is established as the speaker
            "Mayor Ron Pell and Gov. Amy Cho spoke. Pell said the bridge would open in May.\n\n“We are "
            "ahead of schedule.”",
            "We are ahead of schedule",
            "Ron Pell",
        ),
        (
            "“Nobody in Washington is listening to us out here.” (Carl Nye, farmer)",
            "Nobody in Washington is listening",
            "Carl Nye",
        ),
        (  # negative: a stage direction in parentheses signs nothing
            "“Nobody in Washington is listening to us out here.” (Applause)",
            "Nobody in Washington is listening",
            None,
        ),
        (
            "“Every vote counts, every single one of them.”\n\n— Gov. Maria Lenz",
            "Every vote counts",
            "Maria Lenz",
        ),
    ],
)

SAY_LESS_4 = cases(
    "when unsure, say less",
    [
        (
            "Gov. Sam Reyes unveiled the budget. The plan was, to put it mildly, “ambitious beyond belief.”",
            "ambitious beyond belief",
            None,
        ),
        (  # the nickname is no quote; the quote after it is the mayor's
            "Her nickname, “the Iron Chancellor of Elm Street,” stuck long after she left office. Mayor "
            "Rita Vos laughed about it on Monday. “I earned every letter of it,” she said.",
            "I earned every letter",
            "Rita Vos",
        ),
        (  # the plan's name is no quote; the quote after it is the police chief's
            "Mayor Lee Tran's “Ten Point Plan for Safer Streets” was unveiled on Monday. “It is a good "
            "start,” said Police Chief Dora Quinn.",
            "It is a good start",
            "Dora Quinn",
        ),
        (
            "Residents call the intersection “the death trap of Route 9,” and Mayor Jo Dunn has promised a "
            "light.",
            "the death trap of Route 9",
            ("residents", None),
        ),
    ],
)


#: The fifth batch: "they", "as they shouted", "one of them, X", asides.
PRONOUN_ANTECEDENTS_5 = cases(
    "pronouns and role nouns",
    [
        (
            "Mayor Jill Ford has faced critics for months. One of them, Ray Ost, spoke at Tuesday's meeting. "
            "“She has failed every family on this street,” he said.",
            "She has failed every family",
            "Ray Ost",
        ),
        (  # negative: the board is the subject; the man it fired is no "it"
            "The board fired chief executive Tom Reyes on Monday. “We needed a fresh start,” it said.",
            "We needed a fresh start",
            "the board",
        ),
        (
            "Dr. Ira Stone, the county's health officer, urged calm on Monday. “There is no cause for "
            "panic,” the health officer said.",
            "There is no cause for panic",
            ("Ira Stone", "the health officer"),
        ),
        (
            "Ann Roe, a senator, spoke first at the hearing. “We agree on the facts,” the senator said.",
            "We agree on the facts",
            "Ann Roe",
        ),
        (  # negative: two senators, one named with the title after the name
            "Jim Ames, the senator from Ohio, and Sen. Tom Ruiz spoke. “We agree on the facts,” the senator "
            "said.",
            "We agree on the facts",
            ("the senator", None),
        ),
        (
            "The bill's sponsor, Rep. Ana Ruiz, defended it on Tuesday. “Every dollar is accounted for,” the "
            "congresswoman said.",
            "Every dollar is accounted for",
            "Ana Ruiz",
        ),
        (
            "Prices rose again in March, adds an economist at a big bank, Sara Lind. “The trend is clear,” "
            "she said.",
            "The trend is clear",
            "Sara Lind",
        ),
        (  # negative: the name after the role's own phrase is the firm's
            "“The trend is clear,” said an analyst at the firm, Harlow Capital.",
            "The trend is clear",
            "an analyst",
        ),
        (  # the second of two joined subjects is a referent too
            "Gov. Rae Lund, a Democrat, and her rival, Sen. Tom Ives, debated on Monday.\n\n“I will cut "
            "taxes for every family,” he said.",
            "I will cut taxes",
            "Tom Ives",
        ),
        (
            "Gov. Rae Lund, a Democrat, and her rival, Sen. Tom Ives, debated on Monday.\n\n“I will not cut "
            "a single school,” she said.",
            "I will not cut a single school",
            "Rae Lund",
        ),
        (  # the person asked answers, not the asker
            "Sen. Lou Park criticized Gov. Ann Vey on Monday. Later, a reporter asked the governor about "
            "it. “I have nothing to say about him,” she said.",
            "I have nothing to say about him",
            "Ann Vey",
        ),
        (
            "Sen. Lou Park criticized Gov. Ann Vey on Monday. Later, a reporter asked the senator about it. "
            "“I stand by every word,” he said.",
            "I stand by every word",
            "Lou Park",
        ),
        (  # negative: a man the governor thanked is not the "she" of her answer
            "Gov. Lee Hart praised Ann Ruiz, his chief of staff, on Friday. “She has been a rock for this "
            "office,” he said.",
            "She has been a rock",
            "Lee Hart",
        ),
    ],
)

ORGANISATION_SPEAKERS_5 = cases(
    "organisations, documents and groups",
    [
        (
            "Officials in Dayton met with Gov. Ann Hart on Monday. “We asked for help and got none,” they "
            "said.",
            "We asked for help",
            ("officials", "officials in Dayton"),
            "group",
        ),
        (  # negative: the officials are the object here, so "they" is no one for sure
            "Gov. Ann Hart met officials in Dayton on Monday. “We asked for help and got none,” they said.",
            "We asked for help",
            None,
        ),
        (
            "Striking teachers marched on City Hall on Monday.\n\n“We want a fair deal and nothing more,” "
            "they said.",
            "We want a fair deal",
            ("striking teachers", "teachers"),
            "group",
        ),
        (  # negative: a vote does not shout
            "The vote was delayed for an hour as they shouted, “Shame on every one of you!”",
            "Shame on every one of you",
            None,
        ),
        (
            "The vote passed 5-4, and protesters outside the chamber booed as they shouted, “Shame on "
            "every one of you!”",
            "Shame on every one of you",
            "protesters",
            "group",
        ),
        (
            "The crowd roared as they chanted, “Four more years for Mayor Lin!”",
            "Four more years",
            "the crowd",
            "group",
        ),
    ],
)

SAY_LESS_5 = cases(
    "when unsure, say less",
    [
        (  # an aside of the writer's: "to put it mildly" is no cue
            "Kell, to put it bluntly, said “the money is not there and it never was.”",
            "the money is not there",
            "Kell",
        ),
        (  # the nickname inside the name is no quote; the quote after it is his
            "Robert “Bob” Kell, the mayor, said the plan was “dead on arrival in this council.”",
            "dead on arrival",
            ("Kell", "Robert Kell", "Robert “Bob” Kell"),
        ),
        (
            "Gov. Ivy Sand's first year was, to put it kindly, “a learning experience for everyone.”",
            "a learning experience",
            None,
        ),
    ],
)


#: Negative cases for the rules of this round: where they must not fire.
GUARDS = cases(
    "organisations, documents and groups",
    [
        (  # a company ending after a known given name stays a person
            "“We will not comment on a personnel matter,” said Michael Steel, a spokesman for the speaker.",
            "We will not comment",
            "Michael Steel",
            "person",
        ),
        (  # "of" inside an organisation's name
            "“Rates will stay high for a long time,” the Bank of England said on Thursday.",
            "Rates will stay high",
            "the Bank of England",
            "organisation",
        ),
        (  # the person the document is against is no speaker
            "The indictment against former Mayor Ed Voss says he “took bribes from at least four "
            "contractors.”",
            "took bribes",
            "the indictment",
            "document",
        ),
        (
            "A lawsuit against Gov. Ann Reyes filed Monday claims she “ignored the law for years on end.”",
            "ignored the law",
            "a lawsuit",
            "document",
        ),
        (  # a group the who-clause is about, not the sentence's subject
            "Members of the city council voted 7-2 after they heard from residents who said the plan was “a "
            "disaster for the neighborhood.”",
            "a disaster for the neighborhood",
            "residents",
            "group",
        ),
        (
            "The mayor met angry parents who said the school was “falling apart around our kids.”",
            "falling apart around our kids",
            ("angry parents", "parents"),
            "group",
        ),
        (
            "Fifty-five percent of voters in the poll said the state was “on the wrong track for years.”",
            "on the wrong track",
            ("fifty-five percent of voters", "voters"),
            "group",
        ),
        (
            "A majority of residents said the plan was “a waste of money and time.”",
            "a waste of money",
            ("a majority of residents", "residents"),
            "group",
        ),
        (  # "ruled that" is a cue; "ruling" as an adjective is none
            "The ruling party said the vote was “a triumph for the whole nation and its people.”",
            "a triumph for the whole nation",
            "the ruling party",
            "organisation",
        ),
        (  # 'dubbed' with no comma before it: the subject's own words
            "Sen. Ron Hale dubbed the plan “a gift to the richest families in the state.”",
            "a gift to the richest families",
            "Ron Hale",
        ),
    ],
)



PROBE14B_CASES = [
    *PRONOUN_ANTECEDENTS, *ORGANISATION_SPEAKERS, *PARAGRAPH_QUOTES, *SAY_LESS,
    *PRONOUN_ANTECEDENTS_2, *ORGANISATION_SPEAKERS_2, *PARAGRAPH_QUOTES_2, *SAY_LESS_2,
    *PRONOUN_ANTECEDENTS_3, *ORGANISATION_SPEAKERS_3, *PARAGRAPH_QUOTES_3, *SAY_LESS_3,
    *PRONOUN_ANTECEDENTS_4, *ORGANISATION_SPEAKERS_4, *PARAGRAPH_QUOTES_4, *SAY_LESS_4,
    *PRONOUN_ANTECEDENTS_5, *ORGANISATION_SPEAKERS_5, *SAY_LESS_5, *GUARDS,
]  # fmt: skip
