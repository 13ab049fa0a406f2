"""Attribution cases of session 17 (real17, trafilatura's English pages): a job title set off before
the name ("LGA Chief Executive, Marian Doyle, said"), an office joined by "for" ("U.S. Attorney
for the District of Vermont Carla Benning"), the answer to a question never the asker's ('Hollis
asked her, “…?” She answered, “…”', '“…?” the host asked. “…,” she replied.'), a person an aside
credits ("as noted by dietitian Trista Best. “…,” she told"), a sentence in the imperative
("Allow the dermatologist to repeat that:"), a modifier left without its noun ("a further
concerned fan wrote"), "X from Org" and "according to X's explanations", and a naming verb's
subject before the paper that reported it, a relative clause in the progressive ("which some are
calling “…”") and a story someone read ("read a story which said “…”"). Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

TITLE_SET_OFF_S1 = cases(
    "names: particles, numbers, places and headlines",
    [
        ("Pubs will close again.\n\nLGA Chief Executive, Marian Doyle, said: “It is a disaster for our members.”",
         "It is a disaster", "Marian Doyle"),
        ("Pubs will close again.\n\nLGA Chief Executive, Marian Doyle, said: “It is a disaster for our members.”\n\n"
         "“We need support now,” she added.", "We need support now", "Marian Doyle"),
        ("“We will appeal this ruling at once,” said Finance Director, Orla Kenny, on Tuesday.",
         "We will appeal", ("Orla Kenny", None)),
        ("Tesco Chief Executive Ken Murphy said: “Prices will fall by the summer.”", "Prices will fall", "Ken Murphy"),
        ("The Chief Executive said: “Prices will fall by the summer.”", "Prices will fall", "the Chief Executive"),
        ("Three people were arrested. U.S. Attorney for the District of Vermont Carla Benning said the case "
         "is open.\n\n“This ring exploited vulnerable women for years,” said Benning.", "This ring exploited",
         "Carla Benning"),
        ("Acting U.S. Attorney for the Southern District of Ohio Peter Malvern said: “We will prosecute every "
         "one of them.”", "We will prosecute", "Peter Malvern"),
        ("Minister for Health Stephen Dunne said: “The virus is to blame for this.”\n\n“We acted fast,” Dunne "
         "added.", "We acted fast", "Stephen Dunne"),
        ("A Spokesperson for the Ministry said: “We will look into the matter.”", "We will look into",
         "a Spokesperson"),
    ],
)

ANSWERS_S1 = cases(
    "pronouns and role nouns",
    [
        ("The singer spoke to a magazine. Dane Hollis asked her, “Did you fear the crowd?” She answered, "
         "“Yes, every single night.”", "Yes, every single night", None),
        ("The singer spoke to a magazine. Dane Hollis asked her, “Did you fear the crowd?” She answered, "
         "“Yes, every single night.”", "Did you fear the crowd", "Dane Hollis"),
        ("At the launch, a reporter asked Marta Quill, “What is the biggest problem?”\n\n“Money,” she replied. "
         "“It always is with these projects.”", "It always is", "Marta Quill"),
        ("Ben Ortiz asked the judge, “Will you recuse yourself?” He answered, “I will think about it.”",
         "I will think about it", None),
        ("Ann Weller asked her rival: “Where is the money?” She replied: “Ask the treasurer about it.”",
         "Ask the treasurer", None),
        ("“Why did you leave the show?” the host asked. “Because I had to,” she replied.", "Because I had to",
         None),
        ("When the magazine asked Quill, “What do you regret most?” the singer answered, “Nothing at all.”",
         "Nothing at all", "the singer"),
        ("When the magazine asked Quill, “What do you regret most?” the singer answered, “Nothing at all.”",
         "What do you regret", "the magazine"),
        ("Tom Reyes asked Ann Weller, “Where is the money?”\n\n“Nobody knows where it went,” she said.",
         "Nobody knows", "Ann Weller"),
        # not a question: the pronoun's usual referent
        ("Ann Weller met the press. “We are ready,” she said. “We have the votes,” she added.",
         "We have the votes", "Ann Weller"),
    ],
)

CREDITED_ASIDE_S1 = cases(
    "pronouns and role nouns",
    [
        # "the star" already the story's subject before another star is introduced by that role
        ("Fans of the singer Ana Lys commented on photos of the star looking thin. This led to the star coming "
         "clean.\n\nIn 1991 Lys joined soul star Tom Brook for a duet.\n\nThe star explained that her priority "
         "was her children. “I want to keep creating and having fun,” the star said.", "I want to keep creating",
         ("the star", None)),
        ("In 1991 Lys joined soul star Tom Brook for a duet.\n\n“I want to keep creating and having fun,” the "
         "star said.", "I want to keep creating", "Tom Brook"),
        ("Vitamins help the eyes, says dietitian Anna Kowal. “They protect the cornea,” she told the site.\n\n"
         "But a pill will do one thing for sure, as noted by registered dietitian Trista Best. “You will be "
         "more nourished,” she told the site.", "You will be more nourished", "Trista Best"),
        ("Vitamins help the eyes, says dietitian Anna Kowal. “They protect the cornea,” she told the site.\n\n"
         "Pills are popular, as noted by Maria Gold, a nurse. “Many people take them,” she said.",
         "Many people take them", "Maria Gold"),
        # an organisation is no "she": the person before it
        ("Vitamins help the eyes, says dietitian Anna Kowal. “They protect the cornea,” she told the site.\n\n"
         "The risk is small, as explained by the Mayo Clinic. “Most people are fine,” she said.",
         "Most people are fine", "Anna Kowal"),
    ],
)

SAY_LESS_S1 = cases(
    "when unsure, say less",
    [
        ("Allow the dermatologist to repeat that: “Yes, dry skin needs its dead cells.”", "Yes, dry skin", None),
        ("Let the surgeon explain: “Most scars fade within a year.”", "Most scars fade", None),
        ("And a further concerned fan wrote, “I hope she stays healthy for her sons.”", "I hope she stays", None),
        ("Another reader rather bluntly wrote to the actor, “You need to eat more, honestly.”",
         "You need to eat more", "Another reader"),
        ("Rice told the committee: “We had no warning at all.”", "We had no warning", "Rice"),
        ("The brand sold well in the U.S. And in Canada it grew fast too.\n\nAnd according to promotional "
         "material about the line, Kidsline intends to “free children from the old roles of boy and girl.”",
         "free children", None),
        ("Home News Prison official: ‘Anyone with the will’ could escape from the jail on the hill\n\nThe jail "
         "is old.", "Anyone with the will", None),
        ("Acme spokesman: “We never met him at all, not once.”", "We never met him", None),
        ("Senator Ann Weller: “We never met him at all, not once.”", "We never met him", "Ann Weller"),
        ("The jail is old. Ann Weller was blunt: “It must close this year.”", "It must close", "Ann Weller"),
    ],
)

SOURCES_S1 = cases(
    "organisations, documents and groups",
    [
        ("The summit aims to “lay the groundwork for a strong joint declaration”, according to Rubio's "
         "explanations.", "lay the groundwork", "Rubio"),
        ("David Reay from Edinburgh University likens the figures to a “Hollywood disaster movie about the end”.",
         "Hollywood disaster movie", "David Reay"),
        ("Tom Kell from Acme Corp says: “We will fight this in every court.”", "We will fight this", "Tom Kell"),
        ("Marmorato called the mayor's reversal “a heartbreaking betrayal of the district,” according to the "
         "Bronx Times.", "a heartbreaking betrayal", "Marmorato"),
    ],
)

TIME_OPENER_S1 = cases(
    "clause frames around the speaker",
    [
        ("Dr Tom Hale wrote: “The team knows how hard this will be for everyone.”\n\nThere were 34 deaths in "
         "September.\n\nLast night Deputy Premier Leo Marsh made a strong claim on radio that the team had no "
         "answers.\n\nHe said: “We asked them what we say to the people who would lose their jobs.”",
         "We asked them", "Leo Marsh"),
        ("Dr Tom Hale wrote: “The team knows how hard this will be for everyone.”\n\nOn Tuesday Sen. Ana Ruiz "
         "made a claim on radio. She said: “We were never told about any of it.”", "We were never told", "Ana Ruiz"),
        ("Ana Ruiz spoke first.\n\nLast week the mayor made a claim on radio. He said: “The budget is balanced "
         "for the first time.”", "The budget is balanced", "the mayor"),
        ("Tom Hale met the press on Monday. When Ruth Dale asked about the deal, he declined, saying “I am not "
         "comfortable sharing that.”", "I am not comfortable", "Tom Hale"),
        ("Tom Hale met the press on Monday. After the vote, Hale stood up, saying “I am not comfortable with "
         "this.”", "I am not comfortable", "Tom Hale"),
        # a time phrase that is the subject itself: no one
        ("Tom Hale wrote a letter.\n\nLast night was long and cold for everyone. “We stayed up until dawn,” "
         "he said.", "We stayed up", "Tom Hale"),
    ],
)

RELATIVE_S1 = cases(
    "clause frames around the speaker",
    [
        ("An unprecedented storm, which some are calling an “inland hurricane of rare force”, left thousands "
         "without power.", "inland hurricane", None),
        ("The bill, which Sen. Ann Weller is calling “a betrayal of working families”, passed on Tuesday.",
         "a betrayal of working", "Ann Weller"),
        ("The bill, which critics have been calling “a betrayal of working families”, passed on Tuesday.",
         "a betrayal of working", "critics"),
        ("Weller attacked the bill, calling it “a betrayal of working families”.", "a betrayal of working", "Weller"),
        ("In one example, Ruth Dale read a story about her diet which said the fruit was “linked to water "
         "shortages and illegal deforestation”.", "linked to water", "a story"),
        ("Ruth Dale posted a tweet that said “we will never give up on this town”.", "we will never give up",
         "Ruth Dale"),
        ("Police arrested a man who shouted “death to the traitors” at the crowd.", "death to the traitors", "a man"),
        ("An unprecedented storm—which some are calling an “inland hurricane of rare force”—left thousands "
         "without power.", "inland hurricane", None),
        # a tail cue whose speaker we cannot read: not the last speaker's turn carried over
        ("“Caller reports a suspicious car near the school,” said a dispatcher on the police scanner.\n\n“Once "
         "officers were in the area, they saw a car speeding east,” said Dade Police Detective Alvaro Zabal.",
         "Once officers were", (None, "Alvaro Zabal")),
    ],
)

S1_CASES = [*RELATIVE_S1, *TIME_OPENER_S1, *TITLE_SET_OFF_S1, *ANSWERS_S1, *CREDITED_ASIDE_S1, *SAY_LESS_S1, *SOURCES_S1]
