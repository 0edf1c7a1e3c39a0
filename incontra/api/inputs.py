"""What a client sends: a JSON body and query parameters, turned into data for the directory's
own forms, so the API accepts exactly what the web accepts and says so in the same words."""

import json

from django import forms
from django.core.exceptions import RequestDataTooBig
from django.utils.translation import gettext as _

from incontra.api.auth import ApiError


def json_body(request) -> dict:
    try:
        body = request.body
    except RequestDataTooBig as error:
        raise ApiError.general(413, _("The request body is too large.")) from error
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ApiError.general(400, _("The request body is not valid JSON.")) from error
    if not isinstance(payload, dict):
        raise ApiError.general(400, _("The request body must be a JSON object."))
    return payload


def valid_data(form: forms.Form) -> dict:
    """The form's cleaned data, or a 400 answer carrying the form's own messages."""
    if not form.is_valid():
        errors = form.errors.get_json_data()
        raise ApiError(400, {name: [e["message"] for e in found] for name, found in errors.items()})
    return form.cleaned_data


def is_list_field(field: forms.Field) -> bool:
    return getattr(field.widget, "allow_multiple_selected", False)


def _shape_error(field: forms.Field, value) -> str | None:
    """Forms would quietly turn an object into its text; the API refuses the wrong shape."""
    if not is_list_field(field):
        if isinstance(value, list | dict):
            return _("Expected a single value, not an array or an object.")
        return None
    if value is None:
        return None
    if not isinstance(value, list) or any(isinstance(item, list | dict) for item in value):
        return _("Expected an array of values.")
    return None


def _payload_errors(payload: dict, fields: dict, read_only: frozenset) -> dict[str, list[str]]:
    errors = {}
    for name, value in payload.items():
        if name in fields:
            message = _shape_error(fields[name], value)
        else:
            message = None if name in read_only else _("Unknown field.")
        if message:
            errors[name] = [message]
    return errors


def form_data(payload: dict, *, form_class, current: dict, read_only: frozenset) -> dict:
    """Data to bind `form_class` to: `current` (stored values, or defaults) with `payload` on top.

    Keys in `read_only` (say, `id` in a record sent back) are ignored; any other key the form does
    not know is an error, so a misspelt field is not silently dropped.
    """
    fields = form_class.base_fields
    errors = _payload_errors(payload, fields, read_only)
    if errors:
        raise ApiError(400, errors)
    changes = {name: value for name, value in payload.items() if name in fields}
    for name, value in changes.items():
        if value is None and is_list_field(fields[name]):
            changes[name] = []
    return current | changes


def form_defaults(form_class) -> dict:
    """What an empty web form starts with (a new profile is a draft), for fields left out."""
    return {
        name: field.initial
        for name, field in form_class.base_fields.items()
        if field.initial is not None and not callable(field.initial)
    }
