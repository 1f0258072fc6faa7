// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namecatalog.h"

using namespace Qt::StringLiterals;

namespace CardDesk::Sim {

namespace {

// The lists mix common names with hard cases for a client: apostrophes, hyphens, spaces,
// Turkish dotted capital I, Greek final sigma, Thai and Devanagari combining marks.

constexpr NamePart englishGiven[] = {
    {u"James", "james"_L1},   {u"Olivia", "olivia"_L1},      {u"Liam", "liam"_L1},
    {u"Emma", "emma"_L1},     {u"Noah", "noah"_L1},          {u"Charlotte", "charlotte"_L1},
    {u"Oliver", "oliver"_L1}, {u"Amelia", "amelia"_L1},      {u"William", "william"_L1},
    {u"Sophia", "sophia"_L1}, {u"Mary-Kate", "marykate"_L1}, {u"Seán", "sean"_L1},
    {u"Jack", "jack"_L1},     {u"Isla", "isla"_L1},          {u"Chloë", "chloe"_L1},
};
constexpr NamePart englishFamily[] = {
    {u"Smith", "smith"_L1},       {u"Johnson", "johnson"_L1},   {u"O'Brien", "obrien"_L1},
    {u"Williams", "williams"_L1}, {u"Brown", "brown"_L1},       {u"Taylor", "taylor"_L1},
    {u"Davies", "davies"_L1},     {u"Wilson", "wilson"_L1},     {u"Clarke", "clarke"_L1},
    {u"Evans", "evans"_L1},       {u"Thompson", "thompson"_L1}, {u"McDonald", "mcdonald"_L1},
    {u"Hughes", "hughes"_L1},     {u"Robinson", "robinson"_L1}, {u"Smith-Jones", "smithjones"_L1},
};

constexpr NamePart germanGiven[] = {
    {u"Jürgen", "juergen"_L1},
    {u"Günther", "guenther"_L1},
    {u"Lukas", "lukas"_L1},
    {u"Anna", "anna"_L1},
    {u"Jörg", "joerg"_L1},
    {u"Käthe", "kaethe"_L1},
    {u"Maximilian", "maximilian"_L1},
    {u"Sophie", "sophie"_L1},
    {u"Björn", "bjoern"_L1},
    {u"Lena", "lena"_L1},
    {u"Hans-Peter", "hanspeter"_L1},
    {u"Ursula", "ursula"_L1},
};
constexpr NamePart germanFamily[] = {
    {u"Müller", "mueller"_L1},    {u"Schröder", "schroeder"_L1},  {u"Straßer", "strasser"_L1},
    {u"Weiß", "weiss"_L1},        {u"Groß", "gross"_L1},          {u"Schmidt", "schmidt"_L1},
    {u"Fischer", "fischer"_L1},   {u"Köhler", "koehler"_L1},      {u"Becker", "becker"_L1},
    {u"Hoffmann", "hoffmann"_L1}, {u"von Düren", "vondueren"_L1}, {u"Krüger", "krueger"_L1},
};

constexpr NamePart spanishGiven[] = {
    {u"José", "jose"_L1},
    {u"María", "maria"_L1},
    {u"Ángel", "angel"_L1},
    {u"Lucía", "lucia"_L1},
    {u"Sofía", "sofia"_L1},
    {u"Alejandro", "alejandro"_L1},
    {u"Martín", "martin"_L1},
    {u"Inés", "ines"_L1},
    {u"Iñigo", "inigo"_L1},
    {u"Carmen", "carmen"_L1},
    {u"María José", "mariajose"_L1},
    {u"Raúl", "raul"_L1},
};
constexpr NamePart spanishFamily[] = {
    {u"García", "garcia"_L1},
    {u"Núñez", "nunez"_L1},
    {u"Peña", "pena"_L1},
    {u"Rodríguez", "rodriguez"_L1},
    {u"Fernández", "fernandez"_L1},
    {u"López", "lopez"_L1},
    {u"Martínez", "martinez"_L1},
    {u"Sánchez", "sanchez"_L1},
    {u"Gómez", "gomez"_L1},
    {u"Pérez", "perez"_L1},
    {u"García Márquez", "garciamarquez"_L1},
    {u"Ibáñez", "ibanez"_L1},
};

constexpr NamePart frenchGiven[] = {
    {u"François", "francois"_L1}, {u"Hélène", "helene"_L1}, {u"Zoé", "zoe"_L1}, {u"Benoît", "benoit"_L1},
    {u"Amélie", "amelie"_L1},     {u"Jérôme", "jerome"_L1}, {u"Léa", "lea"_L1}, {u"Noël", "noel"_L1},
    {u"Jean-Luc", "jeanluc"_L1},  {u"Gaëlle", "gaelle"_L1},
};
constexpr NamePart frenchFamily[] = {
    {u"Lefèvre", "lefevre"_L1},    {u"Dubois", "dubois"_L1},     {u"Moreau", "moreau"_L1},
    {u"Girard", "girard"_L1},      {u"Bélanger", "belanger"_L1}, {u"Lemaître", "lemaitre"_L1},
    {u"Côté", "cote"_L1},          {u"Fontaine", "fontaine"_L1}, {u"Le Goff", "legoff"_L1},
    {u"D'Aubigné", "daubigne"_L1},
};

constexpr NamePart portugueseGiven[] = {
    {u"João", "joao"_L1},       {u"Conceição", "conceicao"_L1}, {u"Gonçalo", "goncalo"_L1},
    {u"Antônio", "antonio"_L1}, {u"Inês", "ines"_L1},           {u"Thiago", "thiago"_L1},
};
constexpr NamePart portugueseFamily[] = {
    {u"Gonçalves", "goncalves"_L1}, {u"Magalhães", "magalhaes"_L1}, {u"Simões", "simoes"_L1},
    {u"Araújo", "araujo"_L1},       {u"da Silva", "dasilva"_L1},    {u"Brandão", "brandao"_L1},
};

constexpr NamePart polishGiven[] = {
    {u"Łukasz", "lukasz"_L1}, {u"Małgorzata", "malgorzata"_L1}, {u"Wojciech", "wojciech"_L1},
    {u"Zofia", "zofia"_L1},   {u"Grzegorz", "grzegorz"_L1},     {u"Agnieszka", "agnieszka"_L1},
    {u"Paweł", "pawel"_L1},
};
constexpr NamePart polishFamily[] = {
    {u"Wójcik", "wojcik"_L1},
    {u"Kowalczyk", "kowalczyk"_L1},
    {u"Brzęczyszczykiewicz", "brzeczyszczykiewicz"_L1},
    {u"Żółkiewski", "zolkiewski"_L1},
    {u"Nowak", "nowak"_L1},
    {u"Wiśniewska", "wisniewska"_L1},
};

constexpr NamePart czechGiven[] = {
    {u"Jiří", "jiri"_L1},
    {u"Tomáš", "tomas"_L1},
    {u"Kateřina", "katerina"_L1},
    {u"Věra", "vera"_L1},
};
constexpr NamePart czechFamily[] = {
    {u"Dvořák", "dvorak"_L1},
    {u"Novotný", "novotny"_L1},
    {u"Černá", "cerna"_L1},
    {u"Procházka", "prochazka"_L1},
};

constexpr NamePart nordicGiven[] = {
    {u"Søren", "soren"_L1},       {u"Åsa", "asa"_L1},  {u"Ingrid", "ingrid"_L1},
    {u"Sigríður", "sigridur"_L1}, {u"Þór", "thor"_L1}, {u"Mikael", "mikael"_L1},
};
constexpr NamePart nordicFamily[] = {
    {u"Ødegård", "odegard"_L1},     {u"Järvinen", "jarvinen"_L1},      {u"Ångström", "angstrom"_L1},
    {u"Lindqvist", "lindqvist"_L1}, {u"Þórsdóttir", "thorsdottir"_L1}, {u"Sørensen", "sorensen"_L1},
};

constexpr NamePart turkishGiven[] = {
    {u"Ayşe", "ayse"_L1}, {u"Çağrı", "cagri"_L1},   {u"Gül", "gul"_L1},
    {u"Oğuz", "oguz"_L1}, {u"Mehmet", "mehmet"_L1}, {u"İrem", "irem"_L1},
};
constexpr NamePart turkishFamily[] = {
    {u"Şahin", "sahin"_L1},   {u"Çelik", "celik"_L1}, {u"Yılmaz", "yilmaz"_L1},
    {u"Öztürk", "ozturk"_L1}, {u"Doğan", "dogan"_L1}, {u"Işık", "isik"_L1},
};

constexpr NamePart vietnameseGiven[] = {
    {u"Thảo", "thao"_L1}, {u"Đức", "duc"_L1},     {u"Hương", "huong"_L1},
    {u"Minh", "minh"_L1}, {u"Quỳnh", "quynh"_L1},
};
constexpr NamePart vietnameseFamily[] = {
    {u"Nguyễn", "nguyen"_L1}, {u"Trần", "tran"_L1},   {u"Lê", "le"_L1},
    {u"Phạm", "pham"_L1},     {u"Hoàng", "hoang"_L1},
};

constexpr NamePart russianGiven[] = {
    {u"Дмитрий", "dmitriy"_L1}, {u"Анастасия", "anastasiya"_L1}, {u"Сергей", "sergey"_L1},
    {u"Наталья", "natalya"_L1}, {u"Алексей", "aleksey"_L1},      {u"Ольга", "olga"_L1},
    {u"Юлия", "yuliya"_L1},     {u"Фёдор", "fyodor"_L1},
};
constexpr NamePart russianFamily[] = {
    {u"Иванов", "ivanov"_L1},        {u"Смирнова", "smirnova"_L1}, {u"Кузнецов", "kuznetsov"_L1},
    {u"Попова", "popova"_L1},        {u"Соколов", "sokolov"_L1},   {u"Лебедева", "lebedeva"_L1},
    {u"Щербаков", "shcherbakov"_L1},
};

constexpr NamePart ukrainianGiven[] = {
    {u"Олександр", "oleksandr"_L1}, {u"Ірина", "iryna"_L1}, {u"Андрій", "andriy"_L1},
    {u"Оксана", "oksana"_L1},       {u"Юрій", "yuriy"_L1},
};
constexpr NamePart ukrainianFamily[] = {
    {u"Шевченко", "shevchenko"_L1}, {u"Коваленко", "kovalenko"_L1}, {u"Бондаренко", "bondarenko"_L1},
    {u"Ткаченко", "tkachenko"_L1},  {u"Гнатюк", "hnatiuk"_L1},      {u"Ковальчук", "kovalchuk"_L1},
};

constexpr NamePart greekGiven[] = {
    {u"Γιώργος", "giorgos"_L1}, {u"Ελένη", "eleni"_L1}, {u"Δημήτρης", "dimitris"_L1},
    {u"Μαρία", "maria"_L1},     {u"Νίκος", "nikos"_L1}, {u"Κατερίνα", "katerina"_L1},
};
constexpr NamePart greekFamily[] = {
    {u"Παπαδόπουλος", "papadopoulos"_L1}, {u"Οικονόμου", "oikonomou"_L1}, {u"Γεωργίου", "georgiou"_L1},
    {u"Νικολάου", "nikolaou"_L1},         {u"Αντωνίου", "antoniou"_L1},
};

constexpr NamePart arabicGiven[] = {
    {u"محمد", "mohammed"_L1}, {u"فاطمة", "fatima"_L1}, {u"أحمد", "ahmed"_L1},  {u"ليلى", "layla"_L1},
    {u"يوسف", "youssef"_L1},  {u"نور", "nour"_L1},     {u"عائشة", "aisha"_L1},
};
constexpr NamePart arabicFamily[] = {
    {u"الحسن", "alhassan"_L1}, {u"العلي", "alali"_L1}, {u"حداد", "haddad"_L1},
    {u"منصور", "mansour"_L1},  {u"خوري", "khoury"_L1}, {u"عبد الله", "abdullah"_L1},
};

constexpr NamePart persianGiven[] = {
    {u"پریسا", "parisa"_L1},
    {u"رضا", "reza"_L1},
    {u"مهسا", "mahsa"_L1},
    {u"کوروش", "kourosh"_L1},
};
constexpr NamePart persianFamily[] = {
    {u"کریمی", "karimi"_L1},
    {u"رضایی", "rezaei"_L1},
    {u"حسینی", "hosseini"_L1},
};

constexpr NamePart hebrewGiven[] = {
    {u"נועה", "noa"_L1},      {u"דוד", "david"_L1}, {u"יעל", "yael"_L1},
    {u"אברהם", "avraham"_L1}, {u"שרה", "sara"_L1},
};
constexpr NamePart hebrewFamily[] = {
    {u"כהן", "cohen"_L1},
    {u"לוי", "levi"_L1},
    {u"מזרחי", "mizrahi"_L1},
    {u"פרץ", "peretz"_L1},
};

constexpr NamePart chineseGiven[] = {
    {u"伟", "wei"_L1},  {u"芳", "fang"_L1},    {u"秀英", "xiuying"_L1}, {u"浩然", "haoran"_L1},
    {u"静", "jing"_L1}, {u"子涵", "zihan"_L1}, {u"嘉怡", "jiayi"_L1},
};
constexpr NamePart chineseFamily[] = {
    {u"王", "wang"_L1}, {u"李", "li"_L1},       {u"张", "zhang"_L1}, {u"刘", "liu"_L1},
    {u"陈", "chen"_L1}, {u"欧阳", "ouyang"_L1}, {u"黄", "huang"_L1},
};

constexpr NamePart japaneseGiven[] = {
    {u"陽翔", "haruto"_L1}, {u"さくら", "sakura"_L1}, {u"蓮", "ren"_L1},
    {u"結衣", "yui"_L1},    {u"ユウキ", "yuuki"_L1},  {u"大翔", "hiroto"_L1},
};
constexpr NamePart japaneseFamily[] = {
    {u"佐藤", "sato"_L1},   {u"鈴木", "suzuki"_L1},   {u"高橋", "takahashi"_L1},
    {u"田中", "tanaka"_L1}, {u"渡辺", "watanabe"_L1},
};

constexpr NamePart koreanGiven[] = {
    {u"민준", "minjun"_L1},
    {u"서연", "seoyeon"_L1},
    {u"지호", "jiho"_L1},
    {u"하은", "haeun"_L1},
};
constexpr NamePart koreanFamily[] = {
    {u"김", "kim"_L1}, {u"이", "lee"_L1}, {u"박", "park"_L1}, {u"최", "choi"_L1}, {u"정", "jung"_L1},
};

constexpr NamePart hindiGiven[] = {
    {u"अनीता", "anita"_L1}, {u"राहुल", "rahul"_L1},     {u"प्रिया", "priya"_L1},
    {u"अर्जुन", "arjun"_L1},  {u"दीपिका", "deepika"_L1},
};
constexpr NamePart hindiFamily[] = {
    {u"शर्मा", "sharma"_L1}, {u"वर्मा", "verma"_L1}, {u"गुप्ता", "gupta"_L1},
    {u"सिंह", "singh"_L1},   {u"पटेल", "patel"_L1},
};

constexpr NamePart bengaliGiven[] = {
    {u"সৌমিত্র", "soumitra"_L1},
    {u"অনন্যা", "ananya"_L1},
    {u"রাহুল", "rahul"_L1},
};
constexpr NamePart bengaliFamily[] = {
    {u"চট্টোপাধ্যায়", "chattopadhyay"_L1},
    {u"বসু", "basu"_L1},
    {u"সেন", "sen"_L1},
};

constexpr NamePart tamilGiven[] = {
    {u"கார்த்திக்", "karthik"_L1},
    {u"மீனா", "meena"_L1},
    {u"அருண்", "arun"_L1},
};
constexpr NamePart tamilFamily[] = {
    {u"சுப்பிரமணியம்", "subramaniam"_L1},
    {u"ராஜா", "raja"_L1},
};

constexpr NamePart thaiGiven[] = {
    {u"สมชาย", "somchai"_L1},
    {u"สุดา", "suda"_L1},
    {u"กมล", "kamon"_L1},
    {u"ณัฐ", "nat"_L1},
};
constexpr NamePart thaiFamily[] = {
    {u"สุขสวัสดิ์", "suksawat"_L1},
    {u"ศรีสุข", "srisuk"_L1},
    {u"วงศ์ไทย", "wongthai"_L1},
};

constexpr NamePart georgianGiven[] = {{u"გიორგი", "giorgi"_L1}, {u"ნინო", "nino"_L1}};
constexpr NamePart georgianFamily[] = {{u"ბერიძე", "beridze"_L1}, {u"კაპანაძე", "kapanadze"_L1}};

constexpr NamePart armenianGiven[] = {{u"Արամ", "aram"_L1}, {u"Անի", "ani"_L1}};
constexpr NamePart armenianFamily[] = {
    {u"Պետրոսյան", "petrosyan"_L1},
    {u"Հովհաննիսյան", "hovhannisyan"_L1},
};

constexpr NamePart amharicGiven[] = {{u"አበበ", "abebe"_L1}, {u"ሰላም", "selam"_L1}};
constexpr NamePart amharicFamily[] = {{u"ቢቂላ", "bikila"_L1}, {u"ተስፋዬ", "tesfaye"_L1}};

// Many Indonesians have one name only, which the directory sends with an empty lastName.
constexpr NamePart indonesianGiven[] = {
    {u"Sukarno", "sukarno"_L1},
    {u"Suharti", "suharti"_L1},
    {u"Wulan", "wulan"_L1},
    {u"Bambang", "bambang"_L1},
};

constexpr NameCulture cultures[] = {
    {"en"_L1, 30, englishGiven, englishFamily},
    {"de"_L1, 8, germanGiven, germanFamily},
    {"es"_L1, 8, spanishGiven, spanishFamily},
    {"fr"_L1, 6, frenchGiven, frenchFamily},
    {"pt"_L1, 3, portugueseGiven, portugueseFamily},
    {"pl"_L1, 3, polishGiven, polishFamily},
    {"cs"_L1, 1, czechGiven, czechFamily},
    {"sv"_L1, 2, nordicGiven, nordicFamily},
    {"tr"_L1, 2, turkishGiven, turkishFamily},
    {"vi"_L1, 2, vietnameseGiven, vietnameseFamily},
    {"ru"_L1, 3, russianGiven, russianFamily},
    {"uk"_L1, 2, ukrainianGiven, ukrainianFamily},
    {"el"_L1, 2, greekGiven, greekFamily},
    {"ar"_L1, 3, arabicGiven, arabicFamily},
    {"fa"_L1, 1, persianGiven, persianFamily},
    {"he"_L1, 2, hebrewGiven, hebrewFamily},
    {"zh"_L1, 5, chineseGiven, chineseFamily},
    {"ja"_L1, 3, japaneseGiven, japaneseFamily},
    {"ko"_L1, 2, koreanGiven, koreanFamily},
    {"hi"_L1, 3, hindiGiven, hindiFamily},
    {"bn"_L1, 1, bengaliGiven, bengaliFamily},
    {"ta"_L1, 1, tamilGiven, tamilFamily},
    {"th"_L1, 1, thaiGiven, thaiFamily},
    {"ka"_L1, 1, georgianGiven, georgianFamily},
    {"hy"_L1, 1, armenianGiven, armenianFamily},
    {"am"_L1, 1, amharicGiven, amharicFamily},
    {"id"_L1, 1, indonesianGiven, {}},
};

} // namespace

std::span<const NameCulture> nameCultures()
{
    return cultures;
}

} // namespace CardDesk::Sim
