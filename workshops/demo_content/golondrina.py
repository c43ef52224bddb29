"""Golondrina: a campaign to prevent child sexual abuse in Bogotá's public schools.

Demo content for Faro, as plain data: English is the source language, Colombian Spanish mirrors it
block for block. Names and situations in the activities are fictional; the laws cited are
Colombian (Law 1098 of 2006, Law 1146 of 2007, Law 1620 of 2013 and its Decree 1965 of 2013), and
the referral contacts are real national and Bogotá helplines.
"""

CAMPAIGN = {
    "source_language": "en",
    "languages": ["en", "es"],
    "country": "CO",
    "partner_organisation": "Local school communities of Santa Fe, La Candelaria and San Cristóbal",
    "period_start": "2019-02-01",
    "period_end": "2021-11-30",
    "audiences": [("students", 2100), ("teachers", 380), ("parents", None)],
    "slug": {
        "en": "golondrina",
        "es": "golondrina",
    },
    # Words in a free-text survey answer that may mean a child is telling about harm: flagged for
    # the trainer (never shown publicly). A starting list for the NGO's safeguarding lead to adapt.
    "disclosure_words": {
        "en": [
            "touches me",
            "touched me",
            "hurts me",
            "secret",
            "abuse",
            "photos of me",
            "afraid to go home",
        ],
        "es": [
            "me toca",
            "me tocó",
            "me hace daño",
            "secreto",
            "abuso",
            "fotos mías",
            "miedo de volver a casa",
        ],
    },
    "title": {
        "en": "Golondrina: preventing child sexual abuse in Bogotá's public schools",
        "es": "Golondrina: prevención del abuso sexual infantil en colegios distritales de Bogotá",
    },
    "summary": {
        "en": "Golondrina was an awareness campaign to prevent child sexual abuse in the public "
        "schools (colegios distritales) of three Bogotá localities: Santa Fe, La Candelaria and "
        "San Cristóbal. Between 2019 and 2021 its workshops on body autonomy, online safety and "
        "the school's referral route reached a reported 2,100 students and 380 teachers. The work "
        "then continued with the local governments (alcaldías locales).",
        "es": "Golondrina fue una campaña de sensibilización para prevenir el abuso sexual "
        "infantil en los colegios distritales de tres localidades de Bogotá: Santa Fe, La "
        "Candelaria y San Cristóbal. Entre 2019 y 2021, sus talleres sobre el cuidado del propio "
        "cuerpo, la seguridad en internet y la ruta de atención del colegio llegaron, según lo "
        "reportado, a 2.100 estudiantes y 380 docentes. Después, el trabajo continuó con las "
        "alcaldías locales.",
    },
    "body": {
        "en": [
            {
                "type": "section",
                "value": {
                    "heading": "Why a swallow",
                    "text": "<p>Swallows travel in flocks and come back every year. The campaign "
                    "took its name from both ideas: a child is safer when surrounded by adults "
                    "who pay attention and act, and prevention works when it returns year after "
                    "year, not as a single talk.</p><p>Golondrina worked in <i>colegios "
                    "distritales</i>, Bogotá's public schools, in three neighbouring localities "
                    "in the centre and south-east of the city: Santa Fe, La Candelaria and San "
                    "Cristóbal. Its purpose was to prevent child sexual abuse, and to make sure "
                    "that when a child or adolescent does speak up, the adults around them know "
                    "how to listen and what to do next.</p>",
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "What the campaign did",
                    "text": "<p>Each participating school received a sequence of sessions, run "
                    "together with its school counselling team (<i>orientación "
                    "escolar</i>):</p><ul><li><b>Teachers first.</b> A two-hour session on "
                    "recognising signs of abuse, receiving a disclosure, and following the "
                    "school's protocol and the referral route (<i>ruta de atención</i>). Students "
                    "are more likely to speak up after a workshop, so the adults who will hear "
                    "them must be ready before it.</li><li><b>Students aged 10 to 13.</b> “My "
                    "body is mine”: body autonomy, safe and unsafe touch, secrets and surprises, "
                    "and each child's hand of five trusted adults.</li><li><b>Students aged 14 to "
                    "17.</b> Online grooming and sextortion: recognising manipulation, consent, "
                    "what to do and whom to tell, and why the victim is never to "
                    "blame.</li><li><b>Families.</b> Information meetings for parents and "
                    "caregivers before the student sessions, so that they knew what their "
                    "children would learn and how to respond at home.</li></ul><p>The messages "
                    "were the same throughout: your body belongs to you; abuse is never the "
                    "child's fault; unsafe secrets are meant to be told; and protecting children "
                    "is the job of adults.</p>",
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Reach and what came next",
                    "text": "<p>Between February 2019 and November 2021, the campaign reported "
                    "2,100 students and 380 teachers sensitised. Families took part in school "
                    "meetings, but no reach target was set for them and they were not counted "
                    "separately.</p><p>The period included the school closures of the COVID-19 "
                    "pandemic, when much of students' lives moved online; this is one reason why "
                    "the module for adolescents deals with online grooming and sextortion in "
                    "depth.</p><p>After the school sessions, the work continued with the local "
                    "governments (<i>alcaldías locales</i>), so that prevention and the referral "
                    "route would rest on the whole local community, not on a single school or a "
                    "single campaign.</p>",
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Using these materials",
                    "text": "<p>The three workshop modules are complete session plans that a "
                    "trained facilitator can run as written or adapt to the group. Before running "
                    "any of them, read the facilitator manual, especially the chapter on "
                    "disclosures and referrals, and agree with the school who will follow up if a "
                    "student asks for help. The student handout can be given out at the end of "
                    "the student sessions.</p><p>All names and situations in the activities are "
                    "fictional.</p>",
                },
            },
            {
                "type": "safeguarding_note",
                "value": {
                    "text": "<p>If you are worried about a child or adolescent in Colombia, you "
                    "do not need proof to ask for help. Call Línea 141 of the ICBF to report a "
                    "suspicion or to ask for advice. In Bogotá, children and adolescents can call "
                    "Línea 106 to talk with someone who will listen. If a child is in immediate "
                    "danger, call 123. Offers of work or travel that may hide trafficking can be "
                    "reported to the national anti-trafficking line.</p>",
                    "contacts": [
                        {
                            "name": "Línea 141 – ICBF (Colombian Family Welfare Institute)",
                            "phone": "141",
                            "hours": "24 hours, free",
                        },
                        {
                            "name": "Línea 106 – Bogotá, listening line for children and "
                            "adolescents",
                            "phone": "106",
                            "hours": "24 hours",
                        },
                        {
                            "name": "Emergencies – Policía Nacional (National Police)",
                            "phone": "123",
                            "hours": "24 hours",
                        },
                        {
                            "name": "National line against human trafficking (Ministerio del "
                            "Interior)",
                            "phone": "01 8000 52 20 20",
                            "hours": "24 hours",
                        },
                    ],
                },
            },
        ],
        "es": [
            {
                "type": "section",
                "value": {
                    "heading": "¿Por qué una golondrina?",
                    "text": "<p>Las golondrinas vuelan en bandada y regresan cada año. La campaña "
                    "tomó su nombre de esas dos ideas: un niño o una niña está más protegido "
                    "cuando lo rodean adultos que prestan atención y actúan, y la prevención "
                    "funciona cuando vuelve año tras año, no como una charla "
                    "aislada.</p><p>Golondrina trabajó en colegios distritales, los colegios "
                    "públicos de Bogotá, de tres localidades vecinas del centro y el suroriente "
                    "de la ciudad: Santa Fe, La Candelaria y San Cristóbal. Su propósito fue "
                    "prevenir el abuso sexual infantil y asegurar que, cuando un niño, una niña o "
                    "un adolescente se atreve a contar, los adultos que lo rodean sepan escuchar "
                    "y qué hacer después.</p>",
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Qué hizo la campaña",
                    "text": "<p>Cada colegio participante recibió una secuencia de sesiones, "
                    "realizadas junto con su equipo de orientación "
                    "escolar:</p><ul><li><b>Primero, los docentes.</b> Una sesión de dos horas "
                    "para reconocer señales de abuso, recibir un relato y seguir el protocolo del "
                    "colegio y la ruta de atención. Después de un taller es más probable que los "
                    "estudiantes cuenten lo que les pasa, así que los adultos que los van a "
                    "escuchar tienen que estar preparados desde antes.</li><li><b>Estudiantes de "
                    "10 a 13 años.</b> “Mi cuerpo es mío”: el cuidado y la autonomía sobre el "
                    "propio cuerpo, el contacto seguro e inseguro, los secretos y las sorpresas, "
                    "y la mano de cinco adultos de confianza de cada niño y "
                    "niña.</li><li><b>Estudiantes de 14 a 17 años.</b> Grooming y sextorsión en "
                    "línea: reconocer la manipulación, el consentimiento, qué hacer y a quién "
                    "contarle, y por qué la víctima nunca tiene la "
                    "culpa.</li><li><b>Familias.</b> Reuniones informativas con madres, padres y "
                    "cuidadores antes de las sesiones con estudiantes, para que supieran qué iban "
                    "a aprender sus hijos e hijas y cómo responder en casa.</li></ul><p>Los "
                    "mensajes fueron siempre los mismos: tu cuerpo es tuyo; el abuso nunca es "
                    "culpa del niño o la niña; los secretos que hacen daño se cuentan; y proteger "
                    "a la niñez es tarea de los adultos.</p>",
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Alcance y continuidad",
                    "text": "<p>Entre febrero de 2019 y noviembre de 2021, la campaña reportó "
                    "2.100 estudiantes y 380 docentes sensibilizados. Las familias participaron "
                    "en reuniones en los colegios, pero no se fijó una meta de alcance para ellas "
                    "ni se contaron por separado.</p><p>El periodo incluyó el cierre de los "
                    "colegios durante la pandemia de COVID-19, cuando buena parte de la vida de "
                    "los estudiantes pasó a internet; esa es una de las razones por las que el "
                    "módulo para adolescentes trata a fondo el grooming y la sextorsión en "
                    "línea.</p><p>Después de las sesiones en los colegios, el trabajo continuó "
                    "con las alcaldías locales, para que la prevención y la ruta de atención se "
                    "apoyaran en toda la comunidad local, y no en un solo colegio ni en una sola "
                    "campaña.</p>",
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Cómo usar estos materiales",
                    "text": "<p>Los tres módulos de taller son planes de sesión completos que un "
                    "facilitador o una facilitadora con formación puede aplicar tal como están o "
                    "adaptar al grupo. Antes de aplicar cualquiera, lea el manual de "
                    "facilitación, en especial el capítulo sobre relatos de abuso y remisión de "
                    "casos, y acuerde con el colegio quién hará el seguimiento si un estudiante "
                    "pide ayuda. La guía para estudiantes se puede entregar al final de las "
                    "sesiones con estudiantes.</p><p>Todos los nombres y las situaciones de las "
                    "actividades son ficticios.</p>",
                },
            },
            {
                "type": "safeguarding_note",
                "value": {
                    "text": "<p>Si le preocupa un niño, una niña o un adolescente en Colombia, no "
                    "necesita pruebas para pedir ayuda. Llame a la Línea 141 del ICBF para "
                    "reportar una sospecha o pedir orientación. En Bogotá, niños, niñas y "
                    "adolescentes pueden llamar a la Línea 106 para hablar con alguien que los "
                    "escuche. Si un niño o una niña está en peligro inmediato, llame al 123. Las "
                    "ofertas de trabajo o de viaje que puedan esconder trata de personas se "
                    "pueden reportar a la línea nacional contra la trata.</p>",
                    "contacts": [
                        {
                            "name": "Línea 141 – ICBF (Instituto Colombiano de Bienestar Familiar)",
                            "phone": "141",
                            "hours": "24 horas, gratuita",
                        },
                        {
                            "name": "Línea 106 – Bogotá, línea de escucha para niños, niñas y "
                            "adolescentes",
                            "phone": "106",
                            "hours": "24 horas",
                        },
                        {
                            "name": "Emergencias – Policía Nacional",
                            "phone": "123",
                            "hours": "24 horas",
                        },
                        {
                            "name": "Línea nacional contra la trata de personas (Ministerio del "
                            "Interior)",
                            "phone": "01 8000 52 20 20",
                            "hours": "24 horas",
                        },
                    ],
                },
            },
        ],
    },
    "modules": [
        {
            "slug": {
                "en": "my-body-is-mine",
                "es": "mi-cuerpo-es-mio",
            },
            "audience": "students",
            "age_band": "10-13",
            "duration_minutes": 90,
            "title": {
                "en": "My body is mine",
                "es": "Mi cuerpo es mío",
            },
            "summary": {
                "en": "A 90-minute session for students aged 10 to 13 on body autonomy and the "
                "right to say no. With a body map, a game of secrets and surprises and the hand "
                "of five trusted adults, children learn to tell safe from unsafe touch, to "
                "recognise the secrets that must be told, and to name the people in their safety "
                "network.",
                "es": "Una sesión de 90 minutos para estudiantes de 10 a 13 años sobre el cuidado "
                "y la autonomía del propio cuerpo y el derecho a decir no. Con un mapa del "
                "cuerpo, un juego de secretos y sorpresas y la mano de cinco adultos de "
                "confianza, niños y niñas aprenden a distinguir el contacto seguro del inseguro, "
                "a reconocer los secretos que hay que contar y a nombrar a las personas de su red "
                "de protección.",
            },
            "learning_objectives": {
                "en": [
                    "Name the private parts of the body with the correct words, and explain that "
                    "their body belongs to them.",
                    "Tell apart touch that feels safe, unsafe or confusing, and know that they "
                    "can say no, even to an adult or a relative.",
                    "Distinguish a surprise, which is meant to be revealed, from an unsafe "
                    "secret, which must be told to a trusted adult.",
                    "Name five trusted adults in their safety network, at least one of them "
                    "outside their home, and a helpline they can call themselves.",
                    "Know that abuse is never a child's fault, and that if one adult does not "
                    "help, they should keep telling until someone does.",
                ],
                "es": [
                    "Nombrar las partes íntimas del cuerpo con las palabras correctas y explicar "
                    "que su cuerpo les pertenece.",
                    "Distinguir el contacto que se siente seguro, inseguro o confuso, y saber que "
                    "pueden decir que no, incluso a un adulto o a un familiar.",
                    "Diferenciar una sorpresa, que se hace para ser revelada, de un secreto que "
                    "hace daño, que se debe contar a un adulto de confianza.",
                    "Nombrar cinco adultos de confianza de su red de protección, al menos uno de "
                    "ellos fuera de su casa, y una línea de ayuda a la que puedan llamar por su "
                    "cuenta.",
                    "Saber que el abuso nunca es culpa del niño o la niña y que, si un adulto no "
                    "ayuda, hay que seguir contando hasta que alguien lo haga.",
                ],
            },
            "materials": {
                "en": [
                    "Large sheets of paper (papel periódico or craft paper) and markers, one set "
                    "per group of five or six",
                    "Green, yellow and red cards, one set per student (coloured paper cut into "
                    "squares works)",
                    "The secret-or-surprise scenario cards written out from this plan, one set "
                    "per group, and two signs: “Surprise” and “Secret to tell”",
                    "Blank sheets and colour pencils for the hand of five trusted adults",
                    "A closed box for anonymous questions, with small slips of paper",
                    "Copies of the student handout with the helpline numbers, one per student",
                ],
                "es": [
                    "Pliegos de papel periódico o papel kraft y marcadores, un juego por cada "
                    "grupo de cinco o seis",
                    "Tarjetas verdes, amarillas y rojas, un juego por estudiante (sirven cuadros "
                    "de papel de colores)",
                    "Las tarjetas de situaciones de “¿secreto o sorpresa?” copiadas de este plan, "
                    "un juego por grupo, y dos letreros: “Sorpresa” y “Secreto para contar”",
                    "Hojas blancas y colores para la mano de cinco adultos de confianza",
                    "Una caja cerrada para preguntas anónimas, con papelitos",
                    "Copias de la guía para estudiantes con los números de las líneas de ayuda, "
                    "una por estudiante",
                ],
            },
            "body": {
                "en": [
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Before the session.</b> Run this module only after the "
                            "school's teachers have had their session, and only with the school "
                            "counsellor (<i>orientador</i> or <i>orientadora</i>) informed and, "
                            "ideally, in the room. Agree in advance who will talk privately with "
                            "a child who asks for help, and where. Families should have been told "
                            "about the workshop beforehand, with a note or at a meeting (see the "
                            "facilitator manual).</p><p>Work in pairs: one facilitator leads, the "
                            "other watches the group and can step out with a child if needed. Set "
                            "the chairs in a circle or around small group tables, and prepare a "
                            "quiet corner where a child can sit for a moment if they feel "
                            "overwhelmed.</p><p><b>Timing:</b> opening 10 minutes, body map 20, "
                            "secret or surprise 20, hand of five trusted adults 25, closing "
                            "15.</p>",
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Opening and ground rules (10 minutes)",
                            "text": "<p>Welcome the group and introduce yourselves. Explain that "
                            "today's topic is how we take care of our bodies and whom we can turn "
                            "to if something worries us. Tell them the campaign's name: swallows "
                            "fly in flocks and look out for each other, and today everyone will "
                            "build their own flock of trusted adults.</p><p>Agree on a few rules "
                            "with the group and write them where everyone can see "
                            "them:</p><ul><li><b>We listen with respect</b> and do not laugh at "
                            "anyone's questions. Some words today may make us giggle; that is "
                            "normal, and then we carry on.</li><li><b>Everyone has the right to "
                            "pass.</b> Nobody has to answer or share anything they do not want "
                            "to.</li><li><b>We talk about stories, not about people in this "
                            "room.</b> If you want to tell us something personal, you can do it "
                            "privately after the session.</li><li><b>What we share stays here, "
                            "except when someone is not safe.</b> If we learn that a child is "
                            "being hurt, we must tell people who can help. That is how adults "
                            "take care of children.</li></ul><p>Show the anonymous question box "
                            "and explain that anyone can drop a question in it at any time, "
                            "without writing their name.</p>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "The body map",
                            "duration_minutes": 20,
                            "materials": [
                                "Large paper and markers",
                                "Green, yellow and red cards",
                            ],
                            "steps": [
                                "Split the class into groups of five or six. Each group draws the "
                                "outline of a person on a large sheet, freehand.",
                                "Ask the groups to label the body parts they know. Then, with the "
                                "whole class, name the private parts with their correct names: "
                                "vulva, vagina, penis, testicles, buttocks and breasts. Explain "
                                "that the private parts are the ones a swimsuit covers, and that "
                                "using the right words helps a child to be understood if they "
                                "ever need to tell an adult something.",
                                "Explain the main rule in simple words: nobody may touch your "
                                "private parts, ask you to touch theirs, take pictures of them, "
                                "or show you pictures or videos of private parts. This applies to "
                                "everyone: people you don't know, people you know, relatives, "
                                "older children and people online. The exception is health: a "
                                "doctor or nurse may need to examine you, with a trusted adult "
                                "present, and they should explain what they are doing and why.",
                                "Read out short situations and ask everyone to raise a card: "
                                "green if the touch feels safe (a high five from a friend, a hug "
                                "you want from your grandmother), yellow if it feels confusing "
                                "(tickling that goes on after you said stop, a kiss from a "
                                "relative that you did not want), red if it is unsafe (someone "
                                "touches your private parts, or asks you to keep a touch secret).",
                                "After each situation, ask one or two students to explain their "
                                "card. Stress that yellow feelings count: if a touch makes you "
                                "uncomfortable, you can say no, move away and tell a trusted "
                                "adult, even if the person is older, a relative or someone you "
                                "love. Greeting with a kiss or a hug is never compulsory; a wave "
                                "or a handshake is polite too.",
                                "Close the activity by asking each group to write on their map, "
                                "in their own words: “My body is mine.” Put the maps on the wall "
                                "for the rest of the session.",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Secret or surprise?",
                            "duration_minutes": 20,
                            "materials": [
                                "Scenario cards, one set per group",
                                "Two signs: “Surprise” and “Secret to tell”",
                            ],
                            "steps": [
                                "Ask: what is the difference between a surprise and a secret? "
                                "Collect a few ideas, then explain: a surprise is something fun "
                                "that is kept quiet for a short time and that everyone will find "
                                "out about soon, like a birthday party. An unsafe secret makes "
                                "you feel worried, scared or confused; you are told to keep it "
                                "forever; and it often comes with a threat or a gift.",
                                "Give each group the scenario cards and ask them to sort them "
                                "under the two signs. The cards: (a) Your class is preparing a "
                                "card for the teacher's birthday on Friday. (b) An older cousin "
                                "says: “Let's play a special game, but it's our secret. If you "
                                "tell, you'll get in trouble.” (c) Your brother bought a present "
                                "for your mum and asks you not to tell her until Sunday. (d) "
                                "Someone you met in an online game sends you credits and asks you "
                                "not to tell your parents that you talk. (e) A neighbour gives "
                                "you sweets and says you are his favourite, as long as you don't "
                                "tell anyone about your visits. (f) Your friend is planning a "
                                "surprise party for her sister.",
                                "Go through the cards together. For each secret, ask: how would "
                                "this secret make you feel? Who gains from it being kept?",
                                "Explain the rule: surprises are fine, but unsafe secrets must "
                                "always be told to a trusted adult, even if you promised not to, "
                                "even if someone said you would be in trouble, and even if you "
                                "accepted a gift. Breaking that kind of promise is not snitching: "
                                "it is taking care of yourself or of a friend.",
                                "Make it clear that if someone has already kept a secret like "
                                "this, it is never too late to tell, and it was never their fault.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "Why might a person who wants to hurt a child ask them to "
                            "keep a secret?",
                            "follow_ups": [
                                "What could that person say to make a child keep quiet?",
                                "If a child kept a secret like this for a long time, is it their "
                                "fault?",
                                "What could you say to a friend who tells you a secret that "
                                "worries you?",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "The hand of five trusted adults: my safety network",
                            "duration_minutes": 25,
                            "materials": [
                                "Blank sheets and colour pencils",
                                "The numbers 141 and 106 written on the board",
                            ],
                            "steps": [
                                "Ask: what makes an adult trustworthy? Write the answers on the "
                                "board and complete them: a trusted adult listens to you, "
                                "believes you, does not get angry or blame you, and does "
                                "something to help. It is someone you can actually reach, because "
                                "you see them often or can call them.",
                                "Each student traces the outline of their own hand on a sheet. On "
                                "each finger they write the name of a trusted adult: a family "
                                "member, a teacher, the school counsellor, a sports coach, a "
                                "neighbour. Ask that at least one of the five does not live in "
                                "their home.",
                                "In the palm, they write the helpline numbers: 141 (ICBF) and, in "
                                "Bogotá, 106. Explain that these calls are free, that the lines "
                                "answer day and night, and that children can call them on their "
                                "own.",
                                "In pairs, students practise how to start the conversation: “I "
                                "need to tell you something that worries me.” or “Can I talk to "
                                "you alone? Something happened.” Suggest a written note as "
                                "another way, for children who find it easier to write than to "
                                "say.",
                                "Explain the most important rule of the hand: if the first adult "
                                "does not listen or does not believe you, tell the next one, and "
                                "then the next, until someone helps.",
                                "Students keep their hands: they may decorate them and take them "
                                "home or keep them in their notebook. Nobody has to show their "
                                "hand to the class.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "What can a child do if the adult they told did not "
                            "believe them or did not help?",
                            "follow_ups": [
                                "Why might an adult react badly at first?",
                                "Who else on your hand could you go to?",
                                "Could you call 141 or 106 on your own? What would you say?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Closing (15 minutes)",
                            "text": "<p>Gather the group in a circle and review the three key "
                            "messages; ask the students to say them in their own "
                            "words:</p><ol><li>My body is mine, and I can say no.</li><li>Unsafe "
                            "secrets are meant to be told.</li><li>If something happens, it is "
                            "never my fault, and I keep telling until someone "
                            "helps.</li></ol><p>End with a short calming moment: three slow "
                            "breaths together, or each student says one word about how they feel "
                            "now. Hand out the student handout, remind them of the question box, "
                            "and tell them where and when they can find you and the school "
                            "counsellor after the session. If the school uses Faro, a short "
                            "anonymous quiz can check what the group remembers; otherwise, use "
                            "slips of paper without names.</p>",
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>If a child starts to tell something personal in front "
                            "of the group</b>, gently stop them without ignoring them: “Thank you "
                            "for telling me. This is important and I want to listen to you "
                            "properly. Let's talk, just us and the counsellor, right after this "
                            "activity.” Then do it, without fail, before the child leaves school "
                            "that day. Do not ask questions in front of the class.</p><p><b>Watch "
                            "for signs of distress</b>: a child who goes very quiet, cries, "
                            "laughs nervously for a long time or leaves the room. Your "
                            "co-facilitator can check on them quietly, without singling them "
                            "out.</p><p><b>Avoid fear.</b> Do not present abusers as strangers or "
                            "monsters: most abuse is committed by someone the child knows and may "
                            "love. Say “a person, even someone you know”, rather than “a "
                            "stranger”. Do not show images or describe abuse.</p><p><b>Adapting "
                            "for age.</b> With 10- and 11-year-olds, keep the situations concrete "
                            "and spend more time on the hand of trusted adults. With 12- and "
                            "13-year-olds, add examples from online games and social networks, "
                            "and talk about pressure from older adolescents. Some children cannot "
                            "name five adults, for example children in institutional care or in "
                            "families that have recently arrived: accept fewer names, and suggest "
                            "the counsellor, a teacher and the helplines as fingers too. For "
                            "children with disabilities, use pictures, simpler cards and more "
                            "time.</p>",
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": "<p>If a child tells you about abuse, or you suspect it, "
                            "listen calmly, believe them, do not promise to keep it secret and do "
                            "not investigate. Write down what the child said, in their own words, "
                            "and tell the school counsellor and the rector the same day, so that "
                            "the school's protocol for situations of sexual violence (a "
                            "<i>situación tipo III</i> in the school route of Law 1620 of 2013) "
                            "is activated. If the child is in immediate danger, call 123. To "
                            "report or ask for advice at any hour, call Línea 141 of the ICBF.</p>",
                            "contacts": [
                                {
                                    "name": "Línea 141 – ICBF (Colombian Family Welfare Institute)",
                                    "phone": "141",
                                    "hours": "24 hours, free",
                                },
                                {
                                    "name": "Línea 106 – Bogotá, listening line for children and "
                                    "adolescents",
                                    "phone": "106",
                                    "hours": "24 hours",
                                },
                                {
                                    "name": "Emergencies – Policía Nacional (National Police)",
                                    "phone": "123",
                                    "hours": "24 hours",
                                },
                            ],
                        },
                    },
                ],
                "es": [
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Antes de la sesión.</b> Aplique este módulo solo "
                            "después de que los docentes del colegio hayan tenido su sesión, y "
                            "solo con el orientador o la orientadora del colegio informado y, "
                            "idealmente, presente en el salón. Acuerde de antemano quién hablará "
                            "en privado con un niño o una niña que pida ayuda, y dónde. Las "
                            "familias deben haber sido informadas del taller con anticipación, "
                            "con una circular o en una reunión (vea el manual de "
                            "facilitación).</p><p>Trabaje en pareja: una persona dirige y la otra "
                            "observa al grupo y puede salir con un niño o una niña si hace falta. "
                            "Organice las sillas en círculo o en mesas de trabajo por grupos, y "
                            "prepare un rincón tranquilo donde alguien pueda sentarse un momento "
                            "si se siente abrumado.</p><p><b>Tiempos:</b> apertura 10 minutos, "
                            "mapa del cuerpo 20, ¿secreto o sorpresa? 20, mano de cinco adultos "
                            "de confianza 25, cierre 15.</p>",
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Apertura y acuerdos (10 minutos)",
                            "text": "<p>Dé la bienvenida al grupo y preséntense. Explique que el "
                            "tema de hoy es cómo cuidamos nuestro cuerpo y a quién podemos acudir "
                            "si algo nos preocupa. Cuénteles el nombre de la campaña: las "
                            "golondrinas vuelan en bandada y se cuidan entre ellas, y hoy cada "
                            "quien va a armar su propia bandada de adultos de "
                            "confianza.</p><p>Acuerden algunas reglas con el grupo y escríbanlas "
                            "donde todos las puedan ver:</p><ul><li><b>Escuchamos con respeto</b> "
                            "y no nos reímos de las preguntas de nadie. Algunas palabras de hoy "
                            "pueden darnos risa; es normal, y luego seguimos.</li><li><b>Todos "
                            "tenemos derecho a pasar.</b> Nadie tiene que responder ni contar "
                            "algo que no quiera.</li><li><b>Hablamos de historias, no de personas "
                            "de este salón.</b> Si quieres contarnos algo personal, puedes "
                            "hacerlo en privado después de la sesión.</li><li><b>Lo que "
                            "compartimos se queda aquí, salvo cuando alguien no está seguro.</b> "
                            "Si sabemos que a un niño o una niña le están haciendo daño, tenemos "
                            "que contárselo a personas que puedan ayudar. Así es como los adultos "
                            "cuidan a la niñez.</li></ul><p>Muestre la caja de preguntas anónimas "
                            "y explique que cualquiera puede echar una pregunta en cualquier "
                            "momento, sin escribir su nombre.</p>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "El mapa del cuerpo",
                            "duration_minutes": 20,
                            "materials": [
                                "Pliegos de papel y marcadores",
                                "Tarjetas verdes, amarillas y rojas",
                            ],
                            "steps": [
                                "Divida el curso en grupos de cinco o seis. Cada grupo dibuja a "
                                "mano alzada la silueta de una persona en un pliego de papel.",
                                "Pida a los grupos que escriban los nombres de las partes del "
                                "cuerpo que conocen. Luego, con todo el curso, nombren las partes "
                                "íntimas con sus nombres correctos: vulva, vagina, pene, "
                                "testículos, nalgas y senos. Explique que las partes íntimas son "
                                "las que cubre el vestido de baño, y que usar las palabras "
                                "correctas ayuda a que un niño o una niña sea entendido si algún "
                                "día necesita contarle algo a un adulto.",
                                "Explique la regla principal con palabras sencillas: nadie puede "
                                "tocar tus partes íntimas, pedirte que toques las suyas, tomarles "
                                "fotos ni mostrarte fotos o videos de partes íntimas. Esto vale "
                                "para todo el mundo: personas que no conoces, personas que "
                                "conoces, familiares, niños más grandes y personas de internet. "
                                "La excepción es la salud: un médico o una enfermera puede "
                                "necesitar examinarte, con un adulto de confianza presente, y "
                                "debe explicarte qué está haciendo y por qué.",
                                "Lea situaciones cortas y pida a todos que levanten una tarjeta: "
                                "verde si el contacto se siente seguro (chocar las manos con un "
                                "amigo, un abrazo que sí quieres de tu abuela), amarilla si se "
                                "siente confuso (cosquillas que siguen después de que dijiste que "
                                "pararan, un beso de un familiar que no querías), roja si es "
                                "inseguro (alguien toca tus partes íntimas o te pide que guardes "
                                "en secreto que te tocó).",
                                "Después de cada situación, pida a uno o dos estudiantes que "
                                "expliquen su tarjeta. Insista en que lo amarillo cuenta: si un "
                                "contacto te incomoda, puedes decir que no, alejarte y contárselo "
                                "a un adulto de confianza, aunque la persona sea mayor, un "
                                "familiar o alguien que quieres. Saludar de beso o de abrazo "
                                "nunca es obligatorio; saludar con la mano también es de buena "
                                "educación.",
                                "Cierre la actividad pidiendo a cada grupo que escriba en su "
                                "mapa, con sus palabras: “Mi cuerpo es mío”. Peguen los mapas en "
                                "la pared durante el resto de la sesión.",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "¿Secreto o sorpresa?",
                            "duration_minutes": 20,
                            "materials": [
                                "Tarjetas de situaciones, un juego por grupo",
                                "Dos letreros: “Sorpresa” y “Secreto para contar”",
                            ],
                            "steps": [
                                "Pregunte: ¿cuál es la diferencia entre una sorpresa y un "
                                "secreto? Recoja algunas ideas y luego explique: una sorpresa es "
                                "algo divertido que se guarda por poco tiempo y que todos van a "
                                "conocer pronto, como una fiesta de cumpleaños. Un secreto que "
                                "hace daño te hace sentir preocupación, miedo o confusión; te "
                                "piden guardarlo para siempre; y muchas veces viene con una "
                                "amenaza o con un regalo.",
                                "Entregue a cada grupo las tarjetas de situaciones y pídales que "
                                "las clasifiquen debajo de los dos letreros. Las tarjetas: (a) Tu "
                                "curso está preparando una tarjeta para el cumpleaños de la profe "
                                "el viernes. (b) Un primo mayor te dice: “Juguemos un juego "
                                "especial, pero es nuestro secreto. Si cuentas, te vas a meter en "
                                "problemas”. (c) Tu hermano le compró un regalo a tu mamá y te "
                                "pide que no le digas nada hasta el domingo. (d) Alguien que "
                                "conociste en un juego en línea te manda créditos y te pide que "
                                "no les cuentes a tus papás que hablan. (e) Un vecino te regala "
                                "dulces y te dice que eres su preferido, siempre que no le "
                                "cuentes a nadie de tus visitas. (f) Tu amiga está organizando "
                                "una fiesta sorpresa para su hermana.",
                                "Revisen juntos las tarjetas. Con cada secreto, pregunte: ¿cómo "
                                "te haría sentir este secreto? ¿A quién le conviene que se guarde?",
                                "Explique la regla: las sorpresas están bien, pero los secretos "
                                "que hacen daño siempre se le cuentan a un adulto de confianza, "
                                "aunque hayas prometido no hacerlo, aunque te hayan dicho que te "
                                "ibas a meter en problemas y aunque hayas recibido un regalo. "
                                "Romper ese tipo de promesa no es ser sapo: es cuidarte a ti o "
                                "cuidar a un amigo.",
                                "Deje claro que, si alguien ya guardó un secreto así, nunca es "
                                "tarde para contarlo, y nunca fue su culpa.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "¿Por qué una persona que quiere hacerle daño a un niño o "
                            "a una niña le pediría que guarde un secreto?",
                            "follow_ups": [
                                "¿Qué podría decir esa persona para que el niño o la niña no "
                                "cuente nada?",
                                "Si un niño o una niña guardó un secreto así durante mucho "
                                "tiempo, ¿es su culpa?",
                                "¿Qué le podrías decir a un amigo o una amiga que te cuenta un "
                                "secreto que te preocupa?",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "La mano de cinco adultos de confianza: mi red de protección",
                            "duration_minutes": 25,
                            "materials": [
                                "Hojas blancas y colores",
                                "Los números 141 y 106 escritos en el tablero",
                            ],
                            "steps": [
                                "Pregunte: ¿qué hace que un adulto sea de confianza? Escriba las "
                                "respuestas en el tablero y compleméntelas: un adulto de "
                                "confianza te escucha, te cree, no se enoja ni te culpa, y hace "
                                "algo para ayudarte. Es alguien a quien de verdad puedes buscar, "
                                "porque lo ves seguido o lo puedes llamar.",
                                "Cada estudiante dibuja el contorno de su propia mano en una "
                                "hoja. En cada dedo escribe el nombre de un adulto de confianza: "
                                "alguien de la familia, un profe, la orientadora o el orientador, "
                                "un entrenador, una vecina. Pida que al menos uno de los cinco no "
                                "viva en su casa.",
                                "En la palma escriben los números de las líneas de ayuda: 141 "
                                "(ICBF) y, en Bogotá, 106. Explique que las llamadas son "
                                "gratuitas, que las líneas contestan de día y de noche, y que los "
                                "niños y las niñas pueden llamar por su cuenta.",
                                "En parejas, los estudiantes practican cómo empezar la "
                                "conversación: “Necesito contarte algo que me preocupa” o “¿Puedo "
                                "hablar contigo a solas? Me pasó algo”. Sugiera también una nota "
                                "escrita, para quienes les resulta más fácil escribir que decir.",
                                "Explique la regla más importante de la mano: si el primer adulto "
                                "no te escucha o no te cree, cuéntale al siguiente, y luego al "
                                "siguiente, hasta que alguien te ayude.",
                                "Cada estudiante se queda con su mano: puede decorarla y llevarla "
                                "a la casa o guardarla en el cuaderno. Nadie tiene que mostrarle "
                                "su mano al curso.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "¿Qué puede hacer un niño o una niña si el adulto al que "
                            "le contó no le creyó o no le ayudó?",
                            "follow_ups": [
                                "¿Por qué un adulto podría reaccionar mal al principio?",
                                "¿A quién más de tu mano podrías acudir?",
                                "¿Podrías llamar tú solo o tú sola al 141 o al 106? ¿Qué dirías?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Cierre (15 minutos)",
                            "text": "<p>Reúna al grupo en círculo y repasen los tres mensajes "
                            "clave; pida a los estudiantes que los digan con sus propias "
                            "palabras:</p><ol><li>Mi cuerpo es mío y puedo decir que "
                            "no.</li><li>Los secretos que hacen daño se cuentan.</li><li>Si algo "
                            "pasa, nunca es mi culpa, y sigo contando hasta que alguien me "
                            "ayude.</li></ol><p>Termine con un momento corto de calma: tres "
                            "respiraciones lentas juntos, o que cada estudiante diga una palabra "
                            "sobre cómo se siente ahora. Entregue la guía para estudiantes, "
                            "recuérdeles la caja de preguntas y dígales dónde y cuándo pueden "
                            "encontrarlo a usted y a la orientadora o el orientador después de la "
                            "sesión. Si el colegio usa Faro, un cuestionario anónimo corto "
                            "permite ver qué recuerda el grupo; si no, use papelitos sin "
                            "nombre.</p>",
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Si un niño o una niña empieza a contar algo personal "
                            "frente al grupo</b>, deténgalo con suavidad, sin ignorarlo: “Gracias "
                            "por contármelo. Esto es importante y quiero escucharte bien. "
                            "Hablemos, solo nosotros y la orientadora, apenas terminemos esta "
                            "actividad”. Y hágalo, sin falta, antes de que salga del colegio ese "
                            "día. No haga preguntas frente al curso.</p><p><b>Esté atento a "
                            "señales de malestar</b>: un niño o una niña que se queda muy "
                            "callado, llora, se ríe nerviosamente durante mucho rato o se sale "
                            "del salón. La persona que acompaña la facilitación puede acercarse "
                            "en voz baja, sin señalarlo ante los demás.</p><p><b>Evite el "
                            "miedo.</b> No presente a los agresores como desconocidos o "
                            "monstruos: la mayoría de los abusos los comete alguien que el niño o "
                            "la niña conoce y quizá quiere. Diga “una persona, incluso alguien "
                            "que conoces”, en lugar de “un desconocido”. No muestre imágenes ni "
                            "describa abusos.</p><p><b>Adaptar según la edad.</b> Con niños y "
                            "niñas de 10 y 11 años, use situaciones concretas y dedique más "
                            "tiempo a la mano de adultos de confianza. Con los de 12 y 13, "
                            "agregue ejemplos de juegos en línea y redes sociales, y hable de la "
                            "presión de adolescentes mayores. Algunos niños y niñas no logran "
                            "nombrar a cinco adultos, por ejemplo quienes viven en un hogar de "
                            "protección o en familias que llegaron hace poco: acepte menos "
                            "nombres y sugiera que la orientadora, un profe y las líneas de ayuda "
                            "también pueden ser dedos de la mano. Con estudiantes con "
                            "discapacidad, use dibujos, tarjetas más sencillas y más tiempo.</p>",
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": "<p>Si un niño o una niña le cuenta sobre un abuso, o usted "
                            "lo sospecha, escuche con calma, créale, no prometa guardar el "
                            "secreto y no investigue. Escriba lo que dijo, con sus propias "
                            "palabras, e informe a la orientadora o el orientador y al rector o "
                            "la rectora el mismo día, para que se active el protocolo del colegio "
                            "para situaciones de violencia sexual (situación tipo III de la ruta "
                            "escolar de la Ley 1620 de 2013). Si el niño o la niña está en "
                            "peligro inmediato, llame al 123. Para reportar o pedir orientación a "
                            "cualquier hora, llame a la Línea 141 del ICBF.</p>",
                            "contacts": [
                                {
                                    "name": "Línea 141 – ICBF (Instituto Colombiano de Bienestar "
                                    "Familiar)",
                                    "phone": "141",
                                    "hours": "24 horas, gratuita",
                                },
                                {
                                    "name": "Línea 106 – Bogotá, línea de escucha para niños, "
                                    "niñas y adolescentes",
                                    "phone": "106",
                                    "hours": "24 horas",
                                },
                                {
                                    "name": "Emergencias – Policía Nacional",
                                    "phone": "123",
                                    "hours": "24 horas",
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": {
                "en": "online-grooming-and-sextortion",
                "es": "grooming-y-sextorsion-en-linea",
            },
            "audience": "students",
            "age_band": "14-17",
            "duration_minutes": 90,
            "title": {
                "en": "Online grooming and sextortion: spotting manipulation, getting help",
                "es": "Grooming y sextorsión en línea: reconocer la manipulación y pedir ayuda",
            },
            "summary": {
                "en": "A 90-minute session for students aged 14 to 17 on how groomers build trust "
                "online, how sextortion works and what consent means. Participants put a "
                "fictional chat in order step by step, build a response plan for a sextortion "
                "threat and practise supporting a classmate without blaming them. The key "
                "message: the person who is manipulated is never to blame, and help is available.",
                "es": "Una sesión de 90 minutos para estudiantes de 14 a 17 años sobre cómo "
                "quienes hacen grooming ganan confianza en línea, cómo funciona la sextorsión y "
                "qué significa el consentimiento. Los participantes ordenan paso a paso un chat "
                "ficticio, arman un plan de respuesta ante una amenaza de sextorsión y practican "
                "cómo apoyar a un compañero o una compañera sin culparlo. El mensaje central: la "
                "persona manipulada nunca tiene la culpa, y hay ayuda disponible.",
            },
            "learning_objectives": {
                "en": [
                    "Recognise the usual steps of online grooming: flattery, a special "
                    "relationship, isolation, secrecy, gifts, sexual requests and threats.",
                    "Explain what consent is, and why there is no consent under pressure, threats "
                    "or blackmail.",
                    "Know the first steps if someone threatens to share intimate images: don't "
                    "pay or send more, save evidence, block and report, and tell a trusted adult.",
                    "Name whom to tell and where to call (a trusted adult, Línea 141, Línea 106, "
                    "123), and what happens next.",
                    "Support a classmate whose image is shared without blaming them, and refuse "
                    "to forward it.",
                ],
                "es": [
                    "Reconocer los pasos habituales del grooming en línea: halagos, una relación "
                    "especial, aislamiento, secreto, regalos, peticiones sexuales y amenazas.",
                    "Explicar qué es el consentimiento y por qué no hay consentimiento bajo "
                    "presión, amenazas o chantaje.",
                    "Conocer los primeros pasos si alguien amenaza con difundir imágenes íntimas: "
                    "no pagar ni enviar más, guardar pruebas, bloquear y denunciar, y contarle a "
                    "un adulto de confianza.",
                    "Nombrar a quién contarle y a dónde llamar (un adulto de confianza, Línea "
                    "141, Línea 106, 123), y qué pasa después.",
                    "Apoyar a un compañero o una compañera cuya imagen se difunde, sin culparlo, "
                    "y negarse a reenviarla.",
                ],
            },
            "materials": {
                "en": [
                    "The chat cards for “The staircase” written out from this plan, shuffled, one "
                    "set per group of four or five",
                    "Large paper, markers and sticky notes",
                    "The sextortion scenario and a response-plan sheet per group, with four "
                    "headings: Stop, Save, Block and report, Tell",
                    "A closed box for anonymous questions, with slips of paper",
                    "Copies of the student handout with the helpline numbers, one per student",
                ],
                "es": [
                    "Las tarjetas del chat de “La escalera” copiadas de este plan, barajadas, un "
                    "juego por cada grupo de cuatro o cinco",
                    "Pliegos de papel, marcadores y notas adhesivas",
                    "El caso de sextorsión y una hoja de plan de respuesta por grupo, con cuatro "
                    "títulos: Parar, Guardar, Bloquear y denunciar, Contar",
                    "Una caja cerrada para preguntas anónimas, con papelitos",
                    "Copias de la guía para estudiantes con los números de las líneas de ayuda, "
                    "una por estudiante",
                ],
            },
            "body": {
                "en": [
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Before the session.</b> Inform the school counsellor "
                            "and ask, without asking for names, whether there has been a recent "
                            "case of images shared at the school. If so, adapt the scenarios so "
                            "that nobody recognises a classmate, and make sure the counsellor is "
                            "in the room. Never show real images, real chats or news about "
                            "victims who could be identified.</p><p>Avoid a “just don't send "
                            "nudes” message: it puts the responsibility on young people, and it "
                            "makes those who have already sent an image feel guilty and less "
                            "likely to ask for help. The focus is on manipulation, pressure and "
                            "the people who abuse trust.</p><p><b>Timing:</b> opening 10 minutes, "
                            "the staircase 25, consent and the law 10, sextortion plan 20, being "
                            "a good friend 15, closing 10.</p>",
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Opening and ground rules (10 minutes)",
                            "text": "<p>Introduce yourselves and the topic: today we talk about "
                            "how some people use the internet to manipulate adolescents, and "
                            "about what to do if it happens to you or to a friend. Make it clear "
                            "that the internet is not the enemy: it is part of their lives, and "
                            "the session is about having more tools, not about banning "
                            "it.</p><p>Agree on the rules of the "
                            "session:</p><ul><li><b>Respect:</b> no jokes about anyone's body, "
                            "sexuality or experiences.</li><li><b>The right to pass:</b> nobody "
                            "has to share anything.</li><li><b>Characters, not people:</b> we "
                            "talk about fictional characters, never about classmates or people we "
                            "know.</li><li><b>Confidentiality with one exception:</b> what is "
                            "said here stays here, except when someone is in danger; then we have "
                            "to tell people who can help.</li></ul><p>Warm-up: ask the group, by "
                            "a show of hands or with an anonymous Faro poll, which apps and games "
                            "they use most, and whether they have ever received a message from "
                            "someone they did not know. Do not ask anything more personal.</p>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "The staircase: how grooming works",
                            "duration_minutes": 25,
                            "materials": [
                                "Chat cards, one set per group",
                                "Large paper, markers, sticky notes",
                            ],
                            "steps": [
                                "Split the class into groups of four or five. Give each group the "
                                "shuffled chat cards of a fictional story: Valentina, 14, meets "
                                "“Santi” in an online game. He says he is 16.",
                                "The cards: (a) “You're the best player on the server, and you're "
                                "really pretty too.” (b) “I feel I can tell you things I can't "
                                "tell anyone else.” (c) “Your parents don't understand you. I "
                                "do.” (d) “Don't tell anyone about us, they wouldn't get it.” (e) "
                                "“I sent you a data top-up so we can keep talking.” (f) “Send me "
                                "a photo with fewer clothes, just for me. If you trusted me, you "
                                "would.” (g) “If you don't send me another one, I'll send the one "
                                "you sent to all your contacts.”",
                                "Ask the groups to put the cards in order, like the steps of a "
                                "staircase, and to name each step: flattery, a special "
                                "relationship, isolation from the family, secrecy, gifts, a "
                                "sexual request, a threat.",
                                "With sticky notes, each group marks the first moment when "
                                "Valentina might have felt that something was off, and what she "
                                "could do at each step: ignore, block, talk to someone, report.",
                                "With the whole class, explain: grooming is when a person builds "
                                "trust with a child or adolescent in order to abuse or exploit "
                                "them sexually. Groomers may pretend to be younger; they may be "
                                "adults or older adolescents, men or women. Some offer jobs, "
                                "modelling contracts or trips: those offers can be a way into "
                                "sexual exploitation and trafficking.",
                                "Point out that each step is designed to make leaving harder: the "
                                "more she has shared, the more ashamed she feels and the more "
                                "power he has. That is why the responsibility is always his, "
                                "never hers.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "Why is it so hard for Valentina to tell someone once she "
                            "has sent the photo?",
                            "follow_ups": [
                                "What would make it easier for her to ask for help?",
                                "What would you want an adult to say to her?",
                                "What would you answer someone who says “it's her fault for "
                                "sending it”?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Consent, pressure and the law (10 minutes)",
                            "text": "<p>Explain in plain words:</p><ul><li><b>Consent</b> means "
                            "saying yes freely, knowing what you are agreeing to, and being able "
                            "to change your mind at any moment. A yes obtained through pressure, "
                            "insistence, blackmail, threats or gifts in exchange is not "
                            "consent.</li><li><b>Adults who ask minors for sexual images, or use "
                            "the internet or a phone to seek sexual contact with them, are "
                            "committing a crime</b>, whatever the minor said or sent. In "
                            "Colombia, producing, keeping or sharing sexual images of anyone "
                            "under 18 is a crime (Código Penal, article 218), and so is using the "
                            "internet or other media to seek sexual contact with minors (article "
                            "219A). Below the age of 14, the law treats any sexual act with a "
                            "child as a crime, whatever the child said. These laws exist to "
                            "protect you.</li><li><b>Sextortion</b> is threatening to share "
                            "someone's intimate images unless they send more, pay money or do "
                            "something else. It is sexual violence and a crime, and it can be "
                            "reported.</li><li><b>Forwarding someone's intimate image</b> without "
                            "their permission is also violence, even if you did not take it. If "
                            "you receive one, don't forward it or keep it: report it and tell a "
                            "trusted adult.</li></ul>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "What do I do if...? A plan against sextortion",
                            "duration_minutes": 20,
                            "materials": [
                                "Scenario and response-plan sheet per group",
                                "Markers",
                            ],
                            "steps": [
                                "Read the scenario: Andrés, 15, has been chatting for two weeks "
                                "with a girl he met on a social network. They exchanged photos "
                                "and he sent her an intimate video. Now a new message arrives: "
                                "“Send me 300,000 pesos by tonight or I'll send your video to "
                                "your family and your whole school.”",
                                "Point out that boys are targeted too: many sextortion cases "
                                "against boys are run by people who are after money and pretend "
                                "to be girls of the same age.",
                                "Each group writes on its sheet what Andrés should do first, "
                                "second and third, under four headings: Stop, Save, Block and "
                                "report, Tell.",
                                "Groups present their plans. Complete them: Stop means don't pay, "
                                "don't send anything else and don't negotiate, because paying "
                                "rarely ends the threats and usually brings new demands. Save "
                                "means screenshots of the threats, the profile, the usernames and "
                                "the dates, without forwarding the images themselves. Block and "
                                "report means reporting the account on the platform, then "
                                "blocking it. Tell means a trusted adult, Línea 141 or Línea 106, "
                                "and a report to the police (123) or the Fiscalía.",
                                "Ask: what is Andrés afraid of? (Shame, his family's reaction, "
                                "being blamed.) Explain that these fears are exactly what the "
                                "extortionist relies on, and that telling an adult breaks the "
                                "extortionist's power. Platforms can remove images, and the "
                                "police and the Fiscalía can investigate.",
                                "End with the message: what happened to Andrés is a crime "
                                "committed against him. He did nothing that deserves this, and he "
                                "can get help.",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Being a good friend",
                            "duration_minutes": 15,
                            "materials": [
                                "Large paper divided into two columns",
                                "Sticky notes",
                            ],
                            "steps": [
                                "Read the scenario: a photo of Laura, a tenth-grade student, in "
                                "her underwear appears in the class WhatsApp group. Some people "
                                "laugh, others forward it, and someone writes “she asked for it”.",
                                "In the first column, the class writes the phrases people often "
                                "say in these cases (“she shouldn't have sent it”, “that's what "
                                "she gets for trusting him”). Then, on sticky notes, groups "
                                "rewrite each phrase so that it puts the responsibility where it "
                                "belongs (“the person who shared it broke her trust and committed "
                                "a crime”, “trusting someone is not a crime; betraying that trust "
                                "is”), and stick them in the second column.",
                                "Ask what a good friend can do, and build the list together: "
                                "don't forward or keep the image; don't comment or react; write "
                                "to Laura privately to support her (“I'm here for you, this isn't "
                                "your fault”); report the image in the group and on the platform; "
                                "tell a teacher or the school counsellor.",
                                "Remind the group that staying silent in the chat is not being "
                                "neutral: every forward multiplies the harm, and every message of "
                                "support reduces it.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "Why do people tend to blame the person in the image "
                            "rather than the person who shared it or made the threats?",
                            "follow_ups": [
                                "How does blame make it harder for victims to ask for help?",
                                "Would we react the same way if the person in the image were a "
                                "boy?",
                                "What can our school do so that nobody is blamed?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Closing (10 minutes)",
                            "text": "<p>Review the key messages:</p><ol><li>Manipulation online "
                            "follows steps, and you can get off the staircase at any "
                            "step.</li><li>If someone threatens you: don't pay, don't send more, "
                            "save the evidence, block and report, and tell someone.</li><li>It is "
                            "never the victim's fault, and it is never too late to ask for "
                            "help.</li><li>Don't forward. Support.</li></ol><p>Ask each student "
                            "to write, on a slip of paper they keep, the name of one adult they "
                            "would tell and one number they would call. Hand out the student "
                            "handout, remind them of the question box, and say where they can "
                            "find you and the school counsellor today. An anonymous Faro quiz or "
                            "a paper exit slip without names can check what the group learned.</p>",
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Disclosures in the room.</b> Adolescents rarely "
                            "disclose in front of the group, but they may test the waters with a "
                            "question like “what if a friend...?”. Answer the question for "
                            "everyone without probing, and add: “If this is happening to someone "
                            "you know, or to you, you can talk to me after the session.” Then "
                            "make yourself visibly available. If a student does start to tell "
                            "something personal in front of others, thank them, stop them gently "
                            "and talk with them privately, with the counsellor, straight "
                            "away.</p><p><b>If a student is being threatened right now</b>, treat "
                            "it as urgent: with the counsellor, help them save the evidence, "
                            "report the account and contact Línea 141 or the police. Do not ask "
                            "to see the images, do not forward them to anyone and do not copy "
                            "them to your own phone: in Colombia, holding sexual images of minors "
                            "is a crime, even for a well-meaning adult.</p><p><b>Adapting for age "
                            "and group.</b> With 14- and 15-year-olds, spend more time on the "
                            "staircase and on whom to tell. With 16- and 17-year-olds, go deeper "
                            "into consent in relationships, pressure from partners, and job "
                            "offers that lead to exploitation. Use examples with boys, girls and "
                            "LGBTIQ+ young people, who are sometimes threatened with being outed. "
                            "Do not moralise about sexuality: the subject is manipulation and "
                            "violence.</p>",
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": "<p>Grooming, sextortion and online sexual abuse are crimes "
                            "in Colombia and can be reported. If a student discloses, inform the "
                            "school counsellor and the rector the same day so that the school's "
                            "protocol is activated, and never try to deal with the offender "
                            "yourself. Offers of work, modelling or travel that reach adolescents "
                            "online may be a way into trafficking and sexual exploitation: the "
                            "national anti-trafficking line gives advice and takes reports.</p>",
                            "contacts": [
                                {
                                    "name": "Línea 141 – ICBF (Colombian Family Welfare Institute)",
                                    "phone": "141",
                                    "hours": "24 hours, free",
                                },
                                {
                                    "name": "Línea 106 – Bogotá, listening line for children and "
                                    "adolescents",
                                    "phone": "106",
                                    "hours": "24 hours",
                                },
                                {
                                    "name": "Emergencies – Policía Nacional (National Police)",
                                    "phone": "123",
                                    "hours": "24 hours",
                                },
                                {
                                    "name": "National line against human trafficking (Ministerio "
                                    "del Interior)",
                                    "phone": "01 8000 52 20 20",
                                    "hours": "24 hours",
                                },
                            ],
                        },
                    },
                ],
                "es": [
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Antes de la sesión.</b> Informe a la orientadora o el "
                            "orientador y pregunte, sin pedir nombres, si ha habido un caso "
                            "reciente de imágenes difundidas en el colegio. Si es así, adapte los "
                            "casos para que nadie reconozca a un compañero, y asegúrese de que la "
                            "orientación esté presente en el salón. Nunca muestre imágenes "
                            "reales, chats reales ni noticias sobre víctimas que se puedan "
                            "identificar.</p><p>Evite el mensaje “simplemente no manden fotos "
                            "íntimas”: pone la responsabilidad en los jóvenes y hace que quienes "
                            "ya enviaron una imagen se sientan culpables y tengan menos "
                            "probabilidades de pedir ayuda. El foco está en la manipulación, la "
                            "presión y las personas que abusan de la "
                            "confianza.</p><p><b>Tiempos:</b> apertura 10 minutos, la escalera "
                            "25, consentimiento y ley 10, plan contra la sextorsión 20, ser un "
                            "buen amigo 15, cierre 10.</p>",
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Apertura y acuerdos (10 minutos)",
                            "text": "<p>Preséntense y presenten el tema: hoy vamos a hablar de "
                            "cómo algunas personas usan internet para manipular a adolescentes, y "
                            "de qué hacer si te pasa a ti o a alguien que conoces. Deje claro que "
                            "internet no es el enemigo: hace parte de su vida, y la sesión se "
                            "trata de tener más herramientas, no de prohibirlo.</p><p>Acuerden "
                            "las reglas de la sesión:</p><ul><li><b>Respeto:</b> nada de chistes "
                            "sobre el cuerpo, la sexualidad o las experiencias de "
                            "nadie.</li><li><b>Derecho a pasar:</b> nadie tiene que contar "
                            "nada.</li><li><b>Personajes, no personas:</b> hablamos de personajes "
                            "ficticios, nunca de compañeros ni de gente que "
                            "conocemos.</li><li><b>Confidencialidad con una excepción:</b> lo que "
                            "se dice aquí se queda aquí, salvo cuando alguien está en peligro; en "
                            "ese caso tenemos que contárselo a personas que puedan "
                            "ayudar.</li></ul><p>Para romper el hielo: pregunte al grupo, "
                            "levantando la mano o con una encuesta anónima en Faro, qué "
                            "aplicaciones y juegos usan más y si alguna vez les ha llegado un "
                            "mensaje de alguien que no conocían. No pregunte nada más "
                            "personal.</p>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "La escalera: cómo funciona el grooming",
                            "duration_minutes": 25,
                            "materials": [
                                "Tarjetas del chat, un juego por grupo",
                                "Pliegos, marcadores, notas adhesivas",
                            ],
                            "steps": [
                                "Divida el curso en grupos de cuatro o cinco. Entregue a cada "
                                "grupo las tarjetas barajadas de un chat ficticio: Valentina, de "
                                "14 años, conoce a “Santi” en un juego en línea. Él dice que "
                                "tiene 16.",
                                "Las tarjetas: (a) “Eres la mejor jugadora del servidor, y además "
                                "eres muy bonita”. (b) “Siento que a ti te puedo contar cosas que "
                                "no le cuento a nadie”. (c) “Tus papás no te entienden. Yo sí”. "
                                "(d) “No le cuentes a nadie de lo nuestro, no lo entenderían”. "
                                "(e) “Te mandé una recarga de datos para que sigamos hablando”. "
                                "(f) “Mándame una foto con menos ropa, solo para mí. Si confiaras "
                                "en mí, lo harías”. (g) “Si no me mandas otra, le envío la que me "
                                "mandaste a todos tus contactos”.",
                                "Pida a los grupos que ordenen las tarjetas como los escalones de "
                                "una escalera y que le pongan nombre a cada escalón: halagos, "
                                "relación especial, aislamiento de la familia, secreto, regalos, "
                                "petición sexual, amenaza.",
                                "Con notas adhesivas, cada grupo marca el primer momento en que "
                                "Valentina pudo sentir que algo no estaba bien, y qué podía hacer "
                                "en cada escalón: ignorar, bloquear, hablar con alguien, "
                                "denunciar.",
                                "Con todo el curso, explique: el grooming es cuando una persona "
                                "se gana la confianza de un niño, niña o adolescente para abusar "
                                "de él o explotarlo sexualmente. Quien hace grooming puede "
                                "hacerse pasar por alguien menor; puede ser un adulto o un "
                                "adolescente mayor, hombre o mujer. Algunos ofrecen trabajos, "
                                "contratos de modelaje o viajes: esas ofertas pueden ser la "
                                "puerta de entrada a la explotación sexual y a la trata de "
                                "personas.",
                                "Señale que cada escalón está pensado para que sea más difícil "
                                "salir: entre más ha compartido ella, más vergüenza siente y más "
                                "poder tiene él. Por eso la responsabilidad siempre es de él, "
                                "nunca de ella.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "¿Por qué le cuesta tanto a Valentina contarle a alguien "
                            "después de haber mandado la foto?",
                            "follow_ups": [
                                "¿Qué le haría más fácil pedir ayuda?",
                                "¿Qué te gustaría que le dijera un adulto?",
                                "¿Qué le responderías a alguien que dice “es culpa de ella por "
                                "mandarla”?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Consentimiento, presión y ley (10 minutos)",
                            "text": "<p>Explique con palabras "
                            "sencillas:</p><ul><li><b>Consentimiento</b> es decir que sí "
                            "libremente, sabiendo a qué se está diciendo que sí, y pudiendo "
                            "cambiar de opinión en cualquier momento. Un sí que se consigue con "
                            "presión, insistencia, chantaje, amenazas o regalos a cambio no es "
                            "consentimiento.</li><li><b>Un adulto que le pide imágenes sexuales a "
                            "un menor de edad, o que usa internet o el celular para buscar "
                            "contacto sexual con él, está cometiendo un delito</b>, sin importar "
                            "lo que el menor haya dicho o enviado. En Colombia, producir, guardar "
                            "o difundir imágenes sexuales de cualquier persona menor de 18 años "
                            "es un delito (Código Penal, artículo 218), y también lo es usar "
                            "internet u otros medios para buscar contacto sexual con menores de "
                            "edad (artículo 219A). Con menores de 14 años, la ley considera "
                            "delito cualquier acto sexual, sin importar lo que el niño o la niña "
                            "haya dicho. Estas leyes existen para protegerlos a "
                            "ustedes.</li><li><b>La sextorsión</b> es amenazar a alguien con "
                            "difundir sus imágenes íntimas si no manda más, no paga plata o no "
                            "hace otra cosa. Es violencia sexual y es un delito, y se puede "
                            "denunciar.</li><li><b>Reenviar la imagen íntima de otra persona</b> "
                            "sin su permiso también es violencia, aunque uno no la haya tomado. "
                            "Si te llega una, no la reenvíes ni la guardes: denúnciala y cuéntale "
                            "a un adulto de confianza.</li></ul>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "¿Qué hago si...? Un plan contra la sextorsión",
                            "duration_minutes": 20,
                            "materials": [
                                "Caso y hoja de plan de respuesta por grupo",
                                "Marcadores",
                            ],
                            "steps": [
                                "Lea el caso: Andrés, de 15 años, lleva dos semanas chateando con "
                                "una muchacha que conoció en una red social. Se mandaron fotos y "
                                "él le envió un video íntimo. Ahora le llega un mensaje nuevo: "
                                "“Mándame 300.000 pesos antes de esta noche o le envío tu video a "
                                "tu familia y a todo tu colegio”.",
                                "Señale que los muchachos también son blanco: muchos casos de "
                                "sextorsión contra hombres jóvenes los cometen personas que "
                                "buscan plata y se hacen pasar por muchachas de la misma edad.",
                                "Cada grupo escribe en su hoja qué debería hacer Andrés primero, "
                                "segundo y tercero, bajo cuatro títulos: Parar, Guardar, Bloquear "
                                "y denunciar, Contar.",
                                "Los grupos presentan sus planes. Compleméntelos: Parar es no "
                                "pagar, no mandar nada más y no negociar, porque pagar casi nunca "
                                "acaba con las amenazas y normalmente trae nuevas exigencias. "
                                "Guardar es tomar pantallazos de las amenazas, el perfil, los "
                                "nombres de usuario y las fechas, sin reenviar las imágenes. "
                                "Bloquear y denunciar es reportar la cuenta en la plataforma y "
                                "después bloquearla. Contar es hablar con un adulto de confianza, "
                                "llamar a la Línea 141 o a la Línea 106, y denunciar ante la "
                                "Policía (123) o la Fiscalía.",
                                "Pregunte: ¿a qué le tiene miedo Andrés? (A la vergüenza, a la "
                                "reacción de su familia, a que lo culpen). Explique que esos "
                                "miedos son justamente con lo que cuenta el extorsionista, y que "
                                "contarle a un adulto le quita ese poder. Las plataformas pueden "
                                "eliminar imágenes, y la Policía y la Fiscalía pueden investigar.",
                                "Cierre con el mensaje: lo que le pasó a Andrés es un delito que "
                                "cometieron contra él. No hizo nada para merecerlo, y puede "
                                "recibir ayuda.",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Ser un buen amigo",
                            "duration_minutes": 15,
                            "materials": [
                                "Un pliego dividido en dos columnas",
                                "Notas adhesivas",
                            ],
                            "steps": [
                                "Lea el caso: en el grupo de WhatsApp del curso aparece una foto "
                                "de Laura, de grado décimo, en ropa interior. Algunos se ríen, "
                                "otros la reenvían y alguien escribe “ella se lo buscó”.",
                                "En la primera columna, el curso escribe las frases que se suelen "
                                "decir en estos casos (“no debió mandarla”, “eso le pasa por "
                                "confiada”). Luego, en notas adhesivas, los grupos reescriben "
                                "cada frase para poner la responsabilidad donde corresponde "
                                "(“quien la difundió traicionó su confianza y cometió un delito”, "
                                "“confiar en alguien no es un delito; traicionar esa confianza "
                                "sí”) y las pegan en la segunda columna.",
                                "Pregunte qué puede hacer un buen amigo o una buena amiga, y "
                                "armen la lista juntos: no reenviar ni guardar la imagen; no "
                                "comentar ni reaccionar; escribirle a Laura en privado para "
                                "apoyarla (“cuenta conmigo, esto no es tu culpa”); reportar la "
                                "imagen en el grupo y en la plataforma; contarle a un profe o a "
                                "la orientadora.",
                                "Recuérdele al grupo que quedarse callado en el chat no es ser "
                                "neutral: cada reenvío multiplica el daño, y cada mensaje de "
                                "apoyo lo reduce.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "¿Por qué la gente tiende a culpar a la persona de la "
                            "imagen y no a quien la difundió o hizo las amenazas?",
                            "follow_ups": [
                                "¿Cómo hace la culpa que a las víctimas les cueste más pedir "
                                "ayuda?",
                                "¿Reaccionaríamos igual si la persona de la imagen fuera un "
                                "muchacho?",
                                "¿Qué puede hacer nuestro colegio para que nadie sea culpado?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Cierre (10 minutos)",
                            "text": "<p>Repasen los mensajes clave:</p><ol><li>La manipulación en "
                            "línea sigue pasos, y te puedes bajar de la escalera en cualquier "
                            "escalón.</li><li>Si alguien te amenaza: no pagues, no mandes más, "
                            "guarda las pruebas, bloquea y denuncia, y cuéntale a "
                            "alguien.</li><li>Nunca es culpa de la víctima, y nunca es tarde para "
                            "pedir ayuda.</li><li>No reenvíes. Apoya.</li></ol><p>Pida a cada "
                            "estudiante que escriba, en un papelito que se queda, el nombre de un "
                            "adulto al que le contaría y un número al que llamaría. Entregue la "
                            "guía para estudiantes, recuérdeles la caja de preguntas y dígales "
                            "dónde pueden encontrarlo a usted y a la orientación hoy. Un "
                            "cuestionario anónimo en Faro o una hoja de salida sin nombre "
                            "permiten ver qué aprendió el grupo.</p>",
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Relatos en el salón.</b> Es raro que un adolescente "
                            "cuente algo frente al grupo, pero puede tantear el terreno con una "
                            "pregunta como “¿y si a un amigo...?”. Responda la pregunta para "
                            "todos sin indagar, y agregue: “Si esto le está pasando a alguien que "
                            "conocen, o a ustedes, pueden hablar conmigo después de la sesión”. "
                            "Luego quédese visiblemente disponible. Si un estudiante empieza a "
                            "contar algo personal delante de los demás, agradézcale, deténgalo "
                            "con suavidad y hable con él en privado, junto con la orientación, de "
                            "inmediato.</p><p><b>Si un estudiante está siendo amenazado en este "
                            "momento</b>, trátelo como urgente: con la orientación, ayúdele a "
                            "guardar las pruebas, reportar la cuenta y comunicarse con la Línea "
                            "141 o con la Policía. No pida ver las imágenes, no se las reenvíe a "
                            "nadie y no las copie en su propio celular: en Colombia, tener "
                            "imágenes sexuales de menores de edad es un delito, aunque lo haga un "
                            "adulto con buena intención.</p><p><b>Adaptar según la edad y el "
                            "grupo.</b> Con estudiantes de 14 y 15 años, dedique más tiempo a la "
                            "escalera y a quién contarle. Con los de 16 y 17, profundice en el "
                            "consentimiento en las relaciones de pareja, la presión de la pareja "
                            "y las ofertas de trabajo que llevan a la explotación. Use ejemplos "
                            "con muchachos, muchachas y jóvenes LGBTIQ+, a quienes a veces "
                            "amenazan con revelar su orientación o identidad. No moralice sobre "
                            "la sexualidad: el tema es la manipulación y la violencia.</p>",
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": "<p>El grooming, la sextorsión y el abuso sexual en línea son "
                            "delitos en Colombia y se pueden denunciar. Si un estudiante cuenta "
                            "algo, informe a la orientación y al rector o la rectora el mismo día "
                            "para que se active el protocolo del colegio, y nunca intente "
                            "resolverlo usted mismo con el agresor. Las ofertas de trabajo, "
                            "modelaje o viajes que les llegan a adolescentes por internet pueden "
                            "ser una puerta de entrada a la trata y la explotación sexual: la "
                            "línea nacional contra la trata orienta y recibe denuncias.</p>",
                            "contacts": [
                                {
                                    "name": "Línea 141 – ICBF (Instituto Colombiano de Bienestar "
                                    "Familiar)",
                                    "phone": "141",
                                    "hours": "24 horas, gratuita",
                                },
                                {
                                    "name": "Línea 106 – Bogotá, línea de escucha para niños, "
                                    "niñas y adolescentes",
                                    "phone": "106",
                                    "hours": "24 horas",
                                },
                                {
                                    "name": "Emergencias – Policía Nacional",
                                    "phone": "123",
                                    "hours": "24 horas",
                                },
                                {
                                    "name": "Línea nacional contra la trata de personas "
                                    "(Ministerio del Interior)",
                                    "phone": "01 8000 52 20 20",
                                    "hours": "24 horas",
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": {
                "en": "recognise-listen-refer",
                "es": "reconocer-escuchar-activar-la-ruta",
            },
            "audience": "teachers",
            "age_band": "18+",
            "duration_minutes": 120,
            "title": {
                "en": "Recognise, listen, refer: responding to child sexual abuse at school",
                "es": "Reconocer, escuchar y activar la ruta: el abuso sexual infantil en el "
                "colegio",
            },
            "summary": {
                "en": "A two-hour session for teachers and school staff on their role in "
                "protecting students from sexual abuse. Participants examine common myths, learn "
                "to recognise warning signs, practise receiving a disclosure (listen, believe, "
                "don't investigate, don't promise secrecy) and map their school's protocol and "
                "the referral route under Law 1098 of 2006 and Law 1620 of 2013.",
                "es": "Una sesión de dos horas para docentes y personal del colegio sobre su "
                "papel en la protección de los estudiantes frente al abuso sexual. Los "
                "participantes revisan mitos frecuentes, aprenden a reconocer señales de alerta, "
                "practican cómo recibir un relato (escuchar, creer, no investigar, no prometer "
                "guardar el secreto) y trazan el protocolo de su colegio y la ruta de atención "
                "según la Ley 1098 de 2006 y la Ley 1620 de 2013.",
            },
            "learning_objectives": {
                "en": [
                    "Recognise possible signs of sexual abuse in children and adolescents, "
                    "knowing that no single sign proves abuse.",
                    "Respond to a disclosure by listening calmly, believing, not investigating "
                    "and not promising secrecy, and record it accurately.",
                    "Explain the legal duty of schools and teachers to report, under Law 1098 of "
                    "2006 and Law 1146 of 2007, and why reporting does not require proof.",
                    "Follow the school's protocol for type III situations under Law 1620 of 2013 "
                    "and Decree 1965 of 2013, and know the roles of the ICBF, the Comisaría de "
                    "Familia, the police and the Fiscalía.",
                    "Map the school's own route with names and local contacts, and know where to "
                    "find support for themselves.",
                ],
                "es": [
                    "Reconocer posibles señales de abuso sexual en niños, niñas y adolescentes, "
                    "sabiendo que ninguna señal por sí sola prueba un abuso.",
                    "Responder a un relato escuchando con calma, creyendo, sin investigar y sin "
                    "prometer guardar el secreto, y dejarlo registrado con precisión.",
                    "Explicar el deber legal de los colegios y los docentes de reportar, según la "
                    "Ley 1098 de 2006 y la Ley 1146 de 2007, y por qué reportar no exige pruebas.",
                    "Seguir el protocolo del colegio para situaciones tipo III según la Ley 1620 "
                    "de 2013 y el Decreto 1965 de 2013, y conocer el papel del ICBF, la Comisaría "
                    "de Familia, la Policía y la Fiscalía.",
                    "Trazar la ruta propia del colegio con nombres y contactos locales, y saber "
                    "dónde buscar apoyo para sí mismos.",
                ],
            },
            "materials": {
                "en": [
                    "The myth-or-fact statements from this plan, printed or set up as an "
                    "anonymous Faro quiz",
                    "Large paper and markers",
                    "Disclosure practice cards and observer checklists from this plan, one set "
                    "per group of three",
                    "A copy of the school's manual de convivencia and its protocol for type III "
                    "situations",
                    "A blank route chart per group: school contacts, health service, ICBF, "
                    "Comisaría de Familia, police, Fiscalía, helplines",
                ],
                "es": [
                    "Las afirmaciones de “¿mito o realidad?” de este plan, impresas o montadas "
                    "como cuestionario anónimo en Faro",
                    "Pliegos de papel y marcadores",
                    "Tarjetas de práctica de relatos y listas de observación de este plan, un "
                    "juego por cada grupo de tres",
                    "Una copia del manual de convivencia del colegio y de su protocolo para "
                    "situaciones tipo III",
                    "Un formato de ruta en blanco por grupo: contactos del colegio, servicio de "
                    "salud, ICBF, Comisaría de Familia, Policía, Fiscalía, líneas de ayuda",
                ],
            },
            "body": {
                "en": [
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Before the session.</b> Plan it with the rector and "
                            "the school counsellors (<i>orientadores</i>), who should attend: "
                            "they will receive the cases that teachers refer. Ask for the "
                            "school's <i>manual de convivencia</i> and check what it says about "
                            "situations of sexual violence. Find out the contacts of the "
                            "locality's Comisaría de Familia, the ICBF zonal centre that covers "
                            "the school and the nearest health service, so that you can help "
                            "complete the route chart.</p><p>Any group of adults may include "
                            "survivors of abuse. Say at the start that the topic can be hard, "
                            "that anyone may step out for a moment, and that you are available "
                            "afterwards.</p><p><b>Timing:</b> opening 10 minutes, myths and facts "
                            "15, recognising signs 20, receiving a disclosure 30 (input 5, "
                            "practice 25), the route 35 (input 15, mapping 20), closing 10.</p>",
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Opening and agreements (10 minutes)",
                            "text": "<p>Present the purpose of the session: not to turn teachers "
                            "into investigators, but to make sure that every adult in the school "
                            "can notice, listen and act according to the route. Teachers are "
                            "often the adults children trust most outside their home, and "
                            "Colombian law makes the family, society and the State, schools "
                            "included, co-responsible for protecting children's rights (Law 1098 "
                            "of 2006).</p><p>Agree on how the group will work:</p><ul><li>We do "
                            "not mention names or details that could identify a student or a "
                            "family. If a current case worries you, we talk about it afterwards, "
                            "privately, with the counsellor.</li><li>Anyone can step out at any "
                            "moment without explaining why.</li><li>We respect different "
                            "opinions, and we hold on to what protects children.</li></ul>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Myths and facts",
                            "duration_minutes": 15,
                            "materials": [
                                "Printed statements or an anonymous Faro quiz",
                            ],
                            "steps": [
                                "Read each statement and ask participants to decide whether it is "
                                "a myth or a fact, by raising a card or answering the anonymous "
                                "quiz. Do not discuss until all the answers are in.",
                                "The statements: (a) Most children are abused by strangers. Myth: "
                                "most are abused by someone they know, such as relatives, family "
                                "friends, neighbours or people in positions of trust. (b) "
                                "Children often make up stories of sexual abuse. Myth: false "
                                "reports are uncommon; it is far more frequent for children never "
                                "to tell, or to take back what they said under pressure. (c) If "
                                "there are no physical injuries, there was no abuse. Myth: most "
                                "abuse leaves no visible trace. (d) Boys are also victims of "
                                "sexual abuse. Fact, and they tell even less often. (e) An "
                                "adolescent who “went along with it” was not abused. Myth: "
                                "manipulation, fear and dependence prevent resistance, and under "
                                "14 the law does not recognise consent at all. (f) A teacher "
                                "needs proof before reporting. Myth: the duty is to report a "
                                "suspicion; the authorities investigate.",
                                "Show the results and discuss the statements on which the group "
                                "was most divided. Mention that, year after year, the reports of "
                                "Colombia's Instituto Nacional de Medicina Legal y Ciencias "
                                "Forenses show that most forensic examinations for suspected "
                                "sexual offences concern children and adolescents, and that the "
                                "alleged aggressor is most often a relative or someone close to "
                                "the family.",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Recognising signs",
                            "duration_minutes": 20,
                            "materials": [
                                "Large paper and markers",
                            ],
                            "steps": [
                                "Form four groups. Each group lists possible signs in one area: "
                                "(1) physical and health; (2) behaviour and emotions; (3) school "
                                "life; (4) the behaviour of an adult or older person towards a "
                                "child.",
                                "Each group presents its list. Complete as needed. Physical: "
                                "pain, itching or injuries in the genital or anal area, "
                                "difficulty walking or sitting, sexually transmitted infections, "
                                "pregnancy (in Colombia, any pregnancy of a girl under 14 is "
                                "presumed to result from sexual violence). Behaviour and "
                                "emotions: sudden changes of mood, fear of a person or a place, "
                                "sleep problems, going back to behaviour of a younger age such as "
                                "bed-wetting, self-harm, sexual knowledge or behaviour unusual "
                                "for the age, running away. School: a sudden drop in performance, "
                                "absences, not wanting to go home or to change for PE, isolation. "
                                "An adult's behaviour: gifts and privileges for one child, "
                                "seeking time alone with them, private messages to students, "
                                "comments about a child's body, insisting on secrecy.",
                                "Stress the key points: no single sign proves abuse, and many "
                                "signs have other causes; what matters is a change, a combination "
                                "of signs, or what the child says. Many abused children show no "
                                "clear sign at all, which is why listening matters more than "
                                "detecting.",
                                "Ask what stood out in the fourth group's list. Explain that "
                                "grooming also happens inside institutions, and that the school's "
                                "protocol applies in the same way when the person of concern is a "
                                "staff member, a contractor or a volunteer.",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Receiving a disclosure (5 minutes)",
                            "text": "<p>A child rarely tells everything at once. They may test "
                            "the adult with a small part of the story, speak indirectly (“a "
                            "friend of mine...”), or choose an odd moment, such as the end of a "
                            "class. How the first adult reacts shapes whether they keep talking, "
                            "to that adult or to anyone.</p><ul><li><b>Listen</b> calmly, in a "
                            "place that is private but not hidden. Let the child speak in their "
                            "own words, and show that you are paying "
                            "attention.</li><li><b>Believe</b>, and say so: “Thank you for "
                            "telling me. I believe you. It is not your fault.”</li><li><b>Don't "
                            "investigate.</b> Don't ask for details or leading questions (“was it "
                            "your stepfather?”), don't examine the child's body, don't take "
                            "photos and don't confront the person they name. If you need to "
                            "understand whether the child is safe, use open questions: “Do you "
                            "want to tell me more?”</li><li><b>Don't promise secrecy.</b> Explain "
                            "honestly: “To help you, I need to tell people whose job is to "
                            "protect you. I'll tell you what happens next.”</li><li><b>Write it "
                            "down</b> straight away: date, time, the child's exact words, what "
                            "you saw and what you said. Sign it, and give it only to the person "
                            "in charge under the protocol.</li><li><b>Act the same day</b>: "
                            "inform the school counsellor and the rector. Don't make the child "
                            "repeat the story to several people; each retelling hurts.</li></ul>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Practising a disclosure conversation",
                            "duration_minutes": 25,
                            "materials": ["Practice cards", "Observer checklists"],
                            "steps": [
                                "Form groups of three: one plays the student, reading from a card "
                                "and never from personal experience; one plays the teacher; one "
                                "observes with the checklist. Each round takes five minutes plus "
                                "two of feedback, and everyone plays each role once.",
                                "Card 1: Sara, 11, stays behind after class and says: “My uncle "
                                "plays a game with me that I don't like. He says that if I tell, "
                                "my mum will be sad and send me away.” Card 2: Julián, 15, shows "
                                "you his phone: a man he met online is threatening to publish a "
                                "video of him unless he pays. Card 3: Daniela, 13, says that a "
                                "teacher keeps asking her friend to stay alone with him after "
                                "school and sends her messages at night.",
                                "Observer checklist: Did the teacher stay calm? Thank and believe "
                                "the student? Avoid leading questions and requests for details? "
                                "Say that it was not the student's fault? Avoid promising "
                                "secrecy, and explain what would happen next? End by making sure "
                                "the student felt safe for now?",
                                "After each round, the observer gives feedback, starting with "
                                "what went well.",
                                "At the end, everyone steps out of role: ask each person to say "
                                "their real name and one thing they will do this evening, to "
                                "leave the character behind.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "What was hardest: staying calm, not asking questions, or "
                            "telling the student that you would have to share what they said?",
                            "follow_ups": [
                                "Which words worked well to explain that you cannot keep it "
                                "secret?",
                                "What would you do if the student asked you to wait until "
                                "tomorrow?",
                                "How would you respond if the student later said it wasn't true?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "The route: from the classroom to the authorities (15 "
                            "minutes)",
                            "text": "<p><b>The legal framework.</b> Law 1098 of 2006, the "
                            "<i>Código de la Infancia y la Adolescencia</i>, requires schools to "
                            "report situations of abuse they detect to the competent authorities. "
                            "Law 1146 of 2007, on preventing sexual violence against children, "
                            "obliges teachers to report any conduct or sign of sexual violence "
                            "against children and adolescents that they know of. Reporting a "
                            "suspicion in good faith is a duty, not an accusation: the "
                            "authorities investigate.</p><p><b>The school route.</b> Law 1620 of "
                            "2013 created the national school coexistence system and the <i>Ruta "
                            "de Atención Integral para la Convivencia Escolar</i>, with four "
                            "components: promotion, prevention, care and follow-up. Its "
                            "regulation, Decree 1965 of 2013 (now part of Decree 1075 of 2015), "
                            "sorts situations into three types; presumed sexual crimes against "
                            "students are <b>type III situations</b>. In short, the protocol for "
                            "them is:</p><ol><li>Guarantee immediate health care when there is "
                            "harm to the student's body or mind. Sexual violence is a medical "
                            "emergency: if it may have happened recently, especially in the last "
                            "72 hours, the student must be taken to a health service "
                            "urgently.</li><li>Inform the parents or guardians, unless that would "
                            "put the student at risk, for example when the alleged aggressor "
                            "lives at home; then let the protection authority decide.</li><li>The "
                            "rector, who chairs the school coexistence committee, informs the "
                            "police (Policía de Infancia y Adolescencia) immediately and leaves a "
                            "written record. The case also goes to the ICBF or the Comisaría de "
                            "Familia, which act to restore the child's rights, and to the "
                            "Fiscalía, which investigates the crime.</li><li>The school "
                            "coexistence committee meets, under strict confidentiality, to adopt "
                            "the school's own measures to protect the student.</li><li>The case "
                            "is recorded in the national school coexistence information system "
                            "(SIUCE) and followed up by the school and the "
                            "authorities.</li></ol><p><b>What the school must never do:</b> "
                            "investigate on its own, confront the student with the alleged "
                            "aggressor, try to settle the matter between families, or wait for "
                            "proof. If the person of concern works at the school, the same route "
                            "applies, and the rector also informs the Secretaría de Educación. In "
                            "Bogotá, the district school coexistence committee publishes a "
                            "directory of care protocols for schools; check the current version "
                            "with your counselling team.</p>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Mapping our school's route",
                            "duration_minutes": 20,
                            "materials": [
                                "A blank route chart per group",
                                "The school's manual de convivencia",
                            ],
                            "steps": [
                                "In groups, fill in the route chart for your own school: who "
                                "receives a disclosure (any adult), whom they tell (the names of "
                                "the counsellors and the rector, and who replaces them when they "
                                "are away), and how to reach them the same day.",
                                "Add the external contacts: the nearest health service with an "
                                "emergency room, the locality's Comisaría de Familia, the ICBF "
                                "zonal centre, the Policía de Infancia y Adolescencia, the "
                                "Fiscalía (in Bogotá, its CAIVAS centres specialise in sexual "
                                "violence), and the helplines 141, 106 and 123.",
                                "Compare the charts with the school's manual de convivencia. Note "
                                "the gaps, for example what happens on a Friday afternoon, during "
                                "holidays, or when the person of concern is a member of staff, "
                                "and agree who will take them to the school coexistence committee.",
                                "Agree where the final chart will be posted (the teachers' room, "
                                "the counselling office) and who will update it every year.",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Closing and self-care (10 minutes)",
                            "text": "<p>Sum up the session in three verbs: <b>recognise</b>, "
                            "<b>listen</b>, <b>refer</b>. Ask each participant to say or write "
                            "one thing they will do differently from tomorrow.</p><p>Hearing "
                            "about abuse affects adults too. After receiving a disclosure, talk "
                            "it over with the counsellor or a colleague, within the limits of "
                            "confidentiality, and look for support if it stays with you. Feeling "
                            "anger, sadness or doubt is normal; carrying it alone should not "
                            "be.</p><p>Close with an anonymous Faro survey or a paper evaluation "
                            "of the session, and remind participants where to find the "
                            "facilitator manual and the route chart.</p>",
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>If a participant talks about their own experience</b>, "
                            "thank them, don't ask for details, and offer to talk during the "
                            "break or afterwards. Respect their decisions about their own story, "
                            "and give them information about support and about reporting if they "
                            "want it. If a participant mentions a current case involving a "
                            "student, stop the group discussion gently and follow it up "
                            "immediately with the counsellor and the rector: it must go through "
                            "the route today.</p><p><b>Resistance.</b> Some teachers fear "
                            "reprisals from families, or feel that reporting “will only make "
                            "things worse”. Acknowledge the fear, and explain that the report is "
                            "made by the school as an institution, through the rector, and that "
                            "the duty to report is not optional. Where there are security "
                            "concerns, raise them with the rector and the authorities; don't "
                            "leave the teacher alone with them.</p><p><b>Adapting.</b> With "
                            "primary teachers, spend more time on signs in young children and on "
                            "how to talk with families. With secondary teachers, add the online "
                            "module's content on grooming and sextortion. Administrative staff, "
                            "school transport staff and canteen workers also hear disclosures: a "
                            "shorter version with the disclosure section and the route is enough "
                            "for them.</p>",
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": "<p>When a student discloses abuse or you suspect it, follow "
                            "the school protocol the same day: write down what you heard and "
                            "inform the counsellor and the rector. If the student is in immediate "
                            "danger, call 123; if the abuse may have happened recently, make sure "
                            "the student gets urgent medical care. For advice, or to report "
                            "directly if the school does not act, any teacher can call Línea 141 "
                            "of the ICBF; students can be told about Línea 106. If the situation "
                            "suggests recruitment for exploitation or trafficking, call the "
                            "national anti-trafficking line.</p>",
                            "contacts": [
                                {
                                    "name": "Línea 141 – ICBF (Colombian Family Welfare Institute)",
                                    "phone": "141",
                                    "hours": "24 hours, free",
                                },
                                {
                                    "name": "Línea 106 – Bogotá, listening line for children and "
                                    "adolescents",
                                    "phone": "106",
                                    "hours": "24 hours",
                                },
                                {
                                    "name": "Emergencies – Policía Nacional (National Police)",
                                    "phone": "123",
                                    "hours": "24 hours",
                                },
                                {
                                    "name": "National line against human trafficking (Ministerio "
                                    "del Interior)",
                                    "phone": "01 8000 52 20 20",
                                    "hours": "24 hours",
                                },
                            ],
                        },
                    },
                ],
                "es": [
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Antes de la sesión.</b> Planéela con el rector o la "
                            "rectora y con los orientadores del colegio, que deben asistir: son "
                            "quienes recibirán los casos que remitan los docentes. Pida el manual "
                            "de convivencia del colegio y revise qué dice sobre las situaciones "
                            "de violencia sexual. Averigüe los datos de contacto de la Comisaría "
                            "de Familia de la localidad, del centro zonal del ICBF que atiende al "
                            "colegio y del servicio de salud más cercano, para ayudar a completar "
                            "el formato de ruta.</p><p>En cualquier grupo de adultos puede haber "
                            "sobrevivientes de abuso. Diga al comienzo que el tema puede ser "
                            "difícil, que cualquiera puede salir un momento y que usted estará "
                            "disponible después.</p><p><b>Tiempos:</b> apertura 10 minutos, mitos "
                            "y realidades 15, reconocer señales 20, recibir un relato 30 "
                            "(explicación 5, práctica 25), la ruta 35 (explicación 15, trazado "
                            "20), cierre 10.</p>",
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Apertura y acuerdos (10 minutos)",
                            "text": "<p>Presente el propósito de la sesión: no se trata de "
                            "convertir a los docentes en investigadores, sino de asegurar que "
                            "cada adulto del colegio pueda darse cuenta, escuchar y actuar según "
                            "la ruta. Muchas veces los profes son los adultos en quienes más "
                            "confían los niños y niñas fuera de su casa, y la ley colombiana hace "
                            "corresponsables a la familia, la sociedad y el Estado, colegios "
                            "incluidos, de proteger los derechos de la niñez (Ley 1098 de "
                            "2006).</p><p>Acuerden cómo va a trabajar el grupo:</p><ul><li>No "
                            "mencionamos nombres ni detalles que permitan identificar a un "
                            "estudiante o a una familia. Si un caso actual le preocupa, lo "
                            "hablamos después, en privado, con la orientación.</li><li>Cualquiera "
                            "puede salir en cualquier momento sin dar "
                            "explicaciones.</li><li>Respetamos las opiniones distintas, y nos "
                            "mantenemos en lo que protege a la niñez.</li></ul>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Mitos y realidades",
                            "duration_minutes": 15,
                            "materials": [
                                "Afirmaciones impresas o cuestionario anónimo en Faro",
                            ],
                            "steps": [
                                "Lea cada afirmación y pida a los participantes que decidan si es "
                                "mito o realidad, levantando una tarjeta o respondiendo el "
                                "cuestionario anónimo. No discutan hasta tener todas las "
                                "respuestas.",
                                "Las afirmaciones: (a) La mayoría de los niños y niñas son "
                                "abusados por desconocidos. Mito: la mayoría son abusados por "
                                "alguien que conocen, como familiares, amigos de la familia, "
                                "vecinos o personas en posición de confianza. (b) Los niños y "
                                "niñas inventan con frecuencia historias de abuso sexual. Mito: "
                                "los relatos falsos son poco comunes; es mucho más frecuente que "
                                "nunca cuenten, o que se retracten bajo presión. (c) Si no hay "
                                "lesiones físicas, no hubo abuso. Mito: la mayoría de los abusos "
                                "no dejan huellas visibles. (d) Los niños varones también son "
                                "víctimas de abuso sexual. Realidad, y cuentan todavía menos. (e) "
                                "Un adolescente que “se dejó” no fue abusado. Mito: la "
                                "manipulación, el miedo y la dependencia impiden resistirse, y "
                                "con menores de 14 años la ley no reconoce consentimiento alguno. "
                                "(f) Un docente necesita pruebas antes de reportar. Mito: el "
                                "deber es reportar la sospecha; las autoridades son las que "
                                "investigan.",
                                "Muestre los resultados y discutan las afirmaciones en las que el "
                                "grupo estuvo más dividido. Mencione que, año tras año, los "
                                "informes del Instituto Nacional de Medicina Legal y Ciencias "
                                "Forenses muestran que la mayoría de los exámenes médico-legales "
                                "por presunto delito sexual corresponden a niños, niñas y "
                                "adolescentes, y que el presunto agresor suele ser un familiar o "
                                "alguien cercano a la familia.",
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Reconocer señales",
                            "duration_minutes": 20,
                            "materials": [
                                "Pliegos de papel y marcadores",
                            ],
                            "steps": [
                                "Forme cuatro grupos. Cada grupo hace una lista de posibles "
                                "señales en un área: (1) físicas y de salud; (2) de "
                                "comportamiento y emociones; (3) de la vida escolar; (4) del "
                                "comportamiento de un adulto o una persona mayor hacia un niño o "
                                "una niña.",
                                "Cada grupo presenta su lista. Compleméntela si hace falta. "
                                "Físicas: dolor, picazón o lesiones en la zona genital o anal, "
                                "dificultad para caminar o sentarse, infecciones de transmisión "
                                "sexual, embarazo (en Colombia, todo embarazo de una niña menor "
                                "de 14 años se presume producto de violencia sexual). "
                                "Comportamiento y emociones: cambios bruscos de ánimo, miedo a "
                                "una persona o a un lugar, problemas de sueño, volver a conductas "
                                "de menor edad como orinarse en la cama, autolesiones, "
                                "conocimientos o conductas sexuales poco comunes para la edad, "
                                "fugas de la casa. Vida escolar: caída repentina del rendimiento, "
                                "ausencias, no querer volver a la casa o cambiarse para educación "
                                "física, aislamiento. Comportamiento de un adulto: regalos y "
                                "privilegios para un solo niño o niña, buscar estar a solas con "
                                "él o ella, mensajes privados a estudiantes, comentarios sobre el "
                                "cuerpo de un niño o una niña, insistencia en el secreto.",
                                "Insista en lo esencial: ninguna señal por sí sola prueba un "
                                "abuso, y muchas señales tienen otras causas; lo que importa es "
                                "un cambio, una combinación de señales o lo que el niño o la niña "
                                "dice. Muchos niños y niñas abusados no muestran ninguna señal "
                                "clara, y por eso escuchar importa más que detectar.",
                                "Pregunte qué les llamó la atención de la lista del cuarto grupo. "
                                "Explique que el grooming también ocurre dentro de las "
                                "instituciones, y que el protocolo del colegio se aplica igual "
                                "cuando la persona que preocupa es un funcionario, un contratista "
                                "o un voluntario.",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Recibir un relato (5 minutos)",
                            "text": "<p>Es raro que un niño o una niña cuente todo de una vez. "
                            "Puede poner a prueba al adulto con una pequeña parte de la historia, "
                            "hablar de forma indirecta (“a una amiga mía...”) o escoger un "
                            "momento inesperado, como el final de una clase. La reacción del "
                            "primer adulto influye en si sigue hablando, con ese adulto o con "
                            "cualquiera.</p><ul><li><b>Escuche</b> con calma, en un lugar privado "
                            "pero no escondido. Deje que hable con sus propias palabras y muestre "
                            "que está prestando atención.</li><li><b>Crea</b>, y dígalo: “Gracias "
                            "por contarme. Te creo. No es tu culpa”.</li><li><b>No "
                            "investigue.</b> No pida detalles ni haga preguntas que sugieran "
                            "respuestas (“¿fue tu padrastro?”), no examine el cuerpo del niño o "
                            "la niña, no tome fotos y no confronte a la persona que nombra. Si "
                            "necesita saber si está seguro, use preguntas abiertas: “¿Quieres "
                            "contarme algo más?”</li><li><b>No prometa guardar el secreto.</b> "
                            "Explique con honestidad: “Para ayudarte, tengo que contárselo a "
                            "personas cuyo trabajo es protegerte. Te voy a contar qué pasa "
                            "después”.</li><li><b>Escríbalo</b> de inmediato: fecha, hora, las "
                            "palabras exactas del niño o la niña, lo que usted vio y lo que usted "
                            "dijo. Fírmelo y entrégueselo solo a la persona responsable según el "
                            "protocolo.</li><li><b>Actúe el mismo día</b>: informe a la "
                            "orientación y al rector o la rectora. No haga que el niño o la niña "
                            "repita la historia a varias personas; cada vez que la cuenta, le "
                            "duele.</li></ul>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Practicar la conversación",
                            "duration_minutes": 25,
                            "materials": [
                                "Tarjetas de práctica",
                                "Listas de observación",
                            ],
                            "steps": [
                                "Forme grupos de tres: una persona hace de estudiante, leyendo "
                                "una tarjeta y nunca a partir de su experiencia personal; otra "
                                "hace de docente; la tercera observa con la lista. Cada ronda "
                                "dura cinco minutos más dos de retroalimentación, y todos pasan "
                                "una vez por cada papel.",
                                "Tarjeta 1: Sara, de 11 años, se queda después de clase y dice: "
                                "“Mi tío juega conmigo un juego que no me gusta. Dice que si "
                                "cuento, mi mamá se va a poner triste y me va a mandar lejos”. "
                                "Tarjeta 2: Julián, de 15 años, le muestra su celular: un hombre "
                                "que conoció en internet lo amenaza con publicar un video suyo si "
                                "no le paga. Tarjeta 3: Daniela, de 13 años, cuenta que un "
                                "profesor le pide una y otra vez a su amiga que se quede a solas "
                                "con él después de clase, y le escribe mensajes de noche.",
                                "Lista de observación: ¿El docente mantuvo la calma? ¿Agradeció y "
                                "le creyó al estudiante? ¿Evitó preguntas que sugieren respuestas "
                                "y pedir detalles? ¿Dijo que no era culpa del estudiante? ¿Evitó "
                                "prometer el secreto y explicó qué pasaría después? ¿Terminó "
                                "asegurándose de que el estudiante se sintiera seguro por ahora?",
                                "Después de cada ronda, quien observa da retroalimentación, "
                                "empezando por lo que salió bien.",
                                "Al final, todos salen de su papel: pida a cada persona que diga "
                                "su nombre real y una cosa que va a hacer esta noche, para dejar "
                                "atrás el personaje.",
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "¿Qué fue lo más difícil: mantener la calma, no hacer "
                            "preguntas o decirle al estudiante que tendría que compartir lo que "
                            "le contó?",
                            "follow_ups": [
                                "¿Qué palabras funcionaron bien para explicar que no se puede "
                                "guardar el secreto?",
                                "¿Qué haría si el estudiante le pide que espere hasta mañana?",
                                "¿Cómo respondería si después el estudiante dice que no era "
                                "verdad?",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "La ruta: del salón de clase a las autoridades (15 minutos)",
                            "text": "<p><b>El marco legal.</b> La Ley 1098 de 2006, Código de la "
                            "Infancia y la Adolescencia, obliga a los colegios a reportar ante "
                            "las autoridades competentes las situaciones de abuso que detecten. "
                            "La Ley 1146 de 2007, sobre prevención de la violencia sexual contra "
                            "niños, niñas y adolescentes, obliga a los docentes a denunciar toda "
                            "conducta o indicio de violencia sexual contra niños, niñas y "
                            "adolescentes del que tengan conocimiento. Reportar una sospecha de "
                            "buena fe es un deber, no una acusación: las autoridades son las que "
                            "investigan.</p><p><b>La ruta escolar.</b> La Ley 1620 de 2013 creó "
                            "el Sistema Nacional de Convivencia Escolar y la Ruta de Atención "
                            "Integral para la Convivencia Escolar, con cuatro componentes: "
                            "promoción, prevención, atención y seguimiento. Su reglamento, el "
                            "Decreto 1965 de 2013 (hoy compilado en el Decreto 1075 de 2015), "
                            "clasifica las situaciones en tres tipos; los presuntos delitos "
                            "sexuales contra estudiantes son <b>situaciones tipo III</b>. En "
                            "resumen, su protocolo es:</p><ol><li>Garantizar atención inmediata "
                            "en salud cuando hay daño al cuerpo o a la salud mental del "
                            "estudiante. La violencia sexual es una urgencia médica: si pudo "
                            "haber ocurrido hace poco, sobre todo en las últimas 72 horas, hay "
                            "que llevar al estudiante a un servicio de salud de "
                            "inmediato.</li><li>Informar a los padres, madres o acudientes, salvo "
                            "que eso ponga en riesgo al estudiante, por ejemplo cuando el "
                            "presunto agresor vive en la casa; en ese caso, deje que la autoridad "
                            "de protección decida.</li><li>El rector o la rectora, que preside el "
                            "comité escolar de convivencia, informa de inmediato a la Policía "
                            "(Policía de Infancia y Adolescencia) y deja constancia por escrito. "
                            "El caso también se remite al ICBF o a la Comisaría de Familia, que "
                            "actúan para restablecer los derechos del niño o la niña, y a la "
                            "Fiscalía, que investiga el delito.</li><li>El comité escolar de "
                            "convivencia se reúne, con estricta reserva, para adoptar las medidas "
                            "propias del colegio para proteger al estudiante.</li><li>El caso se "
                            "registra en el Sistema de Información Unificado de Convivencia "
                            "Escolar (SIUCE) y tiene seguimiento del colegio y de las "
                            "autoridades.</li></ol><p><b>Lo que el colegio nunca debe hacer:</b> "
                            "investigar por su cuenta, poner al estudiante frente al presunto "
                            "agresor, intentar arreglar el asunto entre familias o esperar a "
                            "tener pruebas. Si la persona que preocupa trabaja en el colegio, se "
                            "sigue la misma ruta, y el rector o la rectora también informa a la "
                            "Secretaría de Educación. En Bogotá, el Comité Distrital de "
                            "Convivencia Escolar publica un directorio de protocolos de atención "
                            "para los colegios; consulte la versión vigente con su equipo de "
                            "orientación.</p>",
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Trazar la ruta de nuestro colegio",
                            "duration_minutes": 20,
                            "materials": [
                                "Un formato de ruta en blanco por grupo",
                                "El manual de convivencia del colegio",
                            ],
                            "steps": [
                                "En grupos, diligencien el formato de ruta de su propio colegio: "
                                "quién recibe un relato (cualquier adulto), a quién le informa "
                                "(los nombres de los orientadores y del rector o la rectora, y "
                                "quién los reemplaza cuando no están) y cómo encontrarlos el "
                                "mismo día.",
                                "Agreguen los contactos externos: el servicio de salud más "
                                "cercano con urgencias, la Comisaría de Familia de la localidad, "
                                "el centro zonal del ICBF, la Policía de Infancia y Adolescencia, "
                                "la Fiscalía (en Bogotá, sus centros CAIVAS se especializan en "
                                "violencia sexual) y las líneas 141, 106 y 123.",
                                "Comparen los formatos con el manual de convivencia del colegio. "
                                "Anoten los vacíos, por ejemplo qué pasa un viernes por la tarde, "
                                "en vacaciones o cuando la persona que preocupa es un "
                                "funcionario, y acuerden quién los llevará al comité escolar de "
                                "convivencia.",
                                "Acuerden dónde se publicará el formato final (la sala de "
                                "profesores, la oficina de orientación) y quién lo actualizará "
                                "cada año.",
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Cierre y autocuidado (10 minutos)",
                            "text": "<p>Resuma la sesión en tres verbos: <b>reconocer</b>, "
                            "<b>escuchar</b>, <b>activar la ruta</b>. Pida a cada participante "
                            "que diga o escriba una cosa que hará distinto a partir de "
                            "mañana.</p><p>Escuchar sobre abusos también afecta a los adultos. "
                            "Después de recibir un relato, háblelo con la orientación o con un "
                            "colega, dentro de los límites de la reserva, y busque apoyo si el "
                            "tema se le queda dando vueltas. Sentir rabia, tristeza o duda es "
                            "normal; cargarlo a solas no debería serlo.</p><p>Cierre con una "
                            "encuesta anónima en Faro o una evaluación en papel, y recuerde a los "
                            "participantes dónde encontrar el manual de facilitación y el formato "
                            "de ruta.</p>",
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": "<p><b>Si un participante habla de su propia experiencia</b>, "
                            "agradézcale, no pida detalles y ofrézcale conversar en el descanso o "
                            "al final. Respete sus decisiones sobre su propia historia, y dele "
                            "información sobre apoyo y sobre cómo denunciar si la quiere. Si un "
                            "participante menciona un caso actual de un estudiante, detenga con "
                            "suavidad la conversación en grupo y hágale seguimiento de inmediato "
                            "con la orientación y el rector o la rectora: tiene que pasar por la "
                            "ruta hoy mismo.</p><p><b>Resistencias.</b> Algunos docentes temen "
                            "represalias de las familias, o sienten que reportar “solo va a "
                            "empeorar las cosas”. Reconozca el temor y explique que el reporte lo "
                            "hace el colegio como institución, a través del rector o la rectora, "
                            "y que el deber de reportar no es opcional. Si hay preocupaciones de "
                            "seguridad, llévelas al rector o la rectora y a las autoridades; no "
                            "deje al docente solo con ellas.</p><p><b>Adaptar.</b> Con docentes "
                            "de primaria, dedique más tiempo a las señales en niños y niñas "
                            "pequeños y a cómo hablar con las familias. Con docentes de "
                            "bachillerato, agregue el contenido del módulo sobre grooming y "
                            "sextorsión. El personal administrativo, de ruta escolar y de la "
                            "tienda escolar también recibe relatos: para ellos basta una versión "
                            "corta con la parte de recibir un relato y la ruta.</p>",
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": "<p>Cuando un estudiante cuenta un abuso o usted lo sospecha, "
                            "siga el protocolo del colegio el mismo día: escriba lo que escuchó e "
                            "informe a la orientación y al rector o la rectora. Si el estudiante "
                            "está en peligro inmediato, llame al 123; si el abuso pudo haber "
                            "ocurrido hace poco, asegúrese de que reciba atención médica urgente. "
                            "Para pedir orientación, o para denunciar directamente si el colegio "
                            "no actúa, cualquier docente puede llamar a la Línea 141 del ICBF; a "
                            "los estudiantes se les puede contar de la Línea 106. Si la situación "
                            "sugiere captación para explotación o trata de personas, llame a la "
                            "línea nacional contra la trata.</p>",
                            "contacts": [
                                {
                                    "name": "Línea 141 – ICBF (Instituto Colombiano de Bienestar "
                                    "Familiar)",
                                    "phone": "141",
                                    "hours": "24 horas, gratuita",
                                },
                                {
                                    "name": "Línea 106 – Bogotá, línea de escucha para niños, "
                                    "niñas y adolescentes",
                                    "phone": "106",
                                    "hours": "24 horas",
                                },
                                {
                                    "name": "Emergencias – Policía Nacional",
                                    "phone": "123",
                                    "hours": "24 horas",
                                },
                                {
                                    "name": "Línea nacional contra la trata de personas "
                                    "(Ministerio del Interior)",
                                    "phone": "01 8000 52 20 20",
                                    "hours": "24 horas",
                                },
                            ],
                        },
                    },
                ],
            },
        },
    ],
    "manuals": [
        {
            "slug": {
                "en": "facilitator-manual",
                "es": "manual-de-facilitacion",
            },
            "kind": "facilitator",
            "title": {
                "en": "Facilitator manual: running Golondrina sessions safely",
                "es": "Manual de facilitación: cómo realizar las sesiones de Golondrina con "
                "cuidado",
            },
            "summary": {
                "en": "A guide for the people who run Golondrina's workshops in schools: the "
                "campaign's approach, how to prepare a session and the room, ground rules and "
                "emotional safety, what to do when a child discloses abuse and how to refer it, "
                "what to do after the session, and how to work with teachers and families.",
                "es": "Una guía para las personas que dirigen los talleres de Golondrina en los "
                "colegios: el enfoque de la campaña, cómo preparar la sesión y el espacio, los "
                "acuerdos y la seguridad emocional, qué hacer cuando un niño o una niña cuenta un "
                "abuso y cómo remitirlo, qué hacer después de la sesión y cómo trabajar con "
                "docentes y familias.",
            },
            "chapters": {
                "en": [
                    {
                        "title": "The Golondrina approach",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Principles",
                                    "text": "<ul><li><b>Protecting children is the job of "
                                    "adults.</b> Workshops give children words and a network of "
                                    "people, but we never suggest that a child should have been "
                                    "able to stop abuse.</li><li><b>Rights, not fear.</b> "
                                    "Colombian law recognises children and adolescents as holders "
                                    "of rights (Law 1098 of 2006). We talk about the right to a "
                                    "safe body and a safe life, not about danger around every "
                                    "corner.</li><li><b>Accurate information.</b> Most abuse is "
                                    "committed by someone the child knows; boys are victims too; "
                                    "abuse happens in every social class and every neighbourhood. "
                                    "We use the correct names for body parts.</li><li><b>Adults "
                                    "ready before children.</b> We train teachers and inform "
                                    "families first, so that a child who speaks up after a "
                                    "session finds adults who know what to do.</li><li><b>No "
                                    "blame on victims.</b> We avoid messages that make children "
                                    "responsible for what others do to them, such as “don't send "
                                    "photos” or “don't dress like that”.</li><li><b>Everyone "
                                    "included.</b> We adapt for children with disabilities, "
                                    "children from migrant families who may not know Colombian "
                                    "services, Indigenous and Afro-Colombian children, and "
                                    "LGBTIQ+ adolescents, who face particular risks and barriers "
                                    "to asking for help.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Why schools",
                                    "text": "<p>Children spend a large part of their day at "
                                    "school, and teachers are often the adults they trust most "
                                    "outside their home. Many disclosures happen at school, to a "
                                    "teacher, a counsellor or a classmate. Schools also have a "
                                    "legal duty and a route for acting: the <i>Ruta de Atención "
                                    "Integral para la Convivencia Escolar</i> of Law 1620 of "
                                    "2013. Golondrina works with that route, not around it.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What the sessions are not",
                                    "text": "<ul><li><b>Not a replacement for sexuality "
                                    "education.</b> The sessions complement the school's own "
                                    "sexuality education project, which is compulsory in "
                                    "Colombian schools.</li><li><b>Not therapy.</b> If a child "
                                    "needs emotional support, the school counsellor and the "
                                    "health services provide it.</li><li><b>Not an "
                                    "investigation.</b> Facilitators never try to find out "
                                    "whether a child has been abused. Their job is to listen and "
                                    "to pass on what they hear through the route.</li></ul>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Preparing sessions and the room",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Agreements with the school",
                                    "text": "<p>Meet the rector and the counselling team before "
                                    "anything else. Agree on:</p><ul><li>the order of the "
                                    "sessions: teachers first, then the family meeting, then the "
                                    "students;</li><li>who in the school will receive any "
                                    "disclosure on the day of each session, and in which room you "
                                    "can talk privately;</li><li>the school's protocol for type "
                                    "III situations, and a copy of its <i>manual de "
                                    "convivencia</i>;</li><li>the dates. Avoid the last hour "
                                    "before a long weekend (<i>puente festivo</i>) or the "
                                    "holidays, and exam days: after a session, the counsellor "
                                    "must be available to follow up;</li><li>group size: one "
                                    "class at a time, with its class director (<i>director de "
                                    "grupo</i>) invited to stay if the students agree.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Informing families",
                                    "text": "<p>Families should know in advance what their "
                                    "children will learn, through a note and, ideally, a meeting "
                                    "(see the last chapter). Some families worry that talking "
                                    "about the body will “put ideas in children's heads”. Listen "
                                    "to their concerns and show them the materials: most worries "
                                    "fade when they see the content. If a family still objects, "
                                    "agree with the school what the child will do during the "
                                    "session, and make sure the child still receives the handout "
                                    "with the helpline numbers.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "The room",
                                    "text": "<ul><li>A room where you cannot be overheard from "
                                    "the corridor, but not an isolated one: keep the door closed "
                                    "but not locked.</li><li>Chairs in a circle or around group "
                                    "tables, not in rows.</li><li>A quiet corner with a chair, "
                                    "away from the group but within sight.</li><li>The agreements "
                                    "written on the board or on a poster.</li><li>The anonymous "
                                    "question box, water and tissues.</li><li>Two facilitators, "
                                    "ideally a woman and a man, so that children can choose whom "
                                    "to approach.</li></ul>",
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": "<p><b>Checklist for the day:</b> printed cards and "
                                    "handouts; markers and paper; the question box; the names and "
                                    "locations of the counsellor and the rector for that day; the "
                                    "helpline numbers written on the board; a notebook to record "
                                    "any disclosure word for word. Arrive 20 minutes early to set "
                                    "up the room and to check with the counsellor whether "
                                    "anything has happened in the group that you should know "
                                    "about.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Ground rules and emotional safety",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Rules that protect",
                                    "text": "<p>Every session begins with a few agreements, built "
                                    "with the group and written where everyone can see them. Each "
                                    "one has a protective purpose:</p><ul><li><b>Respect</b> "
                                    "keeps the room safe for questions, including the ones that "
                                    "make people laugh.</li><li><b>The right to pass</b> means no "
                                    "child is ever forced to speak, answer or show their "
                                    "work.</li><li><b>Stories, not people</b> keeps personal "
                                    "experiences out of the group, where they could expose a "
                                    "child, and invites them into a private conversation "
                                    "instead.</li><li><b>Confidentiality with a safety "
                                    "exception</b> is explained honestly from the start, so that "
                                    "no child feels betrayed later: “If we learn that someone is "
                                    "being hurt, we will tell people who can help.”</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Distance through stories",
                                    "text": "<p>All activities use fictional characters and the "
                                    "third person: “What could Valentina do?”, never “What would "
                                    "you do if it happened to you?”. Never ask children to act "
                                    "out touching or abuse, never ask for a show of hands on "
                                    "personal experiences, and never describe abuse in detail. "
                                    "The sessions are about rights, signs of manipulation and "
                                    "people who help.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Noticing distress",
                                    "text": "<p>While one facilitator leads, the other watches "
                                    "the group. Signs that a child may be struggling include "
                                    "going very quiet or very restless, crying, long nervous "
                                    "laughter, asking to leave, or hiding their face. Approach "
                                    "quietly, without drawing attention: “Would you like to sit "
                                    "in the quiet corner for a bit?” A simple grounding exercise "
                                    "can help: breathe in for four counts and out for four, or "
                                    "name five things you can see in the room. Let the child "
                                    "return to the group when ready, and mention it discreetly to "
                                    "the counsellor after the session.</p><p>Laughter and jokes "
                                    "are a normal way of handling an uncomfortable topic. "
                                    "Acknowledge them and move on; step in only if the laughter "
                                    "is aimed at a person.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Handling disclosures and referrals",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "In the room",
                                    "text": "<p>If a child begins to tell something personal in "
                                    "front of the group, stop them gently, without ignoring or "
                                    "shaming them: “Thank you for telling me. This is important, "
                                    "and I want to listen to you properly. Let's talk together "
                                    "right after this activity.” Then keep your word: talk with "
                                    "the child, with the counsellor if possible, before they "
                                    "leave school that day. Do not ask questions in front of the "
                                    "class, and carry on with the session calmly, so that the "
                                    "rest of the group feels safe too.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Talking with the child",
                                    "text": "<h4>Do</h4><ul><li>Listen calmly, and let the child "
                                    "use their own words and take their time.</li><li>Believe "
                                    "them, and say so: “I believe you.”</li><li>Tell them it is "
                                    "not their fault and that they did the right thing by "
                                    "telling.</li><li>Explain honestly what you will do next and "
                                    "who you will tell.</li></ul><h4>Don't</h4><ul><li>Don't "
                                    "promise to keep it secret.</li><li>Don't ask for details or "
                                    "leading questions, and don't ask “why didn't you tell "
                                    "before?”.</li><li>Don't show shock, anger or disbelief, even "
                                    "if you know the person the child names.</li><li>Don't "
                                    "examine the child, take photos or contact the alleged "
                                    "aggressor.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Recording and referring",
                                    "text": "<p>As soon as the conversation ends, write down the "
                                    "date, the time, the child's exact words, what you observed "
                                    "and what you said. Give this record only to the counsellor "
                                    "and the rector, who activate the school protocol for type "
                                    "III situations (Law 1620 of 2013): urgent health care if "
                                    "needed, the report to the police, the referral to the ICBF "
                                    "or the Comisaría de Familia and to the Fiscalía, and "
                                    "follow-up.</p><p>As an external facilitator, you are also an "
                                    "adult who has learned that a child may be at risk. Make sure "
                                    "the case reaches the authorities: if the school has not "
                                    "acted by the end of the day, call Línea 141 yourself. Keep "
                                    "your notes secure and do not share the case with anyone "
                                    "else, including your own colleagues, beyond what the "
                                    "referral requires.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Signs of exploitation or trafficking",
                                    "text": "<p>Some disclosures point to sexual exploitation or "
                                    "trafficking rather than abuse by one person: an adolescent "
                                    "who receives money, phone credit or gifts in exchange for "
                                    "sexual contact or images; offers of jobs, modelling or "
                                    "travel from people met online; an older “boyfriend” who "
                                    "controls where they go; unexplained absences or trips. Treat "
                                    "these as type III situations too, and call the national "
                                    "anti-trafficking line for advice.</p>",
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": "<p>Keep these numbers written on the board during "
                                    "every session and in the student handout. Children and "
                                    "adolescents can call Línea 141 and, in Bogotá, Línea 106 on "
                                    "their own; adults can call 141 to report or ask for advice. "
                                    "If a child is in immediate danger, call 123.</p>",
                                    "contacts": [
                                        {
                                            "name": "Línea 141 – ICBF (Colombian Family Welfare "
                                            "Institute)",
                                            "phone": "141",
                                            "hours": "24 hours, free",
                                        },
                                        {
                                            "name": "Línea 106 – Bogotá, listening line for "
                                            "children and adolescents",
                                            "phone": "106",
                                            "hours": "24 hours",
                                        },
                                        {
                                            "name": "Emergencies – Policía Nacional (National "
                                            "Police)",
                                            "phone": "123",
                                            "hours": "24 hours",
                                        },
                                        {
                                            "name": "National line against human trafficking "
                                            "(Ministerio del Interior)",
                                            "phone": "01 8000 52 20 20",
                                            "hours": "24 hours",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "After the session",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Debrief with the school",
                                    "text": "<p>Meet the counsellor the same day, even for ten "
                                    "minutes. Share general observations about the group and, "
                                    "discreetly, the names of children who seemed distressed so "
                                    "that the counsellor can check on them. Names of children who "
                                    "disclosed are shared only through the protocol, never in a "
                                    "corridor conversation.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "The question box",
                                    "text": "<p>Open the box with the counsellor. Most questions "
                                    "are about bodies, relationships or the internet, and can be "
                                    "answered at a short follow-up visit or by the class "
                                    "director, for the whole group and without guessing who wrote "
                                    "them. A question that suggests a child is being harmed "
                                    "(“what if someone at home touches me?”) is handled by the "
                                    "counsellor: answer it for the whole group with the key "
                                    "messages and the helpline numbers, and invite anyone who "
                                    "wants to talk to come forward.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Records and reach",
                                    "text": "<p>Record the session in Faro: the date, the venue, "
                                    "the module, and the number of participants by audience and "
                                    "age band. Faro never asks for participants' names, and it is "
                                    "not the place for disclosures: details of a case go only "
                                    "through the school protocol and to the authorities.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Looking after yourself",
                                    "text": "<p>Hearing a child's disclosure, or simply working "
                                    "on this topic week after week, takes a toll. Talk with your "
                                    "team after difficult sessions, without sharing identifying "
                                    "details. Notice signs of strain, such as trouble sleeping, "
                                    "irritability or feeling numb, and ask for supervision or "
                                    "professional support when you need it. Looking after "
                                    "yourself is part of looking after the children.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Working with teachers and parents",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Teachers as allies",
                                    "text": "<p>The teachers' session comes first, because "
                                    "teachers are the ones who will hear most disclosures, often "
                                    "weeks after a workshop. Invite class directors to the "
                                    "student sessions when students agree, and share the key "
                                    "messages with them so that they can come back to them in "
                                    "class. When a teacher refers a case, acknowledge it: "
                                    "reporting is hard, and teachers who feel supported keep "
                                    "doing it.</p>",
                                },
                            },
                            {
                                "type": "activity",
                                "value": {
                                    "title": "Meeting with families",
                                    "duration_minutes": 60,
                                    "materials": [
                                        "The student handout",
                                        "The helpline numbers on a poster",
                                    ],
                                    "steps": [
                                        "Welcome the families and explain the campaign and the "
                                        "sessions their children will attend, showing the "
                                        "activities and the handout.",
                                        "Share the key facts: most abuse is committed by someone "
                                        "the child knows; boys are victims too; children rarely "
                                        "make it up; most abuse leaves no visible trace.",
                                        "Explain why children learn the correct names of their "
                                        "body parts, and why greeting relatives with a kiss "
                                        "should be their choice.",
                                        "Practise in pairs how to respond if a child tells them "
                                        "something: stay calm, believe, thank them, don't blame, "
                                        "and ask for help from the school or Línea 141.",
                                        "Talk about the online world: know which apps children "
                                        "use, keep conversations open rather than only banning, "
                                        "and react to a mistake with support, not punishment, so "
                                        "that children keep telling.",
                                        "Close with the helpline numbers and time for private "
                                        "questions.",
                                    ],
                                },
                            },
                            {
                                "type": "discussion_prompt",
                                "value": {
                                    "question": "What makes it easier for a child to tell their "
                                    "family something difficult?",
                                    "follow_ups": [
                                        "How did you react the last time your child told you "
                                        "about a mistake?",
                                        "Who else could your child turn to if they could not tell "
                                        "you?",
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "When the concern is within the family",
                                    "text": "<p>Sometimes the person of concern is a family "
                                    "member. In that case, do not inform the family before the "
                                    "authorities do, and never confront them: it could put the "
                                    "child at risk or lead to pressure to retract. The school "
                                    "follows the route, and the ICBF or the Comisaría de Familia "
                                    "decides how and when the family is involved. Remember that a "
                                    "protective parent or caregiver, once informed by the "
                                    "authorities, is a key ally for the child.</p>",
                                },
                            },
                        ],
                    },
                ],
                "es": [
                    {
                        "title": "El enfoque de Golondrina",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Principios",
                                    "text": "<ul><li><b>Proteger a la niñez es tarea de los "
                                    "adultos.</b> Los talleres les dan a niños y niñas palabras y "
                                    "una red de personas, pero nunca sugerimos que un niño o una "
                                    "niña debió poder detener un abuso.</li><li><b>Derechos, no "
                                    "miedo.</b> La ley colombiana reconoce a niños, niñas y "
                                    "adolescentes como sujetos de derechos (Ley 1098 de 2006). "
                                    "Hablamos del derecho a un cuerpo y una vida seguros, no de "
                                    "peligros en cada esquina.</li><li><b>Información "
                                    "precisa.</b> La mayoría de los abusos los comete alguien que "
                                    "el niño o la niña conoce; los niños varones también son "
                                    "víctimas; el abuso ocurre en todas las clases sociales y en "
                                    "todos los barrios. Usamos los nombres correctos de las "
                                    "partes del cuerpo.</li><li><b>Adultos preparados antes que "
                                    "los niños.</b> Primero formamos a los docentes e informamos "
                                    "a las familias, para que un niño o una niña que cuente algo "
                                    "después de una sesión encuentre adultos que sepan qué "
                                    "hacer.</li><li><b>Sin culpar a las víctimas.</b> Evitamos "
                                    "mensajes que hacen responsables a niños y niñas de lo que "
                                    "otros les hacen, como “no mandes fotos” o “no te vistas "
                                    "así”.</li><li><b>Nadie se queda por fuera.</b> Adaptamos las "
                                    "sesiones para niños y niñas con discapacidad, de familias "
                                    "migrantes que quizá no conocen los servicios colombianos, "
                                    "indígenas y afrocolombianos, y para adolescentes LGBTIQ+, "
                                    "que enfrentan riesgos y barreras particulares para pedir "
                                    "ayuda.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "¿Por qué en los colegios?",
                                    "text": "<p>Niños y niñas pasan buena parte del día en el "
                                    "colegio, y muchas veces los profes son los adultos en "
                                    "quienes más confían fuera de su casa. Muchos relatos ocurren "
                                    "en el colegio, ante un docente, la orientación o un "
                                    "compañero. Los colegios tienen además un deber legal y una "
                                    "ruta para actuar: la Ruta de Atención Integral para la "
                                    "Convivencia Escolar de la Ley 1620 de 2013. Golondrina "
                                    "trabaja con esa ruta, no por fuera de ella.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Lo que las sesiones no son",
                                    "text": "<ul><li><b>No reemplazan la educación para la "
                                    "sexualidad.</b> Las sesiones complementan el proyecto de "
                                    "educación para la sexualidad del propio colegio, que es "
                                    "obligatorio en los colegios colombianos.</li><li><b>No son "
                                    "terapia.</b> Si un niño o una niña necesita apoyo emocional, "
                                    "lo brindan la orientación escolar y los servicios de "
                                    "salud.</li><li><b>No son una investigación.</b> Quien "
                                    "facilita nunca intenta averiguar si un niño o una niña fue "
                                    "abusado. Su tarea es escuchar y remitir lo que escucha por "
                                    "la ruta.</li></ul>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Preparar las sesiones y el espacio",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Acuerdos con el colegio",
                                    "text": "<p>Antes que nada, reúnase con el rector o la "
                                    "rectora y el equipo de orientación. Acuerden:</p><ul><li>el "
                                    "orden de las sesiones: primero los docentes, luego la "
                                    "reunión con familias y después los "
                                    "estudiantes;</li><li>quién en el colegio recibirá cualquier "
                                    "relato el día de cada sesión, y en qué espacio se puede "
                                    "hablar en privado;</li><li>el protocolo del colegio para "
                                    "situaciones tipo III, y una copia de su manual de "
                                    "convivencia;</li><li>las fechas. Evite la última hora antes "
                                    "de un puente festivo o de vacaciones, y los días de "
                                    "evaluaciones: después de una sesión, la orientación tiene "
                                    "que estar disponible para hacer seguimiento;</li><li>el "
                                    "tamaño del grupo: un curso a la vez, con su director o "
                                    "directora de grupo invitado a quedarse si los estudiantes "
                                    "están de acuerdo.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Informar a las familias",
                                    "text": "<p>Las familias deben saber con anticipación qué van "
                                    "a aprender sus hijos e hijas, mediante una circular e, "
                                    "idealmente, una reunión (vea el último capítulo). A algunas "
                                    "familias les preocupa que hablar del cuerpo les “meta ideas "
                                    "en la cabeza” a los niños. Escuche sus inquietudes y "
                                    "muéstreles los materiales: la mayoría de las preocupaciones "
                                    "desaparecen cuando conocen el contenido. Si una familia "
                                    "sigue en desacuerdo, acuerde con el colegio qué hará el niño "
                                    "o la niña durante la sesión, y asegúrese de que de todas "
                                    "formas reciba la guía con los números de las líneas de "
                                    "ayuda.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "El espacio",
                                    "text": "<ul><li>Un salón donde no se escuche desde el "
                                    "pasillo, pero no un lugar aislado: mantenga la puerta "
                                    "cerrada, pero sin seguro.</li><li>Sillas en círculo o "
                                    "alrededor de mesas de trabajo, no en filas.</li><li>Un "
                                    "rincón tranquilo con una silla, apartado del grupo pero a la "
                                    "vista.</li><li>Los acuerdos escritos en el tablero o en una "
                                    "cartelera.</li><li>La caja de preguntas anónimas, agua y "
                                    "pañuelos.</li><li>Dos personas facilitando, idealmente una "
                                    "mujer y un hombre, para que niños y niñas puedan escoger a "
                                    "quién acercarse.</li></ul>",
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": "<p><b>Lista para el día:</b> tarjetas y guías "
                                    "impresas; marcadores y papel; la caja de preguntas; los "
                                    "nombres y la ubicación de la orientadora o el orientador y "
                                    "del rector o la rectora para ese día; los números de las "
                                    "líneas de ayuda escritos en el tablero; un cuaderno para "
                                    "anotar palabra por palabra cualquier relato. Llegue 20 "
                                    "minutos antes para organizar el salón y preguntar a la "
                                    "orientación si ha pasado algo en el grupo que usted deba "
                                    "saber.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Acuerdos y seguridad emocional",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Acuerdos que protegen",
                                    "text": "<p>Cada sesión empieza con algunos acuerdos, "
                                    "construidos con el grupo y escritos donde todos los puedan "
                                    "ver. Cada uno tiene un propósito protector:</p><ul><li><b>El "
                                    "respeto</b> mantiene el salón seguro para hacer preguntas, "
                                    "incluso las que dan risa.</li><li><b>El derecho a pasar</b> "
                                    "significa que a ningún niño o niña se le obliga a hablar, "
                                    "responder o mostrar su trabajo.</li><li><b>Historias, no "
                                    "personas</b> mantiene las experiencias personales por fuera "
                                    "del grupo, donde podrían exponer a un niño o una niña, y las "
                                    "invita a una conversación privada.</li><li><b>La "
                                    "confidencialidad con una excepción de seguridad</b> se "
                                    "explica con honestidad desde el comienzo, para que nadie se "
                                    "sienta traicionado después: “Si sabemos que a alguien le "
                                    "están haciendo daño, se lo vamos a contar a personas que "
                                    "puedan ayudar”.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Distancia a través de las historias",
                                    "text": "<p>Todas las actividades usan personajes ficticios y "
                                    "la tercera persona: “¿Qué podría hacer Valentina?”, nunca "
                                    "“¿Qué harías si te pasara a ti?”. Nunca pida a niños y niñas "
                                    "que representen caricias o abusos, nunca pida que levanten "
                                    "la mano sobre experiencias personales y nunca describa un "
                                    "abuso en detalle. Las sesiones tratan de derechos, señales "
                                    "de manipulación y personas que ayudan.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Notar el malestar",
                                    "text": "<p>Mientras una persona dirige, la otra observa al "
                                    "grupo. Algunas señales de que un niño o una niña la está "
                                    "pasando mal: quedarse muy callado o muy inquieto, llorar, "
                                    "reírse nerviosamente por mucho rato, pedir salir o taparse "
                                    "la cara. Acérquese en voz baja, sin llamar la atención: "
                                    "“¿Quieres sentarte un ratico en el rincón tranquilo?” Un "
                                    "ejercicio sencillo para volver al presente puede ayudar: "
                                    "inhalar contando hasta cuatro y exhalar contando hasta "
                                    "cuatro, o nombrar cinco cosas que se ven en el salón. Deje "
                                    "que vuelva al grupo cuando esté listo, y coménteselo con "
                                    "discreción a la orientación después de la sesión.</p><p>La "
                                    "risa y los chistes son una forma normal de manejar un tema "
                                    "incómodo. Reconózcalos y siga; intervenga solo si la burla "
                                    "va dirigida a una persona.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Relatos de abuso y remisión de casos",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "En el salón",
                                    "text": "<p>Si un niño o una niña empieza a contar algo "
                                    "personal delante del grupo, deténgalo con suavidad, sin "
                                    "ignorarlo ni avergonzarlo: “Gracias por contármelo. Esto es "
                                    "importante y quiero escucharte bien. Hablemos apenas "
                                    "terminemos esta actividad”. Luego cumpla su palabra: hable "
                                    "con el niño o la niña, si es posible junto con la "
                                    "orientación, antes de que salga del colegio ese día. No haga "
                                    "preguntas frente al curso, y siga la sesión con calma para "
                                    "que el resto del grupo también se sienta seguro.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Hablar con el niño o la niña",
                                    "text": "<h4>Sí</h4><ul><li>Escuche con calma y deje que use "
                                    "sus propias palabras y su propio tiempo.</li><li>Créale, y "
                                    "dígaselo: “Te creo”.</li><li>Dígale que no es su culpa y que "
                                    "hizo bien en contarlo.</li><li>Explíquele con honestidad qué "
                                    "va a hacer usted y a quién se lo va a "
                                    "contar.</li></ul><h4>No</h4><ul><li>No prometa guardar el "
                                    "secreto.</li><li>No pida detalles ni haga preguntas que "
                                    "sugieran respuestas, y no pregunte “¿por qué no lo contaste "
                                    "antes?”.</li><li>No muestre sorpresa, rabia ni incredulidad, "
                                    "aunque conozca a la persona que nombra.</li><li>No examine "
                                    "al niño o la niña, no tome fotos y no contacte al presunto "
                                    "agresor.</li></ul>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Registrar y remitir",
                                    "text": "<p>Apenas termine la conversación, anote la fecha, "
                                    "la hora, las palabras exactas del niño o la niña, lo que "
                                    "observó y lo que usted dijo. Entregue este registro solo a "
                                    "la orientación y al rector o la rectora, que activan el "
                                    "protocolo del colegio para situaciones tipo III (Ley 1620 de "
                                    "2013): atención en salud urgente si hace falta, el reporte a "
                                    "la Policía, la remisión al ICBF o a la Comisaría de Familia "
                                    "y a la Fiscalía, y el seguimiento.</p><p>Como facilitador o "
                                    "facilitadora externa, usted también es un adulto que supo "
                                    "que un niño o una niña puede estar en riesgo. Asegúrese de "
                                    "que el caso llegue a las autoridades: si al final del día el "
                                    "colegio no ha actuado, llame usted a la Línea 141. Guarde "
                                    "sus notas en un lugar seguro y no comparta el caso con nadie "
                                    "más, ni siquiera con sus colegas, más allá de lo que exija "
                                    "la remisión.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Señales de explotación o trata",
                                    "text": "<p>Algunos relatos apuntan a explotación sexual o "
                                    "trata de personas, y no a un abuso de una sola persona: un "
                                    "adolescente que recibe plata, recargas o regalos a cambio de "
                                    "contacto sexual o de imágenes; ofertas de trabajo, modelaje "
                                    "o viajes de personas conocidas por internet; un “novio” "
                                    "mayor que controla a dónde va; ausencias o viajes sin "
                                    "explicación. Trátelas también como situaciones tipo III y "
                                    "llame a la línea nacional contra la trata para pedir "
                                    "orientación.</p>",
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": "<p>Mantenga estos números escritos en el tablero "
                                    "durante cada sesión y en la guía para estudiantes. Niños, "
                                    "niñas y adolescentes pueden llamar por su cuenta a la Línea "
                                    "141 y, en Bogotá, a la Línea 106; los adultos pueden llamar "
                                    "al 141 para reportar o pedir orientación. Si un niño o una "
                                    "niña está en peligro inmediato, llame al 123.</p>",
                                    "contacts": [
                                        {
                                            "name": "Línea 141 – ICBF (Instituto Colombiano de "
                                            "Bienestar Familiar)",
                                            "phone": "141",
                                            "hours": "24 horas, gratuita",
                                        },
                                        {
                                            "name": "Línea 106 – Bogotá, línea de escucha para "
                                            "niños, niñas y adolescentes",
                                            "phone": "106",
                                            "hours": "24 horas",
                                        },
                                        {
                                            "name": "Emergencias – Policía Nacional",
                                            "phone": "123",
                                            "hours": "24 horas",
                                        },
                                        {
                                            "name": "Línea nacional contra la trata de personas "
                                            "(Ministerio del Interior)",
                                            "phone": "01 8000 52 20 20",
                                            "hours": "24 horas",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "Después de la sesión",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Balance con el colegio",
                                    "text": "<p>Reúnase con la orientación el mismo día, aunque "
                                    "sea diez minutos. Comparta observaciones generales sobre el "
                                    "grupo y, con discreción, los nombres de los niños y niñas "
                                    "que parecieron afectados, para que la orientación pueda "
                                    "acercarse a ellos. Los nombres de quienes contaron algo se "
                                    "comparten solo a través del protocolo, nunca en una "
                                    "conversación de pasillo.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "La caja de preguntas",
                                    "text": "<p>Abra la caja junto con la orientación. La mayoría "
                                    "de las preguntas son sobre el cuerpo, las relaciones o "
                                    "internet, y se pueden responder en una visita corta de "
                                    "seguimiento o a través del director o la directora de grupo, "
                                    "para todo el curso y sin intentar adivinar quién las "
                                    "escribió. Una pregunta que sugiere que a un niño o una niña "
                                    "le están haciendo daño (“¿y si alguien de mi casa me toca?”) "
                                    "la maneja la orientación: respóndala para todo el grupo con "
                                    "los mensajes clave y los números de las líneas de ayuda, e "
                                    "invite a quien quiera hablar a acercarse.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Registros y alcance",
                                    "text": "<p>Registre la sesión en Faro: la fecha, el lugar, "
                                    "el módulo y el número de participantes por público y rango "
                                    "de edad. Faro nunca pide los nombres de los participantes, y "
                                    "no es el lugar para los relatos: los detalles de un caso van "
                                    "solo por el protocolo del colegio y a las autoridades.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cuidarse uno mismo",
                                    "text": "<p>Escuchar el relato de un niño o una niña, o "
                                    "simplemente trabajar este tema semana tras semana, pasa "
                                    "factura. Hable con su equipo después de las sesiones "
                                    "difíciles, sin compartir datos que identifiquen a nadie. "
                                    "Esté atento a señales de desgaste, como problemas para "
                                    "dormir, irritabilidad o sensación de no sentir nada, y pida "
                                    "supervisión o apoyo profesional cuando lo necesite. Cuidarse "
                                    "uno mismo también es parte de cuidar a la niñez.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Trabajar con docentes y familias",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Los docentes como aliados",
                                    "text": "<p>La sesión con docentes va primero, porque son "
                                    "ellos quienes escucharán la mayoría de los relatos, muchas "
                                    "veces semanas después de un taller. Invite a los directores "
                                    "de grupo a las sesiones con estudiantes cuando los "
                                    "estudiantes estén de acuerdo, y compártales los mensajes "
                                    "clave para que los retomen en clase. Cuando un docente "
                                    "remita un caso, reconózcaselo: reportar es difícil, y los "
                                    "docentes que se sienten apoyados lo siguen haciendo.</p>",
                                },
                            },
                            {
                                "type": "activity",
                                "value": {
                                    "title": "Reunión con familias",
                                    "duration_minutes": 60,
                                    "materials": [
                                        "La guía para estudiantes",
                                        "Los números de las líneas en una cartelera",
                                    ],
                                    "steps": [
                                        "Dé la bienvenida a las familias y explique la campaña y "
                                        "las sesiones a las que asistirán sus hijos e hijas, "
                                        "mostrando las actividades y la guía.",
                                        "Comparta los datos clave: la mayoría de los abusos los "
                                        "comete alguien que el niño o la niña conoce; los niños "
                                        "varones también son víctimas; es raro que inventen; la "
                                        "mayoría de los abusos no dejan huellas visibles.",
                                        "Explique por qué los niños y niñas aprenden los nombres "
                                        "correctos de las partes del cuerpo, y por qué saludar de "
                                        "beso a los familiares debe ser decisión de ellos.",
                                        "Practiquen en parejas cómo responder si un hijo o una "
                                        "hija les cuenta algo: mantener la calma, creer, "
                                        "agradecer, no culpar y pedir ayuda al colegio o a la "
                                        "Línea 141.",
                                        "Hablen del mundo en línea: conocer qué aplicaciones usan "
                                        "los hijos e hijas, mantener la conversación abierta en "
                                        "lugar de solo prohibir y reaccionar ante un error con "
                                        "apoyo y no con castigo, para que sigan contando.",
                                        "Cierre con los números de las líneas de ayuda y un "
                                        "tiempo para preguntas en privado.",
                                    ],
                                },
                            },
                            {
                                "type": "discussion_prompt",
                                "value": {
                                    "question": "¿Qué hace más fácil que un niño o una niña le "
                                    "cuente a su familia algo difícil?",
                                    "follow_ups": [
                                        "¿Cómo reaccionó la última vez que su hijo o hija le "
                                        "contó un error?",
                                        "¿A quién más podría acudir su hijo o hija si no pudiera "
                                        "contarle a usted?",
                                    ],
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cuando la preocupación está en la familia",
                                    "text": "<p>A veces la persona que preocupa es alguien de la "
                                    "familia. En ese caso, no informe a la familia antes de que "
                                    "lo hagan las autoridades, y nunca la confronte: podría poner "
                                    "en riesgo al niño o la niña o llevar a que lo presionen para "
                                    "retractarse. El colegio sigue la ruta, y el ICBF o la "
                                    "Comisaría de Familia deciden cómo y cuándo se involucra a la "
                                    "familia. Recuerde que una madre, un padre o un cuidador "
                                    "protector, una vez informado por las autoridades, es un "
                                    "aliado clave para el niño o la niña.</p>",
                                },
                            },
                        ],
                    },
                ],
            },
        },
        {
            "slug": {
                "en": "your-body-your-network",
                "es": "tu-cuerpo-tu-red",
            },
            "kind": "handout",
            "title": {
                "en": "Your body, your network: a guide for students",
                "es": "Tu cuerpo, tu red: guía para estudiantes",
            },
            "summary": {
                "en": "A short guide for students who took part in Golondrina's sessions: your "
                "body belongs to you, how to recognise unsafe touch, secrets and pressure online, "
                "who your trusted adults are, and where to call for help in Colombia, free and at "
                "any hour.",
                "es": "Una guía corta para estudiantes que participaron en las sesiones de "
                "Golondrina: tu cuerpo te pertenece, cómo reconocer el contacto inseguro, los "
                "secretos y la presión en internet, quiénes son tus adultos de confianza y a "
                "dónde llamar para pedir ayuda en Colombia, gratis y a cualquier hora.",
            },
            "chapters": {
                "en": [
                    {
                        "title": "Your body, your rules",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Your body belongs to you",
                                    "text": "<p>You decide who can hug you, kiss you or touch "
                                    "you. You can say no, even to an adult or to someone in your "
                                    "family, and you can greet people with a wave instead of a "
                                    "kiss.</p><p>Your private parts are the ones a swimsuit "
                                    "covers: vulva, vagina, penis, testicles, buttocks and "
                                    "breasts. <b>Nobody may</b> touch them, ask you to touch "
                                    "theirs, take pictures of them, or show you pictures or "
                                    "videos of private parts. The only exception is health: a "
                                    "doctor or nurse may need to examine you, with a trusted "
                                    "adult present, and they should explain what they are doing "
                                    "and why.</p><p>If a touch makes you feel uncomfortable, "
                                    "scared or confused, listen to that feeling: say no, move "
                                    "away and tell a trusted adult.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Surprises and secrets",
                                    "text": "<p>A <b>surprise</b> is fun and is kept only for a "
                                    "short time, like a birthday party that everyone will know "
                                    "about soon.</p><p>An <b>unsafe secret</b> makes you feel "
                                    "worried, scared or confused. Someone asks you to keep it "
                                    "forever, maybe with a threat (“you'll get in trouble”) or a "
                                    "gift. Unsafe secrets are always meant to be told, even if "
                                    "you promised. Telling is not snitching: it is taking care of "
                                    "yourself.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Online, too",
                                    "text": "<p>Some people use games and social networks to win "
                                    "a young person's trust: they flatter you, say they "
                                    "understand you better than anyone, ask you to keep the "
                                    "conversation secret, send you gifts or data top-ups, and "
                                    "then ask for intimate photos. That is manipulation, and it "
                                    "is never your fault.</p><p>If someone threatens to share a "
                                    "photo or video of you:</p><ul><li><b>Stop:</b> don't pay and "
                                    "don't send anything else.</li><li><b>Save:</b> take "
                                    "screenshots of the messages and the "
                                    "profile.</li><li><b>Block and report</b> the account on the "
                                    "platform.</li><li><b>Tell</b> a trusted adult, or call one "
                                    "of the numbers in this guide.</li></ul><p>If you receive "
                                    "someone else's intimate image, don't forward it or keep it. "
                                    "Report it, tell an adult, and support the person in it.</p>",
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": "<p>With students aged 10 to 13, read this chapter "
                                    "aloud together and spend more time on the first two "
                                    "sections; with adolescents, the last section can open a "
                                    "conversation in class.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Your trusted adults",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What is a trusted adult?",
                                    "text": "<p>A trusted adult listens to you, believes you, "
                                    "does not get angry or blame you, and does something to help. "
                                    "It is someone you can really reach: you see them often, or "
                                    "you can call them.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Your hand of five",
                                    "text": "<p>Write the name of one trusted adult for each "
                                    "finger. Try to include at least one person who does not live "
                                    "in your home, like a teacher, the school counsellor, a coach "
                                    "or a neighbour.</p><ol><li>Thumb: "
                                    "____________________</li><li>Index finger: "
                                    "____________________</li><li>Middle finger: "
                                    "____________________</li><li>Ring finger: "
                                    "____________________</li><li>Little finger: "
                                    "____________________</li></ol><p>In the palm of your hand: "
                                    "<b>141</b> and, in Bogotá, <b>106</b>.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How to say it",
                                    "text": "<p>It can be hard to find the first words. You can "
                                    "try:</p><ul><li>“I need to tell you something that worries "
                                    "me.”</li><li>“Can I talk to you alone? Something "
                                    "happened.”</li><li>Or write a note and hand it "
                                    "over.</li></ul><p>If the first adult does not listen or does "
                                    "not believe you, tell the next one on your hand, and then "
                                    "the next, until someone helps.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If a friend tells you",
                                    "text": "<p>Listen, believe them, and don't spread it around. "
                                    "Tell them it is not their fault, and offer to go with them "
                                    "to talk to a trusted adult. If your friend is in danger, "
                                    "tell an adult even if they asked you not to: that is being a "
                                    "good friend.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Where to get help",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "It is never your fault",
                                    "text": "<p>If someone has hurt you, touched you in a way you "
                                    "did not want, or is threatening you, it is not your fault, "
                                    "no matter what you said, did or sent. It is never too late "
                                    "to tell, even if it happened a long time ago.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "At school",
                                    "text": "<p>You can talk to any teacher you trust, your class "
                                    "director or the school counsellor (<i>orientación "
                                    "escolar</i>). Their job is to listen to you and to get help "
                                    "from the people whose job is to protect children. They may "
                                    "not be able to keep it a secret, but they will tell you what "
                                    "happens next.</p>",
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": "<p>You can call these numbers yourself, from any "
                                    "phone. Línea 141 of the ICBF protects children and "
                                    "adolescents and is free. In Bogotá, Línea 106 is there to "
                                    "listen to children and adolescents about anything that "
                                    "worries them. If someone offers you a job, modelling or a "
                                    "trip that seems strange, call the national line against "
                                    "trafficking. If you are in danger right now, call 123.</p>",
                                    "contacts": [
                                        {
                                            "name": "Línea 141 – ICBF (Colombian Family Welfare "
                                            "Institute)",
                                            "phone": "141",
                                            "hours": "24 hours, free",
                                        },
                                        {
                                            "name": "Línea 106 – Bogotá, listening line for "
                                            "children and adolescents",
                                            "phone": "106",
                                            "hours": "24 hours",
                                        },
                                        {
                                            "name": "National line against human trafficking "
                                            "(Ministerio del Interior)",
                                            "phone": "01 8000 52 20 20",
                                            "hours": "24 hours",
                                        },
                                        {
                                            "name": "Emergencies – Policía Nacional (National "
                                            "Police)",
                                            "phone": "123",
                                            "hours": "24 hours",
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": "<p>Before handing out this guide, write on the board "
                                    "the name of the school counsellor and where students can "
                                    "find them, so that they can add it to their copy.</p>",
                                },
                            },
                        ],
                    },
                ],
                "es": [
                    {
                        "title": "Tu cuerpo, tus reglas",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Tu cuerpo te pertenece",
                                    "text": "<p>Tú decides quién te puede abrazar, darte un beso "
                                    "o tocarte. Puedes decir que no, incluso a un adulto o a "
                                    "alguien de tu familia, y puedes saludar con la mano en lugar "
                                    "de saludar de beso.</p><p>Tus partes íntimas son las que "
                                    "cubre el vestido de baño: vulva, vagina, pene, testículos, "
                                    "nalgas y senos. <b>Nadie puede</b> tocarlas, pedirte que "
                                    "toques las suyas, tomarles fotos ni mostrarte fotos o videos "
                                    "de partes íntimas. La única excepción es la salud: un médico "
                                    "o una enfermera puede necesitar examinarte, con un adulto de "
                                    "confianza presente, y debe explicarte qué está haciendo y "
                                    "por qué.</p><p>Si un contacto te hace sentir incomodidad, "
                                    "miedo o confusión, hazle caso a lo que sientes: di que no, "
                                    "aléjate y cuéntale a un adulto de confianza.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Sorpresas y secretos",
                                    "text": "<p>Una <b>sorpresa</b> es divertida y se guarda solo "
                                    "por poco tiempo, como una fiesta de cumpleaños que todos van "
                                    "a conocer pronto.</p><p>Un <b>secreto que hace daño</b> te "
                                    "hace sentir preocupación, miedo o confusión. Alguien te pide "
                                    "guardarlo para siempre, a veces con una amenaza (“te vas a "
                                    "meter en problemas”) o con un regalo. Los secretos que hacen "
                                    "daño siempre se cuentan, aunque lo hayas prometido. Contar "
                                    "no es ser sapo: es cuidarte.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "También en internet",
                                    "text": "<p>Algunas personas usan los juegos y las redes "
                                    "sociales para ganarse la confianza de una persona joven: te "
                                    "echan piropos, te dicen que te entienden mejor que nadie, te "
                                    "piden que la conversación sea secreta, te mandan regalos o "
                                    "recargas y después te piden fotos íntimas. Eso es "
                                    "manipulación, y nunca es tu culpa.</p><p>Si alguien te "
                                    "amenaza con difundir una foto o un video "
                                    "tuyo:</p><ul><li><b>Para:</b> no pagues y no mandes nada "
                                    "más.</li><li><b>Guarda:</b> toma pantallazos de los mensajes "
                                    "y del perfil.</li><li><b>Bloquea y denuncia</b> la cuenta en "
                                    "la plataforma.</li><li><b>Cuenta:</b> habla con un adulto de "
                                    "confianza o llama a uno de los números de esta "
                                    "guía.</li></ul><p>Si te llega la imagen íntima de otra "
                                    "persona, no la reenvíes ni la guardes. Denúnciala, cuéntale "
                                    "a un adulto y apoya a la persona que aparece en ella.</p>",
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": "<p>Con estudiantes de 10 a 13 años, lean este "
                                    "capítulo en voz alta y dediquen más tiempo a las dos "
                                    "primeras secciones; con adolescentes, la última sección "
                                    "puede abrir una conversación en clase.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Tus adultos de confianza",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "¿Qué es un adulto de confianza?",
                                    "text": "<p>Un adulto de confianza te escucha, te cree, no se "
                                    "enoja ni te culpa, y hace algo para ayudarte. Es alguien a "
                                    "quien de verdad puedes buscar: lo ves seguido o lo puedes "
                                    "llamar.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Tu mano de cinco",
                                    "text": "<p>Escribe el nombre de un adulto de confianza para "
                                    "cada dedo. Trata de incluir al menos a una persona que no "
                                    "viva en tu casa, como un profe, la orientadora o el "
                                    "orientador del colegio, un entrenador o una "
                                    "vecina.</p><ol><li>Pulgar: "
                                    "____________________</li><li>Índice: "
                                    "____________________</li><li>Corazón: "
                                    "____________________</li><li>Anular: "
                                    "____________________</li><li>Meñique: "
                                    "____________________</li></ol><p>En la palma de tu mano: "
                                    "<b>141</b> y, en Bogotá, <b>106</b>.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cómo decirlo",
                                    "text": "<p>Puede ser difícil encontrar las primeras "
                                    "palabras. Puedes intentar:</p><ul><li>“Necesito contarte "
                                    "algo que me preocupa”.</li><li>“¿Puedo hablar contigo a "
                                    "solas? Me pasó algo”.</li><li>O escribir una nota y "
                                    "entregarla.</li></ul><p>Si el primer adulto no te escucha o "
                                    "no te cree, cuéntale al siguiente de tu mano, y luego al "
                                    "siguiente, hasta que alguien te ayude.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Si un amigo o una amiga te cuenta",
                                    "text": "<p>Escúchalo, créele y no lo andes contando. Dile "
                                    "que no es su culpa y ofrécete a acompañarlo a hablar con un "
                                    "adulto de confianza. Si tu amigo o tu amiga está en peligro, "
                                    "cuéntale a un adulto aunque te haya pedido que no lo "
                                    "hicieras: eso es ser un buen amigo.</p>",
                                },
                            },
                        ],
                    },
                    {
                        "title": "Dónde pedir ayuda",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Nunca es tu culpa",
                                    "text": "<p>Si alguien te hizo daño, te tocó de una forma que "
                                    "no querías o te está amenazando, no es tu culpa, sin "
                                    "importar lo que hayas dicho, hecho o enviado. Nunca es tarde "
                                    "para contarlo, aunque haya pasado hace mucho tiempo.</p>",
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "En el colegio",
                                    "text": "<p>Puedes hablar con cualquier profe de confianza, "
                                    "con tu director o directora de grupo o con la orientación "
                                    "escolar. Su trabajo es escucharte y buscar ayuda con las "
                                    "personas encargadas de proteger a niños, niñas y "
                                    "adolescentes. Puede que no puedan guardar el secreto, pero "
                                    "te van a contar qué pasa después.</p>",
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": "<p>Puedes llamar tú mismo o tú misma a estos "
                                    "números, desde cualquier teléfono. La Línea 141 del ICBF "
                                    "protege a niños, niñas y adolescentes y es gratuita. En "
                                    "Bogotá, la Línea 106 está para escuchar a niños, niñas y "
                                    "adolescentes sobre cualquier cosa que les preocupe. Si "
                                    "alguien te ofrece un trabajo, modelaje o un viaje que te "
                                    "parece raro, llama a la línea nacional contra la trata. Si "
                                    "estás en peligro ahora mismo, llama al 123.</p>",
                                    "contacts": [
                                        {
                                            "name": "Línea 141 – ICBF (Instituto Colombiano de "
                                            "Bienestar Familiar)",
                                            "phone": "141",
                                            "hours": "24 horas, gratuita",
                                        },
                                        {
                                            "name": "Línea 106 – Bogotá, línea de escucha para "
                                            "niños, niñas y adolescentes",
                                            "phone": "106",
                                            "hours": "24 horas",
                                        },
                                        {
                                            "name": "Línea nacional contra la trata de personas "
                                            "(Ministerio del Interior)",
                                            "phone": "01 8000 52 20 20",
                                            "hours": "24 horas",
                                        },
                                        {
                                            "name": "Emergencias – Policía Nacional",
                                            "phone": "123",
                                            "hours": "24 horas",
                                        },
                                    ],
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": "<p>Antes de entregar esta guía, escriba en el "
                                    "tablero el nombre de la orientadora o el orientador del "
                                    "colegio y dónde pueden encontrarlo, para que los estudiantes "
                                    "lo agreguen a su copia.</p>",
                                },
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
