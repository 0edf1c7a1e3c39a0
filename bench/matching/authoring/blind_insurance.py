"""Blind split, insurance technology: sibling needs sharing "insurance", "policy", "claims",
"risk"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("insurance", "sibling", ("K65.12", "K66.22"), ("insurtech",))

niche.add(
    d("parametric-o", "org-wetterpolice", "DE-HE", "TO", "de",
      "Parametrische Ernteversicherung auf Basis von Wetter- und Satellitendaten",
      """Unsere Versicherungsplattform zahlt automatisch aus, sobald Satelliten- und Wetterdaten
      eine Dürre, Frost oder Starkregen in der Region des Betriebs anzeigen, ohne
      Schadensbesichtigung. Wir suchen Versicherer und Agrarbanken als Vertriebspartner in
      Zentralasien.""",
      ["KZ", "UZ", "KG", "RU", "DE"], technologies=("insurtech", "earth-observation")),
    d("parametric-r", "org-agrostrakh-kostanay", "KZ-39", "TR", "ru",
      "Фермеры не страхуют урожай, потому что выплат приходится ждать годами",
      """Наша страховая компания работает с зерновыми хозяйствами севера Казахстана. После
      засухи каждое поле нужно осматривать комиссией, споры об ущербе тянутся месяцами, и
      фермеры больше не верят в страхование. Хотим продукт с быстрой и понятной выплатой.""",
      sectors=("K65.12",)),
    d("telematics-o", "org-telematika-strah", "RU-MOW", "TO", "ru",
      "Телематическое страхование автопарков: тариф по стилю вождения",
      """Наши датчики и приложение оценивают манеру вождения каждого водителя: резкие торможения,
      превышения скорости, ночные поездки. Страховщик снижает тариф для аккуратных парков, а
      менеджер видит, кого из водителей надо обучить.""",
      ["DE", "AT", "PL", "RU", "KZ"]),
    d("telematics-r", "org-kurierdienst-rheinland", "DE-NW", "TR", "de",
      "Die Versicherungsprämie für unsere 200 Lieferwagen steigt nach jedem Schaden",
      """Unser Kurierdienst hat im letzten Jahr 60 Unfallschäden gemeldet, und die
      Flottenversicherung ist um ein Drittel teurer geworden. Wir glauben, dass die meisten
      Fahrer vorsichtig fahren, können es aber nicht belegen. Wir suchen ein Modell, bei dem
      gutes Fahren weniger kostet.""",
      sectors=("H53.20",)),
    d("embedded-o", "org-checkoutcover", "GB-LND", "TO", "en",
      "Embedded insurance at the online checkout",
      """Our API lets an online shop offer extended warranty, accidental damage and theft cover
      for each product at checkout, with one click, in the customer's language. We handle
      pricing, policy documents and claims; the shop earns a commission.""",
      ["IT", "ES", "FR", "DE", "GB"], technologies=("insurtech", "e-commerce")),
    d("embedded-r", "org-elettronica-online-vr", "IT-34", "TR", "it",
      "Vorremmo offrire la garanzia estesa ai clienti al momento dell'acquisto online",
      """Vendiamo online smartphone, computer ed elettrodomestici. I clienti ci chiedono una
      protezione contro rotture e furti, come nei negozi fisici, ma non siamo una compagnia
      assicurativa e non sapremmo gestire polizze e sinistri.""",
      sectors=("G47.91",)),
    d("videoclaim-o", "org-perizia-remota", "IT-62", "TO", "it",
      "Perizie dei danni da remoto con videochiamata guidata",
      """Il perito guida l'assicurato in una videochiamata dal browser, scatta foto georeferenziate
      e misura i danni al veicolo o alla casa senza spostarsi. Una perizia richiede venti minuti
      invece di mezza giornata.""",
      ["AM", "GE", "IT", "AL", "RS"]),
    d("videoclaim-r", "org-ararat-insurance", "AM-ER", "TR", "en",
      "Our adjusters drive hundreds of kilometres to look at a scratched car",
      """As a motor and property insurer we handle 30,000 claims a year across the country.
      Every claim needs an adjuster on site, so customers wait a week and our costs grow. We
      want to assess small and medium damage without travelling.""",
      sectors=("K65.12",)),
    d("catmodel-o", "org-rischio-catastrofale", "IT-25", "TO", "it",
      "Modelli di rischio catastrofale per alluvioni e terremoti",
      """Per ogni indirizzo calcoliamo la probabilità e il danno atteso di alluvioni, frane e
      terremoti, con mappe ad alta risoluzione. Le compagnie li usano per tariffare le polizze
      casa e controllare l'accumulo di rischio.""",
      ["RU", "KZ", "IT", "TR", "GE"], technologies=("insurtech", "gis")),
    d("catmodel-r", "org-strahovanie-doma-sibir", "RU-KRS", "TR", "ru",
      "Мы не знаем, сколько застрахованных домов стоит в зоне паводка",
      """Наша компания страхует 150 000 частных домов. Весенний паводок прошлого года принёс
      убытки, которые мы не смогли предсказать: тарифы одинаковые для дома на берегу и на
      холме. Нужна оценка риска наводнений по каждому адресу.""",
      sectors=("K65.12",)),
    d("catmodel-excluded", "org-modelli-rischio-sud", "IT-72", "TO", "it",
      "Mappe di rischio alluvione per compagnie assicurative",
      """Forniamo mappe di pericolosità idraulica e sismica per la tariffazione delle polizze
      casa. Servizio disponibile solo per compagnie italiane e greche.""",
      ["IT", "GR"], role="excluded-target"),
    d("migrant-o", "org-workcover-health", "PL-14", "BO", "en",
      "Health insurance for foreign workers, bought online in their own language",
      """Our policies meet visa and work-permit requirements in the EU, can be bought online in
      15 languages including Russian and Uzbek, and give access to doctors by phone in the
      worker's language. Agencies buy cover for whole groups.""",
      ["UZ", "KZ", "KG", "TJ", "PL"], sectors=("K65.12",)),
    d("migrant-r", "org-ishchi-agentlik", "UZ-TK", "BR", "ru",
      "Работникам, которых мы отправляем в Европу, нужна медицинская страховка",
      """Наше кадровое агентство отправляет рабочих на стройки и фермы в Польшу и Германию.
      Для визы нужен медицинский полис, а когда человек заболевает, он не понимает, куда
      обращаться. Ищем страховку, которую легко оформить и которой удобно пользоваться.""",
      sectors=("N78.10",)),
    d("migrant-o2", "org-auslaender-kv", "DE-BE", "BO", "de",
      "Krankenversicherung für ausländische Arbeitskräfte",
      """Wir versichern Saisonkräfte und ausländische Arbeitnehmer für ihren Aufenthalt in der
      EU, mit Gruppentarifen für Vermittlungsagenturen.""",
      role="same-kind"),
    d("fraudnet-o", "org-detection-fraude-assur", "FR-IDF", "TO", "fr",
      "Détection de la fraude à l'assurance par l'analyse des réseaux",
      """Notre logiciel relie sinistres, véhicules, témoins, garages et numéros de téléphone, et
      révèle les groupes qui mettent en scène des accidents ou déclarent plusieurs fois le
      même dommage. Les enquêteurs reçoivent les dossiers suspects classés par risque.""",
      ["RU", "KZ", "FR", "BE", "MA"], technologies=("insurtech", "big-data")),
    d("fraudnet-r", "org-strahovaya-yug-garant", "RU-ROS", "TR", "ru",
      "Организованные группы инсценируют ДТП и получают выплаты",
      """Наша страховая компания видит рост подозрительных аварий: одни и те же машины,
      свидетели и сервисы появляются в разных делах. Проверять каждое дело вручную мы не
      успеваем, и мошенники уходят с деньгами.""",
      sectors=("K65.12",)),
    d("fraudnet-same-org", "org-strahovaya-yug-garant", "RU-ROS", "TO", "ru",
      "Предлагаем страховщикам наш реестр подозрительных ДТП",
      """Мы накопили базу сомнительных страховых случаев по региону и предлагаем другим
      страховым компаниям доступ к ней по подписке.""",
      role="same-organisation"),
    d("broker-o", "org-maklerverwaltung", "DE-HH", "TO", "de",
      "Verwaltungsprogramm für Versicherungsmakler",
      """Unsere Software verwaltet Kunden, Verträge, Fristen und Provisionen eines Maklerbüros,
      erinnert an Ablauftermine und Kündigungsfristen und liest Dokumente der Versicherer
      automatisch ein. Wir suchen Maklerbüros in Italien.""",
      ["IT", "DE", "AT"]),
    d("broker-r", "org-brokeraggio-ligure", "IT-42", "TR", "it",
      "Gestiamo 8.000 polizze su fogli di calcolo e perdiamo le scadenze",
      """Siamo una società di brokeraggio assicurativo con dodici collaboratori. Polizze,
      scadenze, quietanze e provvigioni sono su fogli di calcolo diversi, e l'anno scorso
      alcuni clienti sono rimasti scoperti perché nessuno ha ricordato il rinnovo.""",
      sectors=("K66.22",)),
    d("rider-o", "org-microseguros-reparto", "ES-MD", "TO", "es",
      "Microseguros por horas para repartidores de plataformas",
      """Nuestra aplicación activa un seguro de accidentes y responsabilidad civil solo mientras
      el repartidor está conectado a la plataforma, y lo cobra por minuto. Las cooperativas y
      plataformas contratan la cobertura para todos sus repartidores.""",
      ["IT", "ES", "PT", "FR"]),
    d("rider-r", "org-cooperativa-rider-bologna", "IT-45", "TR", "it",
      "I nostri soci rider non sono assicurati quando lavorano a chiamata",
      """La nostra cooperativa riunisce 400 fattorini in bicicletta e scooter che lavorano poche
      ore al giorno per più piattaforme. Una polizza annuale costa troppo per chi lavora
      dieci ore a settimana, ma gli incidenti sono frequenti.""",
      sectors=("H53.20",)),
    d("waterleak-o", "org-leaksafe-home", "GB-BIR", "TO", "en",
      "Water leak sensors and automatic shut-off valves for insured homes",
      """Our sensors under sinks and boilers detect leaks and close the main valve automatically,
      while the homeowner gets an alert. Insurers give the devices to customers and cut
      escape-of-water claims.""",
      technologies=("insurtech", "iot")),
    d("waterleak-r", "org-hearth-home-insurance", "GB-NET", "TR", "en",
      "Escape of water is our biggest home insurance cost",
      """Burst pipes and leaking appliances cause more than a third of our household claims,
      often discovered days later when the ceiling comes down. We want to prevent these losses
      instead of paying for them.""",
      sectors=("K65.12",)),
    d("cargo-o", "org-gruz-strahovka", "RU-SPE", "TO", "ru",
      "Онлайн-страхование каждой перевозки груза за две минуты",
      """Экспедитор вводит маршрут, груз и стоимость, получает цену и полис за две минуты и
      оплачивает страховку вместе с перевозкой. Работаем с перевозками по Евразии, морем,
      железной дорогой и автомобилем. Интерфейс на русском, английском и французском.""",
      ["FR", "BE", "RU", "KZ", "CN"]),
    d("cargo-r", "org-transitaire-marseille", "FR-PAC", "TR", "fr",
      "Assurer chaque conteneur prend des jours d'échanges de courriels",
      """Notre société de transit organise 5.000 expéditions par an vers l'Asie centrale et la
      Chine. Pour chaque lot il faut demander une cotation à l'assureur, attendre, envoyer
      les documents. Les clients veulent une couverture immédiate au moment de la réservation.""",
      sectors=("H52.29",)),
)

for need in ("parametric", "telematics", "embedded", "videoclaim", "catmodel", "migrant",
             "fraudnet", "broker", "rider", "waterleak", "cargo"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("migrant-o2", "migrant-r")

niche.add(
    d("pet-insurance-o", "org-tierversicherung-digital", "DE-BY", "TO", "de",
      "Digitale Tierkrankenversicherung für Hunde und Katzen",
      """Tierhalter schließen die Versicherung in drei Minuten per App ab und reichen
      Tierarztrechnungen per Foto ein.""",
      role="unanswered"),
    d("drone-cover-r", "org-aerial-survey-ge", "GE-TB", "BR", "en",
      "Insurance for our fleet of survey drones",
      """We fly 25 survey drones over construction sites and farms and need hull and liability
      insurance that covers crashes and damage to third parties.""",
      sectors=("M71.12",), role="unanswered"),
    d("weather-stations", "org-meteostancii-pole", "RU-KDA", "TO", "ru",
      "Метеостанции для полей с передачей данных",
      """Наши автоматические метеостанции измеряют осадки, температуру и влажность почвы на
      поле и передают данные фермеру в приложение.""",
      technologies=("agritech", "iot"), role="near-miss"),
    d("phone-repair", "org-riparazioni-smartphone", "IT-34", "TO", "it",
      "Riparazione di smartphone e computer in garanzia",
      """Ripariamo smartphone, tablet e computer per conto dei negozi online, con ritiro a
      domicilio e riconsegna in cinque giorni.""",
      technologies=("electronics",), role="near-miss"),
    d("driver-training", "org-fahrsicherheit-transporter", "DE-NW", "TO", "de",
      "Fahrsicherheitstrainings für Transporterfahrer",
      """Wir trainieren Fahrer von Lieferwagen auf dem Übungsplatz und im Simulator, um Unfälle
      beim Rangieren und Bremsen zu vermeiden.""",
      technologies=("edtech",), role="near-miss"),
    d("policy-institute", "org-policy-lab-brussels", "BE-BRU", "RC", "en",
      "Public policy research on housing and migration",
      """Our think tank studies housing and migration policies and looks for university partners
      for comparative research across Europe.""",
      sectors=("M72.20",), technologies=(), role="two-meanings"),
    d("premium-oil", "org-olio-premium-umbria", "IT-55", "BO", "it",
      "Olio extravergine premium per ristoranti e gastronomie",
      """Produciamo olio extravergine premium da olive umbre, in bottiglie numerate, e cerchiamo
      importatori e gastronomie di alta gamma.""",
      sectors=("C10.41",), technologies=(), role="two-meanings"),
)
