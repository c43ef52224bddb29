"""The demo content that `manage.py demo_load` puts in the page tree.

Each campaign lives in its own module as plain data (see golondrina.py for the format): English is
the source language, and each campaign also comes in its local language, with the same blocks in
the same order, as Wagtail translations mirror their source page.
"""

from workshops.demo_content.golondrina import CAMPAIGN as GOLONDRINA
from workshops.demo_content.romania import CAMPAIGN as ROMANIA

CAMPAIGNS = (GOLONDRINA, ROMANIA)

HOME = {
    "title": {"en": "Faro", "es": "Faro", "ro": "Faro", "fr": "Faro"},
    "intro": {
        "en": "Awareness workshops on child protection and trafficking: modules and manuals for "
        "trainers, anonymous quizzes and surveys for participants, and reach reports for "
        "coordinators.",
        "es": "Talleres de sensibilización sobre protección de la niñez y trata de personas: "
        "módulos y manuales para facilitadores, cuestionarios y encuestas anónimas para "
        "participantes e informes de alcance para coordinadores.",
        "ro": "Ateliere de conștientizare despre protecția copilului și traficul de persoane: "
        "module și manuale pentru facilitatori, chestionare și sondaje anonime pentru "
        "participanți și rapoarte de acoperire pentru coordonatori.",
        "fr": "Ateliers de sensibilisation à la protection de l’enfance et à la traite des êtres "
        "humains : modules et manuels pour les animateurs, quiz et enquêtes anonymes pour les "
        "participants, et rapports de portée pour les coordinateurs.",
    },
}

CAMPAIGN_INDEX = {
    "slug": {"en": "campaigns", "es": "campanas", "ro": "campanii", "fr": "campagnes"},
    "title": {"en": "Campaigns", "es": "Campañas", "ro": "Campanii", "fr": "Campagnes"},
    "intro": {
        "en": "Each campaign brings its workshop modules and manuals, written for the people it "
        "works with.",
        "es": "Cada campaña trae sus módulos de taller y sus manuales, escritos para las personas "
        "con las que trabaja.",
        "ro": "Fiecare campanie are propriile module de atelier și manuale, scrise pentru "
        "oamenii cu care lucrează.",
        "fr": "Chaque campagne apporte ses modules d’atelier et ses manuels, écrits pour les "
        "personnes avec qui elle travaille.",
    },
}

# Where sessions take place: one school per Bogotá locality for Golondrina, and a community centre
# in Bucharest for the Romanian workshops. The names are illustrative, not those of real places.
VENUES = (
    *(
        {
            "name": name,
            "kind": "school",
            "locality": locality,
            "city": "Bogotá",
            "country": "CO",
            "timezone": "America/Bogota",
        }
        for name, locality in (
            ("Colegio Distrital Las Aguas", "Santa Fe"),
            ("Colegio Distrital La Concordia", "La Candelaria"),
            ("Colegio Distrital San Blas", "San Cristóbal"),
        )
    ),
    {
        "name": "Centrul comunitar Speranța",
        "kind": "community_centre",
        "locality": "Sector 2",
        "city": "București",
        "country": "RO",
        "timezone": "Europe/Bucharest",
    },
)

# The demo trainer's sessions, relative to today: (venue name, group, campaign slug, days from
# today, local hour, audience, age band, language, expected size, state, headcount by gender).
SESSIONS = (
    (
        "Colegio Distrital Las Aguas",
        "7B",
        "golondrina",
        2,
        9,
        "students",
        "10-13",
        "es",
        32,
        "planned",
        None,
    ),
    (
        "Colegio Distrital La Concordia",
        "9A",
        "golondrina",
        0,
        8,
        "students",
        "14-17",
        "es",
        28,
        "open",
        None,
    ),
    (
        "Colegio Distrital San Blas",
        "Docentes de primaria",
        "golondrina",
        -12,
        14,
        "teachers",
        "18+",
        "es",
        20,
        "closed",
        {"female": 14, "male": 4},
    ),
    (
        "Centrul comunitar Speranța",
        "Grupul mamelor de marți",
        "preventing-trafficking",
        -5,
        17,
        "single_mothers",
        "18+",
        "ro",
        15,
        "closed",
        {"female": 12},
    ),
    (
        "Centrul comunitar Speranța",
        "Grupul mamelor de marți",
        "preventing-trafficking",
        9,
        17,
        "single_mothers",
        "18+",
        "ro",
        15,
        "planned",
        None,
    ),
)
