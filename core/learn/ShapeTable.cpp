// SPDX-License-Identifier: MIT
#include "learn/ShapeTable.h"

#include "Error.h"
#include "geometry/ConvGeometry.h"

#include <numeric>

namespace convlab {
namespace {

using Limits = ArchitectureLimits;

// Messages as core writes them ("stride 0 must be at least 1"), prefixed by the layer.
[[noreturn]] void refuse(const std::string& layer, const std::string& message)
{
    throw Error("layer " + layer + ": " + message);
}

void requireWithin(const std::string& layer, const char* what, int value, int minimum, int maximum)
{
    if (value < minimum)
        refuse(layer, std::string(what) + " " + std::to_string(value) +
                          (minimum == 0 ? " must not be negative"
                                        : " must be at least " + std::to_string(minimum)));
    if (value > maximum)
        refuse(layer, std::string(what) + " " + std::to_string(value) + " must be at most " +
                          std::to_string(maximum));
}

// convOutputSize, its Error prefixed by the layer.
int outputSize(const std::string& layer, const AxisGeometry& axis)
{
    try {
        return convOutputSize(axis);
    } catch (const Error& e) {
        refuse(layer, e.what());
    }
}

} // namespace

ShapeTable::ShapeTable(const Architecture& a)
{
    const int stages = static_cast<int>(a.stages.size());
    require(stages >= Limits::kMinStages && stages <= Limits::kMaxStages,
            "the network needs " + std::to_string(Limits::kMinStages) + " to " +
                std::to_string(Limits::kMaxStages) + " convolution stages, not " +
                std::to_string(stages));
    requireWithin("input", "input size", a.inputSize, Limits::kMinInputSize, Limits::kMaxInputSize);
    requireWithin(kLinearLayerName, "classes", a.classes, 2, Limits::kMaxClasses);

    int channels = 1;
    int size = a.inputSize;
    int field = 1;
    int jump = 1;
    int start = 0;
    for (int s = 0; s < stages; ++s) {
        const ConvStage& stage = a.stages[static_cast<std::size_t>(s)];
        const std::string conv = convLayerName(s);
        requireWithin(conv, "filters", stage.filters, 1, Limits::kMaxFilters);
        requireWithin(conv, "kernel size", stage.kernel, 1, Limits::kMaxKernel);
        requireWithin(conv, "stride", stage.stride, 1, Limits::kMaxStride);
        requireWithin(conv, "padding", stage.padding, 0, Limits::kMaxPadding);
        requireWithin(poolLayerName(s), "pool size", stage.pool, 1, Limits::kMaxPool);

        AxisGeometry axis;
        axis.input = size;
        axis.kernel = stage.kernel;
        axis.stride = stage.stride;
        axis.padBefore = axis.padAfter = stage.padding;
        LayerShape c;
        c.name = conv;
        c.kind = LayerKind::Conv;
        c.stage = s;
        c.inChannels = channels;
        c.inSize = size;
        c.channels = stage.filters;
        c.size = outputSize(conv, axis);
        c.formula = convFormula(axis);
        const long long taps = static_cast<long long>(channels) * stage.kernel * stage.kernel;
        c.parameters = stage.filters * (taps + 1);
        c.multiplyAdds = c.outputValues() * taps;
        start -= stage.padding * jump;
        field += (stage.kernel - 1) * jump;
        jump *= stage.stride;
        c.receptiveField = field;
        c.jump = jump;
        c.fieldStart = start;
        m_layers.push_back(c);

        LayerShape r = c;
        r.name = reluLayerName(s);
        r.kind = LayerKind::Relu;
        r.inChannels = c.channels;
        r.inSize = c.size;
        r.parameters = r.multiplyAdds = 0;
        r.formula.clear();
        m_layers.push_back(r);
        channels = c.channels;
        size = c.size;

        if (stage.pool > 1) {
            AxisGeometry window;
            window.input = size;
            window.kernel = window.stride = stage.pool;
            LayerShape p = r;
            p.name = poolLayerName(s);
            p.kind = LayerKind::MaxPool;
            p.size = outputSize(p.name, window);
            p.formula = convFormula(window);
            field += (stage.pool - 1) * jump;
            jump *= stage.pool;
            p.receptiveField = field;
            p.jump = jump;
            m_layers.push_back(p);
            size = p.size;
        }
    }

    LayerShape linear;
    linear.name = kLinearLayerName;
    linear.kind = LayerKind::Linear;
    linear.stage = -1;
    linear.inChannels = channels;
    linear.inSize = size;
    linear.channels = a.classes;
    linear.size = 1;
    m_linearInputs = channels * size * size;
    linear.parameters = static_cast<long long>(m_linearInputs + 1) * a.classes;
    linear.multiplyAdds = static_cast<long long>(m_linearInputs) * a.classes;
    // A class score reads the whole last map: a window as large as the map.
    linear.receptiveField = field + (size - 1) * jump;
    linear.jump = jump;
    linear.fieldStart = start;
    m_layers.push_back(linear);
}

const LayerShape& ShapeTable::layer(const std::string& name) const
{
    for (const LayerShape& l : m_layers)
        if (l.name == name)
            return l;
    throw Error("the network has no layer " + name);
}

long long ShapeTable::parameters() const
{
    return std::accumulate(m_layers.begin(), m_layers.end(), 0LL,
                           [](long long sum, const LayerShape& l) { return sum + l.parameters; });
}

long long ShapeTable::multiplyAdds() const
{
    return std::accumulate(m_layers.begin(), m_layers.end(), 0LL,
                           [](long long sum, const LayerShape& l) { return sum + l.multiplyAdds; });
}

} // namespace convlab
