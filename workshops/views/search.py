from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Locale

from workshops.selectors import content_search

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request: HttpRequest) -> HttpResponse:
    """Search the workshop modules and manuals of the visitor's language."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    page_obj = None
    results_count = 0
    if query:
        results = content_search(query=query, locale=Locale.get_active())
        paginator = Paginator(results, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        results_count = paginator.count
    return render(
        request,
        "workshops/search.html",
        {
            "query": query,
            "results": page_obj.object_list if page_obj else [],
            "results_count": results_count,
            "page_obj": page_obj,
        },
    )
