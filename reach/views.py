"""Coordinator reports under /reports/: reach, knowledge and survey figures of their campaigns.

Coordinators read the campaigns they coordinate, administrators every campaign; a campaign
someone may not read is a 404. Pages read the rollups only and are never cached.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from reach import exports, selectors, services
from reach.forms import ReportFilterForm
from reach.models import ReachCell
from workshops.models import CampaignPage

LOGIN_URL = reverse_lazy("trainer:login")


def reports_space(view):
    """Signed in as a coordinator or an administrator; private, never cached."""

    @wraps(view)
    @login_required(login_url=LOGIN_URL)
    @never_cache
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not selectors.campaigns_reported(user=request.user).exists():
            raise PermissionDenied(_("Reports are for the coordinators of a campaign."))
        return view(request, *args, **kwargs)

    return wrapper


def _campaign(request: HttpRequest, slug: str) -> CampaignPage:
    campaign = (
        selectors.campaigns_reported(user=request.user)
        .filter(slug=slug)
        .prefetch_related("audiences")
        .first()
    )
    if campaign is None:
        raise Http404
    return campaign


@require_GET
@reports_space
def home(request: HttpRequest) -> HttpResponse:
    """The campaigns the coordinator reports on; straight to the report when there is one."""
    campaigns = list(selectors.campaigns_reported(user=request.user))
    if len(campaigns) == 1:
        return redirect("reports:campaign", slug=campaigns[0].slug)
    people = dict(
        ReachCell.objects.filter(campaign__in=campaigns)
        .values("campaign_id")
        .annotate(n=Sum("people"))
        .values_list("campaign_id", "n")
    )
    rows = [(campaign, people.get(campaign.pk, 0)) for campaign in campaigns]
    return render(request, "reach/home.html", {"rows": rows})


def _report(request: HttpRequest, campaign: CampaignPage):
    venues = selectors.campaign_venues(campaign=campaign)
    form = ReportFilterForm(
        request.GET or None,
        choices=selectors.filter_choices(campaign=campaign, venues=venues),
    )
    filters = form.filters() if form.is_bound else selectors.Filters()
    report = selectors.campaign_report(
        campaign=campaign, filters=filters, language=get_language(), venues=venues
    )
    return form, report


@require_GET
@reports_space
def campaign(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _campaign(request, slug)
    form, report = _report(request, campaign)
    return render(
        request,
        "reach/campaign.html",
        {
            "campaign": campaign,
            "form": form,
            "report": report,
            "tables": [table.name for table in exports.report_tables(report)],
            "query": request.GET.urlencode(),
        },
    )


@require_POST
@reports_space
def campaign_refresh(request: HttpRequest, slug: str) -> HttpResponse:
    """Ask a worker to count the campaign again now, rather than wait for the next change."""
    campaign = _campaign(request, slug)
    if services.campaign_refresh_request(campaign_id=campaign.pk):
        messages.success(request, _("Refreshing: the figures will be up to date in a few seconds."))
    else:
        messages.error(
            request,
            _("The figures could not be refreshed now; they will be within a minute. Try again."),
        )
    url = reverse("reports:campaign", args=[campaign.slug])
    query = request.POST.get("query", "")
    return redirect(f"{url}?{query}" if query else url)


@require_GET
@reports_space
def campaign_export(request: HttpRequest, slug: str, table: str, fmt: str) -> HttpResponse:
    """One table as CSV, or every table as an XLSX workbook (`table` "all")."""
    if fmt not in ("csv", "xlsx"):
        raise Http404
    campaign = _campaign(request, slug)
    _form, report = _report(request, campaign)
    tables = {t.name: t for t in exports.report_tables(report)}
    if fmt == "xlsx" and table == "all":
        body = exports.xlsx_bytes(list(tables.values()))
    elif table not in tables:
        raise Http404
    elif fmt == "csv":
        body = exports.csv_bytes(tables[table])
    else:
        body = exports.xlsx_bytes([tables[table]])
    content_type = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }[fmt]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{campaign.slug}-{table}.{fmt}"'
    return response
