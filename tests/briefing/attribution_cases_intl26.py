"""Attribution cases of session 26 (helper intl26): names with particles and organisations as
speakers in French, German and Spanish articles, and the reporting verbs of their news style.

- A particle belongs to the surname: "Marine Le Pen", "Dominique de Villepin", "Ursula von der
  Leyen", "Isabel de la Fuente", "Bertrand d'Aubigny", "Karim Ben Salah" were cut at the particle
  ("Marine", "Ursula") or lost ("Bertrand" for "Bertrand d'Aubigny"). A later "Le Pen" or "von der
  Leyen" names the same person.
- An organisation that speaks is named whole: "der Verband der Chemischen Industrie", "la
  Fédération nationale des transports routiers", "la Federación de Asociaciones de Consumidores"
  (were "Verband", "Fédération", "Federación"); "Le Monde a révélé" is Le Monde (was "Monde").
- News verbs: fustiger, marteler, tacler, répliquer, the reflexive "s'est indignée"; monieren,
  bemängeln, kontern; recalcar, reprochar, and Spain's perfect "ha asegurado".
- A German or Spanish verb before its subject ("Nach einem Treffen mit X erklärte der Minister:",
  "Después del consejo, explicó el ministro X:") is the subject's after it, not the name or the
  adverb before it; "X kritisierte den Ausstand:" keeps X ("den Ausstand" is the object).
- "Van der Berg", "De la Cruz" (a capitalised particle and its article), Catalan "Roca i Ferrer",
  and a role our lexicon lacks with the name in apposition ("el portero, Pablo Van der Berg").

Negatives (a wrong name is worse than none): a name ending a sentence is not run on into the next
one ("Luis de la Rúa. Según Cruz Roja"); a first name read alone is nobody's name; a capitalised
article opening a new phrase after a name is no particle ("Le gouvernement espère", "maire de Le
Mans", "alcaldesa de La Coruña"); German "von" after a surname is "of" ("Anna Weber von der Union"
is Anna Weber, "ein Brief von Merz"), "zu Beginn" after a name is no "zu"; a role's genitive is
not the speaker ("ein Sprecher der Polizei" names nobody, not "Polizei"); a bare "der Verband" /
"L'Association" / "die Gewerkschaft" points back and names nobody; "le PDG" is a role, no
acronym of an organisation; "un portavoz del Sindicato de …" names nobody.

Run by ``test_attribution_intl.py`` through the non-English quote stage (the language is
detected from the text): the English suite's ``predict`` reads English only. Invented people and
wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A neutral lead paragraph per language, set before a case so that it reads as part of an
#: article in that language (shared by the later intl case files).
FR_LEAD = "Le projet de loi sera examiné la semaine prochaine par les députés de la commission.\n\n"
DE_LEAD = "Der Entwurf soll in der kommenden Woche im Bundestag beraten werden, hieß es am Montag.\n\n"
ES_LEAD = "El Congreso debatirá el proyecto de ley la próxima semana, según fuentes parlamentarias.\n\n"
UK_LEAD = "У місті відкрили новий міст через річку, будівництво тривало три роки.\n\n"
RU_LEAD = "В городе открыли новый мост через реку, строительство продолжалось три года.\n\n"

NAMES_INTL26 = cases(
    "names: particles, numbers, places and headlines",
    [
        (FR_LEAD + "Marine Le Pen a dénoncé « une mesure de façade qui ne changera rien pour les Français ».",
         "une mesure de façade", "Marine Le Pen"),
        (FR_LEAD + "« Nous ne voterons pas ce texte en l’état, c’est clair », a prévenu Marine Le Pen.",
         "Nous ne voterons pas", "Marine Le Pen"),
        (FR_LEAD + "Mathilde Le Guen, députée du Finistère, a pris la parole. « Ce texte oublie les territoires ruraux », a-t-elle martelé.\n\n"
         "« Nous demandons un vrai débat sur le fond », a ajouté Mme Le Guen.",
         "Nous demandons un vrai", "Mathilde Le Guen"),
        (FR_LEAD + "« Nous irons jusqu’au bout de cette réforme », a déclaré Olivier de La Tour du Pin devant la presse.",
         "Nous irons jusqu’au bout", ("Olivier de La Tour du Pin", "Olivier de La Tour")),
        (FR_LEAD + "« Il n'y aura aucune hausse d'impôts pour les ménages », a assuré le ministre, Thierry d'Ormesson, sur une radio.",
         "Il n'y aura aucune", "Thierry d'Ormesson"),
        (FR_LEAD + "Selon Sophie Du Plessis, économiste à l'université de Lille, « la croissance restera faible cette année ».",
         "la croissance restera", "Sophie Du Plessis"),
        (FR_LEAD + "« Les éleveurs travaillent à perte depuis des mois », a regretté Karim Ben Amor, éleveur dans l'Orne.",
         "Les éleveurs travaillent", "Karim Ben Amor"),
        (DE_LEAD + "Ursula von der Leyen erklärte: „Europa steht geschlossen hinter diesem Vorhaben.“",
         "Europa steht geschlossen", "Ursula von der Leyen"),
        (DE_LEAD + "„Wir werden die Mittel noch in diesem Jahr freigeben“, sagte Finanzministerin Katharina von Stein am Abend.",
         "Wir werden die Mittel", "Katharina von Stein"),
        (DE_LEAD + "Verkehrsminister Jan van Dijk stellte den Plan vor. „Die Strecke wird bis 2030 fertig“, sagte van Dijk.",
         "Die Strecke wird", "Jan van Dijk"),
        (DE_LEAD + "„Das reicht bei weitem nicht aus“, so Betriebsratschef Jonas von Hagen.",
         "Das reicht bei weitem", "Jonas von Hagen"),
        (ES_LEAD + "La ministra de Vivienda, Isabel de la Fuente, defendió la norma: «Garantizar un techo digno es una obligación».",
         "Garantizar un techo", "Isabel de la Fuente"),
        (ES_LEAD + "«La ley va a reducir la oferta de pisos», criticó el portavoz del Partido Popular, Ramón del Olmo.",
         "La ley va a reducir", "Ramón del Olmo"),
        (ES_LEAD + "«Es un primer paso, pero llega tarde», lamentó Carmen Del Valle, del Sindicato de Inquilinas.",
         "Es un primer paso", "Carmen Del Valle"),
        (ES_LEAD + "«El plan llega tarde y es insuficiente», ha criticado la eurodiputada Elena Ruiz de Velasco.",
         "El plan llega tarde", "Elena Ruiz de Velasco"),
        # a name opened by its capitalised particle, found again as the person named before
        (FR_LEAD + "Marine Le Pen a réuni ses députés mardi matin.\n\n« Nous présenterons une motion de censure », a annoncé Le Pen.",
         "Nous présenterons une", "Marine Le Pen"),
        (ES_LEAD + "«Es un plan valiente y necesario», afirmó de Guindos en Fráncfort.",
         "Es un plan valiente", "de Guindos"),
        (FR_LEAD + "« Nous ne négocierons pas sous la menace », a déclaré Mohamed al-Hassan, porte-parole du gouvernement.",
         "Nous ne négocierons pas", "Mohamed al-Hassan"),
        (ES_LEAD + "La ministra de Hacienda, María Jesús Montoya, ha defendido los presupuestos: «Son los más sociales de la historia».",
         "Son los más sociales", "María Jesús Montoya"),
        (DE_LEAD + "Finanzministerin Petra von Au verteidigte den Entwurf: „Wir halten die Schuldenbremse ein.“",
         "Wir halten die Schuldenbremse", "Petra von Au"),
        (ES_LEAD + "«Ha sido un partido muy duro», dijo el portero, Pablo Van der Berg, ante la prensa.",
         "Ha sido un partido muy duro", "Pablo Van der Berg"),
        (FR_LEAD + "« Nous avons souffert jusqu'au bout », a reconnu l'entraîneur, Marc De la Cruz.",
         "Nous avons souffert", "Marc De la Cruz"),
        (ES_LEAD + "El presidente del club, Josep Roca i Ferrer, habló tras el partido. «Hemos sufrido mucho hoy», añadió Roca.",
         "Hemos sufrido mucho", "Josep Roca i Ferrer"),
        (ES_LEAD + "Después del consejo, explicó el ministro Pablo Herrera: «No habrá recortes en sanidad».",
         "No habrá recortes", "Pablo Herrera"),
        (DE_LEAD + "Am Montag sagte Bahnchef Richard Lenz: „Wir sind zu Gesprächen bereit.“",
         "Wir sind zu Gesprächen", "Richard Lenz"),
        # an object after the verb is no subject; a date is no apposition
        (DE_LEAD + "Personalvorständin Lisa Berger kritisierte den Ausstand: „Dieser Streik ist völlig unverhältnismäßig.“",
         "Dieser Streik ist völlig", "Lisa Berger"),
        (DE_LEAD + "Am Montag kritisierte die Gewerkschaft die Entscheidung: „Dieser Schritt ist völlig falsch.“",
         "Dieser Schritt ist völlig", None),
        (ES_LEAD + "«Ha sido una semana muy dura», dijo el martes, en Madrid, el entrenador.",
         "Ha sido una semana", None),
        # the verb before its subject: the name before the verb is not the speaker
        (DE_LEAD + "Nach einem Treffen mit Anna von Brandt erklärte der Minister: „Wir sind uns in allen Punkten einig.“",
         "Wir sind uns in allen", None),
        # negatives: "Le gouvernement" after a name, "von" after a surname, "de" + place
        (FR_LEAD + "« Le texte sera adopté sans modification », a assuré Paul Girard. Le gouvernement espère un vote rapide.",
         "Le texte sera adopté", "Paul Girard"),
        (DE_LEAD + "„Das reicht bei weitem nicht aus“, monierte Anna Weber von der Union.",
         "Das reicht bei weitem", "Anna Weber"),
        (DE_LEAD + "In einem Brief von Kanzler Merz an die Fraktionen heißt es, der Haushalt sei solide. „Wir halten Kurs“, sagte Markus Lindner.",
         "Wir halten Kurs", "Markus Lindner"),
        (ES_LEAD + "«Lo hemos perdido todo en una noche», relató Pedro Martín, vecino de Vilariño.",
         "Lo hemos perdido", "Pedro Martín"),
        # "von den" after a name is "from the": the "er" is still the name's
        ("Professor Thomas Kessler untersucht seltene Pflanzen. Ein Team um Professor Charles Howard bestätigte seine Ergebnisse.\n\n"
         "Ähnlich wie Kessler ist auch Howard von den Orchideen fasziniert, »weil sie die rätselhaftesten Pflanzen sind«, sagt er.",
         "weil sie die", "Charles Howard"),
        (DE_LEAD + "„Die Menschen fliehen weiter“, sagte Karl Böhm von einer Hilfsorganisation.",
         "Die Menschen fliehen", "Karl Böhm"),
        (DE_LEAD + "„Wir ermitteln in alle Richtungen“, sagte Weber von der Kriminalpolizei.",
         "Wir ermitteln in alle", ("Weber", None)),
        # a name ending a sentence does not run on into the next one's capitals
        (ES_LEAD + "«La situación es grave», dijo el consejero, Luis de la Rúa. Según Cruz Roja, «hay cientos de personas desplazadas».",
         "hay cientos de personas", "Cruz Roja"),
        # a first name alone is nobody's name ("Laut … Jörg" read short)
        (DE_LEAD + "Laut Kanzleramtschef Jörg Brenner ist das Paket „ein Meilenstein für die Sicherheit Europas“.",
         "ein Meilenstein für", (None, "Jörg Brenner")),
        (DE_LEAD + "„Die Zahlen sind alarmierend“, erklärte Kommissarin Margit von Aue in Brüssel.",
         "Die Zahlen sind alarmierend", "Margit von Aue"),
        (DE_LEAD + "„Wir investieren so viel wie nie zuvor in die Schulen“, sagte Stadtrat Peter Meier nach der Sitzung.",
         "Wir investieren so viel", "Peter Meier"),
        (DE_LEAD + "„Die Freundschaft ist stärker denn je“, sagte Kanzler Olaf Brenner zu Beginn des Treffens.",
         "Die Freundschaft ist", "Olaf Brenner"),
        (ES_LEAD + "«La ciudad no puede esperar más», afirmó la alcaldesa de La Coruña, Inés Rey.",
         "La ciudad no puede", "Inés Rey"),
        (FR_LEAD + "« Le chantier sera livré en juin », a déclaré Jean Morel, maire de Le Mans.",
         "Le chantier sera livré", "Jean Morel"),
    ],
)

ORGANISATIONS_INTL26 = cases(
    "organisations, documents and groups",
    [
        (DE_LEAD + "„Wir brauchen endlich Planungssicherheit für unsere Betriebe“, forderte der Verband der Chemischen Industrie in einer Mitteilung.",
         "Wir brauchen endlich", "Verband der Chemischen Industrie"),
        (DE_LEAD + "„Niemand weiß, wie das Geld kontrolliert wird“, kritisierte die Gewerkschaft Verdi am Dienstag.",
         "Niemand weiß, wie", "Gewerkschaft Verdi"),
        (FR_LEAD + "« Nous attendons des garanties écrites, pas des promesses », a fustigé la Fédération nationale des transports routiers dans un communiqué.",
         "Nous attendons des garanties", "Fédération nationale des transports routiers"),
        (FR_LEAD + "Dans un communiqué, l'Union des syndicats de la route a également dénoncé « une provocation envers les salariés du secteur ».",
         "une provocation envers", "Union des syndicats de la route"),
        (DE_LEAD + "„Die Zahl der Anträge ist deutlich gesunken“, teilte das Bundesamt für Migration und Flüchtlinge am Mittwoch mit.",
         "Die Zahl der Anträge", "Bundesamt für Migration und Flüchtlinge"),
        (FR_LEAD + "« Le compte n'y est pas », a réagi la CGT dans un communiqué.",
         "Le compte n'y est pas", "CGT"),
        (FR_LEAD + "« Nous ne lâcherons rien sur les salaires », a déclaré le PDG dans un entretien.",
         "Nous ne lâcherons rien", None),
        (FR_LEAD + "Le Monde a révélé « un accord secret entre les deux partis de la majorité » mardi soir.",
         "un accord secret", "Le Monde"),
        (ES_LEAD + "Según la Federación de Asociaciones de Consumidores, «la medida llega demasiado tarde para las familias».",
         "la medida llega", "Federación de Asociaciones de Consumidores"),
        (ES_LEAD + "«La medida llega demasiado tarde para las familias», lamentó la Unión General de Trabajadores en un comunicado.",
         "La medida llega", "Unión General de Trabajadores"),
        # negatives: a role's genitive, a bare head pointing back, an unnamed spokesman
        (DE_LEAD + "„Wir haben die Lage im Griff“, sagte ein Sprecher der Polizei am Abend.",
         "Wir haben die Lage", None),
        (DE_LEAD + "Der Verband der Chemischen Industrie legte Zahlen vor. „Die Lage ist ernst“, sagte der Verband am Montag.",
         "Die Lage ist ernst", (None, "Verband der Chemischen Industrie")),
        (FR_LEAD + "L'Association des maires ruraux a réagi mardi. « Les communes ne peuvent plus suivre », a dénoncé l'Association.",
         "Les communes ne peuvent", (None, "Association des maires ruraux")),
        (ES_LEAD + "«Los clientes ya hacen casi todo por internet», dijo un portavoz del Sindicato de Banca.",
         "Los clientes ya hacen", None),
        (FR_LEAD + "« Les chiffres sont bons », a déclaré le président de la Fédération des transports, Paul Girard.",
         "Les chiffres sont bons", "Paul Girard"),
        (DE_LEAD + "„Wir lehnen den Entwurf in dieser Form ab“, kritisierte die Gewerkschaft am Dienstag.",
         "Wir lehnen den Entwurf", None),
    ],
)

VERBS_INTL26 = cases(
    "speech verbs in every form",
    [
        (FR_LEAD + "« C'est une honte pour la démocratie », s'est indignée la députée Claire Vasseur.",
         "C'est une honte pour", "Claire Vasseur"),
        (FR_LEAD + "« Nous reviendrons sur ce texte », s'est contenté de répondre un responsable du ministère.",
         "Nous reviendrons sur", None),
        (FR_LEAD + "« Nous ne céderons rien sur les salaires », a martelé Claire Morel, secrétaire du syndicat.",
         "Nous ne céderons rien", "Claire Morel"),
        (FR_LEAD + "« Ce budget est une fiction comptable », a taclé le député Hugo Martin.",
         "Ce budget est une", "Hugo Martin"),
        (FR_LEAD + "« Personne ne nous a consultés sur ce projet », a répliqué la maire de Nantes, Julie Garnier.",
         "Personne ne nous a", "Julie Garnier"),
        (DE_LEAD + "„Das reicht nicht, das wissen alle“, monierte Sahra Wagner.",
         "Das reicht nicht", "Sahra Wagner"),
        (DE_LEAD + "„Die Zahlen sind geschönt und das weiß jeder“, bemängelte Oppositionsführer Felix Brandt.",
         "Die Zahlen sind", "Felix Brandt"),
        (ES_LEAD + "«Necesitamos reformas, no más impuestos», recalcó el presidente de la patronal, Jorge Navarro.",
         "Necesitamos reformas", "Jorge Navarro"),
        (ES_LEAD + "«No aceptaremos ni un solo despido forzoso», ha asegurado la delegada sindical Paula Romero.",
         "No aceptaremos ni", "Paula Romero"),
    ],
)

INTL26_CASES = [*NAMES_INTL26, *ORGANISATIONS_INTL26, *VERBS_INTL26]

#: The negative cases (a rule must not fire), by the start of their quote.
NEGATIVES = frozenset(
    {"Le texte sera adopté", "Das reicht bei weitem", "Wir halten Kurs", "Lo hemos perdido", "Wir haben die Lage",
     "Die Lage ist ernst", "Les communes ne peuvent", "Los clientes ya hacen", "Les chiffres sont bons",
     "Die Menschen fliehen", "Wir ermitteln in alle", "Wir investieren so viel", "Die Freundschaft ist",
     "Nous ne lâcherons rien", "hay cientos de personas", "ein Meilenstein für", "weil sie die",
     "Wir sind uns in allen", "Nous reviendrons sur", "Dieser Streik ist völlig", "Dieser Schritt ist völlig",
     "Ha sido una semana", "La ciudad no puede", "Le chantier sera livré", "Wir lehnen den Entwurf"}
)
