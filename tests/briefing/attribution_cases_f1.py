"""Attribution cases of round 24 (slice fundus_en: English news pages of many outlets): garbage
and wrong speakers that real pages showed, in invented sentences with invented people.

- capitalised words that only modify a noun taken as a "he" or "she": a hyphened adjective
  ("Kremlin-backed forces"), a name before a collective noun ("Capitol police"), a name before the
  noun it modifies at the end of a list ("and Packers football"), an owner before a role ("Acme's
  chief executive"), a capitalised adjective of a role ("senior North American economist");
- an inverted-cue reading of "spoke about reading X" (X is the topic, no speaker);
- an office joining two fields with "and" ("Police and Crime Commissioner Dana Holt");
- the narrator ("I") only as the subject of the speech verb itself, never of another clause
  ("I ask Rowe if he …; he claims to …", "my son who exclaimed"), never the source of a quote-only
  paragraph before "I suggest …", and never a later "he";
- a closing cue before a semicolon ("…, Alvarez said; the march was …");
- a group a "they" was resolved to is no later "he";
- a quote woven in as a third person's predicate that speaks of a "me" (the victim's words);
- a "which says" clause: the thing's words, not the main subject's;
- a speech verb's noun ("comes after protests") is no cue of a quote-only paragraph after it;
- a bare surname two people bear is the one the text introduced first (the one it is about), not
  the longest name ("her mother, Lakshmi Rao Whitfield");
- run-ins: a headline's epithet before a name ("Brave Nadia Ferreira"), a newspaper's name before
  the speaker's with the comma lost ("Speaking to the Daily Post Moreira claimed"), an online
  handle as speaker ("zorro88 wrote"), an opening "with" phrase of time;
- a quote after a sentence closed by an inverted cue ("…, says Qian. “…”") is the cue's speaker's,
  not the reported clause's subject's.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

MODIFIER_CAPITALS = cases(
    "pronouns and role nouns",
    [
        ("“I will never forget that night,” says Marta Kovalenko, a chemist. In 2015, after Kremlin-backed "
         "forces seized the city, the staff chose to leave. “We thought it would be a few months,” she says.",
         "We thought it would", "Marta Kovalenko"),
        (  # negative: the adjective is no "she", and nobody else is named
            "In 2015, after Kremlin-backed forces seized the city, the staff chose to leave. “We thought it "
            "would be a few months,” she says.", "We thought it would", None),
        ("Aldo Brenner, 34, waits tables downtown. He does enjoy fishing, he said, and Packers football. "
         "“Cooks and servers are paid too little,” he said.", "Cooks and servers", "Aldo Brenner"),
        (  # negative: the team before "football" is no "he"
            "He does enjoy fishing, he said, and Packers football. He has been thinking, he said, about how "
            "“cooks are paid too little.”", "cooks are paid too little", None),
        ("Florida is a swing state, and Clinton aimed her speech at its voters. “We will win here,” she said.",
         "We will win here", "Clinton"),
        ("Zora Lind spoke at the rally. On Monday, hundreds of protesters marched on the statehouse. Capitol "
         "police in riot gear were deployed. “It all came out at once,” Lind said later.",
         "It all came out", "Zora Lind"),
        (  # negative: the owner of the role is no "he"; the role is
            "Acme’s chief executive is known for a few sayings. He also has a cool jacket. Lately, he is "
            "focused on one idea: “Local clouds for every country.”", "Local clouds", ("Acme’s chief executive", None)),
        ("Harbor Economics senior North American economist Ines Varga said the rebound is real. “The labour "
         "market is stronger than anyone thought,” she said.", "The labour market", "Ines Varga"),
        ("Author Nadia Petersen, from Sea Point, spoke about reading Mills and Boon books from her aunt's "
         "shelf.\n\n\"She was older than me, and we read the same books,\" she said.",
         "She was older than me", "Nadia Petersen"),
    ],
)

JOINED_OFFICES = cases(
    "titles and abbreviations",
    [
        ("Police and Crime Commissioner Dana Holt said: “I thank the public for their help.”",
         "I thank the public", "Dana Holt"),
        ("“I thank the public for their help,” said Fire and Rescue Chief Ola Brandt.",
         "I thank the public", "Ola Brandt"),
        ("Health and Human Services Secretary Rae Coburn said: “We are ready for the winter.”",
         "We are ready", "Rae Coburn"),
        (  # negative: a person, then an office holder: both
            "Tom Ames and Crime Commissioner Dana Holt said: “We are ready.”", "We are ready",
            "Tom Ames and Dana Holt"),
    ],
)

NARRATOR_SUBJECT = cases(
    "when unsure, say less",
    [
        ("I ask Rowe if he thinks the region is calming down; he has been there many times and so "
         "professes to “know the terrain”.\n\n“The main problem is the militias. They are paid from abroad.”",
         "The main problem", ("Rowe", None)),
        ("I once called the tent a “dome” in front of my then 6-year-old, who exclaimed, “What? Who lives "
         "in a dome?”", "What? Who lives", None),
        ("Walsh has led the party for a year.\n\n“Well, I support him fully.”\n\nWhen I suggest the voters "
         "are unhappy, he shrugs.", "Well, I support him", ("Walsh", None)),
        ("I asked Rowe about the gifts: “Were they a mistake?”\n\nWhen I mention the donor, he interrupts "
         "me.\n\n“I have known him for years. He never asked for anything.”", "I have known him",
         ("Rowe", None)),
        ("I asked him: “Will you run again?”", "Will you run again", "the author"),
        ("When he arrived, I told him, “Sit down.”", "Sit down", "the author"),
    ],
)

SEMICOLON_CUE = cases(
    "pronouns and role nouns",
    [
        ("Zora Lind has been in the statehouse day after day for months.\n\nOn Monday, hundreds of "
         "protesters converged on Salem. “Let her speak,” they chanted. Four people were arrested, "
         "including two of Alvarez’s staffers.\n\nAmong the protesters, anger had been building since the "
         "session began, Alvarez said; the march was a release.\n\n“It all came out at once,” he said.",
         "It all came out", "Alvarez"),
        (  # negative: the crowd a "they" meant is no later "he"
            "On Monday, hundreds of protesters converged on Salem. “Let her speak,” they chanted.\n\n“It all "
            "came out at once,” he said.", "It all came out", None),
    ],
)

WOVEN_VICTIM_WORDS = cases(
    "long material between quote, speaker and verb",
    [
        (  # negative: the "me" is the victim who told it, not the subject
            "Her ordeal began in 1987 when Marsh picked her up on a corner. After agreeing on a price, Marsh "
            "drove her to a farmhouse where he “pushed me to the ground and tied my hands”.",
            "pushed me to the ground", None),
        ("Tom Ames said he “would never let me down”.", "would never let me down", "Tom Ames"),
        ("Rami Haddad runs the shelter. He “cannot turn anyone away”, he said.", "cannot turn anyone", "Rami Haddad"),
    ],
)

THING_RELATIVE = cases(
    "organisations, documents and groups",
    [
        (  # negative: the forum's words, not its head's
            "Rami Haddad is the head of the Levant Dialogue Forum in Cyprus, which says on its website that "
            "it aims to “protect the rights of refugees.”", "protect the rights", None),
        ("Ivo Marr chairs the Delta Trust, which also said in May that it wants to “double the grants.”",
         "double the grants", "Delta Trust"),
        (  # negative: the same with a place after the thing
            "Ivo Marr chairs the Delta Trust in Leeds, which also said in May that it wants to “double the "
            "grants.”", "double the grants", None),
        ("Rami Haddad runs the forum, which he says aims to “protect the rights of refugees.”",
         "protect the rights", "Rami Haddad"),
        ("Rami Haddad, who says the forum aims to “protect refugees,” runs it.", "protect refugees", "Rami Haddad"),
    ],
)

NOUN_NOT_CUE = cases(
    "when unsure, say less",
    [
        (  # negative: "protests" is a noun, and the quote a block from another report
            "Lenz considering firing the general comes after protests over the minister's dismissal.\n\n"
            "“Thousands of people gathered outside the ministry in one of the largest protests in years.”",
            "Thousands of people", None),
        ("Councillor Dana Vance praised the mayor's leadership.\n\n“We need someone who listens.”",
         "We need someone", "Dana Vance"),
    ],
)

SHARED_SURNAMES = cases(
    "names: particles, numbers, places and headlines",
    [
        ("Vice President Nora Whitfield grew up in Quebec. Her mother, Lakshmi Rao Whitfield, was a "
         "scientist.\n\nIn her speech, Whitfield said the episode “is one of the reasons I became a lawyer.”",
         "is one of the reasons", "Nora Whitfield"),
        ("Ann Roe runs the bakery. Ann Marie Roe, as she signs her name, opened it in 1990.\n\nRoe said the "
         "bakery “will stay open.”", "will stay open", "Ann Marie Roe"),
        ("Gov. Rick Stamper spoke first. His brother, Paul Andrew Stamper, a pastor, followed him.\n\n"
         "“We will rebuild,” Stamper said.", "We will rebuild", "Rick Stamper"),
    ],
)

NAME_RUN_INS = cases(
    "names: particles, numbers, places and headlines",
    [
        ("WARNING: Brave Nadia Ferreira has described the abuse she suffered.\n\nNadia Ferreira says the "
         "man lied. Ferreira said: “It was terrible.”", "It was terrible", "Nadia Ferreira"),
        ("Speaking to the Daily Post Moreira claimed: “A lot of things happened in that room.”",
         "A lot of things", "Moreira"),
        ("Speaking to the Evening Herald, Dana Moreira said: “We were never told.”", "We were never told",
         "Dana Moreira"),
        ("Shortly after the post, in June 2023, zorro88 wrote, “I am staying until the end of my contract.”",
         "I am staying", "zorro88"),
        ("“Piracy is always fine,” zorro88 posted. “You do not understand markets.”", "You do not understand",
         "zorro88"),
        ("With days to go before the caucuses, Marlow quit—telling a meeting in Dover, “I always said I would "
         "get out.”", "I always said", "Marlow"),
        ("So, with days to go before the caucuses, Marlow quit—telling a town hall meeting in Dover, N.H., “I "
         "always said there would come a point where I would get out.”", "I always said", "Marlow"),
    ],
)

INVERTED_CLOSING = cases(
    "speaker stated in another paragraph or clause",
    [
        ("With the US absent, China will gain influence at the summit, but the world should expect a "
         "different style, says Qian. “They cannot expect China to do what the US does.”",
         "They cannot expect", "Qian"),
        ("The harbour will stay closed until May, says port manager Ilse Brandt. “We need the dredgers first.”",
         "We need the dredgers", "Ilse Brandt"),
        (  # negative: "for tourists to marvel" names no one who speaks (the "he" is Akerman; none is safe)
            "Nils Akerman runs the ferry. It’s easy, he says, for tourists to marvel at the fjord. “But they "
            "never see the winter.”", "But they never see", ("Nils Akerman", None)),
        ("Lockwood said the plan would fail, Ames said. “It cannot work.”", "It cannot work", "Ames"),
    ],
)

F1_CASES = [
    *INVERTED_CLOSING,
    *SHARED_SURNAMES,
    *NAME_RUN_INS,
    *MODIFIER_CAPITALS,
    *JOINED_OFFICES,
    *NARRATOR_SUBJECT,
    *SEMICOLON_CUE,
    *WOVEN_VICTIM_WORDS,
    *THING_RELATIVE,
    *NOUN_NOT_CUE,
]
