#include "app/report/templatefromreportaction.h"

#include "app/common/documentsfolder.h"
#include "app/report/templatereviewdialog.h"
#include "io/documentparagraphs.h"
#include "report/templatebinder.h"
#include "storage/storageerror.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

#include <memory>

namespace zhibiao {

bool TemplateFromReportAction::run(QWidget *parent, const Database &db, int reportWindowYear)
{
    const QString title = tr("Template from Last Year's Report");
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open Last Year's Report"), documentsFolder(),
                                                      tr("Reports (*.docx *.odt *.txt)"));
    if (path.isEmpty())
        return false;
    QString error;
    const QList<DocumentParagraph> paragraphs = DocumentParagraphs::readFile(path, &error);
    if (paragraphs.isEmpty()) {
        QMessageBox::warning(parent, title,
                             error.isEmpty() ? tr("%1 holds no text.").arg(QDir::toNativeSeparators(path))
                                             : tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    bool ok = false;
    const int year = QInputDialog::getInt(parent, title, tr("The year this report is about:"), reportWindowYear - 1,
                                          2000, 2100, 1, &ok);
    if (!ok)
        return false;
    ReportTemplate tmpl;
    std::shared_ptr<const TemplateBinder> binder;
    try {
        binder = std::make_shared<const TemplateBinder>(TemplateData::load(db, year));
        tmpl = binder->bind(paragraphs);
    } catch (const StorageError &e) {
        QMessageBox::warning(parent, title, tr("The figures of %1 could not be read: %2").arg(year).arg(e.message()));
        return false;
    }
    tmpl.year = year;
    TemplateReviewDialog dialog(db, std::move(tmpl),
                                [binder](const FigureBinding &binding) { return binder->describe(binding); }, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace zhibiao
