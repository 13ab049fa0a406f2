"""Attribution cases of the eleventh round: speakers given by a label rather than a speech verb
(issue 13, "pull-quotes signed inside the marks"): transcript turns ("RAMOS: …"), headline
speakers ("Bernie Sanders: ‘…’"), signed quotes and posts. Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PULL = "multi-paragraph quotes, next-paragraph speakers, pull quotes"

#: "Chris Matthews: Seriously, …" / "RAMOS: Did you …": each turn of a transcript names its speaker
#: in a label before a colon, often inside the quote mark that opens the paragraph; the next turn
#: is the other party's, and "Q:", "VIDEO:" turns are nobody's.
TRANSCRIPT_TURNS = cases(
    _PULL,
    [
        (
            "The host pressed the senator on the budget on Sunday.\n\n"
            "\"Dana Whitfield: Will you vote for the bill if the tax cut stays in it?\n\n"
            "\"Omar Reyes: I will not vote for any bill that adds a trillion dollars to the debt.\"",
            "Omar Reyes: I will not vote",
            "Omar Reyes",
        ),
        (
            "The host pressed the senator on the budget on Sunday.\n\n"
            "\"Dana Whitfield: Will you vote for the bill if the tax cut stays in it?\n\n"
            "\"Omar Reyes: I will not vote for any bill that adds a trillion dollars to the debt.\"",
            "Dana Whitfield: Will you vote",
            "Dana Whitfield",
        ),
        (
            "Gov. Helen Marsh faced the moderator in Des Moines. A partial transcript follows.\n\n"
            "“BRADLEY: Governor, did you know about the contracts before the election?\n\n"
            "“MARSH: I learned about them the same day as every other voter in this state, and I "
            "said so at the time.”",
            "MARSH: I learned about them",
            "Helen Marsh",
        ),
        (
            "Gov. Helen Marsh faced the moderator in Des Moines. A partial transcript follows.\n\n"
            "“BRADLEY: Governor, did you know about the contracts before the election?\n\n"
            "“MARSH: I learned about them the same day as every other voter in this state.\n\n"
            "“BRADLEY: So nobody on your staff told you anything at all?”",
            "BRADLEY: So nobody on your staff",
            "Bradley",
        ),
        (  # the turn runs on into a paragraph without a label: still the same speaker
            "The two candidates clashed over trade in the last debate.\n\n"
            "\"Kurt Lindqvist: These deals have shipped our factory jobs overseas for thirty years.\n\n"
            "\"And I will tear every one of them up on my first day in office.\"",
            "And I will tear every one",
            "Kurt Lindqvist",
        ),
        (  # a clip played during the interview is not the interviewer's next turn
            "The anchor played a clip for the mayor.\n\n"
            "\"TAYLOR: Mayor, here is what residents told us last week.\n\n"
            "\"VIDEO: Nobody from the city has come to look at the water in our street since March.\n\n"
            "\"PRUITT: That is simply not true, and we have the visit logs to prove it.\"",
            "VIDEO: Nobody from the city",
            None,
        ),
        (  # Q and A turns: the answerer is not the questioner, and no name is guessed
            "Councillor Rita Obi answered readers' questions this week.\n\n"
            "\"Q: Will the library on Elm Street close next year?\n\n"
            "\"A: Not while I sit on this council, and I have the votes to keep it open.\"",
            "A: Not while I sit",
            (None, "Rita Obi"),
        ),
        (  # a label outside the marks, in capitals: the name as the body writes it
            "Senator Paul Drummond spoke to the station on Friday.\n\n"
            "HOST: Do you still back the plan?\n\n"
            "DRUMMOND: I said from the start that it was “a fair deal for farmers,” and I still do.",
            "a fair deal for farmers",
            "Paul Drummond",
        ),
        (  # negative: a dateline in capitals opens the only paragraph with a colon
            "WASHINGTON: “We expect the talks to resume next week in Geneva.”\n\n"
            "The negotiators left the building without taking questions.",
            "We expect the talks",
            None,
        ),
        (  # negative: "A" opens a speaker phrase here, not an answer's label
            "The agency released its report on Friday. A spokesman added: “We will review every "
            "case before the end of the year.”",
            "We will review every case",
            "a spokesman",
        ),
        (  # negative: "Editor's note" introduces the newsroom's correction, not a person
            "Editor's note: “This story has been updated to correct the date of the council vote.”",
            "This story has been updated",
            None,
        ),
    ],
)

#: "CNN President On Trump: ‘We Do Not Pay …’": a headline quote whose speaker the headline only
#: names by a role (or not at all) is the speaker of the same words quoted in the body.
HEADLINE_ECHOES = cases(
    "names: particles, numbers, places and headlines",
    [
        (
            "Network Chief On Ratings Row: ‘We Never Pay Guests To Appear On Air’\n\n"
            "The head of the network, Laura Kessler, answered the critics on Tuesday. “We never pay "
            "guests to appear on air,” Kessler said in a memo to staff.",
            "We Never Pay Guests",
            "Laura Kessler",
        ),
        (
            "Union Boss Warns: ‘The Strike Will Last Until The Contract Is Signed’\n\n"
            "Dockworkers walked out at midnight. “The strike will last until the contract is "
            "signed,” union president Hector Alvarez told reporters at the gate.",
            "The Strike Will Last",
            "Hector Alvarez",
        ),
        (
            "Voters’ verdict on the debate: ‘Is that really the best they can do?’\n\n"
            "Pollsters asked a focus group in Ohio for a one-line review. “Is that really the best "
            "they can do?” asked retired teacher Donna Kowalski.",
            "Is that really the best",
            "Donna Kowalski",
        ),
        (
            "Top Aide: ‘We Will Win This Race In November’\n\n"
            "The campaign gathered in Tampa. “We will win this race in November,” Gov. Rick Almond "
            "said, and his chief of staff Kim Soto nodded.",
            "We Will Win This Race",
            "Rick Almond",
        ),
        (  # negative: the headline names its speaker; the body's echo by someone else changes nothing
            "Marsh: ‘The Rich Must Pay Their Fair Share Of Taxes’\n\n"
            "Sen. Nadia Marsh opened her campaign in Dayton. Hours later, “the rich must pay their "
            "fair share of taxes,” Gov. Amy Cole said, mocking her rival’s slogan.",
            "The Rich Must Pay",
            "Nadia Marsh",
        ),
    ],
)

#: An embedded post signed after a dash with its handle and date: "— Name (@handle) March 3,
#: 2016", on the quote's line (perhaps after the post's picture link) or the next paragraph.
SIGNED_POSTS = cases(
    _PULL,
    [
        (
            "The mayor answered on Twitter within minutes.\n\n"
            "“The pool reopens on Monday and entry stays free for every child in the city.” "
            "pic.twitter.com/Xy12abC — Lena Brandt (@lenabrandt) June 4, 2016",
            "The pool reopens on Monday",
            "Lena Brandt",
        ),
        (
            "Fans posted their reactions all night.\n\n"
            "“Best night of football I have seen in twenty years at this ground.” — Sam Okafor "
            "(@samokafor) May 2, 2016",
            "Best night of football",
            "Sam Okafor",
        ),
        (
            "The senator did not wait for the vote count.\n\n"
            "“Whatever happens tonight, this campaign was built by volunteers and I thank every one.”\n\n"
            "— Gloria Fenwick (@SenFenwick) November 8, 2016",
            "Whatever happens tonight",
            "Gloria Fenwick",
        ),
        (
            "The union replied an hour later.\n\n"
            "“Nobody at the depot has been paid for three weeks, and nobody will drive until they are.”\n\n"
            "— Transit Workers Local 9 (@local9) April 12, 2016",
            "Nobody at the depot",
            ("Transit Workers Local 9", "the union"),
        ),
        (  # negative: a link and a dash that sign nothing but a date
            "The council published its minutes.\n\n"
            "“The budget for next year will be voted on in March, not in January.” "
            "https://example.org/minutes — April 12, 2016",
            "The budget for next year",
            None,
        ),
    ],
)

#: "Mayor: ‘…’", "CNN President On Trump: ‘…’" with no echo of the words in the body: the role is
#: the one person the body then introduces with it (cataphora); two such people, no name.
HEADLINE_ROLES = cases(
    "names: particles, numbers, places and headlines",
    [
        (
            "Network President On Debate Row: ‘We Will Not Pay Anyone For A Seat On Stage’\n\n"
            "Network President Jeff Zorn pushed back on Tuesday. He said the channel had never paid "
            "a candidate for an appearance.",
            "We Will Not Pay Anyone",
            "Jeff Zorn",
        ),
        (
            "Mayor: ‘The Pool Will Reopen In Time For The Summer Holidays’\n\n"
            "Mayor Ellen Cho made the promise at a town hall on Thursday, to cheers from parents.",
            "The Pool Will Reopen",
            "Ellen Cho",
        ),
        (
            "Senate Leader: ‘No Vote On The Nominee Before The Election’\n\n"
            "Senate Majority Leader Mitch Dalton said on Monday that the chamber would wait for the "
            "voters to decide.",
            "No Vote On The Nominee",
            "Mitch Dalton",
        ),
        (  # negative: two senators in the body, so the headline's senator is not named
            "Senator Warns: ‘This Bill Will Cost Every Family A Thousand Dollars’\n\n"
            "Sen. Tom Ash and Sen. Beth Lowe both spoke against the bill on Friday.",
            "This Bill Will Cost",
            None,
        ),
    ],
)

#: "Chair" is a title like "Chairman" ("DNC Chair Debbie Wasserman Schultz", "Fed Chair Janet
#: Yellen"): the surname alone later is that person, shown in full.
CHAIR_TITLE = cases(
    "titles and abbreviations",
    [
        (
            "Federal Reserve Chair Jerome Pell spoke on Wednesday. “Rates will stay high for "
            "longer than markets expect,” Pell said.",
            "Rates will stay high",
            "Jerome Pell",
        ),
        (
            "Party Chair Debra Wasser defended the debate schedule. “We will hold more debates "
            "than any cycle before,” Wasser told reporters.",
            "We will hold more debates",
            "Debra Wasser",
        ),
        (
            "The board met on Monday. Later, Committee Chair Ruth Okonjo closed the hearing. “We "
            "have heard enough for one day,” the chair said.",
            "We have heard enough",
            "Ruth Okonjo",
        ),
        (  # negative: a chair no one was introduced as stays a description
            "The hearing ran past midnight. “We will resume at nine tomorrow morning,” the chair said.",
            "We will resume at nine",
            "the chair",
        ),
    ],
)

#: Labels with a title or a role: "SEN. PARK:", "MS. VALDEZ:", "THE PRESIDENT:", "MODERATOR:".
TITLED_LABELS = cases(
    _PULL,
    [
        (
            "Sen. Ellen Park took questions at the town hall in Reno.\n\n"
            "\"MODERATOR: Senator, will you support the pipeline?\n\n"
            "\"SEN. PARK: Not in its current form, and not while the tribes have not been consulted.\"",
            "SEN. PARK: Not in its current form",
            "Ellen Park",
        ),
        (
            "Sen. Ellen Park took questions at the town hall in Reno.\n\n"
            "\"MODERATOR: Senator, will you support the pipeline?\n\n"
            "\"SEN. PARK: Not in its current form, and not while the tribes have not been consulted.\"",
            "MODERATOR: Senator, will you",
            "the moderator",
        ),
        (
            "President Alan Brooks met the press in the Rose Garden.\n\n"
            "\"Q: Mr. President, will you sign the bill?\n\n"
            "\"THE PRESIDENT: I will sign it the moment it reaches my desk, and not a day later.\"",
            "THE PRESIDENT: I will sign it",
            "Alan Brooks",
        ),
        (
            "Gary Crane and Lucia Valdez met on stage in Miami on Thursday night.\n\n"
            "\"MR. CRANE: My opponent has never created a single job in her life.\n\n"
            "\"MS. VALDEZ: I have run a business with four hundred employees for twenty years.\"",
            "MS. VALDEZ: I have run a business",
            "Lucia Valdez",
        ),
        (  # negative: the reporter's question is nobody named
            "President Alan Brooks met the press in the Rose Garden.\n\n"
            "\"Q: Mr. President, will you sign the bill before the recess begins?\n\n"
            "\"THE PRESIDENT: I will sign it the moment it reaches my desk.\"",
            "Q: Mr. President, will you sign",
            None,
        ),
    ],
)

#: A quote standing alone, signed by the next line holding only a name (and perhaps an
#: affiliation): readers' letters, vox pops, pull quotes.
NAME_LINES = cases(
    _PULL,
    [
        (
            "The crowd stayed until midnight.\n\n"
            "“We will not be silenced by a city council that does not listen.”\n\n"
            "Maria Ortiz, a nurse from the east side\n\n"
            "The council did not respond to requests for comment.",
            "We will not be silenced",
            "Maria Ortiz",
        ),
        (
            "Readers wrote in all week about the closure.\n\n"
            "“I learned to read in that building, and so did my children.”\n\n"
            "Harold Finch\n\n"
            "“Close it and you close the only warm room on the street.”\n\n"
            "Ada Brennan, Millbrook\n\n"
            "The library board meets again in May.",
            "Close it and you close",
            "Ada Brennan",
        ),
        (
            "We asked shoppers what they thought of the new market hall.\n\n"
            "“It is the first time in years that I have had a reason to come downtown.”\n\n"
            "Kwame Mensah, retired bus driver\n\n"
            "Most of the stalls were full by ten.",
            "It is the first time in years",
            "Kwame Mensah",
        ),
        (  # negative: a picture credit, not a signer
            "The storm hit the coast overnight.\n\n"
            "“The water came up through the floor in ten minutes.”\n\n"
            "Getty Images\n\n"
            "Officials said the damage would take months to repair.",
            "The water came up",
            None,
        ),
        (  # negative: the last line of the page is the reporter's byline
            "The storm hit the coast overnight.\n\n"
            "“The water came up through the floor in ten minutes, and nobody came to help.”\n\n"
            "Tom Hale",
            "The water came up",
            None,
        ),
    ],
)

#: "Sen. Bernie Sanders of Vermont spoke …": the place after "of" is the subject's state, and a
#: later "he" is the senator, not Vermont.
NAME_OF_PLACE_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Bernard Sands of Vermont spoke in Iowa on Monday. “The establishment is nervous "
            "about this campaign,” he told the crowd.",
            "The establishment is nervous",
            "Bernard Sands",
        ),
        (
            "Gov. Ann Lee of Ohio toured the flooded towns on Friday. “We will rebuild every bridge "
            "the river took,” she said.",
            "We will rebuild every bridge",
            "Ann Lee",
        ),
        (
            "Archbishop Peter Nkosi of Cape Town led the march to parliament. “Hunger is a choice "
            "this government makes every day,” he said.",
            "Hunger is a choice",
            "Peter Nkosi",
        ),
        (  # negative: a title with "of" before the name still gives the name, not the title
            "Secretary of State Elena Ruiz landed in Cairo late on Sunday. “The ceasefire must "
            "hold for the talks to start,” she said.",
            "The ceasefire must hold",
            "Elena Ruiz",
        ),
    ],
)

LABEL_CASES = [*TRANSCRIPT_TURNS, *NAME_OF_PLACE_SUBJECT, *TITLED_LABELS, *NAME_LINES, *HEADLINE_ECHOES, *SIGNED_POSTS, *HEADLINE_ROLES, *CHAIR_TITLE]
