"""Language selection that leaves the 404s of non-prefixed views alone."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus one redirect.

    On a 404 for a path without a language prefix, Django redirects to the same path under the
    visitor's language whenever that path resolves; Wagtail's page route resolves every path, so a
    trainer-space or join-page 404 would turn into a redirect to a page-tree 404. When the path
    did reach a view, that view's answer stands.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
