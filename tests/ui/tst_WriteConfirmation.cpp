// WriteConfirmation: a production target asks for its name typed exactly (the action's button
// stays disabled for another case, a trailing space or Enter on a half-typed name), any other
// target asks the usual question; the action runs once on confirmation and never on Cancel.
// EnvironmentBadge: the band's words and colours.
#include "EnvironmentBadge.h"
#include "WriteConfirmation.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ClusterProfile profile(const QString &name, const QString &environment)
{
    ClusterProfile result = ClusterProfile::create(name, QUrl(u"http://127.0.0.1:9"_s));
    result.environment = environment;
    return result;
}

DangerousWrite deleteWrite()
{
    return {u"Delete resource?"_s, u"Delete orders from Prod?"_s, u"Cannot be undone."_s,
            u"&Delete"_s,          u"deleteConfirmation"_s,       u"confirmDeleteButton"_s};
}

} // namespace

class tst_WriteConfirmation final : public QObject
{
    Q_OBJECT

private slots:
    void productionNeedsTheExactName();
    void cancelRunsNothing();
    void otherEnvironmentsAskTheUsualQuestion_data();
    void otherEnvironmentsAskTheUsualQuestion();
    void bandSaysTheEnvironmentInWords();
};

void tst_WriteConfirmation::productionNeedsTheExactName()
{
    QWidget parent;
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    int runs = 0;
    QDialog *opened = confirmDangerousWrite(&parent, profile(u"Prod EU"_s, u"production"_s),
                                            deleteWrite(), [&runs] { ++runs; });
    auto *dialog = qobject_cast<TypedConfirmationDialog *>(opened);
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), u"deleteConfirmation"_s);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QPushButton *action = dialog->actionButton();
    QCOMPARE(action->objectName(), u"confirmDeleteButton"_s);
    QVERIFY(!action->isEnabled());
    for (const QString &wrong : {u"prod eu"_s, u"PROD EU"_s, u"Prod EU "_s, u"Prod"_s}) {
        dialog->nameEdit()->setText(wrong);
        QVERIFY2(!action->isEnabled(), qPrintable(wrong));
    }
    // Enter on a name that does not match is Cancel, the default button: nothing runs.
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!parent.findChild<TypedConfirmationDialog *>());
    QCOMPARE(runs, 0);
    dialog = qobject_cast<TypedConfirmationDialog *>(confirmDangerousWrite(
        &parent, profile(u"Prod EU"_s, u"production"_s), deleteWrite(), [&runs] { ++runs; }));
    QVERIFY(dialog);
    action = dialog->actionButton();
    QTest::keyClicks(dialog->nameEdit(), u"Prod EU"_s);
    QVERIFY(action->isEnabled());
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(runs, 1);
    QTRY_VERIFY(!parent.findChild<TypedConfirmationDialog *>()); // deleted on close
    QCOMPARE(runs, 1);
}

void tst_WriteConfirmation::cancelRunsNothing()
{
    QWidget parent;
    int runs = 0;
    auto *dialog = qobject_cast<TypedConfirmationDialog *>(confirmDangerousWrite(
        &parent, profile(u"Prod"_s, u"Production"_s), deleteWrite(), [&runs] { ++runs; }));
    QVERIFY(dialog);
    dialog->nameEdit()->setText(u"Prod"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!parent.findChild<TypedConfirmationDialog *>());
    QCOMPARE(runs, 0);
}

void tst_WriteConfirmation::otherEnvironmentsAskTheUsualQuestion_data()
{
    QTest::addColumn<QString>("environment");
    QTest::newRow("none") << QString();
    QTest::newRow("staging") << u"staging"_s;
    QTest::newRow("test") << u"test"_s;
    QTest::newRow("custom") << u"Lab"_s;
}

void tst_WriteConfirmation::otherEnvironmentsAskTheUsualQuestion()
{
    QFETCH(QString, environment);
    QWidget parent;
    int runs = 0;
    QDialog *opened = confirmDangerousWrite(&parent, profile(u"Test"_s, environment), deleteWrite(),
                                            [&runs] { ++runs; });
    auto *box = qobject_cast<QMessageBox *>(opened);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Delete orders from Prod?"_s);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    auto *action = box->findChild<QPushButton *>(u"confirmDeleteButton"_s);
    QVERIFY(action && action->isEnabled());
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(runs, 1);
}

void tst_WriteConfirmation::bandSaysTheEnvironmentInWords()
{
    QWidget parent;
    auto *band = new QLabel(&parent);
    parent.show();
    EnvironmentBadge::styleBand(band, profile(u"Prod"_s, u"production"_s));
    QVERIFY(band->isVisible());
    QCOMPARE(band->text(), u"PRODUCTION"_s);
    QVERIFY(band->autoFillBackground());
    QCOMPARE(band->palette().color(QPalette::Window), QColor(u"#c62828"_s));
    QCOMPARE(band->palette().color(QPalette::WindowText), QColor(Qt::white));
    ClusterProfile readOnly = profile(u"Lab"_s, QString());
    readOnly.readOnly = true;
    EnvironmentBadge::styleBand(band, readOnly);
    QVERIFY(band->text().contains(u"read-only"_s, Qt::CaseInsensitive));
    EnvironmentBadge::styleBand(band, profile(u"Lab"_s, QString()));
    QVERIFY(!band->isVisible());
    EnvironmentBadge::styleBand(band, profile(u"Stage"_s, u"staging"_s));
    QVERIFY(band->isVisible());
    QVERIFY(band->text().contains(u"Staging"_s));
    QVERIFY(!band->autoFillBackground()); // staging is told quietly
    QCOMPARE(EnvironmentBadge::textColourOn(QColor(u"#e69500"_s)), QColor(Qt::black));
}

QTEST_MAIN(tst_WriteConfirmation)
#include "tst_WriteConfirmation.moc"
