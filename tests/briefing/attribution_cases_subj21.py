"""Attribution cases of session 21: the quote's own sentence read from the wrong phrase, so its
speaker came out as a wrong phrase or none although the sentence names them.

Found on the synthetic testbed (indirect speech of PolNeAR's tuning half put in quote marks):

* a sentence adverb opening the sentence before a name and its appositive ("Similarly, Tom Kell,
  a former budget director, said “…”") was read as the name heading the appositives, so the
  speaker was "Similarly" or "Likewise";
* the clause that ends at the quote has its own subject after a comma — a fronted phrase ("Two
  weeks after endorsing the governor, Senator Ann Roe still believes “…”") or a first clause with
  another subject ("The Herald won't go that far, but Kell wants “…”", "Republicans have argued
  that …, but Democrats have pushed for “…”", "Weld describes X, and Johnson talks about “…”").
  Reading from the sentence's start gave the opening phrase, the first clause's subject, or none.
  The clause counts when its verb takes the quote as object (a speech verb, a verb of a view or a
  wish, "pushed for", "talks about", "points to") and its subject is a name or a description of
  people or a body; after an earlier speech verb only a clause opened by "but", "and", "while" or
  "yet" does (a plain comma may go on with that verb's complement);
* a speech-verb form after a verb of drawing a response after the quote ("…”, a result which
  drew murmurs") was read as a cue, so "a result" spoke;
* a coordinated verb after the quote ("Hale, a top fundraiser, says the goal is “…,” but conceded
  “…”") took the phrase after "says" as an inverted cue's speaker, the appositive's comma being
  read as the quote's;
* a participle aside after the subject ("Salceda, citing data from the State Department, said")
  made the one cited the subject; a negated auxiliary after the appositives ("Sen. Chuck Hale of
  New York, the party's leader, wouldn't say") left the appositive as the subject; a participle
  coordinated with an earlier one ("…, noting that … from a former rival, Ben Carter, and
  suggesting “…”") took the name ending the first one's phrase, not their shared subject;
* a fronted clause whose own subject and verb take the quote ("After the candidates opposed “…”,
  Hale reminded viewers …") gave the cue after the quote; a fronted participle of saying ("One
  month after announcing her support, Senator Roe still believes “…”") left the sentence's time
  phrase as its subject; "And" or "But" before a title run ("And retired Gen. Tom Allen, who …,
  said") hid the name; a participle after a dash ("… its deal with the state party — saying
  “…”") took the with-phrase's noun as its subject; a sentence opening on a preposition and a
  participle of saying ("After suggesting “…”, Rubio only rarely disagreed") had no speaker, where
  one opening on the bare participle ("Calling the plan “…”, Kirby vetoed it") had its subject.

Negatives: a passive ("the university is known for “…”"), a participle after a noun ("a company
aiming to “…”"), a noun after a possessive or "whose" ("prefer Kell's call for “…”", "a minister
whose plan “…”"), a thing as subject ("the new plan … wants"), a clause after a plain verb with no
view ("and the council rejected “…”"), a name in -ly that is no adverb ("Kelly, …, said").
Invented people, bodies and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_TOWN = "Mayor Elena Ruiz and Tom Kell, a former budget director, spoke at a town hall in Dunmore on Monday.\n\n"

SENTENCE_ADVERB_OPENING = cases(
    "clause frames around the speaker",
    [
        (_TOWN + "Similarly, Tom Kell, a former budget director, said “the city cannot afford another year of deficits like this one.”",
         "the city cannot afford", "Tom Kell"),
        (_TOWN + "Likewise, Kell, who ran the budget office for a decade, said “the numbers in this plan simply do not add up.”",
         "the numbers in this plan", "Tom Kell"),
        (_TOWN + "Predictably, Tom Kell, the mayor's fiercest critic, wrote “this budget is a work of fiction from the first page to the last.”",
         "this budget is a work", "Tom Kell"),
        (_TOWN + "Separately, the city's police chief, Dana Whitlow, said “we will need twelve more officers to cover the east end.”",
         "we will need twelve more", "Dana Whitlow"),
        (_TOWN + "Notably, Ruiz, who faces voters again in May, argued “the city has never been in better financial shape.”",
         "the city has never been", "Elena Ruiz"),
        (_TOWN + "Meanwhile, Ruiz, the city's first Latina mayor, told reporters “the library will stay open on weekends, whatever it costs.”",
         "the library will stay open", "Elena Ruiz"),
        # a name in -ly is no adverb
        ("Mayor Elena Ruiz and Ben Kelly, a former budget director, spoke in Dunmore on Monday.\n\nKelly, a former budget "
         "director, said “the city cannot afford another year of deficits like this one.”", "the city cannot afford", "Ben Kelly"),
    ],
)

LAST_CLAUSE_SUBJECT = cases(
    "clause frames around the speaker",
    [
        # a fronted phrase before the subject
        ("Senator Ann Roe of Ohio spoke in Columbus on Monday.\n\nTwo weeks after endorsing the governor, Senator Ann Roe "
         "still believes “the party can win this state in November if it holds together.”", "the party can win", "Ann Roe"),
        ("Senator Ann Roe of Ohio spoke in Columbus on Monday.\n\nA month after the primary, Roe wants “a full accounting "
         "of every dollar the state party spent on the race.”", "a full accounting of every", "Ann Roe"),
        ("The nurses' union met in Dunmore on Thursday.\n\nThree days into the strike, the nurses' union is pushing for "
         "“a contract that puts a limit on the number of patients per nurse.”", "a contract that puts", "the nurses' union"),
        ("The teachers' union met in Dunmore on Thursday.\n\nDespite Monday's defeat, the union still hopes “the council "
         "will come back to the table before the summer recess.”", "the council will come back", "the union"),
        ("Tom Taylor leads a group of Ruiz volunteers.\n\nMr. Taylor's group, Neighbors for Ruiz, plans “to demand the "
         "resignation of the party chairwoman before the convention.”", "to demand the resignation", "Neighbors for Ruiz"),
        ("President Ann Roe spoke on Monday.\n\nRoe blames the failure on her allies. The president also points to “the "
         "depth of tribal division in the country as another reason.”", "the depth of tribal division", ("Ann Roe", "the president")),
        ("The state's inspector general released a report on Friday.\n\nThe state's inspector general had previously "
         "indicated “that some of the emails held secret material.”", "that some of the emails", "the state's inspector general"),
        # a first clause with a subject of its own
        (_TOWN + "The Dunmore Herald won't go that far, but Kell wants “a full audit of every contract the city signed last year.”",
         "a full audit of every", "Tom Kell"),
        ("Lawmakers in Columbus are split on the fuel tax.\n\nRepublicans have argued that the tax on fuel is too high, but "
         "Democrats have pushed for “a cut for working families before any cut for business.”", "a cut for working families",
         "democrats"),
        ("Governor Bill Weld and Senator Ron Johnson spoke in Manchester on Monday.\n\nWeld describes his plan as a fresh "
         "start, and Johnson talks about “a country that has lost its way on spending.”", "a country that has lost", "Ron Johnson"),
        (_TOWN + "Ruiz said the budget was balanced, but Kell still doubts “that the city can pay for the new fire station "
         "without a tax increase.”", "that the city can pay", "Tom Kell"),
        (_TOWN + "Kell praised the deal with the transit authority, but Ruiz worries about “the fares that riders in the "
         "east end will have to pay.”", "the fares that riders", "Elena Ruiz"),
        (_TOWN + "Kell criticized the plan on Monday, and the teachers' union opposes “any budget that cuts a single "
         "teaching job in the district.”", "any budget that cuts", "the teachers' union"),
        # a passive, a participle after a noun, a noun after a possessive or "whose", a plain verb
        ("Ana Lipman studies at Dunmore State.\n\nIn the 1990s, the college was famous for protests, Lipman said. Now, "
         "the university is known for “silencing speech that someone finds offensive.”", "silencing speech", None),
        ("Ellison has a stake in a new health venture.\n\nBut then again, consider Ellison’s health project, a company "
         "aiming to “help people live longer and healthier lives.”", "help people live longer", None),
        # (session 32: what Roe called for, after "call for", is in her words; never the voters')
        ("Senator Ann Roe of Ohio spoke in Columbus on Monday.\n\nWhy do students like her? Perhaps young voters prefer "
         "Roe's call for “a fair deal for every family in the state.”", "a fair deal for every", (None, "Ann Roe")),
        (_TOWN + "Kell said the plan had failed, and the council rejected “the whole idea of a special tax district for "
         "the east end.”", "the whole idea of a special", "Tom Kell"),
    ],
)

RESPONSE_AFTER_QUOTE = cases(
    "clause frames around the speaker",
    [
        ("The state party met in Columbus on Saturday.\n\nMinutes after the voting began, Ohio's delegation chairman "
         "announced “four votes for Roe, 31 for Senator Tom Kell and two abstentions”, a result which drew murmurs from "
         "the delegates on the floor.", "four votes for Roe", "Ohio's delegation chairman"),
        ("The clerk announced “four votes for Roe, 31 for Kell”, a result which drew murmurs from the delegates.",
         "four votes for Roe", "the clerk"),
        ("The mayor called the plan “a gift to developers,” a remark that drew loud jeers from the crowd.",
         "a gift to developers", "the mayor"),
        # the quote's own cue after it still counts
        ("“We will win this state,” the crowd chants.", "We will win this state", "the crowd"),
    ],
)

APPOSITIVE_COMMA_NOT_INVERTED = cases(
    "clause frames around the speaker",
    [
        ("The state party met in Columbus on Saturday.\n\nTom Hale, a top Roe fundraiser and veteran lobbyist close to "
         "the campaign's leaders in Columbus, says the main goal of the effort is “to stop Kell,” but conceded “that "
         "shoring up her poll numbers was a growing worry.”", "that shoring up her poll", "Tom Hale"),
        # an inverted cue after the quote still gives the later verb its subject
        ("“We will win,” said Tom Hale, a top Roe fundraiser, and added “that the polls were wrong.”",
         "that the polls were wrong", "Tom Hale"),
    ],
)

PARTICIPLE_ASIDE_AFTER_SUBJECT = cases(
    "clause frames around the speaker",
    [
        ("Representative Joey Salcedo spoke in Manila on Monday.\n\nSalcedo, citing data from the U.S. State Department, "
         "said “that about four million people of Filipino descent live in the United States.”", "that about four million",
         "Joey Salcedo"),
        ("Mayor Elena Ruiz spoke on Monday.\n\nRuiz, pointing to a report by the Dunmore Transit Authority, argued “the "
         "buses in the east end have not run on time in a year.”", "the buses in the east end", "Elena Ruiz"),
        ("Senator Ann Roe spoke on Monday.\n\nRoe, quoting Governor Paul Hale, told the crowd “the state has never been "
         "stronger than it is today.”", "the state has never been", "Ann Roe"),
        ("Senator Ann Roe spoke on Monday.\n\nRoe, responding to the Dunmore Herald, wrote “the paper has its facts wrong "
         "on every count.”", "the paper has its facts", "Ann Roe"),
        ("Senator Ann Roe spoke on Monday.\n\nRoe, echoing Mayor Elena Ruiz, said “the east end has waited long enough "
         "for its bus line.”", "the east end has waited", "Ann Roe"),
        ("Senator Ann Roe spoke on Monday.\n\nRoe, referring to the Dunmore Police Department, said “its officers have "
         "done everything right.”", "its officers have done", "Ann Roe"),
        # the subject a description: it stays
        ("The report, citing Senator Ann Roe, said “the state lost four million dollars.”", "the state lost four", "the report"),
    ],
)

NEGATED_AUXILIARY_AFTER_APPOSITIVE = cases(
    "clause frames around the speaker",
    [
        ("Sen. Chuck Hale of New York, the presumptive Democratic leader next year, wouldn’t say Tuesday “how the party "
         "would rank gun control”.", "how the party would rank", "Chuck Hale"),
        ("Tom Hale, a top Roe fundraiser, didn't say “how much the campaign had raised in the last quarter.”",
         "how much the campaign", "Tom Hale"),
        ("Dana Whitlow, the county's chief prosecutor, has not said “whether charges will be filed in the case.”",
         "whether charges will be filed", "Dana Whitlow"),
        ("Gov. Paul Hale, the chairman of the governors' association, couldn’t explain “why the meeting was moved to "
         "March.”", "why the meeting was moved", "Paul Hale"),
        ("Dr. Mia Lord, the head of the county hospital, did not explain “why the ward was closed in June.”",
         "why the ward was closed", "Mia Lord"),
        ("Ben Pryor, a lawyer for the families, won’t say “how much the city has offered them.”",
         "how much the city has offered", "Ben Pryor"),
    ],
)

COORDINATED_PARTICIPLES = cases(
    "clause frames around the speaker",
    [
        ("Mr. Tom Kell had the air of a winner, noting that he was set to receive an endorsement on Friday from a former "
         "rival, the retired surgeon Ben Carter, and suggesting “that more voters were taking part in the primaries than "
         "ever because of him”.", "that more voters were taking", "Tom Kell"),
        ("Mayor Elena Ruiz spoke on Monday.\n\nRuiz defended the budget, calling it fair to the city, as Tom Kell, a "
         "former budget director, had asked, and saying “the east end will get its new bus line.”", "the east end will get",
         "Elena Ruiz"),
        ("Senator Ann Roe toured the plant on Monday, praising its workers, thanking the union boss, Dan Pryor, and "
         "promising “to keep every job here in Ohio.”", "to keep every job", "Ann Roe"),
        ("The report came out on Monday, with Tom Kell, a former budget director, praising it and calling it “the best "
         "news the city has had in years.”", "the best news the city", "Tom Kell"),
        ("Governor Paul Hale signed the bill on Friday, thanking its sponsor, Senator Ann Roe, and warning “that the work "
         "has only begun.”", "that the work has only", "Paul Hale"),
        ("Mayor Elena Ruiz opened the new library, praising its architect, Dana Whitlow, and promising “longer hours on "
         "the weekends by the summer.”", "longer hours on the weekends", "Elena Ruiz"),
    ],
)

_DEBATE = "Senator Ann Roe and Governor Paul Hale debated in Columbus on Monday.\n\n"

FRONTED_CLAUSE_OWN_SUBJECT = cases(
    "clause frames around the speaker",
    [
        # a fronted clause of time or contrast whose subject holds the view the quote gives
        (_DEBATE + "After the candidates unanimously opposed “an increase to the state minimum wage”, Hale reminded "
         "viewers that he does not.", "an increase to the state", "the candidates"),
        (_DEBATE + "While Roe still hopes “the party will come together by the convention”, Hale has his doubts.",
         "the party will come together", "Ann Roe"),
        (_DEBATE + "Although Roe opposes “any new tax on gasoline this year”, Hale said he would sign one.",
         "any new tax on gasoline", "Ann Roe"),
        (_DEBATE + "Because the union wants “a contract that pays for every hour worked”, Hale said talks would go on.",
         "a contract that pays", "the union"),
        # a participle opening the sentence, then the main clause's own subject
        (_DEBATE + "One month after announcing her support for Hale, Senator Ann Roe still believes “that the governor is "
         "unfit to lead the party.”", "that the governor is unfit", "Ann Roe"),
        (_DEBATE + "Speaking to reporters on Monday, Roe still hopes “the party will come together by the convention.”",
         "the party will come together", "Ann Roe"),
        (_DEBATE + "Days after endorsing Roe, the teachers' union now wants “a seat at the table for every school "
         "district.”", "a seat at the table", "the teachers' union"),
        # a participle after the main clause: its complement's subject is no speaker of the quote
        (_DEBATE + "Hale left the stage, saying that after the vote, the union wants “a contract that pays for every "
         "hour.”", "a contract that pays", "Paul Hale"),
        (_DEBATE + "Hale left the stage, saying the union wants “a contract that pays for every hour.”",
         "a contract that pays", "Paul Hale"),
    ],
)

CONJUNCTION_BEFORE_TITLE = cases(
    "clause frames around the speaker",
    [
        ("Governor Paul Hale spoke on Sunday.\n\nAnd retired Gen. Tom Allen, who led the state's guard for a decade and "
         "later ran its emergency office, said on Sunday “that Mr. Hale was putting the guard at risk.”",
         "that Mr. Hale was putting", "Tom Allen"),
        ("Governor Paul Hale spoke on Sunday.\n\nBut former Sen. Ann Roe, who served two terms, said “the governor has "
         "never understood the farm economy.”", "the governor has never", "Ann Roe"),
        ("Governor Paul Hale spoke on Sunday.\n\nAnd acting Chief Dana Whitlow, who took over in May, told reporters “the "
         "department will not comment on the case.”", "the department will not", "Dana Whitlow"),
        ("Governor Paul Hale spoke on Sunday.\n\nBut retired Judge Ben Pryor, a longtime friend of the governor, wrote "
         "“the charges will not stand up in any court.”", "the charges will not stand", "Ben Pryor"),
        ("Governor Paul Hale spoke on Sunday.\n\nAnd the mayor, Elena Ruiz, said “the city will pay for the repairs "
         "this year.”", "the city will pay", "Elena Ruiz"),
        ("Governor Paul Hale spoke on Sunday.\n\nAnd former state senator Tom Kell, who ran the budget office, said “the "
         "numbers do not add up.”", "the numbers do not add up", "Tom Kell"),
    ],
)

DASH_BEFORE_PARTICIPLE = cases(
    "clause frames around the speaker",
    [
        # a participle set off by a dash after a with-phrase: the sentence's subject, not the phrase's noun
        ("Party chair Dana Whitlow dismissed Tom Kell's claims about its deal with the state party — saying “the Kell "
         "campaign chose not to accept the same help”.", "the Kell campaign chose", "Dana Whitlow"),
        ("Mayor Elena Ruiz signed the contract with the teachers' union – calling it “the fairest deal this city has "
         "seen in a decade”.", "the fairest deal this city", "Elena Ruiz"),
        ("Governor Paul Hale settled his dispute with the county board — promising “a new road to the east end by "
         "next spring”.", "a new road to the east", "Paul Hale"),
        ("Senator Ann Roe broke with the party leadership -- insisting “that every dollar was spent as the law "
         "allows”.", "that every dollar was spent", "Ann Roe"),
        ("Tom Kell ended his feud with the local paper — admitting “that he had been wrong about the budget all "
         "along”.", "that he had been wrong", "Tom Kell"),
        ("Dana Whitlow filed a suit with the state court — arguing “that the county broke its own rules on "
         "hiring”.", "that the county broke its own", "Dana Whitlow"),
        # a with-phrase right before the participle still speaks
        ("The ad ends with a voice over saying: “Vote Ruiz, vote for the east end.”", "Vote Ruiz", "a voice over"),
    ],
)

PREPOSITION_THEN_SAYING_OPENER = cases(
    "clause frames around the speaker",
    [
        # a sentence opening on a preposition and a participle of saying, the quote inside: the
        # main clause's subject after it said the words
        (_TOWN + "After suggesting on Wednesday “that she regretted her insults at Mr. Kell last month”, Ruiz only "
         "rarely disagreed with him.", "that she regretted her insults", "Elena Ruiz"),
        (_TOWN + "By calling the plan “a gift to developers,” Tom Kell made an enemy of the mayor.",
         "a gift to developers", "Tom Kell"),
        (_TOWN + "Despite insisting “that the budget was balanced”, the mayor later raised taxes.",
         "that the budget was balanced", ("Elena Ruiz", "the mayor")),
        (_TOWN + "Before announcing “a new era for the east end”, Ruiz thanked the volunteers who ran her campaign.",
         "a new era for the east end", "Elena Ruiz"),
        (_TOWN + "Since declaring “that the city is broke” in March, Kell has voted against every new program.",
         "that the city is broke", "Tom Kell"),
        (_TOWN + "Upon declaring “that the library must stay open”, Ruiz closed it on Sundays.",
         "that the library must stay open", "Elena Ruiz"),
        (_TOWN + "While saying “that he respects the mayor”, Kell continued to question her record on jobs.",
         "that he respects the mayor", "Tom Kell"),
        # no participle of saying: no speaker from the clause after
        (_TOWN + "After reading “a long letter from a constituent” aloud, the clerk left the room.",
         "a long letter from a constituent", None),
    ],
)

SUBJ21_CASES = (
    SENTENCE_ADVERB_OPENING
    + LAST_CLAUSE_SUBJECT
    + RESPONSE_AFTER_QUOTE
    + APPOSITIVE_COMMA_NOT_INVERTED
    + PARTICIPLE_ASIDE_AFTER_SUBJECT
    + NEGATED_AUXILIARY_AFTER_APPOSITIVE
    + COORDINATED_PARTICIPLES
    + FRONTED_CLAUSE_OWN_SUBJECT
    + CONJUNCTION_BEFORE_TITLE
    + DASH_BEFORE_PARTICIPLE
    + PREPOSITION_THEN_SAYING_OPENER
)
