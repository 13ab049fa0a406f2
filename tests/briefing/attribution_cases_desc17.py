"""Attribution cases of session 11, round 16 (desc17): a definite description as speaker that
names a person introduced earlier with that role: as a premodifier ("actor Tim Allen",
"Republican incumbent Kelly Ayotte"), an appositive ("Tim Allen, the actor,", "A worker at the
plant, Ann Lowe,"), a copula ("Allen is an actor", "The company's founder is Ed Kline") or a
party tag ("(R-N.H.)" -> "the Republican"); "the actor" is shown as Tim Allen only when he is the
one person so introduced. Negatives: two people with the role, an unnamed one ("a senator said",
"another farmer"), "the other actor", a former holder ("a former teacher"), a lower rank
("assistant coach"), a gendered role against the person's gender ("Ana Ruiz, a spokesman"), a
role of someone else in the sentence ("The husband of Dana Kim is a nurse", "Unlike Tim Allen,
the senator …", "In an email to The Post, the officer …"), groups and organisations ("the
nurses", "the union"). Invented people; 93 of 178 failed before.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

ROLES = cases(
    "pronouns and role nouns",
    [
        (
            "Actor Tim Allen spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Tim Allen, the actor, spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Tim Allen, who stars as a dad on the show, spoke at the gala. Allen is an actor from Michigan.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Sen. Kelly Ayotte, the Republican incumbent, faces a tough race.\n\n"
            "“I will win this seat,” the Republican incumbent said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "Republican incumbent Kelly Ayotte faces a tough race.\n\n"
            "“I will win this seat,” the incumbent said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "Kelly Ayotte, a Republican senator, faces a tough race.\n\n"
            "“I will win this seat,” the senator said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "Sen. Kelly Ayotte of New Hampshire faces a tough race. Ayotte is a Republican.\n\n"
            "“I will win this seat,” the New Hampshire Republican said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "Actor Tim Allen and actor Jim Carrey spoke at the gala.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "the actor",
        ),
        (
            "Actress Emma Stone and actor Tim Allen spoke at the gala.\n\n"
            "“It was a wonderful night,” the actress said.",
            "It was a wonderful",
            "Emma Stone",
        ),
        (
            "Actor Tim Allen spoke at the gala.\n\n“It was a wonderful night,” the actress said.",
            "It was a wonderful",
            "the actress",
        ),
        (
            "Actor Tim Allen spoke at the gala.\n\n“It was a wonderful night,” an actor said.",
            "It was a wonderful",
            "an actor",
        ),
        (
            "Tim Allen, the actor, spoke at the gala. His manager was there too.\n\n"
            "“It was a wonderful night,” the manager said.",
            "It was a wonderful",
            "the manager",
        ),
        (
            "Software engineer Dana Kim founded the startup in 2019.\n\n"
            "“We grew fast,” the engineer said.",
            "We grew",
            "Dana Kim",
        ),
        (
            "Dana Kim, a software engineer at Google, founded the startup in 2019.\n\n"
            "“We grew fast,” the engineer said.",
            "We grew",
            "Dana Kim",
        ),
        (
            "Dana Kim, 34, a nurse at Mercy Hospital, treated the patients.\n\n"
            "“We were overwhelmed,” the nurse said.",
            "We were",
            "Dana Kim",
        ),
        (
            "Dana Kim is a nurse at Mercy Hospital. She treated the patients.\n\n"
            "“We were overwhelmed,” the nurse said.",
            "We were",
            "Dana Kim",
        ),
        (
            "The union, which represents nurses, filed a complaint.\n\n"
            "“We were overwhelmed,” the nurses said.",
            "We were",
            "the nurses",
        ),
        (
            "Farmer Joe Briggs lost his crop. His neighbors were also hit.\n\n"
            "“It was a disaster,” the farmer said.",
            "It was a",
            "Joe Briggs",
        ),
        (
            "Retired teacher Ann Lowe lives nearby.\n\n“It was loud,” the retired teacher said.",
            "It was",
            "Ann Lowe",
        ),
        (
            "Retired teacher Ann Lowe lives nearby.\n\n“It was loud,” the teacher said.",
            "It was",
            "Ann Lowe",
        ),
        (
            "Actor Tim Allen spoke at the gala. An actor who worked with Allen on the show also attended.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "the actor",
        ),
        (
            "Unlike Tim Allen, the senator voted against the bill.\n\n"
            "“It was a bad bill,” the senator said.",
            "It was a bad",
            "the senator",
        ),
        (
            "Nurse Dana Kim treated the patients. A second nurse, who asked not to be named, described the chaos.\n\n"
            "“We were overwhelmed,” the nurse said.",
            "We were",
            "the nurse",
        ),
        (
            "Dana Kim, a nurse, and Joe Briggs, a nurse at the same clinic, treated the patients.\n\n"
            "“We were overwhelmed,” the nurse said.",
            "We were",
            "the nurse",
        ),
        (
            "Joe Briggs is a nurse. His wife, Dana Kim, is a teacher.\n\n"
            "“We were overwhelmed,” the teacher said.",
            "We were",
            "Dana Kim",
        ),
        (
            "Joe Briggs is a nurse. His wife, Dana Kim, is a teacher.\n\n"
            "“We were overwhelmed,” the nurse said.",
            "We were",
            "Joe Briggs",
        ),
        (
            "The husband of Dana Kim is a nurse.\n\n“We were overwhelmed,” the nurse said.",
            "We were",
            "the nurse",
        ),
        (
            "Police arrested Joe Briggs, 41, a carpenter from Salem. His lawyer, Ann Lowe, said he was innocent.\n\n"
            "“My client did nothing wrong,” the lawyer said.",
            "My client did nothing",
            "Ann Lowe",
        ),
        (
            "Police arrested Joe Briggs, 41, a carpenter from Salem.\n\n"
            "“He was a quiet neighbor,” a carpenter who worked with him said. “He kept to himself,” the carpenter added.",
            "He kept to",
            "the carpenter",
        ),
        (
            "Joe Briggs, the former mayor, endorsed the plan. Mayor Ann Lowe opposed it.\n\n"
            "“It is a waste of money,” the mayor said.",
            "It is a waste of",
            ("the mayor", "Ann Lowe"),
        ),
        (
            "Joe Briggs, a former teacher, endorsed the plan.\n\n"
            "“It is a waste of money,” the teacher said.",
            "It is a waste of",
            ("the teacher", "Joe Briggs"),
        ),
        (
            "Actress Emma Stone attended. Her co-star, Tim Allen, did not.\n\n"
            "“I missed him,” the co-star said.",
            "I missed",
            "the co-star",
        ),
        (
            "Tim Allen, a comedian, hosted. Emma Stone, an actress, presented.\n\n"
            "“It was a wonderful night,” the actress said.",
            "It was a wonderful",
            "Emma Stone",
        ),
        (
            "Tim Allen, a comedian, hosted. Emma Stone, an actress, presented.\n\n"
            "“It was a wonderful night,” the comedian said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Mr. Tim Allen, an actor, hosted.\n\n“It was a wonderful night,” the actress said.",
            "It was a wonderful",
            "the actress",
        ),
        (
            "Tim Allen is an actress's manager.\n\n“It was a wonderful night,” the actress said.",
            "It was a wonderful",
            "the actress",
        ),
        (
            "The nurses' union, led by Dana Kim, filed a complaint.\n\n"
            "“We were overwhelmed,” the union said.",
            "We were",
            "the union",
        ),
        (
            "The union, which represents nurse Dana Kim, filed a complaint.\n\n"
            "“We were overwhelmed,” the nurse said.",
            "We were",
            "Dana Kim",
        ),
        (
            "Joe Briggs, the company's founder, spoke. The company, a developer of apps, grew fast.\n\n"
            "“We grew fast,” the developer said.",
            "We grew",
            "the developer",
        ),
        (
            "Acme Corp., a developer of apps, grew fast.\n\n“We grew fast,” the developer said.",
            "We grew",
            "the developer",
        ),
        (
            "After meeting Tim Allen, the reporter wrote a long profile.\n\n"
            "“He was charming,” the reporter said.",
            "He was",
            "the reporter",
        ),
        (
            "Tim Allen met reporter Jane Doe on Friday.\n\n“He was charming,” the reporter said.",
            "He was",
            "Jane Doe",
        ),
        (
            "Tim Allen, his wife and their son attended the gala.\n\n"
            "“It was lovely,” the wife said.",
            "It was",
            "the wife",
        ),
        (
            "Tim Allen, Jane Doe's husband, attended the gala.\n\n"
            "“It was lovely,” the husband said.",
            "It was",
            "the husband",
        ),
        (
            "Tim Allen's publicist, Jane Doe, said the actor was ill.\n\n"
            "“He is resting,” the publicist said.",
            "He is",
            "Jane Doe",
        ),
        (
            "Sen. Kelly Ayotte (R-N.H.) and Sen. Maggie Hassan (D-N.H.) debated on Monday.\n\n"
            "“I will win this seat,” the Republican said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "Sen. Kelly Ayotte (R-N.H.) and Rep. Frank Guinta (R-N.H.) spoke on Monday.\n\n"
            "“I will win this seat,” the Republican said.",
            "I will win this",
            "the Republican",
        ),
        (
            "Democrat Maggie Hassan, the state's governor, is challenging Ayotte.\n\n"
            "“I will win this seat,” the Democrat said.",
            "I will win this",
            "Maggie Hassan",
        ),
        (
            "Maggie Hassan, the Democratic challenger, is running against Sen. Kelly Ayotte.\n\n"
            "“She has failed the state,” the challenger said.",
            "She has failed the",
            "Maggie Hassan",
        ),
        (
            "Maggie Hassan, the Democratic challenger, is running against Sen. Kelly Ayotte.\n\n"
            "“She has failed the state,” the Democratic challenger said.",
            "She has failed the",
            "Maggie Hassan",
        ),
        (
            "Maggie Hassan, the Democratic challenger, is running against Sen. Kelly Ayotte.\n\n"
            "“She has failed the state,” the Republican challenger said.",
            "She has failed the",
            "the Republican challenger",
        ),
        (
            "The actors' union, whose president is actor Tim Allen, went on strike.\n\n"
            "“We will not back down,” the actors said.",
            "We will not back",
            "the actors",
        ),
        (
            "Tim Allen, the actor, and Jim Carrey, the comedian, hosted the show.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Tim Allen, the actor, and Jim Carrey, also an actor, hosted the show.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "the actor",
        ),
        (
            "Tim Allen, 62, is an actor. His brother, Bob Allen, is a teacher.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Joe Briggs, who was a teacher for 30 years, spoke at the meeting.\n\n"
            "“The school needs repairs,” the teacher said.",
            "The school needs",
            "Joe Briggs",
        ),
        (
            "“The school needs repairs,” the teacher said.\n\n"
            "Joe Briggs, a teacher, spoke at the meeting.",
            "The school needs",
            "the teacher",
        ),
        (
            "Farmers are struggling. Joe Briggs, a farmer in Iowa, lost his crop.\n\n"
            "“It was a disaster,” the farmer said.",
            "It was a",
            "Joe Briggs",
        ),
        (
            "Farmers are struggling. Joe Briggs, a farmer in Iowa, lost his crop. Another farmer nearby lost her barn.\n\n"
            "“It was a disaster,” the farmer said.",
            "It was a",
            "the farmer",
        ),
        (
            "The rancher, Ed Kline, lost 40 cattle.\n\n“It was a disaster,” the rancher said.",
            "It was a",
            "Ed Kline",
        ),
        (
            "Ed Kline said a rancher lost 40 cattle.\n\n“It was a disaster,” the rancher said.",
            "It was a",
            "the rancher",
        ),
        (
            "The board fired its chief executive, Ed Kline, on Monday.\n\n"
            "“We needed a change,” the board said.",
            "We needed a",
            "the board",
        ),
        (
            "The board fired its chief executive, Ed Kline, on Monday.\n\n"
            "“I was blindsided,” the executive said.",
            "I was",
            "Ed Kline",
        ),
        (
            "Ed Kline, a spokesman for the ministry, declined to comment. A ministry spokeswoman later said the plan was on hold.\n\n"
            "“The plan is on hold,” the spokeswoman said.",
            "The plan is on",
            "the spokeswoman",
        ),
        (
            "Ed Kline, a spokesman for the ministry, declined to comment.\n\n"
            "“The plan is on hold,” the spokeswoman said.",
            "The plan is on",
            "the spokeswoman",
        ),
        (
            "Ana Ruiz, a spokesman for the ministry, declined to comment.\n\n"
            "“The plan is on hold,” the spokesman said.",
            "The plan is on",
            ("the spokesman", "Ana Ruiz"),
        ),
        (
            "Rosa Diaz, a mother of three, lost her home.\n\n“We have nothing,” the mother said.",
            "We have",
            "Rosa Diaz",
        ),
        (
            "Rosa Diaz, the victim's mother, spoke in court. Ed Kline, the victim's father, did not.\n\n"
            "“He was a good boy,” the mother said.",
            "He was a good",
            "Rosa Diaz",
        ),
        (
            "Sen. Joan Pierce spoke on Monday. “We need a vote,” a Republican senator told reporters.\n\n"
            "“We need it now,” the senator added.",
            "We need it",
            "the senator",
        ),
        (
            "Sen. Joan Pierce spoke on Monday.\n\n“We need it now,” the senator said.",
            "We need it",
            "Joan Pierce",
        ),
        (
            "Mayor Carl Benton opened the bridge. A former mayor, who asked not to be named, criticized the cost.\n\n"
            "“It was worth it,” the mayor said.",
            "It was worth",
            "Carl Benton",
        ),
        (
            "Tim Allen, who stars as a dad on the show, spoke at the gala.\n\n"
            "“It was a wonderful night,” the star said.",
            "It was a wonderful",
            ("the star", "Tim Allen"),
        ),
        (
            "Tim Allen, the show's star, spoke at the gala.\n\n"
            "“It was a wonderful night,” the star said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Former Mexican President Felipe Calderon spoke in Boston.\n\n"
            "“Trump is wrong,” the former president said.",
            "Trump is",
            "Felipe Calderon",
        ),
        (
            "Kelly Ayotte, the Republican incumbent, faces Maggie Hassan, the Democratic governor.\n\n"
            "“I will win,” the incumbent said.",
            "I will",
            "Kelly Ayotte",
        ),
        (
            "Kelly Ayotte, the Republican incumbent, faces Maggie Hassan, the Democratic governor.\n\n"
            "“I will win,” the governor said.",
            "I will",
            "Maggie Hassan",
        ),
        (
            "The Republican incumbent, Kelly Ayotte, faces a tough race.\n\n"
            "“I will win this seat,” the incumbent said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "A Republican senator, Kelly Ayotte, faces a tough race.\n\n"
            "“I will win this seat,” the senator said.",
            "I will win this",
            "Kelly Ayotte",
        ),
        (
            "Tim Allen arrived late. The actor, who was mobbed by fans, waved.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            ("the actor", "Tim Allen"),
        ),
        (
            "Longtime teacher Ann Lowe retired on Friday.\n\n"
            "“I will miss the kids,” the longtime teacher said.",
            "I will miss the",
            "Ann Lowe",
        ),
        (
            "Ann Lowe, 58, a teacher at Lincoln High School, retired on Friday.\n\n"
            "“I will miss the kids,” the teacher said.",
            "I will miss the",
            "Ann Lowe",
        ),
        (
            "Ann Lowe has been a teacher at Lincoln High School since 1990.\n\n"
            "“I will miss the kids,” the teacher said.",
            "I will miss the",
            "Ann Lowe",
        ),
        (
            "Ann Lowe, 58, of Salem, a retired teacher, testified.\n\n"
            "“I will miss the kids,” the teacher said.",
            "I will miss the",
            "Ann Lowe",
        ),
        (
            "The teachers union backed Ann Lowe, a candidate for mayor.\n\n"
            "“I will fix the schools,” the candidate said.",
            "I will fix the",
            "Ann Lowe",
        ),
        (
            "The teachers union backed Ann Lowe, a candidate for mayor, and Ed Kline, a candidate for council.\n\n"
            "“I will fix the schools,” the candidate said.",
            "I will fix the",
            "the candidate",
        ),
        (
            "Ann Lowe, a candidate for mayor, spoke. Ed Kline, her opponent, did not.\n\n"
            "“I will fix the schools,” the opponent said.",
            "I will fix the",
            "the opponent",
        ),
        (
            "Ed Kline is a doctor. He treated Ann Lowe, a patient with cancer.\n\n"
            "“She was brave,” the doctor said.",
            "She was",
            "Ed Kline",
        ),
        (
            "Ed Kline is a doctor. He treated Ann Lowe, a patient with cancer.\n\n"
            "“He saved my life,” the patient said.",
            "He saved my",
            "Ann Lowe",
        ),
        (
            "Ed Kline is a doctor and a father of three.\n\n“My kids come first,” the father said.",
            "My kids come",
            "Ed Kline",
        ),
        (
            "Ed Kline is not a doctor.\n\n“My kids come first,” the doctor said.",
            "My kids come",
            "the doctor",
        ),
        (
            "Residents of Salem, a town of farmers, were angry.\n\n"
            "“We were ignored,” the farmer said.",
            "We were",
            "the farmer",
        ),
        (
            "Tim Allen spoke in Detroit, the actor's hometown.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            ("the actor", "Tim Allen"),
        ),
        (
            "The film stars Tim Allen. Allen, the actor, said little.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Tim Allen, an actor, was named in the suit. The actor's lawyer, Ann Lowe, denied the claims.\n\n"
            "“The claims are false,” the lawyer said.",
            "The claims are",
            "Ann Lowe",
        ),
        (
            "Tim Allen, an actor, was named in the suit. The actor's lawyer denied the claims.\n\n"
            "“The claims are false,” the lawyer said.",
            "The claims are",
            "the lawyer",
        ),
        (
            "Tim Allen, an actor, was named in the suit.\n\n"
            "“The claims are false,” the actor's lawyer said.",
            "The claims are",
            "the actor's lawyer",
        ),
        (
            "Ann Lowe, a Democrat, and Ed Kline, a Republican, are running for mayor.\n\n"
            "“I will fix the roads,” the Democrat said.",
            "I will fix the",
            "Ann Lowe",
        ),
        (
            "Ann Lowe, a Democrat, and Ed Kline, a Democrat, are running for mayor.\n\n"
            "“I will fix the roads,” the Democrat said.",
            "I will fix the",
            "the Democrat",
        ),
        (
            "Ann Lowe, a senior official at the Treasury, briefed reporters. A senior official at the State Department spoke on condition of anonymity.\n\n"
            "“We are watching closely,” the official said.",
            "We are watching",
            "the official",
        ),
        (
            "Ann Lowe, a senior official at the Treasury, briefed reporters.\n\n"
            "“We are watching closely,” the official said.",
            "We are watching",
            "Ann Lowe",
        ),
        (
            "The team's coach, Ed Kline, was fired. His assistant coach, Bob Lee, will take over.\n\n"
            "“I am ready,” the coach said.",
            "I am",
            "Ed Kline",
        ),
        (
            "Assistant coach Bob Lee will take over from Ed Kline.\n\n"
            "“I am ready,” the coach said.",
            "I am",
            "the coach",
        ),
        (
            "Ed Kline became the first woman to lead the group.\n\n“I am ready,” the woman said.",
            "I am",
            "the woman",
        ),
        (
            "Dr. Ann Lowe, a surgeon at Mercy Hospital, operated on the boy.\n\n"
            "“He is stable,” the surgeon said.",
            "He is",
            "Ann Lowe",
        ),
        (
            "The boy's surgeon, Dr. Ann Lowe, said he was stable. A nurse said he was awake.\n\n"
            "“He asked for his mother,” the nurse said.",
            "He asked for his",
            "the nurse",
        ),
        (
            "Actor Tim Allen spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” said the actor.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Actor Tim Allen spoke at the gala on Saturday.\n\n"
            "The actor told reporters: “It was a wonderful night.”",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Actor Tim Allen spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the actor told reporters. “I will be back,” he added.",
            "I will be",
            "Tim Allen",
        ),
        (
            "Actor Tim Allen spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the 62-year-old actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Actor Tim Allen spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the Hollywood actor said.",
            "It was a wonderful",
            ("the Hollywood actor", "Tim Allen"),
        ),
        (
            "Tim Allen, the actor, spoke at the gala. The actors' guild praised him.\n\n"
            "“He is one of ours,” the guild said.",
            "He is one of",
            "the guild",
        ),
        (
            "Tim Allen, an actor, and his wife, the actress Jane Doe, attended.\n\n"
            "“It was a wonderful night,” the actress said.",
            "It was a wonderful",
            "Jane Doe",
        ),
        (
            "Tim Allen, an actor, and his wife, the actress Jane Doe, attended.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Jane Doe plays a nurse on the show.\n\n“It was a wonderful night,” the nurse said.",
            "It was a wonderful",
            "the nurse",
        ),
        (
            "Jane Doe played a senator in the film.\n\n"
            "“It was a wonderful night,” the senator said.",
            "It was a wonderful",
            "the senator",
        ),
        (
            "Jane Doe wants to be a senator.\n\n“It was a wonderful night,” the senator said.",
            "It was a wonderful",
            "the senator",
        ),
        (
            "Jane Doe, like many nurses, is exhausted.\n\n“We are tired,” the nurse said.",
            "We are",
            "the nurse",
        ),
        (
            "Jane Doe, 29, is a nurse. Ed Kline, 31, is also a nurse.\n\n"
            "“We are tired,” the nurse said.",
            "We are",
            "the nurse",
        ),
        (
            "Jane Doe, 29, is a nurse.\n\n“We are tired,” the nurses said.",
            "We are",
            "the nurses",
        ),
        (
            "The Republican candidate, Ed Kline, trails the Democratic candidate, Ann Lowe.\n\n"
            "“I am gaining,” the Republican candidate said.",
            "I am",
            "Ed Kline",
        ),
        (
            "The Republican candidate, Ed Kline, trails the Democratic candidate, Ann Lowe.\n\n"
            "“I am gaining,” the candidate said.",
            "I am",
            "the candidate",
        ),
        (
            "Kelly Ayotte, the Republican incumbent, and Maggie Hassan, the Democratic challenger, debated on Monday.\n\n"
            "“I have delivered for this state,” the Republican incumbent said.",
            "I have delivered for this",
            "Kelly Ayotte",
        ),
        (
            "Sen. Kelly Ayotte, the Republican incumbent, trails in the polls.\n\n"
            "“I have delivered for this state,” the Democratic incumbent said.",
            "I have delivered for this",
            "the Democratic incumbent",
        ),
        (
            "Tim Allen is an actor and Jim Carrey is an actor too.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "the actor",
        ),
        (
            "Investigators interviewed Ed Kline, a witness to the crash.\n\n"
            "“The truck never slowed down,” the witness said.",
            "The truck never slowed",
            "Ed Kline",
        ),
        (
            "Investigators interviewed Ed Kline, a witness to the crash, and several other witnesses.\n\n"
            "“The truck never slowed down,” one witness said.",
            "The truck never slowed",
            "one witness",
        ),
        (
            "The plant's manager, Ed Kline, declined to comment. A worker at the plant, Ann Lowe, said morale was low.\n\n"
            "“Nobody trusts the company,” the worker said.",
            "Nobody trusts the",
            "Ann Lowe",
        ),
        (
            "Ed Kline, a worker at the plant, was hurt. Other workers walked out.\n\n"
            "“Nobody trusts the company,” a worker said.",
            "Nobody trusts the",
            "a worker",
        ),
        (
            "The company's founder is Ed Kline.\n\n“We grew fast,” the founder said.",
            "We grew",
            "Ed Kline",
        ),
        (
            "Ed Kline, the company's founder and chief executive, spoke.\n\n"
            "“We grew fast,” the founder said.",
            "We grew",
            "Ed Kline",
        ),
        (
            "Ed Kline, the company's founder and chief executive, spoke.\n\n"
            "“We grew fast,” the chief executive said.",
            "We grew",
            "Ed Kline",
        ),
        (
            "Kelly Ayotte, a senator from New Hampshire, spoke.\n\n"
            "“I will win,” the New Hampshire senator said.",
            "I will",
            "Kelly Ayotte",
        ),
        (
            "Kelly Ayotte, a senator from New Hampshire, spoke. Sen. Ron Walden of Oregon did not.\n\n"
            "“I will win,” the New Hampshire senator said.",
            "I will",
            "Kelly Ayotte",
        ),
        (
            "Kelly Ayotte, a senator from New Hampshire, spoke. Sen. Ron Walden of Oregon did not.\n\n"
            "“I will win,” the senator said.",
            "I will",
            "the senator",
        ),
    ],
)

#: An age written with a name ("Tim Allen, 62,", "34-year-old Dana Kim") names "the 62-year-old";
#: an age that differs ("the 61-year-old actor") or an unnamed one ("a 34-year-old man") does not.
AGES = cases(
    "pronouns and role nouns",
    [
        (
            "Tim Allen, 62, spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the 62-year-old said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Tim Allen, 62, and Jim Carrey, 62, spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the 62-year-old said.",
            "It was a wonderful",
            "the 62-year-old",
        ),
        (
            "Tim Allen, 62, spoke at the gala on Saturday.\n\n"
            "“It was a wonderful night,” the 61-year-old said.",
            "It was a wonderful",
            "the 61-year-old",
        ),
        (
            "Retired firefighter Ed Kline, 70, lives on the street.\n\n"
            "“The smoke was everywhere,” the retiree said.",
            "The smoke was",
            ("the retiree", "Ed Kline"),
        ),
        (
            "Retired firefighter Ed Kline, 70, lives on the street.\n\n"
            "“The smoke was everywhere,” the firefighter said.",
            "The smoke was",
            "Ed Kline",
        ),
        (
            "Ed Kline, a retired firefighter, lives on the street. Firefighters arrived within minutes.\n\n"
            "“The smoke was everywhere,” the firefighter said.",
            "The smoke was",
            (
                "Ed Kline",
                "the firefighter",
            ),  # one of the firefighters who arrived, or the retired one
        ),
        (
            "Ed Kline, a retired firefighter, lives on the street. A firefighter at the scene said the fire started in the kitchen.\n\n"
            "“The smoke was everywhere,” the firefighter said.",
            "The smoke was",
            "the firefighter",
        ),
        (
            "Police said 34-year-old Dana Kim was driving the car.\n\n"
            "“I never saw the truck,” the 34-year-old said.",
            "I never saw the",
            "Dana Kim",
        ),
        (
            "Dana Kim, 34, was driving. Her passenger, a 34-year-old man, was unhurt.\n\n"
            "“I never saw the truck,” the 34-year-old said.",
            "I never saw the",
            "the 34-year-old",
        ),
        (
            "Dana Kim, 34, and her husband, Ed Kline, 36, were driving.\n\n"
            "“I never saw the truck,” the 36-year-old said.",
            "I never saw the",
            "Ed Kline",
        ),
        (
            "Actor Tim Allen, 62, spoke at the gala.\n\n"
            "“It was a wonderful night,” the 61-year-old actor said.",
            "It was a wonderful",
            "the 61-year-old actor",
        ),
        (
            "Actor Tim Allen, 62, spoke at the gala.\n\n"
            "“It was a wonderful night,” the 62-year-old actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "The 62-year-old actor Tim Allen spoke at the gala.\n\n"
            "“It was a wonderful night,” the 62-year-old said.",
            "It was a wonderful",
            "Tim Allen",
        ),
    ],
)

#: A relative clause whose verb says the role ("Tim Allen, who stars as …" is "the actor"; "who
#: owned" is no owner now), and a gendered title against the person's gender ("Rep. Ed Kline" is
#: no "congresswoman").
RELATIVE_ROLES = cases(
    "pronouns and role nouns",
    [
        (
            "Tim Allen, who stars as a dad on the show, spoke at the gala.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "Tim Allen",
        ),
        (
            "Tim Allen, who stars as a dad on the show, spoke at the gala. His co-star Jim Carrey, who also stars in the film, did not.\n\n"
            "“It was a wonderful night,” the actor said.",
            "It was a wonderful",
            "the actor",
        ),
        (
            "Ed Kline, who founded the company in 1998, stepped down on Monday.\n\n"
            "“It was time,” the founder said.",
            "It was",
            "Ed Kline",
        ),
        (
            "Ed Kline, who owned the company until 2010, criticized the deal.\n\n"
            "“It was a mistake,” the owner said.",
            "It was a",
            "the owner",
        ),
        (
            "Ann Lowe, who represents the district in Congress, toured the plant.\n\n"
            "“These jobs matter,” the congresswoman said.",
            "These jobs",
            "Ann Lowe",
        ),
        (
            "Ann Lowe, who represents the district in Congress, toured the plant.\n\n"
            "“These jobs matter,” the congressman said.",
            "These jobs",
            "the congressman",
        ),
        (
            "Rep. Ed Kline, who represents the district in Congress, toured the plant.\n\n"
            "“These jobs matter,” the congresswoman said.",
            "These jobs",
            "the congresswoman",
        ),
        (
            "Ann Lowe, who coaches the girls' team, was suspended.\n\n"
            "“I did nothing wrong,” the coach said.",
            "I did nothing",
            "Ann Lowe",
        ),
        (
            "Ann Lowe, who coaches the girls' team, was suspended. The team's assistant coach, Bo Pruitt, took over.\n\n"
            "“I did nothing wrong,” the coach said.",
            "I did nothing",
            "Ann Lowe",
        ),
    ],
)

RELATIVE_ROLES += cases(
    "pronouns and role nouns",
    [
        (  # negative: a lawyer or spokesman represents a family, a congressman a district
            "Ed Kline, who represents the family, spoke to reporters.\n\n“We want answers,” the congressman said.",
            "We want answers",
            "the congressman",
        ),
        (
            "Ed Kline, who represents the 5th District, spoke to reporters.\n\n“We want answers,” the congressman said.",
            "We want answers",
            "Ed Kline",
        ),
    ],
)

ROLES += cases(
    "pronouns and role nouns",
    [
        (  # negative: an unnamed congressman after "Rep. Ed Kline" (a "representative")
            "Rep. Ed Kline toured the plant. A congressman from Ohio, who asked not to be named, criticized the "
            "visit.\n\n“It was a stunt,” the congressman said.",
            "It was a stunt",
            "the congressman",
        ),
    ],
)

#: A title inside an organisation's name ("Falkirk Sheriff Court") introduces no sheriff called "Court".
TITLES_IN_NAMES = cases(
    "pronouns and role nouns",
    [
        (
            "Ed Kline appeared at Falkirk Sheriff Court on Monday. Sheriff Ann Lowe fined him 500 pounds.\n\n"
            "“Do not come back here,” the sheriff said.",
            "Do not come back here",
            "Ann Lowe",
        ),
        (
            "Ed Kline appeared at Falkirk Sheriff Court on Monday.\n\n“Do not come back here,” the sheriff said.",
            "Do not come back here",
            "the sheriff",
        ),
    ],
)

#: Roles of someone else in the sentence: the object of "told", a voter among voters, a
#: parenthetical speaker ("Ed Kline, the mayor added, would not resign" gives Kline no role).
OTHER_PEOPLES_ROLES = cases(
    "pronouns and role nouns",
    [
        (
            "Voters in Ohio, a swing state, backed Ed Kline. Ann Lowe, a voter in Dayton, was torn.\n\n"
            "“I just don't know,” the voter said.",
            "I just don't",
            "Ann Lowe",
        ),
        (
            "When asked about Ed Kline, a reporter for the Times said he was popular.\n\n"
            "“He is very popular,” the reporter said.",
            "He is very",
            "the reporter",
        ),
        (
            "Ed Kline, the reporter said, was popular.\n\n“He is very popular,” the reporter said.",
            "He is very",
            "the reporter",
        ),
        (
            "The deal, Ed Kline said, was a mistake. A lawyer for the company disagreed.\n\n"
            "“The deal was sound,” the lawyer said.",
            "The deal was",
            "the lawyer",
        ),
        (
            "Ed Kline told Ann Lowe, a lawyer, that the deal was off.\n\n"
            "“The deal was sound,” the lawyer said.",
            "The deal was",
            "Ann Lowe",
        ),
        (
            "Ed Kline told Ann Lowe, a lawyer, that the deal was off. Lowe's colleague, a lawyer at the same firm, disagreed.\n\n"
            "“The deal was sound,” the lawyer said.",
            "The deal was",
            "the lawyer",
        ),
        (
            "Ed Kline, a banker, and Ann Lowe, a lawyer, are married.\n\n"
            "“We met in college,” the banker said.",
            "We met in",
            "Ed Kline",
        ),
        (
            "Ed Kline is a banker, said Ann Lowe, his lawyer.\n\n"
            "“We met in college,” the lawyer said.",
            "We met in",
            ("the lawyer", "Ann Lowe"),
        ),
        (
            "Ed Kline is a banker, said Ann Lowe, his lawyer.\n\n"
            "“We met in college,” the banker said.",
            "We met in",
            "Ed Kline",
        ),
        (
            "Ann Lowe is the mother of Ed Kline, a soldier killed in Iraq.\n\n"
            "“He was brave,” the mother said.",
            "He was",
            "Ann Lowe",
        ),
        (
            "Ann Lowe is the mother of Ed Kline, a soldier killed in Iraq.\n\n"
            "“He was brave,” the soldier said.",
            "He was",
            "the soldier",
        ),
        (
            "The soldier, Ed Kline, was killed in Iraq. His mother, Ann Lowe, spoke to reporters.\n\n"
            "“He was brave,” the mother said.",
            "He was",
            "Ann Lowe",
        ),
        (
            "Ed Kline was a soldier. He was killed in Iraq in 2004.\n\n"
            "“He was brave,” the soldier said.",
            "He was",
            ("Ed Kline", "the soldier"),
        ),
        (
            "Ed Kline, his lawyer said, will appeal.\n\n“We will appeal,” the lawyer said.",
            "We will",
            "the lawyer",
        ),
        (
            "Ed Kline, a lawyer said, will appeal.\n\n“We will appeal,” the lawyer said.",
            "We will",
            "the lawyer",
        ),
        (
            "Ed Kline, the mayor added, would not resign.\n\n“He will not resign,” the mayor said.",
            "He will not",
            "the mayor",
        ),
        (
            "Ed Kline, the mayor, would not resign.\n\n“I will not resign,” the mayor said.",
            "I will not",
            "Ed Kline",
        ),
    ],
)

DESC17_CASES = [*ROLES, *AGES, *RELATIVE_ROLES, *TITLES_IN_NAMES, *OTHER_PEOPLES_ROLES]
