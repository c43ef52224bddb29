"""The quizzes' entries in the sessions' audit log (`workshops.audit`): a trainer's count of paper
answers."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from quizzes.models import Phase
from workshops.audit import SessionLogFormatter, held_for_review

# The action's name predates this module: entries already saved under it stay readable.
PAPER_TALLY = "workshops.session.paper_tally"


class PaperTallyCounted(SessionLogFormatter):
    label = gettext_lazy("Paper answers counted")
    message = gettext_lazy("Paper answers counted")

    def describe(self, data: dict) -> str:
        values = {
            "quiz": data["quiz"],
            "phase": dict(Phase.choices).get(data["phase"], data["phase"]),
            "old": data["sheets"]["old"],
            "new": data["sheets"]["new"],
            "counts": data["counts_changed"],
        }
        if values["old"] is None:
            described = _("Paper answers counted for %(quiz)s, %(phase)s: %(new)s sheets") % values
        else:
            described = (
                _(
                    "Paper answers corrected for %(quiz)s, %(phase)s: %(old)s → %(new)s sheets, "
                    "%(counts)s counts of choices changed"
                )
                % values
            )
        if data.get("held"):
            described += "; " + held_for_review()
        return described


FORMATTERS = {PAPER_TALLY: PaperTallyCounted}
