"""The admin for content editors: venues as snippets, beside the page tree; for administrators,
the audit log of sessions in the Site history report, whose CSV and XLSX exports start no
spreadsheet formula."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from workshops import audit, spreadsheets
from workshops.models import CampaignCoordinator, Venue

# A group, venue or page named "=HYPERLINK(...)" is exported as text, not run as a formula.
spreadsheets.wagtail_exports_neutralize()


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "locality", "city", "country"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "locality", "city"]


register_snippet(VenueViewSet)


class CampaignCoordinatorViewSet(SnippetViewSet):
    """Administrators say which coordinators see which campaigns' sessions and reports."""

    model = CampaignCoordinator
    icon = "group"
    menu_label = _("Campaign coordinators")
    add_to_settings_menu = True
    list_display = ["user", "campaign"]
    list_filter = ["campaign"]


register_snippet(CampaignCoordinatorViewSet)


@hooks.register("register_log_actions")
def register_session_log_actions(actions):
    """What trainers do to sessions, as actions of the admin's Site history report."""
    audit.log_actions_register(actions)
