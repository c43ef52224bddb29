"""The admin for content editors: quizzes as translatable snippets with drafts and revisions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from quizzes import audit
from quizzes.models import Quiz
from workshops.audit import log_actions_register


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "use", "pass_mark", "locale", LiveStatusTagColumn(label=_("Status"))]
    list_filter = ["use", "locale", "live"]
    search_fields = ["title"]


register_snippet(QuizViewSet)


@hooks.register("register_log_actions")
def register_paper_tally_log_action(actions):
    """Paper tallies, as an action of the admin's Site history report."""
    log_actions_register(actions, audit.FORMATTERS)
