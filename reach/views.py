"""Coordinator reports under /reports/: reach, knowledge and survey figures of their campaigns.

Coordinators read the campaigns they coordinate, administrators every campaign; a campaign
someone may not read is a 404. Pages read the rollups only and are never cached.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from reach import exports, pdf, selectors
from reach.forms import ApiTokenForm, FigureReviewForm, report_filtered
from reach.models import ReachCell, SessionRollup
from reach.services import refresh, tokens
from workshops.models import CampaignPage, FigureReview
from workshops.private_files import private_file_response
from workshops.selectors import figure_reviews_waiting
from workshops.services import FigureReviewError, figure_review_decide

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
    campaign = selectors.campaign_reported(user=request.user, slug=slug)
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
    refreshed = dict(
        SessionRollup.objects.filter(campaign__in=campaigns)
        .values("campaign_id")
        .annotate(at=Max("refreshed_at"))
        .values_list("campaign_id", "at")
    )
    named = selectors.campaigns_named(campaigns=campaigns, language=get_language())
    rows = [
        (campaign, people.get(campaign.pk, 0), refreshed.get(campaign.pk), named[campaign.pk])
        for campaign in campaigns
    ]
    return render(request, "reach/home.html", {"rows": rows})


@require_GET
@reports_space
def campaign(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = _campaign(request, slug)
    form, report = report_filtered(campaign=campaign, query=request.GET, language=get_language())
    return render(
        request,
        "reach/campaign.html",
        {
            "campaign": campaign,
            "named": report.named,
            "form": form,
            "report": report,
            "query": request.GET.urlencode(),
            # Headcounts and paper tallies far above their session's plan, not counted until
            # a coordinator decides.
            "figure_reviews": list(figure_reviews_waiting(campaign=campaign)),
        },
    )


@require_POST
@reports_space
def figure_review(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """Approve a figure held back for review (it counts from now on) or reject it (it never
    counts, and the trainer reads why)."""
    campaign = _campaign(request, slug)
    if not FigureReview.objects.filter(pk=pk, session__campaign=campaign).exists():
        raise Http404
    form = FigureReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to approve or to reject the figure."))
    else:
        approve = form.cleaned_data["decision"] == "approve"
        try:
            figure_review_decide(
                review_id=pk,
                approve=approve,
                figure_seen=form.cleaned_data["figure"],
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except FigureReviewError as error:
            messages.error(request, " ".join(error.messages))
        except PermissionDenied as error:
            messages.error(request, str(error))
        else:
            if approve:
                messages.success(
                    request,
                    _("Approved: the figure counts, and the report is refreshed in a few seconds."),
                )
            else:
                messages.success(request, _("Rejected: the figure does not count."))
    return redirect(reverse("reports:campaign", args=[campaign.slug]) + "#figure-reviews")


@require_POST
@reports_space
def campaign_refresh(request: HttpRequest, slug: str) -> HttpResponse:
    """Ask a worker to count the campaign again now, rather than wait for the next change."""
    campaign = _campaign(request, slug)
    asked = refresh.campaign_refresh_request(campaign_id=campaign.pk)
    if asked is refresh.CampaignRefresh.QUEUED:
        messages.success(request, _("Refreshing: the figures will be up to date in a few seconds."))
    elif asked is refresh.CampaignRefresh.UNDER_WAY:
        messages.info(
            request,
            _("The figures are already being refreshed: they will be up to date in a few seconds."),
        )
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
    _form, report = report_filtered(campaign=campaign, query=request.GET, language=get_language())
    tables = {t.name: t for t in exports.report_tables(report)}
    if fmt == "xlsx" and table == "all":
        body = exports.xlsx_bytes(list(tables.values()))
        part = _("Reach")
    elif table not in tables:
        raise Http404
    elif fmt == "csv":
        body, part = exports.csv_bytes(tables[table]), tables[table].short
    else:
        body, part = exports.xlsx_bytes([tables[table]]), tables[table].short
    content_type = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }[fmt]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = exports.download_disposition(
        report.named.title, part, extension=fmt
    )
    return response


@require_http_methods(["GET", "POST"])
@reports_space
def api_tokens(request: HttpRequest) -> HttpResponse:
    """The user's tokens for the reach API; a new one is shown once, right after it is made."""
    form = ApiTokenForm(request.POST or None)
    secret = None
    if request.method == "POST" and form.is_valid():
        _token, secret = tokens.api_token_create(user=request.user, name=form.cleaned_data["name"])
        form = ApiTokenForm()
    return render(
        request,
        "reach/api_tokens.html",
        {
            "form": form,
            "secret": secret,
            "tokens": request.user.reach_api_tokens.all(),
            "schema_url": reverse("reach_api:openapi-json"),
            "docs_url": reverse("reach_api:openapi-view"),
            "api_root": request.build_absolute_uri(reverse("reach_api:campaigns")),
        },
    )


@require_POST
@reports_space
def api_token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if tokens.api_token_revoke(user=request.user, token_id=pk):
        messages.success(request, _("The token was revoked: it no longer opens the API."))
    else:
        messages.error(request, _("No such token: it may have been revoked already."))
    return redirect("reports:api_tokens")


@require_POST
@reports_space
def campaign_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    """Ask a worker for the donor PDF of the report as filtered; follow its progress. One at a
    time per person and campaign: asking again meanwhile follows the one under way."""
    campaign = _campaign(request, slug)
    query = request.POST.get("query", "")
    asked = pdf.report_pdf_request(
        user=request.user, campaign_id=campaign.pk, query=query, language=get_language()
    )
    if asked is None:
        messages.error(request, _("The PDF could not be started now. Try again in a minute."))
        url = reverse("reports:campaign", args=[campaign.slug])
        return redirect(f"{url}?{query}" if query else url)
    if asked.other_filters:
        messages.warning(
            request,
            _(
                "A PDF of this report with other filters is already being made: here it is. "
                "Ask for the one with your filters once it is ready."
            ),
        )
    elif not asked.queued:
        messages.info(request, _("This PDF is already being made: here it is."))
    return redirect("reports:campaign_pdf_job", slug=campaign.slug, job_id=asked.job_id)


def _pdf_job(request: HttpRequest, campaign: CampaignPage, job_id: str) -> dict:
    job = pdf.report_pdf_job(job_id=job_id)
    if job is None or job["user_id"] != request.user.pk or job["campaign_id"] != campaign.pk:
        raise Http404
    return job


@require_GET
@reports_space
def campaign_pdf_job(request: HttpRequest, slug: str, job_id: str) -> HttpResponse:
    campaign = _campaign(request, slug)
    job = _pdf_job(request, campaign, job_id)
    return render(
        request,
        "reach/pdf_job.html",
        {
            "campaign": campaign,
            "named": selectors.campaign_named(campaign=campaign, language=get_language()),
            "job": job,
            "job_id": job_id,
            "done": job["step"] == "done",
            "failed": job["step"] == pdf.FAILED,
        },
    )


@require_GET
@reports_space
def campaign_pdf_download(request: HttpRequest, slug: str, job_id: str) -> HttpResponse:
    campaign = _campaign(request, slug)
    job = _pdf_job(request, campaign, job_id)
    if job["step"] != "done":
        return redirect("reports:campaign_pdf_job", slug=campaign.slug, job_id=job_id)
    response = private_file_response(
        request, name=job["file"], filename=f"{campaign.slug}.pdf", content_type="application/pdf"
    )
    named = selectors.campaign_named(campaign=campaign, language=get_language())
    response["Content-Disposition"] = exports.download_disposition(
        named.title, _("Reach"), f"{timezone.localdate():%Y-%m-%d}", extension="pdf"
    )
    return response
