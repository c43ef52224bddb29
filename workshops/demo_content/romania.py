"""Preventing Trafficking in Women and Children: the Romanian demo campaign, in two languages.

Workshops for single mothers supported by a partner NGO, on how trafficking really happens, how to
keep children safe and where to get help. The case studies are invented. Figures are cited in the
text with their sources (ANITP's national report for 2022, the US Department of State's Trafficking
in Persons Report 2023, Eurostat); the only phone numbers are national ones: the ANITP helpline
(0800 800 678), Telefonul Copilului (116 111) and the emergency number (112).
"""

CAMPAIGN = {
    "source_language": "en",
    "languages": ["en", "ro"],
    "country": "RO",
    "partner_organisation": "A partner NGO supporting single-parent families",
    "period_start": "2022-03-01",
    "period_end": None,
    "audiences": [("single_mothers", 240), ("professionals", 40), ("young_people", None)],
    "slug": {"en": "preventing-trafficking", "ro": "prevenirea-traficului"},
    # Words in a free-text survey answer that may mean someone is telling about exploitation:
    # flagged for the trainer (never shown publicly). A starting list for the NGO to adapt.
    "disclosure_words": {
        "en": [
            "took my passport",
            "owe money",
            "cannot leave",
            "forced",
            "threatened",
            "my child is missing",
        ],
        "ro": [
            "mi-a luat pașaportul",
            "datorie",
            "nu pot pleca",
            "forțată",
            "amenințată",
            "copilul meu a dispărut",
        ],
    },
    "title": {
        "en": "Preventing Trafficking in Women and Children",
        "ro": "Prevenirea traficului de femei și copii",
    },
    "summary": {
        "en": (
            "Workshops and take-home manuals for single mothers in Romania on how trafficking "
            "really happens: the job offer abroad that is too good to be true, the boyfriend who "
            "turns out to be a recruiter, the debt that never ends. Run with a partner NGO "
            "supporting single-parent families, the campaign helps mothers check offers, protect "
            "their children and know where to turn for help."
        ),
        "ro": (
            "Ateliere și materiale de păstrat acasă pentru mamele singure din România, despre cum "
            "se petrece de fapt traficul de persoane: oferta de muncă în străinătate prea "
            "frumoasă ca să fie adevărată, iubitul care se dovedește a fi recrutor, datoria care "
            "nu se mai termină. Derulată împreună cu un ONG partener care sprijină familiile "
            "monoparentale, campania le ajută pe mame să verifice ofertele, să își protejeze "
            "copiii și să știe unde să ceară ajutor."
        ),
    },
    "body": {
        "en": [
            {
                "type": "section",
                "value": {
                    "heading": "Why this campaign",
                    "text": (
                        "<p>Romania remains one of the main countries of origin of trafficking "
                        "victims in the European Union: EU statistics (Eurostat) regularly list "
                        "Romanian citizens among the most frequently registered victims. Inside "
                        "the country, the National Agency against Trafficking in Persons (ANITP) "
                        "counted around 500 identified victims in 2022. Most were women and "
                        "girls, nearly half were children, and sexual exploitation was the most "
                        "common form of exploitation; more of the victims were exploited inside "
                        "Romania than abroad (ANITP, national report for 2022; US Department of "
                        "State, <i>Trafficking in Persons Report</i> 2023). These are only the "
                        "cases that were identified; the real number is higher.</p><p>Behind the "
                        "figures is a pattern that social workers know well. Women raising "
                        "children alone, often on low or irregular incomes, are approached with "
                        "offers of work, love or help at the moment they need them most. "
                        "Traffickers rarely use force at the start. They use trust, and they "
                        "often know their victims.</p>"
                    ),
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Who it is for",
                    "text": (
                        "<ul><li><b>Single mothers</b> supported by the partner NGO, many of whom "
                        "have considered working abroad or have relatives who do. The campaign "
                        "aims to reach 240 mothers.</li><li><b>Social workers and other "
                        "professionals</b> who refer mothers to the workshops. The campaign aims "
                        "to reach 40 of them with a briefing based on the facilitator manual, so "
                        "that they can recognise the signs, co-facilitate sessions and refer "
                        "mothers to the right services.</li><li><b>Young people</b>: sons and "
                        "daughters aged 18 and over are welcome to join their mothers for the "
                        "first two workshops. There is no separate target for them.</li></ul>"
                    ),
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "How the workshops run",
                    "text": (
                        "<p>The campaign has been running since March 2022. Each cycle has three "
                        "sessions of 90 to 120 minutes, a week apart, for groups of 8 to 15 "
                        "mothers:</p><ol><li><b>Too good to be true: job offers abroad</b>: how "
                        "recruitment works and how to check an offer.</li><li><b>Keeping my "
                        "children safe</b>: how people who exploit children win their trust, and "
                        "how to talk with children about it.</li><li><b>Where to get help, and my "
                        "rights</b>: victims' rights in Romania, safety planning and a practice "
                        "call to a helpline.</li></ol><p>Sessions take place at the partner NGO's "
                        "centre during school hours, with free childcare in a separate room, "
                        "travel costs reimbursed and a snack. Every mother takes home a short "
                        "handout and a card with free helpline numbers. Evaluations are "
                        "anonymous, and reach is reported in numbers only: Faro never stores "
                        "participants' names.</p>"
                    ),
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "The principles behind the materials",
                    "text": (
                        "<ul><li><b>No blame.</b> Being deceived is never the fault of the person "
                        "deceived. Nothing in the workshops suggests that victims were naive or "
                        "careless.</li><li><b>No one has to tell her story.</b> The workshops use "
                        "invented case studies built from common situations, so that mothers can "
                        "talk about others rather than about themselves.</li><li><b>Practical, "
                        "not frightening.</b> Every risk discussed comes with something a mother "
                        "can do: a check, a conversation, a phone number.</li><li><b>Help is one "
                        "call away.</b> Every session ends with real contacts and with time for "
                        "private conversations, and the partner NGO follows up with any mother "
                        "who asks.</li></ul>"
                    ),
                },
            },
            {
                "type": "safeguarding_note",
                "value": {
                    "text": (
                        "<p>If you, your child or someone you know may be in danger of being "
                        "exploited, in Romania or abroad, you can ask for help. The ANITP "
                        "helpline is free from Romanian networks and can advise you on what to "
                        "do, including when someone is abroad. Telefonul Copilului is there for "
                        "children and for adults worried about a child. If anyone is in immediate "
                        "danger, call 112: it also works in every other EU country.</p>"
                    ),
                    "contacts": [
                        {
                            "name": "ANITP national helpline against trafficking in persons",
                            "phone": "0800 800 678",
                            "hours": "free, Monday to Friday",
                        },
                        {
                            "name": "Telefonul Copilului (child helpline)",
                            "phone": "116 111",
                            "hours": "free, 24 hours",
                        },
                        {"name": "Emergencies", "phone": "112", "hours": "24 hours"},
                    ],
                },
            },
        ],
        "ro": [
            {
                "type": "section",
                "value": {
                    "heading": "De ce această campanie",
                    "text": (
                        "<p>România rămâne una dintre principalele țări de origine ale victimelor "
                        "traficului din Uniunea Europeană: statisticile UE (Eurostat) îi arată "
                        "constant pe cetățenii români printre victimele înregistrate cel mai des. "
                        "În țară, Agenția Națională împotriva Traficului de Persoane (ANITP) a "
                        "înregistrat în 2022 aproximativ 500 de victime identificate. Majoritatea "
                        "erau femei și fete, aproape jumătate erau copii, iar exploatarea sexuală "
                        "era forma cea mai frecventă; mai multe victime au fost exploatate în "
                        "România decât în străinătate (ANITP, raportul național pentru 2022; "
                        "Departamentul de Stat al SUA, <i>Trafficking in Persons Report</i> "
                        "2023). Acestea sunt doar cazurile identificate; numărul real este mai "
                        "mare.</p><p>În spatele cifrelor se află un tipar pe care lucrătorii "
                        "sociali îl cunosc bine. Femeile care își cresc singure copiii, adesea cu "
                        "venituri mici sau nesigure, primesc oferte de muncă, de iubire sau de "
                        "ajutor exact atunci când au cea mai mare nevoie de ele. Traficanții "
                        "folosesc rareori forța la început. Folosesc încrederea și își cunosc "
                        "adesea victimele.</p>"
                    ),
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Cui se adresează",
                    "text": (
                        "<ul><li><b>Mamelor singure</b> sprijinite de ONG-ul partener, dintre "
                        "care multe s-au gândit să muncească în străinătate sau au rude care o "
                        "fac. Campania își propune să ajungă la 240 de "
                        "mame.</li><li><b>Asistenților sociali și altor profesioniști</b> care le "
                        "îndrumă pe mame către ateliere. Campania își propune să ajungă la 40 "
                        "dintre ei printr-o instruire bazată pe manualul pentru facilitatori, ca "
                        "să poată recunoaște semnele, să co-faciliteze sesiuni și să le îndrume "
                        "pe mame către serviciile potrivite.</li><li><b>Tinerilor</b>: fiii și "
                        "fiicele de 18 ani și peste sunt bineveniți alături de mamele lor la "
                        "primele două ateliere. Pentru ei nu există o țintă separată.</li></ul>"
                    ),
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Cum se desfășoară atelierele",
                    "text": (
                        "<p>Campania se desfășoară din martie 2022. Fiecare ciclu are trei "
                        "sesiuni de 90 până la 120 de minute, la o săptămână distanță, pentru "
                        "grupuri de 8 până la 15 mame:</p><ol><li><b>Prea frumos ca să fie "
                        "adevărat: oferte de muncă în străinătate</b>: cum are loc recrutarea și "
                        "cum se verifică o ofertă.</li><li><b>Copiii mei în siguranță</b>: cum "
                        "câștigă încrederea copiilor cei care îi exploatează și cum putem vorbi "
                        "cu copiii despre asta.</li><li><b>Unde cer ajutor și care sunt "
                        "drepturile mele</b>: drepturile victimelor în România, planul de "
                        "siguranță și un apel de exercițiu la o linie de "
                        "ajutor.</li></ol><p>Sesiunile au loc la centrul ONG-ului partener, în "
                        "timpul programului școlar, cu supraveghere gratuită pentru copii într-o "
                        "cameră separată, cu decontarea transportului și o gustare. Fiecare mamă "
                        "primește o fișă scurtă și un cartonaș cu numere de ajutor gratuite. "
                        "Evaluările sunt anonime, iar acoperirea este raportată doar în cifre: "
                        "Faro nu păstrează niciodată numele participantelor.</p>"
                    ),
                },
            },
            {
                "type": "section",
                "value": {
                    "heading": "Principiile din spatele materialelor",
                    "text": (
                        "<ul><li><b>Fără vină.</b> Vina nu este niciodată a persoanei înșelate. "
                        "Nimic din ateliere nu sugerează că victimele ar fi fost naive sau "
                        "neatente.</li><li><b>Nimeni nu trebuie să își spună povestea.</b> "
                        "Atelierele folosesc studii de caz inventate, construite din situații "
                        "frecvente, astfel încât mamele să poată vorbi despre alții, nu despre "
                        "ele însele.</li><li><b>Practic, nu înfricoșător.</b> Fiecare risc "
                        "discutat vine cu ceva ce o mamă poate face: o verificare, o discuție, un "
                        "număr de telefon.</li><li><b>Ajutorul este la un telefon distanță.</b> "
                        "Fiecare sesiune se încheie cu contacte reale și cu timp pentru discuții "
                        "între patru ochi, iar ONG-ul partener ține legătura cu orice mamă care o "
                        "cere.</li></ul>"
                    ),
                },
            },
            {
                "type": "safeguarding_note",
                "value": {
                    "text": (
                        "<p>Dacă dumneavoastră, copilul dumneavoastră sau cineva cunoscut ar "
                        "putea fi în pericol de a fi exploatat, în România sau în străinătate, "
                        "puteți cere ajutor. Linia telefonică a ANITP este gratuită din rețelele "
                        "din România și vă poate sfătui ce să faceți, inclusiv atunci când "
                        "persoana se află în străinătate. Telefonul Copilului este acolo pentru "
                        "copii și pentru adulții îngrijorați pentru un copil. Dacă cineva este în "
                        "pericol imediat, sunați la 112: numărul funcționează și în toate "
                        "celelalte țări din Uniunea Europeană.</p>"
                    ),
                    "contacts": [
                        {
                            "name": (
                                "Linia telefonică națională împotriva traficului de persoane "
                                "(ANITP)"
                            ),
                            "phone": "0800 800 678",
                            "hours": "gratuit, de luni până vineri",
                        },
                        {
                            "name": "Telefonul Copilului (linia de asistență pentru copii)",
                            "phone": "116 111",
                            "hours": "gratuit, 24 de ore din 24",
                        },
                        {"name": "Urgențe", "phone": "112", "hours": "24 de ore din 24"},
                    ],
                },
            },
        ],
    },
    "modules": [
        {
            "slug": {
                "en": "too-good-to-be-true-job-offers-abroad",
                "ro": "prea-frumos-ca-sa-fie-adevarat-oferte-de-munca-in-strainatate",
            },
            "audience": "single_mothers",
            "age_band": "18+",
            "duration_minutes": 110,
            "title": {
                "en": "Too good to be true: job offers abroad",
                "ro": "Prea frumos ca să fie adevărat: oferte de muncă în străinătate",
            },
            "summary": {
                "en": (
                    "A 110-minute session for mothers on how recruitment into trafficking really "
                    "works: fake job adverts, the “lover boy” who promises a future together, "
                    "debts that can never be paid off and documents taken “for safekeeping”. "
                    "Participants build a checklist for any job offer abroad and work through a "
                    "case study together, without anyone having to talk about her own life."
                ),
                "ro": (
                    "O sesiune de 110 minute pentru mame despre cum are loc de fapt recrutarea în "
                    "trafic: anunțuri false de angajare, „loverboy”-ul care promite un viitor "
                    "împreună, datorii care nu pot fi plătite niciodată și acte luate „spre "
                    "păstrare”. Participantele alcătuiesc o listă de verificare pentru orice "
                    "ofertă de muncă în străinătate și analizează împreună un studiu de caz, fără "
                    "ca vreuna să fie nevoită să vorbească despre propria viață."
                ),
            },
            "learning_objectives": {
                "en": [
                    (
                        "Describe four common ways in which people are recruited into "
                        "exploitation: fake job offers, the “lover boy” method, debt bondage and "
                        "the confiscation of identity documents."
                    ),
                    (
                        "Check a job offer abroad step by step: a written contract, a registered "
                        "agency or a public employment service, realistic pay and who keeps the "
                        "documents."
                    ),
                    (
                        "Plan the safety steps to take before leaving: copies of documents, the "
                        "address and contacts left with someone at home, agreed times to call and "
                        "a code word."
                    ),
                    (
                        "Recognise that being deceived is never the fault of the person deceived, "
                        "and know where to call to check an offer or to ask for help."
                    ),
                ],
                "ro": [
                    (
                        "Să descrie patru moduri frecvente prin care oamenii sunt recrutați "
                        "pentru exploatare: ofertele false de muncă, metoda „loverboy”, "
                        "servitutea pentru datorii și confiscarea actelor de identitate."
                    ),
                    (
                        "Să verifice pas cu pas o ofertă de muncă în străinătate: contract scris, "
                        "agenție înregistrată sau serviciu public de ocupare, salariu realist și "
                        "cine păstrează actele."
                    ),
                    (
                        "Să își planifice măsurile de siguranță de dinaintea plecării: copii ale "
                        "actelor, adresa și contactele lăsate cuiva de acasă, ore stabilite "
                        "pentru telefoane și un cuvânt-cod."
                    ),
                    (
                        "Să înțeleagă că vina nu este niciodată a persoanei înșelate și să știe "
                        "unde să sune pentru a verifica o ofertă sau pentru a cere ajutor."
                    ),
                ],
            },
            "materials": {
                "en": [
                    (
                        "Four recruitment story cards, one per small group, printed from the "
                        "first activity"
                    ),
                    "Flip chart, markers and sticky notes",
                    "The case study “Elena's offer”, printed in three parts, one set per group",
                    "Participant handouts, one per mother, plus spares",
                    "A helpline card for each participant, small enough to keep in a wallet",
                    (
                        "Water, tea and a snack; a separate room, toys and a vetted carer for the "
                        "children's corner"
                    ),
                ],
                "ro": [
                    (
                        "Patru cartonașe cu povești de recrutare, câte unul pentru fiecare grup "
                        "mic, tipărite după prima activitate"
                    ),
                    "Flipchart, markere și bilețele adezive",
                    (
                        "Studiul de caz „Oferta Elenei”, tipărit în trei părți, câte un set "
                        "pentru fiecare grup"
                    ),
                    "Fișe pentru participante, câte una pentru fiecare mamă, plus câteva în plus",
                    (
                        "Un cartonaș cu numerele de ajutor pentru fiecare participantă, cât să "
                        "încapă în portofel"
                    ),
                    (
                        "Apă, ceai și o gustare; o cameră separată, jucării și o persoană "
                        "verificată care să aibă grijă de copii"
                    ),
                ],
            },
            "body": {
                "en": [
                    {
                        "type": "section",
                        "value": {
                            "heading": "Welcome and ground rules (10 minutes)",
                            "text": (
                                "<p>Greet each mother by name as she arrives and check that the "
                                "children are settled in the children's corner. Introduce "
                                "yourself and your co-facilitator and say what the session is "
                                "about: how people are trapped through offers of work abroad, and "
                                "how to check an offer before saying yes.</p><p>Agree the ground "
                                "rules together and write them on the flip "
                                "chart:</p><ul><li><b>What is said here stays here.</b> We can "
                                "share what we learned, not who said what.</li><li><b>No one has "
                                "to share personal stories.</b> We talk about the people in the "
                                "stories, or about “a woman I know”.</li><li><b>Anyone can "
                                "pass</b> on a question or an activity, and step out at any time, "
                                "without explaining why.</li><li><b>No one is to blame for being "
                                "deceived.</b> The only people at fault are those who deceive and "
                                "exploit.</li><li>Phones on silent, except for calls about the "
                                "children.</li></ul><p>Tell the group that you will stay for half "
                                "an hour after the session for anyone who would like to talk "
                                "privately.</p>"
                            ),
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Assume that at least one person in the room has lived through "
                                "something like the stories in this session, herself or through a "
                                "sister, a friend or a daughter. Speak in a way that would feel "
                                "respectful to her. Avoid phrases such as “how could anyone fall "
                                "for that” or “naive girls”: the recruiters in these stories are "
                                "skilled and patient, they are often people the victim knows, and "
                                "anyone can be deceived when she needs work to feed her "
                                "children.</p><p>Run the children's corner in a separate room "
                                "with two adults present, one of them a carer vetted by the "
                                "partner NGO (in Romania, people who work with children need a "
                                "certificate of behavioural integrity). Mothers can concentrate "
                                "when they know their children are safe and close by.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Four roads into exploitation",
                            "duration_minutes": 25,
                            "materials": [
                                (
                                    "Four story cards (the texts are in the steps below), one per "
                                    "group"
                                ),
                                "Flip chart and markers",
                            ],
                            "steps": [
                                (
                                    "Divide the participants into four small groups. Give each "
                                    "group one story card and ask someone to read it aloud. "
                                    "Anyone who prefers not to read can simply listen."
                                ),
                                (
                                    "Story 1, the job advert. Maria, 34, sees an advert in a "
                                    "social media group: cleaning work in a hotel abroad, good "
                                    "pay, accommodation included, no language needed, departure "
                                    "next week. The “agency” is just a phone number. When she "
                                    "arrives there is no hotel; she is told she must work in a "
                                    "private flat to pay back her travel."
                                ),
                                (
                                    "Story 2, the “lover boy”. Andreea, 19, meets a kind, "
                                    "generous man who buys her presents and talks about getting "
                                    "married. After a few months he says he is in debt, and that "
                                    "if she loves him she will work abroad for a while, “just "
                                    "until we get back on our feet”. Abroad, he takes her money "
                                    "and her phone."
                                ),
                                (
                                    "Story 3, the debt. Ioana, 41, is offered fruit-picking work "
                                    "abroad. The recruiter pays for the bus and for the first "
                                    "weeks of accommodation. Every week the “debt” for rent, "
                                    "food, transport and fines grows faster than her wages, and "
                                    "she is told she cannot leave until it is paid."
                                ),
                                (
                                    "Story 4, the documents. Carmen, 28, is met at the airport by "
                                    "the employer's driver, who takes her identity card “to "
                                    "register her at the town hall”. She never gets it back. "
                                    "Without it she is afraid to go to the police, and she is "
                                    "told she would be arrested."
                                ),
                                (
                                    "Ask each group to answer three questions on a sheet of "
                                    "paper: What was promised? When did the promise start to turn "
                                    "into a trap? What could have helped her, and at which moment?"
                                ),
                                (
                                    "Each group reports back in two minutes. List the traps on "
                                    "the flip chart as they come up: false promises, debt, "
                                    "isolation, taking documents, control of money and phone, "
                                    "threats."
                                ),
                                (
                                    "Close by naming what the four stories have in common: the "
                                    "recruiter offered exactly what the woman needed, and the "
                                    "control came gradually, not on the first day."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "Why do you think recruiters are so often people the woman "
                                "already knows or trusts?"
                            ),
                            "follow_ups": [
                                (
                                    "What makes an offer from a friend, a relative or a boyfriend "
                                    "harder to question?"
                                ),
                                (
                                    "How can we check an offer without offending the person who "
                                    "made it?"
                                ),
                                (
                                    "What would you say to a friend who feels ashamed that she "
                                    "believed an offer like this?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "The offer check",
                            "duration_minutes": 20,
                            "materials": [
                                "Flip chart with a large outline of an identity card",
                                "Sticky notes and markers",
                                "Participant handouts",
                            ],
                            "steps": [
                                (
                                    "Ask the group: “If a friend came to you tomorrow with a job "
                                    "offer abroad, what would you want her to check?” Write each "
                                    "answer on a sticky note and put it on the outline."
                                ),
                                (
                                    "Sort the answers under four headings: the employer, the "
                                    "contract, the money, the documents and contacts."
                                ),
                                (
                                    "Add anything that is missing. The employer and the agency: a "
                                    "real name, address and phone number that can be checked "
                                    "independently; an agency registered with the Territorial "
                                    "Labour Inspectorate (ITM), or a job found through EURES, the "
                                    "free European job network, which in Romania works through "
                                    "the county employment agencies (AJOFM). The contract: "
                                    "written, in Romanian or a language she understands, signed "
                                    "before departure, stating the job, hours, pay and "
                                    "accommodation. The money: pay that is realistic for that "
                                    "country and that kind of work, no fee for the job itself and "
                                    "no debt to the recruiter."
                                ),
                                (
                                    "Add the safety steps. Keep your identity card and passport "
                                    "yourself and never hand them over “for safekeeping”. Leave "
                                    "copies and photos of your documents and contract, the "
                                    "address abroad and the employer's phone number with someone "
                                    "you trust at home. Agree times to call and a code word that "
                                    "means “I am in trouble”. Save the number 112, which works in "
                                    "every EU country, and the address of the Romanian embassy or "
                                    "consulate."
                                ),
                                (
                                    "Read the finished list aloud and ask participants to tick, "
                                    "in their handout, the three checks they think matter most. "
                                    "Make the point that checking is not a sign of distrust: a "
                                    "genuine employer will not mind being checked."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Break (10 minutes)",
                            "text": (
                                "<p>Offer tea and a snack and let mothers check on their "
                                "children. Stay in the room: the break is often when someone "
                                "comes to the facilitator quietly with a question she did not "
                                "want to ask in front of the group.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Case study: Elena's offer",
                            "duration_minutes": 30,
                            "materials": [
                                "The case study in three parts, one set per group",
                                "Paper and pens",
                            ],
                            "steps": [
                                (
                                    "Explain that the groups will follow one woman's story in "
                                    "three parts and decide, at each stage, what she could check "
                                    "or do. Elena is invented, but her story is built from "
                                    "situations that support workers in Romania meet often."
                                ),
                                (
                                    "Part 1 (read aloud). Elena, 31, lives in a small town with "
                                    "her two children, aged 6 and 11. She does seasonal work and "
                                    "is behind with the rent. A woman from her church says that "
                                    "her cousin runs a care agency and needs women to look after "
                                    "elderly people in Germany: 1,800 euros a month, a room "
                                    "included, no German needed. The cousin will pay the bus "
                                    "ticket and Elena can pay it back from her first salary. Ask "
                                    "the groups: What sounds good? What is unclear? What would "
                                    "you ask?"
                                ),
                                (
                                    "Part 2. Elena asks for a contract. The cousin says it will "
                                    "be signed when she arrives, because “German paperwork takes "
                                    "time”, and asks for a photo of her identity card to buy the "
                                    "ticket. Her mother will look after the children. Ask: What "
                                    "could Elena check now, and whom could she call? What should "
                                    "she leave with her mother before she goes?"
                                ),
                                (
                                    "Part 3. Elena goes. She is taken to a house where she looks "
                                    "after an elderly man day and night. The cousin keeps her "
                                    "identity card “for the registration”, says that her first "
                                    "two salaries will go on the ticket, the room and the “agency "
                                    "fee”, and tells her the police will arrest her if she "
                                    "leaves. She may use her phone only in the evening. Ask: "
                                    "Which signs show that this has become exploitation? What "
                                    "could Elena do, and what could her mother do from Romania?"
                                ),
                                (
                                    "Bring the groups together. Draw Elena's story as a timeline "
                                    "on the flip chart. Mark the moments where a check or a phone "
                                    "call could have changed the outcome, and the moment where it "
                                    "became a situation for the helpline or the police."
                                ),
                                (
                                    "End with Elena's options, not her mistakes: her mother can "
                                    "call the ANITP helpline (0800 800 678) from Romania; Elena "
                                    "can call 112 in Germany or go to the Romanian consulate; as "
                                    "a victim she has rights to help and protection, which the "
                                    "third session covers."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "At what moment in Elena's story would you have started to worry, "
                                "and what would have helped you to say “wait”?"
                            ),
                            "follow_ups": [
                                (
                                    "What makes it hard to turn down an offer when the rent is "
                                    "overdue and the children need things?"
                                ),
                                (
                                    "Who in your life could look over an offer with you before "
                                    "you decide?"
                                ),
                                (
                                    "What could the people around Elena, her mother and the woman "
                                    "from her church, have done?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>If a participant says that Elena's story is her own, or a "
                                "relative's, thank her and acknowledge that it took courage to "
                                "say so. Then gently bring the discussion back to the case: "
                                "“Thank you for trusting us with that. Let's keep thinking about "
                                "what would help Elena, and I'd be glad to talk with you after "
                                "the session.” Do not ask for details in front of the group. "
                                "Afterwards, follow the steps in the facilitator manual's chapter "
                                "on disclosures and referrals.</p><p>Do not let the debrief turn "
                                "into a list of what Elena “did wrong”. The message is that "
                                "checking helps, and that when checking was not possible, help is "
                                "still available.</p>"
                            ),
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Closing (15 minutes)",
                            "text": (
                                "<p>Sum up the three messages of the "
                                "session:</p><ol><li>Traffickers offer what you need most: a job, "
                                "love, a way out. The control comes later, and "
                                "gradually.</li><li>Check before you go: a written contract, a "
                                "registered agency, your documents in your own hands, your "
                                "address and contacts left at home.</li><li>If something goes "
                                "wrong, it is not your fault, and help exists: the ANITP "
                                "helpline, 112 and the Romanian embassy or "
                                "consulate.</li></ol><p>Give out the handout and the helpline "
                                "card. Ask everyone to fill in the short anonymous evaluation, on "
                                "paper or through the Faro survey link; no names are asked for. "
                                "Remind the group of the date of the next session and that you "
                                "are staying on for private questions. Thank the "
                                "children's-corner carer in front of the group.</p>"
                            ),
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": (
                                "<p>If a participant tells you that she, her child or someone she "
                                "knows is being exploited or controlled now, or is about to leave "
                                "on an offer that shows the warning signs discussed in this "
                                "session, do not deal with it alone. Listen, tell her what help "
                                "exists and, with her agreement, call the ANITP helpline together "
                                "or agree when she will call. If anyone is in immediate danger, "
                                "call 112. If a child may be at risk, follow the partner NGO's "
                                "child protection procedure and contact the child protection "
                                "services (DGASPC) or Telefonul Copilului. The ANITP helpline is "
                                "a free call from Romanian networks; outside its hours, or in an "
                                "emergency, call 112.</p>"
                            ),
                            "contacts": [
                                {
                                    "name": (
                                        "ANITP national helpline against trafficking in persons"
                                    ),
                                    "phone": "0800 800 678",
                                    "hours": "free, Monday to Friday",
                                },
                                {"name": "Emergencies", "phone": "112", "hours": "24 hours"},
                                {
                                    "name": "Telefonul Copilului (child helpline)",
                                    "phone": "116 111",
                                    "hours": "free, 24 hours",
                                },
                            ],
                        },
                    },
                ],
                "ro": [
                    {
                        "type": "section",
                        "value": {
                            "heading": "Bun venit și regulile întâlnirii (10 minute)",
                            "text": (
                                "<p>Salutați fiecare mamă pe nume când sosește și verificați dacă "
                                "cei mici s-au instalat în colțul copiilor. Prezentați-vă pe "
                                "dumneavoastră și pe co-facilitator și spuneți despre ce este "
                                "sesiunea: cum ajung oamenii prinși în capcană prin oferte de "
                                "muncă în străinătate și cum se poate verifica o ofertă înainte "
                                "de a spune „da”.</p><p>Stabiliți împreună regulile întâlnirii și "
                                "scrieți-le pe flipchart:</p><ul><li><b>Ce se spune aici rămâne "
                                "aici.</b> Putem povesti ce am învățat, nu cine ce a "
                                "spus.</li><li><b>Nimeni nu trebuie să povestească întâmplări "
                                "personale.</b> Vorbim despre personajele din povești sau despre "
                                "„o femeie pe care o cunosc”.</li><li><b>Oricine poate sări "
                                "peste</b> o întrebare sau o activitate și poate ieși din sală "
                                "oricând, fără să explice de ce.</li><li><b>Nimeni nu este "
                                "vinovat pentru că a fost înșelat.</b> Vinovați sunt doar cei "
                                "care înșală și exploatează.</li><li>Telefoanele pe silențios, în "
                                "afară de apelurile legate de copii.</li></ul><p>Spuneți-le "
                                "participantelor că rămâneți încă o jumătate de oră după sesiune "
                                "pentru cine dorește să vorbească între patru ochi.</p>"
                            ),
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Porniți de la ideea că cel puțin o persoană din sală a trecut "
                                "prin ceva asemănător cu poveștile din această sesiune, pe "
                                "propria piele sau prin ce a trăit o soră, o prietenă ori o "
                                "fiică. Vorbiți în așa fel încât ea să se simtă respectată. "
                                "Evitați expresii precum „cum poate cineva să creadă așa ceva” "
                                "sau „fete naive”: recrutorii din aceste povești sunt pricepuți "
                                "și răbdători, sunt adesea oameni pe care victima îi cunoaște, și "
                                "oricine poate fi înșelat atunci când are nevoie de un loc de "
                                "muncă pentru a-și hrăni copiii.</p><p>Organizați colțul copiilor "
                                "într-o cameră separată, cu două persoane adulte prezente, dintre "
                                "care una verificată de ONG-ul partener (în România, cei care "
                                "lucrează cu copii au nevoie de certificat de integritate "
                                "comportamentală). Mamele se pot concentra atunci când știu că "
                                "cei mici sunt în siguranță și aproape.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Patru drumuri spre exploatare",
                            "duration_minutes": 25,
                            "materials": [
                                (
                                    "Patru cartonașe cu povești (textele sunt în pașii de mai "
                                    "jos), câte unul pentru fiecare grup"
                                ),
                                "Flipchart și markere",
                            ],
                            "steps": [
                                (
                                    "Împărțiți participantele în patru grupuri mici. Dați "
                                    "fiecărui grup câte un cartonaș cu o poveste și rugați pe "
                                    "cineva să o citească cu voce tare. Cine preferă să nu "
                                    "citească poate doar să asculte."
                                ),
                                (
                                    "Povestea 1, anunțul de angajare. Maria, 34 de ani, vede un "
                                    "anunț într-un grup de pe o rețea de socializare: curățenie "
                                    "într-un hotel din străinătate, salariu bun, cazare inclusă, "
                                    "fără cunoașterea limbii, plecare săptămâna viitoare. "
                                    "„Agenția” este doar un număr de telefon. Când ajunge, nu "
                                    "există niciun hotel; i se spune că trebuie să muncească "
                                    "într-un apartament privat ca să dea înapoi banii de drum."
                                ),
                                (
                                    "Povestea 2, „loverboy”-ul. Andreea, 19 ani, cunoaște un "
                                    "bărbat drăguț și generos, care îi cumpără cadouri și "
                                    "vorbește despre căsătorie. După câteva luni, el îi spune că "
                                    "are datorii și că, dacă îl iubește, va merge să muncească o "
                                    "vreme în străinătate, „doar până ne punem pe picioare”. "
                                    "Acolo, el îi ia banii și telefonul."
                                ),
                                (
                                    "Povestea 3, datoria. Ioanei, 41 de ani, i se oferă de lucru "
                                    "la cules de fructe în străinătate. Recrutorul plătește "
                                    "autobuzul și cazarea din primele săptămâni. În fiecare "
                                    "săptămână, „datoria” pentru chirie, mâncare, transport și "
                                    "amenzi crește mai repede decât salariul, iar ei i se spune "
                                    "că nu poate pleca până nu o plătește."
                                ),
                                (
                                    "Povestea 4, actele. Carmen, 28 de ani, este așteptată la "
                                    "aeroport de șoferul angajatorului, care îi ia cartea de "
                                    "identitate „ca să o înregistreze la primărie”. Nu o mai "
                                    "primește niciodată înapoi. Fără ea, îi este frică să meargă "
                                    "la poliție, și i se spune că ar fi arestată."
                                ),
                                (
                                    "Rugați fiecare grup să răspundă pe o foaie la trei "
                                    "întrebări: Ce i s-a promis? Când a început promisiunea să se "
                                    "transforme în capcană? Ce ar fi putut să o ajute și în ce "
                                    "moment?"
                                ),
                                (
                                    "Fiecare grup prezintă în două minute. Notați capcanele pe "
                                    "flipchart pe măsură ce apar: promisiuni false, datorii, "
                                    "izolare, luarea actelor, controlul asupra banilor și al "
                                    "telefonului, amenințări."
                                ),
                                (
                                    "Încheiați arătând ce au în comun cele patru povești: "
                                    "recrutorul a oferit exact ce îi lipsea femeii, iar controlul "
                                    "a venit treptat, nu din prima zi."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "De ce credeți că recrutorii sunt atât de des oameni pe care "
                                "femeia îi cunoaște deja sau în care are încredere?"
                            ),
                            "follow_ups": [
                                (
                                    "De ce este mai greu să pui la îndoială o ofertă venită de la "
                                    "o prietenă, o rudă sau un iubit?"
                                ),
                                (
                                    "Cum putem verifica o ofertă fără să jignim persoana care "
                                    "ne-a făcut-o?"
                                ),
                                (
                                    "Ce i-ați spune unei prietene căreia îi este rușine că a "
                                    "crezut o asemenea ofertă?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Verificarea ofertei",
                            "duration_minutes": 20,
                            "materials": [
                                "Flipchart cu conturul mare al unei cărți de identitate",
                                "Bilețele adezive și markere",
                                "Fișele pentru participante",
                            ],
                            "steps": [
                                (
                                    "Întrebați grupul: „Dacă mâine ar veni la dumneavoastră o "
                                    "prietenă cu o ofertă de muncă în străinătate, ce ați vrea să "
                                    "verifice?” Scrieți fiecare răspuns pe un bilețel și lipiți-l "
                                    "pe contur."
                                ),
                                (
                                    "Grupați răspunsurile sub patru titluri: angajatorul, "
                                    "contractul, banii, actele și contactele."
                                ),
                                (
                                    "Completați ce lipsește. Angajatorul și agenția: un nume, o "
                                    "adresă și un număr de telefon reale, care pot fi verificate "
                                    "independent; o agenție înregistrată la Inspectoratul "
                                    "Teritorial de Muncă (ITM) sau un loc de muncă găsit prin "
                                    "EURES, rețeaua europeană gratuită de locuri de muncă, care "
                                    "în România funcționează prin agențiile județene pentru "
                                    "ocuparea forței de muncă (AJOFM). Contractul: scris, în "
                                    "limba română sau într-o limbă pe care o înțelege, semnat "
                                    "înainte de plecare, cu postul, programul, salariul și "
                                    "cazarea. Banii: un salariu realist pentru țara și munca "
                                    "respectivă, nicio taxă pentru locul de muncă în sine și "
                                    "nicio datorie față de recrutor."
                                ),
                                (
                                    "Adăugați măsurile de siguranță. Păstrați-vă singure cartea "
                                    "de identitate și pașaportul și nu le dați nimănui „spre "
                                    "păstrare”. Lăsați copii și fotografii ale actelor și ale "
                                    "contractului, adresa din străinătate și numărul de telefon "
                                    "al angajatorului unei persoane de încredere de acasă. "
                                    "Stabiliți ore la care vorbiți la telefon și un cuvânt-cod "
                                    "care înseamnă „am probleme”. Salvați numărul 112, care "
                                    "funcționează în toate țările Uniunii Europene, și adresa "
                                    "ambasadei sau a consulatului României."
                                ),
                                (
                                    "Citiți cu voce tare lista finală și rugați participantele să "
                                    "bifeze în fișă cele trei verificări pe care le consideră "
                                    "cele mai importante. Subliniați că a verifica nu înseamnă "
                                    "neîncredere: un angajator serios nu se supără că este "
                                    "verificat."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Pauză (10 minute)",
                            "text": (
                                "<p>Oferiți ceai și o gustare și lăsați mamele să treacă pe la "
                                "copii. Rămâneți în sală: în pauză vine adesea cineva, discret, "
                                "la facilitator cu o întrebare pe care nu a vrut să o pună în "
                                "fața grupului.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Studiu de caz: oferta Elenei",
                            "duration_minutes": 30,
                            "materials": [
                                "Studiul de caz în trei părți, câte un set pentru fiecare grup",
                                "Hârtie și pixuri",
                            ],
                            "steps": [
                                (
                                    "Explicați că grupurile vor urmări povestea unei femei în "
                                    "trei părți și vor hotărî, la fiecare etapă, ce ar putea ea "
                                    "să verifice sau să facă. Elena este un personaj inventat, "
                                    "dar povestea ei este construită din situații pe care "
                                    "lucrătorii sociali din România le întâlnesc des."
                                ),
                                (
                                    "Partea 1 (citită cu voce tare). Elena, 31 de ani, locuiește "
                                    "într-un oraș mic cu cei doi copii ai ei, de 6 și 11 ani. "
                                    "Lucrează sezonier și are restanțe la chirie. O femeie de la "
                                    "biserică îi spune că un văr de-al ei are o agenție de "
                                    "îngrijire și caută femei care să aibă grijă de bătrâni în "
                                    "Germania: 1.800 de euro pe lună, cameră inclusă, fără să "
                                    "știe germană. Vărul îi plătește biletul de autobuz, iar "
                                    "Elena îl poate da înapoi din primul salariu. Întrebați "
                                    "grupurile: Ce sună bine? Ce nu este clar? Ce ați întreba?"
                                ),
                                (
                                    "Partea 2. Elena cere un contract. Vărul îi spune că îl va "
                                    "semna la sosire, pentru că „hârtiile nemțești durează”, și "
                                    "îi cere o fotografie a cărții de identitate ca să cumpere "
                                    "biletul. Mama ei va avea grijă de copii. Întrebați: Ce ar "
                                    "putea Elena să verifice acum și pe cine ar putea să sune? Ce "
                                    "ar trebui să îi lase mamei înainte de plecare?"
                                ),
                                (
                                    "Partea 3. Elena pleacă. Este dusă într-o casă unde "
                                    "îngrijește zi și noapte un bătrân. Vărul îi păstrează cartea "
                                    "de identitate „pentru înregistrare”, îi spune că primele "
                                    "două salarii se duc pe bilet, pe cameră și pe „comisionul "
                                    "agenției” și că poliția o va aresta dacă pleacă. Are voie să "
                                    "folosească telefonul doar seara. Întrebați: Ce semne arată "
                                    "că situația a devenit exploatare? Ce ar putea face Elena și "
                                    "ce ar putea face mama ei din România?"
                                ),
                                (
                                    "Reuniți grupurile. Desenați povestea Elenei ca pe o axă a "
                                    "timpului pe flipchart. Marcați momentele în care o "
                                    "verificare sau un telefon ar fi putut schimba deznodământul "
                                    "și momentul în care situația a devenit una pentru linia "
                                    "telefonică de ajutor sau pentru poliție."
                                ),
                                (
                                    "Încheiați cu opțiunile Elenei, nu cu greșelile ei: mama ei "
                                    "poate suna din România la linia telefonică a ANITP (0800 800 "
                                    "678); Elena poate suna la 112 în Germania sau poate merge la "
                                    "consulatul României; ca victimă, are dreptul la ajutor și "
                                    "protecție, despre care vorbim în a treia sesiune."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "În ce moment din povestea Elenei ați fi început să vă "
                                "îngrijorați și ce v-ar fi ajutat să spuneți „stai puțin”?"
                            ),
                            "follow_ups": [
                                (
                                    "De ce este greu să refuzi o ofertă când ai restanțe la "
                                    "chirie și copiii au nevoie de lucruri?"
                                ),
                                (
                                    "Cine din viața dumneavoastră ar putea analiza o ofertă "
                                    "împreună cu dumneavoastră, înainte să hotărâți?"
                                ),
                                (
                                    "Ce ar fi putut face oamenii din jurul Elenei, mama ei și "
                                    "femeia de la biserică?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Dacă o participantă spune că povestea Elenei este a ei sau a "
                                "unei rude, mulțumiți-i și recunoașteți că a fost nevoie de curaj "
                                "ca să o spună. Apoi readuceți cu blândețe discuția la studiul de "
                                "caz: „Vă mulțumesc că ne-ați spus. Haideți să ne gândim în "
                                "continuare ce ar ajuta-o pe Elena, iar după sesiune mi-ar face "
                                "plăcere să stăm de vorbă.” Nu cereți detalii în fața grupului. "
                                "După sesiune, urmați pașii din capitolul despre dezvăluiri și "
                                "îndrumare din manualul pentru facilitatori.</p><p>Nu lăsați "
                                "discuția finală să devină o listă cu ce „a greșit” Elena. "
                                "Mesajul este că verificarea ajută și că, atunci când verificarea "
                                "nu a fost posibilă, ajutorul există în continuare.</p>"
                            ),
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Încheiere (15 minute)",
                            "text": (
                                "<p>Rezumați cele trei mesaje ale "
                                "sesiunii:</p><ol><li>Traficanții oferă exact ce vă lipsește cel "
                                "mai mult: un loc de muncă, dragoste, o ieșire. Controlul vine "
                                "mai târziu și treptat.</li><li>Verificați înainte de plecare: "
                                "contract scris, agenție înregistrată, actele în mâna "
                                "dumneavoastră, adresa și contactele lăsate acasă.</li><li>Dacă "
                                "ceva merge prost, nu este vina dumneavoastră și există ajutor: "
                                "linia telefonică a ANITP, 112 și ambasada sau consulatul "
                                "României.</li></ol><p>Împărțiți fișa și cartonașul cu numerele "
                                "de telefon. Rugați-le pe toate să completeze scurta evaluare "
                                "anonimă, pe hârtie sau prin linkul sondajului Faro; nu se cer "
                                "nume. Amintiți data următoarei sesiuni și faptul că rămâneți "
                                "pentru întrebări între patru ochi. Mulțumiți în fața grupului "
                                "persoanei care a avut grijă de copii.</p>"
                            ),
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": (
                                "<p>Dacă o participantă vă spune că ea, copilul ei sau cineva pe "
                                "care îl cunoaște este exploatat ori controlat chiar acum sau că "
                                "urmează să plece în baza unei oferte cu semnele de avertizare "
                                "discutate în această sesiune, nu încercați să rezolvați singur "
                                "situația. Ascultați, spuneți-i ce ajutor există și, cu acordul "
                                "ei, sunați împreună la linia telefonică a ANITP sau stabiliți "
                                "când va suna ea. Dacă cineva se află în pericol imediat, sunați "
                                "la 112. Dacă un copil ar putea fi în pericol, urmați procedura "
                                "de protecție a copilului a ONG-ului partener și anunțați "
                                "direcția de protecție a copilului (DGASPC) sau Telefonul "
                                "Copilului. Apelul la linia ANITP este gratuit din rețelele din "
                                "România; în afara programului ei sau în caz de urgență, sunați "
                                "la 112.</p>"
                            ),
                            "contacts": [
                                {
                                    "name": (
                                        "Linia telefonică națională împotriva traficului de "
                                        "persoane (ANITP)"
                                    ),
                                    "phone": "0800 800 678",
                                    "hours": "gratuit, de luni până vineri",
                                },
                                {"name": "Urgențe", "phone": "112", "hours": "24 de ore din 24"},
                                {
                                    "name": "Telefonul Copilului (linia de asistență pentru copii)",
                                    "phone": "116 111",
                                    "hours": "gratuit, 24 de ore din 24",
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": {"en": "keeping-my-children-safe", "ro": "copiii-mei-in-siguranta"},
            "audience": "single_mothers",
            "age_band": "18+",
            "duration_minutes": 105,
            "title": {"en": "Keeping my children safe", "ro": "Copiii mei în siguranță"},
            "summary": {
                "en": (
                    "A 105-minute session for mothers on how people who exploit children win "
                    "their trust: grooming online, the “lover boy” who targets teenage girls, and "
                    "offers to “look after” a child. Mothers learn to tell warning signs from "
                    "ordinary growing up, practise starting conversations their children will not "
                    "shut down, and help their children name the trusted adults they can turn to."
                ),
                "ro": (
                    "O sesiune de 105 minute pentru mame despre cum câștigă încrederea copiilor "
                    "cei care îi exploatează: manipularea pe internet, „loverboy”-ul care "
                    "țintește adolescentele și ofertele de „a avea grijă” de un copil. Mamele "
                    "învață să deosebească semnele de avertizare de schimbările obișnuite ale "
                    "creșterii, exersează începutul unor discuții pe care copiii să nu le închidă "
                    "și îi ajută pe copii să numească adulții de încredere la care pot apela."
                ),
            },
            "learning_objectives": {
                "en": [
                    (
                        "Explain in their own words how an adult builds a child's trust step by "
                        "step in order to exploit the child, online and offline."
                    ),
                    (
                        "Recognise warning signs that a child or teenager may be being groomed or "
                        "recruited, and tell them apart from ordinary changes of growing up."
                    ),
                    (
                        "Use calm, simple ways to start a conversation about safety with a child "
                        "or teenager, and to respond if the child says something worrying."
                    ),
                    (
                        "Help their children name at least three trusted adults, and agree a few "
                        "simple family safety rules."
                    ),
                    (
                        "Know whom to call when worried about a child: Telefonul Copilului (116 "
                        "111), the child protection services (DGASPC) and 112."
                    ),
                ],
                "ro": [
                    (
                        "Să explice cu propriile cuvinte cum își construiește un adult, pas cu "
                        "pas, încrederea unui copil pentru a-l exploata, pe internet și în viața "
                        "reală."
                    ),
                    (
                        "Să recunoască semnele că un copil sau un adolescent ar putea fi "
                        "manipulat ori recrutat și să le deosebească de schimbările obișnuite ale "
                        "creșterii."
                    ),
                    (
                        "Să folosească modalități calme și simple de a începe o discuție despre "
                        "siguranță cu un copil sau un adolescent și de a reacționa dacă acesta "
                        "spune ceva îngrijorător."
                    ),
                    (
                        "Să își ajute copiii să numească cel puțin trei adulți de încredere și să "
                        "stabilească împreună câteva reguli simple de siguranță în familie."
                    ),
                    (
                        "Să știe pe cine să sune când sunt îngrijorate pentru un copil: Telefonul "
                        "Copilului (116 111), direcția de protecție a copilului (DGASPC) și 112."
                    ),
                ],
            },
            "materials": {
                "en": [
                    "Three story cards about how a child's trust is won, one per small group",
                    (
                        "Sets of about 12 warning-sign cards, and two sheets headed “Worrying” "
                        "and “Part of growing up”"
                    ),
                    "A paper hand outline for each participant, and coloured pens",
                    "Conversation-starter cards, one set per pair",
                    "Flip chart and markers; participant handouts and helpline cards",
                    (
                        "Water, tea and a snack; the children's corner in a separate room with a "
                        "vetted carer"
                    ),
                ],
                "ro": [
                    (
                        "Trei cartonașe cu povești despre cum este câștigată încrederea unui "
                        "copil, câte unul pentru fiecare grup mic"
                    ),
                    (
                        "Seturi de aproximativ 12 cartonașe cu semne, plus două foi cu titlurile "
                        "„Îngrijorător” și „Face parte din creștere”"
                    ),
                    (
                        "Conturul unei palme desenat pe hârtie pentru fiecare participantă și "
                        "creioane colorate"
                    ),
                    "Cartonașe cu începuturi de conversație, câte un set pentru fiecare pereche",
                    (
                        "Flipchart și markere; fișe pentru participante și cartonașe cu numerele "
                        "de ajutor"
                    ),
                    (
                        "Apă, ceai și o gustare; colțul copiilor într-o cameră separată, cu o "
                        "persoană verificată"
                    ),
                ],
            },
            "body": {
                "en": [
                    {
                        "type": "section",
                        "value": {
                            "heading": "Welcome and ground rules (10 minutes)",
                            "text": (
                                "<p>Welcome the mothers back and check that the children are "
                                "settled. Link to the last session: “Last time we talked about "
                                "job offers; today we talk about our children, and about how to "
                                "keep them safe without frightening them.”</p><p>Remind everyone "
                                "of the ground rules and add anything the group "
                                "wants:</p><ul><li><b>What is said here stays "
                                "here.</b></li><li><b>No one has to share personal stories</b>, "
                                "about herself or about her children.</li><li><b>Anyone can "
                                "pass</b> or step out at any time. If you need a moment, take it; "
                                "one of us will check on you discreetly.</li><li><b>No blame.</b> "
                                "When someone sets out to deceive a child, the fault is theirs, "
                                "not the child's and not the parent's.</li></ul>"
                            ),
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>This session touches on the sexual exploitation of children. "
                                "Keep descriptions factual and short: the aim is recognition and "
                                "prevention, not shock. Do not show images or videos of children "
                                "who have been abused, and do not add details beyond what is on "
                                "the story cards.</p><p>Some mothers may have been groomed or "
                                "exploited as girls; some may already be worried about a child. "
                                "Guilt is a common reaction (“I work all day, I should have seen "
                                "it”). Answer it directly: people who groom children are skilled "
                                "at hiding it from parents, and they target the child, not the "
                                "parent. What matters is what a mother can do now.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "How trust is won, step by step",
                            "duration_minutes": 25,
                            "materials": [
                                (
                                    "Three story cards (the texts are in the steps below), one "
                                    "per group"
                                ),
                                "Flip chart with a staircase of six steps",
                            ],
                            "steps": [
                                (
                                    "Draw a staircase of six steps on the flip chart and label "
                                    "them: choosing a child, becoming a friend, gifts and "
                                    "attention, secrets, cutting the child off from others, "
                                    "control. Explain that people who exploit children usually "
                                    "climb these steps slowly, over weeks or months."
                                ),
                                (
                                    "Story 1, online. Darius, 12, plays an online game after "
                                    "school. A player who says he is 15 gives him game currency, "
                                    "starts chatting with him every evening, asks for photos and "
                                    "tells him not to tell his mother, “or she'll take your phone "
                                    "away”."
                                ),
                                (
                                    "Story 2, the “lover boy”. Bianca, 15, starts getting "
                                    "messages from a 22-year-old man with a nice car. He buys her "
                                    "a phone, picks her up after school, tells her that her "
                                    "mother does not understand her, and says that together they "
                                    "will go abroad and have a better life. He asks her to keep "
                                    "their relationship secret."
                                ),
                                (
                                    "Story 3, the helpful offer. Ramona, a mother of three, is "
                                    "struggling to work and care for her children. An "
                                    "acquaintance offers to take her 14-year-old daughter to the "
                                    "city, or abroad, to “look after her”, send her to school, "
                                    "find her a little job and send money home."
                                ),
                                (
                                    "Each group places its story on the staircase: Which step is "
                                    "the child on now? What would the next step be? Who around "
                                    "the child could notice?"
                                ),
                                (
                                    "Groups report back. Underline that in each story the adult "
                                    "offered something the child or the family really needed: "
                                    "attention, love, money, a future."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "What do the three stories have in common, and what makes them "
                                "hard for a parent to spot?"
                            ),
                            "follow_ups": [
                                (
                                    "Why do children keep these relationships secret, even from a "
                                    "loving parent?"
                                ),
                                (
                                    "How might a child feel when the secret comes out: ashamed, "
                                    "afraid, angry, relieved?"
                                ),
                                (
                                    "What can a parent do, long before anything happens, so that "
                                    "a child is not afraid to tell?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Worrying, or part of growing up?",
                            "duration_minutes": 20,
                            "materials": [
                                "A set of warning-sign cards per group",
                                "Two sheets: “Worrying” and “Part of growing up”",
                            ],
                            "steps": [
                                (
                                    "Give each group a set of cards. For example: new clothes, a "
                                    "phone or money the child cannot explain; a much older "
                                    "“boyfriend” or “friend” the child will not introduce; being "
                                    "picked up by car by people the family does not know; secrecy "
                                    "about the phone and about who they talk to online; staying "
                                    "out at night or missing school; talk of a modelling job or a "
                                    "job abroad; sudden changes in mood, sleep or eating; "
                                    "withdrawing from friends and family; wanting more privacy; "
                                    "long hours on the phone; arguing more with parents; a first "
                                    "crush."
                                ),
                                (
                                    "Ask the groups to sort the cards onto the two sheets. Some "
                                    "cards may belong on both; let the group discuss them."
                                ),
                                (
                                    "Debrief: many of these behaviours are ordinary at this age. "
                                    "What should worry us is a combination of signs, a sudden "
                                    "change, and anything that involves gifts, money or secrets "
                                    "shared with an older person."
                                ),
                                (
                                    "Ask: “If you saw two or three of the worrying signs "
                                    "together, what would be your first step?” Collect the "
                                    "answers and steer towards a calm conversation with the child "
                                    "and a call to Telefonul Copilului (116 111) for advice, "
                                    "rather than taking the phone away or punishing, which tends "
                                    "to push the child closer to the person who is grooming them."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Break (10 minutes)",
                            "text": (
                                "<p>Tea, a snack and time with the children. Stay available: "
                                "mothers who are worried about a child often ask their question "
                                "during the break rather than in the group.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Talking so that they will tell us",
                            "duration_minutes": 25,
                            "materials": [
                                "Conversation-starter cards",
                                "Paper hand outlines and coloured pens",
                            ],
                            "steps": [
                                (
                                    "Explain that children confide in adults who have shown them, "
                                    "many times over, that they will not explode, blame or "
                                    "punish. Ask: “When you were a child, was there someone you "
                                    "could tell anything to? What did that person do?”"
                                ),
                                (
                                    "In pairs, one person plays the parent and the other the "
                                    "child. The parent tries a conversation starter, for example: "
                                    "“Who do you talk to most online these days?”, “Has anyone "
                                    "ever asked you to keep a secret that made you feel bad?”, "
                                    "“If someone offered you a job or a trip that sounded "
                                    "amazing, how would you know if it was real?” Swap roles "
                                    "after three minutes."
                                ),
                                (
                                    "Then practise the hard moment. The “child” says something "
                                    "worrying, such as “There's a guy who says he'll take me to "
                                    "London.” The “parent” practises responding calmly: thank the "
                                    "child for telling, stay calm, ask open questions, say that "
                                    "it is not the child's fault, and say what will happen next."
                                ),
                                (
                                    "Give out the hand outlines and explain the exercise to do at "
                                    "home with each child: on each finger, the child writes or "
                                    "draws one trusted adult they could go to, at least one of "
                                    "them outside the family, such as a teacher or the school "
                                    "counsellor."
                                ),
                                (
                                    "Agree as a group on three simple family rules to take home. "
                                    "For example: no secrets that make you feel bad; we never go "
                                    "with anyone, even someone who says Mum sent them, unless "
                                    "they know our family code word; you can always call me, and "
                                    "you will not be in trouble for telling me."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": "What is one thing you will try at home this week?",
                            "follow_ups": [
                                (
                                    "Which child will you start with, and when is a good moment "
                                    "to talk: on the way to school, while cooking, at bedtime?"
                                ),
                                (
                                    "Who else could your children turn to if they could not talk "
                                    "to you?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>If a mother says she is worried about her own child right "
                                "now, take it seriously and talk with her privately after the "
                                "session. Help her think through the next step: talking with the "
                                "child, calling Telefonul Copilului for advice or, if the child "
                                "may be in danger, calling 112 or the child protection services "
                                "(DGASPC). Do not investigate yourself, and do not contact the "
                                "person she suspects.</p><p>If you work with children "
                                "professionally, you may have a legal duty to report a suspicion "
                                "that a child is being abused, neglected or exploited: Law "
                                "272/2004 on the protection and promotion of the rights of the "
                                "child requires professionals who come into contact with children "
                                "to notify the child protection services. Explain this to the "
                                "mother honestly and tell her what will happen; do not promise a "
                                "secrecy you cannot keep.</p>"
                            ),
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Closing (15 minutes)",
                            "text": (
                                "<p>Sum up the three messages of the session:</p><ol><li>People "
                                "who exploit children win their trust first, with attention, "
                                "gifts and secrets, and then cut them off from the people who "
                                "love them.</li><li>Watch for combinations of signs and sudden "
                                "changes, especially gifts, money or secrets shared with an older "
                                "person.</li><li>The best protection is a child who knows that "
                                "they can tell you anything and will not be punished for it, and "
                                "who has other trusted adults too.</li></ol><p>Give out the "
                                "handout and the hand outlines to take home. Ask for the short "
                                "anonymous evaluation. Remind the group of the date of the last "
                                "session and that you are staying on for private questions.</p>"
                            ),
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": (
                                "<p>If a child tells you, or a mother tells you, that a child is "
                                "being groomed, abused or exploited: listen calmly, believe what "
                                "you hear, do not ask leading questions and do not confront "
                                "anyone. If the child is in immediate danger, call 112. "
                                "Otherwise, follow the partner NGO's child protection procedure "
                                "the same day and notify the child protection services (DGASPC); "
                                "Telefonul Copilului can advise both children and adults at any "
                                "hour. If the child may be taken abroad or has already been, also "
                                "call the ANITP helpline.</p>"
                            ),
                            "contacts": [
                                {
                                    "name": "Telefonul Copilului (child helpline)",
                                    "phone": "116 111",
                                    "hours": "free, 24 hours",
                                },
                                {"name": "Emergencies", "phone": "112", "hours": "24 hours"},
                                {
                                    "name": (
                                        "ANITP national helpline against trafficking in persons"
                                    ),
                                    "phone": "0800 800 678",
                                    "hours": "free, Monday to Friday",
                                },
                            ],
                        },
                    },
                ],
                "ro": [
                    {
                        "type": "section",
                        "value": {
                            "heading": "Bun venit și regulile întâlnirii (10 minute)",
                            "text": (
                                "<p>Urați-le din nou bun venit mamelor și verificați dacă cei "
                                "mici s-au instalat. Faceți legătura cu sesiunea trecută: „Data "
                                "trecută am vorbit despre ofertele de muncă; astăzi vorbim despre "
                                "copiii noștri și despre cum îi putem ține în siguranță fără să "
                                "îi speriem.”</p><p>Amintiți regulile întâlnirii și adăugați ce "
                                "mai dorește grupul:</p><ul><li><b>Ce se spune aici rămâne "
                                "aici.</b></li><li><b>Nimeni nu trebuie să povestească întâmplări "
                                "personale</b>, nici despre ea, nici despre copiii "
                                "ei.</li><li><b>Oricine poate sări peste o activitate</b> sau "
                                "poate ieși oricând. Dacă aveți nevoie de un moment, luați-l; "
                                "unul dintre noi va veni discret să vadă cum vă "
                                "simțiți.</li><li><b>Fără vină.</b> Când cineva își propune să "
                                "înșele un copil, vina este a lui, nu a copilului și nu a "
                                "părintelui.</li></ul>"
                            ),
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Această sesiune atinge tema exploatării sexuale a copiilor. "
                                "Păstrați descrierile scurte și la obiect: scopul este "
                                "recunoașterea și prevenirea, nu șocul. Nu arătați imagini sau "
                                "filme cu copii abuzați și nu adăugați detalii în afară de cele "
                                "de pe cartonașe.</p><p>Este posibil ca unele mame să fi fost "
                                "manipulate sau exploatate când erau fete, iar altele pot fi deja "
                                "îngrijorate pentru un copil. Vinovăția este o reacție obișnuită "
                                "(„muncesc toată ziua, trebuia să văd”). Răspundeți-i direct: cei "
                                "care manipulează copii știu foarte bine să ascundă asta de "
                                "părinți și îl țintesc pe copil, nu pe părinte. Ce contează este "
                                "ce poate face o mamă de acum înainte.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Cum se câștigă încrederea, pas cu pas",
                            "duration_minutes": 25,
                            "materials": [
                                (
                                    "Trei cartonașe cu povești (textele sunt în pașii de mai "
                                    "jos), câte unul pentru fiecare grup"
                                ),
                                "Flipchart cu o scară de șase trepte",
                            ],
                            "steps": [
                                (
                                    "Desenați pe flipchart o scară cu șase trepte și scrieți pe "
                                    "ele: alegerea copilului, prietenia, cadouri și atenție, "
                                    "secrete, îndepărtarea copilului de ceilalți, control. "
                                    "Explicați că cei care exploatează copii urcă de obicei "
                                    "aceste trepte încet, în câteva săptămâni sau luni."
                                ),
                                (
                                    "Povestea 1, pe internet. Darius, 12 ani, se joacă după "
                                    "școală un joc online. Un jucător care spune că are 15 ani îi "
                                    "dă monede din joc, începe să vorbească cu el în fiecare "
                                    "seară, îi cere poze și îi spune să nu-i zică mamei, „că îți "
                                    "ia telefonul”."
                                ),
                                (
                                    "Povestea 2, „loverboy”-ul. Bianca, 15 ani, începe să "
                                    "primească mesaje de la un bărbat de 22 de ani cu o mașină "
                                    "frumoasă. El îi cumpără un telefon, o ia de la școală, îi "
                                    "spune că mama ei nu o înțelege și că împreună vor pleca în "
                                    "străinătate și vor avea o viață mai bună. O roagă să țină "
                                    "relația lor secretă."
                                ),
                                (
                                    "Povestea 3, oferta de ajutor. Ramona, mamă a trei copii, se "
                                    "descurcă greu să muncească și să aibă grijă de copii. O "
                                    "cunoștință se oferă să îi ia fiica de 14 ani la oraș sau în "
                                    "străinătate, ca să „aibă grijă de ea”, să o dea la școală, "
                                    "să îi găsească o mică slujbă și să trimită bani acasă."
                                ),
                                (
                                    "Fiecare grup își așază povestea pe scară: Pe ce treaptă este "
                                    "copilul acum? Care ar fi următoarea treaptă? Cine din jurul "
                                    "copilului ar putea observa?"
                                ),
                                (
                                    "Grupurile prezintă. Subliniați că în fiecare poveste adultul "
                                    "a oferit ceva de care copilul sau familia avea cu adevărat "
                                    "nevoie: atenție, dragoste, bani, un viitor."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "Ce au în comun cele trei povești și de ce sunt greu de observat "
                                "pentru un părinte?"
                            ),
                            "follow_ups": [
                                (
                                    "De ce țin copiii secrete aceste relații, chiar și față de un "
                                    "părinte iubitor?"
                                ),
                                (
                                    "Cum s-ar putea simți un copil când secretul iese la iveală: "
                                    "rușinat, speriat, furios, ușurat?"
                                ),
                                (
                                    "Ce poate face un părinte, cu mult înainte să se întâmple "
                                    "ceva, pentru ca un copil să nu se teamă să spună?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Îngrijorător sau face parte din creștere?",
                            "duration_minutes": 20,
                            "materials": [
                                "Câte un set de cartonașe cu semne pentru fiecare grup",
                                "Două foi: „Îngrijorător” și „Face parte din creștere”",
                            ],
                            "steps": [
                                (
                                    "Dați fiecărui grup un set de cartonașe. De exemplu: haine "
                                    "noi, un telefon sau bani pe care copilul nu îi poate "
                                    "explica; un „iubit” sau un „prieten” mult mai mare pe care "
                                    "copilul nu vrea să îl prezinte; copilul este luat cu mașina "
                                    "de oameni pe care familia nu îi cunoaște; secretomanie "
                                    "legată de telefon și de cei cu care vorbește pe internet; "
                                    "lipsa de acasă noaptea sau absențe de la școală; discuții "
                                    "despre o ofertă de modeling sau de muncă în străinătate; "
                                    "schimbări bruște de dispoziție, de somn sau de apetit; "
                                    "retragerea din fața prietenilor și a familiei; nevoia de mai "
                                    "multă intimitate; ore lungi petrecute pe telefon; mai multe "
                                    "certuri cu părinții; prima dragoste."
                                ),
                                (
                                    "Rugați grupurile să așeze cartonașele pe cele două foi. "
                                    "Unele cartonașe pot merge pe amândouă; lăsați grupul să "
                                    "discute."
                                ),
                                (
                                    "Discuție: multe dintre aceste comportamente sunt obișnuite "
                                    "la această vârstă. Ce ar trebui să ne îngrijoreze este o "
                                    "combinație de semne, o schimbare bruscă și orice legat de "
                                    "cadouri, bani sau secrete împărțite cu o persoană mai în "
                                    "vârstă."
                                ),
                                (
                                    "Întrebați: „Dacă ați vedea două-trei semne îngrijorătoare "
                                    "împreună, care ar fi primul pas?” Adunați răspunsurile și "
                                    "îndreptați discuția spre o conversație calmă cu copilul și "
                                    "un telefon la Telefonul Copilului (116 111) pentru sfaturi, "
                                    "în loc de confiscarea telefonului sau de pedeapsă, care îl "
                                    "împing adesea pe copil și mai aproape de persoana care îl "
                                    "manipulează."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Pauză (10 minute)",
                            "text": (
                                "<p>Ceai, o gustare și timp cu copiii. Rămâneți la dispoziție: "
                                "mamele îngrijorate pentru un copil își pun adesea întrebarea în "
                                "pauză, nu în fața grupului.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Să vorbim așa încât să ne spună",
                            "duration_minutes": 25,
                            "materials": [
                                "Cartonașe cu începuturi de conversație",
                                "Contururi de palme pe hârtie și creioane colorate",
                            ],
                            "steps": [
                                (
                                    "Explicați că copiii se destăinuie adulților care le-au "
                                    "arătat, de multe ori, că nu izbucnesc, nu dau vina pe ei și "
                                    "nu îi pedepsesc. Întrebați: „Când erați copii, exista cineva "
                                    "căruia îi puteați spune orice? Ce făcea acea persoană?”"
                                ),
                                (
                                    "În perechi, una joacă rolul părintelui și cealaltă rolul "
                                    "copilului. „Părintele” încearcă un început de conversație, "
                                    "de exemplu: „Cu cine vorbești cel mai mult pe internet în "
                                    "ultima vreme?”, „Ți-a cerut vreodată cineva să păstrezi un "
                                    "secret care te-a făcut să te simți rău?”, „Dacă cineva ți-ar "
                                    "oferi o slujbă sau o excursie care sună extraordinar, cum "
                                    "ți-ai da seama dacă e adevărată?” Schimbați rolurile după "
                                    "trei minute."
                                ),
                                (
                                    "Apoi exersați momentul greu. „Copilul” spune ceva "
                                    "îngrijorător, de pildă: „E un tip care zice că mă duce la "
                                    "Londra.” „Părintele” exersează să răspundă calm: îi "
                                    "mulțumește copilului că i-a spus, rămâne calm, pune "
                                    "întrebări deschise, îi spune că nu e vina lui și îi spune ce "
                                    "se va întâmpla mai departe."
                                ),
                                (
                                    "Împărțiți contururile de palme și explicați exercițiul de "
                                    "făcut acasă cu fiecare copil: pe fiecare deget, copilul "
                                    "scrie sau desenează un adult de încredere la care ar putea "
                                    "merge, dintre care cel puțin unul din afara familiei, de "
                                    "exemplu un profesor sau consilierul școlar."
                                ),
                                (
                                    "Stabiliți în grup trei reguli simple de familie de luat "
                                    "acasă. De exemplu: fără secrete care te fac să te simți rău; "
                                    "nu plecăm cu nimeni, nici măcar cu cineva care spune că l-a "
                                    "trimis mama, dacă nu știe cuvântul-cod al familiei; mă poți "
                                    "suna oricând și nu vei avea probleme pentru că mi-ai spus."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "Care este un lucru pe care îl veți încerca acasă săptămâna "
                                "aceasta?"
                            ),
                            "follow_ups": [
                                (
                                    "Cu care copil veți începe și care este un moment bun de "
                                    "vorbit: în drum spre școală, în timp ce gătiți, seara la "
                                    "culcare?"
                                ),
                                (
                                    "La cine altcineva ar putea apela copiii dumneavoastră dacă "
                                    "nu ar putea vorbi cu dumneavoastră?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Dacă o mamă spune că este îngrijorată chiar acum pentru "
                                "copilul ei, luați-o în serios și vorbiți cu ea între patru ochi "
                                "după sesiune. Ajutați-o să se gândească la pasul următor: o "
                                "discuție cu copilul, un telefon la Telefonul Copilului pentru "
                                "sfaturi sau, dacă copilul ar putea fi în pericol, un apel la 112 "
                                "ori la direcția de protecție a copilului (DGASPC). Nu faceți "
                                "investigații pe cont propriu și nu contactați persoana pe care o "
                                "suspectează.</p><p>Dacă lucrați cu copii în mod profesional, "
                                "este posibil să aveți obligația legală de a semnala suspiciunea "
                                "că un copil este abuzat, neglijat sau exploatat: Legea nr. "
                                "272/2004 privind protecția și promovarea drepturilor copilului "
                                "le cere profesioniștilor care intră în contact cu copii să "
                                "sesizeze serviciile de protecție a copilului. Explicați-i mamei "
                                "acest lucru cu sinceritate și spuneți-i ce se va întâmpla; nu "
                                "promiteți o confidențialitate pe care nu o puteți păstra.</p>"
                            ),
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Încheiere (15 minute)",
                            "text": (
                                "<p>Rezumați cele trei mesaje ale sesiunii:</p><ol><li>Cei care "
                                "exploatează copii le câștigă mai întâi încrederea, cu atenție, "
                                "cadouri și secrete, apoi îi îndepărtează de oamenii care îi "
                                "iubesc.</li><li>Fiți atente la combinațiile de semne și la "
                                "schimbările bruște, mai ales la cadouri, bani sau secrete "
                                "împărțite cu o persoană mai în vârstă.</li><li>Cea mai bună "
                                "protecție este un copil care știe că vă poate spune orice fără "
                                "să fie pedepsit și care mai are și alți adulți de "
                                "încredere.</li></ol><p>Împărțiți fișa și contururile de palme de "
                                "luat acasă. Cereți scurta evaluare anonimă. Amintiți data "
                                "ultimei sesiuni și faptul că rămâneți pentru întrebări între "
                                "patru ochi.</p>"
                            ),
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": (
                                "<p>Dacă un copil sau o mamă vă spune că un copil este manipulat, "
                                "abuzat sau exploatat: ascultați calm, credeți ce auziți, nu "
                                "puneți întrebări care sugerează răspunsul și nu confruntați pe "
                                "nimeni. Dacă copilul este în pericol imediat, sunați la 112. "
                                "Altfel, urmați în aceeași zi procedura de protecție a copilului "
                                "a ONG-ului partener și sesizați direcția de protecție a "
                                "copilului (DGASPC); Telefonul Copilului poate sfătui atât "
                                "copiii, cât și adulții, la orice oră. Dacă există riscul ca un "
                                "copil să fie dus în străinătate sau dacă a fost deja dus, sunați "
                                "și la linia telefonică a ANITP.</p>"
                            ),
                            "contacts": [
                                {
                                    "name": "Telefonul Copilului (linia de asistență pentru copii)",
                                    "phone": "116 111",
                                    "hours": "gratuit, 24 de ore din 24",
                                },
                                {"name": "Urgențe", "phone": "112", "hours": "24 de ore din 24"},
                                {
                                    "name": (
                                        "Linia telefonică națională împotriva traficului de "
                                        "persoane (ANITP)"
                                    ),
                                    "phone": "0800 800 678",
                                    "hours": "gratuit, de luni până vineri",
                                },
                            ],
                        },
                    },
                ],
            },
        },
        {
            "slug": {
                "en": "where-to-get-help-and-my-rights",
                "ro": "unde-cer-ajutor-si-drepturile-mele",
            },
            "audience": "single_mothers",
            "age_band": "18+",
            "duration_minutes": 110,
            "title": {
                "en": "Where to get help, and my rights",
                "ro": "Unde cer ajutor și care sunt drepturile mele",
            },
            "summary": {
                "en": (
                    "A 110-minute session on what happens when someone asks for help. Mothers "
                    "learn what the National Agency against Trafficking in Persons (ANITP) does, "
                    "which rights victims of trafficking have under Romanian law, how to make a "
                    "simple safety plan and what to do if someone they know is abroad and in "
                    "trouble. A role-play lets everyone practise calling a helpline before they "
                    "ever need to."
                ),
                "ro": (
                    "O sesiune de 110 minute despre ce se întâmplă când cineva cere ajutor. "
                    "Mamele află ce face Agenția Națională împotriva Traficului de Persoane "
                    "(ANITP), ce drepturi au victimele traficului potrivit legii române, cum își "
                    "pot face un plan simplu de siguranță și ce pot face dacă cineva cunoscut se "
                    "află în străinătate și are probleme. Un joc de rol le permite tuturor să "
                    "exerseze un apel la o linie de ajutor înainte de a avea vreodată nevoie de "
                    "el."
                ),
            },
            "learning_objectives": {
                "en": [
                    (
                        "Name the main places to turn to in Romania: the ANITP helpline (0800 800 "
                        "678), 112, Telefonul Copilului (116 111), the police and the child "
                        "protection services."
                    ),
                    (
                        "Describe the main rights of victims of trafficking in Romania: free "
                        "assistance, safe accommodation, legal help, protection, and time to "
                        "recover before deciding whether to make a complaint."
                    ),
                    (
                        "Make a personal safety plan: trusted contacts, copies of documents, "
                        "numbers saved, a code word and a plan for the children."
                    ),
                    (
                        "Know the steps to take if a relative or friend is abroad and may be "
                        "being exploited."
                    ),
                    (
                        "Feel more confident about calling a helpline after practising the call "
                        "in a role-play."
                    ),
                ],
                "ro": [
                    (
                        "Să numească principalele locuri unde pot cere ajutor în România: linia "
                        "telefonică a ANITP (0800 800 678), 112, Telefonul Copilului (116 111), "
                        "poliția și direcția de protecție a copilului."
                    ),
                    (
                        "Să descrie principalele drepturi ale victimelor traficului în România: "
                        "asistență gratuită, cazare în siguranță, ajutor juridic, protecție și "
                        "timp de refacere înainte de a decide dacă fac plângere."
                    ),
                    (
                        "Să își facă un plan personal de siguranță: persoane de încredere, copii "
                        "ale actelor, numere salvate, un cuvânt-cod și un plan pentru copii."
                    ),
                    (
                        "Să cunoască pașii de urmat dacă o rudă sau o prietenă se află în "
                        "străinătate și ar putea fi exploatată."
                    ),
                    (
                        "Să se simtă mai sigure pe ele când sună la o linie de ajutor, după ce au "
                        "exersat apelul într-un joc de rol."
                    ),
                ],
            },
            "materials": {
                "en": [
                    (
                        "Eight true-or-false statement cards, or the list in the first activity "
                        "read aloud; green and red cards"
                    ),
                    (
                        "A safety-plan worksheet and an envelope for each participant, so the "
                        "plan can be taken home privately"
                    ),
                    (
                        "Role-play scenario cards and a helpline-worker prompt card, one set per "
                        "group of three"
                    ),
                    (
                        "A referral sheet with local numbers, prepared in advance (see the "
                        "facilitator manual)"
                    ),
                    "Flip chart and markers; participant handouts and helpline cards",
                    (
                        "Water, tea and a snack; the children's corner in a separate room with a "
                        "vetted carer"
                    ),
                ],
                "ro": [
                    (
                        "Opt cartonașe cu afirmații adevărat-fals sau lista din prima activitate "
                        "citită cu voce tare; cartonașe verzi și roșii"
                    ),
                    (
                        "O fișă pentru planul de siguranță și un plic pentru fiecare "
                        "participantă, ca planul să poată fi luat acasă discret"
                    ),
                    (
                        "Cartonașe cu scenarii pentru jocul de rol și un cartonaș-ghid pentru "
                        "operator, câte un set pentru fiecare grup de trei"
                    ),
                    (
                        "O listă de îndrumare cu numere locale, pregătită dinainte (vezi manualul "
                        "pentru facilitatori)"
                    ),
                    (
                        "Flipchart și markere; fișe pentru participante și cartonașe cu numerele "
                        "de ajutor"
                    ),
                    (
                        "Apă, ceai și o gustare; colțul copiilor într-o cameră separată, cu o "
                        "persoană verificată"
                    ),
                ],
            },
            "body": {
                "en": [
                    {
                        "type": "section",
                        "value": {
                            "heading": "Welcome and ground rules (10 minutes)",
                            "text": (
                                "<p>Welcome the mothers to the last session of the cycle and "
                                "check that the children are settled. Explain that today is about "
                                "what happens after someone asks for help, and that knowing this "
                                "in advance makes it easier to ask.</p><p>Go over the ground "
                                "rules once more: what is said here stays here; no one has to "
                                "share personal stories; anyone can pass or step out; no one is "
                                "to blame for having been deceived or exploited. Add one rule for "
                                "today: <b>in the role-play, we play the caller and the helpline, "
                                "never the trafficker.</b></p>"
                            ),
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>This is the session most likely to lead to a disclosure, "
                                "because it tells people that help exists and is not shameful. "
                                "Bring the referral sheet from the facilitator manual, with the "
                                "local numbers you have prepared: the county child protection "
                                "services (DGASPC), the local police, the public social "
                                "assistance service at the town hall and the partner NGO's own "
                                "contact person. Make sure a second facilitator can step out with "
                                "a participant if needed.</p><p>Rights and procedures change when "
                                "laws are amended. Before each cycle of workshops, check the "
                                "current text of Law 678/2001 and Law 211/2004 on the official "
                                "legislation portal (legislatie.just.ro), or ask ANITP's regional "
                                "centre. If you are not sure of an answer, say so and offer to "
                                "find out: it is better than a confident mistake.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "True or false? What happens when you ask for help",
                            "duration_minutes": 20,
                            "materials": [
                                "Statement cards or the list below",
                                "Green and red cards, or two signs on opposite walls",
                            ],
                            "steps": [
                                (
                                    "Read each statement aloud. Participants raise a green card "
                                    "for “true” or a red card for “false”, or move to one side of "
                                    "the room if the group likes to move. After each statement, "
                                    "give the answer and a short explanation, using the section "
                                    "“What the law says” that follows."
                                ),
                                (
                                    "“If she agreed to go, it cannot be trafficking.” False. "
                                    "Under Romanian law, the victim's consent does not excuse the "
                                    "crime. People agree to a job, not to being exploited."
                                ),
                                (
                                    "“You have to make a complaint to the police before you can "
                                    "get any help.” False. Assistance for victims of crime does "
                                    "not depend on making a complaint."
                                ),
                                (
                                    "“Victims of trafficking can get free legal help.” True. Free "
                                    "legal assistance is one of the rights of victims of "
                                    "trafficking."
                                ),
                                (
                                    "“Help is only for people who were trafficked abroad.” False. "
                                    "Many victims are exploited inside Romania, and they have the "
                                    "same rights."
                                ),
                                (
                                    "“If the traffickers say you owe them money, you have to pay "
                                    "it back.” False. That “debt” is a way of controlling people; "
                                    "it is not something a victim owes."
                                ),
                                (
                                    "“A child can be a victim of trafficking even if no force or "
                                    "threats were used.” True. When the victim is a child, the "
                                    "law does not require force, threats or deception."
                                ),
                                (
                                    "“If you call the ANITP helpline, the police will come "
                                    "straight away.” False. You can call just to ask for "
                                    "information or advice and talk through the options with the "
                                    "helpline staff. If a crime is taking place, the case can be "
                                    "passed on to the police. In an emergency, call 112."
                                ),
                                (
                                    "“Victims can stay in a safe place free of charge.” True. On "
                                    "request, victims can be accommodated in specialised "
                                    "assistance centres and receive medical, psychological and "
                                    "social support."
                                ),
                                (
                                    "Keep the pace light and do not single anyone out for a wrong "
                                    "answer. Most people get several wrong, which is exactly why "
                                    "this session exists."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "What the law says (for the true-or-false debrief)",
                            "text": (
                                "<p><b>ANITP</b>, the National Agency against Trafficking in "
                                "Persons, is part of the Ministry of Internal Affairs. It "
                                "coordinates prevention, monitors the assistance given to "
                                "victims, runs the free national helpline 0800 800 678 and has "
                                "regional centres across the country.</p><p><b>Law 678/2001</b> "
                                "on preventing and combating trafficking in persons sets out how "
                                "victims are protected and assisted. The crimes themselves are "
                                "defined in the Criminal Code (articles 210 and 211, on "
                                "trafficking in persons and trafficking in minors): recruiting, "
                                "transporting, transferring, harbouring or receiving a person in "
                                "order to exploit them, using threats, violence, deception, abuse "
                                "of authority or the person's vulnerability. The victim's consent "
                                "does not excuse the crime, and where the victim is a child, no "
                                "such means need to be proved.</p><p>The main rights of victims "
                                "include:</p><ul><li><b>Assistance:</b> information about their "
                                "rights in a language they understand, and medical, psychological "
                                "and social support, through ANITP, the social services and "
                                "specialised NGOs.</li><li><b>Safe accommodation:</b> on request, "
                                "in specialised assistance and protection "
                                "centres.</li><li><b>Time to recover and decide:</b> no one has "
                                "to decide straight away whether to make a complaint or to "
                                "testify. Law 678/2001 provides a recovery and reflection period "
                                "of up to 90 days for victims who are foreign citizens, and for "
                                "every victim, help does not depend on making a "
                                "complaint.</li><li><b>Legal help and protection:</b> free legal "
                                "assistance, protection of their identity and safety during "
                                "criminal proceedings, and the possibility of financial "
                                "compensation from the state (Law 211/2004 on the information, "
                                "support and protection of victims of crime).</li><li><b>New "
                                "identity documents</b>, if theirs were "
                                "taken.</li></ul><p>Children who are victims are referred to the "
                                "child protection services (DGASPC) and have additional "
                                "protections.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "My safety plan",
                            "duration_minutes": 25,
                            "materials": [
                                "A safety-plan worksheet and an envelope for each participant",
                                "Pens",
                            ],
                            "steps": [
                                (
                                    "Explain that a safety plan is a short, private list that "
                                    "helps in a crisis, when it is hard to think clearly. It is "
                                    "useful to anyone: before a trip abroad, in a difficult "
                                    "relationship, or when a child is away from home. No one will "
                                    "see anyone else's plan."
                                ),
                                (
                                    "Participants fill in the worksheet on their own: two or "
                                    "three people I trust and their numbers; where I keep copies "
                                    "of my identity card, passport, my children's birth "
                                    "certificates and any contract (for example with a trusted "
                                    "relative, and as photos sent to my own email); the numbers "
                                    "saved in my phone and written on paper (ANITP 0800 800 678, "
                                    "112, 116 111, the partner NGO); a code word with a trusted "
                                    "person that means “call for help”; where my children would "
                                    "go and who would look after them if I had to leave quickly; "
                                    "a little money or phone credit kept aside."
                                ),
                                (
                                    "Offer quiet help to anyone who would like support with "
                                    "reading or writing, without looking over anyone's shoulder "
                                    "uninvited."
                                ),
                                (
                                    "Invite participants to put the worksheet in the envelope and "
                                    "keep it somewhere safe. If a partner or someone else checks "
                                    "their phone or bag, they may prefer to leave the plan with a "
                                    "trusted person or at the partner NGO's office."
                                ),
                                (
                                    "Ask, without expecting personal answers: which part of the "
                                    "plan was hardest to fill in? It is usually naming people to "
                                    "trust. Talk together about how to build that circle: "
                                    "neighbours, other mothers in this group, the social worker, "
                                    "the partner NGO."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Break (10 minutes)",
                            "text": (
                                "<p>Tea, a snack and time with the children. Keep the envelopes "
                                "out of sight on the tables during the break, and stay available "
                                "for private questions.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Role-play: calling the helpline",
                            "duration_minutes": 30,
                            "materials": [
                                (
                                    "Scenario cards and a helpline-worker prompt card for each "
                                    "group of three"
                                ),
                                "A phone, switched off, as a prop",
                            ],
                            "steps": [
                                (
                                    "Go through what helps to have ready when calling about "
                                    "someone abroad: the person's full name and date of birth; "
                                    "the country and town; any address, workplace or phone number "
                                    "you know; names or numbers of the people who took her there; "
                                    "when you last heard from her and what she said; photos of "
                                    "her documents if you have them. Explain that it is fine not "
                                    "to have everything: call anyway."
                                ),
                                (
                                    "Explain what to do if someone you know is abroad and in "
                                    "trouble. Stay in contact and stay calm; agree a code word. "
                                    "If she is in immediate danger, she should call 112, which "
                                    "works in every EU country, or you can call 112 yourself. "
                                    "Otherwise, call the ANITP helpline from Romania and contact "
                                    "the Romanian embassy or consulate in that country. Do not "
                                    "confront the recruiter, and do not send money to “pay off "
                                    "the debt”: it rarely frees anyone and can put her at greater "
                                    "risk."
                                ),
                                (
                                    "Form groups of three: a caller, a helpline worker and an "
                                    "observer. The helpline worker follows the prompt card: greet "
                                    "the caller; ask what has happened; ask whether anyone is in "
                                    "danger right now; ask for the key details; explain the next "
                                    "steps; agree how to stay in touch."
                                ),
                                (
                                    "Scenario A: your sister has been working in Italy for two "
                                    "months. She calls you in tears: her employer has taken her "
                                    "passport, she works fourteen hours a day, she has not been "
                                    "paid, and she is told she owes money for her room. Scenario "
                                    "B: your neighbour's daughter, 16, has gone abroad with an "
                                    "older boyfriend. Her mother shows you posts in which the "
                                    "girl looks frightened. Scenario C: you have been offered a "
                                    "job abroad and want to check whether the agency is genuine "
                                    "before you go."
                                ),
                                (
                                    "Run three rounds of about five minutes, so that everyone "
                                    "plays each role once. After each round, the observer names "
                                    "one thing that went well and one piece of information that "
                                    "was missing."
                                ),
                                (
                                    "Step out of the roles clearly (“We are back to ourselves "
                                    "now”). Debrief together: How did it feel to be the caller? "
                                    "What helped? Write the details to have ready on the flip "
                                    "chart, and remind everyone that the real call is free and "
                                    "that helpline staff are used to callers who are anxious or "
                                    "unsure."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "What might stop someone from calling for help, even when she "
                                "knows the number?"
                            ),
                            "follow_ups": [
                                (
                                    "Fear of the traffickers, of the police, of being judged, of "
                                    "losing the children: which of these have you heard about?"
                                ),
                                "What could make the first call easier?",
                                (
                                    "How can we, as a group of mothers, support each other to ask "
                                    "for help?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Many mothers fear that asking for help will lead to their "
                                "children being taken from them. Acknowledge the fear honestly. "
                                "Under Romanian law, the child protection services are meant to "
                                "support children to grow up in their own family whenever this is "
                                "safe, and a mother who asks for help to protect herself and her "
                                "children is showing good care, not failing. If a participant is "
                                "worried about her own situation, offer to go through it with her "
                                "and the partner NGO's social worker privately.</p><p>Role-plays "
                                "can bring back memories. Let anyone observe instead of playing, "
                                "never assign the role of a trafficker, keep the scenarios about "
                                "the call rather than about the exploitation, and close the "
                                "activity with a clear step out of role.</p>"
                            ),
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Closing (15 minutes)",
                            "text": (
                                "<p>Sum up the three messages of the session:</p><ol><li>Help "
                                "exists and it is free: the ANITP helpline, 112, Telefonul "
                                "Copilului, the social services and the partner "
                                "NGO.</li><li>Victims have rights even if they agreed to go, and "
                                "help does not depend on making a complaint.</li><li>A safety "
                                "plan, a few saved numbers and a code word make a crisis easier "
                                "to handle, for you and for the people you love.</li></ol><p>This "
                                "is the end of the cycle. Give out certificates of participation "
                                "if the partner NGO uses them, the handout and the helpline card. "
                                "Ask for the anonymous evaluation. Explain how follow-up works: "
                                "with each mother's agreement, the partner NGO's social worker "
                                "will get in touch in the coming weeks, and anyone can ask for an "
                                "individual conversation before then.</p>"
                            ),
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": (
                                "<p>If a participant discloses that she or someone she knows is "
                                "being exploited, or that a relative abroad is in danger, stay "
                                "with her, tell her what help exists and, with her agreement, "
                                "make the call together before she leaves, or agree exactly when "
                                "she will call. If anyone is in immediate danger, in Romania or "
                                "in another EU country, call 112. If a child is involved, follow "
                                "the partner NGO's child protection procedure and notify the "
                                "child protection services (DGASPC). Record only what is needed, "
                                "in her words, and keep it out of Faro's attendance and survey "
                                "records.</p>"
                            ),
                            "contacts": [
                                {
                                    "name": (
                                        "ANITP national helpline against trafficking in persons"
                                    ),
                                    "phone": "0800 800 678",
                                    "hours": "free, Monday to Friday",
                                },
                                {"name": "Emergencies", "phone": "112", "hours": "24 hours"},
                                {
                                    "name": "Telefonul Copilului (child helpline)",
                                    "phone": "116 111",
                                    "hours": "free, 24 hours",
                                },
                            ],
                        },
                    },
                ],
                "ro": [
                    {
                        "type": "section",
                        "value": {
                            "heading": "Bun venit și regulile întâlnirii (10 minute)",
                            "text": (
                                "<p>Urați-le bun venit mamelor la ultima sesiune a ciclului și "
                                "verificați dacă cei mici s-au instalat. Explicați că astăzi "
                                "vorbim despre ce se întâmplă după ce cineva cere ajutor și că, "
                                "dacă știm asta dinainte, ne este mai ușor să "
                                "cerem.</p><p>Treceți încă o dată prin regulile întâlnirii: ce se "
                                "spune aici rămâne aici; nimeni nu trebuie să povestească "
                                "întâmplări personale; oricine poate sări peste o activitate sau "
                                "poate ieși; nimeni nu este vinovat pentru că a fost înșelat sau "
                                "exploatat. Adăugați o regulă pentru astăzi: <b>în jocul de rol "
                                "jucăm persoana care sună și operatorul liniei de ajutor, "
                                "niciodată traficantul.</b></p>"
                            ),
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Aceasta este sesiunea care duce cel mai probabil la o "
                                "dezvăluire, pentru că le arată oamenilor că ajutorul există și "
                                "că nu este rușinos să îl ceri. Aduceți lista de îndrumare din "
                                "manualul pentru facilitatori, cu numerele locale pe care le-ați "
                                "pregătit: direcția generală de asistență socială și protecția "
                                "copilului din județ (DGASPC), poliția locală, serviciul public "
                                "de asistență socială de la primărie și persoana de contact a "
                                "ONG-ului partener. Asigurați-vă că un al doilea facilitator "
                                "poate ieși din sală cu o participantă, dacă este "
                                "nevoie.</p><p>Drepturile și procedurile se schimbă atunci când "
                                "legile sunt modificate. Înaintea fiecărui ciclu de ateliere, "
                                "verificați textul în vigoare al Legii nr. 678/2001 și al Legii "
                                "nr. 211/2004 pe portalul legislativ oficial (legislatie.just.ro) "
                                "sau întrebați centrul regional al ANITP. Dacă nu sunteți sigur "
                                "de un răspuns, spuneți asta și oferiți-vă să aflați: este mai "
                                "bine decât o greșeală spusă cu convingere.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Adevărat sau fals? Ce se întâmplă când ceri ajutor",
                            "duration_minutes": 20,
                            "materials": [
                                "Cartonașe cu afirmații sau lista de mai jos",
                                "Cartonașe verzi și roșii sau două semne pe pereți opuși",
                            ],
                            "steps": [
                                (
                                    "Citiți fiecare afirmație cu voce tare. Participantele ridică "
                                    "un cartonaș verde pentru „adevărat” sau unul roșu pentru "
                                    "„fals” ori se mută într-o parte a sălii, dacă grupului îi "
                                    "place să se miște. După fiecare afirmație, dați răspunsul și "
                                    "o scurtă explicație, folosind secțiunea „Ce spune legea” de "
                                    "mai jos."
                                ),
                                (
                                    "„Dacă a fost de acord să plece, nu poate fi trafic.” Fals. "
                                    "Potrivit legii române, consimțământul victimei nu scuză "
                                    "infracțiunea. Oamenii sunt de acord cu un loc de muncă, nu "
                                    "cu exploatarea."
                                ),
                                (
                                    "„Trebuie să faci plângere la poliție înainte să primești "
                                    "vreun ajutor.” Fals. Asistența pentru victimele "
                                    "infracțiunilor nu depinde de depunerea unei plângeri."
                                ),
                                (
                                    "„Victimele traficului pot primi ajutor juridic gratuit.” "
                                    "Adevărat. Asistența juridică gratuită este unul dintre "
                                    "drepturile victimelor traficului de persoane."
                                ),
                                (
                                    "„Ajutorul este doar pentru cei traficați în străinătate.” "
                                    "Fals. Multe victime sunt exploatate în România și au "
                                    "aceleași drepturi."
                                ),
                                (
                                    "„Dacă traficanții spun că le datorezi bani, trebuie să le "
                                    "dai înapoi.” Fals. „Datoria” aceea este un mijloc de a "
                                    "controla oamenii; nu este ceva ce victima datorează."
                                ),
                                (
                                    "„Un copil poate fi victimă a traficului chiar dacă nu s-au "
                                    "folosit forța sau amenințările.” Adevărat. Când victima este "
                                    "un copil, legea nu cere folosirea forței, a amenințărilor "
                                    "sau a înșelăciunii."
                                ),
                                (
                                    "„Dacă suni la linia telefonică a ANITP, poliția vine "
                                    "imediat.” Fals. Puteți suna doar pentru informații sau "
                                    "sfaturi și puteți discuta opțiunile cu operatorii liniei. "
                                    "Dacă are loc o infracțiune, cazul poate fi transmis "
                                    "poliției. În caz de urgență, sunați la 112."
                                ),
                                (
                                    "„Victimele pot sta gratuit într-un loc sigur.” Adevărat. La "
                                    "cerere, victimele pot fi cazate în centre specializate de "
                                    "asistență și pot primi sprijin medical, psihologic și social."
                                ),
                                (
                                    "Păstrați un ritm lejer și nu scoateți pe nimeni în evidență "
                                    "pentru un răspuns greșit. Majoritatea oamenilor greșesc mai "
                                    "multe răspunsuri, iar tocmai de aceea există această sesiune."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Ce spune legea (pentru discuția de după adevărat-fals)",
                            "text": (
                                "<p><b>ANITP</b>, Agenția Națională împotriva Traficului de "
                                "Persoane, face parte din Ministerul Afacerilor Interne. "
                                "Coordonează prevenirea, monitorizează asistența acordată "
                                "victimelor, gestionează linia telefonică națională gratuită 0800 "
                                "800 678 și are centre regionale în toată țara.</p><p><b>Legea "
                                "nr. 678/2001</b> privind prevenirea și combaterea traficului de "
                                "persoane stabilește cum sunt protejate și asistate victimele. "
                                "Infracțiunile ca atare sunt definite în Codul penal (articolele "
                                "210 și 211, despre traficul de persoane și traficul de minori): "
                                "recrutarea, transportarea, transferarea, adăpostirea sau "
                                "primirea unei persoane în scopul exploatării ei, prin "
                                "amenințare, violență, înșelăciune, abuz de autoritate sau "
                                "profitând de vulnerabilitatea persoanei. Consimțământul victimei "
                                "nu scuză infracțiunea, iar când victima este un copil, nu "
                                "trebuie dovedite astfel de mijloace.</p><p>Principalele drepturi "
                                "ale victimelor includ:</p><ul><li><b>Asistență:</b> informații "
                                "despre drepturile lor într-o limbă pe care o înțeleg și sprijin "
                                "medical, psihologic și social, prin ANITP, serviciile sociale și "
                                "ONG-urile specializate.</li><li><b>Cazare în siguranță:</b> la "
                                "cerere, în centre specializate de asistență și "
                                "protecție.</li><li><b>Timp pentru refacere și decizie:</b> "
                                "nimeni nu trebuie să hotărască pe loc dacă face plângere sau "
                                "dacă depune mărturie. Legea nr. 678/2001 prevede o perioadă de "
                                "recuperare și reflecție de până la 90 de zile pentru victimele "
                                "care sunt cetățeni străini, iar pentru orice victimă ajutorul nu "
                                "depinde de depunerea unei plângeri.</li><li><b>Ajutor juridic și "
                                "protecție:</b> asistență juridică gratuită, protejarea "
                                "identității și a siguranței în timpul procesului penal și "
                                "posibilitatea unei compensații financiare din partea statului "
                                "(Legea nr. 211/2004 privind unele măsuri pentru asigurarea "
                                "informării, sprijinirii și protecției victimelor "
                                "infracțiunilor).</li><li><b>Acte de identitate noi</b>, dacă "
                                "le-au fost luate.</li></ul><p>Copiii victime sunt îndrumați "
                                "către direcția de protecție a copilului (DGASPC) și beneficiază "
                                "de protecții suplimentare.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Planul meu de siguranță",
                            "duration_minutes": 25,
                            "materials": [
                                (
                                    "O fișă pentru planul de siguranță și un plic pentru fiecare "
                                    "participantă"
                                ),
                                "Pixuri",
                            ],
                            "steps": [
                                (
                                    "Explicați că un plan de siguranță este o listă scurtă și "
                                    "personală care ajută într-o criză, când e greu să gândești "
                                    "limpede. Este util oricui: înaintea unei plecări în "
                                    "străinătate, într-o relație dificilă sau când un copil este "
                                    "departe de casă. Nimeni nu va vedea planul altcuiva."
                                ),
                                (
                                    "Participantele completează singure fișa: două-trei persoane "
                                    "în care am încredere și numerele lor; unde țin copii ale "
                                    "cărții de identitate, ale pașaportului, ale certificatelor "
                                    "de naștere ale copiilor și ale oricărui contract (de exemplu "
                                    "la o rudă de încredere și ca fotografii trimise pe propriul "
                                    "e-mail); numerele salvate în telefon și scrise pe hârtie "
                                    "(ANITP 0800 800 678, 112, 116 111, ONG-ul partener); un "
                                    "cuvânt-cod stabilit cu o persoană de încredere, care "
                                    "înseamnă „cheamă ajutor”; unde ar merge copiii și cine ar "
                                    "avea grijă de ei dacă ar trebui să plec repede; puțini bani "
                                    "sau credit pe telefon puși deoparte."
                                ),
                                (
                                    "Oferiți discret ajutor celor care au nevoie de sprijin la "
                                    "citit sau la scris, fără să citiți peste umărul cuiva dacă "
                                    "nu vi se cere."
                                ),
                                (
                                    "Invitați participantele să pună fișa în plic și să o "
                                    "păstreze într-un loc sigur. Dacă un partener sau altcineva "
                                    "le verifică telefonul ori geanta, ar putea prefera să lase "
                                    "planul la o persoană de încredere sau la sediul ONG-ului "
                                    "partener."
                                ),
                                (
                                    "Întrebați, fără să așteptați răspunsuri personale: ce parte "
                                    "a planului a fost cel mai greu de completat? De obicei este "
                                    "numirea persoanelor de încredere. Vorbiți împreună despre "
                                    "cum se poate construi acest cerc: vecine, alte mame din "
                                    "grup, asistentul social, ONG-ul partener."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Pauză (10 minute)",
                            "text": (
                                "<p>Ceai, o gustare și timp cu copiii. În timpul pauzei, nu "
                                "lăsați plicurile la vedere pe mese și rămâneți disponibil pentru "
                                "întrebări între patru ochi.</p>"
                            ),
                        },
                    },
                    {
                        "type": "activity",
                        "value": {
                            "title": "Joc de rol: apelul la linia de ajutor",
                            "duration_minutes": 30,
                            "materials": [
                                (
                                    "Cartonașe cu scenarii și un cartonaș-ghid pentru operator, "
                                    "pentru fiecare grup de trei"
                                ),
                                "Un telefon închis, ca recuzită",
                            ],
                            "steps": [
                                (
                                    "Treceți prin ce ajută să aveți pregătit când sunați pentru "
                                    "cineva aflat în străinătate: numele complet și data nașterii "
                                    "persoanei; țara și orașul; orice adresă, loc de muncă sau "
                                    "număr de telefon cunoscut; numele sau numerele celor care au "
                                    "dus-o acolo; când ați vorbit ultima dată cu ea și ce v-a "
                                    "spus; fotografii ale actelor ei, dacă le aveți. Explicați că "
                                    "nu e nevoie să aveți totul: sunați oricum."
                                ),
                                (
                                    "Explicați ce puteți face dacă cineva cunoscut se află în "
                                    "străinătate și are probleme. Păstrați legătura și rămâneți "
                                    "calme; stabiliți un cuvânt-cod. Dacă ea este în pericol "
                                    "imediat, trebuie să sune la 112, care funcționează în toate "
                                    "țările Uniunii Europene, sau puteți suna dumneavoastră la "
                                    "112. Altfel, sunați din România la linia telefonică a ANITP "
                                    "și contactați ambasada sau consulatul României din țara "
                                    "respectivă. Nu îl confruntați pe recrutor și nu trimiteți "
                                    "bani ca să „plătiți datoria”: asta rareori eliberează pe "
                                    "cineva și o poate pune într-un pericol și mai mare."
                                ),
                                (
                                    "Formați grupuri de câte trei: persoana care sună, operatorul "
                                    "liniei de ajutor și un observator. Operatorul urmează "
                                    "cartonașul-ghid: salută; întreabă ce s-a întâmplat; întreabă "
                                    "dacă cineva este în pericol chiar acum; cere detaliile "
                                    "esențiale; explică pașii următori; stabilește cum rămân în "
                                    "legătură."
                                ),
                                (
                                    "Scenariul A: sora dumneavoastră lucrează de două luni în "
                                    "Italia. Vă sună plângând: angajatorul i-a luat pașaportul, "
                                    "muncește paisprezece ore pe zi, nu a fost plătită și i se "
                                    "spune că datorează bani pentru cameră. Scenariul B: fiica de "
                                    "16 ani a vecinei a plecat în străinătate cu un iubit mai "
                                    "mare. Mama ei vă arată postări în care fata pare speriată. "
                                    "Scenariul C: ați primit o ofertă de muncă în străinătate și "
                                    "vreți să verificați dacă agenția este serioasă înainte să "
                                    "plecați."
                                ),
                                (
                                    "Faceți trei runde de aproximativ cinci minute, astfel încât "
                                    "fiecare să joace o dată fiecare rol. După fiecare rundă, "
                                    "observatorul spune un lucru care a mers bine și o informație "
                                    "care a lipsit."
                                ),
                                (
                                    "Ieșiți clar din roluri („Gata, acum suntem din nou noi "
                                    "înșine”). Discutați împreună: Cum a fost să fiți persoana "
                                    "care sună? Ce a ajutat? Scrieți pe flipchart detaliile de "
                                    "pregătit și amintiți-le tuturor că apelul real este gratuit "
                                    "și că operatorii sunt obișnuiți cu persoane care sună "
                                    "speriate sau nesigure."
                                ),
                            ],
                        },
                    },
                    {
                        "type": "discussion_prompt",
                        "value": {
                            "question": (
                                "Ce ar putea-o împiedica pe o femeie să ceară ajutor la telefon, "
                                "chiar dacă știe numărul?"
                            ),
                            "follow_ups": [
                                (
                                    "Frica de traficanți, de poliție, de a fi judecată, de a-și "
                                    "pierde copiii: despre care dintre acestea ați auzit?"
                                ),
                                "Ce ar putea face primul apel mai ușor?",
                                (
                                    "Cum ne putem sprijini una pe alta, ca grup de mame, să cerem "
                                    "ajutor?"
                                ),
                            ],
                        },
                    },
                    {
                        "type": "facilitator_note",
                        "value": {
                            "text": (
                                "<p>Multe mame se tem că, dacă cer ajutor, le vor fi luați "
                                "copiii. Recunoașteți sincer această teamă. Potrivit legii "
                                "române, serviciile de protecție a copilului au rolul de a "
                                "sprijini copiii să crească în propria familie ori de câte ori "
                                "acest lucru este sigur, iar o mamă care cere ajutor ca să se "
                                "protejeze pe ea și pe copiii ei arată că are grijă de ei, nu că "
                                "a eșuat. Dacă o participantă este îngrijorată pentru propria "
                                "situație, oferiți-vă să o discutați între patru ochi, împreună "
                                "cu asistentul social al ONG-ului partener.</p><p>Jocurile de rol "
                                "pot trezi amintiri. Lăsați pe oricine să fie observator în loc "
                                "să joace, nu atribuiți niciodată rolul unui traficant, păstrați "
                                "scenariile la nivelul apelului, nu al exploatării, și încheiați "
                                "activitatea cu o ieșire clară din rol.</p>"
                            ),
                        },
                    },
                    {
                        "type": "section",
                        "value": {
                            "heading": "Încheiere (15 minute)",
                            "text": (
                                "<p>Rezumați cele trei mesaje ale sesiunii:</p><ol><li>Ajutorul "
                                "există și este gratuit: linia telefonică a ANITP, 112, Telefonul "
                                "Copilului, serviciile sociale și ONG-ul "
                                "partener.</li><li>Victimele au drepturi chiar dacă au acceptat "
                                "să plece, iar ajutorul nu depinde de depunerea unei "
                                "plângeri.</li><li>Un plan de siguranță, câteva numere salvate și "
                                "un cuvânt-cod fac o criză mai ușor de gestionat, pentru "
                                "dumneavoastră și pentru cei dragi.</li></ol><p>Acesta este "
                                "finalul ciclului. Împărțiți diplomele de participare, dacă "
                                "ONG-ul partener le folosește, fișa și cartonașul cu numerele de "
                                "ajutor. Cereți evaluarea anonimă. Explicați cum se face "
                                "urmărirea: cu acordul fiecărei mame, asistentul social al "
                                "ONG-ului partener o va contacta în săptămânile următoare, iar "
                                "oricine poate cere o discuție individuală și mai devreme.</p>"
                            ),
                        },
                    },
                    {
                        "type": "safeguarding_note",
                        "value": {
                            "text": (
                                "<p>Dacă o participantă dezvăluie că ea sau cineva cunoscut este "
                                "exploatat ori că o rudă din străinătate este în pericol, "
                                "rămâneți alături de ea, spuneți-i ce ajutor există și, cu "
                                "acordul ei, faceți apelul împreună înainte să plece sau "
                                "stabiliți exact când va suna. Dacă cineva este în pericol "
                                "imediat, în România sau într-o altă țară din Uniunea Europeană, "
                                "sunați la 112. Dacă este implicat un copil, urmați procedura de "
                                "protecție a copilului a ONG-ului partener și sesizați direcția "
                                "de protecție a copilului (DGASPC). Notați doar ce este necesar, "
                                "cu cuvintele ei, și nu treceți nimic din toate acestea în "
                                "evidențele de prezență sau în sondajele din Faro.</p>"
                            ),
                            "contacts": [
                                {
                                    "name": (
                                        "Linia telefonică națională împotriva traficului de "
                                        "persoane (ANITP)"
                                    ),
                                    "phone": "0800 800 678",
                                    "hours": "gratuit, de luni până vineri",
                                },
                                {"name": "Urgențe", "phone": "112", "hours": "24 de ore din 24"},
                                {
                                    "name": "Telefonul Copilului (linia de asistență pentru copii)",
                                    "phone": "116 111",
                                    "hours": "gratuit, 24 de ore din 24",
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
            "slug": {"en": "facilitator-manual", "ro": "manual-pentru-facilitatori"},
            "kind": "facilitator",
            "title": {
                "en": "Facilitator manual: workshops with single mothers",
                "ro": "Manual pentru facilitatori: ateliere cu mame singure",
            },
            "summary": {
                "en": (
                    "For trainers and social workers who run the three workshops of the campaign. "
                    "It explains how trafficking happens in Romania today, how to prepare "
                    "sessions that mothers can actually attend, how to facilitate in a "
                    "trauma-informed way, what to do when someone discloses exploitation, and how "
                    "to follow up after the sessions."
                ),
                "ro": (
                    "Pentru formatorii și asistenții sociali care susțin cele trei ateliere ale "
                    "campaniei. Manualul explică cum are loc traficul de persoane în România "
                    "astăzi, cum se pregătesc sesiuni la care mamele pot veni cu adevărat, cum se "
                    "facilitează ținând cont de traumă, ce se face când cineva dezvăluie o "
                    "situație de exploatare și cum se continuă legătura după sesiuni."
                ),
            },
            "chapters": {
                "en": [
                    {
                        "title": "Understanding trafficking in Romania today",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What trafficking is",
                                    "text": (
                                        "<p>Trafficking in persons has three parts: an <b>act</b> "
                                        "(recruiting, transporting, transferring, harbouring or "
                                        "receiving a person), a <b>means</b> (threats, violence, "
                                        "deception, abuse of authority, taking advantage of "
                                        "someone's vulnerability, or giving money to someone who "
                                        "has authority over the person) and a <b>purpose</b>, "
                                        "which is exploitation. In Romania the crimes are defined "
                                        "in the Criminal Code, articles 210 (trafficking in "
                                        "persons) and 211 (trafficking in minors), and Law "
                                        "678/2001 sets out how victims are protected and "
                                        "assisted.</p><p>Two points matter most for the "
                                        "workshops:</p><ul><li><b>Consent does not excuse the "
                                        "crime.</b> A woman who agreed to go abroad for a job did "
                                        "not agree to be exploited.</li><li><b>For children, no "
                                        "“means” is needed.</b> Recruiting or moving a child in "
                                        "order to exploit them is trafficking, even without "
                                        "threats or deception.</li></ul><p>Exploitation can be "
                                        "sexual (forced prostitution, pornography), through "
                                        "labour (agriculture, construction, care work, domestic "
                                        "work), through forced begging or forced stealing, and in "
                                        "other forms. Not every bad job is trafficking, but a bad "
                                        "job can become trafficking when a person is controlled "
                                        "and cannot leave.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What the figures show",
                                    "text": (
                                        "<p>According to ANITP's national report, around 500 "
                                        "victims were identified in Romania in 2022. The US "
                                        "Department of State's <i>Trafficking in Persons "
                                        "Report</i> 2023, using government data, notes that "
                                        "nearly half of the victims identified that year were "
                                        "children, that sexual exploitation was the most common "
                                        "form, and that more victims were exploited inside "
                                        "Romania than in other countries. At EU level, Eurostat's "
                                        "statistics regularly list Romanian citizens among the "
                                        "most frequently registered victims.</p><p>Keep two "
                                        "things in mind when you quote figures. First, they count "
                                        "only identified victims; many people are never "
                                        "identified, and NGOs consider the real number much "
                                        "higher. Second, for the mothers in your group, one story "
                                        "they recognise matters more than any statistic.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How recruitment happens",
                                    "text": (
                                        "<p>Most victims are recruited by someone they know or "
                                        "come to trust: a boyfriend, a neighbour, an "
                                        "acquaintance, sometimes a relative. The common routes "
                                        "are:</p><ul><li><b>Offers of work</b>, abroad or in "
                                        "another Romanian city, through acquaintances, social "
                                        "media groups or unregistered “agencies”.</li><li><b>The "
                                        "“lover boy” method</b>: a romantic relationship, gifts "
                                        "and promises of a shared future, followed by pressure to "
                                        "“help” by earning money, often through "
                                        "prostitution.</li><li><b>Debt bondage</b>: travel, "
                                        "housing and “fees” are advanced and turned into a debt "
                                        "that grows faster than any wages.</li><li><b>Control of "
                                        "documents, money and phone</b>, isolation, and threats "
                                        "against the person or her family, including her "
                                        "children.</li></ul><p>Traffickers look for "
                                        "vulnerability: poverty and debt, no one to share "
                                        "childcare with, earlier experience of violence, young "
                                        "people leaving state care, children whose parents work "
                                        "abroad. Single mothers often carry several of these "
                                        "pressures at once, which is why the campaign works with "
                                        "them directly, and why the workshops never suggest that "
                                        "being targeted is a personal failing.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": (
                                        "<p>Before each cycle of workshops, check ANITP's latest "
                                        "annual report and update the figures you use. If you "
                                        "cannot check them, say “around” and name the year and "
                                        "the source.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Preparing a safe and welcoming session for single mothers",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Timing",
                                    "text": (
                                        "<p>A session that a mother cannot attend teaches "
                                        "nothing. Plan around the mothers' lives:</p><ul><li>Hold "
                                        "sessions during school and kindergarten hours, for "
                                        "example from 10:00 to 12:00 on a weekday, and offer an "
                                        "early-evening group for mothers who work day "
                                        "shifts.</li><li>Keep to 90–120 minutes, including a "
                                        "10-minute break, and start and finish on "
                                        "time.</li><li>Run the three sessions a week apart, on "
                                        "the same day and at the same time.</li><li>Send a text "
                                        "message reminder the day before, worded neutrally "
                                        "(“Reminder: workshop tomorrow at 10:00 at the centre”), "
                                        "in case someone else reads the mother's phone.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Childcare",
                                    "text": (
                                        "<ul><li>Offer free childcare at the venue, in a separate "
                                        "room close to the workshop room, so that mothers can "
                                        "check on their children during the break.</li><li>Always "
                                        "have at least two adults with the children. Carers must "
                                        "be vetted by the partner NGO; in Romania, people who "
                                        "work with children need a certificate of behavioural "
                                        "integrity (certificat de integritate "
                                        "comportamentală).</li><li>Keep a simple sign-in and "
                                        "sign-out sheet: each child is handed back only to the "
                                        "mother who brought them, or to someone she has "
                                        "named.</li><li>Provide toys, drawing materials and a "
                                        "snack. Babies can stay with their mothers in the "
                                        "workshop if the mothers prefer.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Transport and costs",
                                    "text": (
                                        "<ul><li>Choose a venue close to public transport, and "
                                        "known to the mothers: the partner NGO's centre is "
                                        "usually best.</li><li>Reimburse travel costs in cash at "
                                        "each session, with a simple signature sheet, or organise "
                                        "a shared minibus for mothers from "
                                        "villages.</li><li>Participation is always free. Provide "
                                        "water, tea and a snack.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "The invitation and the room",
                                    "text": (
                                        "<ul><li>Invite mothers personally, through the social "
                                        "worker they already know. Describe the workshops in "
                                        "plain, non-labelling words, for example “three meetings "
                                        "about safe work abroad and keeping our children safe”. "
                                        "Never call the participants “victims” or “at-risk women” "
                                        "in an invitation.</li><li>Keep groups to 8–15 people and "
                                        "work in pairs of facilitators, ideally one from the "
                                        "partner NGO whom the mothers already know.</li><li>Set "
                                        "chairs in a circle, with tissues and water within reach "
                                        "and a quieter corner or second room where someone can "
                                        "take a moment.</li><li>Before the first session, prepare "
                                        "the referral sheet described in the chapter on "
                                        "disclosures, with local numbers.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "activity",
                                "value": {
                                    "title": "Checklist for the day before",
                                    "duration_minutes": 15,
                                    "materials": [],
                                    "steps": [
                                        "Confirm the room, the children's room and the two carers.",
                                        (
                                            "Print the story cards, case studies, worksheets and "
                                            "handouts for the session, plus spares."
                                        ),
                                        (
                                            "Prepare helpline cards and the referral sheet with "
                                            "local numbers."
                                        ),
                                        (
                                            "Prepare cash and a signature sheet for travel costs, "
                                            "and buy the snack."
                                        ),
                                        "Send the neutral reminder message to each mother.",
                                        (
                                            "Agree with your co-facilitator who leads each "
                                            "activity and who steps out if a participant needs "
                                            "support."
                                        ),
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "Trauma-informed facilitation",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "What it means in these workshops",
                                    "text": (
                                        "<p>Trauma-informed facilitation starts from the "
                                        "assumption that some participants have lived through "
                                        "violence or exploitation, and that the session must not "
                                        "make things worse. In practice it rests on five "
                                        "ideas:</p><ul><li><b>Safety</b>: a predictable session, "
                                        "a calm room, clear rules, children safe "
                                        "nearby.</li><li><b>Choice</b>: anyone may pass, observe "
                                        "instead of taking part, or step "
                                        "out.</li><li><b>Trust</b>: say what will happen and then "
                                        "do it; be honest about what you can and cannot keep "
                                        "confidential.</li><li><b>Collaboration</b>: mothers are "
                                        "experts on their own lives; ask, do not "
                                        "lecture.</li><li><b>Strengths</b>: notice and name what "
                                        "mothers already do to protect themselves and their "
                                        "children.</li></ul><p>Trauma can show up as difficulty "
                                        "concentrating, irritability, silence, distrust of "
                                        "authorities or sudden laughter. Treat these as signs of "
                                        "stress, not as rudeness.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Language that helps",
                                    "text": (
                                        "<ul><li>Say “a person who was trafficked” or “a woman "
                                        "who was exploited”, not “a prostitute” or “a trafficked "
                                        "girl”.</li><li>Say “she was deceived” and “the recruiter "
                                        "lied”, not “she fell for it” or “she should have "
                                        "known”.</li><li>Ask “What made it hard to leave?” rather "
                                        "than “Why didn't she leave?”</li><li>Keep descriptions "
                                        "of exploitation short and factual. Graphic detail does "
                                        "not prevent anything and can distress people who "
                                        "recognise it.</li><li>Avoid scare stories and images. "
                                        "Aim for a group that leaves feeling more capable, not "
                                        "more afraid.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If someone becomes distressed",
                                    "text": (
                                        "<ol><li>Pause the activity calmly, or let your "
                                        "co-facilitator continue with the group.</li><li>Offer "
                                        "the person the chance to step out with one of you; do "
                                        "not insist.</li><li>Help her settle: feet on the floor, "
                                        "slow breathing, a glass of water, naming a few things "
                                        "she can see around her.</li><li>Do not push her to talk "
                                        "about what happened. Say that she is safe here and that "
                                        "she can talk later if she wants.</li><li>Before she "
                                        "leaves, check how she is getting home and offer a "
                                        "follow-up conversation.</li></ol>"
                                    ),
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": (
                                        "<p>Listening to stories of exploitation affects "
                                        "facilitators too. Debrief with your co-facilitator after "
                                        "every session, use the supervision the partner NGO "
                                        "offers, and avoid running more sessions in a week than "
                                        "you can carry.</p>"
                                    ),
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
                                    "heading": "When someone tells you",
                                    "text": (
                                        "<p>A disclosure may come in the group, during the break "
                                        "or weeks later by phone. Respond in the same way each "
                                        "time:</p><ol><li><b>Listen and believe.</b> Stay calm, "
                                        "thank her for telling you, and say that it is not her "
                                        "fault.</li><li><b>Check immediate safety.</b> Is anyone "
                                        "in danger right now, her, her children, someone abroad? "
                                        "If so, call 112.</li><li><b>Do not investigate.</b> Ask "
                                        "only what you need to understand her safety and her "
                                        "wishes. Do not contact or confront the people "
                                        "involved.</li><li><b>Be honest about "
                                        "confidentiality.</b> Explain what you will keep private "
                                        "and when you would have to share information, for "
                                        "example if a child is at risk.</li><li><b>Ask what she "
                                        "wants</b> and explain the options: the ANITP helpline, "
                                        "the police, the social services, the partner NGO's "
                                        "social worker.</li><li><b>Refer with her agreement</b>, "
                                        "ideally by making the call together.</li><li><b>Write "
                                        "down the facts</b>, in her words, with the date, and "
                                        "store the note as the partner NGO's policy requires. "
                                        "Never record disclosures in Faro.</li></ol>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Adults and children: different rules",
                                    "text": (
                                        "<p>When the person at risk is an <b>adult</b>, the "
                                        "decision belongs to her. Respect her choice, even if it "
                                        "is not the one you would make, unless there is an "
                                        "immediate danger to someone's life.</p><p>When a "
                                        "<b>child</b> may be at risk, the rules are different. "
                                        "Law 272/2004 on the protection and promotion of the "
                                        "rights of the child requires professionals who come into "
                                        "contact with children to notify the child protection "
                                        "services (DGASPC) or the public social assistance "
                                        "service when they suspect abuse, neglect or "
                                        "exploitation. Tell the mother that you have to do this, "
                                        "explain what will happen, and involve her as far as "
                                        "possible.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "The referral sheet",
                                    "text": (
                                        "<p>Before the first session, prepare a one-page referral "
                                        "sheet for your area and keep it with you at every "
                                        "session:</p><ul><li>The ANITP national helpline (0800 "
                                        "800 678) and the address of the nearest ANITP regional "
                                        "centre.</li><li>The county child protection services "
                                        "(DGASPC) and their emergency number.</li><li>The local "
                                        "police station, and 112 for emergencies.</li><li>The "
                                        "public social assistance service at the town "
                                        "hall.</li><li>Free legal aid and victim support services "
                                        "in your county.</li><li>The partner NGO's designated "
                                        "safeguarding person and the social worker who follows "
                                        "each mother.</li><li>For someone abroad: how to find the "
                                        "Romanian embassy or consulate in the main destination "
                                        "countries.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": (
                                        "<p>These national numbers belong at the top of every "
                                        "referral sheet. The ANITP helpline is free from Romanian "
                                        "networks and advises on any situation of trafficking, in "
                                        "Romania or abroad; outside its working hours, or in any "
                                        "emergency, call 112. Telefonul Copilului answers "
                                        "children and adults worried about a child, at any "
                                        "hour.</p>"
                                    ),
                                    "contacts": [
                                        {
                                            "name": (
                                                "ANITP national helpline against trafficking in "
                                                "persons"
                                            ),
                                            "phone": "0800 800 678",
                                            "hours": "free, Monday to Friday",
                                        },
                                        {
                                            "name": "Telefonul Copilului (child helpline)",
                                            "phone": "116 111",
                                            "hours": "free, 24 hours",
                                        },
                                        {
                                            "name": "Emergencies",
                                            "phone": "112",
                                            "hours": "24 hours",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "After the session and follow-up",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Straight after the session",
                                    "text": (
                                        "<ul><li>Stay for half an hour for private conversations, "
                                        "as announced.</li><li>Debrief with your co-facilitator: "
                                        "what worked, what was hard, who may need a follow-up "
                                        "call.</li><li>Pass any concern to the partner NGO's "
                                        "designated safeguarding person on the same "
                                        "day.</li><li>Enter the attendance figures in Faro: "
                                        "numbers by audience and age band, never names.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Following up with mothers",
                                    "text": (
                                        "<ul><li>With each mother's agreement, the partner NGO's "
                                        "social worker calls her within two weeks of the last "
                                        "session.</li><li>Offer individual conversations to "
                                        "anyone who asked for one or who seemed "
                                        "affected.</li><li>Link mothers to practical support that "
                                        "reduces risk: the county employment agency (AJOFM) and "
                                        "EURES for legitimate jobs, social benefits, childcare, "
                                        "adult education.</li><li>Invite mothers who took part to "
                                        "help at the next cycle, for example by welcoming new "
                                        "participants. Peer support is one of the strongest "
                                        "protections.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Learning from each cycle",
                                    "text": (
                                        "<p>Use Faro's anonymous quizzes and surveys before the "
                                        "first session and after the last to see what changed: "
                                        "whether mothers can name the checks for a job offer, the "
                                        "warning signs for children and the numbers to call. Read "
                                        "the comments, adjust the case studies to what mothers "
                                        "tell you is happening around them, and share what you "
                                        "learn with the professionals who refer mothers to the "
                                        "workshops.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Working with referring professionals",
                                    "text": (
                                        "<p>Social workers and other professionals who refer "
                                        "mothers are part of the campaign. Invite them to a "
                                        "briefing based on this manual, and, with the mothers' "
                                        "agreement, to observe a session. Agree with them how "
                                        "referrals will work in both directions, so that a mother "
                                        "who discloses something in a workshop is not passed from "
                                        "office to office.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                ],
                "ro": [
                    {
                        "title": "Traficul de persoane în România astăzi",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Ce este traficul de persoane",
                                    "text": (
                                        "<p>Traficul de persoane are trei elemente: o "
                                        "<b>acțiune</b> (recrutarea, transportarea, transferarea, "
                                        "adăpostirea sau primirea unei persoane), un "
                                        "<b>mijloc</b> (amenințarea, violența, înșelăciunea, "
                                        "abuzul de autoritate, profitarea de vulnerabilitatea "
                                        "cuiva sau oferirea de bani unei persoane care are "
                                        "autoritate asupra victimei) și un <b>scop</b>, care este "
                                        "exploatarea. În România, infracțiunile sunt definite în "
                                        "Codul penal, la articolele 210 (traficul de persoane) și "
                                        "211 (traficul de minori), iar Legea nr. 678/2001 "
                                        "stabilește cum sunt protejate și asistate "
                                        "victimele.</p><p>Pentru ateliere contează mai ales două "
                                        "lucruri:</p><ul><li><b>Consimțământul nu scuză "
                                        "infracțiunea.</b> O femeie care a acceptat să plece în "
                                        "străinătate pentru un loc de muncă nu a acceptat să fie "
                                        "exploatată.</li><li><b>În cazul copiilor, nu este nevoie "
                                        "de niciun „mijloc”.</b> Recrutarea sau mutarea unui "
                                        "copil în scopul exploatării este trafic, chiar și fără "
                                        "amenințări sau înșelăciune.</li></ul><p>Exploatarea "
                                        "poate fi sexuală (prostituție forțată, pornografie), "
                                        "prin muncă (agricultură, construcții, îngrijire, muncă "
                                        "în gospodărie), prin cerșetorie sau furt forțat și sub "
                                        "alte forme. Nu orice loc de muncă prost este trafic, dar "
                                        "un loc de muncă prost poate deveni trafic atunci când "
                                        "persoana este controlată și nu poate pleca.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Ce arată cifrele",
                                    "text": (
                                        "<p>Potrivit raportului național al ANITP, în 2022 au "
                                        "fost identificate în România aproximativ 500 de victime. "
                                        "Raportul Departamentului de Stat al SUA, <i>Trafficking "
                                        "in Persons Report</i> 2023, pe baza datelor "
                                        "guvernamentale, arată că aproape jumătate dintre "
                                        "victimele identificate în acel an erau copii, că "
                                        "exploatarea sexuală era forma cea mai frecventă și că "
                                        "mai multe victime au fost exploatate în România decât în "
                                        "alte țări. La nivelul UE, statisticile Eurostat îi arată "
                                        "constant pe cetățenii români printre victimele "
                                        "înregistrate cel mai des.</p><p>Țineți cont de două "
                                        "lucruri când citați cifre. În primul rând, ele numără "
                                        "doar victimele identificate; mulți oameni nu sunt "
                                        "identificați niciodată, iar ONG-urile consideră că "
                                        "numărul real este mult mai mare. În al doilea rând, "
                                        "pentru mamele din grup, o poveste pe care o recunosc "
                                        "contează mai mult decât orice statistică.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cum are loc recrutarea",
                                    "text": (
                                        "<p>Cele mai multe victime sunt recrutate de cineva pe "
                                        "care îl cunosc sau în care ajung să aibă încredere: un "
                                        "iubit, un vecin, o cunoștință, uneori o rudă. Căile "
                                        "obișnuite sunt:</p><ul><li><b>Ofertele de muncă</b>, în "
                                        "străinătate sau în alt oraș din România, prin "
                                        "cunoștințe, grupuri de pe rețelele de socializare sau "
                                        "„agenții” neînregistrate.</li><li><b>Metoda "
                                        "„loverboy”</b>: o relație romantică, cadouri și "
                                        "promisiuni de viitor împreună, urmate de presiuni de a "
                                        "„ajuta” câștigând bani, adesea prin "
                                        "prostituție.</li><li><b>Servitutea pentru datorii</b>: "
                                        "drumul, cazarea și diverse „taxe” sunt avansate și "
                                        "transformate într-o datorie care crește mai repede decât "
                                        "orice salariu.</li><li><b>Controlul asupra actelor, "
                                        "banilor și telefonului</b>, izolarea și amenințările la "
                                        "adresa persoanei sau a familiei ei, inclusiv a "
                                        "copiilor.</li></ul><p>Traficanții caută "
                                        "vulnerabilitatea: sărăcia și datoriile, lipsa cuiva cu "
                                        "care să împarți grija copiilor, experiențe anterioare de "
                                        "violență, tinerii care ies din sistemul de protecție, "
                                        "copiii cu părinți plecați la muncă în străinătate. "
                                        "Mamele singure poartă adesea mai multe dintre aceste "
                                        "poveri deodată; de aceea campania lucrează direct cu ele "
                                        "și de aceea atelierele nu sugerează niciodată că a fi "
                                        "vizată este un eșec personal.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": (
                                        "<p>Înaintea fiecărui ciclu de ateliere, consultați cel "
                                        "mai recent raport anual al ANITP și actualizați cifrele "
                                        "pe care le folosiți. Dacă nu le puteți verifica, spuneți "
                                        "„aproximativ” și menționați anul și sursa.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Pregătirea unei sesiuni sigure și primitoare pentru mame singure",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Programul",
                                    "text": (
                                        "<p>O sesiune la care o mamă nu poate veni nu o învață "
                                        "nimic. Planificați în funcție de viața "
                                        "mamelor:</p><ul><li>Organizați sesiunile în timpul "
                                        "programului de la școală și grădiniță, de exemplu între "
                                        "10:00 și 12:00 într-o zi lucrătoare, și oferiți o grupă "
                                        "seara devreme pentru mamele care lucrează în tura de "
                                        "zi.</li><li>Respectați durata de 90–120 de minute, cu o "
                                        "pauză de 10 minute, și începeți și terminați la "
                                        "timp.</li><li>Țineți cele trei sesiuni la o săptămână "
                                        "distanță, în aceeași zi și la aceeași "
                                        "oră.</li><li>Trimiteți cu o zi înainte un SMS de "
                                        "reamintire formulat neutru („Vă reamintim: atelier mâine "
                                        "la ora 10:00, la centru”), pentru cazul în care "
                                        "telefonul mamei este citit și de altcineva.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Grija pentru copii",
                                    "text": (
                                        "<ul><li>Oferiți gratuit supraveghere pentru copii la "
                                        "locul atelierului, într-o cameră separată, aproape de "
                                        "sala de lucru, ca mamele să poată trece pe la copii în "
                                        "pauză.</li><li>Să fie mereu cel puțin doi adulți cu "
                                        "copiii. Persoanele care îi supraveghează trebuie "
                                        "verificate de ONG-ul partener; în România, cei care "
                                        "lucrează cu copii au nevoie de certificat de integritate "
                                        "comportamentală.</li><li>Țineți o listă simplă de "
                                        "predare-primire: fiecare copil este dat înapoi doar "
                                        "mamei care l-a adus sau unei persoane numite de "
                                        "ea.</li><li>Pregătiți jucării, materiale de desen și o "
                                        "gustare. Bebelușii pot rămâne cu mamele în atelier, dacă "
                                        "ele preferă.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Transportul și costurile",
                                    "text": (
                                        "<ul><li>Alegeți un loc aproape de transportul în comun "
                                        "și cunoscut mamelor: de obicei, centrul ONG-ului "
                                        "partener este cea mai bună variantă.</li><li>Decontați "
                                        "transportul în numerar la fiecare sesiune, pe baza unei "
                                        "liste simple de semnături, sau organizați un microbuz "
                                        "comun pentru mamele de la sate.</li><li>Participarea "
                                        "este întotdeauna gratuită. Asigurați apă, ceai și o "
                                        "gustare.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Invitația și sala",
                                    "text": (
                                        "<ul><li>Invitați-le pe mame personal, prin asistentul "
                                        "social pe care îl cunosc deja. Descrieți atelierele în "
                                        "cuvinte simple, care nu etichetează, de exemplu „trei "
                                        "întâlniri despre munca în siguranță în străinătate și "
                                        "despre siguranța copiilor noștri”. Nu numiți niciodată "
                                        "participantele „victime” sau „femei la risc” într-o "
                                        "invitație.</li><li>Păstrați grupuri de 8–15 persoane și "
                                        "lucrați în perechi de facilitatori, ideal cu unul de la "
                                        "ONG-ul partener, pe care mamele îl cunosc "
                                        "deja.</li><li>Așezați scaunele în cerc, cu șervețele și "
                                        "apă la îndemână și cu un colț mai liniștit sau o a doua "
                                        "cameră unde cineva se poate retrage un "
                                        "moment.</li><li>Înainte de prima sesiune, pregătiți "
                                        "lista de îndrumare descrisă în capitolul despre "
                                        "dezvăluiri, cu numerele locale.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "activity",
                                "value": {
                                    "title": "Lista de verificare pentru ziua dinainte",
                                    "duration_minutes": 15,
                                    "materials": [],
                                    "steps": [
                                        (
                                            "Confirmați sala, camera copiilor și cele două "
                                            "persoane care vor avea grijă de ei."
                                        ),
                                        (
                                            "Tipăriți cartonașele cu povești, studiile de caz, "
                                            "fișele de lucru și fișele pentru participante, plus "
                                            "câteva în plus."
                                        ),
                                        (
                                            "Pregătiți cartonașele cu numerele de ajutor și lista "
                                            "de îndrumare cu numerele locale."
                                        ),
                                        (
                                            "Pregătiți numerarul și lista de semnături pentru "
                                            "decontarea transportului și cumpărați gustarea."
                                        ),
                                        "Trimiteți fiecărei mame mesajul neutru de reamintire.",
                                        (
                                            "Stabiliți cu co-facilitatorul cine conduce fiecare "
                                            "activitate și cine iese din sală dacă o participantă "
                                            "are nevoie de sprijin."
                                        ),
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "Facilitarea care ține cont de traumă",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Ce înseamnă în aceste ateliere",
                                    "text": (
                                        "<p>Facilitarea care ține cont de traumă pornește de la "
                                        "ideea că unele participante au trecut prin violență sau "
                                        "exploatare și că sesiunea nu trebuie să înrăutățească "
                                        "lucrurile. În practică, se sprijină pe cinci "
                                        "idei:</p><ul><li><b>Siguranța</b>: o sesiune "
                                        "previzibilă, o sală liniștită, reguli clare, copiii în "
                                        "siguranță, aproape.</li><li><b>Alegerea</b>: oricine "
                                        "poate sări peste o activitate, poate doar observa sau "
                                        "poate ieși din sală.</li><li><b>Încrederea</b>: spuneți "
                                        "ce se va întâmpla și apoi faceți exact asta; fiți "
                                        "sinceri cu privire la ce puteți și ce nu puteți păstra "
                                        "confidențial.</li><li><b>Colaborarea</b>: mamele sunt "
                                        "experte în propria viață; întrebați, nu țineți "
                                        "prelegeri.</li><li><b>Punctele forte</b>: observați și "
                                        "numiți ce fac deja mamele ca să se protejeze pe ele și "
                                        "pe copiii lor.</li></ul><p>Trauma se poate manifesta "
                                        "prin dificultăți de concentrare, iritabilitate, tăcere, "
                                        "neîncredere în autorități sau râs neașteptat. Tratați-le "
                                        "ca semne de stres, nu ca lipsă de respect.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Limbajul care ajută",
                                    "text": (
                                        "<ul><li>Spuneți „o persoană care a fost traficată” sau "
                                        "„o femeie care a fost exploatată”, nu „o prostituată” "
                                        "sau „o fată traficată”.</li><li>Spuneți „a fost "
                                        "înșelată” și „recrutorul a mințit”, nu „s-a lăsat "
                                        "păcălită” sau „trebuia să-și dea "
                                        "seama”.</li><li>Întrebați „Ce i-a făcut greu să plece?” "
                                        "în loc de „De ce nu a plecat?”</li><li>Păstrați "
                                        "descrierile exploatării scurte și la obiect. Detaliile "
                                        "cutremurătoare nu previn nimic și îi pot tulbura pe cei "
                                        "care se recunosc în ele.</li><li>Evitați poveștile și "
                                        "imaginile care sperie. Urmăriți ca grupul să plece "
                                        "simțindu-se mai capabil, nu mai speriat.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Când cineva este copleșit de emoții",
                                    "text": (
                                        "<ol><li>Opriți calm activitatea sau lăsați-l pe "
                                        "co-facilitator să continue cu grupul.</li><li>Oferiți-i "
                                        "persoanei posibilitatea să iasă din sală cu unul dintre "
                                        "facilitatori; nu insistați.</li><li>Ajutați-o să se "
                                        "liniștească: tălpile pe podea, respirație lentă, un "
                                        "pahar cu apă, numirea câtorva lucruri pe care le vede în "
                                        "jur.</li><li>Nu o împingeți să vorbească despre ce s-a "
                                        "întâmplat. Spuneți-i că aici este în siguranță și că "
                                        "poate vorbi mai târziu, dacă dorește.</li><li>Înainte să "
                                        "plece, întrebați-o cum ajunge acasă și oferiți-i o "
                                        "discuție ulterioară.</li></ol>"
                                    ),
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": (
                                        "<p>Poveștile despre exploatare îi afectează și pe "
                                        "facilitatori. Discutați cu co-facilitatorul după fiecare "
                                        "sesiune, folosiți supervizarea oferită de ONG-ul "
                                        "partener și nu țineți într-o săptămână mai multe sesiuni "
                                        "decât puteți duce.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Dezvăluirile și îndrumarea către servicii",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Când cineva vă spune",
                                    "text": (
                                        "<p>O dezvăluire poate veni în grup, în pauză sau după "
                                        "câteva săptămâni, la telefon. Reacționați de fiecare "
                                        "dată la fel:</p><ol><li><b>Ascultați și credeți.</b> "
                                        "Rămâneți calm, mulțumiți-i că v-a spus și spuneți-i că "
                                        "nu este vina ei.</li><li><b>Verificați siguranța "
                                        "imediată.</b> Este cineva în pericol chiar acum: ea, "
                                        "copiii ei, cineva din străinătate? Dacă da, sunați la "
                                        "112.</li><li><b>Nu faceți investigații.</b> Întrebați "
                                        "doar ce aveți nevoie ca să înțelegeți siguranța și "
                                        "dorințele ei. Nu contactați și nu confruntați persoanele "
                                        "implicate.</li><li><b>Fiți sincer în privința "
                                        "confidențialității.</b> Explicați ce veți păstra "
                                        "confidențial și când ar trebui să transmiteți "
                                        "informații, de exemplu dacă un copil este în "
                                        "pericol.</li><li><b>Întrebați-o ce dorește</b> și "
                                        "explicați-i opțiunile: linia telefonică a ANITP, "
                                        "poliția, serviciile sociale, asistentul social al "
                                        "ONG-ului partener.</li><li><b>Îndrumați-o cu acordul "
                                        "ei</b>, ideal făcând apelul împreună.</li><li><b>Notați "
                                        "faptele</b>, cu cuvintele ei și cu data, și păstrați "
                                        "nota așa cum cere politica ONG-ului partener. Nu "
                                        "înregistrați niciodată dezvăluiri în Faro.</li></ol>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Adulți și copii: reguli diferite",
                                    "text": (
                                        "<p>Când persoana în pericol este un <b>adult</b>, "
                                        "decizia îi aparține. Respectați-i alegerea, chiar dacă "
                                        "nu este cea pe care ați face-o dumneavoastră, cu "
                                        "excepția cazului în care viața cuiva este în pericol "
                                        "imediat.</p><p>Când un <b>copil</b> ar putea fi în "
                                        "pericol, regulile sunt altele. Legea nr. 272/2004 "
                                        "privind protecția și promovarea drepturilor copilului le "
                                        "cere profesioniștilor care intră în contact cu copii să "
                                        "sesizeze direcția de protecție a copilului (DGASPC) sau "
                                        "serviciul public de asistență socială atunci când "
                                        "suspectează abuz, neglijare sau exploatare. Spuneți-i "
                                        "mamei că trebuie să faceți acest lucru, explicați-i ce "
                                        "se va întâmpla și implicați-o cât mai mult posibil.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Lista de îndrumare",
                                    "text": (
                                        "<p>Înainte de prima sesiune, pregătiți o listă de "
                                        "îndrumare de o pagină pentru zona dumneavoastră și "
                                        "aveți-o la fiecare sesiune:</p><ul><li>Linia telefonică "
                                        "națională a ANITP (0800 800 678) și adresa celui mai "
                                        "apropiat centru regional ANITP.</li><li>Direcția "
                                        "generală de asistență socială și protecția copilului din "
                                        "județ (DGASPC) și numărul ei pentru "
                                        "urgențe.</li><li>Secția de poliție din zonă și 112 "
                                        "pentru urgențe.</li><li>Serviciul public de asistență "
                                        "socială de la primărie.</li><li>Serviciile de asistență "
                                        "juridică gratuită și de sprijin pentru victime din "
                                        "județ.</li><li>Persoana desemnată pentru protecție din "
                                        "cadrul ONG-ului partener și asistentul social care "
                                        "urmărește fiecare mamă.</li><li>Pentru cineva aflat în "
                                        "străinătate: cum se găsesc ambasada sau consulatul "
                                        "României în principalele țări de destinație.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": (
                                        "<p>Aceste numere naționale trebuie să fie primele pe "
                                        "orice listă de îndrumare. Linia telefonică a ANITP este "
                                        "gratuită din rețelele din România și oferă sfaturi în "
                                        "orice situație de trafic, în țară sau în străinătate; în "
                                        "afara programului ei sau în orice urgență, sunați la "
                                        "112. Telefonul Copilului le răspunde copiilor și "
                                        "adulților îngrijorați pentru un copil, la orice oră.</p>"
                                    ),
                                    "contacts": [
                                        {
                                            "name": (
                                                "Linia telefonică națională împotriva traficului "
                                                "de persoane (ANITP)"
                                            ),
                                            "phone": "0800 800 678",
                                            "hours": "gratuit, de luni până vineri",
                                        },
                                        {
                                            "name": (
                                                "Telefonul Copilului (linia de asistență pentru "
                                                "copii)"
                                            ),
                                            "phone": "116 111",
                                            "hours": "gratuit, 24 de ore din 24",
                                        },
                                        {
                                            "name": "Urgențe",
                                            "phone": "112",
                                            "hours": "24 de ore din 24",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    {
                        "title": "După sesiune și continuarea legăturii",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Imediat după sesiune",
                                    "text": (
                                        "<ul><li>Rămâneți o jumătate de oră pentru discuții între "
                                        "patru ochi, așa cum ați anunțat.</li><li>Discutați cu "
                                        "co-facilitatorul: ce a mers, ce a fost greu, cine ar "
                                        "putea avea nevoie de un telefon "
                                        "ulterior.</li><li>Transmiteți orice îngrijorare, în "
                                        "aceeași zi, persoanei desemnate pentru protecție din "
                                        "cadrul ONG-ului partener.</li><li>Introduceți prezența "
                                        "în Faro: cifre pe categorii de public și grupe de "
                                        "vârstă, niciodată nume.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Continuarea legăturii cu mamele",
                                    "text": (
                                        "<ul><li>Cu acordul fiecărei mame, asistentul social al "
                                        "ONG-ului partener o sună în cel mult două săptămâni de "
                                        "la ultima sesiune.</li><li>Oferiți discuții individuale "
                                        "celor care le-au cerut sau care au părut "
                                        "afectate.</li><li>Puneți-le pe mame în legătură cu "
                                        "sprijin practic care reduce riscul: agenția județeană "
                                        "pentru ocuparea forței de muncă (AJOFM) și EURES pentru "
                                        "locuri de muncă legale, beneficii sociale, creșă și "
                                        "grădiniță, educație pentru adulți.</li><li>Invitați "
                                        "mamele care au participat să ajute la următorul ciclu, "
                                        "de exemplu primindu-le pe participantele noi. Sprijinul "
                                        "între egale este una dintre cele mai puternice "
                                        "protecții.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Ce învățăm din fiecare ciclu",
                                    "text": (
                                        "<p>Folosiți chestionarele și sondajele anonime din Faro "
                                        "înainte de prima sesiune și după ultima, ca să vedeți ce "
                                        "s-a schimbat: dacă mamele pot numi verificările pentru o "
                                        "ofertă de muncă, semnele de avertizare la copii și "
                                        "numerele la care pot suna. Citiți comentariile, adaptați "
                                        "studiile de caz la ce vă spun mamele că se întâmplă în "
                                        "jurul lor și împărtășiți ce aflați cu profesioniștii "
                                        "care le îndrumă pe mame către ateliere.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Colaborarea cu profesioniștii care îndrumă mamele",
                                    "text": (
                                        "<p>Asistenții sociali și ceilalți profesioniști care le "
                                        "îndrumă pe mame fac parte din campanie. Invitați-i la o "
                                        "instruire bazată pe acest manual și, cu acordul mamelor, "
                                        "să observe o sesiune. Stabiliți împreună cum "
                                        "funcționează îndrumarea în ambele sensuri, astfel încât "
                                        "o mamă care dezvăluie ceva într-un atelier să nu fie "
                                        "purtată de la un birou la altul.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                ],
            },
        },
        {
            "slug": {"en": "handout-for-mothers", "ro": "fisa-pentru-mame"},
            "kind": "handout",
            "title": {
                "en": "Keep this close: a handout for mothers",
                "ro": "Păstrați-o la îndemână: fișă pentru mame",
            },
            "summary": {
                "en": (
                    "A short handout for mothers to take home after the workshops: how to check a "
                    "job offer abroad, how to keep your children safe, and where to get help in "
                    "Romania, with free phone numbers."
                ),
                "ro": (
                    "O fișă scurtă pe care mamele o iau acasă după ateliere: cum verificați o "
                    "ofertă de muncă în străinătate, cum vă țineți copiii în siguranță și unde "
                    "cereți ajutor în România, cu numere de telefon gratuite."
                ),
            },
            "chapters": {
                "en": [
                    {
                        "title": "Checking a job offer",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Before you say yes",
                                    "text": (
                                        "<ul><li><b>Ask for a written contract</b>, in Romanian "
                                        "or a language you understand, and sign it before you "
                                        "leave. It should state the employer's name and address, "
                                        "the job, the hours, the pay and the "
                                        "accommodation.</li><li><b>Check who is hiring you.</b> "
                                        "An agency that sends people to work abroad must be "
                                        "registered with the Territorial Labour Inspectorate "
                                        "(ITM). You can also look for jobs through EURES, the "
                                        "free European job network, at your county employment "
                                        "agency (AJOFM).</li><li><b>Never pay for the job "
                                        "itself</b>, and be careful with offers where someone "
                                        "else pays your travel “and you pay it back "
                                        "later”.</li><li><b>Check the pay.</b> Is it realistic "
                                        "for that country and that work? Very high pay for no "
                                        "experience and no language is a warning "
                                        "sign.</li><li><b>Be careful with pressure:</b> “leave "
                                        "tomorrow”, “don't tell anyone yet”, “the contract will "
                                        "come when you arrive”.</li><li><b>Ask someone you "
                                        "trust</b> to look at the offer with you. A genuine "
                                        "employer will not mind being checked.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Before you leave",
                                    "text": (
                                        "<ul><li>Keep your identity card and passport yourself. "
                                        "Do not give them to anyone “for "
                                        "safekeeping”.</li><li>Leave copies or photos of your "
                                        "documents and your contract with someone you trust, and "
                                        "send photos to your own email.</li><li>Leave the address "
                                        "where you will live and work, and the employer's phone "
                                        "number.</li><li>Agree times to call home, and a code "
                                        "word that means “I am in trouble”.</li><li>Save 112 in "
                                        "your phone: it works in every EU country. Write down the "
                                        "address of the Romanian embassy or consulate in that "
                                        "country.</li><li>Keep a little money aside that no one "
                                        "else knows about.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Warning signs once you are there",
                                    "text": (
                                        "<p>Someone takes your documents; the job is different "
                                        "from the one promised; you are not paid, or a “debt” "
                                        "keeps growing; you cannot leave the house or the "
                                        "workplace freely; someone controls your phone or your "
                                        "money; you or your family are threatened.</p><p><b>If "
                                        "this happens, it is not your fault, and you can get "
                                        "help.</b> If you are in danger, call 112. Contact the "
                                        "Romanian embassy or consulate. Your family can call the "
                                        "ANITP helpline, 0800 800 678, free from Romania.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": (
                                        "<p>Give out the handout at the end of the first session "
                                        "and go through this chapter together. Invite mothers to "
                                        "tick the three checks they consider most important.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Keeping your children safe",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "How people who exploit children get close to them",
                                    "text": (
                                        "<p>They rarely start with threats. They start with "
                                        "attention: they listen, give gifts, a phone, money or "
                                        "game credits, and make the child feel special. Then come "
                                        "secrets (“don't tell your mum”), distance from family "
                                        "and friends, and finally control. Online, they may "
                                        "pretend to be the same age as the child. With teenage "
                                        "girls, they often pretend to be a boyfriend who promises "
                                        "a better life together, sometimes abroad. Be careful, "
                                        "too, with offers from acquaintances to “look after” your "
                                        "child, take them to another town or abroad, or find them "
                                        "work.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Signs to watch for",
                                    "text": (
                                        "<ul><li>Gifts, clothes, a phone or money that your child "
                                        "cannot explain.</li><li>A much older “boyfriend” or "
                                        "“friend” your child will not introduce.</li><li>Being "
                                        "picked up by car by people you do not "
                                        "know.</li><li>Great secrecy about the phone and about "
                                        "who they talk to online.</li><li>Staying out at night, "
                                        "missing school.</li><li>Talk of a modelling job, a job "
                                        "or a trip abroad.</li><li>Sudden changes in mood, sleep "
                                        "or eating, or pulling away from family and "
                                        "friends.</li></ul><p>One sign on its own is often just "
                                        "part of growing up. Several signs together, or a sudden "
                                        "change, are a reason to talk, and to ask for advice.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Talking with your children",
                                    "text": (
                                        "<ul><li>Talk often, in small moments: on the way to "
                                        "school, while cooking, at bedtime.</li><li>Ask open "
                                        "questions: “Who do you talk to most online these days?” "
                                        "“Has anyone asked you to keep a secret that made you "
                                        "feel bad?”</li><li>If your child tells you something "
                                        "worrying, stay calm, thank them for telling you, and say "
                                        "it is not their fault. Avoid taking the phone away as a "
                                        "punishment: it can push a child closer to the person who "
                                        "is grooming them.</li><li>Help each child name five "
                                        "trusted adults, one for each finger of a hand, at least "
                                        "one outside the family.</li><li>Agree on family rules: "
                                        "no secrets that make you feel bad; never go with anyone "
                                        "who does not know our family code word; you can always "
                                        "call me, and you will not be in trouble for telling "
                                        "me.</li></ul>"
                                    ),
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
                                    "heading": "Your rights",
                                    "text": (
                                        "<ul><li><b>It is not your fault.</b> Even if you agreed "
                                        "to go, you did not agree to be exploited. Under Romanian "
                                        "law, the victim's consent does not excuse "
                                        "trafficking.</li><li><b>You can get help without making "
                                        "a complaint first</b>, and you can take time to recover "
                                        "before deciding what to do.</li><li><b>Help is free:</b> "
                                        "medical, psychological and social support, safe "
                                        "accommodation if you need it, and free legal "
                                        "help.</li><li><b>You can get new identity documents</b> "
                                        "if yours were taken.</li><li><b>Children have extra "
                                        "protection</b> through the child protection services "
                                        "(DGASPC).</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "If someone you know is in trouble abroad",
                                    "text": (
                                        "<ol><li>Stay in touch and stay calm. Agree a code "
                                        "word.</li><li>If she is in danger now, she should call "
                                        "112, or you can call 112 yourself.</li><li>Call the "
                                        "ANITP helpline from Romania. Have ready her full name, "
                                        "date of birth, the country and town, any address or "
                                        "phone number you know, and when you last "
                                        "spoke.</li><li>Contact the Romanian embassy or consulate "
                                        "in that country.</li><li>Do not confront the recruiter "
                                        "and do not send money to “pay off a debt”.</li></ol>"
                                    ),
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": (
                                        "<p>Save these numbers in your phone and write them down "
                                        "somewhere safe. The calls are free. If anyone is in "
                                        "immediate danger, call 112.</p>"
                                    ),
                                    "contacts": [
                                        {
                                            "name": (
                                                "ANITP national helpline against trafficking in "
                                                "persons"
                                            ),
                                            "phone": "0800 800 678",
                                            "hours": "free, Monday to Friday",
                                        },
                                        {
                                            "name": "Telefonul Copilului (child helpline)",
                                            "phone": "116 111",
                                            "hours": "free, 24 hours",
                                        },
                                        {
                                            "name": "Emergencies",
                                            "phone": "112",
                                            "hours": "24 hours",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                ],
                "ro": [
                    {
                        "title": "Cum verificați o ofertă de muncă",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Înainte să spuneți „da”",
                                    "text": (
                                        "<ul><li><b>Cereți un contract scris</b>, în limba română "
                                        "sau într-o limbă pe care o înțelegeți, și semnați-l "
                                        "înainte de plecare. Trebuie să cuprindă numele și adresa "
                                        "angajatorului, postul, programul, salariul și "
                                        "cazarea.</li><li><b>Verificați cine vă angajează.</b> O "
                                        "agenție care trimite oameni la muncă în străinătate "
                                        "trebuie să fie înregistrată la Inspectoratul Teritorial "
                                        "de Muncă (ITM). Puteți căuta locuri de muncă și prin "
                                        "EURES, rețeaua europeană gratuită de locuri de muncă, la "
                                        "agenția județeană pentru ocuparea forței de muncă "
                                        "(AJOFM).</li><li><b>Nu plătiți niciodată pentru locul de "
                                        "muncă în sine</b> și fiți atentă la ofertele în care "
                                        "altcineva vă plătește drumul „și dați banii înapoi mai "
                                        "târziu”.</li><li><b>Verificați salariul.</b> Este "
                                        "realist pentru țara și munca respectivă? Un salariu "
                                        "foarte mare, fără experiență și fără cunoașterea limbii, "
                                        "este un semn de avertizare.</li><li><b>Fiți atentă la "
                                        "presiuni:</b> „pleci mâine”, „nu spune încă nimănui”, "
                                        "„contractul îl primești când ajungi”.</li><li><b>Rugați "
                                        "o persoană de încredere</b> să se uite împreună cu "
                                        "dumneavoastră peste ofertă. Un angajator serios nu se "
                                        "supără că este verificat.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Înainte de plecare",
                                    "text": (
                                        "<ul><li>Păstrați-vă singură cartea de identitate și "
                                        "pașaportul. Nu le dați nimănui „spre "
                                        "păstrare”.</li><li>Lăsați copii sau fotografii ale "
                                        "actelor și ale contractului la o persoană de încredere "
                                        "și trimiteți-vă fotografiile și pe propriul "
                                        "e-mail.</li><li>Lăsați adresa unde veți locui și veți "
                                        "munci, precum și numărul de telefon al "
                                        "angajatorului.</li><li>Stabiliți ore la care sunați "
                                        "acasă și un cuvânt-cod care înseamnă „am "
                                        "probleme”.</li><li>Salvați 112 în telefon: funcționează "
                                        "în toate țările Uniunii Europene. Notați adresa "
                                        "ambasadei sau a consulatului României din țara "
                                        "respectivă.</li><li>Puneți deoparte niște bani despre "
                                        "care nu mai știe nimeni.</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Semne de avertizare după ce ajungeți",
                                    "text": (
                                        "<p>Cineva vă ia actele; munca este alta decât cea "
                                        "promisă; nu sunteți plătită sau o „datorie” tot crește; "
                                        "nu puteți ieși liber din casă sau de la locul de muncă; "
                                        "cineva vă controlează telefonul sau banii; dumneavoastră "
                                        "sau familia dumneavoastră primiți "
                                        "amenințări.</p><p><b>Dacă se întâmplă asta, nu este vina "
                                        "dumneavoastră și puteți primi ajutor.</b> Dacă sunteți "
                                        "în pericol, sunați la 112. Contactați ambasada sau "
                                        "consulatul României. Familia poate suna din România, "
                                        "gratuit, la linia telefonică a ANITP, 0800 800 678.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "facilitator_note",
                                "value": {
                                    "text": (
                                        "<p>Împărțiți fișa la finalul primei sesiuni și "
                                        "parcurgeți împreună acest capitol. Invitați mamele să "
                                        "bifeze cele trei verificări pe care le consideră cele "
                                        "mai importante.</p>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Copiii dumneavoastră în siguranță",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cum se apropie de copii cei care îi exploatează",
                                    "text": (
                                        "<p>Rareori încep cu amenințări. Încep cu atenție: "
                                        "ascultă, fac cadouri, dau un telefon, bani sau credite "
                                        "pentru jocuri și îl fac pe copil să se simtă special. "
                                        "Apoi vin secretele („nu-i spune mamei”), îndepărtarea de "
                                        "familie și de prieteni și, în final, controlul. Pe "
                                        "internet se pot da drept copii de aceeași vârstă. "
                                        "Adolescentelor li se prezintă adesea drept iubiți care "
                                        "promit o viață mai bună împreună, uneori în străinătate. "
                                        "Fiți atentă și la ofertele unor cunoștințe de a „avea "
                                        "grijă” de copilul dumneavoastră, de a-l duce în alt oraș "
                                        "sau în străinătate ori de a-i găsi de lucru.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Semne la care să fiți atentă",
                                    "text": (
                                        "<ul><li>Cadouri, haine, un telefon sau bani pe care "
                                        "copilul nu îi poate explica.</li><li>Un „iubit” sau un "
                                        "„prieten” mult mai mare pe care copilul nu vrea să vi-l "
                                        "prezinte.</li><li>Copilul este luat cu mașina de oameni "
                                        "pe care nu îi cunoașteți.</li><li>Multă secretomanie "
                                        "legată de telefon și de cei cu care vorbește pe "
                                        "internet.</li><li>Nu vine acasă noaptea sau lipsește de "
                                        "la școală.</li><li>Vorbește despre o ofertă de modeling, "
                                        "de muncă sau despre o excursie în "
                                        "străinătate.</li><li>Schimbări bruște de dispoziție, de "
                                        "somn sau de apetit ori retragerea din fața familiei și a "
                                        "prietenilor.</li></ul><p>Un singur semn face adesea "
                                        "parte, pur și simplu, din creștere. Mai multe semne "
                                        "împreună sau o schimbare bruscă sunt un motiv să stați "
                                        "de vorbă și să cereți sfaturi.</p>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Cum vorbiți cu copiii",
                                    "text": (
                                        "<ul><li>Vorbiți des, în momente mici: în drum spre "
                                        "școală, în timp ce gătiți, seara la "
                                        "culcare.</li><li>Puneți întrebări deschise: „Cu cine "
                                        "vorbești cel mai mult pe internet în ultima vreme?” "
                                        "„Ți-a cerut cineva să păstrezi un secret care te-a făcut "
                                        "să te simți rău?”</li><li>Dacă copilul vă spune ceva "
                                        "îngrijorător, rămâneți calmă, mulțumiți-i că v-a spus și "
                                        "spuneți-i că nu este vina lui. Evitați să îi luați "
                                        "telefonul ca pedeapsă: asta îl poate împinge mai aproape "
                                        "de persoana care îl manipulează.</li><li>Ajutați fiecare "
                                        "copil să numească cinci adulți de încredere, câte unul "
                                        "pentru fiecare deget al unei palme, dintre care cel "
                                        "puțin unul din afara familiei.</li><li>Stabiliți reguli "
                                        "de familie: fără secrete care te fac să te simți rău; nu "
                                        "pleci niciodată cu cineva care nu știe cuvântul-cod al "
                                        "familiei; mă poți suna oricând și nu vei avea probleme "
                                        "pentru că mi-ai spus.</li></ul>"
                                    ),
                                },
                            },
                        ],
                    },
                    {
                        "title": "Unde cereți ajutor",
                        "content": [
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Drepturile dumneavoastră",
                                    "text": (
                                        "<ul><li><b>Nu este vina dumneavoastră.</b> Chiar dacă "
                                        "ați acceptat să plecați, nu ați acceptat să fiți "
                                        "exploatată. Potrivit legii române, consimțământul "
                                        "victimei nu scuză traficul.</li><li><b>Puteți primi "
                                        "ajutor fără să faceți mai întâi plângere</b> și vă "
                                        "puteți lua timp să vă refaceți înainte să hotărâți ce "
                                        "faceți.</li><li><b>Ajutorul este gratuit:</b> sprijin "
                                        "medical, psihologic și social, cazare în siguranță dacă "
                                        "aveți nevoie și asistență juridică "
                                        "gratuită.</li><li><b>Puteți primi acte de identitate "
                                        "noi</b> dacă v-au fost luate.</li><li><b>Copiii au "
                                        "protecție suplimentară</b> prin direcția de protecție a "
                                        "copilului (DGASPC).</li></ul>"
                                    ),
                                },
                            },
                            {
                                "type": "section",
                                "value": {
                                    "heading": "Dacă cineva cunoscut are probleme în străinătate",
                                    "text": (
                                        "<ol><li>Păstrați legătura și rămâneți calmă. Stabiliți "
                                        "un cuvânt-cod.</li><li>Dacă este în pericol chiar acum, "
                                        "trebuie să sune la 112 sau puteți suna dumneavoastră la "
                                        "112.</li><li>Sunați din România la linia telefonică a "
                                        "ANITP. Pregătiți numele ei complet, data nașterii, țara "
                                        "și orașul, orice adresă sau număr de telefon cunoscut și "
                                        "când ați vorbit ultima dată.</li><li>Contactați ambasada "
                                        "sau consulatul României din țara respectivă.</li><li>Nu "
                                        "îl confruntați pe recrutor și nu trimiteți bani ca să "
                                        "„plătiți o datorie”.</li></ol>"
                                    ),
                                },
                            },
                            {
                                "type": "safeguarding_note",
                                "value": {
                                    "text": (
                                        "<p>Salvați aceste numere în telefon și notați-le într-un "
                                        "loc sigur. Apelurile sunt gratuite. Dacă cineva este în "
                                        "pericol imediat, sunați la 112.</p>"
                                    ),
                                    "contacts": [
                                        {
                                            "name": (
                                                "Linia telefonică națională împotriva traficului "
                                                "de persoane (ANITP)"
                                            ),
                                            "phone": "0800 800 678",
                                            "hours": "gratuit, de luni până vineri",
                                        },
                                        {
                                            "name": (
                                                "Telefonul Copilului (linia de asistență pentru "
                                                "copii)"
                                            ),
                                            "phone": "116 111",
                                            "hours": "gratuit, 24 de ore din 24",
                                        },
                                        {
                                            "name": "Urgențe",
                                            "phone": "112",
                                            "hours": "24 de ore din 24",
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                ],
            },
        },
    ],
}
