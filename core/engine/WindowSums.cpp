// SPDX-License-Identifier: MIT
#include "engine/WindowSums.h"

#include "Error.h"
#include "engine/RowKernels.h"
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
        error += roundingOf(sum, x, total);
        sum = total;
    }
    double value() const { return sum + error; }

    // a + b - fl(a + b), exactly (Knuth's TwoSum).
    static double roundingOf(double a, double b, double total)
    {
        const double bPart = total - a;
        return (a - (total - bPart)) + (b - bPart);
    }
};

// Compensated sums stored as two arrays (values, rounding errors) so that updating a whole
// row of them vectorises.
struct CompensatedRow {
    std::vector<double> sum;
    std::vector<double> error;

    explicit CompensatedRow(std::size_t size) : sum(size, 0.0), error(size, 0.0) {}
};

// Column sums (and sums of squares) of a band of `height` image rows, slid down a row at a time.
class ColumnSums final {
  public:
    ColumnSums(const cv::Mat& image, int firstRow, int height)
        : m_image(image), m_height(height), m_top(firstRow),
          m_sums(static_cast<std::size_t>(image.cols)),
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

    const CompensatedRow& sums() const { return m_sums; }
    const CompensatedRow& squares() const { return m_squares; }

  private:
    void add(int row, double sign)
    {
        engine::addCompensated(
            m_image.ptr<float>(row), m_image.cols, sign,
            {m_sums.sum.data(), m_sums.error.data(), m_squares.sum.data(), m_squares.error.data()});
    }

    const cv::Mat& m_image;
    int m_height;
    int m_top;
    CompensatedRow m_sums;
    CompensatedRow m_squares;
};

// One compensated sum slid across a row of column sums.
class Slider final {
  public:
    Slider(const CompensatedRow& columns, int width)
        : m_columns(columns), m_width(static_cast<std::size_t>(width))
    {
        for (std::size_t c = 0; c < m_width; ++c) {
            m_running.add(columns.sum[c]);
            m_running.error += columns.error[c];
        }
    }

    double value() const { return m_running.value(); }

    // To the window starting at column j: the difference of the entering and leaving columns
    // and its rounding are computed off the loop-carried chain, which is one addition long.
    void slideTo(std::size_t j)
    {
        const std::size_t in = j + m_width - 1, out = j - 1;
        const double step = m_columns.sum[in] - m_columns.sum[out];
        const double stepRounding =
            CompensatedSum::roundingOf(m_columns.sum[in], -m_columns.sum[out], step);
        m_running.add(step);
        m_running.error += stepRounding + (m_columns.error[in] - m_columns.error[out]);
    }

  private:
    const CompensatedRow& m_columns;
    std::size_t m_width;
    CompensatedSum m_running;
};

// sum[j] and squares[j]: the window sums starting at column j. Both slides run in one loop so
// that their two dependency chains overlap.
void slideAcross(const ColumnSums& columns, int width, std::vector<double>& sum,
                 std::vector<double>& squares)
{
    Slider sums(columns.sums(), width), squareSums(columns.squares(), width);
    sum[0] = sums.value();
    squares[0] = squareSums.value();
    for (std::size_t j = 1; j < sum.size(); ++j) {
        sums.slideTo(j);
        squareSums.slideTo(j);
        sum[j] = sums.value();
        squares[j] = squareSums.value();
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
    cv::parallel_for_(
        cv::Range(0, outRows),
        [&](const cv::Range& rows) {
            ColumnSums columns(image, rows.start, window.height);
            std::vector<double> sum(static_cast<std::size_t>(outCols));
            std::vector<double> squares(static_cast<std::size_t>(outCols));
            for (int i = rows.start; i < rows.end; ++i) {
                if (i > rows.start)
                    columns.slideDown();
                slideAcross(columns, window.width, sum, squares);
                visit(i, sum.data(), squares.data());
            }
        },
        engine::stripeCount(outRows));
}

} // namespace convlab
