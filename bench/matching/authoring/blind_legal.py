"""Blind split, legal technology and compliance: sibling needs sharing "law", "contracts",
"compliance", "documents"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("legal", "sibling", ("M69.10", "J62.01"), ("legaltech",))

niche.add(
    d("whistle-o", "org-hinweisgeber-portal", "DE-HE", "TO", "de",
      "Hinweisgebersystem für anonyme Meldungen von Mitarbeitern",
      """Mitarbeiter und Lieferanten melden Verstöße anonym über ein verschlüsseltes Portal oder
      per Telefon in ihrer Sprache; die Compliance-Abteilung kann mit dem Hinweisgeber
      kommunizieren, ohne seine Identität zu kennen, und bearbeitet jeden Fall mit Fristen.""",
      ["RU", "KZ", "DE", "AT", "PL"], technologies=("legaltech", "cybersecurity")),
    d("whistle-r", "org-holding-uralmet", "RU-SVE", "TR", "ru",
      "Сотрудники боятся сообщать о нарушениях, и мы узнаём о них последними",
      """В нашем холдинге 12 000 работников. Телефон доверия службы безопасности молчит, потому
      что люди не верят в анонимность. О взятках при закупках и нарушениях техники безопасности
      мы узнаём из проверок и прессы. Нужен канал, которому сотрудники будут доверять.""",
      sectors=("C24.10",)),
    d("trademark-o", "org-patentnyi-poverennyi", "RU-MOW", "BO", "ru",
      "Регистрация и защита товарных знаков в России, Казахстане и странах ЕАЭС",
      """Патентные поверенные нашей фирмы проверяют знак, подают заявки, ведут переписку с
      ведомствами и выступают против подделок на маркетплейсах и в таможенном реестре. Работаем
      с иностранными компаниями на английском и немецком.""",
      ["DE", "AT", "CH", "IT", "RU"], sectors=("M69.10",)),
    d("trademark-r", "org-kuechenmesser-solingen", "DE-NW", "BR", "de",
      "Nachahmungen unserer Messer tauchen in Kasachstan und Russland auf",
      """Wir stellen Küchenmesser her und verkaufen über Händler in Osteuropa und Zentralasien.
      Seit einem Jahr finden sich auf Online-Marktplätzen Kopien mit unserem Namen. Unsere
      Marke ist dort nicht eingetragen, und wir wissen nicht, wie wir vorgehen sollen.""",
      sectors=("C25.71",)),
    d("review-o", "org-clausecheck-ai", "GB-LND", "TO", "en",
      "AI review of supply contracts and NDAs against your playbook",
      """Our software reads incoming contracts, compares every clause with your company's
      negotiating positions, marks risky terms such as unlimited liability or automatic
      renewal, and proposes alternative wording. It works in English, Italian, German and
      French.""",
      technologies=("legaltech", "nlp")),
    d("review-r", "org-gruppo-meccanico-brescia", "IT-25", "TR", "it",
      "Il nostro ufficio legale di due persone deve leggere quaranta contratti al mese",
      """Siamo un gruppo metalmeccanico che firma ogni mese decine di contratti di fornitura e
      accordi di riservatezza preparati dai clienti. Le due giuriste non riescono a leggerli
      tutti con attenzione e temiamo clausole pericolose che passano inosservate.""",
      sectors=("C25.62",)),
    d("review-o2", "org-vertragspruefung-ki", "DE-BY", "TO", "de",
      "KI-gestützte Vertragsprüfung für Rechtsabteilungen",
      """Unsere Software prüft Lieferverträge und Geheimhaltungsvereinbarungen Klausel für
      Klausel und markiert Abweichungen von den Vorgaben der Rechtsabteilung.""",
      role="same-kind"),
    d("odr-o", "org-mediazione-online", "IT-62", "BO", "it",
      "Mediazione e arbitrato online per controversie commerciali internazionali",
      """Il nostro organismo gestisce mediazioni e arbitrati interamente a distanza, in inglese,
      italiano e francese, con mediatori esperti di commercio estero. Una controversia si
      chiude in media in tre mesi, a costi noti dall'inizio.""",
      ["GB", "IE", "IT", "MT", "GE"], sectors=("M69.10",)),
    d("odr-r", "org-kilkenny-food-export", "IE-KK", "BR", "en",
      "A foreign buyer will not pay, and going to court abroad would take years",
      """We export cheese and butter, and a distributor abroad has withheld 200,000 euros
      claiming quality problems we dispute. Suing in his country would take years and cost
      more than the debt. We are looking for a faster and cheaper way to settle it.""",
      sectors=("C10.51",)),
    d("cosmreg-o", "org-regolatorio-cosmetici", "IT-21", "BO", "it",
      "Dossier regolatorio e persona responsabile per vendere cosmetici nell'UE",
      """Prepariamo la documentazione di sicurezza dei prodotti cosmetici, li notifichiamo sul
      portale europeo e facciamo da persona responsabile per i produttori extraeuropei.
      Controlliamo anche etichette e dichiarazioni.""",
      ["RU", "KZ", "UZ", "IT", "TR"], sectors=("M69.10",)),
    d("cosmreg-r", "org-sibirskaya-kosmetika", "RU-NVS", "BR", "ru",
      "Хотим продавать нашу косметику в Европе, но не знаем, какие документы нужны",
      """Мы производим кремы и шампуни на травах Сибири. Европейский дистрибьютор готов
      закупать, но требует оформить продукцию по правилам ЕС и назвать ответственное лицо в
      Европе. Ищем специалистов, которые проведут нас через эту процедуру.""",
      sectors=("C20.42",)),
    d("cosmreg-same-org", "org-sibirskaya-kosmetika", "RU-NVS", "BO", "ru",
      "Помогаем производителям косметики с сертификацией в ЕАЭС",
      """Наш регуляторный отдел прошёл сертификацию продукции в странах ЕАЭС и предлагает
      помощь другим производителям косметики.""",
      role="same-organisation"),
    d("sanctions-o", "org-screencheck-trade", "NL-NH", "TO", "en",
      "Sanctions and export-control screening of customers and shipments",
      """Our software checks customers, their owners, banks and shipped goods against sanctions
      lists and dual-use rules before each order, documents every check for auditors and
      banks, and re-screens the whole customer base every night.""",
      ["KZ", "UZ", "AM", "GE", "NL"], technologies=("legaltech", "regtech")),
    d("sanctions-r", "org-elektronika-distrib-kz", "KZ-75", "TR", "ru",
      "Банки блокируют наши платежи, потому что мы не можем доказать проверку контрагентов",
      """Мы дистрибьютор электроники в Алматы, закупаем в Европе и Азии. Банки всё чаще
      задерживают платежи и просят доказать, что покупатели и товары не попадают под
      ограничения. Проверки ведём вручную, и документов для банка у нас нет.""",
      sectors=("G46.52",)),
    d("gdpr-o", "org-conformite-rgpd", "FR-IDF", "BO", "fr",
      "Mise en conformité RGPD et délégué à la protection des données externalisé",
      """Nous cartographions les traitements de données, rédigeons registre, politiques et
      clauses, formons les équipes et assurons la fonction de délégué à la protection des
      données pour les entreprises étrangères qui vendent en Europe.""",
      ["RU", "KZ", "FR", "BE", "AM"], sectors=("M69.10",)),
    d("gdpr-r", "org-softkompaniya-volga", "RU-SAM", "BR", "ru",
      "Выходим на рынок ЕС со своим сервисом и должны соблюдать европейские правила о данных",
      """Наша компания разработала облачный сервис для фитнес-клубов и подписывает первых
      клиентов во Франции и Бельгии. Клиенты спрашивают, где хранятся данные, кто за них
      отвечает и есть ли у нас необходимые документы. Нам нужна помощь специалистов.""",
      sectors=("J62.01",)),
    d("gdpr-excluded", "org-rgpd-benelux", "BE-BRU", "BO", "fr",
      "Accompagnement RGPD pour PME",
      """Nous aidons les PME à se conformer au règlement sur la protection des données.
      Prestations uniquement pour les entreprises établies en France, en Belgique et au
      Luxembourg.""",
      ["FR", "BE", "LU"], role="excluded-target"),
    d("deadline-o", "org-fristenkalender", "DE-SN", "TO", "de",
      "Fristenmanagement für Anwaltskanzleien",
      """Unsere Software liest Gerichtspost und Schriftsätze, berechnet Fristen nach den
      Prozessordnungen, trägt sie mit Vorfristen in den Kanzleikalender ein und verlangt eine
      doppelte Kontrolle. Eine italienische Version ist in Vorbereitung.""",
      ["IT", "DE", "AT"]),
    d("deadline-r", "org-studio-legale-torino-centro", "IT-21", "TR", "it",
      "Il nostro studio ha mancato un termine processuale",
      """Siamo uno studio legale con quindici avvocati. I termini delle cause sono segnati su
      agende diverse e a marzo un appello è stato depositato fuori termine. Cerchiamo un
      sistema che calcoli e ricordi le scadenze a tutti.""",
      sectors=("M69.10",)),
    d("sworn-o", "org-traduccion-jurada", "ES-MD", "BO", "es",
      "Traducción jurada de documentos jurídicos y societarios",
      """Nuestros traductores jurados traducen escrituras, estatutos, poderes y sentencias con
      validez oficial ante notarios, registros y tribunales españoles. Trabajamos con
      italiano, inglés, francés y alemán.""",
      ["IT", "ES", "FR", "PT"], sectors=("M74.30",)),
    d("sworn-r", "org-holding-alimentare-parma", "IT-45", "BR", "it",
      "Dobbiamo presentare in Spagna atti societari tradotti con valore legale",
      """Stiamo aprendo una filiale in Spagna e il notaio e il registro delle imprese chiedono
      statuto, verbali e procure tradotti in spagnolo con traduzione ufficiale. Non sappiamo a
      chi rivolgerci per una traduzione accettata dalle autorità.""",
      sectors=("C10.13",)),
    d("model231-o", "org-compliance-231", "IT-25", "TO", "it",
      "Software per il modello 231 e l'organismo di vigilanza",
      """Il nostro software guida l'azienda nella mappatura dei rischi di reato, nella stesura
      di procedure e protocolli e nella raccolta dei flussi informativi per l'organismo di
      vigilanza, con verbali e scadenze.""",
      technologies=("legaltech", "regtech")),
    d("model231-r", "org-impresa-pulizie-bari", "IT-75", "TR", "it",
      "Un cliente pubblico ci chiede un modello organizzativo anticorruzione",
      """Siamo un'impresa di pulizie con 500 dipendenti e partecipiamo a gare di ospedali e
      comuni. Il nuovo bando premia chi ha adottato un modello di prevenzione dei reati e un
      organismo di controllo, e noi non sappiamo da dove cominciare.""",
      sectors=("N81.21",)),
    d("duediligence-o", "org-due-diligence-milano", "IT-25", "BO", "it",
      "Due diligence legale per acquisizioni di imprese in Italia",
      """Il nostro team verifica contratti, contenziosi, lavoro, permessi e proprietà
      intellettuale della società da acquistare e consegna un rapporto sui rischi in tedesco
      o inglese, con proposte per il contratto di acquisto.""",
      ["DE", "AT", "CH", "IT"], sectors=("M69.10",)),
    d("duediligence-r", "org-zulieferer-holding-stuttgart", "DE-BW", "BR", "de",
      "Wir kaufen einen italienischen Zulieferer und brauchen eine rechtliche Prüfung",
      """Unsere Unternehmensgruppe übernimmt einen Hersteller von Kunststoffteilen in der
      Lombardei. Vor der Unterschrift müssen wir wissen, welche Verträge, Rechtsstreitigkeiten
      und Genehmigungen Risiken bergen, und wir kennen das italienische Recht nicht.""",
      sectors=("C22.29",)),
)

for need in ("whistle", "trademark", "review", "odr", "cosmreg", "sanctions", "gdpr", "deadline",
             "sworn", "model231", "duediligence"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("review-o2", "review-r")

niche.add(
    d("transcript-o", "org-courtscribe", "GB-LND", "TO", "en",
      "Automatic transcription of court hearings",
      """Our software records hearings and produces a searchable transcript with speakers
      identified within an hour.""",
      technologies=("legaltech", "nlp"), role="unanswered"),
    d("enotary-r", "org-notarialnaya-palata-kg", "KG-GB", "TR", "ru",
      "Ищем систему для удалённого нотариального заверения документов",
      """Нотариусы нашей палаты хотят заверять документы для граждан, живущих за рубежом, по
      видеосвязи. Нужна защищённая платформа с идентификацией.""",
      sectors=("M69.10",), role="unanswered"),
    d("survey-anon", "org-anonimnye-oprosy", "RU-MOW", "TO", "ru",
      "Анонимные опросы вовлечённости сотрудников",
      """Проводим анонимные опросы персонала о настроении, нагрузке и отношении к руководству
      и показываем результаты по подразделениям.""",
      technologies=("hr-tech",), role="near-miss"),
    d("templates-it", "org-modelli-contratto", "IT-62", "TO", "it",
      "Modelli di contratto pronti da scaricare",
      """Offriamo una biblioteca di modelli di contratto di fornitura, riservatezza e agenzia,
      aggiornati e personalizzabili, per piccole imprese senza ufficio legale.""",
      role="near-miss"),
    d("fx-control", "org-vek-soprovozhdenie", "KZ-75", "TO", "ru",
      "Сопровождение валютного контроля внешнеторговых контрактов",
      """Ставим контракты на учёт в банке, готовим отчётность по валютному контролю и
      подтверждающие документы для импортёров и экспортёров.""",
      sectors=("M69.20",), role="near-miss"),
    d("tennis-court", "org-court-builders", "GB-KEN", "BO", "en",
      "Tennis and padel court construction",
      """We build tennis and padel courts with acrylic, clay and artificial grass surfaces,
      including fencing and floodlights, for clubs and hotels.""",
      sectors=("F42.99",), technologies=(), role="two-meanings"),
    d("contract-manufacturing", "org-contract-cosmetics-lab", "GB-MAN", "BO", "en",
      "Contract manufacturing of creams and lotions",
      """Our factory manufactures creams, lotions and serums under our customers' brands, from
      5,000 units, with formulation and filling.""",
      sectors=("C20.42",), technologies=(), role="two-meanings"),
)
