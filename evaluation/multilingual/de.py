"""German articles (see the package docstring for the gold conventions)."""

from __future__ import annotations

from . import LabelledArticle, q

ARTICLES = [
    LabelledArticle(
        "de-01",
        "Bundesregierung sagt Kiew weitere Militärhilfe zu",
        "Die Bundesregierung will der Ukraine im kommenden Jahr zusätzliche Militärhilfe im "
        "Umfang von 1,5 Milliarden Euro bereitstellen. Das kündigte Finanzministerin Katrin "
        "Albers am Dienstag in Berlin an.\n\n"
        "„Wir lassen die Ukraine nicht im Stich“, sagte Albers. Das Geld soll unter anderem in "
        "12.000 Artilleriegranaten und in die Reparatur von Panzern fließen.\n\n"
        "Die Opposition kritisierte das Paket als zu klein. „Mit diesem Betrag kommen wir nicht "
        "weit, die Lücke ist riesig“, erklärte der CDU-Haushaltspolitiker Jens Hoffmann. Nach "
        "seinen Angaben fehlen bis Jahresende rund 3,2 Milliarden Euro.\n\n"
        "Der Bundestag soll bis Ende Mai über das Paket abstimmen.",
        (
            q("Wir lassen die Ukraine nicht im Stich", "Katrin Albers"),
            q("Mit diesem Betrag kommen wir nicht weit, die Lücke ist riesig", "Jens Hoffmann"),
        ),
        (1.5e9, 12000, 3.2e9),
    ),
    LabelledArticle(
        "de-02",
        "Warnstreik legt Fernverkehr der Bahn lahm",
        "Bei der Deutschen Bahn hat am Montagmorgen ein Warnstreik begonnen. Nach Angaben des "
        "Unternehmens fielen im Fernverkehr rund 80 Prozent der Züge aus, betroffen waren mehr "
        "als 400.000 Fahrgäste.\n\n"
        "Gewerkschaftschefin Sabine Krüger verteidigte den Ausstand. Sie sagte: „Die "
        "Beschäftigten haben seit zwei Jahren keine echte Lohnerhöhung gesehen.“ Die "
        "Gewerkschaft fordert 7,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten.\n\n"
        "„Dieser Streik ist unverhältnismäßig und trifft die Falschen“, sagte "
        "Bahn-Personalvorstand Martin Vogel. Das Angebot des Konzerns liege bereits bei "
        "4,8 Prozent.\n\n"
        "Krüger kündigte weitere Aktionen an. „Wenn sich nichts bewegt, legen wir den Verkehr "
        "auch länger lahm“, betonte sie.",
        (
            q("Die Beschäftigten haben seit zwei Jahren keine echte Lohnerhöhung gesehen.", "Sabine Krüger"),
            q("Dieser Streik ist unverhältnismäßig und trifft die Falschen", "Martin Vogel"),
            q("Wenn sich nichts bewegt, legen wir den Verkehr auch länger lahm", "Sabine Krüger"),
        ),
        (80, 400000, 2, 7.5, 12, 4.8),
    ),
    LabelledArticle(
        "de-03",
        "Hochwasser: Tausende Menschen in Bayern evakuiert",
        "Nach tagelangem Starkregen sind in Niederbayern rund 3.500 Menschen aus ihren Häusern "
        "gebracht worden. Die Pegel der Donau stiegen in Passau auf 10,2 Meter.\n\n"
        "„Die Lage ist ernst, aber wir haben sie im Griff“, so Landrat Thomas Brandl. In der "
        "Nacht waren mehr als 1.200 Einsatzkräfte von Feuerwehr und Technischem Hilfswerk im "
        "Einsatz.\n\n"
        "Ein Sprecher der Feuerwehr sagte, mehrere Straßen seien gesperrt. „Bitte bleiben Sie "
        "den überfluteten Gebieten fern“, sagte er.\n\n"
        "Der Deutsche Wetterdienst erwartet bis Donnerstag weitere 60 Liter Regen pro "
        "Quadratmeter.",
        (
            q("Die Lage ist ernst, aber wir haben sie im Griff", "Thomas Brandl"),
            q("Bitte bleiben Sie den überfluteten Gebieten fern", None),
        ),
        (3500, 10.2, 1200, 60),
    ),
    LabelledArticle(
        "de-04",
        "Autobauer streicht 4.000 Stellen",
        "Der Autozulieferer Kessler AG will bis 2027 weltweit 4.000 Stellen abbauen, davon "
        "1.800 in Deutschland. Der Umsatz sank im vergangenen Jahr um 9 Prozent auf 21,4 Mrd. "
        "Euro.\n\n"
        "Vorstandschef Dr. Michael Weber sprach von einem schmerzhaften Schritt. „Wir müssen "
        "unsere Kosten um 700 Mio. Euro senken, sonst verlieren wir den Anschluss“, sagte Weber "
        "am Mittwoch. Die Werke in Bremen und Kassel sollen bzw. können erhalten bleiben.\n\n"
        "Der Betriebsrat reagierte empört. Betriebsratschefin Anja Schulte sagte: „Das ist ein "
        "Schlag ins Gesicht der Belegschaft.“ Man werde um jeden Arbeitsplatz kämpfen.",
        (
            q(
                "Wir müssen unsere Kosten um 700 Mio. Euro senken, sonst verlieren wir den Anschluss",
                "Michael Weber",
            ),
            q("Das ist ein Schlag ins Gesicht der Belegschaft.", "Anja Schulte"),
        ),
        (4000, 1800, 9, 21.4e9, 700e6),
    ),
    LabelledArticle(
        "de-05",
        "Inflation sinkt auf niedrigsten Stand seit drei Jahren",
        "Die Inflationsrate in Deutschland ist im April auf 2,1 Prozent gesunken. Das teilte "
        "das Statistische Bundesamt am Montag mit. Im März hatte die Teuerung noch bei "
        "2,4 Prozent gelegen.\n\n"
        "Besonders Energie wurde billiger: Heizöl kostete 11,3 Prozent weniger als vor einem "
        "Jahr. Lebensmittel verteuerten sich dagegen um 3,6 Prozent.\n\n"
        "»Die Entwarnung kommt zu früh«, sagte die Ökonomin Julia Brenner vom Institut für "
        "Wirtschaftsforschung. »Die Dienstleistungspreise steigen weiter kräftig, z. B. in der "
        "Gastronomie.« Sie rechnet damit, dass die Europäische Zentralbank die Zinsen im Juni "
        "um 0,25 Prozentpunkte senkt.",
        (
            q("Die Entwarnung kommt zu früh", "Julia Brenner"),
            q(
                "Die Dienstleistungspreise steigen weiter kräftig, z. B. in der Gastronomie.",
                "Julia Brenner",
            ),
        ),
        (2.1, 2.4, 11.3, 3.6, 0.25),
    ),
    LabelledArticle(
        "de-06",
        "Neue Brücke über den Rhein eröffnet",
        "Nach fünf Jahren Bauzeit ist in Leverkusen die neue Rheinbrücke für den Verkehr "
        "freigegeben worden. Das Bauwerk ist 1,1 Kilometer lang und kostete rund 740 Millionen "
        "Euro.\n\n"
        "Verkehrsminister Stefan Lorenz sprach bei der Eröffnung von einem Meilenstein. „Diese "
        "Brücke entlastet eine der wichtigsten Verkehrsachsen Europas“, sagte der Minister. Täglich "
        "sollen hier bis zu 120.000 Fahrzeuge fahren.\n\n"
        "Kritik kam von Umweltverbänden. „Mehr Spuren bedeuten mehr Verkehr und mehr "
        "Emissionen“, erklärte Petra Neumann vom Naturschutzbund.",
        (
            q("Diese Brücke entlastet eine der wichtigsten Verkehrsachsen Europas", "Stefan Lorenz"),
            q("Mehr Spuren bedeuten mehr Verkehr und mehr Emissionen", "Petra Neumann"),
        ),
        (5, 1.1, 740e6, 120000),
    ),
    LabelledArticle(
        "de-07",
        "Drohnenangriffe auf Charkiw",
        "Russland hat die ukrainische Stadt Charkiw in der Nacht mit 35 Drohnen und zwei "
        "Raketen angegriffen. Nach Angaben der Behörden wurden mindestens sieben Menschen "
        "verletzt.\n\n"
        "Bürgermeister Ihor Terechow schrieb auf Telegram, ein Wohnhaus sei getroffen worden. "
        "„Die Rettungskräfte arbeiten noch, wir suchen nach Verschütteten“, teilte er mit.\n\n"
        "Die ukrainische Luftwaffe erklärte, 28 der Drohnen seien abgeschossen worden. "
        "„Die Luftabwehr hat die Stadt vor Schlimmerem bewahrt“, sagte Luftwaffensprecher Juri "
        "Ihnat.",
        (
            q("Die Rettungskräfte arbeiten noch, wir suchen nach Verschütteten", "Ihor Terechow"),
            q("Die Luftabwehr hat die Stadt vor Schlimmerem bewahrt", "Juri Ihnat"),
        ),
        (35, 2, 7, 28),
    ),
    LabelledArticle(
        "de-08",
        "Klinik-Reform: Länder fordern Nachbesserungen",
        "Die Gesundheitsminister der Länder verlangen Änderungen an der geplanten "
        "Krankenhausreform. Nach ihren Berechnungen könnten bis zu 400 kleinere Kliniken "
        "schließen müssen.\n\n"
        "„Wir brauchen eine Reform, aber keine, die ländliche Regionen abhängt“, sagte die "
        "sächsische Gesundheitsministerin Claudia Meißner. Sie verwies auf Fahrzeiten von mehr "
        "als 40 Minuten bis zur nächsten Notaufnahme.\n\n"
        "Bundesgesundheitsminister Prof. Dr. Hans Keller wies die Kritik zurück. Er betonte: "
        "„Niemand wird schlechter versorgt als heute.“ Der Bund stellt für den Umbau über zehn "
        "Jahre 50 Mrd. Euro bereit.",
        (
            q("Wir brauchen eine Reform, aber keine, die ländliche Regionen abhängt", "Claudia Meißner"),
            q("Niemand wird schlechter versorgt als heute.", "Hans Keller"),
        ),
        (400, 40, 10, 50e9),
    ),
    LabelledArticle(
        "de-09",
        "Fußball: Rekordablöse für Mittelfeldspieler",
        "Der FC Nordstadt hat den Mittelfeldspieler Luca Berger für eine Ablöse von 62,5 "
        "Millionen Euro verpflichtet. Berger unterschreibt einen Vertrag über vier Jahre.\n\n"
        "„Ich habe lange auf diese Chance gewartet“, sagte der 23-Jährige bei seiner "
        "Vorstellung. Sportdirektor Frank Ebert nannte ihn „einen Spieler, der unser Spiel "
        "prägen wird“.\n\n"
        "„Der Preis ist hoch, aber ‚zu teuer‘ ist er nicht“, sagte Ebert. Der Verein hatte in "
        "der vergangenen Saison einen Gewinn von 18 Mio. Euro gemacht.",
        (
            q("Ich habe lange auf diese Chance gewartet", "Luca Berger"),
            q("einen Spieler, der unser Spiel prägen wird", "Frank Ebert"),
            q("Der Preis ist hoch, aber ‚zu teuer‘ ist er nicht", "Frank Ebert"),
        ),
        (62.5e6, 4, 18e6),
    ),
    LabelledArticle(
        "de-10",
        "Wärmepumpen-Absatz bricht ein",
        "Der Absatz von Wärmepumpen ist im ersten Halbjahr um 52 Prozent eingebrochen. Laut "
        "Branchenverband wurden nur noch 90.000 Geräte verkauft, im Vorjahreszeitraum waren es "
        "rund 187.000.\n\n"
        "Verbandspräsident Rolf Dietrich machte die Politik verantwortlich. „Die Verunsicherung "
        "der Verbraucher ist hausgemacht“, sagte er. Viele Haushalte warteten u. a. auf die "
        "kommunale Wärmeplanung.\n\n"
        "Das Wirtschaftsministerium verwies auf die Förderung von bis zu 70 Prozent der Kosten. "
        "„Die Zahl der Anträge steigt seit Wochen“, sagte eine Sprecherin.",
        (
            q("Die Verunsicherung der Verbraucher ist hausgemacht", "Rolf Dietrich"),
            q("Die Zahl der Anträge steigt seit Wochen", None),
        ),
        (52, 90000, 187000, 70),
    ),
    LabelledArticle(
        "de-11",
        "Stadtwerke erhöhen Fernwärmepreise",
        "Die Stadtwerke Halle erhöhen zum 1. Januar die Preise für Fernwärme um 14 Prozent. "
        "Ein Durchschnittshaushalt zahlt damit rund 210 Euro mehr im Jahr.\n\n"
        "„Wir geben nur die gestiegenen Beschaffungskosten weiter“, sagte Geschäftsführer "
        "Markus Lindner am Freitag. Die Stadtwerke versorgen etwa 45.000 Wohnungen mit "
        "Fernwärme.\n\n"
        "Der Mieterbund reagierte mit scharfer Kritik. Dessen Vorsitzende Ute Krämer sprach von "
        "einer „Preisexplosion mit Ansage“. „Viele Mieter wissen schon jetzt nicht, wie sie ihre "
        "Nebenkosten bezahlen sollen“, sagte Krämer.",
        (
            q("Wir geben nur die gestiegenen Beschaffungskosten weiter", "Markus Lindner"),
            q("Viele Mieter wissen schon jetzt nicht, wie sie ihre Nebenkosten bezahlen sollen", "Ute Krämer"),
        ),
        (14, 210, 45000),
        held_out=True,
    ),
    LabelledArticle(
        "de-12",
        "Bundeswehr bestellt neue Transporthubschrauber",
        "Die Bundeswehr hat 60 schwere Transporthubschrauber bestellt. Der Auftrag hat einen "
        "Wert von 8,5 Milliarden Euro, wie das Verteidigungsministerium mitteilte.\n\n"
        "Staatssekretärin Miriam Hartmann nannte die Bestellung einen wichtigen Schritt. "
        "„Unsere Truppe braucht modernes Gerät, und zwar schnell“, erklärte sie. Die ersten "
        "Maschinen sollen in drei Jahren geliefert werden.\n\n"
        "Der Bundesrechnungshof hatte zuvor vor Kostensteigerungen gewarnt. Ein Sprecher sagte: "
        "„Wir werden das Projekt genau beobachten.“",
        (
            q("Unsere Truppe braucht modernes Gerät, und zwar schnell", "Miriam Hartmann"),
            q("Wir werden das Projekt genau beobachten.", None),
        ),
        (60, 8.5e9, 3),
        held_out=True,
    ),
    LabelledArticle(
        "de-13",
        "Zahl der Asylanträge gesunken",
        "Die Zahl der Asylerstanträge ist im ersten Halbjahr um 21 Prozent auf 121.400 "
        "gesunken. Das geht aus Zahlen des Bundesamts für Migration hervor.\n\n"
        "Innenministerin Sandra Vogt sieht darin einen Erfolg der Grenzkontrollen. Sie sagte "
        "am Mittwoch in Berlin: „Die Maßnahmen wirken, aber wir dürfen nicht nachlassen.“\n\n"
        "Flüchtlingsorganisationen sehen das anders. »Die Menschen fliehen weiter, sie kommen "
        "nur auf anderen Wegen«, sagte Karl Böhm von einer Hilfsorganisation.",
        (
            q("Die Maßnahmen wirken, aber wir dürfen nicht nachlassen.", "Sandra Vogt"),
            q("Die Menschen fliehen weiter, sie kommen nur auf anderen Wegen", "Karl Böhm"),
        ),
        (21, 121400),
        held_out=True,
    ),
    LabelledArticle(
        "de-14",
        "Chemieindustrie warnt vor Abwanderung",
        "Die deutsche Chemieindustrie hat im zweiten Quartal 4 Prozent weniger produziert als "
        "ein Jahr zuvor. Rund 12.000 Stellen seien in Gefahr.\n\n"
        "„Wir brauchen endlich bezahlbare Energie und weniger Bürokratie“, forderte der Verband "
        "der Chemischen Industrie in einer Mitteilung.\n\n"
        "Wirtschaftsministerin Katharina von Brandt erklärte: „Die Bundesregierung arbeitet mit "
        "Hochdruck an einem Industriestrompreis.“\n\n"
        "Die Opposition reagierte skeptisch. „Das reicht bei weitem nicht“, monierte Friedrich "
        "van Aken von der Union. Auch die Beschäftigten sind besorgt. „Die Kollegen haben Angst "
        "um ihre Arbeitsplätze“, so Betriebsratschef Dieter von Hagen.",
        (
            q(
                "Wir brauchen endlich bezahlbare Energie und weniger Bürokratie",
                "Verband der Chemischen Industrie",
            ),
            q("Die Bundesregierung arbeitet mit Hochdruck an einem Industriestrompreis.", "Katharina von Brandt"),
            q("Das reicht bei weitem nicht", "Friedrich van Aken"),
            q("Die Kollegen haben Angst um ihre Arbeitsplätze", "Dieter von Hagen"),
        ),
        (4, 12000),
        held_out=True,
    ),
    LabelledArticle(
        "de-15",
        "Streit um das Tempolimit",
        "Eine knappe Mehrheit der Deutschen befürwortet einer Umfrage zufolge ein Tempolimit "
        "auf Autobahnen: 57 Prozent sprachen sich dafür aus.\n\n"
        "„Ein Tempolimit wird es mit uns nicht geben“, betonte Verkehrsminister Stefan zu "
        "Hohenfeld am Montag. Die Umweltverbände sehen das anders. „Jedes Jahr sterben auf "
        "Autobahnen Menschen, die noch leben könnten“, bemängelte Geschäftsführerin Anna-Lena "
        "de Vries.\n\n"
        "Der Verkehrsclub Deutschland mahnte: „Die Zahl der Verkehrstoten ist im vergangenen "
        "Jahr auf 2.800 gestiegen.“\n\n"
        "„Über ein Tempolimit kann man reden“, räumte CDU-Verkehrspolitiker Jan van Oosten ein.",
        (
            q("Ein Tempolimit wird es mit uns nicht geben", "Stefan zu Hohenfeld"),
            q("Jedes Jahr sterben auf Autobahnen Menschen, die noch leben könnten", "Anna-Lena de Vries"),
            q("Die Zahl der Verkehrstoten ist im vergangenen Jahr auf 2.800 gestiegen.", "Verkehrsclub Deutschland"),
            q("Über ein Tempolimit kann man reden", "Jan van Oosten"),
        ),
        (57, 2800),
        held_out=True,
    ),
    LabelledArticle(
        "de-16",
        "EU einigt sich auf Milliardenhilfe für die Ukraine",
        "Die EU will der Ukraine in den kommenden vier Jahren weitere 50 Milliarden Euro zur "
        "Verfügung stellen. Darauf einigten sich die Staats- und Regierungschefs am Donnerstag "
        "in Brüssel.\n\n"
        "Kommissionspräsidentin Margarethe von der Heide erklärte: „Europa steht geschlossen "
        "hinter diesem Vorhaben.“ Laut Kanzleramtschef Thomas Berger ist das Paket „ein "
        "Meilenstein für die Sicherheit Europas“.\n\n"
        "„Niemand weiß, wie das Geld am Ende kontrolliert wird“, kritisierte der Bund der "
        "Steuerzahler. Der ukrainische Botschafter Oleh Martschuk zeigte sich dagegen "
        "erleichtert. „Wir danken allen Partnern für ihre Geduld“, so Martschuk.",
        (
            q("Europa steht geschlossen hinter diesem Vorhaben.", "Margarethe von der Heide"),
            q("ein Meilenstein für die Sicherheit Europas", "Thomas Berger"),
            q("Niemand weiß, wie das Geld am Ende kontrolliert wird", "Bund der Steuerzahler"),
            q("Wir danken allen Partnern für ihre Geduld", "Oleh Martschuk"),
        ),
        (4, 50e9),
        held_out=True,
    ),
    LabelledArticle(
        "de-17",
        "Bahnstreik legt Fernverkehr lahm",
        "Ein Streik der Lokführergewerkschaft hat am Donnerstag große Teile des Fernverkehrs "
        "lahmgelegt. Nach Angaben der Bahn fielen rund 80 Prozent der Verbindungen aus.\n\n"
        "„Die Beschäftigten haben keine andere Wahl“, sagte Gewerkschaftschef Matthias van Bergen. "
        "Personalvorständin Lisa von Rheinberg kritisierte den Ausstand: „Dieser Streik ist völlig "
        "unverhältnismäßig.“\n\n"
        "Der Fahrgastverband Pro Bahn zeigte sich verärgert. „Die Leidtragenden sind wieder einmal "
        "die Pendler“, bemängelte der Verband.",
        (
            q("Die Beschäftigten haben keine andere Wahl", "Matthias van Bergen"),
            q("Dieser Streik ist völlig unverhältnismäßig.", "Lisa von Rheinberg"),
            q("Die Leidtragenden sind wieder einmal die Pendler", "Fahrgastverband Pro Bahn"),
        ),
        (80,),
        held_out=True,
    ),
    LabelledArticle(
        "de-18",
        "Bauern protestieren in Berlin",
        "Mehrere tausend Landwirte haben am Montag in Berlin gegen die Kürzung von "
        "Agrarsubventionen protestiert. Die Polizei sprach von 8.000 Teilnehmern.\n\n"
        "„Wir lassen uns das nicht länger gefallen“, sagte Bauernpräsident Jörg zu Dohna vor dem "
        "Brandenburger Tor. Landwirtschaftsminister Tarek Aydın zeigte Verständnis. Er sagte: "
        "„Wir suchen gemeinsam nach einer Lösung.“\n\n"
        "Laut dem Bauernverband kostet die Kürzung jeden Betrieb im Schnitt 5.000 Euro im Jahr. "
        "„Das ist ein Angriff auf den ländlichen Raum“, monierte die Vorsitzende der Landfrauen, "
        "Petra ter Horst.",
        (
            q("Wir lassen uns das nicht länger gefallen", "Jörg zu Dohna"),
            q("Wir suchen gemeinsam nach einer Lösung.", "Tarek Aydın"),
            q("Das ist ein Angriff auf den ländlichen Raum", "Petra ter Horst"),
        ),
        (8000, 5000),
        held_out=True,
    ),
    LabelledArticle(
        "de-19",
        "Bundesregierung legt Förderprogramm für Sozialwohnungen auf",
        "Bundesbauministerin Dr. Claudia Reinholz hat am Mittwoch ein Förderprogramm über "
        "2,5 Milliarden Euro vorgestellt. Damit sollen bis Ende 2026 rund 40.000 Sozialwohnungen "
        "entstehen.\n\n"
        "„Wir müssen schneller und günstiger bauen, sonst verlieren wir eine ganze Generation an "
        "den Mietmarkt“, sagte die SPD-Politikerin bei der Vorstellung in Berlin. Im vergangenen "
        "Jahr seien nur 245.000 Wohnungen fertiggestellt worden, das Ziel der Regierung lag bei "
        "400.000.\n\n"
        "Der Zentrale Immobilien Ausschuss begrüßte das Programm, mahnte aber Tempo an. "
        "„Förderung allein wird die Baukrise nicht lösen“, heißt es in einer Stellungnahme des "
        "Verbands.\n\n"
        "Deutliche Kritik kam vom Deutschen Mieterbund. Präsident Lukas Wendeborn sagte der "
        "Nachrichtenagentur dpa: „Das ist ein Tropfen auf den heißen Stein. Allein in den "
        "Großstädten fehlen mehr als 700.000 bezahlbare Wohnungen.“\n\n"
        "Auch die Bauindustrie ist skeptisch. Die Baupreise seien seit 2021 um 38 Prozent "
        "gestiegen, erklärte Hauptgeschäftsführerin Ines von der Lühe. „Solange die Zinsen bei "
        "vier Prozent liegen, rechnet sich für viele Investoren kein Neubau“, sagte sie.",
        (
            q(
                "Wir müssen schneller und günstiger bauen, sonst verlieren wir eine ganze Generation "
                "an den Mietmarkt",
                "Claudia Reinholz",
            ),
            q("Förderung allein wird die Baukrise nicht lösen", "Zentrale Immobilien Ausschuss"),
            q(
                "Das ist ein Tropfen auf den heißen Stein. Allein in den Großstädten fehlen mehr als "
                "700.000 bezahlbare Wohnungen.",
                "Lukas Wendeborn",
            ),
            q(
                "Solange die Zinsen bei vier Prozent liegen, rechnet sich für viele Investoren kein "
                "Neubau",
                "Ines von der Lühe",
            ),
        ),
        (2.5e9, 40000, 245000, 400000, 700000, 38, 4),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "de-20",
        "Kreisklinik schließt ihre Geburtsstation",
        "Die Kreisklinik Oberallgäu schließt zum 30. Juni ihre Geburtsstation. Im vergangenen "
        "Jahr kamen dort nur noch 312 Kinder zur Welt, nötig wären nach Angaben des Trägers "
        "mindestens 500.\n\n"
        "»Wir haben seit Monaten nicht genug Hebammen, um alle Schichten zu besetzen«, sagte "
        "Klinikgeschäftsführer Florian Ostermaier am Donnerstag. »Eine Station, die wir nicht "
        "sicher betreiben können, dürfen wir nicht offen halten.\n\n"
        "»Das ist bitter, aber die Sicherheit von Müttern und Kindern geht vor.«\n\n"
        "Werdende Mütter müssen künftig bis zu 45 Minuten in die nächste Klinik nach Kempten "
        "fahren. Eine Elterninitiative hat bereits 11.000 Unterschriften gegen die Schließung "
        "gesammelt. Ihre Sprecherin Marlene Haug-Riedl nannte die Entscheidung »kurzsichtig und "
        "gefährlich«.\n\n"
        "Landrätin Sabine Görler (CSU) kündigte an, beim Freistaat um Hilfe zu bitten. Sie sagte: "
        "»Ich werde mich nicht damit abfinden, dass Frauen im Rettungswagen entbinden müssen.«",
        (
            q("Wir haben seit Monaten nicht genug Hebammen, um alle Schichten zu besetzen", "Florian Ostermaier"),
            q(
                "Eine Station, die wir nicht sicher betreiben können, dürfen wir nicht offen halten.",
                "Florian Ostermaier",
            ),
            q("Das ist bitter, aber die Sicherheit von Müttern und Kindern geht vor.", "Florian Ostermaier"),
            q("kurzsichtig und gefährlich", "Marlene Haug-Riedl"),
            q(
                "Ich werde mich nicht damit abfinden, dass Frauen im Rettungswagen entbinden müssen.",
                "Sabine Görler",
            ),
        ),
        (312, 500, 45, 11000),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "de-21",
        "Cyberangriff legt Stadtverwaltung lahm",
        "Ein Cyberangriff hat die Verwaltung der Stadt Lüneburg seit Montag weitgehend "
        "lahmgelegt. Betroffen sind nach Angaben der Stadt rund 1.400 Arbeitsplätze, Bürgerbüros "
        "und Kfz-Zulassungsstelle bleiben bis auf Weiteres geschlossen.\n\n"
        "Oberbürgermeister Hendrik van der Meulen sprach von einem „gezielten und professionellen "
        "Angriff“. Die Täter hätten Daten verschlüsselt und ein Lösegeld von 2 Millionen Euro in "
        "Kryptowährung gefordert. „Wir werden nicht zahlen. Wir lassen uns von Kriminellen nicht "
        "erpressen“, stellte er klar.\n\n"
        "Das Landeskriminalamt Niedersachsen hat die Ermittlungen übernommen. Ein Sprecher sagte, "
        "man prüfe Verbindungen zu einer Hackergruppe, die bereits 14 Kommunen angegriffen habe.\n\n"
        "Der IT-Sicherheitsexperte Prof. Dr. Henning Albrecht von der Universität Bremen hält "
        "solche Angriffe für vermeidbar. „Viele Kommunen sparen seit Jahren an der "
        "IT-Sicherheit, das rächt sich jetzt“, sagte Albrecht. Nach seiner Schätzung investieren "
        "Städte im Schnitt weniger als 5 Prozent ihres IT-Budgets in den Schutz ihrer Systeme.\n\n"
        "„Die Bürgerinnen und Bürger müssen mit Wartezeiten von mehreren Wochen rechnen“, räumte "
        "Stadtsprecherin Jana Petersen ein.",
        (
            q("gezielten und professionellen Angriff", "Hendrik van der Meulen"),
            q(
                "Wir werden nicht zahlen. Wir lassen uns von Kriminellen nicht erpressen",
                "Hendrik van der Meulen",
            ),
            q(
                "Viele Kommunen sparen seit Jahren an der IT-Sicherheit, das rächt sich jetzt",
                "Henning Albrecht",
            ),
            q("Die Bürgerinnen und Bürger müssen mit Wartezeiten von mehreren Wochen rechnen", "Jana Petersen"),
        ),
        (1400, 2e6, 14, 5),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "de-22",
        "Ärzte warnen vor Masernwelle in Sachsen",
        "In Sachsen sind seit Jahresbeginn 186 Masernfälle gemeldet worden. Im gesamten Vorjahr "
        "waren es 71. Das geht aus Daten des Robert Koch-Instituts hervor.\n\n"
        "Die sächsische Gesundheitsministerin Dr. Franziska zu Eltz rief die Eltern zum Impfen "
        "auf: „Masern sind keine harmlose Kinderkrankheit. Jede Impfung schützt auch die Kinder, "
        "die selbst noch nicht geimpft werden können.“\n\n"
        "Nach Angaben des Ministeriums liegt die Impfquote bei Schulanfängern bei 91 Prozent. "
        "Für einen wirksamen Herdenschutz wären 95 Prozent nötig.\n\n"
        "Der Berufsverband der Kinder- und Jugendärzte sieht die Behörden in der Pflicht. „Die "
        "Gesundheitsämter müssen endlich wieder Impfaktionen an Schulen anbieten“, forderte der "
        "Verband am Dienstag. Der Landesvorsitzende Dr. Kai-Uwe Brandstätter verwies auf "
        "Engpässe: In vielen Praxen gebe es Wartezeiten von sechs Wochen.\n\n"
        "Eine Mutter aus Leipzig, deren Sohn im Krankenhaus behandelt wurde, berichtete von "
        "bangen Tagen. „Wir hatten keine Ahnung, wie schwer das sein kann“, sagte sie.",
        (
            q(
                "Masern sind keine harmlose Kinderkrankheit. Jede Impfung schützt auch die Kinder, "
                "die selbst noch nicht geimpft werden können.",
                "Franziska zu Eltz",
            ),
            q(
                "Die Gesundheitsämter müssen endlich wieder Impfaktionen an Schulen anbieten",
                "Berufsverband der Kinder- und Jugendärzte",
            ),
            q("Wir hatten keine Ahnung, wie schwer das sein kann", None),
        ),
        (186, 71, 91, 95, 6),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "de-23",
        "Kommunen fordern mehr Geld für Flüchtlingsunterkünfte",
        "Die Städte und Gemeinden in Nordrhein-Westfalen verlangen vom Land zusätzlich "
        "600 Millionen Euro für die Unterbringung von Geflüchteten. Derzeit leben in den "
        "kommunalen Unterkünften rund 85.000 Menschen.\n\n"
        "„Wir sind am Limit, viele Turnhallen sind wieder belegt“, sagte der Präsident des "
        "Städtetags NRW, Oberbürgermeister Thomas Kufen-Brandt, am Dienstag in Düsseldorf. Das "
        "Land erstatte bislang nur etwa 60 Prozent der tatsächlichen Kosten.\n\n"
        "Flüchtlingsministerin Josefine Paul-Heinrich wies die Vorwürfe zurück. Sie erklärte: "
        "„Das Land hat seine Mittel in diesem Jahr bereits um 300 Millionen Euro erhöht.“ "
        "Weitere Gespräche seien für Juni geplant.\n\n"
        "Der Flüchtlingsrat NRW kritisierte beide Seiten. „Der Streit ums Geld wird auf dem "
        "Rücken der Schutzsuchenden ausgetragen“, erklärte der Verein. Eine Mitarbeiterin einer "
        "Unterkunft in Bochum schilderte die Lage: „Wir haben drei Familien in einem Raum.“",
        (
            q("Wir sind am Limit, viele Turnhallen sind wieder belegt", "Thomas Kufen-Brandt"),
            q(
                "Das Land hat seine Mittel in diesem Jahr bereits um 300 Millionen Euro erhöht.",
                "Josefine Paul-Heinrich",
            ),
            q("Der Streit ums Geld wird auf dem Rücken der Schutzsuchenden ausgetragen", "Flüchtlingsrat NRW"),
            q("Wir haben drei Familien in einem Raum.", None),
        ),
        (600e6, 85000, 60, 300e6, 3),
        held_out=True,
        batch="fresh28b",
    ),
    LabelledArticle(
        "de-24",
        "Biathlon: Deutsche Staffel holt Bronze",
        "Die deutsche Frauenstaffel hat bei der Biathlon-WM in Nove Mesto die Bronzemedaille "
        "gewonnen. Das Quartett lag im Ziel 42,3 Sekunden hinter Norwegen.\n\n"
        "Schlussläuferin Vanessa Reichl musste zweimal nachladen, rettete den Podestplatz aber "
        "ins Ziel. „Ich hatte am Schießstand richtig weiche Knie“, gestand die 27-Jährige. "
        "„Aber die anderen haben so stark vorgelegt, da durfte ich nichts verschenken.“\n\n"
        "Bundestrainer Kristian Mehringer zeigte sich zufrieden: „Mit Bronze können wir sehr "
        "gut leben.“ Er verwies auf die lange Verletzungspause von Startläuferin Selina "
        "Grotian.\n\n"
        "Insgesamt hat das deutsche Team damit vier Medaillen gewonnen. Am Sonntag folgen zum "
        "Abschluss die Massenstartrennen über 12,5 und 15 Kilometer.",
        (
            q("Ich hatte am Schießstand richtig weiche Knie", "Vanessa Reichl"),
            q(
                "Aber die anderen haben so stark vorgelegt, da durfte ich nichts verschenken.",
                "Vanessa Reichl",
            ),
            q("Mit Bronze können wir sehr gut leben.", "Kristian Mehringer"),
        ),
        (42.3, 4, 12.5, 15),
        held_out=True,
        batch="fresh28b",
    ),
    LabelledArticle(
        "de-25",
        "Lokführer legen Fernverkehr lahm",
        "Die Lokführergewerkschaft GDL hat ihre Mitglieder erneut zum Streik aufgerufen. Von "
        "Mittwochmorgen an sollen bundesweit für 48 Stunden Güter- und Personenzüge stehen "
        "bleiben. Die Deutsche Bahn rechnet mit dem Ausfall von rund 80 Prozent der Fernzüge.\n\n"
        "„Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt“, sagte GDL-Chef Mario Reiß "
        "in Frankfurt. „Wir lassen uns nicht länger hinhalten.“\n\n"
        "Bei der Bahn stieß der Aufruf auf scharfe Kritik. „Dieser Streik ist völlig "
        "unverhältnismäßig und trifft vor allem die Pendler“, erklärte Personalvorständin Ulrike "
        "Behrendt-Sahm. Das Unternehmen habe eine Lohnerhöhung von 11 Prozent in zwei Stufen "
        "angeboten.\n\n"
        "Der Fahrgastverband Pro Bahn appellierte an beide Seiten, sich rasch zu einigen. „Die "
        "Leidtragenden sind wieder einmal die Reisenden“, heißt es in einer Stellungnahme des "
        "Verbands.\n\n"
        "Ein Pendler am Kölner Hauptbahnhof nahm es mit Humor: „Dann arbeite ich eben zwei Tage "
        "von zu Hause.“",
        (
            q("Die Bahn hat uns kein verhandlungsfähiges Angebot vorgelegt", "Mario Reiß"),
            q("Wir lassen uns nicht länger hinhalten.", "Mario Reiß"),
            q("Dieser Streik ist völlig unverhältnismäßig und trifft vor allem die Pendler", "Ulrike Behrendt-Sahm"),
            q("Die Leidtragenden sind wieder einmal die Reisenden", "Fahrgastverband Pro Bahn"),
            q("Dann arbeite ich eben zwei Tage von zu Hause.", None),
        ),
        (48, 80, 11, 2, 2),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "de-26",
        "Mieten in Großstädten steigen weiter",
        "Die Angebotsmieten in den sieben größten deutschen Städten sind im vergangenen Jahr um "
        "durchschnittlich 6,8 Prozent gestiegen. Das geht aus einer Auswertung des "
        "Immobilienportals Wohnkompass hervor. Am teuersten bleibt München mit 22,40 Euro pro "
        "Quadratmeter. Ein Sprecher des Portals sagte: „Ein Ende des Anstiegs ist nicht in "
        "Sicht.“\n\n"
        "Der Deutsche Mieterbund schlägt Alarm. „Für Normalverdiener wird die Wohnungssuche in "
        "den Metropolen zur Lotterie“, erklärte Präsidentin Gisela Marquardt-Ohm am Montag. Sie "
        "forderte, die Mietpreisbremse zu verschärfen und Verstöße mit Bußgeldern zu ahnden.\n\n"
        "Bauministerin Henrike Bollmann verwies auf das Förderprogramm des Bundes. Im laufenden "
        "Jahr stünden 3,5 Milliarden Euro für den sozialen Wohnungsbau bereit. „Wir bauen, aber "
        "Bauen braucht Zeit“, sagte die SPD-Politikerin.\n\n"
        "Kritik kam vom Eigentümerverband Haus & Grund. „Wer immer neue Regeln erfindet, "
        "vertreibt private Vermieter vom Markt“, sagte dessen Präsident Kai Wernecke. Schon heute "
        "lohne sich Vermieten vielerorts nicht mehr.\n\n"
        "Nach Schätzungen des Pestel-Instituts fehlen bundesweit rund 800.000 Wohnungen.",
        (
            q("Ein Ende des Anstiegs ist nicht in Sicht.", None),
            q("Für Normalverdiener wird die Wohnungssuche in den Metropolen zur Lotterie", "Gisela Marquardt-Ohm"),
            q("Wir bauen, aber Bauen braucht Zeit", "Henrike Bollmann"),
            q("Wer immer neue Regeln erfindet, vertreibt private Vermieter vom Markt", "Kai Wernecke"),
        ),
        (7, 6.8, 22.40, 3.5e9, 800000),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "de-27",
        "Gotthard-Strassentunnel nach Lastwagenbrand gesperrt",
        "Nach einem Unfall mit einem brennenden Lastwagen ist der Gotthard-Strassentunnel am "
        "Dienstag für mehrere Stunden gesperrt worden. Vor dem Nordportal staute sich der Verkehr "
        "auf 14 Kilometern.\n\n"
        "«Der Chauffeur konnte sich selbst in Sicherheit bringen, verletzt wurde niemand», sagte "
        "Polizeisprecher Renato Gisler von der Kantonspolizei Uri. Die Feuerwehr habe den Brand "
        "nach rund 40 Minuten gelöscht.\n\n"
        "Das Bundesamt für Strassen prüft nun Schäden an der Tunneldecke. «Wir können noch nicht "
        "sagen, wann der Tunnel wieder öffnet», teilte das Amt mit. Die Reparatur könne mehrere "
        "Tage dauern.\n\n"
        "Die Urner Regierungsrätin Dominique Zgraggen-Arnold forderte erneut eine Dosierung des "
        "Schwerverkehrs. «Wir haben es schon lange gesagt: Die Sicherheit im Tunnel darf nicht dem "
        "Tempo geopfert werden.» Jeden Tag passieren im Schnitt 2500 Lastwagen den 17 Kilometer "
        "langen Tunnel.\n\n"
        "Ein Lastwagenfahrer, der seit dem Mittag im Stau stand, reagierte gelassen. «Was will man "
        "machen», sagte der 58-Jährige.",
        (
            q(
                "Der Chauffeur konnte sich selbst in Sicherheit bringen, verletzt wurde niemand",
                "Renato Gisler",
            ),
            q("Wir können noch nicht sagen, wann der Tunnel wieder öffnet", "Bundesamt für Strassen"),
            q(
                "Wir haben es schon lange gesagt: Die Sicherheit im Tunnel darf nicht dem Tempo "
                "geopfert werden.",
                "Dominique Zgraggen-Arnold",
            ),
            q("Was will man machen", None),
        ),
        (14, 40, 2500, 17),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "de-28",
        "Warnstreik legt Busse und Bahnen in München lahm",
        "Ein ganztägiger Warnstreik hat am Freitag den Nahverkehr in München weitgehend zum "
        "Erliegen gebracht. Nach Angaben der Stadtwerke fielen rund 90 Prozent der Fahrten aus, "
        "betroffen waren etwa 1,2 Millionen Fahrgäste.\n\n"
        "„Die Beschäftigten haben die Nase voll“, sagte Verdi-Verhandlungsführerin Anna Lena "
        "Brückner vor dem Betriebshof in Moosach. „Wer jeden Tag im Schichtdienst fährt, muss von "
        "seinem Lohn auch in dieser Stadt leben können.“ Die Gewerkschaft fordert 350 Euro mehr "
        "im Monat bei einer Laufzeit von zwölf Monaten.\n\n"
        "Der Verband kommunaler Arbeitgeber Bayern (KAV) nannte den Streik unverhältnismäßig. "
        "„Wir haben ein Angebot vorgelegt, das über der Inflationsrate liegt“, teilte der Verband "
        "mit. „Ein Streik mitten in den Verhandlungen schadet vor allem den Fahrgästen.“\n\n"
        "Viele Pendler mussten aufs Auto oder Fahrrad umsteigen. „Ich bin heute zwei Stunden "
        "früher aufgestanden“, erzählte eine 58-jährige Krankenpflegerin am Hauptbahnhof. Thorge "
        "Ahlgrimm, 34, der als Paketbote arbeitet, zeigte dennoch Verständnis: „Die Busfahrer "
        "verdienen zu wenig, das weiß jeder.“\n\n"
        "Die nächste Verhandlungsrunde ist für den 14. März angesetzt.",
        (
            q("Die Beschäftigten haben die Nase voll", "Anna Lena Brückner"),
            q(
                "Wer jeden Tag im Schichtdienst fährt, muss von seinem Lohn auch in dieser Stadt "
                "leben können.",
                "Anna Lena Brückner",
            ),
            q("Wir haben ein Angebot vorgelegt, das über der Inflationsrate liegt", "Verband kommunaler Arbeitgeber Bayern"),
            q(
                "Ein Streik mitten in den Verhandlungen schadet vor allem den Fahrgästen.",
                "Verband kommunaler Arbeitgeber Bayern",
            ),
            q("Ich bin heute zwei Stunden früher aufgestanden", None),
            q("Die Busfahrer verdienen zu wenig, das weiß jeder.", "Thorge Ahlgrimm"),
        ),
        (90, 1.2e6, 350, 12, 2),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "de-29",
        "Ex-Bürgermeister wegen Untreue verurteilt",
        "Das Landgericht Osnabrück hat den früheren Bürgermeister der Gemeinde Bissendorf, "
        "Wilfried Hasenkamp, zu einer Bewährungsstrafe von 18 Monaten verurteilt. Der 67-Jährige "
        "soll zwischen 2016 und 2020 rund 240.000 Euro aus der Gemeindekasse für private Zwecke "
        "verwendet haben.\n\n"
        "„Der Angeklagte hat das Vertrauen der Bürger auf grobe Weise missbraucht“, sagte die "
        "Vorsitzende Richterin Dr. Wiebke Tjarks-Ommen in der Urteilsbegründung. Zu seinen "
        "Gunsten wertete die Kammer sein Geständnis.\n\n"
        "„Ein Rathaus ist kein Selbstbedienungsladen“ – mit diesen Worten hatte Oberstaatsanwalt "
        "Rüdiger Klaaßen in seinem Plädoyer zwei Jahre Haft ohne Bewährung gefordert.\n\n"
        "Hasenkamp nahm das Urteil regungslos auf. Sein Verteidiger, Rechtsanwalt Hans-Jürgen "
        "Pöppelmann, kündigte an, eine Revision zu prüfen. „Mein Mandant hat den Schaden "
        "vollständig zurückgezahlt. Das hätte stärker berücksichtigt werden müssen.“\n\n"
        "Der Bund der Steuerzahler Niedersachsen forderte strengere Kontrollen in den Kommunen. "
        "„Solche Fälle fallen viel zu spät auf“, kritisierte der Verein. Ratsfrau Gesa Wübbeling "
        "(Grüne) schätzt den Gesamtschaden auf mehr als 300.000 Euro. „Wir werden noch Jahre "
        "brauchen, um das aufzuarbeiten“, sagte sie.",
        (
            q("Der Angeklagte hat das Vertrauen der Bürger auf grobe Weise missbraucht", "Wiebke Tjarks-Ommen"),
            q("Ein Rathaus ist kein Selbstbedienungsladen", "Rüdiger Klaaßen"),
            q(
                "Mein Mandant hat den Schaden vollständig zurückgezahlt. Das hätte stärker "
                "berücksichtigt werden müssen.",
                "Hans-Jürgen Pöppelmann",
            ),
            q("Solche Fälle fallen viel zu spät auf", "Bund der Steuerzahler Niedersachsen"),
            q("Wir werden noch Jahre brauchen, um das aufzuarbeiten", "Gesa Wübbeling"),
        ),
        (18, 240000, 2, 300000),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "de-30",
        "Hochwasser: Pegel an der Mosel steigt weiter",
        "An der Mosel ist der Pegel in der Nacht zum Samstag weiter gestiegen. In Trier wurden am "
        "Morgen 8,40 Meter gemessen, normal sind rund 3 Meter. Rund 600 Keller sind "
        "vollgelaufen.\n\n"
        "„Wir rechnen damit, dass der Scheitel in der Nacht zum Montag erreicht wird.“ Das sagte "
        "der Leiter des Krisenstabs im Kreis Bernkastel-Wittlich, Marc-André Steffgen, am "
        "Samstag. Bis dahin könne das Wasser noch um 40 Zentimeter steigen.\n\n"
        "Das Technische Hilfswerk ist mit 250 Helfern im Einsatz. „Die Lage ist angespannt, aber "
        "unter Kontrolle“, teilte das THW mit.\n\n"
        "Die Winzerin Lioba Scherf-Kappes, 52, räumt seit Freitag ihren Weinkeller in Zeltingen "
        "aus. „Unser Keller steht zum dritten Mal in zehn Jahren unter Wasser“, sagte sie. "
        "„Irgendwann können wir das nicht mehr stemmen.“\n\n"
        "„Wir lassen die Menschen an der Mosel nicht allein“, versprach Ministerpräsidentin "
        "Katrin Oberhauser-Lenz bei einem Besuch in Traben-Trarbach, „die Soforthilfe von "
        "10 Millionen Euro ist bereits beschlossen.“",
        (
            q(
                "Wir rechnen damit, dass der Scheitel in der Nacht zum Montag erreicht wird.",
                "Marc-André Steffgen",
            ),
            q("Die Lage ist angespannt, aber unter Kontrolle", "THW"),
            q("Unser Keller steht zum dritten Mal in zehn Jahren unter Wasser", "Lioba Scherf-Kappes"),
            q("Irgendwann können wir das nicht mehr stemmen.", "Lioba Scherf-Kappes"),
            q("Wir lassen die Menschen an der Mosel nicht allein", "Katrin Oberhauser-Lenz"),
            q("die Soforthilfe von 10 Millionen Euro ist bereits beschlossen.", "Katrin Oberhauser-Lenz"),
        ),
        (8.40, 3, 600, 40, 250, 10, 10e6),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "de-31",
        "Tafeln in Hessen am Limit",
        "Die Tafeln in Hessen versorgen inzwischen mehr als 160.000 Menschen, rund 30 Prozent mehr "
        "als vor zwei Jahren. Viele Ausgabestellen haben einen Aufnahmestopp verhängt.\n\n"
        "„Wir können die Nachfrage kaum noch bedienen“, sagte die Vorsitzende des Landesverbands, "
        "Heidemarie Kloppenburg-Ritter. „Uns fehlen Lebensmittel, Fahrzeuge und vor allem "
        "Ehrenamtliche.“\n\n"
        "Der Landesverband fordert vom Land einen Zuschuss von 2 Millionen Euro. „Die Tafeln dürfen "
        "nicht die Lücken des Sozialstaats stopfen“, betonte der Paritätische Wohlfahrtsverband "
        "Hessen.\n\n"
        "Jörn-Ole Matthiesen, 71, steht jeden Dienstag in der Schlange in Kassel. „Meine Rente "
        "reicht seit der Mieterhöhung nicht mehr bis zum Monatsende“, erzählt er.\n\n"
        "„Wir prüfen den Antrag“, hieß es aus dem Sozialministerium.",
        (
            q("Wir können die Nachfrage kaum noch bedienen", "Heidemarie Kloppenburg-Ritter"),
            q("Uns fehlen Lebensmittel, Fahrzeuge und vor allem Ehrenamtliche.", "Heidemarie Kloppenburg-Ritter"),
            q(
                "Die Tafeln dürfen nicht die Lücken des Sozialstaats stopfen",
                "Paritätische Wohlfahrtsverband Hessen",
            ),
            q("Meine Rente reicht seit der Mieterhöhung nicht mehr bis zum Monatsende", "Jörn-Ole Matthiesen"),
            q("Wir prüfen den Antrag", "Sozialministerium"),
        ),
        (160000, 30, 2, 2e6),
        held_out=True,
        batch="fresh29b",
    ),
    LabelledArticle(
        "de-32",
        "SC Paderborn trennt sich von Trainer Sandvoß",
        "Der SC Paderborn hat sich nach nur fünf Monaten von Trainer Mirko Sandvoß getrennt. Die "
        "Mannschaft hatte zuletzt sieben Spiele in Folge verloren und liegt auf Platz 16.\n\n"
        "„Wir mussten handeln, bevor es zu spät ist“, erklärte Sportdirektor Fabian Quast-Hellwig "
        "am Montag. „Mirko hat mit großem Einsatz gearbeitet, dafür gebührt ihm unser Dank.“\n\n"
        "Sandvoß selbst zeigte sich enttäuscht. „Ich hätte mir mehr Zeit gewünscht“, so der "
        "45-Jährige. Nachfolger wird vorerst U23-Coach Levent Aydoğan.\n\n"
        "Der Fanclub Schwarz-Blau begrüßte die Entscheidung. „Es war höchste Zeit, die Stimmung im "
        "Stadion war am Tiefpunkt“, schrieb der Club auf seiner Internetseite. Aydoğan soll die "
        "Mannschaft zunächst für drei Spiele betreuen.",
        (
            q("Wir mussten handeln, bevor es zu spät ist", "Fabian Quast-Hellwig"),
            q("Mirko hat mit großem Einsatz gearbeitet, dafür gebührt ihm unser Dank.", "Fabian Quast-Hellwig"),
            q("Ich hätte mir mehr Zeit gewünscht", "Mirko Sandvoß"),
            q("Es war höchste Zeit, die Stimmung im Stadion war am Tiefpunkt", "Fanclub Schwarz-Blau"),
        ),
        (5, 7, 3),
        held_out=True,
        batch="fresh29b",
    ),
    LabelledArticle(
        "de-33",
        "Bauunternehmer wegen Subventionsbetrugs verurteilt",
        "Das Landgericht Kassel hat einen 41-jährigen Bauunternehmer aus Baunatal wegen "
        "Subventionsbetrugs zu drei Jahren Haft verurteilt. Der Mann hatte nach Überzeugung der "
        "Kammer Fördermittel in Höhe von 2,3 Millionen Euro erschlichen.\n\n"
        "„Der Angeklagte hat sich über Jahre hinweg systematisch bereichert“, sagte die "
        "Vorsitzende Richterin Adelheid Brömmelkamp in der Urteilsbegründung. Es gebe „keinen "
        "vernünftigen Zweifel an seiner Schuld“.\n\n"
        "Verteidiger Konstantin Wehrhahn-Ostrowski kündigte Revision an. „Wir halten das Urteil "
        "für falsch“, erklärte er nach der Verhandlung. „Mein Mandant hat keinen einzigen Euro "
        "für sich behalten.“\n\n"
        "Die Anklage hatte vier Jahre gefordert. „Wir werden das Urteil sorgfältig prüfen“, "
        "teilte die Staatsanwaltschaft Kassel am Freitag mit, „und dann über Rechtsmittel "
        "entscheiden.“\n\n"
        "„Ich habe Fehler gemacht, aber ich bin kein Betrüger“ – mit diesen Worten hatte sich "
        "der Angeklagte am ersten Verhandlungstag an das Gericht gewandt.",
        (
            q("Der Angeklagte hat sich über Jahre hinweg systematisch bereichert", "Adelheid Brömmelkamp"),
            q("keinen vernünftigen Zweifel an seiner Schuld", "Adelheid Brömmelkamp"),
            q("Wir halten das Urteil für falsch", "Konstantin Wehrhahn-Ostrowski"),
            q("Mein Mandant hat keinen einzigen Euro für sich behalten.", "Konstantin Wehrhahn-Ostrowski"),
            q("Wir werden das Urteil sorgfältig prüfen", "Staatsanwaltschaft Kassel"),
            q("und dann über Rechtsmittel entscheiden.", "Staatsanwaltschaft Kassel"),
            q("Ich habe Fehler gemacht, aber ich bin kein Betrüger", None),
        ),
        (3, 2.3e6, 4),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "de-34",
        "Eintracht Waldhausen gewinnt das Derby",
        "Der SV Eintracht Waldhausen hat das Derby gegen den FC Birkenfeld mit 3:1 gewonnen. Vor "
        "12.400 Zuschauern erzielte Stürmer Leon Kaczmarek-Berg zwei Tore.\n\n"
        "„Das war heute eine richtig reife Leistung von uns“, sagte Trainer Matthias Odenthal nach "
        "dem Abpfiff. Seine Mannschaft habe „vom ersten Moment an“ Druck gemacht.\n\n"
        "Kaczmarek-Berg selbst blieb bescheiden: „Die Tore gehören der ganzen Mannschaft.“\n\n"
        "Birkenfelds Coach Uwe Sträßle haderte mit dem Schiedsrichter. „Vor dem 2:1 war das ein "
        "klares Foul“, meinte der 58-Jährige. „Das muss man einfach pfeifen.“\n\n"
        "„Wir schauen jetzt nach oben“ – so fasste Kapitän Jonas Ebeling die Stimmung in der "
        "Kabine zusammen. Die Eintracht liegt mit 27 Punkten auf dem dritten Tabellenplatz, "
        "nur drei Zähler hinter dem Spitzenreiter.",
        (
            q("Das war heute eine richtig reife Leistung von uns", "Matthias Odenthal"),
            q("vom ersten Moment an", "Matthias Odenthal"),
            q("Die Tore gehören der ganzen Mannschaft.", "Leon Kaczmarek-Berg"),
            q("Vor dem 2:1 war das ein klares Foul", "Uwe Sträßle"),
            q("Das muss man einfach pfeifen.", "Uwe Sträßle"),
            q("Wir schauen jetzt nach oben", "Jonas Ebeling"),
        ),
        (12400, 2, 27, 3),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "de-35",
        "Stadtwerke Lindenau erhöhen Gaspreise um 14 Prozent",
        "Die Stadtwerke Lindenau erhöhen zum 1. Januar die Gaspreise um durchschnittlich 14 "
        "Prozent. Für einen Haushalt mit einem Jahresverbrauch von 20.000 Kilowattstunden "
        "bedeutet das Mehrkosten von rund 240 Euro im Jahr.\n\n"
        "„Wir geben lediglich die gestiegenen Beschaffungskosten weiter“, erklärte "
        "Geschäftsführerin Henrike Vogelsang-Pietsch.\n\n"
        "Die Verbraucherschützer sehen das anders. „Die Stadtwerke haben im vergangenen Jahr "
        "einen Gewinn von 8,6 Millionen Euro gemacht“, heißt es in einer Stellungnahme der "
        "Verbraucherzentrale Sachsen.\n\n"
        "Im Stadtrat kündigte die Fraktion der Grünen einen Antrag an. Fraktionschef Bernd "
        "Ahlers sprach von einem „Schlag ins Gesicht der Mieter“.\n\n"
        "Oberbürgermeister Till Renneberg (SPD) verteidigte die Entscheidung: „Ohne diese "
        "Anpassung wären die Stadtwerke in zwei Jahren zahlungsunfähig.“\n\n"
        "Rentnerin Gisela Marquardt, 76, aus der Südvorstadt weiß nicht mehr weiter. „Ich drehe "
        "die Heizung schon jetzt nur noch abends auf“, sagt sie.",
        (
            q("Wir geben lediglich die gestiegenen Beschaffungskosten weiter", "Henrike Vogelsang-Pietsch"),
            q(
                "Die Stadtwerke haben im vergangenen Jahr einen Gewinn von 8,6 Millionen Euro gemacht",
                "Verbraucherzentrale Sachsen",
            ),
            q("Schlag ins Gesicht der Mieter", "Bernd Ahlers"),
            q("Ohne diese Anpassung wären die Stadtwerke in zwei Jahren zahlungsunfähig.", "Till Renneberg"),
            q("Ich drehe die Heizung schon jetzt nur noch abends auf", "Gisela Marquardt"),
        ),
        (14, 20000, 240, 8.6e6, 2),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "de-36",
        "Unwetter in Niederbayern: Hunderte Keller vollgelaufen",
        "Nach heftigen Gewittern sind in der Nacht zu Sonntag im Landkreis Rottal-Inn mehr als "
        "300 Keller vollgelaufen. Die Feuerwehren rückten zu 412 Einsätzen aus.\n\n"
        "„So etwas habe ich in 25 Dienstjahren noch nicht erlebt“, sagte Kreisbrandrat Florian "
        "Eibl-Hartinger am Morgen. Allein in Pfarrkirchen seien binnen einer Stunde 80 Liter pro "
        "Quadratmeter gefallen.\n\n"
        "Landrat Michael Fahmüller machte sich selbst ein Bild von der Lage. Er sprach von "
        "„dramatischen Stunden“ für viele Familien.\n\n"
        "Der Deutsche Wetterdienst warnt vor weiteren Unwettern. „Die Lage bleibt bis Dienstag "
        "angespannt“, teilte der DWD mit.\n\n"
        "Anwohnerin Renate Schmiedbauer, 71, stand am Morgen knöcheltief im Wasser. „Das Wasser "
        "kam durch die Kellerfenster, da konnte man nichts mehr machen“, erzählt sie. „Die "
        "Waschmaschine ist hin, die Heizung auch.“",
        (
            q("So etwas habe ich in 25 Dienstjahren noch nicht erlebt", "Florian Eibl-Hartinger"),
            q("dramatischen Stunden", "Michael Fahmüller"),
            q("Die Lage bleibt bis Dienstag angespannt", "DWD"),
            q(
                "Das Wasser kam durch die Kellerfenster, da konnte man nichts mehr machen",
                "Renate Schmiedbauer",
            ),
            q("Die Waschmaschine ist hin, die Heizung auch.", "Renate Schmiedbauer"),
        ),
        (300, 412, 25, 80),
        held_out=True,
        batch="fresh30b",
    ),
    LabelledArticle(
        "de-37",
        "Gartenmöbelhersteller aus Lemgo ist insolvent",
        "Der Gartenmöbelhersteller Holzwerk Brandt aus Lemgo hat Insolvenz angemeldet. Betroffen "
        "sind 186 Beschäftigte, der Geschäftsbetrieb läuft vorerst weiter.\n\n"
        "„Die Kaufzurückhaltung der letzten zwei Jahre hat uns die Luft abgeschnürt“, erklärte "
        "Geschäftsführer Dirk Brandt in einer Mitteilung.\n\n"
        "Der vorläufige Insolvenzverwalter, Rechtsanwalt Tobias Wehmeier, zeigte sich zuversichtlich. "
        "Es gebe „mehrere ernsthafte Interessenten“, sagte er der „Lippischen Landes-Zeitung“.\n\n"
        "Die IG Metall fordert Klarheit für die Belegschaft. „Die Leute wollen wissen, ob sie im "
        "Herbst noch einen Job haben“, so Gewerkschaftssekretärin Aylin Demirtaş.\n\n"
        "Die Löhne sind über das Insolvenzgeld für drei Monate gesichert.",
        (
            q("Die Kaufzurückhaltung der letzten zwei Jahre hat uns die Luft abgeschnürt", "Dirk Brandt"),
            q("mehrere ernsthafte Interessenten", "Tobias Wehmeier"),
            q("Die Leute wollen wissen, ob sie im Herbst noch einen Job haben", "Aylin Demirtaş"),
        ),
        (186, 2, 3),
        held_out=True,
        batch="fresh30b",
    ),
    LabelledArticle(
        "de-38",
        "Landtag beschließt neues Kita-Gesetz",
        "Der Landtag hat am Donnerstag nach hitziger Debatte das neue Kita-Gesetz beschlossen. "
        "Künftig soll eine Erzieherin höchstens zehn Kinder betreuen, bisher waren es zwölf.\n\n"
        "„Das ist ein guter Tag für die Familien in unserem Land“, sagte Bildungsministerin Katrin "
        "Oehme-Lindner (SPD) im Plenum. Das Land stelle dafür jährlich 85 Millionen Euro bereit.\n\n"
        "Die Opposition hält das für zu wenig. CDU-Fraktionschef Gunnar Wiegleb warf der Regierung "
        "vor, „die Kommunen mit den Kosten allein zu lassen“.\n\n"
        "Der Gemeindebund rechnet mit Mehrkosten von 140 Millionen Euro. „Das Geld fehlt uns dann "
        "bei Schulen und Straßen“, warnte dessen Geschäftsführer Ralf Ossenbrügge.\n\n"
        "Kita-Leiterin Jasmin Wollenhaupt begrüßt die Reform. Endlich bleibe Zeit für einzelne "
        "Kinder, sagt die 44-Jährige. „Bisher haben wir nur verwaltet, nicht betreut.“",
        (
            q("Das ist ein guter Tag für die Familien in unserem Land", "Katrin Oehme-Lindner"),
            q("die Kommunen mit den Kosten allein zu lassen", "Gunnar Wiegleb"),
            q("Das Geld fehlt uns dann bei Schulen und Straßen", "Ralf Ossenbrügge"),
            q("Bisher haben wir nur verwaltet, nicht betreut.", "Jasmin Wollenhaupt"),
        ),
        (10, 12, 85e6, 140e6),
        held_out=True,
        batch="fresh30c",
    ),
    LabelledArticle(
        "de-39",
        "Handball: Lahntal befreit sich aus dem Tabellenkeller",
        "Die HSG Lahntal hat sich mit einem 31:27-Sieg gegen den TV Rheinberg aus dem "
        "Tabellenkeller befreit. Vor 4.421 Zuschauern war Rückraumspieler Mats Hörlein mit neun "
        "Toren bester Werfer.\n\n"
        "„Wir haben endlich wieder als Mannschaft verteidigt“, freute sich Trainer Holger Wiesbrock "
        "nach der Partie.\n\n"
        "Die Gäste haderten mit der Chancenverwertung. „Wir verwerfen elf freie Bälle, so kannst du "
        "hier nicht gewinnen“, sagte Rheinbergs Coach Tarik Yilmaz-Becker.\n\n"
        "„Das war ein wichtiger Schritt, mehr aber auch nicht“ – Geschäftsführer Sven Adomeit "
        "wollte von Entwarnung nichts wissen. Lahntal hat nun 14 Punkte.",
        (
            q("Wir haben endlich wieder als Mannschaft verteidigt", "Holger Wiesbrock"),
            q("Wir verwerfen elf freie Bälle, so kannst du hier nicht gewinnen", "Tarik Yilmaz-Becker"),
            q("Das war ein wichtiger Schritt, mehr aber auch nicht", "Sven Adomeit"),
        ),
        (4421, 9, 11, 14),
        held_out=True,
        batch="fresh30c",
    ),
    LabelledArticle(
        "de-40",
        "Autozulieferer Kessler Systems streicht 650 Stellen",
        "Der Autozulieferer Kessler Systems streicht an seinem Stammsitz in Heilbronn rund 650 "
        "Stellen. Das teilte das Unternehmen am Dienstag mit.\n\n"
        "„Wir müssen unsere Kosten bis 2027 um 15 Prozent senken“, sagte Vorstandschef Matthias "
        "Gräbner der Deutschen Presse-Agentur. Die Nachfrage nach Verbrennerteilen breche schneller "
        "ein als erwartet.\n\n"
        "Der Betriebsrat reagierte empört. „Die Belegschaft hat in der Krise auf Lohn verzichtet, "
        "und jetzt das“, sagte Betriebsratschefin Nicole Ferstl. Sie kündigte Widerstand an: „Wir "
        "werden um jeden Arbeitsplatz kämpfen.“\n\n"
        "Auch Heilbronns Oberbürgermeister meldete sich zu Wort. Er sei „tief enttäuscht“, sagte "
        "der SPD-Politiker.",
        (
            q("Wir müssen unsere Kosten bis 2027 um 15 Prozent senken", "Matthias Gräbner"),
            q("Die Belegschaft hat in der Krise auf Lohn verzichtet, und jetzt das", "Nicole Ferstl"),
            q("Wir werden um jeden Arbeitsplatz kämpfen.", "Nicole Ferstl"),
            q("tief enttäuscht", None),
        ),
        (650, 15),
        held_out=True,
        batch="fresh30d",
    ),
    LabelledArticle(
        "de-41",
        "Brand in Mehrfamilienhaus: zwei Leichtverletzte",
        "Bei einem Brand in einem Mehrfamilienhaus in Gelsenkirchen-Buer sind in der Nacht zum "
        "Samstag zwei Menschen leicht verletzt worden. Die Feuerwehr war mit 60 Einsatzkräften vor "
        "Ort.\n\n"
        "„Als wir eintrafen, schlugen die Flammen bereits aus dem Dachstuhl“, berichtete "
        "Einsatzleiter Dennis Kowalczyk. Die 14 Bewohner hätten sich rechtzeitig ins Freie retten "
        "können.\n\n"
        "Die Polizei schließt Brandstiftung nicht aus. „Wir ermitteln in alle Richtungen“, sagte ein "
        "Polizeisprecher.\n\n"
        "Nachbar Ömer Sezgin hatte das Feuer als Erster bemerkt. „Ich habe Rauch gerochen und sofort "
        "die 112 gewählt“, erzählte der 29-Jährige.\n\n"
        "Den Schaden schätzt die Feuerwehr auf rund 300.000 Euro.",
        (
            q("Als wir eintrafen, schlugen die Flammen bereits aus dem Dachstuhl", "Dennis Kowalczyk"),
            q("Wir ermitteln in alle Richtungen", None),
            q("Ich habe Rauch gerochen und sofort die 112 gewählt", "Ömer Sezgin"),
        ),
        (2, 60, 14, 300000),
        held_out=True,
        batch="fresh30d",
    ),
    LabelledArticle(
        "de-42",
        "Elefantenbaby im Tierpark Hasetal geboren",
        "Im Tierpark Hasetal ist ein Elefantenbaby zur Welt gekommen. Das Jungtier wog bei der "
        "Geburt 112 Kilogramm, wie der Tierpark am Mittwoch mitteilte.\n\n"
        "„Mutter und Kind sind wohlauf“, sagte Tierärztin Dr. Friederike Asmussen. Die Geburt habe "
        "nur rund 20 Minuten gedauert.\n\n"
        "Revierleiter Jens-Uwe Kollmeier ist seit 30 Jahren bei den Elefanten. „So eine ruhige "
        "Geburt habe ich selten erlebt“, erzählt er.\n\n"
        "Für Besucher bleibt das Elefantenhaus vorerst geschlossen. „Die beiden brauchen jetzt "
        "Ruhe“, heißt es vom Tierpark.",
        (
            q("Mutter und Kind sind wohlauf", "Friederike Asmussen"),
            q("So eine ruhige Geburt habe ich selten erlebt", "Jens-Uwe Kollmeier"),
            q("Die beiden brauchen jetzt Ruhe", "Tierpark Hasetal"),
        ),
        (112, 20, 30),
        held_out=True,
        batch="fresh30e",
    ),
    LabelledArticle(
        "de-43",
        "An Grundschulen fehlen 400 Lehrkräfte",
        "An den Grundschulen des Landes fehlen zum neuen Schuljahr rund 400 Lehrkräfte. Das geht aus "
        "einer Antwort des Bildungsministeriums auf eine Anfrage der Grünen hervor.\n\n"
        "„Wir stellen ein, wen wir bekommen können“, sagte Bildungsminister Jan Riedel-Pfaff der "
        "„Mitteldeutschen Allgemeinen“.\n\n"
        "Die Grünen-Abgeordnete Merle Hoppenstedt spricht von einem „Versagen mit Ansage“.\n\n"
        "Die Gewerkschaft GEW fordert, Quereinsteiger besser zu bezahlen. „Wer an einer Grundschule "
        "unterrichtet, muss genauso viel verdienen wie am Gymnasium“, sagte die GEW-Landesvorsitzende "
        "Karola Dünnebier.",
        (
            q("Wir stellen ein, wen wir bekommen können", "Jan Riedel-Pfaff"),
            q("Versagen mit Ansage", "Merle Hoppenstedt"),
            q(
                "Wer an einer Grundschule unterrichtet, muss genauso viel verdienen wie am Gymnasium",
                "Karola Dünnebier",
            ),
        ),
        (400,),
        held_out=True,
        batch="fresh30e",
    ),
    LabelledArticle(
        "de-44",
        "A7 zwischen Kassel und Hann. Münden 55 Stunden gesperrt",
        "Wegen Brückenarbeiten wird die Autobahn 7 zwischen Kassel-Nord und Hann. Münden ab "
        "Freitagabend für 55 Stunden voll gesperrt. Die Autobahngesellschaft rechnet mit "
        "kilometerlangen Staus.\n\n"
        "„Wir wissen, dass das für Pendler und Urlauber eine Zumutung ist“, sagte Projektleiterin "
        "Svenja Rotermund. Anders sei die marode Brücke aber nicht zu sanieren.\n\n"
        "Der ADAC rät, die Strecke großräumig zu umfahren. „Wer kann, sollte die Fahrt auf Montag "
        "verschieben“, sagte ein Sprecher des Automobilclubs.\n\n"
        "Spediteur Heiko Brüggemann aus Göttingen rechnet mit Mehrkosten. „Jede Stunde Stau kostet "
        "uns pro Lkw rund 90 Euro“, klagt der Unternehmer.",
        (
            q("Wir wissen, dass das für Pendler und Urlauber eine Zumutung ist", "Svenja Rotermund"),
            q("Wer kann, sollte die Fahrt auf Montag verschieben", None),
            q("Jede Stunde Stau kostet uns pro Lkw rund 90 Euro", "Heiko Brüggemann"),
        ),
        (55, 90),
        held_out=True,
        batch="fresh30f",
    ),
    LabelledArticle(
        "de-45",
        "Intendantin verlässt das Landestheater Uckermark",
        "Das Landestheater Uckermark verliert seine Intendantin: Charlotte Weinreich-Bast verlässt "
        "das Haus nach nur zwei Spielzeiten.\n\n"
        "„Ich gehe mit einem weinenden und einem lachenden Auge“, sagte Weinreich-Bast am Montag. "
        "Sie wechselt an ein Haus in der Schweiz.\n\n"
        "Kulturdezernent Bodo Lichtenhahn bedauerte den Abschied. Die Intendantin habe „frischen "
        "Wind“ nach Schwedt gebracht, sagte er.\n\n"
        "Der Förderverein des Theaters zeigte sich überrascht. „Wir hätten uns mehr Kontinuität "
        "gewünscht“, teilte der Verein mit.",
        (
            q("Ich gehe mit einem weinenden und einem lachenden Auge", "Charlotte Weinreich-Bast"),
            q("frischen Wind", "Bodo Lichtenhahn"),
            q("Wir hätten uns mehr Kontinuität gewünscht", "Förderverein des Theaters"),
        ),
        (2,),
        held_out=True,
        batch="fresh30f",
    ),
    LabelledArticle(
        "de-46",
        "Prozess gegen mutmaßliche Enkeltrick-Bande begonnen",
        "Vor dem Landgericht Bielefeld hat der Prozess gegen eine mutmaßliche Enkeltrick-Bande "
        "begonnen. Den fünf Angeklagten wird vorgeworfen, Senioren um insgesamt 1,2 Millionen Euro "
        "gebracht zu haben.\n\n"
        "„Die Täter haben gezielt die Einsamkeit alter Menschen ausgenutzt“, sagte Oberstaatsanwalt "
        "Rüdiger Hölscher zum Auftakt.\n\n"
        "Eine der Geschädigten, eine 84-jährige Rentnerin aus Herford, verfolgte den Prozess im "
        "Zuschauerraum. „Ich schäme mich bis heute“, sagte sie vor Journalisten.\n\n"
        "Die Verteidigung will die Vorwürfe bestreiten. Ihr Mandant sei „nur ein kleines Rädchen“ "
        "gewesen, sagte Anwältin Derya Aksoy.",
        (
            q("Die Täter haben gezielt die Einsamkeit alter Menschen ausgenutzt", "Rüdiger Hölscher"),
            q("Ich schäme mich bis heute", None),
            q("nur ein kleines Rädchen", "Derya Aksoy"),
        ),
        (5, 1.2e6),
        held_out=True,
        batch="fresh30g",
    ),
    LabelledArticle(
        "de-47",
        "Hörtnagl rast in Sölden auf Platz drei",
        "Skirennläuferin Lisa Hörtnagl hat beim Weltcup-Riesenslalom in Sölden überraschend Platz "
        "drei belegt. Die 22-Jährige lag nur 0,41 Sekunden hinter der Siegerin.\n\n"
        "„Ich kann es noch gar nicht glauben“, sagte Hörtnagl im ZDF-Interview. „Vor einem Jahr lag "
        "ich noch mit einem Kreuzbandriss im Krankenhaus.“\n\n"
        "Bundestrainer Andreas Gruber-Wenzl lobte seine Athletin: „Sie ist mental unglaublich stark "
        "geworden.“",
        (
            q("Ich kann es noch gar nicht glauben", "Lisa Hörtnagl"),
            q("Vor einem Jahr lag ich noch mit einem Kreuzbandriss im Krankenhaus.", "Lisa Hörtnagl"),
            q("Sie ist mental unglaublich stark geworden.", "Andreas Gruber-Wenzl"),
        ),
        (0.41,),
        held_out=True,
        batch="fresh30g",
    ),
]
