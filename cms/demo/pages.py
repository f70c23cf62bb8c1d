"""Demo text for the home, About and What we do pages, written from the M4D Net seed text."""


def _p(text):
    """Collapse a paragraph written over several source lines into one line."""
    return " ".join(text.split())


def _paras(text):
    """Split text on blank lines into a list of one-line paragraphs."""
    return [_p(block) for block in text.strip().split("\n\n") if block.strip()]


HOME = {
    "intro": _p(
        """
        M4D Hub is the global knowledge hub on migration and development. It brings together
        practitioners and policymakers from local and national authorities, international
        organisations, civil society, diaspora groups and academia who want to harness the
        development potential of migration and help achieve the Sustainable Development Goals.
        """
    ),
    "body": _paras(
        """
        Here you can exchange information and ideas, build your skills and find partners for
        your work on migration and development (M&D). Browse the library for reports, policy
        briefs, toolkits and case studies; explore the project database to see what others are
        doing and what they have learnt; and take a self-paced course on migration and the
        2030 Agenda or on mainstreaming migration into local development.

        ## Share what you know

        M4D Hub grows with the contributions of its members. Share your own projects,
        publications, blog posts and events, and join the discussions on the forum. The more
        you use and feed into the hub, the better we can carry your voice and experience into
        global dialogues such as the Global Forum on Migration and Development and the Global
        Mayoral Forum on Human Mobility, Migration and Development.

        ## Stay up to date

        The What's New section follows the M&D world: news from the community, upcoming
        events and webinars, and blog posts by practitioners. The timeline of milestones
        shows how the links between migration and development have come to be recognised by
        the international community, from the first UN High-Level Dialogue in 2006 to the
        Global Compact for Safe, Orderly and Regular Migration and its review.

        ## About the demo content

        The milestones on this site are factual. The projects, news, events, blog posts,
        library records and learning materials shown here are illustrative demo content,
        written to show how the hub works; the organisations and authors named in them are
        fictional.
        """
    ),
}


ABOUT = {
    "title": "About",
    "slug": "about",
    "intro": _p(
        """
        M4D Hub is the global hub on migration and development. It brings together migration
        practitioners and policymakers from around the world to exchange information and
        ideas, develop their skills and consolidate partnerships in their efforts to harness
        the development potential of migration and contribute to the Sustainable Development
        Goals.
        """
    ),
    "body": _paras(
        """
        ## Who we are

        M4D Hub is a community of people who work where migration and development meet:
        officials in national ministries and in local and regional authorities, staff of UN
        and other international organisations, civil society and diaspora organisations,
        researchers and the private sector. Members use the hub to meet peers, learn from
        one another's experience and find partners for new initiatives.

        ## Where do we come from?

        The hub continues the work of the M4D Net, the online network for migration and
        development practitioners. The M4D Net was launched in 2008 by the EC-UN Joint
        Migration and Development Initiative (JMDI), which was led by UNDP in partnership with
        IOM and other UN agencies. The JMDI reflected on, and supported, targeted initiatives
        that empower migrants as development actors at the local level.

        In 2011 IOM and UNDP launched the joint programme "Mainstreaming Migration into
        National Development Strategies". It was based on the understanding that the
        development impact of migration in communities is stronger when a national framework
        is in place and migration is considered within national development priorities. Its
        second phase, from 2014 to 2018, worked with eight countries: Bangladesh, Ecuador,
        Jamaica, Kyrgyzstan, Moldova, Morocco, Serbia and Tunisia.

        The two programmes later converged into the Joint IOM-UNDP Global Programme on Policy
        Coherence in Migration and Development. Building on the experience and tools of both,
        the work moved towards a broader approach to migration governance: one that looks at
        the overall political framework in which migration takes place in a territory or
        country, and at how that framework can support or undermine the contribution of
        migration to development.

        ## Why a hub?

        Knowledge on migration and development is scattered across many institutions,
        languages and levels of government. M4D Hub gathers it in one place, keeps it
        searchable by theme, region, country, SDG target and Global Compact objective, and
        makes it easy for members to add their own experience. What members share here also
        informs the contributions that the community brings to global dialogues such as the
        Global Forum on Migration and Development and the Global Mayoral Forum on Human
        Mobility, Migration and Development.
        """
    ),
}


WHAT_WE_DO = {
    "title": "What we do",
    "slug": "what-we-do",
    "intro": _p(
        """
        M4D Hub helps practitioners and policymakers understand the links between migration
        and development and act on them, by connecting people, sharing knowledge and building
        capacity for policy coherence at local, national and global levels.
        """
    ),
    "body": _paras(
        """
        ## What you can do on M4D Hub

        Once you have created a profile, the hub is at your disposal. Search for members to
        find inspiration or build partnerships, and contact them directly. Join an
        e-discussion, or start your own discussion on the forum and see what other members
        think.

        To deepen your understanding of migration and development, browse the resources
        developed by the hub and the wider collection in the library. If you are designing a
        training programme or want to strengthen your own capacities, you will find training
        materials, toolkits and self-paced e-learning courses. If you are building a project,
        the project database shows what others have done and what they have learnt, and you
        can add your own project, reports, publications and blog posts. Finally, What's New
        keeps you up to date on the M&D world, and lets you promote your own events.

        ## What are the links between migration and development?

        The positive contribution of migrants and migration to development is now recognised
        in the 2030 Agenda for Sustainable Development. A traditional starting point is that
        migrants hold social, economic, human and cultural capital, from the networks they
        build and the money they send home to the skills, work, values and ideas they bring,
        and that policy should build on this capital to promote development.

        The relationship is, however, more complex than what migrants themselves can bring.
        People's resources, aspirations and opportunities to migrate depend on the
        socio-economic, political and development context of the places they live in, move
        to and pass through. A lack of economic opportunity, climate change, conflict and
        insecurity all shape migration, as do the labour markets, policies and social
        networks of destination countries. Migration affects, and is affected by, wider
        social, cultural, political and economic structures.

        Restricting migrants' rights and their access to essential services reinforces the
        barriers they already face, and limits their ability to escape poverty, support their
        families and contribute fully to the societies they live in. Migrants in poor health
        cannot participate fully in society; migrants in an irregular situation cannot access
        decent work; migrants who cannot study cannot reach their potential; and migrants who
        face discrimination, racism or hate crime are left behind.

        ## Our approach: policy coherence and a whole-of-government view

        If all 17 SDGs are to be achieved and no one is to be left behind, governments need to
        understand how every area of governance, from health and education to housing and
        access to justice, affects and is affected by migration. This calls for a
        whole-of-government approach: coordination across sectors so that policies are
        aligned with the effects of migration and respond to the needs of migrants and the
        communities they live in.

        M4D Hub therefore promotes policy coherence on migration and development by
        mainstreaming migration into local and national policy planning. In practice this
        means supporting local and regional authorities that want to integrate migration into
        their development plans and services; national governments that want to consider
        migration across sectoral policies and national development strategies; the
        collection and use of migration data for planning and for reporting on the
        migration-related SDG targets and the Global Compact for Migration; and partnerships
        between authorities, civil society, diaspora organisations, the private sector and
        academia.

        ## From local practice to global dialogue

        The hub connects practice on the ground with global processes. Lessons shared by
        members feed into the Global Forum on Migration and Development, the Global Mayoral
        Forum on Human Mobility, Migration and Development and the review of the Global
        Compact for Safe, Orderly and Regular Migration.
        """
    ),
}
