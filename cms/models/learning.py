"""E-learning: courses of modules, quizzes checked on the server, and progress per member."""

from django.conf import settings
from django.contrib import messages
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import LessonStreamBlock

from .base import IndexPage, TaggedPage


class CourseIndexPage(IndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.CoursePage"]
    max_count = 1
    catalogue = "courses"

    class Meta:
        verbose_name = _("course index page")
        verbose_name_plural = _("course index pages")


class CoursePage(TaggedPage):
    parent_page_types = ["cms.CourseIndexPage"]
    subpage_types = ["cms.CourseModulePage"]

    content_panels = TaggedPage.content_panels + [TaggedPage.taxonomy_panel()]

    class Meta:
        verbose_name = _("course page")
        verbose_name_plural = _("course pages")

    def modules(self):
        return CourseModulePage.objects.child_of(self).live().public().defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        from cms import learning

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = learning.course_progress(request.user, self)
        return context


class CourseModulePage(RoutablePageMixin, TaggedPage):
    lessons = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("lessons"))

    content_panels = TaggedPage.content_panels + [FieldPanel("lessons")]
    search_fields = TaggedPage.search_fields + [index.SearchField("lessons")]
    parent_page_types = ["cms.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course module page")
        verbose_name_plural = _("course module pages")

    def quiz_blocks(self):
        return [block for block in self.lessons if block.block_type == "quiz"]

    @path("")
    def index(self, request):
        from cms import learning

        return self.render(
            request, context_overrides={"progress": learning.module_progress(request.user, self)}
        )

    @path("answer/")
    def answer(self, request):
        from cms import learning

        if request.method != "POST":
            return redirect(self.url)
        try:
            result = learning.record_answer(
                request.user, self, request.POST.get("quiz", ""), request.POST.get("choice", "")
            )
        except learning.QuizError as error:
            messages.error(request, str(error))
            response = self.render(
                request,
                context_overrides={"progress": learning.module_progress(request.user, self)},
            )
            response.status_code = 400
            return response
        level = messages.SUCCESS if result.correct else messages.WARNING
        messages.add_message(request, level, result.message)
        return redirect(f"{self.url}#quiz-{result.quiz_id}")

    @path("complete/")
    def complete(self, request):
        from cms import learning

        if request.method == "POST" and learning.is_learner(request.user):
            if learning.mark_read(request.user, self):
                messages.success(request, gettext("Module marked as complete."))
            else:
                messages.warning(
                    request, gettext("Answer every quiz in this module to complete it.")
                )
        return redirect(self.url)


class ModuleProgress(models.Model):
    """What one member has done in one course module."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("user")
    )
    module = models.ForeignKey(
        CourseModulePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("module")
    )
    passed_quizzes = models.JSONField(default=list, blank=True, verbose_name=_("passed quizzes"))
    completed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("completed at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("updated at"))

    class Meta:
        verbose_name = _("module progress")
        verbose_name_plural = _("module progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "module"], name="one_progress_per_module")
        ]

    def __str__(self):
        state = "completed" if self.completed_at else "in progress"
        return f"{self.user} · {self.module_id} · {state}"


class CourseCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="course_completions",
        verbose_name=_("user"),
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )
    completed_at = models.DateTimeField(auto_now_add=True, verbose_name=_("completed at"))

    class Meta:
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_completion_per_course")
        ]

    def __str__(self):
        return f"{self.user} completed {self.course_id}"
