"""Attribution cases of session 11, round 18 (org18): organisations and other multi-word proper names
as speakers whose names hold lower-case function words ("Americans for Prosperity", "the Center
for American Progress", "the Committee to Protect Journalists", "Citizens for Responsibility and
Ethics in Washington", "the U.S. Chamber of Commerce", "Students for a Democratic Society"), a
list of fields ("the American Federation of State, County and Municipal Employees"), a campus
("the University of California, Berkeley", "the University of Texas at Austin"), abbreviations
("the Dept. of Justice", "AT&T", "Texas A&M University"), an ordinal ("the 9th U.S. Circuit Court
of Appeals"), a person in a campaign's name ("the Committee to Elect Ann Roe", "Ann Roe for
Congress"), the name before a role ("a Bank of America spokesman"); in every frame: before and
after the verb, as a sentence's subject with another verb, after "according to", as the issuer of
a statement, as "it" later (and never as "he" or "she"). People named with such organisations:
after a title with "of" and an office's name ("Director of National Intelligence James Clapper",
"Chief of Staff Reince Priebus", "Chairman of the Joint Chiefs of Staff Joseph Dunford", also as
the antecedent of "he"), after an organisation in the possessive ("the NRA's Chris Cox", "the
Center for American Progress's Ann Roe") or a firm's or show's name with "&" and a role ("Johnson
& Johnson CEO Ann Roe", "Fox & Friends co-host Ann Roe"), in apposition after a description that a
long organisation's name makes long ("the chairman of the Senate Committee on Foreign Relations,
Ann Roe, said"). Negatives: a person and where they are from ("Ann Weller of Texas", "Frank Church
of Idaho": "Church" is no organisation after a given name), titles ("Secretary of State John
Kerry", "Speaker of the House Paul Ryan"), descriptions ("the mayor of New York", "residents of
Flint", "Republicans in Congress"), a time after the name ("the Senate on Tuesday"), two speakers
("the Department of Justice and the FBI", but "Ann Roe of the Center for American Progress and Ben
Poe of the Heritage Foundation" are two people), a time or a lower-case word after a plural
("Students for years have complained"), people "of" something ("Veterans of the Iraq war",
"Citizens of Ukraine"), an organisation's name before a noun ("Bank of America shares fell": no
speaker; "Bank of America analysts" are its people). Invented people; 152 of 235 failed before.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“We will not back down from this fight,”"

NAMES_WITH_FUNCTION_WORDS = cases(
    "organisations, documents and groups",
    [
        ("Americans for Prosperity called the bill “a disaster for taxpayers in every single state of the union.”",
         "a disaster for taxpayers", "Americans for Prosperity", "organisation"),
        (f"{_Q} the Center for American Progress said.", "We will not back down", "the Center for American Progress", "organisation"),
        (f"{_Q} said a statement from Citizens for Responsibility and Ethics in Washington.", "We will not back down",
         ("a statement from Citizens for Responsibility and Ethics in Washington",
          "Citizens for Responsibility and Ethics in Washington")),
        (f"{_Q} the U.S. Chamber of Commerce said.", "We will not back down", "the U.S. Chamber of Commerce", "organisation"),
        (f"{_Q} Students for a Democratic Society wrote.", "We will not back down", "Students for a Democratic Society", "organisation"),
        (f"{_Q} Bank of America said in a statement.", "We will not back down", "Bank of America", "organisation"),
        (f"{_Q} the Committee to Protect Journalists said.", "We will not back down", "the Committee to Protect Journalists"),
        (f"{_Q} said the Committee to Protect Journalists.", "We will not back down", "the Committee to Protect Journalists"),
        (f"{_Q} the Office of the Director of National Intelligence said.", "We will not back down",
         "the Office of the Director of National Intelligence"),
        (f"{_Q} the ACLU of Texas said.", "We will not back down", "the ACLU of Texas"),
        (f"{_Q} the ACLU of Northern California said.", "We will not back down", "the ACLU of Northern California"),
        (f"{_Q} the American Federation of Teachers said.", "We will not back down", "the American Federation of Teachers"),
        (f"{_Q} said the National Association of Manufacturers.", "We will not back down", "the National Association of Manufacturers"),
        (f"{_Q} the Supreme Court of the United States wrote.", "We will not back down", "the Supreme Court of the United States"),
        (f"{_Q} the Club for Growth said in a statement.", "We will not back down", "the Club for Growth"),
        (f"{_Q} Friends of the Earth said.", "We will not back down", "Friends of the Earth"),
        (f"{_Q} said the Council on Foreign Relations.", "We will not back down", "the Council on Foreign Relations"),
        (f"{_Q} said Citizens for Responsibility and Ethics in Washington.", "We will not back down",
         "Citizens for Responsibility and Ethics in Washington"),
        (f"{_Q} the Center for American Progress said in a statement on Monday.", "We will not back down",
         "the Center for American Progress"),
        (f"{_Q} said the Center for American Progress in a statement.", "We will not back down", "the Center for American Progress"),
        (f"{_Q} the Committee for a Responsible Federal Budget said.", "We will not back down",
         "the Committee for a Responsible Federal Budget"),
        (f"{_Q} the Campaign for Accountability said.", "We will not back down", "the Campaign for Accountability"),
        (f"{_Q} the Project on Government Oversight said.", "We will not back down", "the Project on Government Oversight"),
        (f"{_Q} the Foundation for Individual Rights in Education said.", "We will not back down",
         "the Foundation for Individual Rights in Education"),
        (f"{_Q} Physicians for Human Rights said.", "We will not back down", "Physicians for Human Rights"),
        (f"{_Q} Veterans of Foreign Wars said.", "We will not back down", "Veterans of Foreign Wars"),
        (f"{_Q} Daughters of the American Revolution said.", "We will not back down", "Daughters of the American Revolution"),
        (f"{_Q} Democrats for Education Reform said.", "We will not back down", "Democrats for Education Reform"),
        (f"{_Q} Republicans for the Rule of Law said.", "We will not back down", "Republicans for the Rule of Law"),
        (f"{_Q} Texans for Lawsuit Reform said.", "We will not back down", "Texans for Lawsuit Reform"),
        (f"{_Q} Families for Excellent Schools said.", "We will not back down", "Families for Excellent Schools"),
        (f"{_Q} the League of Conservation Voters wrote on Twitter.", "We will not back down", "the League of Conservation Voters"),
        (f"{_Q} the Union of Concerned Scientists warned on Tuesday.", "We will not back down", "the Union of Concerned Scientists"),
        (f"{_Q} the National Association for the Advancement of Colored People said.", "We will not back down",
         "the National Association for the Advancement of Colored People"),
        (f"{_Q} the Church of Jesus Christ of Latter-day Saints said.", "We will not back down",
         "the Church of Jesus Christ of Latter-day Saints"),
        (f"{_Q} the Federal Reserve Bank of New York said.", "We will not back down", "the Federal Reserve Bank of New York"),
        (f"{_Q} the U.S. Court of Appeals for the Ninth Circuit wrote.", "We will not back down",
         "the U.S. Court of Appeals for the Ninth Circuit"),
        (f"{_Q} the 9th U.S. Circuit Court of Appeals wrote.", "We will not back down", "the 9th U.S. Circuit Court of Appeals"),
        (f"{_Q} the Massachusetts Institute of Technology said.", "We will not back down",
         "the Massachusetts Institute of Technology"),
        (f"{_Q} the Alliance for Retired Americans said.", "We will not back down", "the Alliance for Retired Americans"),
        (f"{_Q} the Coalition to Stop Gun Violence said.", "We will not back down", "the Coalition to Stop Gun Violence"),
        (f"{_Q} the Party of European Socialists said.", "We will not back down", "the Party of European Socialists"),
        (f"{_Q} the Times of London wrote.", "We will not back down", "the Times of London"),
        (f"{_Q} the University of California, Berkeley, said.", "We will not back down",
         "the University of California, Berkeley"),
        (f"{_Q} the Bureau of Alcohol, Tobacco, Firearms and Explosives said.", "We will not back down",
         "the Bureau of Alcohol, Tobacco, Firearms and Explosives"),
        (f"{_Q} said the American Federation of State, County and Municipal Employees.", "We will not back down",
         "the American Federation of State, County and Municipal Employees"),
        (f"{_Q} said the Bureau of Alcohol, Tobacco, Firearms and Explosives.", "We will not back down",
         "the Bureau of Alcohol, Tobacco, Firearms and Explosives"),
        # already right: stay so
        (f"{_Q} the Department of Homeland Security said.", "We will not back down", "the Department of Homeland Security"),
        (f"{_Q} the Bureau of Labor Statistics said.", "We will not back down", "the Bureau of Labor Statistics"),
        (f"{_Q} Mothers Against Drunk Driving said.", "We will not back down", "Mothers Against Drunk Driving"),
        (f"{_Q} the Southern Poverty Law Center said.", "We will not back down", "the Southern Poverty Law Center"),
        (f"{_Q} Doctors Without Borders said.", "We will not back down", "Doctors Without Borders"),
        (f"{_Q} the Party of Regions said.", "We will not back down", "the Party of Regions"),
        (f"{_Q} The Wall Street Journal wrote in an editorial.", "We will not back down", "the Wall Street Journal"),
        (f"{_Q} the Los Angeles Times wrote in an editorial.", "We will not back down", "the Los Angeles Times"),
        (f"{_Q} Johnson & Johnson said in a statement.", "We will not back down", "Johnson & Johnson"),
        (f"{_Q} the Department of Health and Human Services said.", "We will not back down",
         "the Department of Health and Human Services"),
        (f"{_Q} the Office of Management and Budget said.", "We will not back down", "the Office of Management and Budget"),
        (f"{_Q} the House of Representatives said in a statement.", "We will not back down", "the House of Representatives"),
    ],
)

SUBJECTS_AND_FRAMES = cases(
    "organisations, documents and groups",
    [
        ("The U.S. Chamber of Commerce said the bill “will cost jobs in every state.”", "will cost jobs", "the U.S. Chamber of Commerce"),
        ("The American Federation of State, County and Municipal Employees said the bill “will cost jobs in every state.”",
         "will cost jobs", "the American Federation of State, County and Municipal Employees"),
        ("Citizens for Responsibility and Ethics in Washington filed a complaint, saying the donations “broke the law.”",
         "broke the law", "Citizens for Responsibility and Ethics in Washington"),
        ("Americans for Prosperity says the bill is “a disaster for taxpayers.”", "a disaster for taxpayers", "Americans for Prosperity"),
        ("Bank of America warned that “rates will rise before the end of the year.”", "rates will rise", "Bank of America"),
        ("In a statement, the Union of Concerned Scientists said the rule “ignores the science.”", "ignores the science",
         "the Union of Concerned Scientists"),
        ("“The rule ignores the science,” according to the Union of Concerned Scientists.", "The rule ignores",
         "the Union of Concerned Scientists"),
        ("According to the Center for American Progress, “the plan will cost families millions.”", "the plan will cost",
         "the Center for American Progress"),
        ("According to a statement from the Committee to Protect Journalists, “at least 30 reporters are in prison.”",
         "at least 30 reporters", ("a statement from the Committee to Protect Journalists", "the Committee to Protect Journalists")),
        ("The Committee to Protect Journalists said: “At least 30 reporters are behind bars.”", "At least 30 reporters",
         "the Committee to Protect Journalists"),
        ("A statement from the Office of the Director of National Intelligence said the report “contains no new information.”",
         "contains no new information",
         ("a statement from the Office of the Director of National Intelligence", "the Office of the Director of National Intelligence")),
        ("“This bill is a disaster,” read a statement from Americans for Prosperity.", "This bill is a disaster",
         ("a statement from Americans for Prosperity", "Americans for Prosperity")),
        ("The Center for American Progress, a liberal think tank, said the plan “would hurt working families.”",
         "would hurt working families", "the Center for American Progress"),
        ("“The plan would hurt working families,” the Center for American Progress, a liberal think tank, said.",
         "The plan would hurt", "the Center for American Progress"),
        ("The Center for American Progress said in a report that the plan “would hurt working families.”",
         "would hurt working families", "the Center for American Progress"),
        ("The Center for American Progress released a report on Monday.\n\n“The plan would hurt working families,” it said.",
         "The plan would hurt", "the Center for American Progress"),
        ("Americans for Prosperity ran ads in four states.\n\n“Voters deserve to know the cost,” it said.",
         "Voters deserve to know", "Americans for Prosperity"),
        ("The University of California, Berkeley, said the plan “would hurt students.”", "would hurt students",
         "the University of California, Berkeley"),
        (f"{_Q} the Center for American Progress tweeted.", "We will not back down", "the Center for American Progress"),
    ],
)

PEOPLE_WITH_ORGANISATIONS = cases(
    "titles and abbreviations",
    [
        (f"{_Q} Judicial Watch President Tom Fitton said.", "We will not back down", "Tom Fitton"),
        (f"{_Q} said Neera Tanden, president of the Center for American Progress.", "We will not back down", "Neera Tanden"),
        (f"{_Q} the NRA's Chris Cox said.", "We will not back down", "Chris Cox"),
        (f"{_Q} said the NRA's Chris Cox.", "We will not back down", "Chris Cox"),
        (f"{_Q} the Heritage Foundation's Lena Ortiz said.", "We will not back down", "Lena Ortiz"),
        (f"{_Q} the Center for American Progress's Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} the Club for Growth's Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} the Center for American Progress' Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} Director of National Intelligence James Clapper said.", "We will not back down", "James Clapper"),
        (f"{_Q} Chief of Staff Reince Priebus said.", "We will not back down", "Reince Priebus"),
        (f"{_Q} President of the European Commission Jean-Claude Juncker said.", "We will not back down", "Jean-Claude Juncker"),
        (f"{_Q} Johnson & Johnson CEO Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} Fox & Friends co-host Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} said Fox & Friends co-host Ann Roe.", "We will not back down", "Ann Roe"),
        (f"{_Q} Procter & Gamble Co. chief executive Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} Center for American Progress President Neera Tanden said.", "We will not back down", "Neera Tanden"),
        (f"{_Q} Bank of America CEO Brian Moynihan said.", "We will not back down", "Brian Moynihan"),
        (f"{_Q} Council on Foreign Relations senior fellow Max Borg said.", "We will not back down", "Max Borg"),
        (f"{_Q} Ann Roe of the Center for American Progress said.", "We will not back down", "Ann Roe"),
        (f"{_Q} said Ann Roe of the Committee to Protect Journalists.", "We will not back down", "Ann Roe"),
        (f"{_Q} Ann Roe, a fellow at the Council on Foreign Relations, said.", "We will not back down", "Ann Roe"),
        (f"{_Q} Veterans of Foreign Wars national commander Ann Roe said.", "We will not back down", "Ann Roe"),
        ("Americans for Prosperity's president, Ann Roe, said the bill “is a disaster.”", "is a disaster", "Ann Roe"),
        (f"{_Q} a spokeswoman for the U.S. Chamber of Commerce said.", "We will not back down",
         ("a spokeswoman", "a spokeswoman for the U.S. Chamber of Commerce")),
        (f"{_Q} a spokeswoman for Americans for Prosperity said.", "We will not back down",
         ("a spokeswoman", "a spokeswoman for Americans for Prosperity")),
    ],
)

NOT_ORGANISATIONS = cases(
    "when unsure, say less",
    [
        (f"{_Q} Ann Weller of Texas said.", "We will not back down", "Ann Weller"),
        (f"{_Q} said Ann Weller of Texas.", "We will not back down", "Ann Weller"),
        (f"{_Q} Frank Church of Idaho said.", "We will not back down", "Frank Church"),
        (f"{_Q} said Frank Church of Idaho.", "We will not back down", "Frank Church"),
        (f"{_Q} Secretary of State John Kerry said.", "We will not back down", "John Kerry"),
        (f"{_Q} said Speaker of the House Paul Ryan.", "We will not back down", "Paul Ryan"),
        (f"{_Q} the mayor of New York said.", "We will not back down", ("the mayor", "the mayor of New York")),
        (f"{_Q} people in Washington say.", "We will not back down", ("people", "people in Washington")),
        (f"{_Q} Republicans in Congress said.", "We will not back down", ("republicans", "Republicans", "Republicans in Congress")),
        ("Residents of Flint said the water “still smells of bleach.”", "still smells of bleach", "residents of Flint"),
        (f"{_Q} the Senate on Tuesday said.", "We will not back down", "the Senate"),
        (f"{_Q} the Department of Justice and the FBI said.", "We will not back down", "the Department of Justice and the FBI"),
        (f"{_Q} the Director of National Intelligence said.", "We will not back down", "the Director of National Intelligence"),
        ("Friends of the Earth campaigner Jo Bell said, “This is a very bad idea for everyone involved.”",
         "This is a very bad idea", "Jo Bell"),
        (f"{_Q} the University of Texas, Ann Roe said.", "We will not back down", "Ann Roe"),
        (f"{_Q} Procter & Gamble said.", "We will not back down", "Procter & Gamble"),
        (f"{_Q} Roe & Poe LLP said.", "We will not back down", "Roe & Poe LLP"),
    ],
)

MORE_NAMES = cases(
    "organisations, documents and groups",
    [
        (f"{_Q} the Islamic Republic of Iran said.", "We will not back down", "the Islamic Republic of Iran"),
        (f"{_Q} the State of Texas argued.", "We will not back down", "the State of Texas"),
        (f"{_Q} the City of Chicago said.", "We will not back down", "the City of Chicago"),
        (f"{_Q} the Archdiocese of New York said.", "We will not back down", "the Archdiocese of New York"),
        (f"{_Q} the Fraternal Order of Police said.", "We will not back down", "the Fraternal Order of Police"),
        (f"{_Q} the International Brotherhood of Teamsters said.", "We will not back down",
         "the International Brotherhood of Teamsters"),
        (f"{_Q} the Brotherhood of Locomotive Engineers and Trainmen said.", "We will not back down",
         "the Brotherhood of Locomotive Engineers and Trainmen"),
        (f"{_Q} the Port Authority of New York and New Jersey said.", "We will not back down",
         "the Port Authority of New York and New Jersey"),
        (f"{_Q} the Court of Justice of the European Union said.", "We will not back down",
         "the Court of Justice of the European Union"),
        (f"{_Q} the Board of Governors of the Federal Reserve System said.", "We will not back down",
         "the Board of Governors of the Federal Reserve System"),
        (f"{_Q} the Ministry of Foreign Affairs of the Russian Federation said.", "We will not back down",
         "the Ministry of Foreign Affairs of the Russian Federation"),
        (f"{_Q} the Organization for Economic Cooperation and Development said.", "We will not back down",
         "the Organization for Economic Cooperation and Development"),
        (f"{_Q} the Organization of the Petroleum Exporting Countries said.", "We will not back down",
         "the Organization of the Petroleum Exporting Countries"),
        (f"{_Q} the Coalition for a Prosperous America said.", "We will not back down", "the Coalition for a Prosperous America"),
        (f"{_Q} the People's Bank of China said.", "We will not back down", "the People's Bank of China"),
        (f"{_Q} Veterans For Peace said.", "We will not back down", "Veterans For Peace", "organisation"),
        (f"{_Q} the Committee to Elect Ann Roe said.", "We will not back down", "the Committee to Elect Ann Roe"),
        (f"{_Q} a Bank of America spokesman said.", "We will not back down", ("a Bank of America spokesman", "a spokesman")),
        (f"{_Q} a Center for American Progress analyst said.", "We will not back down",
         ("a Center for American Progress analyst", "an analyst")),
        (f"{_Q} an Americans for Prosperity spokeswoman said.", "We will not back down",
         ("an Americans for Prosperity spokeswoman", "a spokeswoman")),
        ("A Bank of America spokesman said the bank “will review the policy.”", "will review the policy",
         ("a Bank of America spokesman", "a spokesman")),
        ("“We will not back down,” Ann Roe of the Center for American Progress and Ben Poe of the Heritage Foundation said.",
         "We will not back down", "Ann Roe and Ben Poe"),
        ("“We will not back down,” said Ann Roe of the Center for American Progress and Ben Poe of the Heritage Foundation.",
         "We will not back down", "Ann Roe and Ben Poe"),
        (f"{_Q} Ann Roe of the Center for Budget and Policy Priorities said.", "We will not back down", "Ann Roe"),
        (f"{_Q} the Center for Budget and Policy Priorities said.", "We will not back down",
         "the Center for Budget and Policy Priorities"),
    ],
)

OFFICE_HOLDERS = cases(
    "titles and abbreviations",
    [
        ("Director of National Intelligence James Clapper testified on Tuesday.\n\n“We see no threat,” he said.",
         "We see no threat", "James Clapper"),
        ("Chief of Staff Reince Priebus spoke to reporters.\n\n“We see no threat,” Priebus said.", "We see no threat", "Reince Priebus"),
        ("President of the European Commission Jean-Claude Juncker arrived in Athens.\n\n“We see no threat,” Juncker said.",
         "We see no threat", "Jean-Claude Juncker"),
        ("Secretary of Homeland Security Jeh Johnson spoke to reporters.\n\n“We see no threat,” Johnson said.",
         "We see no threat", "Jeh Johnson"),
        ("“We see no threat,” said Secretary of Homeland Security Jeh C. Johnson.", "We see no threat", "Jeh C. Johnson"),
        ("“We see no threat,” said Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford.", "We see no threat", "Joseph Dunford"),
        ("“We see no threat,” Chairman of the Joint Chiefs of Staff Joseph Dunford said.", "We see no threat", "Joseph Dunford"),
        ("“We see no threat,” said Governor of the Bank of England Mark Carney.", "We see no threat", "Mark Carney"),
        ("“We see no threat,” Director of the Office of Management and Budget Mick Mulvaney said.", "We see no threat",
         "Mick Mulvaney"),
        ("“We see no threat,” Head of Research Ann Roe said.", "We see no threat", "Ann Roe"),
        ("“We see no threat,” President of Ireland Michael D. Higgins said.", "We see no threat", "Michael D. Higgins"),
        ("“We see no threat,” White House Chief of Staff Reince Priebus said.", "We see no threat", "Reince Priebus"),
        # a full name of three words after the office stays whole
        ("“We see no threat,” Secretary of State Hillary Rodham Clinton said.", "We see no threat", "Hillary Rodham Clinton"),
        ("Secretary of State Hillary Rodham Clinton spoke.\n\n“We see no threat,” she said.", "We see no threat",
         "Hillary Rodham Clinton"),
        ("“We see no threat,” Minister of Defence Ana Maria Gomez said.", "We see no threat", "Ana Maria Gomez"),
    ],
)

PEOPLE_OF = cases(
    "when unsure, say less",
    [
        # people "of" something, described, are no organisation's name
        ("Veterans of the Iraq war said the cuts were “a betrayal of every soldier.”", "a betrayal of every soldier",
         ("veterans", "Veterans", None)),
        ("Mothers of Parkland victims called the vote “a betrayal of every child.”", "a betrayal of every child",
         ("mothers", "Mothers", None)),
        ("“We want peace and nothing else,” Citizens of Ukraine said.", "We want peace", ("Citizens", "citizens", None)),
        ("Bank of America shares fell after the bank said it would “review the policy.”", "review the policy",
         (None, "the bank", "Bank of America")),
        ("Friends of the Earth campaigner Jo Bell spoke first.\n\n“This is a very bad idea,” she said.", "This is a very bad idea",
         "Jo Bell"),
        # an organisation's name before its people or its text
        ("“This is a betrayal of every worker,” Bank of America analysts wrote.", "This is a betrayal",
         "Bank of America analysts", "group"),
        ("“This is a betrayal of every worker,” Committee to Protect Journalists researchers wrote.", "This is a betrayal",
         "Committee to Protect Journalists researchers"),
        ("“This is a betrayal of every worker,” the Center for American Progress analyst said.", "This is a betrayal",
         "the Center for American Progress analyst", "person"),
        ("“This is a betrayal of every worker,” the Council of Europe report said.", "This is a betrayal",
         "the Council of Europe report", "document"),
        ("The University of Michigan study found that “voters are tired of the ads.”", "voters are tired",
         "the University of Michigan study", "document"),
        (f"{_Q} Doctors for America said.", "We will not back down", "Doctors for America", "organisation"),
        (f"{_Q} Californians for Safe Streets said.", "We will not back down", "Californians for Safe Streets"),
    ],
)

LONG_DESCRIPTIONS = cases(
    "long material between quote, speaker and verb",
    [
        ("“We see no threat,” the chairman of the Senate Committee on Foreign Relations, Ann Roe, said.",
         "We see no threat", "Ann Roe"),
        ("“We see no threat,” the Senate Committee on Foreign Relations chairman, Ann Roe, said.", "We see no threat", "Ann Roe"),
        ("“We see no threat,” the president of the Committee for a Responsible Federal Budget, Maya Lind, said.",
         "We see no threat", "Maya Lind"),
        ("“We see no threat,” the chairman of the Senate Committee on Foreign Relations said.", "We see no threat",
         ("the chairman", "the chairman of the Senate Committee on Foreign Relations")),
        ("“We see no threat,” the House Committee on Oversight and Government Reform said.", "We see no threat",
         "the House Committee on Oversight and Government Reform"),
        ("“We see no threat,” the Senate Committee on Foreign Relations said.", "We see no threat",
         "the Senate Committee on Foreign Relations"),
        ("“We see no threat,” Ann Roe told the Committee to Protect Journalists.", "We see no threat", "Ann Roe"),
        ("“We see no threat,” Ann Roe told members of the House Committee on Oversight and Government Reform.",
         "We see no threat", "Ann Roe"),
        ("“We see no threat,” The Times of Israel reported.", "We see no threat", "the Times of Israel"),
    ],
)

ABBREVIATIONS_AND_CAMPUSES = cases(
    "titles and abbreviations",
    [
        (f"{_Q} the U.S. Department of Agriculture said.", "We will not back down", "the U.S. Department of Agriculture"),
        (f"{_Q} the National Association of Realtors said.", "We will not back down", "the National Association of Realtors"),
        (f"{_Q} the Dept. of Justice said.", "We will not back down", "the Dept. of Justice"),
        (f"{_Q} the University of North Carolina at Chapel Hill said.", "We will not back down",
         "the University of North Carolina at Chapel Hill"),
        (f"{_Q} said the University of Texas at Austin.", "We will not back down", "the University of Texas at Austin"),
        (f"{_Q} said the University of Texas at a news conference.", "We will not back down", "the University of Texas"),
        (f"{_Q} said the Department of Justice at a hearing.", "We will not back down", "the Department of Justice"),
        (f"{_Q} the College of William & Mary said.", "We will not back down", "the College of William & Mary"),
        (f"{_Q} the London School of Economics said.", "We will not back down", "the London School of Economics"),
        (f"{_Q} the Bill & Melinda Gates Foundation said.", "We will not back down", "the Bill & Melinda Gates Foundation"),
        (f"{_Q} AT&T said.", "We will not back down", "AT&T", "organisation"),
        (f"{_Q} Texas A&M University said.", "We will not back down", "Texas A&M University", "organisation"),
        ("S&P Global warned that “rates will rise before the summer.”", "rates will rise", "S&P Global", "organisation"),
        (f"{_Q} AT&T CEO Ann Roe said.", "We will not back down", "Ann Roe", "person"),
        (f"{_Q} an AT&T spokesman said.", "We will not back down", ("an AT&T spokesman", "a spokesman")),
    ],
)

PRONOUNS_AFTER_ORGANISATIONS = cases(
    "pronouns and role nouns",
    [
        # an organisation is "it", never "he" or "she"
        ("Americans for Prosperity ran ads in four states.\n\n“Voters deserve to know the cost,” he said.",
         "Voters deserve to know", None),
        ("Ben Poe spoke on Monday. Americans for Prosperity then ran ads in four states.\n\n“Voters deserve to know the cost,” he said.",
         "Voters deserve to know", "Ben Poe"),
        ("Ben Poe spoke on Monday. The Center for American Progress then released a report.\n\n“Voters deserve to know the cost,” he said.",
         "Voters deserve to know", "Ben Poe"),
        ("Ben Poe spoke on Monday. The Center for American Progress then released a report.\n\n“Voters deserve to know the cost,” it said.",
         "Voters deserve to know", "the Center for American Progress"),
        ("Ann Roe spoke on Monday. Students for a Democratic Society then marched to the hall.\n\n“Voters deserve to know the cost,” she said.",
         "Voters deserve to know", "Ann Roe"),
        ("Director of National Intelligence Ann Roe spoke on Monday.\n\n“Voters deserve to know the cost,” she said.",
         "Voters deserve to know", "Ann Roe"),
        # "to" opens a verb inside a name, not where a letter went
        ("“We see no threat,” the letter from the Department of Justice to Congress said.", "We see no threat",
         ("the letter from the Department of Justice", "the letter from the Department of Justice to Congress")),
        ("“We see no threat,” said the Center for American Progress to reporters.", "We see no threat",
         "the Center for American Progress"),
    ],
)

CAMPAIGNS = cases(
    "organisations, documents and groups",
    [
        (f"{_Q} Ann Roe for Congress said.", "We will not back down", "Ann Roe for Congress", "organisation"),
        (f"{_Q} the Ann Roe for Congress campaign said.", "We will not back down", "the Ann Roe for Congress campaign"),
        (f"{_Q} Roe for Senate said in a statement.", "We will not back down", "Roe for Senate"),
        ("Ann Roe for Congress released an ad calling the plan “a disaster for the district.”", "a disaster for the district",
         "Ann Roe for Congress"),
        (f"{_Q} Ann Roe for Congress spokesman Ben Poe said.", "We will not back down", "Ben Poe"),
        # the candidate herself
        (f"{_Q} said Ann Roe, who is running for Congress.", "We will not back down", "Ann Roe"),
        (f"{_Q} Ann Roe, a candidate for Congress, said.", "We will not back down", "Ann Roe"),
        ("Campaigning for Congress, Ann Roe called the plan “a disaster for the district.”", "a disaster for the district", "Ann Roe"),
    ],
)

OWNED_AND_FOUND = cases(
    "organisations, documents and groups",
    [
        ("According to the U.S. Chamber of Commerce's chief economist, Ann Roe, “rates will rise by summer.”",
         "rates will rise", "Ann Roe"),
        ("The Committee to Protect Journalists' annual report found that “press freedom is in decline.”",
         "press freedom is in decline", "the Committee to Protect Journalists' annual report", "document"),
        ("The Center for American Progress's report found that “press freedom is in decline.”",
         "press freedom is in decline", "the Center for American Progress's report", "document"),
        ("The U.S. Chamber of Commerce's report found that “rates will rise by summer.”",
         "rates will rise", "the U.S. Chamber of Commerce's report", "document"),
        ("The Committee to Protect Journalists found that “press freedom is in decline.”",
         "press freedom is in decline", "the Committee to Protect Journalists", "organisation"),
        ("The Center for American Progress found that “press freedom is in decline.”",
         "press freedom is in decline", "the Center for American Progress", "organisation"),
        ("Americans for Prosperity found that “voters want lower taxes.”", "voters want lower taxes",
         "Americans for Prosperity", "organisation"),
        ("“Press freedom is in decline,” read the Committee to Protect Journalists report.", "Press freedom is in decline",
         "the Committee to Protect Journalists report"),
        ("“Press freedom is in decline,” said a report by the Committee to Protect Journalists.", "Press freedom is in decline",
         ("a report by the Committee to Protect Journalists", "the Committee to Protect Journalists")),
        ("Residents of Flint found that “the water is brown again.”", "the water is brown", None),
        # a plural of things opens no organisation's name
        ("Reports of the Kremlin Plan said it would “end the war by spring.”", "end the war", ("Reports", "reports", None)),
        (f"{_Q} Moms Demand Action for Gun Sense in America said.", "We will not back down",
         ("Moms Demand Action", "Moms Demand Action for Gun Sense in America")),
        (f"{_Q} Reporters Without Borders said.", "We will not back down", "Reporters Without Borders"),
    ],
)

MORE_NEGATIVES = cases(
    "when unsure, say less",
    [
        ("Students for years have complained that the dorms are “falling apart.”", "falling apart", "students"),
        ("Parents for their part said the school was “doing its best.”", "doing its best", "parents"),
        ("Workers on Tuesday said the plant was “unsafe at any speed.”", "unsafe at any speed", "workers"),
        (f"{_Q} the Secretary of State said.", "We will not back down", "the Secretary of State"),
        ("Chief of Staff Ann Roe called the plan “a disaster.”", "a disaster", "Ann Roe"),
        ("Director of National Intelligence Ann Roe called the plan “a disaster.”", "a disaster", "Ann Roe"),
        (f"{_Q} the Director of National Intelligence, Ann Roe, said.", "We will not back down", "Ann Roe"),
        ("Mayor Ann Roe of Dayton called the plan “a disaster.”", "a disaster", "Ann Roe"),
        (f"{_Q} said Mayor Ann Roe of Dayton.", "We will not back down", "Ann Roe"),
        ("The Center for American Progress's Ann Roe called the plan “a disaster.”", "a disaster", "Ann Roe"),
    ],
)

ORG18_CASES = [
    *NAMES_WITH_FUNCTION_WORDS,
    *SUBJECTS_AND_FRAMES,
    *PEOPLE_WITH_ORGANISATIONS,
    *NOT_ORGANISATIONS,
    *MORE_NAMES,
    *MORE_NEGATIVES,
    *OWNED_AND_FOUND,
    *OFFICE_HOLDERS,
    *PEOPLE_OF,
    *LONG_DESCRIPTIONS,
    *ABBREVIATIONS_AND_CAMPUSES,
    *PRONOUNS_AFTER_ORGANISATIONS,
    *CAMPAIGNS,
]
