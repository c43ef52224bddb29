"""The choices that pages, sessions and reports share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who a campaign reaches and whom a module is written for."""

    STUDENTS = "students", _("Students")
    TEACHERS = "teachers", _("Teachers")
    PARENTS = "parents", _("Parents and caregivers")
    SINGLE_MOTHERS = "single_mothers", _("Single mothers")
    YOUNG_PEOPLE = "young_people", _("Young people")
    COMMUNITY = "community", _("Community members")
    PROFESSIONALS = "professionals", _("Social workers and other professionals")
    OFFICIALS = "officials", _("Local government officials")


class AgeBand(models.TextChoices):
    """Age bands: reports group participants by them, never by exact age."""

    CHILDREN_6_9 = "6-9", _("6 to 9 years")
    CHILDREN_10_13 = "10-13", _("10 to 13 years")
    TEENS_14_17 = "14-17", _("14 to 17 years")
    ADULTS = "18+", _("18 years and over")
    ALL_AGES = "all", _("All ages")


class Gender(models.TextChoices):
    """Gender is optional for participants; headcounts that did not record it use NOT_STATED."""

    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    ANOTHER = "another", _("Another gender")
    NOT_STATED = "not_stated", _("Not stated")
