import datetime as dt

import factory
from django.utils.text import slugify

from motcua.catalogue.models import Component, Field, LegalDocument, Procedure
from motcua.catalogue.services import form_attach, procedure_save
from motcua.core.textfold import fold


class FieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Field
        django_get_or_create = ("name",)

    name = "Hộ tịch"
    code = factory.LazyAttribute(lambda o: slugify(fold(o.name)))


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LegalDocument
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: f"{n:02d}/2020/TT-BTP")
    title = "Thông tư quy định chi tiết"
    issued_on = dt.date(2020, 5, 28)


def procedure_make(
    code: str = "1.001193",
    name: str = "Đăng ký khai sinh",
    field: str = "Hộ tịch",
    *,
    status: str = "published",
    components: int = 2,
    legal_expires: dt.date | None = None,
    **overrides,
) -> Procedure:
    """A complete published procedure, saved through the service so search text is set."""
    values = dict(
        code=code,
        name=name,
        level="commune",
        steps="Bước 1\nBước 2",
        submission_methods="Trực tiếp",
        online_level="full",
        time_limit_value=1,
        time_limit_unit="working_days",
        target_group="Công dân Việt Nam",
        implementing_agency="Ủy ban nhân dân cấp xã",
        result="Giấy khai sinh",
        fees="Miễn lệ phí",
        status=status,
    )
    values.update(overrides)
    procedure = procedure_save(procedure=Procedure(field=FieldFactory(name=field), **values))
    for position in range(1, components + 1):
        Component.objects.create(procedure=procedure, position=position, name=f"Giấy {position}")
    procedure.legal_basis.add(LegalDocumentFactory(number=f"L-{code}", expires_on=legal_expires))
    return procedure


def docx_bytes(title: str = "Tờ khai") -> bytes:
    from motcua.catalogue.demo import form_document

    return form_document("docx", title, "TK")


def form_make(procedure: Procedure, code: str = "TK", **kwargs):
    return form_attach(
        procedure=procedure,
        code=code,
        name=kwargs.pop("name", "Tờ khai"),
        filename=f"{code}.docx",
        data=docx_bytes(),
        **kwargs,
    )
