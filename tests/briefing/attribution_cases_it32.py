"""Attribution cases of session 32 (helper it32): which body an "it" cueing a quote means when the
text has turned to a body other than the one quoted last.

* A body's quote ("The Embassy said the raids “…”"), then a sentence whose subject is another body
  or a document ("The Ministry of Trade met on Monday.", "The ministry's statement was brief."),
  then an "it" cueing a quote ("“…,” it said", "It said: “…”", "It condemned what it calls “…”")
  went to the body quoted last. After a quote of a body the text names ("Vexcorp said …") the
  newer subject was already the "it"; after one it describes ("the Embassy") the last speaker was
  kept whatever came since. The subject of a sentence after the last quote's sentence is the
  nearer referent, as it is for a named body.
  Negatives: a subject that is no body nor document ("The talks stalled.", "The deal was signed.")
  leaves the body quoted last; a thing read in the last quote's own sentence ("The Harbour Trust
  said Vance's plan “…”. “…,” it said": the plan is what it spoke of) is no newer subject; nor is
  a subject before an "it" cueing after a quote inside a sentence with a subject of its own
  ("Vance officials liked the report, entitled “…,” when it posted"), whose own words may hold
  what the "it" means.
* A website is a document that says things ("The club website lists the fees. “…,” it says"): it
  stays the "it", as any other document subject.
* An "it" cueing a quote inside a sentence that opens on a subject no "it" can mean (a person, a
  country the text never makes a body) and closes on a body's attribution ("Vance summoned the
  envoy over what it called “…”, the Foreign Office said") had no speaker: the sentence is the
  body's report, so the "it" is the source it closes on. A closing body whose long name ran past
  four words ("…, the Ministry of Foreign Affairs said.") was read as no closing attribution at
  all; an organisation's name of any length now is one.
  Negatives: a body opening the sentence keeps the "it" ("The army shelled the port over what it
  called “…”, the Foreign Office said" is the army's); a closing person ("…, Ann Weller said.") or
  group ("…, officials said.") is no "it"; with no closing attribution the quote stays no one's.
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LIMITED = 'The Embassy said in a statement that the raids "were limited in scope."\n\n'
_RESPOND = '"We will respond at a time of our choosing," it said.'
_RAIDS = '"unprovoked raids on several ports"'

NEWER_BODY_SUBJECT = cases(
    "organisations, documents and groups",
    [
        (f'{_LIMITED}The Ministry of Trade met on Monday. It condemned what it calls "a blatant act of dumping by foreign '
         f'firms".', "a blatant act", "the Ministry of Trade"),
        (f"{_LIMITED}The Ministry of Trade met on Monday. {_RESPOND}", "We will respond", "the Ministry of Trade"),
        (f'{_LIMITED}The Ministry of Trade met on Monday. It said: "We will respond at a time of our choosing."',
         "We will respond", "the Ministry of Trade"),
        (f"{_LIMITED}The ministry's statement was brief. {_RESPOND}", "We will respond",
         ("the ministry's statement", "the ministry", None)),
        # negatives: no body since, or a thing of the last quote's own sentence
        (f"{_LIMITED}The talks stalled. {_RESPOND}", "We will respond", "the Embassy"),
        (f"{_LIMITED}The deal was signed on Monday. {_RESPOND}", "We will respond", "the Embassy"),
        ('The Harbour Trust, which speaks for the ferry firms, said Vance\'s plan "is the end of the old port as we know it." '
         '"This plan undoes a century of work on the waterfront," it said.', "This plan undoes", "the Harbour Trust"),
        # negative: the "it" after a quote inside a sentence with a subject of its own
        # (never the Ministry of Trade; the report, which no subject names, is what it means: the
        # Embassy kept there is today's reading, no better than no one)
        (f'{_LIMITED}The Ministry of Trade met on Monday.\n\nVance officials were thrilled with the report, entitled "Why '
         f'the harbour must change now," when it posted on Friday.', "Why the harbour", ("the Embassy", "the report", None)),
    ],
)

WEBSITE_SAYS = cases(
    "organisations, documents and groups",
    [
        ('The club website lists the fees for each season. "Members may bring two guests on any weekday," it says.',
         "Members may bring", "the club website"),
    ],
)

CLOSING_BODY_OF_BOUND_IT = cases(
    "organisations, documents and groups",
    [
        (f"Ruritania on Monday summoned the envoy over what it called {_RAIDS}, the Ministry of Foreign Affairs said.",
         "unprovoked raids", "the Ministry of Foreign Affairs"),
        (f"Ruritania on Monday summoned the envoy over what it called {_RAIDS}, the Foreign Ministry said.",
         "unprovoked raids", "the Foreign Ministry"),
        (f'The embassy rejected the claims.\n\nTom Vance on Monday summoned the envoy over what it called {_RAIDS}, the '
         f'Foreign Office said.', "unprovoked raids", "the Foreign Office"),
        # negatives: a body opening the sentence keeps it; a person, a group or no closing name no one
        (f"The army on Monday shelled the port over what it called {_RAIDS}, the Foreign Office said.", "unprovoked raids",
         "the army"),
        (f"Ruritania on Monday summoned the envoy over what it called {_RAIDS}, Ann Weller said.", "unprovoked raids", None),
        (f"Ruritania on Monday summoned the envoy over what it called {_RAIDS}, officials said.", "unprovoked raids", None),
        (f"Ruritania on Monday summoned the envoy over what it called {_RAIDS}.", "unprovoked raids", None),
    ],
)

IT32_CASES = NEWER_BODY_SUBJECT + WEBSITE_SAYS + CLOSING_BODY_OF_BOUND_IT
