"""Attribution cases of session 14 (real14e): patterns found by reading real news pages (goose3's test
pages, no speaker gold) and rebuilt with invented people and wording: a dateline with a date in its
parentheses or glued to the sentence by dashes ("WASHINGTON (Aug. 13) --", "NEW YORK--Acme …"),
"continue" as an aspect verb ("will continue to provide “…”"), a possessive after an inverted
verb ("said Reyes’ “…”" names no sayer), and a clause of condition or time opening a verb's
complement ("said that until Iran reassures the world …, “…”").
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

DATELINE_CASES = cases(
    "names: particles, numbers, places and headlines",
    [
        # the dateline's city is never the speaker; the participle's subject is, or nobody
        ('WASHINGTON (Aug. 13) -- Declaring "the soul of the Navy" is at stake, Admiral Ruth Kahn has ordered '
         "a review of the fleet.", "the soul of the Navy", (None, "Ruth Kahn")),
        ('BOSTON (March 3) -- Calling the plan "a gift to developers," Mayor Dana Kirby vetoed the zoning bill.',
         "a gift to developers", (None, "Dana Kirby")),
        ('DENVER (Oct. 2) -- "We are not leaving," said Ann Holt, a union leader.', "We are not leaving", "Ann Holt"),
        ('NEW YORK--"We are not leaving," said Ann Holt, a union leader.', "We are not leaving", "Ann Holt"),
        ("CHICAGO--Orbital Media is preparing a new streaming app that could make \"TV anywhere\" real.",
         "TV anywhere", (None, "Orbital Media")),
        ('PARIS (Reuters) -- The minister called the deal "a historic step for Europe."',
         "a historic step", "the minister"),
        ('AUSTIN--The governor said on Friday that the state would "not back down."', "not back down", "the governor"),
    ],
)

CONTINUE_CASES = cases(
    "speech verbs in every form",
    [
        ('Mayor Ann Holt said the city will continue to offer "free rides for every senior on weekends."',
         "free rides", "Ann Holt"),
        ('The coach said his team continues fighting for "every loose ball in every game."',
         "every loose ball", "the coach"),
        ('Union chief Dora Kale said members would continue pressing for "a fair deal, not a handout."',
         "a fair deal", "Dora Kale"),
        ('The senator continued to insist the bill was "dead on arrival."', "dead on arrival", "the senator"),
        ('Gov. Lena Marsh continued: "Nobody will be left behind."', "Nobody will be left", "Lena Marsh"),
        ('"We are not done," Kale continued, "and we will be back next year."', "and we will be back", "Kale"),
        ('Continuing, Rep. Joe Vance said the budget "does not add up."', "does not add up", "Joe Vance"),
        ('The airline\'s chief, Paula Brandt, said passengers will continue to see "delays on some routes '
         'through the summer."', "delays on some routes", "Paula Brandt"),
    ],
)

POSSESSIVE_AFTER_VERB_CASES = cases(
    "pronouns and role nouns",
    [
        # 'said Reyes’ “…”': Reyes owns the quote's subject; the one who said it is the sentence's
        # subject, and a "he" in the next paragraph still means the speaker, not the owner
        ('Board chairman Art Lindqvist, in a statement issued for the board, said Reyes\' "vision and '
         'leadership saved the company."\n\nHe said that Reyes will continue to provide "his insight and '
         'energy" as chairman.', "his insight and energy", "Art Lindqvist"),
        ('Board chairman Art Lindqvist, in a statement issued for the board, said Reyes\' "vision and '
         'leadership saved the company."', "vision and leadership", "Art Lindqvist"),
        ('The coach, speaking after practice, praised Moss\' "work ethic and attitude."\n\n'
         '"He is the first one in every morning," he said.', "He is the first one", "the coach"),
        ('"We will win this," said Carla Mendes\' lawyer, Tom Ruiz.', "We will win this", "Tom Ruiz"),
        ('"We will win this," said Mendes\' lawyer.', "We will win this", "Mendes' lawyer"),
    ],
)

FRONTED_IN_COMPLEMENT_CASES = cases(
    "clause frames around the speaker",
    [
        ('After the talks, Foreign Minister Lea Marsh said that until Belgrade reassures its neighbours it is '
         'not arming the militias, "it would be premature to lift any sanctions."',
         "it would be premature", "Lea Marsh"),
        ('The ambassador warned that if Moscow announces new troop moves, "the sanctions will double overnight."',
         "the sanctions will double", "the ambassador"),
        ('Rep. Ann Sole said that when the chairman asked for more time, "everybody in the room laughed."',
         "everybody in the room", "Ann Sole"),
        ('Gen. Omar Hale said that unless the rebels promise a ceasefire, "there is nothing to discuss."',
         "there is nothing to discuss", "Omar Hale"),
        ('The minister told reporters that if the union demands more, "the offer will be withdrawn."',
         "the offer will be withdrawn", "the minister"),
        # the inner verb keeps a quote it governs itself
        ('Hale said that the rebels had promised "a full ceasefire by Sunday."', "a full ceasefire", "the rebels"),
        ('Until the rebels promise a ceasefire, "there is nothing to discuss," Hale said.',
         "there is nothing to discuss", "Hale"),
        ('Hale said that when the rebels announced the truce, they called it "a gift to the people."',
         "a gift to the people", (None, "the rebels")),
    ],
)

GARBAGE_PHRASE_CASES = cases(
    "when unsure, say less",
    [
        # a relative clause's own subject ending the phrase: "the worst thing you (can do)"
        ('Respect counts more than rank.\n\nThe worst thing you can do is stop a colleague by saying, "No. Done." '
         "Help them find another way.", "No. Done.", None),
        ('The first thing we learned was to never say "maybe" to a customer.', "maybe", None),
        # a quote naming the plural noun after it: "“…” calls from", "“…” chants from"
        ('The protest drew "shame on you" chants from hundreds of students.', "shame on you", None),
        ('Senator Ray Doyle said he has received "thank you" letters from a dozen farmers.',
         "thank you", (None, "Ray Doyle")),
        ('"It is over," says Ann Kell of the deal.', "It is over", "Ann Kell"),
        ('"It is over," writes Ann Kell in her column.', "It is over", "Ann Kell"),
        # a verb after "but"/"and" whose subject is left out: not the object after the quote
        ('Bakery owner Sami Dar admitted that he would have to "scale back" the festival, but said the day had '
         "raised money for the shelter.", "scale back", "Sami Dar"),
        ('Mayor Pia Holt said she would "look again" at the budget, and then told reporters she would sue.',
         "look again", "Pia Holt"),
        ('"A new start," the mayor said, and her deputy, Joe Ames, agreed.', "A new start", "the mayor"),
        # a clause after a semicolon has its own subject
        ('So far, Moonfall has earned $286m worldwide; it hardly needs the label "best space comedy" now.',
         "best space comedy", None),
        ('Ann Weller was in Paris on Monday; she blamed "weak demand" for the losses.', "weak demand", "Ann Weller"),
        ("Our hike was lovely; Cedar Gorge Park is a state park where the trail 'offers a glimpse of the old "
         "river'", "offers a glimpse", None),
        # a progressive verb of the writer ("we are adding") before the quote, a section label before it
        ('Part 2 - In the next few weeks we are adding a new check from the "nice to have" list.', "nice to have", None),
        ('Step 3 - Now we are adding the line "print address" to the template.', "print address", None),
        ('Senator Ruth Alder is adding "a clause on oversight" to the bill.', "a clause on oversight", "Ruth Alder"),
    ],
)

REFERENT_CASES = cases(
    "pronouns and role nouns",
    [
        # a name with "which" after it is a thing's, never the "he" of the next quote
        ('Jim Haldane decided to return to Tulsa. Over the years, he has launched a series of programs in the '
         'city, including Nine Ten, a lending fund, and Code Start, which helps developers find work.\n\n'
         '"The biggest challenge here is a talent shortage," he says.', "The biggest challenge", "Jim Haldane"),
        ('Tom Hale ran the fund for a decade. Blue Harbor, which he founded in 2010, now employs 40 people.\n\n'
         '"It was the best decision of my life," he said.', "It was the best decision", "Tom Hale"),
        ('Ann Weller ran the fund for a decade, and Code Start, which she founded in 2010, now employs 40 '
         'people.\n\n"It was the best decision of my life," she said.', "It was the best decision", "Ann Weller"),
        ('Tom Reyes says Ohio is a swing state, and Clinton aimed her speech at its voters.\n\n'
         '"We will win Ohio," she said.', "We will win Ohio", "Clinton"),
        # the "he" of a closing cue is no one the words before the quote name in its own clause
        ('Gary Lund stood up at the all-hands meeting and announced the plan.\n\nThe news was met with '
         'grumbling. Finally, one of the engineers, Ron Dahl, started yelling at Lund. He said a meeting was no '
         'place to give a review. What Lund was doing was "completely ridiculous," he said, and "totally '
         'unprofessional."', "completely ridiculous", "Ron Dahl"),
        ('Tom Reyes met the mayor on Monday.\n\nThe mayor has "no plan at all," he said.', "no plan at all",
         "Tom Reyes"),
        ('Tom Reyes met Mayor Bill Hart on Monday.\n\nHart has "no plan at all," he said.', "no plan at all",
         (None, "Tom Reyes")),
        ('Tom Reyes was blunt about it: "We lost," he said.', "We lost", "Tom Reyes"),
        ('Ann Weller spoke after the vote. Tom Hale was "a friend to this town," she said.', "a friend to this town",
         "Ann Weller"),
        # a cue inside the clause keeps its subject for the closing "he"
        ('Campaign spokesman Rick Tolan said that Senator Cruz has "the principles to lead," he said.',
         "the principles to lead", "Rick Tolan"),
    ],
)

MISSED_SPEAKER_CASES = cases(
    "clause frames around the speaker",
    [
        # "ROLE and ROLE Name": one person's two roles, the first with no determiner of its own
        ('"I can\'t think of anything that upset people more," former Orbix engineer and Mailbox inventor Carl '
         'Brandt told the author. "People had some sense of ownership."', "People had some sense", "Carl Brandt"),
        ('"We need more time," Yale professor and Nobel laureate Ann Roe said.', "We need more time", "Ann Roe"),
        ('"We need more time," Yahoo News and former TV network anchor Kay Lund said.', "We need more time",
         (None, "Kay Lund")),
        ('"We need more time," Senate leader Bob Dahl and House speaker Tina Vos said.', "We need more time",
         "Bob Dahl and Tina Vos"),
        # an -ed form after a determiner is an adjective, not the verb of saying
        ('District 4 District Attorney Mara Olsen called the proposed rules "an insult to every victim."',
         "an insult to every victim", "Mara Olsen"),
        ('Councilwoman Rita Sole dismissed the revised plan as "a fig leaf."', "a fig leaf", "Rita Sole"),
        ('The mayor said the reported deal was "news to me."', "news to me", "the mayor"),
        # an "until" clause ending at the verb: its subject speaks
        ('When Eric Sand held big meetings, Lee would show up with a laptop.\n\nNeither would take part in the '
         'meeting until Sand said something like, "Boys, I need your attention now."', "Boys, I need", "Eric Sand"),
        ('The board sat in silence until Chairman Dora Vance said, "Let us begin."', "Let us begin", "Dora Vance"),
        ('Nobody moved until the sergeant shouted, "Go!"', "Go!", "the sergeant"),
        ('The crowd kept chanting until she finally told them, "Enough."', "Enough.", None),
        ('Talks will not resume unless the union agrees to "a full freeze on wages."', "a full freeze", None),
        # a partitive placed by a word or a phrase of place
        ('"It was awful," one of the project managers present said later. "I felt humiliated."', "I felt humiliated",
         "one of the project managers"),
        ('"We were scared," one of the nurses at the clinic told reporters.', "We were scared", "one of the nurses"),
        ('"It was chaos," one of the engineers in the room said.', "It was chaos", "one of the engineers"),
    ],
)

FRAME_CASES = cases(
    "clause frames around the speaker",
    [
        # a title-case quote right after "in" is a work's title, no one's words
        ('"I did my best," Stacy Lane recalled in "Feeling Lucky." "Hopefully it was a lesson learned."',
         "Feeling Lucky", None),
        ('"I did my best," Stacy Lane recalled in "Feeling Lucky." "Hopefully it was a lesson learned."',
         "Hopefully it was", "Stacy Lane"),
        ('Tom Reyes wrote about the war in "The Long Road Home."', "The Long Road Home", None),
        ('Ann Weller told reporters the plan was "dead in the water."', "dead in the water", "Ann Weller"),
        # a thing assures no one in words: the verb whose "that" clause holds it speaks
        ('The Sheriffs\' Association also opposes the proposal, arguing in its letter that the information now '
         'available assures officers "they are arresting the proper person."', "they are arresting",
         "the Sheriffs' Association"),
        ('Mayor Dan Ruiz said that the report warns of "a crisis in the making."', "a crisis in the making",
         ("the report", "Dan Ruiz")),
        # a sentence opening on a participle of saying: the main clause's subject speaks
        ('Declaring "the soul of the Navy" is at stake, Admiral Ruth Kahn has ordered a review of the fleet.',
         "the soul of the Navy", "Ruth Kahn"),
        ('Calling the plan "a gift to developers," Mayor Dana Kirby vetoed the zoning bill on Friday.',
         "a gift to developers", "Dana Kirby"),
        ('Saying "enough is enough," the union\'s leader walked out of the talks.', "enough is enough",
         "the union's leader"),
        ('Calling the plan "a gift to developers," the vote was delayed again.', "a gift to developers", None),
    ],
)

REAL14E_CASES = [*DATELINE_CASES, *CONTINUE_CASES, *POSSESSIVE_AFTER_VERB_CASES, *FRONTED_IN_COMPLEMENT_CASES, *GARBAGE_PHRASE_CASES, *REFERENT_CASES, *MISSED_SPEAKER_CASES, *FRAME_CASES]
