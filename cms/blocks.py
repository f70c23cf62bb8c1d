"""StreamField blocks for toolkits and e-learning lessons."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from cms.models.base import RICH_TEXT_FEATURES


class ToolkitModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    summary = blocks.TextBlock(required=False)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    optional = blocks.BooleanBlock(
        required=False, help_text=_("Optional modules build on the core module.")
    )

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/toolkit_module_block.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "download"
        template = "cms/blocks/download_block.html"


class TextLessonBlock(blocks.StructBlock):
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Text")
        template = "cms/blocks/text_lesson_block.html"


class VideoLessonBlock(blocks.StructBlock):
    """A video linked, not embedded: no third-party player loads until the learner chooses to."""

    title = blocks.CharBlock()
    url = blocks.URLBlock(required=False, help_text=_("Where the video is hosted."))
    caption = blocks.TextBlock(required=False)
    transcript = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video_lesson_block.html"


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock()
    correct = blocks.BooleanBlock(required=False)


class QuizBlock(blocks.StructBlock):
    """A multiple-choice question. Answers are checked on the server, never in the page."""

    question = blocks.CharBlock()
    choices = blocks.ListBlock(QuizChoiceBlock(), min_num=2, max_num=6)
    explanation = blocks.TextBlock(required=False, help_text=_("Shown after an answer."))

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
