"""Attribution cases of the twelfth round: the subject of a quote's verb after a closed time
phrase with no comma ("at one point the crowd chanted", "…” – at which point the audience
shouted “…”"), and the quote that resumes a speaker's words after such an aside ("“A” – at
which point the crowd chanted “B!” – “and C.”": C is A's); a speech verb's form used as a noun
("launched into a lament for “…”"); a person after an organisation with "of" in its name and a
role ("Bank of Ontario CEO Marta Kell"); words on a placard, a hat or a shirt ("holding a placard
reading “…”"); a verb whose object is the person addressed right after a quoted title ("star of
“Harbor Lights,” thanked the governor for “…”"); a question after its own cue, followed by a new
sentence ("asked, “Where is the money?” Tom Reeves replied"). Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: 'at one point the crowd chanted “…”': the time phrase ends where the subject begins.
TIME_PHRASE_SUBJECT = cases(
    "long material between quote, speaker and verb",
    [
        # a determiner and a time noun before the subject, no comma: the subject follows it
        (
            "The talks stalled in March. Last week Gov. Ann Voss said, “We will not sign this deal without changes.”",
            "We will not sign this deal",
            "Ann Voss",
        ),
        (
            "The vote was close. Yesterday the ministry said, “Our budget will hold through the winter, whatever happens.”",
            "Our budget will hold",
            "the ministry",
            "organisation",
        ),
        (
            "Mayor Tom Ode spoke first. “We will open the bridge in May, and not a day later,” this morning "
            "he told reporters.",
            "We will open the bridge",
            "Tom Ode",
        ),
        (
            "This week Lena Ode said nothing, but Paul Ames said, “The plan is dead and everyone in this town knows it.”",
            "The plan is dead",
            "Paul Ames",
        ),
        (
            "Dana Pike spoke for an hour in the packed gym. At one point the crowd chanted “Four more years!”",
            "Four more years",
            "the crowd",
            "group",
        ),
        (
            "The senator took questions from the floor, and at one point a student shouted, “What about tuition?”",
            "What about tuition",
            "a student",
        ),
        (
            "The hearing dragged on past midnight. At that point Sen. Roy Haskett said, “We have heard enough.”",
            "We have heard enough",
            "Roy Haskett",
        ),
        (
            "Mayor Ines Calloway promised, “The bridge will reopen in May” – at which point the audience "
            "shouted “Prove it!” – “and it will carry trams too.”",
            "Prove it",
            "the audience",
            "group",
        ),
        (  # the aside's quote does not take the mayor's words with it, nor the words after it
            "Mayor Ines Calloway promised, “The bridge will reopen in May” – at which point the audience "
            "shouted “Prove it!” – “and it will carry trams too.”",
            "The bridge will reopen",
            "Ines Calloway",
        ),
        (
            "Mayor Ines Calloway promised, “The bridge will reopen in May” – at which point the audience "
            "shouted “Prove it!” – “and it will carry trams too.”",
            "and it will carry trams",
            "Ines Calloway",
        ),
        (  # negative: a clause after the quote that opens with the time phrase attributes nothing
            "Kemal Osei read out his statement: “I have nothing more to add” – at which point his lawyer "
            "said the hearing was over.",
            "I have nothing more to add",
            "Kemal Osei",
        ),
    ],
)

#: 'launched into a lament for “…”', 'took up the chant “…”': a speech verb's bare or -s form after a
#: determiner is a noun; the speaker is the subject of the clause's own verb.
SPEECH_VERB_AS_NOUN = cases(
    "speech verbs in every form",
    [
        (
            "Preceded at the lectern by Sheriff Tom Banner, the county sheriff and a longtime ally, Gov. "
            "Pat Lee launched into a lament for the “countless families” who are “victims of neglect”.",
            "countless families",
            "Pat Lee",
        ),
        (
            "Boos filled the hall when the minister arrived, and the students loudly took up the chant "
            "“Resign now!”",
            "Resign now",
            "the students",
            "group",
        ),
        (
            "Flanked by two aides, the governor gave a weary lament about “red tape everywhere.”",
            "red tape everywhere",
            "the governor",
        ),
        (  # negative: after a subject "the students", "chant" is the verb and they are the speakers
            "When the minister appears at the gate, the students chant “Resign now!” until he leaves.",
            "Resign now",
            "the students",
            "group",
        ),
    ],
)

#: "Bank of Ontario CEO Marta Kell said": an organisation whose name holds "of", "on" or "for",
#: then a role, then the person: the name at the end is the speaker, not the organisation's first
#: word; "CEO", "executive" and "fellow" are titles cut off before a name.
ORGANISATION_ROLE_NAME = cases(
    "titles and abbreviations",
    [
        (
            "“Rates will stay low for a while,” Bank of Ontario CEO Marta Kell said on Tuesday.",
            "Rates will stay low",
            "Marta Kell",
        ),
        (
            "“The policy is a mistake,” said University of Oregon professor Lena Ortiz.",
            "The policy is a mistake",
            "Lena Ortiz",
        ),
        (
            "Council on Foreign Affairs senior fellow Max Borg said, “This is a mistake.”",
            "This is a mistake",
            "Max Borg",
        ),
        (
            "The Association of Rural Clinics executive director Omar Haddad said, “We need nurses.”",
            "We need nurses",
            "Omar Haddad",
        ),
        (
            "“We will not sell,” Harlow Foods CEO Dina Marsh told investors.",
            "We will not sell",
            "Dina Marsh",
        ),
        (  # negative: a person, then where they work: the "of" ends the name
            "Tomas Reyes runs a small think tank. “The numbers do not add up,” said Tomas Reyes of the "
            "Brandt Center for Fiscal Studies.",
            "The numbers do not add up",
            "Tomas Reyes",
        ),
    ],
)

#: 'holding a placard reading “…”', 'wore a hat that said “…”': words on a sign or on clothes are
#: the sign's or the shirt's, not those of the person holding or wearing it.
DISPLAYED_TEXTS = cases(
    "organisations, documents and groups",
    [
        (
            "Gov. Dale Ruiz waved to a woman holding a placard reading “No new taxes.”",
            "No new taxes",
            "a placard",
            "document",
        ),
        (
            "Sen. Ada Morrow spoke in Tulsa, where a man in the front row wore a hat that said “Make Tulsa Proud.”",
            "Make Tulsa Proud",
            "a hat",
            "document",
        ),
        (
            "Nora Quill was identified as the protester, wearing a T-shirt that read “Free the rivers.”",
            "Free the rivers",
            "a T-shirt",
            "document",
        ),
        (  # negative: a text someone issues is theirs
            "Gov. Dale Ruiz sent every household a mailer saying “Vote early, vote often.”",
            "Vote early",
            "Dale Ruiz",
        ),
        (  # negative: a person reading aloud speaks the words
            "Lena Park was reading from her notes: “We have failed these children.”",
            "We have failed",
            "Lena Park",
        ),
    ],
)

#: 'Kerry Ames, star of “Harbor Lights,” thanked the governor for “…”': after a quoted title, a verb
#: whose object is the person addressed is no inverted "said X"; the one thanked is not the speaker.
ADDRESSEE_AFTER_QUOTE = cases(
    "speech verbs in every form",
    [
        (
            "Kerry Ames, star of the series “Harbor Lights,” thanked the governor for “finally listening to nurses.”",
            "finally listening to nurses",
            "Kerry Ames",
        ),
        (
            "Dana Pike, author of “The Long Road,” praised Mayor Tom Reeves for “a budget that finally adds up.”",
            "a budget that finally adds up",
            "Dana Pike",
        ),
        (
            "The coach, whose team is nicknamed “the Wolves,” accused the referee of “ruining a fine game.”",
            "ruining a fine game",
            "the coach",
        ),
        (  # negative: an inverted say-type verb after the quote names the speaker
            "“Go home and vote,” urged Sen. Ron Walden.",
            "Go home and vote",
            "Ron Walden",
        ),
    ],
)

#: 'Park asked the mayor, “Where is the money?” Reeves replied, “…”': a question or an exclamation
#: after its own cue ends the sentence; the capitalised clause after it belongs to the next one.
OWN_CUE_BEFORE_QUESTION = cases(
    "long material between quote, speaker and verb",
    [
        (
            "Lena Park turned to the mayor and asked, “Where is the money?” Tom Reeves replied, “In the bank.”",
            "Where is the money",
            "Lena Park",
        ),
        (
            "Sen. Ada Morrow pressed the witness: “Who signed the order?” Gen. Paul Hale said he could not recall.",
            "Who signed the order",
            "Ada Morrow",
        ),
        (  # the one asked did not ask: nobody named asked it
            "Rosa Lind was asked, “Did you know about the loans?” She answered, “No, never.”",
            "Did you know about the loans",
            None,
        ),
        (  # negative: without a cue of its own, the clause after the question attributes it
            "The talks had stalled for weeks. “Where is the money?” Lena Park asked the mayor.",
            "Where is the money",
            "Lena Park",
        ),
    ],
)

ROUND12_CASES = [
    *TIME_PHRASE_SUBJECT,
    *SPEECH_VERB_AS_NOUN,
    *ORGANISATION_ROLE_NAME,
    *DISPLAYED_TEXTS,
    *ADDRESSEE_AFTER_QUOTE,
    *OWN_CUE_BEFORE_QUESTION,
]
