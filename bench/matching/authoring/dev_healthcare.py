"""Dev split, healthcare: ten sibling needs that share "patients", "hospital", "monitoring"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("healthcare", "sibling", ("Q86.10", "J62.01"), ("healthcare",))

niche.add(
    d("tele-o", "org-medlink-kz", "KZ-71", "TO", "ru",
      "Телемедицинская платформа для сельских фельдшерских пунктов",
      """Наша платформа соединяет фельдшера в отдалённом селе с врачом-специалистом в областной
      больнице: видеоконсультация, передача ЭКГ и снимков, электронное заключение. Работает при
      слабом мобильном интернете. Внедрена в 400 пунктах Казахстана.""",
      ["KZ", "IT", "UZ", "KG"]),
    d("tele-r", "org-asl-appennino", "IT-45", "TR", "it",
      "Specialisti lontani dai paesi di montagna",
      """La nostra azienda sanitaria copre valli di montagna dove gli ambulatori hanno solo un
      infermiere e il cardiologo più vicino è a due ore di strada. Vogliamo che i pazienti
      possano essere visitati a distanza dallo specialista, con invio di tracciati ed esami,
      anche dove la connessione è debole.""",
      sectors=("Q86.90",)),
    d("beds-o", "org-flussi-sanitari", "IT-25", "TO", "it",
      "Gestione dei posti letto e dei flussi di pazienti in ospedale",
      """Il nostro cruscotto mostra in tempo reale letti liberi, dimissioni previste e pazienti in
      attesa al pronto soccorso, e suggerisce dove ricoverare ciascuno. Le pulizie e i trasporti
      interni ricevono i compiti sul telefono. I tempi di attesa per il ricovero calano del
      30%.""",
      technologies=("healthcare", "business-process-management")),
    d("beds-r", "org-gkb-kazan", "RU-TA", "TR", "ru",
      "Пациенты часами ждут в приёмном покое свободную койку",
      """В нашей городской больнице на 900 коек никто не видит общую картину: отделения
      сообщают о свободных местах по телефону, выписки оформляются к вечеру, и пациенты из
      приёмного отделения ждут госпитализации по пять-шесть часов. Ищем решение для
      планирования госпитализаций.""",
      sectors=("Q86.10",)),
    d("ecg-o", "org-cardiopatch", "DE-BW", "TO", "en",
      "Wearable ECG patch for remote heart monitoring",
      """Our adhesive patch records a medical-grade ECG for up to 14 days while the patient
      lives normally; an algorithm flags atrial fibrillation and sends a report to the
      cardiologist. CE marked, validated in three university hospitals.""",
      sectors=("C26.60", "Q86.22"), technologies=("healthcare", "iot")),
    d("ecg-r", "org-kardiocentr-tomsk", "RU-TOM", "TR", "ru",
      "Длительное наблюдение за ритмом сердца у пациентов дома",
      """Кардиологический центр наблюдает пациентов после инсульта, у которых нужно поймать
      редкие эпизоды аритмии. Холтер на сутки их часто не видит, а госпитализировать надолго
      нельзя. Ищем носимое устройство и сервис, который будет присылать нам результаты.""",
      sectors=("Q86.22",)),
    d("xray-o", "org-rentgen-ai", "RU-MOW", "RC", "ru",
      "Нейросеть для сортировки рентгенограмм грудной клетки: ищем клинических партнёров",
      """Мы разработали модель, которая находит на рентгенограммах грудной клетки признаки
      пневмонии, туберкулёза и новообразований и поднимает срочные снимки в начало очереди
      рентгенолога. Для совместного исследования ищем больницы с архивами снимков в других
      странах.""",
      technologies=("healthcare", "ai")),
    d("xray-r", "org-uni-napoli-radiologia", "IT-72", "RC", "it",
      "Studio multicentrico sull'intelligenza artificiale per le radiografie del torace",
      """Il nostro dipartimento di radiologia ha un archivio di 200.000 radiografie del torace
      refertate e vuole validare algoritmi di triage su casi italiani, per ridurre il tempo di
      refertazione dei casi urgenti. Cerchiamo un gruppo che porti un modello già addestrato in
      uno studio comune.""",
      technologies=("healthcare", "ai")),
    d("fhir-o", "org-interop-health", "ES-CT", "TO", "es",
      "Integración de historias clínicas con HL7 FHIR",
      """Conectamos sistemas de laboratorio, radiología, farmacia e historia clínica de
      distintos proveedores mediante un motor de integración basado en HL7 FHIR. Los médicos ven
      todos los datos del paciente en un único expediente.""",
      technologies=("healthcare", "big-data")),
    d("fhir-r", "org-clinic-network-am", "AM-ER", "TR", "en",
      "Our clinics run six systems that do not talk to each other",
      """A private network of 14 clinics in Yerevan uses different software for the lab,
      imaging, pharmacy and patient records. Doctors re-type results and miss earlier tests.
      We want one patient record across all sites without replacing every system.""",
      sectors=("Q86.21",)),
    d("rehab-o", "org-riabilita-vr", "IT-52", "TO", "it",
      "Riabilitazione a domicilio dopo l'ictus con sensori e realtà virtuale",
      """Il nostro kit con sensori indossabili e visore guida il paziente in esercizi per braccio
      e mano sotto forma di gioco; il fisioterapista segue i progressi da remoto e regola il
      programma. Studi clinici mostrano un'aderenza doppia rispetto agli esercizi su carta.""",
      ["RU", "KZ", "DE", "ES"]),
    d("rehab-r", "org-reacenter-ekb", "RU-SVE", "TR", "ru",
      "Пациенты после инсульта бросают упражнения после выписки",
      """Наш реабилитационный центр выписывает пациентов с планом упражнений, но дома большинство
      перестаёт заниматься уже через неделю, и подвижность руки не восстанавливается. Хотим
      продолжать вести их удалённо и видеть, что они действительно тренируются.""",
      sectors=("Q86.90",)),
    d("pharmacy-o", "org-dosi-robot", "IT-57", "TO", "it",
      "Robot per la preparazione delle terapie in dose unitaria",
      """Il nostro robot di farmacia ospedaliera sconfeziona i blister, prepara la dose singola di
      ogni paziente con codice a barre e la consegna al reparto, riducendo gli errori di
      somministrazione. Si collega alla prescrizione elettronica.""",
      sectors=("C28.99", "Q86.10"), technologies=("healthcare", "robotics")),
    d("pharmacy-r", "org-oblbolnica-samara", "RU-SAM", "TR", "en",
      "Medication errors in our wards: looking for automation",
      """Nurses in our regional hospital prepare thousands of pills by hand every day, and
      audits keep finding wrong doses and missed medications. We want each patient's tablets
      prepared, labelled and traced automatically from the doctor's prescription to the
      bedside.""",
      sectors=("Q86.10",)),
    d("tablet-device", "org-tabletka-it", "RU-NVS", "TO", "en",
      "Rugged tablets for field staff",
      """We build rugged Android tablets with barcode readers for couriers, meter readers and
      warehouse staff; they survive drops, rain and minus 30 degrees.""",
      sectors=("C26.20",), technologies=("iot",), role="two-meanings"),
    d("diab-o", "org-glucoapp", "DE-BE", "TO", "de",
      "App für Diabetiker mit automatischer Blutzuckerübertragung",
      """Unsere App liest Blutzuckermessgeräte und Sensoren per Bluetooth aus, berechnet
      Insulindosen und teilt die Werte mit dem behandelnden Arzt. Ärzte sehen alle Patienten in
      einem Dashboard und werden bei gefährlichen Werten gewarnt.""",
      technologies=("healthcare", "iot")),
    d("diab-r", "org-endo-clinic-almaty", "KZ-75", "TR", "ru",
      "Контроль сахара у пациентов с диабетом между визитами",
      """Эндокринологическая клиника ведёт 6000 пациентов с диабетом. Между приёмами мы не видим
      их показателей, дневники в тетрадях неполные, и осложнения обнаруживаются поздно. Нужен
      способ получать данные глюкометров и вовремя вмешиваться.""",
      sectors=("Q86.22",)),
    d("steri-o", "org-sterilog", "IT-21", "TO", "en",
      "Traceability of surgical instruments through sterilisation",
      """Our software and laser-marked codes trace every surgical instrument through washing,
      packing, sterilisation and use in the operating room, and link each set to the patient
      record. Recalls and missing instruments are found in seconds.""",
      technologies=("healthcare", "business-process-management")),
    d("steri-r", "org-hospital-galicia", "ES-GA", "TR", "en",
      "We lose track of surgical sets between theatre and sterilisation",
      """Our hospital runs 22 operating theatres, and sets regularly arrive incomplete or
      their sterilisation record cannot be found during audits. We are looking for a system that
      follows each instrument through the whole reprocessing cycle.""",
      sectors=("Q86.10",)),
    d("medtour-o", "org-ortho-verona", "IT-34", "BO", "ru",
      "Лечение в Италии: эндопротезирование суставов для иностранных пациентов",
      """Итальянская ортопедическая клиника принимает иностранных пациентов на замену
      тазобедренного и коленного сустава: предварительная онлайн-консультация, переводчик,
      проживание и реабилитация. Ищем партнёров — медицинские центры и агентства в странах
      СНГ.""",
      ["RU", "KZ", "UZ", "AM", "AZ"], sectors=("Q86.10", "N79.90")),
    d("medtour-r", "org-zdorovie-travel", "KZ-75", "BR", "ru",
      "Ищем зарубежные клиники для наших пациентов, которым нужна операция на суставах",
      """Наше агентство медицинского туризма помогает пациентам из Казахстана получить лечение
      за границей. Растёт спрос на эндопротезирование колена и бедра в Европе. Ищем клинику,
      которая возьмёт на себя организацию лечения, перевод и реабилитацию.""",
      sectors=("N79.90",)),
    d("medtour-excluded", "org-klinik-am-see", "DE-BY", "BO", "de",
      "Gelenkersatz für internationale Patienten",
      """Unsere orthopädische Klinik behandelt internationale Patienten: Hüft- und Knieersatz mit
      Dolmetscher und Reha. Wir arbeiten mit Agenturen aus den Golfstaaten zusammen.""",
      ["AE", "SA", "QA", "KW"], sectors=("Q86.10",), role="excluded-target"),
    d("virus-it", "org-scudo-cyber", "IT-62", "TO", "it",
      "Protezione dai virus informatici per studi medici",
      """Il nostro antivirus gestito protegge computer e server degli studi medici da virus,
      ransomware e furto di dati dei pazienti, con monitoraggio continuo e ripristino dei
      backup.""",
      sectors=("J62.02",), technologies=("cybersecurity",), role="two-meanings"),
)

for need in ("tele", "beds", "ecg", "xray", "fhir", "rehab", "pharmacy", "diab", "steri",
             "medtour"):
    niche.pair(f"{need}-o", f"{need}-r")

niche.add(
    d("ecg-r2", "org-cardiologia-lecce", "IT-75", "TR", "it",
      "Monitorare il ritmo cardiaco per settimane senza ricoverare",
      """Il nostro ambulatorio di cardiologia deve scoprire fibrillazioni atriali rare in pazienti
      con palpitazioni. L'Holter di 24 ore spesso non le registra. Cerchiamo un dispositivo
      indossabile a lungo termine con referti inviati a noi.""",
      sectors=("Q86.22",), role="same-kind"),
    d("homecare-o", "org-nursing-home-plus", "DE-HE", "BO", "de",
      "Häusliche Intensivpflege nach Krankenhausentlassung",
      """Unser Pflegedienst versorgt beatmete und schwerkranke Patienten zu Hause rund um die Uhr
      mit examinierten Pflegekräften.""",
      ["DE", "AT"], role="unanswered"),
    d("apnea-r", "org-son-clinic", "RU-SPE", "TR", "ru",
      "Очередь на обследование сна растянулась на полгода",
      """В нашем центре медицины сна одна лаборатория полисомнографии, а пациентов с подозрением на
      апноэ сотни. Ищем способ проводить обследование сна у пациентов дома.""",
      sectors=("Q86.22",), role="unanswered"),
    d("dental-o", "org-dentascan", "ES-CT", "TO", "es",
      "Escáner intraoral para clínicas dentales",
      """Nuestro escáner intraoral sustituye las impresiones de silicona: el modelo 3D del paciente
      se envía al laboratorio dental en minutos.""",
      sectors=("C32.50",), role="unanswered"),
    d("monitor-displays", "org-displayworld", "DE-NW", "BO", "en",
      "Computer monitors and displays for offices",
      """We distribute computer monitors, large-format displays and docking stations to office
      equipment dealers, with next-day delivery.""",
      sectors=("G46.51",), technologies=(), role="two-meanings"),
)
niche.pair("ecg-o", "ecg-r2")

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("telepharmacy-o", "org-farmabox", "IT-82", "TO", "en",
      "Remote-controlled pharmacy cabinets for villages",
      """Our cabinets dispense medicines in villages without a pharmacy; a pharmacist in town
      checks the prescription by video and releases the box.""",
      role="near-miss"),
    d("bp-o", "org-tonometr-app", "RU-SPE", "TO", "de",
      "Blutdruckmessgeräte mit App für die Hausarztpraxis",
      """Unsere Oberarm-Blutdruckmessgeräte übertragen die Werte per Bluetooth in eine App, die
      Hausärzte einsehen können.""",
      technologies=("healthcare", "iot"), role="near-miss"),
)

# More German-Russian and English-Italian pairs (added for the per-language-pair check).
niche.add(
    d("hearing-o", "org-hoerfern", "DE-HH", "TO", "de",
      "Fernanpassung von Hörgeräten per Videosprechstunde",
      """Mit unserer Plattform stellt der Hörakustiker die Hörgeräte des Patienten aus der
      Ferne nach: der Patient sitzt zu Hause mit seinem Smartphone, der Akustiker ändert die
      Einstellungen live und bespricht sie per Video. Wir suchen Hörgeräteketten in
      Russland und Kasachstan.""",
      ["RU", "KZ"]),
    d("hearing-r", "org-sluh-centr", "RU-KYA", "TR", "ru",
      "Пациентам из районов трудно приезжать на подстройку слуховых аппаратов",
      """Наши центры слуха работают в Красноярске, а многие пожилые пациенты живут за сотни
      километров. После покупки аппарат приходится несколько раз настраивать, и люди просто
      перестают его носить. Ищем технологию, чтобы сурдолог мог настраивать аппарат на
      расстоянии.""",
      sectors=("Q86.90",)),
    d("wound-o", "org-woundsnap", "GB-LND", "TO", "en",
      "Smartphone app that measures pressure ulcers from a photo",
      """Nurses take a photo of the wound with our app; it measures area and depth, tracks
      healing over time and sends the series to a wound specialist for advice. It is used in
      care homes in the UK and Ireland and we seek partners in Italy.""",
      ["IT", "IE", "GB"]),
    d("wound-r", "org-rsa-colline", "IT-52", "TR", "it",
      "Piaghe da decubito nelle nostre residenze per anziani",
      """Gestiamo quattro residenze sanitarie assistenziali con 300 ospiti. Le lesioni da
      pressione vengono descritte a parole in cartella e il dermatologo passa una volta al mese,
      quando spesso è tardi. Cerchiamo uno strumento per documentarle e farle valutare a
      distanza.""",
      sectors=("Q87.10",)),
)
niche.pair("hearing-o", "hearing-r")
niche.pair("wound-o", "wound-r")

# Russian offers for German requests (added for the per-language-pair check).
niche.add(
    d("ctg-o", "org-mama-monitor", "RU-SPE", "TO", "ru",
      "Домашний КТГ: наблюдение за сердцебиением плода на расстоянии",
      """Беременная сама надевает наш портативный кардиотокограф дома, запись за двадцать минут
      уходит врачу через приложение, и врач видит сердцебиение плода и схватки, не вызывая
      женщину в клинику. Прибор зарегистрирован в России, ищем партнёров в Европе.""",
      ["DE", "AT", "RU", "KZ"]),
    d("ctg-r", "org-hebammen-netz", "DE-TH", "TR", "de",
      "Herztöne des Babys prüfen, ohne dass Schwangere in die Klinik fahren",
      """Unser Netzwerk von Hebammen betreut Schwangere auf dem Land in Thüringen. Bei
      Terminüberschreitung müssen die Frauen alle zwei Tage zum Wehenschreiber in die Klinik
      fahren, oft eine Stunde pro Weg. Wir suchen eine Möglichkeit, das zu Hause zu machen.""",
      sectors=("Q86.90",)),
)
niche.pair("ctg-o", "ctg-r")

# German-Russian in both directions, German-Italian and French-Russian (second addition).
niche.add(
    d("dictate-o", "org-sprachbefund", "DE-HE", "TO", "de",
      "Spracherkennung für Arztbriefe und Befunde",
      """Ärztinnen und Ärzte diktieren Befund oder Entlassbrief, unsere medizinische
      Spracherkennung schreibt ihn mit Fachbegriffen in die Patientenakte und erkennt Diagnosen
      für die Kodierung. Sie läuft im Rechenzentrum der Klinik. Wir suchen Kliniken, die das
      Russische mit uns trainieren.""",
      ["RU", "KZ", "DE", "AT"], technologies=("healthcare", "nlp")),
    d("dictate-r", "org-poliklinika-yar", "RU-YAR", "TR", "ru",
      "Врачи тратят половину приёма на набор текста в карте",
      """В нашей городской поликлинике терапевт видит пациента двенадцать минут, и шесть из них
      печатает осмотр и назначения в электронную карту. Пациенты жалуются, что врач смотрит в
      монитор. Ищем способ быстро заполнять документы без клавиатуры.""",
      sectors=("Q86.21",)),
    d("interpret-o", "org-videodolmetsch-med", "DE-BE", "BO", "de",
      "Video-Dolmetschen in 40 Sprachen für Praxen und Kliniken",
      """Auf Knopfdruck erscheint in unter zwei Minuten ein medizinisch geschulter Dolmetscher
      per Video auf Tablet oder Telefon, rund um die Uhr, auch für Russisch, Usbekisch und
      Tadschikisch. Abgerechnet wird pro Minute.""",
      sectors=("M74.30", "Q86.10")),
    d("interpret-r", "org-gp-migrant-care", "RU-MOW", "BR", "ru",
      "Мы не понимаем пациентов, которые плохо говорят по-русски",
      """Медицинский центр принимает много трудовых мигрантов из Центральной Азии. Многие не
      могут объяснить жалобы и не понимают назначения, врачи зовут на помощь санитарок и
      родственников. Нам нужен профессиональный перевод во время приёма, быстро и без записи
      заранее.""",
      sectors=("Q86.22",)),
    d("retina-o", "org-glaznoe-dno-ai", "RU-KDA", "TO", "ru",
      "Автоматический скрининг диабетической ретинопатии по снимкам глазного дна",
      """Наша программа анализирует снимок глазного дна, сделанный медсестрой на недорогой
      камере, и за минуту сообщает, нужно ли направить пациента к офтальмологу. Чувствительность
      проверена на 60 000 снимков. Ищем партнёров в Европе для клинической проверки и
      продаж.""",
      ["DE", "AT", "IT", "KZ"], technologies=("healthcare", "medical-imaging", "ai")),
    d("retina-r", "org-diabetes-praxisnetz", "DE-NI", "TR", "de",
      "Diabetiker warten Monate auf die jährliche Augenuntersuchung",
      """Unser Praxisnetz betreut 9.000 Menschen mit Diabetes. Die vorgeschriebene Kontrolle
      der Netzhaut findet bei vielen nicht statt, weil die Augenärzte ausgebucht sind, und
      Schäden werden zu spät entdeckt. Wir möchten die Untersuchung in der Hausarztpraxis
      vorsortieren.""",
      sectors=("Q86.21",)),
    d("pillbox-o", "org-umnaya-tabletnica", "RU-TOM", "TO", "ru",
      "Умная таблетница с напоминаниями и оповещением родственников",
      """Таблетница открывает нужную ячейку в нужное время, подаёт сигнал и сообщает родным или
      медсестре, если лекарство не принято. Заправляется раз в неделю. Ищем службы ухода на дому
      и дистрибьюторов медтехники в Германии и Австрии.""",
      ["DE", "AT", "RU"], technologies=("healthcare", "assisted-living", "iot")),
    d("pillbox-r", "org-ambulante-pflege-sued", "DE-BY", "TR", "de",
      "Unsere Seniorinnen vergessen ihre Tabletten oder nehmen sie doppelt",
      """Unser ambulanter Pflegedienst betreut 300 ältere Menschen zu Hause, die Pflegekräfte
      kommen aber nur einmal am Tag. Viele nehmen die Medikamente zur falschen Zeit oder gar
      nicht, was immer wieder zu Klinikeinweisungen führt. Wir suchen eine technische
      Unterstützung für die Zeit dazwischen.""",
      sectors=("Q88.10",)),
    d("discharge-o", "org-nachsorge-net", "DE-HH", "TO", "de",
      "Online-Plattform für das Entlassmanagement",
      """Der Sozialdienst der Klinik schickt eine Anfrage an alle passenden Pflegeheime,
      Reha-Einrichtungen und Pflegedienste gleichzeitig und sieht freie Plätze in Echtzeit. Die
      Verlegung wird in Stunden statt Tagen geklärt. Wir suchen Pilotkliniken in Italien.""",
      ["IT", "DE", "AT"]),
    d("discharge-r", "org-ospedale-val-tidone", "IT-45", "TR", "it",
      "Pazienti pronti per la dimissione restano in reparto per giorni",
      """Molti nostri pazienti anziani potrebbero lasciare l'ospedale ma hanno bisogno di una RSA
      o di assistenza domiciliare. Le assistenti sociali telefonano a decine di strutture per
      trovare un posto, e intanto i letti restano occupati. Cerchiamo uno strumento che
      acceleri questa ricerca.""",
      sectors=("Q86.10",)),
    d("teledermo-o", "org-dermato-distance", "FR-PAC", "TO", "fr",
      "Télé-expertise dermatologique à partir de photos",
      """Le médecin généraliste photographie la lésion avec un dermatoscope branché sur son
      téléphone et reçoit l'avis d'un dermatologue en 48 heures. Notre réseau compte 120
      dermatologues. Nous cherchons des partenaires pour ouvrir le service en russe.""",
      ["RU", "KZ", "FR", "BE"], technologies=("healthcare", "digital-health")),
    d("teledermo-r", "org-rayonnaya-bolnica", "RU-ALT", "TR", "ru",
      "Жители района ждут дерматолога по полгода",
      """В нашей районной больнице нет своего дерматолога, ближайший принимает в краевом центре
      за 300 км. Терапевты не уверены, опасна ли родинка или сыпь, и отправляют всех подряд.
      Хотим получать мнение специалиста, не отправляя пациента в дорогу.""",
      sectors=("Q86.10",)),
)
for need in ("dictate", "interpret", "retina", "pillbox", "discharge", "teledermo"):
    niche.pair(f"{need}-o", f"{need}-r")
