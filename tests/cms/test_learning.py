"""E-learning: quizzes are checked on the server, progress is kept, and courses get completed."""

import pytest

from cms import learning
from cms.models import CourseCompletion, CourseModulePage, CoursePage, ModuleProgress


def answers(module):
    """(quiz id, right choice, a wrong choice) for each quiz of a module."""
    result = []
    for block in module.quiz_blocks():
        choices = block.value["choices"]
        right = next(i for i, c in enumerate(choices) if c["correct"])
        result.append((block.id, right, (right + 1) % len(choices)))
    return result


@pytest.fixture
def a_course(db):
    return CoursePage.objects.first()


def test_a_wrong_answer_is_not_recorded(client, a_member, a_course):
    module = a_course.modules().first().specific
    quiz, _, wrong = answers(module)[0]
    client.force_login(a_member)

    response = client.post(module.url + "answer/", {"quiz": quiz, "choice": wrong}, follow=True)

    assert response.status_code == 200
    assert "Not quite: try again." in response.content.decode()
    assert not ModuleProgress.objects.filter(user=a_member, completed_at__isnull=False).exists()


def test_passing_every_quiz_completes_the_module_and_the_course(client, a_member, a_course):
    client.force_login(a_member)
    modules = [m.specific for m in a_course.modules()]

    for module in modules:
        for quiz, right, _ in answers(module):
            response = client.post(
                module.url + "answer/", {"quiz": quiz, "choice": right}, follow=True
            )
            assert "Correct!" in response.content.decode()

    assert ModuleProgress.objects.filter(user=a_member, completed_at__isnull=False).count() == len(
        modules
    )
    assert CourseCompletion.objects.filter(user=a_member, course=a_course).exists()
    page = client.get(a_course.url).content.decode()
    assert "You completed this course on" in page


def test_progress_shows_on_the_course_page(client, a_member, a_course):
    module = a_course.modules().first().specific
    client.force_login(a_member)
    for quiz, right, _ in answers(module):
        client.post(module.url + "answer/", {"quiz": quiz, "choice": right})

    page = client.get(a_course.url).content.decode()

    assert f"Your progress: 1 of {a_course.modules().count()} modules completed." in page


def test_visitors_can_try_quizzes_without_progress(client, a_course):
    module = a_course.modules().first().specific
    quiz, right, _ = answers(module)[0]

    response = client.post(module.url + "answer/", {"quiz": quiz, "choice": right}, follow=True)

    assert "Correct!" in response.content.decode()
    assert not ModuleProgress.objects.exists()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"quiz": "not-a-quiz", "choice": "0"}, "That quiz is not part of this module."),
        ({"choice": "0"}, "That quiz is not part of this module."),
        ({"quiz": "{quiz}", "choice": "99"}, "Choose one of the answers"),
        ({"quiz": "{quiz}", "choice": "-1"}, "Choose one of the answers"),
        ({"quiz": "{quiz}", "choice": "abc"}, "Choose one of the answers"),
        ({"quiz": "{quiz}"}, "Choose one of the answers"),
    ],
)
def test_a_malformed_answer_is_a_400_with_a_message(client, a_member, a_course, data, message):
    module = a_course.modules().first().specific
    quiz = answers(module)[0][0]
    client.force_login(a_member)

    response = client.post(
        module.url + "answer/", {k: v.format(quiz=quiz) for k, v in data.items()}
    )

    assert response.status_code == 400
    assert message in response.content.decode()


def test_getting_the_answer_url_goes_back_to_the_module(client, a_course):
    module = a_course.modules().first().specific

    response = client.get(module.url + "answer/")

    assert response.status_code == 302
    assert response["Location"] == module.url


def test_a_module_with_an_unanswered_quiz_cannot_be_marked_complete(a_member, a_course):
    module = CourseModulePage.objects.child_of(a_course).first()

    assert learning.mark_read(a_member, module) is False
    for quiz, right, _ in answers(module):
        learning.record_answer(a_member, module, quiz, str(right))
    assert learning.mark_read(a_member, module) is True


@pytest.mark.parametrize("status, verified", [("pending", True), ("approved", False)])
def test_an_account_that_is_not_a_member_keeps_no_progress(client, a_course, status, verified):
    from tests.factories.members import member

    outsider = member("outsider", membership_status=status, verified=verified)
    module = a_course.modules().first().specific
    quiz, right, _ = answers(module)[0]
    client.force_login(outsider)
    client.post(module.url + "answer/", {"quiz": quiz, "choice": right})
    client.post(module.url + "complete/")
    assert not ModuleProgress.objects.filter(user=outsider).exists()
