from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import urls as wagtaildocs_urls

from participation.views import join
from reach.api import api as reach_api
from workshops.views import search

# Read-only by construction: Wagtail's API v2 has no write endpoints.
api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)

# A database that is down answers 503 with "send again", other failures the static 500 page.
handler500 = "config.errors.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/reach/", reach_api.urls),
    # Trainers and participants are not on the language-prefixed site: the join URL in a QR code
    # stays short, and each person's language comes from their choice (cookie) or their browser.
    path("trainer/", include("participation.urls.trainer")),
    path("reports/", include("reach.urls")),
    path("join/", join.join, name="join"),
    path("join/<str:code>/", join.welcome, name="join_code"),
    path("join/<str:code>/about-you/", join.about_you, name="join_about"),
    path("join/<str:code>/next-person/", join.next_person, name="join_next_person"),
    path("join/<str:code>/survey/", include("participation.urls.survey")),
    path("join/<str:code>/", include("participation.urls.quiz")),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages and search live under a language prefix (/en/, /es/, /ro/, /fr/); "/" redirects to the
# visitor's language. Wagtail's page tree comes last: it answers every path the others do not.
urlpatterns += i18n_patterns(
    path("search/", search.search, name="search"),
    path("", include(wagtail_urls)),
)
