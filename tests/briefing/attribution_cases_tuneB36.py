"""Attribution cases of session 36 (helper tuneB36): wrong and missing speakers read on the new
pool of US political news of 2015–16 (its tuning half, T_B), each rewritten as a pattern with
invented names and wording.

* A naming participle after a noun with its modifiers ("An online campaign called “…” is
  offering", "a local group named “…”") gave the quote to the noun: only a noun right after its
  article ("a trend called “…”") was read as a passive. The quote is the name the thing goes by.
  Negatives: a bare plural or a noun after its own determiner is the subject of active naming
  ("a plan city critics called “…”", "a deal his rival called “…”"), and a subject that calls a
  thing something keeps its words.
* A passive of saying inside a prepositional phrase after the quote ("… that there is “…”
  regarding questions being asked by the panel") was read as the quote's tail cue, its agent the
  speaker. The passive's subject is the preposition's object, a noun the quote is about; the
  speaker stays the subject of the verb before the quote. Negatives: a passive whose subject is
  the listeners ("“…,” reporters were told by the panel") still gives the agent.
* A quote whose sentence closes on an agency that reported it ("“…,” Reuters reports") went to
  the agency when the speaker's verb before the quote was a participle after a comma ("Tom Reyes
  responded, telling reporters, “…”"): only a finite verb ("told reporters") was read there. The
  participle shares the clause's subject, who said the words. Negatives: a participle with no
  subject before it ("Speaking to reporters, “…,” the Ledger reported") and a naming participle
  ("calling it “…”") leave the agency.
* A clause fronted inside a reported clause ("Tom Reyes said that when a reporter asked him about
  the plan, it was “…”") made its own verb the cue (the reporter's words); only a quote right after
  the fronted clause's comma was read for the first verb. When the complement's own clause (a
  pronoun and its verb) follows before the quote, the first verb reports it too.
* A name, a copula and the quote with no speech verb ("Ms. Holt is “quietly planning …”") gave the
  quote to the name, the subject the quote describes in the third person; "The plan is “…”" was
  already nobody's. Negatives: a verb of the name's own ("Ms. Holt says she is “…”", "Ms. Holt
  called the plan “…”") keeps her.
* "King", "Prince", "Lord" and "Major", titles that are frequent surnames, were a name only when
  the text wrote them after a given name; an article whose lead did not ("King, an independent
  who caucuses with Democrats, said …", "“…,” King said") left every quote of his unattributed
  and gave his "he" to the previous speaker. Such a word is a name when the text writes it as the
  subject of a speech verb and never as a title ("the King", "King Charles"). Negatives: "the King
  said", and "King said" after "King Charles", stay the royal title (no name).
* A full name of two words or more resolved to a longer name written only later ("Tom Reyes"
  … his son "Jack Tom Reyes"): the look-ahead meant for a headline's lone surname ("Ryan: …")
  took any later name ending in the same words.
* A bare surname two people bear went to the first one introduced even when the other had just
  spoken ("Former governor Tom Reyes said his wife “…”. … “…,” Reyes told reporters" after "Dana
  Reyes" was named first). The one who spoke in this paragraph or the one before keeps the turn.
  Negatives: with no quote of the other person just before, the first introduced keeps it; a
  longer form of one name ("Ann Marie Roe" for "Ann Roe") is the same person.
* A recording of someone's kin before a participle of saying ("a clip of Tom Reyes's daughter
  saying “…”") went to the one who played it: only a capitalised name or a description after an
  article was read as the one recorded.
* A speech noun's owner lost the quote when a participle set off by commas told where the claim
  was made ("Tom Reyes's latest claim, made on television Thursday, that Acme plans to “…”"), or
  when an adjective of judgement outside the short list stood before the noun ("his latest
  hyperbolic claim", "her outrageous claim"); the subject of the claim's clause was taken.
  Negative: a noun before "claims" is the verb's subject ("Ann Roe's lawyer claims that …").
* "The Ledger’s Dana Holt" opening a sentence was a description of the paper's, where "the
  Ledger’s Dana Holt" mid-sentence was the name; a "she" after her went to no one.
* A name read from the quote's sentence with no speech verb ("Ms. Ann Weller has not criticized
  the plan. “Has Ann Weller ever called …? No.”") was kept though the quote speaks of her by her
  full name as of someone else, which the walk-back of a "he" or "she" already refused.
  Negatives: a first-person quote, or a speech verb of hers, keeps her.
* A title after the music something is set to ("… to the tune of “…”", "the strains of “…”") was
  given to the sentence's subject by the fallback for quotes with no cue (exposed when "The
  Harbor Center’s Dan Gainor" became a name); it is a work's title, no one's words.
* A US state abbreviated after a town and a comma ("when a pastor in Flint, Mich., asked him")
  was read as the subject of the verb after it, a person named "Mich" who took the quote before
  and a later "he". It is an address's last part, a place.
* "grunt" was no speech verb ("“…,” Mr. Vance grunts, red-faced, “…”").

Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_RAISE = "quietly planning to raise every tax in the state next year"
_GIVEAWAY = "a giveaway to the richest developers in town"

NAMING_PARTICIPLE = cases(
    "when unsure, say less",
    [
        ("The mayor faces a tough race. An online campaign called “enough is enough for our harbor” is raising money.",
         "enough is enough", None),
        ("The mayor faces a tough race. A local group named “neighbors for a quiet street” has grown quickly.",
         "neighbors for a quiet", None),
        ("The vote is close. Organizers of a new statewide petition called “no new tolls on the river” said it had 9,000 names.",
         "no new tolls", None),
        # negatives: a bare plural, or a noun after its own determiner, is active naming's subject
        (f"It was a plan city critics called “{_GIVEAWAY}.”", "a giveaway", ("city critics", "critics")),
        (f"Mayor Ann Weller called the deal “{_GIVEAWAY}.”", "a giveaway", "Ann Weller"),
    ],
)

PASSIVE_IN_PREPOSITIONAL_PHRASE = cases(
    "long material between quote, speaker and verb",
    [
        ("Spokesman Carl Vance noted Monday, however, that there is “nothing unusual at all here” regarding questions being "
         "asked by the review panel.", "nothing unusual", "Carl Vance"),
        ("Dana Holt insisted there was “nothing improper about the timing” about requests being made by the board.",
         "nothing improper", "Dana Holt"),
        # negatives: the passive's subject hears the words, its agent spoke them
        ("“Nothing unusual at all happened here,” reporters were told by the review panel.", "Nothing unusual", "the review panel"),
        ("“Nothing unusual at all happened here,” the families were told by a spokesman on Monday.", "Nothing unusual",
         "a spokesman"),
    ],
)

_AUTHORITY = "The president has no authority to cancel the vote and call a new one"

PARTICIPLE_BEFORE_AGENCY = cases(
    "speech verbs in every form",
    [
        (f'Opposition leader Tom Reyes responded, telling reporters, "{_AUTHORITY}," Reuters reports.', "The president has",
         "Tom Reyes"),
        (f'Opposition leader Tom Reyes hit back on Monday, saying, "{_AUTHORITY}," the Ledger reported.', "The president has",
         "Tom Reyes"),
        (f'Opposition leader Tom Reyes responded, telling the crowd, "{_AUTHORITY}," according to Reuters.', "The president has",
         "Tom Reyes"),
        # negatives: no subject before the participle; a naming participle names nobody's words
        (f'Speaking to reporters, "{_AUTHORITY}," the Ledger reported.', "The president has", ("the Ledger", None)),
        ('The ministry hit back, calling it "a plan that has no basis in the law of the land," the Ledger reported.',
         "a plan that has", ("the Ledger", "the ministry")),
    ],
)

FRONTED_CLAUSE_THEN_OWN_CLAUSE = cases(
    "clause frames around the speaker",
    [
        ("Tom Reyes said that when a reporter asked him about the plan, it was “the first time anyone had raised it with me.”",
         "the first time anyone", "Tom Reyes"),
        ("Tom Reyes said that after the mayor told him about the plan, he was “really shocked at what they wanted to build.”",
         "really shocked", "Tom Reyes"),
        ("Ann Weller said that when the board asked her about the deal, she was “not going to pretend that it was fine.”",
         "not going to pretend", "Ann Weller"),
        # negative: the quote right after the fronted clause's comma was read so already
        ("Tom Reyes said that when a reporter asked him about the plan, “I had no idea what they wanted to build there.”",
         "I had no idea", "Tom Reyes"),
    ],
)

NAME_COPULA_QUOTE = cases(
    "when unsure, say less",
    [
        (f"The race was close.\n\nMs. Dana Holt is “{_RAISE}.”", "quietly planning", None),
        ("The race was close. Tom Reyes was asked about his rival.\n\nMs. Holt is “the most dishonest candidate this state has "
         "ever seen.”", "the most dishonest", None),
        # negatives: a verb of her own before the quote
        ("The race was close.\n\nMs. Holt says she is “very confident about the outcome of the vote next week.”",
         "very confident", "Holt"),
        (f"The race was close.\n\nMs. Dana Holt called the plan “{_GIVEAWAY}.”", "a giveaway", "Dana Holt"),
    ],
)

_SURPRISED = "I'm surprised people can make that judgment before they know the nominee"
_SADDENED = "We are deeply saddened by the loss of a dear friend and servant"

TITLE_SURNAMES = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'The vote was delayed on Monday.\n\nKing, an independent who caucuses with Democrats, said he is surprised by the delay.\n\n'
         f'"{_SURPRISED}," King said.', "I'm surprised", "King"),
        ('The vote was delayed on Monday.\n\nKing, an independent who caucuses with Democrats, said he is surprised by the delay. '
         f'"We will wait and see what the board decides," King said.\n\n"{_SURPRISED}," he said.', "I'm surprised", "King"),
        ('The vote was delayed on Monday.\n\nKing acknowledged that the Senate can wait. "Of course, we have these debates here," '
         'King said. "The politics are important to all of us."', "The politics are", "King"),
        (f'The band played on Monday.\n\n"{_SADDENED}," Prince said. "He will be missed by all of us."', "We are deeply", "Prince"),
        # negatives: the royal title
        (f'The palace issued a statement on Monday.\n\n"{_SADDENED}," the King said.', "We are deeply", "the King"),
        (f'King Charles visited the hospital on Monday.\n\n"{_SADDENED}," King said.', "We are deeply", None),
    ],
)

_FIELD = "See the field out there? That is where we play"
_SEATS = "We talked them into a new color for the seats"

SURNAME_OF_THE_LAST_SPEAKER = cases(
    "pronouns and role nouns",
    [
        ("The race was close.\n\nDana Reyes, the challenger, spoke first. Former governor Tom Reyes said his wife “fought through "
         "everything and won.” At the end, “we had the storm and the strike at once,” Reyes told reporters.",
         "we had the storm", "Tom Reyes"),
        (f"Tom Reyes runs the team.\n\n“{_FIELD},” says Tom Reyes.\n\n“{_SEATS},” Reyes beams.\n\nHis son, Jack Tom Reyes, was in "
         "the stands.", "See the field", "Tom Reyes"),
        (f"Tom Reyes runs the team.\n\n“{_FIELD},” says Tom Reyes.\n\n“{_SEATS},” Reyes beams.\n\nHis son, Jack Tom Reyes, was in "
         "the stands.", "We talked them", "Tom Reyes"),
        # negatives: the other bearer did not just speak; a longer form of the same name
        ("Senator Kamala Voss spoke on Monday about the bill.\n\nHer mother, Shyamala Gopalan Voss, was a scientist. "
         "\"I owe everything to her and to this town,\" Voss said.", "I owe everything", "Kamala Voss"),
        ("Ann Roe opened the hearing.\n\n“We will finish this before the summer,” said Ann Marie Roe. “The rest can wait for "
         "the autumn,” Roe said.", "The rest can wait", ("Ann Marie Roe", "Ann Roe")),
    ],
)

_MONEY = "I remember once my father told me that money is not everything in life"

CLIP_OF_KIN = cases(
    "speech verbs in every form",
    [
        (f'The host was blunt.\n\nLena Ward then played a clip of Tom Reyes\'s daughter saying, "{_MONEY}."', "I remember once",
         "Tom Reyes's daughter"),
        (f'The host was blunt.\n\nLena Ward then aired a video of Reyes\'s son saying, "{_MONEY}."', "I remember once",
         "Reyes's son"),
        # negatives: a name recorded; a comma before the participle makes it the subject's
        (f'The host was blunt.\n\nLena Ward then played a clip of Tom Reyes saying, "{_MONEY}."', "I remember once", "Tom Reyes"),
        (f'The host was blunt.\n\nLena Ward then played a clip of Reyes\'s speech, saying, "{_MONEY}."', "I remember once",
         "Lena Ward"),
    ],
)

_STORES = "close every store in the state by next year"

CLAIM_SET_OFF_PARTICIPLE = cases(
    "organisations, documents and groups",
    [
        (f'The firm rejected Tom Reyes\'s latest claim, made on television Thursday, that Acme plans to "{_STORES}."',
         "close every store", "Tom Reyes"),
        (f'The firm rejected the senator\'s claim, repeated at a rally on Thursday, that Acme wants to "{_STORES}."',
         "close every store", "the senator"),
        (f'The automaker shot down Tom Reyes\'s latest hyperbolic claim, made on television, that Acme plans to "{_STORES}."',
         "close every store", "Tom Reyes"),
        (f'The firm rejected Tom Reyes\'s outrageous claim that Acme wants to "{_STORES}."', "close every store", "Tom Reyes"),
        # negatives: no setting between, read so already; a noun before "claims" is its subject
        ('Ann Roe\'s lawyer claims that the deal was "a fraud from the very first day."', "a fraud from", "Ann Roe's lawyer"),
        # (a noun with an adjective's ending is the verb's subject too; found in review)
        ('Ann Roe\'s mechanic claims that the brakes were "cut by someone on the night shift."', "cut by someone", "Ann Roe's mechanic"),
        ('Tom Kell\'s parish vows to "repair the church roof before the winter comes."', "repair the church", None),
        (f'The firm rejected Tom Reyes\'s latest claim that Acme plans to "{_STORES}."', "close every store", "Tom Reyes"),
    ],
)

_AMERICA = "I don’t think that’s the town I know. I don’t want it to be that town"

OWNER_THEN_NAME = cases(
    "titles and abbreviations",
    [
        (f"These stars had strong responses.\n\nThe Ledger’s Dana Holt said, “{_AMERICA}.”\n\n“Maybe it’s time for me to move,” "
         "she added.", "Maybe it’s time", "Dana Holt"),
        (f"These stars had strong responses.\n\nThe Ledger’s Dana Holt said, “{_AMERICA}.”", "I don’t think", "Dana Holt"),
        # negative: a paper's place, no person
        (f"These stars had strong responses.\n\nThe Ledger’s Harbor Park was full. “{_AMERICA},” said Tom Reyes.", "I don’t think",
         "Tom Reyes"),
    ],
)

GRUNTS = cases(
    "speech verbs in every form",
    [
        ("The vote failed.\n\n“Yes!” Mr. Tom Vance grunts, red-faced, “Yes, the plan has failed!”", "Yes, the plan", "Tom Vance"),
        ("The vote failed.\n\nTom Vance grunted, “Yes, the plan has failed us all again.”", "Yes, the plan", "Tom Vance"),
        # negative: the plural noun
        ("The vote failed.\n\nAmid the grunts of the crowd, “the plan has failed us all again,” Tom Vance said.", "the plan has",
         "Tom Vance"),
    ],
)

_RECKLESS = "ever called the people who back it reckless? No"

NAMED_IN_THIRD_PERSON = cases(
    "when unsure, say less",
    [
        (f"The race was close.\n\nMs. Ann Weller has not criticized the harbor plan in public. “Has Ann Weller {_RECKLESS}.”",
         "Has Ann Weller", None),
        ("The debate went on.\n\nThe column shows how Weller sees the world: “Put simply, Ann Weller will take every side of an "
         "issue until the moment she is asked about it.”", "Put simply", ("the column", None)),
        # negatives: the quote in the first person; a speech verb of her own
        ("The race was close.\n\nMs. Ann Weller has not criticized the harbor plan in public. “I have never called the people "
         "who back it reckless. Never.”", "I have never", "Ann Weller"),
        (f"“Has Ann Weller {_RECKLESS},” Ann Weller said, laughing.", "Has Ann Weller", "Ann Weller"),
    ],
)

MUSIC_SET_TO = cases(
    "when unsure, say less",
    [
        ("Bannon will interview a contributor.\n\nThe Harbor Center’s Dan Gainor will be interviewed about a TV show that set "
         "a scene to the tune of “Silent Winter Night.”", "Silent Winter", None),
        ("The band marched on.\n\nMayor Ann Weller arrived to the strains of “The River Past Our Town.”", "The River Past", None),
        # negative: a speech verb of the subject's
        ("The band marched on.\n\nAnn Weller said the parade was “the river that runs past our town.”", "the river that runs",
         "Ann Weller"),
    ],
)

_TOWN = "We will not give up on this town, whatever the figures say"

STATE_IN_ADDRESS = cases(
    "names: particles, numbers, places and headlines",
    [
        ("The rally went on for hours.\n\nMr. Holt said a supportive crowd chanted, “Let us all speak!” when a pastor in Flint, "
         f"Mich., asked him not to give a speech in the church.\n\n“{_TOWN},” he said.", "We will not give up", "Holt"),
        ("The rally went on for hours.\n\nMr. Holt said a supportive crowd chanted, “Let us all speak!” when a pastor in Flint, "
         "Mich., asked him not to give a speech in the church.", "Let us all speak", (None, "a pastor")),
        # negative: a person's surname that is also a state's abbreviation
        (f"The rally went on for hours.\n\n“{_TOWN},” Jim Mich said.", "We will not give up", "Jim Mich"),
    ],
)

TUNEB36_CASES = (
    NAMING_PARTICIPLE
    + PASSIVE_IN_PREPOSITIONAL_PHRASE
    + PARTICIPLE_BEFORE_AGENCY
    + FRONTED_CLAUSE_THEN_OWN_CLAUSE
    + NAME_COPULA_QUOTE
    + TITLE_SURNAMES
    + SURNAME_OF_THE_LAST_SPEAKER
    + CLIP_OF_KIN
    + CLAIM_SET_OFF_PARTICIPLE
    + OWNER_THEN_NAME
    + GRUNTS
    + NAMED_IN_THIRD_PERSON
    + MUSIC_SET_TO
    + STATE_IN_ADDRESS
)
