"""Upload a file, see what it would do row by row, then confirm."""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from incontra.accounts.access import editor_required
from incontra.directory import exports, imports, tabular
from incontra.directory.models import ImportBatch, ImportKind

MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What the file contains"), choices=ImportKind.choices
    )
    file = forms.FileField(
        label=gettext_lazy("File"), help_text=gettext_lazy("CSV (UTF-8) or XLSX, first sheet.")
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        if not upload.name.lower().endswith((".csv", ".xlsx", ".txt")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        return upload


@editor_required
def import_upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        batch = ImportBatch.objects.create(
            operator=request.operator,
            kind=form.cleaned_data["kind"],
            file_name=upload.name,
            content=upload.read(),
            created_by=request.user,
        )
        return redirect("directory:import_preview", pk=batch.pk)
    recent = ImportBatch.objects.filter(operator=request.operator).defer("content")[:10]
    context = {"form": form, "recent": recent, "kinds": ImportKind.choices}
    return render(request, "directory/import_upload.html", context)


def _run(request, batch: ImportBatch, *, dry_run: bool) -> imports.ImportReport:
    return imports.import_run(
        operator=request.operator,
        kind=batch.kind,
        content=bytes(batch.content),
        file_name=batch.file_name,
        user=request.user,
        dry_run=dry_run,
    )


@editor_required
def import_preview(request, pk: int):
    batch = get_object_or_404(ImportBatch, pk=pk, operator=request.operator)
    if request.method == "POST" and batch.applied_at is None:
        report = _run(request, batch, dry_run=False)
        if report.applied:
            batch.applied_at, batch.summary = timezone.now(), report.summary()
            batch.save(update_fields=["applied_at", "summary"])
            messages.success(request, _("Import done: nothing else was changed."))
    else:
        report = _run(request, batch, dry_run=True)
    status = 400 if report.has_errors and request.method == "POST" else 200
    context = {"batch": batch, "report": report, "summary": report.summary()}
    return render(request, "directory/import_preview.html", context, status=status)


@editor_required
def import_template(request, kind: str, fmt: str):
    columns = imports.KNOWN_COLUMNS.get(kind)
    if columns is None or fmt not in exports.FORMATS:
        raise Http404
    content = (
        tabular.write_xlsx(columns, [], title=kind)
        if fmt == "xlsx"
        else tabular.write_csv(columns, [])
    )
    response = HttpResponse(content, content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="incontra-{kind}.{fmt}"'
    return response
