// ClusterOrderProxyModel over the sidebar's tree: drag data names the profile; a drop between the
// rows of its own folder asks for the reorder (with the row the profile ends up at in the whole
// list), a drop onto or into another folder (or the top level) asks to file it there; it never
// moves or removes rows itself.
#include "ClusterListModel.h"
#include "ClusterOrderProxyModel.h"
#include "ClusterTreeModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

class tst_ClusterOrderProxyModel final : public QObject
{
    Q_OBJECT

private:
    ClusterListModel *m_model = nullptr;
    ClusterTreeModel *m_tree = nullptr;
    ClusterOrderProxyModel *m_proxy = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new ClusterListModel(this);
        m_tree = new ClusterTreeModel(this);
        m_tree->setSourceModel(m_model);
        m_proxy = new ClusterOrderProxyModel(this);
        m_proxy->setSourceModel(m_tree);
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
        delete m_tree;
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

    void followsTheSourceWhenItMoves()
    {
        connect(m_proxy, &ClusterOrderProxyModel::moveRequested, m_model,
                &ClusterListModel::moveProfile);
        std::unique_ptr<QMimeData> data(m_proxy->mimeData({m_proxy->index(3, 0)}));
        QVERIFY(!m_proxy->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(m_proxy->index(0, 0).data(ClusterListModel::ProfileIdRole).toString(),
                 QStringLiteral("d"));
    }

    void dropsIntoFolders()
    {
        // a and c in "EMEA", b in "EMEA/Prod", d at the top: EMEA[Prod[b] a c] d.
        for (const char *id : {"a", "b", "c"}) {
            ClusterListModel::Profile p = m_model->profiles().at(m_model->rowOf(QLatin1String(id)));
            p.group = qstrcmp(id, "b") == 0 ? QStringLiteral("EMEA/Prod") : QStringLiteral("EMEA");
            m_model->updateProfile(p);
        }
        const QModelIndex emea = m_proxy->index(0, 0);
        QCOMPARE(emea.data(ClusterTreeModel::GroupPathRole).toString(), QStringLiteral("EMEA"));
        QVERIFY(m_proxy->flags(emea) & Qt::ItemIsDropEnabled);
        QVERIFY(!(m_proxy->flags(emea) & Qt::ItemIsDragEnabled));
        const QModelIndex prod = m_proxy->index(0, 0, emea);
        QSignalSpy filed(m_proxy, &ClusterOrderProxyModel::groupRequested);
        QSignalSpy moved(m_proxy, &ClusterOrderProxyModel::moveRequested);
        auto drag = [this](const char *id) {
            return std::unique_ptr<QMimeData>(
                m_proxy->mimeData({m_proxy->indexOfProfile(QLatin1String(id))}));
        };
        // d onto the folder Prod, onto the cluster a (into its folder), into EMEA between rows.
        QVERIFY(!m_proxy->dropMimeData(drag("d").get(), Qt::MoveAction, -1, -1, prod));
        QVERIFY(!m_proxy->dropMimeData(drag("d").get(), Qt::MoveAction, -1, -1,
                                       m_proxy->indexOfProfile(QStringLiteral("a"))));
        QVERIFY(!m_proxy->dropMimeData(drag("d").get(), Qt::MoveAction, 1, 0, emea));
        // b out of its folder to the top level.
        QVERIFY(!m_proxy->dropMimeData(drag("b").get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(filed.count(), 4);
        const QStringList groups{filed.at(0).at(1).toString(), filed.at(1).at(1).toString(),
                                 filed.at(2).at(1).toString(), filed.at(3).at(1).toString()};
        QCOMPARE(groups, (QStringList{QStringLiteral("EMEA/Prod"), QStringLiteral("EMEA"),
                                      QStringLiteral("EMEA"), QString()}));
        QCOMPARE(moved.count(), 0);
        // c to the front of EMEA's clusters (before a; the list's row 0): a reorder.
        QVERIFY(!m_proxy->dropMimeData(drag("c").get(), Qt::MoveAction, 1, 0, emea));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toString(), QStringLiteral("c"));
        QCOMPARE(moved.at(0).at(1).toInt(), 0);
        // a after c, at the end of EMEA: the list's row 2 (c's), as a is before it.
        QVERIFY(!m_proxy->dropMimeData(drag("a").get(), Qt::MoveAction, -1, -1, emea));
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.at(1).at(1).toInt(), 2);
        QCOMPARE(filed.count(), 4);
    }
};

QTEST_MAIN(tst_ClusterOrderProxyModel)
#include "tst_ClusterOrderProxyModel.moc"
