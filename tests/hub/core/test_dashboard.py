"""The editor dashboard says what waits, links to where it is handled, and draws 12 weeks."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cms.models import NewsPage
from hub.core import dashboard
from hub.digests.models import Delivery, DigestRun, Subscription
from hub.discussions.models import Flag, ThreadComment
from hub.discussions.services import comments
from hub.messaging.models import MessageReport
from hub.messaging.services import conversations
from search.models import PendingIndexUpdate
from tests.factories import members as factories

pytestmark = pytest.mark.django_db


def counts(user) -> dict[str, int]:
    return {item.key: item.count for item in dashboard.attention(user)}


@pytest.fixture
def waiting_work(client, settings, an_approved_member, another_member, submission_indexes):
    """Two of each kind of waiting work, and one of each kind already handled."""
    settings.HUB_COMMENT_HOLD_FIRST = 0
    for name in ("p1", "p2"):
        factories.member(name, membership_status="pending")
    factories.member("rejected", membership_status="rejected")

    conversation = conversations.start(an_approved_member, [another_member], "Hello")
    message = conversation.messages.first()
    for resolved in (False, False, True):
        MessageReport.objects.create(
            message=message, reporter=another_member, reason="spam", resolved=resolved
        )

    now = timezone.now()
    run = DigestRun.objects.create(
        frequency="weekly", period_start=now - datetime.timedelta(days=7), period_end=now
    )
    for i, status in enumerate(["failed", "failed", "sent"]):
        subscription = Subscription.objects.create(email=f"s{i}@example.org")
        Delivery.objects.create(run=run, subscription=subscription, status=status)

    for pk in ("1", "2"):
        PendingIndexUpdate.objects.create(
            app_label="cms", model_name="newspage", object_pk=pk, action="update"
        )

    news = NewsPage.objects.live().first()
    flagged, held, fine = (
        comments.post(an_approved_member, news, f"Comment {i}") for i in range(3)
    )
    Flag.objects.create(comment=flagged, user=another_member, reason="spam")
    ThreadComment.objects.filter(pk=held.pk).update(is_public=False)

    client.force_login(an_approved_member)
    for title in ("Bonds for Dakar", "Savings in Tunis"):
        client.post(
            reverse("members:submit", args=["project"]),
            {
                "title": title,
                "intro": "Pooling diaspora savings.",
                "body": "Text",
                "status": "ongoing",
                "start_date": "2024-01-01",
                "end_date": "2025-12-31",
            },
        )
    client.logout()


def test_the_counts_match_what_waits(waiting_work, admin_user):
    assert counts(admin_user) == {
        "submissions": 2,
        "comments": 2,
        "members": 2,
        "reports": 2,
        "digests": 2,
        "search": 2,
    }


def test_the_dashboard_shows_the_counts_and_each_link_opens_its_screen(
    waiting_work, admin_client, admin_user
):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    for item in dashboard.attention(admin_user):
        assert f'href="{item.url}"' in html
        assert admin_client.get(item.url).status_code == 200, item.url
    assert 'data-kind="members"' in html and "Membership applications" in html


def test_an_editor_sees_only_what_the_editors_group_may_handle(waiting_work, an_editor):
    shown = counts(an_editor)

    assert shown["submissions"] == 2
    assert "search" not in shown  # the search queue is for administrators


def test_a_member_without_admin_access_sees_nothing(waiting_work, an_approved_member):
    assert counts(an_approved_member) == {}


def test_the_panels_cost_the_same_few_queries_however_much_waits(admin_user, waiting_work):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            dashboard.attention(admin_user)
            dashboard.activity(12)
        return len(captured)

    before = queries()
    for name in ("p3", "p4", "p5"):
        factories.member(name, membership_status="pending")
    PendingIndexUpdate.objects.create(
        app_label="cms", model_name="newspage", object_pk="3", action="update"
    )

    assert queries() == before <= 12


def test_activity_counts_new_members_comments_and_submissions_per_week(an_approved_member):
    today = datetime.date(2030, 6, 12)  # a Wednesday
    User = get_user_model()
    joined = [datetime.date(2030, 6, 10), datetime.date(2030, 6, 11), datetime.date(2030, 5, 1)]
    for i, day in enumerate(joined):
        user = User.objects.create_user(f"new{i}", f"new{i}@example.org")
        moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
        User.objects.filter(pk=user.pk).update(date_joined=moment)

    weeks = dashboard.activity(12, today=today)

    assert len(weeks) == 12
    assert weeks[-1].start == datetime.date(2030, 6, 10) and weeks[-1].members == 2
    assert weeks[0].start == datetime.date(2030, 3, 25)
    may = [w for w in weeks if w.start == datetime.date(2030, 4, 29)][0]
    assert may.members == 1
    assert sum(w.members for w in weeks) == 3


def test_the_chart_is_an_svg_with_a_title_and_a_table_of_the_same_figures(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    chart = html.split('<svg class="hub-activity__chart"')[1].split("</svg>")[0]
    assert 'role="img"' in chart and 'aria-labelledby="hub-activity-title' in chart
    assert '<title id="hub-activity-title">' in chart
    assert chart.count("<rect") == 36
    table = html.split('<table class="listing hub-activity__table">')[1].split("</table>")[0]
    assert table.count('<th scope="row">') == 12


def test_the_admin_carries_the_site_name_and_logo(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "<title>Dashboard - M4D Hub</title>" in html
    assert 'class="hub-brand-logo"' in html
