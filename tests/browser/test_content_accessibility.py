"""Every page type of the demo site passes an axe-core scan; learners pass a quiz in a browser."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from cms.models import (
    BlogPage,
    CourseModulePage,
    CoursePage,
    EventPage,
    MilestonePage,
    NewsPage,
    ProjectPage,
    ResourcePage,
    StandardPage,
    ToolkitPage,
)
from tests.conftest import EDITOR_PASSWORD

SERIOUS = {"serious", "critical"}


def demo_urls():
    """One page of every type, plus filtered listings and a page of results."""
    details = [
        model.objects.live().first().url
        for model in (
            StandardPage,
            MilestonePage,
            ResourcePage,
            ToolkitPage,
            CoursePage,
            CourseModulePage,
            ProjectPage,
            NewsPage,
            EventPage,
            BlogPage,
        )
    ]
    listings = [
        "/",
        "/timeline/",
        "/library/",
        "/library/?theme=migration-data&page=abc",
        "/projects/",
        "/news/",
        "/events/",
        "/events/?when=past",
        "/blog/",
        "/toolkits/",
        "/e-learning/",
        "/no-such-page/",
    ]
    return listings + details


def test_no_serious_accessibility_violations_on_any_page_type(page, live_server, demo_site):
    axe = Axe()
    problems = {}

    for url in demo_urls():
        page.goto(live_server.url + url)
        violations = axe.run(page).response["violations"]
        serious = [
            f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
            for v in violations
            if v["impact"] in SERIOUS
        ]
        if serious:
            problems[url] = serious

    assert problems == {}


def test_a_learner_passes_a_quiz_and_sees_progress(page, live_server, demo_site, a_member):
    module = CourseModulePage.objects.live().first()
    quiz = module.quiz_blocks()[0]
    right = next(c["text"] for c in quiz.value["choices"] if c["correct"])
    wrong = next(c["text"] for c in quiz.value["choices"] if not c["correct"])

    page.goto(live_server.url + "/admin/login/?next=" + module.url)
    page.get_by_label("Username").fill(a_member.username)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + module.url)

    section = page.locator(f"#quiz-{quiz.id}")
    section.get_by_label(wrong).check()
    section.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_text("Not quite: try again.")).to_be_visible()

    page.locator(f"#quiz-{quiz.id}").get_by_label(right).check()
    page.locator(f"#quiz-{quiz.id}").get_by_role("button", name="Check my answer").click()
    expect(page.get_by_text("Correct!")).to_be_visible()
    expect(
        page.locator(f"#quiz-{quiz.id}").get_by_text("You answered this correctly.")
    ).to_be_visible()

    for other in module.quiz_blocks()[1:]:
        choice = next(c["text"] for c in other.value["choices"] if c["correct"])
        page.locator(f"#quiz-{other.id}").get_by_label(choice).check()
        page.locator(f"#quiz-{other.id}").get_by_role("button", name="Check my answer").click()
    expect(page.get_by_text("You have completed this module.").first).to_be_visible()

    page.goto(live_server.url + module.get_parent().url)
    expect(page.get_by_text("Your progress: 1 of")).to_be_visible()
    expect(page.get_by_text("Completed", exact=True)).to_be_visible()
