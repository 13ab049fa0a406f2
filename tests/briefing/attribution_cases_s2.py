"""Attribution cases of session 17 (real17 probing, htmldate's English pages): garbage and wrong
speakers. A title's place glued to its holder's name ("U.S. Attorney for Massachusetts Joshua
Levy" gave "U.S. Attorney" and "Massachusetts Joshua Levy"), ranks and offices the title tables
lacked ("Rear Admiral", "Senior Sergeant", "Taoiseach"), a common noun of a person capitalised at a
sentence start ("Vendor Glenn Jones"), "Another City Councilor …". Invented people.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

TITLE_PLACES_S2 = cases(
    "titles and abbreviations",
    [
        ("“We will find every one of them,” acting U.S. Attorney for Nevada Marcus Delaney said on Tuesday.",
         "We will find every one", "Marcus Delaney"),
        ("Acting U.S. Attorney for Nevada Marcus Delaney spoke first.\n\n“Nobody is above the law,” Delaney said.",
         "Nobody is above the law", "Marcus Delaney"),
        ("Pakistani Ambassador to Brazil Omar Qadri told reporters: “The talks went well.”",
         "The talks went well", "Omar Qadri"),
        ("UK Minister for Housing Rachel Ostler said: “We will build three hundred thousand homes.”",
         "We will build three", "Rachel Ostler"),
        ("“We are ready to vote,” Ambassador to the UN Linda Marsh said.", "We are ready to vote", "Linda Marsh"),
        (  # negative: the title alone, no holder after its place
            "“We will find them,” the U.S. Attorney for Nevada said.", "We will find them",
            ("the U.S. Attorney for Nevada", "the U.S. Attorney")),
        (  # negative: an organisation after "for", no person named
            "“We are ready,” a spokesman for Delta Air Lines said.", "We are ready",
            ("a spokesman for Delta Air Lines", "a spokesman")),
        ("Detective Senior Sergeant Paul Greaves said: “Check the machine before you pay.”",
         "Check the machine", "Paul Greaves"),
        ("Israeli military spokesperson Rear Admiral Dan Harel told reporters: “We are advancing.”",
         "We are advancing", "Dan Harel"),
        ("Taoiseach Brendan Foley said: “It is a sad day for the country.”", "It is a sad day", "Brendan Foley"),
        ("“We lost good people,” said Lieutenant Colonel Amos Ward.", "We lost good people", "Amos Ward"),
        (  # negative: a title word that is the surname stays
            "“I painted it in one summer,” said John Constable.", "I painted it", "John Constable"),
        ("Vendor Glenn Harrow said: “We loved the house, but the kids have grown up.”",
         "We loved the house", "Glenn Harrow"),
        ("Boxer Ravi Dhillon said, “I will return the medal if the law stays.”", "I will return the medal",
         "Ravi Dhillon"),
        ("Florist Anouk Verbeek said: “Tulips sell out before noon.”", "Tulips sell out", "Anouk Verbeek"),
        (  # negative: a company's name of common words keeps all of them
            "Silver Lake Partners said: “We will invest in the region.”", "We will invest",
            "Silver Lake Partners"),
        ("Another City Councilor Tomas Reyes said that “the plan is flawed from the start.”",
         "the plan is flawed", "Tomas Reyes"),
    ],
)

NOT_NAMES_S2 = cases(
    "pronouns and role nouns",
    [
        # a page's boilerplate command ("Click this link …") is no person for a later "she"
        ("Councillor Mary Dunne said the estate had been neglected for years.\n\n"
         "She said: “Nobody has listened to us.”\n\n"
         "Join our breaking news service on WhatsApp\n\n"
         "Click this link or scan the QR code to receive breaking news. If you don't like our community, you can "
         "check out any time you like.\n\n"
         "She continued: “The flats were left empty for a decade.”", "The flats were left empty", "Mary Dunne"),
        ("Councillor Mary Dunne said the estate had been neglected.\n\nShe said: “Nobody has listened to us.”\n\n"
         "Join our Harbour Live breaking news service on WhatsApp\n\n"
         "Click this link to receive top stories from Harbour Live. We also treat our members to special offers.\n\n"
         "She continued: “The flats were left empty for a decade.”", "The flats were left empty", "Mary Dunne"),
        ("Ms Dunne spoke to residents on Monday.\n\nRead our privacy notice for details.\n\n"
         "She added: “They deserve better than this.”", "They deserve better", ("Dunne", "Mary Dunne")),
        ("Sign up for our newsletter here.\n\n“We were never told about the closure,” he said.",
         "We were never told", None),
        (  # negative: a given name opening the sentence is still a name
            "Will Hart took the stand. “I could not see anything from there,” he said.", "I could not see anything",
            "Will Hart"),
        # "His statement continued:" is the owner's words: the owner speaks
        ("“We are working closely with the state,” Day said in a statement.\n\n"
         "His statement continued: “We have been in close contact with our school superintendents.”",
         "We have been in close contact", "Day"),
        ("Mayor Ann Kroll released a statement on Friday.\n\nHer statement continued: “The park will reopen in May.”",
         "The park will reopen", "Ann Kroll"),
        ("Tom Hale posted on Sunday. His post read: “I am done with politics for good.”", "I am done with politics",
         "Tom Hale"),
        (  # negative: her lawyer is someone else
            "Ann Kroll sued the city. Her lawyer said: “This is not over by a long way.”", "This is not over",
            ("Her lawyer", "her lawyer")),
        # "Lest" opens a clause, it is no name
        ("“Merry Christmas,” Coach Dale Fenn said at the start of the July press conference.\n\n"
         "Lest anyone think Fenn had lost track of time, he quickly followed up by noting it was "
         "“a fine summer day for football.”", "a fine summer day", "Dale Fenn"),
    ],
)

S2_CASES = [*TITLE_PLACES_S2, *NOT_NAMES_S2]
