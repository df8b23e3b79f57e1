#pragma once

#include "report/reportstyle.h"

#include <QDialog>

#include <memory>

namespace zhibiao {

namespace Ui {
class ReportFontsDialog;
}

// The font and size of each role of the printed report (title, body, headings, tables).
class ReportFontsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportFontsDialog)

public:
    explicit ReportFontsDialog(const ReportStyle &style, QWidget *parent = nullptr);
    ~ReportFontsDialog() override;

    ReportStyle style() const;
    // The user asked for the defaults (the settings are then to be cleared).
    bool resetRequested() const { return m_reset; }

private:
    void show(const ReportStyle &style);

    std::unique_ptr<Ui::ReportFontsDialog> m_ui;
    bool m_reset = false;
};

} // namespace zhibiao
