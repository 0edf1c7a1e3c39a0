"""Test split, healthcare: ten needs not in dev, sharing "patients", "hospital", "care"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("healthcare", "sibling", ("Q86.10", "J62.01"), ("healthcare",))

niche.add(
    d("dispatch-o", "org-skoraya-soft", "RU-NIZ", "TO", "ru",
      "Диспетчеризация скорой помощи с приоритизацией вызовов",
      """Наша система принимает вызовы, помогает диспетчеру оценить срочность по опроснику,
      показывает на карте ближайшую свободную бригаду и ведёт её до пациента. Время доезда
      сокращается в среднем на 4 минуты.""",
      ["IT", "KZ", "RS", "AM"], technologies=("healthcare", "gis")),
    d("dispatch-r", "org-118-calabria", "IT-78", "TR", "it",
      "Le ambulanze arrivano tardi perché non sappiamo quale mezzo è libero",
      """La nostra centrale del 118 coordina 90 ambulanze in un territorio montuoso. Gli operatori
      cercano i mezzi disponibili per radio e decidono la gravità a voce. Cerchiamo uno
      strumento che aiuti a decidere la priorità e a mandare il mezzo più vicino.""",
      sectors=("Q86.90",)),
    d("uv-o", "org-uv-robotica", "IT-25", "TO", "it",
      "Robot a raggi UV-C per disinfettare le stanze d'ospedale",
      """Il nostro robot entra nella stanza dopo la dimissione del paziente e in dieci minuti
      disinfetta superfici e aria con luce UV-C, registrando la dose erogata in ogni punto.""",
      ["KZ", "UZ", "AZ", "AE"], technologies=("healthcare", "robotics")),
    d("uv-r", "org-respublik-bolnica", "KZ-71", "TR", "ru",
      "Внутрибольничные инфекции в хирургии не удаётся победить уборкой",
      """В нашей многопрофильной больнице растёт число внутрибольничных инфекций, хотя палаты
      моют по регламенту. Персонала на генеральные уборки не хватает. Ищем технологию, которая
      надёжно обеззараживает помещения между пациентами.""",
      sectors=("Q86.10",)),
    d("nursecall-o", "org-rufsystem", "DE-BW", "TO", "de",
      "Lichtrufanlagen mit Weiterleitung aufs Smartphone",
      """Unsere Patientenrufanlage leitet Rufe vom Bett, Bad und Sturzsensor direkt auf die
      Smartphones der zuständigen Pflegekräfte und dokumentiert die Reaktionszeit.""",
      ["RU", "KZ", "AT", "CH"], technologies=("healthcare", "iot")),
    d("nursecall-r", "org-dom-veteranov", "RU-VLG", "TR", "ru",
      "Медсёстры не слышат, когда пациент зовёт на помощь",
      """В нашем госпитале длинные коридоры и старые звонки над дверями палат, которые слышно
      только на посту. Ночью одна медсестра на 40 пациентов, и помощь приходит слишком поздно.
      Нужна современная система вызова персонала.""",
      sectors=("Q87.10",)),
    d("waste-o", "org-sterilrifiuti", "IT-34", "TO", "it",
      "Sterilizzazione dei rifiuti sanitari direttamente in ospedale",
      """Il nostro impianto tritura e sterilizza i rifiuti sanitari infettivi in ospedale,
      riducendone il volume dell'80% e trasformandoli in rifiuto urbano, senza trasporti
      pericolosi.""",
      ["UZ", "KZ", "GE", "AM"], technologies=("healthcare", "green-tech")),
    d("waste-r", "org-tibbiyot-tashkent", "UZ-TK", "TR", "en",
      "Infectious hospital waste piles up waiting for the incinerator",
      """Our network of hospitals produces tonnes of infectious waste every week, which waits
      days for a truck to the only incinerator in the region. We need a safe way to treat it
      on site.""",
      sectors=("Q86.10",)),
    d("cbt-o", "org-mindpath", "GB-LND", "TO", "en",
      "Guided CBT app for anxiety and depression",
      """Our app delivers structured cognitive behavioural therapy in weekly sessions with a
      coach by chat, and measures symptoms with validated questionnaires. It shortens waiting
      lists for psychological care.""",
      technologies=("healthcare", "mobile-apps")),
    d("cbt-r", "org-psy-center-msu", "RU-MOW", "TR", "en",
      "Students wait months for a psychologist",
      """Our university counselling centre has four psychologists for 30,000 students. Those
      with anxiety or low mood wait up to three months. We want an evidence-based digital
      programme to support them meanwhile.""",
      sectors=("P85.42",)),
    d("fall-o", "org-caidas-sensor", "ES-VC", "TO", "es",
      "Detección de caídas en casa sin cámaras ni pulseras",
      """Nuestro sensor de radar en el techo detecta caídas y largos periodos de inmovilidad de
      personas mayores que viven solas y avisa a la familia o al servicio de teleasistencia.""",
      ["IT", "PT", "FR"], technologies=("healthcare", "assisted-living")),
    d("fall-r", "org-coop-sociale-anziani", "IT-36", "TR", "it",
      "Anziani soli che cadono e restano a terra per ore",
      """La nostra cooperativa assiste 800 anziani a domicilio. Molti rifiutano il braccialetto
      d'allarme e, se cadono di notte, vengono trovati solo al mattino. Cerchiamo un sistema
      che dia l'allarme senza che debbano indossare nulla.""",
      sectors=("Q88.10",)),
    d("asset-o", "org-hopitrack", "FR-IDF", "TO", "fr",
      "Géolocalisation des équipements médicaux à l'hôpital",
      """Nos étiquettes et balises localisent en temps réel pompes à perfusion, fauteuils,
      lits et moniteurs dans tout l'hôpital, et signalent les appareils à nettoyer ou à
      entretenir.""",
      technologies=("healthcare", "iot")),
    d("asset-r", "org-hospital-erebuni", "AM-ER", "TR", "en",
      "Nurses spend hours searching for infusion pumps",
      """Our 600-bed hospital bought more infusion pumps and wheelchairs every year, yet nurses
      still cannot find one when needed. We want to know where every piece of mobile equipment
      is.""",
      sectors=("Q86.10",)),
    d("noshow-o", "org-zapis-k-vrachu", "RU-SPE", "TO", "ru",
      "Онлайн-запись к врачу и напоминания пациентам",
      """Пациенты записываются к врачу через сайт и мессенджеры, получают напоминания и могут
      отменить визит в один клик, а освободившееся время сразу предлагается другим. Неявки
      снижаются вдвое.""",
      ["KZ", "UZ", "BY", "RU"], technologies=("healthcare", "mobile-apps")),
    d("noshow-r", "org-poliklinika-karaganda", "KZ-35", "TR", "ru",
      "Каждый пятый пациент не приходит на приём",
      """В нашей поликлинике очереди к специалистам на недели вперёд, но 20% записанных не
      приходят и не предупреждают. Регистратура обзванивает пациентов вручную. Ищем решение,
      которое заполнит пустые окна.""",
      sectors=("Q86.21",)),
    d("cro-o", "org-ricerca-clinica", "IT-62", "BO", "it",
      "Organizzazione di studi clinici in Europa",
      """Siamo una CRO che progetta e conduce studi clinici di fase I-III in Italia e in Europa:
      protocollo, autorizzazioni, centri, monitoraggio e analisi statistica.""",
      ["RU", "KZ", "US", "IL"], sectors=("M72.11",)),
    d("cro-r", "org-biotech-novosib", "RU-NVS", "BR", "ru",
      "Нашему препарату нужны клинические исследования в Европе",
      """Биотехнологическая компания создала препарат для лечения псориаза и хочет
      зарегистрировать его в ЕС. У нас нет опыта проведения испытаний за рубежом. Ищем
      организацию, которая возьмёт на себя исследование под ключ.""",
      sectors=("C21.20",)),
    d("hearing-o", "org-neugeboren-audio", "DE-BE", "TO", "de",
      "Hörscreening für Neugeborene",
      """Unsere tragbaren Geräte messen otoakustische Emissionen und Hirnstammpotentiale bei
      Neugeborenen in wenigen Minuten, im Schlaf, und speichern die Ergebnisse für die
      Nachverfolgung.""",
      sectors=("C26.60",)),
    d("hearing-r", "org-perinatal-shymkent", "KZ-79", "TR", "ru",
      "Глухоту у младенцев находим слишком поздно",
      """В нашем перинатальном центре 12 000 родов в год, но слух у новорождённых проверяют
      не всем, и нарушения выявляются, когда ребёнок уже не говорит. Ищем оборудование для
      проверки слуха у всех малышей в роддоме.""",
      sectors=("Q86.10",)),
)

niche.add(
    d("uv-o2", "org-uv-clean-tech", "ES-CT", "TO", "en",
      "UV-C disinfection robots for hospitals",
      """Our autonomous robot disinfects patient rooms and operating theatres with UV-C light in
      minutes and logs every cycle.""",
      technologies=("healthcare", "robotics"), role="same-kind"),
    d("cro-excluded", "org-cro-usa", "US-MA", "BO", "en",
      "Clinical trial services in North America",
      """Our CRO runs clinical trials for biotech sponsors, exclusively for companies based in the
      United States and Canada.""",
      ["US", "CA"], sectors=("M72.11",), role="excluded-target"),
    d("noshow-same-org", "org-poliklinika-karaganda", "KZ-35", "TO", "ru",
      "Предлагаем другим клиникам нашу методику работы регистратуры",
      """Наша поликлиника обучает регистраторов других клиник обзвону пациентов и ведению
      листа ожидания.""",
      role="same-organisation"),
    d("prosthesis-r", "org-protez-ekb", "RU-SVE", "TR", "ru",
      "Ищем технологию бионических протезов кисти",
      """Протезное предприятие хочет выпускать бионические протезы кисти и ищет
      технологического партнёра.""",
      sectors=("C32.50",), role="unanswered"),
    d("wheelchair-o", "org-carrozzine-leggere", "IT-57", "BO", "it",
      "Carrozzine leggere su misura",
      """Produciamo carrozzine in alluminio e titanio su misura per la vita attiva e lo
      sport.""",
      sectors=("C30.92",), role="unanswered"),
    d("virus-laptop", "org-laptop-repair", "GB-MAN", "BO", "en",
      "Laptop virus removal and repair for small offices",
      """We repair laptops, remove viruses and recover lost files for small offices, with pick-up
      and delivery.""",
      sectors=("S95.11",), technologies=(), role="two-meanings"),
)

for need in ("dispatch", "uv", "nursecall", "waste", "cbt", "fall", "asset", "noshow", "cro",
             "hearing"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("uv-o2", "uv-r")

niche.add(
    d("blood-r", "org-centr-krovi", "KZ-75", "TR", "ru",
      "Донорская кровь списывается из-за истечения сроков",
      """Центр крови ищет систему учёта запасов компонентов крови между больницами.""",
      sectors=("Q86.90",), role="unanswered"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("legionella-o", "org-uv-acqua", "IT-45", "TO", "en",
      "UV-C water disinfection against legionella in hospital plumbing",
      """Our UV-C reactors and thermal control units disinfect hot-water circuits of hospitals
      and care homes and keep legionella counts below the limits, with remote monitoring.""",
      technologies=("healthcare", "water-treatment"), role="near-miss"),
    d("roster-o", "org-dienstplan-pflege", "DE-NI", "TO", "de",
      "Dienstplanung für Pflegekräfte im Krankenhaus",
      """Unsere Software plant Schichten und Nachtdienste der Pflegekräfte nach Qualifikation
      und Wünschen und meldet Unterbesetzung auf den Stationen frühzeitig.""",
      technologies=("healthcare", "hr-tech"), role="near-miss"),
)
