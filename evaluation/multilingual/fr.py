"""French articles (see the package docstring for the gold conventions).

Some texts use non-breaking spaces inside « … » and in numbers (``_typeset``), as French
sites do, others plain spaces.
"""

from __future__ import annotations

from . import LabelledArticle, q


def _typeset(text: str) -> str:
    """French typography: U+00A0 inside guillemets and before % ; U+202F between digit groups."""
    text = text.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" %", "\u00a0%")
    for group in ("000", "500", "200", "800"):
        text = text.replace(f" {group} ", f"\u202f{group} ")
    return text


ARTICLES = [
    LabelledArticle(
        "fr-01",
        "Paris débloque une nouvelle aide pour l'Ukraine",
        _typeset(
            "La France va consacrer 1,5 milliard d'euros supplémentaires à l'aide militaire à "
            "l'Ukraine, a annoncé mardi le ministre des Armées, Julien Marchand.\n\n"
            "« Nous serons aux côtés de Kiev aussi longtemps qu'il le faudra », a déclaré "
            "M. Marchand lors d'une conférence de presse. L'enveloppe doit financer notamment "
            "12 000 obus et la formation de 2 000 soldats ukrainiens.\n\n"
            "L'opposition juge l'effort insuffisant. « C'est un geste, pas une stratégie », "
            "estime la députée Hélène Roussel, qui réclame un débat au Parlement."
        ),
        (
            q("Nous serons aux côtés de Kiev aussi longtemps qu'il le faudra", "Julien Marchand"),
            q("C'est un geste, pas une stratégie", "Hélène Roussel"),
        ),
        (1.5e9, 12000, 2000),
    ),
    LabelledArticle(
        "fr-02",
        "Grève à la SNCF : un TGV sur deux supprimé",
        "Le trafic ferroviaire était fortement perturbé jeudi en raison d'une grève des "
        "contrôleurs. Selon la direction, 50 % des TGV ont été supprimés et près de 300 000 "
        "voyageurs ont dû modifier leurs plans.\n\n"
        "« Les contrôleurs demandent simplement le respect de leurs engagements », a affirmé "
        "Nadia Benali, secrétaire générale du syndicat Sud-Rail. Le syndicat réclame une prime "
        "de 400 euros par mois.\n\n"
        "La direction juge la demande excessive. « Nous avons déjà proposé une hausse de 4,6 % "
        "sur deux ans », a indiqué le PDG Laurent Fabre. « La grève pénalise d'abord les "
        "voyageurs », a-t-il ajouté.",
        (
            q("Les contrôleurs demandent simplement le respect de leurs engagements", "Nadia Benali"),
            q("Nous avons déjà proposé une hausse de 4,6 % sur deux ans", "Laurent Fabre"),
            q("La grève pénalise d'abord les voyageurs", "Laurent Fabre"),
        ),
        (50, 300000, 400, 4.6, 2),
    ),
    LabelledArticle(
        "fr-03",
        "Incendies : plus de 3 000 hectares brûlés dans l'Aude",
        _typeset(
            "Un violent incendie a parcouru plus de 3 200 hectares dans l'Aude depuis "
            "dimanche. Quelque 1 100 pompiers étaient mobilisés lundi matin, appuyés par "
            "neuf avions bombardiers d'eau.\n\n"
            "Le préfet Jean-Marc Tessier a appelé les habitants à la prudence. « Le vent "
            "reste très fort et le feu n'est pas fixé », a-t-il souligné. Environ 450 personnes "
            "ont été évacuées de trois villages.\n\n"
            "« Nous avons tout perdu en une nuit », témoigne Sylvie Garnier, une habitante de "
            "Fontjoncouse, dont la maison a été détruite."
        ),
        (
            q("Le vent reste très fort et le feu n'est pas fixé", "Jean-Marc Tessier"),
            q("Nous avons tout perdu en une nuit", "Sylvie Garnier"),
        ),
        (3200, 1100, 9, 450, 3),
    ),
    LabelledArticle(
        "fr-04",
        "Le chômage recule légèrement au premier trimestre",
        "Le taux de chômage en France a baissé à 7,3 % au premier trimestre, contre 7,5 % "
        "trois mois plus tôt, selon l'Insee. Le nombre de demandeurs d'emploi s'établit à "
        "2,3 millions de personnes.\n\n"
        "La ministre du Travail, Camille Perrin, s'est félicitée de ces chiffres. « La "
        "politique de l'emploi porte ses fruits », a-t-elle déclaré sur France Inter.\n\n"
        "Les économistes restent prudents. « Le ralentissement de la croissance finira par "
        "peser sur les embauches », prévient Antoine Mercier, économiste chez Natixis. "
        "L'Insee prévoit une croissance de 0,8 % cette année.",
        (
            q("La politique de l'emploi porte ses fruits", "Camille Perrin"),
            q(
                "Le ralentissement de la croissance finira par peser sur les embauches",
                "Antoine Mercier",
            ),
        ),
        (7.3, 7.5, 3, 2.3e6, 0.8),
    ),
    LabelledArticle(
        "fr-05",
        "Un nouveau tramway pour Lyon en 2028",
        "La métropole de Lyon a approuvé la construction d'une ligne de tramway de 14 "
        "kilomètres entre Villeurbanne et Vénissieux. Le projet est estimé à 560 millions "
        "d'euros.\n\n"
        "Selon le président de la métropole, Olivier Chauvin, la ligne transportera 80 000 "
        "passagers par jour. « C'est le plus grand chantier de transport de la décennie », "
        "a-t-il dit.\n\n"
        "Des commerçants s'inquiètent des travaux, qui doivent durer quatre ans. « Nous "
        "craignons de perdre une partie de notre clientèle », a expliqué Karim Haddad, "
        "président d'une association de commerçants.",
        (
            q("C'est le plus grand chantier de transport de la décennie", "Olivier Chauvin"),
            q("Nous craignons de perdre une partie de notre clientèle", "Karim Haddad"),
        ),
        (14, 560e6, 80000, 4),
    ),
    LabelledArticle(
        "fr-06",
        "Frappes de drones sur Odessa",
        _typeset(
            "La Russie a lancé dans la nuit 42 drones contre la région d'Odessa, selon "
            "l'armée de l'air ukrainienne, qui affirme en avoir abattu 36. Deux personnes ont "
            "été blessées.\n\n"
            "« Des infrastructures portuaires ont été touchées », a indiqué le gouverneur "
            "Oleh Kiper sur Telegram. Un entrepôt contenant 1 500 tonnes de céréales a pris "
            "feu.\n\n"
            "— Nous ne savons pas encore quand le port pourra reprendre son activité, a "
            "ajouté M. Kiper."
        ),
        (
            q("Des infrastructures portuaires ont été touchées", "Oleh Kiper"),
            q("Nous ne savons pas encore quand le port pourra reprendre son activité", "Oleh Kiper"),
        ),
        (42, 36, 2, 1500),
    ),
    LabelledArticle(
        "fr-07",
        "Budget : le gouvernement cherche 40 milliards d'euros d'économies",
        "Le gouvernement doit trouver 40 milliards d'euros d'économies pour ramener le déficit "
        "public à 4,4 % du PIB l'an prochain, a confirmé le ministre de l'Économie, "
        "Bertrand Lemoine.\n\n"
        "« Chaque ministère devra faire un effort », a-t-il assuré devant les sénateurs. Les "
        "dépenses de l'État atteignent 492 milliards d'euros, hors charge de la dette.\n\n"
        "Pour la présidente de la commission des finances, Valérie Arnaud, le compte n'y est "
        "pas. « On ne réduira pas le déficit sans toucher aux niches fiscales », a-t-elle "
        "estimé.",
        (
            q("Chaque ministère devra faire un effort", "Bertrand Lemoine"),
            q("On ne réduira pas le déficit sans toucher aux niches fiscales", "Valérie Arnaud"),
        ),
        (40e9, 4.4, 492e9),
    ),
    LabelledArticle(
        "fr-08",
        "Santé : les urgences sous tension cet été",
        "Une centaine de services d'urgences devront fermer ponctuellement cet été faute de "
        "médecins, selon le syndicat Samu-Urgences de France. En 2023, 163 services avaient "
        "été concernés.\n\n"
        "« Nous alertons depuis des années, rien ne change », déplore le Dr François "
        "Vallet, président du syndicat. Il estime qu'il manque au moins 5 000 urgentistes.\n\n"
        "Le ministère de la Santé assure avoir débloqué 150 millions d'euros. « Des renforts "
        "seront envoyés dans les zones les plus touchées », a précisé un porte-parole.",
        (
            q("Nous alertons depuis des années, rien ne change", "François Vallet"),
            q("Des renforts seront envoyés dans les zones les plus touchées", None),
        ),
        (163, 5000, 150e6),
    ),
    LabelledArticle(
        "fr-09",
        "Tennis : une Française en finale à Rome",
        "La joueuse française Léa Martin s'est qualifiée pour la finale du tournoi de Rome en "
        "battant la tête de série numéro 3 en deux sets. Le match a duré 1 heure et 32 "
        "minutes.\n\n"
        "« Je n'arrive pas encore à y croire », a confié Martin après la rencontre. La "
        "Française empoche déjà un chèque de 560 000 euros.\n\n"
        "Son entraîneur, Paul Girard, salue « une progression incroyable depuis janvier ».",
        (
            q("Je n'arrive pas encore à y croire", "Léa Martin"),
            q("une progression incroyable depuis janvier", "Paul Girard"),
        ),
        (2, 1, 32, 560000),
    ),
    LabelledArticle(
        "fr-10",
        "Logement : les prix baissent pour la première fois depuis dix ans",
        "Les prix des logements anciens ont reculé de 3,9 % sur un an, selon les notaires. À "
        "Paris, le mètre carré s'échange désormais autour de 9 600 euros.\n\n"
        "« La hausse des taux a fait sortir de nombreux acheteurs du marché », analyse Maître "
        "Isabelle Faure, porte-parole des notaires de France. Le volume des ventes est tombé à "
        "870 000 transactions.\n\n"
        "Pour les agents immobiliers, la baisse devrait se poursuivre. « Nous ne voyons pas "
        "de reprise avant l'an prochain », a résumé Thierry Blanc, président de la Fnaim.",
        (
            q(
                "La hausse des taux a fait sortir de nombreux acheteurs du marché",
                "Isabelle Faure",
            ),
            q("Nous ne voyons pas de reprise avant l'an prochain", "Thierry Blanc"),
        ),
        (3.9, 9600, 870000),
    ),
    LabelledArticle(
        "fr-11",
        "Le prix du pain augmente de 8 % en un an",
        "Le prix de la baguette a augmenté de 8 % en un an, atteignant en moyenne 1,15 euro, "
        "selon une étude publiée mercredi. Près de 2 500 boulangeries ont fermé l'an dernier.\n\n"
        "« Entre l'énergie et la farine, nos charges ont explosé », explique Dominique Anract, "
        "président de la confédération de la boulangerie.\n\n"
        "La ministre du Commerce, Sophie Delmas, a annoncé un plan d'aide de 30 millions "
        "d'euros. « Les boulangers sont au cœur de nos villages », a-t-elle affirmé.",
        (
            q("Entre l'énergie et la farine, nos charges ont explosé", "Dominique Anract"),
            q("Les boulangers sont au cœur de nos villages", "Sophie Delmas"),
        ),
        (8, 1.15, 2500, 30e6),
        held_out=True,
    ),
    LabelledArticle(
        "fr-12",
        "Marseille : un nouveau plan contre le trafic de drogue",
        "Le gouvernement va déployer 300 policiers supplémentaires à Marseille, où 24 "
        "personnes ont été tuées depuis janvier dans des règlements de comptes.\n\n"
        "Le ministre de l'Intérieur, François Roux, s'est rendu sur place mardi. « Nous "
        "reprendrons chaque quartier, un par un », a-t-il promis devant la presse.\n\n"
        "Sur place, les habitants restent sceptiques. « On a déjà entendu ces promesses dix "
        "fois », soupire Fatima Benali, mère de famille dans le quartier de la Castellane.",
        (
            q("Nous reprendrons chaque quartier, un par un", "François Roux"),
            q("On a déjà entendu ces promesses dix fois", "Fatima Benali"),
        ),
        (300, 24, 10),  # 10: "dix fois", missing from the gold as first written
        held_out=True,
    ),
    LabelledArticle(
        "fr-13",
        "Airbus relève ses objectifs de livraisons",
        "Airbus prévoit désormais de livrer 820 avions cette année, contre 800 annoncés en "
        "février. Le chiffre d'affaires du groupe a progressé de 6 % au premier semestre, à "
        "33,2 milliards d'euros.\n\n"
        "« La demande reste extrêmement forte dans toutes les régions », a déclaré le "
        "directeur général, Guillaume Faury, lors d'une conférence téléphonique.\n\n"
        "Les difficultés des fournisseurs persistent toutefois. « Il manque encore des "
        "moteurs », a reconnu M. Faury.",
        (
            q("La demande reste extrêmement forte dans toutes les régions", "Guillaume Faury"),
            q("Il manque encore des moteurs", "Guillaume Faury"),
        ),
        (820, 800, 6, 33.2e9),
        held_out=True,
    ),
    LabelledArticle(
        "fr-14",
        "Assurance chômage : la réforme divise",
        "Le gouvernement a présenté mercredi une nouvelle réforme de l’assurance chômage, qui "
        "doit permettre d’économiser 4 milliards d’euros par an.\n\n"
        "Hélène Le Bihan, présidente du groupe centriste au Sénat, a dénoncé « une mesure de "
        "façade qui ne changera rien pour les chômeurs ». « Nous ne voterons pas ce texte en "
        "l’état, c’est clair », a prévenu Mme Le Bihan.\n\n"
        "Le ministre du Travail, Arnaud de La Rochère, a défendu le projet : « Le travail doit "
        "toujours payer davantage que l’inactivité. »\n\n"
        "« Nous attendons des garanties écrites, pas des promesses », a fustigé la "
        "Confédération des travailleurs indépendants dans un communiqué.",
        (
            q("une mesure de façade qui ne changera rien pour les chômeurs", "Hélène Le Bihan"),
            q("Nous ne voterons pas ce texte en l’état, c’est clair", "Hélène Le Bihan"),
            q("Le travail doit toujours payer davantage que l’inactivité.", "Arnaud de La Rochère"),
            q(
                "Nous attendons des garanties écrites, pas des promesses",
                "Confédération des travailleurs indépendants",
            ),
        ),
        (4e9,),
        held_out=True,
    ),
    LabelledArticle(
        "fr-15",
        "Budget : Bercy cherche 10 milliards d'économies",
        _typeset(
            "Le gouvernement cherche 10 milliards d'euros d'économies dans le budget de l'an "
            "prochain, a révélé Le Monde mardi. Les collectivités locales devraient y contribuer "
            "à hauteur de 2 milliards.\n\n"
            "« Il n'y aura pas de hausse d'impôts pour les ménages », a martelé le ministre "
            "délégué aux Comptes publics, Bertrand d'Aubigny, sur France Inter. « Chaque "
            "ministère fera un effort », a-t-il insisté.\n\n"
            "Selon Claire Du Mesnil, économiste à l'Observatoire des finances publiques, "
            "« l'objectif reste très ambitieux ». L'Association des élus ruraux de l'Ouest a "
            "dénoncé « une nouvelle ponction sur les budgets des communes »."
        ),
        (
            q("Il n'y aura pas de hausse d'impôts pour les ménages", "Bertrand d'Aubigny"),
            q("Chaque ministère fera un effort", "Bertrand d'Aubigny"),
            q("l'objectif reste très ambitieux", "Claire Du Mesnil"),
            q("une nouvelle ponction sur les budgets des communes", "Association des élus ruraux de l'Ouest"),
        ),
        (10e9, 2e9),
        held_out=True,
    ),
    LabelledArticle(
        "fr-16",
        "Lait : la colère des éleveurs bretons",
        "Plusieurs centaines d'éleveurs ont manifesté vendredi devant la préfecture de Rennes "
        "pour dénoncer la baisse du prix du lait, tombé à 38 centimes le litre.\n\n"
        "« On travaille à perte depuis six mois et personne ne bouge », a regretté Karim Ben "
        "Salah, éleveur à Vitré.\n\n"
        "La présidente de la chambre d'agriculture, Anne-Sophie de Kerveguen, a taclé la grande "
        "distribution : « Les marges des enseignes ont doublé pendant que nos revenus "
        "fondaient. »\n\n"
        "« Nous avons déjà relevé nos prix d'achat de 5 % », a répliqué la Fédération du "
        "commerce et de la distribution. Le préfet, Olivier Van Damme, a assuré que « l'État "
        "restera aux côtés des éleveurs ».",
        (
            q("On travaille à perte depuis six mois et personne ne bouge", "Karim Ben Salah"),
            q(
                "Les marges des enseignes ont doublé pendant que nos revenus fondaient.",
                "Anne-Sophie de Kerveguen",
            ),
            q(
                "Nous avons déjà relevé nos prix d'achat de 5 %",
                "Fédération du commerce et de la distribution",
            ),
            q("l'État restera aux côtés des éleveurs", "Olivier Van Damme"),
        ),
        (38, 6, 5),
        held_out=True,
    ),
    LabelledArticle(
        "fr-17",
        "Urgences : le CHU de Rennes saturé",
        "Les urgences du CHU de Rennes ont accueilli plus de 320 patients dimanche, un record. "
        "Au total, 30 lits supplémentaires ont été ouverts en urgence.\n\n"
        "« Nous sommes à bout, les équipes ne tiennent plus », a alerté Yannick Le Floch, "
        "infirmier et délégué syndical.\n\n"
        "Le directeur de l'Agence régionale de santé, Étienne de Saint-Aubin, a promis des "
        "renforts : « Douze médecins arriveront d'ici la fin du mois. »\n\n"
        "« Ces annonces ne suffiront pas », a rétorqué le Syndicat national des urgentistes, qui "
        "réclame un plan d'urgence.",
        (
            q("Nous sommes à bout, les équipes ne tiennent plus", "Yannick Le Floch"),
            q("Douze médecins arriveront d'ici la fin du mois.", "Étienne de Saint-Aubin"),
            q("Ces annonces ne suffiront pas", "Syndicat national des urgentistes"),
        ),
        (320, 30, 12),
        held_out=True,
    ),
    LabelledArticle(
        "fr-18",
        "Football : Marseille se sépare de son entraîneur",
        "L'Olympique de Marseille a annoncé lundi le départ de son entraîneur après une série de "
        "cinq défaites.\n\n"
        "« C'est une décision difficile mais nécessaire », a expliqué le président du club, "
        "Julien Da Costa. Selon L'Équipe, « plusieurs candidats ont déjà été approchés ».\n\n"
        "Les supporters restent partagés. « On attendait beaucoup mieux de cette équipe », a lâché "
        "Sofiane Ben Youssef, membre d'un groupe de supporters.",
        (
            q("C'est une décision difficile mais nécessaire", "Julien Da Costa"),
            q("plusieurs candidats ont déjà été approchés", "L'Équipe"),
            q("On attendait beaucoup mieux de cette équipe", "Sofiane Ben Youssef"),
        ),
        (5,),
        held_out=True,
    ),
    LabelledArticle(
        "fr-19",
        "Assurance chômage : le gouvernement présente sa réforme",
        "Le gouvernement a présenté mercredi en Conseil des ministres sa réforme de l'assurance "
        "chômage, qui doit permettre d'économiser 3,6 milliards d'euros par an. La durée "
        "maximale d'indemnisation passerait de 18 à 15 mois.\n\n"
        "La ministre du Travail, Hélène Marchand-Duval, a défendu le texte devant la presse : "
        "« Nous voulons que le travail paie davantage que l'inactivité. Avec 7,3 % de chômage, "
        "nous ne pouvons pas nous satisfaire du statu quo. »\n\n"
        "Les syndicats ont immédiatement dénoncé un « passage en force ». « On fait payer aux "
        "chômeurs le déficit de l'État », a réagi la secrétaire générale de la CGT, Nadia "
        "Berthelot. Selon elle, près de 300 000 demandeurs d'emploi perdraient leurs droits plus "
        "tôt.\n\n"
        "Le Medef, en revanche, salue une réforme « courageuse et attendue ». Son président, "
        "Gérard d'Orval, estime que les entreprises « peinent toujours à recruter ».\n\n"
        "« Ce texte sera examiné au Parlement dès le mois de juin », a précisé Matignon dans un "
        "communiqué.",
        (
            q(
                "Nous voulons que le travail paie davantage que l'inactivité. Avec 7,3 % de chômage, "
                "nous ne pouvons pas nous satisfaire du statu quo.",
                "Hélène Marchand-Duval",
            ),
            q("passage en force", None),
            q("On fait payer aux chômeurs le déficit de l'État", "Nadia Berthelot"),
            q("courageuse et attendue", "Medef"),
            q("peinent toujours à recruter", "Gérard d'Orval"),
            q("Ce texte sera examiné au Parlement dès le mois de juin", "Matignon"),
        ),
        (3.6e9, 18, 15, 7.3, 300000),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "fr-20",
        "La tempête Olga frappe la Bretagne",
        "La tempête Olga a balayé la Bretagne dans la nuit de jeudi à vendredi, avec des rafales "
        "atteignant 176 km/h à la pointe du Raz. Plus de 420 000 foyers étaient privés "
        "d'électricité vendredi matin.\n\n"
        "« C'est l'une des tempêtes les plus violentes que nous ayons connues depuis vingt ans », "
        "affirme Jean-Baptiste Le Gall, prévisionniste chez Météo-France. « Les vents ont été "
        "particulièrement forts sur le littoral, mais l'intérieur des terres n'a pas été "
        "épargné.\n\n"
        "« Il faudra plusieurs jours pour rétablir l'ensemble du réseau. »\n\n"
        "La préfète du Finistère, Anne-Sophie de Kervéguen, s'est rendue à Brest dans la "
        "matinée. Elle a appelé la population à la plus grande prudence. « Ne prenez pas la route "
        "si ce n'est pas indispensable », a-t-elle déclaré, avant d'annoncer l'ouverture de 35 "
        "centres d'hébergement d'urgence.\n\n"
        "Selon Enedis, 2 500 techniciens sont mobilisés. Un porte-parole de l'entreprise a "
        "indiqué que « la situation devrait revenir à la normale d'ici mardi ».\n\n"
        "Un habitant de Douarnenez, dont le toit a été arraché, raconte : « On a entendu un bruit "
        "énorme, puis plus rien. »",
        (
            q(
                "C'est l'une des tempêtes les plus violentes que nous ayons connues depuis vingt ans",
                "Jean-Baptiste Le Gall",
            ),
            q(
                "Les vents ont été particulièrement forts sur le littoral, mais l'intérieur des terres "
                "n'a pas été épargné.",
                "Jean-Baptiste Le Gall",
            ),
            q("Il faudra plusieurs jours pour rétablir l'ensemble du réseau.", "Jean-Baptiste Le Gall"),
            q("Ne prenez pas la route si ce n'est pas indispensable", "Anne-Sophie de Kervéguen"),
            q("la situation devrait revenir à la normale d'ici mardi", None),
            q("On a entendu un bruit énorme, puis plus rien.", None),
        ),
        (176, 420000, 20, 35, 2500),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "fr-21",
        "Grève à la SNCF : un week-end de départs perturbé",
        "Le trafic ferroviaire sera fortement perturbé ce week-end en raison d'un préavis de "
        "grève déposé par SUD-Rail. La SNCF prévoit de faire circuler seulement 60 % des TGV.\n\n"
        "« Nous sommes conscients de la gêne occasionnée et nous présentons nos excuses aux "
        "voyageurs », a déclaré la SNCF dans un communiqué publié jeudi soir. Près de 800 000 "
        "voyageurs avaient réservé un billet pour le week-end.\n\n"
        "Pour Fabien Roux du Plessis, délégué de SUD-Rail, la direction porte l'entière "
        "responsabilité du conflit. « Depuis six mois, nous demandons l'ouverture de "
        "négociations sur les salaires. On ne nous a jamais répondu », a-t-il expliqué à "
        "l'AFP.\n\n"
        "Le ministre délégué aux Transports, Patrice Lemoine, a dénoncé « une prise d'otages des "
        "vacanciers ». Il a rappelé que le service minimum devait être garanti.\n\n"
        "D'après l'association de voyageurs FNAUT, les usagers devraient être indemnisés à "
        "hauteur de 50 % du prix du billet. « Les voyageurs n'ont pas à payer pour un conflit qui "
        "ne les concerne pas », estime son président, Michel Garnier.",
        (
            q(
                "Nous sommes conscients de la gêne occasionnée et nous présentons nos excuses aux voyageurs",
                "SNCF",
            ),
            q(
                "Depuis six mois, nous demandons l'ouverture de négociations sur les salaires. On ne "
                "nous a jamais répondu",
                "Fabien Roux du Plessis",
            ),
            q("une prise d'otages des vacanciers", "Patrice Lemoine"),
            q("Les voyageurs n'ont pas à payer pour un conflit qui ne les concerne pas", "Michel Garnier"),
        ),
        (60, 800000, 6, 50),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "fr-22",
        "Municipales : à Lyon, le maire sortant candidat",
        "Le maire de Lyon, Thierry Vasseur, a officialisé samedi sa candidature pour un second "
        "mandat devant environ 1 500 militants réunis dans le 7e arrondissement.\n\n"
        "« Nous avons tenu 80 % de nos promesses, et je veux finir le travail », a lancé l'édile "
        "écologiste. Il a notamment mis en avant la création de 12 kilomètres de pistes "
        "cyclables et la rénovation de 40 écoles.\n\n"
        "Son principal adversaire, le député Renaud de Castelnau, juge ce bilan "
        "« catastrophique ». « Les Lyonnais paient plus d'impôts pour une ville moins sûre », a "
        "affirmé M. de Castelnau dimanche sur France 3.\n\n"
        "La candidate socialiste, Samia Haddad, n'a pas encore dit si elle se rallierait au maire "
        "sortant. « Rien n'est exclu, mais nous poserons nos conditions », a-t-elle indiqué.\n\n"
        "D'après un sondage Ifop publié lundi, M. Vasseur recueillerait 34 % des intentions de "
        "vote au premier tour, contre 29 % pour son rival.",
        (
            q("Nous avons tenu 80 % de nos promesses, et je veux finir le travail", "Thierry Vasseur"),
            q("Les Lyonnais paient plus d'impôts pour une ville moins sûre", "Renaud de Castelnau"),
            q("Rien n'est exclu, mais nous poserons nos conditions", "Samia Haddad"),
        ),
        (1500, 80, 12, 40, 34, 29),
        held_out=True,
        batch="fresh28",
    ),
    LabelledArticle(
        "fr-23",
        "Marseille : la rénovation des écoles prend du retard",
        "Sur les 174 écoles marseillaises promises à une rénovation, seules 31 ont été livrées "
        "à ce jour, selon un rapport de la chambre régionale des comptes publié mardi.\n\n"
        "L'adjointe au maire chargée de l'éducation, Pascale Reynaud-Vidal, reconnaît des "
        "lenteurs. « Nous avons hérité d'un patrimoine dans un état catastrophique, et les "
        "entreprises du BTP manquent de bras », explique-t-elle.\n\n"
        "Le rapport pointe aussi une hausse des coûts de 35 %. Pour l'opposition municipale, "
        "c'est « la preuve d'un pilotage défaillant ». Son chef de file, Lionel Castagnet, "
        "demande un audit indépendant : « Les Marseillais ont le droit de savoir où va leur "
        "argent. »\n\n"
        "Du côté des parents, l'impatience grandit. « Mon fils passe encore l'hiver dans une "
        "classe sans chauffage correct », témoigne une mère d'élève du 3e arrondissement.",
        (
            q(
                "Nous avons hérité d'un patrimoine dans un état catastrophique, et les entreprises du "
                "BTP manquent de bras",
                "Pascale Reynaud-Vidal",
            ),
            q("la preuve d'un pilotage défaillant", None),
            q("Les Marseillais ont le droit de savoir où va leur argent.", "Lionel Castagnet"),
            q("Mon fils passe encore l'hiver dans une classe sans chauffage correct", None),
        ),
        (174, 31, 35),
        held_out=True,
        batch="fresh28b",
    ),
    LabelledArticle(
        "fr-24",
        "Agriculteurs : nouvelle mobilisation contre les accords commerciaux",
        "Plusieurs centaines d'agriculteurs ont bloqué lundi les principaux axes autour de "
        "Toulouse avec près de 400 tracteurs, à l'appel de la FNSEA et des Jeunes "
        "agriculteurs.\n\n"
        "« On nous demande de respecter des normes que nos concurrents ignorent », a lancé "
        "Sébastien Dufourcq, céréalier dans le Gers et responsable syndical. Selon lui, le "
        "revenu moyen des exploitants de la région a chuté de 18 % en deux ans.\n\n"
        "La ministre de l'Agriculture, Camille Ferrand-Loubet, a appelé au dialogue depuis "
        "Paris : « Je recevrai les représentants des agriculteurs dès jeudi. »\n\n"
        "La Confédération paysanne, elle, a refusé de s'associer au mouvement. « Ces blocages "
        "servent surtout les intérêts de l'agro-industrie », a estimé le syndicat dans un "
        "communiqué.",
        (
            q("On nous demande de respecter des normes que nos concurrents ignorent", "Sébastien Dufourcq"),
            q("Je recevrai les représentants des agriculteurs dès jeudi.", "Camille Ferrand-Loubet"),
            q("Ces blocages servent surtout les intérêts de l'agro-industrie", "Confédération paysanne"),
        ),
        (400, 18, 2),
        held_out=True,
        batch="fresh28b",
    ),
    LabelledArticle(
        "fr-25",
        "Rennes : la maire veut piétonniser le centre-ville",
        "La maire de Rennes, Nathalie Le Gall-Rioux, a présenté jeudi son plan pour rendre "
        "piétonnes 12 rues supplémentaires du centre historique d'ici 2027. Le projet coûtera "
        "9,5 millions d'euros.\n\n"
        "« Le centre-ville doit redevenir un lieu où l'on respire », a fait valoir l'édile "
        "socialiste devant le conseil municipal. « Nous ne faisons pas la guerre aux voitures, nous "
        "faisons de la place aux habitants. »\n\n"
        "Les commerçants sont partagés. Pour l'association Rennes Centre Commerces, la mesure "
        "risque de faire fuir la clientèle venue des communes voisines. « Beaucoup de nos clients "
        "arrivent en voiture », souligne sa présidente, Martine Oger.\n\n"
        "L'opposition de droite dénonce « un passage en force ». Son président de groupe, Charles "
        "Compagnon-Duval, réclame une consultation : « Les Rennais doivent avoir le dernier mot. »"
        "\n\n"
        "Selon un sondage commandé par la mairie, 61 % des habitants soutiennent le projet.",
        (
            q("Le centre-ville doit redevenir un lieu où l'on respire", "Nathalie Le Gall-Rioux"),
            q(
                "Nous ne faisons pas la guerre aux voitures, nous faisons de la place aux habitants.",
                "Nathalie Le Gall-Rioux",
            ),
            q("Beaucoup de nos clients arrivent en voiture", "Martine Oger"),
            q("un passage en force", None),
            q("Les Rennais doivent avoir le dernier mot.", "Charles Compagnon-Duval"),
        ),
        (12, 9.5e6, 61),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "fr-26",
        "Assurance chômage : les syndicats claquent la porte",
        _typeset(
            "Les négociations sur l'assurance chômage ont tourné court mercredi. La CGT et FO ont "
            "quitté la table après que le patronat a proposé de réduire de 25 % la durée "
            "d'indemnisation des seniors.\n\n"
            "« On ne peut pas négocier avec un pistolet sur la tempe », a déclaré la secrétaire "
            "générale de la CGT, Sophie Lambertin, à la sortie de la réunion.\n\n"
            "Le Medef, de son côté, défend sa proposition. « Le système doit s'adapter à une "
            "situation de quasi plein-emploi », a affirmé l'organisation patronale dans un "
            "communiqué. Son négociateur, Hubert Mongin, a assuré rester « ouvert à la "
            "discussion ».\n\n"
            "La ministre du Travail, Agnès Verdier-Mallet, a appelé les partenaires sociaux à "
            "revenir à la table. « Si aucun accord n'est trouvé d'ici le 30 juin, l'État reprendra "
            "la main », a-t-elle prévenu.\n\n"
            "Quelque 2,3 millions de demandeurs d'emploi sont indemnisés chaque mois."
        ),
        (
            q("On ne peut pas négocier avec un pistolet sur la tempe", "Sophie Lambertin"),
            q("Le système doit s'adapter à une situation de quasi plein-emploi", "Medef"),
            q("ouvert à la discussion", "Hubert Mongin"),
            q("Si aucun accord n'est trouvé d'ici le 30 juin, l'État reprendra la main", "Agnès Verdier-Mallet"),
        ),
        (25, 2.3e6),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "fr-27",
        "Incendies : le Var en alerte rouge",
        "Plus de 600 pompiers luttaient toujours vendredi contre un incendie qui a parcouru "
        "1 200 hectares dans le massif des Maures. Deux villages ont été évacués dans la nuit."
        "\n\n"
        "Le préfet du Var, Jean-Luc Videlaine-Morel, a fait le point à Toulon : « Le feu n'est pas "
        "fixé. Le vent doit encore forcir dans l'après-midi. »\n\n"
        "Selon le colonel Éric Grohin, commandant des opérations de secours, les rafales ont "
        "atteint 80 km/h. « Nos hommes sont épuisés, mais ils tiennent », a-t-il confié.\n\n"
        "À La Garde-Freinet, les habitants évacués ont passé la nuit dans un gymnase. « On a tout "
        "laissé, même les photos de famille », raconte Josiane, 74 ans, les yeux rougis.\n\n"
        "Le syndicat SUD pompiers dénonce un manque de moyens aériens : seuls 7 Canadair étaient "
        "disponibles vendredi matin. « On ne peut pas éteindre la Provence avec sept avions », a "
        "fustigé le syndicat.",
        (
            q("Le feu n'est pas fixé. Le vent doit encore forcir dans l'après-midi.", "Jean-Luc Videlaine-Morel"),
            q("Nos hommes sont épuisés, mais ils tiennent", "Éric Grohin"),
            q("On a tout laissé, même les photos de famille", "Josiane"),
            q("On ne peut pas éteindre la Provence avec sept avions", "SUD pompiers"),
        ),
        (600, 1200, 2, 80, 7, 7),
        held_out=True,
        batch="fresh28c",
    ),
    LabelledArticle(
        "fr-28",
        "Grève à la SNCF : le trafic très perturbé en Bretagne",
        _typeset(
            "Le trafic ferroviaire était fortement perturbé jeudi dans l'ouest de la France, au "
            "deuxième jour d'une grève lancée par plusieurs syndicats de cheminots. Seuls deux TGV "
            "sur cinq circulaient entre Paris et Rennes, et 60 % des TER bretons ont été "
            "supprimés.\n\n"
            "« Nous ne lâcherons rien tant que la direction refusera d'embaucher », a déclaré "
            "Yannick Le Floc'h, secrétaire régional de la CGT-Cheminots, devant la gare de Rennes. "
            "Le syndicat réclame 300 recrutements supplémentaires dans la région.\n\n"
            "Pour SUD-Rail, « la direction joue la montre et méprise les agents ».\n\n"
            "La directrice régionale de SNCF Voyageurs, Gwenaëlle Le Bihan-Roudaut, a jugé la grève "
            "« incompréhensible ». « Nous avons proposé une hausse de 4 % des primes de nuit. Le "
            "dialogue reste ouvert », a-t-elle assuré.\n\n"
            "En gare, les voyageurs prenaient leur mal en patience. « Je vais arriver avec trois "
            "heures de retard à mon entretien d'embauche », soupirait Maëlys, 23 ans, étudiante à "
            "Vannes."
        ),
        (
            q("Nous ne lâcherons rien tant que la direction refusera d'embaucher", "Yannick Le Floc'h"),
            q("la direction joue la montre et méprise les agents", "SUD-Rail"),
            q(
                _typeset("Nous avons proposé une hausse de 4 % des primes de nuit. Le dialogue reste ouvert"),
                "Gwenaëlle Le Bihan-Roudaut",
            ),
            q("Je vais arriver avec trois heures de retard à mon entretien d'embauche", "Maëlys"),
        ),
        (2, 5, 60, 300, 4, 3),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "fr-29",
        "Déserts médicaux : l'Ordre des médecins sonne l'alarme",
        "Près de 8 millions de Français vivent dans une commune où l'accès à un médecin "
        "généraliste est difficile, selon une étude publiée mardi par l'Ordre des médecins. En "
        "dix ans, le nombre de généralistes a baissé de 11 %.\n\n"
        "« La situation s'aggrave chaque année et aucune région n'est épargnée », a estimé "
        "l'institution dans son rapport. Elle plaide pour une quatrième année d'internat dans "
        "les zones sous-dotées.\n\n"
        "« Il faut quatre mois pour obtenir un rendez-vous chez un ophtalmologue. » C'est le "
        "constat dressé par Marie-Thérèse Quintin-Laborde, maire de Saint-Amand-Montrond (Cher), "
        "qui a ouvert un centre de santé municipal l'an dernier.\n\n"
        "Le centre emploie aujourd'hui cinq médecins salariés. « Sans lui, je n'aurais plus de "
        "médecin traitant depuis deux ans », témoigne Gérard, un retraité de 74 ans.\n\n"
        "Le ministre de la Santé, Aurélien Castagnède, a promis « des mesures fortes avant "
        "l'été ». Interrogé sur France Inter, il a toutefois écarté toute obligation "
        "d'installation : « La contrainte ne crée pas de médecins, elle les fait fuir. »",
        (
            q("La situation s'aggrave chaque année et aucune région n'est épargnée", "Ordre des médecins"),
            q(
                "Il faut quatre mois pour obtenir un rendez-vous chez un ophtalmologue.",
                "Marie-Thérèse Quintin-Laborde",
            ),
            q("Sans lui, je n'aurais plus de médecin traitant depuis deux ans", "Gérard"),
            q("des mesures fortes avant l'été", "Aurélien Castagnède"),
            q("La contrainte ne crée pas de médecins, elle les fait fuir.", "Aurélien Castagnède"),
        ),
        (8e6, 10, 11, 4, 5, 2),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "fr-30",
        "Budget de la Sécu : patronat et syndicats vent debout",
        _typeset(
            "Le gouvernement a présenté mercredi un projet de budget de la Sécurité sociale "
            "prévoyant 5 milliards d'euros d'économies, dont une hausse des cotisations patronales "
            "sur les salaires compris entre 1,6 et 2 smic.\n\n"
            "« C'est un coup de massue pour l'emploi », a réagi le Medef dans un communiqué. "
            "L'organisation patronale estime que la mesure pourrait détruire jusqu'à 50 000 "
            "emplois.\n\n"
            "La CFDT dénonce de son côté des économies « faites sur le dos des malades ». « On "
            "demande encore aux mêmes de payer », a regretté sa secrétaire générale, Nathalie "
            "Vergnaud-Pichon.\n\n"
            "Le ministre des Comptes publics, Pierre-Yves Kerhervé, a défendu un texte « juste et "
            "responsable ». « Chaque euro dépensé doit être utile », a-t-il martelé à l'Assemblée "
            "nationale, « et nous ne toucherons pas aux pensions de retraite ».\n\n"
            "Selon l'économiste Soizic Penhoët, de l'OFCE, « l'effet sur l'emploi sera limité, de "
            "l'ordre de 15 000 postes »."
        ),
        (
            q("C'est un coup de massue pour l'emploi", "Medef"),
            q("faites sur le dos des malades", "CFDT"),
            q("On demande encore aux mêmes de payer", "Nathalie Vergnaud-Pichon"),
            q("juste et responsable", "Pierre-Yves Kerhervé"),
            q("Chaque euro dépensé doit être utile", "Pierre-Yves Kerhervé"),
            q("et nous ne toucherons pas aux pensions de retraite", "Pierre-Yves Kerhervé"),
            q(_typeset("l'effet sur l'emploi sera limité, de l'ordre de 15 000 postes"), "Soizic Penhoët"),
        ),
        (5e9, 1.6, 2, 50000, 15000),
        held_out=True,
        batch="fresh29",
    ),
    LabelledArticle(
        "fr-31",
        "Sécheresse : les agriculteurs du Gers réclament des aides",
        _typeset(
            "Dans le Gers, les pertes de récolte atteignent 40 % pour le maïs cette année, selon la "
            "chambre d'agriculture. Quelque 1 300 exploitations sont concernées.\n\n"
            "« On a semé, on a arrosé tant qu'on pouvait, et puis plus rien », raconte Jean-Marc "
            "Lalanne, 58 ans, céréalier à Mirande. « Cette année, je vais perdre de l'argent sur "
            "chaque hectare. »\n\n"
            "La FDSEA du Gers réclame le déblocage d'un fonds d'urgence de 15 millions d'euros. "
            "« Sans aide rapide, des dizaines de fermes vont disparaître », prévient le syndicat.\n\n"
            "Le préfet, Xavier Brunet-Lacombe, a reconnu une « situation exceptionnelle ». Il a "
            "annoncé l'ouverture d'une cellule de crise : « Les premiers versements pourront "
            "intervenir d'ici à la fin du mois. »\n\n"
            "« Il faudra surtout repenser nos cultures », estime pour sa part l'agronome Clémence "
            "Audouard, de l'Inrae."
        ),
        (
            q("On a semé, on a arrosé tant qu'on pouvait, et puis plus rien", "Jean-Marc Lalanne"),
            q("Cette année, je vais perdre de l'argent sur chaque hectare.", "Jean-Marc Lalanne"),
            q("Sans aide rapide, des dizaines de fermes vont disparaître", "FDSEA du Gers"),
            q("situation exceptionnelle", "Xavier Brunet-Lacombe"),
            q("Les premiers versements pourront intervenir d'ici à la fin du mois.", "Xavier Brunet-Lacombe"),
            q("Il faudra surtout repenser nos cultures", "Clémence Audouard"),
        ),
        (40, 1300, 15e6),
        held_out=True,
        batch="fresh29b",
    ),
    LabelledArticle(
        "fr-32",
        "Lausanne teste la semaine de quatre jours",
        "La Ville de Lausanne va tester la semaine de quatre jours auprès de 300 employés "
        "municipaux pendant un an, a annoncé mardi la municipalité.\n\n"
        "« Nous voulons rester un employeur attractif », a expliqué la syndique, Annick "
        "Perrottet-Berthoud. « Le temps de travail restera le même, mais réparti sur quatre "
        "jours. »\n\n"
        "Le syndicat SSP salue « un premier pas ». Pour sa secrétaire régionale, Delphine Gerber, "
        "« il faudra ensuite réduire le temps de travail, pas seulement le compresser ».\n\n"
        "Tous ne sont pas convaincus. « Dans les crèches, on ne peut pas fermer le vendredi », "
        "observe une éducatrice de 34 ans.",
        (
            q("Nous voulons rester un employeur attractif", "Annick Perrottet-Berthoud"),
            q("Le temps de travail restera le même, mais réparti sur quatre jours.", "Annick Perrottet-Berthoud"),
            q("un premier pas", "SSP"),
            q("il faudra ensuite réduire le temps de travail, pas seulement le compresser", "Delphine Gerber"),
            q("Dans les crèches, on ne peut pas fermer le vendredi", None),
        ),
        (4, 300, 4),
        held_out=True,
        batch="fresh29b",
    ),
    LabelledArticle(
        "fr-33",
        "Grève des contrôleurs aériens à Nantes : 62 vols annulés",
        "Les contrôleurs aériens de l'aéroport de Nantes-Atlantique ont entamé lundi une grève de "
        "48 heures, entraînant l'annulation de 62 vols.\n\n"
        "« Nous n'avons pas d'autre choix », a déclaré à l'AFP Yannick Le Goff, délégué du "
        "syndicat SNCTA. « Nos effectifs ont baissé de 15 % en cinq ans. »\n\n"
        "La Direction générale de l'aviation civile (DGAC) a jugé le mouvement « disproportionné ». "
        "« Les voyageurs doivent vérifier le statut de leur vol avant de se rendre à l'aéroport », "
        "a-t-elle recommandé dans un communiqué.\n\n"
        "Marie-Thérèse Ollivier, 67 ans, devait rejoindre sa fille à Marseille. « On m'a prévenue "
        "par SMS à 5 heures du matin », raconte cette retraitée.\n\n"
        "Le ministre des Transports, Philippe Bordenave, a appelé « au sens des responsabilités "
        "de chacun ».",
        (
            q("Nous n'avons pas d'autre choix", "Yannick Le Goff"),
            q("Nos effectifs ont baissé de 15 % en cinq ans.", "Yannick Le Goff"),
            q(
                "Les voyageurs doivent vérifier le statut de leur vol avant de se rendre à l'aéroport",
                "Direction générale de l'aviation civile",
            ),
            q("On m'a prévenue par SMS à 5 heures du matin", "Marie-Thérèse Ollivier"),
            q("au sens des responsabilités de chacun", "Philippe Bordenave"),
        ),
        (48, 62, 15, 5),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "fr-34",
        "Un ancien maire condamné pour prise illégale d'intérêts",
        "Le tribunal correctionnel de Quimper a condamné mardi Hervé Kerloc'h, 63 ans, ancien maire "
        "de Plogastel, à dix-huit mois de prison avec sursis pour prise illégale d'intérêts.\n\n"
        "« C'est un dossier où l'intérêt général a été sacrifié à des intérêts familiaux », avait "
        "lancé le procureur, Antoine Méric, lors de l'audience. L'ancien élu avait fait vendre à "
        "son beau-frère un terrain communal de 4 500 m² pour 38 000 euros, alors que les Domaines "
        "l'estimaient à 110 000 euros.\n\n"
        "L'avocate de la défense, Me Solenn Guivarc'h, a annoncé que son client ferait appel. "
        "« Mon client n'a jamais tiré le moindre profit de cette vente », a-t-elle assuré.\n\n"
        "Hervé Kerloc'h, lui, est resté silencieux à l'énoncé du jugement. « Je suis serein », "
        "avait-il déclaré à la barre.\n\n"
        "L'association Transparence Finistère, partie civile, s'est félicitée d'une « décision "
        "exemplaire ».",
        (
            q(
                "C'est un dossier où l'intérêt général a été sacrifié à des intérêts familiaux",
                "Antoine Méric",
            ),
            q("Mon client n'a jamais tiré le moindre profit de cette vente", "Solenn Guivarc'h"),
            q("Je suis serein", "Hervé Kerloc'h"),
            q("décision exemplaire", "Transparence Finistère"),
        ),
        (18, 4500, 38000, 110000),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "fr-35",
        "Véloria va supprimer 120 postes à Saint-Étienne",
        "Le fabricant de cycles Véloria, installé à Saint-Étienne, va supprimer 120 postes sur les "
        "850 que compte son usine, a annoncé jeudi la direction.\n\n"
        "« La chute du marché du vélo nous oblige à adapter nos capacités », explique le PDG, "
        "Grégoire Fontanel, dans un courrier adressé aux salariés.\n\n"
        "Pour la CGT, cette décision est « inacceptable et brutale ».\n\n"
        "« On nous annonce ça par mail, un jeudi soir », s'indigne Nadia Belkacem, monteuse "
        "depuis onze ans. Selon elle, « beaucoup de collègues ne retrouveront pas de travail dans "
        "la région ».\n\n"
        "Le maire de Saint-Étienne a demandé une réunion en préfecture. « Nous ne laisserons pas "
        "tomber ces familles », a-t-il promis.",
        (
            q("La chute du marché du vélo nous oblige à adapter nos capacités", "Grégoire Fontanel"),
            q("inacceptable et brutale", "CGT"),
            q("On nous annonce ça par mail, un jeudi soir", "Nadia Belkacem"),
            q("beaucoup de collègues ne retrouveront pas de travail dans la région", "Nadia Belkacem"),
            q("Nous ne laisserons pas tomber ces familles", None),
        ),
        (120, 850, 11),
        held_out=True,
        batch="fresh30",
    ),
    LabelledArticle(
        "fr-36",
        "Jura : les urgences de Lons-le-Saunier fermeront la nuit",
        "Les urgences de l'hôpital de Lons-le-Saunier fermeront la nuit à partir du 1er juillet, "
        "faute de médecins. Seuls 4 des 11 postes de praticiens sont pourvus.\n\n"
        "« C'est une décision que nous prenons à contrecœur », a reconnu la directrice de "
        "l'établissement, Sandrine Vuillermoz, lors d'une conférence de presse. « Mais la sécurité "
        "des patients passe avant tout. »\n\n"
        "Le collectif de défense de l'hôpital dénonce « un abandon du Jura rural ». Son "
        "porte-parole, Jean-Claude Mouillot, rappelle que l'hôpital le plus proche est à 60 "
        "kilomètres. « À une heure de route, un infarctus, ça ne pardonne pas », prévient cet "
        "ancien infirmier.\n\n"
        "L'Agence régionale de santé (ARS) assure de son côté qu'une régulation par le Samu sera "
        "mise en place. « Aucun patient ne sera laissé sans réponse », a-t-elle indiqué.",
        (
            q("C'est une décision que nous prenons à contrecœur", "Sandrine Vuillermoz"),
            q("Mais la sécurité des patients passe avant tout.", "Sandrine Vuillermoz"),
            q("un abandon du Jura rural", "collectif de défense de l'hôpital"),
            q("À une heure de route, un infarctus, ça ne pardonne pas", "Jean-Claude Mouillot"),
            q("Aucun patient ne sera laissé sans réponse", "Agence régionale de santé"),
        ),
        (4, 11, 60),
        held_out=True,
        batch="fresh30b",
    ),
    LabelledArticle(
        "fr-37",
        "Rugby : Mont-de-Marsan s'impose face à Oyonnax",
        "Le Stade montois s'est imposé 27-19 face à Oyonnax samedi, devant 7 800 spectateurs, et "
        "reste en course pour la qualification.\n\n"
        "« On a souffert en première période, mais on n'a jamais lâché », a résumé le capitaine, "
        "Mathieu Darrigrand, au micro de France Bleu.\n\n"
        "L'entraîneur, Patrice Etcheverry, a salué « l'état d'esprit » de son groupe.\n\n"
        "Côté Oyonnax, le manager Joan Mallet a regretté « trop d'approximations ». Il a ajouté : "
        "« Quand on fait 15 fautes de main, on ne peut pas gagner ici. »\n\n"
        "Mont-de-Marsan compte désormais 52 points, à deux longueurs du sixième.",
        (
            q("On a souffert en première période, mais on n'a jamais lâché", "Mathieu Darrigrand"),
            q("l'état d'esprit", "Patrice Etcheverry"),
            q("trop d'approximations", "Joan Mallet"),
            q("Quand on fait 15 fautes de main, on ne peut pas gagner ici.", "Joan Mallet"),
        ),
        (7800, 15, 52, 2),
        held_out=True,
        batch="fresh30b",
    ),
    LabelledArticle(
        "fr-38",
        "La grêle ravage 2 000 hectares de vignes dans le Mâconnais",
        "Un violent orage de grêle a ravagé mardi soir près de 2 000 hectares de vignes dans le "
        "Mâconnais. Dans certaines parcelles, la récolte est perdue à 100 %.\n\n"
        "« En dix minutes, on a perdu le travail d'une année », se désole Bertrand Chavot, vigneron "
        "à Prissé depuis trente ans.\n\n"
        "Le président de l'interprofession, Laurent Maréchal-Dupuis, a demandé un fonds d'urgence. "
        "« Les assurances ne couvrent qu'une minorité d'exploitations », a-t-il souligné.\n\n"
        "La préfète de Saône-et-Loire s'est rendue sur place. Elle a promis « un accompagnement "
        "rapide » des exploitations touchées.\n\n"
        "Selon Météo-France, les grêlons atteignaient 4 centimètres de diamètre.",
        (
            q("En dix minutes, on a perdu le travail d'une année", "Bertrand Chavot"),
            q("Les assurances ne couvrent qu'une minorité d'exploitations", "Laurent Maréchal-Dupuis"),
            q("un accompagnement rapide", None),
        ),
        (2000, 100, 10, 30, 4),
        held_out=True,
        batch="fresh30c",
    ),
    LabelledArticle(
        "fr-39",
        "Quinze ans de réclusion pour une tentative de meurtre à Bordeaux",
        "La cour d'assises de la Gironde a condamné vendredi à quinze ans de réclusion criminelle "
        "un homme de 38 ans pour avoir tenté de tuer son ancien associé.\n\n"
        "« Vous avez agi avec froideur et préméditation », a lancé la présidente, Véronique "
        "Delpech-Arnaud, en lisant le verdict. L'avocat général avait requis dix-huit ans.\n\n"
        "Me Karim Benhaddou, avocat de l'accusé, a dénoncé « un procès à charge ». « Mon client va "
        "faire appel », a-t-il annoncé à la sortie de l'audience.\n\n"
        "La victime, Olivier Marcadet, 52 ans, garde de lourdes séquelles. « Je ne pourrai plus "
        "jamais travailler », avait-il témoigné lundi.",
        (
            q("Vous avez agi avec froideur et préméditation", "Véronique Delpech-Arnaud"),
            q("un procès à charge", "Karim Benhaddou"),
            q("Mon client va faire appel", "Karim Benhaddou"),
            q("Je ne pourrai plus jamais travailler", "Olivier Marcadet"),
        ),
        (15, 18),
        held_out=True,
        batch="fresh30c",
    ),
    LabelledArticle(
        "fr-40",
        "Saint-Brieuc : le centre-ville sera piéton",
        "Le conseil municipal de Saint-Brieuc a adopté lundi soir, par 29 voix contre 14, le projet "
        "de piétonnisation du centre-ville.\n\n"
        "« C'est un choix d'avenir pour le commerce et pour la qualité de vie », a défendu le maire, "
        "Hervé Le Guillou, à l'issue du vote.\n\n"
        "L'opposition dénonce un passage en force. Pour sa cheffe de file, Anne-Cécile Rolland, « les "
        "commerçants n'ont jamais été réellement consultés ».\n\n"
        "L'association des commerçants du centre, Cœur de Ville, redoute une baisse de "
        "fréquentation. « Sans parking à proximité, les clients iront en périphérie », estime son "
        "président, Yoann Bréhaut.\n\n"
        "Les travaux, estimés à 4,5 millions d'euros, doivent débuter au printemps.",
        (
            q("C'est un choix d'avenir pour le commerce et pour la qualité de vie", "Hervé Le Guillou"),
            q("les commerçants n'ont jamais été réellement consultés", "Anne-Cécile Rolland"),
            q("Sans parking à proximité, les clients iront en périphérie", "Yoann Bréhaut"),
        ),
        (29, 14, 4.5e6),
        held_out=True,
        batch="fresh30d",
    ),
    LabelledArticle(
        "fr-41",
        "Montpellier : 120 personnes intoxiquées dans une salle de sport",
        "Quelque 120 personnes ont été intoxiquées au monoxyde de carbone dans une salle de sport de "
        "Montpellier, samedi, a-t-on appris auprès des pompiers. Huit d'entre elles ont été "
        "hospitalisées.\n\n"
        "« Un dysfonctionnement du système de chauffage est la piste privilégiée », a indiqué à "
        "l'AFP le commandant Philippe Roux-Marty, du service départemental d'incendie et de "
        "secours.\n\n"
        "La gérante de la salle, Samira Bouzid, s'est dite « bouleversée ». « Nos installations "
        "avaient été contrôlées en septembre », a-t-elle assuré.\n\n"
        "Une enquête a été ouverte par le parquet de Montpellier.",
        (
            q("Un dysfonctionnement du système de chauffage est la piste privilégiée", "Philippe Roux-Marty"),
            q("Nos installations avaient été contrôlées en septembre", "Samira Bouzid"),
        ),
        (120, 8),
        held_out=True,
        batch="fresh30d",
    ),
    LabelledArticle(
        "fr-42",
        "Crue de la Vilaine : 250 habitations évacuées à Redon",
        "Après trois jours de pluies diluviennes, la Vilaine est sortie de son lit à Redon "
        "(Ille-et-Vilaine), où 250 habitations ont été évacuées dans la nuit de mercredi à jeudi.\n\n"
        "« L'eau est montée de 80 centimètres en deux heures », a expliqué le maire, Pascal "
        "Duchêne.\n\n"
        "Jocelyne Guérin, 74 ans, a passé la nuit chez sa fille. « Je n'ai eu que le temps de "
        "prendre mes médicaments », confie-t-elle.\n\n"
        "Météo-France a maintenu la vigilance orange crues pour vendredi. « La décrue ne s'amorcera "
        "pas avant le week-end », prévient le prévisionniste Stéphane Kerguelen.",
        (
            q("L'eau est montée de 80 centimètres en deux heures", "Pascal Duchêne"),
            q("Je n'ai eu que le temps de prendre mes médicaments", "Jocelyne Guérin"),
            q("La décrue ne s'amorcera pas avant le week-end", "Stéphane Kerguelen"),
        ),
        (3, 250, 80, 2),
        held_out=True,
        batch="fresh30e",
    ),
    LabelledArticle(
        "fr-43",
        "Lorient : le collège des Quatre-Vents fermera en 2026",
        "Le collège des Quatre-Vents de Lorient sera fermé à la rentrée 2026, a annoncé mardi le "
        "conseil départemental du Morbihan. Ses 310 élèves seront répartis dans deux autres "
        "établissements.\n\n"
        "« Les effectifs ont baissé de 30 % en dix ans, nous ne pouvions pas maintenir trois "
        "collèges dans ce secteur », a justifié la vice-présidente chargée de l'éducation, "
        "Maryvonne Le Dréau.\n\n"
        "Les parents d'élèves, eux, sont vent debout. « On apprend la nouvelle par la presse, c'est "
        "inadmissible », s'emporte Gaëlle Morvan, présidente de l'association des parents.",
        (
            q(
                "Les effectifs ont baissé de 30 % en dix ans, nous ne pouvions pas maintenir trois "
                "collèges dans ce secteur",
                "Maryvonne Le Dréau",
            ),
            q("On apprend la nouvelle par la presse, c'est inadmissible", "Gaëlle Morvan"),
        ),
        (310, 2, 30, 10, 3),
        held_out=True,
        batch="fresh30e",
    ),
    LabelledArticle(
        "fr-44",
        "Châteaulin : la laiterie Val d'Aulne investit 18 millions d'euros",
        "La laiterie coopérative Val d'Aulne, à Châteaulin (Finistère), va investir 18 millions "
        "d'euros dans une nouvelle tour de séchage, qui permettra de créer 45 emplois d'ici à "
        "2027.\n\n"
        "« Cet investissement sécurise l'avenir de nos 600 producteurs », a souligné le directeur "
        "général, Erwan Le Berre, lors d'une réunion avec les élus.\n\n"
        "Le président de la région, Yann Kerdraon, a salué « un projet structurant pour tout le "
        "Centre-Finistère ».\n\n"
        "Du côté des éleveurs, l'accueil est plus mesuré. « On attend surtout une hausse du prix du "
        "lait », glisse Sylvie Quéré, éleveuse à Pleyben.",
        (
            q("Cet investissement sécurise l'avenir de nos 600 producteurs", "Erwan Le Berre"),
            q("un projet structurant pour tout le Centre-Finistère", "Yann Kerdraon"),
            q("On attend surtout une hausse du prix du lait", "Sylvie Quéré"),
        ),
        (18e6, 45, 600),
        held_out=True,
        batch="fresh30f",
    ),
    LabelledArticle(
        "fr-45",
        "Villeurbanne : un cycliste grièvement blessé par un chauffard",
        "Un automobiliste de 23 ans a été placé en garde à vue dimanche après avoir percuté un "
        "cycliste à Villeurbanne, avant de prendre la fuite. La victime, un homme de 58 ans, est "
        "dans un état grave.\n\n"
        "« Le conducteur s'est présenté de lui-même au commissariat en fin de matinée », a précisé "
        "une source policière.\n\n"
        "« Ce carrefour est dangereux, on le signale depuis des années », s'indigne Mathilde Roux, "
        "porte-parole du collectif Vélo Villeurbanne.\n\n"
        "Le maire, Thierry Perrin-Moulin, a annoncé l'installation d'un feu tricolore « dans les "
        "prochaines semaines ».",
        (
            q("Le conducteur s'est présenté de lui-même au commissariat en fin de matinée", None),
            q("Ce carrefour est dangereux, on le signale depuis des années", "Mathilde Roux"),
            q("dans les prochaines semaines", "Thierry Perrin-Moulin"),
        ),
        (),
        held_out=True,
        batch="fresh30f",
    ),
    LabelledArticle(
        "fr-46",
        "Le Sénat adopte l'encadrement des locations saisonnières",
        "Le Sénat a adopté mardi, par 212 voix contre 98, la proposition de loi visant à encadrer "
        "les locations saisonnières dans les zones tendues.\n\n"
        "« Nous redonnons aux maires les moyens d'agir », s'est félicitée la rapporteure du texte, "
        "la sénatrice Élisabeth Marchetti-Roux.\n\n"
        "Les professionnels du tourisme dénoncent, eux, « une usine à gaz ».\n\n"
        "Pour l'Union nationale des propriétaires immobiliers (UNPI), « ce texte fragilise des "
        "milliers de petits bailleurs ».",
        (
            q("Nous redonnons aux maires les moyens d'agir", "Élisabeth Marchetti-Roux"),
            q("une usine à gaz", None),
            q("ce texte fragilise des milliers de petits bailleurs", "Union nationale des propriétaires immobiliers"),
        ),
        (212, 98),
        held_out=True,
        batch="fresh30g",
    ),
]
