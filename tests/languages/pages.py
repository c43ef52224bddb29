"""Every page, export and PDF of the platform, as the person who opens it: the rows of the matrix.

A row says who asks (a visitor, a participant at some step of the flow, the trainer, the
coordinator, an administrator), how (GET or POST, and with what), what answer is expected, what
it is (HTML, an SVG, a CSV, an XLSX workbook, a PDF, JSON) and which content it names. The URL
names a row covers are checked against the URL conf (`urls_to_cover`), the page types and snippets
against Wagtail's registries, so that a new view cannot stay out of the matrix.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from participation.views.participants import COOKIE_NAME, COOKIE_SALT
from participation.views.trainer import OPEN_CONFIRMED
from tests.languages.world import Place
from tests.participation.test_participant_journey import PROFILE

OUR_APPS = ("workshops", "quizzes", "surveys", "participation", "reach")


@dataclass
class Visit:
    """One row opened in one language."""

    place: Place
    language: str
    monkeypatch: object
    client: Client = field(default_factory=Client)

    def page(self, kind: str, language: str | None = None):
        return self.place.pages[kind][language or self.language]


@dataclass(frozen=True)
class Row:
    id: str
    covers: tuple[str, ...]  # URL names, "page:<app.Model>" and "snippet:<app.Model>"
    who: str  # anonymous, trainer, coordinator, admin, api, or participant:<step>
    url: Callable[[Visit], str]
    method: str = "get"
    data: Callable[[Visit], dict] | None = None
    status: int = 200
    kind: str = "html"  # html, svg, csv, xlsx, pdf, json, redirect
    shows: tuple[str, ...] = ()  # the content it names: campaign, module, quiz, survey, manual
    # Admin pages list content of every language: English names there are not a fault.
    english_names_allowed: bool = False
    languages: tuple[str, ...] = ("en", "es", "ro", "fr")
    prepare: Callable[[Visit], None] | None = None
    # Further answers to check after the first: [(kind, response), ...].
    follow: Callable[[Visit, object], list[tuple[str, object]]] | None = None
    # False where English is the answer's language whatever the reader's (and why, in `id`).
    messages_checked: bool = True
    charts: bool = False  # draws at least one SVG chart


def session_url(name: str, phase: str, *args) -> Callable[[Visit], str]:
    return lambda v: reverse(name, args=[v.place.sessions[phase].pk, *args])


def _adults_only_closed(v: Visit) -> None:
    """The closed session's one phone is a teacher's: for adults only, its results show."""
    from workshops.models import Session

    Session.objects.filter(pk=v.place.sessions["closed"].pk).update(age_band="18+")


# --- the participant's steps and their error pages ----------------------------------------------


def _raise(error):
    def join(**kwargs):
        raise error

    return join


def _session_full(v: Visit) -> None:
    from workshops.services import SessionFull

    v.monkeypatch.setattr("participation.views.join.participant_join", _raise(SessionFull()))


def _join_limited(v: Visit) -> None:
    from workshops.throttle import JoinLimited

    v.monkeypatch.setattr(
        "participation.views.join.participant_join", _raise(JoinLimited("device"))
    )


def _throttled(v: Visit) -> None:
    v.monkeypatch.setattr("participation.views.join.join_failures_exceeded", lambda client: True)


def pre(v):
    return v.place.sessions["pre"].join_code


def post(v):
    return v.place.sessions["post"].join_code


PARTICIPANT = [
    Row("join", ("join",), "anonymous", lambda v: reverse("join")),
    Row(
        "join wrong code",
        (),
        "anonymous",
        lambda v: reverse("join"),
        "post",
        lambda v: {"code": "ZZZZZZ"},
        status=404,
    ),
    Row(
        "join throttled",
        (),
        "anonymous",
        lambda v: reverse("join"),
        "post",
        lambda v: {"code": "ZZZZZZ"},
        status=429,
        prepare=_throttled,
    ),
    Row(
        "join ended",
        (),
        "anonymous",
        lambda v: reverse("join_code", args=[v.place.sessions["closed"].join_code]),
        status=410,
    ),
    Row(
        "welcome",
        ("join_code",),
        "anonymous",
        lambda v: reverse("join_code", args=[pre(v)]),
        shows=("campaign",),
    ),
    Row(
        "about you, at its old address",
        ("join_about",),
        "anonymous",
        lambda v: reverse("join_about", args=[pre(v)]) + "?agree=yes",
        status=302,
        kind="redirect",
    ),
    Row(
        "about you with errors",
        (),
        "anonymous",
        lambda v: reverse("join_code", args=[pre(v)]),
        "post",
        lambda v: {"agree": "yes"},
        status=400,
        shows=("campaign",),
    ),
    Row(
        "session full",
        (),
        "anonymous",
        lambda v: reverse("join_code", args=[pre(v)]),
        "post",
        lambda v: PROFILE,
        status=409,
        prepare=_session_full,
    ),
    Row(
        "joined from this device already",
        (),
        "anonymous",
        lambda v: reverse("join_code", args=[pre(v)]),
        "post",
        lambda v: PROFILE,
        status=429,
        prepare=_join_limited,
    ),
    Row(
        "answers too large",
        (),
        "anonymous",
        lambda v: reverse("join_code", args=[pre(v)]),
        "post",
        lambda v: {"agree": "yes", "padding": "x" * 70_000},
        status=413,
    ),
    Row(
        "next person",
        ("join_next_person",),
        "participant:waiting",
        lambda v: reverse("join_next_person", args=[pre(v)]),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "next step",
        ("quiz:next",),
        "participant:pre_test",
        lambda v: reverse("quiz:next", args=[pre(v)]),
        status=302,
        kind="redirect",
    ),
    Row(
        "pre-test",
        ("quiz:take",),
        "participant:pre_test",
        lambda v: reverse("quiz:take", args=[pre(v), "pre", v.place.quiz.translation_key]),
        shows=("quiz",),
    ),
    Row(
        "pre-test results",
        ("quiz:result",),
        "participant:waiting",
        lambda v: reverse("quiz:result", args=[pre(v), v.place.results_key]),
    ),
    Row(
        "wait for the workshop",
        ("quiz:wait",),
        "participant:waiting",
        lambda v: reverse("quiz:wait", args=[pre(v)]),
    ),
    Row(
        "wait page's question: is the post-test open?",
        ("quiz:progress",),
        "participant:waiting",
        lambda v: reverse("quiz:progress", args=[pre(v)]),
        kind="json",
    ),
    Row(
        "post-test",
        (),
        "participant:post_test",
        lambda v: reverse("quiz:take", args=[post(v), "post", v.place.quiz.translation_key]),
        shows=("quiz",),
    ),
    Row(
        "survey",
        ("survey:take",),
        "participant:survey",
        lambda v: reverse("survey:take", args=[post(v), "post", v.place.survey.translation_key]),
        shows=("survey",),
    ),
    Row("end", ("quiz:done",), "participant:done", lambda v: reverse("quiz:done", args=[post(v)])),
    Row(
        "no connection (kept by the service worker)",
        ("quiz:offline",),
        "participant:pre_test",
        lambda v: reverse("quiz:offline", args=[pre(v)]),
    ),
    Row(
        "answers arrived too late",
        ("quiz:late",),
        "anonymous",
        lambda v: reverse("quiz:late", args=[v.place.sessions["closed"].join_code]),
        status=410,
    ),
    Row(
        "certificate of participation",
        ("quiz:certificate",),
        "participant:done",
        lambda v: reverse("quiz:certificate", args=[post(v)]),
        shows=("campaign", "module", "partner"),
    ),
]

# --- the public site ----------------------------------------------------------------------------

PUBLIC = [
    Row("home page", ("page:workshops.HomePage",), "anonymous", lambda v: v.page("home").url),
    Row(
        "campaign index",
        ("page:workshops.CampaignIndexPage",),
        "anonymous",
        lambda v: v.page("index").url,
        shows=("campaign",),
    ),
    Row(
        "campaign page",
        ("page:workshops.CampaignPage",),
        "anonymous",
        lambda v: v.page("campaign").url,
        shows=("campaign", "module", "manual"),
    ),
    Row(
        "module page",
        ("page:workshops.WorkshopModulePage",),
        "anonymous",
        lambda v: v.page("module").url,
        shows=("module",),
    ),
    Row(
        "manual page",
        ("page:workshops.ManualPage",),
        "anonymous",
        lambda v: v.page("manual").url,
        shows=("manual",),
    ),
    Row(
        "manual PDF",
        (),
        "anonymous",
        lambda v: v.page("manual").url + "pdf/",
        kind="pdf",
        shows=("manual",),
    ),
    Row(
        "search",
        ("search",),
        "anonymous",
        lambda v: f"/{v.language}/search/?q=body",
        shows=("module",),
    ),
    Row("page not found", (), "anonymous", lambda v: f"/{v.language}/nowhere/", status=404),
    Row(
        "set language",
        ("set_language",),
        "anonymous",
        lambda v: reverse("set_language"),
        "post",
        lambda v: {"language": v.language, "next": "/join/"},
        status=302,
        kind="redirect",
    ),
]

# --- the trainer space --------------------------------------------------------------------------

TRAINER = [
    Row("sign-in", ("trainer:login",), "anonymous", lambda v: reverse("trainer:login")),
    Row(
        "sign out",
        ("trainer:logout",),
        "trainer",
        lambda v: reverse("trainer:logout"),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "two-step sign-in",
        ("trainer:two_factor",),
        "trainer",
        lambda v: reverse("trainer:two_factor"),
    ),
    Row(
        "two-step code",
        ("trainer:two_factor_verify",),
        "trainer",
        lambda v: reverse("trainer:two_factor_verify"),
        status=302,
        kind="redirect",
    ),
    Row(
        "two-step set-up",
        ("trainer:two_factor_setup",),
        "trainer",
        lambda v: reverse("trainer:two_factor_setup"),
    ),
    Row(
        "backup codes",
        ("trainer:two_factor_backup_codes",),
        "trainer",
        lambda v: reverse("trainer:two_factor_backup_codes"),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "two-step removal",
        ("trainer:two_factor_remove",),
        "trainer",
        lambda v: reverse("trainer:two_factor_remove"),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "session list",
        ("trainer:session_list",),
        "trainer",
        lambda v: reverse("trainer:session_list"),
        shows=("campaign",),
    ),
    Row(
        "new session",
        ("trainer:session_create",),
        "trainer",
        lambda v: reverse("trainer:session_create"),
        shows=("campaign", "module"),
    ),
    *(
        Row(
            f"session page ({phase})",
            ("trainer:session_detail",),
            "trainer",
            session_url("trainer:session_detail", phase),
            shows=("campaign", "module"),
        )
        for phase in ("planned", "pre", "post", "closed")
    ),
    Row(
        "edit session",
        ("trainer:session_edit",),
        "trainer",
        session_url("trainer:session_edit", "planned"),
        shows=("campaign", "module"),
    ),
    Row(
        "open session two days early: asks first",
        ("trainer:session_open",),
        "trainer",
        session_url("trainer:session_open", "planned"),
        "post",
    ),
    Row(
        "open session",
        ("trainer:session_open",),
        "trainer",
        session_url("trainer:session_open", "planned"),
        "post",
        lambda v: {OPEN_CONFIRMED: "1"},
        status=302,
        kind="redirect",
    ),
    Row(
        "close session",
        ("trainer:session_close",),
        "trainer",
        session_url("trainer:session_close", "post"),
    ),
    Row(
        "use the latest version of the content (refused: the class has answered)",
        ("trainer:session_content_latest",),
        "trainer",
        session_url("trainer:session_content_latest", "pre"),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "open the post-test",
        ("trainer:session_post_test_open",),
        "trainer",
        session_url("trainer:session_post_test_open", "pre"),
        "post",
        status=302,
        kind="redirect",
    ),
    *(
        Row(
            f"live panel ({phase})",
            ("trainer:session_live",),
            "trainer",
            session_url("trainer:session_live", phase),
        )
        for phase in ("pre", "post", "closed")
    ),
    Row(
        "remove a participant",
        ("trainer:session_participant_remove",),
        "trainer",
        session_url("trainer:session_participant_remove", "pre"),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "paper tallies",
        ("trainer:session_paper",),
        "trainer",
        session_url("trainer:session_paper", "closed"),
        shows=("quiz",),
    ),
    Row(
        "paper tally",
        ("trainer:session_paper_tally",),
        "trainer",
        lambda v: reverse(
            "trainer:session_paper_tally",
            args=[v.place.sessions["post"].pk, "post", v.place.quiz.translation_key],
        ),
        shows=("quiz",),
    ),
    Row(
        "paper sheet, one at a time",
        ("trainer:session_paper_sheet",),
        "trainer",
        lambda v: reverse(
            "trainer:session_paper_sheet",
            args=[v.place.sessions["post"].pk, "post", v.place.quiz.translation_key],
        ),
        shows=("quiz",),
    ),
    Row(
        "paper survey sheet, one at a time",
        ("trainer:session_paper_survey_sheet",),
        "trainer",
        lambda v: reverse(
            "trainer:session_paper_survey_sheet",
            args=[v.place.sessions["post"].pk, "post", v.place.survey.translation_key],
        ),
        shows=("survey",),
    ),
    Row(
        "take back a paper sheet",
        ("trainer:session_paper_sheet_remove",),
        "trainer",
        session_url("trainer:session_paper_sheet_remove", "post"),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "delete session",
        ("trainer:session_delete",),
        "trainer",
        session_url("trainer:session_delete", "planned"),
    ),
    Row(
        "headcount",
        ("trainer:session_headcount",),
        "trainer",
        session_url("trainer:session_headcount", "closed"),
    ),
    Row(
        "projector",
        ("trainer:session_projector",),
        "trainer",
        session_url("trainer:session_projector", "pre"),
    ),
    Row(
        "projector, results held back (fewer than 5 minors)",
        ("trainer:session_projector",),
        "trainer",
        session_url("trainer:session_projector", "post"),
    ),
    Row(
        "projector, results of an adults-only session",
        ("trainer:session_projector",),
        "trainer",
        session_url("trainer:session_projector", "closed"),
        prepare=_adults_only_closed,
        shows=("quiz",),
        charts=True,
    ),
    *(
        Row(
            f"projector's live part ({phase})",
            ("trainer:session_projector_live",),
            "trainer",
            session_url("trainer:session_projector_live", phase),
            prepare=_adults_only_closed if phase == "closed" else None,
            shows=("quiz",) if phase == "closed" else (),
            charts=phase == "closed",
        )
        for phase in ("pre", "post", "closed")
    ),
    Row(
        "join QR code",
        ("trainer:session_qr",),
        "trainer",
        session_url("trainer:session_qr", "pre"),
        kind="svg",
    ),
    Row(
        "certificates of participation",
        ("trainer:session_certificates",),
        "trainer",
        session_url("trainer:session_certificates", "closed"),
        shows=("campaign",),
    ),
    Row(
        "certificates of participation (PDF)",
        (),
        "trainer",
        lambda v: session_url("trainer:session_certificates", "closed")(v) + "?copies=2",
        kind="pdf",
        shows=("campaign", "module", "partner"),
    ),
]

# --- the coordinator's reports ------------------------------------------------------------------


def report(v: Visit) -> str:
    return reverse("reports:campaign", args=[v.place.campaign.slug])


def _pdf_job_and_download(v: Visit, asked) -> list[tuple[str, object]]:
    """The PDF's progress page, and the file (the task ran at once, as in every test)."""
    job = v.client.get(asked["Location"])
    return [("html", job), ("pdf", v.client.get(asked["Location"] + "download/"))]


REPORTS = [
    Row(
        "reports home",
        ("reports:home",),
        "coordinator",
        lambda v: reverse("reports:home"),
        status=302,
        kind="redirect",
    ),
    Row(
        "reports home (administrator)",
        (),
        "admin",
        lambda v: reverse("reports:home"),
        shows=("campaign",),
    ),
    Row(
        "API tokens",
        ("reports:api_tokens",),
        "coordinator",
        lambda v: reverse("reports:api_tokens"),
    ),
    Row(
        "revoke an API token",
        ("reports:api_token_revoke",),
        "coordinator",
        lambda v: reverse("reports:api_token_revoke", args=[v.place.token.pk]),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "report",
        ("reports:campaign",),
        "coordinator",
        report,
        shows=("campaign", "module", "quiz", "survey"),
        charts=True,
    ),
    Row(
        "report with filters",
        (),
        "coordinator",
        lambda v: report(v) + "?locality=Santa+Fe&gender=female&audience=students",
        shows=("campaign",),
    ),
    Row(
        "report refresh",
        ("reports:campaign_refresh",),
        "coordinator",
        lambda v: reverse("reports:campaign_refresh", args=[v.place.campaign.slug]),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "figure review",
        ("reports:figure_review",),
        "coordinator",
        lambda v: reverse("reports:figure_review", args=[v.place.campaign.slug, v.place.review.pk]),
        "post",
        status=302,
        kind="redirect",
    ),
    Row(
        "donor PDF",
        ("reports:campaign_pdf", "reports:campaign_pdf_job", "reports:campaign_pdf_download"),
        "coordinator",
        lambda v: reverse("reports:campaign_pdf", args=[v.place.campaign.slug]),
        "post",
        lambda v: {"query": ""},
        status=302,
        kind="redirect",
        shows=("campaign", "module", "quiz"),
        follow=_pdf_job_and_download,
    ),
    # Every export the report links to (each table as CSV, the workbook): found on the page.
    Row(
        "exports linked from the report",
        ("reports:campaign_export",),
        "coordinator",
        report,
        kind="exports",
        shows=("quiz", "module"),
    ),
    Row(
        "workbook of every table",
        ("reports:campaign_export",),
        "coordinator",
        lambda v: reverse("reports:campaign_export", args=[v.place.campaign.slug, "all", "xlsx"]),
        kind="xlsx",
        shows=("quiz", "module"),
    ),
]


def api_url(name: str, *args) -> Callable[[Visit], str]:
    return lambda v: reverse(name, args=[a(v) if callable(a) else a for a in args])


def slug(v):
    return v.place.campaign.slug


API = [
    Row(
        "API campaigns",
        ("reach_api:campaigns",),
        "api",
        api_url("reach_api:campaigns"),
        kind="json",
        shows=("campaign",),
    ),
    Row(
        "API headline",
        ("reach_api:headline",),
        "api",
        api_url("reach_api:headline", slug),
        kind="json",
    ),
    Row(
        "API breakdown",
        ("reach_api:breakdown",),
        "api",
        api_url("reach_api:breakdown", slug, "gender"),
        kind="json",
    ),
    Row(
        "API knowledge",
        ("reach_api:knowledge",),
        "api",
        api_url("reach_api:knowledge", slug),
        kind="json",
        shows=("quiz",),
    ),
    Row(
        "API surveys",
        ("reach_api:surveys",),
        "api",
        api_url("reach_api:surveys", slug),
        kind="json",
        shows=("survey",),
    ),
    # Written once for developers, in English, whatever the reader's language.
    Row(
        "API schema (English for every reader)",
        ("reach_api:openapi-json",),
        "anonymous",
        api_url("reach_api:openapi-json"),
        kind="json",
        messages_checked=False,
    ),
    Row(
        "API documentation",
        ("reach_api:openapi-view",),
        "anonymous",
        api_url("reach_api:openapi-view"),
    ),
]

# --- the Wagtail admin --------------------------------------------------------------------------

PAGE_KINDS = {
    "workshops.HomePage": "home",
    "workshops.CampaignIndexPage": "index",
    "workshops.CampaignPage": "campaign",
    "workshops.WorkshopModulePage": "module",
    "workshops.ManualPage": "manual",
}


def _admin_page_rows() -> list[Row]:
    rows = []
    for label, kind in PAGE_KINDS.items():
        rows.append(
            Row(
                f"admin: edit {kind} page",
                (f"page:{label}",),
                "admin",
                lambda v, kind=kind: reverse("wagtailadmin_pages:edit", args=[v.page(kind).pk]),
                english_names_allowed=True,
            )
        )
        rows.append(
            Row(
                f"admin: translate {kind} page",
                (),
                "admin",
                lambda v, kind=kind: reverse(
                    "wagtail_localize:submit_page_translation", args=[v.page(kind, "en").pk]
                ),
                english_names_allowed=True,
            )
        )
    return rows


def _snippet(v: Visit, label: str):
    """The instance of a snippet model a row edits: in the page's language where it has one."""
    place = v.place
    return {
        "quizzes.Quiz": lambda: place.quizzes[v.language],
        "surveys.Survey": lambda: place.surveys[v.language],
        "workshops.Venue": lambda: place.venue,
    }.get(label, lambda: _model(label).objects.first())()


def _model(label: str):
    return next(m for m in get_snippet_models() if m._meta.label == label)


def _admin_snippet_rows() -> list[Row]:
    rows = []
    for model in get_snippet_models():
        label = model._meta.label
        if not label.startswith(OUR_APPS):
            continue
        viewset = model.snippet_viewset
        rows.append(
            Row(
                f"admin: {model._meta.verbose_name_plural} listing",
                (f"snippet:{label}",),
                "admin",
                lambda v, viewset=viewset: reverse(viewset.get_url_name("list")),
                english_names_allowed=True,
            )
        )
        rows.append(
            Row(
                f"admin: edit {model._meta.verbose_name}",
                (),
                "admin",
                lambda v, viewset=viewset, label=label: reverse(
                    viewset.get_url_name("edit"), args=[_snippet(v, label).pk]
                ),
                english_names_allowed=True,
            )
        )
    return rows


def _locale_id(v: Visit) -> dict:
    from wagtail.models import Locale

    return {"locales": [Locale.objects.get(language_code=v.language).pk]}


ADMIN = [
    Row(
        "admin: dashboard",
        (),
        "admin",
        lambda v: reverse("wagtailadmin_home"),
        english_names_allowed=True,
    ),
    Row(
        "admin: dashboard (editor)",
        (),
        "editor",
        lambda v: reverse("wagtailadmin_home"),
        english_names_allowed=True,
    ),
    Row(
        "admin: page explorer",
        (),
        "admin",
        lambda v: reverse("wagtailadmin_explore", args=[v.page("campaign").pk]),
        english_names_allowed=True,
    ),
    *_admin_page_rows(),
    *_admin_snippet_rows(),
    Row(
        "admin: translate a quiz",
        (),
        "admin",
        lambda v: reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["quizzes", "quiz", v.place.quiz.pk],
        ),
        english_names_allowed=True,
    ),
    Row(
        "admin: start translating a manual",
        (),
        "admin",
        lambda v: reverse(
            "wagtail_localize:submit_page_translation", args=[v.place.untranslated_manual.pk]
        ),
        "post",
        _locale_id,
        status=302,
        kind="redirect",
        languages=("es", "ro", "fr"),
    ),
    Row(
        "admin: site history",
        (),
        "admin",
        lambda v: reverse("wagtailadmin_reports:site_history"),
        english_names_allowed=True,
    ),
    Row(
        "admin: users",
        (),
        "admin",
        lambda v: reverse("wagtailusers_users:index"),
        english_names_allowed=True,
    ),
    Row(
        "admin: account",
        (),
        "admin",
        lambda v: reverse("wagtailadmin_account"),
        english_names_allowed=True,
    ),
    Row(
        "admin: reset two-step sign-in",
        ("faro_second_factor_reset",),
        "admin",
        lambda v: reverse("faro_second_factor_reset", args=[v.place.trainer.pk]),
        english_names_allowed=True,
    ),
]

ROWS = [*PUBLIC, *PARTICIPANT, *TRAINER, *REPORTS, *API, *ADMIN]

# URL names no row opens, and why.
SKIPPED = {
    "reach_api:api-root": "django-ninja's own root, not routed to a view of ours",
    "wagtail_serve": "Wagtail's page route: each page type has a row",
    "wagtailcore_login": "Wagtail's sign-in for private pages: no page of ours is private",
    "quiz:service_worker": "the service worker's script: no words, the same in every language",
}


# --- what the matrix must cover -----------------------------------------------------------------


def urls_to_cover() -> set[str]:
    """Every named URL of ours: the URL conf outside Wagtail's own prefixes, and the admin URLs
    our apps register (their views live in our modules); every page type and snippet of ours."""
    found = set()

    def ours(pattern: URLPattern) -> bool:
        module = getattr(pattern.callback, "__module__", "") or ""
        view_class = getattr(pattern.callback, "view_class", None)
        if view_class is not None:
            module = view_class.__module__
        return module.split(".")[0] in OUR_APPS

    def walk(patterns, prefix: str, namespace: str | None):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = pattern.namespace
                name = f"{namespace}:{inner}" if namespace and inner else inner or namespace
                walk(pattern.url_patterns, route, name)
            elif pattern.name:
                wagtails = route.startswith(("admin/", "documents/", "api/v2/")) or (
                    "wagtail" in (getattr(pattern.callback, "__module__", "") or "")
                )
                if wagtails and not ours(pattern):
                    continue
                found.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns, "", None)
    found |= {
        f"page:{model._meta.label}"
        for model in get_page_models()
        if model._meta.app_label in OUR_APPS
    }
    found |= {
        f"snippet:{model._meta.label}"
        for model in get_snippet_models()
        if model._meta.app_label in OUR_APPS
    }
    return found - set(SKIPPED)


def export_urls(html: str) -> list[str]:
    """The export links of a report page (each table as CSV, the workbook as XLSX)."""
    return sorted(set(re.findall(r'href="(/reports/[^"]+/export/[^"?]+)', html)))


# --- who asks -----------------------------------------------------------------------------------


def visitor(v: Visit, who: str) -> Client:
    client = v.client
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = v.language
    if who.startswith("participant:"):
        person = v.place.participants[who.split(":", 1)[1]]
        signer = signing.get_cookie_signer(salt=COOKIE_NAME + COOKIE_SALT)
        client.cookies[COOKIE_NAME] = signer.sign(person.cookie_key.hex)
    elif who in ("trainer", "coordinator", "admin", "editor"):
        client.force_login(getattr(v.place, who))
    elif who == "api":
        client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {v.place.secret}"
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = v.language
    return client
