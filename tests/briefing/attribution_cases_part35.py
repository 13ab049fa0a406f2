"""Attribution cases of session 35 (helper part35): a wrong speaker from the noun phrase a short
quote modifies.

* A short quote set inside a sentence as an adjective of the noun phrase after it, with no
  punctuation of its own or around it ('Dan Kell attacked "false" and "lazy" city reporters,
  questioning "why …"', 'The "exhausted" nurses said the ward would close'), took that noun
  phrase as its speaker: the reader after a quote read '"…" X, questioning' or '"…" X said' as
  an utterance with its speaker after it, though X is what the quote describes (here the object
  of "attacked"). The reporters did not call themselves lazy. A description right after such a
  quote is never its speaker; the quote keeps whatever the sentence's own reading gives it
  (nobody, or the subject of the verb of judging it stands in: Kell's attack may quote his
  words).

Negatives: a real subject before a participle clause is read ("Ann Roe left the room, saying
"…"" stays Ann Roe's); an utterance with its speaker after it whose comma was left out, when
the quote opens its sentence ('"We will not give up" Ann Roe said') or the verb closes the
sentence with nothing of its own ('The deal is "a disgrace" union leaders said on Tuesday.');
a name or a pronoun after a quote that closes a phrase ('Asked about the "deep state" Lord Tom
Rennard said …'); a quote closed by its own comma ('"A disgrace," union leaders said'); and
the participle's quote after the modifier keeps the sentence's subject. Invented names and
wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_CHECK = "why they never check a single fact before they print"

MODIFIER_NOT_SPEAKER = cases(
    "when unsure, say less",
    [
        (
            f'Dan Kell attacked "false" and "lazy" city reporters, questioning "{_CHECK}."',
            "lazy",
            ("Dan Kell", None),
        ),
        (
            f'Dan Kell attacked "false" and "lazy" US tabloid reporters, questioning "{_CHECK}."',
            "lazy",
            ("Dan Kell", None),
        ),
        (
            f'Dan Kell attacked "false" and "lazy" US tabloid reporters, questioning "{_CHECK}."',
            "why they never",
            "Dan Kell",
        ),
        (
            f'Dan Kell attacked "lazy" Dunmore Ledger reporters on Monday, questioning "{_CHECK}."',
            "lazy",
            ("Dan Kell", None),
        ),
        (
            'The "exhausted" nurses said the ward would close by the end of the year.',
            "exhausted",
            None,
        ),
        (
            'The "so-called" experts warned the bridge would fall within a decade.',
            "so-called",
            None,
        ),
        (
            'The "tireless" Harbor volunteers told the council the shelter needed a new roof.',
            "tireless",
            None,
        ),
        (
            'Ministers met the "angry" Ohio farm workers, saying "the quota will not change this year."',
            "angry",
            None,
        ),
        # negatives: a subject before a participle clause; an utterance whose comma was left out;
        # a name after a quote closing a phrase; a quote closed by its own comma
        (
            'Ann Roe left the room, saying "I will not be back for a long while today."',
            "I will not be back",
            "Ann Roe",
        ),
        (
            'Ann Roe, the mayor, left the room, saying "I will not be back for a long while today."',
            "I will not be back",
            "Ann Roe",
        ),
        ('"We will not give up" Ann Roe said on Tuesday.', "We will not give up", "Ann Roe"),
        ('The deal is "a disgrace" union leaders said on Tuesday.', "a disgrace", "union leaders"),
        ('The deal is "a disgrace," union leaders said on Tuesday.', "a disgrace", "union leaders"),
        (
            'Asked whether this was the much vaunted "decapitation strategy" Lord Tom Rennard said it was not a term he used.',
            "decapitation strategy",
            ("Tom Rennard", None),
        ),
        (
            'Angry farmers marched on the capital, chanting "no farms, no food" for hours.',
            "no farms",
            "angry farmers",
        ),
    ],
)

PART35_CASES = [*MODIFIER_NOT_SPEAKER]
