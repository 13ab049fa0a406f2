"""Attribution cases of session 30 (helper intl30), from the misses of the blind batch ``fresh30``
(``evaluation/multilingual``) and the leftovers intl29 named; each pattern is written anew here,
never the batch's sentences.

- A pronoun after a sentence opened by a definite role with its complement and no name ("Le
  directeur de l'hôpital a reçu … « … », a-t-il assuré"): that role's holder when one was named
  with it, else nobody. Was the person named last (a wrong name). Negatives: the role set off
  with its name ("Le maire de Lyon, X, …"), an epithet with no complement ("La responsable
  sanitaria aseguró …", maybe the person just named), a role of the other gender (the person
  named last, as before).
- A name in marks inside a speaker phrase ("За словами директора підприємства «X» Y Z, «…»")
  no longer cuts the phrase at its closing mark. Was the genitive read as a nominative.
- The addressee between a verb and its subject ("a déclaré à l'AFP X", "declaró a Efe el
  portavoz, X"). Was nobody.
- Narration inside one pair of Slavic marks («A, — розповів X. — B»), and a dialogue line going
  on after its narration ("— A, — добавил чиновник. — B."): two quotes of one speaker. Was one
  quote holding the narration, or the second half lost.
- "За його словами, компанія «…»" with a clause between: the possessive points into the
  sentence before; a name between a role and a speech verb ("Міністр освіти Ярополк Y
  попередив") is a nominative person whatever the given name. Was nobody.
- "„…“, heißt es in einer Stellungnahme der Verbraucherzentrale X" names the organisation there;
  "„…“ – mit diesen Worten hatte sich X an … gewandt"; a Konjunktiv I sentence right after a
  quote ("Es gebe „…“") goes on with its speaker; a colon intro opened by a known person's
  surname ("X selbst blieb gelassen: „…“"). Was nobody. Negatives: an unnamed subject after "mit
  diesen Worten"; a sentence between the two; an indicative sentence; a surname nobody was named
  with.
- "avait-il déclaré" (pluperfect inverted without -t-), "raconte cette retraitée" (a
  demonstrative points back to the person just named). Was nobody.
- "возмущается водитель маршрутки 52-летний X": present reflexive speech verbs of one person;
  only impersonal ones (говорится, йдеться) are a document speaking.
- Spanish dialogue with the dash against the words ("—Ahora toca … —respondió."); a paragraph
  opened by a dash with no narrator's dash is no quote.

Run by ``test_attribution_intl.py`` through the non-English quote stage. Invented people and
wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_DE = "Der Kreistag hat am Mittwoch über die Schulsanierung beraten, die Sitzung dauerte lange.\n\n"
_FR = "Le conseil départemental a voté jeudi soir le plan de rénovation des collèges.\n\n"
_ES = "La diputación provincial aprobó el jueves el plan de obras de los colegios.\n\n"
_UK = "Обласна рада у четвер ухвалила програму ремонту шкіл після тривалої дискусії.\n\n"
_RU = "Областная дума в четверг приняла программу ремонта школ после долгого обсуждения.\n\n"

ROLE_SUBJECTS_INTL30 = cases(
    "pronouns and role nouns",
    [
        (_FR + "« Les travaux commenceront en mai », a promis Odile Ferrand-Lacaze, vice-présidente.\n\n"
         "Le directeur de l'hôpital a reçu les familles vendredi. « Nous rouvrirons le service », "
         "a-t-il assuré.",
         "Nous rouvrirons le service", None),
        (_FR + "Le directeur de l'hôpital, Bastien Morvan-Daoudal, a reçu les familles. « Le calendrier "
         "tient », a déclaré Paul Girard. Le directeur de l'hôpital a ensuite visité le chantier. "
         "« Nous rouvrirons le service », a-t-il assuré.",
         "Nous rouvrirons le service", ("Bastien Morvan-Daoudal", None)),
        (_FR + "Le maire de Vannes, Gaël Le Moing, a reçu les parents. « Nous rouvrirons l'école », "
         "a-t-il assuré.",
         "Nous rouvrirons l'école", "Gaël Le Moing"),
        (_ES + "La consejera de Educación, Itziar Bengoa, visitó el colegio. La responsable regional "
         "aseguró que habrá fondos. «Las obras acabarán en agosto», recordó.",
         "Las obras acabarán", "Itziar Bengoa"),
        (_FR + "« Le budget est voté », a déclaré Paul Girard. La directrice de l'école a "
         "écrit aux parents. « Nous serons prêts », a-t-il ajouté.",
         "Nous serons prêts", "Paul Girard"),
    ],
)

SPEAKER_PHRASES_INTL30 = cases(
    "clause frames around the speaker",
    [
        (_UK + "За словами директора комунального підприємства «Облтепло» Олега Мацюка, «котельні "
         "запустять до жовтня».",
         "котельні запустять", "Олег Мацюк"),
        (_FR + "« Les enseignants sont épuisés », a déclaré à l'AFP Ronan Guillerm-Abgrall, délégué "
         "syndical.",
         "Les enseignants sont épuisés", "Ronan Guillerm-Abgrall"),
        (_ES + "«Los plazos se cumplirán», declaró a Efe la portavoz provincial, Ainhoa Etxarri Lasa.",
         "Los plazos se cumplirán", "Ainhoa Etxarri Lasa"),
        (_FR + "« Les enseignants sont épuisés », a déclaré à la presse un parent d'élève.",
         "Les enseignants sont épuisés", None),
        (_FR + "Le département a lancé un audit. Marie-Odile Kervella, 58 ans, enseigne depuis trente "
         "ans. « Le toit fuit depuis l'hiver », raconte cette professeure.",
         "Le toit fuit", "Marie-Odile Kervella"),
        (_FR + "Le département a lancé un audit. Yves Quéméner, lui, est resté discret. « Je ne "
         "commente pas », avait-il déclaré la veille.",
         "Je ne commente pas", "Yves Quéméner"),
        (_RU + "«Крыша течёт третий год», — возмущается учитель физики 58-летний Тимур Латыпов.",
         "Крыша течёт", "Тимур Латыпов"),
        (_RU + "«Ремонт начнётся летом», — говорится в сообщении думы.",
         "Ремонт начнётся", None),
    ],
)

SPLIT_LINES_INTL30 = cases(
    "clause frames around the speaker",
    [
        (_UK + "«Ми вже відремонтували 12 шкіл, — розповіла начальниця управління освіти Дарина "
         "Кушнір-Ляшенко. — Наступного року візьмемося за садочки».",
         "Наступного року", "Дарина Кушнір-Ляшенко"),
        (_UK + "«Ми вже відремонтували 12 шкіл, — розповіла начальниця управління освіти Дарина "
         "Кушнір-Ляшенко. — Наступного року візьмемося за садочки».",
         "Ми вже відремонтували 12 шкіл", "Дарина Кушнір-Ляшенко"),
        (_RU + "«Школу откроем к сентябрю», — сказал глава района Ринат Хайруллин.\n\n"
         "— Денег хватит, — добавил чиновник. — Подрядчик уже выбран.",
         "Подрядчик уже выбран", "Ринат Хайруллин"),
        (_UK + "«Я вчителька з тридцятирічним стажем — і такого не бачила», — каже Ганна Мазур.",
         "Я вчителька", "Ганна Мазур"),
        (_ES + "El alcalde de Teruel, Joaquín Lahoz, visitó el colegio.\n\n"
         "—¿Cuándo acabarán las obras? —le preguntaron los padres.\n\n"
         "—Antes de septiembre, se lo aseguro —respondió.",
         "Antes de septiembre", "Joaquín Lahoz"),
        (_ES + "El alcalde de Teruel, Joaquín Lahoz, visitó el colegio.\n\n"
         "—¿Cuándo acabarán las obras? —le preguntaron los padres.",
         "¿Cuándo acabarán", None),
    ],
)

REPORTED_INTL30 = cases(
    "clause frames around the speaker",
    [
        (_UK + "Міністр освіти Ярополк Гнатишин-Бойко попередив, що грошей забракне. За його словами, "
         "громади «мають шукати співфінансування».",
         "мають шукати", "Ярополк Гнатишин-Бойко"),
        (_UK + "Прем'єр-міністр Богдан Кравець заявив про реформу. Міністр освіти зустрівся з "
         "директорами. За його словами, громади «мають шукати співфінансування».",
         "мають шукати", None),
        (_DE + "„Die Turnhalle bleibt geschlossen“, heißt es in einer Mitteilung der Kreisverwaltung "
         "Nordheide.",
         "Die Turnhalle bleibt", "Kreisverwaltung Nordheide"),
        (_DE + "„Ich habe die Kosten unterschätzt“ – mit diesen Worten hatte sich Landrat Ewald "
         "Brinkhege an die Eltern gewandt.",
         "Ich habe die Kosten", "Ewald Brinkhege"),
        (_DE + "„Ich habe die Kosten unterschätzt“ – mit diesen Worten hatte sich der Bauleiter an die "
         "Eltern gewandt.",
         "Ich habe die Kosten", None),
        (_DE + "„Die Fenster sind undicht“, sagte Schulleiterin Gesa Ohlendorf-Brandt. Es gebe „kaum "
         "noch einen trockenen Raum“.",
         "kaum noch einen trockenen", "Gesa Ohlendorf-Brandt"),
        (_DE + "„Die Fenster sind undicht“, sagte Schulleiterin Gesa Ohlendorf-Brandt. Der Kreis sah "
         "das anders. Es gebe „kaum noch einen trockenen Raum“.",
         "kaum noch einen trockenen", None),
        (_DE + "„Die Fenster sind undicht“, sagte Schulleiterin Gesa Ohlendorf-Brandt. Der Kreis hat "
         "„kaum noch einen trockenen Raum“.",
         "kaum noch einen trockenen", None),
        (_DE + "Trainer Thomas Ostendorp repariert seit Wochen die Heizung. Ostendorp selbst blieb "
         "gelassen: „Irgendwie geht es immer weiter.“",
         "Irgendwie geht es", "Thomas Ostendorp"),
        (_DE + "Trainer Thomas Ostendorp repariert seit Wochen die Heizung. Wetzlar selbst blieb "
         "gelassen: „Irgendwie geht es immer weiter.“",
         "Irgendwie geht es", None),
    ],
)

#: A name set off after a role whose given name no list holds keeps its capitalised particle
#: ("La directrice de X, Soazig Le Duigou," was "Soazig"), as after a known given name.
PARTICLES_INTL30 = cases(
    "names: particles, numbers, places and headlines",
    [
        (_FR + "La directrice du collège, Soazig Le Duigou-Prigent, a jugé la décision « incompréhensible "
         "et brutale ». « Nous n'avons reçu aucun courrier », a-t-elle regretté.",
         "Nous n'avons reçu", "Soazig Le Duigou-Prigent"),
    ],
)

#: From fresh30b (scored once, then read): a role more than five words before a name set off by
#: commas; a pronoun or dropped subject after the one sentence of its paragraph, opened by an
#: organisation (fr/es; not "La Fédération …" for "il", not German "er"); "Côté X, le manager Y";
#: "erzählt sie"; "prévient cet ancien infirmier"; a woman's surname on a consonant, a surname in
#: -ко, both undeclined after a genitive given name; the surname alone speaking after an
#: unconfirmed nominative pair ("Рустам Ахметжанов урожаем доволен … — добавил Ахметжанов").
LATER_INTL30 = cases(
    "names: particles, numbers, places and headlines",
    [
        (_ES + "«Los plazos se cumplirán», dijo el arquitecto, Iker Zubeldia.\n\n"
         "La directora general de Infraestructuras Educativas de Aragón, Nerea Olabarrieta, visitó "
         "las obras. «No habrá retrasos», dijo a los periodistas.",
         "No habrá retrasos", "Nerea Olabarrieta"),
        (_FR + "« Les travaux avancent », a affirmé Hervé Quiniou, architecte.\n\n"
         "L'Office national des forêts (ONF) a lancé un audit du parc. « Aucun arbre ne sera abattu "
         "sans expertise », a-t-il précisé.",
         "Aucun arbre ne sera abattu", "Office national des forêts"),
        (_FR + "« Les travaux avancent », a affirmé Hervé Quiniou, architecte.\n\n"
         "La Fédération des parents d'élèves a écrit au rectorat. « Nous attendons une réponse », "
         "a-t-il précisé.",
         "Nous attendons une réponse", ("Hervé Quiniou", None)),
        (_DE + "Verbandschef Hans Mertens sprach von Chaos.\n\nDer Elternverband Nordheide fordert Geld. "
         "„Wir brauchen mehr Lehrer“, sagte er.",
         "Wir brauchen mehr Lehrer", ("Hans Mertens", None)),
        (_FR + "Le collège de Vannes a gagné le tournoi.\n\nCôté Lorient, l'entraîneur Erwan Kerbrat a "
         "regretté « trop de fautes bêtes ». « On reviendra plus forts », a-t-il promis.",
         "On reviendra plus forts", "Erwan Kerbrat"),
        (_DE + "Hausmeisterin Edeltraud Pfisterer, 63, stand im Wasser. „Der Keller ist voll“, erzählt sie.",
         "Der Keller ist voll", "Edeltraud Pfisterer"),
        (_FR + "Le porte-parole, Jean-Marc Le Floch, rappelle les délais. « Six mois, c'est trop long », "
         "prévient cet ancien directeur.",
         "Six mois, c'est trop long", "Jean-Marc Le Floch"),
        (_UK + "За словами завідувачки відділу Ярослави Ковальчук, «ремонт завершать у серпні».",
         "ремонт завершать", "Ярослава Ковальчук"),
        (_RU + "По словам аналитика Сергея Гончаренко, «ремонт подорожает на треть».",
         "ремонт подорожает", "Сергей Гончаренко"),
        (_RU + "Директор школы из Кировского района Эльдар Мухаметшин ремонтом доволен.\n\n"
         "— Крышу наконец починили, — добавил Мухаметшин.",
         "Крышу наконец", "Эльдар Мухаметшин"),
    ],
)

#: From fresh30c (scored once, then read): a role word inside a run before a full name
#: ("Rheinbergs Coach X Y" was "Coach X Y"); "freute sich Trainer X"; a role no list held before
#: an apposed name ("El subdelegado del Gobierno en Granada, X Y,": was the person named before);
#: "relató una de las pasajeras, X Y, de 67 años"; a quote after reported speech closed by an
#: inverted clause ("…, sagt die 44-Jährige. „…“"; not after a clause that is no speech); a
#: Slavic name with a surname's shape before a speech verb after a comma ("… лицея Алия
#: Сафина, признается"), then "— рассказала девушка".
LAST_INTL30 = cases(
    "clause frames around the speaker",
    [
        (_DE + "„Wir lagen nie vorne“, sagte Heidenaus Coach Malte Ohlsen-Vogt.",
         "Wir lagen nie vorne", "Malte Ohlsen-Vogt"),
        (_DE + "„Endlich wieder ein Sieg“, freute sich Trainerin Ines Brockhaus nach dem Spiel.",
         "Endlich wieder ein Sieg", "Ines Brockhaus"),
        (_ES + "«La obra va bien», dijo el arquitecto, Iker Zubeldia.\n\n"
         "El subdelegado del Gobierno en Teruel, Fermín Lahoz Gil, visitó la obra. «No habrá "
         "retrasos», señaló.",
         "No habrá retrasos", "Fermín Lahoz Gil"),
        (_ES + "—Se oyó un crujido y se fue la luz —contó uno de los alumnos, Iván Roldán Pérez, de 15 años.",
         "Se oyó un crujido", "Iván Roldán Pérez"),
        (_DE + "Schulleiterin Gesa Ohlendorf begrüßt die Sanierung. Endlich gebe es Platz für alle, "
         "sagt die 52-Jährige. „Bisher haben wir improvisiert.“",
         "Bisher haben wir improvisiert", "Gesa Ohlendorf"),
        (_DE + "Schulleiterin Gesa Ohlendorf begrüßt die Sanierung. Endlich gebe es Platz für alle, "
         "wenn das Geld reicht. „Bisher haben wir improvisiert.“",
         "Bisher haben wir improvisiert", None),
        (_RU + "Одна из лучших учениц, выпускница лицея Айгуль Хасанова, признается, что готовилась "
         "год.\n\n— Занималась каждый вечер, — рассказала девушка.",
         "Занималась каждый вечер", "Айгуль Хасанова"),
    ],
)

#: From fresh30d (scored once, then read): an epithet or pronoun after a sentence opened by an
#: unnamed role after a place's genitive ("Auch Kasseler Landrat … meldete sich zu Wort. Er sei
#: „…“, sagte der CDU-Politiker" was the person named before: a wrong name); a role inside a run
#: confirms the name after it; a saint's name in an institution's ("la cooperativa San Isidro de
#: Baeza, X Y") is no person (was a wrong name); "a défendu le maire, X Le Y,".
FRESH30D_INTL30 = cases(
    "pronouns and role nouns",
    [
        (_DE + "„Die Schule wird gebaut“, sagte Schulrat Matthias Gräbner.\n\n"
         "Auch Wetzlars Oberbürgermeister meldete sich zu Wort. Er sei „zutiefst enttäuscht von "
         "dem Kreis“, sagte der SPD-Politiker.",
         "zutiefst enttäuscht", None),
        (_DE + "„Die Schule wird gebaut“, sagte Schulrat Matthias Gräbner. Wetzlars Oberbürgermeister "
         "Korbinian Alsfeld meldete sich zu Wort. „Das ist bitter für uns“, sagte der SPD-Politiker.",
         "Das ist bitter", "Korbinian Alsfeld"),
        (_ES + "«Será una buena campaña», afirmó el presidente de la cooperativa San Isidro de Úbeda, "
         "Juan Ramón Cazorla.",
         "Será una buena campaña", "Juan Ramón Cazorla"),
        (_FR + "« C'est un budget d'avenir », a défendu le maire, Gwendal Le Quéré, à l'issue du vote.",
         "C'est un budget d'avenir", "Gwendal Le Quéré"),
    ],
)

#: From fresh30e (scored once, then read): a role in the sentence before no longer lends a run
#: its gender ("… a expliqué le maire, X.\n\nY Z, 74 ans, … confie-t-elle" was nobody: Y Z read as
#: a he); a person noun opening a run ("Nachbar X Y hatte …") confirms the name; a club's name in
#: marks inside the clause ("— отметил главный тренер «Северной звезды» X Y"); an adverb before a
#: Slavic verb ("— скромно сказал хоккеист"); "a justifié la vice-présidente …, X Le Y" (the
#: phrase ending on the name).
FRESH30E_INTL30 = cases(
    "clause frames around the speaker",
    [
        (_FR + "« L'eau monte vite », a expliqué le maire, Pascal Duchêne.\n\n"
         "Armelle Le Gac, 81 ans, a dormi chez sa fille. « J'ai tout laissé », confie-t-elle.",
         "J'ai tout laissé", "Armelle Le Gac"),
        (_DE + "„Wir ermitteln“, sagte ein Polizeisprecher.\n\nNachbar Ömer Sezgin-Kaya hatte das Feuer "
         "bemerkt. „Ich habe sofort angerufen“, erzählte der 29-Jährige.",
         "Ich habe sofort angerufen", "Ömer Sezgin-Kaya"),
        (_RU + "«Мы дождались своих моментов», — отметил главный тренер «Речной звезды» Олег Варламов-Клин.",
         "Мы дождались", "Олег Варламов-Клин"),
        (_RU + "Дубль оформил нападающий Тимофей Сорокин.\n\n— Партнеры отдавали идеально, — скромно "
         "сказал хоккеист.",
         "Партнеры отдавали", "Тимофей Сорокин"),
        (_FR + "« Nous ne pouvions pas garder trois collèges », a justifié la vice-présidente chargée de "
         "l'éducation, Maryvonne Le Dréau.",
         "Nous ne pouvions pas", "Maryvonne Le Dréau"),
        (_RU + "«Мы победили», — сказал тренер Олег Варламов-Клин. «Речная звезда» проиграла. «Это "
         "обидно», — сказал капитан гостей.",
         "Это обидно", None),
    ],
)

#: From fresh30f (scored once, then read): "Para X, «…»" (es, according to); "resumió el jefe de
#: guardia, X"; "— бідкається він"; "resumió uno de ellos" names nobody (the new verb had it go to
#: the person named last: a wrong name). From fresh30g: a quote inside reported speech that a
#: speech clause closes ("Ihr Mandant sei „…“ gewesen, sagte Anwältin X"); not a clause that is no
#: speech.
FRESH30F_INTL30 = cases(
    "clause frames around the speaker",
    [
        (_ES + "El portavoz socialista, Rubén Antoñanzas, votó en contra. Para Antoñanzas, «el gobierno "
         "castiga a las familias».",
         "el gobierno castiga", "Rubén Antoñanzas"),
        (_ES + "«Ha sido una tarde de locos», resumió el jefe de guardia, Vicente Llorca Pascual.",
         "Ha sido una tarde", "Vicente Llorca Pascual"),
        (_UK + "Фермер Микола Пащенко каже, що головна проблема — логістика.\n\n— Зерно є, а вивезти "
         "не можемо, — бідкається він.",
         "Зерно є", "Микола Пащенко"),
        (_DE + "Die Verteidigung will die Vorwürfe bestreiten. Ihr Mandant sei „nur ein kleines "
         "Rädchen“ gewesen, sagte Anwältin Derya Aksoy-Brandt.",
         "nur ein kleines Rädchen", "Derya Aksoy-Brandt"),
        (_DE + "Der Anwalt Jens Ott widersprach. Ihr Mandant sei „nur ein kleines Rädchen“ gewesen, "
         "obwohl die Anklage anders urteilt.",
         "nur ein kleines Rädchen", None),
        (_ES + "«Se criminaliza a los propietarios», lamentó su presidenta, Carmen Lozano.\n\n"
         "Los vecinos celebraron la decisión. «Aquí ya no queda nadie», resumió uno de ellos.",
         "Aquí ya no queda nadie", None),
    ],
)

INTL30_CASES = [
    *ROLE_SUBJECTS_INTL30, *SPEAKER_PHRASES_INTL30, *SPLIT_LINES_INTL30, *REPORTED_INTL30, *PARTICLES_INTL30, *LATER_INTL30,
    *LAST_INTL30, *FRESH30D_INTL30, *FRESH30E_INTL30,
    *FRESH30F_INTL30,
]

#: The negative cases (a rule must not fire), by the start of their quote.
NEGATIVES = frozenset(
    {"Nous rouvrirons le service", "Nous serons prêts", "Les enseignants sont épuisés", "Ремонт начнётся",
     "Я вчителька", "¿Cuándo acabarán", "Ich habe die Kosten", "kaum noch einen trockenen",
     "Irgendwie geht es", "мають шукати", "Nous attendons une réponse", "Wir brauchen mehr Lehrer",
     "Bisher haben wir improvisiert", "zutiefst enttäuscht",
     "Это обидно", "Aquí ya no queda nadie"}
)
