"""Let Wagtail's Editors and Moderators groups manage venues in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ("Editors", "Moderators")
CODENAMES = ("add_venue", "change_venue", "delete_venue", "view_venue")


def _groups_and_permissions(apps):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="workshops", codename__in=CODENAMES
    )
    return Group.objects.filter(name__in=GROUPS), list(permissions)


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; create this app's now.
    app_config = apps.get_app_config("workshops")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    groups, permissions = _groups_and_permissions(apps)
    for group in groups:
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    groups, permissions = _groups_and_permissions(apps)
    for group in groups:
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0004_sessions_groups_attendance"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
