"""The platform's URLs and the floor: the cheapest request that writes, on the same server.

The floor is a bare Django view that inserts one row per request into a table of its own
(`bench_floor`, created by bench/run.py), through the same middleware and database settings as
every page of the platform. A submission's throughput is reported as a share of the floor's.
"""

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from config.urls import handler500  # noqa: F401
from config.urls import urlpatterns as platform_urlpatterns

FLOOR_TABLE = "bench_floor"


@csrf_exempt
def floor(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FLOOR_TABLE} DEFAULT VALUES")
    return HttpResponse(status=204)


urlpatterns = [path("bench/floor/", floor, name="bench_floor"), *platform_urlpatterns]
