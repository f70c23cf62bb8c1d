"""Illustrative project records for M4D Hub; every organisation named here is fictional."""


def _p(text):
    """Collapse a paragraph written over several source lines into one line."""
    return " ".join(text.split())


def _paras(text):
    """Split text on blank lines into a list of one-line paragraphs."""
    return [_p(block) for block in text.strip().split("\n\n") if block.strip()]


# Every organisation named in PROJECTS, with its DOMAIN.md organisation type and the
# ISO 3166-1 alpha-2 code of the country where it is based. All of them are fictional.
ORGANISATIONS = [
    # UN or international organisations, funds and foundations
    {
        "name": "Global Mobility Partnership Facility",
        "type": "UN or international organisation",
        "country": "CH",
    },
    {
        "name": "Inter-Regional Labour Mobility Centre",
        "type": "UN or international organisation",
        "country": "TH",
    },
    {"name": "Trans-Regional Cooperation Fund", "type": "Other", "country": "BE"},
    {"name": "Harbourview Foundation for Human Mobility", "type": "Other", "country": "NL"},
    {"name": "Alpine Development Cooperation Trust", "type": "Other", "country": "CH"},
    {"name": "Southern Ocean Partnership Fund", "type": "Other", "country": "NZ"},
    # National government bodies
    {
        "name": "National Agency for Overseas Employment",
        "type": "Government (national)",
        "country": "NP",
    },
    {
        "name": "National Skills Certification Board",
        "type": "Government (national)",
        "country": "TN",
    },
    {
        "name": "Office for Statistics and Planning",
        "type": "Government (national)",
        "country": "MD",
    },
    # Local and regional authorities
    {
        "name": "Coastal Region Municipal Association",
        "type": "Local or regional authority",
        "country": "SN",
    },
    {
        "name": "Regional Council of the Northern Oases",
        "type": "Local or regional authority",
        "country": "MA",
    },
    {
        "name": "Municipal Secretariat for Social Inclusion of Ciudad del Valle",
        "type": "Local or regional authority",
        "country": "CO",
    },
    {
        "name": "Southern Delta District Administration",
        "type": "Local or regional authority",
        "country": "BD",
    },
    {
        "name": "Network of Mediterranean Partner Cities",
        "type": "Local or regional authority",
        "country": "IT",
    },
    # Civil society
    {"name": "Association of Returnee Entrepreneurs", "type": "Civil society", "country": "KG"},
    {"name": "Safe Journeys Migrant Workers' Centre", "type": "Civil society", "country": "NP"},
    {"name": "Sahel Protection and Referral Network", "type": "Civil society", "country": "NE"},
    {"name": "Domestic Workers' Solidarity Network", "type": "Civil society", "country": "PH"},
    {"name": "Newcomers' Welcome Collective", "type": "Civil society", "country": "CO"},
    {"name": "Delta Livelihoods Trust", "type": "Civil society", "country": "BD"},
    {"name": "Migrant Rights Help Desk", "type": "Civil society", "country": "JO"},
    {"name": "Youth Futures Association", "type": "Civil society", "country": "TN"},
    {"name": "Island Communities Support Network", "type": "Civil society", "country": "VU"},
    # Diaspora organisations
    {
        "name": "Federation of Coastal Senegalese Associations Abroad",
        "type": "Diaspora organisation",
        "country": "FR",
    },
    {
        "name": "Ghanaian Health Professionals in Europe Network",
        "type": "Diaspora organisation",
        "country": "DE",
    },
    {
        "name": "Central Asian Diaspora Youth Council",
        "type": "Diaspora organisation",
        "country": "RU",
    },
    {"name": "Hometown Associations Coalition", "type": "Diaspora organisation", "country": "US"},
    # Academia and research
    {
        "name": "Institute for Labour Mobility Research",
        "type": "Academia or research",
        "country": "LK",
    },
    {
        "name": "Centre for Population and Mobility Statistics",
        "type": "Academia or research",
        "country": "MD",
    },
    {"name": "Delta Climate Research Institute", "type": "Academia or research", "country": "BD"},
    {
        "name": "School of Nursing and Midwifery Sciences",
        "type": "Academia or research",
        "country": "GH",
    },
    # Private sector
    {
        "name": "Federation of Rural Savings Cooperatives",
        "type": "Private sector",
        "country": "GT",
    },
    {"name": "SwiftPost Money Transfer", "type": "Private sector", "country": "US"},
    {"name": "Fair Hire Employers' Alliance", "type": "Private sector", "country": "AE"},
    {"name": "Atlas Digital Finance", "type": "Private sector", "country": "SN"},
]


PROJECTS = [
    {
        "slug": "diaspora-investment-window-coastal-municipalities",
        "title": "Diaspora Investment Window for Coastal Municipalities",
        "summary": _p(
            """
            A co-financing window that helps coastal municipalities and their diaspora plan
            and fund local economic projects together.
            """
        ),
        "body": _paras(
            """
            Many people from the coastal region live in France and Italy and already support
            their home towns, mostly through individual transfers and one-off collective
            projects. The project helps municipalities turn this goodwill into planned
            investment that matches their local development plans.

            Municipalities publish a short list of investment opportunities, such as a fish
            processing unit, a market hall or a vocational training centre. Diaspora
            associations and individual investors can co-finance them alongside the
            municipality and a matching grant. A contact point in each town hall answers
            questions from the diaspora and follows up on each investment.

            A digital platform developed with a local fintech company lets diaspora members
            follow progress and receive regular financial reports.
            """
        ),
        "countries": ["SN", "FR", "IT"],
        "corridors": [["SN", "FR"], ["SN", "IT"]],
        "themes": [
            "Diaspora engagement",
            "Remittances and financial inclusion",
            "Local governance and migration mainstreaming",
        ],
        "regions": ["Africa", "Europe and Central Asia"],
        "sdg_targets": ["10.7", "10.c"],
        "gcm_objectives": [19, 20],
        "implementing_organisations": ["Coastal Region Municipal Association"],
        "partner_organisations": [
            "Federation of Coastal Senegalese Associations Abroad",
            "Atlas Digital Finance",
        ],
        "donors": ["Trans-Regional Cooperation Fund"],
        "budget_usd": 1450000,
        "currency": "USD",
        "start_date": "2024-03-01",
        "end_date": "2027-02-28",
        "status": "ongoing",
        "results": [
            "Diaspora contact points set up and staffed in six town halls.",
            "Eleven investment opportunities published, four of them fully financed.",
            "Quarterly financial reports shared with diaspora co-investors online.",
        ],
        "lessons_learnt": [
            "Diaspora investors respond best to small, concrete projects with clear reporting.",
            "Contact points need a named officer; a generic email address is not enough.",
        ],
        "contact_name": "Mariama Faye",
        "contact_email": "mariama.faye@example.org",
    },
    {
        "slug": "safe-pathways-pre-departure-and-fair-recruitment",
        "title": "Safe Pathways: Pre-departure Orientation and Fair Recruitment",
        "summary": _p(
            """
            Better information before departure and fairer recruitment for workers leaving
            Nepal and Bangladesh for jobs in the Gulf.
            """
        ),
        "body": _paras(
            """
            Prospective migrant workers often rely on informal intermediaries for
            information about jobs abroad, and many pay high recruitment fees. The project
            worked on both sides of the corridor to improve the information available to
            workers and to encourage recruitment that does not charge fees to workers.

            In the districts of origin, migrant resource centres offered counselling and
            pre-departure orientation on contracts, rights and support services. In the
            destination countries, the project worked with an employers' alliance to test
            recruitment that complies with the employer-pays principle.
            """
        ),
        "countries": ["NP", "BD", "QA", "AE"],
        "corridors": [["NP", "QA"], ["NP", "AE"], ["BD", "AE"]],
        "themes": ["Labour migration and decent work", "Human rights and protection"],
        "regions": ["Asia and the Pacific", "Arab States / Middle East and North Africa"],
        "sdg_targets": ["8.8", "8.7"],
        "gcm_objectives": [3, 6, 7],
        "implementing_organisations": [
            "Inter-Regional Labour Mobility Centre",
            "Safe Journeys Migrant Workers' Centre",
        ],
        "partner_organisations": [
            "National Agency for Overseas Employment",
            "Fair Hire Employers' Alliance",
            "Institute for Labour Mobility Research",
        ],
        "donors": ["Harbourview Foundation for Human Mobility"],
        "budget_usd": 2300000,
        "currency": "USD",
        "start_date": "2019-01-15",
        "end_date": "2022-06-30",
        "status": "completed",
        "results": [
            "Four migrant resource centres opened in districts of origin.",
            "A revised pre-departure orientation curriculum adopted by the national agency.",
            "Twelve employers tested recruitment without fees charged to workers.",
            "A complaints referral protocol agreed between partners in both countries.",
        ],
        "lessons_learnt": [
            "Returned migrants were the most trusted trainers in pre-departure sessions.",
            "Fair recruitment pilots need monitoring of sub-agents, not only of licensed agencies.",
            "Moving orientation online during the pandemic widened reach but lost peer exchange.",
        ],
        "contact_name": "Sunita Gurung",
        "contact_email": "sunita.gurung@example.org",
    },
    {
        "slug": "returnee-entrepreneurship-hubs",
        "title": "Returnee Entrepreneurship Hubs",
        "summary": _p(
            """
            Local hubs that offer returning migrants and young people business training,
            mentoring and access to small loans.
            """
        ),
        "body": _paras(
            """
            Many workers from Kyrgyzstan and Tajikistan spend years working abroad, and
            those who come back often want to use their savings and skills to start a
            business. The project supports entrepreneurship hubs in four towns, run by an
            association of returnee entrepreneurs with the local authorities.

            Each hub offers business training, one-to-one mentoring by experienced
            entrepreneurs and links to savings and loan products. The hubs are open to
            young people who have not migrated, so that returnees and local youth can start
            businesses together.
            """
        ),
        "countries": ["KG", "TJ", "RU"],
        "corridors": [["KG", "RU"], ["TJ", "RU"]],
        "themes": ["Return and reintegration", "Youth", "Education and skills"],
        "regions": ["Europe and Central Asia"],
        "sdg_targets": ["8.8", "10.7"],
        "gcm_objectives": [21, 18, 19],
        "implementing_organisations": ["Association of Returnee Entrepreneurs"],
        "partner_organisations": ["Central Asian Diaspora Youth Council"],
        "donors": ["Alpine Development Cooperation Trust"],
        "budget_usd": 850000,
        "currency": "USD",
        "start_date": "2023-04-01",
        "end_date": "2026-12-31",
        "status": "ongoing",
        "results": [
            "Four entrepreneurship hubs operating in municipal buildings.",
            "Around 300 returnees and young people completed business training.",
            "A mentoring pool of 40 local entrepreneurs, half of them returnees.",
        ],
        "lessons_learnt": [
            "Mixed groups of returnees and non-migrants reduced stigma around return.",
            "Many returnees needed help with paperwork before they could register a business.",
        ],
        "contact_name": "Aibek Toktogulov",
        "contact_email": "aibek.toktogulov@example.org",
    },
    {
        "slug": "migration-in-the-regional-development-plan",
        "title": "Migration in the Regional Development Plan",
        "summary": _p(
            """
            Support to a regional council to integrate migration into its six-year
            development plan, from a local migration profile to costed actions.
            """
        ),
        "body": _paras(
            """
            The region has a long history of emigration to Europe and is now also home to
            migrants from other African countries. The regional council wanted its new
            development plan to reflect both realities.

            The project helped the council prepare a regional migration profile, consult
            emigrant associations, immigrant communities and local services, and set up a
            working group of regional departments. The plan that resulted includes actions
            on diaspora investment, access to services for immigrants and information for
            young people considering migration.
            """
        ),
        "countries": ["MA"],
        "corridors": [],
        "themes": [
            "Local governance and migration mainstreaming",
            "Policy coherence (whole-of-government)",
            "Social inclusion and cohesion",
        ],
        "regions": ["Arab States / Middle East and North Africa", "Africa"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [23, 15, 19],
        "implementing_organisations": ["Regional Council of the Northern Oases"],
        "partner_organisations": [
            "Global Mobility Partnership Facility",
            "Network of Mediterranean Partner Cities",
        ],
        "donors": ["Trans-Regional Cooperation Fund"],
        "budget_usd": 620000,
        "currency": "USD",
        "start_date": "2016-02-01",
        "end_date": "2019-01-31",
        "status": "completed",
        "results": [
            "A regional migration profile published and shared with all municipalities.",
            "A working group on migration set up across eight regional departments.",
            "Migration integrated into four chapters of the regional development plan.",
        ],
        "lessons_learnt": [
            "The working group lasted because it was chaired by the council's planning director.",
            "Consulting immigrant communities required trusted intermediaries and interpreters.",
            "A budget line for migration actions mattered more than a separate strategy.",
        ],
        "contact_name": "Karim El Idrissi",
        "contact_email": "karim.elidrissi@example.org",
    },
    {
        "slug": "lower-cost-remittances-through-cooperative-networks",
        "title": "Lower-Cost Remittances through Cooperative Networks",
        "summary": _p(
            """
            Cheaper and closer cash-out points for remittance receivers in rural areas,
            linked to savings accounts at local cooperatives.
            """
        ),
        "body": _paras(
            """
            Families in rural Guatemala and Honduras who receive money from relatives in the
            United States often travel long distances to collect it and pay high costs. The
            project partnered a money transfer company with a federation of rural savings
            cooperatives so that remittances could be received at cooperative branches.

            Receivers were offered a savings account and financial education sessions
            designed with women's groups. A price comparison leaflet helped senders and
            receivers compare the total cost of different services.
            """
        ),
        "countries": ["GT", "HN", "US"],
        "corridors": [["GT", "US"], ["HN", "US"]],
        "themes": ["Remittances and financial inclusion", "Gender and migration"],
        "regions": ["Latin America and the Caribbean", "North America"],
        "sdg_targets": ["10.c"],
        "gcm_objectives": [20],
        "implementing_organisations": ["Federation of Rural Savings Cooperatives"],
        "partner_organisations": ["SwiftPost Money Transfer", "Hometown Associations Coalition"],
        "donors": ["Harbourview Foundation for Human Mobility"],
        "budget_usd": 1100000,
        "currency": "USD",
        "start_date": "2018-05-01",
        "end_date": "2021-10-31",
        "status": "completed",
        "results": [
            "Remittance payment services available at 65 rural cooperative branches.",
            "Over 9,000 receivers opened a savings account, most of them women.",
            "Financial education sessions delivered in Spanish and two Mayan languages.",
        ],
        "lessons_learnt": [
            "Receivers valued shorter travel as much as lower fees.",
            "Sessions in local languages, led by women, drew far more participants.",
        ],
        "contact_name": "Ana Lucía Pérez",
        "contact_email": "analucia.perez@example.org",
    },
    {
        "slug": "health-workforce-partnership",
        "title": "Health Workforce Partnership for Training and Circulation",
        "summary": _p(
            """
            A planned partnership that expands nurse training in Ghana while offering
            regular, fair routes to work and train in Germany.
            """
        ),
        "body": _paras(
            """
            Demand for nurses is rising in many countries, and international recruitment can
            weaken health systems in countries of origin. This planned project is designed
            as a skills partnership: it will invest in training capacity in Ghana, so that
            more nurses are trained than migrate, and support fair recruitment of a share of
            graduates for work in Germany.

            Diaspora health professionals will mentor students and nurses, and the project
            will test short-term return placements that allow nurses working abroad to teach
            in Ghanaian nursing schools.
            """
        ),
        "countries": ["GH", "DE"],
        "corridors": [["GH", "DE"]],
        "themes": [
            "Migration and health",
            "Education and skills",
            "Labour migration and decent work",
        ],
        "regions": ["Africa", "Europe and Central Asia"],
        "sdg_targets": ["3.c", "8.8"],
        "gcm_objectives": [5, 6, 18],
        "implementing_organisations": [
            "School of Nursing and Midwifery Sciences",
            "Global Mobility Partnership Facility",
        ],
        "partner_organisations": ["Ghanaian Health Professionals in Europe Network"],
        "donors": ["Alpine Development Cooperation Trust"],
        "budget_usd": 3200000,
        "currency": "USD",
        "start_date": "2027-03-01",
        "end_date": "2031-02-28",
        "status": "planned",
        "results": [],
        "lessons_learnt": [],
        "contact_name": "Efua Asante",
        "contact_email": "efua.asante@example.org",
    },
    {
        "slug": "climate-mobility-and-resilient-livelihoods-delta",
        "title": "Climate Mobility and Resilient Livelihoods in the Delta",
        "summary": _p(
            """
            Helping communities in a coastal delta adapt to environmental change, and making
            migration a safer choice for those who move.
            """
        ),
        "body": _paras(
            """
            Salinisation, erosion and storms are making farming and fishing harder in the
            southern delta. Some households send members to cities for work; others would
            prefer to stay if they could. The project supports both.

            It funds climate-resilient livelihoods such as saline-tolerant crops and
            aquaculture, and helps the district administration include mobility in its
            disaster risk reduction and development plans. For people who move, it provides
            information on safe migration and links with services in the main destination
            cities.
            """
        ),
        "countries": ["BD"],
        "corridors": [],
        "themes": [
            "Climate change, environment and human mobility",
            "Urban migration",
            "Local governance and migration mainstreaming",
        ],
        "regions": ["Asia and the Pacific"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [2, 3],
        "implementing_organisations": ["Delta Livelihoods Trust"],
        "partner_organisations": [
            "Southern Delta District Administration",
            "Delta Climate Research Institute",
        ],
        "donors": ["Southern Ocean Partnership Fund"],
        "budget_usd": 1750000,
        "currency": "USD",
        "start_date": "2025-01-01",
        "end_date": "2028-12-31",
        "status": "ongoing",
        "results": [
            "Mobility included in the district's updated disaster risk reduction plan.",
            "Climate-resilient livelihood support under way in twelve villages.",
        ],
        "lessons_learnt": [
            "Households see migration as one part of their adaptation, not as a failure to adapt.",
        ],
        "contact_name": "Nasrin Akter",
        "contact_email": "nasrin.akter@example.org",
    },
    {
        "slug": "inclusive-city-services-for-newcomers",
        "title": "Inclusive City Services for Newcomers",
        "summary": _p(
            """
            A city programme that opens health, education and employment services to newly
            arrived migrants and strengthens relations with host neighbourhoods.
            """
        ),
        "body": _paras(
            """
            In a few years the city received many newcomers from Venezuela, most of whom
            settled in peripheral neighbourhoods. The municipal secretariat for social
            inclusion leads a programme to make city services accessible to them without
            creating separate services.

            A welcome point in each district provides orientation and referral. Health
            centres and schools received training and cultural mediators. Neighbourhood
            committees that include newcomers and long-standing residents plan joint
            activities and improvements to public spaces.
            """
        ),
        "countries": ["CO", "VE"],
        "corridors": [["VE", "CO"]],
        "themes": ["Social inclusion and cohesion", "Urban migration", "Migration and health"],
        "regions": ["Latin America and the Caribbean"],
        "sdg_targets": ["10.7", "3.c"],
        "gcm_objectives": [15, 16, 17],
        "implementing_organisations": [
            "Municipal Secretariat for Social Inclusion of Ciudad del Valle",
        ],
        "partner_organisations": ["Newcomers' Welcome Collective"],
        "donors": ["Trans-Regional Cooperation Fund"],
        "budget_usd": 980000,
        "currency": "USD",
        "start_date": "2022-07-01",
        "end_date": "2026-12-31",
        "status": "ongoing",
        "results": [
            "Welcome points operating in five districts.",
            "Staff of 30 health centres and schools trained on newcomers' rights and needs.",
            "Eighteen neighbourhood committees set up with newcomers and residents.",
        ],
        "lessons_learnt": [
            "Improving services for everyone in a neighbourhood eased tensions with residents.",
            "Cultural mediators recruited from both communities were the most effective.",
        ],
        "contact_name": "Camila Restrepo",
        "contact_email": "camila.restrepo@example.org",
    },
    {
        "slug": "migration-data-for-sdg-reporting",
        "title": "Migration Data for SDG Reporting",
        "summary": _p(
            """
            Helping national statistics and planning bodies produce migration-relevant SDG
            indicators and use them in voluntary national reviews.
            """
        ),
        "body": _paras(
            """
            Few of the country's SDG indicators could be disaggregated by migratory status,
            and data on emigrants and returnees were scattered across institutions. The
            project supported
            the national statistics and planning office to assess data gaps, link
            administrative sources and add migration questions to existing household
            surveys.

            A research centre trained staff of line ministries to use the data, and the
            project produced a short set of migration-relevant indicators used in national
            SDG reporting.
            """
        ),
        "countries": ["MD"],
        "corridors": [],
        "themes": ["Migration data", "Policy coherence (whole-of-government)"],
        "regions": ["Europe and Central Asia"],
        "sdg_targets": ["17.18", "10.7"],
        "gcm_objectives": [1, 23],
        "implementing_organisations": ["Office for Statistics and Planning"],
        "partner_organisations": [
            "Centre for Population and Mobility Statistics",
            "Global Mobility Partnership Facility",
        ],
        "donors": ["Alpine Development Cooperation Trust"],
        "budget_usd": 540000,
        "currency": "USD",
        "start_date": "2020-03-01",
        "end_date": "2023-02-28",
        "status": "completed",
        "results": [
            "A national assessment of gaps in migration-relevant SDG data.",
            "Migration questions added to the labour force survey.",
            "A set of 15 migration-relevant indicators included in national SDG reporting.",
        ],
        "lessons_learnt": [
            "Data-sharing agreements between institutions took longer than the technical work.",
            "Training data users in ministries was as important as producing new data.",
        ],
        "contact_name": "Irina Ciobanu",
        "contact_email": "irina.ciobanu@example.org",
    },
    {
        "slug": "women-migrant-workers-rights-network",
        "title": "Women Migrant Workers' Rights Network",
        "summary": _p(
            """
            A cross-border network of associations that informs and supports women migrant
            domestic workers before departure, at work and on return.
            """
        ),
        "body": _paras(
            """
            Women who migrate for domestic work face particular risks because they work in
            private homes, often outside the protection of labour law. The project links
            associations in countries of origin and destination so that a worker can find
            help at each stage of her migration.

            Associations run peer-led orientation sessions before departure, a multilingual
            helpline and legal aid in destination countries, and reintegration support on
            return. The network also documents cases, with workers' consent, to inform
            policy dialogue on labour protection for domestic workers.
            """
        ),
        "countries": ["PH", "LK", "JO", "LB"],
        "corridors": [["PH", "JO"], ["PH", "LB"], ["LK", "JO"]],
        "themes": [
            "Gender and migration",
            "Human rights and protection",
            "Labour migration and decent work",
        ],
        "regions": ["Asia and the Pacific", "Arab States / Middle East and North Africa"],
        "sdg_targets": ["8.8", "5.2", "8.7"],
        "gcm_objectives": [6, 7, 14],
        "implementing_organisations": [
            "Domestic Workers' Solidarity Network",
            "Migrant Rights Help Desk",
        ],
        "partner_organisations": ["Institute for Labour Mobility Research"],
        "donors": ["Harbourview Foundation for Human Mobility"],
        "budget_usd": 760000,
        "currency": "USD",
        "start_date": "2024-01-01",
        "end_date": "2027-06-30",
        "status": "ongoing",
        "results": [
            "A multilingual helpline answering calls six days a week.",
            "Peer educators trained in three countries of origin.",
            "Referral agreements with legal aid providers in two countries of destination.",
        ],
        "lessons_learnt": [
            "Workers contact the helpline mostly through messaging apps, rarely by phone.",
            "Peer educators who had worked as domestic workers built trust quickly.",
        ],
        "contact_name": "Maricel Dizon",
        "contact_email": "maricel.dizon@example.org",
    },
    {
        "slug": "protection-and-referral-central-sahel-route",
        "title": "Protection and Referral along the Central Sahel Route",
        "summary": _p(
            """
            A referral network that identified and assisted migrants at risk of
            trafficking and abuse in transit towns of the central Sahel.
            """
        ),
        "body": _paras(
            """
            Transit towns on the routes north across the Sahel see many migrants pass
            through, some of whom fall into the hands of traffickers or are abandoned by
            smugglers. The project built a referral network of civil society organisations,
            health centres and local authorities in four transit towns.

            Outreach workers provided information on risks and rights, and identified
            people who needed protection. Those identified were referred to shelter,
            medical care, legal advice and, for those who wished to go home, assisted
            return.
            """
        ),
        "countries": ["NE", "ML"],
        "corridors": [],
        "themes": ["Trafficking and smuggling", "Human rights and protection"],
        "regions": ["Africa"],
        "sdg_targets": ["8.7", "5.2", "16.2"],
        "gcm_objectives": [7, 8, 10],
        "implementing_organisations": ["Sahel Protection and Referral Network"],
        "partner_organisations": ["Global Mobility Partnership Facility"],
        "donors": ["Trans-Regional Cooperation Fund"],
        "budget_usd": 1300000,
        "currency": "USD",
        "start_date": "2017-09-01",
        "end_date": "2020-08-31",
        "status": "completed",
        "results": [
            "Referral procedures agreed by partners in four transit towns.",
            "Outreach teams trained to identify possible victims of trafficking.",
            "Shelter and medical care available through partner organisations.",
        ],
        "lessons_learnt": [
            "A shared referral form and a single focal point per town made referrals faster.",
            "Children travelling alone needed a separate procedure with child protection services.",
        ],
        "contact_name": "Abdoulaye Issoufou",
        "contact_email": "abdoulaye.issoufou@example.org",
    },
    {
        "slug": "youth-skills-and-regular-pathways",
        "title": "Youth, Skills and Regular Pathways",
        "summary": _p(
            """
            Vocational training for young people that leads to jobs at home or, for some,
            to regular work placements in partner cities across the Mediterranean.
            """
        ),
        "body": _paras(
            """
            Many young people in the interior regions want to migrate but lack information
            on regular routes and the skills that employers abroad recognise. The project
            offers vocational training in sectors with demand on both shores of the
            Mediterranean, such as renewable energy installation and hospitality.

            Training is certified to standards recognised in both countries. Most graduates
            are supported to find work or start businesses at home; a smaller group takes
            part in time-limited work placements in partner cities, with return and
            reintegration planned from the start.
            """
        ),
        "countries": ["TN", "IT"],
        "corridors": [["TN", "IT"]],
        "themes": ["Youth", "Education and skills", "Labour migration and decent work"],
        "regions": ["Arab States / Middle East and North Africa", "Europe and Central Asia"],
        "sdg_targets": ["8.8", "10.7", "4.b"],
        "gcm_objectives": [5, 18, 3],
        "implementing_organisations": ["Youth Futures Association"],
        "partner_organisations": [
            "National Skills Certification Board",
            "Network of Mediterranean Partner Cities",
        ],
        "donors": ["Trans-Regional Cooperation Fund"],
        "budget_usd": 1900000,
        "currency": "USD",
        "start_date": "2025-05-01",
        "end_date": "2028-04-30",
        "status": "ongoing",
        "results": [
            "Two training curricula certified by the national skills board.",
            "The first group of trainees started courses in three interior towns.",
        ],
        "lessons_learnt": [
            "Being clear from the outset that most graduates will work at home built trust.",
        ],
        "contact_name": "Amira Ben Salem",
        "contact_email": "amira.bensalem@example.org",
    },
    {
        "slug": "pacific-seasonal-workers-reintegration-support",
        "title": "Pacific Seasonal Workers' Reintegration Support",
        "summary": _p(
            """
            A planned project to help seasonal workers from Pacific island communities
            invest their earnings and skills when they come home.
            """
        ),
        "body": _paras(
            """
            Seasonal work schemes in Australia and New Zealand give many Pacific islanders a
            source of income, but long absences also affect families and communities. This
            planned project will work with island communities to make the most of seasonal
            work and reduce its social costs.

            Planned activities include financial planning before departure, support for
            families who stay behind, and small business and agricultural training for
            returning workers. Community meetings will decide priorities in each island.
            """
        ),
        "countries": ["VU", "TO", "AU", "NZ"],
        "corridors": [["VU", "AU"], ["VU", "NZ"], ["TO", "NZ"]],
        "themes": [
            "Return and reintegration",
            "Labour migration and decent work",
            "Remittances and financial inclusion",
        ],
        "regions": ["Asia and the Pacific"],
        "sdg_targets": ["8.8", "10.c"],
        "gcm_objectives": [5, 20, 21],
        "implementing_organisations": ["Island Communities Support Network"],
        "partner_organisations": ["Inter-Regional Labour Mobility Centre"],
        "donors": ["Southern Ocean Partnership Fund"],
        "budget_usd": None,
        "currency": "USD",
        "start_date": "2027-01-15",
        "end_date": None,
        "status": "planned",
        "results": [],
        "lessons_learnt": [],
        "contact_name": "Mele Fifita",
        "contact_email": "mele.fifita@example.org",
    },
]
