// SPDX-License-Identifier: MIT
#include "window/UnsavedChanges.h"

#include "document/Document.h"
#include "session/Session.h"

#include <QMessageBox>

namespace convlab {

void UnsavedChanges::settleThen(QWidget* window, const Session& session,
                                const std::function<bool()>& save,
                                const std::function<void()>& then)
{
    if (!session.document()->isModified()) {
        then();
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        tr("The lesson has unsaved changes. Save them first?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window);
    box->setObjectName(QStringLiteral("unsavedChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, window, [box, save, then] {
        const auto answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Cancel || answer == QMessageBox::NoButton)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
        then();
    });
    box->open();
}

} // namespace convlab
