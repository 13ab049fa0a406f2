"""Attribution cases of session 11, round 16: words that look like speech verbs but are not, and
what follows them. The lexicon generates every form of a speech verb, so its -s forms are also
plural nouns ("News reports said", "these tired claims"), a quoted title, slogan or term is the
subject of the verb after it ('“Law and order” describes a mood', 'The phrase “deep state”
suggests a conspiracy': the object of that verb is no speaker), and a comparative correlative
("The more Kell complains, the more the people shrug and say") has a subject in each clause.
Invented people; positives beside the negatives, so real attributions keep working.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

CORRELATIVES = cases(
    "clause frames around the speaker",
    [
        ("The more Kell pushes these tired claims, the more voters tune out and mutter, “Enough already.”",
         "Enough already", "voters"),
        ("The more Mayor Dan Kell complains, the more the people shrug and say, “Enough already, just vote.”",
         "Enough already, just vote", "the people"),
        ("The harder the mayor pushes, the louder the residents protest: “Leave our park alone.”",
         "Leave our park alone", "the residents"),
        ("Sen. Ivo Brandt keeps repeating the charge. The more voters tune out, the more they mutter, "
         "“Enough already.”", "Enough already", (None, "voters")),
        (  # the known real failure, with "whine" as a noun and "think" no speech verb: no speaker
            "The more Kell pushes these serial whines, the closer he gets to irrelevance, and the more the "
            "people shrug and think, “Enough already, just vote.”", "Enough already, just vote", None),
        ("In town after town, the people shrug and say, “Enough already, we have heard it.”",
         "Enough already, we have heard", "the people"),
        ("The crowd roared and chanted, “Four more years!”", "Four more years", "the crowd"),
        ("The old farmer shrugs and says, “Rain comes when it comes.”", "Rain comes when", "the old farmer"),
        ("The union leaders walked out of the talks and declared, “The strike is on.”",
         "The strike is on", "the union leaders"),
    ],
)

QUOTED_SUBJECTS = cases(
    "when unsure, say less",
    [
        ("“Build back better” suggests a plan that nobody in the party has written down yet.",
         "Build back better", None),
        ("“Law and order” describes a mood more than a policy in this race.", "Law and order", None),
        ("“Read my lips” recalls a pledge that cost a president dearly.", "Read my lips", None),
        ("The motto “leave no one behind” tells the story of the department's founding.",
         "leave no one behind", None),
        ("The phrase “deep state” suggests a conspiracy to many voters.", "deep state", None),
        ("The phrase “deep state” suggests a conspiracy, critics say.", "deep state", (None, "critics")),
        ("The term “fake news” describes a range of things.", "fake news", None),
        ("“Stop the steal” promises supporters a victory that never came.", "Stop the steal", None),
        # positives: an utterance closed by its comma before an inverted verb
        ("“Nobody reads the fine print,” notes one analyst at a Boston bank.", "Nobody reads the fine", "one analyst"),
        ("“We are not going anywhere,” says the owner, Rita Vance.", "We are not going anywhere", "Rita Vance"),
        ("“A wave of layoffs is coming,” reports the Daily Ledger, citing two executives.",
         "A wave of layoffs", "the Daily Ledger"),
        ("“We will fight this” says Mayor Ann Lowe.", "We will fight this", "Ann Lowe"),
        ("“Unacceptable” said a spokesman for the ministry.", "Unacceptable", "a spokesman for the ministry"),
        ("The slogan “Keep Oakdale Small” reflects the mood of longtime residents, said strategist Pam Kirby.",
         "Keep Oakdale Small", "Pam Kirby"),
    ],
)

SPEECH_NOUNS = cases(
    "speech verbs in every form",
    [
        ("News reports said the plan was “dead on arrival” in the state Senate.", "dead on arrival",
         ("news reports", None)),
        ("News reports said the mayor had called the plan “a disaster in the making.”",
         "a disaster in the making", ("news reports", None)),
        ("Several news reports said the deal was “all but done.”", "all but done", ("several news reports", None)),
        ("The chants of “Lock her up” echoed through the arena as Gov. Mara Venn took the stage.",
         "Lock her up", None),
        ("His protests that “nobody told me anything” fell on deaf ears at the hearing.",
         "nobody told me anything", None),
        ("Her laughs drowned out the speaker. “This is a circus,” said Rep. Alan Tross.",
         "This is a circus", "Alan Tross"),
        ("Cries for help came from the basement. “Get the ladder,” a neighbor shouted.", "Get the ladder",
         "a neighbor"),
        ("The promise of “a chicken in every pot” has been made before.", "a chicken in every pot", None),
        ("The reports of “widespread fraud” were never confirmed by officials.", "widespread fraud", None),
        ("The senator's remarks that “the border is open” drew criticism from Democrats.",
         "the border is open", None),
        ("Mayor Ted Wolf answers questions from residents every Monday. “Nobody else does this,” he said.",
         "Nobody else does this", "Ted Wolf"),
        ("The questions keep coming for Sen. Bo Hart, who insists, “I did nothing wrong.”",
         "I did nothing wrong", "Bo Hart"),
    ],
)

OTHERS_WORDS = cases(
    "clause frames around the speaker",
    [
        (  # "gripes" is a noun in a prepositional phrase: the senator did not gripe
            "The senator rolled his eyes at the gripes over “too many meetings on Fridays.”",
            "too many meetings", None),
        ("Kell faced boos and shouts of “Liar, liar, resign now!” at the town hall in Mesa.",
         "Liar, liar", None),
        ("The crowd broke into chants of “USA! USA! USA! USA! USA!” as Kell spoke.", "USA! USA!",
         (None, "the crowd")),
        ("Kell laughed off the claims that she had “lied to voters about the budget.”", "lied to voters", None),
        ("The mayor responded angrily to the claims of “a cover-up at City Hall.”", "a cover-up", None),
        ("Dana Fry, whose tweets mock “the Albany crowd and its donors,” is running for mayor.",
         "the Albany crowd", "Dana Fry"),
        ("Dana Fry, whose campaign manager said the race was “wide open for anyone,” is running for mayor.",
         "wide open", None),
        ("The mayor, whose office said the bridge was “safe for all traffic,” declined to comment.",
         "safe for all traffic", (None, "the mayor's office")),
        # positives: the subject's own words, a speech noun it governs, or a verb after the noun
        ("Trump launched into a lament for the “poor coal miners who lost everything.”", "poor coal miners",
         "Trump"),
        ("The crowd reprised the chant “Build that wall” as Kell left the stage.", "Build that wall", "the crowd"),
        ("Kell repeated her claims that the vote was “rigged from the start.”", "rigged from the start", "Kell"),
        ("Sen. Eve Kell dismissed the claims as “pure fiction from start to finish.”", "pure fiction", "Eve Kell"),
        ("Despite the boos, the mayor insisted, “This budget is fair to everyone.”", "This budget is fair",
         "the mayor"),
        ("After the chants died down, Gov. Lin Park said: “Thank you, Ohio, for everything.”",
         "Thank you, Ohio", "Lin Park"),
        ("Rep. Tom Rudd's office assured residents that all of the claims in the suit are false, and that the "
         "office will be “fully cooperative with the inquiry.”", "fully cooperative", ("Rudd's office", "Tom Rudd's office", "Tom Rudd")),
    ],
)

AFTER_THE_QUOTE = cases(
    "speech verbs in every form",
    [
        ("“The plant will close in May,” the reports said, citing two managers.", "The plant will close",
         "the reports"),
        ("“The plant will close in May,” local news reports said on Monday.", "The plant will close",
         "local news reports"),
        ("“We will build the bridge,” promises Mayor Lee Ortiz, who faces re-election in May.",
         "We will build the bridge", "Lee Ortiz"),
        ("“I was never good at math,” jokes Tom Kell, 54, a retired teacher.", "I was never good", "Tom Kell"),
        ("“Ask the voters,” answers Sen. Ray Dunn when asked about the polls.", "Ask the voters", "Ray Dunn"),
        ("“Is this the end?” tweets Ann Lee, a reporter at the Ledger.", "Is this the end", "Ann Lee"),
        ("“Royal Hearts,” promises Netflix, “will be the drama of the year.”", "will be the drama", "Netflix"),
        ("“We will rebuild,” answers the chatbot when asked about the town.", "We will rebuild", None),
        ("“Trust me,” says a lot about a candidate who has broken every promise.", "Trust me", None),
        # a form more often a noun is the verb right after its subject, a noun elsewhere
        ("Sen. Rob Kell answers critics bluntly: “Read the bill before you attack it.”", "Read the bill", "Rob Kell"),
        ("The mayor promises “a new era of transparency at City Hall.”", "a new era of transparency", "the mayor"),
        ("Sen. Ada Lind promises that the bill will be “the law of the land by June.”", "the law of the land",
         "Ada Lind"),
        ("Campaign promises like “free college for every student” are easy to make.", "free college", None),
        ("The answers to “the big questions about the budget” will come later.", "the big questions", None),
        ("“Believe me,” said the candidate, a phrase he uses dozens of times a speech.", "Believe me",
         "the candidate"),
        ("“It's a scam,” the protesters' chants echoed down Main Street.", "It's a scam",
         ("the protesters", "the protesters' chants")),
        # a slogan as the subject: the verb's object is no speaker, the sentence's own cue is
        ("“Main Street first” answers the critics who say the plan ignores small towns, Gov. Ray Dunn argued.",
         "Main Street first", ("Ray Dunn", None)),
        ("“Sanctuary city” suggests a place where no laws apply, Sheriff Tom Ivy complained.", "Sanctuary city",
         "Tom Ivy"),
        ("“Cheap talk” describes his plan well, says Rep. Ada Mills.", "Cheap talk", "Ada Mills"),
    ],
)

OWNED_NOUNS = cases(
    "organisations, documents and groups",
    [
        (  # "talks" and "terms" are nouns; "both sides" call the terms that, not "Peace"
            "Peace talks in Geneva collapsed on Friday, with both sides calling the other's terms “a non-starter.”",
            "a non-starter", (None, "both sides")),
        ("Sen. Eve Kell described the senator's claims as “pure fantasy from a desperate man.”", "pure fantasy",
         "Eve Kell"),
        ("Sen. Eve Kell called the mayor's remarks “a disgrace to the office.”", "a disgrace to the office",
         "Eve Kell"),
        ("The vote was delayed, with many residents saying the plan was “rushed and badly drawn.”",
         "rushed and badly drawn", "many residents"),
        ("The rally ended with the crowd chanting “Four more years, four more years.”", "Four more years",
         "the crowd"),
        ("Her Facebook posts described the mayor as “a crook and a liar who should resign.”", "a crook and a liar",
         "Her Facebook posts"),
        ("Text messages between the two men mention “the package” and “the drop” several times.", "the package",
         (None, "text messages")),
    ],
)

PLURAL_NOUNS = cases(
    "speech verbs in every form",
    [
        (  # the known real failure itself, with "whine" now in the lexicon and "But" opening it
            "But the more Schiff pushes these serial whines, the closer he gets to irrelevance, and the more the "
            "people shrug and think, “Enough already, just vote.”", "Enough already, just vote", None),
        ("His constant whines about “unfair coverage in the local papers” have worn thin with voters.",
         "unfair coverage", (None, "he")),
        ("Their loud protests that “the vote was stolen from us” went nowhere in court.", "the vote was stolen",
         None),
        ("Her sobs could be heard down the hall: “Why him? Why now? Why us?”", "Why him", None),
        ("The crowd's chants of “USA! USA! USA! USA!” grew louder as the motorcade passed.", "USA! USA!", None),
        ("“Nobody ever listens to us,” whined one council member, Ted Brill.", "Nobody ever listens",
         "Ted Brill"),
        ("Coach Abe Kell whined that the referees were “completely biased against us all night.”",
         "completely biased", "Abe Kell"),
        ("His aide protests that the press is “out to get him no matter what.”", "out to get him", "His aide"),
        ("Kell repeated the claims that the vote was “rigged from the start.”", "rigged from the start", "Kell"),
        ("Committee reports found the agency “grossly mismanaged from top to bottom.”", "grossly mismanaged",
         ("committee reports", None)),
        ("The committee reports that the agency was “grossly mismanaged from top to bottom.”",
         "grossly mismanaged", "the committee"),
        ("Local police reports describe the driver as “calm and cooperative at the scene.”", "calm and cooperative",
         ("local police reports", "local police")),
        # positives the noun readings must leave alone
        ("Gov. Ada Lind did post on Facebook on Friday that her claims were “satire and nothing more.”",
         "satire and nothing more", "Ada Lind"),
        ("Sen. Ada Lind said the fund had “full and open disclosure,” referencing its donors on Monday, but "
         "multiple reports reveal that is untrue.", "full and open disclosure", "Ada Lind"),
    ],
)

AUXILIARY_AFTER_A_SPEECH_WORD = cases(
    "when unsure, say less",
    [
        (  # "State" (a department) and "has": a verb after the subject, no "state has" group
            "State has also told lawmakers privately that the department is launching a probe into how such "
            "“top secret and classified” information wound up on the server.",
            "top secret and classified",
            None,
        ),
        (  # a plural noun of saying before a copula is its subject; the quote is Roe's verdict
            "Ann Roe said in a statement that the claims were “baseless and false in every respect.”",
            "baseless and false",
            "Ann Roe",
        ),
        (
            "Ann Roe said that the reports were “baseless and false in every respect.”",
            "baseless and false",
            "Ann Roe",
        ),
    ],
)

NOUN16_CASES = [
    *CORRELATIVES, *QUOTED_SUBJECTS, *SPEECH_NOUNS, *OTHERS_WORDS, *AFTER_THE_QUOTE, *OWNED_NOUNS, *PLURAL_NOUNS,
    *AUXILIARY_AFTER_A_SPEECH_WORD,
]  # fmt: skip
