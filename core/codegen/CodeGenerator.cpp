// SPDX-License-Identifier: MIT
#include "codegen/CodeGenerator.h"

#include "Error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>
#include <vector>

namespace convlab {

namespace {

using Operation = CodeRequest::Operation;

constexpr std::array<std::pair<CodeLanguage, const char*>, 3> kLanguageNames{{
    {CodeLanguage::NumPy, "numpy"},
    {CodeLanguage::PyTorch, "pytorch"},
    {CodeLanguage::OpenCV, "opencv"},
}};

// Python source, built line by line.
class Snippet {
  public:
    void line(const std::string& text = {})
    {
        m_text += text;
        m_text += '\n';
    }
    const std::string& text() const { return m_text; }

  private:
    std::string m_text;
};

std::string num(int value)
{
    return std::to_string(value);
}

// "(2, 1)", as Python writes a (rows, cols) tuple.
std::string tuple(Pair p)
{
    return "(" + num(p.rows) + ", " + num(p.cols) + ")";
}

std::string quoted(const std::string& path)
{
    std::string literal = "'";
    for (const char c : path) {
        if (c == '\\' || c == '\'')
            literal += '\\';
        literal += c;
    }
    return literal + "'";
}

std::string lowerExtension(const std::string& path)
{
    const std::size_t slash = path.find_last_of('/');
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool isNpy(const std::string& path)
{
    return lowerExtension(path) == ".npy";
}

bool isText(const std::string& path)
{
    const std::string ext = lowerExtension(path);
    return ext == ".txt" || ext == ".csv";
}

bool isImage(const std::string& path)
{
    return !isNpy(path) && !isText(path);
}

bool symmetric(const Padding& p)
{
    return p.top == p.bottom && p.left == p.right;
}

std::string describe(const Padding& p)
{
    return "padding top " + num(p.top) + ", bottom " + num(p.bottom) + ", left " + num(p.left) +
           ", right " + num(p.right);
}

// np.pad's widths for x of any rank: (top, bottom), (left, right), then nothing on channels.
std::string numpyPadWidths(const Padding& p)
{
    return "((" + num(p.top) + ", " + num(p.bottom) + "), (" + num(p.left) + ", " + num(p.right) +
           ")) + ((0, 0),) * (x.ndim - 2)";
}

// F.pad's order: last axis first.
std::string torchPadWidths(const Padding& p)
{
    return "(" + num(p.left) + ", " + num(p.right) + ", " + num(p.top) + ", " + num(p.bottom) + ")";
}

// How each library names a padding mode: np.pad's mode, F.pad's mode, cv2.copyMakeBorder's
// border arguments.
struct PaddingModeNames {
    PaddingMode mode;
    const char* numpy;
    const char* torch;
    const char* openCv;
};

constexpr PaddingModeNames kPaddingModeNames[] = {
    {PaddingMode::Zeros, "'constant'", "'constant'", "cv2.BORDER_CONSTANT, value=0"},
    {PaddingMode::Reflect, "'reflect'", "'reflect'", "cv2.BORDER_REFLECT_101"},
    {PaddingMode::Replicate, "'edge'", "'replicate'", "cv2.BORDER_REPLICATE"},
    {PaddingMode::Circular, "'wrap'", "'circular'", "cv2.BORDER_WRAP"},
};

const PaddingModeNames& namesOf(PaddingMode mode)
{
    for (const PaddingModeNames& names : kPaddingModeNames)
        if (names.mode == mode)
            return names;
    throw Error("unknown padding mode " + std::to_string(static_cast<int>(mode)));
}

// "xp = cv2.copyMakeBorder(x, top, bottom, left, right, <border>)"
std::string copyMakeBorder(const Padding& p, const std::string& border)
{
    return "xp = cv2.copyMakeBorder(x, " + num(p.top) + ", " + num(p.bottom) + ", " + num(p.left) +
           ", " + num(p.right) + ", " + border + ")";
}

// `array` with `p` cropped from each side.
std::string cropped(const std::string& array, const Padding& p)
{
    return array + "[" + num(p.top) + " : " + array + ".shape[0] - " + num(p.bottom) + ", " +
           num(p.left) + " : " + array + ".shape[1] - " + num(p.right) + "]";
}

std::string openCvMethod(MatchMethod method)
{
    switch (method) {
    case MatchMethod::SqDiff:
        return "cv2.TM_SQDIFF";
    case MatchMethod::SqDiffNormed:
        return "cv2.TM_SQDIFF_NORMED";
    case MatchMethod::CCorr:
        return "cv2.TM_CCORR";
    case MatchMethod::CCorrNormed:
        return "cv2.TM_CCORR_NORMED";
    case MatchMethod::CCoeff:
        return "cv2.TM_CCOEFF";
    case MatchMethod::CCoeffNormed:
        return "cv2.TM_CCOEFF_NORMED";
    }
    return {};
}

// ------------------------------------------------------------------------------- loading

// A NumPy float32 array read as ConvLab reads the file; `rgb` is the Python condition under
// which an image keeps its colour channels.
std::string loadExpression(const std::string& path, const std::string& rgb = {})
{
    if (isNpy(path))
        return "np.load(" + quoted(path) + ").astype(np.float32)";
    if (isText(path)) // numpy.savetxt's layout, spaces or commas
        return "np.loadtxt(open(" + quoted(path) +
               ").read().replace(',', ' ').splitlines(), dtype=np.float32, ndmin=2)";
    return "read_image(" + quoted(path) + (rgb.empty() ? "" : ", rgb=" + rgb) + ")";
}

void imports(Snippet& s, CodeLanguage lang, bool needsCv2)
{
    if (needsCv2 || lang == CodeLanguage::OpenCV)
        s.line("import cv2");
    s.line("import numpy as np");
    if (lang == CodeLanguage::PyTorch) {
        s.line("import torch");
        s.line("import torch.nn.functional as F");
    }
    s.line();
}

void readImageFunction(Snippet& s)
{
    s.line("def read_image(path, rgb=False):");
    s.line("    \"\"\"As ConvLab reads an image: float32 in [0, 1], grayscale unless rgb.\"\"\"");
    s.line("    img = cv2.imread(path, cv2.IMREAD_ANYCOLOR | cv2.IMREAD_ANYDEPTH)");
    s.line("    x = img.astype(np.float32) / {np.uint8: 255, np.uint16: 65535}.get(img.dtype.type, "
           "1)");
    s.line("    if x.ndim == 3:");
    s.line("        x = cv2.cvtColor(x, cv2.COLOR_BGR2RGB if rgb else cv2.COLOR_BGR2GRAY)");
    s.line("    return x");
    s.line();
}

// The imports, then the image reader when one of the files is an image.
void preamble(Snippet& s, CodeLanguage lang, const std::vector<std::string>& paths)
{
    const bool anyImage = std::any_of(paths.begin(), paths.end(), isImage);
    imports(s, lang, anyImage);
    if (anyImage)
        readImageFunction(s);
}

void comment(Snippet& s, const std::string& text)
{
    s.line("# " + text);
}

// ---------------------------------------------------------------------------------- conv

std::string describe(const ConvParams& p)
{
    return std::string(p.trueConvolution ? "true convolution (kernel rotated 180°)"
                                         : "cross-correlation, as PyTorch's conv2d") +
           ", stride " + tuple(p.stride) + ", " + describe(p.padding) + " (" +
           toString(p.paddingMode) + "), dilation " + tuple(p.dilation);
}

void loadConvFiles(Snippet& s, CodeLanguage lang, const CodeRequest& r)
{
    preamble(s, lang, {r.kernelPath, r.inputPath});
    comment(s, "ConvLab conv: " + describe(r.conv));
    s.line("w = " + loadExpression(r.kernelPath));
    // A k×k×C kernel is one filter over C channels: only then does an image keep its colours.
    s.line("x = " + loadExpression(r.inputPath, "w.ndim == 3"));
}

void convNumPy(Snippet& s, const CodeRequest& r)
{
    const ConvParams& p = r.conv;
    loadConvFiles(s, CodeLanguage::NumPy, r);
    comment(s, "out[i, j] = sum over u, v of x_pad[i*s + u*d, j*s + v*d] * w[u, v]");
    if (p.trueConvolution)
        s.line("w = w[::-1, ::-1]  # true convolution: the kernel rotated 180°");
    s.line("xp = np.pad(x, " + numpyPadWidths(p.padding) +
           ", mode=" + namesOf(p.paddingMode).numpy + ")");
    s.line("(sr, sc), (dr, dc) = " + tuple(p.stride) + ", " + tuple(p.dilation));
    s.line("kh, kw = w.shape[:2]");
    s.line("oh = (xp.shape[0] - dr * (kh - 1) - 1) // sr + 1");
    s.line("ow = (xp.shape[1] - dc * (kw - 1) - 1) // sc + 1");
    comment(s, "a k×k×C kernel sums over the channels; a k×k kernel is applied to each channel");
    s.line("out = np.zeros((oh, ow) + (x.shape[2:] if w.ndim == 2 else ()), np.float32)");
    s.line("for u in range(kh):");
    s.line("    for v in range(kw):");
    s.line("        win = xp[u * dr : u * dr + (oh - 1) * sr + 1 : sr, "
           "v * dc : v * dc + (ow - 1) * sc + 1 : sc]");
    s.line("        out += win @ w[u, v] if w.ndim == 3 else win * w[u, v]");
    s.line("print(out)");
}

void convPyTorch(Snippet& s, const CodeRequest& r)
{
    const ConvParams& p = r.conv;
    loadConvFiles(s, CodeLanguage::PyTorch, r);
    s.line("x, w = torch.from_numpy(x), torch.from_numpy(w)");
    if (p.trueConvolution)
        s.line("w = torch.flip(w, [0, 1])  # true convolution: the kernel rotated 180°");
    comment(s, "N×C×H×W input, out×in×kH×kW weight; a k×k kernel on C channels: groups=C");
    s.line("x = x.permute(2, 0, 1)[None] if x.ndim == 3 else x[None, None]");
    s.line("groups = 1 if w.ndim == 3 else x.shape[1]");
    s.line("w = w.permute(2, 0, 1)[None] if w.ndim == 3 else w[None, None].repeat(groups, 1, 1, "
           "1)");
    std::string padding = "0";
    if (p.paddingMode == PaddingMode::Zeros && symmetric(p.padding)) {
        padding = tuple({p.padding.top, p.padding.left});
    } else {
        s.line("x = F.pad(x, " + torchPadWidths(p.padding) +
               ", mode=" + namesOf(p.paddingMode).torch + ")  # (left, right, top, bottom)");
    }
    s.line("out = F.conv2d(x, w, stride=" + tuple(p.stride) + ", padding=" + padding +
           ", dilation=" + tuple(p.dilation) + ", groups=groups)[0]");
    s.line("out = out.permute(1, 2, 0) if out.shape[0] > 1 else out[0]");
    s.line("print(out.numpy())");
}

void convOpenCV(Snippet& s, const CodeRequest& r)
{
    const ConvParams& p = r.conv;
    loadConvFiles(s, CodeLanguage::OpenCV, r);
    comment(s, "cv2.filter2D cross-correlates at stride 1: pad with cv2.copyMakeBorder, spread "
               "the kernel");
    comment(s, "for the dilation, keep the cells where the whole kernel fits, then every "
               "stride-th cell.");
    if (p.trueConvolution)
        s.line("w = cv2.flip(w, -1)  # true convolution: the kernel rotated 180°");
    s.line("(sr, sc), (dr, dc) = " + tuple(p.stride) + ", " + tuple(p.dilation));
    s.line("kd = np.zeros(((w.shape[0] - 1) * dr + 1, (w.shape[1] - 1) * dc + 1) + w.shape[2:], "
           "np.float32)");
    s.line("kd[::dr, ::dc] = w");
    s.line(copyMakeBorder(p.padding, namesOf(p.paddingMode).openCv));
    s.line("if kd.ndim == 3:  # one filter over C channels: the channel correlations add up");
    s.line("    full = sum(cv2.filter2D(np.ascontiguousarray(xp[..., c]), -1, "
           "np.ascontiguousarray(kd[..., c]), anchor=(0, 0)) for c in range(kd.shape[2]))");
    s.line("else:  # a k×k kernel correlates each channel on its own");
    s.line("    full = cv2.filter2D(xp, -1, kd, anchor=(0, 0))");
    s.line("out = full[: xp.shape[0] - kd.shape[0] + 1 : sr, : xp.shape[1] - kd.shape[1] + 1 : "
           "sc]");
    s.line("print(out)");
}

// ----------------------------------------------------------------------- transposed conv

std::string describe(const TransposedParams& p)
{
    return "transposed convolution, as PyTorch's conv_transpose2d, stride " + tuple(p.stride) +
           ", " + describe(p.padding) + ", output padding " + tuple(p.outputPadding) +
           ", dilation " + tuple(p.dilation);
}

void loadTransposedFiles(Snippet& s, CodeLanguage lang, const CodeRequest& r)
{
    preamble(s, lang, {r.inputPath, r.kernelPath});
    comment(s, "ConvLab tconv: " + describe(r.transposed));
    s.line("x = " + loadExpression(r.inputPath));
    s.line("w = " + loadExpression(r.kernelPath));
}

void transposedNumPy(Snippet& s, const CodeRequest& r)
{
    const TransposedParams& p = r.transposed;
    loadTransposedFiles(s, CodeLanguage::NumPy, r);
    comment(s, "each input value stamps value × kernel (spread by the dilation) at stride s, "
               "overlaps add up;");
    comment(s, "the output padding adds rows/cols at the bottom/right, the padding is cropped.");
    s.line("(sr, sc), (dr, dc), (ar, ac) = " + tuple(p.stride) + ", " + tuple(p.dilation) + ", " +
           tuple(p.outputPadding));
    s.line("(h, wi), (kh, kw) = x.shape, w.shape");
    s.line("full = np.zeros(((h - 1) * sr + dr * (kh - 1) + 1 + ar, "
           "(wi - 1) * sc + dc * (kw - 1) + 1 + ac), np.float32)");
    s.line("for u in range(kh):");
    s.line("    for v in range(kw):");
    s.line("        full[u * dr : u * dr + (h - 1) * sr + 1 : sr, "
           "v * dc : v * dc + (wi - 1) * sc + 1 : sc] += w[u, v] * x");
    s.line("out = " + cropped("full", p.padding));
    s.line("print(out)");
}

void transposedPyTorch(Snippet& s, const CodeRequest& r)
{
    const TransposedParams& p = r.transposed;
    loadTransposedFiles(s, CodeLanguage::PyTorch, r);
    comment(s, "N×C×H×W input, in×out×kH×kW weight");
    s.line("x, w = torch.from_numpy(x)[None, None], torch.from_numpy(w)[None, None]");
    const bool even = symmetric(p.padding);
    if (!even) {
        comment(s, "conv_transpose2d crops the same padding on both sides: for " +
                       describe(p.padding) + ",");
        comment(s, "compute with padding=0 and crop each side.");
    }
    const std::string padding = even ? tuple({p.padding.top, p.padding.left}) : "0";
    s.line("out = F.conv_transpose2d(x, w, stride=" + tuple(p.stride) + ", padding=" + padding +
           ", output_padding=" + tuple(p.outputPadding) + ", dilation=" + tuple(p.dilation) +
           ")[0, 0]");
    if (!even)
        s.line("out = " + cropped("out", p.padding));
    s.line("print(out.numpy())");
}

void transposedOpenCV(Snippet& s, const CodeRequest& r)
{
    const TransposedParams& p = r.transposed;
    loadTransposedFiles(s, CodeLanguage::OpenCV, r);
    comment(s, "OpenCV has no transposed convolution; this is its zero-insertion form: insert "
               "s-1 zeros");
    comment(s, "between input cells, add a border of d(k-1)-p zeros (+ output padding "
               "bottom/right; a negative");
    comment(s, "border crops), then cross-correlate with the kernel rotated 180° "
               "(cv2.filter2D at stride 1).");
    s.line("(sr, sc), (dr, dc) = " + tuple(p.stride) + ", " + tuple(p.dilation));
    s.line("z = np.zeros(((x.shape[0] - 1) * sr + 1, (x.shape[1] - 1) * sc + 1), np.float32)");
    s.line("z[::sr, ::sc] = x");
    s.line("wf = cv2.flip(w, -1)");
    s.line("kd = np.zeros(((wf.shape[0] - 1) * dr + 1, (wf.shape[1] - 1) * dc + 1), np.float32)");
    s.line("kd[::dr, ::dc] = wf");
    s.line("rr, rc = kd.shape[0] - 1, kd.shape[1] - 1  # d(k-1) per axis");
    s.line("top, bottom = rr - " + num(p.padding.top) + ", rr - " + num(p.padding.bottom) + " + " +
           num(p.outputPadding.rows));
    s.line("left, right = rc - " + num(p.padding.left) + ", rc - " + num(p.padding.right) + " + " +
           num(p.outputPadding.cols));
    s.line("zp = cv2.copyMakeBorder(z, max(top, 0), max(bottom, 0), max(left, 0), max(right, 0), "
           "cv2.BORDER_CONSTANT, value=0)");
    s.line("zp = zp[max(-top, 0) : zp.shape[0] - max(-bottom, 0), "
           "max(-left, 0) : zp.shape[1] - max(-right, 0)]");
    s.line("full = cv2.filter2D(zp, -1, kd, anchor=(0, 0))");
    s.line("out = full[: zp.shape[0] - kd.shape[0] + 1, : zp.shape[1] - kd.shape[1] + 1]");
    s.line("print(out)");
}

// --------------------------------------------------------------------------------- match

bool centred(MatchMethod m)
{
    return m == MatchMethod::CCoeff || m == MatchMethod::CCoeffNormed;
}

bool needsEnergy(MatchMethod m)
{
    return m != MatchMethod::CCorr && m != MatchMethod::CCoeff;
}

void loadMatchFiles(Snippet& s, CodeLanguage lang, const CodeRequest& r)
{
    preamble(s, lang, {r.inputPath, r.kernelPath});
    comment(s, "ConvLab match: OpenCV's matchTemplate, " + openCvMethod(r.method).substr(4) +
                   "; response shape (H-h+1, W-w+1)");
    s.line("image = " + loadExpression(r.inputPath));
    s.line("patch = " + loadExpression(r.kernelPath));
}

// With the window sums corr (Σ I·T, or Σ I·Tc for ccoeff), s2 (Σ I²) and s1 (Σ I) in float64:
// the score, NaN where it is 0/0 (undefined) as ConvLab reports it.
void matchScore(Snippet& s, MatchMethod method)
{
    switch (method) {
    case MatchMethod::SqDiff:
        s.line("r = np.maximum(s2 - 2 * corr + (T ** 2).sum(), 0)");
        break;
    case MatchMethod::SqDiffNormed:
        s.line("with np.errstate(divide='ignore', invalid='ignore'):");
        s.line("    r = np.minimum(np.maximum(s2 - 2 * corr + (T ** 2).sum(), 0) / "
               "np.sqrt(s2 * (T ** 2).sum()), 1)");
        s.line("r = np.where(s2 * (T ** 2).sum() > 0, r, np.nan)  # 0/0: an all-zero window or "
               "patch");
        break;
    case MatchMethod::CCorr:
    case MatchMethod::CCoeff:
        s.line("r = corr");
        break;
    case MatchMethod::CCorrNormed:
        s.line("with np.errstate(divide='ignore', invalid='ignore'):");
        s.line("    r = np.clip(corr / np.sqrt(s2 * (T ** 2).sum()), -1, 1)");
        s.line("r = np.where(s2 * (T ** 2).sum() > 0, r, np.nan)  # 0/0: an all-zero window or "
               "patch");
        break;
    case MatchMethod::CCoeffNormed:
        s.line("var = s2 - s1 ** 2 / T.size  # Σ (I - mean I)² over each window");
        s.line("with np.errstate(divide='ignore', invalid='ignore'):");
        s.line("    r = np.clip(corr / np.sqrt(var * (Tc ** 2).sum()), -1, 1)");
        s.line("flat = (var <= 1e-10 * s2) | ((Tc ** 2).sum() <= 1e-10 * (T ** 2).sum())");
        s.line("r = np.where(flat, np.nan, r)  # 0/0: a flat window or a flat patch");
        break;
    }
}

void bestPeak(Snippet& s, MatchMethod method, bool mayBeUndefined)
{
    const bool lower = lowerIsBetter(method);
    if (mayBeUndefined)
        s.line(std::string("r = np.where(np.isnan(r), ") + (lower ? "np.inf" : "-np.inf") +
               ", r)  # an undefined score is never the best");
    s.line(std::string("row, col = np.unravel_index(np.") + (lower ? "argmin" : "argmax") +
           "(r), r.shape)");
    s.line("print(f'best match at (row {row}, col {col}), score {r[row, col]:.6g}')");
    s.line("print(f'patch {patch.shape[0]}×{patch.shape[1]} at rows {row}–{row + patch.shape[0] "
           "- 1}, cols {col}–{col + patch.shape[1] - 1} of the image')");
}

// One language's lines for the window sums matchScore reads.
struct WindowSumLines {
    const char* correlation;        // corr: Σ I·T
    const char* centredCorrelation; // corr: Σ I·(T - mean T), once Tc is defined
    const char* energy;             // s2: Σ I²
    const char* sum;                // s1: Σ I
};

// The sums the method needs, then its score and the best peak.
void scoreFromWindowSums(Snippet& s, MatchMethod method, const WindowSumLines& lines)
{
    if (centred(method)) {
        s.line("Tc = T - T.mean()");
        s.line(lines.centredCorrelation);
    } else {
        s.line(lines.correlation);
    }
    if (needsEnergy(method))
        s.line(lines.energy);
    if (method == MatchMethod::CCoeffNormed)
        s.line(lines.sum);
    matchScore(s, method);
    s.line("r = r.astype(np.float32)");
    bestPeak(s, method, isNormalised(method));
}

void matchNumPy(Snippet& s, const CodeRequest& r)
{
    loadMatchFiles(s, CodeLanguage::NumPy, r);
    s.line("from numpy.lib.stride_tricks import sliding_window_view");
    s.line("I, T = image.astype(np.float64), patch.astype(np.float64)");
    s.line("win = sliding_window_view(I, T.shape)  # win[i, j]: the h×w window at (i, j), a view");
    scoreFromWindowSums(s, r.method,
                        {"corr = np.einsum('ijkl,kl->ij', win, T)  # Σ I·T",
                         "corr = np.einsum('ijkl,kl->ij', win, Tc)  # Σ (I - mean I)(T - mean T)",
                         "s2 = np.einsum('ijkl,ijkl->ij', win, win)  # Σ I²",
                         "s1 = win.sum(axis=(2, 3))  # Σ I"});
}

void matchPyTorch(Snippet& s, const CodeRequest& r)
{
    loadMatchFiles(s, CodeLanguage::PyTorch, r);
    comment(s, "F.conv2d is cross-correlation: with the patch as weight it gives Σ I·T over "
               "every window.");
    s.line("I, T = image.astype(np.float64), patch.astype(np.float64)");
    s.line("It = torch.from_numpy(I)[None, None]");
    s.line("ones = torch.ones((1, 1) + T.shape, dtype=torch.float64)");
    scoreFromWindowSums(s, r.method,
                        {"corr = F.conv2d(It, torch.from_numpy(T)[None, None])[0, 0].numpy()",
                         "corr = F.conv2d(It, torch.from_numpy(Tc)[None, None])[0, 0].numpy()",
                         "s2 = F.conv2d(It * It, ones)[0, 0].numpy()  # Σ I² over every window",
                         "s1 = F.conv2d(It, ones)[0, 0].numpy()  # Σ I over every window"});
}

void matchOpenCV(Snippet& s, const CodeRequest& r)
{
    loadMatchFiles(s, CodeLanguage::OpenCV, r);
    s.line("r = cv2.matchTemplate(image, patch, " + openCvMethod(r.method) + ")");
    if (isNormalised(r.method)) {
        comment(s, "Where ConvLab reports a score as undefined (0/0: a flat window or patch), "
                   "OpenCV");
        comment(s, "writes a number instead; elsewhere the maps agree to float32 precision.");
    }
    bestPeak(s, r.method, false);
}

// ---------------------------------------------------------------------------------- pool

std::string describe(const PoolParams& p)
{
    return std::string(p.mode == PoolMode::Max ? "PyTorch's max_pool2d" : "PyTorch's avg_pool2d") +
           ", window " + tuple(p.size) + ", stride " + tuple(p.stride) + ", " +
           describe(p.padding) + " (floor mode; padded cells " +
           (p.mode == PoolMode::Max ? "are -inf)" : "are zeros and count)");
}

void loadPoolFiles(Snippet& s, CodeLanguage lang, const CodeRequest& r)
{
    preamble(s, lang, {r.inputPath});
    comment(s, "ConvLab pool: " + describe(r.pool));
    s.line("x = " + loadExpression(r.inputPath));
}

void poolNumPy(Snippet& s, const CodeRequest& r)
{
    const PoolParams& p = r.pool;
    const bool max = p.mode == PoolMode::Max;
    loadPoolFiles(s, CodeLanguage::NumPy, r);
    s.line("(kh, kw), (sr, sc) = " + tuple(p.size) + ", " + tuple(p.stride));
    s.line("xp = np.pad(x, " + numpyPadWidths(p.padding) +
           ", constant_values=" + (max ? "-np.inf" : "0") + ")");
    s.line("oh, ow = (xp.shape[0] - kh) // sr + 1, (xp.shape[1] - kw) // sc + 1");
    s.line("taps = [xp[u : u + (oh - 1) * sr + 1 : sr, v : v + (ow - 1) * sc + 1 : sc] "
           "for u in range(kh) for v in range(kw)]");
    s.line(max ? "out = np.max(taps, axis=0)"
               : "out = np.mean(taps, axis=0)  # padded zeros count (count_include_pad=True)");
    s.line("print(out)");
}

void poolPyTorch(Snippet& s, const CodeRequest& r)
{
    const PoolParams& p = r.pool;
    const bool max = p.mode == PoolMode::Max;
    loadPoolFiles(s, CodeLanguage::PyTorch, r);
    s.line("x = torch.from_numpy(x)");
    s.line("x = x.permute(2, 0, 1)[None] if x.ndim == 3 else x[None, None]  # N×C×H×W");
    std::string padding = tuple({p.padding.top, p.padding.left});
    if (!symmetric(p.padding)) {
        comment(s, std::string(max ? "max_pool2d" : "avg_pool2d") +
                       " pads both sides equally: pad each side first, then padding=0");
        s.line("x = F.pad(x, " + torchPadWidths(p.padding) +
               ", value=" + (max ? "-float('inf')" : "0.0") + ")  # (left, right, top, bottom)");
        padding = "0";
    }
    if (max)
        s.line("out = F.max_pool2d(x, kernel_size=" + tuple(p.size) +
               ", stride=" + tuple(p.stride) + ", padding=" + padding + ")[0]");
    else
        s.line("out = F.avg_pool2d(x, kernel_size=" + tuple(p.size) + ", stride=" +
               tuple(p.stride) + ", padding=" + padding + ", count_include_pad=True)[0]");
    s.line("out = out.permute(1, 2, 0) if out.shape[0] > 1 else out[0]");
    s.line("print(out.numpy())");
}

void poolOpenCV(Snippet& s, const CodeRequest& r)
{
    const PoolParams& p = r.pool;
    const bool max = p.mode == PoolMode::Max;
    loadPoolFiles(s, CodeLanguage::OpenCV, r);
    comment(s, std::string("OpenCV has no pooling layer: a ") +
                   (max ? "max filter (cv2.dilate)" : "box filter (cv2.boxFilter)") +
                   " anchored at the window's top-left");
    comment(s, "cell, kept where the whole window fits, then every stride-th cell.");
    s.line("(kh, kw), (sr, sc) = " + tuple(p.size) + ", " + tuple(p.stride));
    s.line(copyMakeBorder(p.padding, std::string("cv2.BORDER_CONSTANT, value=") +
                                         (max ? "(-np.inf,) * 4" : "0")));
    if (max)
        s.line("full = cv2.dilate(xp, np.ones((kh, kw), np.uint8), anchor=(0, 0))");
    else
        s.line("full = cv2.boxFilter(xp, -1, (kw, kh), anchor=(0, 0), normalize=True)");
    s.line("out = full[: xp.shape[0] - kh + 1 : sr, : xp.shape[1] - kw + 1 : sc]");
    s.line("print(out)");
}

using Writer = void (*)(Snippet&, const CodeRequest&);

Writer writerFor(Operation operation, CodeLanguage lang)
{
    // Rows and columns in the enums' declaration order.
    constexpr Writer writers[4][3] = {
        {convNumPy, convPyTorch, convOpenCV},
        {transposedNumPy, transposedPyTorch, transposedOpenCV},
        {matchNumPy, matchPyTorch, matchOpenCV},
        {poolNumPy, poolPyTorch, poolOpenCV},
    };
    return writers[static_cast<int>(operation)][static_cast<int>(lang)];
}

} // namespace

std::string toString(CodeLanguage lang)
{
    for (const auto& [value, name] : kLanguageNames)
        if (value == lang)
            return name;
    throw Error("unknown code language " + std::to_string(static_cast<int>(lang)));
}

CodeLanguage codeLanguageFromString(const std::string& name)
{
    for (const auto& [value, text] : kLanguageNames)
        if (name == text)
            return value;
    throw Error("unknown language '" + name + "' (expected numpy, pytorch or opencv)");
}

std::string generateCode(const CodeRequest& request, CodeLanguage lang)
{
    Snippet snippet;
    writerFor(request.operation, lang)(snippet, request);
    return snippet.text();
}

} // namespace convlab
