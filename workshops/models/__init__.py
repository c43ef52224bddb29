"""The workshops app's models, by kind: choices, content pages and the content cache's token,
places, sessions, participants."""

from workshops.models.choices import AgeBand, Audience, Gender
from workshops.models.content import ContentVersion
from workshops.models.pages import (
    CampaignAudience,
    CampaignIndexPage,
    CampaignPage,
    HomePage,
    ManualKind,
    ManualPage,
    ManualPdf,
    WorkshopModulePage,
)
from workshops.models.participants import Participant
from workshops.models.places import Group, Venue
from workshops.models.sessions import (
    Attendance,
    CampaignCoordinator,
    Session,
    SessionModule,
    SessionState,
)

__all__ = [
    "AgeBand",
    "Attendance",
    "Audience",
    "CampaignAudience",
    "CampaignCoordinator",
    "CampaignIndexPage",
    "CampaignPage",
    "ContentVersion",
    "Gender",
    "Group",
    "HomePage",
    "ManualKind",
    "ManualPage",
    "ManualPdf",
    "Participant",
    "Session",
    "SessionModule",
    "SessionState",
    "Venue",
    "WorkshopModulePage",
]
