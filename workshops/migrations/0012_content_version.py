from django.db import migrations, models


class Migration(migrations.Migration):
    """The content cache's token moves from quizzes to workshops (with the cache itself, which
    every participant-facing app uses): the table is kept, renamed, with its row."""

    dependencies = [
        ("workshops", "0011_participant_cookie_key"),
        ("quizzes", "0005_attempt_code_paired_pre"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("token", models.CharField(max_length=32)),
                    ],
                    options={"db_table": "quizzes_contentversion"},
                ),
            ],
        ),
        migrations.AlterModelTable(name="contentversion", table=None),
    ]
