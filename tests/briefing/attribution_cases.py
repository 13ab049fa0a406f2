"""Hand-written attribution cases, one short news text per case, grouped by linguistic pattern.

Written from the patterns of issue 13 (titles and abbreviations, long material between quote and
verb, speech verbs in every form, pronouns and role nouns, organisations and documents,
multi-paragraph and pull quotes, "when unsure, say less") *before* the rules were tuned; names
are invented. ``tests/briefing/test_attribution_patterns.py`` runs them, and ``briefbot eval``
reads this module (by path) to report the suite as a figure beside the PolNeAR splits.

A case names the start of the quote it is about and the speakers it accepts: one string, or a
tuple when a description may fairly be shown shorter ("an economist at a bank" / "an economist").
``None`` among them means "no speaker" is right: a wrong name is worse than none. ``kind``, when
given, is the expected ``Quote.speaker_kind``.
"""

from __future__ import annotations

from tests.briefing.attribution_case import Case, cases, predict
from tests.briefing.attribution_cases_adverbs24 import ADVERBS24_CASES
from tests.briefing.attribution_cases_anyverb import ANYVERB_CASES
from tests.briefing.attribution_cases_appos16 import APPOS16_CASES
from tests.briefing.attribution_cases_asked18 import ASKED18_CASES
from tests.briefing.attribution_cases_author import AUTHOR_CASES
from tests.briefing.attribution_cases_batt27 import BATT27_CASES
from tests.briefing.attribution_cases_batt29 import BATT29_CASES
from tests.briefing.attribution_cases_bbc28 import BBC28_CASES
from tests.briefing.attribution_cases_bbc28b import BBC28B_CASES
from tests.briefing.attribution_cases_blind18 import BLIND18_CASES
from tests.briefing.attribution_cases_caps24 import CAPS24_CASES
from tests.briefing.attribution_cases_caps26 import CAPS26_CASES
from tests.briefing.attribution_cases_carry18 import CARRY18_CASES
from tests.briefing.attribution_cases_clauses22 import CLAUSES22_CASES
from tests.briefing.attribution_cases_closing20 import CLOSING20_CASES
from tests.briefing.attribution_cases_coll25 import COLL25_CASES
from tests.briefing.attribution_cases_colon32 import COLON32_CASES
from tests.briefing.attribution_cases_colon33 import COLON33_CASES
from tests.briefing.attribution_cases_context import CONTEXT_CASES
from tests.briefing.attribution_cases_coord16 import COORD16_CASES
from tests.briefing.attribution_cases_coord35 import COORD35_CASES
from tests.briefing.attribution_cases_copula37 import COPULA37_CASES
from tests.briefing.attribution_cases_cue32b import CUE32B_CASES
from tests.briefing.attribution_cases_cut29 import CUT29_CASES
from tests.briefing.attribution_cases_desc17 import DESC17_CASES
from tests.briefing.attribution_cases_desc27 import DESC27_CASES
from tests.briefing.attribution_cases_desc28 import DESC28_CASES
from tests.briefing.attribution_cases_desc33 import DESC33_CASES
from tests.briefing.attribution_cases_desc34 import DESC34_CASES
from tests.briefing.attribution_cases_disp30 import DISP30_CASES
from tests.briefing.attribution_cases_disp31 import DISP31_CASES
from tests.briefing.attribution_cases_disp35 import DISP35_CASES
from tests.briefing.attribution_cases_embeds19 import EMBEDS19_CASES
from tests.briefing.attribution_cases_f1 import F1_CASES
from tests.briefing.attribution_cases_fix29 import FIX29_CASES
from tests.briefing.attribution_cases_fix37 import FIX37_CASES
from tests.briefing.attribution_cases_fnd32 import FND32_CASES
from tests.briefing.attribution_cases_fndwrong32 import FNDWRONG32_CASES
from tests.briefing.attribution_cases_formats19 import FORMATS19_CASES
from tests.briefing.attribution_cases_frames19 import FRAMES19_CASES
from tests.briefing.attribution_cases_frames20 import FRAMES20_CASES
from tests.briefing.attribution_cases_ggtc import GGTC_CASES
from tests.briefing.attribution_cases_ggtn import GGTN_CASES
from tests.briefing.attribution_cases_ggtp import GGTP_CASES
from tests.briefing.attribution_cases_groups21 import GROUPS21_CASES
from tests.briefing.attribution_cases_heads25 import HEADS25_CASES
from tests.briefing.attribution_cases_heorg35 import HEORG35_CASES
from tests.briefing.attribution_cases_intlname import INTLNAME_CASES
from tests.briefing.attribution_cases_intlpron import INTLPRON_CASES
from tests.briefing.attribution_cases_intro19 import INTRO19_CASES
from tests.briefing.attribution_cases_isot35 import ISOT35_CASES
from tests.briefing.attribution_cases_it32 import IT32_CASES
from tests.briefing.attribution_cases_jobads35 import JOBADS35_CASES
from tests.briefing.attribution_cases_labels import LABEL_CASES
from tests.briefing.attribution_cases_labels22 import LABELS22_CASES
from tests.briefing.attribution_cases_lead18 import LEAD18_CASES
from tests.briefing.attribution_cases_list37 import LIST37_CASES
from tests.briefing.attribution_cases_mend19 import MEND19_CASES
from tests.briefing.attribution_cases_mine25 import MINE25_CASES
from tests.briefing.attribution_cases_mine26 import MINE26_CASES
from tests.briefing.attribution_cases_mine27 import MINE27_CASES
from tests.briefing.attribution_cases_misc32 import MISC32_CASES
from tests.briefing.attribution_cases_n1 import N1_CASES
from tests.briefing.attribution_cases_n2 import N2_CASES
from tests.briefing.attribution_cases_names19 import NAMES19_CASES
from tests.briefing.attribution_cases_names33 import NAMES33_CASES
from tests.briefing.attribution_cases_names34 import NAMES34_CASES
from tests.briefing.attribution_cases_none13 import NONE13_CASES
from tests.briefing.attribution_cases_none29 import NONE29_CASES
from tests.briefing.attribution_cases_none30 import NONE30_CASES
from tests.briefing.attribution_cases_nonef31 import NONEF31_CASES
from tests.briefing.attribution_cases_nonep31 import NONEP31_CASES
from tests.briefing.attribution_cases_noun16 import NOUN16_CASES
from tests.briefing.attribution_cases_org18 import ORG18_CASES
from tests.briefing.attribution_cases_othercue32 import OTHERCUE32_CASES
from tests.briefing.attribution_cases_own22 import OWN22_CASES
from tests.briefing.attribution_cases_own23 import OWN23_CASES
from tests.briefing.attribution_cases_owner16 import OWNER16_CASES
from tests.briefing.attribution_cases_owners19 import OWNERS19_CASES
from tests.briefing.attribution_cases_page28 import PAGE28_CASES
from tests.briefing.attribution_cases_para34 import PARA34_CASES
from tests.briefing.attribution_cases_part35 import PART35_CASES
from tests.briefing.attribution_cases_pool25 import POOL25_CASES
from tests.briefing.attribution_cases_pool27 import POOL27_CASES
from tests.briefing.attribution_cases_probe14a import PROBE14A_CASES
from tests.briefing.attribution_cases_probe14b import PROBE14B_CASES
from tests.briefing.attribution_cases_probe15a import PROBE15A_CASES
from tests.briefing.attribution_cases_probe15b import PROBE15B_CASES
from tests.briefing.attribution_cases_pron1 import PRON1_CASES
from tests.briefing.attribution_cases_pron2 import PRON2_CASES
from tests.briefing.attribution_cases_pron12 import PRON12_CASES
from tests.briefing.attribution_cases_pron13 import PRON13_CASES
from tests.briefing.attribution_cases_pron17 import PRON17_CASES
from tests.briefing.attribution_cases_pron18 import PRON18_CASES
from tests.briefing.attribution_cases_pron19 import PRON19_CASES
from tests.briefing.attribution_cases_pron20 import PRON20_CASES
from tests.briefing.attribution_cases_pron21 import PRON21_CASES
from tests.briefing.attribution_cases_pron23 import PRON23_CASES
from tests.briefing.attribution_cases_pron25 import PRON25_CASES
from tests.briefing.attribution_cases_pron26 import PRON26_CASES
from tests.briefing.attribution_cases_pron27 import PRON27_CASES
from tests.briefing.attribution_cases_pron28 import PRON28_CASES
from tests.briefing.attribution_cases_pron29 import PRON29_CASES
from tests.briefing.attribution_cases_pron30 import PRON30_CASES
from tests.briefing.attribution_cases_pron32 import PRON32_CASES
from tests.briefing.attribution_cases_pron35 import PRON35_CASES
from tests.briefing.attribution_cases_pron36 import PRON36_CASES
from tests.briefing.attribution_cases_quotedas32 import QUOTEDAS32_CASES
from tests.briefing.attribution_cases_rdb18 import RDB18_CASES
from tests.briefing.attribution_cases_real14a import REAL14A_CASES
from tests.briefing.attribution_cases_real14b import REAL14B_CASES
from tests.briefing.attribution_cases_real14c import REAL14C_CASES
from tests.briefing.attribution_cases_real14d import REAL14D_CASES
from tests.briefing.attribution_cases_real14e import REAL14E_CASES
from tests.briefing.attribution_cases_roleverbs import ROLEVERBS_CASES
from tests.briefing.attribution_cases_round4 import ROUND4_CASES
from tests.briefing.attribution_cases_round5 import ROUND5_CASES
from tests.briefing.attribution_cases_round6 import ROUND6_CASES
from tests.briefing.attribution_cases_round7 import ROUND7_CASES
from tests.briefing.attribution_cases_round8 import ROUND8_CASES
from tests.briefing.attribution_cases_round9 import ROUND9_CASES
from tests.briefing.attribution_cases_round10 import ROUND10_CASES
from tests.briefing.attribution_cases_round11 import ROUND11_CASES
from tests.briefing.attribution_cases_round12 import ROUND12_CASES
from tests.briefing.attribution_cases_roundup24 import ROUNDUP24_CASES
from tests.briefing.attribution_cases_rules import RULE_CASES
from tests.briefing.attribution_cases_runs20 import RUNS20_CASES
from tests.briefing.attribution_cases_s1 import S1_CASES
from tests.briefing.attribution_cases_s2 import S2_CASES
from tests.briefing.attribution_cases_sig18 import SIG18_CASES
from tests.briefing.attribution_cases_solo29 import SOLO29_CASES
from tests.briefing.attribution_cases_src26 import SRC26_CASES
from tests.briefing.attribution_cases_stance21 import STANCE21_CASES
from tests.briefing.attribution_cases_subj21 import SUBJ21_CASES
from tests.briefing.attribution_cases_subj25 import SUBJ25_CASES
from tests.briefing.attribution_cases_subjfall33 import SUBJFALL33_CASES
from tests.briefing.attribution_cases_tails24 import TAILS24_CASES
from tests.briefing.attribution_cases_teller19 import TELLER19_CASES
from tests.briefing.attribution_cases_theyit31 import THEYIT31_CASES
from tests.briefing.attribution_cases_tuneA36 import TUNEA36_CASES
from tests.briefing.attribution_cases_tuneB36 import TUNEB36_CASES
from tests.briefing.attribution_cases_tuneC36 import TUNEC36_CASES
from tests.briefing.attribution_cases_verb34 import VERB34_CASES
from tests.briefing.attribution_cases_verbs16 import VERBS16_CASES
from tests.briefing.attribution_cases_view33 import VIEW33_CASES
from tests.briefing.attribution_cases_vox26 import VOX26_CASES
from tests.briefing.attribution_cases_whose18 import WHOSE18_CASES
from tests.briefing.attribution_cases_wire20 import WIRE20_CASES
from tests.briefing.attribution_cases_wordname import WORDNAME_CASES
from tests.briefing.attribution_cases_wrong13 import WRONG13_CASES
from tests.briefing.attribution_cases_wrong18 import WRONG18_CASES
from tests.briefing.attribution_cases_wrong22 import WRONG22_CASES
from tests.briefing.attribution_cases_wrong23 import WRONG23_CASES
from tests.briefing.attribution_cases_wrong30 import WRONG30_CASES
from tests.briefing.attribution_cases_wrong31 import WRONG31_CASES
from tests.briefing.attribution_cases_wrong32b import WRONG32B_CASES

_cases = cases


TITLES = _cases(
    "titles and abbreviations",
    [
        (
            '"We will not vote for a bill that cuts Medicaid this deeply," Sen. Ron Walden (D-Ore.) said Tuesday.',
            "We will not vote",
            "Ron Walden",
        ),
        (
            '"The border is not a bargaining chip for anyone in this building," said Rep. Maria Salcedo (R-Fla.).',
            "The border is not",
            "Maria Salcedo",
        ),
        (
            "“This spending bill is a monument to everything wrong with Washington,” Rep. Dale Hutchins "
            "(R-Texas) said in a floor speech.",
            "This spending bill",
            "Dale Hutchins",
        ),
        (
            '"The bill protects renters from the worst abuses of the market," said Rep. Carla Mendez (D-N.Y.), '
            "who wrote it.",
            "The bill protects renters",
            "Carla Mendez",
        ),
        (
            '"It is a dark day for the Senate and for the country," Sen. Lisa Marsh, R-Alaska, said in a statement.',
            "It is a dark day",
            "Lisa Marsh",
        ),
        (
            "“We have enough hospital beds for now, but not for long,” said Gov. Nathan Pruitt.",
            "We have enough hospital beds",
            "Nathan Pruitt",
        ),
        (
            "Gov. Ellen Shaw signed the order late on Monday. “Every school in the state will reopen on "
            "Thursday,” she said.",
            "Every school in the state",
            "Ellen Shaw",
        ),
        (
            '"Our soldiers held the line for three days without any resupply," Lt. Col. Andriy Koval told reporters.',
            "Our soldiers held the line",
            "Andriy Koval",
        ),
        (
            '"The enemy is regrouping near the river and we expect a new push soon," said Gen. Mark Hollis, the '
            "commander of the eastern task force.",
            "The enemy is regrouping",
            "Mark Hollis",
        ),
        (
            "“This vaccine cuts hospital admissions by more than half in older adults,” Dr. Priya Natarajan said.",
            "This vaccine cuts",
            "Priya Natarajan",
        ),
        (
            '"Most of these patients never see a specialist at all," said Dr. Alan Brooks, who runs the clinic.',
            "Most of these patients",
            "Alan Brooks",
        ),
        (
            "Daniel Okafor, the former treasurer of the party, denied the claims on Friday.\n\n"
            '"I have never met the man and I never took a cent from him," said Mr. Okafor.',
            "I have never met the man",
            "Daniel Okafor",
        ),
        (
            "Ms. Brandt, who has led the union since 2019, said: “Nobody on this shop floor will accept a pay freeze.”",
            "Nobody on this shop floor",
            "Brandt",
        ),
        (
            '"We waited four hours for an ambulance that never came," Mrs. Delaney said.',
            "We waited four hours",
            "Delaney",
        ),
        (
            '"The data simply do not support the claim that the tax cut paid for itself," said J. R. Whitfield, '
            "an economist at the university.",
            "The data simply do not",
            "J. R. Whitfield",
        ),
        (
            "“We were told the plant was safe until the day it closed,” T.J. Morrow, a former shift supervisor, said.",
            "We were told the plant",
            "T.J. Morrow",
        ),
        (
            '"The committee has every document it needs to finish its work," Sen. Charles E. Grady said.',
            "The committee has every document",
            "Charles E. Grady",
        ),
        (
            "“We are not going to negotiate through the press,” Secretary of State Elaine Porter told reporters.",
            "We are not going to negotiate",
            "Elaine Porter",
        ),
        (
            '"No one is above the law, and that includes members of this administration," Attorney General '
            "Luis Ortega said.",
            "No one is above the law",
            "Luis Ortega",
        ),
        (
            "Secretary of Defense Paul Marsh arrived in Warsaw on Sunday. “Our commitment to the eastern flank "
            "is unshakable,” Marsh said.",
            "Our commitment to the eastern flank",
            "Paul Marsh",
        ),
        (
            '"We will hold the vote tomorrow at 10 a.m.," House Speaker Tom Reyes said.',
            "We will hold the vote",
            "Tom Reyes",
        ),
        (
            "“Our factories will stay open, and our workers will stay in the U.S.,” said Karen Mills, the "
            "company's chief executive.",
            "Our factories will stay open",
            "Karen Mills",
        ),
        (
            '"The ruling applies to every county clerk in the state, effective immediately," Judge Amanda Li of '
            "the U.S. District Court wrote.",
            "The ruling applies",
            "Amanda Li",
        ),
        (
            '"Freedom of navigation in these waters is not negotiable," Adm. Susan Kerr, the head of the Pacific '
            "fleet, said.",
            "Freedom of navigation",
            "Susan Kerr",
        ),
        (
            '"The law was written for a world without smartphones," said Prof. Helen Okoye of Lagos University.',
            "The law was written",
            "Helen Okoye",
        ),
        (
            "Representative Jonathan Hale introduced the bill on Monday. “This is about fairness for small "
            "farmers and nothing else,” Mr. Hale said.",
            "This is about fairness",
            "Jonathan Hale",
        ),
        (
            '"We will rebuild every house on this street," Mayor Diane St. Clair said.',
            "We will rebuild every house",
            "Diane St. Clair",
        ),
        (
            "“My father taught me to finish what I start,” Robert Hayes Jr. said at the ceremony.",
            "My father taught me",
            ("Robert Hayes Jr.", "Robert Hayes"),
        ),
        (
            '"I will campaign in every county of this state," former Vice President Ellen Marsh said.',
            "I will campaign in every county",
            "Ellen Marsh",
        ),
        (
            '"We heard the shots and ran toward them," Sgt. Kevin Doyle of the city police said.',
            "We heard the shots",
            "Kevin Doyle",
        ),
        (
            "“This church will stay open to everyone who knocks on its door,” the Rev. Samuel Ade said.",
            "This church will stay open",
            "Samuel Ade",
        ),
        (
            '"The alliance will respond to any attack on any of its members," NATO Secretary-General Ivar Lunde said.',
            "The alliance will respond",
            "Ivar Lunde",
        ),
        (
            '"The budget is balanced for the first time in a decade," Lt. Gov. Maria Torres said.',
            "The budget is balanced",
            "Maria Torres",
        ),
        (
            "Sen. Ruth Calder (D-Mass.) blocked the nomination on Wednesday. \"This nominee has never run "
            'anything larger than a lemonade stand," Calder said.',
            "This nominee has never run",
            "Ruth Calder",
        ),
        (
            '"The election was free and fair in every county we visited," said Col. (ret.) James Whitaker, who '
            "led the observer mission.",
            "The election was free and fair",
            "James Whitaker",
        ),
    ],
)

LONG_MATERIAL = _cases(
    "long material between quote, speaker and verb",
    [
        (
            '"Rents have doubled in five years and wages have not moved," Jane Roe, a policy director at a '
            "housing research group in the city, said.",
            "Rents have doubled",
            "Jane Roe",
        ),
        (
            '"Nobody here wants the mine to close," Tom Barrett, a 54-year-old miner from Harlan County, '
            "Kentucky, who has worked underground for thirty years, said on Friday.",
            "Nobody here wants the mine",
            "Tom Barrett",
        ),
        (
            "“We expected a fight, but not this kind of fight,” said Laura Chen, who managed the campaign in "
            "Ohio and later joined the governor's staff.",
            "We expected a fight",
            "Laura Chen",
        ),
        (
            '"I told them again and again that the bridge was not safe," said Omar Haddad when he testified '
            "before the committee last month.",
            "I told them again",
            "Omar Haddad",
        ),
        (
            '"The factory will be rebuilt within a year," Mark Ellis, speaking to workers outside the gates on '
            "Monday, said.",
            "The factory will be rebuilt",
            "Mark Ellis",
        ),
        (
            "Standing before a crowd of supporters in Des Moines, Senator Ruth Bauer said: “We will win this "
            "state and we will win it big.”",
            "We will win this state",
            "Ruth Bauer",
        ),
        (
            "In a letter to shareholders on Tuesday the company's chief executive Ana Duarte wrote: \"We made "
            'mistakes last year and we will fix them."',
            "We made mistakes",
            "Ana Duarte",
        ),
        (
            "After the vote Representative Kyle Dunn told reporters: “This was the easy part of the job, "
            "believe me.”",
            "This was the easy part",
            "Kyle Dunn",
        ),
        (
            '"We cannot keep asking teachers to buy their own supplies," Maria Gomez, president of the state '
            "teachers union, which represents about 40,000 educators, told lawmakers on Wednesday.",
            "We cannot keep asking teachers",
            "Maria Gomez",
        ),
        (
            "“The river has never been this low in August,” said Henrik Olsen, a hydrologist at the national "
            "weather service in Oslo.",
            "The river has never been",
            "Henrik Olsen",
        ),
        (
            '"This is the worst harvest we have seen in a generation," said Pedro Alves, 62, who farms 300 acres '
            "outside Fresno.",
            "This is the worst harvest",
            "Pedro Alves",
        ),
        (
            '"The deal is dead and everybody in this room knows it," Councilwoman Joan Price said flatly on '
            "Monday afternoon.",
            "The deal is dead",
            "Joan Price",
        ),
        (
            "Former Defence Minister Oleh Marchenko said in an interview with a Kyiv radio station on Sunday that "
            "“the front will not hold without new shells by spring.”",
            "the front will not hold",
            "Oleh Marchenko",
        ),
        (
            "Jorge Ibarra said that the committee, after months of hearings and two delayed votes, \"has finally "
            'run out of excuses for doing nothing."',
            "has finally run out",
            "Jorge Ibarra",
        ),
        (
            "Speaking at a rally in a high school gymnasium packed with more than 2,000 people, Governor Paul "
            "Wendt promised that \"every child in this state will have a teacher who is paid fairly.\"",
            "every child in this state",
            "Paul Wendt",
        ),
        (
            '"We lost everything in the flood, even the photographs," said Maria Costa, 41, of Porto Alegre.',
            "We lost everything",
            "Maria Costa",
        ),
        (
            "“It was chaos from the very first minute,” said one witness, Ahmed Karimi, who was waiting for a "
            "bus nearby.",
            "It was chaos",
            "Ahmed Karimi",
        ),
        (
            "Mayor Linda Tran, who took office in January after a close race, said: \"The city's finances are in "
            'worse shape than we were told."',
            "The city's finances",
            "Linda Tran",
        ),
        (
            '"Prices will keep rising through the winter," Sarah Klein, an energy analyst at Meridian Capital and '
            "a former adviser to the Treasury, said.",
            "Prices will keep rising",
            "Sarah Klein",
        ),
        (
            '"The company deeply regrets the harm done to our customers," Richard Vogel, the chief executive, '
            "said in a statement released late Thursday.",
            "The company deeply regrets",
            "Richard Vogel",
        ),
        (
            "“The result is still too close to call,” the head of the electoral commission, Nadia Petrova, said "
            "on Tuesday.",
            "The result is still too close",
            "Nadia Petrova",
        ),
        (
            'Asked whether he would run again, Senator Tom Ashby said: "That is a question for another day, '
            'not for today."',
            "That is a question",
            "Tom Ashby",
        ),
        (
            "On Tuesday night Governor Claire Dunmore told supporters that “the fight for this state is just "
            "beginning.”",
            "the fight for this state",
            "Claire Dunmore",
        ),
        (
            '"Our members will not cross a picket line," Dave Morgan (the local\'s president since 2015) said.',
            "Our members will not cross",
            "Dave Morgan",
        ),
        (
            '"The evacuation went faster than we had planned," according to Colonel Ivan Bondar, who oversaw the '
            "operation from a command post near the border.",
            "The evacuation went faster",
            "Ivan Bondar",
        ),
        (
            "“We will appeal,” said Yusuf Demir, the lawyer who represented the families of the miners in the "
            "four-year trial, “and we will win.”",
            "We will appeal",
            "Yusuf Demir",
        ),
        (
            "Clara Nunez, a nurse who has worked in the emergency room at St. Mary's for twenty years and who "
            "helped organise the strike, said the hospital \"has been running on goodwill for far too long.\"",
            "has been running on goodwill",
            "Clara Nunez",
        ),
        (
            '"We need the money before the winter, not after it," Deputy Mayor Ivan Horak, whose district was '
            "hit hardest by the floods in May, told the council.",
            "We need the money",
            "Ivan Horak",
        ),
    ],
)

SPEECH_VERBS = _cases(
    "speech verbs in every form",
    [
        (
            '"Nobody asked us before they closed the road," grumbled Walter Finch, who runs the diner on Main Street.',
            "Nobody asked us",
            "Walter Finch",
        ),
        (
            "“At least the coffee in the hearing room was good,” Senator Amy Rourke quipped after the six-hour "
            "hearing.",
            "At least the coffee",
            "Amy Rourke",
        ),
        (
            '"The plan is fully funded and nobody will lose coverage," Health Secretary Dan Price insisted.',
            "The plan is fully funded",
            "Dan Price",
        ),
        (
            "Interior Minister Sofia Berg announced the curfew on Friday.\n\n"
            '"These are temporary measures and they will be lifted as soon as possible," the minister stressed.',
            "These are temporary measures",
            "Sofia Berg",
        ),
        (
            "“We had no electricity for three weeks that winter,” recalled Irena Kovac, who was 12 at the time.",
            "We had no electricity",
            "Irena Kovac",
        ),
        (
            '"We did not do enough to reach young voters," the party\'s chairman, Peter Lund, conceded.',
            "We did not do enough",
            "Peter Lund",
        ),
        (
            '"The policy is cruel and it is also unworkable," Emma Reyes wrote in an op-ed for the Tribune.',
            "The policy is cruel",
            "Emma Reyes",
        ),
        (
            "President Arthur Vance spent the weekend at his golf club in Florida.\n\n"
            "“Great meeting with the governors today, a lot of progress on trade!” the president tweeted on Sunday.",
            "Great meeting with the governors",
            "Arthur Vance",
        ),
        (
            '"The new park will open to the public on the first of June," the city council posted on Facebook.',
            "The new park will open",
            "the city council",
            "organisation",
        ),
        (
            "“Every winter it gets a little harder to heat this house,” says Margaret Doyle, a retired nurse.",
            "Every winter it gets",
            "Margaret Doyle",
        ),
        (
            'Governor Ellen Shaw defended the decision on Monday, saying: "We followed the science at every step."',
            "We followed the science",
            "Ellen Shaw",
        ),
        (
            'Opposition leader Carlos Medina has said repeatedly that "no deal is better than a bad deal for this '
            'country."',
            "no deal is better",
            "Carlos Medina",
        ),
        (
            "Asked about the report, Senator Joan Whitley had only this to say: “I have not read it and I do not "
            "intend to.”",
            "I have not read it",
            "Joan Whitley",
        ),
        (
            'Defence chief Martin Kralj was quoted as saying that "the army will need twice as many drones next '
            'year."',
            "the army will need",
            "Martin Kralj",
        ),
        (
            "Asked whether she regretted the vote, Senator Nora Quinn's answer was simple: “Not for a single "
            "second of my life.”",
            "Not for a single second",
            "Nora Quinn",
        ),
        (
            '"We will not be rushed into a deal by anyone," Prime Minister Aron Kiss told Chancellor Petra Lang '
            "during the summit.",
            "We will not be rushed",
            "Aron Kiss",
        ),
        (
            'Chancellor Petra Lang told Prime Minister Aron Kiss: "Europe cannot wait for your government forever."',
            "Europe cannot wait",
            "Petra Lang",
        ),
        (
            '"If the dam fails, three towns will be under water by morning," warned Ingrid Solberg, the regional '
            "emergency chief.",
            "If the dam fails",
            "Ingrid Solberg",
        ),
        (
            "“We are also hiring two hundred nurses this year,” added Health Minister Rui Costa.",
            "We are also hiring",
            "Rui Costa",
        ),
        (
            '"Most of the money goes to repairing roads that were built in the 1960s," explained Tom Grady, the '
            "county engineer.",
            "Most of the money goes",
            "Tom Grady",
        ),
        (
            '"Who is going to pay for all of this in the end?" asks Linda Park, a small-business owner in Ohio.',
            "Who is going to pay",
            "Linda Park",
        ),
        (
            "“I have been called worse things by my own children,” Senator Bill Tanner joked.",
            "I have been called worse things",
            "Bill Tanner",
        ),
        (
            '"We underestimated how long the repairs would take," admitted Karl Weber, the railway\'s operations '
            "director.",
            "We underestimated how long",
            "Karl Weber",
        ),
        (
            '"I never saw any evidence of fraud in the count," election official Mary Ruiz testified on Thursday.',
            "I never saw any evidence",
            "Mary Ruiz",
        ),
        (
            "“Please let us go home, our children are waiting for us,” pleaded Halyna Shevchuk, a nurse from "
            "Kharkiv.",
            "Please let us go home",
            "Halyna Shevchuk",
        ),
        (
            "Republican candidate Doug Fenwick cut the news conference short.\n\n"
            '"That is not a serious question and you know it," the candidate snapped at a reporter.',
            "That is not a serious question",
            "Doug Fenwick",
        ),
        (
            "Coach Ray Lindqvist has faced calls to resign all week. “I am not going anywhere, and neither is "
            "this team,” he has insisted.",
            "I am not going anywhere",
            "Ray Lindqvist",
        ),
        (
            '"Nobody in this town trusts the water any more," Frank Molina tells me over coffee.',
            "Nobody in this town trusts",
            "Frank Molina",
        ),
        (
            'Mayor Lisa Grant went on to say that the city "cannot afford another summer like the last one."',
            "cannot afford another summer",
            "Lisa Grant",
        ),
        (
            '"We have no comment on ongoing litigation at this time," a company spokeswoman wrote in an email.',
            "We have no comment",
            "a company spokeswoman",
            "person",
        ),
        (
            "“Turnout among young voters was the highest we have ever recorded,” observed Felix Grant, a "
            "pollster at Harmon Research.",
            "Turnout among young voters",
            "Felix Grant",
        ),
        (
            '"Raising the minimum wage would cost jobs in rural counties," argues economist Paul Nagy.',
            "Raising the minimum wage",
            "Paul Nagy",
        ),
        (
            '"It is far too early to say the virus is under control," cautioned Dr. Mei Tanaka.',
            "It is far too early",
            "Mei Tanaka",
        ),
        (
            "Democratic candidate Leah Morgan held a rally in Austin on Saturday.\n\n"
            "“We raised more money this quarter than any campaign in history,” the candidate boasted.",
            "We raised more money",
            "Leah Morgan",
        ),
        (
            '"This war will end on our terms and on nobody else\'s," President Taras Melnyk declared in a '
            "televised address.",
            "This war will end",
            "Taras Melnyk",
        ),
        (
            "Senator Amy Holt called the plan “a reckless gamble with the savings of ordinary people.”",
            "a reckless gamble",
            "Amy Holt",
        ),
        (
            '"The report is a whitewash from the first page to the last," fumed Gerald Stone, whose son died in '
            "the fire.",
            "The report is a whitewash",
            "Gerald Stone",
        ),
        (
            '"We will be back next year, stronger than ever," vowed team captain Jonas Eriksen.',
            "We will be back next year",
            "Jonas Eriksen",
        ),
        (
            "“That number is simply wrong and the minister knows it,” countered opposition spokesman Luca Bruni.",
            "That number is simply wrong",
            "Luca Bruni",
        ),
        (
            '"I think we can get this done before Christmas," Senate Majority Leader Ann Keller told CNN on Sunday.',
            "I think we can get this done",
            "Ann Keller",
        ),
        (
            "In a post on X, Finance Minister Jakub Nowak wrote: “The budget deficit will fall below three "
            "percent next year.”",
            "The budget deficit will fall",
            "Jakub Nowak",
        ),
        (
            '"Our troops are ready for anything the winter brings," the general reportedly told his officers, '
            "according to Colonel Dmytro Savchenko, who attended the meeting.",
            "Our troops are ready",
            ("the general", "Dmytro Savchenko", None),
        ),
        (
            "“This is not the end of the road for the project,” said the mayor, Hana Novak, speaking after the vote.",
            "This is not the end",
            "Hana Novak",
        ),
        (
            '"We are going to win this district for the first time in thirty years," predicted Sam Okoro, the '
            "party's field director.",
            "We are going to win",
            "Sam Okoro",
        ),
        (
            "Finance Minister Tereza Mala repeated her promise on Tuesday. “There will be no new taxes on "
            "families this year,” Mala reiterated.",
            "There will be no new taxes",
            "Tereza Mala",
        ),
    ],
)

PRONOUNS = _cases(
    "pronouns and role nouns",
    [
        (
            "Transport Minister Jacob Ferris opened the new station on Monday. “This line will cut the commute in "
            "half for thousands of people,” he said.",
            "This line will cut",
            "Jacob Ferris",
        ),
        (
            "Senator Paul Collins met Ms. Rita Ortiz, the committee chairwoman, for an hour on Tuesday.\n\n"
            '"We found common ground on most of the bill," she said afterwards.',
            "We found common ground",
            "Rita Ortiz",
        ),
        (
            "President Omar Nasser praised Finance Minister Karim Saleh in a speech on Monday. \"We have turned "
            'the economy around in just two years," he said.',
            "We have turned the economy",
            "Omar Nasser",
        ),
        (
            "Finance Minister Lars Berg presented the budget on Tuesday.\n\n"
            '"The numbers do not add up for next year," says an economist at a large bank in Frankfurt.\n\n'
            '"Growth will be much lower than the ministry assumes," she added.',
            "Growth will be much lower",
            ("an economist at a large bank in Frankfurt", "an economist", None),
        ),
        (
            "Finance Minister Lars Berg presented the budget on Tuesday.\n\n"
            '"The numbers do not add up for next year," says an economist at a large bank in Frankfurt.',
            "The numbers do not add up",
            ("an economist at a large bank in Frankfurt", "an economist"),
            "person",
        ),
        (
            '"We will appeal this ruling all the way to the top," Mayor John Ruiz said.\n\n'
            "Judge Helen Marsh, who wrote the decision, was unmoved. “The city had every chance to follow the "
            "law,” she wrote.",
            "The city had every chance",
            "Helen Marsh",
        ),
        (
            '"The deal is done and it is a good one," Prime Minister Ana Silva said.\n\n'
            "Opposition leader Rui Matos attacked the agreement in parliament on Wednesday.\n\n"
            '"This deal sells our fishermen down the river," he said.',
            "This deal sells our fishermen",
            "Rui Matos",
        ),
        (
            "Ms. Hannah Cole, the union leader, met Mr. Victor Lane, the company's owner, on Friday.\n\n"
            "“We are still far apart on pensions,” he said after the meeting.",
            "We are still far apart",
            "Victor Lane",
        ),
        (
            "Jordan Ellis and Casey Park met on Monday to discuss the merger. \"We are not there yet, but we are "
            'close," one of them said afterward.',
            "We are not there yet",
            None,
        ),
        (
            "The Defence Ministry released new figures on Sunday. “Our forces shot down 45 of the 50 drones "
            "launched overnight,” it said.",
            "Our forces shot down",
            ("the Defence Ministry", "Defence Ministry"),
            "organisation",
        ),
        (
            "Governor Amy Walsh signed the law on Friday with Senator Greg Holt looking on. \"This law will save "
            'lives in every corner of the state," she said.',
            "This law will save lives",
            "Amy Walsh",
        ),
        (
            '"We lost more than half our crop this year," said a farmer in the valley.',
            "We lost more than half",
            ("a farmer in the valley", "a farmer"),
        ),
        (
            "Prime Minister Erik Dahl spoke first.\n\n"
            "A spokeswoman for the opposition party, Lena Frost, replied an hour later. “The prime minister has "
            "no plan for the winter,” she said.",
            "The prime minister has no plan",
            "Lena Frost",
        ),
        (
            "Health Minister Karin Vik visited the hospital on Monday.\n\n"
            '"The staff here are exhausted and they need our help," the minister said.',
            "The staff here are exhausted",
            "Karin Vik",
        ),
        (
            "Senator Bob Ray and Senator Ann Fox both voted against the bill. \"The bill was rushed through "
            'without a single hearing," the senator said.',
            "The bill was rushed",
            ("the senator", None),
        ),
        (
            "General Petro Hrytsenko toured the front on Tuesday.\n\n"
            "“The army will need more time to train the new recruits,” the general said.",
            "The army will need more time",
            "Petro Hrytsenko",
        ),
        (
            "The senator's chief of staff, Ben Alvarez, briefed reporters on the schedule. \"We expect a vote by "
            'Friday at the latest," he said.',
            "We expect a vote",
            "Ben Alvarez",
        ),
        (
            "Police arrested Mark Dowd at his home on Sunday. “We have recovered the weapon used in the attack,” "
            "a police spokesman said.",
            "We have recovered the weapon",
            "a police spokesman",
        ),
        (
            '"Inflation is under control and will fall this year," Mr. Ivan Petrov said.\n\n'
            "Central bank governor Elena Sokolova disagreed. \"Prices are still rising faster than wages,\" she said.",
            "Prices are still rising",
            "Elena Sokolova",
        ),
        (
            '"We will fight on until the last vote is counted," Senator Tom Hardy said. "We have the votes, and we '
            'will win this," he added.',
            "We have the votes",
            "Tom Hardy",
        ),
        (
            "Coach Dan Mills spoke to reporters about his captain, Luis Vega. “We need him fresh for the "
            "playoffs, not tired,” he said.",
            "We need him fresh",
            "Dan Mills",
        ),
        (
            "President Sara Lind spoke at the opening of the plant.\n\n"
            "A worker at the plant, who asked not to be named, was less enthusiastic. \"We have heard these "
            'promises many times before," he said.',
            "We have heard these promises",
            ("a worker at the plant", "a worker", None),
        ),
        (
            "Senator Dana Holt voted against the bill. She called it a giveaway to insurers.\n\n"
            "Senator Robin Park, a Republican, said he supported it.\n\n"
            '"This bill is a giveaway to the big insurance companies," she said.',
            "This bill is a giveaway",
            ("Dana Holt", None),
        ),
        (
            '"I spoke to Michael Grant yesterday and he agrees with us on this," Anna Bell said. "We will present '
            'the plan together next week," she added.',
            "We will present the plan",
            "Anna Bell",
        ),
        (
            "Carlos Ruiz, the chief executive of Ferrovia, spoke on Thursday.\n\n"
            "The company lost $2 billion last year. “We have cut costs everywhere we could,” he said.",
            "We have cut costs",
            "Carlos Ruiz",
        ),
        (
            "The prosecutor, Maria Keane, asked the jury to convict. \"The evidence against him is overwhelming,\" "
            "she said.",
            "The evidence against him",
            "Maria Keane",
        ),
        (
            "Defence Secretary Tom Bright met his French counterpart in Paris on Monday.\n\n"
            "“We agreed to speed up deliveries of air defence systems,” Bright said. “The first will arrive "
            "within weeks.”",
            "The first will arrive",
            "Tom Bright",
        ),
        (
            "Oksana Lysenko, 34, fled Mariupol with her two sons in March.\n\n"
            '"We left with nothing but the clothes we were wearing," she said.',
            "We left with nothing",
            "Oksana Lysenko",
        ),
        (
            "Governor Mark Alton appointed Judge Ruth Kim to the state supreme court on Monday. \"She is the best "
            'legal mind of her generation," he said.',
            "She is the best legal mind",
            "Mark Alton",
        ),
        (
            "A spokesman for the airport said flights would resume on Tuesday. “Passengers should check with "
            "their airline before travelling,” he said.",
            "Passengers should check",
            ("a spokesman for the airport", "a spokesman"),
        ),
        (
            "Speaker Nancy Cole met President David Reed at the White House on Thursday.\n\n"
            '"It was a productive meeting, but we have a long way to go," Ms. Cole said.',
            "It was a productive meeting",
            "Nancy Cole",
        ),
        (
            "The mayor, Olena Shevchenko, toured the damaged district. \"Three schools were hit overnight,\" she "
            "said.",
            "Three schools were hit",
            "Olena Shevchenko",
        ),
    ],
)

ORGANISATIONS = _cases(
    "organisations, documents and groups",
    [
        (
            '"The strike was carried out against legitimate military targets," the ministry said in a statement.',
            "The strike was carried out",
            "the ministry",
            "organisation",
        ),
        (
            "A statement from the Kremlin said “the talks were constructive but no date was set for the next "
            "round.”",
            "the talks were constructive",
            ("the Kremlin", "a statement from the Kremlin"),
        ),
        (
            '"The defendant poses a continuing danger to the community," prosecutors wrote in a court filing on '
            "Monday.",
            "The defendant poses",
            "prosecutors",
            "group",
        ),
        (
            'The court filing, submitted on Friday, says the company "knowingly misled investors about the safety '
            'of its product."',
            "knowingly misled investors",
            "the court filing",
            "document",
        ),
        (
            "According to the poll, “a majority of voters in the state now oppose the war.”",
            "a majority of voters",
            "the poll",
            "document",
        ),
        (
            '"We are aware of the reports and are looking into them," officials said.',
            "We are aware of the reports",
            "officials",
            "group",
        ),
        (
            'US officials said "no decision has been made on sending more troops to the region."',
            "no decision has been made",
            "US officials",
            "group",
        ),
        (
            "Defence Minister Pavel Hora visited troops on Monday. Later, the ministry said: “Two soldiers were "
            "wounded in the attack on the base.”",
            "Two soldiers were wounded",
            "the ministry",
            "organisation",
        ),
        (
            '"The company will contest the fine in court," Meridian Energy said in a statement.',
            "The company will contest",
            "Meridian Energy",
        ),
        (
            "“We condemn this attack in the strongest possible terms,” the White House said.",
            "We condemn this attack",
            "the White House",
        ),
        (
            'The report, published by the United Nations on Tuesday, found that "civilian deaths rose by a third '
            'in the first half of the year."',
            "civilian deaths rose",
            ("the report", "the United Nations"),
            "document",
        ),
        (
            '"The evidence does not support the charges against the defendant," the judges wrote in their ruling.',
            "The evidence does not support",
            "the judges",
            "group",
        ),
        (
            "“We will not negotiate with terrorists under any circumstances,” the State Department said.",
            "We will not negotiate",
            "the State Department",
        ),
        (
            "Meridian Energy issued a statement on Friday. The statement added: \"The company has fully cooperated "
            'with the investigation."',
            "The company has fully cooperated",
            ("the statement", "Meridian Energy"),
        ),
        (
            '"Our members voted to strike by a huge margin," the union said on Monday, a day after its leader, '
            "Tom Casey, met the employers.",
            "Our members voted to strike",
            "the union",
            "organisation",
        ),
        (
            "The campaign said in an email to supporters that “every dollar raised this week will be matched.”",
            "every dollar raised",
            "the campaign",
            "organisation",
        ),
        (
            'Police said "the suspect was known to officers and had a history of violence."',
            "the suspect was known",
            "police",
        ),
        (
            "The Pentagon said: “No US personnel were injured in the incident.”",
            "No US personnel were injured",
            "the Pentagon",
        ),
        (
            'In its ruling, the Supreme Court wrote that "the state overstepped its authority when it closed the '
            'clinics."',
            "the state overstepped",
            "the Supreme Court",
        ),
        (
            '"The results show a clear shift toward the opposition," the survey concluded.',
            "The results show a clear shift",
            "the survey",
            "document",
        ),
        (
            "“We have been waiting for this day for years,” residents told reporters.",
            "We have been waiting",
            "residents",
            "group",
        ),
        (
            '"The plant poses no risk to the public," the company said, while the town\'s mayor, Eva Nagy, looked on.',
            "The plant poses no risk",
            "the company",
            "organisation",
        ),
        (
            "Critics have called the law “a solution in search of a problem that does not exist.”",
            "a solution in search",
            ("critics", None),
        ),
        (
            '"It is a betrayal of everything we were promised," some residents said.',
            "It is a betrayal",
            "some residents",
            "group",
        ),
        (
            "Finance Minister Jan Dvorak presented the figures. The ministry's report warned that \"growth will "
            'slow sharply in the second half of the year."',
            "growth will slow",
            ("the ministry's report", "the ministry"),
        ),
        (
            "The memo, which did not name its author, said “Director Alan Price must be told before Friday.”",
            "Director Alan Price must be told",
            "the memo",
            "document",
        ),
        (
            "Apple said in a statement that “user privacy is built into every product we make.”",
            "user privacy is built",
            "Apple",
            "organisation",
        ),
        (
            "Chief executive Laura Finch left the meeting early. “The board has full confidence in the current "
            "strategy,” the board said in a statement afterwards.",
            "The board has full confidence",
            "the board",
            "organisation",
        ),
        (
            '"There is no evidence that the vote was rigged," the election commission said on Monday.',
            "There is no evidence",
            "the election commission",
            "organisation",
        ),
        (
            "The lawsuit, filed in federal court by Senator Paul Reyes, claims the agency \"ignored its own "
            'safety rules for years."',
            "ignored its own safety rules",
            ("the lawsuit", "Paul Reyes"),
        ),
    ],
)

PARAGRAPHS = _cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (
            '"We are not closing any schools this year," Mayor Tom Kerr said. "Every building will stay open.\n\n'
            '"And we will hire fifty more teachers by the autumn."',
            "And we will hire",
            "Tom Kerr",
        ),
        (
            "“The border crossings will stay closed until further notice.”\n\n"
            "Interior Minister Ana Petrescu said the decision was taken after a week of attacks on border guards.",
            "The border crossings will stay",
            "Ana Petrescu",
        ),
        (
            "“Nobody can take our freedom away from us. – Volodymyr Koval”",
            "Nobody can take our freedom",
            "Volodymyr Koval",
        ),
        (
            '"Inflation will fall below three percent by next summer." — Central bank governor Maria Lenz',
            "Inflation will fall",
            "Maria Lenz",
        ),
        (
            'Judge Carol Baines read the sentence aloud: "You have shown no remorse for what you did.\n\n'
            '"You lied to the court, and you lied to the families of your victims.\n\n'
            '"I sentence you to twelve years in prison."',
            "I sentence you",
            "Carol Baines",
        ),
        (
            "“The hospital is full,” said Dr. Nina Patel. “We are turning people away every night.\n\n"
            "“If this continues, people will die in the waiting room,” she said.",
            "If this continues",
            "Nina Patel",
        ),
        (
            '"We will see you in court, and we will win there."\n\n'
            "So said Rachel Adams, the lawyer for the families, after the hearing on Monday.",
            "We will see you in court",
            "Rachel Adams",
        ),
        (
            "In a speech to parliament, Prime Minister Jonas Berg was blunt:\n\n"
            "“Our country cannot afford another year of this war.”",
            "Our country cannot afford",
            "Jonas Berg",
        ),
        (
            "Opposition leader Marta Lis called the budget a fraud on Tuesday.\n\n"
            '"It is built on numbers that nobody in this country believes."',
            "It is built on numbers",
            ("Marta Lis", None),
        ),
        (
            "The storm hit the coast shortly after midnight and knocked out power to 200,000 homes.\n\n"
            "“The wind sounded like a freight train going past the window all night.”\n\n"
            "Repair crews expect to restore power by Friday.",
            "The wind sounded like",
            None,
        ),
        (
            "“The era of cheap energy in Europe is over. — Energy Minister Jan Novak”",
            "The era of cheap energy",
            "Jan Novak",
        ),
        (
            "Governor Rick Olsen wrote in a letter to residents on Sunday:\n\n"
            '"The next two weeks will be hard for everyone in this state.\n\n'
            '"Please stay home unless you have no other choice."',
            "Please stay home",
            "Rick Olsen",
        ),
        (
            "“The roof could collapse at any moment and nobody should go inside.”\n\n"
            "That warning came from fire chief Dan Holt, who inspected the building on Tuesday.",
            "The roof could collapse",
            ("Dan Holt", None),
        ),
        (
            '"We are ready to talk to anyone, at any time, without conditions," Foreign Minister Irina Bauer said.\n\n'
            '"But we will not talk while our cities are being bombed."',
            "But we will not talk",
            "Irina Bauer",
        ),
        (
            "Senator Alan Ruiz spoke for forty minutes. “I came here to fix the tax code,” he said. “I did not "
            "come here to make friends.\n\n"
            "“And I will not apologise for that.”",
            "And I will not apologise",
            "Alan Ruiz",
        ),
        (
            "“We were promised a new hospital in 2019, then in 2021, and we are still waiting.”\n\n"
            "Those were the words of Maria Santos, a councillor from the northern district, at Tuesday's meeting.",
            "We were promised a new hospital",
            ("Maria Santos", None),
        ),
        (
            "Chancellor Anna Weber was asked about the coalition on Monday.\n\n"
            '"The coalition will hold until the next election," she said.\n\n'
            '"Nobody in my party wants an early vote, and neither do the voters."',
            "Nobody in my party wants",
            "Anna Weber",
        ),
        (
            "“We gave the company every chance to fix the problem.”\n\n"
            "The city's attorney, Laura Beck, said the lawsuit would be filed on Friday.",
            "We gave the company every chance",
            "Laura Beck",
        ),
    ],
)

SAY_LESS = _cases(
    "when unsure, say less",
    [
        (
            'The slogan "Make the city safe again for every family" appeared on billboards across town.',
            "Make the city safe again",
            None,
        ),
        (
            "Ellen Cho and Mark Diaz spoke after the vote. “We are disappointed but not surprised by the "
            "result,” one of them said.",
            "We are disappointed",
            None,
        ),
        (
            "A woman who had waited outside the court all day shouted at Judge Ray Hall: \"You have ruined our "
            'lives and you know it!"',
            "You have ruined our lives",
            ("a woman", None),
        ),
        (
            'Reporters were told that "the president is resting and in very good spirits."',
            "the president is resting",
            None,
        ),
        (
            "It was said at the time that “nobody in the government knew anything about the deal.”",
            "nobody in the government knew",
            None,
        ),
        (
            "Several shop owners on the street were angry.\n\n"
            '"We were never consulted about any of this," said one.',
            "We were never consulted",
            None,
        ),
        (
            '"The decision has been made and it is final," the families were told.',
            "The decision has been made",
            None,
        ),
        (
            "“You will have your answer by Friday at the latest,” Jane Moss was told by her lawyer.",
            "You will have your answer",
            ("her lawyer", None),
        ),
        (
            'A reporter asked Governor Dan Hale on Monday: "Will you sign the bill if it reaches your desk?"',
            "Will you sign the bill",
            ("a reporter", None),
        ),
        (
            "Imagine a politician saying “I will cut your taxes and raise your services at the same time.”",
            "I will cut your taxes",
            ("a politician", None),
        ),
        (
            "Mr. Ahmed Latif and Ms. Sara Nouri, two of the founders, disagreed sharply.\n\n"
            '"This company was never about making money," one founder said.',
            "This company was never about",
            None,
        ),
        (
            "The words “never again, not in our name” were painted on the wall of the old station.",
            "never again, not in our name",
            None,
        ),
        (
            "Senator Tom Lee read aloud from a letter sent by a constituent: \"My son waited eight months for a "
            'hospital bed and died waiting."',
            "My son waited eight months",
            ("a constituent", None),
        ),
        (
            "President Ivan Horvat has been criticised for the reform.\n\n"
            '"This reform will be remembered as a historic mistake," wrote one columnist.',
            "This reform will be remembered",
            ("one columnist", None),
        ),
        (
            "Prime Minister Karel Dusek met union leaders on Monday. \"Nothing was agreed and nothing will be "
            'agreed until the pension cuts are dropped," a union official said afterwards.',
            "Nothing was agreed",
            ("a union official",),
        ),
        (
            "Senator Joan Avery asked the witness why the warnings had been ignored. “I do not recall any warnings "
            "reaching my desk,” the witness replied.",
            "I do not recall any warnings",
            ("the witness", None),
        ),
        (
            "Thousands marched through the capital on Saturday chanting “we will not be silenced by anyone.”",
            "we will not be silenced",
            ("thousands", None),
        ),
        (
            "The song's chorus, “we were young and we were free,” became an anthem of the protests.",
            "we were young and we were free",
            None,
        ),
        (
            "Former Prime Minister Viktor Sand once described politics as “the art of the possible, and nothing "
            "more.” His successor, Lina Ek, disagreed.",
            "the art of the possible",
            "Viktor Sand",
        ),
        (
            "“Whoever did this will be found and punished,” Interior Minister Goran Petrovic said, after meeting "
            "the family of the victim, Ana Jovic.",
            "Whoever did this",
            "Goran Petrovic",
        ),
    ],
)

#: Cases the rules still get wrong, by the start of their quote, with the reason. The test marks
#: them xfail(strict): fixing one makes the test fail until it leaves this table. The eval figure
#: counts them as failures.
KNOWN_GAPS = {
    "This company was never about": "\"one founder\" is shown as written; the case wanted no speaker",
    "I am staying right here": "\"Bea\" is no given name we know, so the neighbour named last, of unknown gender, is \"he\"",
    "Ask me in the spring": "'She laughs.' after a question put to a named person is read as a cue: its \"she\" finds the asker",
}

ALL_CASES: list[Case] = [
    *TITLES, *LONG_MATERIAL, *SPEECH_VERBS, *PRONOUNS, *ORGANISATIONS, *PARAGRAPHS, *SAY_LESS, *CONTEXT_CASES,
    *RULE_CASES, *ROUND4_CASES, *ROUND5_CASES, *ROUND6_CASES, *ROUND7_CASES, *ROUND8_CASES,
    *ROUND9_CASES,
    *ROUND10_CASES,
    *LABEL_CASES,
    *ROUND11_CASES,
    *PRON12_CASES,
    *PRON13_CASES,
    *ROUND12_CASES,
    *WRONG13_CASES,
    *WRONG18_CASES,
    *NONE13_CASES,
    *PROBE14A_CASES,
    *PROBE14B_CASES,
    *PROBE15A_CASES,
    *PROBE15B_CASES,
    *VERBS16_CASES,
    *APPOS16_CASES,
    *OWNER16_CASES,
    *NOUN16_CASES,
    *COORD16_CASES,
    *DESC17_CASES,
    *PRON17_CASES,
    *LEAD18_CASES,
    *CARRY18_CASES,
    *WHOSE18_CASES,
    *PRON18_CASES,
    *ASKED18_CASES,
    *ORG18_CASES,
    *NAMES19_CASES,
    *INTRO19_CASES,
    *FRAMES19_CASES,
    *FRAMES20_CASES,
    *MEND19_CASES,
    *PRON19_CASES,
    *FORMATS19_CASES,
    *EMBEDS19_CASES,
    *SIG18_CASES,
    *REAL14A_CASES,
    *REAL14B_CASES,
    *REAL14C_CASES,
    *REAL14D_CASES,
    *REAL14E_CASES,
    *GGTC_CASES,
    *GGTP_CASES,
    *GGTN_CASES,
    *PRON1_CASES,
    *PRON2_CASES,
    *AUTHOR_CASES,
    *WORDNAME_CASES,
    *INTLNAME_CASES,
    *N1_CASES,
    *N2_CASES,
    *S1_CASES,
    *S2_CASES,
    *F1_CASES,
    *INTLPRON_CASES,
    *RDB18_CASES,
    *BLIND18_CASES,
    *ANYVERB_CASES,
    *ROLEVERBS_CASES,
    *OWNERS19_CASES,
    *TELLER19_CASES,
    *CLOSING20_CASES,
    *RUNS20_CASES,
    *PRON20_CASES,
    *WIRE20_CASES,
    *STANCE21_CASES,
    *PRON21_CASES,
    *GROUPS21_CASES,
    *SUBJ21_CASES,
    *LABELS22_CASES,
    *OWN22_CASES,
    *OWN23_CASES,
    *ROUNDUP24_CASES,
    *CLAUSES22_CASES,
    *WRONG22_CASES,
    *WRONG23_CASES,
    *PRON23_CASES,
    *TAILS24_CASES,
    *ADVERBS24_CASES,
    *CAPS24_CASES,
    *BBC28_CASES,
    *BBC28B_CASES,
    *SOLO29_CASES,
    *NONE29_CASES,
    *DISP30_CASES,
    *DISP31_CASES,
    *NONE30_CASES,
    *LIST37_CASES,
    *TUNEB36_CASES,
    *TUNEA36_CASES,
    *ISOT35_CASES,
    *VIEW33_CASES,
    *NAMES33_CASES,
    *SUBJFALL33_CASES,
    *PARA34_CASES,
    *PRON36_CASES,
    *NAMES34_CASES,
    *OTHERCUE32_CASES,
    *COLON32_CASES,
    *COLON33_CASES,
    *CUE32B_CASES,
    *NONEF31_CASES,
    *NONEP31_CASES,
    *THEYIT31_CASES,
    *WRONG30_CASES,
    *WRONG31_CASES,
    *QUOTEDAS32_CASES,
    *MISC32_CASES,
    *PRON29_CASES,
    *PRON30_CASES,
    *PRON32_CASES,
    *PRON35_CASES,
    *CUT29_CASES,
    *FIX29_CASES,
    *BATT27_CASES,
    *BATT29_CASES,
    *CAPS26_CASES,
    *SUBJ25_CASES,
    *COLL25_CASES,
    *HEADS25_CASES,
    *MINE25_CASES,
    *POOL25_CASES,
    *PRON25_CASES,
    *PRON27_CASES,
    *PRON28_CASES,
    *MINE26_CASES,
    *VOX26_CASES,
    *SRC26_CASES,
    *PRON26_CASES,
    *DESC27_CASES,
    *DESC28_CASES,
    *PAGE28_CASES,
    *POOL27_CASES,
    *MINE27_CASES,
    *FND32_CASES,
    *FNDWRONG32_CASES,
    *IT32_CASES,
    *WRONG32B_CASES,
    *COPULA37_CASES,
    *DESC33_CASES,
    *DESC34_CASES,
    *VERB34_CASES,
    *JOBADS35_CASES,
    *PART35_CASES,
    *COORD35_CASES,
    *HEORG35_CASES,
    *DISP35_CASES,
    *TUNEC36_CASES,
    *FIX37_CASES,
]  # fmt: skip

__all__ = ["ALL_CASES", "KNOWN_GAPS", "Case", "predict"]
