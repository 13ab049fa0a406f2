"""Attribution cases of session 28 (helper intl28b), from the misses of the third blind batch
(``evaluation/multilingual``, batch ``fresh28c``) and the families intl28 left; each pattern here is
written anew, never the batch's sentences.

- A generic organisation noun as the speaker ("a estimé le syndicat", "alertó la organización",
  "sostuvo la central sindical", "a affirmé l'organisation patronale", "„…“, heißt es in einer
  Stellungnahme des Verbands") points back to the organisation opening a sentence of the same
  paragraph before the quote: one with an organisation's head ("Der Mieterbund Ostsachsen"), an
  acronym ("La UGT"), a name after the generic noun ("La patronal Cámara Textil Andaluza"), or a
  French/Spanish article and one capital ("Le Gepal, de son côté,"). Was the person named last
  (Spanish, Russian "говорится в сообщении ведомства") or nobody.
- A Ukrainian/Russian plural verb after the quote ("— зазначили у відомстві") is the office named
  in the locative opening the sentence before ("У Міністерстві культури підтримали …"), in the
  nominative when its form is certain ("-стві"/"-стве" -> "-ство", "-ії" -> "-ія", "службе" ->
  "служба" with its feminine adjectives); else nobody ("В Горстрое": Горстрой?; "У Києві": a place).
- "a fait valoir" / "a fait savoir" is one French speech verb; "l'édile" is the mayor named before.
- "За її словами, «…»" / "По его словам, «…»": the person named last of that gender.
- A quote standing as its own sentence right after one whose named subject speaks ("X forderte
  erneut mehr Geld. „…“") is that person's.
- A Spanish indefinite person after the verb and its adverbial ("contaba a las puertas del
  hospital una mujer de 60 años") is nobody named (was the person named last).
- A compound given name opening a three-word name with a role set off after it ("Joan Ferran
  Soler, portavoz de …"), and a German feminine person noun inside a capitalised run ("Die Kieler
  Stadtkämmerin Helga Anton-Brück"), keep the name whole / drop the noun.

Negatives (a wrong name is worse than none): a generic noun with a person as the last subject, or
no organisation before, names nobody; "l'édile" with no mayor named is nobody; "По её словам"
after only a man named is nobody; a quote after a sentence with no speech verb inherits no
speaker; "explicó en una entrevista" keeps the dropped subject; a given name ending in "-in"
("Kristin") is no role noun.

Run by ``test_attribution_intl.py`` through the non-English quote stage. Invented people and
wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases
from tests.briefing.attribution_cases_intl26 import DE_LEAD, ES_LEAD, FR_LEAD, RU_LEAD, UK_LEAD

GENERIC_ORGANISATIONS_INTL28B = cases(
    "organisations, documents and groups",
    [
        (DE_LEAD + "Der Mieterbund Ostsachsen lehnt die Pläne ab. „Die Mieten steigen schon jetzt zu schnell“, "
         "heißt es in einer Stellungnahme des Verbands.",
         "Die Mieten steigen", "Mieterbund Ostsachsen"),
        (DE_LEAD + "Minister Jonas Feldmann warnte vor den Folgen. „Die Mieten steigen schon jetzt zu schnell“, "
         "heißt es in einer Stellungnahme des Verbands.",
         "Die Mieten steigen", None),
        (FR_LEAD + "Le SNPE, premier syndicat du secteur, appelle à manifester. « On nous sacrifie sans discussion », "
         "a estimé le syndicat.",
         "On nous sacrifie", "SNPE"),
        (FR_LEAD + "Le Gepal, de son côté, défend la réforme. « Ce texte va enfin libérer l'embauche », a affirmé "
         "l'organisation patronale.",
         "Ce texte va enfin", "Gepal"),
        (FR_LEAD + "Le ministre Paul Girard a répondu aux pêcheurs. « On nous sacrifie sans discussion », a estimé le syndicat.",
         "On nous sacrifie", None),
        (ES_LEAD + "La patronal Cámara Textil Andaluza pidió ayudas al Gobierno. «Muchos talleres cerrarán este año», "
         "alertó la organización.",
         "Muchos talleres cerrarán", "Cámara Textil Andaluza"),
        (ES_LEAD + "La UGT convocó una huelga para el viernes. «Los salarios ya no alcanzan», sostuvo la central sindical.",
         "Los salarios ya no", "UGT"),
        (ES_LEAD + "La ministra Elena Robles defendió la reforma. «Los salarios ya no alcanzan», sostuvo la central sindical.",
         "Los salarios ya no", None),
        (RU_LEAD + "Министр Роман Галеев поблагодарил строителей. «Нарушений пока не найдено», — говорится в "
         "сообщении ведомства.",
         "Нарушений пока не", None),
    ],
)

CLAUSE_FRAMES_INTL28B = cases(
    "clause frames around the speaker",
    [
        (FR_LEAD + "« Nous avancerons ensemble sur ce dossier », a fait valoir Otto Brenner, le chancelier.",
         "Nous avancerons ensemble", "Otto Brenner"),
        (FR_LEAD + "La maire de Lille, Claire Dubois, a inauguré la passerelle. « C'est un grand jour pour la ville », "
         "a fait valoir l'édile écologiste.",
         "C'est un grand jour", "Claire Dubois"),
        (FR_LEAD + "La passerelle a été inaugurée mardi. « C'est un grand jour pour la ville », a fait valoir l'édile.",
         "C'est un grand jour", None),
        (UK_LEAD + "Директорка школи Ірина Мельник розповіла про плани. За її словами, «нових класів буде три».",
         "нових класів буде", "Ірина Мельник"),
        (RU_LEAD + "Директор завода Иван Петров рассказал о планах. По его словам, «новый цех заработает весной».",
         "новый цех заработает", "Иван Петров"),
        (RU_LEAD + "Директор завода Иван Петров рассказал о планах. По её словам, «новый цех заработает весной».",
         "новый цех заработает", None),
        (DE_LEAD + "Die Bürgermeisterin Katrin Wollenberg forderte erneut mehr Geld vom Land. „Wir können die Schulen "
         "nicht allein sanieren.“ Jedes Jahr fehlen dafür Millionen.",
         "Wir können die Schulen", "Katrin Wollenberg"),
        (DE_LEAD + "Die Bürgermeisterin Katrin Wollenberg war am Montag in Berlin. „Wir können die Schulen nicht allein "
         "sanieren.“ Jedes Jahr fehlen dafür Millionen.",
         "Wir können die Schulen", None),
        (FR_LEAD + "Le maire Paul Girard a dénoncé la décision du préfet. « Nous irons jusqu'au bout. » Le recours sera "
         "déposé lundi.",
         "Nous irons jusqu'au bout", "Paul Girard"),
    ],
)

UNNAMED_PEOPLE_INTL28B = cases(
    "pronouns and role nouns",
    [
        (ES_LEAD + "La ministra Elena Robles defendió la reforma. «Llevo aquí desde las siete», contaba a las puertas "
         "del hospital una mujer de 60 años.",
         "Llevo aquí desde", None),
        (ES_LEAD + "La ministra Elena Robles defendió la reforma. «Llevo aquí desde las siete», explicó en una "
         "entrevista con la radio.",
         "Llevo aquí desde", "Elena Robles"),
    ],
)

NAMES_INTL28B = cases(
    "names: particles, numbers, places and headlines",
    [
        (ES_LEAD + "«Nos han olvidado otra vez», lamentó Joan Ferran Soler, portavoz de los regantes.",
         "Nos han olvidado", "Joan Ferran Soler"),
        (DE_LEAD + "Die Kieler Stadtkämmerin Helga Anton-Brück kritisierte die Pläne erneut. „Das Geld fehlt an allen "
         "Ecken.“",
         "Das Geld fehlt", "Helga Anton-Brück"),
        (DE_LEAD + "„Das Geld fehlt an allen Ecken“, sagte die Stadtkämmerin Kristin Lohse.",
         "Das Geld fehlt", "Kristin Lohse"),
    ],
)

OFFICES_INTL28B = cases(
    "organisations, documents and groups",
    [
        (UK_LEAD + "У Міністерстві культури підтримали проєкт. «Ми готові фінансувати реставрацію», — зазначили у відомстві.",
         "Ми готові фінансувати", "Міністерство культури"),
        (RU_LEAD + "В Федеральной налоговой службе заявили, что проверка продолжается. «Нарушения будут устранены», — "
         "сообщили в ведомстве.",
         "Нарушения будут устранены", "Федеральная налоговая служба"),
        (UK_LEAD + "У Києві повідомили, що міст відкриють у травні. «Роботи йдуть за графіком», — зазначили у міськраді.",
         "Роботи йдуть за графіком", None),
        (RU_LEAD + "В Горстрое сообщили, что работы идут по графику. «Мост откроют в мае», — уточнили в компании.",
         "Мост откроют в мае", None),
    ],
)

INTL28B_CASES = [
    *OFFICES_INTL28B,
    *GENERIC_ORGANISATIONS_INTL28B,
    *CLAUSE_FRAMES_INTL28B,
    *UNNAMED_PEOPLE_INTL28B,
    *NAMES_INTL28B,
]

#: The negative cases (a rule must not fire), by the start of their quote.
NEGATIVES = frozenset(
    {"Die Mieten steigen", "On nous sacrifie", "Los salarios ya no", "Нарушений пока не", "C'est un grand jour",
     "новый цех заработает", "Wir können die Schulen", "Llevo aquí desde", "Das Geld fehlt",
     "Роботи йдуть за графіком", "Мост откроют в мае"}
)
