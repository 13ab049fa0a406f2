"""Articles in German, French, Spanish, Ukrainian and Russian, pattern by pattern, on short
sentences written for these tests (none of them is in the labelled set of ``briefbot eval``)."""

from __future__ import annotations

import pytest

from briefing.langdetect import detect_language
from briefing.languages import language_data, split_rules
from briefing.languages.uk_stem import stem as uk_stem
from briefing.models import Block, BriefingOptions
from briefing.pipeline import brief_text
from briefing.quantities_intl import scan_quantities_intl
from briefing.quotes_intl import find_quotes_intl
from briefing.sentences import split_sentences
from briefing.stemming import stemmer
from briefing.topics import match_keys, topic_key, topic_match_keys


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Stadtrat hat am Abend den Haushalt für das kommende Jahr beschlossen.", "de"),
        ("Le conseil municipal a adopté lundi soir le budget de l'année prochaine.", "fr"),
        ("El ayuntamiento aprobó el lunes por la noche los presupuestos del próximo año.", "es"),
        ("Міська рада ввечері ухвалила бюджет на наступний рік після тривалих дебатів.", "uk"),
        ("Городской совет вечером принял бюджет на следующий год после долгих споров.", "ru"),
        ("The city council passed next year's budget on Monday evening after a long debate.", "en"),
        ("Il consiglio comunale ha approvato ieri sera il bilancio del prossimo anno.", "it"),
        ("OK 2:1", "en"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "de",
            "Die Mieten steigen, z. B. in München. Laut Dr. Schmidt bzw. Prof. Lang ist das neu. "
            "Am 3. Oktober wird gefeiert.",
            [
                "Die Mieten steigen, z. B. in München.",
                "Laut Dr. Schmidt bzw. Prof. Lang ist das neu.",
                "Am 3. Oktober wird gefeiert.",
            ],
        ),
        (
            "de",
            "„Wir sind bereit. Wirklich“, sagte sie. »Auch morgen. Immer«, fügte sie hinzu. Dann ging sie.",
            ["„Wir sind bereit. Wirklich“, sagte sie.", "»Auch morgen. Immer«, fügte sie hinzu.", "Dann ging sie."],
        ),
        (
            "fr",
            "M. Durand et Mme Petit sont arrivés. « Nous verrons. Demain », a dit M. Durand. Fin.",
            ["M. Durand et Mme Petit sont arrivés.", "« Nous verrons. Demain », a dit M. Durand.", "Fin."],
        ),
        (
            "es",
            "El Sr. Ruiz y la Sra. Gil llegaron a EE. UU. ayer. «Vamos. Ya», dijo. Luego se fue.",
            ["El Sr. Ruiz y la Sra. Gil llegaron a EE. UU. ayer.", "«Vamos. Ya», dijo.", "Luego se fue."],
        ),
        (
            "uk",
            "Про це сказав проф. Ткаченко, у т. ч. про ціни. «Ми готові. Завжди», — сказав він. Далі.",
            ["Про це сказав проф. Ткаченко, у т. ч. про ціни.", "«Ми готові. Завжди», — сказав він.", "Далі."],
        ),
        (
            "ru",
            "Заседание прошло на ул. Ленина, т. е. в центре. — Мы начнем завтра, — сказал он. Все ушли.",
            ["Заседание прошло на ул. Ленина, т. е. в центре.", "— Мы начнем завтра, — сказал он.", "Все ушли."],
        ),
    ],
)
def test_sentences_per_language(code: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, split_rules(code)) == expected


def _quotes(code: str, *paragraphs: str) -> list[tuple[str, str | None]]:
    data = language_data(code)
    assert data is not None
    blocks = [Block(text=p) for p in paragraphs]
    found = find_quotes_intl(blocks, data, stemmer(code), options=BriefingOptions())
    return [(q.text, q.speaker) for q in found if not q.scare]


@pytest.mark.parametrize(
    ("code", "paragraphs", "expected"),
    [
        # inverted clause after the quote, name resolved from a surname
        (
            "de",
            ["Umweltministerin Jana Roth stellte den Plan vor.", "„Wir handeln jetzt, nicht morgen“, sagte Roth."],
            [("Wir handeln jetzt, nicht morgen", "Jana Roth")],
        ),
        # subject first with a colon; pronoun with a gender
        (
            "de",
            ["Bürgermeister Felix Wagner sprach von einem guten Tag. Er sagte: „Die Stadt hat gewonnen.“"],
            [("Die Stadt hat gewonnen.", "Felix Wagner")],
        ),
        # »…« and a role noun resolved to the person introduced with it
        (
            "de",
            ["Verkehrsministerin Lea Busch eröffnete die Strecke.", "»Das ist ein großer Tag für die Region«, sagte die Ministerin."],
            [("Das ist ein großer Tag für die Region", "Lea Busch")],
        ),
        # an unnamed spokesman is nobody: the pronoun does not go to the last name
        (
            "de",
            ["Landrat Ralf Otto lobte die Helfer.", "Ein Sprecher der Polizei sagte, die Straße sei frei. „Es gab keine Verletzten“, sagte er."],
            [("Es gab keine Verletzten", None)],
        ),
        (
            "fr",
            ["La maire de Lille, Claire Morel, a inauguré le pont.", "« Ce pont relie enfin deux quartiers », a-t-elle déclaré."],
            [("Ce pont relie enfin deux quartiers", "Claire Morel")],
        ),
        (
            "fr",
            ["« Le dossier avance bien », a affirmé M. Leroy, ministre délégué, selon qui rien n'est joué."],
            [("Le dossier avance bien", "Leroy")],
        ),
        (
            "fr",
            ["— Nous reviendrons la semaine prochaine, a ajouté Julien Caron."],
            [("Nous reviendrons la semaine prochaine", "Julien Caron")],
        ),
        # Spanish dropped subject: the person named last
        (
            "es",
            ["El alcalde de Bilbao, Iñaki Otxoa, presentó el plan.", "«Será una ciudad más verde», aseguró."],
            [("Será una ciudad más verde", "Iñaki Otxoa")],
        ),
        (
            "es",
            ["«El acuerdo llegará pronto», dijo la ministra de Trabajo, Sara Vidal, en el Congreso."],
            [("El acuerdo llegará pronto", "Sara Vidal")],
        ),
        # Ukrainian: the verb's gender picks the person
        (
            "uk",
            [
                "Міністерка освіти Оксана Лисенко і депутат Петро Коваль відвідали школу.",
                "«Ми відкриємо ще десять шкіл», — сказала вона.",
            ],
            [("Ми відкриємо ще десять шкіл", "Оксана Лисенко")],
        ),
        (
            "uk",
            ["За словами Тараса Бондаря, ремонт триває.", "«Міст відкриють у травні», — сказав Бондар."],
            [("Міст відкриють у травні", "Тарас Бондар")],
        ),
        (
            "uk",
            ["— Вода повернеться до вечора, — пообіцяв директор водоканалу Віктор Жук."],
            [("Вода повернеться до вечора", "Віктор Жук")],
        ),
        (
            "ru",
            ["По словам Дмитрия Волкова, цены растут.", "«Это только начало», — заявил Волков."],
            [("Это только начало", "Дмитрий Волков")],
        ),
        (
            "ru",
            ["Губернатор Ирина Белова открыла больницу. «Здесь будут лечить детей», — сказала губернатор."],
            [("Здесь будут лечить детей", "Ирина Белова")],
        ),
        # the "il" right before the verb, inside a relative clause of another name (real14e)
        (
            "fr",
            [
                "En chef de la majorité, Paul Renard livre bataille contre la droite. Son adversaire est tout "
                "trouvé, c'est Marc Lenoir, dont il ne cite pas le nom quand il dénonce «l'aveu accablant de son "
                "prédécesseur sur ce dossier» devant les militants."
            ],
            [("l'aveu accablant de son prédécesseur sur ce dossier", "Paul Renard")],
        ),
        # impersonal: no speaker
        (
            "ru",
            ["«Все работы на объекте завершены», — говорится в сообщении министерства."],
            [("Все работы на объекте завершены", None)],
        ),
    ],
)
def test_quotes_and_speakers(code: str, paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(code, *paragraphs) == expected


@pytest.mark.parametrize(
    ("code", "paragraphs"),
    [
        # a male verb never goes to the only (female) person named
        ("uk", ["Речниця Олена Шевчук відповіла на запитання.", "«Усе під контролем», — сказав він."]),
        ("ru", ["Министр Анна Котова приехала в город.", "«Мы справимся с этим сами», — заявил он."]),
        # no one named at all
        ("de", ["„Das war knapp“, sagte er."]),
        ("fr", ["« C'était prévu depuis longtemps », a-t-il dit."]),
        ("es", ["«No es el momento», añadió."]),
        # a department is no person
        ("es", ["«Las cifras son buenas», dijo el consejero de Hacienda."]),
        # a person after a role's "de" is whose associate speaks, not the speaker (real14e)
        ("fr", ["Le ministre Paul Renard est arrivé.", "« Il n'y a pas de dossier », ajoute un proche de Paul Renard."]),
        # an institution joined by its own "de", and a relative clause naming its head (real14e)
        ("es", ["Una portavoz de la Consejería de Sanidad asegura que los datos “se reescriben cada mes”."]),
        ("es", ["Una portavoz de la Consejería, que dirige Javier Ortega Lasa, asegura que los datos “se reescriben cada mes”."]),
        # an impersonal "on" is nobody, not the last person named (real14e)
        ("fr", ["Marie Dubois a parlé.", "« Il faut tenir bon jusqu'au bout de la réforme », ajoute-t-on de même source."]),
    ],
)
def test_never_a_wrong_name(code: str, paragraphs: list[str]) -> None:
    assert [speaker for _, speaker in _quotes(code, *paragraphs)] == [None]


@pytest.mark.parametrize(
    ("code", "sentence", "values"),
    [
        ("de", "Der Bund gibt 1,5 Milliarden Euro für 12.000 neue Wohnungen aus.", [1.5e9, 12000]),
        ("de", "Die Preise stiegen um 3,4 Prozent, der Umsatz auf 2,7 Mrd. Euro.", [3.4, 2.7e9]),
        ("de", "Am 4. Juni 2024 kamen drei Minister und 250 Gäste.", [3, 250]),
        ("fr", "L'État versera 1,2 milliard d'euros à 40 000 agriculteurs.", [1.2e9, 40000]),
        ("fr", "Le chômage a reculé à 7,1 % en mars, soit 2,2 millions de personnes.", [7.1, 2.2e6]),
        ("es", "El plan costará 2.500 millones de euros y creará 15.000 empleos.", [2.5e9, 15000]),
        ("es", "La inflación bajó al 3,1 % y el paro afecta a 2,6 millones de personas.", [3.1, 2.6e6]),
        ("uk", "Уряд виділив 4,2 млрд гривень на 1 200 шкіл.", [4.2e9, 1200]),
        ("uk", "Ціни зросли на 12% за три місяці, а зарплата становить 18 тис. грн.", [12, 3, 18000]),
        ("ru", "Бюджет составит 3,5 млрд ₽, а в проекте занято 2 400 человек.", [3.5e9, 2400]),
        ("ru", "В 2023 году цены выросли на 7,4%, матч закончился со счетом 3:1.", [7.4]),
        # "dos" inside a name is a particle, not "two"; between other capitals it counts
        ("es", "Lo dijo Nuria dos Santos, portavoz de los inquilinos.", []),
        ("es", "Los dos Estados firmaron el acuerdo.", [2]),
        # an age set off after a name, or after a person noun, is no figure (ages_intl); a plan's
        # years, a decimal after a place and a loan's years are
        ("de", "Imker Bent Hollmann, 47, verlor 30 Völker.", [30]),
        ("fr", "Nadège, 31 ans, infirmière, attend depuis trois heures.", [3]),
        ("fr", "Un retraité de 81 ans a remboursé un prêt de 20 ans.", [20]),
        ("es", "Lucía Ferraz, de 63 años y jubilada, y un plan de 10 años.", [10]),
        ("es", "Mi abuelo de 90 años vive solo.", []),
        ("ru", "Пенсионер Ильдар Сафин, 77 лет, ждал 40 минут.", [40]),
        ("de", "In Trier, 8,40 Meter am Morgen.", [8.4]),
        ("ru", "Рассказал водитель Ильяс Нуриев, 52 года.", []),
        ("fr", "Observe une infirmière puis une éducatrice de 29 ans, sous contrat de 3 ans.", [3]),
        # compounds of tens and units, a range's first end, a singular scale word alone, "полутора"
        # (intl30); the plural scale word alone stays vague, a time of day is no figure
        ("fr", "Il a écopé de dix-huit mois et de vingt et un jours.", [18, 21]),
        ("es", "Esperaron treinta y dos días.", [32]),
        ("uk", "Плануємо ще двадцять п’ять.", [25]),
        ("uk", "Ремонт триватиме від трьох до п’яти тижнів.", [3, 5]),
        ("uk", "Завод виробив понад мільйон тонн сталі, а два мільйони тонн продав.", [1e6, 2e6]),
        ("ru", "Бюджет составит около полутора миллиардов рублей, более миллиона человек.", [1.5e9, 1e6]),
        ("de", "Millionen Menschen warten.", []),
        ("fr", "On m'a appelée à 5 heures du matin, après 3 heures d'attente.", [3]),
        ("es", "Once personas resultaron heridas, dos de ellas graves.", [11, 2]),
        ("de", "Die Autobahn 7 wird für 55 Stunden gesperrt.", [55]),
        ("ru", "Двое участников сошли с дистанции.", [2]),
    ],
)
def test_figures_per_language(code: str, sentence: str, values: list[float]) -> None:
    data = language_data(code)
    assert data is not None
    assert [q.value for q in scan_quantities_intl(sentence, data)] == pytest.approx(values)


def test_figure_text_keeps_scale_and_currency() -> None:
    briefing = brief_text(
        "Regierung plant Entlastung\n\nDie Regierung will Familien mit 1,5 Milliarden Euro "
        "entlasten. Davon profitieren rund 800.000 Haushalte, sagte das Ministerium am Montag."
    )
    assert briefing.language == "de"
    assert [f.text for f in briefing.key_figures][:2] == ["1,5 Milliarden Euro", "rund 800.000 Haushalte"]


@pytest.mark.parametrize(
    "forms",
    [
        ("тролейбус", "тролейбуси", "тролейбусів", "тролейбусами", "тролейбусах", "тролейбусом"),
        ("україна", "україни", "україні", "україну", "україною"),
        ("київ", "києва", "києві"),
        ("український", "української", "українському", "українських", "українською"),
        ("підвищення", "підвищенням", "підвищенні"),
    ],
)
def test_ukrainian_stemmer_folds_inflections(forms: tuple[str, ...]) -> None:
    assert len({uk_stem(w) for w in forms}) == 1


def test_ukrainian_stemmer_keeps_different_words_apart() -> None:
    stems = {uk_stem(w) for w in ("тролейбус", "трамвай", "автобус", "дрон", "ракета")}
    assert len(stems) == 5


def test_subscription_keys_per_language() -> None:
    keys = topic_match_keys("тролейбуси")
    assert "uk:тролейбус" in keys and topic_key("тролейбуси") in keys
    article = match_keys("Київ закупить 40 нових тролейбусів", language="uk")
    assert keys & article
    assert not keys & match_keys("Київ закупить 40 нових трамваїв", language="uk")
    # an English topic reaches a German article through its German key, and vice versa
    assert topic_match_keys("Drohnen") & match_keys("Russland greift mit Drohne an", language="de")
    assert topic_match_keys("ukraine") & match_keys("Hilfe für die Ukraine", language="de")
    # English keys stay untagged, as before languages existed
    assert match_keys("Drones hit Kyiv") == match_keys("Drones hit Kyiv", language="en")
