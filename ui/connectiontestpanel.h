// SPDX-FileCopyrightText: 2026 CardDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profileentry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace CardDesk::Ui {

/// One checked ability of a key, such as "Signed in" or "Can read the directory".
struct ConnectionCheckItem
{
    enum class State
    {
        Passed,
        Failed,
        NotChecked, ///< Not tested, for example because an earlier step failed.
    };

    State state = State::NotChecked;
    QString text;
};

/// Outcome of "Test connection" for one key, worded by the owner.
struct KeyTestResult
{
    KeySlot slot = KeySlot::Write;
    QString title; ///< Such as "Write key calven-key-1".
    QList<ConnectionCheckItem> items;
    /// Next step for the operator, such as which role the key lacks. Empty when everything passed.
    QString explanation;
};

/// Shows the per-key results of a connection test: one block per key, a line per ability with a
/// mark for passed, failed or not checked, and the explanation below.
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    explicit ConnectionTestPanel(QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    void clear();
    /// Shows "Testing…" for each key title until its result arrives.
    void setRunning(const QList<std::pair<KeySlot, QString>> &keys);
    void setResult(const KeyTestResult &result);
    bool hasResult(KeySlot slot) const;
    /// Returns the shown lines of a key as plain text, one per line, for tests and copying.
    QString resultText(KeySlot slot) const;

private:
    struct Block
    {
        KeySlot slot;
        QWidget *widget = nullptr;
        QString text;
        bool finished = false;
    };

    Block &blockFor(KeySlot slot, const QString &title);
    static QString markFor(ConnectionCheckItem::State state);

    QVBoxLayout *m_layout = nullptr;
    QList<Block> m_blocks;
};

} // namespace CardDesk::Ui
