"""Attribution cases of session 29 (helper solo29): the one person an interview piece quotes,
speaking again after narration about them.

A profile quotes its subject once with a cue, then goes on in their first-person words with a
sentence or two of narration between and no new cue ('“…,” Kell said.' / 'It took ten weeks
before Kell could walk again. “I never thought …”'). The narration's own subject is often not the
speaker ("It took …", "The move …"), so the sentence before the quote names no speaker; the turn
carries over (``turn_carrying.carry_through_narration``) when the quote is in the first person
singular, opens its sentence, and the narration since the last quote names nobody but that
speaker (a place does not count: it never speaks).

Negatives (a wrong name is worse than none): another person named in the narration, a group or
an organisation there, a he where the speaker is a she, a quote with no "I/me/my" (a firm's "we",
a slogan), a question (it may be put to the speaker), a quote the sentence leads into (a title
after "watch his talk,", words after a colon introducing someone else), a cue naming a listener.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_OPENING = 'Dara Kell has not raced since the crash. "I was lucky to walk away," Kell said.\n\n'
_HER = 'Dara Kell has not raced since the crash. "I was lucky to walk away," she said.\n\n'

CARRIED = cases(
    "speaker stated in another paragraph or clause",
    [
        (_OPENING + 'It took ten weeks before Kell could walk again. "I never thought I would miss it this much."',
         "I never thought", "Dara Kell"),
        (_HER + 'It took ten weeks before she could walk again. "My back still hurts in the mornings."',
         "My back still", "Dara Kell"),
        (_OPENING + 'Kell now trains in Valencia, Spain. The move was hard. "I miss my family every day."',
         "I miss my family", "Dara Kell"),
        ('Omar Tilby builds violins. "It took me years to learn," Tilby said. It was slow work for Tilby at first. '
         '"I ruined my first twenty."', "I ruined my first", "Omar Tilby"),
    ],
)

NOT_CARRIED = cases(
    "when unsure, say less",
    [
        # another person in the narration
        (_OPENING + 'It took ten weeks before Kell could see Tom Reyes again. "I never thought I would miss it this much."',
         "I never thought", None),
        (_OPENING + 'It took ten weeks before the doctors let Kell go home. "I never thought I would see her walk."',
         "I never thought", None),
        # a he after a she speaker
        (_HER + 'It took ten weeks before he could walk again. "My back still hurts in the mornings."',
         "My back still", None),
        # no first person: a team's or a firm's words, a slogan
        (_OPENING + 'It took ten weeks before Kell could walk again. "Getting up was the hardest part."', "Getting up", None),
        (_OPENING + 'It was a long summer for the club. "We will stand by our riders."', "We will stand", None),
        # a question may be put to the speaker
        (_OPENING + 'It took ten weeks before Kell could walk again. "Are you sure I can race?"', "Are you sure", None),
        # a title the sentence leads into
        (_OPENING + 'To hear more of Kell, watch her latest film, "I Walk Alone In My Head."', "I Walk Alone", None),
        # the last cue hands the turn to a listener
        ('"I was lucky to walk away," Kell told Ann Doyle.\n\nIt took ten weeks before Kell could walk again. "I never thought I would race again."',
         "I never thought", None),
    ],
)

SOLO29_CASES = [*CARRIED, *NOT_CARRIED]
