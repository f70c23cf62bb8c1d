"""Factual milestones in migration and development for the M4D Hub timeline, in date order."""


def _p(text):
    """Collapse a paragraph written over several source lines into one line."""
    return " ".join(text.split())


def _paras(text):
    """Split text on blank lines into a list of one-line paragraphs."""
    return [_p(block) for block in text.strip().split("\n\n") if block.strip()]


MILESTONES = [
    {
        "slug": "first-un-high-level-dialogue-2006",
        "date": "2006-09-14",
        "date_precision": "day",
        "title": "First UN High-Level Dialogue on International Migration and Development",
        "summary": _p(
            """
            On 14 and 15 September 2006 the UN General Assembly in New York held its first
            High-Level Dialogue on International Migration and Development.
            """
        ),
        "body": _paras(
            """
            The High-Level Dialogue was the first time that the General Assembly devoted a
            high-level meeting to international migration and its links with development.
            Member States discussed how to maximise the development benefits of migration and
            minimise its negative impacts.

            The Dialogue is widely seen as the starting point of today's global conversation
            on migration and development. It led to the creation of the Global Forum on
            Migration and Development, a state-led process that first met the following year.
            """
        ),
        "category": "UN process",
        "our_role": "",
        "sources": [],
    },
    {
        "slug": "first-global-forum-on-migration-and-development-2007",
        "date": "2007-07-01",
        "date_precision": "month",
        "title": "First Global Forum on Migration and Development, Brussels",
        "summary": _p(
            """
            In July 2007 Brussels hosted the first Global Forum on Migration and Development
            (GFMD), a state-led, informal process that takes place outside the United Nations.
            """
        ),
        "body": _paras(
            """
            The GFMD grew out of the 2006 High-Level Dialogue. It offers governments a
            voluntary, non-binding space to discuss migration and development, share practice
            and build partnerships, and it has since met regularly under a rotating chair.

            Over time the Forum has opened up to civil society, the private sector and local
            and regional authorities, which meet in their own mechanisms and feed their views
            into the government discussions.
            """
        ),
        "category": "Global forum",
        "our_role": _p(
            """
            The network has long aimed to carry practitioners' experience into the GFMD, and
            M4D Hub continues to share members' lessons with the Forum.
            """
        ),
        "sources": [],
    },
    {
        "slug": "jmdi-starts-and-launches-m4d-net-2008",
        "date": "2008-01-01",
        "date_precision": "year",
        "title": "The Joint Migration and Development Initiative starts and launches the M4D Net",
        "summary": _p(
            """
            In 2008 the EC-UN Joint Migration and Development Initiative (JMDI) began its
            work. Led by UNDP with IOM and other UN agencies, it launched the M4D Net.
            """
        ),
        "body": _paras(
            """
            The JMDI supported small-scale initiatives by civil society, diaspora
            organisations and local authorities that linked migration with development, and
            drew lessons from them for policy and practice.

            To connect the people behind these initiatives, the JMDI launched the M4D Net, an
            online network where migration and development practitioners could share
            information, discuss and find partners. Over time the JMDI focused increasingly on
            the local dimension of migration and development, working with local and regional
            authorities as key actors.
            """
        ),
        "category": "Programme",
        "our_role": _p(
            """
            This is where M4D Hub comes from: the JMDI created the M4D Net, the network that
            the hub continues today.
            """
        ),
        "sources": [],
    },
    {
        "slug": "mainstreaming-migration-programme-starts-2011",
        "date": "2011-01-01",
        "date_precision": "year",
        "title": "IOM-UNDP programme on mainstreaming migration into national development starts",
        "summary": _p(
            """
            In 2011 IOM and UNDP launched the joint programme "Mainstreaming Migration into
            National Development Strategies".
            """
        ),
        "body": _paras(
            """
            The programme started from the understanding that the development impact of
            migration is stronger when a national framework is in place and migration is
            considered within national development priorities.

            It supported governments to build evidence on migration, to integrate migration
            into national development strategies and sectoral policies, and to set up the
            coordination mechanisms that a whole-of-government approach requires.
            """
        ),
        "category": "Programme",
        "our_role": _p(
            """
            This programme is one of the two roots of M4D Hub; its tools and experience inform
            the hub's resources on mainstreaming.
            """
        ),
        "sources": [],
    },
    {
        "slug": "second-un-high-level-dialogue-2013",
        "date": "2013-10-03",
        "date_precision": "day",
        "title": "Second UN High-Level Dialogue on International Migration and Development",
        "summary": _p(
            """
            On 3 and 4 October 2013 the UN General Assembly held its second High-Level
            Dialogue on International Migration and Development in New York.
            """
        ),
        "body": _paras(
            """
            At the opening of the Dialogue, Member States adopted a Declaration that recognised
            the important contribution of migrants to countries of origin, transit and
            destination, and called for human mobility to be considered in the post-2015
            development agenda.

            The Declaration also stressed the human rights of all migrants and the need for
            reliable data on migration, themes that were later taken up in the Sustainable
            Development Goals.
            """
        ),
        "category": "UN process",
        "our_role": "",
        "sources": [
            {
                "title": _p(
                    """
                    Declaration of the High-level Dialogue on International Migration and
                    Development (A/RES/68/4)
                    """
                ),
                "url": "https://example.org/sources/a-res-68-4",
            },
        ],
    },
    {
        "slug": "mainstreaming-programme-phase-two-2014",
        "date": "2014-02-01",
        "date_precision": "month",
        "title": "Mainstreaming programme enters its second phase with eight countries",
        "summary": _p(
            """
            The second phase of the IOM-UNDP mainstreaming programme, from 2014 to 2018,
            worked with Bangladesh, Ecuador, Jamaica, Kyrgyzstan, Moldova, Morocco, Serbia and
            Tunisia.
            """
        ),
        "body": _paras(
            """
            After a pilot phase, the programme extended its support to eight partner
            governments. Each country followed its own path, depending on its legislation,
            migration context and development priorities.

            Common elements included government-led coordination mechanisms on migration and
            development, work to improve the evidence base, and capacity building for the
            ministries and agencies involved in integrating migration into national and
            sectoral planning.
            """
        ),
        "category": "Programme",
        "our_role": _p(
            """
            The experience of the eight partner countries shaped the mainstreaming guidance
            and training materials that are now part of M4D Hub.
            """
        ),
        "sources": [],
    },
    {
        "slug": "first-global-mayoral-forum-barcelona-2014",
        "date": "2014-06-01",
        "date_precision": "month",
        "title": "First Global Mayoral Forum on Human Mobility, Migration and Development",
        "summary": _p(
            """
            In June 2014 Barcelona hosted the first Global Mayoral Forum on Human Mobility,
            Migration and Development, bringing the voice of cities into the global debate.
            """
        ),
        "body": _paras(
            """
            Cities and local authorities are where migrants and their families live, work and
            use public services, and where the effects of migration are felt first. The
            Mayoral Forum gave mayors and local leaders a space to exchange experience and to
            make their case in global discussions on migration and development.

            The Forum has since become a regular event, and it has linked local perspectives
            to the Global Forum on Migration and Development.
            """
        ),
        "category": "Global forum",
        "our_role": _p(
            """
            The local dimension of migration and development is central to the JMDI's legacy,
            and M4D Hub continues to bring local practitioners' experience to the Mayoral
            Forum.
            """
        ),
        "sources": [],
    },
    {
        "slug": "addis-ababa-action-agenda-2015",
        "date": "2015-07-01",
        "date_precision": "month",
        "title": "Addis Ababa Action Agenda on financing for development",
        "summary": _p(
            """
            In July 2015 the Third International Conference on Financing for Development
            adopted the Addis Ababa Action Agenda, which includes commitments on the cost of
            remittances.
            """
        ),
        "body": _paras(
            """
            The Addis Ababa Action Agenda set out a global framework for financing sustainable
            development. It recognised the positive contribution of migrants and addressed
            remittances, including the aim of reducing the cost of sending them.

            The Action Agenda was agreed a few weeks before the 2030 Agenda, and its
            commitment on remittance costs is mirrored in SDG target 10.c.
            """
        ),
        "category": "Policy framework",
        "our_role": "",
        "sources": [
            {
                "title": "Addis Ababa Action Agenda (A/RES/69/313)",
                "url": "https://example.org/sources/a-res-69-313",
            },
        ],
    },
    {
        "slug": "2030-agenda-adopted-2015",
        "date": "2015-09-25",
        "date_precision": "day",
        "title": "The 2030 Agenda for Sustainable Development is adopted",
        "summary": _p(
            """
            On 25 September 2015 the UN General Assembly adopted the 2030 Agenda for
            Sustainable Development. For the first time, migration appears explicitly in the
            global development goals.
            """
        ),
        "body": _paras(
            """
            SDG target 10.7 asks countries to facilitate "orderly, safe, regular and
            responsible migration and mobility of people", including through well-managed
            migration policies. Target 10.c aims to reduce the transaction costs of migrant
            remittances to less than 3 per cent and to eliminate remittance corridors with
            costs higher than 5 per cent by 2030.

            Other targets refer to migrants too: 8.8 on the labour rights of migrant workers,
            8.7, 5.2 and 16.2 on forced labour and trafficking, and 17.18 on data
            disaggregated by migratory status. Because migration cuts across so many goals,
            the 2030 Agenda gave new weight to mainstreaming migration into development
            planning.
            """
        ),
        "category": "Policy framework",
        "our_role": _p(
            """
            Supporting countries and local authorities to implement the migration-related
            targets of the 2030 Agenda is at the heart of the programme from which M4D Hub
            grew.
            """
        ),
        "sources": [
            {
                "title": _p(
                    """
                    Transforming our world: the 2030 Agenda for Sustainable Development
                    (A/RES/70/1)
                    """
                ),
                "url": "https://example.org/sources/a-res-70-1",
            },
        ],
    },
    {
        "slug": "iom-joins-un-system-2016",
        "date": "2016-09-01",
        "date_precision": "month",
        "title": "IOM joins the UN system as a related organization",
        "summary": _p(
            """
            In September 2016, the month of the UN Summit for Refugees and Migrants, the
            International Organization for Migration (IOM) joined the UN system as a related
            organization.
            """
        ),
        "body": _paras(
            """
            The agreement between the United Nations and IOM brought the organisation into a
            closer legal and working relationship with the UN. The New York Declaration
            welcomed this step as a way to strengthen the global governance of migration.

            With IOM inside the UN system, cooperation between IOM and UN development agencies
            such as UNDP on migration and development rests on a firmer institutional footing.
            """
        ),
        "category": "UN process",
        "our_role": "",
        "sources": [],
    },
    {
        "slug": "new-york-declaration-2016",
        "date": "2016-09-19",
        "date_precision": "day",
        "title": "New York Declaration for Refugees and Migrants",
        "summary": _p(
            """
            On 19 September 2016 the UN Summit for Refugees and Migrants adopted the New York
            Declaration for Refugees and Migrants.
            """
        ),
        "body": _paras(
            """
            In the Declaration, Member States committed to protect the human rights of all
            refugees and migrants, regardless of status, and to share responsibility for large
            movements of people more equitably.

            The Declaration launched two processes that led, in 2018, to a global compact on
            refugees and to the Global Compact for Safe, Orderly and Regular Migration.
            """
        ),
        "category": "UN process",
        "our_role": "",
        "sources": [
            {
                "title": "New York Declaration for Refugees and Migrants (A/RES/71/1)",
                "url": "https://example.org/sources/a-res-71-1",
            },
        ],
    },
    {
        "slug": "global-compact-for-migration-adopted-2018",
        "date": "2018-12-10",
        "date_precision": "day",
        "title": "Global Compact for Safe, Orderly and Regular Migration adopted in Marrakech",
        "summary": _p(
            """
            On 10 and 11 December 2018 an intergovernmental conference in Marrakech adopted
            the Global Compact for Safe, Orderly and Regular Migration (GCM).
            """
        ),
        "body": _paras(
            """
            The GCM is the first intergovernmental agreement, prepared under the auspices of
            the United Nations, to cover all dimensions of international migration in a
            holistic and comprehensive manner. It is not legally binding and sets out 23
            objectives, from collecting accurate and disaggregated data (objective 1) to
            enabling migrants and diasporas to contribute to sustainable development
            (objective 19) and promoting faster, safer and cheaper remittances (objective 20).

            The United Nations Network on Migration was set up to support Member States in
            implementing, following up and reviewing the Compact. The GCM is explicitly rooted
            in the 2030 Agenda, and many of its objectives help to achieve the
            migration-related SDG targets.
            """
        ),
        "category": "Policy framework",
        "our_role": _p(
            """
            M4D Hub tags its library, projects and learning materials by GCM objective, so
            that practitioners can find experience relevant to implementing the Compact.
            """
        ),
        "sources": [],
    },
    {
        "slug": "general-assembly-endorses-gcm-2018",
        "date": "2018-12-19",
        "date_precision": "day",
        "title": "UN General Assembly endorses the Global Compact for Migration",
        "summary": _p(
            """
            On 19 December 2018 the UN General Assembly endorsed the Global Compact for Safe,
            Orderly and Regular Migration adopted in Marrakech a week earlier.
            """
        ),
        "body": _paras(
            """
            With the General Assembly's endorsement, the GCM became part of the UN's framework
            for international cooperation on migration. The resolution also set out how the
            Compact would be followed up and reviewed.

            The review takes place at the International Migration Review Forum, a
            state-led global forum under the General Assembly, supported by regional reviews
            and by the United Nations Network on Migration.
            """
        ),
        "category": "UN process",
        "our_role": "",
        "sources": [
            {
                "title": "Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195)",
                "url": "https://example.org/sources/a-res-73-195",
            },
        ],
    },
    {
        "slug": "first-international-migration-review-forum-2022",
        "date": "2022-05-01",
        "date_precision": "month",
        "title": "First International Migration Review Forum",
        "summary": _p(
            """
            In May 2022 the first International Migration Review Forum (IMRF) met in New York
            to review progress in implementing the Global Compact for Migration.
            """
        ),
        "body": _paras(
            """
            The IMRF is the main global platform for Member States to discuss and share
            progress on implementing all aspects of the GCM, including as it relates to the
            2030 Agenda. Other stakeholders, including civil society, migrants, diaspora
            organisations and local authorities, took part in its discussions.

            The Forum's outcome, a Progress Declaration, took stock of what had been achieved
            since 2018 and of the gaps that remained.
            """
        ),
        "category": "UN process",
        "our_role": _p(
            """
            Projects and resources shared on M4D Hub are one way for practitioners to document
            the local and national experience that reviews of the Compact draw on.
            """
        ),
        "sources": [],
    },
]
