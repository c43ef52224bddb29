"""The groups that give people their place in the platform.

Content editors use Wagtail's own "Editors" and "Moderators" groups. Trainers run sessions in the
trainer space; coordinators read the sessions and reach reports of the campaigns they coordinate.
The Trainers and Coordinators groups are created by a migration, so every installation has them.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

TRAINERS = "Trainers"
COORDINATORS = "Coordinators"
EDITORS = "Editors"


def _group_names(user: AbstractBaseUser | AnonymousUser) -> frozenset[str]:
    """The user's group names, read once per request and kept on the user object."""
    if not user.is_authenticated:
        return frozenset()
    names = getattr(user, "_faro_group_names", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._faro_group_names = names
    return names


def user_is_trainer(user) -> bool:
    return TRAINERS in _group_names(user)


def user_is_coordinator(user) -> bool:
    return COORDINATORS in _group_names(user)


def user_may_enter_trainer_space(user) -> bool:
    """Trainers run sessions there; coordinators and administrators read them."""
    return user.is_active and (
        user.is_superuser or user_is_trainer(user) or user_is_coordinator(user)
    )
