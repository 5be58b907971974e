#include "ResourceDiff.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString ResourceDiffText::agreement(SecretAgreement agreement)
{
    switch (agreement) {
    case SecretAgreement::Unset:
        return tr("unset");
    case SecretAgreement::SetOnSome:
        return tr("set on some only");
    case SecretAgreement::Equal:
        return tr("set on all, equal");
    case SecretAgreement::Different:
        return tr("set on all, different");
    case SecretAgreement::CannotTell:
        break;
    }
    return tr("set on all, cannot tell");
}

QString ResourceDiffText::secrets(const ResourceDiffRow &row)
{
    // With the resource on one cluster only there is nothing to compare a secret with.
    const bool single = std::count_if(row.cells.cbegin(), row.cells.cend(), [](auto cell) {
                            return cell != ResourceDiffRow::Cell::Absent;
                        }) <= 1;
    QStringList parts;
    for (auto it = row.secrets.begin(); it != row.secrets.end(); ++it) {
        const QString text = !single                                ? agreement(it.value())
                             : it.value() == SecretAgreement::Unset ? tr("not set")
                                                                    : tr("set");
        parts.append(tr("%1: %2").arg(it.key(), text));
    }
    return parts.join(u"; "_s);
}

QString ResourceDiffText::status(const ResourceDiffRow &row, const QStringList &clusters)
{
    switch (row.status) {
    case ResourceDiffRow::Status::Identical:
        return row.secretsUncertain() ? tr("identical (secrets: cannot tell)") : tr("identical");
    case ResourceDiffRow::Status::Differs:
        return tr("differs");
    case ResourceDiffRow::Status::Partial:
        break;
    }
    QStringList in;
    for (int i = 0; i < row.cells.size() && i < clusters.size(); ++i) {
        if (row.cells.at(i) != ResourceDiffRow::Cell::Absent)
            in.append(clusters.at(i));
    }
    return tr("only in %1").arg(in.join(u", "_s));
}
