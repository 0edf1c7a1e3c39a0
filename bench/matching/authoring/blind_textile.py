"""Blind split, textile and fashion supply chain: sibling needs sharing "fabric", "garments",
"collection", "suppliers"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("textile", "sibling", ("C13.20", "C14.13"), ("supply-chain-management",))

niche.add(
    d("passport-o", "org-faserpass", "DE-NW", "TO", "de",
      "Digitaler Produktpass: Rückverfolgbarkeit von Textilien bis zur Faser",
      """Jede Stufe der Lieferkette, von der Baumwollfarm über Spinnerei und Weberei bis zur
      Konfektion, trägt ihre Lieferungen in unsere Plattform ein; der fertige Artikel bekommt
      einen QR-Code mit der belegten Herkunft. Europäische Marken verlangen das zunehmend von
      ihren Lieferanten.""",
      ["UZ", "KZ", "TR", "DE", "PK"]),
    d("passport-r", "org-paxta-yarn", "UZ-FA", "TR", "ru",
      "Европейские покупатели требуют доказать, откуда хлопок в нашей пряже",
      """Мы прядильная фабрика в Ферганской долине, продаём хлопковую пряжу в Европу. Новые
      клиенты хотят видеть путь сырья от конкретного хозяйства до бобины и подтверждение, что
      партии не смешиваются. Сейчас у нас только бумажные накладные.""",
      sectors=("C13.10",)),
    d("cmt-o", "org-shveinyi-ceh-bishkek", "KG-GB", "BO", "ru",
      "Пошив малых партий одежды для брендов от 50 изделий",
      """Швейное производство в Бишкеке: 120 швей, лекала, раскрой, пошив и упаковка из
      материалов заказчика или наших. Берём заказы от 50 штук на модель, образец за неделю.
      Работаем с молодыми брендами из Европы.""",
      ["DE", "AT", "KZ", "RU", "KG"], sectors=("C14.13",)),
    d("cmt-r", "org-label-nordwind", "DE-HH", "BR", "de",
      "Unser junges Modelabel findet keine Näherei für kleine Stückzahlen",
      """Wir entwerfen Jacken und Hemden und verkaufen online, pro Modell vielleicht 80 bis 200
      Stück. Große Fabriken nehmen uns erst ab 1.000 Teilen, kleine Ateliers sind zu teuer. Wir
      suchen eine zuverlässige Produktion, die auch kleine Serien sauber fertigt.""",
      sectors=("C14.13", "G47.91")),
    d("cmt-same-org", "org-shveinyi-ceh-bishkek", "KG-GB", "BR", "ru",
      "Ищем поставщика фурнитуры и молний для нашего швейного цеха",
      """Для заказов европейских брендов нам нужны молнии, пуговицы и этикетки стабильного
      качества небольшими партиями. Ищем поставщика с доставкой в Бишкек.""",
      role="same-organisation"),
    d("virtual-o", "org-fit3d-studio", "PT-13", "BO", "en",
      "3D garment samples that replace physical prototypes",
      """Our designers turn your patterns and fabric data into photorealistic 3D samples that
      drape and move like the real garment. Buyers approve colours and fit on screen, and a
      collection needs a fraction of the physical samples.""",
      technologies=("supply-chain-management", "ar-vr")),
    d("virtual-r", "org-maglificio-carpi", "IT-45", "BR", "it",
      "Ogni collezione richiede trecento campioni spediti avanti e indietro",
      """Siamo un maglificio che produce per marchi di moda. Per ogni stagione cuciamo centinaia
      di prototipi, li spediamo ai clienti, li modifichiamo e li rispediamo. Costa mesi e
      molto denaro, e metà dei capi non entra mai in produzione.""",
      sectors=("C14.39",)),
    d("rewool-o", "org-lana-rigenerata", "IT-52", "BO", "it",
      "Tessuti in lana e cashmere rigenerati da scarti tessili",
      """Nel distretto di Prato selezioniamo per colore maglie usate e ritagli di lana e
      cashmere, li sfilacciamo e ne ricaviamo filati e tessuti senza nuove tinture. Offriamo
      certificazioni di contenuto riciclato.""",
      ["GB", "DE", "SE", "US", "IT"]),
    d("rewool-r", "org-highland-outdoor", "GB-EDH", "BR", "en",
      "Outdoor brand needs recycled wool fabric that meets performance specs",
      """We make outdoor jackets and have committed to half recycled fibre in two years. Most
      recycled wool we sampled pills or tears in abrasion tests, and the supply is not
      certified. We are looking for a mill that can deliver consistent, traceable recycled
      wool cloth.""",
      sectors=("C14.13",)),
    d("digiprint-o", "org-stampa-digitale-como", "IT-25", "BO", "it",
      "Stampa digitale su seta e tessuti in piccole tirature",
      """A Como stampiamo in digitale su seta, viscosa e cotone da 30 metri per disegno, con
      colori fedeli e senza costi di quadri e cilindri. Lavoriamo anche per clienti esteri.""",
      ["RU", "KZ", "IT", "FR", "AM"], sectors=("C13.30",)),
    d("digiprint-r", "org-platki-pavlovo", "RU-MOS", "BR", "ru",
      "Каждый новый рисунок платка стоит нам слишком дорого",
      """Мы выпускаем шёлковые и шерстяные платки с рисунками. Трафаретная печать требует
      отдельной сетки на каждый цвет, поэтому новый рисунок окупается только от тысячи штук.
      Хотим выпускать много рисунков маленькими партиями.""",
      sectors=("C14.19",)),
    d("digiprint-same-org", "org-platki-pavlovo", "RU-MOS", "BO", "ru",
      "Предлагаем наш архив рисунков для печати на ткани",
      """За сто лет работы у фабрики собрался архив из тысяч рисунков платков. Предлагаем
      лицензии на их печать производителям тканей и одежды.""",
      role="same-organisation"),
    d("sizes-o", "org-sizecurve-analytics", "NL-NH", "TO", "en",
      "Size-curve and demand forecasting for fashion retailers",
      """Our models learn from sales, returns and stock-outs which sizes sell in which store, and
      tell buyers how many of each size to order and where to send them. Retailers end the
      season with a third less leftover stock.""",
      technologies=("supply-chain-management", "machine-learning")),
    d("sizes-r", "org-odezhda-dlya-vseh", "RU-SAM", "TR", "ru",
      "В конце сезона у нас горы маленьких и больших размеров",
      """Сеть из 45 магазинов одежды заказывает размеры по одной и той же шкале для всех
      городов. В одних магазинах средние размеры заканчиваются за месяц, в других крайние
      размеры висят до распродажи. Хотим заказывать и распределять размеры точнее.""",
      sectors=("G47.71",)),
    d("sizes-o2", "org-groessenplan", "DE-BE", "TO", "de",
      "Größenverteilung und Bedarfsprognose für Modehändler",
      """Unsere Software berechnet je Filiale die passende Größenstaffel aus Verkäufen und
      Retouren und schlägt Umlagerungen vor, damit weniger Ware reduziert werden muss.""",
      role="same-kind"),
    d("audit-o", "org-audit-social-textile", "FR-HDF", "BO", "fr",
      "Audits sociaux et accompagnement des ateliers textiles",
      """Nos auditeurs vérifient les conditions de travail, la sécurité et les salaires dans les
      ateliers de confection selon les référentiels exigés par les marques européennes, puis
      aident l'usine à corriger les écarts avant l'audit du client.""",
      ["UZ", "KZ", "KG", "MA", "FR"], sectors=("M71.20",)),
    d("audit-r", "org-tikuv-samarkand", "UZ-SA", "BR", "ru",
      "Европейские бренды требуют социальный аудит, а мы не знаем, как к нему готовиться",
      """Наша швейная фабрика на 600 рабочих хочет шить для европейских сетей. Каждый
      покупатель присылает свой список требований по условиям труда и технике безопасности,
      и первый аудит мы провалили. Ищем опытных консультантов.""",
      sectors=("C14.13",)),
    d("audit-excluded", "org-conformite-atelier", "FR-OCC", "BO", "fr",
      "Préparation des usines de confection aux audits sociaux",
      """Nous préparons les ateliers de confection aux audits sociaux des donneurs d'ordre.
      Intervention uniquement au Maroc, en Tunisie et au Portugal.""",
      ["MA", "TN", "PT"], role="excluded-target"),
    d("marker-o", "org-schnittbild-software", "DE-SN", "TO", "de",
      "Software zur Optimierung von Schnittbildern im Zuschnitt",
      """Unsere Software legt die Schnittteile automatisch so auf den Stoff, dass möglichst
      wenig Verschnitt entsteht, berücksichtigt Musterrapport und Fadenlauf und steuert den
      Cutter direkt an. Typisch sind fünf bis acht Prozent weniger Stoffverbrauch.""",
      ["IT", "DE", "PL", "RO"]),
    d("marker-r", "org-confezioni-barletta", "IT-75", "TR", "it",
      "Nel taglio sprechiamo quasi un quinto del tessuto",
      """Il nostro taglio per capi da lavoro è ancora manuale: un operaio piazza i modelli sul
      tessuto a occhio. I ritagli che buttiamo valgono decine di migliaia di euro l'anno.
      Vogliamo ridurre lo spreco senza rallentare la produzione.""",
      sectors=("C14.12",)),
    d("deadstock-o", "org-stockmoda-b2b", "ES-CT", "TO", "es",
      "Plataforma B2B para vender excedentes de tejidos y prendas",
      """Nuestra plataforma conecta fabricantes y marcas que tienen tejidos y prendas sobrantes
      con compradores profesionales: diseñadores, talleres, outlets. Fotografiamos, catalogamos
      y enviamos el lote; el vendedor cobra en una semana.""",
      technologies=("supply-chain-management", "e-commerce")),
    d("deadstock-r", "org-lanificio-biellese", "IT-21", "TR", "it",
      "Magazzino pieno di tessuti invenduti delle stagioni passate",
      """Il nostro lanificio ha 60.000 metri di tessuti di collezioni vecchie: qualità ottima,
      colori fuori moda. Occupano spazio e non sappiamo a chi venderli senza svendere il
      marchio nei canali sbagliati.""",
      sectors=("C13.20",)),
    d("rfid-o", "org-tagtrack-retail", "GB-LND", "TO", "en",
      "RFID tags and handheld readers for garment inventory",
      """We tag garments at the factory and give stores handheld readers that count a whole
      shop floor in twenty minutes with 99% accuracy, so online orders are only offered for
      items that are really there.""",
      technologies=("supply-chain-management", "iot")),
    d("rfid-r", "org-denim-house-cork", "IE-CO", "TR", "en",
      "Store stock counts take days and online orders sell items we do not have",
      """Our 30 denim stores count stock by hand twice a year, closing each shop for a day.
      In between the system is wrong, and click-and-collect orders are cancelled because the
      jeans cannot be found. We want to know what is on every shelf.""",
      sectors=("G47.71",)),
    d("flax-o", "org-lnyanoy-kombinat", "RU-KOS", "BO", "ru",
      "Льняная пряжа и ткани напрямую от комбината",
      """Наш комбинат в Костромской области перерабатывает лён от трепания до готовой ткани:
      пряжа, сорочечные и костюмные ткани, отбелённые и окрашенные. Ищем швейные фабрики и
      дизайнеров за рубежом.""",
      ["IT", "FR", "DE", "RU", "BY"]),
    d("flax-r", "org-camiceria-napoletana", "IT-72", "BR", "it",
      "Camiceria cerca tela di lino di qualità costante",
      """Confezioniamo camicie su misura e in piccola serie. Il lino che compriamo cambia
      troppo da una pezza all'altra e i prezzi salgono ogni stagione. Vogliamo un fornitore
      diretto di filato e tessuto di lino con qualità costante.""",
      sectors=("C14.14",)),
)

for need in ("passport", "cmt", "virtual", "rewool", "digiprint", "sizes", "audit", "marker",
             "deadstock", "rfid", "flax"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("sizes-o2", "sizes-r")

niche.add(
    d("cactus-leather", "org-cactus-material", "MX", "TO", "en",
      "Plant-based leather alternative made from cactus",
      """Our bio-based material looks and works like leather, is made from cactus leaves and is
      sold by the roll to makers of bags, shoes and car interiors.""",
      technologies=("bio-based-materials",), role="unanswered"),
    d("collect-textile-r", "org-stadtreinigung-ruhr", "DE-NW", "TR", "de",
      "Ab nächstem Jahr müssen wir Alttextilien getrennt sammeln",
      """Als kommunaler Entsorger müssen wir gebrauchte Kleidung getrennt erfassen. Wir suchen
      Sortier- und Verwertungspartner für 8.000 Tonnen im Jahr.""",
      sectors=("E38.11",), role="unanswered"),
    d("courier-samples", "org-corriere-moda", "IT-25", "BO", "it",
      "Corriere espresso per campionari e prototipi di moda",
      """Ritiriamo campioni e prototipi dai laboratori e li consegniamo a stilisti e buyer in
      Europa in 24 ore, con imballi su misura e appendiabiti.""",
      sectors=("H53.20",), technologies=("logistics",), role="near-miss"),
    d("cutoffs-o", "org-imbottiture-riciclate", "IT-75", "TO", "it",
      "Ritagli di taglio trasformati in imbottiture",
      """Ritiriamo dai confezionisti i ritagli di tessuto avanzati dal taglio e li trasformiamo
      in imbottiture e pannelli fonoassorbenti.""",
      sectors=("C13.99",), technologies=("circular-economy",), role="near-miss"),
    d("eas-gates", "org-shopguard-gates", "GB-BIR", "TO", "en",
      "Anti-theft gates and tags for clothing stores",
      """Our security gates at the store exit sound an alarm when a tagged garment leaves
      without being paid for. Tags are reusable and detached at the till.""",
      role="near-miss"),
    d("tissue-eng", "org-tkanevaya-inzheneriya", "RU-TOM", "RC", "ru",
      "Тканевая инженерия: выращивание хряща на биоразлагаемых каркасах",
      """Лаборатория выращивает хрящевую ткань из клеток пациента на пористых каркасах и ищет
      клинических партнёров для совместного исследования.""",
      sectors=("M72.11",), technologies=("biotech",), role="two-meanings"),
    d("debt-collection", "org-recover-collect", "GB-MAN", "BO", "en",
      "Debt collection for companies with unpaid invoices",
      """Our collection agency recovers unpaid invoices at home and abroad, first by letters and
      calls, then through court, for a share of what we collect.""",
      sectors=("N82.91",), technologies=(), role="two-meanings"),
)
