#include "models/scenarioresult.h"

#include "session/contractdocument.h"
#include "text/messagetext.h"

#include <exception>

namespace attrition::ui {

void flatOwedWhenCancelled(ScenarioResult& result) {
    if (!result.assessment || !result.assessment->cancelled) {
        return;
    }
    for (PickupSweepPoint& point : result.curve) {
        point.roomDamages = result.assessment->rooms;
        point.meetingRoom = result.assessment->meetingRoom;
        point.totalOwed = result.assessment->totalOwed;
    }
}

ScenarioResult evaluateScenario(const Contract& contract, const ScenarioOverrides& overrides,
                                std::span<const RebookingCredit> credits) {
    ScenarioResult r;
    try {
        r.assessment = assess(contract, overrides, credits);
        Contract curveContract = contract;
        if (overrides.foodBeverageSpend) {
            curveContract.foodBeverage.actualSpend = *overrides.foodBeverageSpend;
        }
        if (overrides.resale) {
            curveContract.resale = *overrides.resale;
        }
        curveContract.cancellationNotice.reset(); // the attrition curve, as on the main chart
        r.curve = sweepPickup(curveContract, 0, 150, 1);
        flatOwedWhenCancelled(r);
    } catch (const ContractInvalid& e) {
        QStringList problems;
        for (const ValidationIssue& issue : e.issues()) {
            problems << issueText(issue, &contract);
        }
        r.assessment.reset();
        r.problem = problems.join(QLatin1Char('\n'));
    } catch (const CurrencyMismatch& e) {
        r.assessment.reset();
        r.problem = creditCurrencyProblem(contract, credits);
        if (r.problem.isEmpty()) {
            r.problem = QString::fromUtf8(e.what());
        }
    } catch (const std::exception& e) {
        r.assessment.reset();
        r.problem = QString::fromUtf8(e.what());
    }
    return r;
}

} // namespace attrition::ui
