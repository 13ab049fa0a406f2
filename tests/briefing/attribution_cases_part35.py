"""Attribution cases of session 35 (helper part35): a wrong speaker from the noun phrase a short
quote modifies, then the plural of a body's or a trade's noun as a group, which it had blocked.

* A short quote set inside a sentence as an adjective of the noun phrase after it, with no
  punctuation of its own or around it ('Dan Kell attacked "false" and "lazy" city reporters,
  questioning "why …"', 'The "exhausted" nurses said the ward would close'), took that noun
  phrase as its speaker: the reader after a quote read '"…" X, questioning' or '"…" X said' as
  an utterance with its speaker after it, though X is what the quote describes (here the object
  of "attacked"). The reporters did not call themselves lazy. A description right after such a
  quote is never its speaker; the quote keeps whatever the sentence's own reading gives it
  (nobody, or the subject of the verb of judging it stands in: Kell's attack may quote his
  words).

* Found in the dump of the mend above: a role "for" a titled person with a country before the
  office ('The lawyer for former U.S. national security adviser Dan Kell said "…"') gave Dan
  Kell, where 'The lawyer for former national security adviser Dan Kell' is read whole: the
  country made a fourth modifier of the office, past the reader's limit. A country or its
  adjective is no modifier to count; the lawyer speaks, not his client.

Negatives: a real subject before a participle clause is read ("Ann Roe left the room, saying
"…"" stays Ann Roe's); an utterance with its speaker after it whose comma was left out, when
the quote opens its sentence ('"We will not give up" Ann Roe said') or the verb closes the
sentence with nothing of its own ('The deal is "a disgrace" union leaders said on Tuesday.');
a name or a pronoun after a quote that closes a phrase ('Asked about the "deep state" Lord Tom
Rennard said …'); a quote closed by its own comma ('"A disgrace," union leaders said'); and
the participle's quote after the modifier keeps the sentence's subject. Invented names and
wording throughout.

* The plural of an organisation's or a trade's noun after an adjective or a count ("Cement
  makers argue "…"", "Six Dunmore newspapers said", "Two insurance companies told regulators",
  "Prominent businesses warn", "Cotton growers argue") gave no speaker where "The companies said" was read: bodies speak
  as one body does (session 34 wrote this rule and dropped it, as it gave such plurals quotes
  that were not theirs through the two readers mended since: the noun phrase a quoted adjective
  modifies, above, and a clause of time after "that,"). One more reader gave them a wrong quote:
  a participle with no comma after a main clause ending on a year ("The Harbor Alliance, a group
  that says it …, and several other organizations sued in 2010 claiming …") took the last
  conjunct of the subject: a year closes the main clause as "on Tuesday" does, and a relative
  clause's verb ("a group that says") is no verb of the main clause, so the participle is the
  sentence's subject's. A group's noun after a word that opens a relative or subordinate
  clause ("“…”, where authorities reported 20 victims", '"living wills", where people say they
  …') was shown as the speaker "where authorities": the noun is the subject of a clause about
  the place or the thing the quote names, and the clause's verb is no cue of the quote. Such a
  phrase is no group (the reading before the quote stands). A participle after "at" closing a
  predicate ("Adoption agencies and embassies are better at informing parents "…"") went to the
  reader of a subject right before the participle, which took the coordination's first conjunct
  once body plurals were groups: "at" is read as "by" and "in" are, the participle is the
  clause's subject's (nobody here, as before: the conjunct alone is not the speaker).

Negatives: alone, a plural in a clause about the bodies ("Retailers fear the rules, and the
mayor said "…"") stays the mayor's; plurals that are mostly something else ("Ballot papers",
"job posts") stay no one; a modified plural set off as an object ("attacked "lazy" Dunmore
tabloid magazines, questioning") stays the subject's; a time closing a clause whose own
participle follows ("joined the firm in 2010 saying") keeps the subject.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_CHECK = "why they never check a single fact before they print"

MODIFIER_NOT_SPEAKER = cases(
    "when unsure, say less",
    [
        (
            f'Dan Kell attacked "false" and "lazy" city reporters, questioning "{_CHECK}."',
            "lazy",
            ("Dan Kell", None),
        ),
        (
            f'Dan Kell attacked "false" and "lazy" US tabloid reporters, questioning "{_CHECK}."',
            "lazy",
            ("Dan Kell", None),
        ),
        (
            f'Dan Kell attacked "false" and "lazy" US tabloid reporters, questioning "{_CHECK}."',
            "why they never",
            "Dan Kell",
        ),
        (
            f'Dan Kell attacked "lazy" Dunmore Ledger reporters on Monday, questioning "{_CHECK}."',
            "lazy",
            ("Dan Kell", None),
        ),
        (
            'The "exhausted" nurses said the ward would close by the end of the year.',
            "exhausted",
            None,
        ),
        (
            'The "so-called" experts warned the bridge would fall within a decade.',
            "so-called",
            None,
        ),
        (
            'The "tireless" Harbor volunteers told the council the shelter needed a new roof.',
            "tireless",
            None,
        ),
        (
            'Ministers met the "angry" Ohio farm workers, saying "the quota will not change this year."',
            "angry",
            None,
        ),
        (
            'The lawyer for former U.S. national security adviser Dan Kell said on Friday the reports were "false and utterly outrageous in every way."',
            "false and utterly",
            ("the lawyer for former U.S. national security adviser Dan Kell", None),
        ),
        (
            'The lawyer for former U.S. national security adviser Dan Kell on Friday labeled as "outrageous" and "false" media reports suggesting he fled.',
            "false",
            ("the lawyer for former U.S. national security adviser Dan Kell", None),
        ),
        # negatives: a subject before a participle clause; an utterance whose comma was left out;
        # a name after a quote closing a phrase; a quote closed by its own comma
        (
            'Ann Roe left the room, saying "I will not be back for a long while today."',
            "I will not be back",
            "Ann Roe",
        ),
        (
            'Ann Roe, the mayor, left the room, saying "I will not be back for a long while today."',
            "I will not be back",
            "Ann Roe",
        ),
        ('"We will not give up" Ann Roe said on Tuesday.', "We will not give up", "Ann Roe"),
        ('The deal is "a disgrace" union leaders said on Tuesday.', "a disgrace", "union leaders"),
        ('The deal is "a disgrace," union leaders said on Tuesday.', "a disgrace", "union leaders"),
        (
            'Asked whether this was the much vaunted "decapitation strategy" Lord Tom Rennard said it was not a term he used.',
            "decapitation strategy",
            ("Tom Rennard", None),
        ),
        (
            'Angry farmers marched on the capital, chanting "no farms, no food" for hours.',
            "no farms",
            "angry farmers",
        ),
        ('A spokesman for the former deputy national security adviser Dan Kell said "he will not comment on the case."', "he will not comment", ("a spokesman", None)),
    ],
)

_PLANTS = "the new rules will close half the plants in the region"

BODY_PLURALS = cases(
    "organisations, documents and groups",
    [
        (f'The vote is close. Cement makers argue "{_PLANTS}."', "the new rules will close", "Cement makers"),
        (f'The vote is close. Cement makers, for instance, argue "{_PLANTS}."', "the new rules will close", "Cement makers"),
        ('The vote is close. Six Dunmore newspapers said "he is no longer fit to hold the office of governor."', "he is no longer fit", "Six Dunmore newspapers"),
        ('The law passed. Prominent businesses warn "it could harm commerce by painting the state as bigoted."', "it could harm commerce", "Prominent businesses"),
        ('The law passed. Local banks have said "the new rules will make lending to farmers much harder."', "the new rules will make", "local banks"),
        ('The law passed. Two insurance companies told regulators "the premiums will rise by a third next year."', "the premiums will rise", "two insurance companies"),
        ('The law passed. Progressive organizations say "we believe the delegates should choose the winner."', "we believe the delegates", "Progressive organizations"),
        ('The law passed. Big insurers warned "premiums will rise by a third for every family in the state."', "premiums will rise", "Big insurers"),
        (f'The vote is close. Cotton growers argue "{_PLANTS}."', "the new rules will close", "Cotton growers"),
        (f'The vote is close. Oil exporters warned "{_PLANTS}."', "the new rules will close", "Oil exporters"),
        (f'The vote is close. Used car dealers say "{_PLANTS}."', "the new rules will close", ("Used car dealers", "used car dealers")),
        (
            'The Harbor Alliance, a group that says it fights fraud, and several other organizations sued in 2010 claiming "the polls were closed too early."',
            "the polls were closed",
            ("the Harbor Alliance", "the Harbor Alliance and several other organizations", None),
        ),
        (
            'The Harbor Alliance, a local group, and several other organizations sued in 2010 claiming "the polls were closed too early."',
            "the polls were closed",
            ("the Harbor Alliance and several other organizations", None),
        ),
        ('Candidates reacted to "a shooting in the valley", where authorities reported nine victims.', "a shooting in the valley", ("candidates", None)),
        ('The bill backs "living wills", where people say they want treatment withheld.', "living wills", ("the bill", None)),
        ('The bill backs "living wills", where officials say they want treatment withheld.', "living wills", ("the bill", None)),
        ('Adoption agencies and embassies are better at informing parents "about any follow-up they need to do".', "about any follow-up", (None, "adoption agencies and embassies")),
        ('Ann Roe is good at telling reporters "there is nothing to see here, nothing at all."', "there is nothing to see", "Ann Roe"),
        ('Tom Kell laughed at Ann Roe, saying "she has never run anything in her whole life."', "she has never run", "Tom Kell"),
        # negatives: a plural alone in a clause about the bodies; plurals that are mostly no
        # body; a modified plural as an object; a year before a participle of the subject's own
        (f'Retailers fear the rules, and the mayor said "{_PLANTS}."', "the new rules will close", "the mayor"),
        (f'The new rules hit oil exporters hard, and the minister said "{_PLANTS}."', "the new rules will close", "the minister"),
        (f'Ballot papers were counted twice, and Gov. Ann Weller said "{_PLANTS}."', "the new rules will close", "Ann Weller"),
        (f'Dan Kell attacked "lazy" Dunmore tabloid magazines, questioning "{_CHECK}."', "lazy", ("Dan Kell", None)),
        (f'Dan Kell attacked "lazy" Dunmore tabloid magazines, questioning "{_CHECK}."', "why they never", "Dan Kell"),
        ('The plan failed because residents said "we will not move from this valley, ever."', "we will not move", "residents"),
        ('Even officials say "the plan is a mess from start to finish and nobody likes it."', "the plan is a mess", ("Even officials", "even officials")),
        ('Tom Kell joined the firm in 2010 saying "it was the best decision I ever made in my whole career."', "it was the best", "Tom Kell"),
    ],
)

PART35_CASES = [*MODIFIER_NOT_SPEAKER, *BODY_PLURALS]
