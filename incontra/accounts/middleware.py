from incontra.accounts.access import membership_for


class OperatorMiddleware:
    """Puts the user's current staff membership and operator on the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.membership = membership_for(request)
        request.operator = request.membership.operator if request.membership else None
        return self.get_response(request)
