"""Attribution cases of session 33 (helper subjfall33): a quote whose sentence opens on its
subject and whose verb phrase runs straight into the quote, with no speech verb.

* A name opening the sentence, then a verb of its own that is no verb of a view ("Dana Kell took
  aim at “…”", "Dana Kell has staked her campaign on “…”"), and the descriptions our readers
  already take there ("The senator has repeatedly warned of “…”", "The mayor dismissed the
  proposal as “…”"): the subject's words.
* The helper also wrote a last resort for a description before such a verb ("The dockworkers'
  union took aim at “…”"); measured on every readable pool it gave one speaker (a friend "tried
  to counter with"), so it was not merged and those positives are not here: a description there
  stays nobody's until real text shows the shape is common.

Negatives: a short quote ("took aim at “a bad contract”": a slogan or a label as often as
words; "a crowd dressed in “We are all Dunmore” shirts"); a relative clause with its own subject
("…, which its critics see as “…”", "the bill that farmers dubbed “…”", "what farmers call
“…”"); a second clause ("… and Ana Ruiz dismissed …", "… as farmers outside chanted …", "… and
they warned of …"); a naming frame ("a so-called “…”", "the scheme known as “…”"); a record
("has a history of", "has a record of"); a title ("starred in “…”"); a name in the phrase ("a
deal with Ana Ruiz for “…”"); others' demands ("ignored calls for “…”"); a copula ("is “…”"); a
document ("published a report on “…”"); a bare transitive verb, whose object may be another's
words ("quietly shelved “…”"); another preposition, an adjunct ("released its guidance after
“…”", "governed the valley for “…”").
Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_PLAN = "a rushed plan nobody in the valley asked for"

DESCRIPTION_RUNS_INTO_QUOTE = cases(
    "organisations, documents and groups",
    [
        ("The senator has repeatedly warned of “a trade war that farmers in this state cannot afford.”", "a trade war", "the senator"),
        ("Last week the teachers' federation doubled down on “a strike that will close every school in the district.”", "a strike", "the teachers' federation"),
        ("The mayor dismissed the proposal as “a gimmick dressed up as a policy for the poor.”", "a gimmick", "the mayor"),
        # the same frames with a name
        ("Dana Kell dismissed the proposal as “a gimmick dressed up as a policy for the poor.”", "a gimmick", "Dana Kell"),
        ("Dana Kell has staked her campaign on “a transit line that reaches every neighbourhood.”", "a transit line", "Dana Kell"),
        ("Dana Kell took aim at “a contract that leaves every crane operator worse off.”", "a contract", "Dana Kell"),
        # negatives: a short quote; a clause, a naming frame, a record, a title, a name between; others' demands; a copula
        ("The dockworkers' union took aim at “a bad contract.”", "a bad contract", None),
        ("A crowd dressed in “We are all Dunmore” shirts marched to the hall.", "We are all Dunmore", None),
        (f"The regional council rejected the plan, which its critics see as “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council backed the bill that farmers dubbed “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council faces what farmers call “{_PLAN}.”", "a rushed plan", ("farmers", None)),
        (f"The regional council met Ana Ruiz, who dismissed the plan as “{_PLAN}.”", "a rushed plan", ("Ana Ruiz", None)),
        (f"The regional council voted late and Ana Ruiz dismissed the plan as “{_PLAN}.”", "a rushed plan", ("Ana Ruiz", None)),
        (f"The regional council adjourned as farmers outside chanted “{_PLAN}.”", "a rushed plan", ("farmers", None)),
        (f"The regional council took aim at it and they warned of “{_PLAN}.”", "a rushed plan", None),
        ("The regional council faces a so-called “rushed plan nobody in the valley asked for.”", "rushed plan", None),
        (f"The regional council backed the scheme known as “{_PLAN}.”", "a rushed plan", None),
        ("The regional council has a history of “rushed plans nobody in the valley asked for.”", "rushed plans", None),
        ("The regional council has a record of “rushed plans nobody in the valley asked for.”", "rushed plans", None),
        (f"The drama teacher starred in “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council signed a deal with Ana Ruiz for “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council heard from farmers about “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council ignored calls for “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council is “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council published a report on “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council released its guidance after “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council quietly shelved “{_PLAN}.”", "a rushed plan", None),
        (f"The regional council governed the valley for “{_PLAN}.”", "a rushed plan", None),
    ],
)

SUBJFALL33_CASES = DESCRIPTION_RUNS_INTO_QUOTE
