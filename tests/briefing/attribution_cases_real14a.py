"""Attribution cases of round 20 ("real14a"): patterns found by reading quotes of real news articles
(CNN/Daily Mail) that had no speaker or a garbage one, rewritten with invented people and wording:
a time phrase opening a subject that heads a run of appositives ("Last night Tory MP X, who sits on
the committee, said:"); coordinated capitalised titles of one person before her name ("said Chief
Operating Officer and Deputy CEO Ann Roe"); a long appositive whose length is mostly an
institution's capitalised name ("X, senior fellow at The Centre for … at Queen's University
Belfast, tweeted:"); a bare name with a plural verb ("Leeds have rejected …") is a team, never
the "he" of the next quote; a sentence glued to the one before it (a caption without its full
stop) puts no "But"/"When"/"According" inside a name ("South Africa But Stewart"); a press
release's "Name, Title, Body said" is the person's; a full name right before the speech verb of
a long run-on sentence is its subject, not the sentence's first noun phrase; "Role, Name, agrees"
makes the name the subject a later pronoun means (and "In Dayton, Ohio, doctors …" no "Ohio"); so
does "Zoo visitor Terra Lund believes" (not "Zoo"); "he raged" reports speech, and a crosshead in
capitals glued to a sentence is no part of its name; the agent of a passive ("designed by British
artist X") is the referent of the next "he"; a bare cue after a full stop ("'….' Doyle concluded in
an interview.") attributes the quote before it; an opening "Although …" clause with its own verb
and no comma leaves the speech verb to the main clause's subject; "the teenager", "the girl" are
persons a pronoun may mean; "'missing' the top of the tower and asked users" gives no speaker
"the top"; "it's fair to surmise that “…”" is the writer's frame, no speaker. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

TIME_THEN_APPOSITIVES_CASES = cases(
    "long material between quote, speaker and verb",
    [
        ("Last night Labour MP Gareth Pole, who sits on the committee, said: 'I would want the minister "
         "recalled to explain himself.'", "I would want the minister", ("MP Gareth Pole", "Gareth Pole")),
        ("On Monday Labour MP Gareth Pole, who sits on the committee, said: 'I would want the minister recalled.'",
         "I would want the minister", ("MP Gareth Pole", "Gareth Pole")),
        ("Yesterday Nadia Ferro, who chairs the trust, said: 'We were never told about the sale.'",
         "We were never told", "Nadia Ferro"),
        ("Last week council leader Bram Osei, 52, who took office in May, told reporters: 'The budget is "
         "balanced.'", "The budget is balanced", "Bram Osei"),
        ("Earlier this month Dr Ines Kowal, a surgeon at the hospital, said: 'We had no beds left.'",
         "We had no beds left", "Ines Kowal"),
        # negatives: the time phrase opens a clause whose subject is no one who speaks
        ("Last week the minister, who has been under pressure for a month, said: 'I will not resign.'",
         "I will not resign", "the minister"),
        ("Last month the leak, which embarrassed Mayor Tim Hale, prompted a review. 'We are looking at it,' "
         "a spokesman said.", "We are looking at it", "a spokesman"),
        ("Last night the report, which runs to 300 pages, was published. 'It is damning,' said one reader.",
         "It is damning", "one reader"),
    ],
)

COORDINATED_TITLES_CASES = cases(
    "clause frames around the speaker",
    [
        ("'The new range sold out in two days,' said Chief Operating Officer and Deputy Chairman Helen Dorsey.",
         "The new range sold out", "Helen Dorsey"),
        ("'The new range sold out in two days,' said Brightway Chief Buying & Design Officer and Deputy CEO, "
         "Helen Dorsey.", "The new range sold out", "Helen Dorsey"),
        ("Head of Sales and Deputy CEO Ann Roe said: 'Orders doubled over the summer.'", "Orders doubled",
         "Ann Roe"),
        ("'Orders doubled,' said Director of Communications and Vice President Ann Roe.", "Orders doubled",
         "Ann Roe"),
        ("President and CEO Ann Roe said: 'Orders doubled.'", "Orders doubled", "Ann Roe"),
        # negatives: two people, or titles with no name
        ("Chief Executive Ann Roe and Chairman Ben Poe said: 'We are selling the firm.'",
         "We are selling the firm", "Ann Roe and Ben Poe"),
        ("'We will appeal,' said Marketing Director Ann Roe and Sales Director Ben Poe.", "We will appeal",
         "Ann Roe and Ben Poe"),
        ("'The new range sold out,' said Brightway Chief Operating Officer and Deputy CEO, adding that more "
         "stock was due.", "The new range sold out", None),
    ],
)

DESCRIBED_NAME_LONG_APPOSITIVE_CASES = cases(
    "long material between quote, speaker and verb",
    [
        ("Yesterday respected economist Tomas Wren, a senior fellow at the institute, tweeted: 'This "
         "forecast is simply not credible.'", "This forecast is simply", "Tomas Wren"),
        ("Yesterday respected economist Tomas Wren, senior fellow at The Centre for the Study of Public "
         "Money at Queen’s University Belfast, tweeted: ‘This forecast is simply not credible.’",
         "This forecast is simply", "Tomas Wren"),
        ("Economist Tomas Wren, senior research fellow at The Institute for the Study of Public Money and "
         "Banking at Queen’s University Belfast, said: ‘This forecast is not credible.’",
         "This forecast is not", "Tomas Wren"),
        ("On Friday veteran analyst Ruth Ola, a visiting professor at the London School of Economics, wrote "
         "on Twitter: 'The numbers do not add up.'", "The numbers do not add up", "Ruth Ola"),
        # negatives: no name in the subject, or the name is inside the appositive
        ("Yesterday a senior fellow at the institute, who asked not to be named, tweeted: 'This forecast is "
         "not credible.'", "This forecast is not", "a senior fellow"),
        ("Yesterday a senior fellow at the institute led by Tomas Wren tweeted: 'This forecast is not "
         "credible.'", "This forecast is not", "a senior fellow"),
    ],
)

PLURAL_TEAM_NOT_HE_CASES = cases(
    "pronouns and role nouns",
    [
        # a bare name with a plural verb is a team, party or firm: never the "he" or "she" after it
        ("Cardiff chief Omar Khan spoke on Friday. Leeds have rejected the request. 'We are frustrated,' he "
         "added.", "We are frustrated", "Omar Khan"),
        ("Leeds have rejected the request, a decision that Khan says has left his club frustrated. 'We are "
         "frustrated,' he added.", "We are frustrated", ("Khan", None)),
        ("Club secretary Ann Roe wrote to the league. Rovers are refusing to pay the fine. 'It is unjust,' "
         "she said.", "It is unjust", "Ann Roe"),
        ("Labour are ahead in the polls. 'We take nothing for granted,' he said.", "We take nothing", None),
        # negatives: a person after all, or "they" for the team
        ("Leeds have rejected the request. 'We will not change our minds,' they said.",
         "We will not change our minds", "Leeds"),
        ("Ann Weller has rejected the request. 'We are frustrated,' she added.", "We are frustrated",
         "Ann Weller"),
    ],
)

GLUED_SENTENCE_NAME_CASES = cases(
    "when unsure, say less",
    [
        # a caption or sentence run into the next one, its full stop lost: the capitalised
        # conjunction that opens the second sentence is no part of a name
        ("Rivers is lifted by team-mates after his final Test against South Africa But Rivers made clear "
         "he wants a clear brief. 'We have never had a problem with him,' said Rivers.",
         "We have never had a problem", "Rivers"),
        ("They drove to a hospice in Grand Junction, Colorado When Tom died his wife sat by his side. 'My "
         "love for you is eternal,' Tom told his bride.", "My love for you", "Tom"),
        ("The band started fighting at once, according to the Arizona DPS According to Facebook, the family "
         "plays in a band. 'We believe there was a struggle for the gun,' Graves said.",
         "We believe there was a struggle", "Graves"),
        ("Coach Ian Dobbs watched from the stand at Old Trafford However Dobbs said: 'We were second best.'",
         "We were second best", "Ian Dobbs"),
        # negatives: a surname that is such a word, a conjunction before the name
        ("'We will be back next year,' said Ada While, the festival director.", "We will be back",
         "Ada While"),
        ("Meanwhile Tom Reyes said: 'We will be back next year.'", "We will be back", "Tom Reyes"),
        ("But Ann Weller was less sure. 'It depends on the money,' said Weller.", "It depends on the money",
         "Ann Weller"),
    ],
)

NAME_TITLE_BODY_CASES = cases(
    "long material between quote, speaker and verb",
    [
        # a press release's "Name, Title, Body said" with the comma after the body left out
        ("Ruth Ames, Director, Polaris Research Wales said: 'The survey shows a clear shift in opinion.'",
         "The survey shows a clear shift", "Ruth Ames"),
        ("Ruth Ames, Chief Executive, Harbour Trust said: 'The survey shows a clear shift in opinion.'",
         "The survey shows a clear shift", "Ruth Ames"),
        ("Ruth Ames, Head of Research, Polaris Wales said: 'The survey shows a clear shift in opinion.'",
         "The survey shows a clear shift", "Ruth Ames"),
        # negatives: no person named first, or a second name before the verb
        ("After the vote, Chairman, Harbour Trust said: 'We accept it.'", "We accept it", "Harbour Trust"),
        ("Asked about the poll, Director, Polaris Research said: 'The survey shows a clear shift.'",
         "The survey shows a clear shift", "Polaris Research"),
        ("Ruth Ames, Director, Tom Hale said: 'We accept it.'", "We accept it", "Tom Hale"),
    ],
)

NAME_RIGHT_BEFORE_VERB_CASES = cases(
    "long material between quote, speaker and verb",
    [
        # a long sentence (a caption run into the text) whose speech verb has a full name of its own
        # right before it: that person, not the sentence's first noun phrase
        ("Ames in training for the fight in Dayton on Tuesday The boxer's promoter says the draft contract "
         "differs from the terms that were agreed Harbour Promotions CEO Jake Ferris said that Ames 'is not "
         "willing to sign'.", "is not willing to sign", "Jake Ferris"),
        ("Reyes at the launch of the bus in Leeds on Monday The route keeps the fares that were agreed "
         "last week council leader Nadia Ferro said they were 'the lowest in the region'.",
         "the lowest in the region", "Nadia Ferro"),
        # negatives: the name is an object inside the subject phrase
        ("The lawyer representing Ann Roe said the charge was 'baseless'.", "baseless", "the lawyer"),
        ("A spokesman for Senator Ann Roe said the plan was 'dead on arrival'.", "dead on arrival",
         ("a spokesman", "a spokesman for Senator Ann Roe")),
        ("Fans who had waited hours to see Ann Roe said the show was 'unforgettable'.", "unforgettable",
         "fans"),
    ],
)

ROLE_NAME_UNLISTED_VERB_CASES = cases(
    "pronouns and role nouns",
    [
        # "Role, Name, <a present-tense verb we do not list>": the name is the subject a later
        # "she" or "he" means, not the role's owner nor the person quoted before
        ('"You don\'t want to nag," Hart told me. CNN\'s chief medical correspondent, Dr. Ana Pell, agrees '
         'with Hart. "Weight is a big part of the problem," she said to me.', "Weight is a big part", "Ana Pell"),
        ('"You don\'t want to nag," Hart told me. Our medical correspondent, Ana Pell, agrees. "Weight is a '
         'big part of the problem," she said.', "Weight is a big part", "Ana Pell"),
        ('"You don\'t want to nag," Hart told me. The city\'s top doctor, Ana Pell, thinks otherwise. "Weight '
         'is not the problem," she said.', "Weight is not the problem", "Ana Pell"),
        ("The club's new manager, Tom Gale, loves a challenge. 'We start from scratch,' he said.",
         "We start from scratch", "Tom Gale"),
        # negatives: a place after a comma, two people set off
        ('"You don\'t want to nag," Hart told me. His daughter, Ana, and his son, Tom, disagree. "Weight is '
         'not the problem," she said.', "Weight is not the problem", ("His daughter", "Ana", None)),
        ("Ann Weller spoke first. In Dayton, Ohio, doctors think otherwise. 'Weight is not the problem,' "
         "she said.", "Weight is not the problem", ("Ann Weller", None)),
    ],
)

CAPITAL_ROLE_NAME_CASES = cases(
    "pronouns and role nouns",
    [
        # a capitalised modifier and a role before the name open the sentence: the name is the
        # subject (not "Zoo", "Park", "Google") that a later "she" or "he" means
        ("The cats did not approach the boy, according to zoo officials. Zoo visitor Terra Lund believes the "
         "animals were frightened. 'I think they were just curious,' she said.", "I think they were just",
         "Terra Lund"),
        ("Park ranger Ivo Marsh thinks the bears were hungry. 'They come down every autumn,' he said.",
         "They come down every autumn", "Ivo Marsh"),
        ("Google engineer Ann Roe disagrees with the memo. 'It misreads the data,' she said.",
         "It misreads the data", "Ann Roe"),
        # negatives: the name is an object, or the group speaks
        ("Ann Weller spoke first. Texas voters love Tom Hale. 'He is one of us,' she said.", "He is one of us",
         ("Ann Weller", None)),
        ("Harbour workers walked out on Monday. 'We want a fair deal,' they said.", "We want a fair deal",
         ("harbour workers", "Harbour workers", None)),
    ],
)

RAGED_AND_SHOUTED_HEAD_CASES = cases(
    "speech verbs in every form",
    [
        # "rage" and "seethe" report speech after a quote; a crosshead in capitals glued to the
        # sentence after it is no part of the name
        ("Les Brody was famous for his calm voice. 'One of the worst things I have ever seen,' he raged.",
         "One of the worst things", "Les Brody"),
        ("2. ENGLAND'S LATE TACKLE Les Brody was known for his calm voice but his disgust was plain. 'One of "
         "the worst things I have ever seen,' he raged from the studio.", "One of the worst things", "Les Brody"),
        ("'This is a scandal and everyone knows it,' raged Councillor Ann Weller.", "This is a scandal",
         "Ann Weller"),
        ("'We were a disgrace,' Boone seethed after the match.", "We were a disgrace", "Boone"),
        # negatives: a fire or a debate rages, a raging river
        ("The fire raged for hours in the valley. 'We lost everything,' said farmer Tom Hale.",
         "We lost everything", "Tom Hale"),
        ("The debate over the 'bedroom tax' raged on for months.", "bedroom tax", None),
        ("A raging river swept away the 'temporary' bridge.", "temporary", None),
    ],
)

PASSIVE_AGENT_REFERENT_CASES = cases(
    "pronouns and role nouns",
    [
        # a thing made or done "by" a person, the sentence's subject no person: the agent is who a
        # "he" or "she" after it means
        ("The robots were designed by British artist Giles Marr. 'We are all living in a peepshow,' he said.",
         "We are all living", "Giles Marr"),
        ("The mural was painted by Ana Ruiz last spring. 'It took me four months,' she said.",
         "It took me four months", "Ana Ruiz"),
        ("The bridge was built in 1998 by engineer Tom Vale. 'It will stand another century,' he said.",
         "It will stand another century", "Tom Vale"),
        # negatives: an organisation as the agent, or a person of the other gender
        ("Ann Weller spoke first. The bill was opposed by the Texas Medical Association. 'It is a bad day,' "
         "she said.", "It is a bad day", "Ann Weller"),
        ("Tom Reyes was at the hearing. The law was struck down by Judge Ann Weller. 'It is a bad day,' he "
         "said.", "It is a bad day", "Tom Reyes"),
    ],
)

BARE_CUE_AFTER_STOP_CASES = cases(
    "speech verbs in every form",
    [
        # a quote closed by a full stop, then only a cue (its comma lost): the cue's name speaks
        ("Last year she was named Fan of the Year. 'I like to think that I cheer with some style.' Doyle "
         "concluded in an interview with the local paper.", "I like to think", "Doyle"),
        ("The governor signed the bill. 'It is a good day for the state.' Reyes said in a statement.",
         "It is a good day", "Reyes"),
        ("'We will be back next year.' Ann Weller added.", "We will be back", "Ann Weller"),
        # negatives: the verb has content of its own, or the subject is no name
        ("The governor signed the bill. 'It is a good day for the state.' Reyes said the bill would cost "
         "millions.", "It is a good day", "the governor"),
        ("The governor signed the bill. 'It is a good day for the state.' But Reyes said otherwise.",
         "It is a good day", "the governor"),
        ("Weller spoke first: 'We will win.' Reyes told reporters in Dayton.", "We will win", "Weller"),
        # the quote's own cue before it, with its comma: the sentence after is the next one
        ("Early on, Dan Kline attacked Tom Reyes, calling him, among other things, 'a failed mayor of this "
         "city.' Reyes fired back in March.", "a failed mayor", "Dan Kline"),
        ("Ann Weller told the crowd, 'We will be back next year.' Reyes answered in May.", "We will be back",
         "Ann Weller"),
    ],
)

SUBORDINATE_WITHOUT_COMMA_CASES = cases(
    "clause frames around the speaker",
    [
        # an opening "Although …" clause with a verb of its own and no comma: the main clause's
        # subject speaks, not the subordinate clause's
        ("Although her new means of earning have let her stay in London the woman says she does not enjoy "
         "her work. 'My biggest worry is being arrested.'", "My biggest worry", "the woman"),
        ("Although her new job has let her stay in London the woman says she does not enjoy her work. 'My "
         "biggest worry is being arrested.'", "My biggest worry", "the woman"),
        ("Although the plan was popular with voters Kell warned: 'It will cost too much.'",
         "It will cost too much", "Kell"),
        ("Because the hearing ran late into the night the judge told lawyers: 'We resume at nine.'",
         "We resume at nine", "the judge"),
        # negatives: the speech verb is the subordinate clause's own
        ("But even as Ames has claimed that 'nothing changed', the data say otherwise.", "nothing changed",
         "Ames"),
        ("While Sullivan proclaims 'victory', others disagree.", "victory", "Sullivan"),
    ],
)

YOUNG_PERSON_NOUNS_CASES = cases(
    "pronouns and role nouns",
    [
        # "the teenager", "the girl", "the schoolboy": a person subject a later "she"/"he" means,
        # not the mother named before (the nouns were missing from the person nouns)
        ("Carla Ames learned of the plan. The teenager sent her mother a text begging to go. 'Mom, if I "
         "can't go I'm going to have a breakdown,' she said.", "Mom, if I can't go", "the teenager"),
        ("Carla Ames learned of the plan. The girl sent her mother a text begging to go. 'Mom, please let "
         "me go,' she said.", "Mom, please let me go", "the girl"),
        ("Tom Vale waited at the gate. The schoolboy ran to his father. 'Dad, we won the cup,' he shouted.",
         "Dad, we won the cup", "the schoolboy"),
        ("The youngster was pulled from the river by Ann Roe. 'I thought I was going to die,' he said.",
         "I thought I was going", "the youngster"),
        # negatives: the young person is no subject, or the other gender
        ("Carla Ames picked up the girl from school. 'She was crying,' Ames said.", "She was crying",
         "Carla Ames"),
        ("Ann Weller spoke to reporters. The boy had been missing for a day. 'We never gave up,' she said.",
         "We never gave up", "Ann Weller"),
    ],
)

ELIDED_SUBJECT_TAIL_CASES = cases(
    "when unsure, say less",
    [
        # a speech verb after "and" following a quoted word shares the sentence's subject: the
        # phrase between the quote and "and" is an object, no speaker
        ("He posted a picture online of him 'missing' the top of the tower and asked users to help improve "
         "it.", "missing", None),
        ("The council branded the scheme 'a disgrace' to the town and said it would appeal.",
         "a disgrace", "the council"),
        # negatives: a joint subject, or the speaker right before the verb
        ("'We will win,' Reyes and Weller said.", "We will win", "Reyes and Weller"),
        ("'We will win,' the mayor said and left.", "We will win", "the mayor"),
    ],
)

IMPERSONAL_FRAME_CASES = cases(
    "when unsure, say less",
    [
        # "it's fair to surmise that “…”": the writer's own frame, no one's words
        ('While Dale, the songwriter, has not tried to explain "Open Road," it\'s fair to surmise that "the '
         'king" is Elvis.', "the king", None),
        ('Reyes has not explained the song, but it is safe to say that "the king" is Elvis.', "the king", None),
        ('It would be wrong to say that "nothing changed" after the vote.', "nothing changed", None),
        # negatives: someone reports it, or says it in the quote
        ('Reyes said it was fair to say "the plan is dead."', "the plan is dead", "Reyes"),
        ('Reyes spoke for an hour. "It is fair to say the plan is dead," he said.', "It is fair to say",
         "Reyes"),
    ],
)

REAL14A_CASES = [
    *IMPERSONAL_FRAME_CASES,
    *ELIDED_SUBJECT_TAIL_CASES,
    *YOUNG_PERSON_NOUNS_CASES,
    *SUBORDINATE_WITHOUT_COMMA_CASES,
    *BARE_CUE_AFTER_STOP_CASES,
    *PASSIVE_AGENT_REFERENT_CASES,
    *RAGED_AND_SHOUTED_HEAD_CASES,
    *CAPITAL_ROLE_NAME_CASES,
    *ROLE_NAME_UNLISTED_VERB_CASES,
    *NAME_RIGHT_BEFORE_VERB_CASES,
    *NAME_TITLE_BODY_CASES,
    *GLUED_SENTENCE_NAME_CASES,
    *PLURAL_TEAM_NOT_HE_CASES,
    *DESCRIBED_NAME_LONG_APPOSITIVE_CASES,
    *COORDINATED_TITLES_CASES,
    *TIME_THEN_APPOSITIVES_CASES,
]
