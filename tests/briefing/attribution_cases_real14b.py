"""Attribution cases of session 14 (real-text probing of extracted news pages, invented people):
titles of works in a list under an "according to" (not the source's words), a participle's
subject in a with-phrase set off by a comma (never the sentence's subject: a storm says
nothing), a work's title as a sentence subject ("Web of Angels was the first novel she sold")
that is no referent for "she", and a fronted description of a person before the name that is
the sentence's subject ("An agreeable, funny woman in her 80s, Jane Starner lives …").
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

LISTED_TITLES_14 = cases(
    "when unsure, say less",
    [
        ("According to the promoter, fans can expect the band's hits, including “Blue River,” “Paper Moon” "
         "and “Dancing Alone.”", "Dancing Alone", None),
        ("The label says the box set will hold “Cold Harbor,” “Red Lantern,” “Marching On” and “Last Call.”",
         "Last Call", None),
        ("Per the festival's website, the films on show include “Salt Road,” “The Ninth Bell,” “Harbour "
         "Lights” and “Iron Garden.”", "Iron Garden", None),
        (  # negative: a chanted list is the crowd's
            "The marchers chanted “Fair Pay Now,” “No More Cuts,” and “Teachers Matter” outside the building.",
            "Fair Pay Now", ("the marchers", "The marchers")),
        (  # negative: two titles make no list; the name and verb after them keep them
            "Her favourites are “Moon River” and “Blue Skies,” singer Lena Hart told reporters. “I grew up "
            "with them,” she said.", "I grew up with them", "Lena Hart"),
        (  # negative: a sentence quote after the list keeps its speaker
            "According to the promoter, the set will include “Blue River,” “Paper Moon” and “Dancing Alone.” "
            "“It will be a long night,” promoter Ray Osei said.", "It will be a long night", "Ray Osei"),
    ],
)

WITH_PHRASE_14 = cases(
    "clause frames around the speaker",
    [
        ("Another wave of heavy rain is set to hit the coast this week, with forecasters warning that flooding "
         "could reach “major” or “record” levels on Friday.", "major", None),
        # the group's words ("meteorologists" is a person noun since session 19, like "some analysts")
        ("A second storm is due on Monday, with meteorologists predicting winds that are “strong enough to "
         "topple power lines across the county.”", "strong enough to topple", "meteorologists"),
        ("The vote passed 7-2, with council members calling it “a fair compromise for everyone in this town.”",
         "a fair compromise", "council members"),
        ("The senator left the room, with aides insisting that she had “nothing more to say about the matter.”",
         "nothing more to say", "aides"),
        ("The plant will close next year, with spokesman Dan Wells saying the decision was “painful but "
         "necessary for the company.”", "painful but necessary", "Dan Wells"),
        ("The market fell sharply, with some analysts warning of “a long and painful correction ahead.”",
         "a long and painful correction", "some analysts"),
        ("Critics were quick to respond, with Senator Ada Vance tweeting that it was a “farce” and asking, “Who "
         "approved this plan?”", "Who approved this plan?", "Ada Vance"),
        (  # negative: a with-phrase without a comma is the verb's object, the subject speaks
            "Governor Ida Klein met with reporters on Monday, warning that the budget was “dead on arrival in "
            "the legislature.”", "dead on arrival", "Ida Klein"),
    ],
)

TITLE_SUBJECTS_14 = cases(
    "pronouns and role nouns",
    [
        ("I finally reached Nora Pell by phone. Pell still finds it hard to talk about the trial. She had "
         "managed the band since 1985. Songs of Winter was the "
         "first record she ever produced. But a lawsuit left her “completely drained,” she said.",
         "completely drained", "Nora Pell"),
        ("Agent Lou Brant sold his first book at 30. Tales of Ember, a fantasy about dragons, made him "
         "famous. “It changed everything for me,” he said.", "It changed everything", "Lou Brant"),
        ("Maya Stroud lives in a small town in Ohio. She spoke warmly of her brother. By then only The Long "
         "Dry Summer and two story collections were still in print. “I cannot believe they forgot him,” she "
         "said.", "I cannot believe they forgot", "Maya Stroud"),
        ("Carla Menzies runs the shop with her sister. The Quiet House was her first novel. “I wrote it at "
         "night after work,” she said.", "I wrote it at night", "Carla Menzies"),
        ("A quiet, careful man in his 60s, Tom Reyes runs the hardware store on Main Street. “Nobody here "
         "locks their doors,” he said.", "Nobody here locks", "Tom Reyes"),
        ("An agreeable, talkative woman in her 80s, Edna Vale lives near the lake in Cedar Falls, Iowa. "
         "“I have outlived all my doctors,” she said.", "I have outlived", "Edna Vale"),
        (  # negative: an office before "of" keeps its holder
            "Secretary of State Mara Quint arrived late. “We have a deal,” she said.", "We have a deal",
            "Mara Quint"),
        (  # negative: a spokesman set off by commas still speaks
            "A spokesman, Tom Leary, said the firm “will not comment on ongoing litigation at this time.”",
            "will not comment", "Tom Leary"),
    ],
)

HOW_PUT_14 = cases(
    "long material between quote, speaker and verb",
    [
        ("The pair had “wed” in a mock pirate ceremony at a festival. (“The Pirate Council has ruled that we "
         "should make it official,” was how Dorsey described it to friends.)", "The Pirate Council", "Dorsey"),
        ("“It felt like a warm welcome after years away,” was how Nina Kellerman put it.", "It felt like a warm",
         "Nina Kellerman"),
        ("“A total disaster from start to finish” is how one fan described the final.", "A total disaster",
         "one fan"),
        ("“Not my finest hour, but not my worst,” is how Mayor Ada Quinn summed up the week.",
         "Not my finest hour", "Ada Quinn"),
        (  # negative: a passive names no one who put it so
            "“Shock and awe on a small budget” was how the campaign was described.", "Shock and awe", None),
    ],
)

AUXILIARY_AFTER_APPOSITIVES_14 = cases(
    "long material between quote, speaker and verb",
    [
        ("Prince Edmund, the younger brother of the heir to the throne, Frederick, has reportedly told friends "
         "that the dinner was a “huge triumph”.", "huge triumph", "Edmund"),
        ("Rosa Lind, the sister of the late senator, Tom Lind, has said that the book is “full of lies and "
         "half-truths.”", "full of lies", "Rosa Lind"),
        ("Carl Ames, a cousin of the victim, Dana Ames, also said the police had “ignored every warning.”",
         "ignored every warning", "Carl Ames"),
        (  # negative: the name apposed to a role is the subject
            "Her lawyer, Tom Ward, has said the claim is “absurd and offensive to the family.”", "absurd and",
            "Tom Ward"),
        ("The family, however, has called the ruling “a slap in the face.”", "a slap in the face",
         ("the family", "The family")),
    ],
)

LIST_IN_ORGANISATION_14 = cases(
    "organisations, documents and groups",
    [
        ("“This is mainly due to a change in the wind,” Priya Nandan, a research analyst at the Pune-based "
         "Centre for Energy, Water and Climate think tank told local reporters.", "This is mainly due",
         "Priya Nandan"),
        ("It said it had filed a proposal for a lander. “Using the lift of the new rocket, we have built a "
         "simple approach,” Dan Hollis, senior vice president for space at Orbital Works Defense, Space, and "
         "Security, said in that statement.", "Using the lift", "Dan Hollis"),
        ("“The rules changed overnight,” said Ida Moran, a lawyer at the Institute for Labor, Trade and "
         "Migration in Denver.", "The rules changed", "Ida Moran"),
        (  # negative: a list of people is the speakers
            "“We will appeal,” Ann Kell, Tom Hart and Joe Ames said in a joint statement.", "We will appeal",
            "Ann Kell, Tom Hart and Joe Ames"),
        ("“We will appeal,” said Rita Moss, a partner at Marsh, Brown and Green.", "We will appeal",
         "Rita Moss"),
    ],
)

CLAUSE_SUBJECT_ROLE_14 = cases(
    "pronouns and role nouns",
    [
        ("Editor Beth Marsh loved his work. “Every book was a puzzle,” Marsh said. Close reading and patience are "
         "essential for these passages, which I came to call Dark Rooms, after the novelist Ann Reyes explained "
         "them to me. “You only see a tenth of it,” she said.", "You only see a tenth", "Ann Reyes"),
        ("Coach Lena Brandt watched from the stands. The fans went quiet when the referee Maria Soto stopped the "
         "game. “It was the only safe call,” she said.", "It was the only safe call", "Maria Soto"),
        (  # negative: a man in the clause is no "she"
            "Editor Beth Marsh loved his work. “Every book was a puzzle,” Marsh said. The book sold well after the "
            "critic Tom Hale praised it. “It was a hit,” she said.", "It was a hit", "Beth Marsh"),
    ],
)

NAMED_THINGS_14 = cases(
    "when unsure, say less",
    [
        ("One of the cards, a poem called “Winter Gate, Camelot Road,” went on to win the Hollis Award. “He made "
         "art everywhere,” Gail Ostrow said.", "He made art everywhere", "Gail Ostrow"),
        ("The plan was to induce “torpor” — the term for the hibernating state. “It is safe,” Dr. Ann Cole said.",
         "torpor", None),
        ("The patients enter “cold sleep”, the phrase used by the team for the state, Dr. Ann Cole said.",
         "cold sleep", None),
        ("Hale is the CEO of Dunmore, the Boise advertising, public relations and branding firm behind the "
         "state's opioid campaign “Starts with one.”", "Starts with one.", None),
        ("Kell unveiled her new slogan “Build it here” on Monday, saying “we have waited long enough for this.”",
         "we have waited long enough", "Kell"),
        (  # negative: the campaign's predicate is the speaker's words
            "Hale said the campaign “is working better than anyone expected.”", "is working better", "Hale"),
        ("The mayor's campaign “will not be intimidated by these attacks,” spokesman Tim Ross said.",
         "will not be intimidated", "Tim Ross"),
        (  # negative: a quote the speaker calls something keeps the speaker
            "Kell called the plan “a disaster for everyone in the county,” and said she would vote no.",
            "a disaster for everyone", "Kell"),
    ],
)

RELATIVE_VERB_14 = cases(
    "clause frames around the speaker",
    [
        ("Nina Pratt added that before their mother died, the two of them had made peace, and the last letter "
         "Tom wrote was “kind and loving.”", "kind and loving.", "Nina Pratt"),
        ("Kell said the note that Ada Price sent her was “full of warmth and good humour.”", "full of warmth",
         "Kell"),
        (  # negative: the verb of a plain clause keeps its subject
            "After the meeting Tom Reyes said he was “very pleased with the result.”", "very pleased",
            "Tom Reyes"),
    ],
)

WRITER_OBJECT_14 = cases(
    "pronouns and role nouns",
    [
        ("The agent Vera Stone dropped out of sight years ago. Stone said she simply lost touch.\n\nWhen the deal was "
         "struck, I thought of Elise Moor. How would she feel about it? “I don't even have words,” she replied "
         "in an email.", "I don't even have words", "Elise Moor"),
        ("Mayor Ada Lind opened the meeting. Later I spoke with her deputy Tom Hale. “The vote was closer than "
         "anyone expected,” he said.", "The vote was closer", "Tom Hale"),
        # negative: a place of common words in a first-person sentence is no one ("we" quoting a pamphlet)
        ("In his pamphlet, Omar Kessel laid out his turn:\n\nWe did not believe that any blueprint would help the "
         "people in the Middle East.\n\nThe movement, he explains, had always been about “freeing the society and "
         "changing it.”", "freeing the society", "Omar Kessel"),
    ],
)

REAL14B_CASES = [
    *LISTED_TITLES_14,
    *WITH_PHRASE_14,
    *TITLE_SUBJECTS_14,
    *HOW_PUT_14,
    *AUXILIARY_AFTER_APPOSITIVES_14,
    *LIST_IN_ORGANISATION_14,
    *CLAUSE_SUBJECT_ROLE_14,
    *NAMED_THINGS_14,
    *RELATIVE_VERB_14,
    *WRITER_OBJECT_14,
]
