"""The groups that give people their place in the platform.

Content editors use Wagtail's own "Editors" and "Moderators" groups. Trainers run sessions in the
trainer space; coordinators read the reach reports of their campaigns. Both groups are created by a
migration, so that every installation has them.
"""

TRAINERS = "Trainers"
COORDINATORS = "Coordinators"
EDITORS = "Editors"
