"""Test split, agrifood: sibling needs sharing "farm", "harvest", "food", "processing"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("agrifood", "sibling", ("A01.24", "C10.39"), ("agrifood",))

niche.add(
    d("irrig-o", "org-irrigazione-smart", "IT-34", "TO", "it",
      "Sensori di umidità del suolo per l'irrigazione dei frutteti",
      """Le nostre sonde misurano l'umidità del terreno a tre profondità e il modello decide
      quando e quanto irrigare ogni blocco del frutteto, comandando le valvole da remoto. Si
      risparmia fino al 35% di acqua.""",
      ["UZ", "KZ", "TR", "GE"], technologies=("agrifood", "agritech", "iot")),
    d("irrig-r", "org-bogdorchilik-fergana", "UZ-FA", "TR", "en",
      "Our orchards get water by the calendar, and the canals are running dry",
      """We grow apricots and cherries on 600 hectares in the Fergana valley and water every
      Tuesday whatever the weather. Canal water is scarce and some trees still suffer. We want
      to water each plot only when the trees need it.""",
      sectors=("A01.24",)),
    d("ca-o", "org-celle-frigo-trentino", "IT-32", "TO", "it",
      "Celle frigorifere ad atmosfera controllata per le mele",
      """Costruiamo celle frigorifere ad atmosfera controllata e dinamica che abbassano ossigeno
      e temperatura per conservare mele e pere fino a dodici mesi senza perdita di
      consistenza.""",
      ["KZ", "UZ", "RU", "MD"], sectors=("C28.25",)),
    d("ca-r", "org-sad-almaty", "KZ-75", "TR", "ru",
      "Яблоки портятся к весне, и мы продаём урожай осенью за бесценок",
      """Наш сад собирает 8000 тонн яблок, но хранилище обычное, и к февралю плоды теряют вид.
      Приходится сдавать урожай осенью по самой низкой цене. Хотим хранить яблоки до лета.""",
      sectors=("A01.24",)),
    d("pasta-o", "org-linee-pasta", "IT-57", "BO", "it",
      "Linee complete per la produzione di pasta secca",
      """Forniamo linee per pasta corta e lunga da 200 a 4.000 kg/ora: impastatrici, presse,
      essiccatoi e confezionamento, con avviamento e formazione del personale.""",
      ["RU", "KZ", "UZ", "AZ"], sectors=("C28.93",)),
    d("pasta-r", "org-melkombinat-orel", "RU-ORL", "BR", "ru",
      "Мукомольный комбинат хочет выпускать макароны из своей муки",
      """У нас есть мука из твёрдой пшеницы, но мы продаём её как сырьё. Хотим построить цех
      макаронных изделий и ищем поставщика оборудования под ключ с пуском и обучением.""",
      sectors=("C10.61",)),
    d("cheese-o", "org-casearia-campana", "IT-72", "BO", "en",
      "Mozzarella know-how and equipment for dairies",
      """Our dairy engineers supply stretching machines, moulding lines and recipes for
      mozzarella and burrata, and train your cheesemakers on site until the product is
      right.""",
      ["KZ", "AM", "GE", "AZ"], sectors=("C28.93", "C10.51")),
    d("cheese-r", "org-sut-kostanay", "KZ-39", "BR", "en",
      "Our dairy wants to make Italian fresh cheese",
      """We process 100 tonnes of milk a day into milk and yoghurt, and restaurants keep asking
      for fresh Italian-style cheese. We have no experience with pasta filata and need
      equipment plus technology transfer.""",
      sectors=("C10.51",)),
    d("vertical-o", "org-vertikal-ferma", "RU-MOW", "TO", "ru",
      "Вертикальные фермы с LED-освещением для зелени",
      """Проектируем вертикальные фермы, где салат и зелень растут круглый год на стеллажах под
      светодиодами на гидропонике. Урожай с квадратного метра в 50 раз выше, чем в поле.""",
      ["ES", "KZ", "AE"], technologies=("agrifood", "agritech")),
    d("vertical-r", "org-supermercados-norte", "ES-AS", "TR", "es",
      "Queremos lechugas frescas todo el año cerca de las tiendas",
      """Nuestra cadena de supermercados trae la lechuga y las hierbas desde el sur, a mil
      kilómetros, y llegan mustias. Buscamos una forma de cultivarlas cerca de nuestras
      tiendas todo el año.""",
      sectors=("G47.11",)),
    d("feed-o", "org-nutricion-animal", "ES-CT", "TO", "es",
      "Software de formulación de piensos",
      """Nuestro programa calcula la fórmula de pienso de mínimo coste para cada lote de
      animales según los precios de las materias primas y los análisis de laboratorio.""",
      sectors=("J62.01", "C10.91")),
    d("feed-r", "org-kombikorm-tambov", "RU-TAM", "TR", "ru",
      "Рецепты комбикормов считаем в таблице, и корм дорожает",
      """Наш комбикормовый завод делает корма для свиней и птицы. Рецепты технолог подбирает в
      электронной таблице, и при каждом скачке цен на сырьё мы теряем деньги. Ищем программу
      оптимизации рецептур.""",
      sectors=("C10.91",)),
    d("organic-o", "org-bio-certifica", "IT-52", "BO", "it",
      "Certificazione biologica per esportare in Europa",
      """Siamo un organismo di controllo riconosciuto: ispezioniamo aziende agricole e
      trasformatori in paesi terzi e rilasciamo il certificato biologico valido per il
      mercato europeo.""",
      ["KZ", "UZ", "KG", "TJ"], sectors=("M71.20",)),
    d("organic-r", "org-organic-steppe", "KZ-63", "BR", "it",
      "I nostri ceci e lenticchie vogliono il marchio biologico europeo",
      """Coltiviamo ceci e lenticchie senza chimica su 5.000 ettari, ma gli acquirenti europei
      chiedono la certificazione. Cerchiamo un ente che ci accompagni fino al certificato.""",
      sectors=("A01.11",)),
    d("ras-o", "org-aquakultur-technik", "DE-SH", "TO", "de",
      "Kreislaufanlagen für die Forellenzucht",
      """Unsere Kreislaufanlagen reinigen und recyceln 99% des Wassers in der Fischzucht, so dass
      Forellen und Störe an Land, nahe am Markt, mit stabilen Bedingungen gezüchtet werden.""",
      ["RU", "KZ", "NO"], sectors=("C28.29", "A03.22")),
    d("ras-r", "org-forel-karelia", "RU-KR", "TR", "ru",
      "Садки в озере зимой замерзают, а рыба болеет",
      """Мы выращиваем форель в садках на озере. Зимой лёд, летом перегрев и болезни, и
      отход рыбы доходит до трети. Хотим перенести выращивание на берег, с контролем воды.""",
      sectors=("A03.22",)),
    d("grain-o", "org-drebtreber-lab", "FR-GES", "RC", "fr",
      "Valoriser les drêches de brasserie en farine protéinée",
      """Notre laboratoire a mis au point un séchage et un broyage des drêches de brasserie pour
      en faire une farine riche en fibres et protéines. Nous cherchons un partenaire de
      recherche pour les tests en boulangerie.""",
      sectors=("M72.11",), technologies=("agrifood", "food-tech", "circular-economy")),
    d("grain-r", "org-uni-parma-alimenti", "IT-45", "RC", "it",
      "Ricerca su ingredienti da sottoprodotti della birra per prodotti da forno",
      """Il nostro gruppo di tecnologia alimentare studia pane e biscotti arricchiti di fibre e
      cerca un partner che sappia trasformare le trebbie dei birrifici in un ingrediente
      stabile.""",
      sectors=("M72.11",), technologies=("agrifood", "food-tech")),
    d("spray-o", "org-agrodron", "KZ-75", "TO", "ru",
      "Опрыскивание полей и садов с дронов",
      """Наши агродроны обрабатывают до 20 гектаров в час по полётному заданию, не мнут посевы и
      работают на склонах и мокрой почве. Предлагаем технику, обучение операторов и услуги.""",
      ["IT", "UZ", "KG", "GE"], technologies=("agrifood", "drones")),
    d("spray-r", "org-vigneti-etna", "IT-82", "TR", "it",
      "Trattare i vigneti in pendenza senza trattore",
      """Le nostre vigne sull'Etna sono su terrazzamenti ripidi dove il trattore non entra e i
      trattamenti si fanno a spalla. Dopo la pioggia non riusciamo a intervenire in tempo.
      Cerchiamo un modo più rapido e sicuro.""",
      sectors=("A01.21",)),
)

niche.add(
    d("ca-r2", "org-pomi-moldova", "MD-CU", "TR", "en",
      "Keeping apples fresh until summer",
      """Our fruit cooperative loses a fifth of its apple harvest in ordinary cold stores by
      spring. We look for storage technology that keeps apples firm until the next harvest.""",
      sectors=("A01.24",), role="same-kind"),
    d("pasta-excluded", "org-pasta-machines-tr", "TR-34", "BO", "en",
      "Pasta production lines",
      """We supply short and long pasta lines. We sell only to customers in Turkey, the Balkans and
      the Middle East.""",
      ["TR", "RS", "BA", "JO", "IQ"], sectors=("C28.93",), role="excluded-target"),
    d("cheese-same-org", "org-sut-kostanay", "KZ-39", "BO", "en",
      "Dairy tours and milk supply for cheesemakers",
      """Our dairy sells raw milk to cheesemakers and shows its farms to visiting
      delegations.""",
      role="same-organisation"),
    d("locust-r", "org-agro-kyzylorda", "KZ-61", "TR", "ru",
      "Саранча уничтожает посевы риса",
      """Каждый год нашествие саранчи губит часть посевов риса. Ищем раннее обнаружение
      очагов.""",
      sectors=("A01.12",), role="unanswered"),
    d("bakery-o", "org-forni-industriali", "IT-25", "BO", "it",
      "Forni a tunnel per panifici industriali",
      """Costruiamo forni a tunnel e linee di lievitazione per panifici industriali e
      produttori di biscotti.""",
      sectors=("C28.93",), role="unanswered"),
    d("green-coffee", "org-caffe-verde-trieste", "IT-36", "BO", "en",
      "Green coffee beans for roasters",
      """We import green coffee from Ethiopia, Brazil and Colombia and sell it to roasters in
      lots from one bag.""",
      sectors=("G46.37",), technologies=(), role="two-meanings"),
)

for need in ("irrig", "ca", "pasta", "cheese", "vertical", "feed", "organic", "ras", "grain",
             "spray"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("ca-o", "ca-r2")

niche.add(
    d("honey-robot-o", "org-api-smart", "IT-45", "TO", "it",
      "Bilance connesse per arnie",
      """Le nostre bilance sotto l'arnia misurano peso, temperatura e suono della colonia e
      avvisano l'apicoltore di sciamature e furti.""",
      technologies=("agrifood", "iot"), role="unanswered"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("frost-o", "org-meteo-frutteti", "IT-32", "TO", "en",
      "Weather stations with frost alerts for orchards",
      """Our solar weather stations measure temperature, wind and leaf wetness in the orchard
      and send frost and disease alerts to the grower's phone.""",
      technologies=("agrifood", "agritech", "iot"), role="near-miss"),
    d("grading-o", "org-calibratrici", "IT-45", "TO", "ru",
      "Калибровочные линии для сортировки яблок по цвету и размеру",
      """Наши оптические линии сортируют яблоки по размеру, цвету и внутренним дефектам со
      скоростью 12 тонн в час и раскладывают их по ящикам.""",
      sectors=("C28.30",), role="near-miss"),
    d("yoghurt-o", "org-latteria-impianti", "IT-34", "BO", "en",
      "Yoghurt and kefir production lines",
      """We supply fermentation tanks, filling machines and recipes for yoghurt, kefir and
      drinking yoghurt, with start-up assistance.""",
      sectors=("C28.93",), role="near-miss"),
)
