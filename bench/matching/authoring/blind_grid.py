"""Blind split, grid services: sibling needs sharing "grid", "network", "substation", "load"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("grid", "sibling", ("D35.13", "D35.12"), ("smart-grid",))

niche.add(
    d("dga-o", "org-trafowaechter", "DE-BY", "TO", "de",
      "Online-Gasanalyse im Öl von Leistungstransformatoren",
      """Unser Sensor wird am Ablassventil des Transformators montiert und misst rund um die Uhr
      die im Isolieröl gelösten Gase und die Feuchte. Steigen Wasserstoff oder Acetylen, meldet
      das System einen beginnenden Fehler, Wochen bevor der Transformator ausfällt. Wir suchen
      Netzbetreiber in Osteuropa und Zentralasien.""",
      ["RU", "KZ", "UZ", "PL", "DE"], sectors=("C27.11", "D35.12")),
    d("dga-r", "org-rayelektroset-vyatka", "RU-KIR", "TR", "ru",
      "Трансформаторы на подстанциях отработали по сорок лет, и мы боимся внезапных аварий",
      """Наши районные электросети эксплуатируют 60 силовых трансформаторов, половина из них
      старше сорока лет. Пробы масла лаборатория берёт раз в год, и о проблеме мы узнаём,
      когда трансформатор уже сгорел и полрайона осталось без света. Хотим следить за
      состоянием каждого аппарата постоянно.""",
      sectors=("D35.13",)),
    d("dga-o2", "org-gridsense-analytics", "GB-MAN", "TO", "en",
      "Continuous transformer health monitoring for distribution utilities",
      """Our retrofit monitor reads dissolved gases, moisture and top-oil temperature in power
      transformers and turns them into a health index with an early warning of internal
      faults. Installation takes half a day without an outage.""",
      role="same-kind"),
    d("losses-o", "org-poteri-kontrol", "RU-SPE", "TO", "ru",
      "Поиск коммерческих потерь электроэнергии по данным умных счётчиков",
      """Наша программа сопоставляет показания умных счётчиков абонентов с балансом трансформаторной
      подстанции и находит вмешательство в счётчики, незаконные подключения и ошибки в схемах
      учёта. Инспектор получает короткий список адресов для проверки.""",
      ["DE", "AT", "RU", "KZ", "AM"]),
    d("losses-r", "org-stadtwerke-havelland", "DE-BB", "TR", "de",
      "Die Verluste in unserem Verteilnetz sind viel höher als berechnet",
      """Als Stadtwerk haben wir in den letzten Jahren 30.000 intelligente Zähler eingebaut. Die
      Differenz zwischen eingespeister und abgerechneter Energie in einigen Ortsteilen ist
      trotzdem dreimal höher als die technischen Verluste. Wir wollen wissen, wo der Strom
      bleibt, ohne jeden Hausanschluss zu kontrollieren.""",
      sectors=("D35.13",)),
    d("flex-o", "org-flexpower-aggregator", "GB-LND", "BO", "en",
      "Get paid for shifting your factory's power use: demand response aggregation",
      """We connect the flexible loads of industrial sites, such as pumps, chillers, furnaces and
      backup generators, to the balancing markets of grid operators. When the grid is short,
      our platform reduces or shifts load for a few minutes and the site earns a fee. No
      upfront cost, revenue shared.""",
      ["IT", "ES", "GR", "GB"], sectors=("D35.14",)),
    d("flex-r", "org-cartiera-serchio", "IT-52", "BR", "it",
      "La nostra cartiera potrebbe fermare i raffinatori nelle ore di punta, ma nessuno ci paga",
      """Siamo una cartiera che consuma 80 GWh l'anno. Alcuni reparti, come raffinatori e pompe,
      possono essere fermati o spostati di qualche ora senza danni alla produzione. Sappiamo
      che il gestore della rete remunera chi riduce i consumi quando serve, ma da soli non
      abbiamo le competenze per partecipare.""",
      sectors=("C17.12",)),
    d("pvforecast-o", "org-previsole", "IT-32", "TO", "it",
      "Previsioni della produzione fotovoltaica per i gestori di rete",
      """Combiniamo immagini satellitari delle nuvole, modelli meteorologici e dati degli
      impianti per prevedere ogni quarto d'ora la produzione solare dei prossimi tre giorni,
      per singola cabina primaria o per l'intera regione. Il servizio è usato da due
      distributori italiani.""",
      technologies=("smart-grid", "renewable-energy", "machine-learning")),
    d("pvforecast-r", "org-caucasus-dispatch", "GE-TB", "TR", "en",
      "New solar parks make our dispatch planning unpredictable",
      """As the transmission system operator of a small country, we now have 400 MW of solar
      parks on the grid, and more are coming. On cloudy spring days our day-ahead plans miss by
      hundreds of megawatts and we have to buy expensive reserves at short notice. We need a
      much better view of what the sun will deliver tomorrow.""",
      sectors=("D35.12",)),
    d("flisr-o", "org-rete-autoripristino", "IT-25", "TO", "it",
      "Localizzazione automatica dei guasti e rialimentazione delle reti di media tensione",
      """I nostri interruttori e rilevatori di guasto comunicano tra loro: quando una linea a
      media tensione va in guasto, il sistema isola il tratto danneggiato e rialimenta il resto
      della rete in meno di un minuto, indicando alla squadra il punto da riparare.""",
      ["RU", "KZ", "IT", "RS"]),
    d("flisr-r", "org-selskie-seti-altay", "RU-ALT", "TR", "ru",
      "После аварии на линии 10 кВ сёла часами сидят без света",
      """Наши воздушные линии 10 кВ тянутся на десятки километров через степь. При повреждении
      отключается вся линия, бригада ездит вдоль неё и ищет место обрыва, а жители и фермы
      ждут по шесть-восемь часов. Нам нужно быстрее находить повреждённый участок и включать
      остальных потребителей.""",
      sectors=("D35.13",)),
    d("hosting-o", "org-capacity-maps", "NL-NH", "TO", "en",
      "Hosting-capacity maps and a self-service portal for grid connection requests",
      """Our software computes, for every feeder and substation, how much new load or generation
      can connect without reinforcement, publishes it as a map, and lets applicants submit and
      track connection requests online with automatic pre-checks.""",
      ["KZ", "UZ", "RU", "AM", "NL"]),
    d("hosting-r", "org-energoset-tashkent", "UZ-TK", "TR", "ru",
      "Заявители на техприсоединение ждут месяцами, потому что мы сами не знаем свободную мощность",
      """В городе строятся сотни объектов, и каждая заявка на подключение к сетям проходит ручной
      расчёт в трёх отделах. Данные о загрузке подстанций разбросаны по таблицам, застройщики
      жалуются в министерство. Хотим быстро отвечать, где и сколько мощности можно дать.""",
      sectors=("D35.13",)),
    d("hosting-same-org", "org-energoset-tashkent", "UZ-TK", "TO", "ru",
      "Предлагаем сетевым компаниям нашу методику расчёта свободной мощности",
      """Мы разработали для себя таблицы и порядок расчёта резерва мощности подстанций по
      нормативам и готовы передать их другим сетевым организациям региона с обучением
      специалистов.""",
      role="same-organisation"),
    d("ebus-o", "org-recharge-flotte", "FR-ARA", "TO", "fr",
      "Pilotage intelligent de la recharge des flottes électriques",
      """Notre logiciel répartit la puissance entre les bornes d'un dépôt de bus ou de camions
      électriques : chaque véhicule est chargé à temps pour son départ sans dépasser la
      puissance souscrite, en privilégiant les heures creuses. Il s'interface avec toutes les
      bornes du marché.""",
      ["RU", "KZ", "FR", "BE", "CH"]),
    d("ebus-r", "org-avtobusnyi-park-3", "RU-KDA", "TR", "ru",
      "Ночная зарядка электробусов перегружает подстанцию депо",
      """Наш автобусный парк получил 60 электробусов. Когда их ставят на зарядку вечером, депо
      упирается в лимит мощности, автомат отключается, и утром часть машин не выходит на
      линию. Строить новую подстанцию долго и дорого, нужно как-то распределять зарядку.""",
      sectors=("H49.31",)),
    d("ebus-excluded", "org-borne-intelligente", "FR-PDL", "TO", "fr",
      "Gestion de charge pour dépôts de véhicules électriques",
      """Nous équipons les dépôts de bus et de véhicules utilitaires d'un système qui planifie la
      recharge selon les départs et la puissance disponible. Offre réservée aux réseaux de
      transport en France, en Belgique et en Suisse.""",
      ["FR", "BE", "CH"], role="excluded-target"),
    d("trees-o", "org-trassenblick", "DE-SN", "TO", "de",
      "Vegetationsmanagement an Freileitungen aus Satellitendaten",
      """Wir berechnen aus Satellitenbildern und Laserscans, wo Bäume den Leitungen zu nahe
      kommen oder umstürzen könnten, und planen den Rückschnitt nach Risiko. Netzbetreiber
      sparen bis zu einem Drittel der Kosten für Trassenpflege.""",
      ["IT", "AT", "DE", "SI"], technologies=("smart-grid", "earth-observation")),
    d("trees-r", "org-distribuzione-appennino", "IT-45", "TR", "it",
      "Alberi che cadono sulle linee di media tensione e lasciano al buio le valli",
      """Distribuiamo energia in una zona montana con 3.000 km di linee aeree nei boschi. Ogni
      nevicata pesante porta alberi sui conduttori e interruzioni di giorni. Tagliamo la
      vegetazione a calendario, troppo in alcune zone e troppo poco in altre.""",
      sectors=("D35.13",)),
    d("community-o", "org-comunidad-solar", "ES-AN", "TO", "es",
      "Plataforma para comunidades energéticas: reparto de la energía compartida",
      """Nuestra plataforma calcula cada cuarto de hora cuánta energía de la instalación común
      corresponde a cada miembro, reparte ahorros e incentivos, genera los informes para la
      distribuidora y permite a los vecinos ver su consumo en una aplicación.""",
      technologies=("smart-grid", "renewable-energy")),
    d("community-r", "org-comune-val-vibrata", "IT-65", "TR", "it",
      "Abbiamo costituito una comunità energetica ma non sappiamo come dividere i benefici",
      """Il nostro comune ha promosso una comunità energetica rinnovabile con 150 famiglie, la
      scuola e alcune imprese. L'impianto è installato, ma calcolare quanto spetta a ciascun
      socio tra energia condivisa e incentivi ci sta mettendo in difficoltà.""",
      sectors=("O84.11",)),
    d("operator-o", "org-trenazher-dispetcher", "RU-SVE", "TO", "ru",
      "Тренажёр для диспетчеров электрических сетей",
      """Тренажёр воспроизводит схему сети заказчика и аварийные ситуации: короткие замыкания,
      отказы выключателей, перегрузки. Диспетчер выполняет переключения, инструктор оценивает
      ошибки. Используется в четырёх сетевых компаниях.""",
      technologies=("smart-grid", "edtech")),
    d("operator-r", "org-mrsk-zapad-sibir", "RU-OMS", "TR", "ru",
      "Молодые диспетчеры ни разу не видели настоящую аварию",
      """Половина диспетчеров нашей сетевой компании пришла за последние три года. Аварийные
      переключения они знают только по инструкциям, а ошибка ночью может оставить без света
      город. Ищем способ отрабатывать нештатные ситуации без риска для сети.""",
      sectors=("D35.13",)),
    d("icing-o", "org-gololed-monitor", "RU-PER", "TO", "ru",
      "Мониторинг гололёда на проводах ЛЭП и плавка льда",
      """Датчики на проводах измеряют вес и температуру и предупреждают о начале образования
      гололёда, а наша установка плавки льда нагревает провод током, пока лёд не сойдёт. Работает
      на линиях в горах и на побережье.""",
      ["IT", "RU", "KZ", "GE"]),
    d("icing-r", "org-elettrica-alpina", "IT-23", "TR", "it",
      "Ghiaccio sui cavi: ogni inverno le linee di montagna si spezzano",
      """Gestiamo le linee elettriche di una valle alpina. Con la pioggia che gela, sui
      conduttori si formano manicotti di ghiaccio di diversi chili al metro e i sostegni
      cedono. Vorremmo sapere in anticipo dove si forma il ghiaccio e riuscire a toglierlo
      prima dei danni.""",
      sectors=("D35.13",)),
)

for need in ("dga", "losses", "flex", "pvforecast", "flisr", "hosting", "ebus", "trees",
             "community", "operator", "icing"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("dga-o2", "dga-r")

# Needs that nobody in the split answers, near misses and words with two meanings.
niche.add(
    d("reactive-r", "org-walzwerk-saar", "DE-SL", "TR", "de",
      "Unser Netzbetreiber stellt uns hohe Blindleistung in Rechnung",
      """Unser Walzwerk hat große Motoren und Lichtbogenöfen, und der Netzbetreiber berechnet
      seit diesem Jahr jede Kilovarstunde Blindstrom. Wir suchen eine Kompensationsanlage, die
      auch mit schnellen Lastwechseln zurechtkommt.""",
      sectors=("C24.10",), role="unanswered"),
    d("outage-sms-o", "org-notify-grid", "IE-D", "TO", "en",
      "Outage notifications to every customer by text message",
      """When the grid management system registers a planned or unplanned outage, our service
      texts the affected customers with the cause and the expected restoration time, and
      updates them until power is back.""",
      role="unanswered"),
    d("oil-regen", "org-maslo-regeneracia", "RU-TA", "TO", "ru",
      "Регенерация трансформаторного масла без отключения трансформатора",
      """Наша мобильная установка очищает и восстанавливает масло в трансформаторах прямо на
      подстанции: удаляет воду, шлам и продукты старения, продлевая срок службы старых
      аппаратов на десятки лет.""",
      sectors=("C19.20", "D35.13"), role="near-miss"),
    d("audit-paper", "org-audit-energetico-carta", "IT-52", "BO", "it",
      "Diagnosi energetica per cartiere e industrie energivore",
      """Misuriamo i consumi di vapore ed energia elettrica reparto per reparto e indichiamo gli
      interventi per ridurli: recupero di calore, inverter, cogenerazione. La diagnosi soddisfa
      gli obblighi di legge per le imprese energivore.""",
      sectors=("M71.12",), role="near-miss"),
    d("pv-turnkey", "org-tetti-solari-abruzzo", "IT-65", "TO", "it",
      "Impianti fotovoltaici chiavi in mano per comuni e condomini",
      """Progettiamo e installiamo impianti fotovoltaici sui tetti di scuole, municipi e
      condomini, con pratiche di allaccio alla rete e manutenzione per vent'anni.""",
      sectors=("F43.21",), technologies=("renewable-energy",), role="near-miss"),
    d("network-marketing", "org-krasota-set", "RU-MOW", "BO", "ru",
      "Сетевой маркетинг: приглашаем партнёров в нашу сеть распространителей косметики",
      """Станьте частью нашей сети: продавайте натуральную косметику друзьям и знакомым,
      стройте свою команду и получайте бонусы с продаж всей сети.""",
      sectors=("G47.75",), technologies=(), role="two-meanings"),
    d("fish-nets", "org-netzmacherei-kueste", "DE-SH", "BO", "de",
      "Netze für Aquakultur und Küstenfischerei",
      """Wir knüpfen Netze, Reusen und Netzgehege für Fischzuchten und Küstenfischer aus
      langlebigen Kunstfasern und reparieren beschädigte Netze in unserer Werkstatt.""",
      sectors=("C13.94",), technologies=(), role="two-meanings"),
)
