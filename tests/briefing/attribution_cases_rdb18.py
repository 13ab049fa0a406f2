"""Attribution cases of session 18 (rdb18): quotes whose speaker a careful reader names but we left
without one, from a hand audit of real news pages; invented people and wording. "X states, “…”" after a
surname that is also a common word and "the report states"; "as X has pointed out" framing a
sentence whose quote is X's; a firm's name before "co-founder and CEO" and the person's name.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

STATES_RDB18 = cases(
    "speech verbs in every form",
    [
        ("In a later post, Baker states, “The council has never once listened to the farmers.”",
         "The council has never", "Baker"),
        ("Arlo Emery runs the blog. In a second post on the feud, Emery states: “Nobody in the county was asked.”",
         "Nobody in the county", "Arlo Emery"),
        ("The audit ran to 80 pages. As the audit states: “The department lost track of 40 vehicles.”",
         "The department lost track", "the audit"),
        ("The city's new policy states that “no tenant may be evicted during the winter months.”",
         "no tenant may be evicted", ("the city's new policy", "The city's new policy")),
        (  # negative: "states" is a plural noun after a determiner and an adjective
            "Officials in the Gulf states, “we are told,” are nervous about the vote.",
            "we are told", None),
        (  # negative: a modifier of the plural noun, after its determiner, is no surname
            "Since the vote, the Baltic states, “for the most part,” have kept quiet.",
            "for the most part", None),
        (  # negative: a capitalised common word after "the" is a modifier, no surname
            "For years the Frontier states: “a region apart” in the atlas of 1890.",
            "a region apart", None),
    ],
)

AS_POINTED_OUT_RDB18 = cases(
    "clause frames around the speaker",
    [
        ("As Ms Varga has pointed out, the tax would hit “the smallest farms first”.",
         "the smallest farms first", "Varga"),
        ("But, as the audit committee has pointed out, the rule could also be used “to identify a reporter's contacts”.",
         "to identify a reporter's", "the audit committee"),
        ("As the Senate Budget Committee has noted, the cuts would fall “hardest on rural hospitals”.",
         "hardest on rural hospitals", "the Senate Budget Committee"),
        ("As Dr. Imre Salo has warned, the dam is “one bad storm away from failure”.",
         "one bad storm away", "Imre Salo"),
        ("As the dam committee has repeatedly warned, the spillway is “one bad storm away from failure”.",
         "one bad storm away", "the dam committee"),
        (  # negative: "as X spoke" is a time clause; the crowd chants
            "As Ms Varga has spoken, the crowd chanted “resign”.", "resign", "the crowd"),
        ("As noted by Mayor Ida Fenn, the fund is “a reserve for hard times, not a piggy bank”.",
         "a reserve for hard times", "Ida Fenn"),
        ("The fund is, as stated by Mayor Ida Fenn, “a reserve for hard times, not a piggy bank”.",
         "a reserve for hard times", "Ida Fenn"),
        ("As pointed out by the audit office, the fund has become “a piggy bank for pet projects”.",
         "a piggy bank for pet", "the audit office"),
        (  # a later speech verb with its own subject still speaks
            "As reported by the Ledger, Mayor Ida Fenn called the fund “a reserve for hard times”.",
            "a reserve for hard times", "Ida Fenn"),
    ],
)

FIRM_AND_ROLES_RDB18 = cases(
    "titles and abbreviations",
    [
        ("Greenfield Foods co-founder and CEO Mara Quill said in a letter to staff that the “pace of change has "
         "become impossible to ignore” as sales slowed.", "pace of change", "Mara Quill"),
        ("Company co-founder and chief executive Ilse Brandt told staff that the “merger will not cost a single job”.",
         "merger will not cost", "Ilse Brandt"),
        ("Brightwave founder and President Omar Tal said the “station will stay on the air through the winter”.",
         "station will stay", "Omar Tal"),
        (  # negative: two people, a spokesman with his own name and a senator
            "Brightwave spokesman Leo Hart and Senator Omar Tal both said the “merger will not cost a single job”.",
            "merger will not cost", "Leo Hart and Omar Tal"),
    ],
)

PHRASE_OWNERS_RDB18 = cases(
    "clause frames around the speaker",
    [
        ("The town had become, in economist Lena Marsh's phrase, “a museum of its own past”.",
         "a museum of its own past", "Lena Marsh"),
        ("Pricing now runs the city, as if there were (in historian Ivo Petrak's phrase) “markets for every "
         "hour of the day” - even in a flood.", "markets for every hour", "Ivo Petrak"),
        ("The stadium is, to borrow the mayor's memorable phrase, “a cathedral nobody prays in”.",
         "a cathedral nobody prays in", "the mayor"),
        ("To quote Senator Olu Adeyemi, “Nobody in this chamber reads the fine print.”",
         "Nobody in this chamber", "Olu Adeyemi"),
        ("To quote one neighbour, the noise was “like a jet taking off every hour”.",
         "like a jet taking off", "one neighbour"),
        (  # negative: a phrase nobody owns
            "The old mill town became, in the phrase of the day, “a museum of its own past”.",
            "a museum of its own past", None),
        (  # negative: a song is no one we can name
            "To quote the old song, “Nobody knows the trouble I have seen.”",
            "Nobody knows the trouble", None),
        (  # negative: a later speech verb reports someone else's words
            "In Marsh's phrase, Senator Olu Adeyemi said the bill was “a monument to fine print”.",
            "a monument to fine print", "Olu Adeyemi"),
    ],
)

ACCORDING_DASH_RDB18 = cases(
    "organisations, documents and groups",
    [
        ("There would be a code including — according to the explanatory notes of the draft bill — “a duty to "
         "protect the sources of reporters”.", "a duty to protect", "the explanatory notes"),
        ("The fund would hold — according to the council's draft guidance — “a reserve for unexpected repairs”.",
         "a reserve for unexpected", "the council's draft guidance"),
        ("The new code would require – according to Mayor Ida Fenn – “a permit for every tree over ten metres”.",
         "a permit for every tree", "Ida Fenn"),
        (  # negative: the aside closes before the verb; the quote is the plan's content, no one's words
            "The plan — according to the council — includes “a reserve for unexpected repairs”.",
            "a reserve for unexpected", None),
    ],
)

CAPTION_BETWEEN_RDB18 = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        ("The river has flooded three times this year.\n\n“Nobody in the capital listens to us,” says Moana "
         "Tere, a farmer and elder of the valley.\n\nMoana Tere on her farm near Kaiwaka, where she was born and "
         "grew up\n\n“We have lived with this river for ten generations. We know when it is angry.”",
         "We have lived with this river", "Moana Tere"),
        ("“Nobody in the capital listens to us,” says Moana Tere, a farmer and elder of the valley.\n\nThe "
         "flooded road north of Kaiwaka, with the old bridge far off in the distance\n\n“We have lived with "
         "this river for ten generations.”", "We have lived with this river", "Moana Tere"),
        ("“The water came up in an hour,” says Tui Rangi, who runs the store.\n\nOtara Harbour seen from the "
         "hill road, with the mud flats showing at low tide\n\n“We lost every shelf of stock that night.”",
         "We lost every shelf", "Tui Rangi"),
        (  # negative: a long subhead opens a new section, whose first voice may be anyone's
            "“Nobody in the capital listens to us,” says Moana Tere, a farmer and elder of the valley.\n\nWhy "
            "the valley fears the next big flood on the river\n\n“We have checked this levee every month.”",
            "We have checked this levee", None),
        (  # negative: the caption brings in another person, who may be the one speaking
            "“Nobody in the capital listens to us,” says Moana Tere, a farmer and elder of the valley.\n\n"
            "Council engineer Rob Hale inspecting the levee near Kaiwaka in March last year\n\n“We have "
            "checked this levee every month since the flood.”", "We have checked this levee", None),
    ],
)

SIGNATURES_RDB18 = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        ("The project asked girls to write about their heroes.\n\n“My hero is my grandmother, who taught me to read "
         "when the schools were closed.” Soraya, Grade 9", "My hero is my grandmother", "Soraya"),
        ("The project asked girls to write about their heroes.\n\n“I want to be a doctor so no mother in my "
         "village loses a child again.” Parisa Grade 8 @ Nur High School (Kabul, Afghanistan)",
         "I want to be a doctor", "Parisa"),
        ("Readers sent in their memories of the storm.\n\n“We slept in the car for three nights and my little "
         "brother never cried once.” Jana Novak, 14", "We slept in the car", "Jana Novak"),
        ("Readers sent in their memories of the storm.\n\n“The water reached the second step of the church and "
         "then it stopped.” Elif Demir, aged 12, Izmir", "The water reached", "Elif Demir"),
        (  # the signature, not the writer quoted in the paragraph before
            "“I thought the night would never end,” said Tom Ruiz.\n\n“The water reached the second step of the "
            "church and then it stopped.” Elif Demir, 12", "The water reached", "Elif Demir"),
        (  # negative: a road's number is no signature
            "The flood ruined the town.\n\n“The water reached the second step of the church.” Route 9",
            "The water reached", None),
        (  # negative: a place and a year under the quote
            "The flood ruined the town.\n\n“The water reached the second step of the church.” Main Street, 1998",
            "The water reached", None),
        (  # negative: a page number
            "The flood ruined the town.\n\n“The water reached the second step of the church.” Page 14",
            "The water reached", None),
    ],
)

CAME_FROM_RDB18 = cases(
    "clause frames around the speaker",
    [
        ("After the lecture, a question came from a member of the audience: “Did you ever test it on real patients?”",
         "Did you ever test it", ("a member", "a member of the audience")),
        ("Then a question came from Dr. Ines Varga: “How much of this was planned?”",
         "How much of this", "Ines Varga"),
        ("The sharpest reply came from the union's leader, Tom Berg: “We will not sign this.”",
         "We will not sign", "Tom Berg"),
        (  # negative: the question came from a place, not from anyone named
            "The first question came from the back of the hall: “Why now?”", "Why now?", None),
        (  # negative: a city and its state, not a person and an apposition
            "The reply came from Denver, Colorado: “We will not comment.”", "We will not comment", None),
    ],
)

BARE_SUBJECT_RDB18 = cases(
    "long material between quote, speaker and verb",
    [
        ("“Both sides have taken real risks,” Ruiz said in his speech. Palestinian Authority President Ana Pell "
         "“has set aside her old demands and come to the table.”", "has set aside her old", "Ruiz"),
        ("“Both sides have taken real risks,” Ruiz said in his speech. Senate Majority Leader Ana Pell “has set "
         "aside her old demands.”", "has set aside her old", "Ruiz"),
        (  # negative: the quote before has no speaker to go on with
            "The crowd cheered. Palestinian Authority President Ana Pell “has set aside her old demands and come "
            "to the table.”", "has set aside her old", None),
    ],
)

RDB18_CASES = [
    *STATES_RDB18, *AS_POINTED_OUT_RDB18, *FIRM_AND_ROLES_RDB18, *PHRASE_OWNERS_RDB18, *ACCORDING_DASH_RDB18,
    *CAPTION_BETWEEN_RDB18, *SIGNATURES_RDB18, *CAME_FROM_RDB18, *BARE_SUBJECT_RDB18,
]
