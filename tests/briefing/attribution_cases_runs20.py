"""Attribution cases of session 20: where a run of capitalised words is cut into a speaker.

Names are read as runs of capitals, and a run that takes in a word beside the name puts the words
in the wrong mouth: a month of the date before it ('In September Kim described …' is not "September
Kim"), a weekday after it ('said the National Association of Broadcasters Friday'), a place before
a role or a title ('Oklahoma conservative Lankford', 'congressman from Georgia John Lewis', 'Ohio
Republican Dunn'), a sentence's capitalised first adjective ('Top congressional Democrats'), a
country's abbreviation before a noun ('U.S. media'), an organisation's name cut at its "and" ('the
House Energy and Commerce committee'). A place is never the "he" or "she" of a later sentence, and
'…, with Ann Roe, head of …, calling it “…”' is Ann Roe's, not the place of the main clause.
Negatives: people named like months ("April Ryan", "June Carter", "Theresa May"), places that are
given names ("Virginia Foxx", "Chad …"), a place that is a sentence's subject, a quote in a second
main clause's question ('…, and the committee is investigating if he “…”').
Invented people and wording (seen on unseen Reuters news, 2017).
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

PLACE_NOT_A_PRONOUN = cases(
    "pronouns and role nouns",
    [
        ("Like Hale, Oklahoma conservative Tabor questions whether the fees will cover the cost.\n\n"
         "He has been working with Hale on it. \"We are still trying to work out how we would pay for it,\" he told reporters on Tuesday.",
         "We are still trying", ("Tabor",)),
        ("Unlike Kell, Texas moderate Ruiz doubts the levy will raise enough.\n\n"
         "She has met the governor twice. \"We still do not know how we would pay for it,\" she told reporters.",
         "We still do not know", "Ruiz"),
        ("Like Hale, Vermont liberal Dunmore wants a vote this year. \"We cannot wait another session,\" he said.",
         "We cannot wait", "Dunmore"),
        ("Like Corder, Ohio Republican Dunn questions the plan. \"It simply does not add up,\" he said.",
         "It simply does not", "Dunn"),
        ("In Marlow, Ohio, just outside the state capital, Columbus, town budget director Dale Pruitt said the firehouse was too small. "
         "\"The trucks barely fit through the doors,\" he said.", "The trucks barely fit", "Dale Pruitt"),
        ("In Dayton, Ohio, near the county seat, Xenia, police chief Ann Roe said the jail was full. \"They sleep on the floor,\" she said.",
         "They sleep on the floor", "Ann Roe"),
        ("In her hometown, Dayton, teacher Ann Roe said the school was closing. \"It breaks my heart,\" she said.",
         "It breaks my heart", "Ann Roe"),
        ("Iowa native Tom Kell argues the rules are unfair to growers. \"They hurt farmers most of all,\" he said.",
         "They hurt farmers", "Tom Kell"),
        ("Police chief Ann Roe said the jail was full on Monday. \"They sleep on the floor,\" she said.",
         "They sleep on the floor", "Ann Roe"),
        # a place that is the sentence's subject is no "he": nobody we can name
        ("Oklahoma passed the bill on Monday after a long fight. \"We are thrilled,\" he said.", "We are thrilled", None),
        ("Tom Kell runs the clinic in Tulsa. Georgia passed the bill on Monday. \"We are thrilled,\" he said.",
         "We are thrilled", "Tom Kell"),
        ("Back in Tulsa, the city's largest suburb, Broken Arrow, voted on Monday. \"It was close,\" he said.", "It was close", None),
        # the state set off after a described person's town places the town; the description is
        # the subject (found on an unseen page, where the "he" went to a man of the paragraph before)
        ("Omar Haddad studies law in Boston. \"We debate everything here,\" he said.\n\nOne student at Lakeview College "
         "in Durham, North Carolina, said he stopped talking politics in class. \"You learn to keep quiet,\" he said.",
         "You learn to keep quiet", "One student"),
        ("Omar Haddad studies law in Boston. \"We debate everything here,\" he said.\n\nA nurse at the county hospital "
         "in Salem, Oregon, said she quit last year. \"We worked eighteen hours a day,\" she said.",
         "We worked eighteen hours", "a nurse"),
        ("The candidate from Florida, Sen. Dale Mercer, said he would not back down. \"We can do better than this,\" he said.",
         "We can do better", "Dale Mercer"),
    ],
)

DATE_BEFORE_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        ("In September Kwon described Hale as a \"reckless old gambler who will be stopped.\"", "reckless old gambler", "Kwon"),
        ("After the summit in September Hale tweeted: \"Just heard the foreign minister speak at the U.N.\"", "Just heard the foreign", "Hale"),
        ("In March Reyes called the proposal \"a gift to the banks.\"", "a gift to the banks", "Reyes"),
        ("Since January Ann Lind has described the budget as \"a disaster in slow motion.\"", "a disaster in slow", "Ann Lind"),
        ("Late October Kell warned that the deal was \"dead on arrival.\"", "dead on arrival", "Kell"),
        ("By November Ames was calling the plan \"unworkable.\"", "unworkable", "Ames"),
        ("Last April Okafor told reporters the tariffs were \"a tax on farmers.\"", "a tax on farmers", "Okafor"),
        ("He left the party in December. In December Brandt told supporters the split was \"overdue.\"", "overdue", "Brandt"),
        # people named like months keep their names
        ("April Ryan asked the president whether he would \"ever apologize.\"", "ever apologize", "April Ryan"),
        ("In a speech last week, Theresa May said the deal was \"the best available.\"", "the best available", "Theresa May"),
        ("June Carter told the crowd it was \"the night of her life.\"", "the night of her life", "June Carter"),
        ("Voters backed Theresa May in May. \"It is a clear mandate,\" May said.", "It is a clear mandate", "Theresa May"),
    ],
)

DAY_AFTER_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        ("\"We will fight this rule in court,\" said the National Association of Home Builders Friday.",
         "We will fight this rule", "the National Association of Home Builders"),
        ("\"We will appeal,\" said Jane Roe Friday.", "We will appeal", "Jane Roe"),
        ("\"The vote was rigged,\" said Tom Kell Monday night.", "The vote was rigged", "Tom Kell"),
        ("\"It is a sad day,\" said the American Civil Liberties Union Tuesday.", "It is a sad day", "the American Civil Liberties Union"),
        ("\"Nobody wins here,\" said Senator Ann Lind Wednesday in a statement.", "Nobody wins here", "Ann Lind"),
        ("The National Rifle Association Friday called the ban \"an attack on law-abiding citizens.\"",
         "an attack on law-abiding", "the National Rifle Association"),
        ("Jane Roe Friday called the ruling \"a victory for every family.\"", "a victory for every family", "Jane Roe"),
        ("\"We will keep going,\" said the International Monetary Fund Sunday.", "We will keep going", "the International Monetary Fund"),
        ("\"The market has turned,\" said Ana Pruitt Thursday morning.", "The market has turned", "Ana Pruitt"),
        # a weekday that ends its feast's name stays
        ("\"Sales were slow,\" the manager said after Black Friday.", "Sales were slow", "the manager"),
    ],
)

WITH_PARTICIPLE = cases(
    "clause frames around the speaker",
    [
        ("Politicians in Scotland condemned Hale, with Moira Coburn, leader of the opposition Green Party, describing his posts as "
         "\"cruel, reckless and beneath any public office.\"", "cruel, reckless", "Moira Coburn"),
        ("Lawmakers in Ottawa rejected the bill, with Ann Roe, head of the finance committee, calling it \"a tax grab dressed up as reform.\"",
         "a tax grab", "Ann Roe"),
        ("Unions in France protested, with Marc Duval, the head of the rail workers, warning of \"a long and hard winter.\"",
         "a long and hard winter", "Marc Duval"),
        ("Residents of Dayton packed the hall, with the mayor, Tom Kell, saying the plan was \"the only way forward.\"",
         "the only way forward", "Tom Kell"),
        ("Critics in Congress piled on, with Sen. Ann Lind, a Democrat from Oregon, calling the deal \"a betrayal.\"", "a betrayal", "Ann Lind"),
        ("The board in Chicago voted 5-2, with its chair, Rosa Diaz, describing the result as \"a clear mandate.\"", "a clear mandate", "Rosa Diaz"),
        ("Opposition parties in Germany were scathing, with Greens leader Karl Brandt, 54, calling the budget \"a joke.\"", "a joke", "Karl Brandt"),
        ("Shares in Tokyo fell sharply, with analysts at Nomura, a Japanese bank, warning of \"more pain to come.\"", "more pain to come", "analysts"),
        ("Voters in Iowa, with the caucuses a week away, told pollsters the race was \"wide open.\"", "wide open", "voters"),
        ("Officials in Ohio said the storm, with winds of 90 mph, was \"the worst in a decade.\"", "the worst in a decade", "officials"),
    ],
)

CAPITALISED_ADJECTIVE_GROUP = cases(
    "organisations, documents and groups",
    [
        ("Top congressional Democrats on Wednesday defended the program, saying it subjects all applicants "
         "\"to the same strict vetting as every other program.\"", "to the same strict", "Top congressional Democrats"),
        ("Senior Republicans on Tuesday rejected the offer, saying it was \"dead on arrival.\"", "dead on arrival", "Senior Republicans"),
        ("Leading British economists criticised the budget, calling it \"a gamble with the public finances.\"",
         "a gamble with the public", "Leading British economists"),
        ("Key Senate Democrats pushed back, saying the bill was \"a giveaway to the rich.\"", "a giveaway to the rich",
         ("Key Senate Democrats", None)),
        ("Prominent conservative lawmakers attacked the deal, calling it \"amnesty by another name.\"", "amnesty by another name",
         "Prominent conservative lawmakers"),
        ("Top administration officials defended the policy, saying it would keep the border \"safe and orderly.\"", "safe and orderly",
         "Top administration officials"),
        ("Veteran party activists walked out, saying the leadership had \"lost its way.\"", "lost its way", "Veteran party activists"),
        ("Fellow Republicans criticized Kell, saying his remarks were \"beneath the office.\"", "beneath the office", "Fellow Republicans"),
        # a participle opening the sentence is no group's adjective; the main clause's subject speaks
        ("Noting that his supporters had \"counted on me to stand up for them,\" Dorsey again apologized.", "counted on me", ("Dorsey", None)),
        ("Hope Hicks told the committee she had told \"white lies.\"", "white lies", "Hope Hicks"),
    ],
)

ABBREVIATED_PLACE = cases(
    "titles and abbreviations",
    [
        ("U.S. media reported that the deal was \"all but dead.\"", "all but dead", ("U.S. media", None)),
        ("U.S. officials said the strike was \"a warning to Tehran.\"", "a warning to Tehran", "U.S. officials"),
        ("U.N. diplomats said the resolution was \"the best we could get.\"", "the best we could get", "U.N. diplomats"),
        ("U.S. prosecutors told the court the scheme was \"brazen.\"", "brazen", "U.S. prosecutors"),
        ("Canadian media reported that Kell had quit the board, calling it \"a stunning fall.\"", "a stunning fall", ("Canadian media", None)),
        # a second main clause asks the question that holds the quote: nobody's words we can name
        ("U.S. media have reported Dorsey used public funds, and the ethics committee is investigating if he "
         "\"used official resources for improper personal purposes.\"", "used official resources", (None, "the ethics committee")),
        ("U.K. newspapers have reported that Lind used party money, and the watchdog is examining whether she \"broke the rules.\"",
         "broke the rules", (None, "the watchdog")),
        ("Canadian media reported Kell had resigned, and the board is reviewing whether he \"misled investors.\"", "misled investors",
         (None, "the board")),
        ("Local papers said Ames took the money, and the council is currently looking into whether she \"broke the law.\"",
         "broke the law", (None, "the council")),
    ],
)

ORGANISATION_WITH_AND = cases(
    "organisations, documents and groups",
    [
        ("The House Energy and Commerce committee wrote in a letter that \"swift federal help is needed\" to rebuild the grid.",
         "swift federal help", ("the House Energy and Commerce committee", None)),
        ("The Senate Homeland Security and Governmental Affairs committee said the agency had been \"slow to respond.\"",
         "slow to respond", ("the Senate Homeland Security and Governmental Affairs committee", None)),
        ("\"The agency failed,\" the House Oversight and Reform committee said in a report.", "The agency failed",
         ("the House Oversight and Reform committee", None)),
        ("The House Ways and Means committee warned the plan would be \"a budget buster.\"", "a budget buster",
         ("the House Ways and Means committee", None)),
        ("The Fish and Wildlife Service said the bears were \"no longer endangered.\"", "no longer endangered", "the Fish and Wildlife Service"),
        ("The Natural Resources and Environment ministry said the spill was \"under control.\"", "under control",
         ("the Natural Resources and Environment ministry", None)),
        ("The Agriculture and Rural Affairs committee said the subsidy was \"long overdue.\"", "long overdue",
         ("the Agriculture and Rural Affairs committee", None)),
        ("\"We need answers,\" the Science and Technology committee said on Monday.", "We need answers",
         ("the Science and Technology committee", None)),
        # the lawsuit's objects are no speakers
        ("The lawsuit asks the court to stop the EPA, Hale and the U.S. Department of Energy from rolling back any rules that "
         "\"protect families from polluted air.\"", "protect families", ("the lawsuit", None)),
        ("The group wants the agency to scrap all rules that \"punish small farmers for bad weather.\"", "punish small farmers", (None, "the group")),
    ],
)

PLACE_BEFORE_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        ("A U.S. congressman from Georgia John Lemon said on Monday he would skip the opening. "
         "\"Going would dishonor the marchers this hall remembers,\" Lemon said in a statement.", "Going would dishonor", "John Lemon"),
        ("A state senator from Ohio Ann Roe said she would vote no. \"This bill is a mess,\" Roe said.", "This bill is a mess", "Ann Roe"),
        ("Texas Democrat Maria Ruiz called the ruling \"a win for voters.\"", "a win for voters", "Maria Ruiz"),
        ("\"We need the money now,\" said New Mexico Democrat Tom Kell.", "We need the money now", "Tom Kell"),
        ("Iowa Sen. Joni Ernst told reporters the deal was \"not good enough.\"", "not good enough", "Joni Ernst"),
        ("A lawmaker from Florida Marco Diaz said the storm aid was \"long overdue.\" Diaz spoke in Miami.", "long overdue", "Marco Diaz"),
        ("Alabama Democrat Doug Jansen won the seat. \"It's time to move on,\" Jansen said.", "It's time to move on", "Doug Jansen"),
        ("Virginia Democrat Shelly Simons thanked voters. \"It wouldn't have happened without them,\" Simons said.",
         "It wouldn't have happened", "Shelly Simons"),
        # places that are given names stay part of the name
        ("\"It is a scandal,\" said Virginia Foxwell, the committee chair.", "It is a scandal", "Virginia Foxwell"),
        ("Chad Michael Morley told fans the show was \"the best job I ever had.\"", "the best job", "Chad Michael Morley"),
        ("Georgia Ames, a teacher, said the school was \"falling apart.\"", "falling apart", "Georgia Ames"),
    ],
)

RUNS20_CASES = (
    PLACE_NOT_A_PRONOUN
    + DATE_BEFORE_NAME
    + DAY_AFTER_NAME
    + WITH_PARTICIPLE
    + CAPITALISED_ADJECTIVE_GROUP
    + ABBREVIATED_PLACE
    + ORGANISATION_WITH_AND
    + PLACE_BEFORE_NAME
)
