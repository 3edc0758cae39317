"""The dossier's own page for the citizen, opened from the QR code of the receipt."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from motcua.dossiers.models import Rating
from motcua.dossiers.selectors import dossier_public_status
from motcua.dossiers.services import (
    RATING_CHANGEABLE_FOR,
    DossierError,
    rating_submit,
    status_dossier,
)
from motcua.portal.forms import RatingForm


# Never stored by a cache on the way: the page changes with the dossier, and it is one
# citizen's, not the public's.
@never_cache
@require_http_methods(["GET", "POST"])
def dossier_status(request: HttpRequest, code: str, token: str) -> HttpResponseBase:
    """What the lookup shows after the code and phone digits, with the signed link standing
    for them; once the dossier is finished, its rating, given or changed on the same page.
    A wrong code or token is simply not found, whether the dossier exists or not.

    Opening the page does not count towards the lookup limit: the token is a signature of
    the code under the secret key, which no number of attempts can guess, so there is no
    guessing to slow down, and a commune's shared connection keeps its lookups for people
    who type a code."""
    dossier = status_dossier(code=code, token=token)
    if dossier is None:
        raise Http404
    status = dossier_public_status(dossier=dossier)
    rating = Rating.objects.filter(dossier=dossier).first()
    changeable_until = rating.created_at + RATING_CHANGEABLE_FOR if rating else None
    form = None
    if status.finished and (changeable_until is None or timezone.now() <= changeable_until):
        form = RatingForm(request.POST or None, instance=rating)
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            rating_submit(dossier=dossier, **form.cleaned_data)
        except DossierError as exc:
            form.add_error(None, exc.messages[0])
        else:
            # Back to the page by GET, so that reloading it does not send the rating again.
            return redirect(f"{request.path}#rating")
    return render(
        request,
        "portal/dossier_status.html",
        {"status": status, "rating": rating, "changeable_until": changeable_until, "form": form},
    )
