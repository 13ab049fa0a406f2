"""Spanish: «…» and “…”; the subject is often dropped ('«…», añadió.'); 1.500,5 numbers."""

from __future__ import annotations

from . import LanguageData

_VERBS = """
dijo afirmó aseguró señaló explicó añadió declaró indicó advirtió subrayó recordó apuntó
insistió destacó comentó manifestó agregó sostuvo reconoció lamentó criticó precisó expresó
escribió relató contó respondió concluyó defendió anunció admitió matizó confesó sentenció
remarcó reiteró denunció reclamó prometió avisó alertó argumentó aclaró apostilló opinó
dice afirma asegura explica señala añade declara indica advierte subraya recuerda apunta
insiste destaca comenta sostiene reconoce lamenta critica precisa escribe relata cuenta
responde defiende anuncia admite opina considera cree
recalcó enfatizó reprochó ironizó replicó puntualizó valoró exigió urgió resaltó remachó
deploró cuestionó aseveró espetó detalló zanjó celebró reivindicó incidió
recalca enfatiza reprocha ironiza replica puntualiza valora exige resalta remacha asevera
detalla zanja celebra reivindica incide
proclamó proclama contaba decía relataba explicaba
resumió resume
""".split()
#: Participles of the perfect tense of Spain's news ('«…», ha asegurado el ministro').
_PARTICIPLES = """
dicho afirmado asegurado señalado explicado añadido declarado indicado advertido subrayado
recordado apuntado insistido destacado comentado manifestado agregado sostenido reconocido
lamentado criticado precisado expresado escrito relatado contado respondido concluido defendido
anunciado admitido matizado confesado sentenciado remarcado reiterado denunciado reclamado
prometido avisado alertado argumentado aclarado opinado recalcado enfatizado reprochado
ironizado replicado puntualizado valorado exigido detallado resaltado aseverado
""".split()
_TITLES = """
ministro ministra presidente presidenta portavoz alcalde alcaldesa consejero consejera
director directora secretario secretaria economista analista entrenador entrenadora capitán
capitana juez jueza fiscal abogado abogada diputado diputada senador senadora jefe jefa
gobernador gobernadora embajador embajadora delegado delegada subdelegado subdelegada responsable experto experta
investigador investigadora profesor profesora médico médica doctor doctora presidente
vicepresidente vicepresidenta líder dirigente vecina vecino consejero agricultor agricultora
""".split()
_ORGANISATIONS = """
asociación confederación federación sindicato unión consejo instituto ministerio colegio
plataforma cámara banco agencia fundación partido tribunal organización comisión
dirección
""".split()
_FIRST_NAMES_M = """
alberto alejandro álvaro andrés andrí ángel antonio carlo carlos david diego eduardo emilio enrique
fernando francisco gabriel ignacio jaime javier jesús jorge josé juan luis manuel marcos mario
miguel nacho pablo pedro rafael ramón raúl ricardo roberto salvador santiago sergio vitali
vicente
tomás martín héctor arturo gonzalo óscar rubén hugo iñaki jordi xavier gerardo gustavo guillermo joaquín julián lorenzo marcelo mateo nicolás rodrigo víctor felipe
""".split()
_FIRST_NAMES_F = """
alicia ana beatriz carmen cristina elena esther eva inés isabel laura lucía luisa marta maría
mercedes montserrat nuria patricia pilar raquel rosa sara silvia sofía teresa yolanda irene
rocío lorena marina natalia paula verónica valeria claudia gabriela daniela carolina adriana alejandra andrea julia
""".split()
_STOP = """
a al algo algunos ante antes como con contra cual cuando de del desde donde dos durante e el
ella ellas ellos en entre era es esa ese eso esta está están este esto estos fue fueron ha han
hasta hay la las le les lo los más me mi mientras muy nada ni no nos o os otra otro para pero
poco por porque que qué se sea según ser si sí sido sin sobre son su sus también tanto te
tiene tienen todo todos tras tu un una unas uno unos y ya este esta estas hace había habían
será sería millones euros dólares por ciento lunes martes miércoles jueves viernes sábado
domingo año años mes meses día días dijo afirmó así
""".split()

DATA = LanguageData(
    code="es",
    script="latin",
    quote_open="«",
    quote_close="»",
    opening_quotes="«“",
    closing_quotes="»”",
    abbreviations=frozenset(
        """sr sra sres srta dr dra d dña ud uds ee uu etc p ej núm art aprox pág págs cía av
        avda gral lic ing prof profa tel vol cap mill mil""".split()
    ),
    number_abbreviations=frozenset({"núm", "art", "pág", "vol", "cap"}),
    speech_verbs=frozenset(_VERBS),
    participles=frozenset(_PARTICIPLES),
    according_to=("según", "a juicio de", "en palabras de", "para"),
    pronouns={"él": "m", "ella": "f", "ellos": "p", "ellas": "p"},
    pro_drop=True,
    titles=frozenset(_TITLES),
    organisations=frozenset(_ORGANISATIONS),
    honorifics={"sr.": "m", "sra.": "f", "srta.": "f", "don": "m", "doña": "f", "dr.": "",
                "dra.": "f", "d.": "m", "dña.": "f"},  # fmt: skip
    stopwords=frozenset(_STOP),
    months=tuple(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
        "noviembre diciembre".split()
    ),
    number_words={
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "cien": 100, "mil": 1000, "un": 1,
        "una": 1, "uno": 1,
    },  # fmt: skip
    scale_words={
        "mil": 1e3, "millón": 1e6, "millones": 1e6, "mill": 1e6,
        "billón": 1e12, "billones": 1e12,
    },  # fmt: skip
    currency_words={
        "euros": "€", "euro": "€", "€": "€", "dólares": "$", "dólar": "$", "$": "$",
        "libras": "£", "pesos": "$", "rublos": "₽", "grivnas": "₴",
    },  # fmt: skip
    first_names={**dict.fromkeys(_FIRST_NAMES_M, "m"), **dict.fromkeys(_FIRST_NAMES_F, "f")},
    percent_words=frozenset({"%", "por ciento", "puntos", "punto"}),
)
