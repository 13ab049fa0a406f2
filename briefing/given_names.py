"""A person's gender from an unambiguous given name or a title, for when the text says nothing.

Pronoun resolution (``salience.SubjectIndex.resolve``) must not hand a "she" to "Ted Cruz" or a
"he" to "Hillary Clinton" just because the article never writes a pronoun next to that name.
The text's own evidence (an honorific, he/she tied to the name: ``NameRegistry.gender``) always
comes first; this lexicon is asked only when the text is silent, and its answer only rules a
candidate *out* — it never makes a pronoun resolve to someone it would not have resolved to.

Where the lists come from: hand-written from the most frequent given names of the US Social
Security Administration's baby-name tables (public domain), plus given names of people
frequent in English-language world news (heads of state and government, ministers, party
leaders: Vladimir, Volodymyr, Emmanuel, Olaf, Recep, Narendra, Angela, Ursula, Giorgia ...),
and the frequent Irish, Scottish and Welsh given names of Irish and British news (Colm, Niall,
Aoife, Siobhán, Rhys, Eilidh) and West and East African ones borne by one gender (Chukwudi,
Emeka, Kwabena, Chioma, Abena, Wanjiru: Igbo, Yoruba, Akan day names, Kikuyu), which no US table
ranks, so that a "she" does not go to a Colm or a Chukwudi; and the given names of Canadian news
that no US table ranks high: Quebec French (Jacques, Gilles, Stéphane, Sylvie, Chantal, Josée)
and Punjabi and Hindi (Jagmeet, Sunil, Priya, Jyoti), so that a "he" does not go to a Sylvie
named last (the Gender Gap Tracker's Canadian articles showed a pronoun's person of no known
gender is most of what goes wrong there). Punjabi names borne by both (Navdeep, Gurpreet,
Amarjeet, Harjeet, Harpreet, Manpreet) are left out. Also frequent US given names of one gender
the first lists missed (Caleb, Wyatt, Jamal, Tyrone; Madison, Haley, Latoya, Jasmine) and
frequent Arabic and South Asian ones of one gender (Tariq, Bilal, Samir; Ayesha, Farah, Divya),
and more US ones of one gender a pool article showed missing (a "Marissa" taken for a "he" by
one stray pronoun: Marissa, Clarissa, Chloe, Scarlett; Ezra, Silas, Grayson), leaving out those
that also name a place, a firm or a team ("Brooklyn", "Aurora", "Chase", "Piper", "Levi").
Rule for inclusion: a name goes in only when it is borne by one gender in the very large
majority of people in the news (roughly 95 % or more in the SSA data) and is not a common name
of the other gender in another major language. Left out on purpose: names used for both
(Jordan, Taylor, Morgan, Kelly, Leslie, Jamie, Robin, Dana, Casey, Alex, Sam, Chris, Pat,
Terry, Lindsey, Devin, Marty, Mel, Lee, Kim, Ali, Noor), names whose gender differs by language
(Jean: French m / English f; Andrea, Simone, Michele, Gabriele: Italian m; Nicola; Jan: Dutch
and Czech m; Sasha, Nikita, Valery), and Chinese, Korean or Vietnamese given names, which come
after the surname and so are never a name's first word. Misspelt or truncated names are not
guessed at.

Only the first word of a name of two or more words is read: a name of one word is usually a
surname ("Warren" is Elizabeth Warren, "Christie" is Chris Christie), which says nothing.
A given name that opens more names of things than of people in US news is left out as well
("Clinton Foundation", "the Clinton campaign").
"""

from __future__ import annotations

import unicodedata

#: Titles that tell a gender (King, Father, Sister). Unlike the honorifics Mr. or Ms.
#: (``speech_lexicon.HONORIFIC_GENDER``, which ``NameRegistry`` counts as the text's own evidence
#: and as proof of a person), they are read like a given name: only to rule a candidate out.
TITLE_GENDER = {
    "king": "m", "prince": "m", "father": "m", "brother": "m", "pope": "m", "emperor": "m",
    "sultan": "m", "sheikh": "m", "queen": "f", "princess": "f", "sister": "f", "madam": "f",
    "madame": "f", "mme": "f", "empress": "f", "duchess": "f", "duke": "m",
}  # fmt: skip

_MALE = """
aaron abdel abdul abdullah abe abraham adam adrian ahmad ahmed ahmet al alan albert alberto
alejandro aleksandr alexander alexandr alexei alexey alfonso alfred alfredo allen alvaro amir amit
anders andre andrei andrew andrey andriy andré andrés andy angelo anil anthony anton antonin antonio
antony archibald armando arnold arthur arvind ashraf augusto avi ayman barack barry bart bashar ben
benedict benjamin benny bernard bernie bill billy bjorn björn bob bobby boris brad bradley brandon
brendan brent brett brian bruce bruno bryan burt byron calvin carl carlo carlos cecil cesar chad
chaim charles chester christian christopher chuck clarence claude clay clayton clifford clint
cody colin connor conor corey cory craig curt curtis cyril césar dan daniel danny dante
darrell darren darryl dave david dennis derek desmond dick diego dmitri dmitry dominic don donald
doug douglas duane dustin dwayne dwight dylan earl ed eddie edgar edmund eduardo edward edwin ehud
elijah elliot elliott elon emmanuel emmerson enrico enrique eric erik ernest ernesto ethan eugene
evan evo fabio federico felipe felix fernando fidel florian francesco francis francisco frank
frank-walter franklin fred freddie frederick friedrich fumio gabriel gareth garrett gary gavin geoff
geoffrey george gerald gerard gerhard giorgio giovanni giuseppe glen glenn gonzalo gordon graham
grant greg gregory guido gustavo guy hakeem hamad hamid hank hans harold harry harvey hassan hector
helmut henry herbert herman hernan horace howard hugh hugo hussein héctor ian ibrahim igor ilya
imran ira irving isaac ismail ivan jack jackson jacob jair jake james jared jason javier jay
jean-claude jean-luc jean-marc jean-marie jean-michel jean-paul jean-pierre jean-yves jeb jeff
jeffrey jens jeremy jerome jerry jesse jim jimmy joaquin joaquín joe joel joey johann john johnny
jon jonathan jorge jose joseph josh joshua josé juan julian julio justin kamal karl keir keith ken
kenneth kevin khaled khalid kirk klaus kurt kyle lamar lance larry lars lawrence leo leon leonard
leonardo leroy lloyd logan lorenzo louis luca lucas luigi luis luiz luke lyndon mahmoud malcolm
manuel marc marcel marcelo marco marcos marcus mario mark marshall martin mason mathew matt matteo
matthew maurice max maximilian melvin merrick michael michel miguel mike mikhail miles milton mitch
mitchell mitt mohamed mohammad mohammed moses muhammad muhammadu mustafa naftali narendra nate
nathan nathaniel ned neil nelson newt nicholas nick nicolas nicolás nigel noah norman olaf oleg
oleksandr oleksiy oliver omar oscar otto owen pablo paolo patrick paul pedro pete peter petro phil
philip phillip pierre rafael rahm rahul raj ralph ramon ramzan ramón rand randall randy raphael raul
ray raymond raúl recep reggie reginald reince rex ricardo richard rick ricky rishi rob robby robert
roberto rocco rod rodney rodrigo roger roland rolf roman ron ronald ronnie ross roy ruben rubén
rudolph rudy rupert russ russell ryan salman salvador samuel sanjay santiago saul scott sean
sebastian sergei sergey sergio seth shane shaun shawn sheldon sherrod shinzo silvio simon spencer
stan stanley stefan stephen steve steven stuart sven tad ted terrence thaddeus theodore thomas tim
timothy toby todd tom tommy tony travis trayvon trent trevor trey troy tyler uhuru ulrich uri
valentin vernon victor viktor vince vincent vitali vitaliy vladimir volodymyr wade walter warren
wayne wesley wilbur willard william wolfgang xavier yair yevgeny yitzhak yousef youssef yoweri yuri
zach zachary álvaro
andres andrés arturo emilio esteban guillermo ignacio jaime mateo tomas tomás vicente
hunter rich will
aidan cathal cian ciaran ciarán colm darragh declan dermot diarmuid donal dónal eoin eamon eamonn
éamon fergal fionn kieran liam lorcan niall oisin oisín padraig pádraig peadar ronan rónán rory
ruairi ruairí seamus séamus tadhg dafydd hamish iain iwan owain rhys
chinedu chukwudi emeka ikenna obinna nnamdi babajide olusegun kwabena kwaku kwasi kojo yaw
alain benoit benoît denis francois françois gaetan gaétan gilles ghislain jacques jean-francois
jean-françois jean-guy jean-sebastien jean-sébastien luc marc-andre marc-andré mathieu maxime normand
pierre-luc rejean réjean rene rené serge sebastien sébastien stephane stéphane sylvain yvon yves
blaine dalton irwin kenny murray romeo
jagmeet ajay arun ashok deepak manish rajesh ramesh ravi sanjeev sunil suresh vijay
anand naveen rohit sandeep vikram
alvin austin brody bryce caleb cedric clyde colton cornelius damon darius darnell demetrius derrick
floyd isaiah jamal jermaine kareem lamont landon lester lonnie malik marquis marvin nolan rashad
roderick tanner tristan tyrone wyatt
amjad bilal fadi faisal hamza jawad karim mohamad muhammed nabil rami samir tariq yusuf ziad
aiden ambrose amos asher bartholomew brayden deshawn dirk easton elmer emiliano ezekiel ezequiel ezra
gideon grayson jeremiah matias mortimer reuben rigoberto rogelio seymour silas thiago tyrell
"""

_FEMALE = """
abigail ada adriana agnes aileen aisha alexandra alexandria alice alicia alina alison allison alma
amanda amber amy ana anastasia angela angelina angelique anita ann anna annalena anne anne-marie
annette annie antoinette arianna ashley audrey ayanna ayelet barbara beatrice beatriz becky benazir
bernadette beth bethany betsy betty beverly bianca brenda bridget brittany brooke camila candace
cara carla carly carmen carol carole caroline carolyn cassandra catherine cathy cecilia celine
charlene charlotte chelsea cheryl christina christine cindy claire clara claudia colleen connie
constance cristina cynthia daisy daniela danielle daphne darlene dawn debbie deborah debra delia
denise diana diane dianne dilma dolores donna doris dorothy edith eileen elaine eleanor elena
elisabeth eliza elizabeth ella ellen elsa emily emma erica erika erin esther eugenia eva evelyn
fatima felicity fiona florence frances francesca gabriela gabrielle gail geraldine gina giorgia
gladys gloria grace greta gretchen gwen gwendolyn hanna hannah harriet hayley heather heidi helen
helena hillary holly hope huma ida ilhan ilse imelda indira ingrid irene irina iris isabel isabella
isabelle ivana ivanka jacinda jacqueline jane janet janice jeanne jeannette jennifer jenny jessica
jill joan joanna joanne jocelyn joni josefina josephine joy joyce judith judy julia julie juliet
julieta justine kamala karen karin karina kate katharine katherine kathleen kathryn kathy katie
katrin katrina kay kayla kellyanne kimberly kirsten kristen kristin kristina kyrsten laura lauren
laurie leah leila lena liliana lillian linda lisa liz liza lois loretta lori lorraine louise lucia
lucy lucía luisa lydia lynda lyudmila madeleine madeline maggie maia malala mallory mandy marcia
margaret margarita margo marguerite maria mariana marianne marie marie-france marilyn marina marisa
marjorie marlene martha mary maryam maría maureen maxine megan meghan megyn melania melanie melinda
melissa mercedes meredith mia michaela michelle mildred mindy miranda miriam mitzi molly monica
monique mónica nadia nadine nancy naomi natalia natalie natasha nathalie nellie nicole nikki nina
nora norma olena olga olivia paige pamela patricia patty paula paulette pauline peggy penelope penny
phyllis pramila priscilla priyanka rachel rania rashida rebecca regina renee renée rhonda rita
roberta rosa rosalind rosalyn rose rosemary ruth sabrina sally samantha sandra sara sarah savannah
selena serena sharon sheila shirley silvia simona sofia sofía sonia sophia sophie stella stephanie
susan susana susanne suzanne svetlana sylvia ségolène tamara tammy tanya tatiana teresa theresa
tiffany tina tracey ulrike ursula valentina valerie vanessa vera veronica verónica victoria viktoria
virginia vivian wanda wendy whitney winnie yekaterina yelena yolanda yulia yvonne zainab zoe
ainhoa alba alejandra araceli begona begoña catalina consuelo esperanza fernanda ines inés inmaculada
itziar itzel juana juanita lupita luciana maite marisol milagros montserrat nuria paola pilar
remedios rocio rocío soledad ximena xiomara yadira yesenia
faith
aisling aoife bronagh caoimhe ciara clodagh deirdre eimear grainne gráinne mairead máiréad maeve
niamh nuala orla orlaith roisin róisín saoirse sinead sinéad siobhan siobhán sorcha angharad
catriona cerys eilidh mhairi morag sian siân
chiamaka chioma nneka funmilayo folake yetunde titilayo abena akosua adwoa afua efua wanjiru wambui njeri
chantal claudette francine genevieve geneviève ginette helene hélène johanne josee josée karine lise
lucie manon marie-claude marie-eve marie-ève marie-josee marie-josée martine micheline mireille
solange sylvie
candice celina christy chrystia kellie kristy lilly rona terri
anjali bardish deepa jyoti kavita neha pooja priya sunita
aarti divya kavya lakshmi meena nisha radha rekha shreya swati
aaliyah alyssa bernice bonnie brianna crystal darla destiny ebony ethel haley hailey imani jasmine
jenna jillian jolene kaitlyn kari keisha kelli kristi latoya lucille mabel madison makayla marcy
marsha misty nicolette noelle rebekah rochelle rosie shanice shauna shawna sheryl sierra tabitha
tamika tanisha tara toni tricia trina trisha valeria wilma yvette
ayesha farah fatemeh hina leyla mariam nazia noura samira sana shabana yasmin yasmine zahra
adeline alexa ariana arlene ashlyn ava bella carissa chloe clarissa colette cora delilah doreen
emilia everly gabriella georgette gianna graciela janine jeanette kaylee kinsley larissa latisha
lily lynette madelyn mariah marisela marissa maya nevaeh noreen paisley scarlett serenity tasha
violet zoey
"""

#: First words known to be given names of one gender. Hyphenated names are listed whole
#: ("Jean-Luc"): the first part alone may be ambiguous (Jean).
GIVEN_NAME_GENDER: dict[str, str] = {
    **{name: "m" for name in _MALE.split()},
    **{name: "f" for name in _FEMALE.split()},
}


def given_name_gender(name: str) -> str | None:
    """ "m" or "f" when ``name`` (of two words or more) opens with a given name or a title of
    one gender ("Hillary Clinton", "Sister Ana Ruiz"); None for one word or an unknown first word."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    found = GIVEN_NAME_GENDER.get(first) or TITLE_GENDER.get(first) or _variant_gender(first)
    plain = _without_accents(first)
    if found is None and plain != first:
        # "Gérard", "Jürgen", "Víctor": the listed name the accent sits on, of the same gender (a
        # French or German page's "Gérard de Cortanze" is no "she")
        found = GIVEN_NAME_GENDER.get(plain) or _variant_gender(plain)
    return found


def _without_accents(word: str) -> str:
    """ ``word`` with its diacritics dropped ("gérard" -> "gerard", "jürgen" -> "jurgen")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


#: Spellings a variant would give one gender that the other gender (or another language) bears:
#: "Karol" is Polish and male, "Valery" both, "July" a month, "Conny" German and male too; "Kelly"
#: is borne by both (Kelly Ayotte, Kelly Slater), which the lists leave out on purpose, so its -ie
#: spelling ("Kellie") must not bring it back as a she.
_NOT_VARIANTS = frozenset("karol valery july conny kelly".split())


def _variant_gender(first: str) -> str | None:
    """The gender of a listed given name that ``first`` respells in one of two regular ways: a K
    for the C opening it before a, o, u, l or r ("Kody", "Korey", "Kolin", "Klara": Cody, Corey,
    Colin, Clara), a final y for its -ie ("Katy", "Debby": Katie, Debbie). The other direction is
    left alone: a y turned -ie or -i often changes the gender ("Bobby" / "Bobbie", "Tony" / "Toni")."""
    if first in _NOT_VARIANTS:
        return None
    if first[:1] == "k" and first[1:2] in {"a", "o", "u", "l", "r"}:
        found = GIVEN_NAME_GENDER.get("c" + first[1:])
        if found:
            return found
    return GIVEN_NAME_GENDER.get(first[:-1] + "ie") if first.endswith("y") and len(first) > 3 else None
