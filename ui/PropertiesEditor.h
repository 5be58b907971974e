#pragma once
// PropertiesEditor: a small key/value table (e.g. a JDBC connection's driver properties) with
// Add and Remove buttons; reports the whole map as a JSON object whenever a cell changes.

#include <QJsonObject>
#include <QWidget>

class QPushButton;
class QTableWidget;

class PropertiesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesEditor)

public:
    explicit PropertiesEditor(QWidget *parent = nullptr);

    // Rows with an empty key are left out; a later duplicate key wins.
    QJsonObject properties() const;
    void setProperties(const QJsonObject &properties); // does not emit edited()
    void setReadOnly(bool readOnly);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited(const QJsonObject &properties);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_readOnly = false;
};
