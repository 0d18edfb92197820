// SPDX-License-Identifier: MIT
#include "engine/WindowSums.h"

#include "Error.h"
#include "engine/Stripes.h"

#include <string>
#include <vector>

namespace convlab {
namespace {

// Running sums that slide by adding and removing values keep every rounding error they ever
// made. Each one carries its error term along (Neumaier's compensated summation, branch-free
// TwoSum), so that a value read after thousands of slides is still within a few ulps of the
// exact window sum, and a flat window's variance comes out at rounding level.
struct CompensatedSum {
    double sum = 0;
    double error = 0;

    void add(double x)
    {
        const double total = sum + x;
        const double xPart = total - sum;
        error += (sum - (total - xPart)) + (x - xPart);
        sum = total;
    }
    double value() const { return sum + error; }
};

// Column sums of a band of `height` image rows, slid down one row at a time.
class ColumnSums final {
public:
    ColumnSums(const cv::Mat& image, int firstRow, int height)
        : m_image(image), m_height(height), m_top(firstRow),
          m_sum(static_cast<std::size_t>(image.cols)),
          m_squares(static_cast<std::size_t>(image.cols))
    {
        for (int r = firstRow; r < firstRow + height; ++r)
            add(r, 1.0);
    }

    void slideDown()
    {
        add(m_top, -1.0);
        add(m_top + m_height, 1.0);
        ++m_top;
    }

    const std::vector<CompensatedSum>& sum() const { return m_sum; }
    const std::vector<CompensatedSum>& squares() const { return m_squares; }

private:
    void add(int row, double sign)
    {
        const float* x = m_image.ptr<float>(row);
        for (std::size_t c = 0; c < m_sum.size(); ++c) {
            const double v = x[c];
            m_sum[c].add(sign * v);
            m_squares[c].add(sign * v * v);
        }
    }

    const cv::Mat& m_image;
    int m_height;
    int m_top;
    std::vector<CompensatedSum> m_sum;
    std::vector<CompensatedSum> m_squares;
};

// out[j] = Σ columns[j .. j + width).
void slideAcross(const std::vector<CompensatedSum>& columns, int width, std::vector<double>& out)
{
    CompensatedSum running;
    for (int c = 0; c < width; ++c) {
        running.add(columns[static_cast<std::size_t>(c)].sum);
        running.add(columns[static_cast<std::size_t>(c)].error);
    }
    out[0] = running.value();
    for (std::size_t j = 1; j < out.size(); ++j) {
        const CompensatedSum& entering = columns[j + static_cast<std::size_t>(width) - 1];
        const CompensatedSum& leaving = columns[j - 1];
        running.add(entering.sum);
        running.add(entering.error);
        running.add(-leaving.sum);
        running.add(-leaving.error);
        out[j] = running.value();
    }
}

} // namespace

void forEachWindowRow(const cv::Mat& image, cv::Size window, const WindowRowVisitor& visit)
{
    require(image.type() == CV_32FC1, "window sums take a single-channel float32 image; it is " +
                                          cv::typeToString(image.type()));
    require(window.width >= 1 && window.height >= 1 && window.width <= image.cols &&
                window.height <= image.rows,
            "window " + std::to_string(window.height) + "x" + std::to_string(window.width) +
                " does not fit in image " + std::to_string(image.rows) + "x" +
                std::to_string(image.cols));

    const int outRows = image.rows - window.height + 1;
    const int outCols = image.cols - window.width + 1;
    cv::parallel_for_(cv::Range(0, outRows), [&](const cv::Range& rows) {
        ColumnSums columns(image, rows.start, window.height);
        std::vector<double> sum(static_cast<std::size_t>(outCols));
        std::vector<double> squares(static_cast<std::size_t>(outCols));
        for (int i = rows.start; i < rows.end; ++i) {
            if (i > rows.start)
                columns.slideDown();
            slideAcross(columns.sum(), window.width, sum);
            slideAcross(columns.squares(), window.width, squares);
            visit(i, sum.data(), squares.data());
        }
    }, engine::stripeCount(outRows));
}

} // namespace convlab
