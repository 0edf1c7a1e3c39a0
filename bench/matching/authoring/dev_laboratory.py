"""Dev split, laboratory analysis: ten sibling needs that share "samples", "analysis", "testing"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("laboratory", "sibling", ("M71.20", "M72.19"), ("laboratory-analysis",))

niche.add(
    d("soil-o", "org-agrolab-kuban", "RU-KDA", "BO", "ru",
      "Агрохимический анализ почвы для хозяйств",
      """Наша лаборатория определяет в почве азот, фосфор, калий, гумус, кислотность и
      микроэлементы и выдаёт рекомендации по удобрениям для каждого поля. Отбор проб с привязкой
      GPS, результаты через семь дней.""",
      sectors=("M71.20", "A01.61")),
    d("soil-r", "org-fermer-group-kost", "KZ-71", "BR", "ru",
      "Хотим вносить удобрения по данным, а не на глаз",
      """Наше хозяйство обрабатывает 30 000 гектаров пшеницы на севере Казахстана. Удобрения мы
      вносим одинаково на все поля, хотя урожайность сильно различается. Ищем тех, кто возьмёт
      пробы с полей, исследует их и подскажет, сколько и чего вносить.""",
      sectors=("A01.11",)),
    d("water-o", "org-hydrosense", "IT-42", "TO", "it",
      "Analizzatore portatile di metalli pesanti nelle acque",
      """Il nostro strumento tascabile misura piombo, arsenico, cadmio e mercurio nell'acqua
      potabile e di scarico in dieci minuti, direttamente sul posto, con sensibilità di pochi
      microgrammi per litro. Non richiede un tecnico di laboratorio.""",
      ["RU", "KZ", "UZ", "AM", "RS"], sectors=("C26.51",)),
    d("water-r", "org-vodokanal-ural", "RU-PER", "TR", "en",
      "Checking wells for arsenic and lead in villages far from any lab",
      """Our water utility supplies 200 villages from wells. Samples have to travel a day to
      the regional laboratory, so contamination is found weeks late. We need an on-site test for
      toxic metals that our own staff can run.""",
      sectors=("E36.00",)),
    d("allergen-o", "org-glutenfree-test", "ES-MD", "TO", "es",
      "Kits rápidos para detectar gluten y alérgenos en alimentos",
      """Fabricamos tiras reactivas y un lector que detectan gluten, leche, huevo y frutos secos
      en superficies y alimentos en quince minutos. Los usan cocinas industriales y fábricas para
      validar la limpieza entre lotes.""",
      sectors=("C20.59",)),
    d("allergen-r", "org-pasta-senza", "IT-72", "TR", "it",
      "Dobbiamo garantire che la pasta senza glutine non sia contaminata",
      """Produciamo pasta normale e senza glutine sulle stesse linee, in turni diversi. Dopo la
      pulizia aspettiamo tre giorni la risposta del laboratorio esterno prima di liberare il
      lotto. Ci servono controlli rapidi in reparto.""",
      sectors=("C10.73",)),
    d("lims-o", "org-labsoft-msk", "RU-MOW", "TO", "ru",
      "Лабораторная информационная система (ЛИМС)",
      """Наша ЛИМС регистрирует пробы по штрихкоду, назначает испытания, принимает данные
      напрямую с приборов, контролирует сроки и формирует протоколы по ГОСТ и ISO 17025. Есть
      англоязычный интерфейс.""",
      technologies=("laboratory-analysis", "business-process-management")),
    d("lims-r", "org-lab-ambiente-veneto", "IT-34", "TR", "en",
      "Our lab tracks 80,000 samples a year in spreadsheets",
      """An accredited environmental testing laboratory, we receive soil, water and air samples
      from hundreds of clients. Results are copied from instruments into spreadsheets and
      reports are assembled by hand, which causes errors before audits. We want software that
      manages the whole sample life cycle.""",
      sectors=("M71.20",)),
    d("stab-o", "org-farmatest-gmp", "IT-25", "BO", "it",
      "Studi di stabilità farmaceutica in regime GMP",
      """Il nostro laboratorio conto terzi esegue studi di stabilità ICH in camere climatiche
      qualificate, con analisi di titolo, impurezze e dissoluzione, per la registrazione di
      farmaci generici. Dossier in inglese per le autorità.""",
      sectors=("M71.20", "C21.20")),
    d("stab-r", "org-generik-farm", "UZ-TK", "BR", "en",
      "Stability data needed to register our generics in Europe",
      """We are a generic drug maker in Tashkent preparing our first European registration.
      Our own laboratory is not GMP certified, and we need an accredited partner to run
      long-term and accelerated storage studies on our tablets.""",
      sectors=("C21.20",)),
    d("micro-o", "org-plastilab-gent", "FR-OCC", "RC", "fr",
      "Méthodes d'analyse des microplastiques dans les sédiments",
      """Notre équipe de recherche a mis au point une méthode de spectroscopie infrarouge pour
      identifier et compter les microplastiques dans les sédiments et les eaux. Nous cherchons
      des partenaires disposant de sites d'échantillonnage pour une campagne commune.""",
      sectors=("M72.19",)),
    d("micro-r", "org-institut-baikal", "RU-IRK", "RC", "ru",
      "Совместное исследование загрязнения озера микропластиком",
      """Наш институт двадцать лет отбирает пробы воды и донных отложений озера. Мы хотим
      оценить, сколько в них микрочастиц пластика и откуда они приходят, но у нас нет отработанной
      методики подсчёта. Ищем группу, которая владеет методами определения полимеров.""",
      sectors=("M72.19",)),
    d("asf-o", "org-vetdiag-pcr", "DE-NI", "TO", "de",
      "PCR-Schnelltests für Tierseuchen im Stall",
      """Unser tragbares PCR-Gerät weist Afrikanische Schweinepest, Geflügelpest und andere
      Tierseuchen in 45 Minuten direkt im Betrieb nach. Tierärzte brauchen nur ein Tupferset und
      ein Tablet.""",
      sectors=("C26.60", "M75.00")),
    d("asf-r", "org-svinokompleks-bel", "RU-BEL", "TR", "ru",
      "Быстро подтвердить или исключить АЧС на свинокомплексе",
      """У нас 12 свиноферм, и при любом подозрении на африканскую чуму пробы везут в
      ветлабораторию, а ответ приходит через три дня, пока вся ферма закрыта. Ищем метод
      диагностики, который ветврач сможет выполнить прямо на месте.""",
      sectors=("A01.46",)),
    d("pipet-o", "org-robolab-bio", "IT-36", "TO", "en",
      "Benchtop pipetting robot for routine assays",
      """Our compact liquid-handling robot prepares plates for ELISA, PCR and cell assays from
      a touchscreen protocol library, without programming. It fits on a standard bench and
      costs a fraction of large workstations.""",
      technologies=("laboratory-analysis", "robotics")),
    d("pipet-r", "org-genlab-minsk", "BY-HM", "TR", "ru",
      "Лаборанты весь день вручную раскапывают планшеты",
      """Диагностическая лаборатория выполняет до 3000 ПЦР-исследований в день, и подготовка
      планшетов вручную занимает почти всё время сотрудников и даёт ошибки. Нужна компактная
      автоматизация дозирования, которую можно настроить без программиста.""",
      sectors=("Q86.90",)),
    d("pipet-o2", "org-dosierwerk", "DE-SN", "TO", "de",
      "Kompakter Pipettierroboter für Routinelabore",
      """Wir bauen kompakte Pipettierautomaten für PCR- und ELISA-Platten mit fertigen Protokollen
      und Touchscreen. Der Automat passt auf jeden Labortisch und braucht keine Programmierung.""",
      technologies=("laboratory-analysis", "robotics"), role="same-kind"),
    d("olive-o", "org-isotopica", "IT-52", "BO", "it",
      "Analisi di autenticità dell'olio extravergine",
      """Verifichiamo origine e purezza dell'olio extravergine con risonanza magnetica e isotopi
      stabili, confrontando il campione con una banca dati di oli italiani certificati. Il
      rapporto dice se l'olio è stato miscelato o proviene da un'altra zona.""",
      sectors=("M71.20",)),
    d("olive-r", "org-olio-import-de", "DE-HE", "BR", "de",
      "Wir wollen sicher sein, dass unser italienisches Olivenöl echt ist",
      """Als Importeur verkaufen wir Olivenöl aus Italien an Feinkostläden. Nach Medienberichten
      über gefälschtes Öl fragen unsere Kunden nach Nachweisen für Herkunft und Qualität. Wir
      suchen ein Labor, das jede Charge prüft.""",
      sectors=("G46.33",)),
    d("myco-o", "org-zernotest", "KZ-75", "BO", "ru",
      "Определение микотоксинов в зерне для экспорта",
      """Аккредитованная лаборатория определяет афлатоксины, дезоксиниваленол и другие
      микотоксины в зерне и муке методом ВЭЖХ. Оформляем протоколы, которые принимают
      покупатели в Китае, Иране и ЕС.""",
      ["KZ", "RU", "UZ", "KG"], sectors=("M71.20",)),
    d("myco-r", "org-elevator-sever", "KZ-71", "BR", "ru",
      "Партии пшеницы возвращают из-за токсинов",
      """Наш элеватор отгружает пшеницу на экспорт, и в этом году покупатель дважды вернул
      партии из-за превышения токсинов плесневых грибов. Нужна лаборатория рядом, которая
      быстро проверит каждую партию до отгрузки и даст признаваемый документ.""",
      sectors=("H52.10", "A01.11")),
    d("myco-excluded", "org-graintest-ua", "PL-14", "BO", "en",
      "Mycotoxin testing of grain shipments",
      """Our accredited laboratory tests wheat, maize and barley for aflatoxins and DON before
      export. We only serve elevators and traders in the European Union.""",
      ["PL", "DE", "CZ", "SK", "LT"], sectors=("M71.20",), role="excluded-target"),
    d("culture-events", "org-cultura-viva", "IT-62", "BO", "it",
      "Analisi del pubblico per eventi culturali",
      """Analizziamo i dati di biglietteria e dei social per capire chi partecipa a mostre,
      concerti e festival e come aumentare il pubblico. Campioni di intervistati, test di
      prezzo, rapporti per gli sponsor.""",
      sectors=("M73.20",), technologies=("big-data",), role="two-meanings"),
)

for need in ("soil", "water", "allergen", "lims", "stab", "micro", "asf", "pipet", "olive",
             "myco"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("pipet-o2", "pipet-r")

niche.add(
    d("lims-r2", "org-umweltlabor-leipzig", "DE-SN", "TR", "de",
      "Probenverwaltung im Labor läuft noch über Excel",
      """Unser akkreditiertes Umweltlabor bearbeitet jährlich 50.000 Proben. Messwerte werden von
      Hand übertragen, Prüfberichte manuell erstellt. Wir suchen ein Laborinformationssystem für
      den gesamten Probenweg.""",
      sectors=("M71.20",), role="same-kind"),
    d("cosmtest-o", "org-cosmolab", "IT-25", "BO", "it",
      "Test di sicurezza ed efficacia dei cosmetici",
      """Eseguiamo challenge test, stabilità, patch test e prove di efficacia per creme e
      detergenti, con dossier per il regolamento europeo sui cosmetici.""",
      role="unanswered"),
    d("radon-r", "org-shkoly-altai", "RU-ALT", "TR", "ru",
      "Нужно измерить радон в школах района",
      """Управление образования должно проверить уровень радона в 60 школах и детских садах.
      Ищем исполнителя с приборами и методикой измерений.""",
      sectors=("O84.12",), role="unanswered"),
    d("battery-cell", "org-akkutest", "DE-BW", "TO", "de",
      "Prüfstände für Batteriezellen",
      """Wir bauen Prüfstände, auf denen Lithium-Ionen-Zellen geladen, entladen und gealtert
      werden, für Zellhersteller und Autozulieferer.""",
      sectors=("C27.90",), technologies=("energy-storage",), role="two-meanings"),
)
niche.pair("lims-o", "lims-r2")

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("arsenic-filter", "org-filtri-arsenico", "IT-72", "TO", "ru",
      "Фильтры для удаления мышьяка из воды скважин",
      """Наши сорбционные фильтры удаляют мышьяк, железо и марганец из воды скважин для
      посёлков и отдельных домов.""",
      technologies=("water-treatment",), role="near-miss"),
    d("spreader-o", "org-spandiconcime", "IT-34", "BO", "ru",
      "Разбрасыватели удобрений с переменной нормой внесения",
      """Производим разбрасыватели минеральных удобрений, которые меняют норму внесения по
      карте поля с GPS.""",
      sectors=("C28.30",), technologies=("agritech",), role="near-miss"),
)

# More German-Russian and English-Italian pairs (added for the per-language-pair check).
niche.add(
    d("textile-o", "org-textilpruef", "DE-SN", "BO", "de",
      "Schadstoffprüfung von Textilien nach REACH",
      """Unser akkreditiertes Labor prüft Stoffe, Kleidung und Schuhe auf Azofarbstoffe,
      Formaldehyd, Schwermetalle und PFAS und stellt Prüfberichte aus, die Importeure in der EU
      verlangen. Ergebnisse in sieben Arbeitstagen. Wir suchen Hersteller in Osteuropa und
      Zentralasien.""",
      ["RU", "KZ", "UZ", "BY"]),
    d("textile-r", "org-shveynaya-ivanovo", "RU-IVA", "BR", "ru",
      "Европейский покупатель требует протоколы испытаний на красители",
      """Мы шьём детскую одежду в Иванове и начинаем поставки в Германию. Покупатель требует
      подтвердить, что в ткани и красках нет запрещённых веществ, и просит протоколы
      признанной лаборатории. Своей лаборатории у нас нет.""",
      sectors=("C14.19",)),
    d("calib-o", "org-calibra-services", "GB-BIR", "BO", "en",
      "On-site calibration of laboratory balances, thermometers and pipettes",
      """Our accredited technicians calibrate balances, pipettes, thermometers and centrifuges at
      the customer's laboratory, with ISO 17025 certificates and reminders before each
      calibration falls due. We are opening a team in Northern Italy.""",
      ["IT"]),
    d("calib-r", "org-analisi-cliniche-bg", "IT-25", "BR", "it",
      "Tarature annuali degli strumenti del nostro laboratorio",
      """Il nostro laboratorio di analisi cliniche deve far verificare ogni anno bilance,
      termometri dei frigoriferi e micropipette per l'accreditamento. Oggi spediamo gli
      strumenti a tre fornitori diversi e restiamo fermi per giorni.""",
      sectors=("Q86.90",)),
)
niche.pair("textile-o", "textile-r")
niche.pair("calib-o", "calib-r")

# Russian offers for German requests (added for the per-language-pair check).
niche.add(
    d("honeytest-o", "org-pchela-lab", "RU-ALT", "BO", "ru",
      "Проверка подлинности мёда методом ЯМР",
      """Наша лаборатория определяет, разбавлен ли мёд сиропами и соответствует ли он заявленному
      ботаническому и географическому происхождению. Используем ЯМР-спектроскопию и базу из
      трёх тысяч образцов. Работаем для импортёров и торговых сетей.""",
      ["DE", "AT", "KZ", "RU"]),
    d("honeytest-r", "org-honighaus-bremen", "DE-HB", "BR", "de",
      "Ist der importierte Honig echt? Wir brauchen einen Nachweis",
      """Wir importieren Honig aus Osteuropa und Zentralasien und füllen ihn in Bremen ab. Ein
      Kunde hat uns vorgeworfen, dass eine Charge mit Zuckersirup gestreckt war. Wir suchen
      ein Labor, das jede Lieferung vor dem Abfüllen auf Echtheit und Herkunft prüft.""",
      sectors=("C10.89",)),
)
niche.pair("honeytest-o", "honeytest-r")

# German-Russian in both directions and French-Russian (second addition).
niche.add(
    d("pesticide-o", "org-rueckstandslabor", "DE-BW", "BO", "de",
      "Rückstandsanalytik von Pflanzenschutzmitteln in Obst und Gemüse",
      """Unser akkreditiertes Labor prüft Obst, Gemüse und Kräuter mit LC-MS/MS und GC-MS/MS auf
      über 700 Pflanzenschutzmittel und bewertet die Ergebnisse nach den Höchstgehalten der EU.
      Ergebnisse in drei Werktagen. Wir arbeiten für Exporteure aus Drittländern.""",
      ["RU", "KZ", "UZ", "DE", "TR"]),
    d("pesticide-r", "org-teplicy-kuban", "RU-KDA", "BR", "ru",
      "Европейский покупатель вернул партию томатов",
      """Наш тепличный комбинат начинает поставки томатов и огурцов в Европу. Первую партию
      вернули: импортёр нашёл превышение по одному препарату для защиты растений. Нам нужно
      проверять каждую партию до отгрузки по европейским нормам.""",
      sectors=("A01.13",)),
    d("tensile-o", "org-werkstoffpruefung-ruhr", "DE-NW", "BO", "de",
      "Mechanische Werkstoffprüfung: Zug-, Kerbschlag- und Härteprüfung",
      """Wir prüfen Metallproben und Bauteile nach DIN EN ISO: Zugversuch, Kerbschlagbiegeversuch
      bis −60 °C, Härte und Metallografie, mit Prüfbericht in Deutsch, Englisch und Russisch.
      Proben können per Kurier geschickt werden.""",
      sectors=("M71.20",)),
    d("tensile-r", "org-krepezh-zavod", "RU-CHE", "BR", "ru",
      "Заказчик требует протоколы испытаний болтов на прочность",
      """Мы производим высокопрочный крепёж для мостов и металлоконструкций. Новый заказчик
      требует для каждой плавки протоколы механических испытаний, в том числе на ударную
      вязкость при минусовых температурах. Своей испытательной машины у нас нет.""",
      sectors=("C25.94",)),
    d("gmo-o", "org-genlab-sibir", "RU-NVS", "BO", "ru",
      "Выявление ГМО в сырье и продуктах методом ПЦР",
      """Наша лаборатория определяет генетически модифицированные линии сои, кукурузы и рапса в
      сырье и готовых продуктах количественной ПЦР в реальном времени. Результат за два дня,
      протоколы на русском, английском и немецком.""",
      ["DE", "AT", "RU", "KZ"]),
    d("gmo-r", "org-tofurei-spreewald", "DE-BB", "BR", "de",
      "Wir müssen beweisen, dass unser Soja gentechnikfrei ist",
      """Unsere Tofurei verarbeitet Sojabohnen aus Osteuropa. Der Bio-Verband und unsere Kunden
      verlangen für jede Lieferung einen Nachweis, dass keine gentechnisch veränderten Bohnen
      beigemischt sind. Wir suchen ein günstiges, schnelles Labor.""",
      sectors=("C10.89",)),
    d("oil-o", "org-trib-analiz", "RU-SAM", "BO", "ru",
      "Анализ работающего моторного масла для прогнозирования отказов",
      """По пробе масла из двигателя, редуктора или гидросистемы определяем износ металла,
      попадание охлаждающей жидкости и пыли, остаток присадок. Даём заключение, когда менять
      масло и какой узел скоро откажет. Наборы для отбора проб отправляем почтой.""",
      ["DE", "PL", "RU", "KZ"]),
    d("oil-r", "org-busbetrieb-vogtland", "DE-SN", "BR", "de",
      "Motorschäden an unseren Bussen kommen ohne Vorwarnung",
      """Unser Verkehrsbetrieb hat 90 Linienbusse. Zweimal im letzten Jahr ist ein Motor auf
      der Strecke kaputtgegangen, obwohl die Wartung nach Plan erfolgte. Wir wollen früher
      erkennen, welche Aggregate verschleißen, ohne sie zu öffnen.""",
      sectors=("H49.31",)),
    d("sensory-o", "org-panel-gout", "FR-BRE", "BO", "fr",
      "Analyse sensorielle et tests consommateurs",
      """Notre laboratoire dispose d'un panel de 24 dégustateurs entraînés et organise des tests
      consommateurs en salle. Nous comparons une nouvelle recette aux produits concurrents et
      livrons un profil sensoriel chiffré. Nous travaillons aussi avec des industriels
      étrangers.""",
      ["RU", "KZ", "FR", "BE"]),
    d("sensory-r", "org-shokolad-fabrika", "RU-PER", "BR", "ru",
      "Меняем рецептуру шоколада и боимся потерять покупателей",
      """Из-за цен на какао-масло мы хотим изменить рецептуру плиточного шоколада. Мнения внутри
      компании расходятся, а мнения технологов субъективны. Нам нужно объективно проверить, чем
      новый вкус отличается от старого и заметят ли это покупатели.""",
      sectors=("C10.82",)),
)
for need in ("pesticide", "tensile", "gmo", "oil", "sensory"):
    niche.pair(f"{need}-o", f"{need}-r")
