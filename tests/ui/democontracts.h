#pragma once

// Contracts the widget tests, the screenshots and the benchmark work with: the domain text's worked
// examples, and a few realistic group contracts a sales manager would have open on a given day.

#include "attrition/domain/contract.h"

#include <QString>
#include <string_view>
#include <vector>

namespace attrition::demo {

Date date(std::string_view iso);
Money money(std::string_view text, Currency currency);
Percent pct(std::string_view points);
Currency usd();

/// Worked example A of the domain text: Sun 20, Mon 100, Tue 100, Wed 20 at 150.00; 80%; factor 80%;
/// pickup 5, 100, 100, 5; night by night: 2,640.00.
Contract shoulderNights();
/// Worked example E: cancelled 101 days before arrival; 50% of 57,360.00; deposit 10,000.00: 18,680.00 due.
Contract cancelledGroup();
/// A large association meeting with two room types, F&B, meeting room scale, reviews, deposits.
Contract associationMeeting();

/// A folder's worth of contracts: the above and others in several currencies and statuses.
std::vector<Contract> portfolio();

/// Writes the portfolio as contract files into `folder`; returns the paths written.
QStringList writePortfolio(const QString& folder);

} // namespace attrition::demo
