#pragma once

#include <QDialog>

#include <memory>

namespace zhibiao {

namespace Ui {
class ReturnReasonDialog;
}

// Asks a leader why a quarter goes back to its staff; OK only with a reason.
class ReturnReasonDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnReasonDialog)

public:
    explicit ReturnReasonDialog(const QString &what, QWidget *parent = nullptr);
    ~ReturnReasonDialog() override;

    QString reason() const;

private:
    std::unique_ptr<Ui::ReturnReasonDialog> m_ui;
};

} // namespace zhibiao
