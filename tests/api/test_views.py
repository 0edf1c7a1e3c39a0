import pytest
from django.core.exceptions import ValidationError

from incontra.api.auth import ApiError
from incontra.api.views import _saved


def _refused_by_model(errors):
    """What a service raises when a concurrent request stored the same record first."""

    def write():
        raise ValidationError(errors)

    return write


@pytest.mark.parametrize(
    ("errors", "expected"),
    [
        ({"name": ["Taken."]}, {"name": ["Taken."]}),
        ("Taken.", {"__all__": ["Taken."]}),
    ],
)
def test_saved_turns_a_service_refusal_into_400(errors, expected):
    with pytest.raises(ApiError) as caught:
        _saved(_refused_by_model(errors))
    assert (caught.value.status, caught.value.errors) == (400, expected)


def test_saved_returns_what_the_service_returns():
    assert _saved(lambda: 42) == 42
