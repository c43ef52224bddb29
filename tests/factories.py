"""Factories shared across the apps' tests."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from workshops import roles


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password")

    class Params:
        editor = factory.Trait(is_staff=True, is_superuser=True)

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        """UserFactory(role=roles.TRAINERS) puts the user in that group."""
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


__all__ = ["UserFactory", "roles"]
