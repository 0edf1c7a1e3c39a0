from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from incontra.accounts.models import Role


class StaffAddForm(forms.Form):
    username = forms.RegexField(
        label=_("User name"), max_length=150, regex=r"^[\w.@+-]+$",
        help_text=_("Letters, digits and @/./+/-/_ only."),
    )  # fmt: skip
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(
        label=pgettext_lazy("staff", "Role"), choices=Role.choices, initial=Role.VIEWER
    )
    password = forms.CharField(
        label=_("Initial password"), widget=forms.PasswordInput,
        help_text=_("Tell it to the person; they can change it after logging in."),
    )  # fmt: skip

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This user name is taken."))
        return username

    def clean(self):
        cleaned = super().clean()
        if password := cleaned.get("password"):
            user = get_user_model()(
                username=cleaned.get("username", ""), email=cleaned.get("email", "")
            )
            try:
                password_validation.validate_password(password, user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=pgettext_lazy("staff", "Role"), choices=Role.choices)
