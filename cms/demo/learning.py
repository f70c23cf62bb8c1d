"""Illustrative toolkits and e-learning courses for the M4D Hub learning section."""


def _p(text):
    """Collapse a paragraph written over several source lines into one line."""
    return " ".join(text.split())


def _paras(text):
    """Split text on blank lines into a list of one-line paragraphs."""
    return [_p(block) for block in text.strip().split("\n\n") if block.strip()]


TOOLKITS = [
    {
        "slug": "migration-and-local-development-toolbox",
        "title": "Migration and local development toolbox",
        "intro": _p(
            """
            A modular toolbox for local and regional authorities and their partners who want
            to harness migration for local development. Its structure follows the toolbox on
            migration and local development produced by the Joint Migration and Development
            Initiative (JMDI): a core module that everyone should read, and five optional
            modules that you can pick according to your needs.
            """
        ),
        "themes": [
            "Local governance and migration mainstreaming",
            "Diaspora engagement",
            "Remittances and financial inclusion",
        ],
        "modules": [
            {
                "title": "Core module: managing the link between migration and local development",
                "summary": _p(
                    """
                    Why migration matters for local development, who the main actors are,
                    and how a local authority can organise its work on migration.
                    """
                ),
                "body": _paras(
                    """
                    ## Why the local level?

                    Migration is a global phenomenon, but its effects are felt locally. It is
                    in municipalities and regions that people decide to leave, that families
                    receive remittances, that returnees look for work and that newcomers use
                    schools and clinics. Local and regional authorities are responsible for
                    many of the services that determine whether migration works well for
                    migrants and for communities.

                    ## Understanding your local migration context

                    Every territory has its own mix of emigration, immigration, transit,
                    return and internal mobility. The first task is to understand that mix:
                    who moves, where to, why, and with what consequences for households,
                    the local economy and public services. The module suggests simple
                    questions and sources to draw a first picture.

                    ## Actors and roles

                    Working on migration and local development involves many actors: local
                    departments, national ministries and their local offices, civil society,
                    migrant and diaspora associations, the private sector, universities and
                    international partners. The module helps you map them and identify who
                    should lead, who should be consulted and who can contribute resources.

                    ## Organising the work

                    Local authorities that succeed usually designate a focal point or unit,
                    set up a coordination group with the departments concerned, and link
                    their work with national policy. The module closes with a self-assessment
                    that helps you decide which optional modules to read next.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Integrating migration into local development planning",
                "summary": _p(
                    """
                    How to bring migration into the local planning cycle, from analysis and
                    consultation to budgeting and monitoring.
                    """
                ),
                "body": _paras(
                    """
                    Local development plans are the main tool a local authority has to set
                    priorities and allocate resources. Integrating migration into them makes
                    migration part of everyday decisions rather than a separate project.

                    The module follows the stages of the planning cycle. It shows how to
                    build a local migration profile, how to consult migrants, diaspora and
                    host communities, how to identify priority actions in each sector, and
                    how to budget for them. It ends with guidance on simple indicators to
                    monitor progress.

                    Worksheets help you review your current plan and identify entry points,
                    even if the next planning cycle is some years away.
                    """
                ),
                "optional": True,
            },
            {
                "title": "Partnerships, cooperation and dialogue at the local level",
                "summary": _p(
                    """
                    Building the partnerships that local action on migration depends on:
                    within the territory, with national government and across borders.
                    """
                ),
                "body": _paras(
                    """
                    No local authority can manage the link between migration and development
                    alone. This module looks at three kinds of partnership: multi-stakeholder
                    dialogue within the territory, vertical cooperation with regional and
                    national government, and decentralised cooperation with territories in
                    other countries, including those where the diaspora lives.

                    For each, it discusses the conditions for success, such as clear roles,
                    shared objectives and regular communication, and common pitfalls. It
                    includes templates for a partnership agreement and for the terms of
                    reference of a local migration and development committee.
                    """
                ),
                "optional": True,
            },
            {
                "title": "Migrants' rights and access to local services",
                "summary": _p(
                    """
                    How local authorities can make health, education, housing, employment and
                    justice services accessible to migrants and their families.
                    """
                ),
                "body": _paras(
                    """
                    Migrants who cannot use basic services cannot participate fully in
                    society or contribute to local development. Local authorities often
                    control or influence these services, and can reduce the barriers that
                    migrants face, whether these are related to documents, language, cost or
                    lack of information.

                    The module presents a rights-based approach to local service delivery.
                    It covers information and orientation for newcomers and returnees,
                    training of front-line staff, cultural mediation, referral systems and
                    the role of civil society. It also addresses social cohesion: services
                    that are seen as fair to all residents help prevent tensions.

                    The module relates to objectives 15 and 16 of the Global Compact for
                    Migration, on access to basic services and on inclusion and social
                    cohesion.
                    """
                ),
                "optional": True,
            },
            {
                "title": "Engaging diaspora in local development",
                "summary": _p(
                    """
                    Working with the diaspora as a partner: knowing it, reaching it and
                    creating opportunities for its contributions.
                    """
                ),
                "body": _paras(
                    """
                    Diaspora members contribute to their places of origin in many ways:
                    through investment, knowledge and skills, networks, philanthropy and
                    advocacy. Local authorities can make these contributions easier and link
                    them to local priorities.

                    The module explains how to map the diaspora and its associations, how to
                    communicate with it, and how to set up a contact point or a diaspora
                    desk. It presents options for diaspora involvement in local planning,
                    skills transfer schemes and co-financing of local projects, with attention
                    to transparency and accountability towards both the diaspora and local
                    residents.
                    """
                ),
                "optional": True,
            },
            {
                "title": "Remittances and local financial inclusion",
                "summary": _p(
                    """
                    How local actors can help remittances reach families at lower cost and
                    widen access to financial services for receivers.
                    """
                ),
                "body": _paras(
                    """
                    Remittances are private money, sent by migrants to their families. Local
                    authorities should not try to direct how they are spent, but they can
                    help create an environment in which remittances are cheaper, safer and
                    more useful.

                    The module looks at the role of local financial institutions such as
                    cooperatives and microfinance institutions, at financial education for
                    senders and receivers, and at products that link remittances with savings,
                    insurance or credit. It explains the global targets on remittance costs:
                    SDG target 10.c aims to reduce transaction costs below 3 per cent and to
                    eliminate corridors with costs above 5 per cent by 2030.
                    """
                ),
                "optional": True,
            },
        ],
    },
    {
        "slug": "mainstreaming-migration-into-national-development-planning",
        "title": "Mainstreaming migration into national development planning",
        "intro": _p(
            """
            A practical toolkit for planning ministries, line ministries and their partners
            on integrating migration into national development strategies and sector
            policies through a whole-of-government approach.
            """
        ),
        "themes": [
            "Policy coherence (whole-of-government)",
            "Local governance and migration mainstreaming",
            "Migration data",
        ],
        "modules": [
            {
                "title": "Understanding migration mainstreaming",
                "summary": _p(
                    """
                    What mainstreaming migration means, why it matters for development and
                    how it relates to the 2030 Agenda and the Global Compact for Migration.
                    """
                ),
                "body": _paras(
                    """
                    Mainstreaming migration means assessing the implications of migration
                    for every area of policy, and the implications of those policies for
                    migration, and reflecting both in planning. It is the practical
                    expression of policy coherence on migration and development.

                    The 2030 Agenda gave mainstreaming new relevance: migration is addressed
                    directly in SDG target 10.7 and touches many other targets, from decent
                    work to health and data. The Global Compact for Safe, Orderly and Regular
                    Migration, adopted in December 2018, also calls for whole-of-government
                    approaches.

                    The module introduces the main steps of a mainstreaming process and the
                    conditions that help it succeed, including political commitment and a
                    clear lead institution.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Setting up coordination across government",
                "summary": _p(
                    """
                    Designing an inter-ministerial mechanism that can lead mainstreaming and
                    involve other stakeholders.
                    """
                ),
                "body": _paras(
                    """
                    Because migration cuts across sectors, mainstreaming needs a mechanism
                    that brings ministries together. This module compares common models,
                    such as a working group under the planning ministry or a committee
                    chaired by the head of government's office, and discusses their
                    strengths and limits.

                    It offers guidance on mandate, membership, secretariat, frequency of
                    meetings and links with local government, civil society, diaspora
                    organisations and the private sector. A template for terms of reference
                    is included.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Building the evidence base",
                "summary": _p(
                    """
                    Assessing what is known about migration and its development impacts, and
                    filling the most important gaps.
                    """
                ),
                "body": _paras(
                    """
                    Sound mainstreaming rests on evidence. The module shows how to prepare a
                    situation analysis that covers migration trends, the links between
                    migration and each priority sector, and existing policies and
                    institutions.

                    It introduces sources such as censuses, household and labour force
                    surveys, administrative records and qualitative research, and explains
                    how to carry out a rapid assessment when time and resources are limited.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Integrating migration into strategies and sector policies",
                "summary": _p(
                    """
                    Turning evidence into objectives, measures and indicators in the national
                    development strategy and in sector policies.
                    """
                ),
                "body": _paras(
                    """
                    The module follows the drafting cycle of a national development strategy
                    and shows where migration can be reflected: in the situation analysis,
                    in objectives, in measures and in the results framework.

                    It then looks at priority sectors, including employment, education,
                    health, social protection, agriculture and urban development, and gives
                    examples of migration-related measures in each. Attention is paid to
                    gender and to groups in vulnerable situations.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Budgeting, implementation and monitoring",
                "summary": _p(
                    """
                    Making sure that migration-related measures are funded, carried out and
                    tracked over time.
                    """
                ),
                "body": _paras(
                    """
                    Commitments in a strategy only matter if they are implemented. This
                    module covers costing and budgeting of migration-related measures,
                    action plans, the division of responsibilities between institutions and
                    monitoring with a limited set of indicators.

                    It also explains how national monitoring can feed into SDG reporting,
                    including voluntary national reviews, and into national reporting on the
                    Global Compact for Migration.
                    """
                ),
                "optional": True,
            },
            {
                "title": "Involving local government and non-state actors",
                "summary": _p(
                    """
                    Extending mainstreaming beyond central government: local authorities,
                    civil society, diaspora, employers and trade unions.
                    """
                ),
                "body": _paras(
                    """
                    A whole-of-government approach includes local and regional government,
                    and a whole-of-society approach brings in civil society, migrants and
                    diaspora, employers, trade unions and academia. This optional module
                    suggests ways to involve each of them at different stages of the
                    mainstreaming process, and to link national strategies with local
                    development plans.
                    """
                ),
                "optional": True,
            },
        ],
    },
    {
        "slug": "migration-data-for-sdg-reporting",
        "title": "Migration data for SDG reporting",
        "intro": _p(
            """
            A toolkit for national statistical offices, planning ministries and local
            authorities on producing and using migration data to report on the Sustainable
            Development Goals and the Global Compact for Migration.
            """
        ),
        "themes": ["Migration data", "Policy coherence (whole-of-government)"],
        "modules": [
            {
                "title": "Migration in the SDG and GCM frameworks",
                "summary": _p(
                    """
                    Which targets and objectives concern migration, and what data they
                    require.
                    """
                ),
                "body": _paras(
                    """
                    Several SDG targets refer directly to migrants or migration: 10.7 on
                    well-managed migration policies, 10.c on remittance costs, 8.8 on the
                    labour rights of migrant workers, 8.7, 5.2 and 16.2 on trafficking and
                    forced labour, 4.b on scholarships and 3.c on the health workforce.
                    Target 17.18 calls for data disaggregated by migratory status.

                    The Global Compact for Migration makes data its first objective:
                    collecting and using accurate and disaggregated data as a basis for
                    evidence-based policies. The module maps the data needs of both
                    frameworks and shows where they overlap.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Assessing data availability and gaps",
                "summary": _p(
                    """
                    Taking stock of existing sources and deciding which gaps to close first.
                    """
                ),
                "body": _paras(
                    """
                    Before collecting new data, find out what already exists. The module
                    guides a data-gap assessment: listing the indicators you need, checking
                    which sources can provide them, how often and at what level of
                    disaggregation, and identifying the gaps that matter most for policy.

                    A template for the assessment is available in the library, along with a
                    worked example.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Using censuses, surveys and administrative data",
                "summary": _p(
                    """
                    Getting more migration information out of the sources that most
                    countries already have.
                    """
                ),
                "body": _paras(
                    """
                    Censuses can identify people born abroad or with foreign citizenship and
                    households with members abroad. Household and labour force surveys can
                    include short modules on migration and remittances. Administrative data,
                    from residence permits to consular registers and school records, can be
                    linked and analysed with appropriate safeguards.

                    The module explains the strengths and limits of each source and gives
                    examples of standard questions that allow disaggregation by migratory
                    status.
                    """
                ),
                "optional": False,
            },
            {
                "title": "Reporting and communicating migration data",
                "summary": _p(
                    """
                    Presenting migration data in SDG reports, voluntary national reviews and
                    GCM reviews.
                    """
                ),
                "body": _paras(
                    """
                    Data only make a difference if they reach decision-makers in a usable
                    form. This module covers how to present migration data in national SDG
                    reports and voluntary national reviews, and how to prepare inputs for
                    the review of the Global Compact for Migration, including the
                    International Migration Review Forum.

                    It also offers tips on communicating migration data to the public in a
                    balanced way that supports evidence-based public discourse.
                    """
                ),
                "optional": True,
            },
            {
                "title": "Data protection and the responsible use of migration data",
                "summary": _p(
                    """
                    Protecting the people behind the numbers.
                    """
                ),
                "body": _paras(
                    """
                    Data about migrants can expose people to harm if they are misused. This
                    optional module sets out principles for the responsible use of migration
                    data: collecting only what is needed, protecting personal data,
                    separating statistical data from enforcement, and involving migrants'
                    organisations in decisions about data.
                    """
                ),
                "optional": True,
            },
        ],
    },
]


COURSES = [
    {
        "slug": "migration-and-the-2030-agenda",
        "title": "Migration and the 2030 Agenda",
        "intro": _p(
            """
            A self-paced introduction to the links between migration and sustainable
            development, the migration-related targets of the Sustainable Development Goals
            and the Global Compact for Safe, Orderly and Regular Migration. It takes about
            three hours to complete.
            """
        ),
        "themes": ["Policy coherence (whole-of-government)", "Migration data"],
        "modules": [
            {
                "slug": "migration-and-development-basics",
                "title": "Migration and development: the basics",
                "lessons": [
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## How migration and development shape each other

                            Migration and development influence each other in both
                            directions. Migrants contribute to development in their
                            countries of origin and destination through the skills they
                            bring, the work they do, the money they send home, and the
                            networks and ideas they share.

                            At the same time, development shapes migration. People's
                            resources, aspirations and opportunities to move depend on the
                            economic, social and political context where they live, where
                            they go and the places they pass through. Lack of opportunity,
                            climate change, conflict and insecurity all affect who moves
                            and how.

                            This is why migration cannot be managed by migration policy
                            alone. Health, education, employment, housing and justice
                            policies all affect migrants and are affected by migration.
                            """
                        ),
                    },
                    {
                        "type": "video",
                        "title": "What is policy coherence on migration and development?",
                        "caption": _p(
                            """
                            A short animation that follows a family whose members migrate,
                            return and stay, and shows how different policies can work
                            together or against each other.
                            """
                        ),
                    },
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## A short history of the global debate

                            In September 2006 the UN General Assembly held its first
                            High-Level Dialogue on International Migration and Development.
                            The following year, in July 2007, the first Global Forum on
                            Migration and Development met in Brussels. The GFMD is a
                            state-led, informal process that takes place outside the United
                            Nations.

                            A second High-Level Dialogue followed in October 2013. Its
                            Declaration called for human mobility to be considered in the
                            post-2015 development agenda, which became the 2030 Agenda.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "Which statement about the Global Forum on Migration and "
                        "Development (GFMD) is correct?",
                        "choices": [
                            "It is a UN agency that sets binding migration rules.",
                            "It is a state-led, informal process outside the United Nations.",
                            "It was created by the 2030 Agenda in 2015.",
                            "It is the body that adopted the Global Compact for Migration.",
                        ],
                        "correct": 1,
                        "explanation": _p(
                            """
                            The GFMD first met in Brussels in July 2007, after the first UN
                            High-Level Dialogue in 2006. It is a state-led, informal and
                            non-binding process that takes place outside the UN.
                            """
                        ),
                    },
                ],
            },
            {
                "slug": "migration-in-the-sdgs",
                "title": "Migration in the Sustainable Development Goals",
                "lessons": [
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## Target 10.7 and beyond

                            The 2030 Agenda for Sustainable Development, adopted on 25
                            September 2015, was the first global development framework to
                            address migration explicitly. SDG target 10.7 asks countries to
                            facilitate "orderly, safe, regular and responsible migration
                            and mobility of people", including through planned and
                            well-managed migration policies.

                            Target 10.c aims, by 2030, to reduce the transaction costs of
                            migrant remittances to less than 3 per cent and to eliminate
                            remittance corridors with costs higher than 5 per cent.

                            Other targets mention migrants too: 8.8 protects the labour
                            rights of all workers, including migrant workers; 8.7, 5.2 and
                            16.2 address forced labour and trafficking; 4.b concerns
                            scholarships; 3.c concerns the health workforce; and 17.18 asks
                            for data disaggregated by migratory status, among other
                            characteristics.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "Which SDG target calls for well-managed migration policies?",
                        "choices": ["Target 8.8", "Target 10.7", "Target 10.c", "Target 17.18"],
                        "correct": 1,
                        "explanation": _p(
                            """
                            Target 10.7 asks for orderly, safe, regular and responsible
                            migration and mobility of people, including through planned and
                            well-managed migration policies.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "What does SDG target 10.c aim for on remittance costs?",
                        "choices": [
                            "Costs below 10 per cent in all corridors",
                            "Costs below 3 per cent, and no corridor above 5 per cent",
                            "Free remittances in all corridors",
                            "Costs below 5 per cent, and no corridor above 10 per cent",
                        ],
                        "correct": 1,
                        "explanation": _p(
                            """
                            Target 10.c aims to reduce the transaction costs of migrant
                            remittances to less than 3 per cent and to eliminate corridors
                            with costs higher than 5 per cent by 2030.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "Which SDG target asks for data disaggregated by "
                        "migratory status?",
                        "choices": ["Target 3.c", "Target 4.b", "Target 17.18"],
                        "correct": 2,
                        "explanation": _p(
                            """
                            Target 17.18 calls for high-quality, timely and reliable data
                            disaggregated by characteristics including migratory status.
                            """
                        ),
                    },
                ],
            },
            {
                "slug": "from-new-york-to-marrakech",
                "title": "From New York to Marrakech: the Global Compact for Migration",
                "lessons": [
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## The road to the Compact

                            On 19 September 2016 the UN Summit for Refugees and Migrants
                            adopted the New York Declaration for Refugees and Migrants. The
                            same month, IOM joined the UN system as a related organization.
                            The Declaration launched the negotiation of a global compact on
                            migration.

                            The Global Compact for Safe, Orderly and Regular Migration (GCM)
                            was adopted in Marrakech on 10 and 11 December 2018, and endorsed
                            by the UN General Assembly on 19 December 2018. It is not legally
                            binding. It sets out 23 objectives, including accurate and
                            disaggregated data (objective 1), enabling migrants and
                            diasporas to contribute to sustainable development (objective
                            19) and faster, safer and cheaper remittances (objective 20).

                            The United Nations Network on Migration was set up to support
                            implementation. Progress is reviewed at the International
                            Migration Review Forum, which met for the first time in New York
                            in May 2022.
                            """
                        ),
                    },
                    {
                        "type": "video",
                        "title": "The Global Compact for Migration in four minutes",
                        "caption": _p(
                            """
                            An overview of the GCM's guiding principles and its 23 objectives,
                            and of how the Compact connects with the 2030 Agenda.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "When and where was the Global Compact for Migration adopted?",
                        "choices": [
                            "September 2015, New York",
                            "September 2016, New York",
                            "December 2018, Marrakech",
                            "May 2022, Geneva",
                        ],
                        "correct": 2,
                        "explanation": _p(
                            """
                            The GCM was adopted at an intergovernmental conference in
                            Marrakech on 10 and 11 December 2018, and endorsed by the UN
                            General Assembly on 19 December 2018.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "How many objectives does the Global Compact for Migration "
                        "set out?",
                        "choices": ["10", "17", "23", "169"],
                        "correct": 2,
                        "explanation": _p(
                            """
                            The GCM has 23 objectives. The 2030 Agenda, by comparison, has
                            17 goals and 169 targets.
                            """
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "mainstreaming-migration-into-local-development",
        "title": "Mainstreaming migration into local development",
        "intro": _p(
            """
            A self-paced course for local and regional authorities and their partners on
            integrating migration into local development planning and services. It takes
            about three hours to complete.
            """
        ),
        "themes": [
            "Local governance and migration mainstreaming",
            "Diaspora engagement",
            "Remittances and financial inclusion",
        ],
        "modules": [
            {
                "slug": "why-migration-matters-locally",
                "title": "Why migration matters for local development",
                "lessons": [
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## Migration is felt locally

                            Decisions to migrate are made in households and communities.
                            Remittances arrive in local markets. Returnees look for jobs in
                            local labour markets, and newcomers enrol their children in local
                            schools. Local and regional authorities therefore deal with the
                            consequences of migration every day, often without a mandate or
                            a budget labelled "migration".

                            Mainstreaming migration into local development means looking at
                            all local policies and services with migration in mind, so that
                            they respond to the needs of migrants, their families and the
                            wider community, and make the most of what migrants contribute.
                            """
                        ),
                    },
                    {
                        "type": "video",
                        "title": "Three towns, three migration stories",
                        "caption": _p(
                            """
                            Local officials from a town of emigration, a town of transit and
                            a city that receives many newcomers describe how migration shapes
                            their work.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "What does a whole-of-government approach to migration "
                        "involve?",
                        "choices": [
                            "Leaving migration entirely to the ministry of the interior.",
                            "Coordinating across sectors and levels of government so that "
                            "policies take migration into account.",
                            "Creating a separate set of services only for migrants.",
                        ],
                        "correct": 1,
                        "explanation": _p(
                            """
                            A whole-of-government approach coordinates policies across
                            sectors such as health, education and employment, and across
                            local and national levels, so that they are coherent with one
                            another and with the effects of migration.
                            """
                        ),
                    },
                ],
            },
            {
                "slug": "the-local-planning-cycle",
                "title": "Migration in the local planning cycle",
                "lessons": [
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## Five steps

                            Integrating migration into a local development plan follows the
                            usual planning cycle. First, analyse the local migration context
                            and prepare a migration profile. Second, consult migrants,
                            diaspora associations, host communities and local services.
                            Third, set priorities and define actions in each relevant sector.
                            Fourth, budget for those actions and assign responsibilities.
                            Fifth, monitor and review progress.

                            A coordination group of the local departments concerned, with a
                            clear lead, helps keep the process going between planning
                            cycles.
                            """
                        ),
                    },
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## Finding local data

                            Local authorities rarely have a dedicated migration survey, but
                            they can combine census tables, civil registration, school and
                            health records and information held by civil society. Data about
                            migrants are sensitive: use them for planning services, protect
                            personal information and never turn service data into a tool for
                            enforcement.

                            Local data also help countries report on SDG target 17.18, which
                            asks for data disaggregated by migratory status, and on the first
                            objective of the Global Compact for Migration.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "Which Global Compact for Migration objective concerns "
                        "accurate and disaggregated data?",
                        "choices": ["Objective 1", "Objective 15", "Objective 19", "Objective 23"],
                        "correct": 0,
                        "explanation": _p(
                            """
                            Objective 1 of the GCM is to collect and utilise accurate and
                            disaggregated data as a basis for evidence-based policies.
                            Objective 15 concerns access to basic services, 19 the
                            contribution of migrants and diasporas, and 23 international
                            cooperation.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "In which step of the planning cycle should migrants and "
                        "diaspora associations first be involved?",
                        "choices": [
                            "Only at the end, when the plan is presented to the public.",
                            "Early on, in analysis and consultation, and again in monitoring.",
                            "They should not be involved in public planning.",
                        ],
                        "correct": 1,
                        "explanation": _p(
                            """
                            Involving migrants and diaspora from the analysis and
                            consultation stage means that the plan reflects their needs and
                            contributions, and makes it easier to engage them in
                            implementation and monitoring.
                            """
                        ),
                    },
                ],
            },
            {
                "slug": "partnerships-diaspora-and-remittances",
                "title": "Partnerships, diaspora and remittances",
                "lessons": [
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## Working with the diaspora

                            Diaspora members contribute to their places of origin through
                            investment, skills, networks and philanthropy. Local authorities
                            can make these contributions easier by mapping their diaspora,
                            setting up a contact point, and inviting diaspora members to
                            take part in local planning and in co-financing projects that
                            match local priorities. Objective 19 of the Global Compact for
                            Migration is about creating conditions for migrants and
                            diasporas to contribute fully to sustainable development.
                            """
                        ),
                    },
                    {
                        "type": "text",
                        "body": _paras(
                            """
                            ## Remittances and financial inclusion

                            Remittances are private funds sent by migrants to their families.
                            Public policy should not tell families how to use them, but it
                            can help make transfers cheaper, safer and faster, and widen
                            access to savings, credit and insurance for the households that
                            receive them. Local financial institutions such as cooperatives
                            often play a key role. SDG target 10.c and objective 20 of the
                            Global Compact for Migration both address remittances.
                            """
                        ),
                    },
                    {
                        "type": "quiz",
                        "question": "Which approach to remittances is most consistent with "
                        "good practice?",
                        "choices": [
                            "Requiring families to invest a share of remittances in local "
                            "projects.",
                            "Taxing remittances to fund local development.",
                            "Lowering transfer costs and widening access to financial services "
                            "for receivers.",
                            "Discouraging remittances so that migrants save abroad.",
                        ],
                        "correct": 2,
                        "explanation": _p(
                            """
                            Remittances are private money. Good practice focuses on making
                            transfers cheaper and safer and on voluntary access to financial
                            services, in line with SDG target 10.c and GCM objective 20.
                            """
                        ),
                    },
                ],
            },
        ],
    },
]
