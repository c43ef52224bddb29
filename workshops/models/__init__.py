"""The workshops app's models, by kind: choices, content pages and the content cache's token,
places, sessions and who may plan them, participants, figures held back for review."""

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
from workshops.models.reviews import FigureKind, FigureReview, ReviewState
from workshops.models.sessions import (
    Attendance,
    CampaignCoordinator,
    CampaignTrainer,
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
    "CampaignTrainer",
    "ContentVersion",
    "FigureKind",
    "FigureReview",
    "Gender",
    "Group",
    "HomePage",
    "ManualKind",
    "ManualPage",
    "ManualPdf",
    "Participant",
    "ReviewState",
    "Session",
    "SessionModule",
    "SessionState",
    "Venue",
    "WorkshopModulePage",
]
