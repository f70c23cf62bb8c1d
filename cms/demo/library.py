"""Illustrative library records for M4D Hub; authors and publishers are fictional demo entries."""


def _p(text):
    """Collapse a paragraph written over several source lines into one line."""
    return " ".join(text.split())


def _paras(text):
    """Split text on blank lines into a list of one-line paragraphs."""
    return [_p(block) for block in text.strip().split("\n\n") if block.strip()]


def _url(slug):
    """Placeholder link for a demo resource."""
    return f"https://example.org/library/{slug}"


HUB = "M4D Hub (demo)"
EDITORS = "M4D Hub editorial team"

RESOURCES = [
    {
        "slug": "migrant-associations-and-local-development-mapping",
        "title": "Migrant associations and local development: a mapping of small-scale initiatives",
        "resource_type": "Report",
        "authors": ["Aminata Diallo", "Marco Bellini"],
        "publisher": "Centre for Mobility and Territories (demo)",
        "date": "2008-11-14",
        "languages": ["en", "fr"],
        "themes": ["Diaspora engagement", "Local governance and migration mainstreaming"],
        "regions": ["Africa", "Europe and Central Asia"],
        "countries": ["SN", "ML", "FR", "IT"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [19],
        "abstract": _p(
            """
            This report maps small-scale development initiatives run by migrant associations
            from Senegal and Mali that live in France and Italy. It describes who the
            associations are, what they finance in their communities of origin, from schools
            and health posts to small irrigation schemes, and how they work with local
            authorities on both sides. The mapping finds that many initiatives succeed where
            associations and local councils plan together, and struggle where projects are
            designed far from the community. It ends with recommendations for local
            authorities and donors that want to support such initiatives.
            """
        ),
        "body": _paras(
            """
            The mapping combines a review of association records with interviews with
            association leaders and local officials. Each initiative is described in a short
            profile covering its objectives, financing, partners and results.

            The report is written for local authorities, development agencies and
            associations that want to learn from existing experience before designing new
            co-development schemes.
            """
        ),
        "external_url": _url("migrant-associations-and-local-development-mapping"),
    },
    {
        "slug": "remittances-and-household-investment-rural-communities",
        "title": "Remittances and household investment in rural communities",
        "resource_type": "Academic paper",
        "authors": ["Lucía Fernández", "Daniel Ortega Ruiz"],
        "publisher": "Journal of Mobility and Development Studies (demo)",
        "date": "2009-06-01",
        "languages": ["en", "es"],
        "themes": ["Remittances and financial inclusion"],
        "regions": ["Latin America and the Caribbean"],
        "countries": ["MX", "GT", "SV"],
        "sdg_targets": ["10.c"],
        "gcm_objectives": [20],
        "abstract": _p(
            """
            How do rural households that receive remittances use them, and what helps them
            move from consumption towards investment? Drawing on household interviews in
            three countries of Central America and Mexico, the paper examines spending on
            housing, education, health and small businesses. It argues that investment
            depends less on the amount received than on access to savings products, credit
            and advice close to home. The authors discuss the role of local financial
            institutions and cooperatives, and suggest ways to link remittance receipt with
            financial education without telling families how to spend their money.
            """
        ),
        "body": _paras(
            """
            The paper is part of a special issue on remittances and local development. It
            includes a discussion of methods and of the limits of household-level evidence.
            """
        ),
        "external_url": _url("remittances-and-household-investment-rural-communities"),
    },
    {
        "slug": "introduction-to-migration-and-development-trainers-manual",
        "title": "Introduction to migration and development: a trainer's manual",
        "resource_type": "Training material",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2010-03-22",
        "languages": ["en", "fr", "es"],
        "themes": [
            "Local governance and migration mainstreaming",
            "Policy coherence (whole-of-government)",
        ],
        "regions": [],
        "countries": [],
        "sdg_targets": [],
        "gcm_objectives": [],
        "abstract": _p(
            """
            This manual helps trainers run a two-day introductory workshop on migration and
            development for officials and civil society staff. It covers basic concepts and
            terminology, the ways in which migration and development influence one another,
            the main actors at local, national and global level, and the links between
            migration and sectoral policy. Each session comes with learning objectives,
            suggested timings, group exercises and handouts. The manual is designed to be
            adapted: trainers are encouraged to replace the generic examples with cases from
            their own country or region.
            """
        ),
        "body": _paras(
            """
            ## How to use this manual

            Sessions can be delivered in sequence or picked individually. A facilitation
            guide at the start explains how to prepare participants, how to handle
            discussions on sensitive topics and how to evaluate the workshop.
            """
        ),
        "external_url": _url("introduction-to-migration-and-development-trainers-manual"),
    },
    {
        "slug": "hometown-associations-village-water-supply",
        "title": "Hometown associations co-financing village water supply",
        "resource_type": "Case study",
        "authors": ["Rosa Elena Martínez"],
        "publisher": "Red de Estudios sobre Migración y Territorio (demo)",
        "date": "2010-09-08",
        "languages": ["es", "en"],
        "themes": ["Diaspora engagement", "Local governance and migration mainstreaming"],
        "regions": ["Latin America and the Caribbean", "North America"],
        "countries": ["MX", "US"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [19],
        "abstract": _p(
            """
            This case study follows a hometown association of migrants living in the United
            States that co-financed a drinking-water system in their village of origin with
            the municipal authority. It describes how the project was chosen, how
            contributions from the association and the municipality were pooled, and how
            the community organised maintenance after construction. The study highlights the
            importance of a written agreement between the parties, of transparent accounts
            shared with members abroad, and of involving residents who did not migrate in
            decisions about the project.
            """
        ),
        "body": _paras(
            """
            The case is told through the main stages of the project, from the first
            fundraising dinners abroad to the handover of the system to a local water
            committee. A closing section lists questions for discussion in training sessions.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "why-migration-belongs-in-national-development-strategies",
        "title": "Why migration belongs in national development strategies",
        "resource_type": "Policy brief",
        "authors": ["Tomás Navarro", "Farida Rahman"],
        "publisher": HUB,
        "date": "2011-10-03",
        "languages": ["en", "fr"],
        "themes": ["Policy coherence (whole-of-government)"],
        "regions": [],
        "countries": [],
        "sdg_targets": [],
        "gcm_objectives": [23],
        "abstract": _p(
            """
            Migration shapes labour markets, public services, household incomes and
            demographic change, yet it is often absent from the strategies that set a
            country's development priorities. This brief explains what it means to
            mainstream migration into national development planning and why it matters for
            countries of origin, transit and destination. It outlines the main steps: building
            evidence, creating a coordination mechanism across ministries, identifying
            priority sectors and monitoring results. It closes with practical
            recommendations for planning ministries and for development partners.
            """
        ),
        "body": _paras(
            """
            The brief is intended as a short entry point for senior officials. Readers who
            want more detail can turn to the toolkit on mainstreaming migration into sector
            policies, also available in the library.
            """
        ),
        "external_url": _url("why-migration-belongs-in-national-development-strategies"),
    },
    {
        "slug": "information-desk-for-returning-migrants",
        "title": "An information desk for returning migrants in a regional town",
        "resource_type": "Good practice",
        "authors": ["Elena Popescu"],
        "publisher": "Association for Return and Local Initiative (demo)",
        "date": "2012-05-16",
        "languages": ["en", "ro"],
        "themes": ["Return and reintegration", "Local governance and migration mainstreaming"],
        "regions": ["Europe and Central Asia"],
        "countries": ["MD"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [21, 3],
        "abstract": _p(
            """
            Returning migrants often need help with the same questions: registering a
            business, recognising qualifications obtained abroad, enrolling children in
            school or finding work. This good practice describes an information desk set up
            in the town hall of a regional town, staffed by a trained municipal officer and
            supported by a local civil society organisation. It explains how the desk was
            set up, how it refers people to other services, and how it keeps a simple record
            of requests that the council uses for planning. The practice is low-cost and can
            be replicated by other municipalities.
            """
        ),
        "body": _paras(
            """
            ## Why it is a good practice

            The desk builds on an existing public service rather than creating a parallel
            structure, involves returnees in shaping the information offered, and gives the
            municipality evidence on returnees' needs.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "md-practitioners-bulletin-2012-autumn",
        "title": "M&D practitioners' bulletin, autumn 2012",
        "resource_type": "Newsletter",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2012-10-30",
        "languages": ["en", "fr", "es"],
        "themes": ["Diaspora engagement", "Remittances and financial inclusion"],
        "regions": [],
        "countries": [],
        "sdg_targets": [],
        "gcm_objectives": [],
        "abstract": _p(
            """
            The autumn 2012 bulletin of the network looks at diaspora engagement and
            remittances. It presents three member projects that link diaspora savings with
            local investment, summarises an online discussion on the role of local
            authorities in working with diaspora associations, and lists new resources added
            to the library. It also includes a short interview with a member who coordinates
            a diaspora volunteering scheme, and announcements of upcoming training sessions
            and events. The bulletin was sent to members by email and is archived here.
            """
        ),
        "body": _paras(
            """
            This is an archive copy. Current issues of the newsletter are available from the
            What's New section.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "labour-migration-governance-south-asia-recruitment",
        "title": "Labour migration governance in South Asia: a review of recruitment practices",
        "resource_type": "Report",
        "authors": ["Nadia Karim", "Prakash Shrestha", "Dilani Perera"],
        "publisher": "Institute for Labour Mobility Research (demo)",
        "date": "2013-04-18",
        "languages": ["en"],
        "themes": ["Labour migration and decent work", "Human rights and protection"],
        "regions": ["Asia and the Pacific", "Arab States / Middle East and North Africa"],
        "countries": ["BD", "NP", "LK"],
        "sdg_targets": ["8.8", "8.7"],
        "gcm_objectives": [6, 7],
        "abstract": _p(
            """
            This report reviews how workers from three South Asian countries are recruited
            for jobs abroad, with a focus on the steps between the village and the
            destination workplace. It looks at the role of sub-agents, the fees workers pay,
            the information they receive before departure, and the mechanisms available when
            things go wrong. The review compares national regulations and identifies gaps in
            their enforcement. It recommends measures to reduce recruitment costs borne by
            workers, to strengthen oversight of intermediaries, and to improve cooperation
            with destination countries on complaints and redress.
            """
        ),
        "body": _paras(
            """
            The review draws on a desk study of laws and regulations and on focus groups
            with prospective and returned workers. Country chapters can be read on their
            own.

            An annex sets out a checklist that labour ministries can use to assess their
            recruitment regulations against principles of fair and ethical recruitment.
            """
        ),
        "external_url": _url("labour-migration-governance-south-asia-recruitment"),
    },
    {
        "slug": "integrating-migration-into-local-development-planning-guide",
        "title": "Integrating migration into local development planning: a step-by-step guide",
        "resource_type": "Toolkit or guide",
        "authors": ["Claire Dubois", "Youssef Amrani"],
        "publisher": HUB,
        "date": "2013-11-25",
        "languages": ["en", "fr", "es"],
        "themes": ["Local governance and migration mainstreaming"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [23, 19],
        "abstract": _p(
            """
            Local and regional authorities feel the effects of migration first, but few
            local development plans consider it. This guide takes planners through the
            process of integrating migration into a local development plan, from
            understanding the local migration profile to consulting migrants and diaspora,
            setting priorities, budgeting and monitoring. Each step includes a short
            explanation, practical tools such as templates and checklists, and examples from
            municipalities in different regions. The guide can be used by planners working
            alone or as the basis for a facilitated process with local stakeholders.
            """
        ),
        "body": _paras(
            """
            ## Contents

            Part one explains why migration matters for local development. Part two sets out
            the planning steps and tools. Part three discusses the conditions that help
            local authorities sustain their work on migration, including coordination with
            national government.
            """
        ),
        "external_url": _url("integrating-migration-into-local-development-planning-guide"),
    },
    {
        "slug": "voices-of-return-three-reintegration-stories",
        "title": "Voices of return: three reintegration stories",
        "resource_type": "Video",
        "authors": ["Andrés Vallejo"],
        "publisher": "Colectivo Audiovisual Retorno (demo)",
        "date": "2014-07-10",
        "languages": ["es", "en"],
        "themes": ["Return and reintegration"],
        "regions": ["Latin America and the Caribbean"],
        "countries": ["EC"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [21],
        "abstract": _p(
            """
            This short documentary follows three people who returned to their home country
            after years of living abroad: a woman who opened a bakery, a young man who went
            back to university and a farmer who brought new techniques to his cooperative.
            They talk about the practical and emotional sides of return, what helped them
            settle back and what they missed. The film is suitable for opening discussions
            in training sessions or public events on return and reintegration. It is in
            Spanish, with English subtitles.
            """
        ),
        "body": _paras(
            """
            Running time: 18 minutes. A discussion guide with suggested questions is
            available with the video.
            """
        ),
        "external_url": _url("voices-of-return-three-reintegration-stories"),
    },
    {
        "slug": "health-worker-migration-and-health-system-planning",
        "title": "Health worker migration and health system planning: beyond brain drain",
        "resource_type": "Academic paper",
        "authors": ["Kwame Mensah", "Ruth Chikwanha"],
        "publisher": "Journal of Mobility and Development Studies (demo)",
        "date": "2014-12-02",
        "languages": ["en"],
        "themes": ["Migration and health", "Education and skills"],
        "regions": ["Africa", "Europe and Central Asia"],
        "countries": ["GH", "ZW", "GB"],
        "sdg_targets": ["3.c"],
        "gcm_objectives": [18, 5],
        "abstract": _p(
            """
            Debates on the migration of doctors and nurses are often framed as a loss for
            countries of origin and a gain for countries of destination. This paper argues
            that such framing is too narrow for health system planning. Reviewing the
            literature and policy documents from two countries of origin and one of
            destination, it looks at training capacity, working conditions, return and
            circulation, and the ethics of international recruitment. It suggests that
            planning for the health workforce should consider mobility from the start, and
            discusses partnership models that benefit both sides.
            """
        ),
        "body": _paras(
            """
            The paper links its discussion to SDG target 3.c on the recruitment, development,
            training and retention of the health workforce in developing countries.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "target-10-7-for-national-planners",
        "title": "Migration in the 2030 Agenda: what target 10.7 means for national planners",
        "resource_type": "Policy brief",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2015-11-09",
        "languages": ["en", "fr", "es", "ar"],
        "themes": ["Policy coherence (whole-of-government)", "Migration data"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7", "10.c", "17.18", "8.8"],
        "gcm_objectives": [],
        "abstract": _p(
            """
            With the adoption of the 2030 Agenda in September 2015, migration became part of
            the global development goals. This brief explains the migration-related targets,
            starting with target 10.7 on orderly, safe, regular and responsible migration
            and well-managed migration policies, and target 10.c on the cost of remittances.
            It shows how migration also touches targets on decent work, trafficking, health,
            education and data disaggregation. It then suggests how national planners can
            reflect these targets in national development plans and in their SDG monitoring
            frameworks.
            """
        ),
        "body": _paras(
            """
            The brief includes a one-page table that lists the targets that mention migrants
            or migration, with examples of related national policy areas.
            """
        ),
        "external_url": _url("target-10-7-for-national-planners"),
    },
    {
        "slug": "remittance-corridor-cost-tracker-demo-dataset",
        "title": "Remittance corridor cost tracker (demo dataset)",
        "resource_type": "Dataset",
        "authors": ["Samuel Okafor"],
        "publisher": HUB,
        "date": "2015-12-15",
        "languages": ["en"],
        "themes": ["Remittances and financial inclusion", "Migration data"],
        "regions": [
            "Africa",
            "Asia and the Pacific",
            "Latin America and the Caribbean",
            "Europe and Central Asia",
        ],
        "countries": [],
        "sdg_targets": ["10.c"],
        "gcm_objectives": [20, 1],
        "abstract": _p(
            """
            This demo dataset shows how a simple tracker of remittance costs can be
            organised. It is structured by sending and receiving country, payment instrument
            and type of provider, with fields for the fee, the exchange-rate margin and the
            total cost of sending a fixed amount. The values in the file are placeholders
            for training purposes and should not be used for analysis. The accompanying note
            explains how total cost is calculated and how the structure relates to SDG
            target 10.c, which aims to reduce remittance costs below 3 per cent.
            """
        ),
        "body": _paras(
            """
            The file is provided in CSV format with a data dictionary. It is used in the
            exercises of the training material on migration data for local planners.
            """
        ),
        "external_url": _url("remittance-corridor-cost-tracker-demo-dataset"),
    },
    {
        "slug": "access-to-services-for-migrants-north-african-city",
        "title": "Access to services for migrants in a North African city",
        "resource_type": "Case study",
        "authors": ["Salma Bennani", "Jean-Pierre Koffi"],
        "publisher": "Observatoire des Migrations et des Territoires (demo)",
        "date": "2016-04-20",
        "languages": ["fr", "ar", "en"],
        "themes": ["Social inclusion and cohesion", "Human rights and protection"],
        "regions": ["Arab States / Middle East and North Africa"],
        "countries": ["MA"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [15, 16],
        "abstract": _p(
            """
            This case study looks at how a large city in North Africa has organised access
            to health care, schooling and social support for migrants from sub-Saharan
            Africa, many of whom came intending to transit and stayed. It describes the
            cooperation between the municipality, neighbourhood health centres and
            associations run by and for migrants, and the role of cultural mediators. The
            study identifies obstacles such as documentation requirements and language, and
            shows how the partners adapted procedures. It concludes with lessons for other
            cities facing similar changes.
            """
        ),
        "body": _paras(
            """
            The study is based on interviews with officials, health and social workers,
            association members and migrants, carried out with their consent and
            anonymised.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "climate-environment-and-mobility-coastal-delta-regions",
        "title": "Climate, environment and mobility in coastal and delta regions",
        "resource_type": "Report",
        "authors": ["Mai Anh Nguyen", "Rafiq Hossain", "Litia Vakaloloma"],
        "publisher": "Coastal Futures Research Network (demo)",
        "date": "2016-10-12",
        "languages": ["en"],
        "themes": ["Climate change, environment and human mobility"],
        "regions": ["Asia and the Pacific"],
        "countries": ["BD", "VN", "FJ"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [2, 5],
        "abstract": _p(
            """
            Coastal and delta regions are among the places most exposed to sea-level rise,
            salinisation, storms and floods. This report examines how environmental change
            interacts with economic and social factors to shape mobility in three such
            regions. It distinguishes between temporary displacement, seasonal labour
            migration, longer-term moves to cities and planned relocation, and shows that
            mobility can be both a risk and a way of adapting. The report recommends that
            climate adaptation plans and development plans consider mobility explicitly and
            involve affected communities.
            """
        ),
        "body": _paras(
            """
            Each regional chapter combines a review of existing studies with consultations
            held with local authorities and community groups.

            A final chapter discusses the policy implications for national adaptation plans
            and for local authorities in areas of origin and destination.
            """
        ),
        "external_url": _url("climate-environment-and-mobility-coastal-delta-regions"),
    },
    {
        "slug": "gender-responsive-migration-policy-training-module",
        "title": "Gender-responsive migration policy: a training module",
        "resource_type": "Training material",
        "authors": ["Isabel Moreno", "Grace Atieno"],
        "publisher": HUB,
        "date": "2017-03-08",
        "languages": ["en", "es"],
        "themes": ["Gender and migration", "Labour migration and decent work"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["5.2", "8.8"],
        "gcm_objectives": [6, 7],
        "abstract": _p(
            """
            Women, men, girls and boys experience migration differently, and policies that
            ignore these differences can leave people unprotected or miss opportunities.
            This one-day training module introduces gender analysis for migration policy. It
            covers key concepts, the gendered patterns of labour migration, risks of
            violence and exploitation, and the contribution of women migrants to
            development. Participants practise applying a gender checklist to a draft
            policy and designing gender-sensitive indicators. The module includes slides,
            exercises, a case study and a facilitator's note.
            """
        ),
        "body": _paras(
            """
            The module can be used on its own or as part of a longer course on migration and
            development. It is suitable for government officials, civil society staff and
            programme managers.
            """
        ),
        "external_url": _url("gender-responsive-migration-policy-training-module"),
    },
    {
        "slug": "diaspora-skills-transfer-professional-placements",
        "title": "Diaspora skills transfer through short-term professional placements",
        "resource_type": "Good practice",
        "authors": ["Hanna Tesfaye"],
        "publisher": "Diaspora Knowledge Exchange Forum (demo)",
        "date": "2017-08-21",
        "languages": ["en"],
        "themes": ["Diaspora engagement", "Education and skills"],
        "regions": ["Africa", "Europe and Central Asia", "North America"],
        "countries": ["ET", "KE"],
        "sdg_targets": ["4.b"],
        "gcm_objectives": [19, 18],
        "abstract": _p(
            """
            Many professionals in the diaspora want to share their skills with institutions
            in their countries of origin but do not want to give up their jobs abroad. This
            good practice describes a scheme that matches diaspora doctors, engineers and
            lecturers with hospitals, universities and public agencies for placements of two
            to eight weeks. It explains how host institutions define their needs, how
            volunteers are selected and prepared, and how placements are followed up so that
            skills are passed on rather than only used. It also discusses costs and how they
            were shared.
            """
        ),
        "body": _paras(
            """
            ## Elements that made it work

            Host institutions led the definition of needs; placements were repeated over
            several years with the same volunteer where possible; and each placement ended
            with a short plan for follow-up at a distance.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "youth-aspirations-and-migration-rural-districts",
        "title": "Youth, aspirations and migration: a study in rural districts",
        "resource_type": "Report",
        "authors": ["Moussa Ndiaye", "Fatou Jallow"],
        "publisher": "Sahel Youth Research Collective (demo)",
        "date": "2018-02-27",
        "languages": ["en", "fr"],
        "themes": ["Youth", "Education and skills"],
        "regions": ["Africa"],
        "countries": ["SN", "GM"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [2, 3],
        "abstract": _p(
            """
            Why do some young people in rural areas plan to migrate while others plan to
            stay? This report explores the aspirations of young women and men in rural
            districts of two West African countries, based on group discussions and
            interviews. It looks at how education, access to land and credit, family
            expectations and the stories of those who have left shape their plans. The
            report argues that youth programmes should start from young people's own
            aspirations, and that information on regular pathways and local opportunities
            should be accurate and easy to find.
            """
        ),
        "body": _paras(
            """
            The research was designed with youth associations, which also helped to discuss
            the findings with participants.
            """
        ),
        "external_url": _url("youth-aspirations-and-migration-rural-districts"),
    },
    {
        "slug": "trafficking-in-persons-along-migration-routes-policy-options",
        "title": "Trafficking in persons along migration routes: policy options",
        "resource_type": "Policy brief",
        "authors": ["Leila Haddad", "Ibrahim Moussa"],
        "publisher": HUB,
        "date": "2018-07-30",
        "languages": ["en", "fr", "ar"],
        "themes": ["Trafficking and smuggling", "Human rights and protection"],
        "regions": ["Africa", "Arab States / Middle East and North Africa"],
        "countries": ["NE", "ML", "TN"],
        "sdg_targets": ["8.7", "5.2", "16.2"],
        "gcm_objectives": [9, 10, 7],
        "abstract": _p(
            """
            Migrants who travel along irregular routes are exposed to smuggling networks and,
            at times, to trafficking, forced labour and other abuses. This brief sets out the
            difference between smuggling and trafficking, and explains why responses that
            focus only on border control can increase migrants' vulnerability. It proposes
            policy options that combine prosecution of traffickers with identification and
            protection of victims, access to services regardless of status, and cooperation
            between countries along the route. The brief is written for policymakers and
            practitioners in countries of origin, transit and destination.
            """
        ),
        "body": _paras(
            """
            The brief refers to SDG targets 8.7, 5.2 and 16.2 and to objectives 9 and 10 of
            the Global Compact for Migration.
            """
        ),
        "external_url": _url("trafficking-in-persons-along-migration-routes-policy-options"),
    },
    {
        "slug": "mainstreaming-migration-into-sector-policies-guide",
        "title": "Mainstreaming migration into sector policies: a practical guide for ministries",
        "resource_type": "Toolkit or guide",
        "authors": ["Aigerim Sadykova", "Tomás Navarro"],
        "publisher": HUB,
        "date": "2019-05-14",
        "languages": ["en", "es", "ru"],
        "themes": [
            "Policy coherence (whole-of-government)",
            "Local governance and migration mainstreaming",
        ],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [23, 1],
        "abstract": _p(
            """
            Policies on employment, health, education, social protection and housing all
            affect migrants and are affected by migration. This guide helps ministries
            consider migration in their own sector policies. For each sector it suggests
            questions to ask, data to look for, and typical measures, and it explains how to
            work through an inter-ministerial coordination mechanism. Worksheets support a
            sector review, a stakeholder map and a simple action plan. The guide draws on
            experience of national mainstreaming processes and can be adapted to different
            government structures.
            """
        ),
        "body": _paras(
            """
            ## Who it is for

            Policy and planning units in line ministries, national planning bodies and the
            secretariats of coordination mechanisms on migration.

            ## Structure

            An introductory chapter on the mainstreaming process is followed by one chapter
            per sector and a set of templates.
            """
        ),
        "external_url": _url("mainstreaming-migration-into-sector-policies-guide"),
    },
    {
        "slug": "internal-migrants-urban-labour-markets-secondary-cities",
        "title": "Internal migrants and urban labour markets in secondary cities",
        "resource_type": "Academic paper",
        "authors": ["Priya Raman", "Arjun Mehta"],
        "publisher": "Urban Mobility Review (demo)",
        "date": "2019-09-03",
        "languages": ["en"],
        "themes": ["Urban migration", "Labour migration and decent work"],
        "regions": ["Asia and the Pacific"],
        "countries": ["IN"],
        "sdg_targets": ["8.8"],
        "gcm_objectives": [6],
        "abstract": _p(
            """
            Research on urban migration often focuses on large metropolitan areas. This
            paper looks instead at secondary cities, where much recent urban growth takes
            place. Using a review of existing surveys and qualitative fieldwork, it examines
            how internal migrants find work, the sectors they work in, and the conditions
            they face, including informality and limited access to social protection. The
            authors argue that city governments have a direct interest in the working and
            living conditions of migrants, and discuss measures available to them, from
            registration to skills programmes.
            """
        ),
        "body": _paras(
            """
            Although the paper deals with internal migration, many of its findings are
            relevant to international migrants in secondary cities.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "local-responses-to-covid-19-for-migrants",
        "title": "Leaving no one behind in a crisis: local responses to COVID-19 for migrants",
        "resource_type": "Report",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2020-11-17",
        "languages": ["en", "fr", "es"],
        "themes": ["Migration and health", "Social inclusion and cohesion"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7", "3.c"],
        "gcm_objectives": [15, 16, 3],
        "abstract": _p(
            """
            During the COVID-19 pandemic, local authorities were on the front line of the
            response. This report gathers examples shared by M4D Hub members of how cities
            and regions included migrants in their measures: health information in several
            languages, access to testing and care regardless of status, emergency support
            for workers who lost their jobs, and cooperation with migrant associations. It
            identifies what helped these measures reach migrants, and what prevented them
            from doing so. The report ends with lessons for preparedness planning.
            """
        ),
        "body": _paras(
            """
            The examples were collected through an online call and an e-discussion held on
            the hub in 2020. They are described as members reported them and have not been
            independently evaluated.
            """
        ),
        "external_url": _url("local-responses-to-covid-19-for-migrants"),
    },
    {
        "slug": "what-is-policy-coherence-explainer-video",
        "title": "What is policy coherence on migration and development? An animated explainer",
        "resource_type": "Video",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2020-06-24",
        "languages": ["en", "fr", "es", "ar"],
        "themes": ["Policy coherence (whole-of-government)"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [23],
        "abstract": _p(
            """
            In under five minutes, this animation explains what policy coherence on
            migration and development means and why it matters. Following a fictional
            family whose members migrate, return and stay, it shows how decisions in areas
            such as health, education, employment and finance can work together or against
            each other. It introduces the idea of a whole-of-government approach and the
            difference between horizontal coherence across ministries and vertical
            coherence between local, national and global levels. It is suitable for
            introducing training sessions and public events.
            """
        ),
        "body": _paras(
            """
            Versions with voice-over are available in English, French, Spanish and Arabic.
            """
        ),
        "external_url": _url("what-is-policy-coherence-explainer-video"),
    },
    {
        "slug": "migration-relevant-sdg-indicators-baseline-template",
        "title": "Migration-relevant SDG indicators: a national baseline template",
        "resource_type": "Dataset",
        "authors": ["Oksana Melnyk", "Samuel Okafor"],
        "publisher": HUB,
        "date": "2021-03-11",
        "languages": ["en", "fr"],
        "themes": ["Migration data"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["17.18", "10.7", "10.c", "8.8"],
        "gcm_objectives": [1],
        "abstract": _p(
            """
            This template helps national statistical offices and planning ministries
            organise a baseline of migration-relevant SDG data. It lists the targets that
            mention migrants or migration, together with other targets where
            disaggregation by migratory status is useful, and provides columns for the data
            source, year, level of disaggregation and data gaps. The template contains no
            real data: it is a structure to be filled in nationally. A short guide explains
            how to use it in a data-gap assessment and how it links to GCM objective 1.
            """
        ),
        "body": _paras(
            """
            The template is provided as a spreadsheet, with one tab per goal and a summary
            tab that highlights gaps.
            """
        ),
        "external_url": _url("migration-relevant-sdg-indicators-baseline-template"),
    },
    {
        "slug": "skills-certification-pilot-for-returning-workers",
        "title": "Recognising the skills of returning workers: a certification pilot",
        "resource_type": "Case study",
        "authors": ["Maria Santos", "Bikash Thapa"],
        "publisher": "Skills Without Borders Network (demo)",
        "date": "2021-08-19",
        "languages": ["en"],
        "themes": ["Education and skills", "Return and reintegration"],
        "regions": ["Asia and the Pacific"],
        "countries": ["PH", "NP"],
        "sdg_targets": ["8.8", "4.b"],
        "gcm_objectives": [18, 21],
        "abstract": _p(
            """
            Workers who return after years abroad often bring skills that are not
            recognised by employers at home because they have no certificate to prove them.
            This case study describes a pilot that allowed returning construction and
            hospitality workers to have their skills assessed and certified through a
            practical test, without repeating a full training course. It explains how
            assessors were trained, how returnees were informed and how employers were
            involved. It discusses the results reported by participants and the changes
            needed to scale the approach.
            """
        ),
        "body": _paras(
            """
            The case study is written for technical and vocational training agencies,
            labour ministries and organisations that support returnees.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "planned-relocation-with-community-participation",
        "title": "Planned relocation with community participation: lessons from a Pacific island",
        "resource_type": "Good practice",
        "authors": ["Litia Vakaloloma"],
        "publisher": "Coastal Futures Research Network (demo)",
        "date": "2022-02-09",
        "languages": ["en"],
        "themes": ["Climate change, environment and human mobility"],
        "regions": ["Asia and the Pacific"],
        "countries": ["FJ"],
        "sdg_targets": [],
        "gcm_objectives": [2],
        "abstract": _p(
            """
            When rising seas and coastal erosion threaten a village, moving it may become
            the last option. This good practice describes how a coastal community planned
            its relocation to higher ground together with local and national authorities. It
            shows how the community led decisions on the new site, the layout of houses and
            the protection of places of cultural importance, and how livelihoods were
            considered from the start. It also describes the difficulties, including time,
            land arrangements and the cost of infrastructure, and what others can learn.
            """
        ),
        "body": _paras(
            """
            ## Why it is a good practice

            Relocation was treated as a long process rather than a single move, community
            consent was sought at each stage, and the plan addressed livelihoods and
            cultural ties as well as housing.
            """
        ),
        "external_url": _url("planned-relocation-with-community-participation"),
    },
    {
        "slug": "m4d-hub-quarterly-spring-2022",
        "title": "M4D Hub quarterly, spring 2022",
        "resource_type": "Newsletter",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2022-04-28",
        "languages": ["en", "fr", "es"],
        "themes": ["Migration data", "Policy coherence (whole-of-government)"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["17.18"],
        "gcm_objectives": [1, 23],
        "abstract": _p(
            """
            The spring 2022 issue of the M4D Hub quarterly looks ahead to the first
            International Migration Review Forum, held in New York in May 2022. It explains
            how the Forum reviews the Global Compact for Migration, presents member projects
            that work on migration data and policy coherence, and summarises an
            e-discussion on how local authorities can take part in reviews of the Compact.
            The issue also introduces new library resources and upcoming webinars.
            """
        ),
        "body": _paras(
            """
            This is an archive copy. Current issues of the newsletter are available from the
            What's New section.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "women-migrant-domestic-workers-protection-gaps",
        "title": "Women migrant domestic workers: closing protection gaps",
        "resource_type": "Policy brief",
        "authors": ["Nour Khalil", "Ana Reyes"],
        "publisher": "Decent Work Mobility Alliance (demo)",
        "date": "2022-06-16",
        "languages": ["en", "ar"],
        "themes": [
            "Gender and migration",
            "Labour migration and decent work",
            "Human rights and protection",
        ],
        "regions": ["Arab States / Middle East and North Africa", "Asia and the Pacific"],
        "countries": ["JO", "LB", "PH", "LK"],
        "sdg_targets": ["8.8", "5.2", "8.7"],
        "gcm_objectives": [6, 7, 14],
        "abstract": _p(
            """
            Domestic work is one of the main sources of employment for women migrants, and
            one of the least protected. Work takes place inside private homes, often outside
            the scope of labour law, and workers may depend on their employer for their
            residence status. This brief outlines the main protection gaps along the
            migration cycle, from recruitment to return, and sets out options for countries
            of origin and destination: extending labour protection to domestic work,
            standard contracts, access to complaint mechanisms and consular support, and
            cooperation between countries.
            """
        ),
        "body": _paras(
            """
            The brief draws on a review of policy documents and on consultations with
            domestic workers' associations in countries of origin and destination.
            """
        ),
        "external_url": _url("women-migrant-domestic-workers-protection-gaps"),
    },
    {
        "slug": "digital-remittances-and-financial-inclusion-of-women",
        "title": "Digital remittances and the financial inclusion of women recipients",
        "resource_type": "Academic paper",
        "authors": ["Wanjiru Kamau", "Aïssatou Sow"],
        "publisher": "Journal of Mobility and Development Studies (demo)",
        "date": "2023-01-25",
        "languages": ["en", "fr"],
        "themes": ["Remittances and financial inclusion", "Gender and migration"],
        "regions": ["Africa"],
        "countries": ["KE", "UG", "SN"],
        "sdg_targets": ["10.c"],
        "gcm_objectives": [20],
        "abstract": _p(
            """
            Mobile money and other digital channels have changed how remittances are sent
            and received. This paper asks whether these channels widen access to financial
            services for the women who receive remittances. Based on interviews and a
            review of published studies, it finds that digital channels can reduce the time
            and cost of collecting money and give women more control over it, but that
            barriers such as phone ownership, identity documents and digital literacy
            remain. The authors discuss how providers and regulators could design products
            with women recipients in mind.
            """
        ),
        "body": _paras(
            """
            The paper contributes to the discussion on GCM objective 20 on faster, safer and
            cheaper remittances and financial inclusion.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "migration-data-for-local-planners-workshop-package",
        "title": "Migration data for local planners: a workshop package",
        "resource_type": "Training material",
        "authors": ["Oksana Melnyk", "Carlos Mendoza"],
        "publisher": HUB,
        "date": "2023-05-30",
        "languages": ["en", "es"],
        "themes": ["Migration data", "Local governance and migration mainstreaming"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["17.18", "10.7"],
        "gcm_objectives": [1],
        "abstract": _p(
            """
            Local planners rarely have a dedicated migration survey, but they often have
            more data than they think: civil registration, school and health records,
            census tables, administrative data on residence and work, and information held
            by civil society. This workshop package helps planners find, combine and
            interpret such sources to build a local migration profile. Hands-on exercises
            use a demo dataset, and sessions cover data protection and the responsible use
            of data about migrants. The package includes slides, exercises and a
            facilitator's guide for a two-day workshop.
            """
        ),
        "body": _paras(
            """
            The exercises use the demo remittance cost tracker and the SDG baseline
            template, both available in the library.
            """
        ),
        "external_url": _url("migration-data-for-local-planners-workshop-package"),
    },
    {
        "slug": "social-cohesion-participatory-approaches-neighbourhoods",
        "title": "Social cohesion in host neighbourhoods: participatory approaches",
        "resource_type": "Report",
        "authors": ["Valentina Rojas", "Miguel Ángel Torres"],
        "publisher": "Red Andina de Ciudades Inclusivas (demo)",
        "date": "2024-03-19",
        "languages": ["es", "en"],
        "themes": ["Social inclusion and cohesion", "Urban migration"],
        "regions": ["Latin America and the Caribbean"],
        "countries": ["CO", "PE", "VE"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [16, 17],
        "abstract": _p(
            """
            When many newcomers arrive in a neighbourhood within a short time, pressure on
            services and competition for work can strain relations with long-standing
            residents. This report looks at participatory approaches used by city
            governments and community organisations in Andean cities to build cohesion:
            joint planning of public spaces, neighbourhood committees that include
            newcomers, cultural and sports activities, and campaigns against discrimination.
            It reviews what participants and organisers said about these approaches and
            offers practical guidance for local authorities.
            """
        ),
        "body": _paras(
            """
            The report is organised around five approaches, each illustrated by short
            examples and followed by tips for implementation.

            A closing section discusses how to measure changes in social cohesion without
            relying only on surveys.
            """
        ),
        "external_url": _url("social-cohesion-participatory-approaches-neighbourhoods"),
    },
    {
        "slug": "engaging-diaspora-investors-guide-for-local-authorities",
        "title": "Engaging diaspora investors: a guide for local authorities",
        "resource_type": "Toolkit or guide",
        "authors": ["João Tavares", "Claire Dubois"],
        "publisher": HUB,
        "date": "2024-09-10",
        "languages": ["en", "fr", "pt"],
        "themes": [
            "Diaspora engagement",
            "Remittances and financial inclusion",
            "Local governance and migration mainstreaming",
        ],
        "regions": ["Africa", "Europe and Central Asia"],
        "countries": ["CV", "SN"],
        "sdg_targets": ["10.c"],
        "gcm_objectives": [19, 20],
        "abstract": _p(
            """
            Members of the diaspora are often keen to invest in their region of origin but
            find it hard to identify opportunities and trustworthy partners. This guide
            shows local authorities how to engage diaspora investors: mapping the diaspora
            and its interests, preparing an investment offer, setting up a contact point,
            organising visits and online events, and following up. It discusses the
            safeguards needed to protect both investors and communities, and how to link
            diaspora investment with local economic development plans. Templates and
            checklists accompany each step.
            """
        ),
        "body": _paras(
            """
            The guide is intended for municipal and regional economic development units and
            for the organisations that support them.
            """
        ),
        "external_url": _url("engaging-diaspora-investors-guide-for-local-authorities"),
    },
    {
        "slug": "glossary-of-migration-and-development-terms",
        "title": "Glossary of migration and development terms (demo edition)",
        "resource_type": "Other",
        "authors": [EDITORS],
        "publisher": HUB,
        "date": "2025-02-18",
        "languages": ["en", "fr", "es", "ar"],
        "themes": [
            "Policy coherence (whole-of-government)",
            "Local governance and migration mainstreaming",
        ],
        "regions": [],
        "countries": [],
        "sdg_targets": [],
        "gcm_objectives": [],
        "abstract": _p(
            """
            This glossary explains terms that practitioners meet in migration and
            development work, from "circular migration" and "diaspora" to "mainstreaming",
            "policy coherence" and "remittance corridor". Each entry gives a short, plain
            definition, notes on usage and related terms. Where a term has a widely used
            international definition, the entry points readers to it. The glossary is
            available in four languages, which makes it useful for translators and for
            multilingual training sessions. It is a demo edition and will grow with
            suggestions from members.
            """
        ),
        "body": _paras(
            """
            Members can suggest new terms or corrections through the contact form.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "youth-led-social-enterprises-in-return-communities",
        "title": "Youth-led social enterprises in return communities",
        "resource_type": "Case study",
        "authors": ["Aigerim Sadykova", "Farrukh Rahimov"],
        "publisher": "Central Asian Youth and Mobility Centre (demo)",
        "date": "2025-06-12",
        "languages": ["en", "ru"],
        "themes": ["Youth", "Return and reintegration"],
        "regions": ["Europe and Central Asia"],
        "countries": ["KG", "TJ"],
        "sdg_targets": ["8.8"],
        "gcm_objectives": [21, 19],
        "abstract": _p(
            """
            In communities where many young people work abroad for long periods, some of
            those who return have set up social enterprises: a sewing workshop employing
            local women, a tourism cooperative, a repair service for agricultural machinery.
            This case study follows four such enterprises and the support they received from
            a local youth centre, including mentoring, small grants and links with
            municipal services. It looks at how the enterprises balance social and economic
            goals and how they involve young people who never migrated.
            """
        ),
        "body": _paras(
            """
            The case study includes a short section on how the youth centre and the
            municipality shared responsibilities.
            """
        ),
        "external_url": _url("youth-led-social-enterprises-in-return-communities"),
    },
    {
        "slug": "designing-skills-partnerships-in-labour-mobility",
        "title": "Designing skills partnerships in labour mobility schemes",
        "resource_type": "Good practice",
        "authors": ["Sione Taufa", "Emma Lindqvist"],
        "publisher": "Institute for Labour Mobility Research (demo)",
        "date": "2025-10-07",
        "languages": ["en"],
        "themes": ["Labour migration and decent work", "Education and skills"],
        "regions": ["Asia and the Pacific", "Europe and Central Asia"],
        "countries": [],
        "sdg_targets": ["8.8", "4.b"],
        "gcm_objectives": [5, 18, 6],
        "abstract": _p(
            """
            Skills partnerships link training in countries of origin with labour needs in
            countries of destination, so that some graduates migrate while others stay and
            strengthen the local labour market. This good practice sets out the design
            features that practitioners identify as important: joint governance between
            origin and destination, training aligned with standards on both sides, fair
            recruitment, shared costs, and clear arrangements for those who stay. It uses
            composite examples rather than a single scheme and ends with a design checklist.
            """
        ),
        "body": _paras(
            """
            ## Why it is a good practice

            The approach treats origin countries as equal partners and invests in local
            training systems, not only in the workers who migrate.
            """
        ),
        "external_url": "",
    },
    {
        "slug": "human-rights-based-approaches-to-return-and-reintegration",
        "title": "Human rights-based approaches to return and reintegration",
        "resource_type": "Policy brief",
        "authors": ["Jean-Pierre Koffi", "Lina Saleh"],
        "publisher": HUB,
        "date": "2026-01-20",
        "languages": ["en", "fr"],
        "themes": ["Human rights and protection", "Return and reintegration"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [21, 7, 14],
        "abstract": _p(
            """
            Return is sustainable only when it is safe and dignified and when returnees can
            rebuild their lives. This brief sets out what a human rights-based approach
            means for return and reintegration programmes: assessing individual
            circumstances, respecting the principle of non-refoulement, giving returnees
            information and a voice, and ensuring access to services after return. It
            discusses the role of local authorities and communities of return, and how
            reintegration support can be linked with local development rather than being
            offered as a stand-alone package.
            """
        ),
        "body": _paras(
            """
            The brief refers to GCM objective 21 on safe and dignified return and
            sustainable reintegration.
            """
        ),
        "external_url": _url("human-rights-based-approaches-to-return-and-reintegration"),
    },
    {
        "slug": "ten-years-of-migration-in-the-2030-agenda",
        "title": "Ten years of migration in the 2030 Agenda: a practitioners' review",
        "resource_type": "Report",
        "authors": [EDITORS, "Farida Rahman"],
        "publisher": HUB,
        "date": "2026-04-22",
        "languages": ["en", "fr", "es"],
        "themes": ["Policy coherence (whole-of-government)", "Migration data"],
        "regions": [],
        "countries": [],
        "sdg_targets": ["10.7", "10.c", "17.18", "8.8"],
        "gcm_objectives": [1, 23],
        "abstract": _p(
            """
            Ten years after migration entered the global development goals, this review
            brings together the experience of M4D Hub members who have worked on the
            migration-related targets at local and national level. Based on an online
            consultation and an e-discussion, it describes how practitioners have used the
            targets in planning, where data remain the main obstacle, and how the Global
            Compact for Migration has changed the conversation since 2018. It sets out
            practitioners' priorities for the years remaining until 2030.
            """
        ),
        "body": _paras(
            """
            The review reflects the views of the members who took part and does not
            represent the position of any government or organisation.

            Readers are invited to add their own experience in the comments.
            """
        ),
        "external_url": _url("ten-years-of-migration-in-the-2030-agenda"),
    },
    {
        "slug": "migration-and-urban-planning-video",
        "title": "Planning for arrival: migration and urban planning",
        "resource_type": "Video",
        "authors": ["Valentina Rojas"],
        "publisher": "Red Andina de Ciudades Inclusivas (demo)",
        "date": "2026-07-01",
        "languages": ["en", "es"],
        "themes": ["Urban migration", "Local governance and migration mainstreaming"],
        "regions": ["Latin America and the Caribbean"],
        "countries": ["CO"],
        "sdg_targets": ["10.7"],
        "gcm_objectives": [15, 16],
        "abstract": _p(
            """
            This recorded webinar discusses how cities can plan for the arrival of migrants
            rather than react to it. Speakers from city planning departments and community
            organisations talk about housing in informal settlements, transport to
            workplaces, public spaces and the location of services such as schools and
            health centres. The session shows how local migration data can feed into land
            use and infrastructure plans, and how migrants can take part in planning
            processes. A question-and-answer session with participants follows the
            presentations.
            """
        ),
        "body": _paras(
            """
            Running time: 75 minutes. Recorded in Spanish with English interpretation.
            """
        ),
        "external_url": _url("migration-and-urban-planning-video"),
    },
]
