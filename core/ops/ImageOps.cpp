// SPDX-License-Identifier: MIT
#include "ops/ImageOps.h"

#include "Error.h"
#include "ops/Padding.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <opencv2/imgproc.hpp>
#include <sstream>
#include <string>
#include <utility>

namespace convlab {
namespace {

// The same bound as for loaded images: an operation must not build what could not be opened.
constexpr double maxOutputPixels = 50e6;

std::string number(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

std::string sizeOf(int width, int height)
{
    return std::to_string(width) + " wide × " + std::to_string(height) + " high";
}

void requireImage(const cv::Mat& image, const char* operation)
{
    require(!image.empty(), std::string(operation) + ": the image is empty");
}

void requireFiniteParameter(double value, const char* name)
{
    require(std::isfinite(value), std::string(name) + " = " + number(value) + " is not a number");
}

void requireCanvas(double width, double height, const std::string& operation)
{
    require(width * height <= maxOutputPixels, operation + " would make an image " + number(width) +
                                                   " wide × " + number(height) +
                                                   " high, more than 50 megapixels");
}

// Exact cos/sin on multiples of 90° so that quarter turns move pixels without blur.
std::pair<double, double> cosSin(double degrees)
{
    const double turn = std::fmod(degrees, 360.0);
    if (turn == 0)
        return {1, 0};
    if (turn == 90 || turn == -270)
        return {0, 1};
    if (turn == 180 || turn == -180)
        return {-1, 0};
    if (turn == 270 || turn == -90)
        return {0, -1};
    const double radians = degrees * CV_PI / 180.0;
    return {std::cos(radians), std::sin(radians)};
}

cv::Mat warp(const cv::Mat& image, const cv::Matx23d& affine, cv::Size size)
{
    cv::Mat result;
    cv::warpAffine(image, result, affine, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                   cv::Scalar::all(0));
    return result;
}

} // namespace

Transformed padOp(const cv::Mat& image, const Padding& padding, PaddingMode mode)
{
    requireImage(image, "pad");
    require(std::min({padding.top, padding.bottom, padding.left, padding.right}) >= 0,
            "padding (top " + std::to_string(padding.top) + ", bottom " +
                std::to_string(padding.bottom) + ", left " + std::to_string(padding.left) +
                ", right " + std::to_string(padding.right) + ") cannot be negative");
    requireCanvas(double(image.cols) + padding.left + padding.right,
                  double(image.rows) + padding.top + padding.bottom, "padding");
    return {padImage(image, padding, mode), cv::Matx23d(1, 0, padding.left, 0, 1, padding.top)};
}

Transformed scaleOp(const cv::Mat& image, double fx, double fy)
{
    requireImage(image, "scale");
    requireFiniteParameter(fx, "scale factor fx");
    requireFiniteParameter(fy, "scale factor fy");
    require(fx > 0, "scale factor fx = " + number(fx) + " must be greater than 0");
    require(fy > 0, "scale factor fy = " + number(fy) + " must be greater than 0");
    const double width = std::round(image.cols * fx);
    const double height = std::round(image.rows * fy);
    require(width >= 1 && height >= 1, "scaling an image " + sizeOf(image.cols, image.rows) +
                                           " by (" + number(fx) + ", " + number(fy) + ") leaves " +
                                           number(width) + " × " + number(height) + " pixels");
    requireCanvas(width, height, "scaling");

    cv::Mat result;
    cv::resize(image, result, cv::Size(int(width), int(height)), 0, 0, cv::INTER_LINEAR);
    // cv::resize maps pixel centres: x' + 0.5 = (x + 0.5)·ax, with the ratio of the rounded
    // size, which is the exact factor (fx itself is only what was asked for).
    const double ax = width / image.cols;
    const double ay = height / image.rows;
    return {result, cv::Matx23d(ax, 0, 0.5 * ax - 0.5, 0, ay, 0.5 * ay - 0.5)};
}

Transformed shearOp(const cv::Mat& image, double shx, double shy)
{
    requireImage(image, "shear");
    requireFiniteParameter(shx, "shear shx");
    requireFiniteParameter(shy, "shear shy");
    require(std::abs(1 - shx * shy) > 1e-9,
            "shear (" + number(shx) + ", " + number(shy) +
                ") flattens the image onto a line (1 - shx·shy = 0)");

    // Place the sheared pixel centres on a canvas that holds them all, from (0, 0).
    const double right = image.cols - 1;
    const double bottom = image.rows - 1;
    const double xs[] = {0, right, shx * bottom, right + shx * bottom};
    const double ys[] = {0, shy * right, bottom, bottom + shy * right};
    const auto [minX, maxX] = std::minmax_element(std::begin(xs), std::end(xs));
    const auto [minY, maxY] = std::minmax_element(std::begin(ys), std::end(ys));
    const double width = std::ceil(*maxX - *minX - 1e-9) + 1;
    const double height = std::ceil(*maxY - *minY - 1e-9) + 1;
    requireCanvas(width, height, "shear (" + number(shx) + ", " + number(shy) + ")");

    const cv::Matx23d affine(1, shx, -*minX, shy, 1, -*minY);
    return {warp(image, affine, cv::Size(int(width), int(height))), affine};
}

Transformed cropOp(const cv::Mat& image, const cv::Rect& rect)
{
    requireImage(image, "crop");
    require(!rect.empty(), "crop rectangle " + sizeOf(rect.width, rect.height) + " is empty");
    const cv::Rect whole(0, 0, image.cols, image.rows);
    require((rect & whole) == rect,
            "crop rectangle at (x " + std::to_string(rect.x) + ", y " + std::to_string(rect.y) +
                "), " + sizeOf(rect.width, rect.height) + ", does not fit in the image " +
                sizeOf(image.cols, image.rows));
    return {image(rect).clone(), cv::Matx23d(1, 0, -rect.x, 0, 1, -rect.y)};
}

Transformed rotateOp(const cv::Mat& image, double degrees)
{
    requireImage(image, "rotate");
    requireFiniteParameter(degrees, "rotation angle");
    // cv::getRotationMatrix2D's matrix about the centre of the pixel grid: a positive angle
    // turns the image counter-clockwise as it is displayed (y down).
    const auto [c, s] = cosSin(degrees);
    const double cx = (image.cols - 1) / 2.0;
    const double cy = (image.rows - 1) / 2.0;
    const cv::Matx23d affine(c, s, (1 - c) * cx - s * cy, -s, c, s * cx + (1 - c) * cy);
    return {warp(image, affine, image.size()), affine};
}

Transformed flipOp(const cv::Mat& image, bool horizontal, bool vertical)
{
    requireImage(image, "flip");
    cv::Mat result;
    if (horizontal && vertical)
        cv::flip(image, result, -1);
    else if (horizontal)
        cv::flip(image, result, 1);
    else if (vertical)
        cv::flip(image, result, 0);
    else
        result = image.clone();
    const cv::Matx23d affine(horizontal ? -1 : 1, 0, horizontal ? image.cols - 1 : 0, 0,
                             vertical ? -1 : 1, vertical ? image.rows - 1 : 0);
    return {result, affine};
}

} // namespace convlab
