import factory
from django.contrib.auth import get_user_model

from motcua.orgs.models import AdministrativeUnit, Agency, Membership

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(PASSWORD)


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdministrativeUnit

    kind = "commune"
    code = factory.Sequence(lambda n: f"{30000 + n}")
    name = factory.Sequence(lambda n: f"Xã Số {n}")


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    unit = factory.SubFactory(UnitFactory)
    name = factory.Sequence(lambda n: f"Cơ quan {n}")
    kind = "specialised"
    identifier = factory.Sequence(lambda n: f"000.{n % 100:02d}.{n // 100:02d}.H55")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    role = "counter_officer"
