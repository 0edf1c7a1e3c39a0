"""Blind split, cybersecurity: sibling needs sharing "attack", "security", "protection", "data"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("cyber", "sibling", ("J62.02", "J62.09"), ("cybersecurity",))

niche.add(
    d("pentest-o", "org-angriffstest", "DE-NW", "BO", "de",
      "Penetrationstests für Webanwendungen, Online-Banking und Apps",
      """Unser Team zertifizierter Tester greift Ihre Webanwendung, Schnittstellen und
      Infrastruktur so an, wie es echte Angreifer tun würden, und dokumentiert jede gefundene
      Schwachstelle mit Risiko und Behebungsvorschlag. Berichte auf Deutsch, Englisch und
      Russisch.""",
      ["RU", "KZ", "AM", "DE", "AT"]),
    d("pentest-r", "org-bank-stepnoy", "KZ-71", "BR", "ru",
      "Регулятор требует независимую проверку защищённости нашего интернет-банка",
      """Наш банк запускает новый интернет-банк и мобильное приложение. По требованию
      Национального банка до запуска нужна проверка специалистами, которые попробуют взломать
      систему, и отчёт об устранении найденных уязвимостей. Своих таких специалистов у нас
      нет.""",
      sectors=("K64.19",)),
    d("pentest-excluded", "org-hackschutz-alpen", "AT-9", "BO", "de",
      "Sicherheitstests für Webanwendungen",
      """Wir prüfen Webshops, Portale und Schnittstellen auf Schwachstellen und unterstützen bei
      der Behebung. Angebot nur für Unternehmen in Österreich, Deutschland und der Schweiz.""",
      ["AT", "DE", "CH"], role="excluded-target"),
    d("ddos-o", "org-shchit-ddos", "RU-MOW", "TO", "ru",
      "Защита сайтов и сервисов от DDoS-атак",
      """Наша сеть фильтрации пропускает весь трафик сайта через узлы в Европе и Азии и
      отсекает атаки мощностью до 3 Тбит/с, не мешая настоящим посетителям. Подключение за
      15 минут через смену DNS.""",
      ["DE", "AT", "RU", "KZ", "RS"]),
    d("ddos-r", "org-ticketwelle", "DE-BE", "TR", "de",
      "Unser Ticketshop fällt bei jedem großen Vorverkauf durch Angriffe aus",
      """Wir verkaufen Tickets für Konzerte und Festivals. Pünktlich zum Verkaufsstart
      überfluten uns seit Monaten Angreifer mit Anfragen aus Tausenden von Rechnern, die Seite
      bricht zusammen und die Fans beschweren sich. Unser Hoster kann das nicht abwehren.""",
      sectors=("N79.90", "G47.91")),
    d("phishing-o", "org-phishdrill", "GB-LND", "TO", "en",
      "Phishing simulations and security awareness training for staff",
      """Our platform sends realistic fake phishing emails to employees, shows a two-minute
      lesson to those who click, and reports who improves. Campaigns run in 25 languages,
      including Italian.""",
      technologies=("cybersecurity", "edtech")),
    d("phishing-r", "org-rubinetterie-cusio", "IT-21", "TR", "it",
      "I dipendenti cliccano su email false e abbiamo perso 80.000 euro",
      """Un'impiegata dell'amministrazione ha ricevuto una mail che sembrava del nostro
      fornitore con nuove coordinate bancarie e ha pagato. Nei mesi prima altri colleghi
      avevano inserito la password su pagine false. Vogliamo rendere il personale capace di
      riconoscere questi inganni.""",
      sectors=("C28.14",)),
    d("phishing-o2", "org-clickwise-training", "IE-D", "TO", "en",
      "Security awareness programme with simulated phishing",
      """We train employees to spot fraudulent emails through monthly simulated attacks and
      short interactive lessons, with reports for management.""",
      role="same-kind"),
    d("ot-o", "org-fabbrica-sicura", "IT-34", "TO", "it",
      "Sicurezza delle reti di fabbrica: monitoraggio passivo dei sistemi di controllo",
      """La nostra sonda ascolta il traffico della rete di fabbrica senza toccare PLC e SCADA,
      costruisce l'inventario delle macchine collegate e segnala comandi anomali o accessi
      sospetti. Pensata per impianti chimici, alimentari ed energetici.""",
      ["KZ", "UZ", "AZ", "IT", "GB"], technologies=("cybersecurity", "industrial-automation")),
    d("ot-r", "org-caspian-chemicals", "KZ-47", "TR", "en",
      "Our plant controllers are connected to the office network and we are worried",
      """Our chemical plant runs on controllers installed fifteen years ago, which are now
      reachable from the office network for remote support. After ransomware stopped a
      neighbouring plant for a week, our board asked us to find out what is connected and to
      detect intrusions in the control system.""",
      sectors=("C20.13",)),
    d("backup-o", "org-copia-immutabile", "IT-62", "TO", "it",
      "Backup immutabile e ripristino rapido dopo un attacco ransomware",
      """Le copie dei server vengono salvate in un archivio che nessuno, nemmeno un
      amministratore con password rubata, può cancellare o cifrare per 30 giorni. In caso di
      attacco ripristiniamo i sistemi in poche ore.""",
      ["RU", "KZ", "IT", "BY"]),
    d("backup-r", "org-agrokholding-chernozem", "RU-BEL", "TR", "ru",
      "После атаки шифровальщика бухгалтерия две недели стояла, резервные копии тоже пропали",
      """Вирус-вымогатель зашифровал серверы нашего агрохолдинга вместе с резервными копиями,
      которые лежали в той же сети. Две недели не могли отгружать продукцию и платить
      поставщикам. Хотим, чтобы в следующий раз данные можно было быстро вернуть.""",
      sectors=("A01.11",)),
    d("soc-o", "org-nightwatch-soc", "NL-ZH", "BO", "en",
      "24/7 security operations centre for mid-size companies",
      """Our analysts watch the logs of your servers, laptops and cloud accounts around the
      clock, investigate every alert and contain attacks at night and at weekends. Monthly
      fee, no hardware to buy.""",
      sectors=("J62.02",)),
    d("soc-r", "org-logisticheskii-park", "RU-LEN", "BR", "ru",
      "У нас один системный администратор, и ночью за безопасностью никто не следит",
      """Наша компания из 300 человек работает круглосуточно, а весь ИТ-отдел состоит из
      одного администратора. Антивирус что-то пишет в журналах, но читать их некому. Ищем
      внешнюю службу, которая будет наблюдать за нашими системами и реагировать на
      инциденты.""",
      sectors=("H52.10",)),
    d("pam-o", "org-acces-privilegies", "FR-IDF", "TO", "fr",
      "Gestion des accès privilégiés pour les prestataires informatiques",
      """Notre bastion donne aux administrateurs et prestataires un accès aux serveurs sans leur
      révéler les mots de passe, enregistre chaque session en vidéo et coupe l'accès à la fin
      de l'intervention.""",
      ["RU", "KZ", "FR", "BE", "MA"]),
    d("pam-r", "org-setevoi-ritail", "RU-NIZ", "TR", "ru",
      "Подрядчики заходят на наши серверы под общим паролем",
      """Кассовые серверы и базы данных нашей торговой сети обслуживают пять сторонних
      компаний. Все используют одну учётную запись администратора, пароль давно известен
      десяткам людей, и мы не знаем, кто и что менял. Нужно навести порядок в доступах.""",
      sectors=("G47.11",)),
    d("pam-same-org", "org-setevoi-ritail", "RU-NIZ", "TO", "ru",
      "Предлагаем розничным сетям нашу систему мониторинга касс",
      """Наш ИТ-отдел разработал систему контроля работы кассовых серверов и доступа к ним и
      готов предоставить её другим ритейлерам.""",
      role="same-organisation"),
    d("filetransfer-o", "org-kanzleipost-sicher", "DE-HE", "TO", "de",
      "Verschlüsselter Dokumentenaustausch für Kanzleien und Steuerberater",
      """Mandanten laden Bilanzen, Verträge und Lohnunterlagen in einen Datenraum hoch, der Ende
      zu Ende verschlüsselt ist; jeder Zugriff wird protokolliert, und Links verfallen nach
      Ablauf einer Frist. Die Oberfläche gibt es auf Deutsch und Italienisch.""",
      ["IT", "DE", "AT", "CH"]),
    d("filetransfer-r", "org-studio-commercialisti-pd", "IT-34", "TR", "it",
      "Mandiamo bilanci e buste paga dei clienti per email in chiaro",
      """Il nostro studio di commercialisti scambia ogni giorno con 400 clienti documenti con
      dati sensibili: bilanci, cedolini, dichiarazioni. Tutto passa per email con allegati non
      protetti, e un cliente ha ricevuto per errore i documenti di un altro.""",
      sectors=("M69.20",)),
    d("brand-o", "org-vigilancia-marca", "ES-MD", "TO", "es",
      "Detección y retirada de webs falsas que suplantan su marca",
      """Rastreamos a diario internet, redes sociales y tiendas de aplicaciones en busca de webs
      y perfiles que copian su marca para vender falsificaciones o robar datos, y gestionamos
      su retirada con registradores y plataformas.""",
      ["IT", "ES", "PT", "FR"]),
    d("brand-r", "org-calzaturificio-fermano", "IT-57", "TR", "it",
      "Finti siti vendono scarpe contraffatte a nome nostro",
      """I clienti ci scrivono arrabbiati perché hanno comprato le nostre scarpe su siti che
      sembrano il nostro negozio online e hanno ricevuto copie scadenti o niente. Ne
      scopriamo uno nuovo ogni settimana e non sappiamo come farli chiudere.""",
      sectors=("C15.20",)),
    d("dlp-o", "org-kontur-utechek", "RU-SPE", "TO", "ru",
      "Система предотвращения утечек данных (DLP)",
      """Наша система контролирует почту, мессенджеры, флешки и печать на рабочих местах,
      распознаёт клиентские базы и договоры и блокирует их отправку наружу. Служба
      безопасности получает уведомление об инциденте.""",
      technologies=("cybersecurity", "nlp")),
    d("dlp-r", "org-strahovoy-broker-yug", "RU-ROS", "TR", "ru",
      "Менеджеры уходят к конкурентам вместе с нашей клиентской базой",
      """За год трое менеджеров перешли к конкуренту, и их клиенты ушли следом: перед
      увольнением они выгрузили базу и переписку. Хотим заметить, когда сотрудник копирует
      или пересылает то, что ему не положено.""",
      sectors=("K66.22",)),
    d("appsec-o", "org-mobil-audit", "RU-NVS", "BO", "ru",
      "Аудит безопасности мобильных приложений",
      """Проверяем приложения для iOS и Android: хранение данных на телефоне, обмен с сервером,
      защиту от подделки и обратной разработки. Отчёт с примерами атак и рекомендациями за
      две недели.""",
      ["AM", "KZ", "GE", "RU", "UZ"]),
    d("appsec-r", "org-drampay-startup", "AM-ER", "BR", "en",
      "Our payment app launches in two months and nobody has checked its security",
      """We are a fintech start-up with a mobile wallet for Android and iPhone. Investors and the
      central bank ask for an independent security review of the app before launch, and our
      four developers have no security background.""",
      sectors=("K66.19",)),
)

for need in ("pentest", "ddos", "phishing", "ot", "backup", "soc", "pam", "filetransfer", "brand",
             "dlp", "appsec"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("phishing-o2", "phishing-r")

niche.add(
    d("cyberinsurance-o", "org-cyber-cover", "GB-LND", "BO", "en",
      "Cyber insurance for small and mid-size businesses",
      """Our policies cover the costs of a cyber incident: forensics, data recovery, legal advice,
      notification of customers and lost income while systems are down.""",
      sectors=("K65.12",), role="unanswered"),
    d("disk-destroy-r", "org-kreisverwaltung-harz", "DE-ST", "BR", "de",
      "Alte Festplatten sicher vernichten",
      """Unsere Verwaltung tauscht 1.500 Rechner aus. Wir suchen einen Dienstleister, der die
      Festplatten nachweisbar vernichtet oder sicher löscht, mit Zertifikat.""",
      sectors=("O84.11",), role="unanswered"),
    d("antivirus-ru", "org-antivirus-plus", "RU-MOW", "TO", "ru",
      "Антивирус для рабочих станций и серверов",
      """Наш антивирус защищает компьютеры и серверы организации от вирусов и вредоносных
      программ, обновляет базы каждый час и управляется из единой консоли.""",
      role="near-miss"),
    d("antispam-it", "org-filtro-posta", "IT-25", "TO", "it",
      "Filtro antispam per la posta aziendale",
      """Il nostro filtro blocca spam e allegati pericolosi prima che arrivino nelle caselle dei
      dipendenti, con una quarantena consultabile.""",
      role="near-miss"),
    d("waitingroom-o", "org-warteraum-online", "DE-BY", "TO", "de",
      "Virtueller Warteraum für Ticketverkäufe mit großem Andrang",
      """Wenn beim Vorverkaufsstart zu viele echte Käufer gleichzeitig kommen, stellt unser Dienst
      sie in eine faire Warteschlange, damit der Ticketshop nicht zusammenbricht.""",
      role="near-miss"),
    d("event-security", "org-guardians-events", "GB-MAN", "BO", "en",
      "Security staff and stewards for concerts and festivals",
      """We provide licensed security guards, stewards and crowd managers for concerts,
      festivals and sports events, with bag checks and first aid.""",
      sectors=("N80.10",), technologies=(), role="two-meanings"),
    d("poultry-virus", "org-vetvakcina", "RU-VLA", "BO", "ru",
      "Вакцины против вирусных болезней птицы",
      """Производим вакцины против болезни Ньюкасла, гриппа птиц и инфекционного бронхита для
      птицефабрик и ищем дистрибьюторов.""",
      sectors=("C21.20",), technologies=(), role="two-meanings"),
)
