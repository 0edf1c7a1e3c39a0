"""Blind split, construction and BIM: sibling needs sharing "building", "site", "model",
"concrete"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("construction", "sibling", ("F41.20", "M71.11"), ("construction-tech",))

niche.add(
    d("clash-o", "org-bim-koordination", "DE-HE", "BO", "de",
      "BIM-Koordination und Kollisionsprüfung für Bauprojekte",
      """Wir führen die Fachmodelle von Architektur, Tragwerk und Haustechnik zusammen, finden
      Kollisionen von Leitungen, Trägern und Durchbrüchen vor Baubeginn und klären sie in
      wöchentlichen Koordinationsrunden mit den Planern. Wir arbeiten auch für Projekte im
      Ausland.""",
      ["RU", "KZ", "DE", "AT", "PL"], sectors=("M71.12",)),
    d("clash-r", "org-stroitrest-kazan", "RU-TA", "BR", "ru",
      "На стройке воздуховоды упираются в балки, и мы переделываем всё на месте",
      """Мы генподрядчик, строим бизнес-центры и больницы. Проекты разделов делают разные
      бюро, и на площадке постоянно выясняется, что трубы, вентиляция и конструкции не
      помещаются в одном месте. Переделки съедают сроки и деньги. Хотим находить такие
      ошибки до начала монтажа.""",
      sectors=("F41.20",)),
    d("scan-o", "org-lazerskan-3d", "RU-SPE", "BO", "ru",
      "Лазерное сканирование зданий и создание BIM-модели существующего объекта",
      """Сканируем здание наземными лазерными сканерами за несколько дней и строим по облаку
      точек точную информационную модель: стены, перекрытия, инженерные сети. Модель передаём в
      Revit или IFC. Работали на заводах, в театрах и больницах.""",
      ["DE", "AT", "RU", "KZ"], sectors=("M71.12",)),
    d("scan-r", "org-klinikbau-franken", "DE-BY", "BR", "de",
      "Für unser altes Krankenhaus gibt es keine brauchbaren Pläne",
      """Wir sanieren ein Krankenhaus aus den sechziger Jahren bei laufendem Betrieb. Die
      vorhandenen Pläne stimmen nicht mit dem Bestand überein, jeder Umbau hat Jahrzehnte an
      Änderungen hinterlassen. Für die Planung brauchen wir ein genaues digitales Abbild des
      heutigen Gebäudes.""",
      sectors=("Q86.10", "F41.20")),
    d("maturity-o", "org-concretewise", "GB-BIR", "TO", "en",
      "Wireless sensors that tell you the strength of concrete in place",
      """Our sensors are tied to the rebar before the pour and report temperature every 15
      minutes to a phone app, which calculates the in-place strength of the slab with the
      maturity method. Site teams know exactly when formwork can come off or cables can be
      tensioned.""",
      ["IT", "ES", "GB", "IE", "DE"]),
    d("maturity-r", "org-impresa-edile-valsugana", "IT-32", "TR", "it",
      "D'inverno non sappiamo quando disarmare i solai",
      """Costruiamo edifici residenziali in montagna. Con il freddo il calcestruzzo indurisce
      lentamente e per prudenza lasciamo casseri e puntelli settimane in più, bloccando la
      squadra e il materiale. I cubetti mandati in laboratorio danno risposte troppo tardi.""",
      sectors=("F41.20",)),
    d("maturity-o2", "org-betonsensorik", "DE-NW", "TO", "de",
      "Funksensoren zur Festigkeitsbestimmung von Beton auf der Baustelle",
      """Unsere Sensoren werden einbetoniert, messen die Temperatur und berechnen die aktuelle
      Druckfestigkeit nach dem Reifegradverfahren. So wird früher ausgeschalt und Winterbau
      wird planbar.""",
      ["IT", "DE", "AT"], role="same-kind"),
    d("takeoff-o", "org-computo-bim", "IT-45", "TO", "it",
      "Computo metrico automatico dal modello BIM",
      """Il nostro software legge il modello IFC e produce in pochi minuti il computo metrico
      estimativo collegato al prezziario: quantità di calcestruzzo, acciaio, murature e
      finiture, aggiornate a ogni revisione del progetto.""",
      ["GB", "IE", "IT", "MT"]),
    d("takeoff-r", "org-dublin-estimating", "IE-D", "TR", "en",
      "Our estimators spend weeks counting quantities off drawings for every bid",
      """We are a mid-size contractor bidding on schools and housing schemes. For each tender two
      estimators measure walls, slabs and doors by hand from PDF drawings, and any design
      change means starting again. We lose bids because we cannot price them in time.""",
      sectors=("F41.20",)),
    d("seismic-o", "org-isolatori-sismici", "IT-57", "TO", "it",
      "Isolatori sismici e dissipatori per l'adeguamento di edifici esistenti",
      """Produciamo isolatori elastomerici e a scorrimento e dissipatori viscosi, e
      progettiamo con gli strutturisti l'adeguamento sismico di scuole e ospedali senza
      demolirli. Oltre 400 edifici protetti in Italia e all'estero.""",
      ["KZ", "UZ", "KG", "IT", "GE"]),
    d("seismic-r", "org-akimat-almaty-shkoly", "KZ-75", "TR", "ru",
      "Школы в сейсмоопасном городе нужно укрепить без сноса",
      """Управление образования города отвечает за 80 школьных зданий советской постройки в
      зоне девятибалльных землетрясений. Экспертиза показала, что многие здания не выдержат
      сильного толчка, но сносить и строить заново нет ни денег, ни времени. Ищем технологию
      усиления.""",
      sectors=("O84.12",)),
    d("seismic-excluded", "org-antisismica-sud", "IT-78", "TO", "it",
      "Adeguamento sismico con isolamento alla base",
      """Progettiamo e installiamo sistemi di isolamento alla base per edifici pubblici esistenti.
      Operiamo solo in Italia, Grecia e Turchia.""",
      ["IT", "GR", "TR"], role="excluded-target"),
    d("progress-o", "org-sitecam-ai", "GB-LND", "TO", "en",
      "Construction site cameras that measure progress automatically",
      """Solar-powered cameras on cranes and 360° photos from site walks are compared with the
      schedule and the BIM model by our software, which reports what has been built, what is
      late and where work stands still, for every project in one dashboard.""",
      ["RU", "KZ", "GB", "AE"]),
    d("progress-r", "org-developer-zvezda", "RU-MOW", "TR", "ru",
      "Не знаем, как на самом деле идут работы на двенадцати наших стройках",
      """Мы девелопер жилья, у нас двенадцать объектов в трёх городах. Подрядчики присылают
      отчёты, которые расходятся с реальностью, и отставание мы видим, только когда срок сдачи
      уже сорван. Хотим получать объективную картину хода строительства каждый день.""",
      sectors=("F41.10",)),
    d("progress-same-org", "org-developer-zvezda", "RU-MOW", "TO", "ru",
      "Предлагаем застройщикам наш регламент строительного контроля",
      """Наш отдел технического надзора разработал чек-листы и порядок приёмки работ у
      подрядчиков. Готовы передать этот опыт другим девелоперам.""",
      role="same-organisation"),
    d("pods-o", "org-salles-de-bain-usine", "FR-GES", "BO", "fr",
      "Salles de bains préfabriquées en usine, livrées prêtes à poser",
      """Nous fabriquons en usine des salles de bains complètes, carrelées et équipées, qui sont
      levées à la grue dans le bâtiment et raccordées en une heure. Hôtels, résidences étudiantes
      et hôpitaux gagnent des mois de chantier.""",
      ["RU", "KZ", "FR", "BE", "LU"], sectors=("C23.69", "F43.39")),
    d("pods-r", "org-gostinicy-ural", "RU-SVE", "BR", "ru",
      "Отделка санузлов задерживает открытие каждой нашей гостиницы",
      """Гостиничная сеть строит три отеля по 200 номеров. Больше всего времени и брака
      приходится на санузлы: плитка, сантехника, гидроизоляция, десятки бригад в каждом номере.
      Ищем способ делать эту часть быстрее и с одинаковым качеством.""",
      sectors=("I55.10",)),
    d("defects-o", "org-baumaengel-app", "DE-BE", "TO", "de",
      "Digitales Bautagebuch und Mängelmanagement per App",
      """Bauleiter erfassen Mängel mit Foto und Planposition, weisen sie dem Gewerk zu und
      verfolgen die Behebung bis zur Abnahme. Das Bautagebuch entsteht nebenbei. Unsere App
      gibt es auf Deutsch, Italienisch und Englisch.""",
      ["IT", "DE", "AT", "CH"]),
    d("defects-r", "org-costruzioni-lario", "IT-25", "TR", "it",
      "Le segnalazioni dei difetti in cantiere si perdono nelle chat",
      """Abbiamo otto cantieri aperti. Le non conformità vengono fotografate e mandate nei
      gruppi di messaggistica, poi nessuno sa se la ditta le ha sistemate. Al collaudo
      riemergono decine di problemi vecchi.""",
      sectors=("F41.20",)),
    d("print3d-o", "org-imprime-casa", "ES-VC", "TO", "es",
      "Impresión 3D de viviendas en hormigón",
      """Nuestra impresora de brazo robótico levanta los muros de una vivienda de 80 m² en dos
      días, con hormigón de bajo contenido en cemento y formas libres. Buscamos ayuntamientos y
      promotores de vivienda social fuera de España.""",
      technologies=("construction-tech", "additive-manufacturing")),
    d("print3d-r", "org-comune-alta-irpinia", "IT-72", "TR", "it",
      "Dobbiamo dare una casa alle famiglie sfollate in pochi mesi",
      """Dopo la frana dell'anno scorso trenta famiglie del nostro comune vivono ancora in
      albergo. I cantieri tradizionali richiederebbero anni e le casette prefabbricate non
      sono amate. Cerchiamo un modo di costruire case vere, rapide e a costi contenuti.""",
      sectors=("O84.11",)),
    d("bridge-o", "org-monitoraggio-ponti", "IT-21", "TO", "it",
      "Monitoraggio strutturale continuo di ponti e viadotti",
      """Installiamo accelerometri, inclinometri e sensori di fessura sui ponti e analizziamo i
      dati per riconoscere cambiamenti del comportamento strutturale. L'ente riceve un
      allarme e una classifica dei ponti da ispezionare per primi.""",
      technologies=("construction-tech", "sensors")),
    d("bridge-r", "org-provincia-bassa-padana", "IT-45", "TR", "it",
      "Abbiamo 400 ponti degli anni Sessanta e non sappiamo quali sono a rischio",
      """La nostra provincia gestisce centinaia di ponti sulle strade secondarie. Le ispezioni
      visive si fanno ogni qualche anno e i tecnici sono pochi. Dopo i crolli recenti dobbiamo
      capire subito quali strutture peggiorano.""",
      sectors=("O84.13",)),
    d("winter-o", "org-zimniy-beton", "RU-NVS", "BO", "ru",
      "Зимнее бетонирование: прогрев бетона и тепляки под ключ",
      """Организуем бетонные работы при морозе до минус 40: греющий провод, трансформаторы
      прогрева, тепляки и контроль температуры бетона. За сезон выполняем работы на
      двадцати объектах.""",
      ["KZ", "RU", "MN", "KG"], sectors=("F43.99",)),
    d("winter-r", "org-nomad-builders", "KZ-71", "BR", "en",
      "Our sites stop for four winter months",
      """We build housing and warehouses in northern Kazakhstan. From November to March the
      temperature drops below minus 30 and we halt all concrete work, which delays every
      project by a season. We need a partner with experience of pouring concrete in deep
      frost.""",
      sectors=("F41.20",)),
)

for need in ("clash", "scan", "maturity", "takeoff", "seismic", "progress", "pods", "defects",
             "print3d", "bridge", "winter"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("maturity-o2", "maturity-r")

niche.add(
    d("asbestos-r", "org-schulverband-mosel", "DE-RP", "TR", "de",
      "Asbest in den Deckenplatten unserer Schulen",
      """In drei Schulgebäuden wurden asbesthaltige Deckenplatten gefunden. Wir suchen ein
      Verfahren und einen Partner für die Sanierung in den Sommerferien.""",
      sectors=("O84.11",), role="unanswered"),
    d("acoustic-o", "org-quiet-panels", "GB-GLG", "BO", "en",
      "Acoustic wall and ceiling panels for open-plan offices",
      """We make sound-absorbing panels from recycled felt in 40 colours and fit them in offices,
      canteens and classrooms to cut noise and echo.""",
      sectors=("C23.99",), role="unanswered"),
    d("staking-o", "org-vermessung-neubau", "DE-BW", "BO", "de",
      "Bauvermessung für Neubauten: Absteckung und Höhenkontrolle",
      """Wir stecken Achsen und Höhen von Neubauten ab, kontrollieren Fundamente und Stützen
      während der Bauphase und liefern das Aufmaß für die Abrechnung.""",
      sectors=("M71.12",), role="near-miss"),
    d("pricebook-o", "org-cost-data-books", "GB-MAN", "TO", "en",
      "Construction cost databases and price books for estimators",
      """Our database gives current unit rates for thousands of building items, updated every
      quarter, so that estimators can price quantities they have measured.""",
      role="near-miss"),
    d("accelerator", "org-additivi-calcestruzzo", "IT-34", "TO", "it",
      "Additivi acceleranti per getti di calcestruzzo d'inverno",
      """I nostri additivi accelerano l'indurimento del calcestruzzo alle basse temperature e
      permettono di disarmare prima anche con il freddo.""",
      sectors=("C20.59",), role="near-miss"),
    d("bridge-cards", "org-bridge-club-online", "GB-EDH", "TO", "en",
      "Bridge tournaments online and scoring software for card clubs",
      """Our platform runs duplicate bridge tournaments for clubs, deals the boards, scores the
      results and ranks the players.""",
      sectors=("R93.29",), technologies=(), role="two-meanings"),
    d("foundation-art", "org-fondazione-arte-viva", "IT-62", "BO", "it",
      "Una fondazione per l'arte contemporanea cerca partner per mostre",
      """La nostra fondazione culturale organizza mostre e residenze d'artista e cerca musei e
      gallerie all'estero per coprodurre esposizioni itineranti.""",
      sectors=("R91.02",), technologies=(), role="two-meanings"),
)
