"""Question and choice figures (of quizzes and surveys) are kept per month only: their session
cells now hold only what a purged session carries over. The rows a live session had there are dropped (its month cells are
counted from its answers, which are still there); a purged session's stay, as they were."""

from django.db import migrations


def live_sessions_rows_delete(apps, schema_editor):
    Session = apps.get_model("workshops", "Session")
    purged = Session.objects.filter(participant_data_purged_at__isnull=False).values("pk")
    for name in ("QuizQuestionCell", "QuizChoiceCell", "SurveyChoiceCell"):
        apps.get_model("reach", name).objects.exclude(session_id__in=purged).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reach", "0006_plural_names"),
        ("workshops", "0017_participant_from_paper"),
    ]

    operations = [
        migrations.RunPython(live_sessions_rows_delete, migrations.RunPython.noop, elidable=True),
    ]
