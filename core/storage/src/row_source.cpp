#include "row_source.h"

namespace attrition::storage::detail {

Result<void> QtRowSource::each(const QString& sql, const std::vector<std::int64_t>& params,
                               const std::function<bool(const RowReader&)>& row, const Doing& doing) {
    QVariantList values;
    values.reserve(static_cast<qsizetype>(params.size()));
    for (std::int64_t p : params) {
        values << sqlInt(p);
    }
    Result<Rows> rows = connection_.query(sql, values, doing);
    if (!rows) {
        return rows.takeError();
    }
    const QtRow current(*rows);
    while (rows->next()) {
        if (!row(current)) {
            return {};
        }
    }
    return rows->status();
}

#ifndef ATTRITION_STORAGE_SQLITE_NATIVE
std::unique_ptr<RowSource> nativeSqliteRowSource(Connection&) {
    return nullptr;
}
#endif

} // namespace attrition::storage::detail
