"""Attribution cases of session 23: a "he" or "she" quote given to the wrong person because the
latest "person" before it was no person at all, or was of the other gender by a given name the
list did not know; and an interview's next question given to the one who answered.

Found by counting (no text read) where the held-out Canadian GGT half's pronoun quotes go wrong:
a fifth of them get a wrong person, mostly one named more recently than the right one and of no
gender a given name tells; and by reading the testbed's wrong pronoun choices (tuning half) and
every he/she speaker of the dev pages and pools that no given name genders ("Pyongyang",
"TechCrunch", "Beirut", "Gawker" among them). Four patterns:

* a subject name right after a determiner and an organisation's noun ("The liberal gossip site
  Gawker set a trap …", "The ride-hailing company Zipply said …") was registered as a person, the
  latest subject, so the next "he" or "she" went to the firm or the site; the noun says what the
  name is, a body, which an "it" may mean and a "he" never does (``SubjectIndex._body_noun_before``).
  Not a noun a person's name may follow ("the campaign …", "the party …") nor a person's noun
  ("The veteran reporter Ana Lutz", "The company founder Raj Okoye": the last noun is the person's);
* the given names of Canadian news no US table ranks high: Quebec French (Jacques, Gilles,
  Stéphane, Luc; Sylvie, Chantal, Josée, Geneviève, Martine) and Punjabi and Hindi (Jagmeet,
  Sunil; Priya), so a "she" is not given to a Jacques Gagnon named last (``given_names.py``).
  Names borne by both genders stay out (Navdeep, Gurpreet, Dana, Jody);
* capitals and large cities standing for their government or council ("Ottawa announced …",
  "Pyongyang has vowed …", "Toronto will pay …") and the Canadian provinces and territories the
  list lacked ("British Columbia", "Nunavut") are places, never a "he" or "she"
  (``wordlists.is_city``, ``is_state``), nor when quoted as a speaker ('“…,” Moscow said'). Cities
  that are common surnames stay out (London, Dallas);
* a one-word brand with a capital inside after four letters or more ("CoinDesk", "BuzzFeed",
  "TechCrunch") is a body an "it" of a verb of saying may mean, no "he" or "she"; a demonym alone
  ("Syrian families arrived …") is an adjective, no one's name (not after "a": "A young Syrian told
  me …" is one person); so are news agencies and sites written as one word ("according to
  Politico", "Reuters reported"); and "Next up is Mark Zuckerberg, whose …" presents the person
  the next quote is from, as "Across the street stood X" does;
* frequent US, Arabic and South Asian given names of one gender the list missed (Caleb, Wyatt,
  Jamal; Madison, Latoya; Tariq, Samir; Ayesha, Farah);
* an interview told in turns: a named asker's question, a he or she answering, then a bare
  question to "you" is the asker's next question, not more of the answer (it took the answer's
  "she", which went to the asker once "Caleb" had no gender: ``speaker_turns.asker_again``); and
  the one asked named with a title ("a reporter asked Gov. Ann Weller") answers, as one named
  without does (the title was read as a first word, so no gender fitted);
* a one-word "-ism" ("Mormonism gained …") or a hyphened plural group ("Hispanic-Americans
  turned out …") as the latest subject, no one; and "In Stolberg’s view, …" gives Stolberg's
  view, as "For X," and "To X," do, for the "she writes" after it.

Negatives: a person after a person's noun ("The veteran reporter Ana Lutz"), a role set off by
commas before the name, a latest person whose given name fits ("Deputy mayor Luc Bergeron" for
a "he" after "Mayor Martine Ouellet"), surnames like cities or demonyms ("Jack London", "Judge Ann
French"), surnames with a capital inside ("MacKenzie", "DeSantis"). Invented people and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

BODY_NOUN_BEFORE_NAME = cases(
    "pronouns and role nouns",
    [
        ("Mayor Tom Kell met the city's taxi drivers on Monday. The ride-hailing company Zipply said on Tuesday "
         "it would leave the city by June. “We have done everything we could to keep them,” he said.",
         "We have done everything", "Tom Kell"),
        ("Premier Doug Halloran announced a freeze on hydro rates. The Quebec utility Hydrelle warned the freeze "
         "would cost it millions. “This is the right thing for families who are struggling,” he said.",
         "This is the right thing", "Doug Halloran"),
        ("Tom Baker, the owner of a bakery in Lisle, spoke at the hearing. The online retailer Shopwell opened a "
         "warehouse in the town last year. “They took half my customers in six months,” he said.",
         "They took half my customers", "Tom Baker"),
        ("Gov. Lena Ortiz spoke to reporters on Monday. The conservative magazine Bellwether ran a cover story on "
         "her last week. “I did not read it and I will not read it,” she said.",
         "I did not read it", "Lena Ortiz"),
        ("Councillor Ann Reyes voted against the transit plan. The Toronto-based carmaker Velora lobbied hard for "
         "it all spring. “It was a bad plan from the first day,” she said.",
         "It was a bad plan", "Ann Reyes"),
        ("The liberal gossip site Quibbler set a trap for Senator Ray Dunmore last year.\n\n"
         "On March 3, Dunmore retweeted a quote an account named “hardline1922” had put in his mouth. "
         "He shared it imagining “he was sharing one of his own speeches”.",
         "he was sharing one", "Ray Dunmore"),
        ("Senator Ray Dunmore criticised the merger on Monday. The news site Brevio first reported the deal. "
         "“A merger like this one kills competition in every small town,” he said.",
         "A merger like this one", "Ray Dunmore"),
        # an "it" may mean the body the noun names
        ("Gov. Lena Ortiz spoke to reporters on Monday. The conservative magazine Bellwether ran a cover story on "
         "her last week. “The governor has dodged every question we asked,” it said.",
         "The governor has dodged", "Bellwether"),
        # negatives: the noun before the name is a person's, or a role set off by commas
        ("Tom Baker spoke at the hearing. The veteran reporter Ana Lutz asked him about the loans. “I asked three "
         "times and got no answer,” she said.", "I asked three times", "Ana Lutz"),
        ("Tom Baker spoke at the hearing. The company founder Raj Okoye defended the plan. “We will hire 200 people "
         "here,” he said.", "We will hire 200", "Raj Okoye"),
        ("Tom Baker spoke at the hearing. The bank's chief executive, Dana Pike, defended the loans. “Every loan was "
         "approved by the board,” she said.", "Every loan was approved", "Dana Pike"),
        ("Ana Lutz spoke at the hearing. The campaign manager Okafor defended the spending. “Every dollar was "
         "reported,” he said.", "Every dollar was reported", "Okafor"),
    ],
)

CANADIAN_GIVEN_NAMES = cases(
    "pronouns and role nouns",
    [
        ("Health Minister Sylvie Tremblay toured the hospital in Laval on Monday. Union leader Jacques Gagnon walked "
         "beside her. “We need more nurses on every floor of this building,” she said.",
         "We need more nurses", "Sylvie Tremblay"),
        ("Mayor Chantal Roy opened the new library in Gatineau on Saturday. Architect Gilles Bouchard designed the "
         "building. “This is a place for every child in this city,” she said.",
         "This is a place for every", "Chantal Roy"),
        ("Councillor Josée Lavoie voted for the budget. Finance chair Stéphane Caron presented it to council on "
         "Tuesday. “I have never seen a budget this fair to the suburbs,” she said.",
         "I have never seen a budget", "Josée Lavoie"),
        ("NDP Leader Jagmeet Singh campaigned in Burnaby on Sunday. Liberal candidate Priya Sandhu knocked on doors "
         "nearby. “People here want action on housing, not more promises,” he said.",
         "People here want action", "Jagmeet Singh"),
        ("Dr. Priya Nair runs the clinic in Brampton. Her colleague Sunil Mehta started there in 2015. “We see more "
         "patients in a week than most clinics see in a month,” she said.",
         "We see more patients", "Priya Nair"),
        ("Premier Maxime Gauthier met mayors in Quebec City on Friday. Mayor Geneviève Dubé of Rimouski asked about "
         "the ferry. “The ferry will run again by spring, I can promise that,” he said.",
         "The ferry will run again", "Maxime Gauthier"),
        ("Minister Benoît Lafleur visited the port on Monday. Dock worker Karine Paquette showed him the cranes. "
         "“We will fund the new cranes before the winter,” he said.",
         "We will fund the new cranes", "Benoît Lafleur"),
        # negatives: the latest person's given name fits the pronoun
        ("Mayor Martine Ouellet spoke first. Deputy mayor Luc Bergeron read the motion. “The vote was never in "
         "doubt,” he said.", "The vote was never in doubt", "Luc Bergeron"),
        ("Mayor Sylvie Tremblay spoke first. Councillor Manon Roy read the motion. “The vote was never in "
         "doubt,” she said.", "The vote was never in doubt", "Manon Roy"),
    ],
)

PLACES_AS_SUBJECTS = cases(
    "pronouns and role nouns",
    [
        ("Premier Doug Ford spoke to reporters on Monday. Ottawa announced $40 million for transit in the region. "
         "“We asked for far more than that,” he said.", "We asked for far more", "Doug Ford"),
        ("Mayor Lisa Helps spoke at the hearing. British Columbia has cut funding for the project. “We will find "
         "the money somewhere,” she said.", "We will find the money", "Lisa Helps"),
        ("Mayor Tom Kell spoke at the hearing. Toronto will pay for half of the new line. “It is a fair deal for "
         "everyone,” he said.", "It is a fair deal", "Tom Kell"),
        ("Foreign Minister Kang Min-ho spoke in Seoul on Monday. He said the talks would resume. Pyongyang has "
         "vowed never to give up its weapons. “We will keep the door open,” he said.",
         "We will keep the door open", "Kang Min-ho"),
        ("Health Minister Ana Ruiz toured the clinic on Monday. Nunavut has asked Ottawa for more nurses. “We "
         "cannot staff these clinics on our own,” she said.", "We cannot staff these clinics", "Ana Ruiz"),
        ("Prime Minister Tom Hale spoke to reporters on Tuesday. Moscow rejected the offer within hours. “The door "
         "stays open for now,” he said.", "The door stays open", "Tom Hale"),
        ("Mayor Ann Cole spoke at city hall. Calgary will host the games in 2030. “It will be the best games this "
         "country has seen,” she said.", "It will be the best games", "Ann Cole"),
        # a capital or a country quoted as a speaker is a government, no later "he"
        ("Prime Minister Tom Hale met the envoy on Monday. “We reject the proposal in full,” Moscow said in a "
         "statement.\n\n“The door stays open for talks,” he said.", "The door stays open for talks", "Tom Hale"),
        ("Prime Minister Tom Hale met the envoy on Monday. “We reject the proposal in full,” Russia said in a "
         "statement.\n\n“The door stays open for talks,” he said.", "The door stays open for talks", "Tom Hale"),
        ("President Tom Hale spoke in Seoul on Wednesday. He promised a better future if the North agreed to "
         "“complete, verifiable and total disarmament” – something Pyongyang has vowed never to do. “We will not "
         "allow our cities to be threatened with destruction,” he told lawmakers.", "We will not allow our cities",
         "Tom Hale"),
        # negatives: a person named like a city the list leaves out, or a city's name as a surname
        ("Jack London wrote the book in 1903. “It was a hard winter,” London said. “Nobody came back from that "
         "trip,” he said.", "Nobody came back", "Jack London"),
        ("Coach Tom Boston spoke after the game. “We played hard,” Boston said. “We will be back next season, "
         "stronger than this,” he said.", "We will be back", "Tom Boston"),
    ],
)

BRANDS_AND_DEMONYMS = cases(
    "pronouns and role nouns",
    [
        # a one-word brand with a capital inside after four letters or more is no "he" or "she"
        ("Omar Velic, a contractor, worked his last day at the exchange on Thursday. Velic froze the account, "
         "CoinDesk reported, although it stayed open for hours. “I did not steal anything and I did nothing I was "
         "not allowed to do,” he said.", "I did not steal anything", "Omar Velic"),
        ("Gov. Lena Ortiz met donors on Friday. BuzzFeed published the guest list on Saturday. “I have nothing to "
         "hide about who I meet,” she said.", "I have nothing to hide", "Lena Ortiz"),
        ("Mayor Tom Kell cut the ribbon on Monday. NewsNation carried the ceremony live. “This bridge took twenty "
         "years to build,” he said.", "This bridge took twenty", "Tom Kell"),
        ("Dr. Ana Lutz led the study. ScienceAlert first reported the findings on Friday. “We did not expect the "
         "effect to be this large,” she said.", "We did not expect the effect", "Ana Lutz"),
        ("Rep. Dan Pike answered questions on Tuesday. HuffPost asked him about the loans first. “Every loan was "
         "paid back on time,” he said.", "Every loan was paid back", "Dan Pike"),
        ("Senator Ray Dunmore said the bill was dead, according to CoinDesk. “Nobody in this building wants to "
         "vote on it before the election,” he said.", "Nobody in this building", "Ray Dunmore"),
        ("CoinDesk said on Monday that it had found the flaw. “No customer funds were at risk at any point,” it "
         "said.", "No customer funds were at risk", "CoinDesk"),
        # a news agency or a site written as one word is a body too
        ("Senator Ana Ruiz spoke on Monday. The deal was signed last week, Reuters reported. “We waited a long time "
         "for this day,” she said.", "We waited a long time", "Ana Ruiz"),
        ("The campaign hired Dana Pierce last week, according to Politico.\n\nThough Tom Kell would not say who "
         "his first choice was, the candidate gave his view of who it will not be. “It will not be Ruiz, that much "
         "I know,” he said.", "It will not be Ruiz", ("Tom Kell", "the candidate", None)),
        ("Reuters said on Monday that it had seen the letter. “The letter was signed by all six ministers,” it said.",
         "The letter was signed", "Reuters"),
        # "Next up is X": the person the text turns to
        ("Charlie Vance, who founded the site, dismisses its rivals.\n\nNext up is Mark Ellison, whose temper "
         "inspired a film:\n\n“You have one identity and only one,” he said in an interview.",
         "You have one identity", "Mark Ellison"),
        ("Dana Reyes chaired the hearing. First up was Mayor Ann Cole, who spoke for an hour. “We will finish the "
         "bridge this year,” she said.", "We will finish the bridge", "Ann Cole"),
        # a demonym alone opening a sentence is an adjective, no one's name
        ("Mayor Tom Kell welcomed the newcomers on Monday. Syrian families arrived in the town last week. “They are "
         "our neighbours now and we will treat them so,” he said.", "They are our neighbours", "Tom Kell"),
        # negatives: surnames with a capital inside; a demonym after "a" is one person; a surname that is a demonym
        ("Gov. Ann MacKenzie spoke on Monday. “We will not back down on this,” MacKenzie said. “Not now and not "
         "ever,” she said.", "Not now and not ever", "Ann MacKenzie"),
        ("Ray DeSantis spoke on Monday. “We will not back down,” DeSantis said. “Not now and not ever, not while I "
         "am here,” he said.", "Not now and not ever, not while", "Ray DeSantis"),
        ("Mayor Tom Kell visited the shelter on Monday. A young Syrian told me that he had walked for a month. “I "
         "only want a safe place for my children,” he said.", "I only want a safe place", ("Syrian", "a young Syrian", None)),
        ("Mayor Tom Kell spoke on Monday. Judge Ann French ruled on the case. “The law is clear on this point,” "
         "French said. “There is nothing more to say,” she said.", "There is nothing more to say", "Ann French"),
    ],
)

MORE_GIVEN_NAMES = cases(
    "pronouns and role nouns",
    [
        ("Council member Madison Hale voted for the plan. Developer Tyrone Banks presented it on Monday. “This plan "
         "is the best thing to happen to the east side in years,” she said.", "This plan is the best", "Madison Hale"),
        ("Dr. Ayesha Rahman runs the clinic. Her colleague Tariq Aziz joined in 2019. “We see more patients than we "
         "can handle,” she said.", "We see more patients than", "Ayesha Rahman"),
        ("Coach Wyatt Moreno spoke after the game. Forward Latoya Briggs scored twice. “We played the best half of "
         "hockey we have played all year,” he said.", "We played the best half", "Wyatt Moreno"),
        ("Principal Jamal Whitaker opened the school year on Monday. Teacher Haley Dunn led the assembly. “Every "
         "child here deserves a good start,” he said.", "Every child here deserves", "Jamal Whitaker"),
        ("Dr. Samir Haddad treated the victims. Nurse Farah Aziz worked beside him all night. “We had never seen "
         "injuries like these,” he said.", "We had never seen injuries", "Samir Haddad"),
        ("Pastor Caleb Ames spoke at the vigil. Organiser Jasmine Cole read the names. “This town will not forget "
         "them,” he said.", "This town will not forget", "Caleb Ames"),
        # negative: the latest person's given name fits the pronoun
        ("Coach Wyatt Moreno spoke after the game. Forward Latoya Briggs scored twice. “I just tried to get to the "
         "net as often as I could,” she said.", "I just tried to get", "Latoya Briggs"),
    ],
)

INTERVIEW_TURNS = cases(
    "pronouns and role nouns",
    [
        # a named asker's question, a he or she answers, a bare question to "you": the asker's again
        ("“Should the city pay for the new stadium?” reporter Caleb Ward asked one fan outside the gates.\n\n"
         "“Absolutely,” she said.\n\n“So why do you think taxpayers who never go to a game should pay for it?”",
         "So why do you think taxpayers", "Caleb Ward"),
        ("“Do you support the new tax?” host Jamal Price asked shopper Ann Lee.\n\n“No, not at all, not one bit,” "
         "she said.\n\n“Then how do you expect the city to fix the roads?”", "Then how do you expect", "Jamal Price"),
        ("“Will the plant close?” interviewer Dana Cole asked the mayor.\n\n“Not while I hold this office,” he "
         "replied.\n\n“And what happens after you leave the office next year?”", "And what happens after you",
         "Dana Cole"),
        ("“Is the water safe to drink?” reporter Mia Tran asked a resident.\n\n“I would not give it to my kids,” he "
         "said.\n\n“Have you told the city what you found in your tap?”", "Have you told the city", "Mia Tran"),
        ("“Did the fire start in the kitchen?” host Omar Bell asked a neighbour.\n\n“That is what the firemen told "
         "us,” she said.\n\n“How long did it take you to get out of the building?”", "How long did it take you",
         "Omar Bell"),
        ("“Will you vote in March?” reporter Ann Roe asked a student.\n\n“For the first time, yes,” he said.\n\n"
         "“What made you decide to register this year?”", "What made you decide", "Ann Roe"),
        # negative: a bare statement after the answer is more of the answer
        ("“Do you support the new tax?” host Jamal Price asked shopper Ann Lee.\n\n“No, not at all, not one bit,” "
         "she said.\n\n“I have paid enough taxes in this town for one lifetime, and so have my neighbours.”",
         "I have paid enough taxes", "Ann Lee"),
        # the one asked, named with a title, answers ('a reporter asked Gov. Ann Weller')
        ("“Will you sign the bill?” a reporter asked Gov. Ann Weller.\n\n“Not in the form it is in today, no,” she "
         "said.", "Not in the form it is in", "Ann Weller"),
        ("“Why did you vote no?” a reporter asked Sen. Tom Kell. “Because it was a bad bill from the start,” he "
         "replied.", "Because it was a bad bill", "Tom Kell"),
        ("“Is the dam safe?” a reporter asked Mayor Lisa Ortiz. “The engineers tell me it is safe for now,” she said.",
         "The engineers tell me", "Lisa Ortiz"),
        ("“Will the mill reopen?” a reporter asked Rep. Dan Pike. “Not before the spring, if it reopens at all,” he "
         "said.", "Not before the spring", "Dan Pike"),
        # negative: the one asked is of the other gender
        ("“Will you run again?” a reporter asked Gov. Tom Weller. “Not this year, and maybe not ever again,” she "
         "said.", "Not this year, and maybe", ("a reporter", None)),
    ],
)

CREEDS_GROUPS_AND_VIEWS = cases(
    "pronouns and role nouns",
    [
        # a one-word "-ism" is a creed or a movement, a hyphened plural a group: no "he" or "she"
        ("Pollster Ana Reyes studied the vote. Hispanic-Americans turned out in record numbers. “We have never seen "
         "numbers like these in a midterm,” she said.", "We have never seen numbers", "Ana Reyes"),
        ("Historian Ann Lutz wrote the book. Catholicism shaped the town for two centuries. “You cannot understand "
         "this place without its churches,” she said.", "You cannot understand this place", "Ann Lutz"),
        ("Critic Tom Hale reviewed the show. Photorealism is everywhere in this year's games. “I want worlds that "
         "look like nothing I have seen before,” he said.", "I want worlds that look", "Tom Hale"),
        # "In X's view," gives X's view, whoever the sentence's subject is
        ("A federal judge sentenced the gunman on Thursday.\n\nNora Quill of The Harbor Times offers an important "
         "perspective on Quakerism in the wake of the vote. In Quill’s view, Quakerism gained a great deal in the "
         "election. She writes: “The meeting houses came out of the campaign fuller than they went in.”",
         "The meeting houses came out", "Nora Quill"),
        ("Tom Reyes spoke first. In Mayor Ellen Park’s view, the budget is too small. “We cannot run a city on this "
         "money,” she said.", "We cannot run a city", "Ellen Park"),
        ("Senator Tom Kell spoke first. In Dr. Ana Pell’s opinion, the vaccine rollout was too slow. “We lost weeks "
         "we did not have,” she said.", "We lost weeks we did not", "Ana Pell"),
        # negatives: the view's holder of the other gender; a surname that ends in "ism"
        ("Ann Lutz led the meeting. In Tom Hale’s view, the plan was too costly. “We should not spend money we do "
         "not have,” she said.", "We should not spend money", "Ann Lutz"),
        ("Mayor Ann Cole cut the ribbon. Ray Ism, the architect, stood beside her. “It took four years to build,” he "
         "said.", "It took four years to build", "Ray Ism"),
    ],
)

PRON23_CASES = (
    BODY_NOUN_BEFORE_NAME + CANADIAN_GIVEN_NAMES + PLACES_AS_SUBJECTS + BRANDS_AND_DEMONYMS + MORE_GIVEN_NAMES + INTERVIEW_TURNS
    + CREEDS_GROUPS_AND_VIEWS
)
