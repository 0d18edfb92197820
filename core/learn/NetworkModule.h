// SPDX-License-Identifier: MIT
#pragma once
// The torch side of Network: include only where libtorch is needed (its headers are slow).

#include "learn/Architecture.h"
#include "learn/ShapeTable.h"

// The parts of libtorch used, not all of it (<torch/torch.h>): its headers are most of the
// build time of convlab_learn.
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>
#include <vector>

namespace convlab {

// The architecture as a torch::nn module: conv → ReLU → max-pool stages, then linear.
// Parameters are named conv1.weight, conv1.bias, …, linear.weight, linear.bias, as PyTorch
// names those of an nn.Module with the same attributes.
class NetworkModuleImpl final : public torch::nn::Module {
  public:
    explicit NetworkModuleImpl(const Architecture& architecture) : m_architecture(architecture)
    {
        const ShapeTable shapes(architecture); // throws Error naming the layer
        int channels = 1;
        for (std::size_t s = 0; s < architecture.stages.size(); ++s) {
            const ConvStage& stage = architecture.stages[s];
            m_convs.push_back(register_module(
                convLayerName(static_cast<int>(s)),
                torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, stage.filters, stage.kernel)
                                      .stride(stage.stride)
                                      .padding(stage.padding))));
            channels = stage.filters;
        }
        m_linear = register_module(kLinearLayerName,
                                   torch::nn::Linear(shapes.linearInputs(), architecture.classes));
    }

    // N×1×H×W → N×classes scores (logits).
    torch::Tensor forward(torch::Tensor x)
    {
        for (std::size_t s = 0; s < m_convs.size(); ++s) {
            x = torch::relu(m_convs[s]->forward(x));
            if (const int pool = m_architecture.stages[s].pool; pool > 1)
                x = torch::max_pool2d(x, pool);
        }
        return m_linear->forward(x.flatten(1));
    }

    // The output of every layer of ShapeTable, in its order (the last is the logits).
    std::vector<torch::Tensor> forwardAll(torch::Tensor x)
    {
        std::vector<torch::Tensor> outputs;
        for (std::size_t s = 0; s < m_convs.size(); ++s) {
            x = m_convs[s]->forward(x);
            outputs.push_back(x);
            x = torch::relu(x);
            outputs.push_back(x);
            if (const int pool = m_architecture.stages[s].pool; pool > 1) {
                x = torch::max_pool2d(x, pool);
                outputs.push_back(x);
            }
        }
        outputs.push_back(m_linear->forward(x.flatten(1)));
        return outputs;
    }

    // N×classes probabilities.
    torch::Tensor predict(const torch::Tensor& x) { return torch::softmax(forward(x), 1); }

    const Architecture& architecture() const { return m_architecture; }
    torch::nn::Conv2d& conv(int stage) { return m_convs.at(static_cast<std::size_t>(stage)); }
    torch::nn::Linear& linear() { return m_linear; }

  private:
    Architecture m_architecture;
    std::vector<torch::nn::Conv2d> m_convs;
    torch::nn::Linear m_linear{nullptr};
};

TORCH_MODULE(NetworkModule);

} // namespace convlab
