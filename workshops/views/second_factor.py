"""In the Wagtail admin, for administrators: reset another account's two-step sign-in, for someone
who lost their phone and has no backup code left. The account then signs in with its password and
sets up a new authenticator; the reset is in the audit log (Reports → Site history)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from workshops.services import second_factor


class SecondFactorResetView(WagtailAdminTemplateMixin, View):
    """Asks once, then removes the account's authenticator and backup codes."""

    template_name = "workshops/admin/second_factor_reset.html"
    page_title = gettext_lazy("Reset two-step sign-in")
    header_icon = "key"

    def dispatch(self, request, *args, pk: int, **kwargs):
        # Administrators only: whoever can reset a factor can take over an account whose
        # password they know.
        if not request.user.is_superuser:
            raise PermissionDenied
        self.account = get_object_or_404(get_user_model(), pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self) -> str:
        return self.account.get_username()

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.get_header_title()},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(
                account=self.account,
                enrolled=second_factor.account_enrolled(self.account),
            )
        )

    def post(self, request, *args, **kwargs):
        second_factor.second_factor_reset(user=self.account, by=request.user)
        messages.success(
            request,
            _(
                "Two-step sign-in of %(account)s was reset: they set up a new authenticator app "
                "when they next sign in."
            )
            % {"account": self.account.get_username()},
        )
        return redirect("wagtailusers_users:index")
