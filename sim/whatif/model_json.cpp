// A built model as JSON and back (the field lists: model_fields.hpp).
#include "hcsim/whatif/model_json.hpp"

#include "model_fields.hpp"

namespace hcsim::whatif {

using nlohmann::json;

json to_json(const model::ModelSpec& spec) {
    return codec::encode(spec);
}
model::ModelSpec spec_from_json(const json& in) {
    return codec::decoded<model::ModelSpec>(in);
}
json to_json(const scenario::Indicator& indicator) {
    return codec::encode(indicator);
}
scenario::Indicator indicator_from_json(const json& in) {
    return codec::decoded<scenario::Indicator>(in);
}

} // namespace hcsim::whatif
