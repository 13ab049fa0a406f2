"""Attribution cases of session 29 (helper batt29): what the generated battery of pronoun and
role-noun speakers (``battery29``) found resolved to a wrong person, against issue 13's rule (a
pronoun goes to the latest possible speaker of a fitting gender, never to a name in object
position, never to an organisation):

* a speech verb before a lower-case role and a name, "Simon Fenn told mayor Peter Brandt about
  the delay", was read as "Zoo visitor Terra Lund believes …" (a capitalised word, a role, the
  name): the object became the sentence's subject, so "he said" after it went to Brandt and a
  "she" fitting the teller found nobody;
* a joint subject whose first person has an age or a role set off ("Ann Weller, 34, and Laura
  Morrow spoke after the vote") was also read as a closing attribution ("…, and Laura Morrow
  spoke"), which made the second person the latest referent alone: "she said" went to Morrow,
  though either woman may be meant;
* a sports club's or a holding company's name ("Northgate Rovers", "Harbor United", "Kestrel
  Holdings") was a person a "he" or "she" could mean, and a sentence opening with "She" after
  "Northgate Rovers confirmed the deal." taught the club that gender;
* a lone quote after a paragraph whose quote by one person is followed by "She said that …" (a
  pronoun of the other gender) carried the quote's speaker over: the "she" reports someone else,
  whom the pronoun finds ("nor to an earlier quote's speaker by default");
* a sentence opening with "Her" or "His" after a sentence about one person of no known gender
  ("Robin Tallis spoke. His plan was rejected.") did not tell that person's gender, as "He" does.

Negatives: the role-then-name subject still stands when no verb comes before the role ("Park
ranger Ann Roe told reporters …"); a closing attribution after ", and" outside a joint subject
still makes its speaker the referent; a joint subject of both genders still gives each pronoun its
person; a person whose surname is no club's word ("David Villa") stays a "he"; a club still speaks
for itself; a person's gender is still learnt from "She told reporters" after their sentence;
a pronoun of the quote's speaker's own gender, or one whose gender is unknown, still carries the
turn; a "Her" after a sentence naming two people or bringing in a role teaches nobody's gender.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

TOLD_A_ROLE_AND_NAME = cases(
    "pronouns and role nouns",
    [
        ("Simon Fenn told mayor Peter Brandt about the delay. “We will not wait another year,” he said.",
         "We will not wait", "Simon Fenn"),
        ("Laura Quint told governor Peter Brandt about the plan. “It is a good plan,” she said.",
         "It is a good plan", "Laura Quint"),
        ("Tom Reyes tells treasurer Ann Roe what he thinks every week. “She never listens,” he said.",
         "She never listens", "Tom Reyes"),
        ("Dara Fell told police chief Ann Roe about the theft. “Nobody listened to me,” she added.",
         "Nobody listened", "Dara Fell"),
        # negatives: the object is no speaker; a role and a name opening the sentence are its subject
        ("Laura Quint told governor Peter Brandt about the plan. “It is a good plan,” he said.",
         "It is a good plan", None),
        ("Park ranger Ann Roe told reporters the trail was closed. “It is not safe,” she said.",
         "It is not safe", "Ann Roe"),
        ("Zoo visitor Terra Lund believes the pens are too small. “The bears look sad,” she said.",
         "The bears look sad", "Terra Lund"),
    ],
)

JOINT_SUBJECT_SET_OFF = cases(
    "when unsure, say less",
    [
        ("Ann Weller, 34, and Laura Morrow spoke after the vote. “We will finish the bridge,” she said.",
         "We will finish the bridge", None),
        ("Ann Weller, the mayor, and Laura Morrow spoke to the press. “We will finish the bridge,” she said.",
         "We will finish the bridge", None),
        ("Gov. Ann Weller and Laura Morrow, 34, spoke after the vote. “We will finish the bridge,” she said.",
         "We will finish the bridge", None),
        # negatives: a pair of both genders gives each pronoun its person; a closing cue after
        # ", and" outside a joint subject still brings its speaker in
        ("Ann Weller, 34, and Tom Morrow spoke after the vote. “We will finish the bridge,” he said.",
         "We will finish the bridge", "Tom Morrow"),
        ("Ann Weller, 34, and Tom Morrow spoke after the vote. “We will finish the bridge,” she said.",
         "We will finish the bridge", "Ann Weller"),
        ("Marcus Hale, 52, and Ann Weller, 34, spoke after the vote. “We will finish the bridge,” he said.",
         "We will finish the bridge", "Marcus Hale"),
        ("The plan will fail, and Laura Morrow said so on Monday. “It was never funded,” she said.",
         "It was never funded", "Laura Morrow"),
        ("Costs will rise, Laura Morrow warned. “It was never funded,” she said.",
         "It was never funded", "Laura Morrow"),
    ],
)

CLUBS_ARE_NO_HE = cases(
    "pronouns and role nouns",
    [
        ("Ann Weller spoke after the vote. Northgate United confirmed the deal. “We will finish the bridge,” she said.",
         "We will finish the bridge", "Ann Weller"),
        ("Tom Reyes joined in May. Harbor Rovers confirmed the signing on Friday. “It is a dream,” he said.",
         "It is a dream", "Tom Reyes"),
        ("The club's chairman, Peter Lund, spoke on Monday. Wexford Wanderers confirmed the sale. “It was time,” he said.",
         "It was time", "Peter Lund"),
        ("Tom Reyes spoke after the vote. Kestrel Holdings issued a statement. He told reporters: “The deal is off.”",
         "The deal is off", "Tom Reyes"),
        # negatives: nobody fits, so nobody (not the club); a person's sentence still teaches a gender
        ("Ann Weller spoke after the vote. Northgate Rovers confirmed the deal. “We will finish the bridge,” he said.",
         "We will finish the bridge", None),
        ("Peter Lund spoke after the vote. Northgate Rovers confirmed the deal. She told reporters: “I have never seen a deal this bad.”",
         "I have never seen a deal", None),
        ("Ann Weller met with Grace Fenn on Monday. Northgate Athletic confirmed the deal. He told reporters: “The deal is off.”",
         "The deal is off", None),
        ("Ngozi Eze spoke after the vote. She told reporters: “I have never seen a deal this bad.”",
         "I have never seen a deal", "Ngozi Eze"),
        ("David Villa scored twice on Saturday. “The team played well,” he said.", "The team played well", "David Villa"),
        ("“We are delighted to welcome him,” Northgate Rovers said in a statement.", "We are delighted", "Northgate Rovers"),
    ],
)

OTHER_GENDER_AFTER_A_QUOTE = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        ("Ann Fenn spoke after the vote. “We tried everything,” David Brandt said. She said that the budget "
         "would not balance.\n\n“This budget does not add up.”", "This budget does not add up", "Ann Fenn"),
        ("Tom Kell left early. “It was a long night,” Nadia Lund said. He said the vote had been rigged."
         "\n\n“We will appeal.”", "We will appeal", "Tom Kell"),
        ("“We tried everything,” David Brandt said. She said that the budget would not balance.\n\n"
         "“This budget does not add up.”", "This budget does not add up", None),
        # negatives: the speaker's own gender, or a gender we do not know, carries the turn
        ("“We tried everything,” David Brandt said. He said that the budget would not balance.\n\n"
         "“This budget does not add up.”", "This budget does not add up", "David Brandt"),
        ("“We tried everything,” Ann Fenn said. She said that the budget would not balance.\n\n"
         "“This budget does not add up.”", "This budget does not add up", "Ann Fenn"),
        ("Ann Fenn spoke. “We tried everything,” Jordan Brandt said. She said that the budget would not "
         "balance.\n\n“This budget does not add up.”", "This budget does not add up", "Jordan Brandt"),
    ],
)

HIS_OR_HER_TELLS = cases(
    "pronouns and role nouns",
    [
        ("Robin Tallis spoke after the vote. His plan was rejected on Monday. “We will finish the bridge,” she said.",
         "We will finish the bridge", None),
        ("Casey Doyle spoke after the vote. Her plan was rejected on Monday. “We will finish the bridge,” he said.",
         "We will finish the bridge", None),
        # negatives: the gender it tells fits; a role brought in may be the "her"
        ("Robin Tallis spoke after the vote. His plan was rejected on Monday. “We will finish the bridge,” he said.",
         "We will finish the bridge", "Robin Tallis"),
        ("Robin Tallis met the mayor on Monday. Her office later issued a statement. “We will finish the bridge,” he said.",
         "We will finish the bridge", "Robin Tallis"),
    ],
)

BATT29_CASES = TOLD_A_ROLE_AND_NAME + JOINT_SUBJECT_SET_OFF + CLUBS_ARE_NO_HE + OTHER_GENDER_AFTER_A_QUOTE + HIS_OR_HER_TELLS
