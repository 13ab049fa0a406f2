"""Attribution cases of session 20 (frames20): the speaker stands before the quote or in the frame of
its sentence, and the quote is only part of a clause. Seen on unseen Reuters political news, where
each of these shapes gave no speaker (or a wrong one):

- Indirect speech whose reported subject is an owned noun of saying and whose predicate is the
  quote ('Judge Linwood said the state’s reasons for the rule “do not appear to be supported …”'):
  the owned noun is no noun that introduces words, the reporting verb's subject speaks; a name in
  the possessive is no subject of the complement either ('Brask said Gov. Ida Fenn’s excuses …').
- A sentence opening on a participle of saying that holds the quote, its subject the main clause's,
  with an adverb or a day before the main verb ('Noting that her voters had “…,” Rep. Dana Kline
  again apologized'); not openers that are no speech ('Facing a “…,” the board voted') nor a main
  clause whose subject is no one.
- Groups described with a party or a nation's adjective before a lower-case noun ("Republican tax
  writers contend …", "Iraqi security officials say").
- Names with "&" read whole ("DT&C", never "C"); a participle arguing a point after a verb and its
  named object is the subject's ('The Justice Department sued DT&C arguing that …'), not the
  object's (but 'Police heard Tom Weller saying that …' is Weller's); a cue after a full stop that
  has its own infinitive ('… DT&C has vowed to fight the case.') is the next sentence; "No." before
  a number ends no sentence.
- An owner's person ending an opening phrase without its comma ('In response to a request for
  comment Halvorsen’s assistant told Reuters: “…”').
- Organisations and groups judging or blaming ('The Chamber of Commerce criticized the agency for
  imposing “…”'), a time phrase without its comma before them ('In February the lobbying group …'),
  a plural of people in the possessive inside a name ("People’s Daily", "Women’s Caucus"), and a
  chamber or a rank before a party title ("Senate Republican John Cornyn", "Ranking Democrat …").
- Groups counted ("Twelve women", "171 of the 193 Democrats", "disabled protesters"), a subordinate
  clause's subject in mid-sentence ('… since Abe vowed to build “…”'), an owned noun of one who
  speaks or a text before an -s form ("The special counsel’s indictment says", "The mayor’s
  spokesman says"), a body followed by what kind it is ("the U.S. Chamber of Commerce business
  lobby group"), absolute phrases after a dash ('– Ryle saying “…” and Trask calling it “…”');
  negatives: a restrictive relative on the quote's object ('he “has no reason to doubt” five women
  who have accused …' stays his), a verb and its object in a list ("hired lawyers") is no group.

Invented people, organisations and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_JUDGE = "Judge Marta Linwood heard the challenge to the new rule on Monday.\n\n"
_SENATE = "Sen. Owen Brask and Gov. Ida Fenn clashed over the budget on Tuesday.\n\n"
_MAYOR = "Mayor Lena Ford met the council on Thursday.\n\n"

OWNED_NOUN_SUBJECT = cases(
    "clause frames around the speaker",
    [
        ("Judge Marta Linwood said the state’s reasons for the new rule “do not appear to be supported by any evidence” "
         "and ordered a hearing.", "do not appear", "Marta Linwood"),
        ("In her ruling, Judge Marta Linwood wrote that the agency’s reasons for the delay “are simply not credible.”",
         "are simply not credible", "Marta Linwood"),
        (_JUDGE + "Linwood said the governor’s plans for the port “would never survive a court challenge.”",
         "would never survive", "Marta Linwood"),
        ("Sen. Owen Brask told reporters the company’s claims about the pipeline “were never realistic.”",
         "were never realistic", "Owen Brask"),
        (_SENATE + "Brask said Gov. Ida Fenn’s excuses for the delay “have worn thin with voters.”",
         "have worn thin", "Owen Brask"),
        (_MAYOR + "Ford said the council’s demands “were never realistic” and walked out of the meeting.",
         "were never realistic", "Lena Ford"),
        (_MAYOR + "Ford said the union’s promises to its members “cannot be kept in this economy.”",
         "cannot be kept", "Lena Ford"),
        (_JUDGE + "The judge said the administration’s answers to the court “seem designed to avoid the question.”",
         "seem designed", "Marta Linwood"),
        ("Tom Weller argued that Ana Kell’s warnings about the budget “have proved wrong every single year.”",
         "have proved wrong", "Tom Weller"),
        (_SENATE + "Brask said the governor’s reasons “simply do not add up.”", "simply do not add up", "Owen Brask"),
    ],
)

OWNED_NOUN_NOT_SPOKEN = cases(
    "when unsure, say less",
    [
        # nobody reports the clause: the writer's own sentence
        ("The agency’s reasons for the delay “do not appear to be supported by any evidence.”", "do not appear", None),
        # a promise to do something: the owner's words (a predicate quote is not, above)
        ("Critics mocked Gov. Ida Fenn’s promise to her voters to “drain the swamp.”", "drain the swamp", "Ida Fenn"),
        ("Critics mocked Gov. Ida Fenn’s promise to the voters “to drain the swamp.”", "to drain the swamp", "Ida Fenn"),
        # the quote is the motto's own words, no predicate: never the one reporting it
        (_MAYOR + "Ford said the council’s motto “We serve the people” was outdated.", "We serve the people", (None, "the council")),
    ],
)

PARTICIPLE_OPENERS = cases(
    "clause frames around the speaker",
    [
        ("Noting that her voters had “trusted me to fight for them,” Rep. Dana Kline again apologized for the remark.",
         "trusted me to fight", "Dana Kline"),
        ("Insisting that the city had never been “a sanctuary for anyone,” Mayor Lena Ford later defended the new ordinance.",
         "a sanctuary for anyone", "Lena Ford"),
        (_SENATE + "Acknowledging that the program had been “a failure from day one,” Brask then asked colleagues to end it.",
         "a failure from day one", "Owen Brask"),
        ("Stressing that the region remained “stable and secure,” Defense Minister Ivo Raskin later flew to the border.",
         "stable and secure", "Ivo Raskin"),
        ("Sen. Tom Brekke spoke on the Senate floor on Thursday.\n\nNoting that his voters had counted on him to be "
         "“a champion for working families,” he again apologized for the remarks.", "a champion for working", "Tom Brekke"),
        ("Saying the party must “stop fighting itself,” Sen. Dana Weller on Tuesday called for unity.",
         "stop fighting itself", "Dana Weller"),
        ("Ana Kell spoke to supporters in Dayton.\n\nArguing that voters deserve “a real choice this time,” Kell quickly "
         "announced her run.", "a real choice this time", "Ana Kell"),
        ("Admitting that he had “made serious mistakes in judgment,” Tom Brekke also apologized to his staff.",
         "made serious mistakes", "Tom Brekke"),
        ("Warning that the deal could “wreck the dairy industry overnight,” Sen. Ann Roe on Friday vowed to block it.",
         "wreck the dairy industry", "Ann Roe"),
        ("Gov. Ivo Raskin toured the flood zone on Monday.\n\nJoking that he was “too old for this job,” the governor "
         "nonetheless signed up for another term.", "too old for this job", "Ivo Raskin"),
    ],
)

OPENERS_NOT_SPEECH = cases(
    "when unsure, say less",
    [
        # no participle of saying
        ("Facing a “very difficult choice,” the board voted to close the plant.", "very difficult choice", None),
        # the main clause's subject is no one who speaks
        ("Noting that sales had “fallen off a cliff,” shares of the company tumbled on Friday.", "fallen off a cliff", None),
    ],
)

GROUP_ADJECTIVES = cases(
    "organisations, documents and groups",
    [
        ("Republican tax writers contend their plan would mean a “typical family of four would see a tax cut of nearly "
         "$1,200.”", "typical family of four", "Republican tax writers", "group"),
        ("Republican budget negotiators contend that the bill would “pay for itself within a decade.”",
         "pay for itself", "Republican budget negotiators"),
        ("Senior Republican tax writers argue the bill would “pay for itself within a decade.”",
         "pay for itself", "senior Republican tax writers"),
        ("Democratic tax writers say the bill would “explode the deficit for a generation.”",
         "explode the deficit", ("Democratic tax writers", "democratic tax writers")),
        ("Iraqi security officials say the militants were “pushed out of the city for good.”",
         "pushed out of the city", "Iraqi security officials"),
        ("Russian foreign ministry officials said the sanctions were “a hostile act.”", "a hostile act",
         "Russian foreign ministry officials"),
        ("Republican lawmakers contend that the plan would “help every working family.”", "help every working family",
         "Republican lawmakers"),
        ("Canadian trade negotiators insisted the deal was “fair to both sides.”", "fair to both sides",
         "Canadian trade negotiators"),
        ("Labour party officials said the vote was “a disgrace to the chamber.”", "a disgrace to the chamber",
         "Labour party officials"),
        ("Republican tax writers have long contended that their plan would “pay for itself within a decade.”",
         "pay for itself", "Republican tax writers"),
        ("House Republican tax writers contend their plan would “pay for itself within a decade.”", "pay for itself",
         "House Republican tax writers"),
        # state media: a nation's press as one body, never a person called "Iranian"
        ("Iranian state media said the sanctions were “a declaration of economic war.”", "a declaration of economic",
         "Iranian state media", "organisation"),
        ("Chinese state media called the move “a dangerous provocation.”", "a dangerous provocation",
         "Chinese state media"),
    ],
)

GROUP_ADJECTIVES_NOT_PEOPLE = cases(
    "when unsure, say less",
    [
        # the capitalised adjective's noun is no group of people
        ("Republican tax proposals would “help every working family,” according to nobody in particular.",
         "help every working family", None),
        ("Republican tax cuts would “help every working family” in the long run.", "help every working family", None),
    ],
)

AMPERSAND_NAMES = cases(
    "organisations, documents and groups",
    [
        ("The Justice Department on Monday sued DT&C arguing that the carrier would use its content to force rivals to "
         "pay “hundreds of millions of dollars more per year.”", "hundreds of millions", "the Justice Department"),
        ("The Justice Department sued DT&C arguing that the U.S. No. 3 carrier would “squeeze rivals out of the market.” "
         "DT&C has vowed to fight the case.", "squeeze rivals", "the Justice Department"),
        ("The state attorney general sued Marsh & Kell Inc arguing that the firm had “misled thousands of borrowers.”",
         "misled thousands", "the state attorney general"),
        ("The Justice Department sued Brandt Media arguing that the merger would “hurt consumers everywhere.”",
         "hurt consumers everywhere", "the Justice Department"),
        ("“We will fight this in court,” DT&C said in a statement.", "We will fight this", "DT&C", "organisation"),
        ("DT&C said in a statement that the lawsuit was “without merit.”", "without merit", "DT&C"),
        ("A spokesman for DT&C said the lawsuit was “a radical departure from precedent.”", "a radical departure",
         ("a spokesman", "a spokesman for DT&C")),
        ("The regulator fined DT&C on Friday, saying the company had made “misleading claims about its coverage.”",
         "misleading claims", "the regulator"),
        ("Halvorsen & Pike said profits would “recover in the second half.”", "recover in the second half",
         "Halvorsen & Pike"),
        ("“We will fight this in court,” said Dana Pike, the chief executive of DT&C.", "We will fight this", "Dana Pike"),
    ],
)

AMPERSAND_NEGATIVES = cases(
    "when unsure, say less",
    [
        # an object perceived is the one speaking the participle
        ("Police heard Tom Weller saying that the vote was “rigged from the start.”", "rigged from the start", "Tom Weller"),
        # the one criticised said the words
        ("Sen. Ana Reyes attacked Tom Weller for saying that the plan was “a disaster for farmers.”",
         "a disaster for farmers", "Tom Weller"),
        # a cue with its own infinitive after a full stop opens the next sentence
        ("The company will fight the ruling.\n\n“We will win this case.” DT&C vowed to appeal.", "We will win this case", None),
    ],
)

OPENER_OWNERS = cases(
    "long material between quote, speaker and verb",
    [
        ("In response to a request for comment Halvorsen’s assistant told Reuters: “Dr. Halvorsen is not commenting "
         "for now.”", "Dr. Halvorsen is not", "Halvorsen’s assistant"),
        ("In an interview Weller’s spokesman said: “The senator has nothing to add.”", "The senator has nothing",
         "Weller’s spokesman"),
        ("In a statement the mayor’s spokesman said: “The mayor stands by her decision.”", "The mayor stands by",
         "the mayor’s spokesman"),
        ("After the hearing Ann Roe’s lawyers told reporters: “We will appeal this ruling.”", "We will appeal",
         "Ann Roe’s lawyers"),
        ("In a statement Sen. Ann Roe’s office said: “The senator will vote no.”", "The senator will vote no",
         ("Ann Roe’s office", "Sen. Ann Roe’s office")),
        ("Asked about the delay Governor Kline’s press secretary said: “The project is on track.”", "The project is on track",
         ("Kline’s press secretary", "Governor Kline’s press secretary")),
        ("On Tuesday night the company’s lawyers said: “We will appeal this ruling.”", "We will appeal",
         "the company’s lawyers"),
        ("In response to questions from reporters the governor’s aides said: “She is resting at home.”",
         "She is resting", "the governor’s aides"),
        # a past participle's phrase without its comma
        ("Reached by phone Weller’s lawyer said: “My client has done nothing wrong.”", "My client has done",
         "Weller’s lawyer"),
        ("Frustrated by the delay the mayor said the plan was “a mess from start to finish.”", "a mess from start",
         "the mayor"),
        # the owner's phrase is a preposition's object: not the speaker
        ("In an email to reporters a spokesman for Weller’s campaign said: “We are confident.”", "We are confident",
         (None, "a spokesman", "a spokesman for Weller’s campaign")),
    ],
)

JUDGING_BODIES = cases(
    "organisations, documents and groups",
    [
        ("In February the same business lobbying group criticized the board for creating “cost and confusion for small "
         "inventors.”", "cost and confusion", "the same business lobbying group"),
        ("The Chamber of Commerce criticized the agency for imposing “needless burdens on small firms.”",
         "needless burdens", "the Chamber of Commerce"),
        ("Sen. Ana Reyes faulted the airline for its “reckless disregard for passenger safety.”", "reckless disregard",
         "Ana Reyes"),
        ("The union on Tuesday blamed management for creating “a culture of fear on the shop floor.”", "a culture of fear",
         "the union"),
        ("Critics slammed the mayor for spending “lavishly on outside consultants.”", "lavishly on outside", "critics"),
        ("In March 2016 the advocacy group praised the board for its “careful and balanced work.”", "careful and balanced",
         "the advocacy group"),
        ("The ruling party’s official People’s Daily said in a commentary that Beijing would not repeat “old zero-sum "
         "thinking” in handling ties.", "old zero-sum thinking", ("People’s Daily", "the People’s Daily"), "organisation"),
        ("The Women’s Caucus said the bill was “an insult to every working mother.”", "an insult to every",
         "the Women’s Caucus"),
        ("The House Science Committee warned it “may reconsider taxpayer funding” if the agency does not change course.",
         "may reconsider taxpayer", "the House Science Committee"),
        # a list inside a body's name, its first word the chamber's; an acronym before its last noun
        ("The House Energy, Water, and Mining Committee warned it “may cut funding” if the agency does not change.",
         "may cut funding", "the House Energy, Water, and Mining Committee"),
        ("In a letter, the House Energy, Water, and Mining (EWM) Committee warned it “may cut funding” if the agency "
         "does not change.", "may cut funding", "the House Energy, Water, and Mining Committee"),
        ("The Federal Bureau of Investigation (FBI) Director Tom Brekke said the plan was “flawed from the start.”",
         "flawed from the start", "Tom Brekke"),
        ("“We will get it done before Christmas,” predicted No. 2 Senate Republican Tom Brekke, who spoke after the vote.",
         "We will get it done", "Tom Brekke"),
    ],
)

JUDGING_NEGATIVES = cases(
    "when unsure, say less",
    [
        # the claim's owner said the words, not the one blaming the press
        ("Gov. Ana Reyes blamed the press for making a fuss over Tom Weller’s claim that the vote was “rigged from the "
         "start.”", "rigged from the start", ("Tom Weller", None)),
        # the one criticised for saying the words said them
        ("Sen. Ana Reyes criticized Tom Weller for calling the plan “a disaster for farmers.”", "a disaster for farmers",
         "Tom Weller"),
        # a verb of saying before the verdict reports it
        ("Ana Reyes said the group criticized the board for creating “cost and confusion.”", "cost and confusion",
         "Ana Reyes"),
    ],
)

GROUPS_AND_CLAUSES = cases(
    "organisations, documents and groups",
    [
        # counts and irregular plurals of people, partitives with numbers
        ("Twelve women who said they had worked for Conyers told reporters on Sunday that he “was always a gentleman.”",
         "was always a gentleman", "twelve women", "group"),
        ("In a letter to the deputy attorney general, 171 of the 193 Democrats in the House said they back the probe, and "
         "urged him to let it continue “unfettered by political threats.”", "unfettered by political", "171 of the 193 Democrats", "group"),
        ("Two women told the committee the senator had been “rude and dismissive.”", "rude and dismissive", "two women"),
        ("As disabled protesters shouted: “Kill the bill, not us,” the committee approved the measure.",
         "Kill the bill", "disabled protesters"),
        # a subordinate clause's subject in mid-sentence
        ("Little progress has been made since Prime Minister Ken Abe vowed in 2013 to build “a society where women can shine.”",
         "a society where women", "Ken Abe"),
        ("The crowd cheered when Mayor Lena Ford said the plan was “dead on arrival.”", "dead on arrival", "Lena Ford"),
        # an owned noun of one who speaks, or a text, before an -s form: the form is the verb
        ("The special counsel’s indictment says the two men moved the money through “scores of shell companies.”",
         "scores of shell companies", "the special counsel’s indictment"),
        ("The mayor’s spokesman says the plan is “dead on arrival.”", "dead on arrival", "the mayor’s spokesman"),
        ("The ministry’s report says the program is “riddled with fraud.”", "riddled with fraud", "the ministry’s report"),
        # a body named, then what kind of body it is: the body by its name (as closing20 shows it)
        ("“Keeping the tax in the bill is even more harmful,” the U.S. Chamber of Commerce business lobby group said on its "
         "website.", "Keeping the tax", "the U.S. Chamber of Commerce"),
        # a rank before a party title, and absolute phrases after a dash
        ("“Your job requires courage, Mr. Director,” said the committee’s Ranking Democrat Jerrold Nadsen.",
         "Your job requires courage", "Jerrold Nadsen"),
        ("Afterwards both men issued a statement – Ryle saying he was “very encouraged” and Trask calling it a “great "
         "meeting.”", "very encouraged", "Ryle"),
        ("Afterwards both men issued a statement – Ryle saying he was “very encouraged” and Trask calling it a “great "
         "meeting.”", "great meeting", "Trask"),
    ],
)

GROUPS_AND_CLAUSES_NEGATIVES = cases(
    "when unsure, say less",
    [
        # a relative clause on the quote's object has its own verb, no cue
        ("Attorney General Tom Brekke said on Tuesday he “has no reason to doubt” five women who have accused the "
         "candidate of misconduct.", "has no reason to doubt", "Tom Brekke"),
        # a verb and its object in a list of acts, no group
        ("Within weeks the opposition had sent letters to shareholders, hired lawyers and public-relations firms, and "
         "placed newspaper ads calling the deal a “$25 billion mistake.”", "$25 billion mistake", (None, "the opposition")),
        # the comma of a number splits no phrase (an unseen page gave "000 supporters")
        ("Speaking to a crowd of 2,000 supporters in Oakland, Calif., the senator slammed her rival, accusing him of "
         "“knowingly twisting my words around to suggest that I don’t care.”", "knowingly twisting", "the senator"),
    ],
)

FRAMES20_CASES = (
    OWNED_NOUN_SUBJECT
    + OWNED_NOUN_NOT_SPOKEN
    + PARTICIPLE_OPENERS
    + OPENERS_NOT_SPEECH
    + GROUP_ADJECTIVES
    + GROUP_ADJECTIVES_NOT_PEOPLE
    + AMPERSAND_NAMES
    + AMPERSAND_NEGATIVES
    + OPENER_OWNERS
    + JUDGING_BODIES
    + JUDGING_NEGATIVES
    + GROUPS_AND_CLAUSES
    + GROUPS_AND_CLAUSES_NEGATIVES
)
