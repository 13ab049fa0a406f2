"""French: « … » with (narrow) no-break spaces, — dialogue; decimal comma, spaced thousands."""

from __future__ import annotations

from . import LanguageData

_PRESENT = """
dit déclare affirme estime explique souligne ajoute indique assure précise prévient déplore
témoigne analyse résume salue confie regrette juge note rappelle insiste martèle lance
reconnaît avertit observe commente poursuit conclut raconte répond réagit tranche ironise
s'inquiète s'alarme s'indigne se félicite se réjouit promet plaide dénonce admet avoue
constate annonce confirme écrit tweete relève fait_valoir fait_savoir soupire s'agace lâche
glisse tonne fulmine s'emporte sourit souffle interroge s'interroge
fustige tacle critique réplique rétorque renchérit abonde nuance concède détaille complète
avance signale raille cingle alerte s'insurge s'étonne dément objecte exhorte assène
""".split()
_PARTICIPLES = """
dit déclaré affirmé estimé expliqué souligné ajouté indiqué assuré précisé prévenu déploré
témoigné analysé résumé salué confié regretté jugé noté rappelé insisté martelé lancé reconnu
averti observé commenté poursuivi conclu raconté répondu réagi tranché ironisé promis plaidé
dénoncé admis avoué constaté annoncé confirmé écrit tweeté relevé fait_valoir fait_savoir
fustigé taclé critiqué répliqué rétorqué renchéri abondé nuancé concédé détaillé complété avancé
signalé raillé alerté démenti objecté exhorté asséné soufflé glissé lâché tonné fulminé soupiré
indigné félicité réjoui inquiété alarmé agacé emporté insurgé étonné exclamé offusqué désolé
défendu tempéré justifié
""".split()
_TITLES = """
ministre président présidente député députée sénateur sénatrice maire préfet préfète porte-parole
directeur directrice secrétaire général générale économiste analyste entraîneur entraîneuse
juge avocat avocate procureur procureure gouverneur gouverneure ambassadeur ambassadrice
chef cheffe responsable patron patronne pdg dirigeant dirigeante syndicaliste habitant
habitante expert experte chercheur chercheuse professeur professeure médecin docteur joueur
joueuse capitaine commissaire conseiller conseillère délégué déléguée chancelier chancelière
premier première fondateur fondatrice adjoint adjointe vice-président vice-présidente édile
""".split()
_ORGANISATIONS = """
fédération confédération association syndicat union conseil institut observatoire ministère
collectif comité chambre cour banque agence caisse office ordre mouvement parti fondation
direction
""".split()
_FIRST_NAMES_M = """
alain antoine benoît bernard bertrand bruno christophe damien david denis didier dominique
emmanuel éric étienne fabien françois frédéric gabriel gérald guillaume hugo jacques jean
jean-marc jean-luc jean-pierre jérôme julien karim laurent louis luc marc mathieu maxime michel
nicolas olivier oleh pascal patrick paul philippe pierre raphaël rémi romain sébastien stéphane
thierry thomas vincent yannick yves
baptiste jean-baptiste arnaud cédric clément florian gilles gaston hervé loïc mickaël patrice renaud sylvain xavier yann erwan fabrice grégory jérémy arthur lucas
""".split()
_FIRST_NAMES_F = """
agnès amélie anne aurélie camille catherine céline chantal christine claire élise élisabeth
emma florence françoise hélène isabelle jeanne julie laure léa marie marine martine mathilde
nadia nathalie pauline sandrine sophie stéphanie sylvie valérie véronique virginie ségolène
rachida anne-marie
anne-sophie brigitte caroline émilie géraldine inès juliette laetitia marion mélanie muriel noémie odile solène samia agathe margaux manon
""".split()
_STOP = """
a afin ai aie aient ainsi alors au aucun aucune aujourd auprès aussi autre autres aux avait
avant avec avoir ayant bien c ça ce ceci cela celle celles celui cependant ces cet cette ceux
chaque chez comme comment d dans de depuis des dès deux doit donc dont du elle elles en encore
entre est et été être eu eux fait faire fois font hors il ils j je jusqu l la le les leur
leurs lors lui m ma mais me même mes moi moins mon n ne ni non nos notre nous on ont or ou où
par parce pas pendant peu peut plus plusieurs pour pourquoi près puis qu quand que quel quelle
quelles quels qui sa sans se selon ses si sien son sont sous sur ta te tes toi ton tous tout
toute toutes très tu un une vers vos votre vous y à ça était étaient aussi déjà après avant
selon cette millions milliards euros dollars pour cent lundi mardi mercredi jeudi vendredi
samedi dimanche an ans année années mois jour jours semaine dit déclaré côté
""".split()

DATA = LanguageData(
    code="fr",
    script="latin",
    quote_open="« ",
    quote_close=" »",
    opening_quotes="«“",
    closing_quotes="»”",
    abbreviations=frozenset(
        """m mm mme mmes mlle dr pr me st ste etc p ex av apr j.-c env cf éd vol chap no
        nº art al min max tél hab mrd md mds mio""".split()
    ),
    number_abbreviations=frozenset({"no", "art", "p", "vol", "chap"}),
    speech_verbs=frozenset(v.replace("_", " ") for v in _PRESENT),
    participles=frozenset(v.replace("_", " ") for v in _PARTICIPLES),
    according_to=("selon", "d'après", "pour"),
    pronouns={"il": "m", "elle": "f", "ils": "p", "elles": "p"},
    titles=frozenset(_TITLES),
    organisations=frozenset(_ORGANISATIONS),
    honorifics={"m.": "m", "mme": "f", "mlle": "f", "dr": "", "dr.": "", "pr": "", "me": "",
                "maître": "", "professeur": ""},  # fmt: skip
    stopwords=frozenset(_STOP),
    months=tuple(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        .split()
    ),
    number_words={
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
        "seize": 16, "vingt": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000, "un": 1, "une": 1,
    },  # fmt: skip
    scale_words={
        "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
        "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "billion": 1e12, "billions": 1e12,
    },  # fmt: skip
    currency_words={
        "euros": "€", "euro": "€", "€": "€", "dollars": "$", "dollar": "$", "$": "$",
        "livres": "£", "francs": "CHF", "roubles": "₽", "hryvnias": "₴", "yens": "¥",
    },  # fmt: skip
    first_names={**dict.fromkeys(_FIRST_NAMES_M, "m"), **dict.fromkeys(_FIRST_NAMES_F, "f")},
    percent_words=frozenset({"%", "pour cent", "points", "point"}),
)
