"""The admin for content editors: venues as snippets, beside the page tree; for administrators,
who coordinates and who trains in each campaign, the audit log of sessions and of two-step
sign-in in the Site history report, whose CSV and XLSX exports start no spreadsheet formula, and
resetting another account's two-step sign-in."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from workshops import audit, spreadsheets
from workshops.models import CampaignCoordinator, CampaignTrainer, Venue
from workshops.services import second_factor
from workshops.views.second_factor import SecondFactorResetView

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


class CampaignTrainerViewSet(SnippetViewSet):
    """Administrators say which trainers plan sessions of which campaigns. Each addition, change
    and removal is in Site history (Wagtail logs the snippet's actions), with who made it."""

    model = CampaignTrainer
    icon = "user"
    menu_label = _("Campaign trainers")
    add_to_settings_menu = True
    list_display = ["user", "campaign"]
    list_filter = ["campaign"]


register_snippet(CampaignTrainerViewSet)


@hooks.register("register_log_actions")
def register_session_log_actions(actions):
    """What trainers do to sessions, as actions of the admin's Site history report."""
    audit.log_actions_register(actions)


@hooks.register("register_log_actions")
def register_second_factor_log_actions(actions):
    """Two-step sign-in set up, backup codes renewed, a factor reset."""
    audit.log_actions_register(actions, second_factor.FORMATTERS)


@hooks.register("register_admin_urls")
def register_second_factor_reset_url():
    return [
        path(
            "two-factor/<int:pk>/reset/",
            SecondFactorResetView.as_view(),
            name="faro_second_factor_reset",
        )
    ]


@hooks.register("register_user_listing_buttons")
def second_factor_reset_button(user, request_user):
    """Administrators reset another account's two-step sign-in from the list of users."""
    if request_user.is_superuser:
        yield Button(
            _("Reset two-step sign-in"),
            reverse("faro_second_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_account_menu_item")
def second_factor_account_item(request):
    """Each account's own two-step sign-in page (in the trainer space, shared by every account)."""
    return {
        "url": reverse("trainer:two_factor"),
        "label": _("Two-step sign-in"),
        "help_text": _(
            "Set up your authenticator app, make new backup codes or move to a new phone."
        ),
    }
