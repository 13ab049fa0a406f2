"""Attribution cases of session 28 (helper pron28): which person a "he" or "she" means in British
news style (the BBC pool's tuning half), where the pronoun fell to a place, a club or the
person the quote itself speaks to.

- a member of parliament in letters ("MP", "MEP", "MSP"): read as a name, so "The MP for
  Sittingbourne and Sheppey said" split into "the MP" and "Sheppey", and "Mr Jonson, MP for
  Henley-on-Thames, Oxfordshire, said" gave the county; a later "he added" went to the place.
  The letters are a role now (``name_cleaning._MEMBER_LETTERS``, a person's noun in
  ``PERSON_NOUNS``; "the Salford MP" after a named person is that person, an epithet as "the
  34-year-old" is), and a lone capitalised word after a comma closing a role's place is that
  place's county or state (``speakers._place_continued``).
- one role over two clubs or parties ("The former Rangers and Liverpool boss", "a Tory and Labour
  donor"): split as two conjuncts, so the "he" after it went to the first club
  (``head_patterns._SHARED_ROLE``).
- a club named in the plural after a relative clause ("Leicester, who signed him in 2003, have
  …"): still a team, never a "he" (``salience_cues._PLURAL_VERB_AFTER``).
- the person the resolver chose is named in the quote by the given name alone ("“I've had a quiet
  word with Olof,” he said", "“I said to Harry ‘don't go’,” he said"): people do not call
  themselves so; whoever else the pronoun may mean (``named_in_words``).

Negatives: a name with the letters after it stays ("Dana Kirby MP"), a place before a speaker
after an opening phrase is no county ("Speaking at a rally in Salem, Reyes said"), two people
joined by "and" stay two, a singular verb after the relative clause keeps the person, a given name
with a surname after it is someone else ("Dave Millar" in Dave Ruddle's words), a given name inside
a quote within the quote is someone addressing the speaker ("‘Billie, you are the queen’"), and a
surname alone may be kin's. Invented wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

MEMBERS_IN_LETTERS = cases(
    "titles and abbreviations",
    [
        ('The MP for Kelworth and Dunmore said the plan was "a shambles from start to finish".',
         "a shambles from start", "the MP"),
        ('Labour MP Tom Wyatt attacked the campaign. The MP for Dunmore and Ashby said Prime Minister Ray Holt had '
         'been "trying very hard" to win back trust. But Mr Holt had been "hurt" by the row, he added.',
         "hurt", ("Tom Wyatt", "the MP")),
        ('Mr Jonson, MP for Kelworth, Lanshire, said he suspected the party was trying to reassure voters "because of '
         'this curious way of theirs".', "because of this curious", "Jonson"),
        ('Mr Jonson, MP for Kelworth, Lanshire, said he suspected the party was trying to reassure voters "because of '
         'this curious way of theirs".\n\n"He does not think he has anything to say sorry for," he said.',
         "He does not think", "Jonson"),
        ('Ann Roe, the MP for Ashby, Dunshire, said the closure was "a betrayal of every worker".',
         "a betrayal of every", "Ann Roe"),
        ('Dana Kirby MP said the vote was "a betrayal of every worker".', "a betrayal of every", "Dana Kirby"),
        ('A Tory MP said: "We will not back this bill in its present form."', "We will not back", "a Tory MP"),
        ('The Tory MP for Sleaford and Wexley admitted the old office "cannot be frozen in time".',
         "cannot be frozen", "the Tory MP"),
        ('Speaking at a rally in Salem, Reyes said the bill was "dead on arrival".', "dead on arrival", "Reyes"),
        ('In a speech at the Delmont Arms in Kelworth, Holt promised "a fairer deal for every family".',
         "a fairer deal", "Holt"),
        ('Tom Barrett, a miner from Harlan, Kentucky, said the mine was "a death trap".', "a death trap", "Tom Barrett"),
        ('The report was damning, MPs said. Instead they called for "imaginative campaigns" to raise interest.',
         "imaginative campaigns", "MPs"),
        ('Tom Wyatt quit the party on Monday.\n\nThe Dunmore MP said he was ashamed to have joined it, which he '
         'called "a bad joke".', "a bad joke", "Tom Wyatt"),
        ('Ann Roe has held the seat since 1997. The Ashby MEP said she would stand again. "I have unfinished '
         'business," she said.', "I have unfinished", "Ann Roe"),
        ('The MP for Kelworth said the plan was "a shambles". "It will fail by the spring," he added.',
         "It will fail", "the MP"),
    ],
)

ONE_ROLE_OVER_TWO_CLUBS = cases(
    "pronouns and role nouns",
    [
        ('The former Glenfield and Ashworth boss is also looking for new players. "I\'m after three or four new '
         'faces in the summer," he said.', "I'm after three", "the former Glenfield and Ashworth boss"),
        ('Graeme Tolland wants a striker. The former Kelbury and Ashworth manager is also looking for a keeper. '
         '"We have a list of targets," he said.', "We have a list", ("Graeme Tolland", "the former Kelbury and Ashworth manager")),
        ('A former Tory and Labour donor, Ray Holt gave money to both. "I back people, not parties," he said.',
         "I back people", "Ray Holt"),
        ('Ann Roe and Tom Hale met the minister. "We were not impressed," they said.', "We were not impressed", "Ann Roe and Tom Hale"),
        ('Prop Jim Dawes is in the form of his life. Kelbury, who signed Dawes from Brinton in 2003, have also been '
         'aided by his presence. "I am pleased with my form," he said.', "I am pleased", "Jim Dawes"),
        ('Prop Jim Dawes is in the form of his life. Wexham, which bought him in 2003, are top of the league. '
         '"I am pleased with my form," he said.', "I am pleased", "Jim Dawes"),
        ('Coach Tom Kell praised his side. Ray Ames, who joined the club in 2003, has been aided by the new pitch. '
         '"I am pleased with my form," he said.', "I am pleased", "Ray Ames"),
    ],
)

GIVEN_NAME_IN_THE_QUOTE = cases(
    "pronouns and role nouns",
    [
        ('Coach Dan Reilly has rapped skipper Olof Brandt for his comments before the derby. Brandt spoke of his '
         'dislike of the rivals. "I\'ve had more than a quiet word with Olof," he told the club\'s website.',
         "I've had more than", ("Dan Reilly", None)),
        ('Chairman Milo Vukic said he was disappointed. According to Vukic, Harry Lamb promised he would stay. '
         '"I said to Harry \'I hope you don\'t go\', and he told me \'absolutely not\'," he said.',
         "I said to Harry", ("Milo Vukic", None)),
        ('Ana Ruiz ran the shop for years before her niece, Maria Lind, took over. "Maria has new ideas, and '
         'that is good," she said.', "Maria has new ideas", ("Ana Ruiz", None)),
        ('Dave Ruddle scored twice on Saturday. "Dave Millar set up both goals for me," he said.',
         "Dave Millar set up", "Dave Ruddle"),
        ('Tennis great Billie Kerr remembered the boxer fondly. "He always whispered in my ear, \'Billie, you are '
         'the queen,\'" she said.', "He always whispered", "Billie Kerr"),
        ('Serena Vance won the final in three sets. "Vance was the name on everyone\'s lips last year, but that was '
         'my sister," she said.', "Vance was the name", "Serena Vance"),
        ('Tom Reyes spoke after the vote. "People ask me about Tom Reyes the man, not the mayor," he said.',
         "People ask me about", "Tom Reyes"),
    ],
)

PRON28_CASES = [*MEMBERS_IN_LETTERS, *ONE_ROLE_OVER_TWO_CLUBS, *GIVEN_NAME_IN_THE_QUOTE]
