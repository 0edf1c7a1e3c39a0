"""Dev split, business-process management: ten sibling needs sharing "workflow", "process",
"approval", "platform"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("bpm", "sibling", ("J62.01", "J58.29"), ("business-process-management",))

niche.add(
    d("docflow-o", "org-docuflow-it", "IT-45", "TO", "it",
      "Protocollo e flussi documentali con firma digitale per la PA",
      """La nostra piattaforma gestisce il protocollo, l'assegnazione delle pratiche agli uffici,
      le scadenze e la firma digitale degli atti, con archivio conforme alla normativa. I
      cittadini seguono lo stato della domanda online.""",
      ["KZ", "UZ", "AM", "RS"]),
    d("docflow-r", "org-akimat-karaganda", "KZ-35", "TR", "ru",
      "Бумажные заявления граждан теряются между отделами",
      """Администрация области получает тысячи обращений граждан в месяц. Документы ходят между
      отделами на бумаге, сроки ответов срываются, а руководство не видит, где застряло
      заявление. Ищем систему электронного документооборота с электронной подписью.""",
      sectors=("O84.11",)),
    d("mining-o", "org-procmine", "DE-BY", "TO", "en",
      "Process mining on ERP event logs",
      """Our tool reconstructs the real order-to-cash and purchase-to-pay processes from SAP and
      1C event logs, shows every deviation from the intended flow and quantifies what
      bottlenecks cost. Results come in days, without interviews.""",
      technologies=("business-process-management", "big-data")),
    d("mining-r", "org-metallotorg", "RU-CHE", "TR", "ru",
      "Почему заказы клиентов выполняются то за два дня, то за три недели",
      """Оптовая металлоторговая компания работает в 1С, но никто не может объяснить, где теряется
      время между заказом клиента и оплатой. Интервью с отделами дают разные версии. Хотим по
      данным из учётной системы увидеть, как на самом деле проходят заказы.""",
      sectors=("G46.72",)),
    d("rpa-o", "org-botfabrik", "RU-SPE", "TO", "ru",
      "Программные роботы для ввода первичных документов",
      """Наши программные роботы распознают счета, накладные и акты из почты и сканов, проверяют
      реквизиты и сами вносят их в учётную систему, как это делал бы бухгалтер. Один робот
      заменяет до пяти операторов ввода.""",
      technologies=("business-process-management", "ai")),
    d("rpa-r", "org-contabili-associati", "IT-72", "TR", "it",
      "Passiamo le giornate a ricopiare fatture nel gestionale",
      """Il nostro studio tiene la contabilità di 600 piccole imprese e riceve migliaia di
      fatture e ricevute al mese in formati diversi. Quattro impiegati le registrano a mano nel
      gestionale. Cerchiamo una soluzione che automatizzi questo lavoro ripetitivo.""",
      sectors=("M69.20",)),
    d("claims-o", "org-lowcode-bpmn", "IT-25", "TO", "en",
      "Low-code BPMN engine for insurance claims",
      """Insurers model their claims process in BPMN on our low-code platform: first notice of
      loss, document checks, expert appointment, fraud flags and payment, with forms and rules
      changed by business analysts instead of developers.""",
      sectors=("J62.01", "K66.21")),
    d("claims-r", "org-strahovoy-dom", "RU-MOW", "TR", "en",
      "Claims handling takes 40 days and changes need months of IT work",
      """Our insurance company settles motor and property claims through a legacy system where
      every change to the procedure is a software project. We want to redesign the claims
      workflow and let our business team adjust steps and rules themselves.""",
      sectors=("K65.12",)),
    d("p2p-o", "org-einkauf-flow", "DE-HE", "TO", "de",
      "Bestellanforderungen und Freigaben digital abbilden",
      """Unsere Software führt Bestellanforderungen, mehrstufige Freigaben nach Betrag und
      Kostenstelle, Bestellungen und Rechnungsprüfung in einem Ablauf zusammen. Einkäufer sehen
      jederzeit, wer eine Anforderung blockiert.""",
      sectors=("J62.01",)),
    d("p2p-r", "org-gruppo-ceramiche", "IT-45", "TR", "it",
      "Le richieste di acquisto restano ferme sulle scrivanie dei responsabili",
      """Nel nostro gruppo le richieste di acquisto girano via e-mail e fogli Excel: nessuno sa chi
      deve approvarle, gli ordini partono in ritardo e a volte senza budget. Cerchiamo uno
      strumento che gestisca richieste, autorizzazioni e controllo delle fatture.""",
      sectors=("C23.31",)),
    d("onboard-o", "org-hr-pathway", "ES-MD", "TO", "en",
      "Employee onboarding workflows",
      """Our software turns onboarding into a checklist that runs itself: contract signing,
      equipment, accounts, training and buddy assignment, with reminders to HR, IT and the
      manager. New hires see their first weeks in a mobile app.""",
      sectors=("J62.01", "N78.10")),
    d("onboard-r", "org-retail-chain-kz", "KZ-75", "TR", "en",
      "Hiring 1,500 shop staff a year and every first day is chaos",
      """Our retail chain hires hundreds of sales assistants every season. Contracts, uniforms,
      system accounts and training are organised by phone, and new people often start without
      access or a mentor. We need a structured process that involves HR, IT and store
      managers.""",
      sectors=("G47.19",)),
    d("complaint-o", "org-reklamacia-pro", "RU-NIZ", "TO", "ru",
      "Система обработки жалоб и обращений клиентов",
      """Наша система собирает обращения из почты, сайта, мессенджеров и колл-центра, назначает
      ответственного, контролирует сроки ответа и эскалирует просрочки. Руководитель видит
      причины жалоб по продуктам и филиалам.""",
      sectors=("J62.01",)),
    d("complaint-r", "org-bytovaya-tehnika", "RU-ROS", "TR", "ru",
      "Жалобы покупателей теряются между магазинами и сервисом",
      """Сеть магазинов бытовой техники получает сотни претензий в неделю: по телефону, в
      соцсетях, в магазине. Никто не отвечает за них целиком, покупатели ждут неделями и пишут
      отрицательные отзывы. Нужен единый порядок работы с претензиями.""",
      sectors=("G47.54",)),
    d("iso-o", "org-qualita-digitale", "IT-21", "TO", "it",
      "Software per il sistema qualità ISO 9001",
      """Gestiamo in digitale procedure, audit interni, non conformità, azioni correttive e
      qualifica dei fornitori secondo la ISO 9001, con promemoria e indicatori per la
      direzione. Pronto per la certificazione.""",
      sectors=("J62.01", "M70.22")),
    d("iso-r", "org-minuterie-piemonte", "IT-21", "TR", "it",
      "Audit e non conformità gestiti su carta: l'ente di certificazione ci ha ripreso",
      """Siamo un'officina di minuterie metalliche certificata. Le non conformità e le azioni
      correttive sono registrate su moduli di carta e all'ultimo audit di sorveglianza mancavano
      le evidenze. Ci serve un modo ordinato per gestire il sistema qualità.""",
      sectors=("C25.62",)),
    d("iso-same-org", "org-minuterie-piemonte", "IT-21", "TO", "it",
      "Offriamo la nostra procedura qualità per officine meccaniche",
      """Mettiamo a disposizione di altre officine meccaniche i modelli di procedure ISO 9001,
      non conformità e audit che abbiamo scritto per la nostra certificazione.""",
      role="same-organisation"),
    d("clm-o", "org-contractia", "FR-IDF", "TO", "fr",
      "Gestion du cycle de vie des contrats",
      """Notre logiciel centralise les contrats fournisseurs et clients, gère leur rédaction à
      partir de modèles, les circuits de validation et la signature, puis alerte avant chaque
      échéance ou renouvellement tacite.""",
      sectors=("J62.01", "M69.10")),
    d("clm-r", "org-energo-holding", "RU-MOW", "TR", "fr",
      "Nos contrats sont renouvelés sans que personne ne s'en aperçoive",
      """Notre groupe énergétique gère plus de 5 000 contrats de fourniture et de service
      dispersés entre les filiales. Des contrats désavantageux sont reconduits automatiquement
      faute de suivi des échéances. Nous cherchons un outil de gestion des contrats.""",
      sectors=("D35.14",)),
    d("legacy-o", "org-migrazione-notes", "IT-62", "BO", "it",
      "Migrazione di applicazioni Lotus Notes su piattaforme moderne",
      """Da quindici anni migriamo applicazioni e flussi di approvazione costruiti su Lotus Notes
      e Domino verso piattaforme web e motori di processo moderni, salvando dati e allegati
      storici. Analisi, sviluppo e formazione.""",
      ["RU", "KZ", "DE", "CH"], sectors=("J62.02",)),
    d("legacy-r", "org-zavod-kirov", "RU-KIR", "BR", "ru",
      "Наши согласования до сих пор живут в Lotus Notes",
      """На заводе сотни процессов согласования — от заявок на ремонт до приказов — работают в
      Lotus Notes, поддержка которого заканчивается. Своих специалистов не осталось. Ищем
      подрядчика с опытом переноса таких приложений и архива на новую платформу.""",
      sectors=("C28.15",)),
    d("legacy-excluded", "org-notes-helden", "DE-BW", "BO", "de",
      "Lotus-Notes-Migration für den Mittelstand",
      """Wir migrieren Notes-Anwendungen und Genehmigungsworkflows auf moderne Webplattformen.
      Wir arbeiten ausschließlich für Kunden in Deutschland, Österreich und der Schweiz.""",
      ["DE", "AT", "CH"], sectors=("J62.02",), role="excluded-target"),
    d("platform-oil", "org-offshore-adriatica", "IT-57", "BO", "it",
      "Manutenzione di piattaforme offshore",
      """Eseguiamo ispezioni, manutenzione strutturale e sostituzione di tubazioni su piattaforme
      petrolifere e di gas in mare, con squadre certificate e mezzi navali propri.""",
      ["KZ", "AZ", "RU"], sectors=("B09.10",), technologies=(), role="two-meanings"),
)

for need in ("docflow", "mining", "rpa", "claims", "p2p", "onboard", "complaint", "iso", "clm",
             "legacy"):
    niche.pair(f"{need}-o", f"{need}-r")

niche.add(
    d("fieldservice-o", "org-servicetech-pro", "IT-34", "TO", "it",
      "Gestione degli interventi dei tecnici sul campo",
      """La nostra app pianifica gli interventi dei tecnici di assistenza, assegna i ticket,
      guida i rapportini con foto e firma del cliente e aggiorna il magazzino ricambi.""",
      role="unanswered"),
    d("timesheet-r", "org-proekt-byuro", "RU-SPE", "TR", "ru",
      "Не знаем, сколько часов уходит на каждый проект",
      """Проектное бюро из 80 инженеров не учитывает рабочее время по проектам, и мы не понимаем,
      какие заказы убыточны. Нужен простой учёт времени с отчётами.""",
      sectors=("M71.12",), role="unanswered"),
    d("board-o", "org-boardroom-app", "GB-LND", "TO", "en",
      "Board meeting management and minutes",
      """Our app prepares board packs, collects votes and signatures on resolutions and keeps the
      minutes archive of boards and committees.""",
      role="unanswered"),
    d("process-chem", "org-impianti-chimici", "IT-25", "BO", "en",
      "Process engineering for chemical plants",
      """We design chemical process units: reactors, distillation columns, heat exchangers and
      process control, from feasibility to commissioning.""",
      sectors=("M71.12",), technologies=(), role="two-meanings"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("scanning-o", "org-archiv-digital", "DE-SN", "TO", "en",
      "Scanning and indexing of paper archives",
      """We scan and index paper archives of public administrations, from land registers to
      citizen files, and deliver searchable digital copies.""",
      technologies=("document-management",), role="near-miss"),
    d("accounting-o", "org-buhsoft", "RU-NVS", "TO", "it",
      "Software di contabilità in cloud per studi commercialisti",
      """Il nostro gestionale in cloud tiene la contabilità di molti clienti in un unico
      ambiente, con bilanci, dichiarazioni e scadenzario.""",
      technologies=("erp",), role="near-miss"),
)

# More German-Russian and English-Italian pairs (added for the per-language-pair check).
niche.add(
    d("travel-o", "org-reisekosten-app", "DE-BE", "TO", "de",
      "Reisekostenabrechnung per App statt Papierbelegen",
      """Mitarbeiter fotografieren Belege unterwegs, die App erkennt Betrag und Steuer, rechnet
      Tagegelder nach den Regeln des Landes ab und schickt die Abrechnung zur Freigabe an den
      Vorgesetzten. Die Buchhaltung bekommt fertige Buchungssätze. Wir suchen Partner in den
      GUS-Staaten.""",
      ["RU", "KZ", "AM"]),
    d("travel-r", "org-montazh-inzhiniring", "RU-PER", "TR", "ru",
      "Авансовые отчёты по командировкам отнимают у бухгалтерии неделю в месяц",
      """Наши монтажники постоянно в командировках по всей стране. Чеки за гостиницы и билеты
      теряются, отчёты сдают с опозданием на месяц, бухгалтер вручную проверяет суточные.
      Нужна система, в которой сотрудник сдаёт расходы прямо с телефона.""",
      sectors=("F43.21",)),
    d("tender-o", "org-bidflow", "IE-D", "TO", "en",
      "Software to find public tenders and prepare bids on time",
      """Our platform scans public procurement portals for tenders that fit a company's
      profile, builds a checklist of required documents, assigns tasks to the team and warns
      before every deadline. Customers submit twice as many bids with the same staff.""",
      ["IT", "ES", "IE"]),
    d("tender-r", "org-edilizia-sannio", "IT-72", "TR", "it",
      "Perdiamo gare d'appalto per documenti mancanti e scadenze",
      """Siamo un'impresa edile che partecipa a gare pubbliche di comuni e province. Due volte
      quest'anno siamo stati esclusi per una dichiarazione dimenticata, e molte gare le
      scopriamo quando è troppo tardi. Ci serve un modo ordinato di seguirle.""",
      sectors=("F41.20",)),
)
niche.pair("travel-o", "travel-r")
niche.pair("tender-o", "tender-r")

# Russian offers for German requests (added for the per-language-pair check).
niche.add(
    d("hrdocs-o", "org-kadry-online", "RU-MOW", "TO", "ru",
      "Кадровые документы без бумаги: трудовые договоры с электронной подписью",
      """Сотрудник получает трудовой договор, приказы и графики отпусков в приложении и
      подписывает их электронной подписью, а кадровик видит, кто что подписал. Архив хранится
      в облаке. Ищем партнёров, чтобы адаптировать сервис к праву других стран.""",
      ["DE", "KZ", "AM", "RU"]),
    d("hrdocs-r", "org-pflegedienst-rhein", "DE-RP", "TR", "de",
      "Arbeitsverträge und Dienstpläne sollen Mitarbeiter online unterschreiben",
      """Unser ambulanter Pflegedienst hat 400 Beschäftigte, die fast nie ins Büro kommen.
      Verträge, Änderungen und Belehrungen werden ausgedruckt, per Post verschickt und kommen
      oft nicht zurück. Die Personalabteilung sucht eine Lösung zum Unterschreiben am Handy.""",
      sectors=("Q88.10",)),
)
niche.pair("hrdocs-o", "hrdocs-r")

# German-Russian in both directions and German-Italian (second addition).
niche.add(
    d("leave-o", "org-urlaubsplaner", "DE-HE", "TO", "de",
      "Urlaubsanträge und Abwesenheiten digital beantragen und freigeben",
      """Mitarbeiter beantragen Urlaub in der App, die Führungskraft gibt mit einem Klick frei,
      der Teamkalender zeigt Engpässe, und Resturlaub wird automatisch berechnet. Anbindung an
      gängige Lohnprogramme. Wir suchen Vertriebspartner in Russland und Kasachstan.""",
      ["RU", "KZ", "DE"], technologies=("business-process-management", "hr-tech")),
    d("leave-r", "org-torgovyi-dom-vostok", "RU-IRK", "TR", "ru",
      "График отпусков ведём в Excel, и полотдела уходит отдыхать одновременно",
      """У нас 600 сотрудников в четырёх филиалах. Заявления на отпуск пишут на бумаге,
      руководители согласуют по почте, кадровик переносит всё в таблицу. В июле в отделе
      продаж не осталось никого. Хотим видеть, кто и когда отсутствует, и согласовывать
      быстро.""",
      sectors=("G46.90",)),
    d("shiftlog-o", "org-schichtbuch-digital", "DE-ST", "TO", "de",
      "Digitales Schichtbuch für die Schichtübergabe",
      """Schichtführer erfassen Störungen, offene Aufgaben und Hinweise am Tablet; die nächste
      Schicht bestätigt die Übergabe, und wiederkehrende Probleme werden ausgewertet. Kein
      Papier, keine verlorenen Notizen. Wir suchen Industrieunternehmen in Osteuropa.""",
      ["RU", "PL", "CZ", "DE"]),
    d("shiftlog-r", "org-steklozavod-bor", "RU-NIZ", "TR", "ru",
      "При пересменке теряется информация о неполадках",
      """Стекольный завод работает в три смены. Мастера записывают замечания в бумажный журнал,
      который никто не читает, и следующая смена узнаёт о проблеме с печью, когда она уже
      остановилась. Нам нужен порядок в передаче смены.""",
      sectors=("C23.13",)),
    d("servicedesk-o", "org-zayavka-pro", "RU-KGD", "TO", "ru",
      "Сервис-деск для обработки заявок в IT-поддержку",
      """Наша система принимает обращения сотрудников из почты, чата и портала, назначает
      исполнителя, следит за сроками и собирает базу готовых решений. Внедрение за неделю,
      интерфейс на русском, немецком и английском.""",
      ["DE", "AT", "RU", "KZ"]),
    d("servicedesk-r", "org-stadtwerke-elbtal", "DE-SN", "TR", "de",
      "IT-Probleme werden per Zuruf gemeldet und dann vergessen",
      """Unsere IT-Abteilung betreut 900 Arbeitsplätze. Störungen kommen per Telefon, E-Mail
      oder auf dem Flur, niemand weiß, was offen ist, und dieselben Fragen werden jede Woche
      neu beantwortet. Wir wollen Anfragen nachverfolgen und priorisieren.""",
      sectors=("D35.13",)),
    d("supplierportal-o", "org-postavshik-check", "RU-MOW", "TO", "ru",
      "Портал поставщика: анкеты, сертификаты и проверка контрагентов",
      """Поставщики сами заполняют анкету и загружают сертификаты на портале, система
      напоминает о сроках действия документов и проверяет контрагента по открытым реестрам.
      Закупщик видит статус каждого поставщика в одном окне.""",
      ["DE", "RU", "KZ", "BY"]),
    d("supplierportal-r", "org-armaturen-weser", "DE-NI", "TR", "de",
      "Zertifikate und Stammdaten unserer Lieferanten sind veraltet",
      """Unser Einkauf arbeitet mit 1.400 Lieferanten. ISO-Zertifikate, Versicherungsnachweise
      und Bankdaten sammeln wir per E-Mail ein und legen sie in Ordnern ab; beim Audit fehlten
      viele. Wir suchen eine Lösung, bei der die Lieferanten ihre Daten selbst pflegen.""",
      sectors=("C28.14",)),
    d("training-o", "org-schulungsnachweis", "DE-RP", "TO", "de",
      "Verwaltung von Pflichtschulungen und Qualifikationsnachweisen",
      """Unsere Software plant Pflichtunterweisungen wie Arbeitsschutz, Brandschutz und Erste
      Hilfe, erinnert Mitarbeiter und Vorgesetzte an Fristen und speichert Nachweise für
      Prüfungen durch Behörden. Wir suchen Partner in Italien.""",
      ["IT", "DE", "AT"], technologies=("business-process-management", "hr-tech")),
    d("training-r", "org-carpenteria-bergamasca", "IT-25", "TR", "it",
      "Le scadenze dei corsi sulla sicurezza dei dipendenti ci sfuggono",
      """Abbiamo 250 operai tra officina e cantieri. Ogni corso di sicurezza, carrellisti, lavori
      in quota ha una scadenza diversa e li seguiamo su un foglio di calcolo. Durante
      un'ispezione sono risultati scaduti gli attestati di dodici persone.""",
      sectors=("C25.11",)),
)
for need in ("leave", "shiftlog", "servicedesk", "supplierportal", "training"):
    niche.pair(f"{need}-o", f"{need}-r")
