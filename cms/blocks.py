"""StreamField blocks for toolkits and e-learning lessons."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms.models.base import RICH_TEXT_FEATURES


class ToolkitModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    summary = blocks.TextBlock(required=False, label=_("Summary"))
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Body"))
    optional = blocks.BooleanBlock(
        required=False,
        help_text=_("Optional modules build on the core module."),
        label=_("Optional"),
    )

    class Meta:
        icon = "doc-full"
        label = _("Module")
        template = "cms/blocks/toolkit_module_block.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False, help_text=_("Defaults to the document's title."), label=_("Title")
    )

    class Meta:
        icon = "download"
        label = _("Download")
        template = "cms/blocks/download_block.html"


class TextLessonBlock(blocks.StructBlock):
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Body"))

    class Meta:
        icon = "doc-full"
        label = _("Text")
        template = "cms/blocks/text_lesson_block.html"


class VideoLessonBlock(blocks.StructBlock):
    """A video linked, not embedded: no third-party player loads until the learner chooses to."""

    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(required=False, help_text=_("Where the video is hosted."), label=_("URL"))
    caption = blocks.TextBlock(required=False, label=_("Caption"))
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, label=_("Transcript")
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video_lesson_block.html"


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    correct = blocks.BooleanBlock(required=False, label=_("Correct"))


class QuizBlock(blocks.StructBlock):
    """A multiple-choice question. Answers are checked on the server, never in the page."""

    question = blocks.CharBlock(label=_("Question"))
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2, max_num=6, label=_("Choices"))
    explanation = blocks.TextBlock(
        required=False, help_text=_("Shown after an answer."), label=_("Explanation")
    )

    class Meta:
        icon = "help"
        label = _("Quiz")
        template = "cms/blocks/quiz_block.html"

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["correct"]) != 1:
            raise blocks.StructBlockValidationError(
                non_block_errors=ErrorList(
                    [ValidationError(gettext("Mark exactly one choice as correct."))]
                )
            )
        return value


class LessonStreamBlock(blocks.StreamBlock):
    text = TextLessonBlock()
    video = VideoLessonBlock()
    quiz = QuizBlock()


# --- Registration questions on event pages (answered in hub/events) -----------------------------


class ShortTextQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200, label=_("Question"))
    help_text = blocks.CharBlock(required=False, max_length=300, label=_("Help text"))
    required = blocks.BooleanBlock(required=False, default=True, label=_("Required"))
    max_length = blocks.IntegerBlock(
        default=200, min_value=1, max_value=1000, label=_("Longest answer (characters)")
    )

    class Meta:
        icon = "pilcrow"
        label = _("Short text")


class ChoiceQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200, label=_("Question"))
    help_text = blocks.CharBlock(required=False, max_length=300, label=_("Help text"))
    required = blocks.BooleanBlock(required=False, default=True, label=_("Required"))
    options = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Option")), min_num=2, label=_("Options")
    )

    class Meta:
        icon = "list-ul"
        label = _("Choice")


class ConsentQuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        max_length=500,
        help_text=_("What the registrant agrees to; they must tick it to register."),
        label=_("Statement"),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Consent")


class RegistrationQuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextQuestionBlock()
    choice = ChoiceQuestionBlock()
    consent = ConsentQuestionBlock()
