"""Word lists of English attribution, kept as data so another language can bring its own.

Everything here is a plain table: the speech verbs by lemma (every inflected form is generated,
so "concede" also finds "concedes", "conceded" and "conceding"), naming verbs, the nouns that make
a speaker an organisation, a document or a group, and the words that tell a person's gender.
The rules in ``speakers.py``, ``attribution.py`` and ``names.py`` read only these tables; a
second language adds a table of the same shape and a switch where the regexes are built.
"""

from __future__ import annotations

#: The words that open a question put to someone after "asked" and the one asked ("asked whether
#: …", "asked her why …", "asked the mayor how …"), as a regex alternation: each reader of a
#: question put adds the words it also takes ("about", "on", "who", …).
ASKED_QUESTION_WORDS = "whether|if|why|how|what|when|where"

#: Verbs that introduce what someone said or wrote. ``+`` doubles the final consonant
#: (quip -> quipped, quipping); irregular forms follow a slash: lemma/3sg/past/ing/other forms.
_SPEECH_LEMMAS = """
say/says/said/saying tell/tells/told/telling write/writes/wrote/writing/written
speak/speaks/spoke/speaking/spoken add state explain note argue insist claim declare warn reply
respond answer continue conclude recall tweet post email text announce admit+ acknowledge suggest
joke quip+ remark observe lament boast complain urge shout yell whisper sigh gush concede predict
promise vow reiterate repeat assure muse counter retort comment testify report wonder demand ask
talk thank accuse slam+ praise deny grumble stress emphasize emphasise mock scoff snap+ cry plead
caution confirm contend allege assert brag+ echo exclaim fume hint interject mutter murmur proclaim
pledge reason reassure recount remind reveal scream sneer summarize summarise tease thunder
underscore confide concur+ blast chide scold rail opine rant rave chant remember tout protest react
elaborate vent assail riff question press cite
sing/sings/sang/singing/sung laugh demur+ gripe marvel/marvels/marveled/marveling/marvelled/marvelling bemoan exult enthuse implore admonish
growl snarl groan gasp surmise posit speculate theorize theorise reckon aver+ avow intone drawl crow
jab+ taunt bark huff chuckle grouse sniff snort
advise disclose divulge interrupt maintain mention moan mumble propose recommend shriek sob+ wail
swear/swears/swore/swearing/sworn threaten clarify holler stammer stutter beg+ rebut+ gloat bellow squeal
rejoin underline inform instruct whine rage seethe
confess blurt reminisce attest ponder hiss roar grunt
"""
#: Verbs that name or describe rather than report speech ('called the plan "a disaster"'): their
#: subject is the speaker, but the phrase after them is an object, never a speaker.
_NAMING_LEMMAS = "call describe dub+ label/labels/labeled/labeling/labelled/labelling brand term characterize characterise"
#: Verbs that judge a thing, the quote saying what it is ("dismissed the report as “…”", "a plan
#: critics derided as “…”", "hailed by the union as “…”"): the subject judges (or, in the passive,
#: the agent after "by"); the thing judged is never the speaker. With "as" only, unlike the naming
#: verbs ("praised “…”" is no verdict).
_JUDGING_LEMMAS = (
    "dismiss deride hail decry denounce condemn ridicule lampoon laud herald bill tout praise mock criticize "
    "criticise lambaste excoriate assail pan+ slam+ blast attack portray depict paint frame celebrate welcome "
    "greet reject cast/casts/cast/casting"
)
#: Multi-word cues that work like a speech verb.
SPEECH_PHRASES = (
    "according to", "in the words of", "chimed in", "chime in", "chimes in", "went on", "goes on", "pointed out",
    "points out", "fired back", "fires back", "shot back", "shoots back", "hit back", "hits back",
    "issued a statement", "issues a statement", "released a statement", "releases a statement",
    "put out a statement", "puts out a statement", "agreed that", "agrees that", "agreed:", "agrees:",
    "ruled that", "rules that",  # a court's words: 'The court ruled that the law “…”' (not "the ruling party")
    "put it", "puts it", "cut in", "cuts in", "broke in", "breaks in", "piped up", "pipes up", "spoke up",
    "speaks up", "weighed in", "weighs in", "jumped in", "jumps in",
    # "At the conference he summed it up:", "she summed up the mood: “…”"
    "summed up", "sums up", "summed it up", "sums it up",
    # a stance stated with its content: 'Clinton expressed confidence that the issue would not "…"'
    "expressed confidence", "expresses confidence", "expressed hope", "expresses hope", "expressed concern",
    "expresses concern", "expressed doubt", "expresses doubt", "voiced concern", "voices concern",
    "to state",  # the bare "state" is a noun more often ("the state"); after "to" it is the verb
    "recognized that", "recognizes that", "recognised that", "recognises that",
    # the plural subject's form beside the two above ("Labor leaders point out “…”") and the
    # participle before its colon ("The union's leaders left, pointing out: “…”"), not before an
    # object shown ("kept pointing out the sign that read “…”": the sign's words)
    "to point out", "point out", "pointing out:",
    # a stance stated and then given, set off by its colon ("The ministry made it clear: “…”"), not
    # "made clear its opposition to “…”" (an object, maybe others' words)
    *(f"{verb} {it}clear:" for verb in ("make", "makes", "made", "making") for it in ("", "it ")),
) + tuple(
    # likewise these bare forms after "to", with the complement they open ("led critics to counter
    # that “…”", "was quick to note: “…”"), not "in response to claims that"
    f"to {base}{end}"
    for base in "note claim counter remark joke tweet answer comment charge vow pledge promise hint demand".split()
    for end in (" that", ":")
) + tuple(
    # verbs of passing a message on, with the message's "that", its colon or the one it went to
    # ("The aide conveyed to Jansen in a meeting that “…”", "relayed that “…”"), not their object
    # alone ("The truck conveyed goods marked “…”", "pipes relay water")
    f"{verb}{end}"
    for verb in ("convey", "conveys", "conveyed", "relay", "relays", "relayed", "communicate", "communicates", "communicated")
    for end in (" that", " to", ":")
)  # fmt: skip
#: Verbs that report what a document or an organisation says, counted only with one as subject
#: or object ('"…," read the email', 'the sign reads', 'a report found that "…"', 'the campaign
#: projects that "…"', 'Article 33 affirms: "…"'): with a person they are no speech ("she read
#: the file", "he found the keys", "she lists her hobbies").
DOCUMENT_VERBS = frozenset(
    "read reads reading found finds concluded concludes showed shows lists listed estimates estimated projects "
    "projected affirms affirmed stipulates stipulated quotes quoted "
    # plural subjects' forms and the verbs of evidence: 'Polls show “…”', 'Studies find', 'public
    # records indicate' (a person who "indicated" is left to the speech verbs)
    "show find indicate indicates".split()
)
#: The lemmas of ``DOCUMENT_VERBS``, for readers that lemmatise (a parser).
DOCUMENT_VERB_LEMMAS = frozenset("read find conclude show list estimate project affirm stipulate quote".split())
#: Phrases that introduce the speaker *after* them: "according to X", "in the words of X".
SPEAKER_AFTER = ("according to", "in the words of", "as quoted by", "per", "as per")


def _inflect(lemma: str) -> list[str]:
    if "/" in lemma:
        return lemma.split("/")
    double = lemma.endswith("+")
    base = lemma.rstrip("+")
    stem = base + base[-1] if double else base
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if base.endswith("e"):
        past, ing = base + "d", (base if base.endswith("ee") else base[:-1]) + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    return [base, third, past, ing]


def _forms(lemmas: str) -> frozenset[str]:
    return frozenset(f for lemma in lemmas.split() for f in _inflect(lemma))


SPEECH_VERBS = _forms(_SPEECH_LEMMAS)
#: The forms of speech verbs that can also be nouns ("a lament", "the chants"): bare and -s; not
#: "says", which is only ever a verb ("A lawyer for the mayor says that …" is no "gripes over").
SPEECH_NOUN_FORMS = frozenset(f for lemma in _SPEECH_LEMMAS.split() for f in _inflect(lemma)[:2]) - {"says"}
NAMING_VERBS = _forms(_NAMING_LEMMAS)
#: Every form of the naming and judging verbs, and of "refer to" ("what Kell referred to as “…”").
JUDGING_VERBS = (
    NAMING_VERBS
    | _forms(_JUDGING_LEMMAS)
    | frozenset(f"{f} to" for f in _inflect("refer+"))
    | {"written off", "writes off", "wrote off"}
)
#: Every form of every verb a parser may read as reporting (speech, naming and document verbs,
#: "shown" beside "showed"): a sentence holding none of them has nothing for a parse to find.
REPORTING_FORMS = SPEECH_VERBS | NAMING_VERBS | DOCUMENT_VERBS | _forms(" ".join(DOCUMENT_VERB_LEMMAS)) | {"shown"}
#: The same verbs as bare lemmas ("say", "quip"), for readers that lemmatise (a parser).
SPEECH_VERB_LEMMAS = frozenset(w.split("/")[0].rstrip("+") for w in (_SPEECH_LEMMAS + _NAMING_LEMMAS).split())
#: Verbs of answering: their subject is the one a question was put to, and their cue may follow
#: the answer's first words ('“Yes.” Weller replied, “I have …”').
ANSWER_VERBS = frozenset(
    "replied replies answered answers responded responds retorted retorts countered counters shot".split()
)
#: Speech verbs whose object is the person addressed ('thanked Obama for “…”', 'accused him of'):
#: right after a quote they are not inverted ('“…,” thanked Obama' is no "said Obama").
ADDRESSEE_VERBS = _forms("thank praise accuse slam+ blast assail chide scold mock admonish tease")
#: Manner-of-speaking verbs only a person does ("Voss quipped", "Sanders jabbed", "Kell sighed"):
#: a one-word name as their subject is a person, not an organisation ("Apple said").
PERSON_ONLY_VERBS = _forms(
    "quip+ joke scoff muse grumble chuckle laugh sigh whisper shout yell scream mutter murmur jab+ taunt "
    "huff gasp groan recall confide drawl exclaim gush sneer bark snarl growl gripe fume sniff snort rage seethe grunt"
)
#: Verbs of a view, a wish or an intention, whose object a quote may be as well as a speech verb's
#: ("The senator believes “…”", "the campaign wants to “…”", "the agency declined to “…”"): the
#: subject holds the words quoted.
_STANCE_LEMMAS = (
    "believe think/thinks/thought/thinking feel/feels/felt/feeling know/knows/knew/knowing/known "
    "understand/understands/understood/understanding expect oppose prefer+ want hope fear support favor favour "
    "wish doubt suspect trust envision imagine plan+ aim intend seek/seeks/sought/seeking decline refuse worry"
)
STANCE_VERBS = _forms(_STANCE_LEMMAS)
#: Their bare forms ("refuse", "want", "plan"), a plural subject's present tense.
STANCE_VERB_BASES = frozenset(_inflect(lemma)[0] for lemma in _STANCE_LEMMAS.split())
#: Verbs of condemning, welcoming or standing by something, whose object a quote right after them
#: is the subject's own words ("The union denounced “…”", "…, who welcomed “…”", "They defended
#: “…”"), like a view's. Not the verbs that take someone else's words to mock or applaud them
#: ('Critics mocked “…”', 'The crowd cheered “…”': the words mocked or cheered are another's).
OBJECT_VIEW_VERBS = _forms(
    "denounce condemn decry criticize criticise lambaste excoriate welcome defend endorse reject hail laud"
)
#: Their third-person forms, read as the verb after a name ("Trump believes “…”"), not as the head
#: of a compound such as "Trump backers" (a few are nouns as well, "hopes", "plans", but a name
#: before them in a news sentence is their subject far more often than their modifier).
STANCE_VERBS_3SG = frozenset(_inflect(lemma)[1] for lemma in _STANCE_LEMMAS.split())
#: The same as a regex alternation, for the readers that look for one in a clause.
STANCE_VERBS_3SG_ALTERNATION = "|".join(sorted(STANCE_VERBS_3SG))
#: Verbs whose object a quote is only with their preposition ("pushed for “…”", "talks about “…”",
#: "points to “…”", "warned of “…”"), by preposition.
PREPOSITION_VERBS = {
    "for": _forms("push call press argue lobby advocate fight/fights/fought/fighting plead ask"),
    "about": _forms("talk speak/speaks/spoke/speaking complain worry warn boast brag+"),
    "to": _forms("point"),
    "of": _forms("warn speak/speaks/spoke/speaking complain"),
}
#: What a group does with words it holds, besides a view or a wish: judges them ("Liberals
#: dismissed “…”", "Republicans in Congress criticized “…”") or agrees with them ("Most
#: Republicans agreed “…”"); a group neither frames nor titles words, as a person's description may.
GROUP_VIEW_VERBS = STANCE_VERBS | _forms(_JUDGING_LEMMAS) | _forms("agree indicate")
#: Bare forms that are more often nouns or adjectives than verbs in news ("a post", "the state",
#: "his report", "a promise"): they count as a speech verb only inflected.
AMBIGUOUS_BASE_FORMS = frozenset(
    "post text email tweet state report answer comment promise quote charge reason counter echo "
    "blast rail rave rant pledge cry tease remark claim demand note talk call label brand term "
    "estimate vow joke sigh hint snap question press jab taunt bark huff chuckle grouse rage".split()
)

#: Their -s forms are plural nouns more often than verbs ("Abedin's emails", "reports of one").
AMBIGUOUS_THIRD_PERSON = frozenset(
    _inflect(lemma)[1]
    for lemma in "post text email tweet answer comment promise quote charge echo pledge cry remark demand talk vow joke sigh hint state riff question press jab taunt bark chuckle rage".split()
)

#: -s forms of speech verbs that are at least as often plural nouns ("his loud protests", "these
#: serial whines", "the chants"): after a determiner or a possessive and only adjectives, a noun.
PLURAL_NOUN_FORMS = frozenset(
    """claims reports protests laughs chants shouts whispers boasts gripes rants raves groans screams
    yells murmurs mutters grunts sneers replies whines sobs wails moans growls snarls gasps cries taunts jokes
    sighs vows pledges promises questions comments tweets posts answers remarks demands hints quips
    retorts pleas complaints threats warnings""".split()
)

#: Prepositions and conjunctions that open a phrase before a name of which the name is no subject
#: and the phrase no role: "Unlike Allen, the senator said …", "Like her father, Ann Weller became
#: a nurse" (``name_roles``, ``salience``).
CLAUSE_OPENERS = frozenset(
    "according after against alongside although amid among as at because before behind "
    "beside besides between beyond by despite during except following for from if in "
    "including into like on once over since than though through to under unless unlike until "
    "upon when while with without".split()
)

PRONOUN_GENDER = {"he": "m", "she": "f", "it": "o", "they": "p", "we": "p", "i": "p"}
HONORIFIC_GENDER = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m", "dame": "f", "lady": "f",
    "baroness": "f",
}  # fmt: skip
#: Role nouns that say a person's gender ("the congresswoman", "a spokesman").
GENDERED_ROLES = {
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "congressman": "m",
    "congresswoman": "f", "businessman": "m", "businesswoman": "f", "councilman": "m",
    "councilwoman": "f", "actress": "f", "actor": "m", "king": "m", "queen": "f", "pope": "m",
    "prince": "m", "princess": "f", "father": "m",
    "mother": "f", "husband": "m", "wife": "f", "son": "m", "daughter": "f", "brother": "m",
    "sister": "f", "man": "m", "woman": "f", "boy": "m", "girl": "f", "grandmother": "f",
    "grandfather": "m", "widow": "f", "widower": "m", "girlfriend": "f", "boyfriend": "m", "fiancee": "f",
    "fiance": "m", "aunt": "f", "uncle": "m", "niece": "f", "nephew": "m", "granddaughter": "f",
    "grandson": "m", "waitress": "f", "fisherman": "m", "stepfather": "m", "stepmother": "f",
    "stepson": "m", "stepdaughter": "f", "mom": "f", "dad": "m", "grandma": "f", "grandpa": "m",
    "mother-in-law": "f", "father-in-law": "m", "sister-in-law": "f", "brother-in-law": "m",
    "daughter-in-law": "f", "son-in-law": "m",
}  # fmt: skip

#: Kin nouns, as a regex alternation: "her son Kody Cook", "Like her husband, Milton Berg, she"
#: (each one's gender is in ``GENDERED_ROLES``).
KIN_NOUNS = (
    r"son|daughter|wife|husband|brother|sister|mother|father|mom|dad|"
    r"grandson|granddaughter|grandmother|grandfather|nephew|niece|uncle|aunt|stepson|stepdaughter|widow|widower|"
    r"boyfriend|girlfriend"
)

#: Nouns of people made with "-ist" or "-ician" ("publicist", "geneticist", "statistician"): every
#: such word of seven letters or more in the bundled common-word list (``lists/common_words.txt.gz``)
#: that names a person, listed here so a description headed by one is a person the text may quote
#: ("Elton John's publicist retorted") without loading the list at import. Left out: "checklist",
#: "persist", "poltergeist" and the like, which name no one.
_AGENTIVE_PERSON_NOUNS = frozenset(
    """
    abolitionist abortionist academician accompanist acupuncturist aerialist agriculturalist agronomist
    alarmist alchemist allergist altruist anaesthesiologist anaesthetist anarchist anatomist
    anesthesiologist anesthetist animist antagonist anthropologist apologist archaeologist archeologist
    archivist arsonist astrophysicist atheist bacteriologist balloonist bassist bassoonist beautician
    bicyclist bigamist biochemist biophysicist botanist canoeist capitalist caricaturist cartoonist
    casuist cellist centrist chauvinist chemist chiropodist clarinetist clarinettist classicist
    clinician collectivist colonialist colonist conformist conservationist contortionist
    conversationalist cosmetologist cosmologist criminologist cyclist defeatist diagnostician diarist
    dogmatist dramatist druggist duelist ecologist egotist elitist embryologist entomologist
    environmentalist escapist essayist ethnologist etymologist evangelist exhibitionist existentialist
    exorcist expansionist expressionist extremist fascist fatalist feminist fetishist finalist flautist
    florist flutist fundamentalist genealogist geneticist geologist gerontologist graphologist guitarist
    gynaecologist haematologist harpist hedonist hematologist herbalist hobbyist horticulturist humanist
    humorist hygienist hypnotist idealist ideologist imperialist individualist industrialist
    instrumentalist insurrectionist internist isolationist leftist librettist linguist logician loyalist
    lyricist machinist magician manicurist masochist materialist mathematician medalist medallist
    metallurgist meteorologist microbiologist militarist mineralogist miniaturist minimalist
    misanthropist misogynist modernist monarchist monopolist monotheist moralist mortician motorcyclist
    musicologist mythologist narcissist nationalist naturalist nihilist nonconformist numismatist
    oboeist obstetrician obstructionist oculist ophthalmologist opportunist optician optimist organist
    ornithologist orthodontist orthopaedist orthopedist pacifist palaeontologist paleontologist palmist
    panelist panellist pantheist parachutist pediatrist penologist percussionist perfectionist pessimist
    pharmacologist philanthropist philatelist philologist phonetician phonologist photojournalist
    physicist physiologist pianist plagiarist podiatrist polygamist polytheist portraitist pragmatist
    prohibitionist projectionist propagandist protagonist psalmist psychotherapist publicist pugilist
    radiotherapist rationalist realist receptionist recidivist reservist revivalist revolutionist
    rhetorician rightist romanticist satirist saxophonist secessionist segregationist seismologist
    semifinalist sensationalist sentimentalist separatist socialist soloist somnambulist sophist
    specialist spiritualist statistician structuralist stylist suffragist supremacist surrealist
    tactician tattooist taxidermist technician technologist terrorist theoretician theorist timpanist
    tobacconist traditionalist transcendentalist trombonist urologist ventriloquist violinist violist
    vocalist zoologist
    """.split()
)

#: Nouns in -ed, never a verb's past or a participle ("said the top seed", "second seed Ivan
#: Kovac", "the newlywed"): a lookahead the "-ed" readers of verbs and participles put before their
#: ``[a-z]\w*ed`` (``speech_verbs.LEADING_VERB``, ``head_edges.POSTNOMINAL``), so the noun is not cut
#: off as a clause's verb ("the top" said nothing) nor read as one that makes the phrase a clause.
NOT_PAST_ED = r"(?!(?:seed|newlywed)(?![\w’'-]))"


#: Head nouns of speakers that are people ("an economist at a bank", "a worker at the plant"),
#: family nouns among them ("Ana Cruz's brother said …"): such a description can be what a
#: later "he" or "she" refers to; heads of a church or a state among them ("The pope has criticized
#: the plan. He said …" is the pope).
PERSON_NOUNS = _AGENTIVE_PERSON_NOUNS | frozenset(
    """person man woman assistant worker farmer resident voter economist analyst official witness spokesman
    spokeswoman spokesperson source aide adviser advisor strategist senator candidate nominee
    president minister mayor governor director chairman chairwoman chair lawyer attorney nurse
    doctor teacher student owner founder executive chief member supporter critic activist expert
    professor researcher scientist officer soldier veteran mother father parent neighbor neighbour
    driver fan reporter journalist columnist commentator pollster historian demographer
    consultant lobbyist donor delegate volunteer organizer organiser leader congressman
    congresswoman representative lawmaker legislator judge prosecutor banker investor businessman
    businesswoman billionaire mogul politician republican democrat independent general colonel
    commander captain sergeant manager employee engineer official diplomat envoy ambassador
    secretary speaker host anchor editor writer author pastor priest imam rabbi bishop mother
    daughter son wife husband widow survivor victim refugee migrant immigrant protester
    demonstrator shopkeeper trader miner nurse medic surgeon physician psychologist lecturer
    economist head boss clerk chancellor premier councillor councilor inspector detective sheriff coach
    player pilot chef passenger commuter shopper dean superintendent trustee treasurer
    auditor negotiator mediator firefighter paramedic prisoner inmate defendant plaintiff juror suspect
    accountant architect artist singer actor novelist poet monk nun cleric campaigner steward
    chairperson commissioner actress musician deputy friend rival partner colleague classmate teammate
    landlord tenant cousin uncle aunt nephew niece grandson granddaughter girlfriend boyfriend fiance
    fiancee principal guard opponent challenger customer client patient
    homeowner pensioner bystander eyewitness onlooker spectator athlete broker agent
    teenager teen youngster youth schoolgirl schoolboy pupil adolescent motorist tourist girl boy child kid
    contractor developer landowner rancher fisherman bartender waiter waitress nanny baker butcher
    carpenter electrician plumber mechanic trucker chaplain counselor counsellor therapist pharmacist
    dentist veterinarian blogger photographer filmmaker producer comedian mp mep msp mla mpp
    brother sister grandmother grandfather widower stepfather stepmother stepson stepdaughter
    mom dad grandma grandpa grandparent sibling spouse relative mother-in-law father-in-law
    sister-in-law brother-in-law daughter-in-law son-in-law predecessor successor mentor
    pundit presenter broadcaster olympian ally confidant confidante narrator announcer moderator
    troll commenter stranger pedestrian gunman attacker assailant intruder heckler
    dietitian dietician nutritionist immunologist cardiologist dermatologist neurologist psychiatrist
    pediatrician paediatrician epidemiologist virologist oncologist biologist sociologist gynecologist
    radiologist pathologist toxicologist physiotherapist optometrist
    heckler janitor passerby marcher champion attendee participant
    figure insider respondent proponent
    pope cardinal archbishop monarch king queen prince princess""".split()
)
#: Head nouns of speakers that are organisations ("the ministry", "Meridian Energy said").
ORGANISATION_NOUNS = frozenset(
    """ministry department agency office government administration cabinet council committee
    commission board company firm corporation group bank fund union party campaign team
    organisation organization association federation foundation institute university college
    school hospital court kremlin pentagon embassy army military navy police force forces service
    parliament congress senate house assembly network newspaper paper magazine channel station
    club league authority regulator bureau secretariat presidency mission council
    coalition alliance movement church charity firm airline manufacturer maker operator
    utility retailer producer chain brand website site outlet daily weekly publisher studio holdings
    industries inc corp ltd llc plc energy post times journal herald tribune gazette telegraph
    chronicle inquirer courier examiner globe brokerage insurer lender consultancy automaker carmaker
    media tabloid broadsheet pac
    inquiry investigation probe panel watchdog ombudsman""".split()
)
#: Head nouns of speakers that are documents or texts ("the statement", "a court filing").
DOCUMENT_NOUNS = frozenset(
    """statement report filing lawsuit suit complaint ruling decision judgment judgement order
    opinion memo memorandum letter email note document indictment poll survey study analysis
    release communique communiqué declaration resolution bill law text transcript post tweet
    message ad advertisement video editorial article piece story book column essay review
    brief motion petition warrant affidavit agreement contract plan proposal policy guidance
    guidelines manifesto platform website page sign banner headline caption slogan placard poster
    billboard hat cap t-shirt shirt sweatshirt jersey button badge sticker mug
    audit playbook manual handbook cable dispatch telegram passage excerpt photo flyer leaflet pamphlet
    posting notice warning inscription plaque epitaph engraving
    record tally disclosure finding statistic
    amendment clause treaty charter constitution""".split()
)
#: Plural or collective heads of speakers that are groups of people ("officials", "residents").
GROUP_NOUNS = frozenset(
    """officials sources residents people protesters protestors demonstrators critics supporters
    opponents prosecutors lawyers attorneys judges analysts experts economists investors voters
    workers employees members leaders lawmakers legislators senators democrats republicans
    activists advocates witnesses neighbours neighbors parents students teachers doctors nurses
    scientists researchers authors organizers organisers observers diplomats officers soldiers
    troops aides advisers advisors allies rivals fans families relatives victims survivors
    farmers owners executives staff staffers crowd audience spokespeople spokespersons police
    lobbyists strategists consultants operatives insiders donors delegates pundits historians
    pollsters scholars commentators marchers groups media associates confidants loyalists surrogates
    thousands hundreds dozens many some others both""".split()
)
#: Nouns of tidings: what comes to be known, never who says it ("The news came in a report from
#: the Post, which said", "Word came from the ministry:", "The announcement came late"). Their
#: owner after "from" speaks (``word_owners``); as a description they name no speaker
#: (``speaker_heads``).
TIDINGS_NOUNS = frozenset("news word tidings announcement".split())
#: Nouns of someone who may speak without being a document: a person, a group, a body.
SOMEONE_SPEAKING_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS


def someone_speaking_noun(word: str) -> bool:
    """A noun of a person, group or body, or its plural ("the councillors", "the companies"):
    the plural names speakers as the singular does ("In a statement the companies said" as "… the
    union said"), so one test serves every reader that asks "could this noun have spoken?"."""
    if word in SOMEONE_SPEAKING_NOUNS:
        return True
    return word.endswith("s") and (
        word[:-1] in SOMEONE_SPEAKING_NOUNS or word.endswith("ies") and word[:-3] + "y" in SOMEONE_SPEAKING_NOUNS
    )


#: Head nouns of every description that can speak: a person (a gendered role too), an
#: organisation, a document, a group.
SPEAKER_HEAD_NOUNS = PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS | frozenset(GENDERED_ROLES)

#: Words opening an introductory phrase, not a subject ("In a statement, the ministry said").
INTRO_WORDS = set(
    "in on at after before during since while when as although though despite for by from to "
    "asked last this earlier later then yet so if because across among unlike like under over through "
    "within without amid against toward towards around beyond behind near inside outside throughout "
    "following despite upon along together alongside besides unlike of about regarding "
    # "Down the street, Tom Kell also cheered", "Given his views, Ana Ruiz is hopeful": a place or
    # a premise set off before the subject, never the subject itself
    "down up given beside beneath between".split()
)

#: Last words of company and other organisations' names ("Orvik Steel", "Acme Inc.", "Amnesty
#: International"): an organisation when the text gives the name no first name, title or gender
#: (not "Michael Steel", a spokesman).
COMPANY_ENDINGS = frozenset(
    """steel motors airlines airways foods energy industries technologies systems pharmaceuticals
    inc corp ltd llc plc labs media partners capital insurance petroleum chemicals mining logistics
    telecom entertainment international""".split()
)
