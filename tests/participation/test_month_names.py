"""Month names: dates read as Django writes them in each language ("6 de diciembre", lowercase),
and the birth-month list of the self-generated code reads right, capitalised."""

import gettext
import os
from datetime import date
from pathlib import Path

import django
import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from participation.forms.participants import MONTH_CHOICES

DJANGO_LOCALE = Path(django.__file__).parent / "conf" / "locale"


@pytest.mark.parametrize(
    ("language", "month"),
    [("es", "diciembre"), ("fr", "décembre"), ("ro", "Decembrie"), ("en", "December")],
)
def test_a_date_keeps_the_month_as_django_writes_it_once_our_translations_load(language, month):
    with translation.override(language):
        text = Template('{{ day|date:"l j F Y" }}').render(Context({"day": date(2026, 12, 6)}))

    assert month in text.split()


@pytest.mark.parametrize(
    ("language", "first", "last"),
    [
        ("es", "Enero", "Diciembre"),
        ("fr", "Janvier", "Décembre"),
        ("ro", "Ianuarie", "Decembrie"),
        ("en", "January", "December"),
    ],
)
def test_the_birth_month_list_reads_in_the_participants_language(language, first, last):
    with translation.override(language):
        names = [str(name) for _number, name in MONTH_CHOICES]

    assert [number for number, _name in MONTH_CHOICES] == list(range(1, 13))
    assert (names[0], names[-1]) == (first, last)


@pytest.mark.parametrize("language", ["es", "fr", "ro"])
def test_our_translations_never_change_one_django_ships(language):
    """An msgid of ours that is also Django's replaces Django's translation everywhere (the month
    names of every date): give ours a context (pgettext) instead."""
    (path,) = [
        Path(folder) / language / "LC_MESSAGES" / "django.mo"
        for folder in settings.LOCALE_PATHS
        if os.path.exists(Path(folder) / language / "LC_MESSAGES" / "django.mo")
    ]
    with (
        open(path, "rb") as ours_file,
        open(DJANGO_LOCALE / language / "LC_MESSAGES" / "django.mo", "rb") as django_file,
    ):
        ours = gettext.GNUTranslations(ours_file)._catalog
        djangos = gettext.GNUTranslations(django_file)._catalog

    changed = {
        msgid: (text, djangos[msgid])
        for msgid, text in ours.items()
        if msgid and msgid in djangos and text != djangos[msgid]
    }
    assert changed == {}
