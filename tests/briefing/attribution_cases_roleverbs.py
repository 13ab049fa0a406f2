"""Attribution cases of session 19: a role said by a verb, so "the host" later is shown as the person.

News introduces people by what they do as often as by a noun: "Dale Wexler hosts Morning Radio",
"Wexler, who hosts the show,", "a show hosted by Dale Wexler", "the Tigers are coached by Ann
Roe". A later "the host" or "the coach" is that person, read like "host Dale Wexler" or "Wexler,
the host,". Verbs whose subject holds no role stay out ("Kell leads the race" makes no leader,
"manages to win" no manager), and a second person with the role leaves the description as
written. Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_ASKED = " \"Why did you cut the bus routes in the first place?\" the host asked."

ROLE_BY_VERB = cases(
    "pronouns and role nouns",
    [
        ("Dale Wexler hosts Morning Radio on WKRP. He interviewed the mayor on Tuesday." + _ASKED, "Why did you cut", "Dale Wexler"),
        ("Dale Wexler, who hosts Morning Radio, interviewed the mayor on Tuesday." + _ASKED, "Why did you cut", "Dale Wexler"),
        ("Morning Radio, hosted by Dale Wexler, had the mayor on Tuesday." + _ASKED, "Why did you cut", "Dale Wexler"),
        ("The Tigers are coached by Ann Roe, who took over in 2019.\n\n"
         "\"We expect to win every game left on our schedule this year,\" the coach said.", "We expect to win", "Ann Roe"),
        ("Ann Roe coaches the Tigers, the best team in the county.\n\n"
         "\"We expect to win every game left on our schedule this year,\" the coach said.", "We expect to win", "Ann Roe"),
        ("The paper, edited by Lena Voss since 2011, ran the story on its front page.\n\n"
         "\"We stand by every word of it and we will not retract it,\" the editor said.", "We stand by", "Lena Voss"),
        ("Lena Voss anchors the evening news on Channel 4.\n\n"
         "\"We got the story wrong, and I want to say that plainly,\" the anchor told viewers.", "We got the story", "Lena Voss"),
        ("The Grace Street church is pastored by Tom Ardley.\n\n"
         "\"Everyone is welcome here, whoever they voted for,\" the pastor said.", "Everyone is welcome", "Tom Ardley"),
        # two people with the role: the description stays as written
        ("Dale Wexler hosts Morning Radio. Ann Roe hosts the evening show." + _ASKED, "Why did you cut", "the host"),
        # no role from a verb whose subject holds none
        ("Senator Ann Roe leads the race by four points, a new poll shows. Her party's leader is Tom Ardley.\n\n"
         "\"We will not take anything for granted,\" the party leader said.", "We will not take", ("Tom Ardley", "the party leader")),
    ],
)

ROLEVERBS_CASES = ROLE_BY_VERB
