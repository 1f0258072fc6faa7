// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/searchfold.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchFold final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
};

void TestSearchFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii lower-cased") << u"Smith"_s << u"smith"_s;
    QTest::newRow("acute accent") << u"José"_s << u"jose"_s;
    QTest::newRow("decomposed input") << u"Jose\u0301"_s << u"jose"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
    QTest::newRow("ligature") << u"ﬁne"_s << u"fine"_s;
    QTest::newRow("greek final sigma") << u"ΟΔΟΣ"_s << u"οδοσ"_s;
    QTest::newRow("cyrillic") << u"Иван"_s << u"иван"_s;
    QTest::newRow("arabic unchanged") << u"أحمد"_s << u"احمد"_s;
    QTest::newRow("cjk unchanged") << u"李秀英"_s << u"李秀英"_s;
    QTest::newRow("emoji kept") << u"Ana 🙂"_s << u"ana 🙂"_s;
    QTest::newRow("emoji zwj sequence kept") << u"Dev 👩\u200D💻"_s << u"dev 👩\u200D💻"_s;
    QTest::newRow("sharp s lower and capital") << u"ßẞ"_s << u"ssss"_s;
    QTest::newRow("fl ligature") << u"ﬂug"_s << u"flug"_s;
    QTest::newRow("ff ligature") << u"Eﬀe"_s << u"effe"_s;
    QTest::newRow("dotted capital i") << u"İstanbul"_s << u"istanbul"_s;
    QTest::newRow("final sigma lower") << u"οδος"_s << u"οδοσ"_s;
    QTest::newRow("iota subscript") << u"ᾳ"_s << u"αι"_s;
    QTest::newRow("iota adscript capital") << u"ᾼ"_s << u"αι"_s;
    QTest::newRow("iota subscript with accent") << u"ᾷ"_s << u"αι"_s;
    QTest::newRow("combining ypogegrammeni") << u"ω\u0345"_s << u"ωι"_s;
    QTest::newRow("hebrew points stripped") << u"שָׁלוֹם"_s << u"שלום"_s;
    QTest::newRow("arabic harakat stripped") << u"مُحَمَّد"_s << u"محمد"_s;
    QTest::newRow("mark outside bmp stripped") << u"x\U0001D167y"_s << u"xy"_s;
    QTest::newRow("deseret capital folded") << u"\U00010400"_s << u"\U00010428"_s;
    QTest::newRow("combining sequence") << u"Jos\u0065\u0301 N\u0303"_s << u"jose n"_s;
    QTest::newRow("lone surrogate kept") << QString(QChar(0xD800)) << QString(QChar(0xD800));
}

void TestSearchFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CardDesk::Core::foldForSearch(text), expected);
}

QTEST_GUILESS_MAIN(TestSearchFold)
#include "tst_searchfold.moc"
