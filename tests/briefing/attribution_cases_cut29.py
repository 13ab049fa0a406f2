"""Attribution cases of session 29 (helper cut29): the speaker shown cut short, or no name at all.

``/quotes NAME`` keys people by the speaker shown, so a cut or garbage speaker both misleads under
a quote and merges different people:

* a role cut at its "of" or "for": "his chief of staff" showed "his chief", "a spokeswoman for the
  Ministry of Defence" "a spokeswoman" (every body's spokeswoman one person); the role now keeps its
  complement up to the word that ends it (a comma, "who", another preposition), when short;
* a title's name with a preposition in it before its noun: "A Top of the Pops spokesperson" showed
  "a Top";
* a date run into the name after it: "On 12 May Tom Marsh" showed "May Tom Marsh", "On Friday Tom
  Marsh" "Friday Tom Marsh";
* a demonym after an age or an adjective, "the 27-year-old Austrian", showed "Austrian" as a name;
* an ordinal or a letter alone ("Third generation phones", "3G") as a name; a headline's
  capitalised preposition glued to a name ("On Trump"); a plural of people in the possessive
  inside a body's name ("Lawyers' Christian Fellowship") cut off as an owner.

Negatives: a complement that is a time, a pronoun or a clause stays off ("a friend for 20 years",
"the head of it"); a name after the role is still the speaker ("chief of staff Rita Vance"); a
coordination after "for" is left to the coordination reader; months and weekdays that are given
names stay ("April Ryan", "Theresa May", "June Carter Vance", "Tuesday Weld"); a title before a
name is no date ("Chief Justice John Roberts"); a firm's possessive before a name still owns
("Fox Radio’s Dale Penner"). Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

ROLE_COMPLEMENTS = cases(
    "pronouns and role nouns",
    [
        ('"We will not move an inch," his chief of staff said.', "We will not move", "his chief of staff"),
        ('"The talks are over," said the secretary of state.', "The talks are over", "the secretary of state"),
        ('A spokeswoman for the Ministry of Defence said: "No troops will be sent."',
         "No troops will be sent", "a spokeswoman for the Ministry of Defence"),
        ('"We are reviewing the claims," a spokesman for Arnell Mining said.',
         "We are reviewing the claims", "a spokesman for Arnell Mining"),
        ('The head of a small farming cooperative in Leeds called the deal a "betrayal" on Monday.',
         "betrayal", "the head of a small farming cooperative"),
        ('"Prices will rise," the chief executive of Dorrow Foods, who took over in May, warned.',
         "Prices will rise", "the chief executive of Dorrow Foods"),
        ('"We need more nurses," said the minister of health.', "We need more nurses", "the minister of health"),
        ('A spokeswoman for the Department for Work and Pensions said: "The award is fair."',
         "The award is fair", "a spokeswoman for the Department for Work and Pensions"),
        ('A Top of the Charts spokesperson said: "It is a very special week."',
         "It is a very special week", "a Top of the Charts spokesperson"),
        ('A spokesman for Ann Roe could only quip: "I guess the hall was booked."', "I guess the hall", "a spokesman for Ann Roe"),
        # negatives: no complement, or a name after it; "Will" or "May" in capitals is no auxiliary
        ('"It is wrong," a spokesman for Will Hale said.', "It is wrong", "a spokesman for Will Hale"),
        ('"It is wrong," the spokesman for Prime Minister Ann May said.', "It is wrong",
         ("the spokesman", "the spokesman for Prime Minister Ann May")),
        ('"It is wrong," says the governor of Tom Hale\'s plan.', "It is wrong", ("the governor", None)),
        ('"He never changed," a friend for 20 years said.', "He never changed", "a friend"),
        ('"It was a mistake," the head of it said.', "It was a mistake", ("the head", None)),
        ('"We are ready," said chief of staff Rita Vance.', "We are ready", "Rita Vance"),
        ('"We are ready," said the mayor\'s chief of staff Rita Vance.', "We are ready", "Rita Vance"),
        ('"We want answers," said a spokesman for Dorn and Wessel.',
         "We want answers", ("a spokesman", "a spokesman for Dorn and Wessel")),
    ],
)

NOT_NAMES = cases(
    "names: particles, numbers, places and headlines",
    [
        ('On 12 May Tom Marsh said: "We are in good shape."', "We are in good shape", "Tom Marsh"),
        ('On Friday Tom Marsh said: "We are in good shape."', "We are in good shape", "Tom Marsh"),
        ('Karl Obner lost the appeal. "I have acted correctly," the 27-year-old Austrian said.',
         "I have acted correctly", ("the 27-year-old Austrian", "Karl Obner")),
        ('"It is a label they gave us," a churchgoing Syrian told me.', "It is a label", "a churchgoing Syrian"),
        ('Third generation phones (3G) could drive sales, but Ms Vell said it was hard to say when. "Speed is not critical."',
         "Speed is not critical", (None, "Vell")),
        ("The Nursing Guild and Lawyers' Christian Fellowship said the bill was a \"back door\" to euthanasia.",
         "back door", "the Nursing Guild and Lawyers' Christian Fellowship"),
        # negatives: months and weekdays that are given names, titles, owners
        ('"We are in good shape," said Theresa May.', "We are in good shape", "Theresa May"),
        ('"We are in good shape," April Ryan said.', "We are in good shape", "April Ryan"),
        ('"We are in good shape," June Carter Vance said.', "We are in good shape", "June Carter Vance"),
        ('"We are in good shape," Tuesday Weld said.', "We are in good shape", "Tuesday Weld"),
        ('"The court will decide," Chief Justice John Roberts said.', "The court will decide", "John Roberts"),
        ('"Ratings are up," said Fox Radio’s Dale Penner.', "Ratings are up", "Dale Penner"),
        ('"Ratings are up," said the journalist Olivia Messel.', "Ratings are up", "Olivia Messel"),
    ],
)

CUT29_CASES = [*ROLE_COMPLEMENTS, *NOT_NAMES]
