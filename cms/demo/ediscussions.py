"""Demo e-discussions: one open now (relative to when the demo is loaded) and one closed."""

from datetime import datetime, timedelta

from django.utils import timezone

from cms.models import EDiscussionIndexPage, EDiscussionPage, EDiscussionQuestion

OPEN = {
    "title": "Local authorities and the Global Compact for Migration",
    "slug": "local-authorities-and-the-gcm",
    "intro": "How are cities and regions putting the Global Compact for Migration into practice, "
    "and what do they need from national governments?",
    "body": "<p>Local authorities are often the first to respond to the arrival of migrants and "
    "the last to be consulted on migration policy. This e-discussion gathers practitioners' "
    "experience of mainstreaming migration into local development planning.</p>",
    "questions": [
        "Which GCM objectives has your city or region worked on, and how?",
        "What coordination between local and national levels has worked, and what has not?",
        "What tools or support would help local authorities most?",
    ],
}

CLOSED = {
    "title": "Diaspora engagement for development",
    "slug": "diaspora-engagement-for-development",
    "intro": "A month-long exchange on how countries of origin and destination engage diasporas "
    "as partners in development.",
    "body": "<p>Members shared practices in engaging diaspora organisations in local and national "
    "development, from matching-fund schemes to skills transfer programmes.</p>",
    "questions": [
        "What makes diaspora engagement policies succeed?",
        "How can local authorities reach diaspora communities?",
    ],
    "opens": datetime(2019, 3, 4, 9),
    "closes": datetime(2019, 4, 5, 17),
    "summary": "<p>Participants agreed that trust is built over time through institutions that "
    "diasporas recognise, such as dedicated diaspora offices, and that engagement works best "
    "when it links to concrete local development plans.</p><ul><li>Map diaspora communities "
    "before designing programmes.</li><li>Match funding to diaspora investment with clear, "
    "simple rules.</li><li>Involve local authorities in origin regions from the start.</li></ul>",
}


def load(loader, home) -> None:
    """Add the e-discussion index and two e-discussions through the demo loader's `add`."""
    index = loader.add(
        home,
        EDiscussionIndexPage(
            title="E-discussions",
            slug="e-discussions",
            intro="Month-long, moderated discussions around guiding questions, each ending in a "
            "consolidated summary endorsed by the community.",
            show_in_menus=True,
        ),
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for data, opens, closes, summary in (
        (OPEN, now - timedelta(days=7), now + timedelta(days=60), ""),
        (
            CLOSED,
            timezone.make_aware(CLOSED["opens"]),
            timezone.make_aware(CLOSED["closes"]),
            CLOSED["summary"],
        ),
    ):
        loader.add(
            index,
            EDiscussionPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=data["body"],
                opens_at=opens,
                closes_at=closes,
                summary=summary,
                summary_published_at=closes if summary else None,
            ),
            {"questions": [EDiscussionQuestion(text=q) for q in data["questions"]]},
        )
