"""Demo quizzes: a pre/post quiz for each demo module, in every language of its campaign.

Each quiz checks what its module teaches: the key facts, the myths it corrects, what to do and
where to turn for help. Asked before the session and again after it, it shows what the group
learned.
"""

QUIZZES = {
    "golondrina": [
        {
            "module": "my-body-is-mine",
            "use": "both",
            "pass_mark": 70,
            "title": {
                "en": "My body is mine: what do you know?",
                "es": "Mi cuerpo es mío: ¿qué sabes?",
            },
            "introduction": {
                "en": (
                    "This is not an exam. Answer what you think; at the end you will see a short "
                    "explanation for each question."
                ),
                "es": (
                    "Esto no es un examen. Responde lo que pienses; al final verás una explicación "
                    "corta de cada pregunta."
                ),
            },
            "questions": [
                {
                    "type": "single",
                    "text": {
                        "en": "Which parts of the body are the private parts?",
                        "es": "¿Cuáles son las partes íntimas del cuerpo?",
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "The parts a swimsuit covers",
                                "es": "Las que cubre el vestido de baño",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "The arms and the shoulders",
                                "es": "Los brazos y los hombros",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "The hands and the feet",
                                "es": "Las manos y los pies",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "The private parts are the ones a swimsuit covers. Knowing their real "
                            "names helps you to be understood if you ever need to tell an adult "
                            "something."
                        ),
                        "es": (
                            "Las partes íntimas son las que cubre el vestido de baño. Saber sus "
                            "nombres correctos te ayuda a que te entiendan si algún día necesitas "
                            "contarle algo a un adulto."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "If a relative or an adult you love touches you in a way that makes "
                            "you uncomfortable, you can say no."
                        ),
                        "es": (
                            "Si un familiar o un adulto que quieres te toca de una forma que te "
                            "incomoda, puedes decir que no."
                        ),
                    },
                    "answer": True,
                    "explanation": {
                        "en": (
                            "Yes. Your body is yours. You can say no, move away and tell a trusted "
                            "adult, even if the person is older, a relative or someone you love."
                        ),
                        "es": (
                            "Sí. Tu cuerpo es tuyo. Puedes decir que no, alejarte y contárselo a "
                            "un adulto de confianza, aunque la persona sea mayor, un familiar o "
                            "alguien que quieres."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Which of these are secrets that you should tell a trusted adult? "
                            "Choose all that apply."
                        ),
                        "es": (
                            "¿Cuáles de estos son secretos que debes contarle a un adulto de "
                            "confianza? Marca todos los que correspondan."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "Your class is making a card for the teacher's birthday on "
                                    "Friday"
                                ),
                                "es": (
                                    "Tu curso está preparando una tarjeta para el cumpleaños de la "
                                    "profe el viernes"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Someone you met in an online game sends you credits and asks "
                                    "you not to tell your parents that you talk"
                                ),
                                "es": (
                                    "Alguien que conociste en un juego en línea te manda créditos "
                                    "y te pide que no les cuentes a tus papás que hablan"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "A neighbour gives you sweets and says not to tell anyone "
                                    "about your visits"
                                ),
                                "es": (
                                    "Un vecino te regala dulces y te dice que no le cuentes a "
                                    "nadie de tus visitas"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Your friend is planning a surprise party for her sister",
                                "es": (
                                    "Tu amiga está organizando una fiesta sorpresa para su hermana"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "An older cousin says a game is “our secret” and that you will "
                                    "get in trouble if you tell"
                                ),
                                "es": (
                                    "Un primo mayor te dice que un juego es “nuestro secreto” y "
                                    "que, si cuentas, te vas a meter en problemas"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Surprises are fun, and everyone finds out soon. Secrets that come "
                            "with a gift or a threat, or that make you feel worried, must be told "
                            "to a trusted adult, even if you promised not to."
                        ),
                        "es": (
                            "Las sorpresas son divertidas y pronto todos se enteran. Los secretos "
                            "que vienen con un regalo o una amenaza, o que te hacen sentir "
                            "preocupación, se le cuentan a un adulto de confianza, aunque hayas "
                            "prometido no hacerlo."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": "What makes an adult a trusted adult?",
                        "es": "¿Qué hace que un adulto sea de confianza?",
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "They give you presents and ask you not to tell your family",
                                "es": "Te da regalos y te pide que no le cuentes a tu familia",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "They live in your home, and nothing else matters",
                                "es": "Vive en tu casa, y nada más importa",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "They listen to you, believe you, don't blame you and help you"
                                ),
                                "es": "Te escucha, te cree, no te culpa y te ayuda",
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "A trusted adult listens, believes you, does not get angry or blame "
                            "you, and does something to help. It is good to have trusted adults "
                            "both inside and outside your home."
                        ),
                        "es": (
                            "Un adulto de confianza te escucha, te cree, no se enoja ni te culpa, "
                            "y hace algo para ayudarte. Es bueno tener adultos de confianza dentro "
                            "y fuera de tu casa."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "You told an adult about something that worries you, but they did not "
                            "believe you. What can you do? Choose all that apply."
                        ),
                        "es": (
                            "Le contaste a un adulto algo que te preocupa, pero no te creyó. ¿Qué "
                            "puedes hacer? Marca todo lo que corresponda."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Tell another trusted adult from your hand",
                                "es": "Contarle a otro adulto de confianza de tu mano",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Call 141 or, in Bogotá, 106: the call is free",
                                "es": "Llamar al 141 o, en Bogotá, al 106: la llamada es gratis",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Stop talking about it, because nobody will help",
                                "es": "No volver a hablar del tema, porque nadie te va a ayudar",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Keep telling until someone helps you",
                                "es": "Seguir contando hasta que alguien te ayude",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Decide that it must have been your fault",
                                "es": "Pensar que seguro fue tu culpa",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Some adults react badly at first. Keep telling: go to the next adult "
                            "on your hand, and the next, until someone helps. Children can call "
                            "141 or 106 on their own, day and night."
                        ),
                        "es": (
                            "Algunos adultos reaccionan mal al principio. Sigue contando: busca al "
                            "siguiente adulto de tu mano, y luego al siguiente, hasta que alguien "
                            "te ayude. Los niños y las niñas pueden llamar por su cuenta al 141 o "
                            "al 106, de día y de noche."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "If a child has kept an unsafe secret for a long time, it is partly "
                            "their fault."
                        ),
                        "es": (
                            "Si un niño o una niña guardó durante mucho tiempo un secreto que hace "
                            "daño, en parte es su culpa."
                        ),
                    },
                    "answer": False,
                    "explanation": {
                        "en": (
                            "It is never the child's fault, even if they kept the secret, promised "
                            "or accepted a gift. It is never too late to tell, and there are "
                            "adults who will help."
                        ),
                        "es": (
                            "Nunca es culpa del niño o la niña, aunque haya guardado el secreto, "
                            "lo haya prometido o haya recibido un regalo. Nunca es tarde para "
                            "contarlo, y hay adultos que te van a ayudar."
                        ),
                    },
                },
            ],
        },
        {
            "module": "online-grooming-and-sextortion",
            "use": "both",
            "pass_mark": 70,
            "title": {
                "en": "Online grooming and sextortion: what do you know?",
                "es": "Grooming y sextorsión en línea: ¿qué sabes?",
            },
            "introduction": {
                "en": (
                    "This is not an exam. Answer what you think; after you send your answers you "
                    "will see a short explanation for each question."
                ),
                "es": (
                    "Esto no es un examen. Responde lo que pienses; cuando envíes tus respuestas "
                    "verás una explicación corta de cada pregunta."
                ),
            },
            "questions": [
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Which of these messages can be steps of online grooming? Choose all "
                            "that apply."
                        ),
                        "es": (
                            "¿Cuáles de estos mensajes pueden ser escalones del grooming en línea? "
                            "Marca todos los que correspondan."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "“Your parents don't understand you. I do.”",
                                "es": "“Tus papás no te entienden. Yo sí”",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "A classmate from your team: “Good game! Same time tomorrow?”"
                                ),
                                "es": (
                                    "Un compañero de tu equipo: “¡Buena partida! ¿Jugamos mañana a "
                                    "la misma hora?”"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "“Don't tell anyone about us, they wouldn't get it.”",
                                "es": "“No le cuentes a nadie de lo nuestro, no lo entenderían”",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "A teacher reminds the class: “Log out of your accounts on the "
                                    "school computers.”"
                                ),
                                "es": (
                                    "Una profe le recuerda al curso: “Cierren sus cuentas en los "
                                    "computadores del colegio”"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "“I sent you a data top-up so we can keep talking.”",
                                "es": "“Te mandé una recarga de datos para que sigamos hablando”",
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Grooming usually goes step by step: flattery, a special relationship, "
                            "isolation from the family, secrecy, gifts, then sexual requests and "
                            "threats. You can get off the staircase at any step: ignore, block, "
                            "talk to someone or report."
                        ),
                        "es": (
                            "El grooming suele avanzar por escalones: halagos, una relación "
                            "especial, aislamiento de la familia, secreto, regalos, y luego "
                            "peticiones sexuales y amenazas. Te puedes bajar de la escalera en "
                            "cualquier escalón: ignorar, bloquear, hablar con alguien o denunciar."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "A yes obtained through pressure, blackmail or gifts in exchange is "
                            "not consent."
                        ),
                        "es": (
                            "Un sí que se consigue con presión, chantaje o regalos a cambio no es "
                            "consentimiento."
                        ),
                    },
                    "answer": True,
                    "explanation": {
                        "en": (
                            "Consent means saying yes freely, knowing what you are agreeing to, "
                            "and being able to change your mind at any moment. A yes obtained "
                            "through pressure, blackmail, threats or gifts is not consent."
                        ),
                        "es": (
                            "Consentimiento es decir que sí libremente, sabiendo a qué se dice que "
                            "sí y pudiendo cambiar de opinión en cualquier momento. Un sí que se "
                            "consigue con presión, chantaje, amenazas o regalos no es "
                            "consentimiento."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "Someone you met online threatens to send your intimate video to your "
                            "family unless you pay by tonight. What is the best thing to do?"
                        ),
                        "es": (
                            "Alguien que conociste en internet te amenaza con enviarle tu video "
                            "íntimo a tu familia si no le pagas antes de esta noche. ¿Qué es lo "
                            "mejor que puedes hacer?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Pay quickly, so that the threats stop",
                                "es": "Pagar rápido para que paren las amenazas",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Send another video, so that they calm down",
                                "es": "Mandar otro video para que se calme",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Delete everything and tell nobody",
                                "es": "Borrar todo y no contarle a nadie",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Don't pay or send more, take screenshots of the threats, "
                                    "report and block the account, and tell a trusted adult"
                                ),
                                "es": (
                                    "No pagar ni mandar nada más, tomar pantallazos de las "
                                    "amenazas, reportar y bloquear la cuenta, y contarle a un "
                                    "adulto de confianza"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Paying rarely ends the threats and usually brings new demands. A "
                            "trusted adult, Línea 141, Línea 106 or the police (123) can help, and "
                            "platforms can remove images. This is a crime against you, not your "
                            "fault."
                        ),
                        "es": (
                            "Pagar casi nunca acaba con las amenazas y normalmente trae nuevas "
                            "exigencias. Un adulto de confianza, la Línea 141, la Línea 106 o la "
                            "Policía (123) pueden ayudarte, y las plataformas pueden eliminar "
                            "imágenes. Es un delito contra ti, no es tu culpa."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "If a person sent an intimate photo themselves, it is their fault if "
                            "it is later shared or used to threaten them."
                        ),
                        "es": (
                            "Si una persona mandó una foto íntima por su cuenta, es su culpa si "
                            "después la difunden o la usan para amenazarla."
                        ),
                    },
                    "answer": False,
                    "explanation": {
                        "en": (
                            "The responsibility lies with the person who manipulates, threatens or "
                            "shares, never with the person who trusted. It is never too late to "
                            "ask for help."
                        ),
                        "es": (
                            "La responsabilidad es de quien manipula, amenaza o difunde, nunca de "
                            "quien confió. Nunca es tarde para pedir ayuda."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "A photo of a classmate in her underwear appears in the class WhatsApp "
                            "group. What can a good friend do? Choose all that apply."
                        ),
                        "es": (
                            "En el grupo de WhatsApp del curso aparece una foto de una compañera "
                            "en ropa interior. ¿Qué puede hacer un buen amigo o una buena amiga? "
                            "Marca todo lo que corresponda."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Reply with a joke to lighten the mood",
                                "es": "Responder con un chiste para quitarle peso al asunto",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Not forward the photo, and not keep it",
                                "es": "No reenviar la foto ni guardarla",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Write to her privately: “I'm here for you, this isn't your "
                                    "fault.”"
                                ),
                                "es": (
                                    "Escribirle en privado: “Cuenta conmigo, esto no es tu culpa”"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Save a copy in case she needs it as evidence",
                                "es": "Guardar una copia por si ella la necesita como prueba",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Report the image in the group and on the platform, and tell a "
                                    "teacher or the school counsellor"
                                ),
                                "es": (
                                    "Reportar la imagen en el grupo y en la plataforma, y contarle "
                                    "a un profe o a la orientadora"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Every forward multiplies the harm, and every message of support "
                            "reduces it. Don't forward or keep the image, support her privately, "
                            "report it and tell an adult you trust."
                        ),
                        "es": (
                            "Cada reenvío multiplica el daño y cada mensaje de apoyo lo reduce. No "
                            "reenvíes ni guardes la imagen, apóyala en privado, repórtala y "
                            "cuéntale a un adulto de confianza."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "In Colombia, an adult asks a 15-year-old for sexual images. Which "
                            "statement is true?"
                        ),
                        "es": (
                            "En Colombia, un adulto le pide imágenes sexuales a alguien de 15 "
                            "años. ¿Qué afirmación es verdadera?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "It is only a problem if the adolescent says no",
                                "es": "Solo es un problema si el adolescente dice que no",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "The adult is committing a crime, whatever the adolescent said "
                                    "or sent"
                                ),
                                "es": (
                                    "El adulto está cometiendo un delito, sin importar lo que el "
                                    "adolescente haya dicho o enviado"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "It is allowed if they say they are in a relationship",
                                "es": "Está permitido si dicen que son pareja",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "In Colombia, asking minors for sexual images, or using the internet "
                            "to seek sexual contact with them, is a crime, whatever the minor said "
                            "or sent. These laws exist to protect you, and it can be reported."
                        ),
                        "es": (
                            "En Colombia, pedirle imágenes sexuales a un menor de edad, o usar "
                            "internet para buscar contacto sexual con él, es un delito, sin "
                            "importar lo que el menor haya dicho o enviado. Estas leyes existen "
                            "para protegerte, y se puede denunciar."
                        ),
                    },
                },
            ],
        },
        {
            "module": "recognise-listen-refer",
            "use": "both",
            "pass_mark": 70,
            "title": {
                "en": "Recognise, listen, refer: what do you know?",
                "es": "Reconocer, escuchar y activar la ruta: ¿qué sabe usted?",
            },
            "introduction": {
                "en": (
                    "Answer on your own, without looking anything up. The quiz is anonymous: it "
                    "shows the group what it already knows and what the session changed."
                ),
                "es": (
                    "Responda por su cuenta, sin consultar nada. El cuestionario es anónimo: le "
                    "muestra al grupo lo que ya sabe y lo que cambió con la sesión."
                ),
            },
            "questions": [
                {
                    "type": "true_false",
                    "text": {
                        "en": "Most children who are sexually abused are abused by strangers.",
                        "es": (
                            "La mayoría de los niños y niñas que sufren abuso sexual son abusados "
                            "por desconocidos."
                        ),
                    },
                    "answer": False,
                    "explanation": {
                        "en": (
                            "Myth. Most are abused by someone they know: relatives, family "
                            "friends, neighbours or people in positions of trust. Colombia's "
                            "forensic reports show this pattern year after year."
                        ),
                        "es": (
                            "Mito. La mayoría son abusados por alguien que conocen: familiares, "
                            "amigos de la familia, vecinos o personas en posición de confianza. "
                            "Los informes de Medicina Legal muestran este patrón año tras año."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "You suspect that a student is being sexually abused, but you have no "
                            "proof. What should you do?"
                        ),
                        "es": (
                            "Usted sospecha que un estudiante está siendo víctima de abuso sexual, "
                            "pero no tiene pruebas. ¿Qué debe hacer?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "Wait until there is clear evidence, to avoid a false "
                                    "accusation"
                                ),
                                "es": (
                                    "Esperar a tener pruebas claras, para no hacer una acusación "
                                    "falsa"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Question the student in detail to find out what happened",
                                "es": "Interrogar al estudiante en detalle para averiguar qué pasó",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Report the suspicion the same day, through the school "
                                    "counsellor and the rector"
                                ),
                                "es": (
                                    "Reportar la sospecha el mismo día, a través de la orientación "
                                    "y del rector o la rectora"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Call the family first to hear their side of the story",
                                "es": "Llamar primero a la familia para escuchar su versión",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Law 1098 of 2006 and Law 1146 of 2007 require schools and teachers to "
                            "report what they know or suspect. Reporting a suspicion in good faith "
                            "is a duty, not an accusation: the authorities investigate."
                        ),
                        "es": (
                            "La Ley 1098 de 2006 y la Ley 1146 de 2007 obligan a colegios y "
                            "docentes a reportar lo que conocen o sospechan. Reportar una sospecha "
                            "de buena fe es un deber, no una acusación: las autoridades son las "
                            "que investigan."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "A student tells you that someone is abusing them. Which of these are "
                            "the right things to do? Select all that apply."
                        ),
                        "es": (
                            "Un estudiante le cuenta que alguien está abusando de él o de ella. "
                            "¿Cuáles de estas acciones son correctas? Marque todas las que "
                            "correspondan."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Listen calmly and let the student speak in their own words",
                                "es": (
                                    "Escuchar con calma y dejar que hable con sus propias palabras"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Say: “Thank you for telling me. I believe you. It is not your "
                                    "fault.”"
                                ),
                                "es": "Decirle: “Gracias por contarme. Te creo. No es tu culpa”",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Promise to keep it secret, so that the student keeps trusting "
                                    "you"
                                ),
                                "es": (
                                    "Prometer que guardará el secreto, para que el estudiante siga "
                                    "confiando en usted"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Write down straight away the date, the time and the student's "
                                    "exact words"
                                ),
                                "es": (
                                    "Escribir de inmediato la fecha, la hora y las palabras "
                                    "exactas del estudiante"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Ask leading questions, such as “Was it your stepfather?”",
                                "es": (
                                    "Hacer preguntas que sugieran respuestas, como “¿Fue tu "
                                    "padrastro?”"
                                ),
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Listen, believe and say so, don't investigate and don't promise "
                            "secrecy: explain that you must tell people whose job is to protect "
                            "them. Write it down at once and inform the counsellor and the rector "
                            "the same day."
                        ),
                        "es": (
                            "Escuche, crea y dígalo, no investigue y no prometa guardar el "
                            "secreto: explique que tiene que contárselo a personas cuyo trabajo es "
                            "proteger al estudiante. Escríbalo de inmediato e informe a la "
                            "orientación y al rector o la rectora el mismo día."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": "Which statement about the signs of sexual abuse is correct?",
                        "es": (
                            "¿Cuál de estas afirmaciones sobre las señales de abuso sexual es "
                            "correcta?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "A single sign, such as a sudden drop in grades, proves abuse"
                                ),
                                "es": (
                                    "Una sola señal, como una caída repentina del rendimiento, "
                                    "prueba un abuso"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "What matters is a change, a combination of signs or what the "
                                    "child says; many abused children show no clear sign"
                                ),
                                "es": (
                                    "Lo que importa es un cambio, una combinación de señales o lo "
                                    "que dice el niño o la niña; muchos no muestran ninguna señal "
                                    "clara"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "If there are no physical injuries, there was no abuse",
                                "es": "Si no hay lesiones físicas, no hubo abuso",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Boys are rarely victims, so it is enough to watch for signs "
                                    "in girls"
                                ),
                                "es": (
                                    "Los niños varones casi nunca son víctimas, así que basta con "
                                    "estar atento a las niñas"
                                ),
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "No single sign proves abuse, and many have other causes. Most abuse "
                            "leaves no visible trace, and boys are victims too and tell even less "
                            "often: that is why listening matters more than detecting."
                        ),
                        "es": (
                            "Ninguna señal por sí sola prueba un abuso, y muchas tienen otras "
                            "causas. La mayoría de los abusos no dejan huellas visibles, y los "
                            "niños varones también son víctimas y cuentan todavía menos: por eso "
                            "escuchar importa más que detectar."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Presumed sexual crimes against students are type III situations (Law "
                            "1620 of 2013). Which of these are part of the school's protocol? "
                            "Select all that apply."
                        ),
                        "es": (
                            "Los presuntos delitos sexuales contra estudiantes son situaciones "
                            "tipo III (Ley 1620 de 2013). ¿Cuáles de estas acciones hacen parte "
                            "del protocolo del colegio? Marque todas las que correspondan."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "If the abuse may have happened recently, take the student "
                                    "urgently to a health service"
                                ),
                                "es": (
                                    "Si el abuso pudo haber ocurrido hace poco, llevar al "
                                    "estudiante de urgencia a un servicio de salud"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Bring the student and the alleged aggressor together to clear "
                                    "things up"
                                ),
                                "es": (
                                    "Reunir al estudiante con el presunto agresor para aclarar las "
                                    "cosas"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "The rector informs the police (Policía de Infancia y "
                                    "Adolescencia) immediately and in writing"
                                ),
                                "es": (
                                    "El rector o la rectora informa de inmediato y por escrito a "
                                    "la Policía de Infancia y Adolescencia"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Refer the case to the ICBF or the Comisaría de Familia, and "
                                    "to the Fiscalía"
                                ),
                                "es": (
                                    "Remitir el caso al ICBF o a la Comisaría de Familia, y a la "
                                    "Fiscalía"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Try to settle the matter between the families",
                                "es": "Intentar arreglar el asunto entre las familias",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Sexual violence is a medical emergency, especially within 72 hours. "
                            "The rector informs the police, and the case goes to the ICBF or the "
                            "Comisaría de Familia and to the Fiscalía. The school never "
                            "investigates on its own, confronts the student with the aggressor or "
                            "mediates between families."
                        ),
                        "es": (
                            "La violencia sexual es una urgencia médica, sobre todo en las "
                            "primeras 72 horas. El rector o la rectora informa a la Policía, y el "
                            "caso se remite al ICBF o a la Comisaría de Familia y a la Fiscalía. "
                            "El colegio nunca investiga por su cuenta, ni pone al estudiante "
                            "frente al agresor, ni media entre las familias."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "When the person of concern is a teacher or another member of staff, "
                            "the school follows the same route."
                        ),
                        "es": (
                            "Cuando la persona que preocupa es un docente u otro funcionario del "
                            "colegio, se sigue la misma ruta."
                        ),
                    },
                    "answer": True,
                    "explanation": {
                        "en": (
                            "The same protocol applies to staff, contractors and volunteers, and "
                            "the rector also informs the Secretaría de Educación. Parents are "
                            "informed unless that would put the student at risk, as when the "
                            "alleged aggressor lives at home."
                        ),
                        "es": (
                            "El mismo protocolo se aplica a funcionarios, contratistas y "
                            "voluntarios, y el rector o la rectora también informa a la Secretaría "
                            "de Educación. Se informa a la familia salvo que eso ponga en riesgo "
                            "al estudiante, como cuando el presunto agresor vive en la casa."
                        ),
                    },
                },
            ],
        },
    ],
    "preventing-trafficking": [
        {
            "module": "too-good-to-be-true-job-offers-abroad",
            "use": "both",
            "pass_mark": 70,
            "title": {
                "en": "Too good to be true: what do you know about job offers abroad?",
                "ro": (
                    "Prea frumos ca să fie adevărat: ce știți despre ofertele de muncă în "
                    "străinătate?"
                ),
            },
            "introduction": {
                "en": (
                    "This quiz does not ask for your name, and no one will judge your answers. "
                    "Answer what you think; at the end you will see a short explanation for each "
                    "question."
                ),
                "ro": (
                    "Chestionarul nu vă cere numele și nimeni nu vă judecă răspunsurile. "
                    "Răspundeți ce credeți; la final veți vedea o scurtă explicație pentru fiecare "
                    "întrebare."
                ),
            },
            "questions": [
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Which of these are warning signs in a job offer abroad? Choose all "
                            "that apply."
                        ),
                        "ro": (
                            "Care dintre acestea sunt semne de avertizare într-o ofertă de muncă "
                            "în străinătate? Alegeți toate variantele potrivite."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "A written contract, in a language you understand, signed "
                                    "before you leave"
                                ),
                                "ro": (
                                    "Un contract scris, într-o limbă pe care o înțelegeți, semnat "
                                    "înainte de plecare"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "The “agency” is just a phone number",
                                "ro": "„Agenția” este doar un număr de telefon",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "A job found through EURES and the county employment agency "
                                    "(AJOFM)"
                                ),
                                "ro": (
                                    "Un loc de muncă găsit prin EURES și agenția județeană pentru "
                                    "ocuparea forței de muncă (AJOFM)"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "You are told the contract will be signed “when you get there”"
                                ),
                                "ro": "Vi se spune că veți semna contractul „când ajungeți acolo”",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Someone asks for your identity card “for safekeeping”",
                                "ro": "Cineva vă cere cartea de identitate „spre păstrare”",
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "A genuine employer has a name and address you can check, gives you a "
                            "written contract before you leave and never keeps your documents. "
                            "EURES and the AJOFM are free public services for finding work abroad."
                        ),
                        "ro": (
                            "Un angajator serios are un nume și o adresă care pot fi verificate, "
                            "vă dă un contract scris înainte de plecare și nu vă păstrează "
                            "niciodată actele. EURES și AJOFM sunt servicii publice gratuite "
                            "pentru găsirea unui loc de muncă în străinătate."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "A recruiter pays for your journey and says you will pay it back from "
                            "your wages. Then, every week, the “debt” for rent, food and fines "
                            "grows faster than your pay. What is this?"
                        ),
                        "ro": (
                            "Un recrutor vă plătește drumul și spune că îl veți da înapoi din "
                            "salariu. Apoi, în fiecare săptămână, „datoria” pentru chirie, mâncare "
                            "și amenzi crește mai repede decât salariul. Despre ce este vorba?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "An ordinary arrangement for seasonal work",
                                "ro": "Despre o înțelegere obișnuită la munca sezonieră",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Debt bondage, a common way of keeping people under control",
                                "ro": (
                                    "Despre servitute pentru datorii, un mod frecvent de a ține "
                                    "oamenii sub control"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "A loan that you must pay back before you are allowed to leave"
                                ),
                                "ro": (
                                    "Despre un împrumut pe care trebuie să îl plătiți înainte să "
                                    "aveți voie să plecați"
                                ),
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "A debt that keeps growing and stops you from leaving is a way of "
                            "controlling people, not something you owe. Help exists: the ANITP "
                            "helpline, 0800 800 678, and 112 in an emergency."
                        ),
                        "ro": (
                            "O datorie care tot crește și nu vă lasă să plecați este un mijloc de "
                            "control, nu ceva ce datorați. Există ajutor: linia telefonică a "
                            "ANITP, 0800 800 678, și 112 în caz de urgență."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "Recruiters are often people the woman already knows or trusts, such "
                            "as a friend, a relative or a boyfriend."
                        ),
                        "ro": (
                            "Recrutorii sunt adesea oameni pe care femeia îi cunoaște deja sau în "
                            "care are încredere, de exemplu o prietenă, o rudă sau un iubit."
                        ),
                    },
                    "answer": True,
                    "explanation": {
                        "en": (
                            "An offer from someone close, like the “lover boy” who promises a "
                            "future together, is harder to question. Checking an offer is not a "
                            "sign of distrust: a genuine employer will not mind being checked."
                        ),
                        "ro": (
                            "O ofertă venită de la cineva apropiat, cum este „loverboy”-ul care "
                            "promite un viitor împreună, este mai greu de pus la îndoială. A "
                            "verifica o ofertă nu înseamnă neîncredere: un angajator serios nu se "
                            "supără că este verificat."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Which of these safety steps help before leaving for a job abroad? "
                            "Choose all that apply."
                        ),
                        "ro": (
                            "Care dintre aceste măsuri de siguranță ajută înainte de plecarea la "
                            "un loc de muncă în străinătate? Alegeți toate variantele potrivite."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "Hand your passport to the employer's driver, so that he can "
                                    "register you"
                                ),
                                "ro": (
                                    "Îi dați pașaportul șoferului angajatorului, ca să vă "
                                    "înregistreze"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Leave copies of your documents and contract, and the address "
                                    "abroad, with someone you trust at home"
                                ),
                                "ro": (
                                    "Lăsați copii ale actelor și ale contractului, plus adresa din "
                                    "străinătate, unei persoane de încredere de acasă"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Agree times to call and a code word that means “I am in "
                                    "trouble”"
                                ),
                                "ro": (
                                    "Stabiliți ore pentru telefoane și un cuvânt-cod care înseamnă "
                                    "„am probleme”"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Pay the recruiter a fee so that the job is kept for you",
                                "ro": (
                                    "Îi plătiți recrutorului o taxă ca să vă păstreze locul de "
                                    "muncă"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Save 112, which works in every EU country, and the address of "
                                    "the Romanian embassy or consulate"
                                ),
                                "ro": (
                                    "Salvați numărul 112, care funcționează în toate țările UE, și "
                                    "adresa ambasadei sau a consulatului României"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Keep your documents in your own hands, and leave copies, contacts and "
                            "the address at home. A code word and agreed call times let someone at "
                            "home know quickly if something is wrong. No fee is ever paid for the "
                            "job itself."
                        ),
                        "ro": (
                            "Păstrați actele în mâna dumneavoastră și lăsați acasă copii, "
                            "contactele și adresa. Un cuvânt-cod și orele stabilite pentru "
                            "telefoane îi arată repede cuiva de acasă că ceva nu este în regulă. "
                            "Pentru locul de muncă în sine nu se plătește nicio taxă."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "A friend is working abroad. Her employer has taken her identity card "
                            "and tells her that the police will arrest her if she leaves. What can "
                            "you do from Romania?"
                        ),
                        "ro": (
                            "O prietenă lucrează în străinătate. Angajatorul i-a luat cartea de "
                            "identitate și îi spune că poliția o va aresta dacă pleacă. Ce puteți "
                            "face din România?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Send money to pay off her “debt”",
                                "ro": "Trimiteți bani ca să îi plătiți „datoria”",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Call the recruiter and confront him",
                                "ro": "Îl sunați pe recrutor și îl confruntați",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Call the ANITP helpline (0800 800 678), or 112 if she is in "
                                    "immediate danger"
                                ),
                                "ro": (
                                    "Sunați la linia telefonică a ANITP (0800 800 678) sau la 112, "
                                    "dacă ea este în pericol imediat"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Wait: it will probably sort itself out",
                                "ro": "Așteptați: probabil se rezolvă de la sine",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Taking her documents and threatening her are signs of exploitation. "
                            "You can call the ANITP helpline from Romania; where she is, she can "
                            "call 112 or go to the Romanian consulate. As a victim, she has a "
                            "right to help and protection."
                        ),
                        "ro": (
                            "Luarea actelor și amenințările sunt semne de exploatare. Puteți suna "
                            "din România la linia telefonică a ANITP; acolo unde se află, ea poate "
                            "suna la 112 sau poate merge la consulatul României. Ca victimă, are "
                            "dreptul la ajutor și protecție."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "A woman who believed a false job offer is partly to blame for what "
                            "happened to her."
                        ),
                        "ro": (
                            "O femeie care a crezut o ofertă de muncă falsă este și ea vinovată "
                            "pentru ce i s-a întâmplat."
                        ),
                    },
                    "answer": False,
                    "explanation": {
                        "en": (
                            "Recruiters are skilled and patient, and anyone can be deceived when "
                            "she needs work to feed her children. The only people at fault are "
                            "those who deceive and exploit."
                        ),
                        "ro": (
                            "Recrutorii sunt pricepuți și răbdători, iar oricine poate fi înșelat "
                            "atunci când are nevoie de un loc de muncă pentru a-și hrăni copiii. "
                            "Vinovați sunt doar cei care înșală și exploatează."
                        ),
                    },
                },
            ],
        },
        {
            "module": "keeping-my-children-safe",
            "use": "both",
            "pass_mark": 70,
            "title": {
                "en": "Keeping my children safe: what do you know?",
                "ro": "Copiii mei în siguranță: ce știți?",
            },
            "introduction": {
                "en": (
                    "This quiz does not ask for your name, and no one will judge your answers. "
                    "Answer what you think; at the end you will see a short explanation for each "
                    "question."
                ),
                "ro": (
                    "Chestionarul nu vă cere numele și nimeni nu vă judecă răspunsurile. "
                    "Răspundeți ce credeți; la final veți vedea o scurtă explicație pentru fiecare "
                    "întrebare."
                ),
            },
            "questions": [
                {
                    "type": "single",
                    "text": {
                        "en": "How do people who exploit children usually begin?",
                        "ro": "Cum încep de obicei cei care exploatează copii?",
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "They use force from the very first day",
                                "ro": "Folosesc forța încă din prima zi",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "They always choose children whose parents do not look after "
                                    "them"
                                ),
                                "ro": "Aleg mereu copii de care părinții nu au grijă",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "They slowly win the child's trust, with attention, gifts and "
                                    "secrets"
                                ),
                                "ro": (
                                    "Câștigă încet încrederea copilului, cu atenție, cadouri și "
                                    "secrete"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "They usually go step by step, over weeks or months: choosing a child, "
                            "becoming a friend, gifts and attention, secrets, cutting the child "
                            "off from others, and then control. Any child can be targeted, in any "
                            "family."
                        ),
                        "ro": (
                            "De obicei urcă treaptă cu treaptă, în câteva săptămâni sau luni: aleg "
                            "un copil, se împrietenesc cu el, îi oferă cadouri și atenție, îi cer "
                            "să păstreze secrete, îl îndepărtează de ceilalți și apoi îl "
                            "controlează. Orice copil poate deveni ținta lor, în orice familie."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Which of these are worrying signs, rather than ordinary growing up? "
                            "Choose all that apply."
                        ),
                        "ro": (
                            "Care dintre acestea sunt semne îngrijorătoare, nu simple schimbări "
                            "ale creșterii? Alegeți toate variantele potrivite."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "New clothes, a phone or money that the child cannot explain",
                                "ro": (
                                    "Haine noi, un telefon sau bani pe care copilul nu îi poate "
                                    "explica"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Wanting more privacy",
                                "ro": "Nevoia de mai multă intimitate",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "A first crush",
                                "ro": "Prima dragoste",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "A much older “boyfriend” or “friend” whom the child will not "
                                    "introduce"
                                ),
                                "ro": (
                                    "Un „iubit” sau un „prieten” mult mai mare, pe care copilul nu "
                                    "vrea să îl prezinte"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Talk of a modelling job or a job abroad",
                                "ro": (
                                    "Discuții despre o ofertă de modeling sau de muncă în "
                                    "străinătate"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Many changes are ordinary at this age. What should worry us is a "
                            "combination of signs, a sudden change, and anything involving gifts, "
                            "money or secrets shared with an older person."
                        ),
                        "ro": (
                            "Multe schimbări sunt obișnuite la această vârstă. Ce ar trebui să ne "
                            "îngrijoreze este o combinație de semne, o schimbare bruscă și orice "
                            "legat de cadouri, bani sau secrete împărțite cu o persoană mai în "
                            "vârstă."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "You notice two or three worrying signs together. What is a good first "
                            "step?"
                        ),
                        "ro": (
                            "Observați două-trei semne îngrijorătoare în același timp. Care este "
                            "un prim pas bun?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Take your child's phone away at once",
                                "ro": "Îi luați imediat telefonul copilului",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Punish your child so that it stops",
                                "ro": "Îl pedepsiți pe copil ca să înceteze",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Contact the person you suspect and confront them",
                                "ro": "O contactați pe persoana pe care o bănuiți și o confruntați",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "Talk calmly with your child, and call Telefonul Copilului "
                                    "(116 111) for advice"
                                ),
                                "ro": (
                                    "Vorbiți calm cu copilul și sunați la Telefonul Copilului (116 "
                                    "111) pentru sfaturi"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Taking the phone away or punishing tends to push a child closer to "
                            "the person grooming them. A calm conversation and advice from "
                            "Telefonul Copilului help; if a child is in immediate danger, call "
                            "112."
                        ),
                        "ro": (
                            "Luarea telefonului sau pedeapsa îl împing adesea pe copil și mai "
                            "aproape de persoana care îl manipulează. Ajută o discuție calmă și "
                            "sfatul celor de la Telefonul Copilului; dacă un copil este în pericol "
                            "imediat, sunați la 112."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "When someone sets out to deceive a child, the parent is partly to "
                            "blame for not noticing in time."
                        ),
                        "ro": (
                            "Când cineva își propune să înșele un copil, vina este și a "
                            "părintelui, pentru că nu a observat la timp."
                        ),
                    },
                    "answer": False,
                    "explanation": {
                        "en": (
                            "People who groom children are skilled at hiding it from parents, and "
                            "they target the child, not the parent. The fault is theirs alone; "
                            "what matters is what you can do from now on."
                        ),
                        "ro": (
                            "Cei care manipulează copii știu foarte bine să ascundă asta de "
                            "părinți și îl țintesc pe copil, nu pe părinte. Vina este doar a lor; "
                            "contează ce puteți face de acum înainte."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Your teenage daughter tells you: “There's a guy who says he'll take "
                            "me to London.” Which responses help? Choose all that apply."
                        ),
                        "ro": (
                            "Fiica dumneavoastră adolescentă vă spune: „E un tip care zice că mă "
                            "duce la Londra.” Ce reacții ajută? Alegeți toate variantele "
                            "potrivite."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Thank her for telling you, and stay calm",
                                "ro": "Îi mulțumiți că v-a spus și rămâneți calmă",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Shout at her, so that she understands how dangerous it is",
                                "ro": "Țipați la ea, ca să înțeleagă cât de periculos este",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Ask open questions, such as “How did you meet him?”",
                                "ro": "Puneți întrebări deschise, de pildă „Cum l-ai cunoscut?”",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Tell her it is not her fault, and say what will happen next",
                                "ro": (
                                    "Îi spuneți că nu este vina ei și ce se va întâmpla mai departe"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Ground her until she deletes all her accounts",
                                "ro": "O pedepsiți până își șterge toate conturile",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Children confide in adults who will not explode, blame or punish. "
                            "Staying calm, asking open questions and saying what happens next help "
                            "her keep talking to you."
                        ),
                        "ro": (
                            "Copiii se destăinuie adulților care nu izbucnesc, nu dau vina pe ei "
                            "și nu îi pedepsesc. Calmul, întrebările deschise și explicarea "
                            "pașilor următori o ajută să vă spună în continuare ce se întâmplă."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "It helps if a child has at least one trusted adult outside the "
                            "family, such as a teacher or the school counsellor."
                        ),
                        "ro": (
                            "Este bine ca un copil să aibă cel puțin un adult de încredere și în "
                            "afara familiei, de exemplu un profesor sau consilierul școlar."
                        ),
                    },
                    "answer": True,
                    "explanation": {
                        "en": (
                            "Children need more than one person to turn to, in case they cannot "
                            "talk to you. The hand exercise helps each child name trusted adults, "
                            "and a family code word adds protection."
                        ),
                        "ro": (
                            "Copiii au nevoie de mai mulți oameni la care să apeleze, pentru cazul "
                            "în care nu pot vorbi cu dumneavoastră. Exercițiul cu palma îi ajută "
                            "să numească adulți de încredere, iar un cuvânt-cod al familiei îi "
                            "protejează și mai bine."
                        ),
                    },
                },
            ],
        },
        {
            "module": "where-to-get-help-and-my-rights",
            "use": "both",
            "pass_mark": 70,
            "title": {
                "en": "Where to get help, and my rights: what do you know?",
                "ro": "Unde cer ajutor și care sunt drepturile mele: ce știți?",
            },
            "introduction": {
                "en": (
                    "This quiz does not ask for your name, and no one will judge your answers. "
                    "Answer what you think; at the end you will see a short explanation for each "
                    "question."
                ),
                "ro": (
                    "Chestionarul nu vă cere numele și nimeni nu vă judecă răspunsurile. "
                    "Răspundeți ce credeți; la final veți vedea o scurtă explicație pentru fiecare "
                    "întrebare."
                ),
            },
            "questions": [
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "If a woman agreed to go abroad for the job, what happened to her "
                            "cannot be trafficking."
                        ),
                        "ro": (
                            "Dacă o femeie a fost de acord să plece la muncă în străinătate, ce i "
                            "s-a întâmplat nu poate fi trafic de persoane."
                        ),
                    },
                    "answer": False,
                    "explanation": {
                        "en": (
                            "Under Romanian law, the victim's consent does not excuse the crime. "
                            "People agree to a job, not to being exploited."
                        ),
                        "ro": (
                            "Potrivit legii române, consimțământul victimei nu scuză infracțiunea. "
                            "Oamenii sunt de acord cu un loc de muncă, nu cu exploatarea."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": (
                            "You call the ANITP helpline to ask about a situation that worries "
                            "you. What happens?"
                        ),
                        "ro": (
                            "Sunați la linia telefonică a ANITP ca să întrebați despre o situație "
                            "care vă îngrijorează. Ce se întâmplă?"
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "The police come straight away",
                                "ro": "Poliția vine imediat",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "You can ask for information or advice and talk through your "
                                    "options"
                                ),
                                "ro": (
                                    "Puteți cere informații sau sfaturi și puteți discuta "
                                    "opțiunile pe care le aveți"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "You must first make a formal complaint",
                                "ro": "Trebuie mai întâi să faceți o plângere oficială",
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "You can call just to ask for information or advice. If a crime is "
                            "taking place, the case can be passed on to the police. The number is "
                            "0800 800 678, free from Romanian networks; in an emergency, call 112."
                        ),
                        "ro": (
                            "Puteți suna doar pentru informații sau sfaturi. Dacă are loc o "
                            "infracțiune, cazul poate fi transmis poliției. Numărul este 0800 800 "
                            "678, gratuit din rețelele din România; în caz de urgență, sunați la "
                            "112."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Which of these are rights of victims of trafficking in Romania? "
                            "Choose all that apply."
                        ),
                        "ro": (
                            "Care dintre acestea sunt drepturi ale victimelor traficului de "
                            "persoane în România? Alegeți toate variantele potrivite."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Free legal assistance",
                                "ro": "Asistență juridică gratuită",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Help, but only if they were exploited abroad",
                                "ro": "Ajutor, dar numai dacă au fost exploatate în străinătate",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Accommodation in a specialised centre, on request",
                                "ro": "Cazare într-un centru specializat, la cerere",
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Help, but only once they have paid back the traffickers' "
                                    "“debt”"
                                ),
                                "ro": (
                                    "Ajutor, dar numai după ce plătesc „datoria” față de traficanți"
                                ),
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "New identity documents, if theirs were taken",
                                "ro": "Acte de identitate noi, dacă le-au fost luate",
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Victims have the right to free legal help, safe accommodation on "
                            "request, medical, psychological and social support, and new "
                            "documents. Victims exploited inside Romania have the same rights, and "
                            "a “debt” imposed by traffickers is not a real debt."
                        ),
                        "ro": (
                            "Victimele au dreptul la asistență juridică gratuită, la cazare în "
                            "siguranță, la cerere, la sprijin medical, psihologic și social și la "
                            "acte noi. Cele exploatate în România au aceleași drepturi, iar "
                            "„datoria” impusă de traficanți nu este o datorie reală."
                        ),
                    },
                },
                {
                    "type": "true_false",
                    "text": {
                        "en": (
                            "Victims of trafficking can get help even if they do not make a "
                            "complaint to the police."
                        ),
                        "ro": (
                            "Victimele traficului de persoane pot primi ajutor chiar dacă nu fac "
                            "plângere la poliție."
                        ),
                    },
                    "answer": True,
                    "explanation": {
                        "en": (
                            "Assistance does not depend on making a complaint. No one has to "
                            "decide straight away whether to make a complaint or to testify."
                        ),
                        "ro": (
                            "Asistența nu depinde de depunerea unei plângeri. Nimeni nu trebuie să "
                            "hotărască pe loc dacă face plângere sau dacă depune mărturie."
                        ),
                    },
                },
                {
                    "type": "multiple",
                    "text": {
                        "en": (
                            "Your sister is working in Italy. She calls you in tears: her employer "
                            "has taken her passport, she has not been paid and she is told she "
                            "owes money for her room. What can you do? Choose all that apply."
                        ),
                        "ro": (
                            "Sora dumneavoastră lucrează în Italia. Vă sună plângând: angajatorul "
                            "i-a luat pașaportul, nu a fost plătită și i se spune că datorează "
                            "bani pentru cameră. Ce puteți face? Alegeți toate variantele "
                            "potrivite."
                        ),
                    },
                    "choices": [
                        {
                            "text": {
                                "en": "Send money so that she can pay off the “debt”",
                                "ro": "Trimiteți bani ca să plătească „datoria”",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": (
                                    "If she is in immediate danger, call 112 or tell her to: it "
                                    "works in every EU country"
                                ),
                                "ro": (
                                    "Dacă este în pericol imediat, sunați la 112 sau spuneți-i ei "
                                    "să sune: numărul funcționează în toate țările UE"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": (
                                    "Call the ANITP helpline and contact the Romanian embassy or "
                                    "consulate"
                                ),
                                "ro": (
                                    "Sunați la linia telefonică a ANITP și contactați ambasada sau "
                                    "consulatul României"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "Confront the recruiter who found her the job",
                                "ro": "Îl confruntați pe recrutorul care i-a găsit locul de muncă",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "Stay in contact, stay calm and agree a code word",
                                "ro": (
                                    "Păstrați legătura cu ea, rămâneți calmă și stabiliți un "
                                    "cuvânt-cod"
                                ),
                            },
                            "correct": True,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "Stay in touch and call for help: 112 in an emergency, the ANITP "
                            "helpline from Romania and the Romanian embassy or consulate. Paying "
                            "the “debt” or confronting the recruiter rarely frees anyone and can "
                            "put her at greater risk."
                        ),
                        "ro": (
                            "Păstrați legătura și cereți ajutor: 112 în caz de urgență, linia "
                            "telefonică a ANITP din România și ambasada sau consulatul României. "
                            "Plata „datoriei” sau confruntarea recrutorului rareori eliberează pe "
                            "cineva și o poate pune într-un pericol și mai mare."
                        ),
                    },
                },
                {
                    "type": "single",
                    "text": {
                        "en": "What is a safety plan?",
                        "ro": "Ce este un plan de siguranță?",
                    },
                    "choices": [
                        {
                            "text": {
                                "en": (
                                    "A short, private list that helps in a crisis: trusted "
                                    "contacts, copies of documents, saved numbers, a code word and "
                                    "a plan for the children"
                                ),
                                "ro": (
                                    "O listă scurtă și personală care ajută într-o criză: persoane "
                                    "de încredere, copii ale actelor, numere salvate, un "
                                    "cuvânt-cod și un plan pentru copii"
                                ),
                            },
                            "correct": True,
                        },
                        {
                            "text": {
                                "en": "A form that you must hand in to the police",
                                "ro": "Un formular pe care trebuie să îl predați la poliție",
                            },
                            "correct": False,
                        },
                        {
                            "text": {
                                "en": "A document that only people who have been trafficked need",
                                "ro": (
                                    "Un document de care au nevoie doar persoanele care au fost "
                                    "traficate"
                                ),
                            },
                            "correct": False,
                        },
                    ],
                    "explanation": {
                        "en": (
                            "A safety plan helps anyone think clearly in a crisis: before a trip "
                            "abroad, in a difficult relationship or when a child is away from "
                            "home. Keep it somewhere safe, or with someone you trust."
                        ),
                        "ro": (
                            "Un plan de siguranță ajută pe oricine să gândească limpede într-o "
                            "criză: înaintea unei plecări în străinătate, într-o relație dificilă "
                            "sau când un copil este departe de casă. Păstrați-l într-un loc sigur "
                            "sau la o persoană de încredere."
                        ),
                    },
                },
            ],
        },
    ],
}
