// SPDX-License-Identifier: MIT
#pragma once

#include "learn/Architecture.h"

#include <string>
#include <vector>

namespace convlab {

enum class LayerKind { Conv, Relu, MaxPool, Linear };

// One row of the table: what a layer outputs and costs, and what part of the input one of its
// units sees. Sizes per axis (the input and every kernel are square).
struct LayerShape {
    std::string name; // conv1, relu1, pool1, …, linear
    LayerKind kind = LayerKind::Conv;
    int stage = 0; // index into Architecture::stages; -1 for linear
    int inChannels = 1;
    int inSize = 0;   // rows = cols of the map the layer reads (linear: 1)
    int channels = 1; // output channels (linear: classes)
    int size = 1;     // output rows = cols (linear: 1)
    long long parameters = 0;
    long long multiplyAdds = 0; // per digit
    // Receptive field on the input: unit u (per axis) sees input pixels
    // [fieldStart + u·jump, fieldStart + u·jump + receptiveField), padding included.
    // It grows by (k−1)·jump at each conv or pool, and the jump is multiplied by the stride.
    int receptiveField = 1;
    int jump = 1;
    int fieldStart = 0;
    // conv and pool: ConvLab's output-size formula with the numbers, convFormula().
    std::string formula;

    long long outputValues() const { return static_cast<long long>(channels) * size * size; }
};

// Every layer of an architecture with its output size from convOutputSize (the formula ConvLab
// shows everywhere), its parameters and multiply-adds, and its receptive field.
// Building it checks the architecture: a value out of ArchitectureLimits, zero filters, or maps
// shrinking below a kernel throws Error naming the layer ("layer conv2: kernel 5 is larger
// than padded input 4").
class ShapeTable final {
  public:
    explicit ShapeTable(const Architecture& architecture);

    const std::vector<LayerShape>& layers() const { return m_layers; }
    const LayerShape& layer(const std::string& name) const; // throws Error for an unknown name
    long long parameters() const;
    long long multiplyAdds() const;
    int linearInputs() const { return m_linearInputs; }

  private:
    std::vector<LayerShape> m_layers;
    int m_linearInputs = 0;
};

} // namespace convlab
