"""Attribution cases of the second round (issue 13): where the first rules still failed.

Written for the error classes found by reading the tuning half's speaker errors (see the audit in
``evaluation/quotes.py``), not copied from it; names, places and quotes are invented. Four
patterns: names that are not what their capitals suggest (particles, number words, places,
title-case headlines); the clause around the speaker (opinion frames, "as X noted", a speaker
between commas, participles, a long subject after "!"); a speaker stated in another paragraph or
another part of the sentence; and organisations, documents and "it". Cases where inheriting a
speaker would cross to another person are here too: they must keep their own speaker, or none.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

NAMES = cases(
    "names: particles, numbers, places and headlines",
    [
        (
            "“We expect the heat to last until Sunday at least,” said Rubén del Campo, a spokesman for the "
            "weather agency.",
            "We expect the heat",
            "Rubén del Campo",
        ),
        (
            "Rubén del Campo, a spokesman for the weather agency, warned of fires in the south.\n\n"
            "“The forests have not been this dry in forty years,” del Campo said.",
            "The forests have not been",
            "Rubén del Campo",
        ),
        (
            "“Our message to Moscow has not changed since the first day,” said Ursula von der Leyen, the "
            "Commission president.",
            "Our message to Moscow",
            "Ursula von der Leyen",
        ),
        (
            "“The war is not over and it will not be over soon,” Bashar al-Assad told the state broadcaster.",
            "The war is not over",
            "Bashar al-Assad",
        ),
        (
            "“The dikes will hold this winter, whatever the sea does,” said Pieter van den Berg, who runs the "
            "regional water board.",
            "The dikes will hold",
            "Pieter van den Berg",
        ),
        (
            "Fifty-one senators signed a letter calling the plan “a betrayal of every working family in this "
            "country.”",
            "a betrayal of every working family",
            None,
        ),
        (
            "Seventeen-year-old Mia Colter spoke first. “We are the ones who will live with this climate,” she "
            "told the council.",
            "We are the ones",
            "Mia Colter",
        ),
        (
            "Mayor Luis Ortega toured the flooded streets of Eagle Pass, Texas and promised that “every family "
            "will get help before the winter comes.”",
            "every family will get help",
            "Luis Ortega",
        ),
        (
            "Former Governor Dana Reyes was heckled at a town hall. At the meeting in Hudson, New Hampshire "
            "Monday, the former governor retorted: “There is a special place for people who only shout.”",
            "There is a special place",
            ("Dana Reyes", "the former governor"),
        ),
        (
            "Senator Ann Colby flew back to Washington, D.C., and told reporters at the airport that the deal "
            "was “dead on arrival in the Senate, and everyone there knows it.”",
            "dead on arrival in the Senate",
            "Ann Colby",
        ),
        (
            "Moreno: Budget Plan ‘Will Not Survive the First Vote in the Senate’\n\n"
            "Senator Paula Moreno said on Tuesday that the budget would fail.",
            "Will Not Survive the First Vote",
            ("Paula Moreno", None),
        ),
        (
            "Leaked Emails Roundup: Aide Calls Donors ‘The Most Demanding People I Have Ever Met’\n\n"
            "The emails, published on Friday, show staff complaining about the campaign's donors.",
            "The Most Demanding People",
            None,
        ),
        (
            "Leaked Emails Roundup: Staff Discuss ‘Body Language’ Before Debate\n\n"
            "“Watch her body language when the question on trade comes up,” campaign chairman Tom Reese wrote "
            "in one of the emails.",
            "Watch her body language",
            "Tom Reese",
        ),
        (
            "The Washington Post reported on Sunday that the contract had been signed in secret. “No "
            "public agency should sign a contract of this size without a vote,” the Post said in an editorial.",
            "No public agency should sign",
            ("The Washington Post", "Washington Post", "the Post"),
        ),
        (
            "Critics say the rule breaks the Freedom of Information Act. But Governor Nell Ames has defended it. "
            "“The public will see every document that matters,” she said.",
            "The public will see every document",
            "Nell Ames",
        ),
        (
            "“Nobody in this town was asked about the mine,” said Jean-Luc de la Cruz, the mayor of the town.",
            "Nobody in this town was asked",
            "Jean-Luc de la Cruz",
        ),
    ],
)

FRAMES = cases(
    "clause frames around the speaker",
    [
        (
            "To Florida consultant Ana Wilson, the party line on the race is wishful thinking. “Nobody I know "
            "believes those numbers,” she said.",
            "Nobody I know believes",
            "Ana Wilson",
        ),
        (
            "For Mayor Ellen Park, the vote was personal. “My father worked in that mine for thirty years,” "
            "she said.",
            "My father worked in that mine",
            "Ellen Park",
        ),
        (
            "As economist Lisa Grant noted last week, “inflation hurts the poorest families first and hardest.”",
            "inflation hurts the poorest",
            "Lisa Grant",
        ),
        (
            "While Senator Joe Kemp calls the plan “a gift to the richest one percent of the country,” his "
            "party is divided on it.",
            "a gift to the richest",
            "Joe Kemp",
        ),
        (
            "At one point a woman asked for a selfie and Governor Tim Shaw said, “as long as you vote on "
            "Tuesday, you can have two.”",
            "as long as you vote",
            "Tim Shaw",
        ),
        (
            "Mayor Ruth Bellamy, when asked what went wrong with the tram project, responded that the contractor "
            "“never delivered a single working carriage.”",
            "never delivered a single",
            "Ruth Bellamy",
        ),
        (
            "Senator Dale Foss told a radio host that his rival “had no plan for the border at all,” adding, "
            "“He never did and he never will.”",
            "He never did and he never will",
            "Dale Foss",
        ),
        (
            "“These people know how to use words,” said Pastor Brad Hale, speaking of politicians, “and they "
            "leave themselves room to change their minds.”",
            "and they leave themselves room",
            "Brad Hale",
        ),
        (
            "“Having two people who know the voter files is valuable,” said Bill Orrin, explaining that he had "
            "worked with both of them: “Vito is outstanding with data.”",
            "Vito is outstanding with data",
            "Bill Orrin",
        ),
        (
            "“I do not know where he stands on any of this,” said undecided voter Stephanie Lane of Derry, "
            "before the rally began.",
            "I do not know where he stands",
            "Stephanie Lane",
        ),
        (
            "“I am not going to apologise for that, so forget about it,” said retired surgeon Ben Oduya, asked "
            "about his claims.",
            "I am not going to apologise",
            "Ben Oduya",
        ),
        (
            "“Thanks to everyone who came out tonight to welcome them,” said master of ceremonies Asad Tabbal, "
            "a local engineer.",
            "Thanks to everyone who came out",
            "Asad Tabbal",
        ),
        (
            "Speaker of the House Paul Rand said the images had “no place in a campaign for the presidency.”",
            "no place in a campaign",
            "Paul Rand",
        ),
        (
            "“We were told to wait for orders that never came,” said the base chief, known only as Bob, in his "
            "first interview.",
            "We were told to wait",
            ("Bob", "the base chief"),
        ),
        (
            "Radio Nine vice president for news and talk Dave Gorin called the show “the conservative news "
            "program of record.”",
            "the conservative news program",
            "Dave Gorin",
        ),
        (
            "“The great state of Ohio is proud to cast its votes for the next president!” State Senator Jeff "
            "Mason said as he opened the roll call.",
            "The great state of Ohio",
            "Jeff Mason",
        ),
        (
            "“Not us, but we cannot argue with it!” Mike Murray, the head of the Forward PAC, tweeted on Friday.",
            "Not us, but we cannot argue",
            "Mike Murray",
        ),
        (
            "Jim Boyd, a conservative member of the party's platform committee, said the language was “not "
            "something the delegates will ever accept.”",
            "not something the delegates",
            "Jim Boyd",
        ),
        (
            "Gov. Phil Bryce of Mississippi, a former backer of Sen. Tom Kurz, said he would “support the "
            "nominee, whoever it is, in November.”",
            "support the nominee",
            "Phil Bryce",
        ),
        (
            "Grant, a top aide said, “is very confident about the contrast with his rival on trade.”",
            "is very confident about",
            ("a top aide",),
        ),
        (
            "“I only ever met him once, at a dinner,” Palmer, 34, a North Dakota native who covered lobbying "
            "for a trade paper, said.",
            "I only ever met him once",
            "Palmer",
        ),
        (
            "Senator Ted Kurz accuses the president of “leading from the back seat” and Governor Dan Frost says "
            "he is “losing the argument on trade.”",
            "losing the argument on trade",
            "Dan Frost",
        ),
        (
            "The puzzle of the campaign, says Carla Ames, a historian at the state university, is that it was "
            "“the most disciplined operation anyone here had seen in decades.”",
            "the most disciplined operation",
            "Carla Ames",
        ),
        (
            "Ko Lwin, a member of the party's executive committee, said on Tuesday that according to its own "
            "count, the party had won most seats, but “we are still counting the votes.”",
            "we are still counting",
            "Ko Lwin",
        ),
        (
            "Senator Ben Carver stressed that “the only way forward is for both parties to work together,” "
            "suggesting that the simplest route might be a one-year extension of the law.",
            "the only way forward",
            "Ben Carver",
        ),
        (
            "“They know she is the only one strong enough to stand up to the banks,” a voice-over in the ad "
            "states.",
            "They know she is the only one",
            ("a voice-over",),
        ),
        (
            "Mayor Rosa Lind, celebrating a victory in her home district, is pledging to “fix every pothole in "
            "this city by the end of the summer.”",
            "fix every pothole",
            "Rosa Lind",
        ),
        (
            "In the letter - addressed to the state attorney general, Mark Pell - the Utah Republican asks "
            "whether “the agency or its contractors destroyed records the committee had asked for.”",
            "the agency or its contractors",
            ("the Utah Republican",),
        ),
        (
            "Ron Lasky, the senator's fired campaign manager, attacked the party chairman for acting as “the "
            "judge and the jury in a case that was never heard.”",
            "the judge and the jury",
            "Ron Lasky",
        ),
        (
            "Senator Amy Rudd said that once the Senate goes on recess, “I intend to campaign in every county I "
            "can reach.”",
            "I intend to campaign",
            "Amy Rudd",
        ),
        (
            "The old strategy led to what aide Karl Fenn called “the beginning of a new era for the party” in "
            "his 1969 book.",
            "the beginning of a new era",
            "Karl Fenn",
        ),
        (
            "The crowd cheers, and then Pastor Lance Ward continues: “This man has been given a mission by the "
            "people of this country.”",
            "This man has been given a mission",
            "Lance Ward",
        ),
        (
            "Governor Ana Ruiz responded to the question on Facebook writing, “Yes, I will. That was a poor "
            "choice of words on my part.”",
            "Yes, I will",
            "Ana Ruiz",
        ),
        (
            "“We just want our jobs back and our town back,” said an academic named Eric Kingsley, who is "
            "running for Congress.",
            "We just want our jobs back",
            "Eric Kingsley",
        ),
        (
            "“Everyone told her not to do the deal, and she did it anyway,” remembered Roy Vance, the firm's "
            "former spokesman.",
            "Everyone told her not to do the deal",
            "Roy Vance",
        ),
        (
            "Few senators will even meet the nominee. As John Corrin, the No. 2 in the party leadership, put "
            "it: “This person will not be confirmed, so there is no reason to go through the motions.”",
            "This person will not be confirmed",
            "John Corrin",
        ),
        (
            "As the columnist Ruth Martel puts it, the president is trying to make the opposition “an offer it "
            "cannot afford to refuse.”",
            "an offer it cannot afford",
            "Ruth Martel",
        ),
        (
            "Senator Ellen Ward supports “fair pay rises,” opposes “arbitrary pay freezes” and recalled the "
            "last freeze: “I saw how hard it was for people to be told their pay would not rise.”",
            "I saw how hard it was",
            "Ellen Ward",
        ),
        (
            "As Senator Blum spoke, the gun lobby was already going into overdrive, whipping lawmakers against "
            "“any and all new limits on what people can buy.”",
            "any and all new limits",
            (None, "the gun lobby"),
        ),
    ],
)

ELSEWHERE = cases(
    "speaker stated in another paragraph or clause",
    [
        (
            "Mayor Ken Dale’s answer: “We will rebuild every house on this street, and we will start with the "
            "school.”",
            "We will rebuild every house",
            "Ken Dale",
        ),
        (
            "The institute's history is set out plainly, as the Heritage Institute website notes:\n\n"
            '"The institute was founded in 1960 by a group of students who met in a farmhouse."',
            "The institute was founded",
            ("the Heritage Institute website",),
        ),
        (
            "Councillor Dana Vance praised the mayor's leadership after the floods.\n\n"
            "“We need someone who can cut through the noise and bring people together.”",
            "We need someone who can cut",
            "Dana Vance",
        ),
        (
            "Senator Ray Kell spoke only in slogans during the interview.\n\n"
            "“We have to be a lot tougher than we are.”\n\n"
            "“We are playing by a different set of rules.”",
            "We are playing by a different",
            "Ray Kell",
        ),
        (
            "Victor Hale is upbeat about the party’s chances in the autumn.\n\n"
            "“Not only can we win in November, we are the ones with the best chance.”\n\n"
            "“The others cannot unite the party,” Hale notes.",
            "Not only can we win",
            "Victor Hale",
        ),
        (
            "Victor Hale is upbeat about the party’s chances in the autumn.\n\n"
            "“Nobody expected them to get this far, and nobody expects them to win.”\n\n"
            "“They are kidding themselves,” rival candidate Joan Ortiz said.",
            "Nobody expected them",
            None,
        ),
        (
            '"It is now more important than ever that the council hears from the mayor before the vote.\n\n'
            'Charles Dunmore, Citizens for Clean Water."',
            "It is now more important",
            "Charles Dunmore",
        ),
        (
            "“We will appeal this decision!” Mayor Anne Kirk said.\n\n"
            "“This is a great day for the town and for every family in it!” Council Member Tom Ross said as the "
            "results came in.",
            "This is a great day",
            "Tom Ross",
        ),
        (
            "“We will appeal,” said Mayor Anne Kirk.\n\n"
            "“The city has broken its own rules for years and nobody has been held to account,” council member "
            "Tom Ross said after the meeting.",
            "The city has broken its own rules",
            "Tom Ross",
        ),
        (
            "Council member Lucia Rivera read out the residents' complaints one by one: “The roads have not been "
            "repaired in ten years.” “The school has been closed since the spring.” “The clinic has no doctor "
            "on weekends.”",
            "The clinic has no doctor",
            "Lucia Rivera",
        ),
        (
            "When the chairman suggested the town would be sued, Councillor Rita Oyelaran fired back: “If they "
            "sue us, they are going to lose.”",
            "If they sue us",
            "Rita Oyelaran",
        ),
        (
            "Marco Lind, an attorney for the families, spoke after the hearing.\n\n"
            "“The court has finally listened to these parents, after four years.”",
            "The court has finally listened",
            "Marco Lind",
        ),
        (
            "Police arrested Dan Cole on Friday after a six-month investigation.\n\n"
            "“This was a long and difficult case for everyone involved.”",
            "This was a long and difficult case",
            None,
        ),
        (
            "“Ted Kurz is not my first choice by any means,” Graham Sills, a former candidate, told a radio "
            "station on Tuesday, when a dozen states held their primaries. “But he may be the only one left.”",
            "But he may be the only one left",
            "Graham Sills",
        ),
        (
            "“Most voters will come round in the end,” said Gov. Phil Bryce of Mississippi, who has since called "
            "on the party to unite. “Republicans are realists, and this is a chance to win.”",
            "Republicans are realists",
            "Phil Bryce",
        ),
        (
            "“I will be more successful than my parents because of my education,” says Diana Rocco, 21, a "
            "student from Daytona Beach.\n\n"
            "“Our ideas of success are different from theirs,” agrees Michelle Stone, 30, of Gainesville.",
            "Our ideas of success",
            "Michelle Stone",
        ),
        (
            "In May 2013 - four months after the minister left office - the Interior Department told the group "
            "that “no records responsive to your request were located.”",
            "no records responsive",
            ("the Interior Department",),
        ),
        (
            "“We will appeal the ruling,” council leader Dan Smith said, and the mayor agreed: “This ruling "
            "cannot stand in any form.”",
            "This ruling cannot stand",
            ("the mayor",),
        ),
        (
            "Governor Ann Leigh praised former senator Ben Carr on Monday, calling him “a man of real integrity "
            "and courage.”",
            "a man of real integrity",
            "Ann Leigh",
        ),
        (
            "“The clinic will close in May and nobody has told the patients,” Jane Roe, a nurse at the clinic "
            "said.",
            "The clinic will close in May",
            "Jane Roe",
        ),
        (
            "Reporters asked Governor Tim Bray about the bridge on Monday.\n\n"
            "“It will be open by the autumn, and it will be open on budget.”",
            "It will be open by the autumn",
            (None, "Tim Bray"),
        ),
        (
            "Senator Ruth Lee said the council would appeal the ruling.\n\n"
            "“We will fight this all the way to the supreme court if we have to.”\n\n"
            "That was the message from residents who packed the hall on Tuesday night.",
            "We will fight this all the way",
            "residents",  # not the senator of the paragraph before: the next one says whose words
        ),
        (
            "Governor Amy Holt signed the bill on Monday.\n\n"
            "“This law will save lives in every county of the state,” said Rep. Tina Marr, who wrote it.",
            "This law will save lives",
            "Tina Marr",
        ),
        (
            "If anything, Ash argued in his letter, the incident shows why the rules must change.\n\n"
            "“Is it prudent to give the chair this much power over the debate?”",
            "Is it prudent to give the chair",
            ("Ash",),
        ),
        (
            "“We have done nothing wrong and we will prove it in court.”\n\n"
            "“The company followed every rule,” chief executive Lena Holm said.\n\n"
            "Holm founded the firm in 2004.",
            "We have done nothing wrong",
            ("Lena Holm", None),
        ),
    ],
)

ORGANISATIONS_AND_IT = cases(
    "organisations, documents and it",
    [
        (
            '"Our political revolution has already forced the governor to change her mind on the minimum wage," '
            "read the email.",
            "Our political revolution",
            ("the email",),
            "document",
        ),
        (
            "The letter was short. “We will not renew the contract under any circumstances,” it read.",
            "We will not renew",
            ("the letter",),
        ),
        (
            "The Democratic Party released a statement on Monday, offering “a deep and sincere apology to "
            "Senator Ames and to all of his supporters.”",
            "a deep and sincere apology",
            ("the Democratic Party", "Democratic Party", "The Democratic Party"),
        ),
        (
            "The union issued a statement apologising for the posts.\n\n"
            "“On behalf of everyone at the union, we offer a sincere apology to the families.”",
            "On behalf of everyone",
            ("the union",),
        ),
        (
            "“Hey, hey! Ho, ho! This mayor has got to go!” some protesters chanted as they marched down the "
            "avenue.",
            "Hey, hey! Ho, ho!",
            ("some protesters",),
            "group",
        ),
        (
            "A 2019 parliamentary report found that the warnings “were ignored at every level of the ministry, "
            "for months.”",
            "were ignored at every level",
            ("A 2019 parliamentary report", "a 2019 parliamentary report"),
            "document",
        ),
        (
            "The Meridian Energy board met on Tuesday. It said in a statement: “The merger will not go ahead "
            "on the terms offered.”",
            "The merger will not go ahead",
            ("Meridian Energy", "The Meridian Energy board", "the Meridian Energy board"),
        ),
        (
            "The ministry rejected the claims. “Our soldiers did not fire on civilians at any point,” it said.",
            "Our soldiers did not fire",
            ("the ministry",),
        ),
        (
            "Acme Holdings said profits fell by a third. It blamed “a year of weak demand in every one of our "
            "markets.”",
            "a year of weak demand",
            ("Acme Holdings",),
        ),
        (
            "The ad targets a “corrupt political system that keeps a rigged economy in place for the few.”",
            "corrupt political system",
            ("the ad", "The ad"),
        ),
        (
            "According to the company's own training manual, its sales staff were told, “You don't sell "
            "products. You sell feelings.”",
            "You don't sell products",
            (None, "the company's own training manual"),
        ),
        (
            "The survey, published by the Greenfield Institute, found that “most renters cannot afford a "
            "single unexpected bill.”",
            "most renters cannot afford",
            ("The survey", "the survey", "the Greenfield Institute", "Greenfield Institute"),
        ),
        (
            "The company cut 300 jobs last year. It takes “a very long time to rebuild trust with the "
            "workers who stayed.”",
            "a very long time to rebuild trust",
            None,
        ),
        (
            "“We were never told about the cuts until they were in the papers,” a paid consultant to the "
            "campaign said.",
            "We were never told about the cuts",
            ("a paid consultant",),
        ),
        (
            "Shortly after the debate ended, Senator Ruiz’s campaign sent out a press release saying her rival "
            "owes voters “an explanation for voting against the flood defences twice.”",
            "an explanation for voting against",
            ("Senator Ruiz’s campaign", "Ruiz’s campaign"),
        ),
        (
            "Containment is part of the party's identity, one which Yale historian John Beck calls “a "
            "foundation of our political culture.”",
            "a foundation of our political culture",
            "John Beck",
        ),
        (
            "“If the agency obtains more records, it intends to search them” for the court, Justice Department "
            "trial counsel Carolyn Lee Webb wrote in a filing on Monday.",
            "If the agency obtains more records",
            "Carolyn Lee Webb",
        ),
        (
            "The judge was not convinced. The claim “is speculative given the lack of any support for it,” the "
            "order released Friday said.",
            "is speculative given the lack",
            ("the order",),
            "document",
        ),
        (
            "Corporate lobbyists describe such work as “a different cup of tea from the usual contract "
            "lobbying in Washington.”",
            "a different cup of tea",
            ("corporate lobbyists", "Corporate lobbyists"),
        ),
        (
            "Greenpeace said in a statement that the spill was “the worst in the region in twenty years.”",
            "the worst in the region",
            ("Greenpeace",),
        ),
        (
            "Reporters asked about the strikes near the border. The Pentagon’s answer: “We do not comment on "
            "operations while they are in progress.”",
            "We do not comment on operations",
            ("the Pentagon", "The Pentagon", "Pentagon"),
        ),
        (
            "The appeals court did not mince words. Its ruling was blunt: “The law cannot stand in any form.”",
            "The law cannot stand",
            ("the appeals court", "The appeals court", None),
        ),
    ],
)

CONTEXT_CASES = [*NAMES, *FRAMES, *ELSEWHERE, *ORGANISATIONS_AND_IT]
