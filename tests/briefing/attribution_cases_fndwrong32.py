"""Attribution cases of session 32 (helper fndwrong32): wrong names left under quotes of the
fundus pool (English news pages, 2023–2026), each a pattern stated here with invented text.

* A clause read as "as <role words> NAME VERB" took a preposition's object for the clause's
  subject: "as part of New Unity attempts to reform" made "New Unity" a person, whom the "he" after
  it meant. The words between the conjunction and the name are a role's ("as the novelist Jo
  Walton explained"), never a phrase ending on a preposition.
* An "it" cueing a quote inside a sentence that opened on a subject of its own ("Vance on
  Wednesday summoned the envoy over what it called “…”", "The Ministry of Trade has condemned what
  it calls “…”") went to a body quoted paragraphs before (the last quote's described speaker, or
  the latest body in reach). The sentence's own subject binds it: that subject when it is a body,
  otherwise no one. An "it" opening its sentence, or cueing after a quote that opens it, still goes
  on with the earlier turn.
* A constitutional text read aloud ("The amendment was intended to …. “…,” it reads") went to an
  order named before: "amendment", "clause", "treaty", "charter", "constitution" were no document
  nouns, so the amendment was no thing an "it" could mean.
* A body spoken of in the plural ("Police have made 40 arrests, the council said. It also
  promised “…”") was the thing the "it" meant; a plural verb says it is a "they".
* A name whose last word is a medium's ("Danylo Radio") was read as a station, no "he", though a
  person's role was set off after it ("Danylo Radio, a chemistry researcher, says"): the role makes
  it a person, as "who" after it already did.
* A "he" past a referent of the other gender went to an older man although the sentence between
  introduced a man with a role in apposition ("Ana Field met its director, Steven Roe, a former
  chemist. “…,” he told me"): either man, so no one.
* "While Zawadi, 36, waits for a customer, Neema Kaduma hands over a parcel": the name set off by
  an age in the opening clause was read as the sentence's subject, so the "she" after it meant
  Zawadi; the subject is after the clause, as with a role set off there.
* A "he" after a sentence whose subject is the topic of a man's report in the sentence just
  before ("He said Mr Pike later leased the land. Mr Pike then sold the lease. “…,” he said") went to
  that subject: the reporter may be going on as well, so no one.
* A bare quote paragraph before a paragraph introducing "Another villager, NAME, said …" went to
  that newcomer. "Another" (or "a second …") sets the newcomer apart from whoever spoke before, so
  the words before the paragraph are not theirs: no one (whose they are is left alone here: a rule
  carrying them to the earlier speaker was dropped this session as tuned on a held-out figure).
* In an interview written as narration ("As I sit opposite Tom Kell …, I ask …"), a bare answer
  paragraph after the interviewer's question standing alone ("Is Mayor Ruiz a good leader?") had
  no speaker: the question names the topic, not who answers (so did one after the writer's own line,
  "But you wrote it for her, I say.", "I didn't ask you to."). The answer goes on with the person who
  answered last (a name or a he), when the writer puts questions in the first person outside
  quotes and the last quote is no question; a thread of posts, with no such writer, carries none.
* "the mother of four" went to someone introduced as "a mother of two": a count in the role's
  complement must be the one the person was introduced with.

Negatives: a role before the name ("as the novelist Jo Walton explained") stays a clause subject;
an "it" opening its sentence after a body's quote, or cueing a quote that opens its sentence, keeps
the body; a sentence whose subject is "It" itself goes on as before; a singular body ("The council
has …") is still an "it"; a body-shaped name with no role set off ("Danylo Radio said") stays a
body; a man merely mentioned since the woman (no role set off) leaves the older man the "he"; a
clause with no age ("While Zawadi waits") is read as before; "the mother of two" after "a mother
of two" is her. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_KNOWN = "I have known Bell for over thirty years and he never asked for anything"

PREPOSITION_NO_CLAUSE_SUBJECT = cases(
    "pronouns and role nouns",
    [
        (f'"It is all about whether they can deliver the plan," says Reyes.\n\nWhen I suggest the public hated the gifts from '
         f'Lord Bell (whom Reyes ennobled in 1998 as part of New Unity attempts to shake up the chamber), especially as they '
         f'campaigned on sanctimony, he interrupts me.\n\n"{_KNOWN}."', "I have known", "Reyes"),
        (f'"It is all about whether they can deliver the plan," says Reyes.\n\nThe gifts came from Lord Bell (named in 1998 as '
         f'part of Hope Alliance efforts to reform the chamber), and he interrupts me.\n\n"{_KNOWN}."', "I have known", "Reyes"),
        # negative: a role's words before the name keep the clause subject
        ('The crowd grew quiet as the novelist Jo Walton explained the plot. "We have waited years for this book," he said.',
         "We have waited", "Jo Walton"),
    ],
)

_RAIDS = "unprovoked raids on several ports"
_DUMPING = "blatant and unlawful act of dumping"

IT_BOUND_IN_ITS_SENTENCE = cases(
    "organisations, documents and groups",
    [
        (f'The embassy says in a statement that the raids "were measured and limited in scope."\n\nVance on Wednesday summoned '
         f'the envoy to lodge a protest over what it called "{_RAIDS}" across the coast, the Foreign Office said.', "unprovoked raids",
         "the Foreign Office"),  # no person's "it": the closing source's (it32)
        (f'The embassy says in a statement that the raids "were measured and limited in scope."\n\nThe Ministry of Trade has '
         f'condemned what it calls a "{_DUMPING}" by foreign firms.', "blatant and", "the Ministry of Trade"),
        # negatives: the "it" opening its sentence, or cueing a quote that opens it, goes on with the body
        (f'The embassy says in a statement that the raids "were measured and limited in scope."\n\nIt also called them '
         f'"{_RAIDS}" in a second note.', "unprovoked raids", "the embassy"),
        ('The embassy says in a statement that the raids "were measured and limited in scope."\n\n"We acted within the law at '
         'every port," it added.', "We acted within", "the embassy"),
    ],
)

_BOATS = "All boats registered in the harbour are subject to the rules of the port"

DOCUMENTS_THAT_READ = cases(
    "organisations, documents and groups",
    [
        (f'Judges have blocked the mayor\'s order twice this year.\n\nThe amendment was meant to protect the fishing towns, '
         f'though its second part is written more broadly.\n\n"{_BOATS}," it reads.', "All boats", "the amendment"),
        (f'Judges have blocked the mayor\'s order twice this year.\n\nThe treaty was signed in 1921 by both towns.\n\n'
         f'"{_BOATS}," it reads.', "All boats", "the treaty"),
        # negative: an order is still what an "it" after it means
        (f'A new harbour order took effect on Monday.\n\n"{_BOATS}," it reads.', "All boats", "a new harbour order"),
    ],
)

_RESPONSE = "united and robust policing response"

PLURAL_BODY_NO_IT = cases(
    "organisations, documents and groups",
    [
        (f'Police have made 40 arrests since Friday and expect more.\n\nIt also promised a "{_RESPONSE}" to the unrest.',
         "united and robust", None),
        (f'Police have made 40 arrests since Friday, the council of chiefs said.\n\nIt also promised a "{_RESPONSE}" to the '
         f'unrest.', "united and robust", ("the council", "the council of chiefs", None)),
        # negative: a body with a singular verb is the "it"
        (f'The council has counted 40 arrests since Friday.\n\nIt also promised a "{_RESPONSE}" to the unrest.', "united and robust",
         "the council"),
    ],
)

_HANDS = "the most necessary things that you can carry in two hands"

ROLE_AFTER_BODY_SHAPED_NAME = cases(
    "names: particles, numbers, places and headlines",
    [
        (f'Olek Marsh, the rector, said the campus had moved twice.\n\nDanylo Radio, a chemistry researcher at the university, '
         f'says that back in 2014 not everyone could leave. Those who did took only "{_HANDS}", he says.', "the most necessary", "Danylo Radio"),
        # negative: a name of that shape with no role set off stays a body, no "he"
        (f'Olek Marsh, the rector, said the campus had moved twice.\n\nKyiv Radio reported that not everyone could leave. Those '
         f'who did took only "{_HANDS}", he says.', "the most necessary", "Olek Marsh"),
    ],
)

_INSIGHT = "Her insight was that a thin layer of glass beads could keep the ice from melting"

NEWCOMER_OF_THE_GENDER = cases(
    "pronouns and role nouns",
    [
        (f'Tom Kell ran the lab for a decade.\n\nAna Field gave a talk at the institute, where she met its director, Steven '
         f'Roe, a former chemist. "{_INSIGHT}," he told me.', "Her insight", None),
        (f'Tom Kell ran the lab for a decade.\n\nAna Field gave a talk at the institute and met Steven Roe, a former chemist '
         f'who loves hiking. "{_INSIGHT}," he told me.', "Her insight", None),
        # negative: a man merely mentioned since her leaves the older man the "he"
        (f'Tom Kell ran the lab for a decade.\n\nAna Field gave a talk at the institute and stayed in touch with Steven Roe. '
         f'"{_INSIGHT}," he told me.', "Her insight", "Tom Kell"),
    ],
)

_EVILS = "evils disappear when there is light in the town"

AGED_NAME_IN_OPENING_CLAUSE = cases(
    "pronouns and role nouns",
    [
        (f'While Zawadi, 36, is waiting for another customer, Neema Kaduma has just handed over a parcel to the guest house.\n\n'
         f'She walks the street confidently, insisting, "{_EVILS}."', "evils disappear", "Neema Kaduma"),
        (f'After Zawadi, 36, closed her stall, Neema Kaduma carried on selling fruit.\n\nShe walks the street confidently, '
         f'insisting, "{_EVILS}."', "evils disappear", "Neema Kaduma"),
        # negative: no age set off, read as before
        (f'While Zawadi is waiting for another customer, Neema Kaduma has just handed over a parcel to the guest house.\n\n'
         f'She walks the street confidently, insisting, "{_EVILS}."', "evils disappear", "Neema Kaduma"),
    ],
)

_SAFE = "It is because most of us feel safe in places where there is light"

COUNT_OF_A_KIN_ROLE = cases(
    "pronouns and role nouns",
    [
        (f'Saphina Ndali is a mother of two. She started her grocery business near the terminal.\n\nAccording to Amina Salum, 34, '
         f'small traders have gained confidence. "{_SAFE}," says the mother of four who sells food near the terminal.',
         "It is because", ("the mother of four", None)),
        # negative: the same count is the one introduced so
        (f'Saphina Ndali is a mother of four. She started her grocery business near the terminal.\n\nSmall traders have gained '
         f'confidence. "{_SAFE}," says the mother of four who sells food near the terminal.', "It is because", "Saphina Ndali"),
    ],
)

_YEARS = "Four years have passed without any of the promised roads being built"

TOPIC_OF_A_REPORT = cases(
    "pronouns and role nouns",
    [
        (f'Former councillor Tom Kell said the lease was first issued in 2014 to one Mr Pike of the capital.\n\nHe said Mr '
         f'Pike later subleased the land to a trading firm.\n\nMr Pike then sold the lease to the miners.\n\n"{_YEARS}," he said.',
         "Four years", None),
        # negatives: no report before the subject's sentence; a report of someone else
        (f'Former councillor Tom Kell said the lease was first issued in 2014.\n\nMr Pike then sold the lease to the miners.'
         f'\n\n"{_YEARS}," he said.', "Four years", "Pike"),
        (f'Former councillor Tom Kell said the lease was first issued in 2014.\n\nHe said the firm later subleased the land.'
         f'\n\nMr Pike then sold the lease to the miners.\n\n"{_YEARS}," he said.', "Four years", "Pike"),
    ],
)

_WELL = "If I do not collect enough water before the mine takes it, I must walk to the well"

ANOTHER_NEWCOMER_AFTER = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f'Rose Tlali sits outside her cracked house near the site.\n\n"We breathe dust every day," Ms Tlali said.\n\n'
         f'At her age, she said, the water shortages are unbearable.\n\n"{_WELL}."\n\nAnother villager, Mpho Sello, said they '
         f'often go for days without water.', "If I do not", None),
        (f'Rose Tlali sits outside her cracked house near the site.\n\nThe water shortages are unbearable, residents say.\n\n'
         f'"{_WELL}."\n\nA second resident, Mpho Sello, said the pumps had been dry for a week.', "If I do not", None),
        # negative: a newcomer not set apart by "another" still reports the words before
        (f'The water shortages are unbearable, residents say.\n\n"{_WELL}."\n\nMpho Sello, a villager, said they often go '
         f'for days without water.', "If I do not", "Mpho Sello"),
    ],
)

_FIRST = "It is all about whether they can deliver the plan they have got"
_ANSWER = "Well, I am fully supportive of her, I want her to succeed"

INTERVIEWERS_QUESTION = cases(
    "speaker stated in another paragraph or clause",
    [
        (f'As I sit opposite Tom Kell in his office, I ask if the mayor can last two terms.\n\n"{_FIRST}," says Kell.\n\n'
         f'Is Mayor Ruiz a good leader?\n\n"{_ANSWER}."', "Well, I am", "Tom Kell"),
        (f'Tom Kell has run the city for a decade. When we meet at his office, I say the mayor looks tired.\n\n"{_FIRST}," he '
         f'says.\n\nWhat advice would he give Ana Ruiz right now?\n\n"{_ANSWER}."', "Well, I am", "Tom Kell"),
        (f'As I sit opposite Tom Kell in his office, I ask if the mayor can last two terms.\n\n"{_FIRST}," says Kell.\n\n'
         f'But you have just written a book for her, I say.\n\n"{_ANSWER}."', "Well, I am", "Tom Kell"),
        (f'As I sit opposite Tom Kell in his office, I ask if the mayor can last two terms.\n\n"{_FIRST}," says Kell.\n\n'
         f'I didn’t ask you to.\n\n"{_ANSWER}."', "Well, I am", "Tom Kell"),
        # negatives: a line of narration between; no writer putting questions in the narration (a
        # thread of posts); the last quote a question
        (f'As I sit opposite Tom Kell in his office, I ask if the mayor can last two terms.\n\n"{_FIRST}," says Kell.\n\n'
         f'The mayor, Ana Ruiz, has led the city since 2019.\n\n"{_ANSWER}."', "Well, I am", None),
        (f'Tom Kell posted on the forum about the mayor.\n\n"{_FIRST}," says Kell.\n\nIs Mayor Ruiz a good leader?\n\n'
         f'"{_ANSWER}."', "Well, I am", None),
        (f'As I sit opposite Tom Kell in his office, I ask if the mayor can last.\n\n"Can anyone deliver this plan?" asks '
         f'Kell.\n\nIs Mayor Ruiz a good leader?\n\n"{_ANSWER}."', "Well, I am", None),
    ],
)

FNDWRONG32_CASES = (
    PREPOSITION_NO_CLAUSE_SUBJECT
    + IT_BOUND_IN_ITS_SENTENCE
    + DOCUMENTS_THAT_READ
    + PLURAL_BODY_NO_IT
    + ROLE_AFTER_BODY_SHAPED_NAME
    + NEWCOMER_OF_THE_GENDER
    + AGED_NAME_IN_OPENING_CLAUSE
    + COUNT_OF_A_KIN_ROLE
    + TOPIC_OF_A_REPORT
    + ANOTHER_NEWCOMER_AFTER
    + INTERVIEWERS_QUESTION
)
