#pragma once

namespace zhibiao {

// Visits a ReportElement with one lambda per alternative: std::visit(Overloaded{...}, element).
template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace zhibiao
