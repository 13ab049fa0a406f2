"""Reading the attribution clause of one quote in German, French, Spanish, Ukrainian and
Russian: the speech verb and the speaker phrase, reduced to a ``Mention`` by
``phrase_mentions_intl.py`` (see ``quotes_intl.py`` for the patterns and for resolving mentions
to people).

Works on a paragraph whose quoted words are masked, as the English ``attribution.py`` does.
"""

from __future__ import annotations

import re

from .languages import UPPER, LanguageData
from .name_particles import von_is_particle
from .names_intl import UNNAMED_PEOPLE, Mention, is_title
from .organisations_intl import (
    OFFICE_AFTER_VERB,
    is_generic_organisation,
    is_organisation_head,
    organisation_mention,
)
from .phrase_mentions_intl import phrase_mention

WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(rf"[.!?…][»“”\"']?(?:\s+(?=[{UPPER}„«»“\"—–])|\s*$)")


def sentence_ends(text: str, data: LanguageData) -> list[re.Match[str]]:
    """Sentence ends, not after an abbreviation or honorific ("M. Marchand", "z. B. die")."""
    out = []
    for m in SENTENCE_END.finditer(text):
        word = re.search(r"([\w-]+)$", text[max(0, m.start() - 12) : m.start()])
        low = word.group(1).lower() if word else ""
        if text[m.start()] == "." and (low in data.abbreviations or low + "." in data.honorifics):
            continue
        out.append(m)
    return out


def first_sentence(text: str, data: LanguageData) -> str:
    found = sentence_ends(text, data)
    return text[: found[0].start() + 1] if found else text


def last_sentence(text: str, data: LanguageData) -> str:
    found = sentence_ends(text, data)
    return text[found[-1].end() :] if found else text


# --- verbs ---------------------------------------------------------------------------------


def tail_verb(tail: str, data: LanguageData) -> tuple[re.Match[str], str] | None:
    """The speech verb opening an inverted clause after a quote, and the verb as read."""
    clause = tail.lstrip(" \u00a0\u202f,.!?…—–-")
    offset = len(tail) - len(clause)
    if data.code == "fr":
        reflexive = re.match(
            r"(?:s['’](?:est|était)|se sont)(?:-(?:il|elle|ils|elles))?\s+([\w'’-]+?)(?:e|s|es)?(?=[\s,.;!?]|$)",
            clause,
        )
        if reflexive and reflexive.group(1) in data.participles:
            return _shifted(reflexive, offset, tail), reflexive.group(1)  # '«…», s'est indignée X'
        m = re.match(
            r"(?:(?:a|avait|ont|avaient)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?\s+)?(fait\s+(?:valoir|savoir)|[\w'’-]+?)"
            r"(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?=[\s,.;!?]|$)",
            clause,
        )
        if m and (
            m.group(1) in data.participles
            or (m.group(1) in data.speech_verbs and not m.group().startswith(("a ", "ont ")))
        ):
            return _shifted(m, offset, tail), m.group(1)
        return None
    if data.code == "es":
        perfect = re.match(r"(?:ha|han|había|habían)\s+(\w+)", clause)
        if perfect and perfect.group(1).lower() in data.participles:
            return _shifted(perfect, offset, tail), perfect.group(1).lower()  # '«…», ha asegurado'
    m = re.match(r"([\w'’-]+)", clause)
    if m is None:
        return None
    verb = m.group(1).lower()
    if verb in data.speech_verbs:
        return _shifted(m, offset, tail), verb
    adverb = re.match(r"([а-яёєіїґ'’-]+[ое])\s+([\w'’-]+)", clause) if data.script == "cyrillic" else None
    if adverb is not None and adverb.group(2).lower() in data.speech_verbs:
        return _shifted(adverb, offset, tail), adverb.group(2).lower()  # "— скромно сказал хоккеист"
    return None


def _shifted(m: re.Match[str], offset: int, text: str) -> re.Match[str]:
    """The same match, on the unstripped text (so ``end()`` indexes it)."""
    found = re.compile(re.escape(m.group())).match(text, offset)
    assert found is not None
    return found


#: Impersonal verbs of a document speaking ("говорится в сообщении", "йдеться в заяві").
_IMPERSONAL = frozenset(
    "говорится сообщается отмечается указывается подчеркивается йдеться ідеться говориться "
    "зазначається повідомляється наголошується".split()
)


def _verb_gender(verb: str, data: LanguageData) -> str:
    """Past tense in Ukrainian and Russian shows the speaker's gender: сказав/сказала; the
    plural ("повідомили у відомстві", "заявили в совете") is an office speaking, nobody named
    ("p", which no person's pronoun takes)."""
    if data.script == "cyrillic" and (verb.endswith(("ли", "лися", "лись")) or verb in _IMPERSONAL):
        return "p"  # also "говорится в сообщении ведомства": a document speaks, nobody named
    if data.script == "cyrillic" and verb.endswith(("ется", "ится", "ється", "иться")):
        return ""  # "возмущается водитель", "обурюється мешканка": one person, either gender
    if data.code == "uk":
        if verb.endswith(("ла", "лася")):
            return "f"
        if verb.endswith(("в", "вся")):
            return "m"
    if data.code == "ru":
        if verb.endswith(("ла", "лась")):
            return "f"
        if verb.endswith(("л", "лся")):
            return "m"
    return ""


# --- attribution ---------------------------------------------------------------------------


def tail_attribution(tail: str, data: LanguageData) -> tuple[Mention | None, str | None]:
    """ „…“, sagte Albers. / «…», — сказав директор Андрій Гнатюк. / « … », a-t-il ajouté."""
    found = tail_verb(tail, data)
    said = _SAID_NEXT.get(data.code)
    lead = said.match(tail) if found is None and said else None
    if lead is not None:
        # "„…“ Das sagte der Leiter des Krisenstabs, X." / "“…”. Así lo afirmó …": the speaker of a
        # quote that stands as its own sentence, named in the next one
        mention, verb = tail_attribution(tail[lead.end() :], data)
        if mention is not None and not re.match(_ALSO, tail[lead.end() :].split(None, 1)[-1]):
            return mention, verb
    if found is None:
        if data.code == "de":
            m = re.match(r"[\s,]*so\s+(.+)", first_sentence(tail, data))
            if m:
                return phrase_mention(_cut_clause(m.group(1), data), data), "so"
            m = _WITH_THESE_WORDS_DE.match(first_sentence(tail, data))
            if m:
                # "„…“ – mit diesen Worten hatte sich Bürgermeister X an die Bürger gewandt": the
                # verb's subject, up to the object's preposition
                subject = re.split(r"\s(?:an|gegenüber|vor|von|bei|in|im|zu|zum|zur)\s", m.group(1) + " ")[0]
                return phrase_mention(_cut_clause(subject, data), data), "worten"
            m = _IT_SAYS_DE.match(first_sentence(tail, data))
            if m:  # "„…“, heißt es in einer Stellungnahme des Verbands": the Verband named before
                named = organisation_mention(first_sentence(tail, data)[m.start(1) :], data)
                if named is not None and named.kind == "organisation":
                    return named, "heißt"  # "… der Verbraucherzentrale Sachsen": named right there
                return Mention("none", m.group(1).lower()), "heißt"
            m = _IT_SAYS_FROM_DE.match(first_sentence(tail, data))
            if m and is_organisation_head(m.group(1).split()[0], data):
                # "„…“, hieß es aus dem Sozialministerium": the office named there (a dative that
                # reads as its nominative)
                return Mention("organisation", m.group(1)), "heißt"
        source = _TAIL_SOURCE.get(data.code)
        m = source.match(first_sentence(tail, data)) if source else None
        if m:  # "« … », selon Paul Girard, porte-parole" / "«…», según el Ministerio de Sanidad"
            stressed = _STRESSED.get(m.group(2).split()[0].strip(".,").lower())
            if stressed is not None:  # "« … », selon lui."
                return Mention("pronoun", stressed[0], stressed[1]), m.group(1).lower()
            return phrase_mention(_cut_clause(m.group(2), data), data), m.group(1).lower()
        return None, None
    match, verb = found
    gender = _verb_gender(verb, data)
    rest = first_sentence(tail[match.end() :], data)
    clitic = re.search(r"-t-(il|elle|on)|-(il|elle|ils|elles)\b", match.group())
    if clitic:
        pronoun = clitic.group(1) or clitic.group(2)
        if pronoun == "on":
            return Mention("none"), verb  # '«…», ajoute-t-on de même source': impersonal, nobody named
        return Mention("pronoun", pronoun, data.pronouns.get(pronoun, "")), verb
    if gender == "p" and (
        OFFICE_AFTER_VERB.match(first_sentence(tail, data)) or re.match(r"\s*(?:в|у|во)\s+[а-яєіїґё]", rest)
    ):
        # "«…», — наголосили у Федерації", "— сообщили в мэрии Бишкека": an office speaks (the
        # capital after it is its place, no person)
        return Mention("pronoun", "", "p"), verb
    addressee = _ADDRESSEE.get(data.code)
    told = addressee.match(rest) if addressee else None
    if told is not None:
        # "a déclaré à l'AFP Yannick Le Goff", "declaró a Efe el portavoz X": the medium or the
        # people told stand between the verb and its subject, a full name or a role
        named = phrase_mention(_cut_clause(rest[told.end() :], data), data, gender)
        if named is not None and (named.kind == "description" or (named.kind == "name" and " " in named.text)):
            rest = rest[told.end() :]
    mention = phrase_mention(_cut_clause(rest, data), data, gender)
    pointing = _DEMONSTRATIVE.match(rest)
    if pointing is not None and (mention is None or mention.kind == "description"):
        # "raconte cette retraitée", "dijo este vecino", "sagt dieser Landwirt": a demonstrative
        # points back to the person just named; the article shows the gender
        return Mention("pronoun", "", _DEMONSTRATIVE_GENDER.get(pointing.group(1).lower(), "")), verb
    if mention is None and re.match(
        r"\s*(?:el|la|los|las|le|les|l['’]|der|die|das|un[ao]\s+de\s+l[ao]s|l['’]une?\s+des|eine[rs]?\s+der)\s*[a-zà-ÿ]", rest
    ):
        # "dijo el portero, Pablo Van der Berg", "relató una de las pasajeras, X Y": a role our
        # lexicon lacks, the name in apposition (a full name only: "dijo el martes, en Madrid"
        # names no one)
        apposition = re.match(r"[^,]*,\s*([^,.;]+)", rest)
        named = phrase_mention(apposition.group(1), data, gender) if apposition else None
        if named is not None and named.kind == "name" and len(named.text.split()) > 1:
            mention = named
    if mention is not None and mention.kind == "description":
        # "dijo el consejero de Transportes, Jorge Navarro": the name in apposition; not a
        # relative clause ("sagt die Managerin, die nach Stationen beim Zoll …")
        apposition = re.match(r"[^,]*,\s*([^,.;]+)", rest)
        if apposition and apposition.group(1).split()[0].lower() not in _RELATIVE_PRONOUNS:
            named = phrase_mention(apposition.group(1), data, gender or mention.gender)
            if named is not None and named.kind == "name" and " " not in named.text:
                # read with its role before it, the name is set off after a role, so a particle
                # joins whatever the given name ("le maire, Gwendal Le Quéré,")
                whole = phrase_mention(rest[: apposition.end(1)] + ",", data, gender or mention.gender)
                named = whole if whole is not None and whole.kind == "name" and " " in whole.text else named
            if named is not None and named.kind == "name":
                mention = named
    if mention is None and data.pro_drop:
        mention = _dropped_subject(rest, data, gender)
    elif mention is None and data.script == "cyrillic":
        mention = Mention("pronoun", "", gender)  # '«…», — додав він.': the person named last
    if mention is not None and mention.kind == "pronoun" and not mention.gender:
        mention = Mention("pronoun", mention.text, gender)
    if data.code == "de" and mention is not None and mention.kind == "pronoun" and mention.text == "sie" and verb.endswith(("ten", "en")):
        return None, verb  # "sagten sie": they
    return mention, verb


#: A demonstrative noun phrase as the subject after the verb: "cette retraitée", "este vecino".
_DEMONSTRATIVE = re.compile(
    r"\s*(ce|cet|cette|este|esta|dieser|diese)\s+(?:[^\W\d_][\w'’-]*\s+)?[^\W\d_][\w'’-]*\s*(?:[.,;]|$)"
)  # "cette retraitée", "cet ancien infirmier"
_DEMONSTRATIVE_GENDER = {"ce": "m", "cet": "m", "cette": "f", "este": "m", "esta": "f", "dieser": "m", "diese": "f"}

#: Whom a speech verb's words were told, right after the verb and before its subject: a medium
#: or the press ("à l'AFP", "au Parisien", "aux journalistes", "a Efe", "a este diario").
_ADDRESSEE = {
    "fr": re.compile(r"\s*(?:à|au|aux)\s+(?:l['’]|la\s+|les\s+)?[\w-]+"),
    "es": re.compile(r"\s*(?:a|al)\s+(?:los\s+|las\s+|este\s+|esta\s+|la\s+)?[\w-]+"),
}

#: A sentence right after a quote that says who spoke it, up to its speech verb: "Das sagte X",
#: "C'est ce qu'a déclaré X", "Así lo afirmó X", "Про це повідомив X", "Об этом (журналистам) сообщил X".
_SAID_NEXT = {
    "de": re.compile(r"[\s.]*(?:Das|Dies)\s+(?=\w)"),
    "fr": re.compile(r"[\s.]*C['’]est\s+ce\s+qu['’](?=a\s|avait\s)"),
    "es": re.compile(r"[\s.]*Así\s+lo\s+(?=\w)"),
    "uk": re.compile(r"[\s.]*Про\s+це\s+(?:[а-яєіїґ'’]+(?:ам|ям|ові|еві)\s+)?(?=\w)"),
    "ru": re.compile(r"[\s.]*Об\s+этом\s+(?:[а-яё]+(?:ам|ям|у|ю)\s+)?(?=\w)"),
}
#: "Das sagte auch X": someone saying the same, not the quote's speaker.
_ALSO = r"(?:auch|ebenfalls|aussi|également|también|тоже|также|також)\b"

#: "„…“ – mit diesen Worten hatte sich X an … gewandt" / "„…“ Mit diesen Worten eröffnete X …":
#: the quote's speaker is the subject after the finite verb (and "sich"); group 1 from there.
_WITH_THESE_WORDS_DE = re.compile(r"[\s,.–—-]*[Mm]it\s+(?:diesen|den|solchen)\s+Worten\s+[a-zäöüß]+\s+(?:sich\s+)?(.+)")

#: "„…“, heißt es in einer Stellungnahme des Verbands" / "… im Schreiben der Gewerkschaft": a
#: document of an organisation speaks; group 1 the organisation's noun, genitive "-s" dropped.
_IT_SAYS_DE = re.compile(r"[\s,]*(?:heißt|hieß) es (?:in|im) [^.,;]*?\b(?:des|der) ([A-ZÄÖÜ]\w+?)(?:e?s)?(?=[\s.,;]|$)")

#: "„…“, hieß es aus dem Sozialministerium" / "… vom Landesamt für Umwelt": group 1 the office.
_IT_SAYS_FROM_DE = re.compile(
    r"[\s,]*(?:heißt|hieß) es (?:aus dem|aus der|vom|von der|beim|bei der) "
    r"([A-ZÄÖÜ][\w-]+(?: (?:für|der|des) [A-ZÄÖÜ][\w-]+| [A-ZÄÖÜ][\w-]+)*)(?=\s*[.,;]|\s*$)"
)

#: A source named after the quote, no verb: "« … », selon X." (fr), "«…», según X." (es).
_TAIL_SOURCE = {
    "fr": re.compile(r"[\s,]*(selon|d['’]après)\s+(.+)", re.IGNORECASE),
    "es": re.compile(r"[\s,]*(según|en palabras de)\s+(.+)", re.IGNORECASE),
}

_STRESSED = {"lui": ("il", "m"), "elle": ("elle", "f"), "él": ("él", "m"), "ella": ("ella", "f")}

_RELATIVE_PRONOUNS = frozenset(
    "die der das den dem deren dessen welche welcher que qui quien quienes dont cuyo cuya".split()
)

#: Nouns after a Spanish verb that are no person: an organisation or a document ("advirtió la
#: organización", "señala el informe"), and times that leave the subject dropped ("dijo la
#: semana pasada").
_NOT_PERSON_ES = frozenset(
    "organización entidad patronal agencia institución asociación federación confederación sindicato "
    "empresa compañía consejería ministerio ayuntamiento gobierno instituto fundación plataforma "
    "colectivo partido informe comunicado nota documento texto estudio escrito carta resolución "
    "sentencia auto decreto".split()
)
_TIMES_ES = frozenset("semana mañana tarde noche jornada víspera pasado próximo fin".split())


#: An indefinite subject after a Spanish verb and its adverbial ("contaba a las puertas del
#: hospital una mujer", "explicó desde su casa un vecino"); group 1 its noun.
_SOMEONE_AFTER_ES = re.compile(r"(?<!\w)(?:un|una)\s+([a-zà-ÿ]+)")


def _dropped_subject(rest: str, data: LanguageData, gender: str) -> Mention:
    """ '«…», añadió.': the person named last. A noun phrase after the verb that no reader took
    is the subject all the same: an organisation or a document names no person ("«…», advirtió
    la organización" is not the minister named before it); another noun is a description whose
    article tells the gender ("sostuvo el legislador": a man)."""
    if re.match(r"\s*(?:uno|una|alguno|alguna)\s+de\s+", rest):
        return Mention("none")  # "resumió uno de ellos", "contó una de las vecinas": one of many, unnamed
    m = re.match(r"\s*(el|la|los|las)\s+([a-zà-ÿ]+)", rest)
    someone = _SOMEONE_AFTER_ES.search(rest)
    if m is None and someone and (someone.group(1) in UNNAMED_PEOPLE or is_title(someone.group(1), data)):
        return Mention("none")  # "contaba a las puertas del hospital una mujer de 60 años": unnamed
    if m is None:
        return Mention("pronoun", "", gender)
    noun = m.group(2)
    if noun in _TIMES_ES or noun in data.stopwords or noun in data.months:
        return Mention("pronoun", "", gender)  # "dijo el martes", "explicó la semana pasada"
    if noun in data.organisations or is_generic_organisation(noun, data):
        # "avisó la agencia": the Agencia … named before, if any; "alertó la organización",
        # "sostuvo la central obrera": the organisation opening a sentence before, if any
        return Mention("none", noun)
    if noun in _NOT_PERSON_ES or m.group(1) in {"los", "las"}:
        return Mention("none")
    return Mention("pronoun", "", gender or ("m" if m.group(1) == "el" else "f"))


#: Prepositions that end an inverted speaker phrase in German, French and Spanish ("sagte
#: Weber am Mittwoch", "a déclaré M. Marchand lors d'une conférence"); in Ukrainian and
#: Russian an adverbial may stand before the name ("сказав після гри тренер Сергій Ребров").
_PHRASE_END = {
    "de": "am im bei vom von zum zur in auf mit nach für vor seit während aus über gegenüber",
    "fr": "lors à au aux en dans devant sur après pendant chez avant depuis",
    "es": "en tras durante ante a al desde con para",
}


def _cut_clause(text: str, data: LanguageData) -> str:
    """The speaker phrase of an inverted clause: up to a comma, a relative pronoun, or (de,
    fr, es) a preposition."""
    text = re.split(r",|\s(?:qui|que|который|которая|який|яка)\s", text + " ", maxsplit=1)[0]
    ends = _PHRASE_END.get(data.code)
    if ends:
        for m in re.finditer(rf"\s({'|'.join(ends.split())})\s", text + " "):
            before = text[: m.start()].split()
            earlier = before[-2] if len(before) > 1 else ""
            if m.group(1) == "von" and before and von_is_particle(before[-1], earlier, text[m.end() :], data):
                continue  # "erklärte Ursula von der Leyen": a name particle
            if m.group(1) == "für" and before and is_organisation_head(before[-1], data):
                continue  # "das Bundesamt für Migration": the organisation's name
            return text[: m.start()]
    return text


#: "За її словами," (uk), "По его словам," (ru) right before the quote: the possessive tells
#: the gender of the person named before.
_BY_HIS_WORDS = re.compile(r"(?:^|\s)(?:за|по)\s+(його|її|его|её|ее)\s+словам(?:и)?\s*,?$")

#: The same opening the sentence, its clause between: "За його словами, компанія «…»".
_BY_HIS_WORDS_OPENING = re.compile(r"\s*(?:за|по)\s+(його|її|его|её|ее)\s+словам(?:и)?\s*,")

#: A place or side set off by a comma before the subject: "Côté Oyonnax,", "À Lyon,", "En
#: Galicia,", "Bei der Bahn,".
_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:Côté|Du côté de|Chez|À|Au|Aux|En|Dans|Pour|Après|Para|Desde|Tras|Bei|Nach|In|Im)\s+[^,]{1,40},\s+(?=\S)"
)

#: A relative clause set off by commas inside a subject phrase (", que dirige X,", ", qui préside X,",
#: ", die X leitet,").
_RELATIVE_ASIDE = re.compile(r",\s*(?:que|qui|quien|quienes|die|der|welche|который|которая|який|яка)\s[^,]*,")


#: A subject pronoun right before the verb, clitics between ("il dénonce", "il lui a dit", "als er
#: sagte"); group 1 the pronoun.
_PRONOUN_BEFORE_VERB = re.compile(r"(?<![\w'’-])(\w+)\s+(?:(?:ne|n['’]|se|s['’]|lui|leur|y|en|l['’]|le|la|les|nous|vous|me|m['’]|te)\s*)*$")


def head_attribution(
    head: str, data: LanguageData
) -> tuple[Mention | None, str | None]:
    """``X sagte: „…“`` / ``Selon X, « … »`` / ``За словами X, «…»`` before the quote."""
    sentence = last_sentence(head, data)
    stripped = sentence.rstrip(" \u00a0\u202f")
    low = stripped.lower()
    possessive = (_BY_HIS_WORDS.search(low) or _BY_HIS_WORDS_OPENING.match(low)) if data.script == "cyrillic" else None
    if possessive:  # "За її словами, «…»", "По его словам, «…»": the person named last
        return Mention("pronoun", possessive.group(1), "m" if possessive.group(1) in {"його", "его"} else "f"), "за словами"
    for phrase in data.according_to:
        at = low.rfind(phrase + " ")
        if at >= 0 and (at == 0 or not low[at - 1].isalpha()):
            source = stripped[at + len(phrase) :]
            if at == 0 and "," in source:
                source = source[: source.index(",") + 1]  # "Según él, la reducción «…»"
            if source.rstrip().endswith(",") or source.strip() == "":
                mention = phrase_mention(source, data)
                if mention is not None and mention.kind == "name":
                    return Mention("name", mention.text, "", nominative=data.script != "cyrillic"), phrase
                return mention, phrase
    words = list(WORD.finditer(stripped))
    verb_at = next(
        (i for i in range(len(words) - 1, -1, -1) if _is_verb(words[i].group(), data)), None
    )
    if verb_at is None:
        return None, None
    verb = words[verb_at].group().lower()
    after = stripped[words[verb_at].end() :]
    subject = stripped[: words[verb_at].start()]
    # "Una portavoz de la Consejería, que dirige Javier Lasquetty, asegura": the relative clause
    # set off by commas names someone else, the object of its own verb
    subject = _RELATIVE_ASIDE.sub(",", subject)
    adverbial = _OPENING_ADVERBIAL.match(subject) if data.code in {"fr", "es", "de"} else None
    if adverbial is not None and subject[adverbial.end() :].strip():
        subject = subject[adverbial.end() :]  # "Côté Oyonnax, le manager X a regretté": the team is no speaker
    if not after.strip(" :,·") or re.fullmatch(r"[\s\w,'’-]*[:,]?\s*", after):
        # German V2 after an opener ("Er betonte:"), else the subject before the verb
        if data.code == "de" and subject.strip() == "" :
            return None, verb
        if data.code in {"de", "es"} and _opens_with_adverbial(subject, data) and after.strip(" :,·"):
            # verb before subject ("Nach einem Treffen mit Anna von Brandt erklärte der Minister:",
            # "Después dijo el ministro:"): the words after the verb are its subject
            phrase = _cut_clause(after.strip(" :,·"), data)
            inverted = phrase_mention(phrase, data, _verb_gender(verb, data))
            lead = phrase.split()[:2]
            article_noun = (
                inverted is not None and inverted.kind == "name" and len(lead) == 2
                and lead[0].lower() in _ARTICLES and inverted.text == lead[1]
            )
            if inverted is not None and inverted.kind != "none" and not article_noun:
                # "… kritisierte den Ausstand:" / "… nannte die Entscheidung «…»": an object
                return inverted, verb
        right_before = _PRONOUN_BEFORE_VERB.search(subject) if data.code in {"de", "fr", "es"} else None
        if right_before is not None and right_before.group(1).lower() in data.pronouns:
            # "c'est François Fillon, dont il ne cite pas le nom quand il dénonce «…»": the pronoun
            # right before the verb is its subject, not the name the sentence opened on
            pronoun = right_before.group(1).lower()
            return Mention("pronoun", pronoun, data.pronouns[pronoun]), verb
        mention = phrase_mention(subject, data, _verb_gender(verb, data))
        if mention is None and data.code in {"de", "fr", "es"}:
            m = re.match(r"\s*(\w+)", after)
            if m and m.group(1).lower() in data.pronouns:  # "Dann sagte er:"
                pronoun = m.group(1).lower()
                mention = Mention("pronoun", pronoun, data.pronouns[pronoun])
        return mention, verb
    return None, None


#: Sentence adverbs that are no stopwords ("Después del consejo, explicó el ministro:").
_SENTENCE_ADVERBS = frozenset(
    "después luego además entonces posteriormente finalmente danach später zudem außerdem anschließend".split()
)
#: Articles before a German noun after the verb: an object ("kritisierte den Ausstand", "die
#: Entscheidung"), unless the phrase is a role or an organisation, which ``phrase_mention`` reads
#: as such.
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
#: Words that open a sentence's subject, not an adverbial before an inverted verb.
_SUBJECT_OPENERS = frozenset(
    "der die das ein eine einer el la los las un una unos unas er sie es wir ihr él ella ellos ellas".split()
)


def _opens_with_adverbial(subject: str, data: LanguageData) -> bool:
    """Whether the words before the verb open with an adverbial ("Nach einem Treffen mit X",
    "Am Montag", "Después"), so that German (verb second) and Spanish put the subject after the
    verb; a sentence opened by a name, a role or an article + noun is subject first
    ("Personalvorständin X kritisierte den Ausstand:" — "den Ausstand" is the object)."""
    words = subject.split()
    if not words:
        return False
    first = words[0].lower().strip(",")
    if first in _SENTENCE_ADVERBS:
        return True
    return first in data.stopwords and first not in _SUBJECT_OPENERS and first not in data.pronouns


def _is_verb(word: str, data: LanguageData) -> bool:
    low = word.lower()
    return low in data.speech_verbs or low in data.participles
