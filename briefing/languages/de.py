"""German: „…“ and »…« quotes, ‚…‘ inside them; decimal comma, thousands dot."""

from __future__ import annotations

from . import LanguageData

_VERBS = """
sagte sagten sagt sagen erklärte erklärten erklärt betonte betonten betont warnte warnt
kritisierte kritisiert meinte meint ergänzte ergänzt schrieb schreibt berichtete berichtet
versprach verspricht forderte fordert fragte fragt antwortete antwortet bekräftigte bekräftigt
unterstrich unterstreicht mahnte mahnt bestätigte bestätigt verkündete verkündet resümierte
räumte fügte teilte gab kündigte stellte hob zeigte so sprach klagte beklagte beklagt lobte
versicherte versichert erläuterte erläutert argumentierte argumentiert entgegnete entgegnet
widersprach widerspricht erinnerte erinnert nannte nennt bezeichnete bezeichnet zitierte
twitterte postete bilanzierte sagte_zu
monierte monierten moniert bemängelte bemängelten bemängelt kritisierten forderten warnten
mahnten ergänzten betonten beklagten bekräftigten bestätigten versicherten entgegneten
erwiderte erwidert konterte kontert kommentierte kommentiert beteuerte beteuert appellierte
appelliert drängte drängt verlangte verlangt schimpfte schimpft polterte poltert spottete
urteilte urteilt präzisierte gestand räumt fügt teilt hebt stellt kündigt wandte
erzählte erzählt schilderte schildert freute ärgerte äußerte klagt
""".split()
_TITLES = """
minister ministerin chef chefin präsident präsidentin sprecher sprecherin direktor direktorin
vorstand vorständin politiker politikerin ökonom ökonomin landrat landrätin bürgermeister
bürgermeisterin leiter leiterin kanzler kanzlerin vorsitzende vorsitzender abgeordnete
abgeordneter experte expertin analyst analystin trainer trainerin coach kapitän kapitänin professor
professorin sekretär sekretärin botschafter botschafterin kommissar kommissarin richter
richterin anwalt anwältin gouverneur gouverneurin general kommandeur oberst beauftragte
beauftragter berater beraterin manager managerin gründer gründerin redakteur redakteurin
wissenschaftler wissenschaftlerin forscher forscherin volkswirt volkswirtin meteorologe
meteorologin arzt ärztin moderator moderatorin reporter reporterin korrespondent
korrespondentin sänger sängerin spieler spielerin stürmer torwart verteidiger aktivist
aktivistin funktionär funktionärin gewerkschafter gewerkschafterin unternehmer unternehmerin
senator senatorin premier premierministerin premierminister staatssekretär staatssekretärin
vize geschäftsführer geschäftsführerin chefökonom chefökonomin mitglied bewohner bewohnerin
anwohner anwohnerin einwohner einwohnerin sprecher-in landwirt landwirtin
stadtrat stadträtin ratsherr ratsfrau gemeinderat gemeinderätin kreisrat kreisrätin betriebsrat
betriebsrätin
""".split()
_ORGANISATIONS = """
verband bund gewerkschaft verein institut kammer stiftung club klub vereinigung
bundesamt amt ministerium behörde agentur kommission gericht rat zentrale verwaltung
""".split()
_FIRST_NAMES_M = """
alexander andreas bernd christian daniel david dirk felix florian frank hans heinz jan jens
johannes jonas jörg jürgen karl klaus lars lukas luca manfred marc marcel markus martin
matthias max michael niklas olaf oliver paul peter philipp rainer ralf robert rolf sebastian
stefan stephan sven thomas tim tobias torsten uwe volker werner wolfgang friedrich boris ihor
juri olaf helmut gerhard horst günter dieter
heiko holger malte gunnar bodo björn jannik finn leon timo
""".split()
_FIRST_NAMES_F = """
andrea angela anja anna annalena birgit brigitte christina christine claudia daniela doris
elke eva franziska gabriele heike ines julia karin katharina katrin kerstin lena lisa manuela
maria marie martina monika nadine nicole petra sabine sandra sarah silke simone sophie stefanie
susanne tanja ursula ulrike ricarda svenja
charlotte henrike friederike merle karola jasmin gesa renate ute anke maren imke lea hannah
emma mia clara johanna greta frieda ida
""".split()
_STOP = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
auch auf aus bei beim bereits bin bis bisher bist da dabei dadurch dafür dagegen daher damit
danach dann dar darauf darf darum das dass davon dazu dein deine dem den denn der deren des
deshalb dessen dich die dies diese diesem diesen dieser dieses doch dort du durch ein eine
einem einen einer eines einige einmal er es etwa euch euer eure für gegen gewesen hab habe
haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im
immer in ins ist ja jede jedem jeden jeder jedes jedoch jetzt kann kein keine keinem keinen
keiner können könnte mache machen man manche mehr mein meine mit muss musste nach nachdem
nicht nichts noch nun nur ob oder ohne rund schon sehr sein seine seinem seinen seiner seines
seit selbst sich sie sind so soll sollen sollte sondern sowie über um und uns unser unsere
unter viel viele vom von vor wann war waren warum was weil weiter weitere welche welchem
welchen welcher wenn wer werde werden wie wieder will wir wird wo wollen wurde wurden zu zum
zur zwar zwischen sagte sagt erklärte laut zufolge prozent millionen milliarden euro dollar
montag dienstag mittwoch donnerstag freitag samstag sonntag jahr jahre jahren heute gestern
dabei sei seien habe hätte wäre worden
""".split()

DATA = LanguageData(
    code="de",
    script="latin",
    quote_open="„",
    quote_close="“",
    opening_quotes="„»",
    closing_quotes="“«",
    abbreviations=frozenset(
        """z b bzw dr prof u a d h ca usw v s o.ä evtl ggf inkl vgl bspw sog mio mrd nr st str
        hr fr frau herr jh jhd abs art bd dt engl franz ital europ allg zzgl max min mind
        dipl ing geb gest verh tel""".split()
    ),
    number_abbreviations=frozenset({"nr", "art", "abs", "s", "bd"}),
    speech_verbs=frozenset(v.replace("_", " ") for v in _VERBS),
    separable=frozenset("mit hinzu ein an zu hervor fest klar vor".split()),
    according_to=("laut", "nach angaben von", "zufolge"),
    pronouns={"er": "m", "sie": "f"},
    titles=frozenset(_TITLES),
    organisations=frozenset(_ORGANISATIONS),
    honorifics={"dr.": "", "prof.": "", "herr": "m", "frau": "f", "hr.": "m", "fr.": "f"},
    stopwords=frozenset(_STOP),
    months=tuple(
        "januar februar märz april mai juni juli august september oktober november dezember "
        "jan feb mär apr jun jul aug sep sept okt nov dez".split()
    ),
    number_words={
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
        "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000, "eine": 1, "einer": 1,
        "einen": 1, "einem": 1, "ein": 1,
    },  # fmt: skip
    scale_words={
        "tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
        "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12,
        "bio": 1e12,
    },  # fmt: skip
    currency_words={
        "euro": "€", "€": "€", "eur": "€", "dollar": "$", "us-dollar": "$", "$": "$",
        "franken": "CHF", "pfund": "£", "rubel": "₽", "hrywnja": "₴", "hrywnja-": "₴",
        "griwna": "₴", "yen": "¥", "yuan": "¥",
    },  # fmt: skip
    first_names={**dict.fromkeys(_FIRST_NAMES_M, "m"), **dict.fromkeys(_FIRST_NAMES_F, "f")},
    percent_words=frozenset({"prozent", "%", "prozentpunkte", "prozentpunkten", "prozentpunkt"}),
)
