"""Attribution cases of session 23 (coordinator): speech verbs the lexicon lacked.

Reading the quotes the unseen page pools left without a speaker, then checking manner-of-speaking
and speech-act verbs against the lexicon, found more such gaps: confess, blurt, reminisce, attest, ponder, hiss, roar; "aver"
inflected as "avered" (now "averred"), and "marvel" had only the American "marveled".

Left out after reading what they changed on the dev pages and the pools: "decree" (its noun
took the verb's place: "A 1998 decree from the board reads: “…”" named "a 1998"), "venture" and "object"
(nouns first: "his business ventures “…”" named "requires staffers"; "objected to the list's
inclusion of “three-peat”" gave the objectors a scare quote), "boom" (a company's name, "Boom
Online"), "apologize" ("“…” Franken apologized for his behavior" after a quote that closed its
sentence took Franken for the speaker of Hirono's words).

"The ministry paraphrased Xi as telling Trump" after a quote gave no speaker, where "the agency
quoted Lavrov as telling" gave the agency: the one paraphrasing is read as the one quoting was
(``tail_attribution._QUOTED_AS``). Since session 32 the one quoted is shown for "quoted Xi as
telling" (``quoting_frames``); a paraphrase stays the one paraphrasing's.

A surname that is also a common word opening the sentence before a form that is more often a plural
noun ("Trump tweets: “…”", "Trump posts “…”") gave no speaker, where "Price tweets" and "Donald
Trump tweets" were read: the surname the article introduced in full is the subject
(``speaker_turns.introduced_surname_at``); "Campaign promises: “…”" stays nobody's.

"summed up" / "summed it up" is a speech phrase ("At the conference he summed it up:" over a
quote-only paragraph gave no speaker). Adding it first turned a real page's none into a wrong
name: the crosshead "Troy Carter Hallway Interview" was a person for the "he" below it. A
person's name followed by capitalised common words, as a crosshead or a caption writes it, now
registers the person (``NameRegistry.person_before_common_words``), when the text marks the
person or writes the name, with its given name, on its own elsewhere.

Negatives: a noun "roar" or a "hiss" of a crowd or a machine is no speaker; a "decree" noun is
nobody's speech here. Invented wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_INTRO = "Former mayor Ann Weller and councillor Tom Reyes met residents at the library on Monday.\n\n"

NEW_SPEECH_VERBS = cases(
    "speech verbs in every form",
    [
        (_INTRO + "“I never read the report before I signed it,” Weller confessed.", "I never read the report", "Ann Weller"),
        (_INTRO + "Reyes later confessed: “I never read the report before I signed it.”", "I never read the report", "Tom Reyes"),
        (_INTRO + "“I never read the report before I signed it,” confessed Reyes, who chairs the panel.",
         "I never read the report", "Tom Reyes"),
        (_INTRO + "Weller has confessed that she “never read the report before signing it in March.”",
         "never read the report", "Ann Weller"),
        (_INTRO + "“Nobody on this council reads anything at all,” Reyes blurted out.", "Nobody on this council", "Tom Reyes"),
        (_INTRO + "Weller blurted: “Nobody on this council reads anything at all.”", "Nobody on this council", "Ann Weller"),
        (_INTRO + "“We used to swim in that river every single summer,” Weller reminisced.", "We used to swim", "Ann Weller"),
        (_INTRO + "Reyes reminisced about his childhood, recalling that “we used to swim in that river every summer.”",
         "we used to swim", "Tom Reyes"),
        (_INTRO + "“The ledger was complete when it left my office,” Reyes attested.", "The ledger was complete", "Tom Reyes"),
        (_INTRO + "“What would the town look like without the mill at all?” Weller pondered.", "What would the town look like",
         "Ann Weller"),
        (_INTRO + "“Get out of my office and do not come back,” Reyes hissed.", "Get out of my office", "Tom Reyes"),
        (_INTRO + "“This town is not for sale, not today and not ever!” Weller roared.", "This town is not for sale", "Ann Weller"),
        (_INTRO + "“The vote was lawful and the record shows it plainly,” Reyes averred.", "The vote was lawful", "Tom Reyes"),
        (_INTRO + "“I have never seen a crowd this size in this room,” Weller marvelled.", "I have never seen a crowd",
         "Ann Weller"),
        # the carried speaker: the quote after a sentence whose verb is one of them
        (_INTRO + "Weller confessed that she had never read the report. “It was four hundred pages and I had "
         "two days to read it.”", "It was four hundred pages", "Ann Weller"),
        # nouns of the same spelling are nobody's speech
        (_INTRO + "The roar of the trucks outside drowned out the “public comment” period entirely.", "public comment", None),
        (_INTRO + "A 1998 decree from the state board reads: “No branch library shall close without a public vote.”",
         "No branch library shall close", None),
    ],
)

_SUMMIT = "Chinese President Xi Jinping met Donald Trump in Beijing on Thursday.\n\n"

PARAPHRASED_AS = cases(
    "speech verbs in every form",
    [
        (_SUMMIT + "“Taiwan is the most sensitive core issue in our relations,” the ministry paraphrased Xi as telling Trump.",
         "Taiwan is the most sensitive", "the ministry"),
        (_SUMMIT + "“Taiwan is the most sensitive core issue in our relations,” the ministry paraphrases Xi as saying.",
         "Taiwan is the most sensitive", "the ministry"),
        # (session 32: the one quoted is shown, ``quoting_frames``; the one paraphrasing stays)
        (_SUMMIT + "“Taiwan is the most sensitive core issue in our relations,” the ministry quoted Xi as telling Trump.",
         "Taiwan is the most sensitive", "Xi Jinping"),
    ],
)

_RALLY = "Donald Trump and Sen. Amy Price spoke at a rally in Des Moines on Monday.\n\n"

COMMON_WORD_SURNAME_BEFORE_PLURAL_FORM = cases(
    "speech verbs in every form",
    [
        (_RALLY + "Trump tweets: “We will not lose this state by insulting its voters.”", "We will not lose", "Donald Trump"),
        (_RALLY + "Trump tweets “We will not lose this state by insulting its voters.”", "We will not lose", "Donald Trump"),
        (_RALLY + "Trump posts, “We will not lose this state by insulting its voters.”", "We will not lose", "Donald Trump"),
        (_RALLY + "Price tweets: “We will not lose this state by insulting its voters.”", "We will not lose", "Amy Price"),
        # a common word the article never introduced as a name: a noun phrase, no speaker
        (_RALLY + "Campaign promises: “We will not lose this state by insulting its voters.”", "We will not lose", None),
        # the plural of people after the name is the subject: the group, never the person
        (_RALLY + "Trump fans chant “We will not lose this state, not this year, not ever.”", "We will not lose", "Trump fans"),
    ],
)

_TALK = "Music manager Troy Carter spoke at the conference on Tuesday about fans and their platforms.\n\n"
_ARTIST = "“I think it is very important for an artist to be in control of their own platform.”"

SUMMED_UP_AND_CROSSHEADS = cases(
    "speech verbs in every form",
    [
        (_TALK + f"At the conference he summed it up:\n\n{_ARTIST}", "I think it is very important", "Troy Carter"),
        (_TALK + f"To some degree he summed up that view in a hallway interview after his talk:\n\n{_ARTIST}",
         "I think it is very important", "Troy Carter"),
        (_TALK + "“It is very important for an artist to own the platform,” Carter summed up.",
         "It is very important for an artist", "Troy Carter"),
        (_TALK + "The report summed up the year as “a disaster for the industry and for its artists.”",
         "a disaster for the industry", "the report"),
        # a crosshead of the person's name and common words is the person, not a longer name
        (_TALK + f"Troy Carter Hallway Interview\n\nHe said: {_ARTIST}", "I think it is very important", "Troy Carter"),
        (_TALK + f"Troy Carter Hallway Interview\n\nTo some degree he summed up that view:\n\n{_ARTIST}",
         "I think it is very important", "Troy Carter"),
    ],
)

OWN23_CASES = NEW_SPEECH_VERBS + PARAPHRASED_AS + COMMON_WORD_SURNAME_BEFORE_PLURAL_FORM + SUMMED_UP_AND_CROSSHEADS
