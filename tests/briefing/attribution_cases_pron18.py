"""Attribution cases of session 11, round 18 ("which of several people a he or she is"): a person
written before a sentence's subject, as the subject's owner ("Ann Weller's father, Tom, ran the
diner") or as the subject of an opening clause ("After Tom Reyes left, his deputy, Ann Weller,
ran the office"), is who a pronoun the subject cannot be means, when a given name, a title or an
honorific gives that person the pronoun's gender; the subject itself still wins when it fits. A
quote that speaks of someone of the pronoun's gender, after a sentence where both fit, is either
one's ("Dan Pike's father, Tom, ran the diner. “He never took a day off,” he said"). A role owned
by a titled person has the role's gender, not the title's ("Queen Margaret's son" is a he); a
phrase opening with a preposition is no role of the subject ("Like her father, Ann Weller …").
Objects stay no referents ("Tom Reyes told Ann Weller …. “…,” she said" says less), as decided
in ``attribution_cases_round9`` and ``attribution_cases_pron17``. Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: The owner of the subject: "Ann Weller's father, Tom, …", "Tom Reyes's mother died …".
OWNERS = cases(
    "pronouns and role nouns",
    [
        (
            "Ann Weller's father, Tom, ran the diner for forty years. “He never took a day off, not even at Christmas,” she said.",
            "He never took a day off",
            "Ann Weller",
        ),
        (
            "Tom Reyes's mother died last year. “She taught me to cook,” he said.",
            "She taught me to cook",
            "Tom Reyes",
        ),
        (
            "Tom Reyes's wife, Ann, died in 2019. “I still set two plates at dinner,” he said.",
            "I still set two plates",
            "Tom Reyes",
        ),
        (
            "Ann Weller's son, who served two tours in Iraq, died in 2019. “He was my best friend,” she said.",
            "He was my best friend",
            "Ann Weller",
        ),
        (
            "Ms. Weller's husband, Tom, runs the farm. “We have not had rain in months,” she said.",
            "We have not had rain",
            "Weller",
        ),
        (
            "Sen. Ann Weller's husband, Tom, died in March. “He was my rock,” she said.",
            "He was my rock",
            "Ann Weller",
        ),
        (
            "Mr. Reyes's daughter, Mary, runs the diner now. “She works harder than I ever did,” he said.",
            "She works harder",
            "Reyes",
        ),
        (
            "Ann Weller's father ran the diner for forty years. “He never took a day off,” she said.",
            "He never took a day off",
            "Ann Weller",
        ),
        (
            "Ann Weller's husband, Kim, runs the farm. “We have not had rain,” she said.",
            "We have not had rain",
            "Ann Weller",
        ),
        (
            "Ann Weller's neighbour, Tom Reyes, called 911. “The smoke was everywhere,” she said.",
            "The smoke was everywhere",
            "Ann Weller",
        ),
        (  # the owner in the paragraph before the owned role's: the woman spoken of there
            "Ann Weller, a retired teacher, lives on the street where the fire started.\n\n"
            "Her neighbour's son, Tom Reyes, called 911. “The smoke was everywhere,” she said.",
            "The smoke was everywhere",
            "Ann Weller",
        ),
        (  # negative: "her" owner never named
            "Her neighbour's son, Tom Reyes, called 911. “The smoke was everywhere,” she said.",
            "The smoke was everywhere",
            None,
        ),
        (  # a title gives the owner's gender
            "Queen Margaret's son, Prince Edward, opened the hospital. “He made me proud,” she said.",
            "He made me proud",
            "Margaret",
        ),
        (  # the owned role's gender, not the owner's title's
            "Queen Margaret's son, Prince Edward, opened the hospital. “My mother would have loved this,” he said.",
            "My mother would have loved",
            "Edward",
        ),
        (  # the subject still wins when it fits
            "Tom Reyes's widow, Ann, spoke at the funeral. “He was my life,” she said.",
            "He was my life",
            "Ann",
        ),
        (
            "Tom Reyes's widow spoke at the funeral. “He was my life,” she said.",
            "He was my life",
            ("Reyes's widow", "Tom Reyes's widow"),
        ),
        (
            "Dan Pike's lawyer, Tom Reyes, called the charges absurd. “My client did nothing wrong,” he said.",
            "My client did nothing wrong",
            "Tom Reyes",
        ),
        (  # the owner in the paragraph before
            "Ann Weller's father, Tom, ran the diner for forty years.\n\n“He never took a day off,” she said.",
            "He never took a day off",
            "Ann Weller",
        ),
        (  # a subject close enough that fits comes before an owner
            "Tom Reyes wrote the book over ten years. Barack Obama's former aide, Ann Weller, helped him. “It was hard,” he said.",
            "It was hard",
            "Tom Reyes",
        ),
        (  # … and before an opening clause's subject
            "Tom Reyes wrote the book over ten years. When Barack Obama left office, Ann Weller helped him. “It was hard,” he said.",
            "It was hard",
            "Tom Reyes",
        ),
        (  # negative: an owner of no known gender
            "Kim Lee's father, Tom, ran the diner for forty years. “He never took a day off,” she said.",
            "He never took a day off",
            None,
        ),
        (  # negative: the owner is of the subject's gender, and the quote speaks of a third man
            "Dan Pike's father, Tom, ran the diner for forty years. “He never took a day off,” he said.",
            "He never took a day off",
            None,
        ),
        (  # negative: the same with two women
            "Ann Weller's daughter, Mary, ran the diner for forty years. “She never took a day off,” she said.",
            "She never took a day off",
            None,
        ),
        (  # negative: a quote about a woman of the owner's gender: the owner is whom it is about
            "The search went into a third day. Ana Cruz's grandfather spoke to reporters outside the church.\n\n"
            "“She was always happy,” she said.",
            "She was always happy",
            None,
        ),
        (  # negative: an owner that is an organisation
            "Acme Corp's founder, Tom Reyes, left in May. “It was time,” she said.",
            "It was time",
            None,
        ),
        (  # negative: the owner is a place
            "Ohio's governor, Tom Reyes, signed the bill. “It was time,” she said.",
            "It was time",
            None,
        ),
    ],
)

#: The subject of a clause opening the sentence ("When …", "After …", "As …").
FRONTED_CLAUSES = cases(
    "pronouns and role nouns",
    [
        (
            "When Ann Weller took over the company, her predecessor, Tom Reyes, warned her about the debts. "
            "“I told her it would take ten years to fix,” he said.",
            "I told her it would take",
            "Tom Reyes",
        ),
        (
            "After Tom Reyes left, his deputy, Ann Weller, ran the office. “It was chaos,” he said.",
            "It was chaos",
            "Tom Reyes",
        ),
        (
            "After Tom Reyes left, his deputy, Ann Weller, ran the office. “It was chaos,” she said.",
            "It was chaos",
            "Ann Weller",
        ),
        (
            "As Ann Weller spoke, Tom Reyes shook his head. “That is not what happened,” he said.",
            "That is not what happened",
            "Tom Reyes",
        ),
        (
            "As Ann Weller spoke, Tom Reyes shook his head. “That is not what I said,” she said.",
            "That is not what I said",
            "Ann Weller",
        ),
        (
            "Before Ann Weller arrived, Tom Reyes had already left. “I waited for an hour,” she said.",
            "I waited for an hour",
            "Ann Weller",
        ),
        (
            "While Mr. Reyes spoke, Ms. Weller took notes. “He said nothing new,” she said.",
            "He said nothing new",
            "Weller",
        ),
        (
            "While Mr. Reyes spoke, Ms. Weller took notes. “I said what I had to say,” he said.",
            "I said what I had to say",
            "Reyes",
        ),
        (
            "After Father Dan Pike blessed the church, Mary Lee read a poem. “It was beautiful,” he said.",
            "It was beautiful",
            "Dan Pike",
        ),
        (
            "When Tom Reyes lost the election, his wife, Ann, stayed at his side. “I could not have done it without her,” he said.",
            "I could not have done it",
            "Tom Reyes",
        ),
        (
            "Because Ann Weller refused to sign, Tom Reyes sued her. “He wants my land,” she said.",
            "He wants my land",
            "Ann Weller",
        ),
        (
            "Although Ms. Weller denied it, Mr. Reyes insisted. “I never knew,” she said.",
            "I never knew",
            "Weller",
        ),
        (  # the clause's subject of no known gender
            "After Kim Lee blessed the church, Mary Lee read a poem. “It was beautiful,” he said.",
            "It was beautiful",
            None,
        ),
        (  # negative: two men: the clause's and the main one, and a quote about a third man
            "After Dan Pike left, his deputy, Tom Reyes, ran the office. “He left a mess,” he said.",
            "He left a mess",
            None,
        ),
        (  # negative: the clause opens on a place
            "When Ohio voted, Tom Reyes stayed home. “It was over,” she said.",
            "It was over",
            None,
        ),
        (  # a lower-case "after" clause leaves the main subject, who fits
            "Tom Reyes stayed home after Ann Weller won. “It was over,” he said.",
            "It was over",
            "Tom Reyes",
        ),
    ],
)

#: The main clause's subject and its appositive; a relative clause after it.
SUBJECTS = cases(
    "pronouns and role nouns",
    [
        (
            "Her predecessor, Tom Reyes, warned her about the debts. “I told her it would take ten years,” he said.",
            "I told her it would take",
            "Tom Reyes",
        ),
        (
            "Tom Reyes, the mayor, hired Ann Weller as his chief of staff. “She is the smartest person I have ever worked with,” he said.",
            "She is the smartest person",
            "Tom Reyes",
        ),
        (
            "Tom Reyes worked for Dan Pike for six years. “He taught me everything,” he said.",
            "He taught me everything",
            "Tom Reyes",
        ),
        (
            "Obama called Tom Reyes on Tuesday. “He was very gracious,” Reyes said.",
            "He was very gracious",
            "Tom Reyes",
        ),
        (
            "Ann Weller, who worked for Tom Reyes for a decade, left the firm in May. “He was a tough boss,” she said.",
            "He was a tough boss",
            "Ann Weller",
        ),
        (
            "Tom Reyes, who hired Ann Weller in 2010, retired on Friday. “She will run it better than I did,” he said.",
            "She will run it better",
            "Tom Reyes",
        ),
        (
            "Tom Reyes, whose wife Ann runs the bakery, opened a second shop in May. “She does the hard work,” he said.",
            "She does the hard work",
            "Tom Reyes",
        ),
        (
            "Ann Weller, whose father founded the firm, hired Tom Reyes in 2010. “He was the best engineer we had,” she said.",
            "He was the best engineer",
            "Ann Weller",
        ),
        (
            "Ann Weller met Tom Reyes at a conference in Boston. “He was charming,” she said.",
            "He was charming",
            "Ann Weller",
        ),
        (
            "Mr. Reyes met Ms. Weller at a conference in Boston. “She was brilliant,” he said.",
            "She was brilliant",
            "Reyes",
        ),
        (
            "Ms. Mary Kell met Mr. Joe Ames at the diner on Monday. “He was late,” she said.",
            "He was late",
            "Mary Kell",
        ),
        (
            "Ann Weller, the mayor, met Sen. Tom Reyes on Monday.\n\nThe senator later spoke to reporters. “She was very clear,” he said.",
            "She was very clear",
            "Tom Reyes",
        ),
        (
            "Tom Reyes, the mayor, spent the morning in court.\n\nAnn Weller, his opponent, held a rally. “He is hiding,” she said.",
            "He is hiding",
            "Ann Weller",
        ),
        (  # the pronoun after a paragraph about someone else: the last man
            "Tom Reyes, the mayor, spent the morning in court.\n\nAnn Weller, his opponent, held a rally. “I am ready,” he said.",
            "I am ready",
            "Tom Reyes",
        ),
        (
            "Tom Reyes and his wife, Ann, opened the bakery in 1990. “We never took a day off,” she said.",
            "We never took a day off",
            "Ann",
        ),
    ],
)

#: No one for sure: two people of the pronoun's gender, a person of unknown gender, an object,
#: someone never named.
NEGATIVES = cases(
    "pronouns and role nouns",
    [
        ("Tom Reyes and Dan Pike met on Monday. “It went well,” he said.", "It went well", None),
        ("Tom Reyes met Kim Lee on Monday. “It went well,” she said.", "It went well", None),
        ("Tom Reyes told Ann Weller the deal was off. “I was stunned,” she said.", "I was stunned", None),
        ("Queen Margaret received Father Dan Pike at the palace. “She was very kind,” he said.", "She was very kind", None),
        ("Tom Reyes met a neighbour who asked not to be named. “He is a liar,” she said.", "He is a liar", None),
        (
            "A man who asked not to be named said the mayor was lying. “He knows the truth,” he said.",
            "He knows the truth",
            "a man",
        ),
        (
            "A woman who asked not to be named said Tom Reyes had lied. “He knows the truth,” she said.",
            "He knows the truth",
            "a woman",
        ),
        (
            "When Kim Lee took over the company, her predecessor, Tom Reyes, warned her. “It was a mess,” she said.",
            "It was a mess",
            None,
        ),
        (
            "Tom Reyes's brother died in March. “He was kind to everyone,” she said.",
            "He was kind to everyone",
            None,
        ),
        ("Acme Corp fired Tom Reyes and Ann Weller in March. “They never gave us a reason,” they said.", "They never gave us", None),
        ("The Acme board fired Ann Weller in March. “She broke the rules,” he said.", "She broke the rules", None),
    ],
)

#: A phrase opening the sentence with a preposition is no role of the subject ("Like her father,
#: Ann Weller …" gives her no "he"); "and her son, Tom," joins a named second person whom the
#: role gives a gender, one person with the role, not a third.
OPENERS_AND_KIN = cases(
    "pronouns and role nouns",
    [
        ("Like her father, Ann Weller became a nurse. “He was my model,” she said.", "He was my model", "Ann Weller"),
        (  # negative: before, "his mother" made Tom Reyes a she
            "Like his mother, Tom Reyes became a nurse. “She was my model,” she said.",
            "She was my model",
            None,
        ),
        ("Like his mother, Tom Reyes became a nurse. “She was my model,” he said.", "She was my model", "Tom Reyes"),
        ("Unlike her husband, Ann Weller voted no. “He is wrong,” she said.", "He is wrong", "Ann Weller"),
        ("His mother, Rosa, waited outside. “He was a good boy,” she said.", "He was a good boy", "Rosa"),
        (  # the role of a name set off inside an opening clause is that name's
            "After her husband, Tom, died, Ann Weller took over the farm. “He would have wanted that,” she said.",
            "He would have wanted that",
            "Ann Weller",
        ),
        (
            "When her son, Tom, was arrested, Ann Weller hired a lawyer. “He is innocent,” she said.",
            "He is innocent",
            "Ann Weller",
        ),
        (
            "When her son, Tom, was arrested, Ann Weller hired a lawyer. “I am innocent,” he said.",
            "I am innocent",
            "Tom",
        ),
        (  # the role gives a given name of no known gender its gender
            "When her son, Kim, was arrested, Ann Weller hired a lawyer. “I am innocent,” he said.",
            "I am innocent",
            "Kim",
        ),
        (
            "When the mayor, Tom Reyes, arrived, Ann Weller left. “It was a mess,” she said.",
            "It was a mess",
            "Ann Weller",
        ),
        ("When the mayor, Tom Reyes, arrived, Ann Weller left. “It was a mess,” he said.", "It was a mess", "Tom Reyes"),
        ("After the vote, the mayor, Tom Reyes, left. “It was a mess,” he said.", "It was a mess", "Tom Reyes"),
        (  # negative: two men, the clause's and the main one
            "When his son, Tom, was arrested, Dan Pike hired a lawyer. “He is innocent,” he said.",
            "He is innocent",
            None,
        ),
        ("Ms. Weller, 54, and her son, Tom, run the bakery. “She does the books,” he said.", "She does the books", "Tom"),
        ("Ms. Weller, 54, and her son, Tom, run the bakery. “He does the bread,” she said.", "He does the bread", "Weller"),
        (  # negative: two men joined after her
            "Ann Weller, 54, and her son, Tom, and his friend, Dan, run the bakery. “It is hard,” he said.",
            "It is hard",
            None,
        ),
        (  # the role gives a given name of no known gender its gender
            "Ann Weller and her husband, Kim, run the bakery. “We open at five,” she said.",
            "We open at five",
            "Ann Weller",
        ),
        ("Ann Weller and her husband, Kim, run the bakery. “We open at five,” he said.", "We open at five", "Kim"),
    ],
)

#: "they": a group of people that is the subject; not a firm (``attribution_cases_pron17``), nor
#: people who are only objects.
THEY = cases(
    "pronouns and role nouns",
    [
        (
            "The nurses walked off the job on Monday after talks with Acme Health broke down. “We had no choice,” they said.",
            "We had no choice",
            ("the nurses", "The nurses"),
        ),
        ("The Weller family sued the city on Monday. “We want answers,” they said.", "We want answers", ("the Weller family", "The Weller family")),
        (
            "Tom Reyes and Ann Weller, who run the shelter, asked the city for help. “We are full every night,” they said.",
            "We are full every night",
            "Tom Reyes and Ann Weller",
        ),
        (  # negative: the people are objects of a firm
            "Acme Corp fired Tom Reyes and Ann Weller in March. “We were shocked,” they said.",
            "We were shocked",
            None,
        ),
        (  # negative: a group that is an object
            "Tom Reyes, the mayor, met striking nurses on Monday. “We want a contract,” they said.",
            "We want a contract",
            None,
        ),
    ],
)

PRON18_CASES = [*OWNERS, *FRONTED_CLAUSES, *SUBJECTS, *NEGATIVES, *OPENERS_AND_KIN, *THEY]
