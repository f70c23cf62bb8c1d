"""Illustrative news, events and blog posts for the What's New section of M4D Hub."""


def _p(text):
    """Collapse a paragraph written over several source lines into one line."""
    return " ".join(text.split())


def _paras(text):
    """Split text on blank lines into a list of one-line paragraphs."""
    return [_p(block) for block in text.strip().split("\n\n") if block.strip()]


NEWS = [
    {
        "slug": "new-course-mainstreaming-migration-into-local-development",
        "title": "New e-learning course: mainstreaming migration into local development",
        "date": "2026-11-24",
        "intro": _p(
            """
            A free, self-paced course for local and regional authorities that want to
            integrate migration into their development planning is now open on M4D Hub.
            """
        ),
        "body": _paras(
            """
            The course has three modules. The first explains why migration matters for local
            development; the second walks through the planning cycle, from a local migration
            profile to monitoring; the third looks at partnerships with diaspora
            organisations, civil society and national government. Each module combines short
            readings, videos and quizzes, and takes about an hour to complete.

            The course is designed for planners, elected officials and staff of local
            services, as well as for civil society organisations working with them. No prior
            knowledge of migration policy is needed.

            You can take the course at your own pace from the Learning section. We will
            welcome your feedback on the discussion forum.
            """
        ),
        "themes": [
            "Local governance and migration mainstreaming",
            "Policy coherence (whole-of-government)",
        ],
        "regions": [],
    },
    {
        "slug": "new-library-collection-climate-mobility",
        "title": "New library collection on climate change and human mobility",
        "date": "2026-11-10",
        "intro": _p(
            """
            The library now gathers its resources on climate change, environment and human
            mobility in a dedicated collection, from research on coastal regions to
            practical experience of planned relocation.
            """
        ),
        "body": _paras(
            """
            Practitioners increasingly ask how environmental change affects migration, and
            how migration can be part of adaptation. The new collection brings together
            reports, case studies and good practices from Asia and the Pacific, Africa and
            Latin America, and is tagged by country and by Global Compact objective.

            If you have published work on this theme, or run a project that deals with
            climate mobility, please share it: the collection will grow with members'
            contributions.
            """
        ),
        "themes": ["Climate change, environment and human mobility"],
        "regions": ["Asia and the Pacific", "Africa", "Latin America and the Caribbean"],
    },
    {
        "slug": "e-discussion-summary-local-authorities-and-gcm-review",
        "title": "E-discussion summary: how can local authorities take part in reviewing the GCM?",
        "date": "2026-10-20",
        "intro": _p(
            """
            Over three weeks, members discussed how cities and regions can contribute to the
            follow-up and review of the Global Compact for Safe, Orderly and Regular
            Migration. Here is what they told us.
            """
        ),
        "body": _paras(
            """
            Participants agreed that local authorities implement many of the Compact's
            objectives in practice, from access to basic services to social cohesion, but
            that their experience is not always visible in national reporting. Several
            members described how they had documented local action and shared it with their
            national focal points.

            Members suggested three ways forward: mapping local actions against the GCM
            objectives, building regular channels between national and local governments on
            migration, and using networks of cities to share experience at regional level.

            The full summary, with links to the resources shared during the discussion, is
            pinned at the top of the discussion thread on the forum.
            """
        ),
        "themes": [
            "Local governance and migration mainstreaming",
            "Policy coherence (whole-of-government)",
        ],
        "regions": [],
    },
    {
        "slug": "call-for-projects-remittances-and-financial-inclusion",
        "title": "Call for projects: remittances and financial inclusion",
        "date": "2026-09-29",
        "intro": _p(
            """
            Are you working to make remittances cheaper, safer or more useful for the
            families who receive them? Add your project to the M4D Hub project database.
            """
        ),
        "body": _paras(
            """
            We are expanding the project database on remittances and financial inclusion,
            and we are particularly interested in projects that work with local financial
            institutions, focus on women receivers, or use digital channels.

            Adding a project takes about fifteen minutes. Describe what you did, where, with
            whom and what you learnt, including what did not work. Selected projects will be
            presented in a webinar early next year.
            """
        ),
        "themes": ["Remittances and financial inclusion"],
        "regions": [],
    },
    {
        "slug": "migration-data-toolkit-french-spanish",
        "title": "Toolkit on migration data for SDG reporting now in French and Spanish",
        "date": "2026-09-08",
        "intro": _p(
            """
            The toolkit on migration data for SDG reporting is now available in French and
            Spanish, alongside the English version.
            """
        ),
        "body": _paras(
            """
            The toolkit helps national statistical offices, planning ministries and local
            authorities identify the migration-relevant SDG targets, assess the data they
            have and close the most important gaps. It follows SDG target 17.18, which calls
            for data disaggregated by migratory status, among other characteristics.

            Thanks to the members who reviewed the translations and suggested examples from
            French- and Spanish-speaking countries.
            """
        ),
        "themes": ["Migration data"],
        "regions": [],
    },
    {
        "slug": "community-of-practice-diaspora-engagement-local-level",
        "title": "New community of practice on diaspora engagement at the local level",
        "date": "2026-06-02",
        "intro": _p(
            """
            Members who work with diaspora communities at municipal and regional level now
            have their own community of practice on M4D Hub.
            """
        ),
        "body": _paras(
            """
            The community of practice is a space to exchange tools, ask for advice and
            prepare joint initiatives. It is open to local and regional authorities,
            diaspora organisations, civil society and researchers.

            The first online meeting will look at how local authorities can set up a contact
            point for their diaspora. Join the group from your profile page to receive the
            invitation.
            """
        ),
        "themes": ["Diaspora engagement", "Local governance and migration mainstreaming"],
        "regions": [],
    },
    {
        "slug": "practitioners-review-ten-years-2030-agenda",
        "title": "Ten years of migration in the 2030 Agenda: practitioners' review published",
        "date": "2026-04-22",
        "intro": _p(
            """
            A new review brings together members' experience of working on the
            migration-related SDG targets since the 2030 Agenda was adopted in 2015.
            """
        ),
        "body": _paras(
            """
            The review is based on an online consultation and an e-discussion held on the
            hub. It describes how practitioners have used targets such as 10.7 on
            well-managed migration policies and 10.c on remittance costs, and where data
            remain the main obstacle.

            The review reflects the views of the members who took part. You can read it in
            English, French and Spanish in the library, and add your own experience in the
            comments.
            """
        ),
        "themes": ["Policy coherence (whole-of-government)", "Migration data"],
        "regions": [],
    },
    {
        "slug": "international-womens-day-gender-and-migration-resources",
        "title": "International Women's Day: resources on gender and migration",
        "date": "2026-03-08",
        "intro": _p(
            """
            To mark International Women's Day, we have put together a selection of library
            resources, projects and training materials on gender and migration.
            """
        ),
        "body": _paras(
            """
            The selection includes a training module on gender-responsive migration policy,
            a policy brief on the protection of women migrant domestic workers and research
            on digital remittances and women's financial inclusion.

            Gender shapes every stage of migration, from the decision to leave to work,
            family life and return. If your organisation has produced resources on this
            theme, we would be glad to add them to the library.
            """
        ),
        "themes": ["Gender and migration"],
        "regions": [],
    },
    {
        "slug": "m4d-hub-relaunched",
        "title": "M4D Hub relaunched with a new project database and search",
        "date": "2026-01-20",
        "intro": _p(
            """
            M4D Hub has a new look. The project database, library and learning section have
            been rebuilt so that members can find what they need more quickly.
            """
        ),
        "body": _paras(
            """
            You can now filter resources and projects by theme, region, country, SDG target
            and Global Compact objective, and see which countries and migration corridors a
            project covers. Library records can hold several language versions of the same
            document.

            Your profile, discussions and contributions have been carried over. Please tell
            us on the forum if anything is missing or does not work as expected.
            """
        ),
        "themes": [],
        "regions": [],
    },
    {
        "slug": "international-migrants-day-2025-member-projects",
        "title": "International Migrants Day: a spotlight on members' projects",
        "date": "2025-12-18",
        "intro": _p(
            """
            On International Migrants Day, 18 December, we highlight projects from the
            database in which migrants and diaspora communities are partners in
            development, not only beneficiaries.
            """
        ),
        "body": _paras(
            """
            The projects range from diaspora co-investment in coastal municipalities to
            entrepreneurship hubs run by returnees and a cross-border network of women
            migrant workers' associations. What they have in common is that migrants take
            part in deciding what the project does.

            Explore the projects and tell us about yours.
            """
        ),
        "themes": ["Diaspora engagement", "Return and reintegration"],
        "regions": [],
    },
    {
        "slug": "webinar-recording-climate-mobility-coastal-regions",
        "title": "Webinar recording: climate mobility in coastal regions",
        "date": "2025-10-21",
        "intro": _p(
            """
            The recording of our webinar on climate mobility in coastal and delta regions is
            now available, together with the presentations.
            """
        ),
        "body": _paras(
            """
            Speakers from research institutions, district administrations and community
            organisations discussed how environmental change affects mobility, and how local
            plans can prepare for it. Questions from participants focused on planned
            relocation and on the rights of people who move within their own country.

            Thank you to everyone who joined and to the speakers for sharing their work.
            """
        ),
        "themes": ["Climate change, environment and human mobility"],
        "regions": ["Asia and the Pacific"],
    },
    {
        "slug": "international-youth-day-2025-youth-and-migration",
        "title": "International Youth Day: young people's voices on migration",
        "date": "2025-08-12",
        "intro": _p(
            """
            For International Youth Day we asked young members how migration shapes their
            plans, and what they expect from policymakers.
            """
        ),
        "body": _paras(
            """
            Young members from several regions shared their views in a short e-discussion.
            Many spoke about the lack of reliable information on regular ways to study or
            work abroad, and about the value of opportunities at home that do not require
            leaving.

            A selection of resources on youth and migration is available in the library,
            including a study of young people's aspirations in rural districts and a case
            study of youth-led social enterprises.
            """
        ),
        "themes": ["Youth", "Education and skills"],
        "regions": [],
    },
    {
        "slug": "new-members-welcome-2025",
        "title": "Welcome to our new members",
        "date": "2025-04-15",
        "intro": _p(
            """
            Many new members have joined M4D Hub this spring, from local authorities, civil
            society, diaspora organisations and universities. Here is how to get started.
            """
        ),
        "body": _paras(
            """
            Complete your profile so that other members can find you by theme and region.
            Browse the project database to see what others are doing, and join a discussion
            on the forum. If you are new to the field, the course on migration and the 2030
            Agenda is a good place to start.

            The editorial team is happy to help you share your first project or resource.
            """
        ),
        "themes": [],
        "regions": [],
    },
]


EVENTS = [
    {
        "slug": "webinar-digital-remittances-financial-inclusion-2025",
        "title": "Webinar: digital remittances and financial inclusion",
        "start": "2025-03-18T14:00",
        "end": "2025-03-18T15:30",
        "timezone": "Europe/Zurich",
        "format": "online",
        "location": "Online",
        "registration_url": "https://example.org/events/digital-remittances-2025/register",
        "organiser": "M4D Hub",
        "intro": _p(
            """
            How can digital channels make remittances cheaper and widen access to financial
            services for the families who receive them?
            """
        ),
        "body": _paras(
            """
            Speakers from a savings cooperative federation, a money transfer company and a
            research team will discuss what digital channels have changed for senders and
            receivers, and what barriers remain, such as identity documents, phone
            ownership and digital skills.

            The webinar links to SDG target 10.c on remittance costs and to objective 20 of
            the Global Compact for Migration. Interpretation into French and Spanish will be
            available.
            """
        ),
        "themes": ["Remittances and financial inclusion"],
    },
    {
        "slug": "webinar-climate-mobility-coastal-regions-2025",
        "title": "Webinar: climate mobility in coastal and delta regions",
        "start": "2025-10-14T10:00",
        "end": "2025-10-14T11:30",
        "timezone": "Asia/Dhaka",
        "format": "online",
        "location": "Online",
        "registration_url": "https://example.org/events/climate-mobility-2025/register",
        "organiser": "M4D Hub and Delta Climate Research Institute",
        "intro": _p(
            """
            How does environmental change shape mobility in coastal regions, and how can
            local plans prepare for it?
            """
        ),
        "body": _paras(
            """
            The webinar brings together researchers and local practitioners from South and
            South-East Asia and the Pacific. They will present experience of seasonal
            migration, displacement after storms and planned relocation.

            The discussion will focus on what district and municipal authorities can do,
            and on how communities can take part in decisions about mobility.
            """
        ),
        "themes": ["Climate change, environment and human mobility"],
    },
    {
        "slug": "regional-workshop-migration-in-local-planning-dakar-2026",
        "title": "Regional workshop: integrating migration into local planning",
        "start": "2026-05-26T09:00",
        "end": "2026-05-28T17:00",
        "timezone": "Africa/Dakar",
        "format": "in_person",
        "location": "Dakar, Senegal",
        "registration_url": "https://example.org/events/local-planning-dakar-2026/register",
        "organiser": "M4D Hub and Coastal Region Municipal Association",
        "intro": _p(
            """
            A three-day workshop for planners from local and regional authorities in West
            Africa on integrating migration into local development plans.
            """
        ),
        "body": _paras(
            """
            Participants will work through the main steps of the planning process using
            their own local context: building a migration profile, consulting migrants and
            diaspora associations, setting priorities and budgeting.

            The workshop will be held in French and English. Places are limited; priority
            will be given to teams of two from the same authority.
            """
        ),
        "themes": ["Local governance and migration mainstreaming", "Diaspora engagement"],
    },
    {
        "slug": "peer-exchange-migration-data-sdg-reporting-2026",
        "title": "Peer exchange: migration data for SDG reporting",
        "start": "2026-09-22T10:00",
        "end": "2026-09-23T16:00",
        "timezone": "Europe/Chisinau",
        "format": "hybrid",
        "location": "Chișinău, Moldova",
        "registration_url": "https://example.org/events/data-peer-exchange-2026/register",
        "organiser": "M4D Hub and Centre for Population and Mobility Statistics",
        "intro": _p(
            """
            Statisticians and planners compare how they produce and use migration-relevant
            SDG data, with participants in the room and online.
            """
        ),
        "body": _paras(
            """
            Sessions cover data-gap assessments, linking administrative sources, adding
            migration questions to household surveys and presenting migration data in
            voluntary national reviews.

            The peer exchange uses the toolkit on migration data for SDG reporting as a
            common reference. Online participants can join all plenary sessions.
            """
        ),
        "themes": ["Migration data"],
    },
    {
        "slug": "webinar-introducing-course-migration-local-development-2026",
        "title": "Webinar: introducing the course on migration and local development",
        "start": "2026-12-10T15:00",
        "end": "2026-12-10T16:00",
        "timezone": "Europe/Brussels",
        "format": "online",
        "location": "Online",
        "registration_url": "https://example.org/events/course-launch-2026/register",
        "organiser": "M4D Hub",
        "intro": _p(
            """
            A short guided tour of the new e-learning course, with the authors and local
            practitioners who tested it.
            """
        ),
        "body": _paras(
            """
            We will present the three modules of the course, show how the quizzes and
            exercises work and explain how trainers can use the materials in their own
            workshops.

            Two local officials who tested the course will share how they used it in their
            planning work. There will be time for questions.
            """
        ),
        "themes": ["Local governance and migration mainstreaming"],
    },
    {
        "slug": "e-discussion-diaspora-engagement-local-level-2027",
        "title": "E-discussion: engaging diaspora at the local level",
        "start": "2027-02-15T09:00",
        "end": "2027-03-05T17:00",
        "timezone": "Europe/Zurich",
        "format": "online",
        "location": "Online",
        "registration_url": "https://example.org/events/diaspora-e-discussion-2027/register",
        "organiser": "M4D Hub community of practice on diaspora engagement",
        "intro": _p(
            """
            A three-week written discussion on the forum about how municipalities and
            regions can work with their diaspora.
            """
        ),
        "body": _paras(
            """
            Each week will focus on one question: how to get to know your diaspora, how to
            set up a contact point, and how to link diaspora contributions with local
            development plans.

            Moderators will post a summary at the end of each week. Contributions are
            welcome in English, French and Spanish.
            """
        ),
        "themes": ["Diaspora engagement", "Local governance and migration mainstreaming"],
    },
    {
        "slug": "learning-exchange-inclusive-city-services-bogota-2027",
        "title": "Learning exchange: inclusive city services for newcomers",
        "start": "2027-03-23T09:00",
        "end": "2027-03-25T13:00",
        "timezone": "America/Bogota",
        "format": "hybrid",
        "location": "Bogotá, Colombia",
        "registration_url": "https://example.org/events/inclusive-cities-2027/register",
        "organiser": "M4D Hub and Newcomers' Welcome Collective",
        "intro": _p(
            """
            City officials and civil society from Latin America exchange experience of
            opening health, education and employment services to newly arrived migrants.
            """
        ),
        "body": _paras(
            """
            The exchange includes visits to welcome points and neighbourhood committees,
            and working sessions on cultural mediation, referral systems and social
            cohesion.

            Sessions will be held in Spanish, with English interpretation for online
            participants.
            """
        ),
        "themes": ["Social inclusion and cohesion", "Urban migration"],
    },
    {
        "slug": "training-of-trainers-migration-and-2030-agenda-tunis-2027",
        "title": "Training of trainers: migration and the 2030 Agenda",
        "start": "2027-05-11T09:00",
        "end": "2027-05-14T17:00",
        "timezone": "Africa/Tunis",
        "format": "in_person",
        "location": "Tunis, Tunisia",
        "registration_url": "https://example.org/events/tot-2030-agenda-2027/register",
        "organiser": "M4D Hub and Youth Futures Association",
        "intro": _p(
            """
            A four-day course for trainers who want to run workshops on migration and the
            Sustainable Development Goals in their own institutions.
            """
        ),
        "body": _paras(
            """
            Participants will learn the content of the e-learning course on migration and
            the 2030 Agenda and practise facilitation techniques for adult learners. Each
            participant will leave with a plan for a workshop adapted to their context.

            The training will be held in Arabic, French and English.
            """
        ),
        "themes": [
            "Policy coherence (whole-of-government)",
            "Local governance and migration mainstreaming",
        ],
    },
    {
        "slug": "webinar-fair-recruitment-skills-partnerships-2027",
        "title": "Webinar: fair recruitment and skills partnerships",
        "start": "2027-06-15T13:00",
        "end": "2027-06-15T14:30",
        "timezone": "Asia/Kathmandu",
        "format": "online",
        "location": "Online",
        "registration_url": "https://example.org/events/fair-recruitment-2027/register",
        "organiser": "M4D Hub and Institute for Labour Mobility Research",
        "intro": _p(
            """
            How can labour mobility schemes combine fair recruitment with investment in
            skills in countries of origin?
            """
        ),
        "body": _paras(
            """
            Practitioners from countries of origin and destination will discuss the
            employer-pays principle, the recognition of skills and the design of
            partnerships that benefit workers who migrate and those who stay.

            The webinar links to SDG target 8.8 and to objectives 6 and 18 of the Global
            Compact for Migration.
            """
        ),
        "themes": ["Labour migration and decent work", "Education and skills"],
    },
]


BLOG_POSTS = [
    {
        "slug": "what-a-town-hall-desk-taught-us-about-return",
        "title": "What a town hall information desk taught us about return",
        "date": "2025-05-27",
        "author_name": "Elena Popescu",
        "intro": _p(
            """
            We set up a desk to answer returnees' questions. It ended up changing how our
            council plans its services.
            """
        ),
        "body": _paras(
            """
            When we opened an information desk for returning migrants in our town hall, we
            expected questions about starting a business. We did get those, but most people
            came with more ordinary needs: a school place for a child born abroad, a
            diploma that no employer recognised, a pension record with gaps.

            ## Small records, big lessons

            We kept a simple log of every request, with no names. After a year, the log
            told the council things that no survey had: which services returnees struggled
            with, at what time of year they came back, and which questions we could not
            answer.

            ## What we would do differently

            We would involve the school and employment offices from the start, instead of
            referring people to them. And we would ask returnees to help write the
            information we give out. They know the questions better than we do.

            If your municipality is thinking about a similar desk, my advice is to start
            small, inside an existing service, and to keep a record from day one.
            """
        ),
        "themes": ["Return and reintegration", "Local governance and migration mainstreaming"],
    },
    {
        "slug": "counting-everyone-local-migration-data",
        "title": "Counting everyone: why local data on migration matter",
        "date": "2025-09-16",
        "author_name": "Oksana Melnyk",
        "intro": _p(
            """
            The SDGs promise to leave no one behind. Without local data on migration, we
            cannot know who is being left behind.
            """
        ),
        "body": _paras(
            """
            SDG target 17.18 asks for data disaggregated by migratory status, among other
            characteristics. At national level this is already hard. At local level, where
            services are planned and delivered, it can seem out of reach.

            Yet in the workshops I run with local planners, the same discovery happens
            every time: they hold more data than they think. School enrolment records,
            health registers, residence registrations and the information collected by
            civil society can, carefully combined, give a useful picture of who lives in a
            municipality and who has left.

            ## Handle with care

            Data about migrants are sensitive. Any local data work should start with clear
            rules on data protection and on how the data will, and will not, be used. Data
            collected to plan services must never become a tool for enforcement.

            Good local data will not solve everything, but they turn vague debates about
            migration into concrete planning questions. That is where better policy starts.
            """
        ),
        "themes": ["Migration data", "Local governance and migration mainstreaming"],
    },
    {
        "slug": "diaspora-investors-are-not-donors",
        "title": "Diaspora investors are not donors",
        "date": "2026-02-10",
        "author_name": "João Tavares",
        "intro": _p(
            """
            Local authorities often approach their diaspora with a collection box. They
            would do better to approach it with a business plan.
            """
        ),
        "body": _paras(
            """
            Over the years I have seen many well-meaning appeals to the diaspora: help build
            a school, repair the church roof, fund a scholarship. These appeals matter, and
            diaspora generosity has built a great deal. But many people in the diaspora also
            want to invest, and they expect to be treated as investors.

            That means clear information about opportunities, realistic expectations about
            returns, regular and honest reporting, and someone in the town hall who answers
            emails. It also means protecting investors and communities from projects that
            are badly designed or poorly governed.

            ## Start with the plan, not the appeal

            The most successful initiatives I know start from the local development plan:
            the municipality identifies what it needs, prepares a few solid projects and
            then invites the diaspora to take part. The relationship that follows is longer
            and more equal than a one-off appeal.
            """
        ),
        "themes": ["Diaspora engagement", "Remittances and financial inclusion"],
    },
    {
        "slug": "planning-with-not-for-climate-mobility",
        "title": "Planning with, not for: climate mobility in the delta",
        "date": "2026-06-30",
        "author_name": "Nasrin Akter",
        "intro": _p(
            """
            In our district, families have always moved with the seasons. What is changing
            is how often they have no choice.
            """
        ),
        "body": _paras(
            """
            When we started talking with villages about climate change, we expected to
            discuss embankments and crops. People wanted to talk about their sons working in
            the city, about daughters who had married away, about who would look after the
            land.

            For many households, migration is already part of how they cope with salt
            water and storms. Treating it only as a failure to adapt misses the point.
            The question is whether people move safely and with dignity, or in a hurry and
            into debt.

            ## What changes when communities lead

            When the village committees set priorities, they asked for two things at once:
            ways to earn a living that can survive saline soil, and reliable information
            for those who decide to go. Our district plan now includes both. It is slower
            to plan this way, but the plan belongs to the people who live with it.
            """
        ),
        "themes": ["Climate change, environment and human mobility", "Youth"],
    },
    {
        "slug": "remittances-are-private-money",
        "title": "Remittances are private money: notes on financial inclusion",
        "date": "2026-08-18",
        "author_name": "Wanjiru Kamau",
        "intro": _p(
            """
            Programmes on remittances sometimes forget a simple fact: the money belongs to
            the families who send and receive it.
            """
        ),
        "body": _paras(
            """
            Remittances are one of the most visible links between migration and
            development, and it is tempting to think of them as a development resource to
            be channelled. But they are private transfers between family members. Policy
            should make them cheaper, safer and more useful, not tell families how to spend
            them.

            SDG target 10.c sets a clear goal: reducing the cost of sending remittances to
            below 3 per cent, and eliminating corridors where costs exceed 5 per cent. That
            is a goal about fairness, not about steering money.

            ## Inclusion on the receivers' terms

            In my research with women who receive remittances, what they valued most was
            control: being able to collect money nearby, to save part of it safely and to
            decide themselves how to use it. Financial inclusion that starts from these
            needs is more likely to last than products designed around what providers want
            to sell.
            """
        ),
        "themes": ["Remittances and financial inclusion", "Gender and migration"],
    },
    {
        "slug": "target-10-7-view-from-regional-government",
        "title": "Target 10.7 from a regional council's window",
        "date": "2026-10-06",
        "author_name": "Karim El Idrissi",
        "intro": _p(
            """
            "Well-managed migration policies" sounds like a job for national governments.
            Much of the work, though, happens in regional and local administrations.
            """
        ),
        "body": _paras(
            """
            When our regional council decided to integrate migration into its development
            plan, we had no migration department and no migration budget. What we had were
            schools, clinics, employment services and roads, all used by people who had
            arrived, people about to leave and families supported by relatives abroad.

            ## Coherence begins at home

            Our first step was not a strategy but a working group of our own departments.
            Once the heads of education, health and economic development sat at the same
            table, it became obvious how often their decisions affected the same families.

            Target 10.7 speaks of orderly, safe, regular and responsible migration. From
            where I sit, responsible also means that the services people rely on are
            planned with them in mind, wherever they come from.
            """
        ),
        "themes": [
            "Policy coherence (whole-of-government)",
            "Local governance and migration mainstreaming",
        ],
    },
]
