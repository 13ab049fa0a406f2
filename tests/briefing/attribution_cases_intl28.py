"""Attribution cases of session 28 (helper intl28), from the misses of a batch of articles written
blind (``evaluation/multilingual``, batch ``fresh28``) and of real French, German and Spanish pages;
each pattern here is written anew, never the batch's sentences.

- A role, its institution and the name set off by commas open the sentence, the verb no speech verb
  ("La ministre des Armées, Sophie Roy, a présenté le budget : « … »", "Le ministre délégué aux
  Sports, X, a dénoncé « … »"): the name, not the institution ("Sports") or nobody. "aux"/"au"/
  "à la" join a role to its institution as "de" does.
- After a Spanish verb with its subject dropped, a noun phrase is the subject all the same: an
  organisation or a document ("advirtió la organización", "señala el informe") names no person
  (was the person named last); another noun tells the gender by its article ("sostuvo el
  legislador"). Ukrainian and Russian plural verbs ("повідомили у відомстві", "заявили в совете")
  are an office speaking (was the person named last).
- A sentence opened by an unnamed person no role list holds ("Eine Mutter aus …", "Un habitant
  de …", "Una vecina …") takes the pronoun of the quote after it: nobody named.
- A capitalised noun after an indefinite article is no name ("schrieb eine Schwimmerin", "regrette
  une Lyonnaise"); a Spanish name in apposition to its role keeps both surnames ("el ministro de
  Hacienda, Tomás Ibarra Soler," was "Ibarra Soler").
- A bare organisation head ("forderte der Verband", "avisó el instituto") points back to the last
  organisation named with that head ("Der Sozialverband VdK Hessen …"); none named, nobody.
- The subject of a quote's own clause ("X definía … y el historiador Pablo Serrano llamó a la
  transición "…""), not the sentence's first name; an honorific in the subject's lead ("Ministerin
  Dr. Anna Sommer rief … auf:"); "Según él, la subida «…»"; a German party epithet ("sagte die
  SPD-Politikerin") for the person just named; an article and one capitalised noun opening a
  sentence ("Die App-Unterstützung erlaubt …") is no named subject.
- A role set off after a name ("Tobias Reinhold, le chancelier autrichien,") makes that name a
  person, as a role before it does: his later "il" was the person named before him.
- A source named after the quote with no verb ("« … », selon le ministère des Affaires étrangères",
  "selon lui", "«…», según el Ministerio de Sanidad"); a French or Spanish organisation's lowercase
  head before its capitalised institution ("le ministère des Affaires étrangères") names it.
- German epithets after "der"/"die" ("berichtet die Kauffrau", "sagt die Marktkennerin"): a person
  noun no list holds, never a surname (was "Kauffrau"); the person just named of that gender. A
  relative clause after a role ("sagt die Managerin, die nach Stationen beim Zoll …") is no
  apposed name (was "Stationen").
- A quote over paragraphs, the first left open ("« … saturés." then "« La décrue … »"): the next
  paragraph's opening quote is the same speaker's.

Negatives (a wrong name is worse than none): a role's name with an object verb and no comma pair
stays unread; a time after a Spanish verb ("dijo el martes") keeps the dropped subject; a singular
Ukrainian/Russian verb keeps its person; a named subject keeps its pronoun; an indefinite before a
two-word name is no noun ("un Pablo Ortega" is still read); a paragraph after a closed quote does
not inherit its speaker; a bare head with no organisation of that head named before names nobody;
"Marta Ruiz y Pablo Gil" is one subject; an epithet of a gender no one named has is nobody, "die
Polizei" no epithet; "visitó Sevilla y Córdoba y defendió" keeps its subject.

Run by ``test_attribution_intl.py`` through the non-English quote stage. Invented people and
wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases
from tests.briefing.attribution_cases_intl26 import DE_LEAD, ES_LEAD, FR_LEAD, RU_LEAD, UK_LEAD

ROLE_APPOSITION_INTL28 = cases(
    "clause frames around the speaker",
    [
        (FR_LEAD + "Le ministre délégué aux Sports, Gaston Verdier, a dénoncé « une décision injuste pour les clubs amateurs ».",
         "une décision injuste", "Gaston Verdier"),
        (FR_LEAD + "La ministre des Armées, Sophie Delacroix, a présenté le budget devant les sénateurs : « Nous devons nous préparer au pire. »",
         "Nous devons nous préparer", "Sophie Delacroix"),
        (FR_LEAD + "Le président de la Chambre des métiers, Loïc Tanguy, a reçu les artisans : « Personne ne sera oublié dans ce plan. »",
         "Personne ne sera oublié", "Loïc Tanguy"),
        (ES_LEAD + "La consejera de Sanidad, Marta Giner, presentó el plan ante la prensa: «Abriremos veinte centros de salud nuevos».",
         "Abriremos veinte centros", "Marta Giner"),
        (FR_LEAD + "La directrice de l'école Jules-Ferry a reçu les parents : « Les travaux commenceront en juillet. »",
         "Les travaux commenceront", None),
        (FR_LEAD + "Le rapport de la Cour des comptes, publié mardi, a pointé « des dépenses mal maîtrisées depuis des années ».",
         "des dépenses mal maîtrisées", None),
    ],
)

NO_PERSON_SUBJECTS_INTL28 = cases(
    "organisations, documents and groups",
    [
        (ES_LEAD + "La ministra de Trabajo, Elena Robles, defendió la reforma. La patronal Cepyme la rechazó en un comunicado. "
         "«Muchos pequeños negocios tendrán que cerrar», advirtió la organización.",
         "Muchos pequeños negocios", "Cepyme"),  # pointed back since intl28b (was nobody)
        (ES_LEAD + "La portavoz del Gobierno, Marta Giner, pidió calma. «El riesgo de crecidas seguirá siendo alto», avisó el instituto.",
         "El riesgo de crecidas", None),
        (ES_LEAD + "El alcalde Jorge Navarro defendió la obra. «El coste se ha duplicado en dos años», señala el informe.",
         "El coste se ha duplicado", None),
        (ES_LEAD + "La consejera Elena Robles presidió el acto. El diputado Tomás Ibarra criticó los retrasos. "
         "«Llega con cuatro años de retraso», sostuvo el legislador.",
         "Llega con cuatro años", "Tomás Ibarra"),
        (ES_LEAD + "El concejal Jorge Navarro explicó la decisión. «Los árboles estaban en peligro», dijo el martes.",
         "Los árboles estaban", "Jorge Navarro"),
        (UK_LEAD + "Міський голова Петро Гончаренко подякував будівельникам. «Це подарунок для всіх родин міста», — повідомили в міській раді.",
         "Це подарунок для всіх", None),
        (RU_LEAD + "Мэр города Роман Галеев поблагодарил жителей за терпение. «Мы учли все пожелания горожан», — сообщили в мэрии.",
         "Мы учли все пожелания", None),
        (UK_LEAD + "Міський голова Петро Гончаренко подякував будівельникам. «Це подарунок для всіх родин міста», — сказав він.",
         "Це подарунок для всіх", "Петро Гончаренко"),
        (RU_LEAD + "Мэр города Роман Галеев поблагодарил жителей за терпение. «Мы учли все пожелания горожан», — добавил он.",
         "Мы учли все пожелания", "Роман Галеев"),
    ],
)

UNNAMED_PEOPLE_INTL28 = cases(
    "pronouns and role nouns",
    [
        (DE_LEAD + "Gesundheitsministerin Anna Sommer rief zum Impfen auf. Eine Mutter aus Augsburg berichtete von schweren Wochen. "
         "„Wir hatten große Angst um unsere Tochter“, sagte sie.",
         "Wir hatten große Angst", None),
        (FR_LEAD + "La maire Claire Dubois a inauguré la passerelle. Une habitante du quartier, venue avec ses enfants, "
         "était émue. « On attendait ça depuis des années », a-t-elle confié.",
         "On attendait ça depuis", None),
        (ES_LEAD + "La alcaldesa Rosa Méndez visitó la zona. Una vecina del barrio, que perdió su coche, contó lo ocurrido. "
         "«El agua subió en diez minutos», dijo ella.",
         "El agua subió en diez", None),
        (DE_LEAD + "Gesundheitsministerin Anna Sommer rief zum Impfen auf. Sie besuchte eine Kinderklinik in Augsburg. "
         "„Jede Impfung schützt auch andere Kinder“, sagte sie.",
         "Jede Impfung schützt", "Anna Sommer"),
    ],
)

NAMES_INTL28 = cases(
    "names: particles, numbers, places and headlines",
    [
        (DE_LEAD + "Bürgermeister Jonas Feldmann verteidigte die Schließung. „Es tut mir leid für alle Vereine“, schrieb eine Schwimmerin im Netz.",
         "Es tut mir leid", None),
        (FR_LEAD + "« On perd un lieu de vie essentiel pour le quartier », regrette une Lyonnaise rencontrée devant l'entrée.",
         "On perd un lieu de vie", None),
        (ES_LEAD + "«Vamos por el buen camino, aunque queda mucho», dijo el ministro de Hacienda, Tomás Ibarra Soler, en una entrevista.",
         "Vamos por el buen camino", "Tomás Ibarra Soler"),
        (ES_LEAD + "«Vamos por el buen camino, aunque queda mucho», dijo el ministro de Hacienda, Tomás Ibarra, en una entrevista.",
         "Vamos por el buen camino", "Tomás Ibarra"),
        (FR_LEAD + "« Nous n'avions pas vu autant d'eau depuis trente ans », affirme Jean-Baptiste Morvan, hydrologue à Nîmes.",
         "Nous n'avions pas vu", "Jean-Baptiste Morvan"),
        (DE_LEAD + "„Wir brauchen mehr Personal in den Kitas“, sagte Erzieherin Julia Brandt. Ein Vater schrieb einen Brief an die Stadt.",
         "Wir brauchen mehr Personal", "Julia Brandt"),
    ],
)

CONTINUED_QUOTES_INTL28 = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (FR_LEAD + "« Nous n'avions pas vu autant d'eau depuis trente ans », affirme Jean-Marc Le Bihan, hydrologue. "
         "« Les sols étaient déjà saturés.\n\n« La décrue prendra plusieurs jours. »",
         "La décrue prendra", "Jean-Marc Le Bihan"),
        (DE_LEAD + "„Wir haben lange nach einer Lösung gesucht“, sagte Bürgermeister Jonas Feldmann. „Aber die Stadt kann "
         "sich das nicht leisten.\n\n„Es tut mir leid für alle Vereine.“",
         "Es tut mir leid", "Jonas Feldmann"),
        (ES_LEAD + "«Hemos hecho todo lo posible», dijo la alcaldesa Rosa Méndez. «Pero no hay dinero para más.\n\n"
         "«Pedimos paciencia a los vecinos».",
         "Pedimos paciencia", "Rosa Méndez"),
        (DE_LEAD + "„Wir haben lange nach einer Lösung gesucht“, sagte Bürgermeister Jonas Feldmann.\n\n"
         "„Es tut mir leid für alle Vereine.“",
         "Es tut mir leid", None),
    ],
)

POINTING_BACK_INTL28 = cases(
    "organisations, documents and groups",
    [
        (DE_LEAD + "Der Sozialverband VdK Hessen sieht die Politik in der Pflicht. „Pflege darf nicht arm machen“, forderte der Verband am Montag.",
         "Pflege darf nicht arm", "Sozialverband VdK Hessen"),
        (DE_LEAD + "Der Bundesverband der Alten- und Pflegeheime warnte vor Schließungen. „Viele Heime stehen vor dem Aus“, so der Verband.",
         "Viele Heime stehen", "Bundesverband der Alten- und Pflegeheime"),
        (ES_LEAD + "El Instituto Valenciano de Hidrología prevé más lluvias. La portavoz Marta Giner pidió prudencia. "
         "«El riesgo seguirá siendo alto», avisó el instituto.",
         "El riesgo seguirá", "Instituto Valenciano de Hidrología"),
        (DE_LEAD + "Der Verband hat am Montag reagiert. „Pflege darf nicht arm machen“, forderte der Verband.",
         "Pflege darf nicht arm", None),
        (ES_LEAD + "La portavoz Marta Giner pidió prudencia a los vecinos. «El riesgo seguirá siendo alto», avisó la agencia.",
         "El riesgo seguirá", None),
    ],
)

CLAUSE_SUBJECTS_INTL28 = cases(
    "clause frames around the speaker",
    [
        (FR_LEAD + "L'appareil doit aussi ramener des Français « les plus fragiles après la catastrophe », selon le ministère "
         "des Affaires étrangères.",
         "les plus fragiles après", "ministère des Affaires étrangères"),
        (FR_LEAD + "Le ministre Paul Girard était à Roissy. L'appareil transporte des « blessés et des familles avec enfants », selon lui.",
         "blessés et des familles", "Paul Girard"),
        (ES_LEAD + "Los heridos serán trasladados a «hospitales de referencia en la capital», según el Ministerio de Sanidad.",
         "hospitales de referencia", "Ministerio de Sanidad"),
        (FR_LEAD + "L'appareil doit aussi ramener des Français « les plus fragiles après la catastrophe », selon les chiffres "
         "de l'Insee publiés mardi.",
         "les plus fragiles après", None),
        (DE_LEAD + "Gesundheitsministerin Dr. Anna Sommer rief die Eltern zum Impfen auf: „Eine Impfung schützt auch andere Kinder.“",
         "Eine Impfung schützt", "Anna Sommer"),
        (ES_LEAD + "El secretario general de CCOO, Jorge Navarro, pidió más ambición. Según él, la subida «llega tarde y se queda corta».",
         "llega tarde y se queda", "Jorge Navarro"),
        (ES_LEAD + "El filósofo Andrés Molina describía aquella época como oscura y el historiador Pablo Serrano llamó a la "
         "transición \"un pacto de silencio entre élites\".",
         "un pacto de silencio", "Pablo Serrano"),
        (ES_LEAD + "Marta Ruiz y Pablo Gil presentaron \"una propuesta conjunta de reforma\" ante la comisión.",
         "una propuesta conjunta", ("Marta Ruiz", None)),
        (ES_LEAD + "La ministra Elena Robles visitó Sevilla y Córdoba y defendió \"una justicia más rápida para todos\".",
         "una justicia más rápida", "Elena Robles"),
        (DE_LEAD + "Die Stadträtin Petra Lang ist skeptisch. „Das reicht nicht für die Schulen“, sagte die SPD-Politikerin am Montag.",
         "Das reicht nicht für", "Petra Lang"),
        (DE_LEAD + "Die App-Unterstützung im Browser erlaubt es, auf ein zweites Gerät zu verzichten, weil es keinen "
         "„wirklich echten“ zweiten Faktor mehr gibt.",
         "wirklich echten", None),
    ],
)

EPITHETS_INTL28 = cases(
    "pronouns and role nouns",
    [
        (FR_LEAD + "Le commissaire Pierre Lambert a présenté ses prévisions mardi.\n\nMercredi, Tobias Reinhold, le chancelier "
         "autrichien, a critiqué Rome dans un entretien. C'est le seul moyen « d'éviter une nouvelle crise de la dette », "
         "a-t-il ajouté.",
         "d'éviter une nouvelle crise", "Tobias Reinhold"),
        (FR_LEAD + "Le commissaire Pierre Lambert a présenté ses prévisions mardi.\n\nMercredi, Tobias Reinhold, le ministère "
         "autrichien et Rome ont discuté. C'est le seul moyen « d'éviter une nouvelle crise de la dette », a-t-il ajouté.",
         "d'éviter une nouvelle crise", ("Pierre Lambert", None)),
        (DE_LEAD + "Die Importeurin Sabine Wendt beliefert große Supermärkte. „Die Frachtkosten haben sich verdreifacht“, "
         "berichtet die Kauffrau, die seit 20 Jahren im Geschäft ist.",
         "Die Frachtkosten haben", "Sabine Wendt"),
        (DE_LEAD + "Anna Brückner leitet den Obstmarkt seit 2019. „Niemand muss Vorräte anlegen“, sagt die Marktkennerin.",
         "Niemand muss Vorräte", "Anna Brückner"),
        (DE_LEAD + "Jonas Feldmann leitet den Obstmarkt seit 2019. „Niemand muss Vorräte anlegen“, sagt die Marktkennerin.",
         "Niemand muss Vorräte", None),
        (DE_LEAD + "Bürgermeister Jonas Feldmann eröffnete den Markt. „Niemand muss Vorräte anlegen“, sagte die Polizei.",
         "Niemand muss Vorräte", None),
        (DE_LEAD + "Ihre Sprecherin Julia Brandt nannte die Entscheidung „kurzsichtig und gefährlich für alle“.",
         "kurzsichtig und gefährlich", "Julia Brandt"),
        (DE_LEAD + "Eliane Brandt leitet den Großmarkt. „Es muss niemand hamstern“, sagt die Managerin, die nach Stationen "
         "beim Zoll den Markt übernahm.",
         "Es muss niemand", ("Eliane Brandt", "Brandt", None)),
    ],
)

INTL28_CASES = [
    *EPITHETS_INTL28,
    *POINTING_BACK_INTL28,
    *CLAUSE_SUBJECTS_INTL28,
    *ROLE_APPOSITION_INTL28,
    *NO_PERSON_SUBJECTS_INTL28,
    *UNNAMED_PEOPLE_INTL28,
    *NAMES_INTL28,
    *CONTINUED_QUOTES_INTL28,
]

#: The negative cases (a rule must not fire), by the start of their quote.
NEGATIVES = frozenset(
    {"Les travaux commenceront", "des dépenses mal maîtrisées", "Los árboles estaban", "Jede Impfung schützt",
     "Wir brauchen mehr Personal", "Vamos por el buen camino", "Llega con cuatro años", "una propuesta conjunta",
     "una justicia más rápida", "wirklich echten", "Es muss niemand",
     "kurzsichtig und gefährlich", "les plus fragiles après"}
)
