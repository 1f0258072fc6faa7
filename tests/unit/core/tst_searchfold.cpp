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
}

void TestSearchFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CardDesk::Core::foldForSearch(text), expected);
}

QTEST_GUILESS_MAIN(TestSearchFold)
#include "tst_searchfold.moc"
