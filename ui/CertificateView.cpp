#include "CertificateView.h"

#include "Theme.h"
#include "TlsPolicy.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace {

void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("certificateView"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Several values take two lines; their labels belong next to the first.
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_subject = addValueRow();
    m_subject->setObjectName(QStringLiteral("certificateSubject"));
    m_issuer = addValueRow();
    m_issuer->setObjectName(QStringLiteral("certificateIssuer"));
    m_names = addValueRow();
    m_names->setObjectName(QStringLiteral("certificateNames"));
    m_validity = addValueRow();
    m_validity->setObjectName(QStringLiteral("certificateValidity"));
    m_fingerprint = addValueRow();
    m_fingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    // Fingerprints are compared character by character; a fixed-width font keeps the columns.
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems = addValueRow();
    m_problems->setObjectName(QStringLiteral("certificateProblems"));
    retranslateUi();
    refresh();
}

QLabel *CertificateView::addValueRow()
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    // Selectable for copying, but out of the Tab chain so keyboard users move between fields.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // An empty text would create no label; retranslateUi() fills this one in.
    m_form->addRow(new QLabel(this), value);
    return value;
}

void CertificateView::setCertificate(const QSslCertificate &certificate,
                                     const QList<QSslError> &errors)
{
    m_certificate = certificate;
    m_errors = errors;
    refresh();
}

void CertificateView::clear()
{
    setCertificate(QSslCertificate());
}

QString CertificateView::formatFingerprint(const QString &sha256Hex)
{
    const QString hex = TlsPolicy::normalizeFingerprint(sha256Hex).toUpper();
    if (hex.isEmpty())
        return {};
    QString text;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            text += i == hex.size() / 2 ? QLatin1Char('\n') : QLatin1Char(':');
        text += hex.mid(i, 2);
    }
    return text;
}

void CertificateView::refresh()
{
    const bool hasCertificate = !m_certificate.isNull();
    if (!hasCertificate) {
        for (QLabel *label : {m_subject, m_issuer, m_names, m_validity, m_fingerprint, m_problems})
            label->clear();
    } else {
        const auto joined = [](const QStringList &parts) {
            return parts.join(QStringLiteral(", "));
        };
        const QStringList organization = m_certificate.subjectInfo(QSslCertificate::Organization);
        QString subject = m_certificate.subjectDisplayName();
        if (!organization.isEmpty() && !subject.contains(organization.constFirst()))
            subject = tr("%1 (%2)").arg(subject, joined(organization));
        m_subject->setText(subject);
        m_issuer->setText(m_certificate.issuerDisplayName());

        QStringList names;
        const auto alternatives = m_certificate.subjectAlternativeNames();
        for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
            names.append(it.value());
        m_names->setText(names.isEmpty() ? tr("none") : joined(names));

        const QLocale locale;
        const QDateTime from = m_certificate.effectiveDate().toLocalTime();
        const QDateTime until = m_certificate.expiryDate().toLocalTime();
        const QDateTime now = QDateTime::currentDateTime();
        QString validity = tr("from %1 until %2")
                               .arg(locale.toString(from, QLocale::ShortFormat),
                                    locale.toString(until, QLocale::ShortFormat));
        const bool expired = until < now;
        const bool notYetValid = from > now;
        if (expired)
            validity = tr("%1 (expired)").arg(validity);
        else if (notYetValid)
            validity = tr("%1 (not yet valid)").arg(validity);
        m_validity->setText(validity);
        setTextColor(m_validity, expired || notYetValid
                                     ? Theme::color(Theme::Role::Critical, palette())
                                     : palette().color(QPalette::WindowText));

        m_fingerprint->setText(formatFingerprint(TlsPolicy::sha256Fingerprint(m_certificate)));

        QStringList problems;
        for (const QSslError &error : std::as_const(m_errors)) {
            if (!problems.contains(error.errorString()))
                problems.append(error.errorString());
        }
        m_problems->setText(problems.join(QLatin1Char('\n')));
        setTextColor(m_problems, Theme::color(Theme::Role::Critical, palette()));
    }
    m_form->setRowVisible(m_problems, hasCertificate && !m_errors.isEmpty());
    setVisible(hasCertificate);
}

void CertificateView::retranslateUi()
{
    setFormLabel(m_form, m_subject, tr("Subject:"));
    setFormLabel(m_form, m_issuer, tr("Issuer:"));
    setFormLabel(m_form, m_names, tr("Names:"));
    setFormLabel(m_form, m_validity, tr("Valid:"));
    setFormLabel(m_form, m_fingerprint, tr("SHA-256:"));
    setFormLabel(m_form, m_problems, tr("Problems:"));
}

void CertificateView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
}
