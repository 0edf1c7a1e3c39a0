"""The API's front door: token authentication, allowed methods and roles, errors as JSON.

Only the token authenticates an API call. Session cookies are ignored, so the views can be exempt
from CSRF checks without opening them to cross-site requests.
"""

from functools import wraps

from django.http import Http404, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from incontra.accounts.models import StaffMembership
from incontra.api.models import ApiToken, key_digest
from incontra.api.services import api_token_touch

SAFE_METHODS = frozenset({"GET"})


class ApiError(Exception):
    """Ends a request with a JSON error: `{"errors": {"field": ["message", ...]}}`."""

    def __init__(self, status: int, errors: dict[str, list[str]], headers: dict | None = None):
        super().__init__(status, errors)
        self.status, self.errors, self.headers = status, errors, headers or {}

    @classmethod
    def general(cls, status: int, message: str, headers: dict | None = None) -> "ApiError":
        return cls(status, {"__all__": [message]}, headers)


def json_response(data: dict, *, status: int = 200, headers: dict | None = None) -> JsonResponse:
    return JsonResponse(
        data, status=status, headers=headers, json_dumps_params={"ensure_ascii": False}
    )


def error_response(error: ApiError) -> JsonResponse:
    return json_response({"errors": error.errors}, status=error.status, headers=error.headers)


def bearer_key(request) -> str | None:
    scheme, _space, key = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return None
    return key.strip()


def membership_for_key(key: str) -> tuple[ApiToken, StaffMembership] | None:
    """The token and the staff membership it acts under, if the token still opens the door."""
    token = (
        ApiToken.objects.select_related("user", "operator")
        .filter(key_hash=key_digest(key), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    membership = StaffMembership.objects.filter(user=token.user, operator=token.operator).first()
    if membership is None:  # removed from the team since the token was made
        return None
    membership.user, membership.operator = token.user, token.operator
    return token, membership


def authenticate(request) -> None:
    key = bearer_key(request)
    if key is None:
        raise ApiError.general(
            401,
            _("Authentication required: send the header “Authorization: Bearer <key>”."),
            {"WWW-Authenticate": 'Bearer realm="incontra"'},
        )
    found = membership_for_key(key)
    if found is None:
        raise ApiError.general(
            401,
            _("The API token is not valid: it is wrong, revoked, or its user left the team."),
            {"WWW-Authenticate": 'Bearer realm="incontra", error="invalid_token"'},
        )
    token, membership = found
    api_token_touch(token=token, when=timezone.now())
    request.api_token, request.membership = token, membership
    request.user, request.operator = membership.user, membership.operator


def check_method(request, methods: tuple[str, ...]) -> None:
    if request.method not in methods:
        raise ApiError.general(
            405,
            _("Method %(method)s is not allowed here.") % {"method": request.method},
            {"Allow": ", ".join(methods)},
        )


def check_role(request) -> None:
    if request.method not in SAFE_METHODS and not request.membership.can_edit:
        raise ApiError.general(
            403, _("Your role does not allow changes: ask an administrator of your operator.")
        )


def api_endpoint(*methods: str):
    """Token required, only `methods` allowed, writes for editors; errors answered in JSON."""

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                authenticate(request)
                check_method(request, methods)
                check_role(request)
                return view(request, *args, **kwargs)
            except ApiError as error:
                return error_response(error)
            except Http404:
                return error_response(ApiError.general(404, _("Not found.")))

        return wrapper

    return decorate
