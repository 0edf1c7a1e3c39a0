"""Dev split, manufacturing and IoT: ten sibling needs sharing "machines", "sensors", "factory"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("manufacturing", "sibling", ("C28.99", "J62.01"), ("manufacturing", "iot"))

niche.add(
    d("vibro-o", "org-vibrosense", "IT-45", "TO", "it",
      "Sensori di vibrazione wireless per la manutenzione predittiva",
      """I nostri sensori wireless si fissano con un magnete su motori, pompe e ventilatori e
      misurano vibrazioni e temperatura; gli algoritmi riconoscono cuscinetti usurati e
      disallineamenti settimane prima del guasto. Nessun cablaggio, batteria di cinque anni.""",
      ["RU", "KZ", "RS", "TR"]),
    d("vibro-r", "org-cement-zavod", "RU-BEL", "TR", "ru",
      "Внезапные остановки мельниц и вентиляторов на цементном заводе",
      """На заводе около 300 электродвигателей и насосов, и поломки мы узнаём только когда
      оборудование уже встало. Каждый простой печи стоит миллионы рублей. Ищем способ заранее
      видеть, какой агрегат скоро выйдет из строя.""",
      sectors=("C23.51",)),
    d("energy-o", "org-energomonitor", "RU-MOW", "TO", "ru",
      "Поагрегатный учёт электроэнергии на производстве",
      """Устанавливаем беспроводные счётчики на станки, компрессоры и печи и показываем, сколько
      энергии уходит на каждую деталь, смену и простой. Система находит оборудование, которое
      работает вхолостую ночью и в выходные.""",
      technologies=("iot", "green-tech")),
    d("energy-r", "org-fonderia-emiliana", "IT-45", "TR", "en",
      "Our electricity bill doubled and we do not know which machines use it",
      """Our foundry has one meter for the whole plant. Since energy prices rose, we want to
      know how much each furnace, compressor and machine consumes, per shift and per product,
      to cut waste and price our castings correctly.""",
      sectors=("C24.51",)),
    d("oee-o", "org-retrofit-werk", "DE-BW", "TO", "de",
      "Alte CNC-Maschinen vernetzen und Stillstände erfassen",
      """Unsere Box wird in die Steuerung älterer CNC-Maschinen jeder Marke eingebaut und meldet
      Laufzeit, Stillstände mit Grund, Stückzahlen und Programme. Die Werksleitung sieht die
      Gesamtanlageneffektivität jeder Maschine live.""",
      technologies=("manufacturing", "iot")),
    d("oee-r", "org-mehzavod-tula", "RU-TUL", "TR", "ru",
      "Станки 90-х годов, и мы не знаем, сколько они реально работают",
      """На нашем механическом заводе 120 станков с ЧПУ разных лет. Мастера пишут выработку в
      журнал, и по бумагам загрузка 85%, а заказы срываются. Хотим подключить старые станки и
      видеть реальное время работы и причины простоев.""",
      sectors=("C25.62",)),
    d("twin-o", "org-stampo-virtuale", "IT-25", "TO", "it",
      "Gemello digitale per lo stampaggio a iniezione",
      """Il nostro software simula il processo di stampaggio a iniezione e, collegato alla pressa,
      corregge in tempo reale temperature, pressioni e tempi per evitare scarti come risucchi e
      bave. L'avvio di un nuovo stampo richiede la metà delle prove.""",
      sectors=("J62.01", "C22.29"), technologies=("manufacturing", "ai")),
    d("twin-r", "org-plastik-kazan", "RU-TA", "TR", "ru",
      "Много брака при литье пластиковых деталей под давлением",
      """Мы отливаем корпуса для бытовой техники на 40 термопластавтоматах. При смене партии
      сырья или формы наладчик подбирает режимы на глаз, и до 8% деталей уходит в брак с
      утяжинами и облоем. Ищем технологию, которая поможет держать процесс стабильным.""",
      sectors=("C22.29",)),
    d("vision-o", "org-optikontrol", "RU-NVS", "TO", "en",
      "Machine vision for surface defect inspection",
      """Our cameras and neural networks inspect rolled metal, glass and painted parts at line
      speed and mark scratches, dents and inclusions. Training a new defect type takes fifty
      example images.""",
      technologies=("manufacturing", "ai")),
    d("vision-r", "org-lamiere-friuli", "IT-36", "TR", "it",
      "I difetti delle lamiere verniciate sfuggono al controllo visivo",
      """Produciamo pannelli in lamiera preverniciata e due operatori guardano il nastro che
      scorre a 60 metri al minuto. Graffi e bolle arrivano dai clienti e ci costano resi e
      penali. Cerchiamo un sistema automatico che controlli tutta la superficie.""",
      sectors=("C25.11",)),
    d("tool-o", "org-toolchip", "ES-PV", "TO", "es",
      "Gestión de herramientas de corte con RFID",
      """Nuestro sistema marca cada herramienta y portaherramientas con un chip RFID, registra su
      vida útil y reafilados y la localiza en el almacén y en la máquina. Los operarios dejan de
      buscar herramientas y se evitan roturas por desgaste.""",
      technologies=("manufacturing", "iot")),
    d("tool-r", "org-officina-aerea", "IT-21", "TR", "es",
      "Perdemos horas buscando herramientas y rompiendo fresas gastadas",
      """Nuestro taller mecaniza piezas de precisión en 30 centros de mecanizado. Nadie sabe
      cuántas horas lleva cada fresa, y se pierden herramientas entre turnos. Buscamos una forma
      de controlar el inventario y el desgaste de las herramientas.""",
      sectors=("C25.62",)),
    d("compr-o", "org-aria-compressa-iot", "IT-34", "TO", "it",
      "Monitoraggio remoto di compressori e perdite d'aria",
      """Colleghiamo compressori di qualsiasi marca a un portale cloud che misura
      pressione, portata ed
      energia, segnala perdite nella rete dell'aria compressa e programma la manutenzione. Le
      aziende risparmiano in media il 25% dell'energia dei compressori.""",
      ["RU", "KZ", "DE"], technologies=("iot", "green-tech")),
    d("compr-r", "org-mebelnaya-fabrika", "RU-VOR", "TR", "ru",
      "Компрессоры работают круглосуточно, а воздуха всё равно не хватает",
      """На мебельной фабрике четыре компрессора сжатого воздуха работают без остановки, счета
      за электроэнергию огромные, а на дальних участках давления не хватает. Подозреваем утечки,
      но не знаем где. Ищем систему контроля пневмосети.""",
      sectors=("C31.09",)),
    d("mes-o", "org-traccia-lotti", "IT-52", "TO", "ru",
      "Прослеживаемость партий на пищевом производстве",
      """Наша MES-система связывает сырьё, партии производства, рецептуры и отгрузки:
      при отзыве продукции за минуты видно, какие партии сырья и каким покупателям ушли.
      Данные с весов и линий поступают автоматически.""",
      ["RU", "KZ", "BY"], sectors=("J62.01", "C10.89")),
    d("mes-r", "org-kolbasnyi-dvor", "BY-MI", "TR", "ru",
      "Отзыв партии колбасы занял у нас три дня",
      """Когда торговая сеть сообщила о проблеме с одной партией, мы три дня сопоставляли
      бумажные журналы, чтобы понять, какое мясо в неё пошло и куда отгружена продукция. Нужна
      система, которая ведёт историю каждой партии от сырья до покупателя.""",
      sectors=("C10.13",)),
    d("safety-o", "org-safeguard-wear", "FR-ARA", "TO", "fr",
      "Badges connectés pour la sécurité des travailleurs isolés",
      """Nos badges détectent les gaz toxiques, la chute ou l'immobilité d'un opérateur et
      déclenchent une alerte géolocalisée vers les secours du site, même sans réseau mobile
      grâce à notre radio longue portée.""",
      technologies=("iot",)),
    d("safety-r", "org-chemical-plant-kz", "KZ-23", "TR", "en",
      "Lone workers in our chemical plant are out of sight",
      """Operators walk alone through large areas of our chemical plant at night. If one
      collapses from a leak or a fall, nobody may notice for an hour. We are looking for
      wearable devices that raise an alarm and show where the person is.""",
      sectors=("C20.15",)),
    d("am-o", "org-print-spare", "DE-NW", "BO", "en",
      "Metal 3D printing of spare parts on demand",
      """We reverse-engineer and 3D print metal spare parts for machines whose manufacturer no
      longer supplies them: gears, impellers, brackets, in steel, titanium or bronze, with
      material certificates, delivered in days.""",
      ["RU", "KZ", "IT", "PL", "UZ"], sectors=("C25.62", "C28.99")),
    d("am-r", "org-saharnyi-kombinat", "RU-LIP", "BR", "ru",
      "Запчасти к импортному оборудованию больше не поставляют",
      """Наш сахарный комбинат работает на линиях европейского производства 1990-х годов.
      Производитель прекратил выпуск запчастей, и мы месяцами ждём, пока местные мастерские
      сделают копию шестерни. Ищем того, кто быстро изготовит детали по образцу.""",
      sectors=("C10.81",)),
    d("am-same-org", "org-saharnyi-kombinat", "RU-LIP", "BO", "ru",
      "Предлагаем услуги нашего ремонтного цеха по восстановлению деталей",
      """Ремонтный цех комбината восстанавливает валы и шестерни для сторонних предприятий
      региона, в том числе по образцу.""",
      role="same-organisation"),
    d("cloud-weather", "org-meteo-nubi", "IT-77", "TO", "en",
      "Cloud cover, hail and frost forecasts for farms",
      """Our service forecasts clouds, hail and frost for each single field from sensors and
      weather radar, and warns the farmer ten hours ahead by text
      messages.""",
      sectors=("M74.90",), technologies=("iot",), role="two-meanings"),
    d("mining-ore", "org-steppe-drilling", "KZ-35", "BO", "en",
      "Drilling and blasting services for open-pit mines",
      """We are a mining contractor: exploration drilling, blasting and ore haulage for copper
      and gold open pits, with our own fleet of rigs and dump trucks.""",
      sectors=("B09.90",), technologies=(), role="two-meanings"),
)

for need in ("vibro", "energy", "oee", "twin", "vision", "tool", "compr", "mes", "safety", "am"):
    niche.pair(f"{need}-o", f"{need}-r")

niche.add(
    d("paint-r", "org-verniciatura-adige", "IT-34", "TR", "it",
      "Difetti di verniciatura quando cambia l'umidità",
      """Nella nostra cabina di verniciatura a polvere i difetti aumentano nei giorni umidi.
      Cerchiamo un sistema di controllo del clima della cabina.""",
      sectors=("C25.61",), role="unanswered"),
    d("lasermark-o", "org-laserzeichen", "DE-TH", "TO", "de",
      "Laserbeschriftung von Metallteilen",
      """Unsere Faserlaser beschriften Seriennummern und Data-Matrix-Codes dauerhaft auf Metall und
      Kunststoff, integriert in jede Fertigungslinie.""",
      role="unanswered"),
    d("cobot-o", "org-cobot-saldatura", "IT-45", "TO", "it",
      "Isola di saldatura con robot collaborativo",
      """La nostra isola di saldatura con robot collaborativo si programma guidando il braccio a
      mano ed è pensata per piccoli lotti nelle carpenterie.""",
      technologies=("manufacturing", "robotics"), role="unanswered"),
    d("plant-nursery", "org-vivai-pistoia", "IT-52", "BO", "en",
      "Ornamental plants from our nurseries",
      """Our nurseries grow ornamental plants, hedges and trees for landscapers and garden centres,
      with our own fleet of refrigerated trucks.""",
      sectors=("A01.30",), technologies=(), role="two-meanings"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("vfd-o", "org-inverter-italia", "IT-21", "TO", "ru",
      "Частотные преобразователи для вентиляторов и насосов",
      """Наши частотные преобразователи регулируют скорость двигателей вентиляторов и насосов
      и снижают расход электроэнергии на 30%.""",
      sectors=("C27.11",), role="near-miss"),
    d("paintgauge-o", "org-spessimetri", "DE-NW", "TO", "it",
      "Spessimetri portatili per vernici e rivestimenti",
      """I nostri strumenti portatili misurano lo spessore della vernice su lamiera e plastica
      in un secondo, con statistiche per il controllo qualità.""",
      sectors=("C26.51",), role="near-miss"),
)

# More German-Russian and English-Italian pairs (added for the per-language-pair check).
niche.add(
    d("weld-o", "org-schweissdaten", "DE-NW", "TO", "de",
      "Überwachung der Schweißparameter für jede einzelne Naht",
      """Unsere Sensorbox am Schweißgerät zeichnet Strom, Spannung, Drahtvorschub und Gasfluss
      jeder Naht auf, vergleicht sie mit der Schweißanweisung und meldet Abweichungen sofort.
      So ist jede Naht dokumentiert und Fehler werden vor der Prüfung erkannt. Wir suchen
      Stahlbauer in Osteuropa.""",
      ["RU", "KZ", "BY", "PL"]),
    d("weld-r", "org-metallokonstrukcii-ural", "RU-SVE", "TR", "ru",
      "Брак сварных швов обнаруживаем только на ультразвуковом контроле",
      """Наш завод изготавливает металлоконструкции для мостов. Дефекты сварки находят уже на
      контроле, когда шов приходится вырезать и переделывать. Заказчик требует доказать, что
      каждый шов варили в правильном режиме. Ищем решение для контроля сварки в процессе.""",
      sectors=("C25.11",)),
    d("kanban-o", "org-binsignal", "GB-COV", "TO", "en",
      "Smart bins that reorder parts for assembly lines",
      """Our weight sensors sit under the parts bins at each workstation. When screws, washers
      or fittings run low, the system sends a replenishment order to the warehouse or the
      supplier, so lines never stop for small parts. We seek manufacturers in Italy.""",
      ["IT", "DE"]),
    d("kanban-r", "org-valvole-cusio", "IT-21", "TR", "it",
      "Le linee di montaggio si fermano per la minuteria finita",
      """Assembliamo valvole e rubinetti su otto linee. Viti, guarnizioni e raccordi finiscono
      senza preavviso, l'operatore va a cercarli in magazzino e la linea resta ferma. Vogliamo
      che il riordino parta da solo prima che i contenitori siano vuoti.""",
      sectors=("C28.14",)),
)
niche.pair("weld-o", "weld-r")
niche.pair("kanban-o", "kanban-r")

# Russian offers for German requests (added for the per-language-pair check).
niche.add(
    d("toolvend-o", "org-instrument-avtomat", "RU-SAM", "TO", "ru",
      "Автоматы выдачи режущего инструмента в цехах",
      """Рабочий получает фрезы, свёрла и пластины в автомате у станка по своему пропуску,
      система записывает расход на заказ и сама заказывает инструмент у поставщика. Расход
      инструмента у наших клиентов снизился на четверть. Ищем заводы-партнёры в Европе.""",
      ["DE", "PL", "RU", "KZ"]),
    d("toolvend-r", "org-praezisionsteile-alb", "DE-BW", "TR", "de",
      "Niemand weiß, wohin unsere Fräser und Bohrer verschwinden",
      """In unserer Zerspanung mit sechzig Maschinen holen sich die Bediener Werkzeuge aus einem
      offenen Lager. Der Verbrauch lässt sich keinem Auftrag zuordnen, und manchmal fehlt
      genau der Fräser, den die Nachtschicht braucht. Wir suchen eine kontrollierte Ausgabe.""",
      sectors=("C25.62",)),
)
niche.pair("toolvend-o", "toolvend-r")

# German-Russian in both directions and German-Italian (second addition).
niche.add(
    d("worker-o", "org-montageassistenz", "DE-BY", "TO", "de",
      "Werkerassistenz mit Projektion am Montagearbeitsplatz",
      """Unser System projiziert jeden Arbeitsschritt direkt auf den Arbeitsplatz, zeigt das
      richtige Teilefach an und prüft mit einer Kamera, ob der Schritt erledigt ist. Neue
      Mitarbeiter arbeiten nach einer Stunde fehlerfrei. Wir suchen Partner in Osteuropa.""",
      ["RU", "PL", "KZ", "DE"], technologies=("manufacturing", "iot", "machine-vision")),
    d("worker-r", "org-elektroshkaf-ural", "RU-SVE", "TR", "ru",
      "Новые сборщики путают порядок операций",
      """Мы собираем электрические шкафы по заказам, и почти каждое изделие отличается. Опытных
      монтажников не хватает, новички ошибаются в последовательности и подключают не те
      провода, брак находим только на испытаниях. Ищем способ подсказывать сборщику каждый
      шаг.""",
      sectors=("C27.12",)),
    d("forklift-o", "org-staplerwarner", "DE-NW", "TO", "de",
      "Personenwarnsystem für Gabelstapler",
      """Fußgänger tragen einen kleinen Funksender, der Stapler erkennt sie auch hinter Regalen
      und Ecken, warnt den Fahrer und bremst automatisch. Jede Beinahe-Kollision wird
      aufgezeichnet, damit gefährliche Stellen sichtbar werden. Nachrüstbar an Staplern aller
      Marken.""",
      ["RU", "KZ", "DE", "AT"]),
    d("forklift-r", "org-trubnyi-sklad", "RU-VOR", "TR", "ru",
      "На складе готовой продукции погрузчики сбивают людей",
      """На нашем заводе по цеху и складу ездят 40 погрузчиков, а рядом ходят кладовщики и
      контролёры. За год было два тяжёлых несчастных случая, водители не видят людей из-за
      штабелей. Нужна техническая защита, а не только инструктажи.""",
      sectors=("C24.20",)),
    d("kiln-o", "org-sushka-kontrol", "RU-ARK", "TO", "ru",
      "Онлайн-контроль влажности древесины в сушильных камерах",
      """Наши беспроводные датчики измеряют влажность досок прямо в штабеле, температуру и
      влажность воздуха в камере и передают данные в облако. Программа сама подбирает режим
      сушки и сообщает, когда партия готова. Работаем в России, Беларуси и Европе.""",
      ["DE", "AT", "BY", "RU"]),
    d("kiln-r", "org-saegewerk-schwarzwald", "DE-BW", "TR", "de",
      "Unser Holz reißt beim Trocknen, und wir merken es erst danach",
      """Unser Sägewerk trocknet Fichte und Eiche in sechs Kammern. Ob ein Stapel fertig ist,
      schätzen wir mit Stichproben; oft ist das Holz zu feucht oder es bilden sich Risse, und
      Kunden reklamieren. Wir möchten den Trocknungsverlauf jeder Charge verfolgen.""",
      sectors=("C16.10",)),
    d("silo-o", "org-uroven-datchik", "RU-TYU", "TO", "ru",
      "Радарные датчики уровня для силосов и бункеров с передачей данных",
      """Датчики измеряют уровень цемента, зерна, гранул или щепы в силосе и каждый час
      отправляют данные в облако. Поставщик видит остатки у клиента и сам планирует доставку.
      Батареи хватает на пять лет.""",
      ["DE", "RU", "KZ", "PL"]),
    d("silo-r", "org-betonwerk-lausitz", "DE-BB", "TR", "de",
      "Der Zement im Silo geht unbemerkt aus und die Produktion steht",
      """Unser Betonwerk hat acht Silos für Zement, Flugasche und Zusätze. Die Füllstände schätzt
      ein Mitarbeiter durch Klopfen und Nachsehen, und zweimal im Monat steht die Mischanlage,
      weil etwas fehlt. Wir wollen die Bestände jederzeit kennen und rechtzeitig bestellen.""",
      sectors=("C23.63",)),
    d("strokes-o", "org-hubzaehler", "DE-TH", "TO", "de",
      "Nachrüstbare Hubzähler für Pressen und Stanzwerkzeuge",
      """Ein kleiner Sensor am Werkzeug zählt jeden Hub, speichert die Zahl im Werkzeug selbst
      und meldet, wann Schleifen oder Wartung fällig ist. So sind Standzeiten für jedes
      Werkzeug bekannt, auch wenn es die Presse wechselt. Wir suchen Stanzereien in Italien.""",
      ["IT", "DE", "AT"]),
    d("strokes-r", "org-tranceria-valtrompia", "IT-25", "TR", "it",
      "Non sappiamo quanti colpi ha fatto ogni stampo prima di rompersi",
      """La nostra tranceria usa 300 stampi che passano da una pressa all'altra. La
      manutenzione si fa quando i pezzi escono con le bave o quando lo stampo si rompe. Ci
      serve un modo per sapere la vita di ogni stampo e programmare l'affilatura.""",
      sectors=("C25.50",)),
)
for need in ("worker", "forklift", "kiln", "silo", "strokes"):
    niche.pair(f"{need}-o", f"{need}-r")
