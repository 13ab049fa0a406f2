"""Attribution cases of session 11, round 18: whose words a quote is when its sentence holds more
than one person. A quote in a relative clause belongs to that clause's antecedent, not to the
main clause's subject who only acted on that person ("Police arrested a man who shouted “…”");
a quote between a possessive and a noun of saying is the owner's ("mocked Clinton's “…”
remark"); words heard from someone ("heard Weller say"), passed on in an aside ("Holt, quoting
Rita Vance, said") or read out from someone's letter are that someone's. Positives keep the
subject when it speaks to or about an object name ("Reyes told Weller", "Reyes praised Weller,
saying", "Reyes accused Weller of “…”"). Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

RELATIVE_CLAUSES = cases(
    "clause frames around the speaker",
    [
        ('Police arrested a man who shouted "you will all pay for this one day" at the crowd.',
         "you will all pay for this", ("a man", None)),
        ("Officers detained a protester who had yelled “shame on all of you” at the minister.",
         "shame on all of you", ("a protester", None)),
        ("Police are looking for a driver that shouted “get out of my way” moments before the crash.",
         "get out of my way", ("a driver", None)),
        ("A video shows a woman who screams “get away from my car” at two officers.",
         "get away from my car", ("a woman", None)),
        ("Mayor Ana Reyes interviewed a voter who said “nobody in this town trusts the council anymore.”",
         "nobody in this town trusts", ("a voter", None)),
        ("Reyes spent the morning with voters who said “nobody trusts the council anymore.”",
         "nobody trusts the council", ("voters", None)),
        ("Governor Tom Weller fired an aide who had called him “a coward with no plan” in a private email.",
         "a coward with no plan", ("an aide", None)),
        ("The court heard from a witness who testified that “the gun was never in his hand.”",
         "the gun was never in his hand", ("a witness", None)),
        ("Mayor Ana Reyes thanked Tom Weller, who had promised “a new school for every district.”",
         "a new school for every district", "Tom Weller"),
        ("Senator Joan Pike hired an adviser who once called the plan “a fraud from start to finish.”",
         "a fraud from start to finish", ("an adviser", None)),
        ("Dan Holt met the mayor, who said “the budget is dead on arrival.”",
         "the budget is dead on arrival", ("the mayor", None)),
        ("The footage shows an officer who yells “stop resisting” at the boy.",
         "stop resisting", ("an officer", None)),
        ("Guards removed a heckler who repeatedly shouted “liar” during the minister's speech.",
         "liar", ("a heckler", None)),
        ("The judge sentenced a gunman who had told the victims “nobody leaves this room alive.”",
         "nobody leaves this room alive", ("a gunman", None)),
        ("Paramedics treated a firefighter who later said “the roof came down in seconds.”",
         "the roof came down in seconds", ("a firefighter", None)),
        ("The senator's office released an email from a staffer who wrote that “the numbers were never checked.”",
         "the numbers were never checked", ("a staffer", None)),
        ("Coach Ray Boone benched a striker who had tweeted “this club is a joke” after the loss.",
         "this club is a joke", ("a striker", None)),
        ("Neighbors comforted a mother who cried “my baby is still inside” as the flames spread.",
         "my baby is still inside", ("a mother", None)),
        # positives: the relative clause is about the speaker, or the verb has an object of its own
        ("Rita Vance, who told reporters “I am not going anywhere,” won the vote on Tuesday.",
         "I am not going anywhere", "Rita Vance"),
        ("Rita Vance, the mayor who said “the budget is dead,” left the meeting early.",
         "the budget is dead", "Rita Vance"),
        ("The man who shouted “you will all pay for this” was arrested on Sunday.",
         "you will all pay for this", ("the man", None)),
        ("Lisa Crane, a nurse who treated the victims, said “we ran out of blood by midnight.”",
         "we ran out of blood by midnight", "Lisa Crane"),
        ("Tom Weller, who had promised to cut taxes, said “every family will get a rebate by June.”",
         "every family will get a rebate", "Tom Weller"),
        ("Reporter Ed Kline answered a caller who asked about the storm: “The roads will stay closed all night.”",
         "The roads will stay closed", ("Ed Kline", None)),
    ],
)

REPORTED_WORDS = cases(
    "clause frames around the speaker",
    [
        ("Ana Reyes said she heard Tom Weller say “we will never pay that bill.”",
         "we will never pay that bill", "Tom Weller"),
        ("Ana Reyes heard a guard shout “get down on the floor now.”",
         "get down on the floor now", ("a guard", None)),
        ("Witnesses heard the gunman yell “nobody move” before the first shot.",
         "nobody move", ("the gunman", None)),
        ("Neighbors overheard Carl Imhof threaten “I will burn this place down.”",
         "I will burn this place down", "Carl Imhof"),
        ("Dan Holt, quoting Rita Vance, said “the budget is dead on arrival.”",
         "the budget is dead on arrival", ("Rita Vance", None)),
        ("Mayor Ana Reyes read aloud a letter from Carl Imhof: “My son waited eight months for a bed.”",
         "My son waited eight months for a bed", "Carl Imhof"),
        ("Senator Joan Pike shared an email sent by a constituent: “We have not had clean water since March.”",
         "We have not had clean water", ("a constituent", None)),
        ("According to Ana Reyes, Tom Weller said “we will never pay that bill.”",
         "we will never pay that bill", "Tom Weller"),
        ("Ana Reyes recalled that Tom Weller told her “the plant will never reopen.”",
         "the plant will never reopen", "Tom Weller"),
        ("Ana Reyes said Tom Weller had told her “the plant will never reopen.”",
         "the plant will never reopen", "Tom Weller"),
        # positives: the subject's own words, with a person as the object
        ("Ana Reyes told Tom Weller, “You have lost the room.”",
         "You have lost the room", "Ana Reyes"),
        ("Ana Reyes told Tom Weller that “the money never reached the schools.”",
         "the money never reached the schools", "Ana Reyes"),
        ("Ana Reyes asked Tom Weller whether “the money had ever reached the schools.”",
         "the money had ever reached the schools", "Ana Reyes"),
        ("Ana Reyes praised Tom Weller, saying “he has done more for this city than anyone.”",
         "he has done more for this city", "Ana Reyes"),
        ("Ana Reyes accused Tom Weller of “lying to every voter in this state.”",
         "lying to every voter in this state", "Ana Reyes"),
        ("Ana Reyes warned Tom Weller that “the votes are simply not there.”",
         "the votes are simply not there", "Ana Reyes"),
        ("Ana Reyes thanked Tom Weller, calling him “the best partner this city has had.”",
         "the best partner this city has had", "Ana Reyes"),
        ("Ana Reyes said she had heard “nothing at all” from the agency.",
         "nothing at all", "Ana Reyes"),
        ("Ana Reyes said she saw Tom Weller at the rally and told him “you owe these people an apology.”",
         "you owe these people an apology", "Ana Reyes"),
        ("Ana Reyes, who heard the speech, said “it was the best he has ever given.”",
         "it was the best he has ever given", "Ana Reyes"),
    ],
)

OWNED_WORDS = cases(
    "organisations, documents and groups",
    [
        ('Trump mocked Clinton\'s "basket of deplorables, racist, sexist, homophobic" remark at a rally.',
         "basket of deplorables", ("Clinton", None)),
        ("Ana Reyes mocked Tom Weller's “war on common sense” slogan at the rally.",
         "war on common sense", ("Tom Weller", None)),
        ("Ana Reyes ridiculed Tom Weller's “pizza for everyone” pledge on Tuesday.",
         "pizza for everyone", ("Tom Weller", None)),
        ("Critics seized on Mayor Tom Weller's “let them take the bus” comment.",
         "let them take the bus", ("Tom Weller", None)),
        ("Ana Reyes repeated Tom Weller's line that “nobody gets left behind.”",
         "nobody gets left behind", ("Tom Weller", None)),
        ("Ana Reyes repeated Tom Weller's claim that “the plant will reopen next spring.”",
         "the plant will reopen next spring", "Tom Weller"),
        ("Ana Reyes cited Tom Weller's warning that “the reservoir could fail within a decade.”",
         "the reservoir could fail", "Tom Weller"),
        ("Senator Joan Pike mocked Tom Weller's promise that “every family will get a rebate by June.”",
         "every family will get a rebate", "Tom Weller"),
        ("Ana Reyes dismissed Tom Weller's assurances that “the water is perfectly safe.”",
         "the water is perfectly safe", ("Tom Weller", None)),
        # positives and negatives: the subject's own words about another person's
        ("Ana Reyes called Tom Weller's remarks “a disgrace to this office.”",
         "a disgrace to this office", "Ana Reyes"),
        ("Ana Reyes described Tom Weller's plan as “a fantasy with a price tag.”",
         "a fantasy with a price tag", "Ana Reyes"),
        ("The crowd booed Tom Weller's “we will build it anyway” promise.",
         "we will build it anyway", ("Tom Weller", None)),
    ],
)


WHOSE18_CASES = [*RELATIVE_CLAUSES, *REPORTED_WORDS, *OWNED_WORDS]
