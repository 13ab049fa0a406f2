"""Attribution cases of session 11, round 16 ("who a pronoun is"): a photo credit or the caption
it closes is no referent ("Carlos Barria / Reuters.", "Photo: Ann Lee/AP", "(AP Photo/Evan
Vucci)"); a "he" or "she" that both people of a joint subject fit ("Obama and Biden place
flowers …") means neither for sure, also when the joint subject's verb is one we do not list;
"her husband" after the first conjunct tells that conjunct's gender; an object whose honorific
tells the pronoun's gender after a subject of the other gender is who the pronoun means ("Ms.
Mary Kell met Mr. Joe Ames … he said"), one whom only a given name tells is not. Invented
people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A photo credit names a photographer or an agency, and the caption it closes describes a
#: picture: neither is who a body's "he" or "she" means.
CREDITS_AND_CAPTIONS = cases(
    "pronouns and role nouns",
    [
        (  # negative: the caption's people and the photographer are no referents
            "President Barack Obama and Vice President Joe Biden place flowers at a memorial. Carlos Barria / Reuters.\n\n"
            "“I held and hugged” grieving family members, he said.",
            "I held and hugged",
            None,
        ),
        (  # negative: "Photo: Ann Lee/AP" and its caption
            "Gov. Dana Whitfield tours the flooded district on Monday. Photo: Ann Lee/AP\n\n"
            "“We will rebuild every home,” she said.",
            "We will rebuild every home",
            None,
        ),
        (  # negative: "(AP Photo/Evan Vucci)"
            "Flood waters rose again in the valley on Monday.\n\n"
            "Rescue crews pull a man from the water. (AP Photo/Evan Vucci)\n\n"
            "“We will rebuild every home,” he said.",
            "We will rebuild every home",
            None,
        ),
        (  # negative: a credit with "Photograph by … for …"
            "Sen. Mark Ruiz speaks to reporters outside the court. Photograph by Ann Lee for The New York Times\n\n"
            "“I will not resign,” he said.",
            "I will not resign",
            None,
        ),
        (  # negative: "Name/Getty Images"
            "Mayor Tom Reyes greets voters at a diner. Ann Lee/Getty Images\n\n"
            "“I will not resign,” she said.",
            "I will not resign",
            None,
        ),
        (  # the body's own subject after a caption is still the referent
            "The memorial drew hundreds on Sunday. President Barack Obama and Vice President Joe Biden place "
            "flowers at the memorial. Carlos Barria / Reuters.\n\n"
            "Obama spoke later at a church nearby.\n\n"
            "“I held and hugged” grieving family members, he said.",
            "I held and hugged",
            "Barack Obama",
        ),
        (  # the caption's sentence after the credit's paragraph: the governor of the body
            "Gov. Dana Whitfield tours the flooded district in a boat. Photo: Ann Lee/AP\n\n"
            "The governor pledged state money for the repairs. “We will rebuild every home,” she said.",
            "We will rebuild every home",
            "Dana Whitfield",
        ),
        (  # negative: "REUTERS/Kevin Lamarque"
            "Gov. Ann Hart visits the flooded school on Monday. REUTERS/Kevin Lamarque\n\n"
            "“We will rebuild every classroom,” he said.",
            "We will rebuild every classroom",
            None,
        ),
        (  # negative: "(Photo by …/Getty Images)"
            "Gov. Ann Hart visits the flooded school on Monday. (Photo by Kevin Lamarque/Getty Images)\n\n"
            "“We will rebuild every classroom,” he said.",
            "We will rebuild every classroom",
            None,
        ),
        (  # negative: "Credit: …"
            "Gov. Ann Hart visits the flooded school on Monday. Credit: Kevin Lamarque\n\n"
            "“We will rebuild every classroom,” he said.",
            "We will rebuild every classroom",
            None,
        ),
        (  # negative: a caption's own label
            "Pictured: Gov. Ann Hart and Tom Kell at the school on Monday.\n\n"
            "“We will rebuild every classroom,” he said.",
            "We will rebuild every classroom",
            None,
        ),
        (  # negative: a one-sentence paragraph before a credit paragraph is its caption
            "Tom Kell walked through the school on Monday.\n\nAnn Lee/AP\n\n"
            "“We will rebuild every classroom,” he said.",
            "We will rebuild every classroom",
            None,
        ),
        (  # negative: the same, in the present tense of captions
            "President Obama places flowers at a memorial.\n\nCarlos Barria / Reuters\n\n“I held and hugged them,” he said.",
            "I held and hugged them",
            None,
        ),
        (  # a body paragraph of two sentences before a credit paragraph is no caption
            "The school flooded on Sunday. Tom Kell walked through it on Monday.\n\nAnn Lee/AP\n\n"
            "“We will rebuild every classroom,” he said.",
            "We will rebuild every classroom",
            "Tom Kell",
        ),
        (  # a slash between capitals inside a sentence is no credit ("AP/NORC poll")
            "Sen. Ivy Pratt cited the AP/NORC poll on Monday.\n\n"
            "“Most voters agree with us,” she said.",
            "Most voters agree with us",
            "Ivy Pratt",
        ),
    ],
)

#: Two people joined as one subject: a pronoun both fit means neither for sure; one the text or a
#: given name rules out leaves the other.
JOINT_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        (  # negative: two men, "he"
            "The ceremony ran for two hours in the rain.\n\n"
            "Obama and Biden place flowers at the memorial.\n\n"
            "“I held and hugged them,” he said.",
            "I held and hugged them",
            None,
        ),
        (  # negative: two men with full names and titles
            "The memorial was quiet on Sunday morning. President Barack Obama and Vice President Joe Biden met "
            "with families at the memorial.\n\n"
            "“I held and hugged them,” he said.",
            "I held and hugged them",
            None,
        ),
        (  # negative: "she" after a woman and a man of unknown gender is never the man
            "The memorial was quiet on Sunday morning. Hillary Clinton and President Obama met with families "
            "at the memorial.\n\n"
            "“I held and hugged them,” she said.",
            "I held and hugged them",
            (None, "Hillary Clinton"),
        ),
        (  # negative: an unknown verb after two surnames
            "Kell and Ames run the office together, sharing one desk.\n\n"
            "“We never argue about money,” he said.",
            "We never argue about money",
            None,
        ),
        (  # "her husband": she is the first, he the second
            "The memorial was quiet on Sunday morning. Mayor Pat Quinn and her husband, Joe, met with families "
            "at the memorial.\n\n"
            "“I held and hugged them,” he said.",
            "I held and hugged them",
            "Joe",
        ),
        (
            "The memorial was quiet on Sunday morning. Mayor Pat Quinn and her husband, Joe, met with families "
            "at the memorial.\n\n"
            "“I held and hugged them,” she said.",
            "I held and hugged them",
            "Pat Quinn",
        ),
        (  # "his wife": the text tells both genders
            "The hall was quiet on Sunday morning. Dr. Lee Ames and his wife, Rosa Ames, met with families at the hall.\n\n"
            "“I held and hugged them,” she said.",
            "I held and hugged them",
            "Rosa Ames",
        ),
        (
            "The hall was quiet on Sunday morning. Dr. Lee Ames and his wife, Rosa Ames, met with families at the hall.\n\n"
            "“I held and hugged them,” he said.",
            "I held and hugged them",
            "Lee Ames",
        ),
        (  # honorifics tell which of the two
            "The board met in closed session on Tuesday. Ms. Rita Ortiz and Mr. Victor Lane presented the audit.\n\n"
            "“We found no missing money,” she said.",
            "We found no missing money",
            "Rita Ortiz",
        ),
        (  # a later sentence naming one of them alone decides
            "Obama and Biden place flowers at the memorial. Later, Obama spoke at a church nearby.\n\n"
            "“I held and hugged them,” he said.",
            "I held and hugged them",
            "Obama",
        ),
    ],
)

#: Joint subjects of more than two, with appositives, with an adverb before the verb, with a role
#: noun: every named member counts, and a role noun tells a member's gender.
LONGER_JOINT_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        (  # negative: "later" before the verb
            "The senators met in private on Tuesday. Sen. Tom Kell and Sen. Joe Ames later spoke to reporters.\n\n"
            "“We have a deal,” he said.",
            "We have a deal",
            None,
        ),
        (  # negative: each with an appositive
            "Rep. Tom Kell, a Republican, and Rep. Joe Ames, a Democrat, drafted the bill together.\n\n"
            "“It took two years,” he said.",
            "It took two years",
            None,
        ),
        (
            "Rep. Ann Kell, a Republican, and Rep. Joe Ames, a Democrat, drafted the bill together.\n\n"
            "“It took two years,” she said.",
            "It took two years",
            "Ann Kell",
        ),
        (  # negative: three people, two men
            "Tom Kell, Joe Ames and Ann Lind signed the letter on Monday.\n\n“We stand together,” he said.",
            "We stand together",
            None,
        ),
        (  # the one woman of three
            "Tom Kell, Joe Ames and Ann Lind signed the letter on Monday.\n\n“We stand together,” she said.",
            "We stand together",
            "Ann Lind",
        ),
        (
            "Tom Kell, Joe Ames and Ann Lind signed the letter on Monday.\n\n“We stand together,” they said.",
            "We stand together",
            "Tom Kell, Joe Ames and Ann Lind",
        ),
        (  # "husband Bill": the role noun tells his gender, so "she" is Clinton
            "Making her way around the diner, Hillary Clinton and husband Bill thanked another diner. She says, "
            "“With your help, we can do it.”",
            "With your help",
            "Hillary Clinton",
        ),
        (  # negative: an aide of unknown gender beside the mayor
            "The rally ran late. Mayor Ann Lind and an aide toured the site.\n\n“We saw the damage,” she said.",
            "We saw the damage",
            None,
        ),
        (
            "The rally ran late. Mayor Ann Lind and her husband toured the site.\n\n“We saw the damage,” she said.",
            "We saw the damage",
            "Ann Lind",
        ),
        (  # negative: a member the index keeps no entry for still counts
            "Sanders and Clinton sparred over trade on Sunday. “I voted against every trade deal,” she said.",
            "I voted against every trade deal",
            None,
        ),
    ],
)

#: The subject, not the object, is who the text is about; an object whose gender only a given
#: name tells, after a subject of the other gender, makes no speaker ("say less", as in
#: ``attribution_cases_round9``); an honorific does.
SUBJECTS_AND_OBJECTS = cases(
    "pronouns and role nouns",
    [
        ("Tom Kell met Joe Ames at the diner on Monday.\n\n“It was a good talk,” he said.", "It was a good talk", "Tom Kell"),
        ("Mary Kell met Joe Ames at the diner on Monday.\n\n“It was a good talk,” she said.", "It was a good talk", "Mary Kell"),
        ("Tom Kell met Mary Ames at the diner on Monday.\n\n“It was a good talk,” she said.", "It was a good talk", None),
        ("Mary Kell met Joe Ames at the diner on Monday.\n\n“It was a good talk,” he said.", "It was a good talk", None),
        ("Ms. Mary Kell met Mr. Joe Ames at the diner on Monday.\n\n“It was a good talk,” he said.", "It was a good talk", "Joe Ames"),
        (  # negative: two women after a man
            "Tom Kell met Mary Ames and Ann Cole at the diner on Monday.\n\n“It was a good talk,” she said.",
            "It was a good talk",
            None,
        ),
        (  # negative: a place whose name is a woman's given name is nobody
            "Mr. Tom Lane toured Georgia on Monday with his staff.\n\n“It was a good trip,” she said.",
            "It was a good trip",
            None,
        ),
    ],
)

#: A person introduced only as an appositive after a role, whatever the role sentence's verb.
ROLE_APPOSITIVES = cases(
    "pronouns and role nouns",
    [
        (
            "The charity grew fast last year. Her deputy, Tom Hale, handles the money.\n\n“Every cent is accounted for,” he said.",
            "Every cent is accounted for",
            "Tom Hale",
        ),
        (
            "The charity grew fast last year. Its treasurer, Tom Hale, runs the books from a small office.\n\n"
            "“Every cent is accounted for,” he said.",
            "Every cent is accounted for",
            "Tom Hale",
        ),
        (  # negative: the appositive's given name rules her out
            "The charity grew fast last year. Its treasurer, Ann Hale, runs the books from a small office.\n\n"
            "“Every cent is accounted for,” he said.",
            "Every cent is accounted for",
            None,
        ),
        (
            "The shelter is run by volunteers. The director, Maria Soto, oversees forty beds.\n\n"
            "“We turn people away every night,” she said.",
            "We turn people away every night",
            "Maria Soto",
        ),
        (
            "Acme grew fast. Its chief executive, Tom Hale, earns $2 million a year.\n\n“I am worth every cent,” he said.",
            "I am worth every cent",
            "Tom Hale",
        ),
        (  # an adverb before the verb we do not list
            "Her deputy, Tom Hale, quietly handles the money.\n\n“Every cent is accounted for,” he said.",
            "Every cent is accounted for",
            "Tom Hale",
        ),
        (
            "The mayor's spokesman, Pat Lee, oversees the press office.\n\n“We answer every call,” he said.",
            "We answer every call",
            "Pat Lee",
        ),
        (  # negative: "spokeswoman" tells the name's gender
            "The mayor's spokeswoman, Pat Lee, oversees the press office.\n\n“We answer every call,” he said.",
            "We answer every call",
            None,
        ),
        (
            "The farm sits at the end of a dirt road. The owner, Jim Rusk, grows corn and beans.\n\n"
            "“This year the rain never came,” he said.",
            "This year the rain never came",
            "Jim Rusk",
        ),
    ],
)

#: A newly introduced person of the pronoun's gender after the previous quote's speaker: the
#: subject of the latest sentence, also after an adverb before the verb ("Council member Joan
#: Pike also spoke"); an object of the same gender is not ("voted against her").
NEW_PERSON_AFTER_SPEAKER = cases(
    "pronouns and role nouns",
    [
        (
            "“We will fight this in court,” said Mayor Ann Lind. Council member Joan Pike also spoke at the meeting.\n\n"
            "“I have nothing to add,” she said.",
            "I have nothing to add",
            "Joan Pike",
        ),
        (
            "“We will fight this in court,” said Mayor Ann Lind on Monday. Her deputy, Joan Pike, nodded.\n\n"
            "“I have nothing to add,” she said.",
            "I have nothing to add",
            "Joan Pike",
        ),
        (  # the speaker stays when no one new is the subject
            "“We will fight this in court,” said Mayor Ann Lind on Monday. The council voted 5-2 against her.\n\n"
            "“I have nothing to add,” she said.",
            "I have nothing to add",
            "Ann Lind",
        ),
        (  # an object of the same gender is not the subject
            "“We will fight this in court,” Mayor Ann Lind said. She thanked Joan Pike for her help.\n\n"
            "“I have nothing to add,” she said.",
            "I have nothing to add",
            "Ann Lind",
        ),
        (  # negative: a man named only inside a quote is no referent
            "Ann Lind spoke first. “Tom Kell knows what happened,” she said.\n\n“I have nothing to add,” he said.",
            "I have nothing to add",
            None,
        ),
        (  # the witness named as an appositive of the object: the senator is the subject
            "The hearing ran late. Sen. Joan Pike grilled the witness, Tom Kell, for an hour.\n\n"
            "“That was a waste of time,” she said.",
            "That was a waste of time",
            "Joan Pike",
        ),
    ],
)

#: A role set off before the name it introduces tells that name's gender ("His mother, Rosa,"),
#: and an owner's role names its person whatever the verb ("Tom Kell's sister, Ann Lind, runs").
ROLE_GENDER = cases(
    "pronouns and role nouns",
    [
        (
            "Dr. Sam Ortiz treated the boy. His mother, Rosa, waited outside.\n\n“He is a fighter,” she said.",
            "He is a fighter",
            "Rosa",
        ),
        (  # "his mother" is no "he": the doctor before her
            "Dr. Sam Ortiz treated the boy. His mother, Rosa, waited outside.\n\n“He is a fighter,” he said.",
            "He is a fighter",
            ("Sam Ortiz", None),
        ),
        (  # negative: the wife is no "he", and her husband is only her owner
            "Sen. Tom Kell's wife, Ann, spoke at the rally on Monday.\n\n“I have never lied to you,” he said.",
            "I have never lied to you",
            (None, "Tom Kell"),
        ),
        (
            "Sen. Tom Kell's wife, Ann, spoke at the rally on Monday.\n\n“He has never lied to you,” she said.",
            "He has never lied to you",
            "Ann",
        ),
        (
            "Tom Kell's sister, Ann Lind, runs the shop.\n\n“He was a good man,” she said.",
            "He was a good man",
            "Ann Lind",
        ),
        (
            "Tom Kell's sister-in-law, Ann Lind, runs the shop.\n\n“He was a good man,” she said.",
            "He was a good man",
            "Ann Lind",
        ),
        (  # the sister is no "he"; her owner is (round 18: an owner opening the sentence is a referent)
            "Tom Kell's sister, Ann Lind, runs the shop.\n\n“She was a good woman,” he said.",
            "She was a good woman",
            "Tom Kell",
        ),
        (
            "Tom Kell's brother-in-law spoke at the funeral.\n\n“He was a good man,” he said.",
            "He was a good man",
            ("Kell's brother-in-law", "Tom Kell's brother-in-law"),
        ),
        (
            "Tom Kell's lawyer, Ann Lind, filed the appeal on Monday.\n\n“My client is innocent,” she said.",
            "My client is innocent",
            "Ann Lind",
        ),
    ],
)

#: "and her son" after a subject's name: she, and a second person of the noun's gender.
NAME_AND_KIN = cases(
    "pronouns and role nouns",
    [
        (  # negative: the son is the "he", no name of his own
            "Lee Ames, 54, and her son run the clinic.\n\n“We see everyone,” he said.",
            "We see everyone",
            None,
        ),
        ("Lee Ames, 54, and her son run the clinic.\n\n“We see everyone,” she said.", "We see everyone", "Lee Ames"),
        ("Lee Ames and her son run the clinic.\n\n“We see everyone,” she said.", "We see everyone", "Lee Ames"),
        (  # negative: "Lee Ames and her son": her son is the "he"
            "Lee Ames and her son run the clinic.\n\n“We see everyone,” he said.",
            "We see everyone",
            None,
        ),
        (  # an adverb before the unknown verb: "Her son" is still the subject
            "Jordan Ames opened the clinic in 1990. Her son now runs it.\n\n“I wanted a place for everyone,” he said.",
            "I wanted a place for everyone",
            "Her son",
        ),
        (
            "Jordan Ames opened the clinic in 1990. Her son now runs it.\n\n“I wanted a place for everyone,” she said.",
            "I wanted a place for everyone",
            "Jordan Ames",
        ),
        ("Lee Ames, a nurse, and his daughter run the clinic.\n\n“We see everyone,” he said.", "We see everyone", "Lee Ames"),
        (  # negative: the daughter has no name
            "Lee Ames, a nurse, and his daughter run the clinic.\n\n“We see everyone,” she said.",
            "We see everyone",
            None,
        ),
    ],
)

#: "they": a group of people the text's subject names, a family among them; an organisation or
#: a couple not named as a subject gets none.
THEY_FOR_GROUPS = cases(
    "pronouns and role nouns",
    [
        (
            "The Kell family released a statement on Monday.\n\n“We are heartbroken,” they said.",
            "We are heartbroken",
            "the Kell family",
        ),
        (  # negative: a family is no "he"
            "The Kell family released a statement on Monday.\n\n“We are heartbroken,” he said.",
            "We are heartbroken",
            None,
        ),
        (
            "Officials at the county health department met with parents on Monday.\n\n"
            "“We are testing every school,” they said.",
            "We are testing every school",
            ("officials", "officials at the county health department", "Officials at the county health department"),
        ),
        (  # negative: the group is an object, the governor the subject
            "Gov. Ann Hart met with officials in Dayton on Monday.\n\n“We are testing every school,” they said.",
            "We are testing every school",
            None,
        ),
        (  # negative: a company is "it", not "they"
            "Acme Corp. said on Monday it would cut 300 jobs.\n\n“We regret the decision,” they said.",
            "We regret the decision",
            None,
        ),
    ],
)

#: Family nouns are people ("Ana Cruz's brother said he …"), and a role whose copula names the
#: person ("Its director is Maria Soto, who …") is that person.
FAMILY_AND_COPULA = cases(
    "pronouns and role nouns",
    [
        (
            "Ana Cruz’s brother said he last saw her on Friday.\n\n“She was happy,” he said.",
            "She was happy",
            ("Cruz’s brother", "Ana Cruz’s brother"),
        ),
        (
            "The search went into a third day. Ana Cruz's sister spoke to reporters outside the church.\n\n"
            "“She was happy,” she said.",
            "She was happy",
            ("Cruz's sister", "Ana Cruz's sister"),
        ),
        (  # negative: the grandfather is no "she"
            "The search went into a third day. Ana Cruz's grandfather spoke to reporters outside the church.\n\n"
            "“She was happy,” she said.",
            "She was happy",
            None,
        ),
        (
            "The search entered its third day. Tom Kell's widow spoke to reporters outside the church.\n\n"
            "“He loved this town,” she said.",
            "He loved this town",
            ("Kell's widow", "Tom Kell's widow"),
        ),
        (
            "The shelter is run by volunteers. Its director is Maria Soto, who oversees forty beds.\n\n"
            "“We turn people away every night,” she said.",
            "We turn people away every night",
            "Maria Soto",
        ),
        (  # negative: the director named is a woman; no other referent
            "The shelter is run by volunteers. Its director is Maria Soto, who oversees forty beds.\n\n"
            "“We turn people away every night,” he said.",
            "We turn people away every night",
            None,
        ),
        (
            "The clinic opened in March. Its founder is Dr. Omar Haddad, a surgeon from Cairo.\n\n"
            "“We see sixty patients a day,” he said.",
            "We see sixty patients a day",
            "Omar Haddad",
        ),
    ],
)

INLINE_CREDITS = cases(
    "pronouns and role nouns",
    [
        (  # a page extracted as one paragraph keeps its credit inline: only the caption before the
            # credit is skipped, not the article before it
            "Author Florian Huber has sold thousands of copies of his book on the war's last days. "
            "“Journalists keep asking me whether I make the Germans out as victims,” he told the "
            "newspaper. The city is opening a new museum on Thursday. Pictured: the museum's entrance "
            "in 2014.",
            "Journalists keep asking",
            "Florian Huber",
        ),
    ],
)

PRON17_CASES = [
    *CREDITS_AND_CAPTIONS,
    *JOINT_SUBJECTS,
    *LONGER_JOINT_SUBJECTS,
    *SUBJECTS_AND_OBJECTS,
    *ROLE_APPOSITIVES,
    *NEW_PERSON_AFTER_SPEAKER,
    *FAMILY_AND_COPULA,
    *THEY_FOR_GROUPS,
    *ROLE_GENDER,
    *NAME_AND_KIN,
    *INLINE_CREDITS,
]
