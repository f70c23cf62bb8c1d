"""E-learning rules: checking quiz answers, recording progress, completing modules and courses."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext

from cms.models.learning import CourseCompletion, CourseModulePage, CoursePage, ModuleProgress


class QuizError(ValueError):
    """The submitted answer does not fit the quiz: a client error, never a server one."""


@dataclass(frozen=True)
class AnswerResult:
    quiz_id: str
    correct: bool
    explanation: str
    module_completed: bool = False
    course_completed: bool = False

    @property
    def message(self) -> str:
        verdict = gettext("Correct!") if self.correct else gettext("Not quite: try again.")
        parts = [verdict, self.explanation if self.correct else ""]
        if self.course_completed:
            parts.append(gettext("You have completed the whole course."))
        elif self.module_completed:
            parts.append(gettext("You have completed this module."))
        return " ".join(part for part in parts if part)


def check_answer(module: CourseModulePage, quiz_id: str, choice: str) -> tuple[bool, str]:
    quiz = next((block for block in module.quiz_blocks() if block.id == quiz_id), None)
    if quiz is None:
        raise QuizError(
            gettext("That quiz is not part of this module. Reload the page and try again.")
        )
    try:
        index = int(choice)
        if index < 0:
            raise IndexError
        picked = quiz.value["choices"][index]
    except (TypeError, ValueError, IndexError):
        raise QuizError(gettext("Choose one of the answers before you submit.")) from None
    return bool(picked["correct"]), quiz.value["explanation"]


def is_learner(user) -> bool:
    """Progress is kept for members only; cms never imports hub, so it asks MEMBER_CHECK."""
    return import_string(settings.MEMBER_CHECK)(user)


@transaction.atomic
def record_answer(user, module: CourseModulePage, quiz_id: str, choice: str) -> AnswerResult:
    """Check an answer; for a signed-in member, store a pass and complete what it completes."""
    correct, explanation = check_answer(module, quiz_id, choice)
    if not (correct and is_learner(user)):
        return AnswerResult(quiz_id, correct, explanation)
    progress, _ = ModuleProgress.objects.select_for_update().get_or_create(user=user, module=module)
    if quiz_id not in progress.passed_quizzes:
        progress.passed_quizzes = [*progress.passed_quizzes, quiz_id]
    module_completed = course_completed = False
    if not progress.completed_at and _all_quizzes_passed(module, progress):
        progress.completed_at = timezone.now()
        module_completed = True
        course_completed = _complete_course_if_done(user, module)
    progress.save()
    return AnswerResult(quiz_id, True, explanation, module_completed, course_completed)


@transaction.atomic
def mark_read(user, module: CourseModulePage) -> bool:
    """Complete a module that has no unanswered quiz. Returns whether it is complete."""
    if not is_learner(user):
        return False
    progress, _ = ModuleProgress.objects.select_for_update().get_or_create(user=user, module=module)
    if progress.completed_at:
        return True
    if not _all_quizzes_passed(module, progress):
        return False
    progress.completed_at = timezone.now()
    progress.save()
    _complete_course_if_done(user, module)
    return True


def _all_quizzes_passed(module: CourseModulePage, progress: ModuleProgress) -> bool:
    return {block.id for block in module.quiz_blocks()} <= set(progress.passed_quizzes)


def _complete_course_if_done(user, module: CourseModulePage) -> bool:
    course = module.get_parent().specific
    module_ids = set(course.modules().values_list("pk", flat=True))
    done = set(
        ModuleProgress.objects.filter(
            user=user, module_id__in=module_ids, completed_at__isnull=False
        ).values_list("module_id", flat=True)
    )
    done.add(module.pk)
    if module_ids <= done:
        _, created = CourseCompletion.objects.get_or_create(user=user, course=course)
        return created
    return False


@dataclass(frozen=True)
class ModuleState:
    passed_quizzes: frozenset
    completed: bool


def module_progress(user, module: CourseModulePage) -> ModuleState | None:
    if not is_learner(user):
        return None
    progress = ModuleProgress.objects.filter(user=user, module=module).first()
    if progress is None:
        return ModuleState(frozenset(), False)
    return ModuleState(frozenset(progress.passed_quizzes), progress.completed_at is not None)


@dataclass(frozen=True)
class CourseState:
    modules: list  # (module, completed) pairs, in order
    completed_at: object

    @property
    def done(self) -> int:
        return sum(1 for _, completed in self.modules if completed)


def course_progress(user, course: CoursePage) -> CourseState:
    modules = list(course.modules())
    done = set()
    completed_at = None
    if is_learner(user):
        done = set(
            ModuleProgress.objects.filter(
                user=user, module__in=modules, completed_at__isnull=False
            ).values_list("module_id", flat=True)
        )
        completion = CourseCompletion.objects.filter(user=user, course=course).first()
        completed_at = completion.completed_at if completion else None
    return CourseState([(module, module.pk in done) for module in modules], completed_at)


def export_for(user) -> dict:
    """A member's e-learning record, for the data export: progress per module and completions."""
    progress = ModuleProgress.objects.filter(user=user).select_related("module").order_by("pk")
    completions = CourseCompletion.objects.filter(user=user).select_related("course")
    return {
        "modules": [
            {
                "module": p.module.title,
                "url": p.module.url,
                "passed_quizzes": p.passed_quizzes,
                "completed_at": p.completed_at.isoformat() if p.completed_at else None,
                "updated_at": p.updated_at.isoformat(),
            }
            for p in progress
        ],
        "completed_courses": [
            {
                "course": c.course.title,
                "url": c.course.url,
                "completed_at": c.completed_at.isoformat(),
            }
            for c in completions.order_by("completed_at")
        ],
    }
