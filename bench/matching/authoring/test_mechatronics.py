"""Test split, mechatronics: sibling needs sharing "robot", "drive", "automation", "axis"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("mechatronics", "sibling", ("C28.99", "C27.11"), ("mechatronics",))

niche.add(
    d("servo-o", "org-servomotori-bo", "IT-45", "TO", "it",
      "Azionamenti e servomotori per macchine automatiche",
      """Produciamo servoazionamenti multiasse e servomotori brushless con camme elettroniche e
      sincronizzazione di decine di assi su bus di campo. Li usano i costruttori di macchine per
      il confezionamento e l'imballaggio.""",
      ["RU", "KZ", "TR", "PL"]),
    d("servo-r", "org-upakmash", "RU-MOS", "TR", "ru",
      "Наша фасовочная машина не держит скорость при смене формата",
      """Мы выпускаем фасовочно-упаковочные автоматы, где ножи, транспортёры и дозаторы до сих
      пор связаны механическими валами и кулачками. Перенастройка на новый формат занимает
      смену, а скорость выше 80 пакетов в минуту не получается. Хотим перейти на электронную
      синхронизацию узлов.""",
      sectors=("C28.29",)),
    d("exo-o", "org-exoskelet", "RU-TOM", "TO", "ru",
      "Пассивный экзоскелет для грузчиков и сборщиков",
      """Наш экзоскелет снимает до 40% нагрузки со спины при подъёме коробок и работе наклонившись.
      Пружинный механизм без батарей, надевается за 30 секунд, весит 3 кг.""",
      ["DE", "IT", "KZ", "PL"], technologies=("mechatronics", "robotics")),
    d("exo-r", "org-versandzentrum-kassel", "DE-HE", "TR", "de",
      "Rückenschmerzen und Krankmeldungen in unserem Versandlager",
      """In unserem Versandzentrum heben Mitarbeiter täglich tonnenweise Pakete von Hand. Die
      Krankmeldungen wegen Rückenbeschwerden steigen, und wir finden kaum Personal. Wir suchen
      eine tragbare Entlastung für die Belegschaft.""",
      sectors=("H52.10",)),
    d("pallet-o", "org-palettierer-ulm", "DE-BW", "TO", "de",
      "Roboter-Palettierer für das Ende der Linie",
      """Unsere kompakten Roboterzellen palettieren Kartons, Säcke und Gebinde mit wechselnden
      Packmustern, die der Bediener am Touchpanel ändert. Eine Zelle bedient bis zu drei
      Linien.""",
      technologies=("mechatronics", "robotics")),
    d("pallet-r", "org-acque-minerali-alpi", "IT-25", "TR", "it",
      "Fine linea: tre operai impilano fardelli di bottiglie a mano",
      """Il nostro stabilimento di acqua minerale imbottiglia su tre linee e i fardelli vengono
      ancora messi sui bancali a mano, con turni pesanti e infortuni. Cerchiamo
      un'automazione compatta che si adatti a formati diversi.""",
      sectors=("C11.07",)),
    d("amr-o", "org-robomove", "KZ-75", "TO", "en",
      "Autonomous mobile robots for factory intralogistics",
      """Our autonomous mobile robots carry bins and trolleys between warehouse, assembly lines
      and shipping without floor markings, navigating around people. Routes are drawn on a
      tablet in an hour.""",
      technologies=("mechatronics", "robotics", "logistics")),
    d("amr-r", "org-componentes-aragon", "ES-AR", "TR", "es",
      "Nuestros operarios pasan el día empujando carros entre naves",
      """En nuestra fábrica de componentes para automoción, doce personas por turno mueven carros
      de piezas entre el almacén y las líneas de montaje. Queremos automatizar estos
      traslados sin rehacer el suelo de la planta.""",
      sectors=("C29.32",)),
    d("piezo-o", "org-nanopositionnement", "FR-ARA", "TO", "fr",
      "Platines de nanopositionnement piézoélectriques",
      """Nous fabriquons des platines et actionneurs piézoélectriques qui positionnent des
      échantillons, des lentilles ou des wafers avec une précision nanométrique, avec leurs
      contrôleurs en boucle fermée.""",
      sectors=("C26.70", "C28.99")),
    d("piezo-r", "org-institut-optiki", "RU-SPE", "TR", "ru",
      "Нужно перемещать образец под микроскопом с точностью до нанометров",
      """Наша лаборатория собирает установку для оптической литографии и микроскопии
      сверхвысокого разрешения. Существующие механические столики дают люфт и дрейф в
      микрометры. Ищем приводы и систему управления для сверхточного позиционирования.""",
      sectors=("M72.19",)),
    d("eha-o", "org-attuatori-veneto", "IT-34", "TO", "it",
      "Attuatori elettroidraulici al posto delle centrali oleodinamiche",
      """I nostri attuatori elettroidraulici integrano motore, pompa e cilindro in un'unità
      sigillata: niente tubi, niente perdite d'olio e consumo solo quando l'asse si muove.
      Ideali per presse e piegatrici.""",
      ["RU", "KZ", "BY"]),
    d("eha-r", "org-pressmash-voronezh", "RU-VOR", "TR", "ru",
      "Гидравлика наших прессов течёт и съедает электроэнергию",
      """Мы производим листогибочные прессы, и клиенты жалуются на утечки масла, шум и постоянно
      работающие насосные станции. Хотим заменить классическую гидравлику на компактные
      электроприводы с той же силой.""",
      sectors=("C28.41",)),
    d("binpick-o", "org-3d-zrenie", "RU-NIZ", "TO", "ru",
      "Роботизированная выборка деталей из контейнера с 3D-зрением",
      """Наша 3D-камера и программное обеспечение находят детали, сваленные навалом в ящике, и
      говорят роботу, как их взять, без обучения на каждой детали. Система загружает станки и
      прессы круглосуточно.""",
      ["IT", "KZ", "DE"], technologies=("mechatronics", "machine-vision")),
    d("binpick-r", "org-bulloneria-lecco", "IT-25", "TR", "it",
      "Caricare le macchine con pezzi alla rinfusa, anche di notte",
      """Le nostre macchine di ripresa ricevono viti e perni grezzi da cassoni dove sono
      ammucchiati alla rinfusa, e un operatore li sistema a mano. Vorremmo un robot che li prenda
      da solo, per lavorare anche nel turno di notte.""",
      sectors=("C25.94",)),
    d("edu-o", "org-lehrsysteme-mech", "DE-NW", "BO", "de",
      "Mechatronik-Lehrsysteme für Berufsschulen",
      """Wir liefern Lernstationen mit Pneumatik, Sensorik, SPS und Antrieben, dazu Lehrpläne und
      Lehrerfortbildung, für Berufsschulen und Ausbildungszentren.""",
      ["KZ", "UZ", "AZ", "GE"], sectors=("C28.99", "P85.32")),
    d("edu-r", "org-politech-college-kz", "KZ-23", "BR", "ru",
      "Колледжу нужны учебные стенды по мехатронике",
      """Наш технический колледж открывает специальность «Мехатроника» для нефтехимических
      предприятий региона. У нас нет учебного оборудования и методик. Ищем поставщика стендов с
      программой обучения преподавателей.""",
      sectors=("P85.32",)),
    d("harmonic-o", "org-riduttori-precisi", "IT-21", "TO", "en",
      "Zero-backlash strain-wave gears for robot joints",
      """We manufacture compact strain-wave gearboxes with zero backlash and hollow shafts for
      robot joints, rotary tables and medical devices, in ratios from 50 to 160.""",
      sectors=("C28.15",)),
    d("harmonic-r", "org-robo-ruka", "RU-SAM", "TR", "en",
      "Our robot arm start-up needs precise compact reducers",
      """We are building a six-axis collaborative arm. The gearboxes we can buy locally are
      heavy and have play, which ruins repeatability. We look for a supplier of small,
      backlash-free reducers for the joints.""",
      sectors=("C28.99",), technologies=("mechatronics", "robotics")),
)

niche.add(
    d("exo-o2", "org-exo-ergo", "ES-CT", "TO", "es",
      "Exoesqueleto lumbar para operarios de almacén",
      """Nuestro exoesqueleto pasivo reduce el esfuerzo de la espalda al levantar cargas. Ligero,
      sin baterías y adaptable a cada trabajador.""",
      ["DE", "FR", "IT"], technologies=("mechatronics", "robotics"), role="same-kind"),
    d("pallet-excluded", "org-palletrobot-pl", "PL-24", "TO", "en",
      "Robotic palletising cells",
      """We build robotic palletising cells for beverage and food lines. We only take projects in
      Poland, Czechia and Slovakia.""",
      ["PL", "CZ", "SK"], technologies=("mechatronics", "robotics"), role="excluded-target"),
    d("servo-same-org", "org-upakmash", "RU-MOS", "TO", "ru",
      "Предлагаем модернизацию упаковочных линий с сервоприводами",
      """Наш сервисный отдел переводит упаковочные машины на сервоприводы и электронные кулачки
      для других производителей.""",
      role="same-organisation"),
    d("weld-r", "org-metallkonstrukcii-perm", "RU-PER", "TR", "ru",
      "Сварщиков не хватает, заказы на металлоконструкции срываются",
      """Мы варим балки и фермы, а найти сварщиков всё труднее. Интересует автоматизация сварки
      длинных швов.""",
      sectors=("C25.11",), role="unanswered"),
    d("sorting-o", "org-sorter-tec", "IT-45", "TO", "it",
      "Smistatori automatici per pacchi",
      """Costruiamo smistatori a nastro incrociato per corrieri e magazzini e-commerce, fino a
      10.000 pacchi l'ora.""",
      technologies=("mechatronics", "logistics"), role="unanswered"),
    d("chatbot-robot", "org-robot-assist", "RU-MOW", "TO", "en",
      "Customer service robot for banks and telecoms",
      """Our software robot answers customers in chat and by voice, understands requests in
      Russian, Kazakh and English and hands difficult cases to a human agent.""",
      sectors=("J62.01",), technologies=("nlp",), role="two-meanings"),
    d("joint-venture", "org-ristoranti-joint", "IT-62", "BO", "it",
      "Joint venture per aprire ristoranti italiani all'estero",
      """Cerchiamo soci per una joint venture che apra ristoranti con il nostro marchio:
      forniamo format, cuochi e prodotti.""",
      ["KZ", "AE", "AM"], sectors=("I56.10",), technologies=(), role="two-meanings"),
    d("driving-school", "org-autoshkola-drive", "KZ-75", "BO", "ru",
      "Автошкола «Драйв» приглашает партнёров-франчайзи",
      """Сеть автошкол с онлайн-теорией и собственной площадкой ищет партнёров в других
      городах.""",
      sectors=("P85.53",), technologies=(), role="two-meanings"),
)

for need in ("servo", "exo", "pallet", "amr", "piezo", "eha", "binpick", "edu", "harmonic"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("exo-o2", "exo-r")

niche.add(
    d("linear-o", "org-lineartechnik-bayern", "DE-BY", "TO", "en",
      "Linear motor axes for high-speed pick-and-place",
      """Our linear motor modules move loads at up to 5 m/s with micrometre repeatability, with
      integrated encoders and cable chains, ready to bolt into assembly machines.""",
      ["IT", "KZ", "RU", "CZ"]),
    d("linear-r", "org-assemblaggio-elettronico", "IT-36", "TR", "it",
      "La nostra macchina di assemblaggio è lenta per colpa delle cinghie",
      """Costruiamo macchine che inseriscono componenti su schede e connettori. Gli assi a cinghia
      e vite a ricircolo limitano la velocità e perdono precisione con l'usura. Cerchiamo assi
      più veloci e precisi, senza manutenzione.""",
      sectors=("C28.99",)),
    d("hexapod-o", "org-gexapod", "RU-MOW", "TO", "ru",
      "Гексаподы для испытательных стендов",
      """Производим шестиосевые платформы-гексаподы для испытаний на вибрацию и имитации
      движения.""",
      role="unanswered"),
)
niche.pair("linear-o", "linear-r")

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("wrapper-o", "org-avvolgitori", "IT-45", "TO", "de",
      "Stretchwickler für Paletten am Linienende",
      """Unsere Wickelmaschinen umwickeln fertige Paletten automatisch mit Stretchfolie, mit
      Folienvorstreckung und Förderbändern für Getränkelinien.""",
      role="near-miss"),
    d("plc-retrofit", "org-retrofit-plc", "DE-BW", "TO", "ru",
      "Модернизация систем управления упаковочных машин",
      """Заменяем устаревшие контроллеры и панели оператора упаковочных машин на современные,
      переносим программы и восстанавливаем документацию.""",
      ["RU", "KZ", "BY"], role="near-miss"),
)
