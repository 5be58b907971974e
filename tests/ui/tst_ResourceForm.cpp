// ResourceForm offscreen, without a cluster: validation messages appear next to the field as
// you type (bad port, bad URL) and go away when fixed; secrets are write-only ("unchanged"
// placeholder, Clear toggle); a read-only controller makes the whole form read-only.

#include "ResourceEditorController.h"
#include "ResourceForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc()
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = u"orders"_s;
    r.spec = QJsonObject{{u"driver"_s, u"postgresql"_s},
                         {u"driverClass"_s, u"org.postgresql.Driver"_s},
                         {u"url"_s, u"jdbc:postgresql://db/orders"_s},
                         {u"port"_s, 5432}};
    r.secretsSet.insert(u"password"_s, true);
    r.revision = 3;
    return r;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_ResourceForm final : public QObject
{
    Q_OBJECT

private slots:
    void badPortShowsMessageAsYouType();
    void badUrlShowsMessageAsYouType_data();
    void badUrlShowsMessageAsYouType();
    void secretsAreWriteOnly();
    void readOnlyForm();
    void messagesNeverMoveTheFields();
    void messagesUseTheFormsLabels();
    void existingNameLooksReadOnly();
};

void tst_ResourceForm::badPortShowsMessageAsYouType()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc());
    ResourceForm form(u"jdbc"_s);
    form.setController(&controller);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *port = qobject_cast<QLineEdit *>(form.editor(u"spec.port"_s));
    QVERIFY(port);
    QCOMPARE(port->text(), u"5432"_s);
    QCOMPARE(form.messageFor(u"spec.port"_s), QString());
    retype(port, u"7000"_s);
    QCOMPARE(form.messageFor(u"spec.port"_s), QString());
    QTest::keyClick(port, Qt::Key_0); // 70000
    QCOMPARE(form.messageFor(u"spec.port"_s), u"must be an integer from 1 to 65535"_s);
    QVERIFY(!controller.isValid());
    QTest::keyClick(port, Qt::Key_Backspace);
    QCOMPARE(form.messageFor(u"spec.port"_s), QString());
    QTest::keyClicks(port, u"x"_s); // not a number at all
    QVERIFY(!form.messageFor(u"spec.port"_s).isEmpty());
    QCOMPARE(controller.yours().spec.value(u"port"_s), QJsonValue(u"7000x"_s));
}

void tst_ResourceForm::badUrlShowsMessageAsYouType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("good");
    QTest::newRow("web service") << u"webservice"_s << u"ftp://example.com"_s
                                 << u"https://example.com/api"_s;
    QTest::newRow("jdbc") << u"jdbc"_s << u"postgresql://db/orders"_s
                          << u"jdbc:postgresql://db/orders"_s;
}

void tst_ResourceForm::badUrlShowsMessageAsYouType()
{
    QFETCH(QString, type);
    QFETCH(QString, bad);
    QFETCH(QString, good);
    ResourceEditorController controller(u"c1"_s, type);
    controller.startNew();
    ResourceForm form(type);
    form.setController(&controller);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *url = qobject_cast<QLineEdit *>(form.editor(u"spec.url"_s));
    QVERIFY(url);
    QVERIFY(!form.messageFor(u"spec.url"_s).isEmpty()); // required
    retype(url, bad);
    const QString message = form.messageFor(u"spec.url"_s);
    QVERIFY(!message.isEmpty());
    QVERIFY(message != u"is required"_s);
    retype(url, good);
    QCOMPARE(form.messageFor(u"spec.url"_s), QString());
}

void tst_ResourceForm::secretsAreWriteOnly()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc());
    ResourceForm form(u"jdbc"_s);
    form.setController(&controller);
    auto *password = qobject_cast<QLineEdit *>(form.editor(u"spec.password"_s));
    QVERIFY(password);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->text(), QString());
    QCOMPARE(password->placeholderText(), u"unchanged"_s);
    QCheckBox *clear = form.clearToggle(u"password"_s);
    QVERIFY(clear && clear->isEnabled());
    QTest::keyClicks(password, u"pw"_s);
    QCOMPARE(controller.yours().secrets.value(u"password"_s).value, u"pw"_s);
    clear->setChecked(true);
    QCOMPARE(controller.yours().secrets.value(u"password"_s).action, SecretEdit::Action::Clear);
    QVERIFY(!password->isEnabled());
    QCOMPARE(password->text(), QString());
    clear->setChecked(false);
    QVERIFY(!controller.isDirty());

    // A new resource has nothing stored to clear.
    controller.startNew();
    QCOMPARE(password->placeholderText(), u"not set"_s);
    QVERIFY(!clear->isEnabled());
}

void tst_ResourceForm::readOnlyForm()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc());
    controller.setReadOnly(u"You are signed in as viewer: read-only"_s);
    ResourceForm form(u"jdbc"_s);
    form.setController(&controller);
    auto *port = qobject_cast<QLineEdit *>(form.editor(u"spec.port"_s));
    QVERIFY(port->isReadOnly());
    QTest::keyClicks(port, u"1"_s);
    QCOMPARE(controller.yours().spec.value(u"port"_s).toInt(), 5432);
    auto *name = qobject_cast<QLineEdit *>(form.editor(u"name"_s));
    QVERIFY(name->isReadOnly());
}

// Every editor and label stays where it was when a message appears under a field: a click aimed
// at the next field lands there.
void tst_ResourceForm::messagesNeverMoveTheFields()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc());
    ResourceForm form(u"jdbc"_s);
    form.setController(&controller);
    form.resize(520, 700);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const auto geometries = [&form] {
        QList<QRect> rects;
        const QList<QWidget *> children = form.findChildren<QWidget *>();
        for (const QWidget *child : children) {
            if (!child->objectName().startsWith(u"message_"))
                rects.append(QRect(child->mapTo(&form, QPoint(0, 0)), child->size()));
        }
        return rects;
    };
    const QList<QRect> before = geometries();
    auto *port = qobject_cast<QLineEdit *>(form.editor(u"spec.port"_s));
    retype(port, u"700000"_s);
    QVERIFY(!form.messageFor(u"spec.port"_s).isEmpty());
    auto *url = qobject_cast<QLineEdit *>(form.editor(u"spec.url"_s));
    retype(url, u"no url at all, and a long one that would need more than a line to say why"_s);
    QVERIFY(!form.messageFor(u"spec.url"_s).isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), before);
    retype(port, u"5432"_s);
    retype(url, u"jdbc:postgresql://db/orders"_s);
    QCOMPARE(form.messageFor(u"spec.port"_s), QString());
    QCoreApplication::processEvents();
    QCOMPARE(geometries(), before);
}

void tst_ResourceForm::messagesUseTheFormsLabels()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc());
    ResourceForm form(u"jdbc"_s);
    form.setController(&controller);
    retype(qobject_cast<QLineEdit *>(form.editor(u"spec.poolMin"_s)), u"8"_s);
    retype(qobject_cast<QLineEdit *>(form.editor(u"spec.poolMax"_s)), u"4"_s);
    const QString message = form.messageFor(u"spec.poolMax"_s);
    QCOMPARE(message, u"must be at least Pool minimum"_s);
    QVERIFY(!message.contains(u"poolMin"_s));
}

void tst_ResourceForm::existingNameLooksReadOnly()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc());
    ResourceForm form(u"jdbc"_s);
    form.setController(&controller);
    auto *name = qobject_cast<QLineEdit *>(form.editor(u"name"_s));
    auto *description = qobject_cast<QLineEdit *>(form.editor(u"description"_s));
    QVERIFY(name->isReadOnly());
    QVERIFY(!description->isReadOnly());
    // Not the white box of an editable field, and it says why.
    QCOMPARE(name->palette().color(QPalette::Base), form.palette().color(QPalette::Window));
    QVERIFY(description->palette().color(QPalette::Base) != form.palette().color(QPalette::Window));
    QVERIFY(!name->toolTip().isEmpty());
    // A new resource's name is typed like any field.
    controller.startNew();
    QVERIFY(!name->isReadOnly());
    QCOMPARE(name->palette().color(QPalette::Base), form.palette().color(QPalette::Base));
    QVERIFY(name->toolTip().isEmpty());
}

QTEST_MAIN(tst_ResourceForm)
#include "tst_ResourceForm.moc"
