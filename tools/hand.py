"""Hand-curated tables for tools/gen_lists.py (newslens gazetteers).

Everything here is general knowledge written by hand (no external data copied).
Keep entries sorted-ish and readable; the generator sorts and dedups output.
"""

# Very common English words that collide with place/person names but are rare
# in the GMB lower-case counts (which only cover ~1M tokens of news).
COMMON_WORDS = set("""
a an and as at be bath best but by can do for from go he her his if in is it me my no not of on or our
so the to up us we who why you
bay bear bell bird black bluff boulder brighton bristol buffalo bush cannon cape carpenter centre
chance church clay colon concord cork dale deal derby dover drain eagle early easy even fair
fall fame field flint fort fox gold grace grand green hall ham hamilton hay heart hill holly
hope hunter joy king lake lane lincoln long love mark marsh may mill moon moss most nice
noble oak orange page park peace pine plain pool port pride quest ray reading reed rich
rock rose royal sale salt sand sandy shell silver sky snow spring star stone storm strong
summit sun tide union vale wall ward well west white wood worth york young
""".split())

# ---------------------------------------------------------------- countries
COUNTRY_VARIANTS = """
United States|US|U.S.|USA|U.S.A.|America|United States of America
United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland
North Korea|DPRK|Democratic People's Republic of Korea
South Korea|Republic of Korea|ROK
Korea
Russia|Russian Federation
Czech Republic|Czechia
Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
Iran|Persia
Soviet Union|USSR|U.S.S.R.
Yugoslavia
Czechoslovakia
East Germany|West Germany
Syria
Laos
Vietnam|Viet Nam
Burma|Myanmar
Macedonia|North Macedonia
Moldova
Bolivia
Venezuela
Tanzania
Taiwan
Palestine|Palestinian Territories
Vatican|Vatican City|Holy See
East Timor|Timor-Leste
Cape Verde|Cabo Verde
Swaziland|Eswatini
Congo|DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Congo-Kinshasa|Congo-Brazzaville|Republic of Congo|Republic of the Congo
Gambia|The Gambia
Bahamas|The Bahamas
Netherlands|The Netherlands|Holland
Philippines|The Philippines
UAE|U.A.E.|United Arab Emirates|Emirates
Saudi Arabia|Saudi
Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina|Herzegovina
Trinidad|Tobago|Trinidad and Tobago
Antigua|Barbuda
Sao Tome|Sao Tome and Principe
St Kitts and Nevis|Saint Kitts and Nevis|St Lucia|Saint Lucia|St Vincent and the Grenadines|Saint Vincent and the Grenadines
Micronesia
Brunei
Kosovo
Somaliland
Greenland
Puerto Rico
Hong Kong
Macau|Macao
Turkey|Turkiye|Türkiye
Sudan|South Sudan
Ireland|Republic of Ireland|Eire
New Zealand|NZ
PRC|People's Republic of China
""".split("\n")
COUNTRY_VARIANTS = [v for line in COUNTRY_VARIANTS for v in line.split("|") if v.strip()]
# ISO names that are awkward in prose (kept out of the list)
COUNTRY_DROP = {"Korea, Republic of", "Saint Martin (French part)"}

# ---------------------------------------------------------------- demonyms
# Country (or region) -> demonym forms (adjective, singular noun, plural noun).
_DEM = """
Afghanistan: Afghan Afghans Afghani
Albania: Albanian Albanians
Algeria: Algerian Algerians
Andorra: Andorran Andorrans
Angola: Angolan Angolans
Argentina: Argentine Argentines Argentinian Argentinians Argentinean
Armenia: Armenian Armenians
Australia: Australian Australians Aussie Aussies
Austria: Austrian Austrians
Azerbaijan: Azerbaijani Azerbaijanis Azeri Azeris
Bahamas: Bahamian Bahamians
Bahrain: Bahraini Bahrainis
Bangladesh: Bangladeshi Bangladeshis
Barbados: Barbadian Barbadians
Belarus: Belarusian Belarusians Belarussian Byelorussian
Belgium: Belgian Belgians
Belize: Belizean Belizeans
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian Bolivians
Bosnia and Herzegovina: Bosnian Bosnians Bosniak Bosniaks
Botswana: Botswanan Motswana Batswana
Brazil: Brazilian Brazilians
Brunei: Bruneian Bruneians
Bulgaria: Bulgarian Bulgarians
Burkina Faso: Burkinabe
Burundi: Burundian Burundians
Cambodia: Cambodian Cambodians Khmer
Cameroon: Cameroonian Cameroonians
Canada: Canadian Canadians
Cape Verde: Cape Verdean Cape Verdeans
Central African Republic: Central African Central Africans
Chad: Chadian Chadians
Chile: Chilean Chileans
China: Chinese
Colombia: Colombian Colombians
Comoros: Comoran Comorian
Congo: Congolese
Costa Rica: Costa Rican Costa Ricans
Croatia: Croatian Croatians Croat Croats
Cuba: Cuban Cubans
Cyprus: Cypriot Cypriots Greek Cypriot Greek Cypriots Turkish Cypriot Turkish Cypriots
Czech Republic: Czech Czechs
Denmark: Danish Dane Danes
Djibouti: Djiboutian Djiboutians
Dominican Republic: Dominican Dominicans
Ecuador: Ecuadorian Ecuadorians Ecuadorean
Egypt: Egyptian Egyptians
El Salvador: Salvadoran Salvadorans Salvadorean
Equatorial Guinea: Equatorial Guinean Equatoguinean
Eritrea: Eritrean Eritreans
Estonia: Estonian Estonians
Eswatini: Swazi Swazis
Ethiopia: Ethiopian Ethiopians
Fiji: Fijian Fijians
Finland: Finnish Finn Finns
France: French Frenchman Frenchmen Frenchwoman
Gabon: Gabonese
Gambia: Gambian Gambians
Georgia: Georgian Georgians
Germany: German Germans
Ghana: Ghanaian Ghanaians
Greece: Greek Greeks
Grenada: Grenadian Grenadians
Guatemala: Guatemalan Guatemalans
Guinea: Guinean Guineans
Guinea-Bissau: Bissau-Guinean
Guyana: Guyanese
Haiti: Haitian Haitians
Honduras: Honduran Hondurans
Hong Kong: Hong Konger Hong Kongers
Hungary: Hungarian Hungarians
Iceland: Icelandic Icelander Icelanders
India: Indian Indians
Indonesia: Indonesian Indonesians
Iran: Iranian Iranians Persian Persians
Iraq: Iraqi Iraqis
Ireland: Irish Irishman Irishmen
Israel: Israeli Israelis
Italy: Italian Italians
Ivory Coast: Ivorian Ivorians
Jamaica: Jamaican Jamaicans
Japan: Japanese
Jordan: Jordanian Jordanians
Kazakhstan: Kazakh Kazakhs Kazakhstani Kazakhstanis
Kenya: Kenyan Kenyans
Kiribati: I-Kiribati
Kosovo: Kosovar Kosovars Kosovan
Kuwait: Kuwaiti Kuwaitis
Kyrgyzstan: Kyrgyz Kyrgyzstani
Laos: Lao Laotian Laotians
Latvia: Latvian Latvians
Lebanon: Lebanese
Lesotho: Basotho Mosotho
Liberia: Liberian Liberians
Libya: Libyan Libyans
Liechtenstein: Liechtensteiner
Lithuania: Lithuanian Lithuanians
Luxembourg: Luxembourger Luxembourgers Luxembourgish
Madagascar: Malagasy
Malawi: Malawian Malawians
Malaysia: Malaysian Malaysians
Maldives: Maldivian Maldivians
Mali: Malian Malians
Malta: Maltese
Marshall Islands: Marshallese
Mauritania: Mauritanian Mauritanians
Mauritius: Mauritian Mauritians
Mexico: Mexican Mexicans
Micronesia: Micronesian
Moldova: Moldovan Moldovans
Monaco: Monegasque Monacan
Mongolia: Mongolian Mongolians Mongol Mongols
Montenegro: Montenegrin Montenegrins
Morocco: Moroccan Moroccans
Mozambique: Mozambican Mozambicans
Myanmar: Burmese Myanmarese
Namibia: Namibian Namibians
Nauru: Nauruan
Nepal: Nepalese Nepali Nepalis
Netherlands: Dutch Dutchman Dutchmen
New Zealand: New Zealander New Zealanders Kiwi Kiwis
Nicaragua: Nicaraguan Nicaraguans
Niger: Nigerien Nigeriens
Nigeria: Nigerian Nigerians
North Korea: North Korean North Koreans
North Macedonia: Macedonian Macedonians
Norway: Norwegian Norwegians
Oman: Omani Omanis
Pakistan: Pakistani Pakistanis
Palau: Palauan
Palestine: Palestinian Palestinians
Panama: Panamanian Panamanians
Papua New Guinea: Papua New Guinean Papua New Guineans
Paraguay: Paraguayan Paraguayans
Peru: Peruvian Peruvians
Philippines: Filipino Filipinos Filipina Filipinas Philippine
Poland: Polish Pole Poles
Portugal: Portuguese
Puerto Rico: Puerto Rican Puerto Ricans
Qatar: Qatari Qataris
Romania: Romanian Romanians
Russia: Russian Russians
Rwanda: Rwandan Rwandans
Samoa: Samoan Samoans
San Marino: Sammarinese
Saudi Arabia: Saudi Saudis Saudi Arabian Saudi Arabians
Senegal: Senegalese
Serbia: Serbian Serbians Serb Serbs
Seychelles: Seychellois
Sierra Leone: Sierra Leonean Sierra Leoneans
Singapore: Singaporean Singaporeans
Slovakia: Slovak Slovaks Slovakian
Slovenia: Slovenian Slovenians Slovene Slovenes
Solomon Islands: Solomon Islander Solomon Islanders
Somalia: Somali Somalis Somalian
South Africa: South African South Africans
South Korea: South Korean South Koreans
South Sudan: South Sudanese
Spain: Spanish Spaniard Spaniards
Sri Lanka: Sri Lankan Sri Lankans
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish Swede Swedes
Switzerland: Swiss
Syria: Syrian Syrians
Taiwan: Taiwanese
Tajikistan: Tajik Tajiks Tajikistani
Tanzania: Tanzanian Tanzanians
Thailand: Thai Thais
Timor-Leste: Timorese East Timorese
Togo: Togolese
Tonga: Tongan Tongans
Trinidad and Tobago: Trinidadian Trinidadians Tobagonian
Tunisia: Tunisian Tunisians
Turkey: Turkish Turk Turks
Turkmenistan: Turkmen Turkmens
Tuvalu: Tuvaluan
Uganda: Ugandan Ugandans
Ukraine: Ukrainian Ukrainians
United Arab Emirates: Emirati Emiratis
United Kingdom: British Briton Britons Brit Brits
United States: American Americans
Uruguay: Uruguayan Uruguayans
Uzbekistan: Uzbek Uzbeks Uzbekistani
Vanuatu: Ni-Vanuatu
Vatican: Vatican
Venezuela: Venezuelan Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni Yemenis
Zambia: Zambian Zambians
Zimbabwe: Zimbabwean Zimbabweans
England: English Englishman Englishmen Englishwoman
Scotland: Scottish Scot Scots Scotsman
Wales: Welsh Welshman
Northern Ireland: Northern Irish
Korea: Korean Koreans
Yugoslavia: Yugoslav Yugoslavs Yugoslavian
Soviet Union: Soviet Soviets
Czechoslovakia: Czechoslovak
Tibet: Tibetan Tibetans
Chechnya: Chechen Chechens
Kashmir: Kashmiri Kashmiris
Kurdistan: Kurdish Kurd Kurds
Basque Country: Basque Basques
Catalonia: Catalan Catalans
Flanders: Flemish
Quebec: Quebecois Quebecer Quebecers
Crimea: Crimean
Darfur: Darfuri
Bavaria: Bavarian
Texas: Texan Texans
California: Californian Californians
Tasmania: Tasmanian Tasmanians
Queensland: Queenslander Queenslanders
Sicily: Sicilian
Corsica: Corsican
Sardinia: Sardinian
Dagestan: Dagestani
Ingushetia: Ingush
Abkhazia: Abkhaz Abkhazian
South Ossetia: Ossetian South Ossetian
Transnistria: Transnistrian
Xinjiang: Uighur Uighurs Uyghur Uyghurs
Balochistan: Baluch Baloch Balochi
Punjab: Punjabi Punjabis
Bengal: Bengali Bengalis
Gujarat: Gujarati
Tamil Nadu: Tamil Tamils
Sindh: Sindhi
Pashtunistan: Pashtun Pashtuns Pashto
Hazarajat: Hazara Hazaras
Europe: European Europeans
Asia: Asian Asians
Africa: African Africans
North America: North American North Americans
South America: South American South Americans
Latin America: Latin American Latin Americans Hispanic Hispanics Latino Latinos Latina
Central America: Central American Central Americans
Caribbean: Caribbean
Arab world: Arab Arabs Arabian
Middle East: Middle Eastern
Scandinavia: Scandinavian Scandinavians Nordic
Baltic: Baltic
Balkans: Balkan
Caucasus: Caucasian
Mediterranean: Mediterranean
Pacific: Pacific Islander Pacific Islanders
Oceania: Oceanian
Antarctica: Antarctic
Arctic: Arctic
West: Western Westerner Westerners
East: Eastern Easterner
Sub-Saharan Africa: Sub-Saharan
Anglo-Saxon: Anglo-Saxon
Slavic: Slav Slavs Slavic
Berber: Berber Berbers Amazigh
Maori: Maori
Aboriginal: Aboriginal Aborigine Aborigines
Eurasia: Eurasian
Persian Gulf: Gulf Arab
"""
DEMONYMS = {}
for _line in _DEM.strip().splitlines():
    _c, _f = _line.split(":", 1)
    _toks = _f.split()
    _forms, _i = [], 0
    # multi-word demonyms: join tokens that begin with the same first word as a known prefix
    _multi = ("Greek Cypriot", "Greek Cypriots", "Turkish Cypriot", "Turkish Cypriots", "Cape Verdean",
              "Cape Verdeans", "Central African", "Central Africans", "Costa Rican", "Costa Ricans",
              "Equatorial Guinean", "East Timorese", "New Zealander", "New Zealanders", "North Korean",
              "North Koreans", "South Korean", "South Koreans", "Papua New Guinean", "Papua New Guineans",
              "Puerto Rican", "Puerto Ricans", "Saudi Arabian", "Saudi Arabians", "Sierra Leonean",
              "Sierra Leoneans", "Solomon Islander", "Solomon Islanders", "South African", "South Africans",
              "South Sudanese", "Sri Lankan", "Sri Lankans", "Northern Irish", "North American",
              "North Americans", "South American", "South Americans", "Latin American", "Latin Americans",
              "Central American", "Central Americans", "Middle Eastern", "Pacific Islander",
              "Pacific Islanders", "South Ossetian", "Gulf Arab")
    while _i < len(_toks):
        for _m in sorted(_multi, key=len, reverse=True):
            _mt = _m.split()
            if _toks[_i:_i + len(_mt)] == _mt:
                _forms.append(_m)
                _i += len(_mt)
                break
        else:
            _forms.append(_toks[_i])
            _i += 1
    DEMONYMS[_c.strip()] = _forms
DEMONYMS["Bosnia and Herzegovina"] += ["Bosnian Serb", "Bosnian Serbs", "Bosnian Croat", "Bosnian Croats",
                                       "Bosnian Muslim", "Bosnian Muslims"]
DEMONYMS["Kosovo"] += ["Kosovo Albanian", "Kosovo Albanians", "Kosovo Serb", "Kosovo Serbs"]
DEMONYMS["Palestine"] += ["Palestinian Arab"]
# regional adjectives with a compass word: one group, not a stray PLACE "East" before "African"
DEMONYMS.update({"East Africa": ["East African", "East Africans"], "West Africa": ["West African", "West Africans"],
                 "North Africa": ["North African", "North Africans"], "South Asia": ["South Asian", "South Asians"],
                 "Southeast Asia": ["Southeast Asian", "Southeast Asians"], "East Asia": ["East Asian", "East Asians"],
                 "Central Asia": ["Central Asian", "Central Asians"], "Eastern Europe": ["Eastern European", "Eastern Europeans"]})

# ---------------------------------------------------------------- groups
# word -> ambiguous? (True = also an ordinary English word lower-cased / at sentence start)
GROUPS_DICT = {
    "Muslim": False, "Muslims": False, "Moslem": False, "Moslems": False, "Islamic": False, "Islamist": False,
    "Islamists": False, "Christian": False, "Christians": False, "Catholic": True, "Catholics": False,
    "Roman Catholic": False, "Roman Catholics": False, "Protestant": True, "Protestants": False,
    "Orthodox": True, "Evangelical": True, "Evangelicals": True, "Anglican": False, "Anglicans": False,
    "Methodist": False, "Baptist": False, "Lutheran": False, "Mormon": False, "Mormons": False,
    "Coptic": False, "Copt": False, "Copts": False, "Jewish": False, "Jew": False, "Jews": False,
    "Judaism": False, "Hindu": False, "Hindus": False, "Buddhist": False, "Buddhists": False,
    "Sikh": False, "Sikhs": False, "Sunni": False, "Sunnis": False, "Shiite": False, "Shiites": False,
    "Shi'ite": False, "Shi'ites": False, "Shia": False, "Shias": False, "Alawite": False,
    "Alawites": False, "Druze": False, "Yazidi": False, "Yazidis": False, "Salafi": False,
    "Salafist": False, "Wahhabi": False, "Sufi": False, "Ahmadi": False, "Zionist": False,
    "Zionists": False, "Christianity": False, "Islam": False, "Hinduism": False, "Buddhism": False,
    "Communist": True, "Communists": True, "Democrat": True, "Democrats": True, "Democratic": True,
    "Republican": True, "Republicans": True, "Conservative": True, "Conservatives": True,
    "Tory": False, "Tories": False, "Socialist": True, "Socialists": True, "Liberal": True,
    "Liberals": True, "Labourite": False, "Marxist": True, "Marxists": True, "Maoist": True,
    "Maoists": True, "Leninist": False, "Stalinist": True, "Fascist": True, "Fascists": True,
    "Nazi": False, "Nazis": False, "Neo-Nazi": False, "Neo-Nazis": False, "Bolshevik": False,
    "Bolsheviks": False, "Green": True, "Greens": True, "Social Democrat": False,
    "Social Democrats": False, "Christian Democrat": False, "Christian Democrats": False,
    "Liberal Democrat": False, "Lib Dem": False, "Gaullist": False, "Peronist": False, "Chavista": False,
    "Bolivarian": False, "Baathist": False, "Baathists": False, "Kemalist": False, "Sandinista": False,
    "Sandinistas": False, "Zapatista": False, "Unionist": True, "Unionists": True, "Loyalist": True,
    "Loyalists": True, "Nationalist": True, "Nationalists": True, "Republicanism": False,
    "Brexiteer": False, "Brexiteers": False, "Remainer": False, "Remainers": False,
    "Jihadist": True, "Jihadists": True, "Mujahideen": False,
    # peoples (ethnic groups) that no country's demonym covers
    "Hausa": False, "Igbo": False, "Yoruba": False, "Fulani": False, "Rohingya": False, "Tutsi": False,
    "Tutsis": False, "Hutu": False, "Hutus": False, "Maasai": False, "Zulu": False, "Zulus": False,
    "Tigrayan": False, "Tigrayans": False, "Oromo": False, "Kikuyu": False,
    # peoples of history ("a Roman villa", "the Byzantine emperor"; "Roman Abramovich" stays a name before a rare word)
    "Roman": False, "Romans": False, "Byzantine": False, "Ottoman": False, "Ottomans": False, "Etruscan": False,
    "Etruscans": False, "Phoenician": False, "Phoenicians": False, "Trojan": False, "Trojans": False, "Aztec": False,
    "Aztecs": False, "Mayan": False, "Inca": False, "Incas": False,
}

# ---------------------------------------------------------------- cities
# English exonyms / well-known former names -> GeoNames name
CITY_ALTS = {
    "Kiev": "Kyiv", "Bombay": "Mumbai", "Calcutta": "Kolkata", "Madras": "Chennai", "Bangalore": "Bengaluru",
    "Peking": "Beijing", "Saigon": "Ho Chi Minh City", "Rangoon": "Yangon", "Cologne": "Köln",
    "Nuremberg": "Nürnberg", "Hanover": "Hannover", "Turin": "Turin", "Gothenburg": "Göteborg",
    "Kharkov": "Kharkiv", "Odessa": "Odesa", "Lvov": "Lviv", "Lwow": "Lviv", "Dnipropetrovsk": "Dnipro",
    "Ashgabad": "Ashgabat", "Alma-Ata": "Almaty", "Astana": "Nur-Sultan", "Tbilisi": "Tbilisi",
    "Tiflis": "Tbilisi", "Kishinev": "Chişinău", "Chisinau": "Chişinău", "Pnom Penh": "Phnom Penh",
    "Mecca": "Mecca", "Makkah": "Mecca", "Medina": "Medina", "Sanaa": "Sanaa", "Sana'a": "Sanaa",
    "Gurgaon": "Gurugram", "Poona": "Pune", "Benares": "Varanasi", "Canton": "Guangzhou",
    "Danzig": "Gdańsk", "Breslau": "Wrocław", "Pressburg": "Bratislava", "Leghorn": "Livorno",
    "Antwerp": "Antwerpen", "Bruges": "Brugge", "Ghent": "Gent", "The Hague": "The Hague",
    "Lisbon": "Lisbon", "Basle": "Basel", "Geneva": "Genève", "Zurich": "Zürich", "Mosul": "Mosul",
    "Dacca": "Dhaka", "Kathmandu": "Kathmandu", "Tehran": "Tehran", "Teheran": "Tehran",
    "Hyderabad": "Hyderabad", "Hanoi": "Hanoi", "Jeddah": "Jeddah", "Jidda": "Jeddah",
    "Kirkuk": "Kirkuk", "Falluja": "Fallujah", "Ramallah": "Ramallah", "Kandahar": "Kandahar",
    "Mazar-i-Sharif": "Mazār-e Sharīf", "Herat": "Herāt", "Peshawar": "Peshawar",
    "Mogadishu": "Mogadishu", "Sevastopol": "Sevastopol", "Donetsk": "Donetsk", "Luhansk": "Luhansk",
    "Lugansk": "Luhansk", "Mariupol": "Mariupol", "Bakhmut": "Bakhmut", "Artemivsk": "Bakhmut",
    "Pyongyang": "Pyongyang", "Seoul": "Seoul", "Taipei": "Taipei", "Rome": "Rome",
    "Milan": "Milan", "Naples": "Naples", "Florence": "Florence", "Venice": "Venice",
    "Munich": "Munich", "Vienna": "Vienna", "Prague": "Prague", "Warsaw": "Warsaw",
    "Brussels": "Brussels", "Copenhagen": "Copenhagen", "Athens": "Athens", "Bucharest": "Bucharest",
    "Belgrade": "Belgrade", "Krakow": "Kraków", "Cracow": "Kraków", "Lodz": "Łódź",
    "Poznan": "Poznań", "Cluj": "Cluj-Napoca", "Thessaloniki": "Thessaloníki", "Salonika": "Thessaloníki",
    "Seville": "Sevilla", "Saragossa": "Zaragoza", "Corunna": "A Coruña", "Bilbao": "Bilbao",
    "Marseilles": "Marseille", "Lyons": "Lyon", "Frankfurt": "Frankfurt am Main",
    "Hong Kong": "Hong Kong", "Xian": "Xi'an", "Bishkek": "Bishkek", "Tashkent": "Tashkent",
    "Quebec City": "Québec", "Montreal": "Montréal", "Bogota": "Bogotá", "Brasilia": "Brasília",
    "Asuncion": "Asunción", "Panama City": "Panamá", "Havana": "Havana", "Mexico City": "Mexico City",
    "Washington": "Washington", "Washington, D.C.": "Washington", "Washington D.C.": "Washington", "Washington DC": "Washington",
    "New York": "New York City", "NYC": "New York City", "Abidjan": "Abidjan", "Yaounde": "Yaoundé",
    "Lome": "Lomé", "Ndjamena": "N'Djamena", "N'Djamena": "N'Djamena", "Addis Ababa": "Addis Ababa",
    "Kinshasa": "Kinshasa", "Tripoli": "Tripoli", "Algiers": "Algiers", "Cairo": "Cairo",
    "Nur-Sultan": "Nur-Sultan", "Khan Younis": "Khān Yūnis", "Khan Younes": "Khān Yūnis", "Jabalia": "Jabālyā",
}
# Entries never removed by the common-word / name filters.
CITY_KEEP = {
    "London", "Paris", "Washington", "Houston", "Jackson", "Dallas", "Denver", "Phoenix", "Austin",
    "Boston", "Chicago", "Detroit", "Atlanta", "Berlin", "Moscow", "Madrid", "Rome", "Tokyo",
    "Beijing", "Sydney", "Cairo", "Jordan", "Lincoln", "Hamilton", "Buffalo", "Orlando", "Charlotte",
    "Columbus", "Cleveland", "Memphis", "Nashville", "Raleigh", "Tucson", "Santiago", "Sofia",
    "Georgetown", "Kingston", "Wellington", "Canberra", "Ottawa", "Kabul", "Baghdad", "Gaza",
    "Jerusalem", "Tehran", "Damascus", "Beirut", "Vladivostok", "Pyongyang", "Seoul", "Goa",
    "Kiev", "Kyiv", "Bristol", "Brighton", "Derby", "York", "Cork", "Dover", "Oxford", "Cambridge",
    "Sheffield", "Leeds", "Manchester", "Liverpool", "Glasgow", "Edinburgh", "Belfast", "Dublin",
    "Mecca", "Medina", "Basra", "Mosul", "Havana", "Lima", "Quito", "Caracas", "Managua",
    "Bogota", "Kingston", "Nassau", "Doha", "Dubai", "Tripoli", "Tunis", "Khartoum", "Mogadishu",
    "Nairobi", "Lagos", "Abuja", "Accra", "Dakar", "Harare", "Lusaka", "Kampala", "Kigali",
}
# Hand stop-list: city names that are frequent English words or personal names in news.
CITY_DROP = {
    "Split", "Bath", "Mobile", "Reading", "Nice", "Florence", "Victoria", "Of", "Most", "Male",
    "March", "Best", "Kim", "Nancy", "Laval", "Troy", "Eugene", "Alexandria", "Santa", "Mission",
    "Independence", "Concord", "Surprise", "Sale", "Bury", "Gap", "Orange", "Marmaris", "Opportunity",
    "Corona", "Irvine", "Bartlett", "Carmel", "Tyler", "Norman", "Lawrence", "Murray", "Clifton",
    "Kent", "Kenner", "Marion", "Florida", "Georgia", "Jersey", "Chester", "Shelby", "Logan",
    "Aurora", "Gary", "Beverly", "Sherman", "Quincy", "Layton", "Warren", "Lowell", "Bryan",
    "Taylor", "Mesa", "Plano", "Davis", "Frederick", "Lorain", "Parma", "Lincoln Park", "Valencia",
    "Sandy", "Pocatello", "Wyoming", "Westminster", "Fontana", "Hemet", "Cicero", "Lucknow",
    "Amber", "Reno", "Ita", "Ise", "Ube", "Ota", "Ome", "Iwo", "Aba", "Ila", "Ede", "Ado", "Oyo",
    "Obo", "Bo", "Mao", "Ma", "Li", "Lu", "Ji", "Ye", "Yi", "Ho", "Gao", "Hu", "Lo", "Man", "Bar",
    "Bat", "Pau", "Pal", "Para", "Mandi", "Deal", "Camp", "Pinto", "Gusau", "Bida", "Kut", "Tan",
    "Anna", "Maria", "Linda", "Lorena", "Sandra", "Julia", "Sumy", "Bala", "Kota", "Rosa", "Mara",
    "Kiel", "Bend", "Salem", "Lakewood", "Cary", "Vista", "Mentor", "Weston", "Union",
    "Union City", "Garden Grove", "Sunrise", "Deltona", "Hollywood", "Paradise", "Normal", "Pleasant",
    "Hope", "Freedom", "Liberty", "Enterprise", "Wilson", "Hamm", "Worms", "Goes", "Brest", "Hove",
    "Marino", "Mali", "Chad", "Niger", "Jordan", "Lebanon", "Temple", "Commerce", "Bell",
    "Lancaster", "Burlington", "Columbia", "Arlington", "Jefferson", "Madison", "Franklin", "Clinton",
    "Monroe", "Cleveland Heights", "Chico", "Vernon", "Carson", "Compton", "Kennedy", "Harrison", "God",
}
# (Mali/Chad/Niger/Jordan/Lebanon: the country wins, city of the same name is dropped.)
CITY_KEEP -= {"Jordan"}

# ---------------------------------------------------------------- regions
REGIONS = """
Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica
Middle East|Mideast|Near East|Far East|East Asia|Southeast Asia|South Asia|Central Asia|West Asia
Eurasia|Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe
West Africa|East Africa|North Africa|Southern Africa|Central Africa|Horn of Africa|Sub-Saharan Africa
Maghreb|Levant|Persian Gulf|Arabian Peninsula|Gulf|Sahel|Sahara|Sinai|Sinai Peninsula|Balkans
Caucasus|North Caucasus|South Caucasus|Siberia|Crimea|Donbas|Donbass|Kashmir|Jammu and Kashmir
Gaza|Gaza Strip|West Bank|Golan Heights|East Jerusalem|Korean Peninsula|Korean peninsula|Indochina
Scandinavia|Baltics|Baltic|Mediterranean|Caribbean|Pacific|Atlantic|Arctic|Antarctic|Indian Ocean
Pacific Ocean|Atlantic Ocean|Arctic Ocean|Southern Ocean|Black Sea|Caspian Sea|Red Sea|Dead Sea
Baltic Sea|North Sea|Mediterranean Sea|Aegean|Aegean Sea|Adriatic|Adriatic Sea|Arabian Sea
South China Sea|East China Sea|Yellow Sea|Sea of Japan|East Sea|Sea of Okhotsk|Bering Sea|Barents Sea
Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Guinea|Bay of Bengal|Strait of Hormuz|Taiwan Strait
Bosporus|Bosphorus|Dardanelles|Suez Canal|Panama Canal|English Channel|Strait of Gibraltar
Straits of Malacca|Strait of Malacca|Kerch Strait
Nile|Nile River|Amazon|Danube|Euphrates|Tigris|Jordan River|Yangtze|Yellow River|Mekong|Ganges
Indus|Volga|Dnieper|Don|Rhine|Thames|Mississippi|Mississippi River|Rio Grande|Congo River|Niger River
Himalayas|Himalaya|Alps|Andes|Rockies|Rocky Mountains|Urals|Ural Mountains|Hindu Kush|Pamirs
Tora Bora|Mount Everest|Everest|Kilimanjaro|Mount Kilimanjaro|Appalachians|Atlas Mountains
Kurdistan|Iraqi Kurdistan|Chechnya|Dagestan|Ingushetia|Abkhazia|South Ossetia|Transnistria
Nagorno-Karabakh|Karabakh|Tibet|Xinjiang|Inner Mongolia|Manchuria|Darfur|Kordofan|Ogaden|Puntland
Balochistan|Baluchistan|Waziristan|North Waziristan|South Waziristan|Swat|Swat Valley|Punjab
Federally Administered Tribal Areas|FATA|Helmand|Bengal|Kurdish region|Anbar|Patagonia|Amazonia
Lapland|Flanders|Wallonia|Catalonia|Basque Country|Andalusia|Galicia|Bavaria|Brittany|Normandy
Provence|Tuscany|Sicily|Sardinia|Corsica|Lombardy|Silesia|Transylvania|Bessarabia|Moravia|Bohemia
Anatolia|Kurdistan Region|Mesopotamia|Judea|Samaria|Galilee|Negev|Hejaz|Arabia|Yucatan|Baja California
Midwest|Deep South|New England|Pacific Northwest|Great Lakes|Great Plains|Appalachia|Silicon Valley
Wall Street|Bay Area|Gulf Coast|West Coast|East Coast|Sun Belt|Rust Belt|Bible Belt
Greater London|Home Counties|Scottish Highlands|Highlands|Lake District|Cotswolds|Midlands|West Midlands
East Midlands|East Anglia|Yorkshire|Cornwall|Kent|Essex|Ulster|Northern Territory
Borneo|Sumatra|Java|Bali|Sulawesi|Mindanao|Luzon|Okinawa|Hokkaido|Kyushu|Honshu|Sakhalin|Kuril Islands
Kurils|Falklands|Falkland Islands|Canary Islands|Balearic Islands|Azores|Madeira|Hawaii|Alaska
Greenland|Iceland|Svalbard|Tasmania|Zanzibar|Socotra|Bahrain|Hainan|Jeju|Jeju Island|Crete|Cyprus
Russky Island|Sakhalin Island|Spratly Islands|Spratlys|Paracel Islands|Senkaku Islands|Diaoyu Islands
Gulf states|Persian Gulf states|Western Sahara|Horn|Kashmir Valley|Ladakh|Aksai Chin|Arunachal Pradesh
Tamil Nadu|Himachal Pradesh|Gujarat|Maharashtra|Karnataka|Rajasthan|Bihar|Telangana|Haryana|Jharkhand
Chhattisgarh|Uttarakhand|Saxony|Lower Saxony|Saxony-Anhalt|Thuringia|Hesse|North Rhine-Westphalia
Rhineland-Palatinate|Baden-Württemberg|Baden-Wurttemberg|Schleswig-Holstein|Mecklenburg-Western Pomerania
Korea
""".replace("\n", "|").split("|")
REGIONS = [r.strip() for r in REGIONS if r.strip()]
REGION_DROP = {"Don", "Horn", "Java", "Swat", "Highlands", "Korea", "Kent", "Essex", "Bahrain", "Cyprus",
               "Iceland", "Greenland", "Gulf states", "Persian Gulf states", "Wall Street",
               "Union", "Capital", "Central", "North", "South", "East", "West", "Eastern", "Western",
               "Northern", "Southern", "Center", "Centre", "Coast", "Delta", "Lakes", "Islands"}

# ---------------------------------------------------------------- names
TITLE_WORDS = {
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Prime", "Minister", "General",
    "Gen.", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Senator", "Sen.", "Rep.",
    "Governor", "Gov.", "Judge", "Lt.", "Colonel", "Col.", "Captain", "Capt.", "Sergeant", "Sgt.",
    "Secretary", "Foreign", "Chancellor", "Ayatollah", "Cardinal", "Archbishop", "Bishop", "Rev.",
    "Reverend", "Father", "Sister", "Brother", "Saint", "St.", "Lord", "Lady", "Sir", "Dame",
    "Admiral", "Adm.", "Major", "Maj.", "Lieutenant", "Ambassador", "Mullah", "Imam", "Emir", "Crown",
    "Vice", "Deputy", "Chief", "Supreme", "Grand", "Mayor", "Commander", "Defense", "Interior",
    "Former", "Spokesman", "U.S.", "US", "Palestinian", "Israeli", "Iraqi", "Afghan", "Prophet",
    "Opposition", "Egyptian", "Senate", "House", "Speaker", "Justice", "Field", "Marshal", "Dalai",
}
GIVEN_EXTRA = """
Vladimir Xi Recep Tayyip Nicolas Angela Hamid Mahmoud Emmanuel Olaf Boris Keir Rishi Narendra Rahul
Sonia Shinzo Fumio Yoshihide Moon Jae-in Yoon Suk-yeol Kim Jong-un Jong Un Sergei Sergey Dmitry Dmitri
Yuri Yury Alexei Alexey Alexander Alexandr Mikhail Nikolai Viktor Volodymyr Petro Oleksandr Andriy
Andrei Andrey Igor Ivan Pavel Gennady Vyacheslav Leonid Lavrov Ramzan Yevgeny Evgeny Anatoly Arkady
Ali Ahmed Ahmad Mohammed Mohammad Muhammad Mohamed Abdullah Abdel Abdul Abu Hassan Hussein Hosni
Bashar Hafez Saddam Moammar Muammar Yasser Ismail Khaled Khalid Omar Osama Ayman Hamad Tamim Salman
Bandar Faisal Fahd Nawaz Benazir Asif Imran Shehbaz Pervez Yousuf Shaukat Ashraf Masood Hamed
Ashraf Abdullah Zalmay Manmohan Atal Lal Pranab Arvind Amit Yogi Mamata Nitish Sharad Jawaharlal
Indira Rajiv Sanjay Ajit Kamala Hillary Barack Joe Jill Donald Melania Ivanka Mike Nancy Chuck Mitch
Kevin Condoleezza Colin Dick Rudy Bernie Pete Kamala Ron Jair Luiz Inacio Lula Dilma Cristina Nestor
Mauricio Javier Alberto Evo Hugo Nicolas Rafael Alvaro Juan Gustavo Ivan Andres Manuel Lopez Felipe
Enrique Vicente Fidel Raul Daniel Violeta Oscar Jacinda Scott Malcolm Kevin Anthony Justin Stephen
Pierre Francois Jacques Lionel Dominique Segolene Jean Jean-Marc Jean-Pierre Jean-Claude Jean-Yves
Marine Edouard Gerhard Helmut Joschka Frank-Walter Wolfgang Horst Ursula Sigmar Annalena Christian
Silvio Romano Matteo Giorgia Mario Giuseppe Sergio Beppe Jose Luis Mariano Pedro Felipe Jose Maria
Aleksandar Slobodan Radovan Ratko Vojislav Zoran Boris Milo Hashim Ibrahim Recep Ahmet Abdullah
Binali Bulent Kemal Tansu Ehud Benjamin Ariel Shimon Yitzhak Tzipi Naftali Yair Avigdor Benny Moshe
Mahmoud Ismail Khaled Marwan Saeb Salam Nabil Yasser Hassan Hosni Mohamed Abdel Fattah Anwar Gamal
Omar Ali Meles Abiy Isaias Yoweri Paul Uhuru William Raila Mwai Jakaya John Jacob Thabo Nelson
Cyril Jacob Robert Emmerson Morgan Olusegun Goodluck Muhammadu Bola Umaru Laurent Alassane
Ellen George Xi Hu Jintao Wen Jiabao Li Keqiang Qiang Wang Yi Zhou Deng Mao Jiang Zemin Zhu
Junichiro Taro Naoto Yukio Shigeru Ban Ki-moon Roh Lee Myung-bak Park Geun-hye Chung Thaksin
Yingluck Prayuth Abhisit Aung San Suu Kyi Than Shwe Min Aung Hlaing Joko Susilo Bambang Megawati
Mahathir Najib Anwar Gloria Rodrigo Ferdinand Benigno Corazon Hun Sen Nguyen Kofi Antonio Boutros
Javier Jens Jaap Anders Fogh Rasmussen Mette Stefan Dag Hammarskjold Kurt Dmitriy Nursultan Kassym-Jomart
Islam Emomali Saparmurat Gurbanguly Ilham Heydar Serzh Nikol Mikheil Eduard Giorgi Irakli Alexander
Lukashenko Viktor Yulia Leonid Petro Volodymyr Arseniy Denys Vitali Vitaly Oleg Alexei Navalny
Garry Mikhail Boris Gennady Sergei Kirill Patriarch Benedict Francis Karol Joseph Jorge Mario
Ayatollah Ruhollah Ali Akbar Hashemi Mahmoud Hassan Mohammad Javad Ebrahim Mir-Hossein Mehdi
Moqtada Nouri Nuri Haider Jalal Masoud Massoud Adel Iyad Ibrahim Tariq Tareq Qusay Uday Abu Musab
Ayman Anwar Osama Mullah Baitullah Hakimullah Fazlullah Gulbuddin Jalaluddin Sirajuddin Haibatullah
Sheikh Hasina Khaleda Tarique Sajeeb Mahinda Gotabaya Ranil Chandrika Velupillai Prabhakaran
Pushpa Kamal Dahal Prachanda Gyanendra Girija Prasad Koirala Sher Bahadur Deuba Madhav Kumar
Jurgen Jürgen Ibrahima Mamadou Moussa Sadio Didier Yaya Kolo Wilfried Kylian Ousmane N'Golo Arne Enzo Erling
Virgil Bukayo Declan Raheem Jadon Jude Granit Thibaut Romelu Eden Rodri Pep Mikel Unai Ange Zinedine Carlo
Gareth Gianni Cristiano Neymar Vinicius Rodrygo Casemiro Thiago Matheus Joao Joaquim Sebastiao Tarcisio
Rajnath Nirmala Piyush Subrahmanyam Devendra Uddhav Eknath Hemant Tejashwi Akhilesh Naveen Chandrababu
Jagan Revanth Siddaramaiah Mallikarjun Priyanka Raghav Virat Rohit Sachin Shubman Jasprit Ravindra Rishabh
Hardik Suryakumar Yashasvi Ravichandran Atiku Kashim Nyesom Yemi Ngozi Wole Chinua Chimamanda Babajide
Nasir Godwin Femi Obafemi Nnamdi Chukwuemeka Oluwaseun Adebayo Tunde Emeka Ifeanyi Kayode Yakubu Aliko
Prabowo Gibran Anies Ganjar Mulyani Retno Luhut Airlangga Kemi Yvette Shabana Suella Priti Sajid Nadhim
Kwasi Humza Sadiq Anas Giorgia Friedrich Annalena Robert Olena Oleksiy Rustem Kyrylo Valerii
Aamir Aditi Afzal Anjum Arjun Arun Ashok Bilal Bushra Deepak Farhan Fawad Gautam Hamza Harish Kiran Manoj Mohsin
Mukesh Nahid Nikhil Pooja Priya Rajesh Rakesh Ramesh Sagar Sanjeev Shahid Shashi Sudarshan Sunil Suresh Usman Vijay
Vikram Waqar Zahid Zubair Abena Aliyu Chiamaka Chinedu Halima Irungu Kwame Kweku Njuguna Olayemi Segun Uchenna Wale
Wanjiru
Kithure Rigathi Kalonzo Musalia Wangari Nentawe Abdelmadjid Abdelaziz Abdelkader Lahcen Oussama Achraf Noussair Kais
Getachew Tedros Jasem Nayib Lando Jannik Aryna Iga Muhyiddin Fadillah Rafizi Paetongtarn Srettha Anutin Meshal Mishal
Yemane Faustin Bassirou Assimi Hakainde Samia Azali Akinwumi Wamkele Mahamat Netumbo Bobi Fouzi Tarik Noureddine
Sofiane Riyad Aymen Amine Rached
Frans Pieter Willem Geert Jakob Yves Philippe Mathieu Tadej Remco Wout
Finn Tadhg Caelan Cormac Seán Ciarán Eoin Micheál Pádraig Padraig Oisín Darragh Cian Niamh Aoife Caoimhe Siobhán Róisín
Kirsty Kirstie Ailsa Morag Hamish Alastair Alasdair Fergus Iain Catriona Mhairi Lachlan Callum Euan Ewan
Freya Imogen Giles Piers Clive Graeme Rhys Dafydd Sian Geraint Huw Owain Rhian Bethan Gwyneth Mairead Orla Oisin Seamus
Aisling Sinead Ruairi Lorcan Eamon Eamonn Colm Donal Ronan Niall Enda Saoirse Ciaran
""".split()
GIVEN_DROP = {
    # a saint's title opening a place's name, no given name in news: "San Siro", "Santa Clara"
    "San", "Santa", "Santo",
    "The", "A", "An", "In", "On", "At", "Of", "And", "But", "He", "She", "It", "They", "We", "His",
    "Her", "This", "That", "President", "Prime", "Minister", "General", "King", "Queen", "Prince",
    "Pope", "Senator", "Mr", "Mrs", "Ms", "Dr", "Saint", "St", "Lord", "Sir", "Lady", "Patriarch",
    "Sheikh", "Ayatollah", "Mullah", "Islam", "Lukashenko", "Lavrov", "Navalny", "Prabhakaran",
    "Prachanda", "Koirala", "Deuba", "Dahal", "Rasmussen", "Hammarskjold", "Lopez", "Lula",
    "Kim", "Jong-un", "Jong", "Un", "Jae-in", "Suk-yeol", "Myung-bak", "Geun-hye", "Ki-moon",
    "Suu", "Kyi", "Shwe", "Hlaing", "Jintao", "Jiabao", "Keqiang", "Zemin", "Fogh",
    "North", "South", "East", "West", "New", "United", "Secretary", "Foreign", "Chief", "Former",
    "Spokesman", "Colonel", "Captain", "Sergeant", "Lieutenant", "Admiral", "Major", "Governor",
    "Judge", "Justice", "Chancellor", "Cardinal", "Archbishop", "Bishop", "Reverend", "Father",
    "Sister", "Brother", "Imam", "Emir", "Crown", "Vice", "Deputy", "Supreme", "Grand", "Mayor",
    "Commander", "Speaker", "Prophet", "Al", "Bin", "Ibn", "Van", "Von", "De", "Du", "La", "Le",
}
SURNAME_EXTRA = """
Brook Brooke Tinubu Ajaero Fadnavis Thackeray Bumrah Stokes Latham
Hichilema Geingob Tebboune Sheinbaum Bukele Gachagua Kindiki Musyoka Merz
Putin Medvedev Lavrov Peskov Shoigu Ushakov Navalny Gorbachev Yeltsin Khodorkovsky Zelensky Zelenskyy
Poroshenko Yanukovych Yushchenko Tymoshenko Klitschko Lukashenko Nazarbayev Tokayev Aliyev Saakashvili
Xi Jinping Hu Jintao Wen Jiabao Li Keqiang Wang Mao Deng Zemin Kim Jong-un Jong-il Il-sung Moon Yoon
Park Roh Abe Kishida Suga Koizumi Modi Gandhi Singh Vajpayee Kejriwal Nehru Sharif Bhutto Zardari
Musharraf Khan Karzai Ghani Taliban Mullah Akhundzada Haqqani Zawahiri Baghdadi Zarqawi Laden
Assad Hussein Saddam Maliki Abadi Sadr Sistani Barzani Talabani Erdogan Gul Davutoglu Netanyahu Olmert
Sharon Peres Rabin Barak Livni Bennett Lapid Gantz Abbas Arafat Haniyeh Meshaal Sinwar Mubarak Morsi
Sisi Gadhafi Qaddafi Gaddafi Kadhafi Bouteflika Bashir Kiir Machar Museveni Kagame Kenyatta Ruto
Odinga Kibaki Mugabe Mnangagwa Tsvangirai Zuma Ramaphosa Mbeki Mandela Buhari Tinubu Obasanjo Jonathan
Ouattara Gbagbo Kabila Tshisekedi Ahmadinejad Rouhani Raisi Khamenei Khomeini Zarif Rafsanjani Khatami
Mousavi Larijani Salman Abdullah Bush Obama Trump Biden Harris Clinton Cheney Rumsfeld Powell Rice
Pelosi McConnell Schumer Sanders Pompeo Blinken Austin Kerry Gates Mattis Petraeus McChrystal
Blair Brown Cameron May Johnson Truss Sunak Starmer Corbyn Farage Thatcher Major Merkel Scholz Schroeder
Steinmeier Chirac Sarkozy Hollande Macron Le Pen Villepin Berlusconi Prodi Renzi Meloni Draghi Conte
Zapatero Rajoy Sanchez Aznar Lula Bolsonaro Rousseff Chavez Maduro Morales Uribe Santos Petro Castro
Fox Calderon Obrador Kirchner Macri Milei Fujimori Humala Ortega Correa Trudeau Harper Chretien Howard
Rudd Gillard Abbott Turnbull Morrison Albanese Ardern Annan Guterres Ban Ki-moon Boutros-Ghali Solana
Barroso Juncker Tusk Leyen Michel Stoltenberg Rasmussen ElBaradei Grossi Blix Lagarde Strauss-Kahn
Wolfowitz Zoellick Thaksin Yingluck Prayuth Suharto Yudhoyono Widodo Jokowi Mahathir Najib Duterte
Marcos Arroyo Aquino Estrada Hun Sen Suu Kyi Than Shwe Hasina Zia Rajapaksa Wickremesinghe Prabhakaran
Gyanendra Koirala Prachanda Deuba Oli Dahal Karimov Mirziyoyev Rahmon Niyazov Berdymukhammedov
Milosevic Karadzic Mladic Tadic Vucic Kostunica Thaci Kosovo Tito Walesa Kaczynski Duda Orban
Babis Fico Tsipras Mitsotakis Papandreou Erdogan Kurz Rutte Wilders Stoltenberg Lofven Zelenskiy
Ushakov Kim Jong Un Shoigu Gerasimov Prigozhin Kadyrov Sobyanin Matviyenko Volodin Nebenzia
""".split()
SURNAME_DROP = {
    "The", "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "Taliban", "Mullah", "Kosovo", "Jinping",
    "Jintao", "Jiabao", "Keqiang", "Jong-un", "Jong-il", "Il-sung", "Jong", "Un", "Ki-moon", "Suu",
    "Kyi", "Shwe", "Sen", "Pen", "Le", "Al", "Bin", "Ibn", "Van", "Von", "De", "Du", "La", "Ban",
    "Minister", "President", "Secretary", "General", "Council", "Party", "Department", "Ministry",
    "House", "Office", "Church", "Street", "University", "City", "Hospital", "Airport", "Bank",
}

MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"}

# ---------------------------------------------------------------- orgs
ORGS = """
Reuters|AP|Associated Press|The Associated Press|AFP|Agence France-Presse|Agence France Presse|Efe|EFE
Xinhua|TASS|Tass|ITAR-TASS|RIA Novosti|RIA|Interfax|Sputnik|RT|IANS|PTI|Press Trust of India|ANI|UNI
Yonhap|Kyodo|Kyodo News|KCNA|Korean Central News Agency|Anadolu|Anadolu Agency|IRNA|Fars|Tasnim|ISNA
Mehr|WAM|SPA|Saudi Press Agency|MENA|Petra|SANA|QNA|KUNA|Bernama|Antara|PNA|Dpa|DPA|ANSA|Europa Press
Belga|APA|CTK|PAP|Ukrinform|UNIAN|BNS|Prensa Latina|Notimex|Telam|CNA|Central News Agency
BBC|BBC News|CNN|Al Jazeera|Al-Jazeera|al-Jazeera|Al Arabiya|Bloomberg|Bloomberg News|Dow Jones
VOA|Voice of America|NPR|PBS|ABC|ABC News|CBS|CBS News|NBC|NBC News|Fox News|MSNBC|CNBC|Sky News|ITV
Channel 4|Channel 4 News|Euronews|France 24|Deutsche Welle|DW|NHK|CCTV|CGTN|Global Times|People's Daily
China Daily|South China Morning Post|Times of India|The Times of India|Hindustan Times|The Hindu
Indian Express|The Indian Express|NDTV|Dawn|Haaretz|Jerusalem Post|The Jerusalem Post|Times of Israel
The Times of Israel|Kommersant|Izvestia|Pravda|Vedomosti|Novaya Gazeta|Le Monde|Le Figaro|Liberation
Der Spiegel|Spiegel|Bild|Die Welt|Frankfurter Allgemeine|El Pais|El País|La Repubblica|Corriere della Sera
The New York Times|New York Times|The Washington Post|Washington Post|The Wall Street Journal
Wall Street Journal|WSJ|USA Today|Los Angeles Times|Chicago Tribune|The Boston Globe|Boston Globe
The Guardian|Guardian|The Observer|The Times|The Sunday Times|The Telegraph|Daily Telegraph
The Daily Telegraph|The Independent|Financial Times|FT|The Economist|Economist|Daily Mail|Mail Online
The Sun|Daily Mirror|Mirror|Evening Standard|The Atlantic|The New Yorker|Newsweek|Time magazine
Politico|Axios|The Hill|Vox|BuzzFeed|BuzzFeed News|HuffPost|Huffington Post|Vice|Vice News|Forbes
Fortune|Business Insider|Insider|CNET|TechCrunch|Wired|The Verge|Nikkei|Asahi|Asahi Shimbun|Yomiuri
Mainichi|Japan Times|The Japan Times|Korea Herald|The Korea Herald|Korea Times|JoongAng Ilbo
Chosun Ilbo|Straits Times|The Straits Times|Sydney Morning Herald|The Australian|ABC Australia|CBC
Globe and Mail|The Globe and Mail|Toronto Star|Irish Times|The Irish Times|Al-Ahram|Al Ahram|Asharq Al-Awsat
Business Standard|Economic Times|The Economic Times|Mint|Livemint|Scroll|The Wire|The Athletic|ESPN
Sky Sports|BBC Sport|Reuters TV|AP News|Meduza|Novaya|RBC|Ekho Moskvy|Rossiya|Channel One|NTV|RTVI
Kremlin|Pentagon|White House|Downing Street|Elysee|Élysée|Elysee Palace|Quai d'Orsay|Foggy Bottom
Blue House|Zhongnanhai|Knesset|Duma|State Duma|Federation Council|Bundestag|Bundesrat|Bundeswehr
Rada|Verkhovna Rada|Sejm|Majlis|Lok Sabha|Rajya Sabha|Diet|Storting|Riksdag|Folketing|Oireachtas|Dail
Congress|U.S. Congress|US Congress|Senate|U.S. Senate|US Senate|House of Representatives
House of Commons|House of Lords|Parliament|European Parliament|National Assembly|National People's Congress
State Council|Politburo|Central Committee|Supreme Court|U.S. Supreme Court|US Supreme Court
International Court of Justice|ICJ|International Criminal Court|ICC|European Court of Human Rights
European Court of Justice|State Department|U.S. State Department|US State Department|Foreign Office
Home Office|Treasury|Federal Reserve|Fed|Bank of England|European Central Bank|ECB|Bank of Japan|BOJ
People's Bank of China|PBOC|Reserve Bank of India|RBI|Bundesbank|Central Bank of Russia|Bank of Russia
FBI|CIA|NSA|DHS|Homeland Security|Department of Homeland Security|FEMA|FDA|CDC|EPA|SEC|FTC|FCC|NASA
DOJ|Justice Department|Defense Department|Department of Defense|Pentagon|Secret Service|ATF|DEA|ICE
IRS|NIH|NOAA|National Guard|Marines|Marine Corps|U.S. Marine Corps|Navy|Air Force|Royal Navy
Royal Air Force|RAF|MI5|MI6|GCHQ|Scotland Yard|Metropolitan Police|Met Police|NHS|Ofcom|Ofgem|BoE
FSB|KGB|GRU|SVR|Rosneft|Gazprom|Lukoil|Rosatom|Roscosmos|Aeroflot|Sberbank|VTB|Novatek|Wagner
Wagner Group|Mossad|Shin Bet|IDF|Israel Defense Forces|IRGC|Revolutionary Guards|Islamic Revolutionary Guard Corps
Quds Force|Basij|ISI|RAW|Mossad|Hamas|Hezbollah|Hizbollah|Fatah|PLO|Palestinian Authority|PA
Islamic Jihad|al-Qaida|al-Qaeda|Al-Qaeda|Al Qaeda|al Qaeda|Al-Qaida|Taliban|Taleban|ISIS|ISIL|Islamic State
IS|Daesh|Boko Haram|al-Shabab|Al-Shabaab|al-Shabaab|Houthis|Houthi|Ansar Allah|PKK|YPG|SDF|HTS|Hayat Tahrir al-Sham
Nusra Front|Muslim Brotherhood|Hamas|Lashkar-e-Taiba|Jaish-e-Mohammed|Tehreek-e-Taliban|TTP|FARC|ELN
ETA|IRA|Real IRA|Sinn Fein|Tamil Tigers|LTTE|Maoists|Janjaweed|Lord's Resistance Army|LRA|M23|RSF
Rapid Support Forces|Police Scotland|Ku Klux Klan|Proud Boys|Red Army|Red Guards
United Nations|UN|U.N.|UN Security Council|U.N. Security Council|Security Council|UN General Assembly
General Assembly|UNICEF|UNESCO|UNHCR|UNDP|UNRWA|WFP|World Food Programme|World Food Program|FAO
WHO|World Health Organization|World Health Organisation|IAEA|International Atomic Energy Agency
ILO|IOM|OCHA|UNAIDS|UNFPA|UNEP|WMO|ITU|WIPO|UNCTAD|IMF|International Monetary Fund|World Bank
WTO|World Trade Organization|OECD|OPEC|OPEC+|G7|G8|G20|G-7|G-8|G-20|BRICS|NATO|Nato|EU|European Union
European Commission|European Council|Council of Europe|OSCE|ASEAN|African Union|AU|Arab League
League of Arab States|Gulf Cooperation Council|GCC|SCO|Shanghai Cooperation Organisation|CIS|EAEU
Eurasian Economic Union|CSTO|Mercosur|APEC|SAARC|ECOWAS|SADC|IGAD|Commonwealth|Interpol|Europol
Frontex|Red Cross|International Committee of the Red Cross|ICRC|Red Crescent|Amnesty International
Amnesty|Human Rights Watch|HRW|Doctors Without Borders|MSF|Medecins Sans Frontieres|Oxfam|Save the Children
Greenpeace|WWF|Transparency International|Reporters Without Borders|RSF|CPJ|Committee to Protect Journalists
Gates Foundation|Bill & Melinda Gates Foundation|Wikileaks|WikiLeaks|IOC|International Olympic Committee
FIFA|UEFA|NBA|NFL|MLB|NHL|ATP|WTA|ICC|BCCI|IPL|Premier League|Bundesliga|La Liga|Serie A|Ligue 1
Manchester United|Man United|Manchester City|Man City|Liverpool FC|Chelsea|Arsenal|Tottenham|Spurs
Real Madrid|Barcelona FC|FC Barcelona|Bayern Munich|Juventus|AC Milan|Inter Milan|PSG|Paris Saint-Germain
Aston Villa|Tottenham Hotspur|West Ham|Crystal Palace|Nottingham Forest|Leicester City|Everton|Wolves
Atletico Madrid|Atlético Madrid|Real Sociedad|Real Betis|Athletic Bilbao|Borussia Dortmund|Bayer Leverkusen
RB Leipzig|Eintracht Frankfurt|Schalke|AS Roma|Napoli|Fiorentina|Atalanta|Ajax|PSV Eindhoven|Feyenoord|Benfica
Celtic|Galatasaray|Fenerbahce|Boca Juniors|River Plate|Inter Miami|Brighton & Hove Albion
FC Goa|Kerala Blasters|Mohun Bagan|East Bengal|Bengaluru FC|Mumbai City FC
Labour|Labour Party|Conservative Party|Tory Party|Liberal Democrats|Lib Dems|SNP|Scottish National Party
Plaid Cymru|DUP|Democratic Unionist Party|UKIP|Reform UK|Brexit Party|Green Party|Democratic Party
Republican Party|GOP|Communist Party|Chinese Communist Party|CCP|CPC|United Russia|BJP|Bharatiya Janata Party
Congress Party|Indian National Congress|AAP|Aam Aadmi Party|Trinamool Congress|TMC|Shiv Sena|CPI(M)
Likud|Kadima|Yesh Atid|Workers' Party|Korean Workers' Party|Workers' Party of Korea|AKP|CHP|HDP|MHP
CDU|CSU|SPD|FDP|AfD|Die Linke|National Rally|Front National|National Front|La Republique en Marche
Renaissance|Forza Italia|Brothers of Italy|Lega|Northern League|Five Star Movement|PSOE|Podemos|Vox
Partido Popular|Fidesz|Law and Justice|PiS|Syriza|New Democracy|ANC|African National Congress|ZANU-PF
MDC|PPP|Pakistan Peoples Party|PML-N|PTI|Pakistan Tehreek-e-Insaf|Awami League|BNP|NLD
National League for Democracy|KMT|Kuomintang|DPP|LDP|Liberal Democratic Party|Baath Party|Ba'ath Party
Labor|Australian Labor Party|Liberal National Party|One Nation|All Progressives Congress|APC|Peoples Democratic Party|PDP
All England Club|All India Radio|All Blacks
Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|X Corp|TikTok|ByteDance
Tencent|Alibaba|Baidu|Huawei|ZTE|Xiaomi|Samsung|LG|Hyundai|Kia|SK Hynix|Sony|Toyota|Honda|Nissan
Mitsubishi|Panasonic|Toshiba|Hitachi|SoftBank|Nintendo|Tesla|SpaceX|Neuralink|OpenAI|Anthropic|Nvidia
Intel|AMD|Advanced Micro Devices|IBM|Oracle|Cisco|Qualcomm|Netflix|Disney|Walt Disney|Warner Bros|Uber|Lyft|Airbnb|PayPal
Visa|Mastercard|JPMorgan|JPMorgan Chase|Goldman Sachs|Morgan Stanley|Citigroup|Citi|Bank of America
Wells Fargo|HSBC|Barclays|Lloyds|NatWest|Standard Chartered|Deutsche Bank|BNP Paribas|Credit Suisse
UBS|Santander|BlackRock|Berkshire Hathaway|Exxon|ExxonMobil|Exxon Mobil|Chevron|Shell|BP|TotalEnergies
Total|Saudi Aramco|Aramco|Petrobras|PDVSA|Sinopec|PetroChina|CNOOC|Glencore|Rio Tinto|BHP|Vale
Boeing|Airbus|Lockheed Martin|Raytheon|Northrop Grumman|General Dynamics|BAE Systems|Rheinmetall
General Motors|GM|Ford|Chrysler|Stellantis|Volkswagen|VW|BMW|Mercedes|Mercedes-Benz|Daimler|Renault
Peugeot|Fiat|Ferrari|Volvo|Tata|Tata Motors|Tata Steel|Tata Group|Reliance|Reliance Industries|Infosys
Wipro|Adani|Adani Group|Mahindra|Maruti Suzuki|Suzuki|Walmart|Costco|Target|Starbucks|McDonald's
Coca-Cola|PepsiCo|Nestle|Nestlé|Unilever|Procter & Gamble|Johnson & Johnson|Pfizer|Moderna|BioNTech
AstraZeneca|Novartis|Roche|Sanofi|GSK|GlaxoSmithKline|Merck|Bayer|Siemens|Nokia|Ericsson|Vodafone
Telefonica|AT&T|Verizon|T-Mobile|Emirates|Qatar Airways|Lufthansa|Air France|British Airways|Delta
Marks and Spencer|Marks & Spencer|Delta Air Lines|United Airlines|American Airlines|Ryanair|easyJet|Tupperware|Tupperware Brands
Nasdaq|NYSE|New York Stock Exchange|London Stock Exchange|Dow|S&P|Moody's|Fitch|Standard & Poor's
Harvard|Harvard University|Yale|Stanford|MIT|Oxford University|University of Oxford|Cambridge University
University of Cambridge|Princeton|Columbia University|Far Eastern Federal University|Sorbonne
Vatican|Holy See|Church of England|Catholic Church|Roman Catholic Church|Russian Orthodox Church
Al-Azhar|Salvation Army|Scotland Yard|Interior Ministry|Foreign Ministry|Defence Ministry|Defense Ministry
Ministry of Defence|Ministry of Foreign Affairs|Health Ministry|Finance Ministry|Cabinet Office
Nasa|Unicef|Unesco|Opec|Fifa|Uefa|Ofcom|Ofgem|Ofwat|Ofsted|Cobra|COBR
Red Bull|McLaren|Aston Martin|Tesco|Sainsbury's|Asda|Safaricom|MTN|Jumia|Sonatrach|Ecobank|Etihad|Petronas|Maybank
Novo Nordisk|Eli Lilly|AbbVie|Amgen|Regeneron|Bristol Myers Squibb|Activision|Activision Blizzard|Electronic Arts
Ubisoft|Epic Games|Take-Two|NetEase|BYD|CATL|TSMC|Foxconn|Broadcom|Rivian|DoorDash|Spotify|Klarna|Shein|Temu
Binance|Coinbase|FTX|Enron|Lehman Brothers|BASF|Allianz|Commerzbank|Adidas|Vonovia|Deutsche Wohnen|LVMH|Kering
L'Oréal|Danone|IKEA|H&M|Maersk|Equinor|Anglo American|Embraer|ADNOC|Naspers|Prosus|Hershey|Mondelez
Mondelez International|Kraft Heinz|Ocado|Wizz Air|BBVA|Société Générale|Rabobank
Sunday Times|Sunday Telegraph|The Sunday Telegraph|Mail on Sunday|The Mail on Sunday|Sunday Mirror|Sunday Express|Sunday Post
Porsche|Audi|Skoda|Škoda|Jeep|Vauxhall|Citroën|Citroen|Maserati|Alfa Romeo|Geely|Nio
Historic England|English Heritage|National Trust
""".replace("\n", "|").split("|")
ORGS = [o.strip() for o in ORGS if o.strip()]
ORG_KEEP_THE = {"The Associated Press", "The New York Times", "The Washington Post", "The Times",
                "The Guardian", "The Independent", "The Economist", "The Hague", "The Athletic",
                "The Wall Street Journal", "The Sun", "The Hill"}
# GMB ORG spans (>= 3) that are not organisation names or are too generic on their own
ORG_DROP = {
    "State", "Army", "Committee", "Council", "House", "United", "North", "Times", "Muslim", "Muslims",
    "Cabinet", "Philippine", "Western", "American", "Tamil", "Shi'ite", "AIDS", "HIV", "Prophet Muhammad",
    "Saddam", "Abu Musab", "Bush", "Yushchenko", "Ahmadinejad", "General Musharraf", "King Gyanendra",
    "U.N. Secretary-General", "United Nations Secretary-General", "U.S. Defense", "Delta", "Marines",
    "Darfur", "Kosovo", "Tibet", "Kashmir", "Abu Ghraib", "Ministry", "Department", "Party", "Court",
    "Commission", "Agency", "Assembly", "Parliament", "Government", "Navy", "Air Force", "Police",
    "Secretary-General", "Secretary", "President", "Minister", "Prime Minister", "Foreign", "Defense",
    "Interior", "National", "International", "Union", "Organization", "Group", "Company", "Corporation",
    "Bank", "Board", "Office", "Service", "Forces", "Islamic", "Shiite", "Sunni", "Kurdish", "Tamil Tiger",
    "Tamil Tigers rebels", "Al", "Al-", "The", "Senator", "Representative", "Mr.", "Mrs.", "Democrats",
    "Republicans", "Democratic", "Republican", "Communist", "Socialist", "Labor", "Conservative",
    "Liberal", "Green", "Greens", "People", "Revolutionary", "Southern", "Northern", "Eastern",
    "Central", "Federal", "Supreme", "High", "Higher", "Joint", "Royal", "Civil", "Public",
}

# head/suffix words that make a capitalised name a place, an event, or no entity at all (awards, works)
NAME_KEYWORDS = {
    "Street": "place-suffix", "St": "place-suffix", "Avenue": "place-suffix", "Ave": "place-suffix",
    "Road": "place-suffix", "Boulevard": "place-suffix", "Lane": "place-suffix", "Square": "place-suffix",
    "Bridge": "place-suffix", "Airport": "place-suffix", "Station": "place-suffix", "Stadium": "place-suffix", "Town Hall": "place-suffix", "City Hall": "place-suffix",
    "Arena": "place-suffix", "Oval": "place-suffix", "Park": "place-suffix", "Island": "place-suffix", "Islands": "place-suffix",
    "Peninsula": "place-suffix", "River": "both-place", "Lake": "both-place", "Mountain": "place-suffix",
    "Mountains": "place-suffix", "Valley": "place-suffix", "Bay": "place-suffix", "Sea": "place-suffix",
    "Ocean": "place-suffix", "Gulf": "place-suffix", "Strait": "place-suffix", "Canal": "place-suffix",
    "Desert": "place-suffix", "Forest": "place-suffix", "County": "both-place", "Province": "place-suffix",
    "District": "place-suffix", "Region": "place-suffix", "Township": "place-suffix", "Heights": "place-suffix",
    "Hills": "place-suffix", "Coast": "place-suffix", "Beach": "place-suffix", "Harbour": "place-suffix",
    "Harbor": "place-suffix", "Palace": "place-suffix", "Castle": "place-suffix", "Cathedral": "place-suffix",
    "Temple": "place-suffix", "Mosque": "place-suffix", "Plaza": "place-suffix", "Highway": "place-suffix",
    "Railroad": "place-suffix", "Railway": "place-suffix", "Pass": "place-suffix", "Falls": "place-suffix",
    "Mount": "place-head", "Mt": "place-head", "Mt.": "place-head", "Cape": "place-head", "Gulf of": "place-head",
    "Bay of": "place-head", "Sea of": "place-head", "Isle of": "place-head", "Strait of": "place-head",
    "Lake of": "place-head", "Port of": "place-head",
    # mountain passes named in French, the word for a pass first: "Col du Tourmalet", "Col de la Madeleine"
    "Col de": "place-head", "Col du": "place-head",
    # streets and squares named in their own language, the word for the kind first: "Avenida Paulista", "Plaza de Cibeles"
    "Avenida": "place-head", "Rua": "place-head", "Calle": "place-head", "Paseo": "place-head", "Piazza": "place-head",
    "Praça": "place-head", "Rue": "place-head", "Plaza de": "place-head", "Place de": "place-head",
    # palaces, stadiums and esplanades named so: "Palácio do Planalto", "Stade de France", "Estadio Azteca"
    "Palácio": "place-head", "Palais": "place-head", "Palazzo": "place-head", "Stade": "place-head", "Estadio": "place-head",
    "Estádio": "place-head", "Esplanada": "place-head",
    "War": "event-suffix", "Wars": "event-suffix", "Campaign": "event-suffix", "Offensive": "event-suffix",
    "Revolution": "event-suffix", "Uprising": "event-suffix", "Massacre": "event-suffix", "Crisis": "event-suffix",
    "Festival": "event-suffix", "Championship": "event-suffix", "Championships": "event-suffix",
    "Cup": "event-suffix", "Games": "event-suffix", "Olympics": "event-suffix", "Open": "event-suffix",
    "Grand Prix": "event-suffix", "Tournament": "event-suffix", "Summit": "event-suffix", "Expo": "event-suffix",
    "Battle of": "event-head", "Siege of": "event-head", "Operation": "event-head", "Treaty of": "event-head",
    "Award": "none-suffix", "Awards": "none-suffix", "Prize": "none-suffix", "Trophy": "none-suffix",
    "Medal": "none-suffix", "Act": "none-suffix", "Bill": "none-suffix", "Album": "none-suffix",
    # towns and natural or built places named by their head word ("Atlantic City", "Hancock Brook", "Ottoman Empire")
    "City": "place-suffix", "Empire": "place-suffix", "Cave": "place-suffix", "Caves": "place-suffix",
    "Reservoir": "place-suffix", "Pond": "place-suffix", "Brook": "place-suffix", "Creek": "place-suffix",
    "Dock": "place-suffix", "Docks": "place-suffix", "Junction": "place-suffix", "Canyon": "place-suffix",
    "Glacier": "place-suffix", "Volcano": "place-suffix", "Reef": "place-suffix", "Parish": "place-suffix",
    "Fault": "place-suffix", "Trench": "place-suffix", "Atoll": "place-suffix",
    # sports grounds named by their head word ("Haydock Park Racecourse", "Daytona International Speedway")
    "Racecourse": "place-suffix", "Racetrack": "place-suffix", "Raceway": "place-suffix", "Speedway": "place-suffix",
    "Velodrome": "place-suffix", "Showground": "place-suffix", "Showgrounds": "place-suffix",
    "Marsh": "place-suffix", "Cove": "place-suffix", "Lagoon": "place-suffix", "Estuary": "place-suffix",
    "Plateau": "place-suffix", "Plains": "place-suffix", "Ridge": "place-suffix", "Peak": "place-suffix",
    "Quay": "place-suffix", "Wharf": "place-suffix", "Pier": "place-suffix", "Terrace": "place-suffix",
    "Expressway": "place-suffix", "Motorway": "place-suffix", "Freeway": "place-suffix", "Tunnel": "place-suffix",
    "Dam": "place-suffix", "Prison": "place-suffix", "Penitentiary": "place-suffix", "Monastery": "place-suffix",
    "Abbey": "place-suffix", "Basilica": "place-suffix", "Borough": "place-suffix", "Prefecture": "place-suffix",
    "Governorate": "place-suffix", "Oblast": "place-suffix", "Territory": "place-suffix",
    "Duchy of": "place-head", "Grand Duchy of": "place-head", "Kingdom of": "place-head", "Emirate of": "place-head",
    "Principality of": "place-head", "Diocese of": "place-head", "Grand Duchy": "place-head", "Island of": "place-head",
    "Battles of": "event-head", "Tour": "event-suffix", "Series": "event-suffix", "Contest": "event-suffix",
    "Referendum": "event-suffix", "Plebiscite": "event-suffix", "Plebiscites": "event-suffix",
    "Marathon": "event-suffix", "Rally": "event-suffix", "Derby": "event-suffix", "Classic": "event-suffix", "Invitational": "event-suffix",
    "Law": "none-suffix", "Laws": "none-suffix", "Clause": "none-suffix",
    # a page's copyright notice: "All Rights Reserved"
    "Rights Reserved": "none-suffix",
    "Theater": "place-suffix", "Theatre": "place-suffix", "Hall": "place-suffix", "Courthouse": "place-suffix",
    # plural landforms ending a place's name, no team's nickname: "Pacific Palisades", "Kensington Gardens"
    "Palisades": "place-suffix", "Springs": "place-suffix", "Gardens": "place-suffix", "Garden": "place-suffix", "Meadows": "place-suffix",
    "Sands": "place-suffix", "Narrows": "place-suffix", "Flats": "place-suffix", "Highlands": "place-suffix",
    "Lakes": "place-suffix",
    # named storms: "Hurricane Milton", "Typhoon Haiyan", "Storm Ciaran"
    "Hurricane": "event-head", "Typhoon": "event-head", "Cyclone": "event-head", "Storm": "event-head",
    "Tropical Storm": "event-head",
    # named wildfires: "the Palisades Fire", "the Camp Fire" (a fire service's name ends in its own keyword: "Fire Department")
    "Fire": "event-suffix",
}

ORG_KEYWORDS = {
    "University": "both", "College": "both", "School": "suffix", "Elementary": "suffix", "Academy": "both", "Institute": "both", "Observatory": "both",
    "Bank": "both", "Ministry": "head", "Party": "suffix", "Council": "both", "Commission": "both",
    "Embassy": "suffix", "Consulate": "suffix", "Chamber": "both", "Chambers": "both",
    "Committee": "both", "Agency": "suffix", "Corporation": "suffix", "Corp": "suffix", "Corp.": "suffix",
    "Inc": "suffix", "Inc.": "suffix", "Ltd": "suffix", "Ltd.": "suffix", "LLC": "suffix", "LLP": "suffix",
    "plc": "suffix", "PLC": "suffix", "AG": "suffix", "GmbH": "suffix", "SA": "suffix", "S.A.": "suffix",
    "NV": "suffix", "AB": "suffix", "ASA": "suffix", "SpA": "suffix", "Holdings": "suffix",
    "Group": "suffix", "Association": "both", "Federation": "both", "Union": "suffix",
    "Department": "both", "Office": "suffix", "Service": "suffix", "Services": "suffix", "Survey": "suffix",
    "Army": "suffix", "Army of": "head", "Center": "both", "Centre": "both", "Conference": "suffix", "Caucus": "suffix", "Ministry": "head", "Navy": "suffix", "Air Force": "suffix", "Guard": "suffix", "Guards": "suffix",
    "Court": "suffix", "Tribunal": "suffix", "Assembly": "suffix", "Congress": "both",
    "Parliament": "suffix", "Senate": "suffix", "Cabinet": "suffix", "FC": "both", "AFC": "both",
    "CF": "suffix", "SC": "suffix", "United": "suffix", "Utd": "suffix", "Club": "suffix",
    "Rovers": "suffix", "Wanderers": "suffix", "Athletic": "suffix", "Airlines": "suffix",
    "Airways": "suffix", "Air Lines": "suffix", "Railways": "suffix", "Railroad": "suffix", "Times": "suffix", "Post": "suffix", "News": "suffix",
    "Herald": "suffix", "Tribune": "suffix", "Journal": "suffix", "Gazette": "suffix", "Daily": "both",
    "Chronicle": "suffix", "Telegraph": "suffix", "Express": "suffix", "Standard": "suffix",
    "Observer": "suffix", "Mail": "suffix", "Magazine": "suffix", "Press": "suffix",
    "Foundation": "suffix", "Fund": "suffix", "Trust": "suffix", "Organization": "both",
    "Organisation": "both", "Authority": "suffix", "Board": "suffix", "Company": "suffix", "Co": "suffix",
    "Co.": "suffix", "Bureau": "suffix", "Police": "suffix", "Forces": "suffix", "Force": "suffix",
    "Front": "suffix", "Movement": "suffix", "League": "both", "Network": "suffix", "Networks": "suffix", "Breweries": "suffix", "Platforms": "suffix",
    "Television": "suffix", "TV": "suffix", "Radio": "both", "Broadcasting": "suffix",
    "Broadcasting Corporation": "suffix", "Channel": "suffix", "Studios": "suffix", "Pictures": "suffix",
    "Records": "suffix", "Motor": "suffix", "Motors": "suffix", "Industries": "suffix", "Technologies": "suffix",
    "Technology": "suffix", "Systems": "suffix", "Energy": "suffix", "Petroleum": "suffix",
    "Oil": "suffix", "Gas": "suffix", "Pharmaceuticals": "suffix", "Capital": "suffix",
    "Partners": "suffix", "Investments": "suffix", "Securities": "suffix", "Insurance": "suffix",
    "Brands": "suffix", "Enterprises": "suffix", "International": "suffix", "Worldwide": "suffix",
    "Labs": "suffix", "Properties": "suffix", "Laboratories": "suffix", "Hospital": "suffix", "Clinic": "suffix",
    "Church": "suffix", "Mission": "suffix", "Society": "suffix", "Institution": "suffix",
    "Alliance": "suffix", "Coalition": "suffix", "Brigade": "suffix", "Brigades": "suffix",
    "Battalion": "suffix", "Regiment": "suffix", "Division": "suffix", "Corps": "suffix",
    "Command": "suffix", "Militia": "suffix", "Council of": "head", "Ministry of": "head",
    "Department of": "head", "University of": "head", "Bank of": "head", "Institute of": "head",
    "Banco": "head", "Instituto": "head", "Partido": "head",
    "Museum": "suffix", "Library": "suffix", "Orchestra": "suffix", "Secretariat": "suffix",
    "Directorate": "suffix", "Inspectorate": "suffix", "Prosecutor's Office": "suffix",
    "Fire Department": "suffix", "Sheriff's Office": "suffix", "Police Department": "suffix",
    "Exchange": "suffix", "Stock Exchange": "suffix", "Reserve": "suffix", "Treasury": "suffix",
    "Cooperative": "suffix", "Syndicate": "suffix", "Consortium": "suffix", "Federal": "head",
    "National": "head", "Royal": "head", "State": "head", "Central": "head",
    "Confederation": "both", "Recordings": "suffix", "Entertainment": "suffix", "Productions": "suffix",
    "Publishing": "suffix", "Publications": "suffix", "Sentinel": "suffix", "Courier": "suffix",
    "Inquirer": "suffix", "Bancorp": "suffix", "Band": "suffix", "Choir": "suffix", "Ensemble": "suffix",
    "Quartet": "suffix", "School District": "suffix", "Lottery": "suffix", "Federal Reserve": "suffix",
    # agencies named by what they run: "Food and Drug Administration", "Small Business Administration"
    "Administration": "suffix", "Electronics": "suffix", "Centers": "both", "Centres": "both",
    # utilities and carriers named after the place they serve: "Welsh Water", "Irish Rail", "British Steel", "BT Telecom"
    "Water": "suffix", "Rail": "suffix", "Steel": "suffix", "Telecom": "suffix", "Telecoms": "suffix", "Electric": "suffix",
    "Utilities": "suffix", "Limited": "suffix", "Plc": "suffix",
    # companies named by their trade: "Vexon Pharma", "Alnylam Therapeutics", "Rio Tinto Mining", "Kraft Foods"
    "Pharma": "suffix", "Therapeutics": "suffix", "Biotech": "suffix", "Biosciences": "suffix", "Ventures": "suffix",
    "Mining": "suffix", "Foods": "suffix", "Bancshares": "suffix",
    # ... and firms named by their trade or line of work: "Nordvik Semiconductor", "Elliott Management",
    # "Greenfield Ortiz Architects", "Brightwater Logistics", "Halvorsen Maritime", "Caldwell Rowe Advisors"
    "Semiconductor": "suffix", "Semiconductors": "suffix", "Management": "suffix", "Architects": "suffix",
    "Builders": "suffix", "Construction": "suffix", "Logistics": "suffix", "Ports": "suffix", "Aerospace": "suffix", "Aviation": "suffix", "Shipping": "suffix", "Maritime": "suffix",
    "Advisors": "suffix", "Advisers": "suffix",
    # market indices, read as their makers' (as the S&P 500 is): "Dow Jones Industrial Average", "Shanghai Composite"
    "Industrial Average": "suffix", "Composite": "suffix",
    # forecasters, pollsters and data firms: "Capital Economics", "Pantheon Macroeconomics", "Moody's Analytics", "Counterpoint Research"
    "Economics": "suffix", "Macroeconomics": "suffix", "Analytics": "suffix", "Research": "suffix",
    # restaurant groups and chains: "Darden Restaurants", "LongHorn Steakhouse", "Texas Roadhouse"
    "Restaurants": "suffix", "Steakhouse": "suffix", "Roadhouse": "suffix",
    # a hospital by its older name, a police unit: "Leeds General Infirmary", "Major Collision Enquiry Team"
    "Infirmary": "suffix", "Team": "suffix",
}

# lower-case nouns naming a kind of organisation, written right before its name: "rock band Coldplay", "news agency AP"
ORG_NOUNS = {
    "band", "label", "company", "firm", "newspaper", "magazine", "journal", "club", "team", "airline", "carrier",
    "broadcaster", "network", "retailer", "manufacturer", "automaker", "carmaker", "bank", "insurer", "maker",
    "giant", "startup", "start-up", "outlet", "daily", "tabloid", "agency", "studio", "publisher", "brand", "chain",
    "orchestra", "ensemble", "duo", "trio", "quartet", "outfit", "charity", "conglomerate", "supermarket",
    "distributor", "developer", "operator", "lender", "insurer", "broadcasters", "bands", "companies", "firms",
    "group", "drugmaker", "chipmaker", "steelmaker", "planemaker", "miner", "brewer", "regulator", "watchdog",
    # political and labour bodies: "Junts, the party of ...", "the union Unite"
    "party", "union", "militia", "movement", "coalition", "alliance", "bloc",
    # "the environmental organisation Instituto Terra", "the insurers Sanitas and Colsanitas"
    "organisation", "organization", "foundation", "insurers",
    # investors, pollsters, apps, grocers: "sovereign fund Mubadala", "pollster Datafolha", "messaging app Telegram",
    # "think tank Bruegel", "the discounters Aldi", "online grocer Ocado", "consultancy Kantar"
    "fund", "pollster", "app", "tank", "discounter", "discounters", "grocer", "consultancy", "brokerage", "utility",
}

# lower-case nouns for a kind of place: "the village of X", "X is a town in ...", "X, a suburb of ..."
PLACE_NOUNS = {
    "town", "village", "city", "municipality", "commune", "suburb", "hamlet", "province", "county", "district",
    "region", "island", "port", "capital", "state", "parish", "borough", "township", "neighbourhood",
    "neighborhood", "settlement", "oblast", "prefecture", "canton", "river", "lake", "mountain", "valley",
}

# lower-case nouns for a kind of work, written right before its title: "the album X", "the film X" (a title is no entity)
WORK_NOUNS = {
    "album", "albums", "single", "song", "songs", "film", "films", "movie", "novel", "book", "EP", "LP", "series",
    "sitcom", "opera", "musical", "video", "anthem", "poem", "painting", "documentary", "soundtrack", "compilation",
    "ballad", "titled", "entitled",
    # a named body or craft is no person or place either: "the asteroid Psyche", "the spacecraft Juno"
    "asteroid", "asteroids", "comet", "comets", "moon", "moons", "spacecraft", "probe",
    # a medicine is a product, no name either: "the drug Leqembi", "the weight-loss jab Wegovy"
    "drug", "drugs", "medicine", "medication", "jab", "pill",
}

# lower-case nouns for a kind of product, written right after its name: "its Blackwell chips", "Patriot missiles"
# (the name is a product, no person or place)
PRODUCT_NOUNS = {
    "chip", "chips", "processor", "processors", "phone", "phones", "smartphone", "smartphones",
    "computer", "computers", "handset", "handsets", "laptop", "laptops", "tablets", "console", "consoles", "headset", "headsets", "app", "apps",
    "chatbot", "jet", "jets", "aircraft", "airliner", "airliners", "drone", "drones", "missile", "missiles",
    "rocket", "rockets", "satellite", "satellites", "helicopter", "helicopters", "warship", "warships",
    "submarine", "submarines", "tanks", "vaccine", "vaccines", "reactor", "reactors", "sedan", "index",
    "crude",  # a grade of oil: "Brent crude", "Urals crude"
    "system", "software", "cloud", "probe", "probes", "spacecraft", "telescope", "rover", "lander", "orbiter", "capsule",
    "assistant", "assistants",  # a voice or AI assistant: "a redesigned Siri assistant", "its Gemini assistant"
}

TITLES = {
    # honorifics / ranks used directly before a name
    "Mr": "person", "Mr.": "person", "Mrs": "person", "Mrs.": "person", "Ms": "person", "Ms.": "person",
    "Miss": "person", "Mx": "person", "Mme": "person", "Mlle": "person", "Dr": "person", "Dr.": "person", "Prof": "person", "Prof.": "person",
    "Professor": "person", "Sir": "person", "Dame": "person", "Lord": "person", "Lady": "person",
    "Baroness": "person", "Baron": "person", "Sen.": "person", "Rep.": "person", "Gov.": "person",
    "Gen.": "person", "Lt.": "person", "Lt. Gen.": "person", "Maj.": "person", "Maj. Gen.": "person",
    "Brig.": "person", "Brig. Gen.": "person", "Col.": "person", "Lt. Col.": "person", "Capt.": "person",
    "Sgt.": "person", "Sgt": "person", "Cpl.": "person",
    # ranks as British style writes them, without a point ("Lt Col Jane Hill"; not "Gen" alone: "Gen Z")
    "Gen": "person", "Col": "person", "Lt Col": "person", "Lt Gen": "person", "Maj Gen": "person", "Brig Gen": "person", "Capt": "person", "Cpl": "person", "Pte": "person",
    # British police ranks as written before a name ("Det Insp Mark Jones", "PC Sarah Hill")
    "Det": "person", "Det.": "person", "Insp": "person", "Insp.": "person", "Supt": "person", "Supt.": "person",
    "Det Insp": "person", "Det Sgt": "person", "Det Supt": "person", "Det Ch Insp": "person", "Det Ch Supt": "person",
    "Det Con": "person", "Ch Insp": "person", "Ch Supt": "person", "Ch Con": "person", "PC": "person", "PCSO": "person", "Pvt.": "person", "Adm.": "person", "Cmdr.": "person",
    "Rev.": "person", "Fr.": "person", "Hon.": "person", "Rt Hon": "person",
    "Sheikh": "person", "Sheik": "person", "Emir": "person", "Ayatollah": "person", "Mullah": "person",
    "Imam": "person", "Rabbi": "person", "Cardinal": "person", "Monsignor": "person", "Father": "person",
    "Sister": "person", "Brother": "person",  "Saint": "person", "Pope": "person", "Patriarch": "person",
    "Archbishop": "person", "Bishop": "person", "Reverend": "person", "King": "person", "Queen": "person",
    "Prince": "person", "Princess": "person", "Crown Prince": "person", "Duke": "person",
    "Duchess": "person", "Earl": "person", "Count": "person", "Countess": "person", "Sultan": "person",
    "Shah": "person", "Tsar": "person", "Czar": "person", "Emperor": "person", "Empress": "person",
    "General": "person", "Colonel": "person", "Major": "person", "Captain": "person",
    "Lieutenant": "person", "Lieutenant General": "person", "Major General": "person",
    "Brigadier": "person", "Brigadier General": "person", "Sergeant": "person", "Corporal": "person",
    "Private": "person", "Admiral": "person", "Vice Admiral": "person", "Vice-Admiral": "person", "Rear Admiral": "person",
    "Commander": "person", "Marshal": "person", "Field Marshal": "person", "Air Marshal": "person",
    "Senator": "person", "Congressman": "person", "Congresswoman": "person",
    "Representative": "person", "Judge": "person", "District Judge": "person", "Circuit Judge": "person",
    "District Attorney": "role", "State Attorney": "role",
    "Magistrate Judge": "person", "Bankruptcy Judge": "person", "Chief Judge": "person", "Justice": "person", "Chief Justice": "person",
    "Detective": "person", "Inspector": "person", "Chief Inspector": "person", "Superintendent": "person",
    "Officer": "person", "Constable": "person", "Agent": "person", "Coach": "person", "Dalai Lama": "person",
    "Prophet": "person", "Mufti": "person", "Grand Mufti": "person", "Sayyed": "person", "Haji": "person",
    # West African and Malaysian honorifics ("Alhaji Aminu Bayero", "Hajiya Aisha Buhari", "Engr. Musa Sani",
    # "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin") and the Canadian police rank "Const."
    "Alhaji": "person", "Alhaja": "person", "Hajiya": "person", "Hajia": "person", "Engr.": "person", "Engr": "person",
    "Datuk": "person", "Datuk Seri": "person", "Dato'": "person", "Dato' Sri": "person", "Datin": "person", "Tan Sri": "person",
    "Puan Sri": "person", "Tun": "person", "Const.": "person", "Trustee": "role", "Trustees": "role",
    # offices / roles (precede or follow a name; never inside the PERSON span)
    "President": "role", "Vice President": "role", "Vice-President": "role", "President-elect": "role",
    "Prime Minister": "role", "Deputy Prime Minister": "role", "PM": "role", "Premier": "role",
    "Chancellor": "role", "Vice Chancellor": "role", "Vice-Chancellor": "role", "Minister": "role", "Foreign Minister": "role",
    "Defence Minister": "role", "Defense Minister": "role", "Interior Minister": "role",
    "Finance Minister": "role", "Health Minister": "role", "Justice Minister": "role",
    "Trade Minister": "role", "Energy Minister": "role", "Economy Minister": "role",
    "Deputy Foreign Minister": "role", "Deputy Minister": "role", "Chief Minister": "role",
    "First Minister": "role", "Secretary": "role", "Secretary of State": "role", "Minister of State": "role",
    "Secretary-General": "role", "Secretary General": "role", "Under Secretary": "role",
    "Undersecretary": "role", "Assistant Secretary": "role", "Home Secretary": "role",
    "Foreign Secretary": "role", "Defence Secretary": "role", "Defense Secretary": "role",
    "Treasury Secretary": "role", "Health Secretary": "role", "Press Secretary": "role",
    "Attorney General": "role", "Attorney-General": "role", "Solicitor General": "role",
    "Governor": "role", "Lieutenant Governor": "role", "Mayor": "role", "Deputy Mayor": "role",
    "Speaker": "role", "Deputy Speaker": "role", "Ambassador": "role", "Envoy": "role",
    "Special Envoy": "role", "Consul": "role", "Commissioner": "role", "High Commissioner": "role",
    "Chairman": "role", "Chairwoman": "role", "Chairperson": "role", "Chair": "role",
    "Chief Executive": "role", "Chief Executive Officer": "role", "CEO": "role", "CFO": "role",
    "COO": "role", "CTO": "role", "Chief Operating Officer": "role", "Chief Financial Officer": "role",
    "Managing Director": "role", "Director": "role", "Director General": "role",
    "Director-General": "role", "Executive Director": "role", "Founder": "role", "Co-founder": "role",
    "Owner": "role", "Head": "role", "Chief": "role", "Leader": "role", "Opposition Leader": "role",
    "Supreme Leader": "role", "Holy Father": "role", "Spokesman": "role", "Spokeswoman": "role", "Spokesperson": "role",
    "Press Officer": "role", "Adviser": "role", "Advisor": "role", "National Security Adviser": "role",
    "Aide": "role", "Deputy": "role", "Prosecutor": "role", "Chief Prosecutor": "role",
    "Attorney": "role", "Lawyer": "role", "Sheriff": "role", "Sheriff Principal": "role", "Police Chief": "role", "Supervisor": "role",
    "Assistant County Attorney": "role", "Administrator": "role", "Treasurer": "role", "Shadow Treasurer": "role", "Comptroller": "role", "Taoiseach": "role", "Tánaiste": "role", "Ceann Comhairle": "role", "Governor-General": "role",
    "Governor General": "role", "Minister-President": "role", "Magistrate": "role", "Assemblyman": "role",
    "Assemblywoman": "role", "Assemblymember": "role", "Alderman": "role", "Alderwoman": "role", "Selectman": "role",
    "Assistant District Attorney": "role", "Assistant Attorney General": "role", "Assistant Chief Constable": "role",
    "Chief of Staff": "role", "Chief of General Staff": "role", "Commander-in-Chief": "role",
    "Head Coach": "role", "Manager": "role", "Captain of": "role", "Editor": "role",
    "Editor-in-Chief": "role", "Correspondent": "role", "Reporter": "role", "Analyst": "role",
    "Economist": "role", "Professor of": "role", "Researcher": "role", "Scientist": "role",
    "MP": "role", "MEP": "role", "Lawmaker": "role", "Legislator": "role", "Councillor": "role",
    "Councilman": "role", "Councilmember": "role", "Cllr": "role", "Cllr.": "role", "Councilwoman": "role", "Monarch": "role", "Regent": "role",
    "Dictator": "role", "Strongman": "role", "Warlord": "role", "Tycoon": "role", "Billionaire": "role",
    "coach": "role", "leader": "role", "spokesman": "role", "spokeswoman": "role",
    "spokesperson": "role", "president": "role", "minister": "role", "chairman": "role",
    "director": "role", "secretary": "role", "ambassador": "role", "envoy": "role", "mayor": "role",
    "governor": "role", "senator": "role", "aide": "role", "adviser": "role", "chief": "role",
    "manager": "role", "official": "role", "officials": "role", "head": "role",
}
# occupational and rank words that also split a name from what precedes it ("Engineer John Greiner")
for _t, _k in {"Engineer": "role", "Coroner": "role", "Senior": "role",
    "Junior": "role", "Coach": "role", "Detective": "role", "Inspector": "role", "Officer": "role",
    "Constable": "role", "Sergeant": "role", "Lieutenant": "role", "Colonel": "role", "Major": "role",
    "Captain": "role", "Commander": "role", "Admiral": "role", "Corporal": "role", 
    "Striker": "role", "Midfielder": "role", "Defender": "role", "Goalkeeper": "role",
    "Manager": "role", "Chairman": "role", "Chairwoman": "role", "Chief": "role", "Spokesman": "role",
    "Spokeswoman": "role", "Spokesperson": "role", "Ambassador": "role", "Envoy": "role", "Judge": "role",
    "Justice": "role", "Bishop": "role", "Archbishop": "role", "Reverend": "role", "Deputy": "role",}.items():
    TITLES.setdefault(_t, _k)


# ---------------------------------------------------------------- dates / numbers
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def months():
    out = []
    for i, m in enumerate(_MONTHS, 1):
        out.append((m, i))
        ab = m[:3]
        if m != ab:
            out.append((ab, i))
            if m != "May":
                out.append((ab + ".", i))
    out += [("Sept", 9), ("Sept.", 9), ("Febr.", 2)]
    return out


_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekdays():
    extra = {"Tuesday": ["Tue", "Tue.", "Tues", "Tues."], "Wednesday": ["Wed", "Wed."],
             "Thursday": ["Thu", "Thu.", "Thur", "Thur.", "Thurs", "Thurs."], "Monday": ["Mon", "Mon."],
             "Friday": ["Fri", "Fri."], "Saturday": ["Sat", "Sat."], "Sunday": ["Sun", "Sun."]}
    out = []
    for i, d in enumerate(_DAYS, 1):
        out.append((d, i))
        out.append((d + "s", i))
        for e in extra[d]:
            out.append((e, i))
    return out


def number_words():
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"]
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
    big = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "dozen": 12, "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6,
           "billions": 10**9, "lakh": 100000, "lakhs": 100000, "crore": 10**7, "crores": 10**7,
           "bn": 10**9, "mn": 10**6, "m": 10**6, "tn": 10**12, "k": 1000, "half": 0.5, "quarter": 0.25,
           "score": 20, "couple": 2, "pair": 2, "nil": 0, "none": 0, "once": 1, "twice": 2, "thrice": 3}
    ords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]
    tens_ord = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
                "millionth": 10**6, "billionth": 10**9}
    out = [(w, i) for i, w in enumerate(ones)]
    out += list(tens.items()) + list(big.items())
    out += [(w, i) for i, w in enumerate(ords) if i > 0]
    out += list(tens_ord.items())
    # compound ordinals twenty-first .. ninety-ninth
    for t, tv in tens.items():
        for i in range(1, 10):
            out.append(("%s-%s" % (t, ords[i]), tv + i))
    out = [(w, ("%g" % v) if isinstance(v, float) else v) for w, v in out]
    # capitalised forms for sentence start
    out += [(w.capitalize(), v) for w, v in out if w.isalpha() and len(w) > 2]
    return out


CURRENCIES = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD": "USD", "dollar": "USD", "dollars": "USD",
    "US dollar": "USD", "US dollars": "USD", "U.S. dollar": "USD", "U.S. dollars": "USD", "buck": "USD",
    "bucks": "USD", "cent": "USD", "cents": "USD",
    "€": "EUR", "EUR": "EUR", "euro": "EUR", "euros": "EUR", "Euro": "EUR", "Euros": "EUR",
    "£": "GBP", "GBP": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pounds sterling": "GBP",
    "pence": "GBP", "p": "GBP", "quid": "GBP",
    "¥": "JPY", "JPY": "JPY", "yen": "JPY", "JP¥": "JPY",
    "CN¥": "CNY", "RMB": "CNY", "yuan": "CNY", "renminbi": "CNY", "CNY": "CNY",
    "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR", "rupee": "INR", "rupees": "INR",
    "₩": "KRW", "won": "KRW", "KRW": "KRW",
    "₽": "RUB", "RUB": "RUB", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "₴": "UAH", "hryvnia": "UAH", "hryvnias": "UAH", "UAH": "UAH",
    "₺": "TRY", "lira": "TRY", "liras": "TRY", "TL": "TRY",
    "₪": "ILS", "shekel": "ILS", "shekels": "ILS", "NIS": "ILS",
    "₦": "NGN", "naira": "NGN", "₱": "PHP", "peso": "MXN", "pesos": "MXN", "MX$": "MXN", "Mex$": "MXN",
    "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "Canadian dollar": "CAD", "Canadian dollars": "CAD",
    "A$": "AUD", "AU$": "AUD", "Australian dollar": "AUD", "Australian dollars": "AUD",
    "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "real": "BRL", "reais": "BRL",
    "CHF": "CHF", "Swiss franc": "CHF", "Swiss francs": "CHF", "franc": "CHF", "francs": "CHF",
    "rand": "ZAR", "R": "ZAR", "dirham": "AED", "dirhams": "AED", "AED": "AED", "riyal": "SAR",
    "riyals": "SAR", "SR": "SAR", "dinar": "IQD", "dinars": "IQD", "rial": "IRR", "rials": "IRR",
    "taka": "BDT", "Tk": "BDT", "ringgit": "MYR", "RM": "MYR", "baht": "THB", "฿": "THB",
    "rupiah": "IDR", "Rp": "IDR", "dong": "VND", "₫": "VND", "zloty": "PLN", "zł": "PLN",
    "forint": "HUF", "Ft": "HUF", "koruna": "CZK", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "shilling": "KES", "shillings": "KES", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "cedi": "GHS", "cedis": "GHS",
    "bitcoin": "XBT", "bitcoins": "XBT", "BTC": "XBT", "Bitcoin": "XBT",
}
# ISO codes that are ordinary words or too ambiguous on their own
CURRENCY_CODE_DROP = {"ALL", "TOP", "MOP", "CUP", "BAM", "MAD", "PEN", "GEL", "SOS", "BOB", "CVE",
                      "PAB", "SOS", "STN", "LAK", "MRU", "VES", "XXX"}

# ---------------------------------------------------------------- events
EVENTS = """
Cold War|World War I|World War II|World War One|World War Two|First World War|Second World War|WWI|WWII
Great War|Korean War|Vietnam War|Gulf War|Iraq War|Six-Day War|Yom Kippur War|Falklands War|Crimean War
Civil War|American Civil War|Spanish Civil War|Bosnian War|Kosovo War|Afghan War|War on Terror
Holocaust|Shoah|Holodomor|Rwandan genocide|Srebrenica massacre|Tiananmen Square massacre|Cultural Revolution
Great Leap Forward|Russian Revolution|October Revolution|French Revolution|Industrial Revolution
Islamic Revolution|Iranian Revolution|Orange Revolution|Euromaidan|Maidan|Revolution of Dignity
Rose Revolution|Arab Spring|Prague Spring|Velvet Revolution|Reformation|Renaissance|Enlightenment
Great Depression|Great Recession|Brexit|Partition|Apartheid|Reconstruction|New Deal|Marshall Plan
Cuban Missile Crisis|Bay of Pigs|Watergate|Iran-Contra|Chernobyl|Fukushima|Hurricane Katrina
Hurricane Sandy|Hurricane Harvey|Hurricane Maria|Hurricane Ian|Hurricane Wilma|Hurricane Rita
Indian Ocean tsunami|Boxing Day tsunami|9/11|September 11|Sept. 11|Pearl Harbor|D-Day|Normandy landings
Battle of Britain|Battle of Stalingrad|Stalingrad|Blitz|Dunkirk|Hiroshima|Nagasaki|Good Friday Agreement
Oslo Accords|Camp David Accords|Dayton Accords|Minsk agreements|Paris Agreement|Kyoto Protocol
Treaty of Versailles|Yalta Conference|Munich Agreement|Belt and Road Initiative|Abraham Accords
Olympics|Olympic Games|Summer Olympics|Winter Olympics|Paralympics|Paralympic Games|Summer Games
Winter Games|Commonwealth Games|Asian Games|Pan American Games|World Cup|FIFA World Cup
Women's World Cup|Cricket World Cup|Rugby World Cup|T20 World Cup|Euro 2024|Euros|Copa America
Africa Cup of Nations|Champions League|Europa League|Super Bowl|World Series|Stanley Cup|NBA Finals
Tour de France|Giro d'Italia|Vuelta|Wimbledon|US Open|U.S. Open|French Open|Roland Garros
Australian Open|Grand Slam|Masters|Ryder Cup|Davis Cup|Fed Cup|Billie Jean King Cup|Hopman Cup
Formula One|Formula 1|F1|Grand Prix|Monaco Grand Prix|Indianapolis 500|Indy 500|Le Mans|Kentucky Derby
Boston Marathon|London Marathon|New York Marathon|Ashes|Indian Premier League|Six Nations
Eurovision|Eurovision Song Contest|Oscars|Academy Awards|Grammys|Grammy Awards|Emmys|Golden Globes
BAFTAs|Cannes Film Festival|Cannes|Venice Film Festival|Berlinale|Nobel Prize|Nobel Peace Prize
Pulitzer Prize|Booker Prize|Davos|World Economic Forum|Munich Security Conference|COP26|COP27|COP28
COP29|G20 summit|G7 summit|NATO summit|Eastern Economic Forum|St Petersburg International Economic Forum
Ramadan|Eid|Eid al-Fitr|Eid al-Adha|Eid ul-Fitr|Hajj|Ashura|Muharram|Christmas|Christmas Day
Christmas Eve|Easter|Easter Sunday|Good Friday|Lent|Advent|Epiphany|Pentecost|Hanukkah|Passover
Yom Kippur|Rosh Hashanah|Diwali|Holi|Navratri|Durga Puja|Ganesh Chaturthi|Lunar New Year
Chinese New Year|Spring Festival|Tet|Songkran|Nowruz|Thanksgiving|Halloween|Independence Day
Fourth of July|Memorial Day|Labor Day|Labour Day|Veterans Day|Remembrance Day|Armistice Day
Martin Luther King Day|Presidents' Day|Victory Day|May Day|Bastille Day|Boxing Day|New Year
New Year's Day|New Year's Eve|Hogmanay|Valentine's Day|Mother's Day|Father's Day|St Patrick's Day
St. Patrick's Day|Mardi Gras|Carnival|Oktoberfest|Black Friday|Cyber Monday|Super Tuesday
Election Day|Inauguration Day|Brexit Day|International Women's Day|World AIDS Day|Earth Day
COVID-19 pandemic|Covid pandemic|Spanish flu|Black Death|Great Fire of London|Jan. 6|January 6
Capitol riot|Operation Desert Storm|Desert Storm|Operation Iraqi Freedom|Operation Enduring Freedom
Operation Barbarossa|Operation Overlord|Manhattan Project|Apollo 11|Moon landing|Live Aid|Woodstock
Glastonbury|Burning Man|Comic-Con|CES|Mobile World Congress|Hajj pilgrimage|Kumbh Mela|Umrah
El Niño|El Nino|La Niña|La Nina
""".replace("\n", "|").split("|")
EVENTS = [e.strip() for e in EVENTS if e.strip()]
EVENT_DROP = {"World Wars I", "Beijing Games", "2008 Olympic"}

# lower-case words allowed inside organisation names
ORG_CONNECTORS = {"of", "and", "for", "the", "de", "del", "della", "di", "la", "le", "les", "des", "du",
                  "on", "in", "to", "&", "al", "el", "e", "y", "und", "der", "zu"}
# GMB ORG spans of these kinds are not organisations under the guidelines
ORG_NOT_ORG_RE = (r"\b(War|Wars|Cup|Olympics|Olympic|Prize|Year|Year's|Rally|Cyclone|Hurricane|Operation|"
                  r"Games|Act|Treaty|Accords?|Conventions?|Protocol|Agreement|Empire|Wall|Square|Pass|"
                  r"Prison|prison|Cemetery|Base|Zone|Mosque|Peninsula|Islands|Hemisphere|Telescope|"
                  r"Revolution|Idol|Combined)\b|-based\b")
# title-like tokens that mark a person inside a GMB ORG span ("General Mladic", "Prince Turki")
PERSON_TITLE_TOKENS = {"General", "Gen.", "Judge", "Justice", "Prince", "Premier", "Captain", "Ayatollah",
                       "Secretary-General", "Governor", "President-elect", "Ambassador", "Undersecretary",
                       "Leader", "King", "Mullah", "Prophet", "Mr.", "Sheikh", "Colonel", "President"}
ORG_DROP |= {
    "A Foreign Ministry", "Americas", "Al Anbar", "Beit Hanoun", "Dera Ismail", "Grenadines", "Nias",
    "Noble Sanctuary", "Spin Boldak", "Tal Afar", "Virgin Islands", "Wall Street", "Yasukuni",
    "Kennedy Space Center", "Nahr el-Bared", "Bedouin", "Boers", "Hutu", "Carib", "Central Asian",
    "Ottoman", "Lent", "Shenzhou", "Hubble", "Kibo", "Herald", "Continental", "Tigers", "Brotherhood",
    "FM", "FDI", "VX", "DAX", "HIPC", "Heavily Indebted Poor Countries", "CAFTA", "NPT", "Social Security",
    "Human Rights", "HIV / AIDS", "World AIDS", "English to Africa", "Protect Journalists",
    "Liberation of Palestine", "Coordination of Humanitarian Affairs", "Organization for Security and Cooperation",
    "Free Association", "Popular Movement", "Republican Army", "Cooperation Council", "International Committee",
    "Islamic Conference", "Nuclear Non-Proliferation", "U.N. Office", "United Nation", "U.S. Ambassador",
    "U.S. Attorney General", "U.S. Secretary of State", "U.S. Democratic", "U.S. Marine", "British Foreign",
    "Senate Minority Leader", "SANTOS", "KIBAKI", "William Eagle", "U Win Tin", "Posada Carriles",
    "Figueredo", "Moodie", "McAlpine", "Ralston", "Nyamwasa", "Weah", "Rezko", "Negroponte", "Mowlam",
    "Skubiszewski", "Cerkez", "Chalabi", "Banny", "Bagapsh", "Basayev", "Haradinaj", "Dravid", "Gnassingbe",
    "Gnassingbe Eyadema", "Alito", "Agca", "Akhtar", "Hart", "Hughes", "McCain", "McDonald", "Tony",
    "Barack", "Muhammad", "Prophet Mohammed", "Study Group", "Ottoman Empire", "USSR", "UN Trust Territory",
    "Peace Prize", "Green Zone", "Western Wall", "Berlin Wall", "Manger Square", "Khyber Pass",
    "Bagram Air Base", "Arlington National Cemetery", "Abu Ghraib prison", "Euphrates River Valley",
    "Yucatan Peninsula", "Red Mosque", "Alpha Oumar Konare", "Ekmeleddin Ihsanoglu", "Asif Ali Zardari",
    "Gulbuddin Hekmatyar", "Yasser Arafat", "Tony Lama", "UK Government", "US Government",
    "Bush Administration", "Senate Democrats", "Midwest Financial", "DD Acquisition", "Nordic Combined",
    "Comprehensive Peace Agreement", "Endangered Species Act", "Patriot Act", "Strategic Petroleum Reserve",
    "Islamic Army", "National Army", "Human Rights", "Supreme Council", "Central Bank", "High Court",
    "Constitutional Court", "Constituent Assembly", "Independent Election Commission", "Conference Board",
    "EMU", "EC", "S & P", "Seven & I", "Dunkin'", "eChoupal", "Opel",
}
ORGS += ["General Electric", "Opel", "European Commission", "Seven & i"]
# picture agencies, named in photo credits ("Photograph: Jane Doe/Getty Images")
ORGS += ["Getty Images", "Shutterstock", "Alamy", "PA Media", "EPA-EFE"]
# national sports teams named as bodies ("Team GB have won 31 medals")
ORGS += ["Team GB", "Team USA"]
# a party alliance named as one body ("the Coalition" of Australia's Liberals and Nationals)
ORGS += ["Coalition"]
# California's fire agency, no named fire
ORGS += ["Cal Fire"]
# an army's command, not General Staff the person ("Ukraine's General Staff said")
ORGS += ["General Staff"]
# an intelligence alliance named with a number word ("the Five Eyes alliance")
ORGS += ["Five Eyes"]
# Irish parties and chambers, and the devolved bodies named by their seat ("Fine Gael TDs", "in the Dáil", "Holyrood voted")
ORGS += ["Fine Gael", "Fianna Fáil", "Dáil", "Seanad", "Senedd", "Stormont", "Holyrood"]
# companies that news names bare and no other list holds (not those that are also ordinary words: Snap, Zoom, Slack, Stripe)
ORGS += ["Qantas", "Shopify", "Instacart", "Salesforce", "Adobe", "Reddit", "Pinterest", "Lenovo", "UPS", "DHL"]
# polling firms, named before "poll" or "survey" ("a Gallup poll": not the town in New Mexico)
ORGS += ["Gallup", "YouGov", "Ipsos", "Ipsos Mori", "Pew Research Center", "Morning Consult", "Quinnipiac", "Rasmussen Reports",
         "Survation", "Opinium", "Savanta", "Redfield & Wilton", "Emerson College", "Datafolha", "Infratest dimap", "Forsa", "Ifop"]
# bodies whose names no keyword rule can join (a field word before "and", "of the", a verb opening the name)
ORGS += ["Friends of the Earth", "Just Stop Oil", "Health and Safety Executive", "Transport for Greater Manchester"]
# the Holy See's administration ("an overhaul of the Roman Curia" gave PERSON), and cycling's World Tour teams, whose
# names join sponsors with hyphens ("Visma-Lease a Bike" gave ORG "Bike", "Picnic PostNL" a PERSON)
ORGS += ["Roman Curia", "Curia", "UAE Team Emirates", "Visma-Lease a Bike", "Soudal Quick-Step", "Ineos Grenadiers",
         "Alpecin-Deceuninck", "EF Education-EasyPost", "Lidl-Trek", "Red Bull-Bora-Hansgrohe", "Picnic PostNL", "Groupama-FDJ"]
# names ending in a number word, which the number patterns would take ("Shares of Capital One fell")
ORGS += ["Capital One", "BBC One", "BBC Two"]
ORG_DROP |= {"State Christopher Hill", "State Colin Powell", "State Robert Zoellick",
             "U.S. Undersecretary of State Nicholas Burns", "U.S. Capitol", "United Nations World Summit",
             "NGOs", "Muslim-Croat Federation", "al-Aqsa", "Democratic Action"}

COUNTRY_DROP |= {"Vatican", "Holy See", "Emirates"}   # Vatican/Holy See -> orgs.txt; Emirates -> airline
del DEMONYMS["Vatican"]
ORGS = [o for o in ORGS if o not in ("Renaissance", "Maoists")]
del TITLES["Economist"]
for _k in ("Euro", "Euros"):
    CURRENCIES.pop(_k, None)
CURRENCY_CODE_DROP |= {"AMD"}
# place names that news mostly uses for the event (removed from cities.txt)
CITY_EVENT_DROP = {"Wimbledon", "Glastonbury", "Woodstock"}
# event names that are primarily cities (removed from events.txt)
EVENT_CITY_DROP = {"Cannes", "Dunkirk", "Fukushima", "Hiroshima", "Nagasaki", "Le Mans", "Renaissance"}
# tokens that are not personal names (from GMB PERSON first/last tokens or census)
NAME_DROP = {"State", "Secretary-General", "Brigadier", "Congressman", "Princess", "Sheik", "Thu", "Head",
             "Senator", "Muslims", "Jews", "Catholics", "Islamic", "Sunni", "Tory", "Muslim", "Royal",
             "Tasnim", "Meta", "Dow", "Fatah", "Stanford", "Corporation", "Foundation", "League", "Daily",
             "Post", "Forbes", "Fortune", "Shell", "Rosneft", "Toyota", "Bloomberg", "Vice", "Ferrari",
             "Bayer", "Fitch", "Roche", "Wagner", "Ford", "Kia", "Delta", "Mercedes", "Chelsea", "Petra",
             "Dawn", "German", "Irish", "English", "French", "Welsh", "Turk", "Ahmadi", "Catholic",
             "Christian", "Green", "Hong", "Sun", "Jan", "Major", "Judge", "Justice", "Pope", "Queen",
             "Prince", "Lord", "Baron", "Duke", "Bishop", "Earl", "Shah", "King"}
# these are common surnames/given names too: keep, they get 'ambiguous' via the cross-list check
NAME_DROP -= {"Ford", "Wagner", "Bishop", "King", "Major", "Green", "Christian", "Sun", "Jan", "Hong",
              "Shah", "Earl", "Duke", "Lord", "Prince", "Forbes", "Dawn", "Petra", "Chelsea", "Mercedes",
              "French", "English", "Irish", "Bayer", "Roche", "Fitch", "Judge", "Pope", "Queen"}

REGION_DROP |= {"Bay", "Ocean", "Strait", "Lake City", "South East", "U.S. Gulf Coast"}
# short French departments that read as words or abbreviations ("VAR" in football, "Nord", "Lot")
REGION_DROP |= {"Var", "Ain", "Cher", "Nord", "Lot", "Aube", "Aude", "Gers", "Orne", "Eure", "Indre"}
COUNTRY_DROP |= {"Saudi"}   # mostly the adjective (GROUP); see demonyms.txt

# names kept (marked ambiguous) although the word is very frequent in lower case
NAME_KEEP = {"May", "Will", "Young", "Long", "King", "Little", "White", "Black", "Brown", "Green", "Price",
             "Rice", "Bush", "Mark", "Bill", "Case", "Power", "Hunt", "Rich", "Love", "Hope", "Hall",
             "Field", "Hill", "Wood", "Moon", "Park", "Lee", "Sun", "Song", "Rose", "Grace", "Joy",
             "Summer", "Gay", "Ray", "Law", "Chase", "Grant", "Rush", "Cash", "Gates", "Banks", "Ward",
             "Major", "Bond", "Hand", "Burns", "Cook", "Fox", "Frost", "Stone", "Walker", "Baker",
             "Carter", "Hunter", "Sharp", "West", "Lord", "Noble", "Strong", "Day", "Nash", "Marshall"}

SURNAME_DROP -= {"Ban", "Sen"}
NAME_KEEP |= {"Ban"}

# countries whose first-level subdivisions (ISO 3166-2, no parent) all go into regions.txt
# subdivision types named in news of these countries even below the first level (English counties, French
# departments and regions, Dutch provinces)
SUBDIV_TYPES = {("GB", "Two-tier county"), ("FR", "Metropolitan department"), ("FR", "Metropolitan region"),
                ("NL", "Province")}
MAJOR_SUBDIV_COUNTRIES = {"IN", "CN", "RU", "BR", "MX", "DE", "IT", "ES", "PK", "NG", "JP", "UA", "IR", "IQ",
                          "AF", "SY", "ZA", "AR", "CO", "VE", "MM", "ET", "SD", "CD", "KR", "KP", "TR",
                          "PH", "EG", "SO", "YE", "LY", "MY"}

# names of religions/ideologies are not GROUP mentions (people/adjectives are)
for _k in ("Islam", "Christianity", "Buddhism", "Judaism", "Hinduism", "Republicanism"):
    GROUPS_DICT.pop(_k, None)
# ... nor any other entity: listed as groups.txt's "religion" entries, which name nothing ("converted to Islam" was a PLACE)
RELIGIONS = ("Islam", "Christianity", "Buddhism", "Judaism", "Hinduism", "Sikhism", "Catholicism", "Protestantism")

# real, news-relevant cities that must not be on the stop-list
CITY_DROP -= {"Lucknow", "Valencia", "Alexandria", "Sumy", "Kiel", "Brest", "Parma", "Reno", "Kota",
              "Westminster", "Hollywood", "Marmaris", "Gao", "Gusau", "Bida", "Pau", "Hamm", "Salem"}
