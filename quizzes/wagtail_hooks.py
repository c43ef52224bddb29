"""The admin for content editors: quizzes as translatable snippets with drafts and revisions."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes.models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "use", "pass_mark", "locale", "live"]
    list_filter = ["use", "locale", "live"]
    search_fields = ["title"]


register_snippet(QuizViewSet)
