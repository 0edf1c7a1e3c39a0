"""Blind split, education and vocational training: sibling needs sharing "training", "students",
"course", "skills"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("edtech", "sibling", ("P85.32", "P85.59"), ("edtech",))

niche.add(
    d("dual-o", "org-duale-ausbildung-beratung", "DE-BW", "BO", "de",
      "Aufbau dualer Ausbildung nach deutschem Vorbild im Ausland",
      """Wir beraten Berufsschulen, Kammern und Unternehmen beim Aufbau dualer Ausbildungsgänge:
      Ausbildungsordnung, Verteilung zwischen Schule und Betrieb, Prüfungen und Schulung der
      betrieblichen Ausbilder. Projekte in zwölf Ländern.""",
      ["KZ", "UZ", "RU", "AM", "GE"], sectors=("M70.22",)),
    d("dual-r", "org-politeh-kolledzh-pavlodar", "KZ-55", "BR", "ru",
      "Выпускники колледжа приходят на завод и не умеют работать",
      """Наш политехнический колледж и три завода региона хотят, чтобы студенты половину
      времени учились прямо на производстве у наставников, как это принято в Германии. Но мы
      не знаем, как построить программу, распределить ответственность и оценивать студентов.""",
      sectors=("P85.32",)),
    d("dual-o2", "org-vet-reform-partners", "GB-LND", "BO", "en",
      "Work-based vocational training programmes designed with employers",
      """We help colleges and companies set up apprenticeship programmes in which students spend
      half their time at the workplace, with curricula, mentor training and assessment.""",
      role="same-kind"),
    d("weldvr-o", "org-vr-svarka", "RU-CHE", "TO", "ru",
      "VR-тренажёры для обучения сварщиков",
      """Наш тренажёр с настоящей горелкой и шлемом виртуальной реальности показывает сварочную
      ванну и шов, оценивает угол, скорость и расстояние и ведёт ученика от простых упражнений к
      экзамену. Расход металла и газа в учебных мастерских сокращается вдвое.""",
      ["DE", "AT", "KZ", "RU", "BY"], technologies=("edtech", "ar-vr")),
    d("weldvr-r", "org-berufsschule-metall-saar", "DE-SL", "TR", "de",
      "Die Schweißausbildung verbraucht Unmengen an Material und Gas",
      """Unsere Berufsschule bildet jedes Jahr 200 Metallbauer aus. In den ersten Monaten
      schweißen die Schüler Bleche für den Schrott, die Kosten für Stahl, Gas und Elektroden
      steigen, und an den Schweißplätzen gibt es Wartezeiten. Wir suchen eine Möglichkeit, die
      Grundlagen günstiger zu üben.""",
      sectors=("P85.32",)),
    d("adaptive-o", "org-mathpath-learning", "GB-CAM", "TO", "en",
      "Adaptive maths practice for secondary school classes",
      """Our platform gives every student exercises at the right level, explains mistakes step by
      step and shows the teacher which topics each student has not mastered. It is available
      in English, Italian and Spanish and follows national curricula.""",
      ["IT", "ES", "GB", "IE"]),
    d("adaptive-r", "org-itis-galilei-bari", "IT-75", "TR", "it",
      "Nelle nostre classi i livelli in matematica sono troppo diversi",
      """Siamo un istituto tecnico con 1.200 studenti. In ogni classe alcuni ragazzi non sanno
      fare le frazioni e altri si annoiano, e gli insegnanti non riescono a seguire tutti. Ci
      serve uno strumento che faccia esercitare ciascuno al proprio ritmo.""",
      sectors=("P85.31",)),
    d("adaptive-same-org", "org-itis-galilei-bari", "IT-75", "TO", "it",
      "Offriamo le nostre schede di recupero di matematica ad altre scuole",
      """I docenti del nostro istituto hanno preparato centinaia di esercizi graduati di
      matematica per il recupero e li mettono a disposizione di altre scuole con licenza
      libera.""",
      role="same-organisation"),
    d("intern-o", "org-tirocini-match", "IT-25", "TO", "it",
      "Piattaforma che abbina studenti e aziende per i tirocini",
      """Le scuole e le università pubblicano i profili degli studenti, le aziende le posizioni di
      tirocinio; l'algoritmo propone gli abbinamenti, gestisce convenzioni, registro delle
      presenze e valutazione finale.""",
      technologies=("edtech", "hr-tech")),
    d("intern-r", "org-yerevan-vocational-college", "AM-ER", "TR", "en",
      "Our students cannot find internships and companies say they get no applicants",
      """Our college places 600 students a year in compulsory internships. Teachers phone
      companies one by one, students end up in unrelated jobs, and employers tell us they never
      hear from us. We need a better way to bring students and companies together.""",
      sectors=("P85.32",)),
    d("chef-o", "org-accademia-cucina-parma", "IT-45", "BO", "it",
      "Corsi di cucina italiana professionale per cuochi stranieri",
      """La nostra accademia forma cuochi professionisti: pasta fresca, risotti, pizza,
      pasticceria, con stage in ristoranti italiani. Organizziamo anche corsi su misura per
      catene di ristoranti all'estero, in Italia o presso il cliente.""",
      ["RU", "KZ", "IT", "CN"], sectors=("P85.59",)),
    d("chef-r", "org-restorany-pasta-piter", "RU-SPE", "BR", "ru",
      "Наши повара готовят итальянские блюда, но гости чувствуют, что это не Италия",
      """У нас сеть из девяти ресторанов итальянской кухни. Повара учились по видео, и блюда
      получаются неровными: паста переварена, соусы разные в каждом ресторане. Хотим обучить
      всю команду у настоящих профессионалов.""",
      sectors=("I56.10",)),
    d("proctor-o", "org-examguard", "EE", "TO", "en",
      "Online proctoring for remote exams",
      """Our software checks the student's identity, records camera, screen and sound during an
      online exam and flags suspicious behaviour for a human reviewer. Used by universities
      for entrance and final exams.""",
      technologies=("edtech", "computer-vision")),
    d("proctor-r", "org-universitet-ugra", "RU-KHM", "TR", "ru",
      "На дистанционных вступительных экзаменах абитуриенты списывают",
      """Наш университет проводит вступительные испытания онлайн для абитуриентов из северных
      посёлков. Преподаватели не могут уследить за сотнями людей по видео, а результаты
      некоторых слишком хороши, чтобы быть правдой. Ищем технологию контроля.""",
      sectors=("P85.42",)),
    d("proctor-o2", "org-pruefungsaufsicht-online", "DE-HE", "TO", "de",
      "Online-Prüfungsaufsicht für Hochschulen",
      """Unsere Lösung überwacht Online-Prüfungen per Webcam und Bildschirmaufzeichnung und
      markiert auffällige Situationen für die Prüfer.""",
      role="same-kind"),
    d("teachers-o", "org-pedagogie-metiers", "FR-BRE", "BO", "fr",
      "Former les professionnels de l'industrie à devenir formateurs",
      """Nous formons des techniciens et ouvriers expérimentés qui enseignent en lycée
      professionnel ou en centre de formation : préparer une séance, transmettre un geste,
      évaluer un apprenant. Nos parcours existent en présentiel et à distance.""",
      ["RU", "KZ", "FR", "BE", "SN"], sectors=("P85.59",)),
    d("teachers-r", "org-kolledzh-stroiteley", "RU-VLG", "BR", "ru",
      "Мастера производственного обучения знают дело, но не умеют учить",
      """В нашем колледже мастерами работают бывшие строители и электрики. Они прекрасно
      знают профессию, но не умеют объяснить и оценить, студенты скучают и бросают учёбу.
      Ищем программу, которая научит их преподавать.""",
      sectors=("P85.32",)),
    d("lms-o", "org-lernhappen", "DE-BE", "TO", "de",
      "Lernplattform für Mitarbeiterschulungen mit kurzen Lerneinheiten",
      """Mitarbeiter lernen in Fünf-Minuten-Einheiten auf dem Smartphone, mit Quiz und
      Wiederholung; Filialleiter sehen, wer welche Schulung abgeschlossen hat. Inhalte
      erstellen wir auch auf Italienisch.""",
      ["IT", "DE", "AT", "CH"]),
    d("lms-r", "org-supermercati-adriatico", "IT-57", "TR", "it",
      "Dobbiamo formare 3.000 cassieri e addetti che lavorano su turni diversi",
      """La nostra catena di supermercati assume centinaia di persone ogni anno e deve formarle su
      casse, sicurezza alimentare e servizio al cliente. Riunirle in aula è impossibile con i
      turni, e i manuali di carta non li legge nessuno.""",
      sectors=("G47.11",)),
    d("erasmus-o", "org-movilidad-aprendices", "ES-AN", "BO", "es",
      "Prácticas en empresas españolas para estudiantes de formación profesional",
      """Organizamos estancias de prácticas de dos a doce semanas en hoteles, restaurantes y
      talleres de Andalucía para estudiantes europeos de formación profesional: empresa,
      alojamiento, tutor y ayuda con los fondos Erasmus+.""",
      ["IT", "FR", "DE", "PT", "ES"], sectors=("P85.59",)),
    d("erasmus-r", "org-istituto-alberghiero-amalfi", "IT-72", "BR", "it",
      "Vogliamo mandare i nostri studenti a fare stage negli hotel all'estero",
      """Il nostro istituto alberghiero ha ottenuto un finanziamento europeo per la mobilità, ma
      non abbiamo contatti con aziende straniere né sappiamo come organizzare alloggio e
      tutoraggio per 40 ragazzi.""",
      sectors=("P85.32",)),
    d("erasmus-excluded", "org-practicas-lisboa", "PT-11", "BO", "es",
      "Estancias de prácticas para aprendices en Portugal",
      """Organizamos prácticas en empresas portuguesas para estudiantes de formación profesional,
      solo para centros de España y Portugal.""",
      ["ES", "PT"], role="excluded-target"),
    d("simulator-o", "org-simu-engins", "FR-PDL", "TO", "fr",
      "Simulateurs de conduite d'engins de chantier pour la formation",
      """Nos simulateurs reproduisent la cabine et les commandes d'une pelle, d'une grue à tour
      ou d'un chariot élévateur. L'apprenant s'entraîne sans risque et sans consommer de
      carburant, le formateur suit ses progrès.""",
      technologies=("edtech", "ar-vr")),
    d("simulator-r", "org-centre-formation-btp-lyon", "FR-ARA", "TR", "fr",
      "Former des grutiers sans immobiliser nos vraies machines",
      """Notre centre de formation du bâtiment forme chaque année 300 conducteurs d'engins.
      Les heures de pratique sur les machines coûtent cher, elles s'usent, et les débutants
      font peur à tout le monde. Nous cherchons une autre façon d'apprendre les gestes.""",
      sectors=("P85.32",)),
    d("kidscode-o", "org-kod-shkola", "RU-MOW", "TO", "ru",
      "Онлайн-школа программирования для детей от 7 лет",
      """Наши курсы учат детей программировать через игры: Scratch, Python, создание сайтов.
      Занятия ведут преподаватели в маленьких группах, есть методика для партнёров, которые
      открывают кружки у себя, и курсы на французском и английском.""",
      ["FR", "BE", "CH", "RU", "KZ"]),
    d("kidscode-r", "org-centres-periscolaires", "FR-HDF", "TR", "fr",
      "Nos centres périscolaires veulent proposer de la programmation aux enfants",
      """Notre réseau gère 25 centres de loisirs et d'accueil après l'école. Les parents
      demandent des ateliers de code, mais nos animateurs ne savent pas programmer. Il nous
      faut un programme clé en main, avec formation des animateurs.""",
      sectors=("P85.51",)),
)

for need in ("dual", "weldvr", "adaptive", "intern", "chef", "proctor", "teachers", "lms",
             "erasmus", "simulator", "kidscode"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("dual-o2", "dual-r")
niche.pair("proctor-o2", "proctor-r")

niche.add(
    d("timetable-o", "org-timetabler", "GB-LND", "TO", "en",
      "School timetabling software",
      """Our software builds the weekly timetable of a school from teachers, rooms and subjects
      in minutes and reschedules it when a teacher is absent.""",
      role="unanswered"),
    d("attendance-r", "org-kolledzh-transporta", "KZ-79", "TR", "ru",
      "Нужна система учёта посещаемости студентов колледжа",
      """Преподаватели отмечают присутствие в бумажных журналах, и мы узнаём о прогулах только
      в конце семестра. Ищем электронную систему учёта посещаемости.""",
      sectors=("P85.32",), role="unanswered"),
    d("pizza-ovens", "org-pechi-dlya-picci", "RU-MOW", "BO", "ru",
      "Оборудование для итальянских ресторанов: печи для пиццы и пастоварки",
      """Поставляем дровяные и электрические печи для пиццы, пастоварки и тестомесы для
      ресторанов итальянской кухни, с монтажом и сервисом.""",
      sectors=("G46.69",), technologies=(), role="near-miss"),
    d("retail-recruit", "org-selezione-gdo", "IT-25", "TO", "it",
      "Selezione del personale per la grande distribuzione",
      """Troviamo e selezioniamo cassieri, addetti e capireparto per catene di supermercati,
      con colloqui online e prove pratiche.""",
      technologies=("hr-tech",), role="near-miss"),
    d("welding-gear", "org-schweissbedarf-schulen", "DE-NW", "TO", "de",
      "Schweißgeräte und Zubehör für Berufsschulen",
      """Wir statten Schweißwerkstätten von Berufsschulen mit Schweißgeräten, Absaugung und
      Schutzausrüstung aus, mit Rabatt für Bildungseinrichtungen.""",
      sectors=("G46.69",), technologies=(), role="near-miss"),
    d("tracksuits", "org-trainingsanzug-manufaktur", "DE-BY", "BO", "de",
      "Trainingsanzüge und Sportbekleidung für Vereine",
      """Wir fertigen Trainingsanzüge, Trikots und Jacken mit Vereinslogo für Sportvereine
      und Schulen, ab zehn Stück.""",
      sectors=("C14.19",), technologies=(), role="two-meanings"),
    d("golf-course", "org-fairway-design", "GB-SCT", "BO", "en",
      "Golf course design and construction",
      """We design and build golf courses, from routing and drainage to greens and bunkers,
      for resorts and clubs.""",
      sectors=("M71.11",), technologies=(), role="two-meanings"),
)
