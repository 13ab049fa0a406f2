"""Attribution cases of session 11: an appositive after the speaker's name holds a relative or
subordinate clause of its own ("president of the local that represents workers", "a farmer
who worries that the wells will run dry"). The "that"/"when"/"whether" inside it opens no
new clause with its own subject: before, the reader split there and took the garbage
"represents workers" or nobody. Negatives: a name and a verb before "that" are a clause, so
the speaker is the subject after it. Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

RELATIVE_IN_APPOSITIVE = cases(
    "long material between quote, speaker and verb",
    [
        ("“I have heard promises like this before,” Al Mott, president of the union local that represents "
         "800 workers at the plant, said in an interview.", "I have heard promises", "Al Mott"),
        ("“I have heard promises like this before,” Al Mott, president of the union local that represents "
         "workers at the plant, said in an interview.", "I have heard promises", "Al Mott"),
        ("“I have heard promises like this before,” Al Mott, president of the local that represents the "
         "workers, told the crowd.", "I have heard promises", "Al Mott"),
        ("“The river has never been this low in August,” Ruth Kemp, a farmer who worries that the wells will "
         "run dry, said on Monday.", "The river has never", "Ruth Kemp"),
        ("“The river has never been this low in August,” Ruth Kemp, the farmer who found what was left of "
         "the boat, said on Monday.", "The river has never", "Ruth Kemp"),
        ("“The river has never been this low in August,” Ruth Kemp, who farms land that her grandfather "
         "bought, told the Gazette.", "The river has never", "Ruth Kemp"),
        ("“The river has never been this low in August,” Ruth Kemp, a farmer who remembers when the dam was "
         "built, said on Monday.", "The river has never", "Ruth Kemp"),
        ("“We cannot keep the doors open past June,” Principal Ida Vance, whose school lost a third of its "
         "budget when the levy failed, wrote to parents.", "We cannot keep the doors", ("Ida Vance", "Principal Ida Vance")),
        ("“Nobody checked the seals,” Capt. Leo Brandt, a pilot who says that he warned the airline twice, "
         "said.", "Nobody checked the seals", "Leo Brandt"),
        (  # negative: "said that" is a clause; the speaker of "told" is the subject after it
            "Sen. Ann Roe said that Bob Hale, the treasurer, told her: “There is no money left in the fund "
            "for this year.”", "There is no money left", "Bob Hale"),
        (  # negative: "recalled that" likewise
            "Ann Roe recalled that Bob Hale, the treasurer, wrote: “There is no money left in the fund for "
            "this year.”", "There is no money left", "Bob Hale"),
        (  # negative: a clause ending on a name before "while" is no opening name
            "Gov. Ann Roe on Monday signed the order, while Bob Hale, the treasurer, proposed that the state "
            "“find the money somewhere else in the budget.”", "find the money", "Bob Hale"),
        (  # negative: "when" opens the clause of "called", whose subject follows it
            "Ann Roe was asleep when Bob Hale, the treasurer, called: “There is no money left in the fund for "
            "this year.”", "There is no money left", "Bob Hale"),
    ],
)

PARTICIPLE_AFTER_PERSON = cases(
    "long material between quote, speaker and verb",
    [
        # a participle after a person noun opens its modifier: the name after it is whom the
        # person works for, never the speaker
        ("A lawyer representing Ed Kline said the charges “have no basis in fact or in law whatsoever.”",
         "have no basis", ("a lawyer", "a lawyer representing Ed Kline")),
        ("“The charges have no basis in fact or in law,” said a lawyer representing Ed Kline.",
         "The charges have no basis", ("a lawyer", "a lawyer representing Ed Kline")),
        ("An aide working for Sen. Ann Roe said the bill “will not pass this year in any form.”",
         "will not pass this year", ("an aide", "an aide working for Ann Roe")),
        ("A spokeswoman representing Ed Kline and Rosa Diaz said the road “would reopen next week at the "
         "earliest.”", "would reopen next week", ("a spokeswoman", None)),
        ("Residents living near the plant said the smell “has gotten worse every single week since June.”",
         "has gotten worse", ("residents", "residents living near the plant")),
        (  # negative: a participle that is part of the title keeps the name
            "Managing director Ann Roe said the plant “will stay open through the end of the decade.”",
            "will stay open", "Ann Roe"),
        (  # negative: the participle inside the appositive after the name
            "“The charges have no basis in fact or in law,” said Ed Kline, a lawyer representing the family.",
            "The charges have no basis", "Ed Kline"),
    ],
)

APPOS16_CASES = [*RELATIVE_IN_APPOSITIVE, *PARTICIPLE_AFTER_PERSON]
