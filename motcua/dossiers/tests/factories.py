"""Dossiers, their steps and their history, built directly for tests that need many of them
(query counts, queues); tests of a rule go through the services instead."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import factory

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.models import Dossier, DossierEvent, ProcessingStep
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import AgencyFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def _procedure():
    from motcua.catalogue.models import Procedure

    found = Procedure.objects.filter(code="9.999999").first()
    return found or procedure_make("9.999999", "Thủ tục thử", time_limit_value=3)


class DossierFactory(factory.django.DjangoModelFactory):
    """A received dossier, due three days after receipt, with its "received" event. Pass
    `steps=[(agency, assignee), ...]` for inter-agency steps, the first one in hand."""

    class Meta:
        model = Dossier
        skip_postgeneration_save = True

    code = factory.Sequence(lambda n: f"000.00.00.H55-250421-{n:04d}")
    procedure = factory.LazyFunction(_procedure)
    agency = factory.SubFactory(AgencyFactory, kind="one_stop")
    unit = factory.LazyAttribute(lambda o: o.agency.unit)
    state = State.RECEIVED
    rule_set = "d61_2018"
    channel = "counter"
    received_at = dt.datetime(2025, 4, 21, 9, 0, tzinfo=VN)
    complete_at = factory.LazyAttribute(lambda o: o.received_at)
    due_date = factory.LazyAttribute(lambda o: o.received_at.date() + dt.timedelta(days=3))
    applicant_name = factory.Sequence(lambda n: f"Người Nộp {n}")
    applicant_phone = "0912345678"

    @factory.post_generation
    def events(self, create, extracted, **kwargs):
        if create:
            DossierEventFactory(dossier=self, actor=self.received_by, at=self.received_at)

    @factory.post_generation
    def steps(self, create, extracted, **kwargs):
        for position, (agency, assignee) in enumerate(extracted or [], start=1):
            in_hand = position == 1
            ProcessingStepFactory(
                dossier=self,
                position=position,
                agency=agency,
                assignee=assignee if in_hand else None,
                received_at=self.received_at + dt.timedelta(hours=1) if in_hand else None,
                due_date=self.due_date if in_hand else None,
            )


class ProcessingStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProcessingStep

    dossier = factory.SubFactory(DossierFactory)
    position = 1
    agency = factory.SubFactory(AgencyFactory)
    task = "Thẩm định hồ sơ"
    allotted_days = 2


class DossierEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DossierEvent

    dossier = factory.SubFactory(DossierFactory)
    at = factory.LazyAttribute(lambda o: o.dossier.received_at)
    action = "receive"
    from_state = ""
    to_state = State.RECEIVED
