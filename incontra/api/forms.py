from django import forms
from django.utils.translation import gettext_lazy as _


class TokenCreateForm(forms.Form):
    name = forms.CharField(
        label=_("What is the token for?"),
        max_length=100,
        help_text=_("For example “CRM sync” or “monthly report”, so you know what to revoke."),
    )
