"""Attribution cases of round 22 (pron1): he/she resolved to a person a careful reader would not
pick, found on real news pages (cnndm, scrapinghub_aeb) and re-invented here with invented
people. Five patterns (the fifth, a sentence end glued to the next word, is in test_clean.py):

- an accented given name ("Gérard", "Víctor", "Joël") told no gender, so a "she" walked back to
  a man: the accent is dropped before the given-name list is asked;
- a name taking a plural verb in a second clause ("…, but Tories are worried") stood as a
  referent for the next "he": a party or a team, as when it opens the sentence;
- a he or she whose words a role reports with "that" right before the quote ("The clerk
  recalled that he said, “…”"): the walk-back found the clerk, whose own words the writer would
  have quoted with "the clerk said"; whose they are the sentence does not say, so no speaker;
- a quote that writes the full name of the man the walk-back found before a verb ("He said: “…
  I think Jurgen Klopp has proved …”"): one speaks so of somebody else, so no speaker;
- a publication labelled before a title ("Hollywood Reporter: “…”", a related link glued into
  the text) stood as the referent of the next "he": a name ending on an organisation's or a
  publication's word that no title or given name makes a person's is no "he" or "she".
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

ACCENT_CASES = cases(
    "pronouns and role nouns",
    [
        # accented given names tell a gender
        ("In her memoir, the photographer Ilse Brandauer recalls the summers in Mexico. Her editor, "
         "Gérard Vasseur, found the letters in an archive. She wrote: “We were never bored, not for a day.”",
         "We were never bored", ("Ilse Brandauer", None)),
        ("Marta Quiroga ran the clinic for a decade. Víctor Salcedo took it over last spring. "
         "“It was the hardest thing I ever gave up,” she said.",
         "It was the hardest thing", ("Marta Quiroga", None)),
        ("Hélène Roux founded the bakery in 1998. Joël Marchand bought it in 2019. "
         "“I still come in on Saturdays,” she said.",
         "I still come in on Saturdays", ("Hélène Roux", None)),
        ("Óscar Beltrán, the club's coach, spoke after the match. “We were not sharp enough,” he said.",
         "We were not sharp enough", "Óscar Beltrán"),
        ("Gérard Vasseur has run the gallery for thirty years. “Nobody comes for the prints any more,” he said.",
         "Nobody comes for the prints", "Gérard Vasseur"),
        ("Jérôme Fabre and his sister Anaïs Fabre run the vineyard. “Our father never sold a bottle,” she said.",
         "Our father never sold", ("Anaïs Fabre", None)),
        ("Adrián Molina interviewed the mayor, Carmen Ruiz, on Tuesday. “The budget is balanced,” she said.",
         "The budget is balanced", ("Carmen Ruiz", None)),
    ],
)


PLURAL_CASES = cases(
    "pronouns and role nouns",
    [
        # a name with a plural verb in a second clause is a party or a team
        ("Party donor Walter Brisk has attacked the campaign, but Tories are increasingly worried about the "
         "polls. He said the leader must “show some fire” before the vote.",
         "show some fire", "Walter Brisk"),
        ("Manager Dale Hutton spoke on Friday, and Rovers are still hoping to sign a striker. "
         "“We need bodies in,” he said.",
         "We need bodies in", "Dale Hutton"),
        ("Chairman Ken Ashdown wrote to the league, but Wanderers have refused the request. "
         "“We are frustrated,” he added.",
         "We are frustrated", "Ken Ashdown"),
        ("Coach Ivan Petrov met the players, and Petrov was happy with the session. "
         "“They worked hard,” he said.",
         "They worked hard", "Ivan Petrov"),
    ],
)


REPORTED_CASES = cases(
    "pronouns and role nouns",
    [
        # a he or she a role reports with "that": not the role
        ("Tom Brandt was arrested in May. The clerk who took the call recalled that he said, "
         "“I will burn the place down,” prosecutors said.",
         "I will burn the place down", None),
        ("Carl Voss phoned the office twice. A receptionist testified that he said: “Somebody is going to get hurt.”",
         "Somebody is going to get hurt", ("Carl Voss", None)),
        ("Dana Kirk met her brother at the station. Her friend remembered that she said, “I am not going back.”",
         "I am not going back", ("Dana Kirk", None)),
        ("Ana Weller recalled that she said “not this year” when the offer came.", "not this year", "Ana Weller"),
        ("Tom Brandt was arrested in May. He said, “I never meant to hurt anyone.”",
         "I never meant to hurt", "Tom Brandt"),
        ("Tom Brandt was arrested in May. The clerk said that he seemed calm. “He was polite on the phone,” she said.",
         "He was polite on the phone", "the clerk"),
    ],
)

NAMED_INSIDE_CASES = cases(
    "pronouns and role nouns",
    [
        # the quote speaks of the man the walk-back found: someone else speaks
        ("Arsenal have been linked with Jurgen Klopp. Klopp chats with a defender during training He said: "
         "“I've had good years in the league. I think Jurgen Klopp has proved that he is top-level.”",
         "I've had good years", None),
        ("Mayor Tom Reyes opened the new bridge on Monday. He said: “Tom Reyes's bridge will outlast all of us.”",
         "Tom Reyes's bridge", None),
        ("Coach Lena Ortiz watched from the stands. “I hope Lena Ortiz gets the credit she deserves,” she said.",
         "I hope Lena Ortiz", None),
        ("Tom Weller spoke on Friday. “My brother Dan Weller has been a rock,” he said.",
         "My brother Dan Weller", "Tom Weller"),
        ("Jurgen Klopp spoke on Friday. “I am tired, and I need a rest,” he said.",
         "I am tired", "Jurgen Klopp"),
        ("Ana Weller thanked her coach. “Without Rita Kane I would have quit,” she said.",
         "Without Rita Kane", "Ana Weller"),
        ("Tom Kline met voters in Dayton. “Klinetown is what they call this place,” he said.",
         "Klinetown is what", "Tom Kline"),
    ],
)

PUBLICATION_CASES = cases(
    "pronouns and role nouns",
    [
        # a publication labelled before a title, a related link glued into the text, is no "he"
        ('Hollywood Reporter: "The untold story" Fenwick disdained the hard sell. He created such ads as '
         '"Nine out of 10 doctors recommend Chow Mein," and his campaign featured the Lone Ranger.',
         "Nine out of 10 doctors", (None, "Fenwick")),
        ('Entertainment Weekly: "Behind the music" Dorsey never liked touring. She once called it '
         '"the loneliest job in the world."', "the loneliest job", (None, "Dorsey")),
        ("Stan Fenwick ran the agency for years. Sky News reported the deal on Monday. “We are delighted,” he said.",
         "We are delighted", "Stan Fenwick"),
        ("Stan Fenwick ran the agency for years. The Harvard Business Review praised it. “We grew fast,” he said.",
         "We grew fast", "Stan Fenwick"),
        ("Stan Fenwick ran the agency for years. Mr. Tom Guardian praised it. “It was a fine shop,” he said.",
         "It was a fine shop", "Tom Guardian"),
        ("Dale Fenwick mocked the radio giants. Bluebird Records refused to release his satires. "
         "“They had no sense of humour,” he said.", "They had no sense", ("Dale Fenwick", None)),
        ("Ana Lutz edits the Weekly Observer. “We print every Thursday,” she said.",
         "We print every Thursday", "Ana Lutz"),
    ],
)

PRON1_CASES = [*ACCENT_CASES, *PLURAL_CASES, *REPORTED_CASES, *NAMED_INSIDE_CASES, *PUBLICATION_CASES]
