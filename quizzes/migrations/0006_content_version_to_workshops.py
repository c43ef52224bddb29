from django.db import migrations


class Migration(migrations.Migration):
    """The content cache's token now belongs to workshops (its migration 0012 took the table)."""

    dependencies = [
        ("quizzes", "0005_attempt_code_paired_pre"),
        ("workshops", "0012_content_version"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ContentVersion")],
        ),
    ]
