"""Attribution cases of session 17 (helper n1), from reading trafilatura's English test pages
(real text without gold) and inventing cases of the patterns found there. Invented people.

- features' verbs of telling after the quote: "shared" / "shares" / "penned" ('“…,” she shared
  with Vogue.', '“…,” shared Mr. Dorsey.'), never "shared a stage", "shared in a regret" or a
  quote before "shares fell";
- the person a sentence credits with "as noted by" (maybe after a role noun: "as noted by
  immunologist Dr. Lina Velikova") is whom the next "she" means, like "according to X"; a body
  credited so ("as noted by Harvard Medical School") is no "he" or "she". Medical specialists
  ("cardiologist", "dermatologist") are person nouns;
- an emphatic reflexive after the subject ("as Ruiz herself said, “…”", '“…,” the minister herself
  admitted') stresses the speaker and is no part of the name;
- an office set off before its holder ('“…,” Minister of Trade and Commerce, Paul Deverell, told
  reporters', 'Chief Executive Officer of the Port Authority, Gary Scotter,'): the holder speaks,
  never the body after "of" ("Commerce", "Port Authority" were speakers before); Commonwealth
  styles ("Senator the Hon.", "the Rt. Hon.") are titles;
- a name as the predicate of "one of the women …" (after an opening phrase, with an age: "In the
  wake of the warnings, one of the women to flee was 25-year-old Nesma Haddad") is whom the next
  "she" means, even when the list knows no gender for the given name; people of no gender ("one of
  the residents") give an unknown name none;
- "went on" before the channel of the words set off ('The actress went on in her statement, “…”'),
  not "the show went on in the rain";
- a clause after a semicolon whose verb reports its own content ('X comments that “…”; he also notes
  that …') is no attribution of the quote before it.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SHARED_WITH = cases(
    "speech verbs in every form",
    [
        ("Sleep coach Carla Benning swears by magnesium. “It calms the body before bed,” she shared with "
         "Health Weekly.", "It calms the body", "Carla Benning"),
        ("“We will open a second branch in Dorchester by May,” shared Mr. Pell Dorsey, the bakery's owner.",
         "We will open a second branch", "Pell Dorsey"),
        ("“The whole street turned out to help us rebuild,” Ana Pruitt shared.", "The whole street", "Ana Pruitt"),
        ("“I still run every morning at five,” the 81-year-old Hugo Brandt shares with readers.",
         "I still run every morning", "Hugo Brandt"),
        ("Dietitian Mara Lentz is wary of juice cleanses. “Cut sugar slowly, not all at once,” she shares "
         "with Vogue.", "Cut sugar slowly", "Mara Lentz"),
        ("“Most diets fail within a year,” Tova Ringer penned in an essay for Slate.", "Most diets fail",
         "Tova Ringer"),
        ("“Nobody warned us about the flooding,” Lou Barrow shared on Instagram.", "Nobody warned us",
         "Lou Barrow"),
        ("Columnist Rhea Dane is unconvinced. “The plan fixes nothing that matters,” she penned.",
         "The plan fixes nothing", "Rhea Dane"),
        (  # negative: "shared in" is taking part, the quote Kell's words
            "Former sales chief Tom Kell said Irma Voss was “heavily involved in all of it” and shared in “a "
            "great amount of regret.”", "a great amount of regret", "Tom Kell"),
        (  # negative: a thing shared is no speaker
            "The two leaders shared a “commitment to lasting peace” at the summit.", "commitment to lasting peace",
            None),
        (  # negative: a relative clause's "shared" is no attribution of the quote before it
            "“The kingdom is a leading partner in fighting terror,” the Saudis state in the paper, which was "
            "being shared with lawmakers on Thursday.", "The kingdom is a leading partner", "the Saudis"),
    ],
)

AS_NOTED_BY = cases(
    "pronouns and role nouns",
    [
        ("Skipping sunscreen in winter is a mistake, as noted by dermatologist Dr. Hana Ostrow. “UV rays get "
         "through clouds,” she explained to the magazine.", "UV rays get through", "Hana Ostrow"),
        ("Cold showers may lift your mood, as explained by Dr. Piet Ambers. “The shock releases noradrenaline,” "
         "he told us.", "The shock releases", "Piet Ambers"),
        ("Walking after meals steadies blood sugar, as noted by registered dietitian Maria Cole. “Even ten "
         "minutes helps,” she said.", "Even ten minutes helps", "Maria Cole"),
        ("Screen time before bed hurts sleep, as pointed out by pediatrician Tom Rask. “Keep phones out of the "
         "bedroom,” he advises.", "Keep phones out", "Tom Rask"),
        ("Regular flossing paid off for cardiologist Paul Nyberg, 52. “I have not missed a day in years,” he "
         "says.", "I have not missed a day", "Paul Nyberg"),
        (  # negative: a body credited so is no "she"; the woman named before is
            "Nurse Ada Lind runs the clinic. Most colds need no antibiotics, as noted by Harvard Medical School. "
            "“We still get asked for them every week,” she said.", "We still get asked", "Ada Lind"),
        (  # negative: "by" a passive agent that is a thing, no source
            "Sara Vale has studied the reef for years. The survey was funded by the Ocean Trust. “The coral is "
            "coming back,” she said.", "The coral is coming back", "Sara Vale"),
    ],
)

HERSELF_SAID = cases(
    "clause frames around the speaker",
    [
        ("The appointment is historic, but as Ruiz herself said, “I hope I am not the last.”", "I hope I am not",
         "Ruiz"),
        ("As Haran himself noted in his memoir, “The rate rise came a year too late.”", "The rate rise came",
         "Haran"),
        ("As the mayor herself put it, “We are broke, and everybody knows it.”", "We are broke",
         "the mayor"),
        ("“We got the timing wrong,” the finance minister himself admitted on Monday.", "We got the timing wrong",
         "the finance minister"),
        ("“Nobody reads the fine print,” Ann Lowe herself conceded.", "Nobody reads the fine print", "Ann Lowe"),
        ("Former premier Joan Whitby won a third term in 1996. As Whitby herself wrote, “1996 ended the "
         "argument for a generation.”", "1996 ended the argument", "Joan Whitby"),
        (  # negative: a reflexive object is no emphatic subject
            "Tom Kell, who blamed himself for the loss, said “we got the timing wrong”.", "we got the timing wrong",
            "Tom Kell"),
    ],
)

OFFICE_THEN_HOLDER = cases(
    "organisations, documents and groups",
    [
        ("“We will bring trade ministers from across the region,” Minister of Trade and Commerce, Paul Deverell, "
         "told reporters.", "We will bring trade ministers", "Paul Deverell"),
        ("Minister of Trade and Commerce, Paul Deverell, said “the port will double its capacity by 2026”.",
         "the port will double", "Paul Deverell"),
        ("“The new berths open in March,” Chief Executive Officer of the Port Authority, Gary Scotter, said.",
         "The new berths open", "Gary Scotter"),
        ("“Investors are already calling,” Minister of Industry, Investment and Commerce, Senator the Hon. Myrna "
         "Coley, told JIS News.", "Investors are already calling", "Myrna Coley"),
        ("“We will not back down on this bill,” said the Rt. Hon. Ann Lowe, the leader of the house.",
         "We will not back down", "Ann Lowe"),
        ("“The budget is balanced,” President of the Senate, Irma Voss, said on Tuesday.", "The budget is balanced",
         "Irma Voss"),
        (  # negative: a bank's name with "of" is the speaker, not an office
            "“We will fight the fine in court,” Bank of America, the country's second-largest lender, said.",
            "We will fight the fine", "Bank of America"),
    ],
)

ONE_OF_THE_WOMEN = cases(
    "pronouns and role nouns",
    [
        ("After the evacuation order, one of the women to leave the camp was 31-year-old Saida Morrath, who "
         "was eight months pregnant. “We walked for two days,” she said in an interview.", "We walked for two days",
         "Saida Morrath"),
        ("One of the mothers waiting at the gate was Tova Brinn. “They told us nothing all night,” she said.",
         "They told us nothing", "Tova Brinn"),
        ("Among the survivors, one of the men pulled from the rubble was 40-year-old Idris Kamau. “I heard "
         "voices above me for hours,” he said.", "I heard voices above me", "Idris Kamau"),
        ("One of the first to arrive was Tom Reyes, a volunteer. “The door was wide open,” he said.",
         "The door was wide open", "Tom Reyes"),
        (  # negative: a "he" after a man named before, the mother named since is no "he"
            "Tom Kell runs the shelter. One of the mothers waiting at the gate was Tova Brinn. “We need more "
            "cots,” he said.", "We need more cots", "Tom Kell"),
        (  # negative: residents give an unknown name no gender; the "she" stays the woman named before
            "Ann Lowe runs the shelter. One of the residents was Dov Brinn. “We need more cots,” she said.",
            "We need more cots", "Ann Lowe"),
    ],
)

WENT_ON_IN = cases(
    "speech verbs in every form",
    [
        ("Actress Dora Fenn quit the diet company in 2008. The actress went on in her statement, “I never meant to "
         "become anyone's role model.”", "I never meant to become", ("Dora Fenn", "the actress")),
        ("“I leave with a heavy heart and a full notebook,” Dora Fenn went on in the letter.", "I leave with a heavy",
         "Dora Fenn"),
        ("Coach Ivo Marek was not finished. He went on in the interview, “Nobody in this club is bigger than the "
         "team.”", "Nobody in this club", "Ivo Marek"),
        (  # negative: a show going on in the rain says nothing
            "Ann Lowe had planned the concert for months. The show went on in the rain, “a small miracle” to "
            "everyone there.", "a small miracle", None),
    ],
)

SEMICOLON_CLAUSE = cases(
    "clause frames around the speaker",
    [
        ("Looking back at the 2008 crash, the economist Piet Haran comments that “cheap credit was the single "
         "biggest cause of the bubble”; he also notes that the rescue “came a year too late.”",
         "cheap credit was the single", "Piet Haran"),
        ("The historian Lena Ost argues that “the treaty was doomed from the start”; she also writes that its "
         "authors “never read the maps.”", "the treaty was doomed", "Lena Ost"),
        ("Tom Kell remarks that “the league has lost its way”; the commissioner, for her part, says that "
         "nothing has changed.", "the league has lost its way", "Tom Kell"),
        (  # negative: no speaker before the semicolon, none for the quote
            "Prices rose again in the quarter, a “painful” turn; Ann Lowe says that wages must follow.",
            "painful", None),
    ],
)

LATER_EVENT = cases(
    "clause frames around the speaker",
    [
        ("Protesters answered with shouts of “no more war, not in our name” until Mayor Hale himself spoke up.",
         "no more war", "protesters"),
        ("Fans kept up chants of “one more song, just one more song” until the singer herself walked back out.",
         "one more song", "fans"),
        ("The crowd sang “we shall overcome some day” before Senator Ruiz took the stage.", "we shall overcome",
         "the crowd"),
        ("“We will not give up on this town,” Hale said before he walked out of the hall.", "We will not give up",
         "Hale"),
    ],
)

N1_CASES = [*SHARED_WITH, *AS_NOTED_BY, *HERSELF_SAID, *OFFICE_THEN_HOLDER, *ONE_OF_THE_WOMEN, *WENT_ON_IN, *SEMICOLON_CLAUSE, *LATER_EVENT]
