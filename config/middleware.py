"""Requests that no database could store are refused whole, before any view sees them."""

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse
from django.views.defaults import bad_request

# PostgreSQL refuses NUL in text (SQLite cuts the statement short at it), so a NUL that reaches a
# query is a server error on either. No form, search or page path of ours has a use for one. Other
# control characters are stored as they are by both.
REFUSED = "\x00"
# The reach API answers bad input itself, within the contract its OpenAPI schema publishes (401,
# 404, 422) and is fuzzed against (tests/security/test_fuzz_reach_api.py); a 400 of ours would be
# an answer its clients are not told about.
EXEMPT_PREFIXES = ("/api/reach/",)


class NulRefusalMiddleware:
    """A 400 for a NUL in the path, the query string, a cookie or the fields of a form.

    Early in MIDDLEWARE: before sessions (a session key from a cookie is looked up in the
    database), and before every view, so that each form, search box and page API parameter is
    safe from it without checking. Reading the form here is what CSRF protection does anyway, and a
    form that cannot be read (too many fields, a broken multipart body) gets Django's own 400.
    Other bodies (JSON) are left to the views that read them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            refused = self._carries_refused(request)
        except (RequestDataTooBig, TooManyFieldsSent):
            # A body too large to read: the view answers it (the participant pages with a 413
            # page of their own), reading it again.
            refused = False
        if refused and not request.path_info.startswith(EXEMPT_PREFIXES):
            return bad_request(request, exception=None)
        return self.get_response(request)

    @staticmethod
    def _carries_refused(request: HttpRequest) -> bool:
        texts = [request.path_info, *request.COOKIES, *request.COOKIES.values()]
        sources = [request.GET]
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            sources.append(request.POST)
        for source in sources:
            for name, values in source.lists():
                texts.append(name)
                texts.extend(values)
        return any(REFUSED in text for text in texts)
