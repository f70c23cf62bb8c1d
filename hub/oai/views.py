"""/oai/: the library's OAI-PMH 2.0 endpoint (GET, or POST with a form-encoded body)."""

from django.http import StreamingHttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .services import verbs


@csrf_exempt  # harvesters POST without a session: the protocol allows POST, and nothing changes
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request):
    query = request.POST if request.method == "POST" else request.GET
    return StreamingHttpResponse(
        verbs.respond(request, query), content_type="text/xml; charset=utf-8"
    )
