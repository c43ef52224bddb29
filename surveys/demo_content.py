"""Demo surveys: a satisfaction survey and an attitude survey for each demo campaign, in its
languages.

The satisfaction surveys are asked after the workshop; the attitude surveys, asked before and
after, hold statements the workshop should change, some worded so that disagreeing is the hoped-for
answer.
"""

SURVEYS = {
    "golondrina": [
        {
            "use": "post",
            "free_text_for_minors": False,
            "title": {
                "en": "How was the workshop?",
                "es": "¿Cómo te pareció el taller?",
            },
            "introduction": {
                "en": (
                    "Your answers help us make the workshops better. There are no right or wrong "
                    "answers: just say what you really think."
                ),
                "es": (
                    "Tus respuestas nos ayudan a mejorar los talleres. No hay respuestas buenas ni "
                    "malas: responde lo que de verdad piensas."
                ),
            },
            "questions": [
                {
                    "type": "rating",
                    "text": {
                        "en": "How much did you like today's workshop?",
                        "es": "¿Cuánto te gustó el taller de hoy?",
                    },
                    "required": True,
                    "low_label": {"en": "Not at all", "es": "Nada"},
                    "high_label": {"en": "A lot", "es": "Muchísimo"},
                },
                {
                    "type": "single",
                    "text": {
                        "en": "How easy was it to understand the workshop?",
                        "es": "¿Qué tan fácil fue entender el taller?",
                    },
                    "required": True,
                    "choices": [
                        {"en": "Very easy", "es": "Muy fácil"},
                        {"en": "Easy most of the time", "es": "Fácil casi todo el tiempo"},
                        {"en": "Sometimes hard", "es": "A veces difícil"},
                        {"en": "Hard to follow", "es": "Difícil de seguir"},
                    ],
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": "What did you like about the workshop? You can choose more than one.",
                        "es": "¿Qué te gustó del taller? Puedes escoger más de una opción.",
                    },
                    "required": False,
                    "choices": [
                        {"en": "The games and activities", "es": "Los juegos y las actividades"},
                        {"en": "Talking in small groups", "es": "Hablar en grupos pequeños"},
                        {"en": "The examples and stories", "es": "Los ejemplos y las historias"},
                        {
                            "en": "Knowing who I can ask for help",
                            "es": "Saber a quién le puedo pedir ayuda",
                        },
                        {"en": "Being listened to", "es": "Que nos escucharan"},
                    ],
                },
                {
                    "type": "single",
                    "text": {
                        "en": "If something worries you, do you know who you can talk to at "
                        "school?",
                        "es": "Si algo te preocupa, ¿sabes con quién puedes hablar en el colegio?",
                    },
                    "required": True,
                    "choices": [
                        {"en": "Yes, I know who", "es": "Sí, sé con quién"},
                        {
                            "en": "I think so, but I am not sure",
                            "es": "Creo que sí, pero tengo dudas",
                        },
                        {"en": "Not yet", "es": "Todavía no"},
                    ],
                },
                {
                    "type": "free_text",
                    "text": {
                        "en": "What will you remember from today? Is there anything you would "
                        "change?",
                        "es": "¿Qué vas a recordar del taller de hoy? ¿Cambiarías algo?",
                    },
                    "required": False,
                },
            ],
        },
        {
            "use": "both",
            "free_text_for_minors": False,
            "title": {
                "en": "What do you think?",
                "es": "¿Tú qué piensas?",
            },
            "introduction": {
                "en": (
                    "Read each sentence and say how much you agree. This is not a test: there are "
                    "no right or wrong answers. At the end of the workshop you will answer the "
                    "same sentences again."
                ),
                "es": (
                    "Lee cada frase y di qué tan de acuerdo estás. No es un examen: no hay "
                    "respuestas buenas ni malas. Al final del taller vas a responder las mismas "
                    "frases otra vez."
                ),
            },
            "questions": [
                {
                    "type": "likert",
                    "text": {
                        "en": "If an adult I know asks me to keep a secret that makes me "
                        "uncomfortable, I have to keep it.",
                        "es": "Si un adulto que conozco me pide guardar un secreto que me "
                        "incomoda, tengo que guardarlo.",
                    },
                    "required": True,
                },
                {
                    "type": "likert",
                    "text": {
                        "en": "I have the right to say no if someone touches me in a way I don't "
                        "like, even if it is an adult I know.",
                        "es": "Tengo derecho a decir que no si alguien me toca de una forma que "
                        "no me gusta, aunque sea un adulto que conozco.",
                    },
                    "required": True,
                },
                {
                    "type": "likert",
                    "text": {
                        "en": "Telling a teacher that something is wrong makes you a snitch.",
                        "es": "Contarle a un profe que algo anda mal es ser sapo.",
                    },
                    "required": True,
                    "hoped_for": "disagree",
                },
                {
                    "type": "likert",
                    "text": {
                        "en": "If someone I met online asks me to keep our chats secret or to send "
                        "photos, I should tell an adult I trust.",
                        "es": "Si alguien que conocí por internet me pide que nuestras "
                        "conversaciones sean secretas o que le mande fotos, debo contárselo a un "
                        "adulto de confianza.",
                    },
                    "required": True,
                },
            ],
        },
    ],
    "preventing-trafficking": [
        {
            "use": "post",
            "free_text_for_minors": False,
            "title": {
                "en": "Your opinion of the workshop",
                "ro": "Părerea dumneavoastră despre atelier",
            },
            "introduction": {
                "en": (
                    "Thank you for coming today. These few questions help us make the next "
                    "workshops better. There are no right or wrong answers."
                ),
                "ro": (
                    "Vă mulțumim că ați venit astăzi. Aceste câteva întrebări ne ajută să facem "
                    "următoarele ateliere mai bune. Nu există răspunsuri bune sau greșite."
                ),
            },
            "questions": [
                {
                    "type": "rating",
                    "text": {
                        "en": "How useful was today's workshop for you and your family?",
                        "ro": "Cât de util a fost atelierul de astăzi pentru dumneavoastră și "
                        "familia dumneavoastră?",
                    },
                    "required": True,
                    "low_label": {"en": "Not useful at all", "ro": "Deloc util"},
                    "high_label": {"en": "Very useful", "ro": "Foarte util"},
                },
                {
                    "type": "single",
                    "text": {
                        "en": "How did you feel during the workshop?",
                        "ro": "Cum v-ați simțit în timpul atelierului?",
                    },
                    "required": True,
                    "choices": [
                        {"en": "At ease the whole time", "ro": "M-am simțit bine tot timpul"},
                        {
                            "en": "At ease most of the time",
                            "ro": "M-am simțit bine aproape tot timpul",
                        },
                        {
                            "en": "Sometimes uneasy",
                            "ro": "Uneori nu m-am simțit în largul meu",
                        },
                        {
                            "en": "Uneasy most of the time",
                            "ro": "De cele mai multe ori nu m-am simțit în largul meu",
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": "What do you plan to do after this workshop? You can choose more "
                        "than one answer.",
                        "ro": "Ce vă propuneți să faceți după acest atelier? Puteți alege mai "
                        "multe răspunsuri.",
                    },
                    "required": False,
                    "choices": [
                        {
                            "en": "Check a job offer carefully before saying yes",
                            "ro": "Să verific cu atenție o ofertă de muncă înainte să accept",
                        },
                        {
                            "en": "Talk with my children about the people they meet online",
                            "ro": "Să vorbesc cu copiii mei despre persoanele pe care le cunosc "
                            "pe internet",
                        },
                        {
                            "en": "Save the helpline numbers in my phone",
                            "ro": "Să salvez în telefon numerele liniilor de ajutor",
                        },
                        {
                            "en": "Share what I learned with someone close to me",
                            "ro": "Să povestesc unei persoane apropiate ce am aflat",
                        },
                        {"en": "Come to another workshop", "ro": "Să vin și la un alt atelier"},
                    ],
                },
                {
                    "type": "single",
                    "text": {
                        "en": "Would you recommend this workshop to someone you know?",
                        "ro": "Ați recomanda acest atelier cuiva pe care îl cunoașteți?",
                    },
                    "required": True,
                    "choices": [
                        {"en": "Yes, certainly", "ro": "Da, sigur"},
                        {"en": "Perhaps", "ro": "Poate"},
                        {"en": "Probably not", "ro": "Probabil că nu"},
                    ],
                },
                {
                    "type": "free_text",
                    "text": {
                        "en": "Is there anything you would change, or a topic you would like us "
                        "to talk about next time?",
                        "ro": "Ați schimba ceva la acest atelier sau există un subiect despre "
                        "care ați dori să vorbim data viitoare?",
                    },
                    "required": False,
                },
            ],
        },
        {
            "use": "both",
            "free_text_for_minors": False,
            "title": {
                "en": "What do you think?",
                "ro": "Ce credeți?",
            },
            "introduction": {
                "en": (
                    "Please say how much you agree with each statement. There are no right or "
                    "wrong answers; we ask the same questions before and after the workshop to "
                    "see what changes."
                ),
                "ro": (
                    "Vă rugăm să spuneți în ce măsură sunteți de acord cu fiecare afirmație. Nu "
                    "există răspunsuri bune sau greșite; punem aceleași întrebări înainte și după "
                    "atelier, ca să vedem ce se schimbă."
                ),
            },
            "questions": [
                {
                    "type": "likert",
                    "text": {
                        "en": "A job abroad that pays very well and asks for no experience or "
                        "languages is usually a safe offer.",
                        "ro": "O ofertă de muncă în străinătate foarte bine plătită, pentru care "
                        "nu se cer experiență sau limbi străine, este de obicei sigură.",
                    },
                    "required": True,
                },
                {
                    "type": "likert",
                    "text": {
                        "en": "Only naive or careless people end up being trafficked.",
                        "ro": "Doar persoanele naive sau neatente ajung victime ale traficului "
                        "de persoane.",
                    },
                    "required": True,
                    "hoped_for": "disagree",
                },
                {
                    "type": "likert",
                    "text": {
                        "en": "If an adult my child met online gives them gifts and asks them to "
                        "keep it secret from me, I should take it seriously.",
                        "ro": "Dacă un adult pe care copilul meu l-a cunoscut pe internet îi face "
                        "cadouri și îi cere să nu-mi spună, trebuie să iau lucrul acesta în "
                        "serios.",
                    },
                    "required": True,
                },
                {
                    "type": "likert",
                    "text": {
                        "en": "If I or someone close to me were in danger, I would know where to "
                        "call for help.",
                        "ro": "Dacă eu sau cineva apropiat ar fi în pericol, aș ști unde să sun "
                        "pentru ajutor.",
                    },
                    "required": True,
                },
            ],
        },
    ],
}
