// ClusterOrderProxyModel: drag data names the profile, a drop or an internal move asks for the
// reorder (with the row the profile ends up at) and never moves or removes rows itself.
#include "ClusterListModel.h"
#include "ClusterOrderProxyModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class tst_ClusterOrderProxyModel final : public QObject
{
    Q_OBJECT

private:
    ClusterListModel *m_model = nullptr;
    ClusterOrderProxyModel *m_proxy = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new ClusterListModel(this);
        m_proxy = new ClusterOrderProxyModel(this);
        m_proxy->setSourceModel(m_model);
        new QAbstractItemModelTester(
            m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
        for (const char *id : {"a", "b", "c", "d"})
            m_model->addProfile({QString::fromLatin1(id),
                                 QStringLiteral("Cluster %1").arg(QLatin1String(id)),
                                 QUrl(QStringLiteral("http://127.0.0.1:8080"))});
    }
    void cleanup()
    {
        delete m_proxy;
        delete m_model;
    }

    void flagsAllowDragsBetweenRows()
    {
        QVERIFY(m_proxy->flags(m_proxy->index(0, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(!(m_proxy->flags(m_proxy->index(0, 0)) & Qt::ItemIsDropEnabled));
        QVERIFY(m_proxy->flags({}) & Qt::ItemIsDropEnabled);
        QCOMPARE(m_proxy->supportedDropActions(), Qt::MoveAction);
    }

    void dropRequestsMove_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("dropRow");    // insert before this row (-1: at the end)
        QTest::addColumn<bool>("onItem");    // dropped onto the item at dropRow
        QTest::addColumn<int>("expectedTo"); // -1: no request
        QTest::newRow("first to end") << 0 << -1 << false << 3;
        QTest::newRow("first before third") << 0 << 2 << false << 1;
        QTest::newRow("last to top") << 3 << 0 << false << 0;
        QTest::newRow("onto item") << 3 << 1 << true << 1;
        QTest::newRow("in place above") << 1 << 1 << false << -1;
        QTest::newRow("in place below") << 1 << 2 << false << -1;
        QTest::newRow("row out of range") << 1 << 99 << false << 3;
    }

    void dropRequestsMove()
    {
        QFETCH(int, from);
        QFETCH(int, dropRow);
        QFETCH(bool, onItem);
        QFETCH(int, expectedTo);
        QSignalSpy requests(m_proxy, &ClusterOrderProxyModel::moveRequested);
        std::unique_ptr<QMimeData> data(m_proxy->mimeData({m_proxy->index(from, 0)}));
        QVERIFY(data);
        const QString id = m_model->profiles().at(from).id;
        QCOMPARE(
            QString::fromUtf8(data->data(QString::fromLatin1(ClusterOrderProxyModel::MimeType))),
            id);
        QVERIFY(m_proxy->canDropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
        const bool dropped =
            onItem ? m_proxy->dropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                           m_proxy->index(dropRow, 0))
                   : m_proxy->dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {});
        QVERIFY(!dropped); // the view must not remove the dragged row
        if (expectedTo < 0) {
            QCOMPARE(requests.count(), 0);
        } else {
            QCOMPARE(requests.count(), 1);
            QCOMPARE(requests.at(0).at(0).toString(), id);
            QCOMPARE(requests.at(0).at(1).toInt(), expectedTo);
        }
        QCOMPARE(m_model->profiles().at(from).id, id); // nothing moved by itself
    }

    void foreignDataIsRefused()
    {
        QMimeData text;
        text.setText(QStringLiteral("a"));
        QVERIFY(!m_proxy->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
        QSignalSpy requests(m_proxy, &ClusterOrderProxyModel::moveRequested);
        QVERIFY(!m_proxy->dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
        QMimeData unknown;
        unknown.setData(QString::fromLatin1(ClusterOrderProxyModel::MimeType), "no-such-id");
        QVERIFY(!m_proxy->dropMimeData(&unknown, Qt::MoveAction, 0, 0, {}));
        QVERIFY(!m_proxy->dropMimeData(nullptr, Qt::MoveAction, 0, 0, {}));
        QCOMPARE(requests.count(), 0);
    }

    void internalMoveRequests()
    {
        QSignalSpy requests(m_proxy, &ClusterOrderProxyModel::moveRequested);
        // QListView asks to move row 0 in front of row 3.
        QVERIFY(m_proxy->moveRows({}, 0, 1, {}, 3));
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.at(0).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(requests.at(0).at(1).toInt(), 2);
        QVERIFY(!m_proxy->moveRows({}, 7, 1, {}, 0));
        QVERIFY(!m_proxy->moveRows({}, 0, 2, {}, 3));
        QCOMPARE(requests.count(), 1);
    }

    void followsTheSourceWhenItMoves()
    {
        connect(m_proxy, &ClusterOrderProxyModel::moveRequested, m_model,
                &ClusterListModel::moveProfile);
        QVERIFY(m_proxy->moveRows({}, 3, 1, {}, 0));
        QCOMPARE(m_proxy->index(0, 0).data(ClusterListModel::ProfileIdRole).toString(),
                 QStringLiteral("d"));
    }
};

QTEST_MAIN(tst_ClusterOrderProxyModel)
#include "tst_ClusterOrderProxyModel.moc"
