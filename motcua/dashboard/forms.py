"""Forms of the pages that combine apps: web imports, periods, the board, findings."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        help_text=_("Up to %(limit)s MB. CSV may be UTF-8, Windows-1258 or Windows-1252.")
        % {"limit": settings.MOTCUA_IMPORT_MAX_BYTES // 1048576},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if name.endswith(".xls"):
            raise forms.ValidationError(
                _("Old Excel files (.xls) are not supported. Save as .xlsx or CSV.")
            )
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty."))
        if upload.size > settings.MOTCUA_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB.")
                % {"limit": settings.MOTCUA_IMPORT_MAX_BYTES // 1048576}
            )
        return upload
