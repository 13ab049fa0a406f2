"""Attribution cases of session 15, round 21 ("ggtp"): which person a he, she or it speaker
means, found by reading the pronoun errors of the Gender Gap Tracker's Canadian news (GGT A) and
written anew with invented people.

- A place or a premise set off before the subject ("Down the street, Tom Kell also cheered",
  "Given her record, Ana Ruiz, head of the union, is hopeful") hides nothing: "Down" or "Given"
  is no name, the subject is the he or she of what follows; so do an adverb of place ("Nearby",
  "Closer to home", "Out on the ice") and a distance ("Two doors down", "Not far away"); and any
  opening phrase before a name with its appositive ("Now 73, Ana Ruiz, a retired nurse, is …").
- Gender: a given name the list holds in another regular spelling ("Kody", "Katy": Cody,
  Katie); a person's given name written alone ("Kody Cook" … "After Kody died, she …": the she
  is not Kody); a kin noun owned right before a name ("her son Jory Pratt").
- A sentence whose subject is no person and that ends on a person a role noun introduces ("…
  paid off for Halifax nurse Ada Lind, 52.", "… helped Tom Kell, a welder.", "Another success
  story is Tom Kell, 50, of Halifax.") brings that person in to speak next.
- A subject's name with lower-case particles ("Ben van der Pluijm") is the whole name, in a
  clause too ("When Ben van der Pluijm arrived, the slope had collapsed": he, the slope no one).
- "X, 49, and Y, 39, are …" is a joint subject (a he or she is the one of the pair whose gender
  fits, nobody when both may); a clause of a "they" sentence naming one of them ("They came in
  2016, where Hadad worked …") makes that one the he.
- A sentence closed by a name and a verb of opinion ("…, Fraser believes.") is about that person.
- A caption closed by a parenthesised photo credit ("( THE CANADIAN PRESS FILE PHOTO )",
  "(Submitted by Ann Lee)", "(Getty Images)", "(CBC)") names no one a he means, nor does the credit.
- An "it" after a quote of a person named by a role ("the judge") is the document or body the
  text turned to since ("The parole board decision said …. It also said"), never the judge.
- "His doctor gave him a diagnosis. “…,” he said": the doctor or the man the "his" meant, which
  the text does not say: no one.
- A cleft's name is its sentence's subject ("Yet it was only recently that Fraser pieced …").
- "For Rima Haddad and thousands of other refugees, …" gives her view: she is the next she.
- Of several clauses joined by "and" ("… asked him about his health and Kell suggested …"), the
  last one's subject is the speaker.

Negatives: the same frames before a person of the other gender, a group or no person.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: An opening phrase of place or premise before the subject the next he or she means.
FRONTED_PHRASES = cases(
    "pronouns and role nouns",
    [
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nDown the street, Tom Fennick also rejoiced "
         "amid a crowd of fans. He thinks the vote was fair. “It was a good day for the city,” he said.",
         "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley.\n\nDown the road, Tom Fennick waved a flag. “It was a good day for "
         "the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Tom Rowley.\n\nGiven her long record on housing, Mira Tolson, head of the "
         "Tenants Union, is confident the bill will pass. “We have waited long enough for this,” she said.",
         "We have waited long", "Mira Tolson"),
        ("“We should stay,” said Ann Rowley.\n\nGiven his views on the matter, Mira Tolson, head of the Tenants "
         "Union, is hopeful the minister will act. “He knows what the law fails to do,” she said.",
         "He knows what the law", "Mira Tolson"),
        ("“We should stay,” said Ann Rowley.\n\nUp the hill, Greg Pardo counted the votes. “It is closer than "
         "anyone thought,” he said.", "It is closer than", "Greg Pardo"),
        ("“We should stay,” said Ann Rowley.\n\nBeside the stage, Greg Pardo counted the votes. “It is closer "
         "than anyone thought,” he said.", "It is closer than", "Greg Pardo"),
        # negatives: the subject after the phrase is a woman, or a group, so the he is nobody here
        ("“We should stay,” said Ann Rowley.\n\nDown the street, Susan Tolson also cheered. “It was a good day "
         "for the city,” he said.", "It was a good day", None),
        ("“We should stay,” said Tom Rowley.\n\nDown the street, Mira Tolson also cheered. “It was a good day "
         "for the city,” she said.", "It was a good day", "Mira Tolson"),
        ("“We should stay,” said Ann Rowley.\n\nGiven the delay, dozens of tenants marched to city hall. “We "
         "have waited long enough,” they said.", "We have waited long", "dozens of tenants"),
    ],
)

#: A given name in another spelling, or written alone, tells whom a he or she can mean.
GIVEN_NAME_GENDERS = cases(
    "pronouns and role nouns",
    [
        ("“We need a new vote,” said Katy Ormond, a teacher.\n\nOn the other side of the square, the mood was "
         "different. “This is the best day in years,” he said.", "This is the best day", None),
        ("“We need a new vote,” said Kory Delane, a teacher.\n\nThe crowd cheered. “This is the best day in "
         "years,” she said.", "This is the best day", None),
        ("“We need a new vote,” said Kory Delane, a teacher.\n\nThe crowd cheered. “This is the best day in "
         "years,” he said.", "This is the best day", "Kory Delane"),
        ("Lena Moss lost her son, Kody Pratt, in 2016.\n\nAfter Kody died, she asked the police to "
         "investigate. Kody had taken the pills at a party.\n\n“That is why I kept fighting for him,” she "
         "said.", "That is why I kept", "Lena Moss"),
        ("Dale Moss lost his daughter, Emily Pratt, in 2016.\n\nAfter Emily died, he asked the police to "
         "investigate. Emily had taken the pills at a party.\n\n“That is why I kept fighting for her,” he "
         "said.", "That is why I kept", "Dale Moss"),
        # a one-word name that other names end with is a surname, and tells nothing
        ("Ann Wesley and Tom Grant met on Monday. Grant spoke first.\n\n“That is why I kept fighting,” he said.",
         "That is why I kept", "Tom Grant"),
    ],
)

#: A sentence whose subject is no person, ending on a person its role noun introduces.
CLOSING_PERSONS = cases(
    "pronouns and role nouns",
    [
        ("“Walking is the easiest habit to keep,” said Tom Purvis, a retiree.\n\nRegular walks also paid off "
         "for Halifax nurse Ada Lindqvist, 52. “I sleep better than I have in years,” she says.",
         "I sleep better", "Ada Lindqvist"),
        ("“Walking is the easiest habit to keep,” said Ann Purvis, a retiree.\n\nThe cuts also hurt Sudbury "
         "miner Olu Adebayo, 38. “We lost a whole shift,” he said.", "We lost a whole shift", "Olu Adebayo"),
        ("“Walking is the easiest habit to keep,” said Ann Purvis, a retiree.\n\nThe program also worked for "
         "Moncton accountant Babak Osei, 41. “I lost ten pounds in a month,” he says.", "I lost ten pounds",
         "Babak Osei"),
        ("“Walking is the easiest habit to keep,” said Tom Purvis, a retiree.\n\nThe award went to Saskatoon "
         "teacher Ilse Brandvold. “I owe it to my students,” she said.", "I owe it to my students",
         "Ilse Brandvold"),
        # negatives: a person subject keeps the pronoun; a team is no role noun's person
        ("“Walking is the easiest habit to keep,” said Tom Purvis, a retiree.\n\nAnn Weller later hired "
         "accountant Rolf Kessler, 50. “It was the best decision we made,” she said.", "It was the best decision",
         "Ann Weller"),
        ("“Walking is the easiest habit to keep,” said Ann Purvis, a retiree.\n\nThe crowd cheered for "
         "Toronto Maple Leafs. “We were loud tonight,” she said.", "We were loud tonight", "Ann Purvis"),
    ],
)

#: A subject's name with lower-case particles ("van der", "de la", "bint").
PARTICLE_NAMES = cases(
    "pronouns and role nouns",
    [
        ("“We are still counting the dead,” said Sutopo Nugroho, a spokesman.\n\nBen van der Pluijm, an "
         "earthquake geologist, said the tsunami may have been caused by a collapse.\n\n“This is like "
         "dropping a bag of sand in a tub of water,” he said.", "This is like dropping", "Ben van der Pluijm"),
        ("“We are still counting the dead,” said Tom Nugroho, a spokesman.\n\nAnna de la Cruz, a geologist, "
         "said the wave was large.\n\n“This is like dropping a bag of sand in a tub of water,” she said.",
         "This is like dropping", "Anna de la Cruz"),
        ("“We are still counting the dead,” said Tom Nugroho, a spokesman.\n\nPieter de Vries runs the "
         "harbour office. “We closed the gates at noon,” he said.", "We closed the gates", "Pieter de Vries"),
        ("“We are still counting the dead,” said Tom Nugroho, a spokesman.\n\nRania bint Salman, a lawyer, "
         "filed the appeal. “The ruling ignores the evidence,” she said.", "The ruling ignores",
         "Rania bint Salman"),
        # negative: a particle before a lower-case word is no part of a name
        ("“We are still counting the dead,” said Tom Nugroho, a spokesman.\n\nEmma Lund de facto runs the "
         "harbour office now. “We closed the gates at noon,” she said.", "We closed the gates", "Emma Lund"),
    ],
)

#: Two people with their ages as one subject; a clause of a "they" sentence naming one of them.
AGED_PAIRS = cases(
    "pronouns and role nouns",
    [
        ("“The fees are too high,” said Lina Arafeh, a volunteer.\n\nIn Halifax, Rafiq Hadad, 49, and Nour "
         "Salem, 39, are eager to apply for citizenship.\n\n“When you have children to look after, my study "
         "comes afterwards,” he said.", "When you have children", None),
        ("“The fees are too high,” said Lina Arafeh, a volunteer.\n\nIn Halifax, Rafiq Hadad, 49, and Nour "
         "Salem, 39, are eager to apply for citizenship. They arrived in 2016 from Jordan, where Hadad worked "
         "as a tailor.\n\n“My English is getting better,” he said.", "My English is getting", "Rafiq Hadad"),
        ("“The fees are too high,” said Tom Arafeh, a volunteer.\n\nSusan Miro, 52, and Peter Lusk, 55, run "
         "a bakery in Moncton.\n\n“Business has never been better,” she said.", "Business has never",
         "Susan Miro"),
        ("“The fees are too high,” said Ann Arafeh, a volunteer.\n\nSusan Miro, 52, and Peter Lusk, 55, run "
         "a bakery in Moncton.\n\n“Business has never been better,” he said.", "Business has never",
         "Peter Lusk"),
        ("“The fees are too high,” said Ann Arafeh, a volunteer.\n\nDario Brook, 41, and Sami Salem, 38, left "
         "Aleppo in 2014. They moved to Ottawa in 2015, where Brook found work as a welder.\n\n“It was the "
         "first job I could keep,” he said.", "It was the first job", "Dario Brook"),
        # negative: a name the "they" sentence brings in is no one of them (a rival, not the man the
        # reader has met): "They moved …, where Dario Brook found work" is not enough to make him "he"
        ("“The fees are too high,” said Ann Arafeh, a volunteer.\n\nThey moved to Ottawa in 2015, where "
         "Dario Brook found work as a welder.\n\n“It was the first job I could keep,” he said.",
         "It was the first job", None),
        ("Manager Ned Kell took over in January. His side had won six games in a row. They only lost when "
         "Ross County beat them 2-1 last week.\n\n“A few players are out of contract and will want to know "
         "their futures,” he said.", "A few players are out", "Ned Kell"),
        # negative: the clause's man is no "she"
        ("“The fees are too high,” said Tom Arafeh, a volunteer.\n\nThe couple moved to Ottawa in 2015, "
         "when Mark Brook found work as a welder.\n\n“It was the first job I could keep,” she said.",
         "It was the first job", None),
    ],
)

#: A sentence closed by a name and a verb of opinion after a comma ("…, Fraser believes.").
OPINION_CLOSINGS = cases(
    "pronouns and role nouns",
    [
        ("“We had no choice but to organize,” Cecil Fraser writes.\n\nIn 1955, George Garraway was hired by "
         "the railway as a conductor, making him the first Black conductor. Through their own struggle, the "
         "porters made Canada a fairer place for everyone, Fraser believes. “I hope people will read this as "
         "an honest look at Canada,” he says.", "I hope people will read", "Cecil Fraser"),
        ("“We had no choice but to organize,” Cecil Fraser writes.\n\nIn 1955, George Garraway was hired by "
         "the railway as a conductor. The porters made Canada a fairer place, Fraser thinks. “I hope people "
         "will read this as an honest look at Canada,” he says.", "I hope people will read", "Cecil Fraser"),
        ("“The plant will close by spring,” said Tom Ivers, a union steward.\n\nLater that year the owners "
         "hired Mark Olsen to run it. The closure could still be avoided, Ivers suspects. “Nobody has "
         "given up yet,” he said.", "Nobody has given up", "Tom Ivers"),
        # negative: "believes" with a lower-case subject is no closing cue of a name
        ("“The plant will close by spring,” said Ann Ivers, a union steward.\n\nLater that year the owners "
         "hired Mark Olsen to run it. The closure could still be avoided, the manager believes. “Nobody "
         "has given up yet,” she said.", "Nobody has given up", "Ann Ivers"),
    ],
)

#: A caption closed by a parenthesised photo credit ("( THE CANADIAN PRESS FILE PHOTO )").
PHOTO_CREDITS = cases(
    "pronouns and role nouns",
    [
        ("“We had no choice but to organize,” Cecil Fraser writes.\n\nBenjamin Lowe, a retired porter, "
         "looks at a display of photos in 1999 at Windsor station. ( THE CANADIAN PRESS FILE PHOTO )\n\nThe "
         "delegation's trip drew national attention. “These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        ("“We had no choice but to organize,” Cecil Fraser writes.\n\nBenjamin Lowe, a retired porter, "
         "looks at old photos at Windsor station. (TORONTO STAR FILE PHOTO)\n\n“These men were smart "
         "enough to go to Ottawa,” he says.", "These men were smart", "Cecil Fraser"),
        ("“We had no choice but to organize,” Ann Fraser writes.\n\nBenjamin Lowe, a retired porter, looks "
         "at old photos at Windsor station. (Toronto Star file photo)\n\n“These men were smart enough to go "
         "to Ottawa,” he says.", "These men were smart", None),
        # negatives: no credit, or a parenthesis inside the sentence
        ("“We had no choice but to organize,” Cecil Fraser writes.\n\nBenjamin Lowe, a retired porter, "
         "spoke at the ceremony.\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Benjamin Lowe"),
        ("“We had no choice but to organize,” Cecil Fraser writes.\n\nBenjamin Lowe, a retired porter, "
         "showed us a photo (a black-and-white photo) of his father.\n\n“These men were smart enough to go "
         "to Ottawa,” he says.", "These men were smart", "Benjamin Lowe"),
    ],
)

#: "it" after a quoted person named by a role: the document or body the text turned to since.
IT_AFTER_A_ROLE = cases(
    "organisations, documents and groups",
    [
        ("In 2001, the county judge called him “a danger to every woman he meets.”\n\nThe parole board "
         "decision allowing his release said he was no longer a risk.\n\nHowever, it also said these "
         "factors “would not have been enough to release him on their own.”", "would not have been enough",
         "the parole board decision"),
        ("Last spring the hospital's chief surgeon called the wait times “a scandal we can fix.”\n\nThe "
         "ministry report released on Monday said the waits had grown.\n\nIt also warned that staffing "
         "“will not recover before the end of the decade.”", "will not recover", "the ministry report"),
        # negatives: nothing turned to since the role, so the it is the role's own document or no one
        ("“We will appeal,” the ministry said in a statement.\n\nLater, it said the ruling “would not have "
         "been enough to change our minds.”", "would not have been enough", "the ministry"),
    ],
)

#: A role owned by "his" or "her" as the last subject: the role or its owner, unsure.
OWNED_ROLES = cases(
    "when unsure, say less",
    [
        ("Tom Keller, 38, coaches a peewee team. He said he felt weak last July.\n\nHis doctor gave him a "
         "different diagnosis. “They told me my kidneys were failing,” he said.", "They told me my kidneys", None),
        ("Ann Keller, 38, coaches a peewee team. She said she felt weak last July.\n\nHer doctor gave her a "
         "different diagnosis. “They told me my kidneys were failing,” she said.", "They told me my kidneys",
         None),
        # the pronoun of the other gender is the role's; a named role is its name
        ("Ann Keller, 38, coaches a peewee team. She said she felt weak last July.\n\nHer doctor gave her a "
         "different diagnosis. “Your kidneys are failing,” he said.", "Your kidneys are failing", "Her doctor"),
        ("Tom Keller, 38, coaches a peewee team.\n\nHis doctor, Dr. Ray Moss, gave him a different diagnosis. "
         "“His kidneys were failing,” he said.", "His kidneys were failing", "Ray Moss"),
    ],
)

#: A cleft sentence whose "that" clause has a name for its subject.
CLEFTS = cases(
    "clause frames around the speaker",
    [
        ("“Nobody taught this history,” said Ann Weller, a teacher.\n\nThe journalist and academic grew up in "
         "Barbados. He also knew the late Stanley Grizzle.\n\nYet it was only recently that Fraser pieced "
         "these fragments together. “I never put these elements together,” he remarks.", "I never put these",
         "Fraser"),
        ("“Nobody taught this history,” said Ann Weller, a teacher.\n\nTom Fraser grew up in Barbados. The "
         "journalist and academic worked in several newsrooms, where he met Stanley Grizzle.\n\nYet it was "
         "only recently that Fraser pieced these fragments together. “I never put these elements together,” "
         "he remarks.", "I never put these", "Tom Fraser"),
        ("“Nobody taught this history,” said Tom Weller, a teacher.\n\nIt was in Halifax that Ana Reyes found "
         "her first job. “I had never seen the ocean,” she said.", "I had never seen", "Ana Reyes"),
        ("“Nobody taught this history,” said Ann Weller, a teacher.\n\nIt was only after the vote that Mayor "
         "Tom Kell changed his mind. “I was wrong about the budget,” he said.", "I was wrong about", "Tom Kell"),
        # negatives: no cleft ("It was clear that …"); the cleft's man is no "she"
        ("“Nobody taught this history,” said Ann Weller, a teacher.\n\nIt was clear that Ottawa would pay "
         "more. “We never expected that,” she said.", "We never expected", "Ann Weller"),
        ("“Nobody taught this history,” said Ann Weller, a teacher.\n\nIt was in Halifax that Tom Kell found "
         "his first job. “I had never seen the ocean,” she said.", "I had never seen", "Ann Weller"),
    ],
)

#: An opening frame naming a person with a crowd like them ("For X and thousands of other …,").
ONE_OF_MANY = cases(
    "pronouns and role nouns",
    [
        ("For Rima Haddad and thousands of other refugees, the time has come to apply for citizenship.\n\n"
         "“I'm not a refugee. I'm a Canadian, same as you,” she said in an interview.", "I'm not a refugee",
         "Rima Haddad"),
        ("“We waited too long,” said Ann Ames, a lawyer.\n\nFor Omar Said and many others, the wait is finally "
         "over.\n\n“I can finally vote,” he said.", "I can finally vote", "Omar Said"),
        ("“We waited too long,” said Tom Ames, a lawyer.\n\nTo Sarah Haddad and hundreds of other nurses, "
         "the new contract is an insult.\n\n“We were promised more,” she said.", "We were promised more",
         "Sarah Haddad"),
        # negatives: the framed woman is no "he"; a pair with her husband is no one person
        ("“We waited too long,” said Tom Ames, a lawyer.\n\nFor Sarah Haddad and many others, the time has "
         "come to apply.\n\n“I'm not a refugee,” he said.", "I'm not a refugee", "Tom Ames"),
        ("“We waited too long,” said Tom Ames, a lawyer.\n\nFor Sarah Haddad and her husband, the time has "
         "come to apply.\n\n“We are Canadians now,” they said.", "We are Canadians now", None),
    ],
)

#: A named speaker of the last of several clauses joined by "and".
LAST_AND_CLAUSE = cases(
    "clause frames around the speaker",
    [
        ("The captain of the team, Ivo Marsh, and his mother approached Kell and asked him about next steps "
         "for his health and Kell suggested he might make a video that was “not too sad or gloomy at all.”",
         "not too sad or gloomy", "Kell"),
        ("The captain, Ivo Marsh, and his mother visited Kell and asked him about his health and Kell said the "
         "video should be “funny and not too sad at all.”", "funny and not too sad", "Kell"),
        ("Reporters gathered outside and shouted questions and Mayor Ann Lutz replied that the plan was “dead "
         "on arrival, as far as I am concerned.”", "dead on arrival", "Ann Lutz"),
        ("Tom Reyes and Ann Lutz met on Friday and Lutz said the deal was “the best we could hope for in this "
         "market.”", "the best we could hope", "Ann Lutz"),
        # negative: no subject of its own after the last "and": the joint subject speaks
        ("Tom Reyes and Ann Lutz met on Friday and said the deal was “the best we could hope for in this "
         "market.”", "the best we could hope", "Tom Reyes and Ann Lutz"),
    ],
)

#: A name right after an owned kin noun ("her son Jory Pratt") has that noun's gender.
KIN_NAMES = cases(
    "pronouns and role nouns",
    [
        ("Dale Moss lost his daughter, Maddie Pratt, in 2016.\n\nAfter Maddie died, he asked the police to "
         "investigate. Maddie had taken the pills at a party.\n\n“That is why I kept fighting for her,” he "
         "said.", "That is why I kept", "Dale Moss"),
        ("Lena Moss lost her son Jory Pratt in 2016.\n\nAfter Jory died, she asked the police to "
         "investigate.\n\n“That is why I kept fighting for him,” she said.", "That is why I kept", "Lena Moss"),
        ("“We will keep the farm,” said Lena Moss.\n\nHer husband, Robin Moss, runs the dairy. “It has been a "
         "hard year,” she said.", "It has been a hard year", "Lena Moss"),
        # negative: the kin's own pronoun is theirs
        ("Lena Moss lost her son Jory Pratt in 2016.\n\nJory had moved to Moncton that spring. “I finally "
         "found a job I liked,” he wrote to her.", "I finally found a job", "Jory"),
    ],
)

#: More phrases of place set off before the subject: an adverb of place or a distance.
PLACE_OPENERS = cases(
    "pronouns and role nouns",
    [
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nNearby, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nCloser to home, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nFurther up the street, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nOut on the ice, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nUpstairs, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nA few blocks away, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nTwo doors down, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nNot far away, Tom Fennick also cheered with "
         "friends. “It was a good day for the city,” he said.", "It was a good day", "Tom Fennick"),
        # negatives: a noun phrase the adverb opens is the subject
        ("“We should stay,” said Tom Rowley.\n\nNearby residents, angry about the noise, complained. “We "
         "cannot sleep,” they said.", "We cannot sleep", (None, "nearby residents")),
        ("“We should stay,” said Ann Rowley.\n\nNot far away, Susan Tolson waited in line. “It was a good "
         "day for the city,” he said.", "It was a good day", None),
    ],
)

#: An opening phrase, then the subject's name with an appositive set off by commas.
FRONTED_THEN_APPOSED = cases(
    "pronouns and role nouns",
    [
        ("“We should stay,” said Tom Rowley, who runs a bakery.\n\nNow 73, Mira Tolson, a retired nurse, is "
         "hopeful the bill will pass. “We have waited long enough for this,” she said.", "We have waited long",
         "Mira Tolson"),
        ("“We should stay,” said Tom Rowley, who runs a bakery.\n\nBorn in Jamaica, Mira Tolson, head of the "
         "tenants union, moved to Halifax in 1990. “We have waited long enough for this,” she said.",
         "We have waited long", "Mira Tolson"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nArmed with new data, Greg Pardo, a city "
         "planner, argued for the plan. “The numbers speak for themselves,” he said.", "The numbers speak",
         "Greg Pardo"),
        ("“We should stay,” said Tom Rowley, who runs a bakery.\n\nIn Halifax, Mira Tolson, head of the "
         "tenants union, is hopeful the bill will pass. “We have waited long enough for this,” she said.",
         "We have waited long", "Mira Tolson"),
        ("“We should stay,” said Ann Rowley, who runs a bakery.\n\nHaving lost his job, Greg Pardo, a "
         "welder, moved back home. “There was nothing left for me there,” he said.", "There was nothing left",
         "Greg Pardo"),
        # negative: a pronoun after the appositive is the subject; the name is the phrase's
        ("“We should stay,” said Tom Rowley.\n\nLike her father, Tom Kell, a miner, she worked underground "
         "for years. “It was hard work,” she said.", "It was hard work", (None, "Tom Rowley")),
    ],
)

#: The person a sentence with no person subject ends on, with an age, a place or a role set off.
CLOSING_APPOSED = cases(
    "pronouns and role nouns",
    [
        ("“Walking is easy,” said Ann Purvis, a retiree.\n\nThe program also helped Babatunji Farinloye, a "
         "Mississauga accountant. “It changed my habits,” he says.", "It changed my habits", "Babatunji Farinloye"),
        ("“Walking is easy,” said Ann Purvis, a retiree.\n\nResults were good for Mississauga accountant "
         "Babatunji Farinloye, who lost 10 pounds. “It changed my habits,” he says.", "It changed my habits",
         "Babatunji Farinloye"),
        ("“Walking is easy,” said Ann Purvis, a retiree.\n\nAnother success story is Babatunji Farinloye, 50, "
         "of Mississauga. “It changed my habits,” he says.", "It changed my habits", "Babatunji Farinloye"),
        ("“Walking is easy,” said Tom Purvis, a retiree.\n\nThe first to sign up was Ilse Brandvold, a teacher "
         "from Saskatoon. “I wanted to move more,” she says.", "I wanted to move more", "Ilse Brandvold"),
        # negatives: a firm or a place set off the same way is no one
        ("“Walking is easy,” said Ann Purvis, a retiree.\n\nThe contract went to Harbour Logistics, a firm "
         "from Halifax. “It is good news,” she says.", "It is good news", "Ann Purvis"),
        ("“Walking is easy,” said Ann Purvis, a retiree.\n\nThe storm knocked out power in Lower Sackville, a "
         "suburb of Halifax. “We had no heat,” she says.", "We had no heat", "Ann Purvis"),
    ],
)

#: A caption closed by a short parenthesised credit: a submitter, a source, an agency.
SHORT_CREDITS = cases(
    "pronouns and role nouns",
    [
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe, left, had been planning a move to Moncton "
         "before his death. (Submitted by Wendy Golden)\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe, left, had been planning a move to Moncton "
         "before his death. (Supplied)\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe, left, had been planning a move to Moncton "
         "before his death. (Courtesy of the family)\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe, left, had been planning a move to Moncton "
         "before his death. (CBC)\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe, left, had been planning a move to Moncton "
         "before his death. (Getty Images)\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe, left, had been planning a move to Moncton "
         "before his death. (Facebook)\n\n“These men were smart enough to go to Ottawa,” he says.",
         "These men were smart", "Cecil Fraser"),
        # negatives: a parenthesis of the body's own words; a credit inside the sentence
        ("“We had no choice,” said Cecil Fraser.\n\nBenjamin Lowe spoke to the council on Monday. (Lowe is a "
         "former porter.) “These men were smart enough to go to Ottawa,” he says.", "These men were smart",
         "Benjamin Lowe"),
        ("“We had no choice,” said Ann Fraser.\n\nBenjamin Lowe spoke to the council on Monday (CBC). “These "
         "men were smart enough to go to Ottawa,” he says.", "These men were smart", "Benjamin Lowe"),
    ],
)

#: A clause's subject when the main subject is no person: an opening clause, a particle name.
CLAUSE_NAMES = cases(
    "clause frames around the speaker",
    [
        ("“We are still counting,” said Ann Nugroho, a spokeswoman.\n\nWhen Tom Kell arrived, the slope had "
         "collapsed. “This is like dropping a bag of sand in a tub,” he said.", "This is like dropping",
         "Tom Kell"),
        ("“We are still counting,” said Ann Nugroho, a spokeswoman.\n\nWhen Ben van der Pluijm arrived, the "
         "slope had collapsed. “This is like dropping a bag of sand in a tub,” he said.", "This is like dropping",
         "Ben van der Pluijm"),
        ("“We are still counting,” said Ann Nugroho, a spokeswoman.\n\nThe crowd cheered as Ben van der "
         "Pluijm spoke. “This is like dropping a bag of sand in a tub,” he said.", "This is like dropping",
         "Ben van der Pluijm"),
        # negative: the clause's woman is no "he"
        ("“We are still counting,” said Tom Nugroho, a spokesman.\n\nAfter Ann Kell left, the crowd went "
         "quiet. “It was not the ending I wanted,” he said.", "It was not the ending", "Tom Nugroho"),
    ],
)

#: A he/she resolved to a person tells that person's gender to every later pronoun: a given name
#: of either gender ("Sam", "Kim") is no later "he" once a "she" has been resolved to it.
LEARNED_GENDERS = cases(
    "pronouns and role nouns",
    [
        ("The novelist Rem Ford wrote dense books. Readers call these moments blank spots, after the poet "
         "Sam Ortiz explained them to me. “You only see a little of each story on the page,” she said. When "
         "his editors asked for more, he would reply, “I have a horror of being obvious.”",
         "I have a horror", "Rem Ford"),
        ("Kim Lowe runs the bakery with her brother. “We bake through the night,” she said. “The early "
         "crowd wants bread at six,” he said later.", "The early crowd", None),
        ("Kim Lowe runs the bakery with her brother. “We bake through the night,” she said. “The early "
         "crowd wants bread at six,” she said later.", "The early crowd", "Kim Lowe"),
        ("Robin Hale leads the choir. “We sing every Sunday,” he said. Hale’s sister Jo Hale plays the "
         "organ. “I started at nine,” she said.", "I started at nine", "Jo Hale"),
    ],
)


GGTP_CASES = [*FRONTED_PHRASES, *GIVEN_NAME_GENDERS, *CLOSING_PERSONS, *PARTICLE_NAMES, *AGED_PAIRS, *LEARNED_GENDERS, *OPINION_CLOSINGS, *PHOTO_CREDITS, *IT_AFTER_A_ROLE, *OWNED_ROLES, *CLEFTS, *ONE_OF_MANY, *LAST_AND_CLAUSE, *KIN_NAMES, *PLACE_OPENERS, *FRONTED_THEN_APPOSED, *CLOSING_APPOSED, *SHORT_CREDITS, *CLAUSE_NAMES]
