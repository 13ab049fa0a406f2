"""Attribution cases of session 11, round 19 (names19): the speaker's name itself has an unusual
form and must come out whole and right. Organisations named by one word and what they are for
("Everytown for Gun Safety", "Alternative for Germany", "Teach for America"; before only the first
word came out); people with particles and compound parts ("Mohammed bin Salman", "Juan Carlos de la
Cruz", "Tamim bin Hamad Al Thani": names of four words once their particles are not counted), after
a title of two words ("Crown Prince", "Saudi Crown Prince") or "Ayatollah", in apposition after a
role (", Mohammed bin Salman."), after "named" ("a farmer named Juan de la Cruz"); later forms of
them: without the Arabic article ("Assad", "Sisi", "Baghdadi" for "Bashar al-Assad" …), a particle
capitalised at a sentence start ("De la Cruz said"), without a suffix ("King" for "Martin Luther
King Jr.", whose period stays), the family name of a Chinese or Korean name written first ("Xi" for
"Xi Jinping", "Lee" for "Lee Jae-myung", also in a headline before the body names him: "Xi Warns
Taiwan: …"); nicknames in quote marks inside a name ('Robert “Bobby” Scott', and after a given name
we do not know when nothing else is capitalised around it: 'said Earvin ‘Magic’ Johnson'), which
are no quote and no longer cut the name. Negatives: "for" after a name that is no part of it
("Weller for her part", "a spokesman for Reyes", "running for Congress", "Weller for CNN", "Weller
for Politico Magazine": a bare surname needs two words of a cause after it, none an
organisation's), "against" ("Pelosi against Trump"), two Chinese or Korean names of one family name
("Kim Jong Un", "Kim Yo Jong": a bare "Kim" stays as written), a Western "Kim" ("Kim Davis"; "Kim
Kardashian" besides "Kim Jong Un"), "Hong Kong", a quoted word after a surname in a headline, after
an owner, before a day or a given name (no nickname: 'ABC’s “Good Morning America” Tuesday',
'Pelosi “Crazy” Nancy'). Invented people, or public figures in invented sentences; 55 of 119 failed
before.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_Q = "“We will not back down from this fight,”"
_NAMES = "names: particles, numbers, places and headlines"

ORGANISATIONS_OF_ONE_WORD = cases(
    "organisations, documents and groups",
    [
        (f"{_Q} Everytown for Gun Safety said in a statement.", "We will not back down", "Everytown for Gun Safety"),
        (f"{_Q} said Everytown for Gun Safety.", "We will not back down", "Everytown for Gun Safety"),
        ("Everytown for Gun Safety called the bill “a gift to the gun lobby and nothing more.”",
         "a gift to the gun lobby", "Everytown for Gun Safety"),
        ("According to Everytown for Gun Safety, the law “will put more guns in more schools.”",
         "will put more guns", "Everytown for Gun Safety"),
        (f"{_Q} Alternative for Germany said on Monday.", "We will not back down", "Alternative for Germany"),
        ("Alternative for Germany called the ruling “an attack on millions of voters.”",
         "an attack on millions", "Alternative for Germany"),
        (f"{_Q} the Alternative for Germany party said.", "We will not back down",
         ("the Alternative for Germany party", "Alternative for Germany")),
        (f"{_Q} Teach for America said in a statement.", "We will not back down", "Teach for America"),
        (f"{_Q} said Habitat for Humanity.", "We will not back down", "Habitat for Humanity"),
        (f"{_Q} Code for America said.", "We will not back down", "Code for America"),
        (f"{_Q} Doctors Without Borders said in a statement.", "We will not back down", "Doctors Without Borders"),
        ("In a statement, Reporters Without Borders said the arrests were “an attack on press freedom itself.”",
         "an attack on press freedom", "Reporters Without Borders"),
        ("According to Mothers Against Drunk Driving, “every one of these deaths was preventable.”",
         "every one of these deaths", "Mothers Against Drunk Driving"),
        ("Students for Fair Admissions called the ruling “a victory for every applicant in the country.”",
         "a victory for every applicant", "Students for Fair Admissions"),
        ("“Journalists are being jailed at record rates,” the Committee to Protect Journalists said in its annual report.",
         "Journalists are being jailed", "the Committee to Protect Journalists"),
        (f"{_Q} the Campaign for Accountability said.", "We will not back down", "the Campaign for Accountability"),
        ("“The ethics rules were broken again and again,” according to Citizens for Responsibility and Ethics in Washington.",
         "The ethics rules were broken", "Citizens for Responsibility and Ethics in Washington"),
        (f"{_Q} Everytown for Gun Safety president Ann Weller said.", "We will not back down", "Ann Weller"),
        (f"{_Q} said Ann Weller, the president of Everytown for Gun Safety.", "We will not back down", "Ann Weller"),
        (f"{_Q} said Alice Brandt, a co-leader of Alternative for Germany.", "We will not back down", "Alice Brandt"),
        ("Alternative for Germany co-leader Alice Brandt said the ruling was “an attack on millions of voters.”",
         "an attack on millions", "Alice Brandt"),
        (f"{_Q} Ann Weller of Everytown for Gun Safety said.", "We will not back down", "Ann Weller"),
        (f"{_Q} said a spokeswoman for Alternative for Germany.", "We will not back down",
         ("a spokeswoman for Alternative for Germany", "a spokeswoman")),
    ],
)

PARTICLES_AND_COMPOUNDS = cases(
    _NAMES,
    [
        ("“Europe will stand with Ukraine for as long as it takes,” said Ursula von der Leyen, the Commission "
         "president.\n\n“Our support will not waver,” von der Leyen added.", "Our support will not waver", "Ursula von der Leyen"),
        ("Commission President Ursula von der Leyen spoke in Brussels on Monday.\n\n“Our support will not waver,” "
         "Ms. von der Leyen said.", "Our support will not waver", "Ursula von der Leyen"),
        ("Ursula von der Leyen spoke on Monday.\n\nVon der Leyen said the plan was “the largest investment in a generation.”",
         "the largest investment", "Ursula von der Leyen"),
        ("Ursula von der Leyen spoke on Monday. Von der Leyen's spokesman said the plan was “dead on arrival.”",
         "dead on arrival", ("Von der Leyen's spokesman", "von der Leyen's spokesman")),
        ("“We will not back down,” Crown Prince Mohammed bin Salman said.", "We will not back down", "Mohammed bin Salman"),
        ("“The kingdom is changing faster than anyone expected,” Saudi Crown Prince Mohammed bin Salman told the forum.",
         "The kingdom is changing", "Mohammed bin Salman"),
        ("Saudi Crown Prince Mohammed bin Salman met the delegation on Monday.\n\n“The kingdom is changing,” bin Salman "
         "told reporters.", "The kingdom is changing", "Mohammed bin Salman"),
        ("Mohammed bin Salman spoke on Monday.\n\n“The kingdom is changing,” Mr. bin Salman said.",
         "The kingdom is changing", "Mohammed bin Salman"),
        ("“The kingdom is changing,” said the crown prince, Mohammed bin Salman.", "The kingdom is changing", "Mohammed bin Salman"),
        ("“Qatar will keep talking to both sides,” said Sheikh Tamim bin Hamad Al Thani.", "Qatar will keep talking",
         "Tamim bin Hamad Al Thani"),
        ("“The caliphate will return,” Abu Bakr al-Baghdadi said in the recording.\n\n“Our fighters are patient,” "
         "Baghdadi said.", "Our fighters are patient", "Abu Bakr al-Baghdadi"),
        ("“Syria belongs to all Syrians,” said Bashar al-Assad.\n\n“We will rebuild every city,” Assad said.",
         "We will rebuild every city", "Bashar al-Assad"),
        ("Abu Mohammed al-Julani spoke on Monday.\n\n“Syria is free,” al-Julani said.", "Syria is free", "Abu Mohammed al-Julani"),
        ("Abu Mohammed al-Julani spoke on Monday. Al-Julani said the war was “over for good.”", "over for good",
         "Abu Mohammed al-Julani"),
        ("President Abdel Fattah el-Sisi spoke on Monday.\n\n“Egypt will not accept this,” Sisi said.",
         "Egypt will not accept this", "Abdel Fattah el-Sisi"),
        ("“Egypt will not accept this,” said the Egyptian president, Abdel Fattah el-Sisi.", "Egypt will not accept this",
         "Abdel Fattah el-Sisi"),
        ("“This is a fight for our democracy,” said Rep. Debbie Wasserman Schultz (D-Fla.).\n\n“We will win it,” "
         "Wasserman Schultz said.", "We will win it", "Debbie Wasserman Schultz"),
        ("Rep. Debbie Wasserman Schultz spoke on Monday. Wasserman Schultz said the plan was “a disaster for Florida.”",
         "a disaster for Florida", "Debbie Wasserman Schultz"),
        ("“Women belong in all places where decisions are being made,” Justice Ruth Bader Ginsburg wrote.",
         "Women belong in all places", "Ruth Bader Ginsburg"),
        ("Ruth Bader Ginsburg wrote in dissent that the ruling was “a grave mistake.”\n\n“The court has erred,” Ginsburg wrote.",
         "The court has erred", "Ruth Bader Ginsburg"),
        ("“Texas deserves better than this,” Beto O’Rourke said at the rally.\n\n“We are going to win,” O’Rourke said.",
         "We are going to win", "Beto O’Rourke"),
        ("“Texas deserves better than this,” Beto O'Rourke said at the rally.\n\n“We are going to win,” O'Rourke said.",
         "We are going to win", "Beto O'Rourke"),
        ("“Texas deserves better,” said Beto O’Rourke.\n\n“We are going to win,” said Mr. O’Rourke.",
         "We are going to win", "Beto O’Rourke"),
        ("“The time is always right to do what is right,” Martin Luther King Jr. said in 1964.", "The time is always right",
         ("Martin Luther King Jr.", "Martin Luther King")),
        ("Martin Luther King Jr. spoke in Selma.\n\n“We shall overcome,” King said.", "We shall overcome",
         "Martin Luther King Jr."),
        ("Robert Hayes Jr. spoke at the ceremony. “My father taught me to finish what I start,” Hayes said.",
         "My father taught me", "Robert Hayes Jr."),
        ("“The board acted in good faith,” said John Doe III, the company's chairman.", "The board acted in good faith",
         ("John Doe III", "John Doe")),
        ("“The board acted in good faith,” said John Doe III, the company's chairman.\n\n“We did nothing wrong,” Doe said.",
         "We did nothing wrong", "John Doe III"),
        ("“We did not see this coming,” Mary-Kate Ellison said.\n\n“Nobody did,” Ellison added.", "Nobody did", "Mary-Kate Ellison"),
        ("“Paris is ready for the Games,” Jean-Luc Martin said on Friday.", "Paris is ready for the Games", "Jean-Luc Martin"),
        ("“We shall fight on,” said Juan Carlos de la Cruz, the union's leader.\n\n“Nothing has changed,” De la Cruz said.",
         "Nothing has changed", "Juan Carlos de la Cruz"),
        ("“The river has never been this low,” said a farmer named Juan de la Cruz.", "The river has never been",
         "Juan de la Cruz"),
        ("A farmer named Juan de la Cruz said the water was “too salty to drink or to give the cattle.”",
         "too salty to drink", "Juan de la Cruz"),
        ("“The river has never been this low,” said master of ceremonies Juan de la Cruz.", "The river has never been",
         "Juan de la Cruz"),
        ("“The city will rebuild,” said the mayor, Ana de los Santos.", "The city will rebuild", "Ana de los Santos"),
        ("“France is not alone,” Charles de Gaulle said.\n\n“France will fight on,” de Gaulle said.", "France will fight on",
         "Charles de Gaulle"),
        ("“I painted what I saw,” said Vincent van Gogh.\n\n“Nothing more,” van Gogh said.", "Nothing more", "Vincent van Gogh"),
        ("“We march on,” said the Rev. Al Sharpton.\n\n“We never stop,” Sharpton said.", "We never stop", "Al Sharpton"),
        ("“Iran will not bow to threats,” Supreme Leader Ayatollah Ali Khamenei said.\n\n“Iran is strong,” Khamenei said.",
         "Iran is strong", "Ali Khamenei"),
        ("“Iraq is one nation,” said Grand Ayatollah Ali al-Sistani.\n\n“It stays one,” Sistani said.", "It stays one",
         "Ali al-Sistani"),
        ("“Mexico is sovereign,” said Andrés Manuel López Obrador.\n\n“We decide,” López Obrador said.", "We decide",
         "Andrés Manuel López Obrador"),
        ("“America will suffer,” Osama bin Laden said in the tape.\n\n“We are patient,” bin Laden said.", "We are patient",
         "Osama bin Laden"),
    ],
)

NICKNAMES = cases(
    _NAMES,
    [
        ("“This bill is a disgrace to the House,” Robert “Bobby” Scott said.", "This bill is a disgrace",
         ("Robert “Bobby” Scott", "Robert Scott")),
        ("“This bill is a disgrace to the House,” Rep. Robert “Bobby” Scott (D-Va.) said.", "This bill is a disgrace",
         ("Robert “Bobby” Scott", "Robert Scott")),
        ("Rep. Robert “Bobby” Scott (D-Va.) said the bill was “a disgrace to the House and to the country.”",
         "a disgrace to the House", ("Robert “Bobby” Scott", "Robert Scott")),
        ("“This bill is a disgrace,” said Rep. Robert C. “Bobby” Scott (D-Va.).", "This bill is a disgrace",
         ("Robert C. “Bobby” Scott", "Robert Scott")),
        ('"This bill is a disgrace to the House," Robert "Bobby" Scott said.', "This bill is a disgrace",
         ('Robert "Bobby" Scott', "Robert Scott")),
        ("“We will win this thing,” said Dwayne “The Rock” Johnson.", "We will win this thing",
         ("Dwayne “The Rock” Johnson", "Dwayne Johnson")),
        ("Ann 'Annie' Weller said the plan was \"a disaster for everyone in this town.\"", "a disaster for everyone",
         ("Ann 'Annie' Weller", "Ann Weller")),
        ("“This bill is a disgrace,” Rep. Robert “Bobby” Scott said.\n\n“It will not pass,” Scott said.", "It will not pass",
         ("Robert “Bobby” Scott", "Robert Scott")),
        ("“We were ready to win it all,” said Earvin ‘Magic’ Johnson.\n\n“It is over,” Johnson said.", "It is over",
         ("Earvin ‘Magic’ Johnson", "Earvin Johnson")),
        ("Earvin “Magic” Johnson said the team was “ready to win it all this year.”", "ready to win it all",
         ("Earvin “Magic” Johnson", "Earvin Johnson")),
        ("On ABC’s “Good Morning America” Tuesday, Ann Weller said, “I never said I was going to pay for it.”",
         "I never said", "Ann Weller"),
        ("Trump called Pelosi “Crazy” Nancy on Monday. “We will not back down,” Pelosi said.", "We will not back down",
         "Pelosi"),
        ("“I voted for Robert ‘Bobby’ Scott every time,” said Ann Weller, a retired teacher.",
         "I voted for Robert ‘Bobby’ Scott", "Ann Weller"),
    ],
)

NAME_ORDER = cases(
    _NAMES,
    [
        ("“China will never seek hegemony,” Chinese President Xi Jinping said.\n\n“We want peace,” Xi said.",
         "We want peace", "Xi Jinping"),
        ("Chinese President Xi Jinping met the delegation on Monday.\n\n“We want peace,” said Mr. Xi.", "We want peace", "Xi Jinping"),
        ("Xi Jinping spoke on Monday. Xi said the talks were “productive and candid.”", "productive and candid", "Xi Jinping"),
        ("“We will not be threatened,” said Kim Jong Un.\n\n“Our weapons are ready,” Kim said.", "Our weapons are ready",
         "Kim Jong Un"),
        ("“The economy comes first,” said President Lee Jae-myung.\n\n“Jobs come first,” Lee said.", "Jobs come first",
         "Lee Jae-myung"),
        ("“Dialogue is the only way,” said Foreign Minister Wang Yi.\n\n“Nothing else works,” Wang said.", "Nothing else works",
         "Wang Yi"),
        ("“We will not back down,” said Moon Jae-in, the former president.\n\n“Peace is possible,” Moon said.",
         "Peace is possible", "Moon Jae-in"),
        ("“The water is too salty now,” said Nguyen Van Thanh, a farmer in the Mekong Delta.\n\n“We cannot grow rice,” "
         "Thanh said.", "We cannot grow rice", "Nguyen Van Thanh"),
        ("“Japan is ready,” said Prime Minister Shinzo Abe.\n\n“We will host the world,” Abe said.", "We will host the world",
         "Shinzo Abe"),
    ],
)

HEADLINES = cases(
    _NAMES,
    [
        ("Xi Warns Taiwan: “Reunification Is Inevitable”\n\nChinese President Xi Jinping spoke in Beijing on Monday.",
         "Reunification Is Inevitable", "Xi Jinping"),
        ("Von der Leyen Says EU Will “Stand Firm” on Tariffs\n\nCommission President Ursula von der Leyen said on Monday "
         "the bloc would not yield.", "Stand Firm", "Ursula von der Leyen"),
        ("Bin Salman: “The Kingdom Is Changing”\n\nCrown Prince Mohammed bin Salman spoke in Riyadh.",
         "The Kingdom Is Changing", "Mohammed bin Salman"),
    ],
)

TRANSCRIPT_LABELS = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        ("Crown Prince Mohammed bin Salman sat down with the host on Sunday.\n\n“HOST: Will the kingdom change?\n\n"
         "“BIN SALMAN: It is already changing, faster than anyone expected.”", "BIN SALMAN: It is already", "Mohammed bin Salman"),
        ("Chinese President Xi Jinping spoke with the host.\n\n“HOST: Will there be war?\n\n"
         "“XI: China has never started a war and never will.”", "XI: China has never", "Xi Jinping"),
        ("Commission President Ursula von der Leyen sat down with the host on Sunday.\n\n“HOST: Will you run again?\n\n"
         "“VON DER LEYEN: I have not made up my mind about anything yet.”", "VON DER LEYEN: I have not", "Ursula von der Leyen"),
        ("Rep. Debbie Wasserman Schultz sat down with the host on Sunday.\n\n“HOST: Will you run again?\n\n"
         "“WASSERMAN SCHULTZ: I have not made up my mind yet.”", "WASSERMAN SCHULTZ: I have not", "Debbie Wasserman Schultz"),
        ("Beto O’Rourke sat down with the host on Sunday.\n\n“HOST: Will you run again?\n\n"
         "“O’ROURKE: I have not made up my mind about anything yet.”", "O’ROURKE: I have not", "Beto O’Rourke"),
        ("Rep. Robert “Bobby” Scott sat down with the host.\n\n“HOST: Will the bill pass?\n\n“SCOTT: Not in its present form, no.”",
         "SCOTT: Not in its present", ("Robert “Bobby” Scott", "Robert Scott")),
    ],
)

NOT_PART_OF_THE_NAME = cases(
    "when unsure, say less",
    [
        (f"{_Q} said Ann Weller, who is running for Congress.", "We will not back down", "Ann Weller"),
        (f"{_Q} Weller, running for Congress, said.", "We will not back down", "Weller"),
        (f"{_Q} a spokesman for Reyes said.", "We will not back down", ("a spokesman for Reyes", "a spokesman")),
        (f"{_Q} a lawyer for Ann Reyes said.", "We will not back down", ("a lawyer for Ann Reyes", "a lawyer")),
        (f"{_Q} said Weller for the second time.", "We will not back down", "Weller"),
        (f"{_Q} Weller for her part said.", "We will not back down", "Weller"),
        (f"{_Q} writes Weller for Politico Magazine.", "We will not back down", "Weller"),
        (f"{_Q} Weller for CNN reported.", "We will not back down", "Weller"),
        (f"Ann Weller spoke on Monday. {_Q} said Weller for Democrats.", "We will not back down", "Ann Weller"),
        (f"{_Q} Pelosi against Trump said.", "We will not back down", "Pelosi"),
        (f"{_Q} Ann Weller of Texas said.", "We will not back down", "Ann Weller"),
        (f"{_Q} said Ann Weller, a candidate for Congress.", "We will not back down", "Ann Weller"),
        (f"{_Q} said Ann Weller, a lawyer for Doctors Without Borders.", "We will not back down", "Ann Weller"),
        (f"{_Q} Weller said, speaking for Everytown for Gun Safety.", "We will not back down", "Weller"),
        (f"{_Q} said Sen. Ann Weller, D-Texas, who is running for governor.", "We will not back down", "Ann Weller"),
        ("Ursula von der Leyen spoke on Monday. A spokesman for von der Leyen said the plan was “dead on arrival.”",
         "dead on arrival", ("a spokesman", "a spokesman for von der Leyen")),
        ("“We will not be threatened,” said Kim Jong Un. His sister Kim Yo Jong stood beside him.\n\n“Our weapons are "
         "ready,” Kim said.", "Our weapons are ready", ("Kim", None)),
        ("Kim Kardashian was not there. “We will not be threatened,” said Kim Jong Un.\n\n“Our weapons are ready,” Kim "
         "said.", "Our weapons are ready", ("Kim", None)),
        ("“We will not back down,” said Kim Davis, the county clerk.\n\n“I am not going anywhere,” Kim said.",
         "I am not going anywhere", ("Kim", "Kim Davis", None)),
        ("Hong Kong leader Ann Weller spoke on Monday.\n\n“The city is safe,” Hong said.", "The city is safe", ("Hong", None)),
        ("“Support for Ukraine is as strong as ever,” the minister said.", "Support for Ukraine", "the minister"),
        ("Trump called Cruz “Lyin’ Ted” on Monday. “He is a liar,” said Ann Weller.", "He is a liar", "Ann Weller"),
        ("“We will not back down,” said Prince Harry.", "We will not back down", ("Prince Harry", "Harry")),
    ],
)

NAMES19_CASES = [
    *ORGANISATIONS_OF_ONE_WORD,
    *PARTICLES_AND_COMPOUNDS,
    *NICKNAMES,
    *NAME_ORDER,
    *HEADLINES,
    *TRANSCRIPT_LABELS,
    *NOT_PART_OF_THE_NAME,
]
