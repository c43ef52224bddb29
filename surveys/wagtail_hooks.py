"""The admin for content editors: surveys as translatable snippets with drafts and revisions."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from surveys.models import Survey


class SurveyViewSet(SnippetViewSet):
    model = Survey
    icon = "form"
    menu_label = _("Surveys")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title", "use", "campaign", "locale", LiveStatusTagColumn(label=_("Status"))]
    list_filter = ["use", "locale", "live"]
    search_fields = ["title"]


register_snippet(SurveyViewSet)
