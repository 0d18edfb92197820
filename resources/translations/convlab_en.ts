<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnimationExport</name>
    <message>
        <source>The animation has no frame to export.</source>
        <translation>The animation has no frame to export.</translation>
    </message>
</context>
<context>
    <name>AnimationOptions</name>
    <message>
        <source>No target path was given.</source>
        <translation>No target path was given.</translation>
    </message>
    <message>
        <source>Frame size %1×%2 is empty.</source>
        <translation>Frame size %1×%2 is empty.</translation>
    </message>
    <message>
        <source>Scale %L1 is outside 0–%L2.</source>
        <translation>Scale %L1 is outside 0–%L2.</translation>
    </message>
    <message>
        <source>Frame size %1×%2 at scale %L3 rounds to no pixel.</source>
        <translation>Frame size %1×%2 at scale %L3 rounds to no pixel.</translation>
    </message>
    <message>
        <source>Frames of %1×%2 pixels are larger than the %3×%3 limit.</source>
        <translation>Frames of %1×%2 pixels are larger than the %3×%3 limit.</translation>
    </message>
    <message>
        <source>Frame rate %1 is outside %2–%3 frames per second for this format.</source>
        <translation>Frame rate %1 is outside %2–%3 frames per second for this format.</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; must be a finite number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 integers</source>
        <translation>&quot;%1&quot; must be a list of %2 integers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected &quot;float32&quot;</source>
        <translation>&quot;%1&quot; is &quot;%2&quot;; expected &quot;float32&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; is not valid base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 × %3 values but its shape says %4 × %5</source>
        <translation>&quot;%1&quot; holds %2 × %3 values but its shape says %4 × %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; must be an integer from %2 to %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: low (%2) must be below high (%3)</source>
        <translation>&quot;%1&quot;: low (%2) must be below high (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>this is not a ConvLab lesson (format &quot;%1&quot;, expected &quot;%2&quot;)</source>
        <translation>this is not a ConvLab lesson (format &quot;%1&quot;, expected &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>lesson format version %1 is not supported (this ConvLab reads version %2)</source>
        <translation>lesson format version %1 is not supported (this ConvLab reads version %2)</translation>
    </message>
    <message>
        <source>the image has %1 × %2 pixels, more than the 50 megapixels allowed</source>
        <translation>the image has %1 × %2 pixels, more than the 50 megapixels allowed</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2); it may be truncated</source>
        <translation>the file is not valid JSON (%1 at byte %2); it may be truncated</translation>
    </message>
    <message>
        <source>the file holds JSON but not a lesson object</source>
        <translation>the file holds JSON but not a lesson object</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>Cannot save &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the file is %1 MB, more than the %2 MB a lesson may take</source>
        <translation>the file is %1 MB, more than the %2 MB a lesson may take</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds %2 steps; a lesson holds at most %3</source>
        <translation>&quot;%1&quot; holds %2 steps; a lesson holds at most %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; a digit&apos;s label is an integer from 0 to 9</source>
        <translation>&quot;%1&quot; is %2; a digit&apos;s label is an integer from 0 to 9</translation>
    </message>
</context>
<context>
    <name>ExerciseCheck</name>
    <message>
        <source>rows: %1</source>
        <translation>rows: %1</translation>
    </message>
    <message>
        <source>cols: %1</source>
        <translation>cols: %1</translation>
    </message>
    <message>
        <source>pooling, rows: %1</source>
        <translation>pooling, rows: %1</translation>
    </message>
    <message>
        <source>pooling, cols: %1</source>
        <translation>pooling, cols: %1</translation>
    </message>
    <message>
        <source>the cell (%1, %2) is outside the %3 × %4 response</source>
        <translation>the cell (%1, %2) is outside the %3 × %4 response</translation>
    </message>
    <message>
        <source>the score at (%1, %2) is undefined (0/0)</source>
        <translation>the score at (%1, %2) is undefined (0/0)</translation>
    </message>
    <message>
        <source>result[%1, %2] = %3</source>
        <translation>result[%1, %2] = %3</translation>
    </message>
    <message>
        <source>the response has no defined value, hence no peak</source>
        <translation>the response has no defined value, hence no peak</translation>
    </message>
    <message>
        <source>np.unravel_index(np.argmax(result), result.shape) = (%1, %2), score %3</source>
        <translation>np.unravel_index(np.argmax(result), result.shape) = (%1, %2), score %3</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>cols</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>col</source>
        <translation>col</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>This step has no answer to check: %1</source>
        <translation>This step has no answer to check: %1</translation>
    </message>
    <message numerus="yes">
        <source>Type %n number(s).</source>
        <translation>
            <numerusform>Type %n number.</numerusform>
            <numerusform>Type %n numbers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct! %1</source>
        <translation>Correct! %1</translation>
    </message>
    <message>
        <source>Not quite. Per axis, o = ⌊(i + p_before + p_after − d(k−1) − 1) / s⌋ + 1; pooling applies the same formula to the map.</source>
        <translation>Not quite. Per axis, o = ⌊(i + p_before + p_after − d(k−1) − 1) / s⌋ + 1; pooling applies the same formula to the map.</translation>
    </message>
    <message>
        <source>Not quite. For a transposed convolution, o = (i−1)s − 2p + d(k−1) + a + 1.</source>
        <translation>Not quite. For a transposed convolution, o = (i−1)s − 2p + d(k−1) + a + 1.</translation>
    </message>
    <message>
        <source>Not quite. Multiply each weight by the input value under it in that cell&apos;s window, and add the products.</source>
        <translation>Not quite. Multiply each weight by the input value under it in that cell&apos;s window, and add the products.</translation>
    </message>
    <message>
        <source>Not quite. Look for the best score of the response map: its (row, col) is the top-left corner of the best window.</source>
        <translation>Not quite. Look for the best score of the response map: its (row, col) is the top-left corner of the best window.</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; must be a finite number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; must be an integer from %2 to %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 integers</source>
        <translation>&quot;%1&quot; must be a list of %2 integers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of response, raw, normalised</source>
        <translation>&quot;%1&quot; must be one of response, raw, normalised</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a known key of &quot;%3&quot;; expected one of %4</source>
        <translation>&quot;%1.%2&quot; is not a known key of &quot;%3&quot;; expected one of %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;min&quot;, &quot;max&quot; or both</source>
        <translation>&quot;%1&quot; needs &quot;min&quot;, &quot;max&quot; or both</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: min is above max</source>
        <translation>&quot;%1&quot;: min is above max</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: height and width must be at least 1</source>
        <translation>&quot;%1&quot;: height and width must be at least 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of two map names</source>
        <translation>&quot;%1&quot; must be a list of two map names</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the same map twice</source>
        <translation>&quot;%1&quot; names the same map twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;equals&quot; or &quot;min&quot; / &quot;max&quot;, not both</source>
        <translation>&quot;%1&quot;: &quot;equals&quot; or &quot;min&quot; / &quot;max&quot;, not both</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; must not be negative</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the first step has no earlier step to compare with</source>
        <translation>&quot;%1&quot;: the first step has no earlier step to compare with</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of equal, lower, higher</source>
        <translation>&quot;%1&quot; must be one of equal, lower, higher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;even&quot;, &quot;resize_even&quot; or &quot;interior&quot;</source>
        <translation>&quot;%1&quot; needs &quot;even&quot;, &quot;resize_even&quot; or &quot;interior&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of numbers</source>
        <translation>&quot;%1&quot; must be a list of numbers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;orthonormal&quot;, &quot;reconstructs&quot;, &quot;w_shape&quot; or &quot;input_gradient&quot;</source>
        <translation>&quot;%1&quot; needs &quot;orthonormal&quot;, &quot;reconstructs&quot;, &quot;w_shape&quot; or &quot;input_gradient&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number</source>
        <translation>&quot;%1&quot; must be a positive number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of untrained, trained (each once)</source>
        <translation>&quot;%1&quot; must be a list of untrained, trained (each once)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a share of the ink: from 0 to 1</source>
        <translation>&quot;%1&quot; is a share of the ink: from 0 to 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of two positive numbers</source>
        <translation>&quot;%1&quot; must be a list of two positive numbers</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the first number is above the second</source>
        <translation>&quot;%1&quot;: the first number is above the second</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;start_above&quot;, &quot;end_within&quot; or &quot;resize_below&quot;</source>
        <translation>&quot;%1&quot; needs &quot;start_above&quot;, &quot;end_within&quot; or &quot;resize_below&quot;</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>padding %1</translation>
    </message>
    <message>
        <source>padding %1,%2,%3,%4</source>
        <translation>padding %1,%2,%3,%4</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>cross-correlation</translation>
    </message>
    <message>
        <source>convolution (flipped kernel)</source>
        <translation>convolution (flipped kernel)</translation>
    </message>
    <message>
        <source>stride %1</source>
        <translation>stride %1</translation>
    </message>
    <message>
        <source>dilation %1</source>
        <translation>dilation %1</translation>
    </message>
    <message>
        <source>max pool %1 / stride %2</source>
        <translation>max pool %1 / stride %2</translation>
    </message>
    <message>
        <source>average pool %1 / stride %2</source>
        <translation>average pool %1 / stride %2</translation>
    </message>
    <message>
        <source>peak (%1, %2)</source>
        <translation>peak (%1, %2)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>the PNG encoder failed</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;: %2</source>
        <translation>Cannot export &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lessons and images (*.convlab *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pgm *.ppm *.webp *.npy *.txt *.csv);;ConvLab lessons (*.convlab);;All files (*)</source>
        <translation>Lessons and images (*.convlab *.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pgm *.ppm *.webp *.npy *.txt *.csv);;ConvLab lessons (*.convlab);;All files (*)</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Save Lesson</translation>
    </message>
    <message>
        <source>ConvLab lessons (*.convlab)</source>
        <translation>ConvLab lessons (*.convlab)</translation>
    </message>
    <message>
        <source>Load Patch</source>
        <translation>Load Patch</translation>
    </message>
    <message>
        <source>Arrays and images (*.npy *.txt *.csv *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>Arrays and images (*.npy *.txt *.csv *.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</translation>
    </message>
    <message>
        <source>Save Patch</source>
        <translation>Save Patch</translation>
    </message>
    <message>
        <source>NumPy array (*.npy);;Text matrix (*.txt);;PNG image (*.png)</source>
        <translation>NumPy array (*.npy);;Text matrix (*.txt);;PNG image (*.png)</translation>
    </message>
    <message>
        <source>Save input.npy and kernel.npy in</source>
        <translation>Save input.npy and kernel.npy in</translation>
    </message>
    <message>
        <source>PNG, 1× (*.png)</source>
        <translation>PNG, 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG, 2× for slides (*.png)</source>
        <translation>PNG, 2× for slides (*.png)</translation>
    </message>
    <message>
        <source>PNG, 4× for print (*.png)</source>
        <translation>PNG, 4× for print (*.png)</translation>
    </message>
    <message>
        <source>SVG, vector (*.svg)</source>
        <translation>SVG, vector (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>FrameRenderer</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Frame %1 could not be drawn: %2</source>
        <translation>Frame %1 could not be drawn: %2</translation>
    </message>
    <message>
        <source>Frame %1 is %2×%3 pixels instead of %4×%5.</source>
        <translation>Frame %1 is %2×%3 pixels instead of %4×%5.</translation>
    </message>
</context>
<context>
    <name>GifEncoder</name>
    <message>
        <source>the GIF encoder could not start</source>
        <translation>the GIF encoder could not start</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>the GIF encoder failed (cgif error %1)</source>
        <translation>the GIF encoder failed (cgif error %1)</translation>
    </message>
</context>
<context>
    <name>GifWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>LessonNotebook</name>
    <message>
        <source>ConvLab computes no response for this step.</source>
        <translation>ConvLab computes no response for this step.</translation>
    </message>
    <message>
        <source>it names the raw or the normalised map, which only template matching has.</source>
        <translation>it names the raw or the normalised map, which only template matching has.</translation>
    </message>
    <message>
        <source>the step opens no step-through case.</source>
        <translation>the step opens no step-through case.</translation>
    </message>
    <message>
        <source>the step opens no Transposed case.</source>
        <translation>the step opens no Transposed case.</translation>
    </message>
    <message>
        <source>the step opens no Matrix case.</source>
        <translation>the step opens no Matrix case.</translation>
    </message>
    <message>
        <source># The code generator&apos;s OpenCV snippet (convlab code match IMAGE PATCH --lang opencv):</source>
        <translation># The code generator&apos;s OpenCV snippet (convlab code match IMAGE PATCH --lang opencv):</translation>
    </message>
    <message>
        <source># The code generator&apos;s PyTorch snippet (convlab code conv INPUT KERNEL --lang pytorch):</source>
        <translation># The code generator&apos;s PyTorch snippet (convlab code conv INPUT KERNEL --lang pytorch):</translation>
    </message>
    <message>
        <source># The map ConvLab shows: the same matching, with its undefined (0/0) scores as NaN</source>
        <translation># The map ConvLab shows: the same matching, with its undefined (0/0) scores as NaN</translation>
    </message>
    <message>
        <source># The map ConvLab shows</source>
        <translation># The map ConvLab shows</translation>
    </message>
    <message>
        <source># then pooled, with the code generator&apos;s PyTorch snippet</source>
        <translation># then pooled, with the code generator&apos;s PyTorch snippet</translation>
    </message>
    <message>
        <source># The best peak, (row, col), numpy&apos;s convention; an undefined (NaN) cell never wins</source>
        <translation># The best peak, (row, col), numpy&apos;s convention; an undefined (NaN) cell never wins</translation>
    </message>
    <message>
        <source># The peaks ConvLab marks (top-k, distance, threshold)</source>
        <translation># The peaks ConvLab marks (top-k, distance, threshold)</translation>
    </message>
    <message>
        <source># The step&apos;s claims, checked</source>
        <translation># The step&apos;s claims, checked</translation>
    </message>
    <message>
        <source># The Transposed page&apos;s case, its own input and kernel; first as PyTorch&apos;s conv_transpose2d (the code generator&apos;s snippet)</source>
        <translation># The Transposed page&apos;s case, its own input and kernel; first as PyTorch&apos;s conv_transpose2d (the code generator&apos;s snippet)</translation>
    </message>
    <message>
        <source># (1) zero insertion (the OpenCV snippet)</source>
        <translation># (1) zero insertion (the OpenCV snippet)</translation>
    </message>
    <message>
        <source># (2) scatter (the NumPy snippet)</source>
        <translation># (2) scatter (the NumPy snippet)</translation>
    </message>
    <message>
        <source># (3) Wᵀy, W the matrix of the convolution it undoes</source>
        <translation># (3) Wᵀy, W the matrix of the convolution it undoes</translation>
    </message>
    <message>
        <source># The Stepper page&apos;s case, its own input and kernel (the code generator&apos;s PyTorch snippet)</source>
        <translation># The Stepper page&apos;s case, its own input and kernel (the code generator&apos;s PyTorch snippet)</translation>
    </message>
    <message>
        <source># The Matrix page&apos;s case: y = W x, x and y flattened</source>
        <translation># The Matrix page&apos;s case: y = W x, x and y flattened</translation>
    </message>
    <message>
        <source># The step&apos;s claims about the page, checked</source>
        <translation># The step&apos;s claims about the page, checked</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>*Image operations:* %1</source>
        <translation>*Image operations:* %1</translation>
    </message>
    <message>
        <source>**Exercise.** %1</source>
        <translation>**Exercise.** %1</translation>
    </message>
    <message>
        <source>*ConvLab computes no response for this step:* %1</source>
        <translation>*ConvLab computes no response for this step:* %1</translation>
    </message>
    <message>
        <source>*Written by ConvLab.* Each step of the lesson follows: its text, a cell that loads the step&apos;s image and patch (`%1/`) and computes its response with NumPy, PyTorch or OpenCV, and a cell that checks the step&apos;s claims with `assert`. Run all cells: the notebook proves itself — an assert that fails names what it found instead. Maps are indexed (row, col), as NumPy does; ConvLab&apos;s conventions are in the next cell.</source>
        <translation>*Written by ConvLab.* Each step of the lesson follows: its text, a cell that loads the step&apos;s image and patch (`%1/`) and computes its response with NumPy, PyTorch or OpenCV, and a cell that checks the step&apos;s claims with `assert`. Run all cells: the notebook proves itself — an assert that fails names what it found instead. Maps are indexed (row, col), as NumPy does; ConvLab&apos;s conventions are in the next cell.</translation>
    </message>
    <message>
        <source>*Claims of this step not restated here:*</source>
        <translation>*Claims of this step not restated here:*</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>the step&apos;s Matrix case has no target.</source>
        <translation>the step&apos;s Matrix case has no target.</translation>
    </message>
    <message>
        <source># The backward pass of L = ½ Σ (y − t)²: δ = y − t, then ∂L/∂x = Wᵀδ</source>
        <translation># The backward pass of L = ½ Σ (y − t)²: δ = y − t, then ∂L/∂x = Wᵀδ</translation>
    </message>
    <message>
        <source>the step opens no Checkerboard case.</source>
        <translation>the step opens no Checkerboard case.</translation>
    </message>
    <message>
        <source># The Checkerboard page&apos;s case: ones through a kernel of ones, transposed (no padding), and resized then convolved (&quot;same&quot; padding)</source>
        <translation># The Checkerboard page&apos;s case: ones through a kernel of ones, transposed (no padding), and resized then convolved (&quot;same&quot; padding)</translation>
    </message>
    <message>
        <source># Inside the frame: the cells every tap of whose window lands on an input cell</source>
        <translation># Inside the frame: the cells every tap of whose window lands on an input cell</translation>
    </message>
    <message>
        <source>it is about the decoders the Decoder tab trains on ConvLab&apos;s digit sheet; ConvLab&apos;s tests check it on that run.</source>
        <translation>it is about the decoders the Decoder tab trains on ConvLab&apos;s digit sheet; ConvLab&apos;s tests check it on that run.</translation>
    </message>
    <message>
        <source>it is about the network the page trains on ConvLab&apos;s digit sheet and one of its digits; ConvLab&apos;s tests check it on them.</source>
        <translation>it is about the network the page trains on ConvLab&apos;s digit sheet and one of its digits; ConvLab&apos;s tests check it on them.</translation>
    </message>
    <message>
        <source>the step does not open the learned page.</source>
        <translation>the step does not open the learned page.</translation>
    </message>
    <message>
        <source>the step projects a whole map, not a unit.</source>
        <translation>the step projects a whole map, not a unit.</translation>
    </message>
    <message>
        <source># ∂L/∂x at %1&apos;s input by autograd, beside the transposed convolution of δ = ∂L/∂y with %1&apos;s filters (Wᵀδ)</source>
        <translation># ∂L/∂x at %1&apos;s input by autograd, beside the transposed convolution of δ = ∂L/∂y with %1&apos;s filters (Wᵀδ)</translation>
    </message>
    <message>
        <source># %1 of the lecture&apos;s network: %2 → %3 channels, %4×%4, stride %5, padding %6, on %7×%7 maps. Any weights, any input and any δ: the identity holds for all of them, so random ones stand for the page&apos;s network, untrained or trained.</source>
        <translation># %1 of the lecture&apos;s network: %2 → %3 channels, %4×%4, stride %5, padding %6, on %7×%7 maps. Any weights, any input and any δ: the identity holds for all of them, so random ones stand for the page&apos;s network, untrained or trained.</translation>
    </message>
    <message>
        <source># Map %1 of %2, one unit kept and sent back to the pixels by the deconvnet: each layer undone in turn (ReLU, max-unpooling to the recorded switches, transposed convolution with the layer&apos;s own filters)</source>
        <translation># Map %1 of %2, one unit kept and sent back to the pixels by the deconvnet: each layer undone in turn (ReLU, max-unpooling to the recorded switches, transposed convolution with the layer&apos;s own filters)</translation>
    </message>
    <message>
        <source># The lecture&apos;s network with random weights and a random digit: that the projection stays inside the pixels the unit sees holds for any weights and any digit (a transposed convolution spreads a cell over its kernel only), so they stand for the page&apos;s network, untrained or trained.</source>
        <translation># The lecture&apos;s network with random weights and a random digit: that the projection stays inside the pixels the unit sees holds for any weights and any digit (a transposed convolution spreads a cell over its kernel only), so they stand for the page&apos;s network, untrained or trained.</translation>
    </message>
    <message>
        <source># The receptive field (side, jump, start) of each layer&apos;s units, as ConvLab&apos;s shape table computes it</source>
        <translation># The receptive field (side, jump, start) of each layer&apos;s units, as ConvLab&apos;s shape table computes it</translation>
    </message>
    <message>
        <source># The step&apos;s claims about the learned page, checked</source>
        <translation># The step&apos;s claims about the learned page, checked</translation>
    </message>
</context>
<context>
    <name>LessonScript</name>
    <message>
        <source>step %1: %2</source>
        <translation>step %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key; expected one of %2</source>
        <translation>&quot;%1&quot; is not a known key; expected one of %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>&quot;%1&quot; must be an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a finite number</source>
        <translation>&quot;%1&quot; must be a finite number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an integer from %2 to %3</source>
        <translation>&quot;%1&quot; must be an integer from %2 to %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; is &quot;%2&quot;; expected one of %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of %2 integers</source>
        <translation>&quot;%1&quot; must be a list of %2 integers</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of 1 to %2 rows of 1 to %2 numbers</source>
        <translation>&quot;%1&quot; must be a list of 1 to %2 rows of 1 to %2 numbers</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; has %3 values; the first row has %4</source>
        <translation>&quot;%1[%2]&quot; has %3 values; the first row has %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid base64</source>
        <translation>&quot;%1&quot; is not valid base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one channel, at most %2 per side</source>
        <translation>&quot;%1&quot; must be one channel, at most %2 per side</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: low (%2) must be below high (%3)</source>
        <translation>&quot;%1&quot;: low (%2) must be below high (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: factors must lie in [%2, %3]</source>
        <translation>&quot;%1&quot;: factors must lie in [%2, %3]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have a height and a width of at least 1</source>
        <translation>&quot;%1&quot; must have a height and a width of at least 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have exactly one of &quot;sample&quot;, &quot;values&quot; or &quot;npy&quot;</source>
        <translation>&quot;%1&quot; must have exactly one of &quot;sample&quot;, &quot;values&quot; or &quot;npy&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must have exactly one of &quot;sample&quot;, &quot;cut&quot;, &quot;preset&quot;, &quot;values&quot; or &quot;npy&quot;</source>
        <translation>&quot;%1&quot; must have exactly one of &quot;sample&quot;, &quot;cut&quot;, &quot;preset&quot;, &quot;values&quot; or &quot;npy&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the height and width must be from 1 to %2</source>
        <translation>&quot;%1&quot;: the height and width must be from 1 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the preset %2 has no %3 × %4 kernel</source>
        <translation>&quot;%1&quot;: the preset %2 has no %3 × %4 kernel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; must not be negative</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &quot;input&quot; and &quot;kernel&quot;</source>
        <translation>&quot;%1&quot; needs &quot;input&quot; and &quot;kernel&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>padding (top %1, bottom %2, left %3, right %4, %5)</source>
        <translation>padding (top %1, bottom %2, left %3, right %4, %5)</translation>
    </message>
    <message>
        <source>scaling (fx %1, fy %2)</source>
        <translation>scaling (fx %1, fy %2)</translation>
    </message>
    <message>
        <source>shearing (shx %1, shy %2)</source>
        <translation>shearing (shx %1, shy %2)</translation>
    </message>
    <message>
        <source>cropping (top %1, left %2, %3 × %4)</source>
        <translation>cropping (top %1, left %2, %3 × %4)</translation>
    </message>
    <message>
        <source>rotation (%1°)</source>
        <translation>rotation (%1°)</translation>
    </message>
    <message>
        <source>flip (horizontal %1, vertical %2)</source>
        <translation>flip (horizontal %1, vertical %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>translation (%1 rows down, %2 columns right)</source>
        <translation>translation (%1 rows down, %2 columns right)</translation>
    </message>
    <message>
        <source>the image operations leave an empty image</source>
        <translation>the image operations leave an empty image</translation>
    </message>
    <message>
        <source>the cut (top %1, left %2, %3 × %4) does not lie inside the %5 × %6 image</source>
        <translation>the cut (top %1, left %2, %3 × %4) does not lie inside the %5 × %6 image</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; expected an integer from %3 to %4</source>
        <translation>&quot;%1&quot; is %2; expected an integer from %3 to %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;strongest&quot;, &quot;map&quot; or [row, col]</source>
        <translation>&quot;%1&quot; must be &quot;strongest&quot;, &quot;map&quot; or [row, col]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;: a step opens one page, not both</source>
        <translation>&quot;%1&quot; and &quot;%2&quot;: a step opens one page, not both</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the claim &quot;%2&quot; needs a step with %3</source>
        <translation>&quot;%1&quot;: the claim &quot;%2&quot; needs a step with %3</translation>
    </message>
</context>
<context>
    <name>LocalizedText</name>
    <message>
        <source>the &quot;%1&quot; text must be a string</source>
        <translation>the &quot;%1&quot; text must be a string</translation>
    </message>
    <message>
        <source>must be a string or an object of languages, e.g. {&quot;en&quot;: …, &quot;fr&quot;: …}</source>
        <translation>must be a string or an object of languages, e.g. {&quot;en&quot;: …, &quot;fr&quot;: …}</translation>
    </message>
</context>
<context>
    <name>Mp4Writer</name>
    <message>
        <source>Cannot write “%1”: OpenCV has no H.264 or MPEG-4 video encoder here.</source>
        <translation>Cannot write “%1”: OpenCV has no H.264 or MPEG-4 video encoder here.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the video encoder wrote nothing.</source>
        <translation>Cannot write “%1”: the video encoder wrote nothing.</translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message>
        <source>Open a lesson first: a notebook is written from its steps.</source>
        <translation>Open a lesson first: a notebook is written from its steps.</translation>
    </message>
    <message>
        <source>Export Notebook</source>
        <translation>Export Notebook</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter notebooks (*.ipynb)</translation>
    </message>
    <message>
        <source>Exported the notebook to %1, with its arrays in %2/</source>
        <translation>Exported the notebook to %1, with its arrays in %2/</translation>
    </message>
</context>
<context>
    <name>NpyCodec</name>
    <message>
        <source>the .npy array has %1 channels; a lesson stores one</source>
        <translation>the .npy array has %1 channels; a lesson stores one</translation>
    </message>
</context>
<context>
    <name>OwnDigits</name>
    <message>
        <source>the label is %1; a digit&apos;s label is 0 to 9</source>
        <translation>the label is %1; a digit&apos;s label is 0 to 9</translation>
    </message>
    <message>
        <source>the digit is not a grayscale image of float32 values</source>
        <translation>the digit is not a grayscale image of float32 values</translation>
    </message>
    <message>
        <source>the digit is %1 × %2 pixels; the network reads digits of %3 × %3</source>
        <translation>the digit is %1 × %2 pixels; the network reads digits of %3 × %3</translation>
    </message>
    <message>
        <source>the digit&apos;s pixel (row %1, col %2) is %3; pixels are 0 to 1</source>
        <translation>the digit&apos;s pixel (row %1, col %2) is %3; pixels are 0 to 1</translation>
    </message>
    <message>
        <source>%1 own digits; a document keeps at most %2</source>
        <translation>%1 own digits; a document keeps at most %2</translation>
    </message>
</context>
<context>
    <name>PngSequenceWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ResponsePipeline</name>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columns</translation>
    </message>
    <message>
        <source>There is no input image.</source>
        <translation>There is no input image.</translation>
    </message>
    <message>
        <source>The patch is empty.</source>
        <translation>The patch is empty.</translation>
    </message>
    <message>
        <source>The stride must be at least 1; it is %1 × %2.</source>
        <translation>The stride must be at least 1; it is %1 × %2.</translation>
    </message>
    <message>
        <source>The dilation must be at least 1; it is %1 × %2.</source>
        <translation>The dilation must be at least 1; it is %1 × %2.</translation>
    </message>
    <message>
        <source>Padding cannot be negative (top %1, bottom %2, left %3, right %4).</source>
        <translation>Padding cannot be negative (top %1, bottom %2, left %3, right %4).</translation>
    </message>
    <message>
        <source>Template matching compares the patch with contiguous windows: the dilation must be 1, it is %1 × %2.</source>
        <translation>Template matching compares the patch with contiguous windows: the dilation must be 1, it is %1 × %2.</translation>
    </message>
    <message>
        <source>Reflect padding of %1 on the %2 needs more than %1 input cells; there are %3.</source>
        <translation>Reflect padding of %1 on the %2 needs more than %1 input cells; there are %3.</translation>
    </message>
    <message>
        <source>Circular padding of %1 on the %2 wraps more than the %3 input cells.</source>
        <translation>Circular padding of %1 on the %2 wraps more than the %3 input cells.</translation>
    </message>
    <message>
        <source>the patch spans %1 cells (%2 dilated by %3)</source>
        <translation>the patch spans %1 cells (%2 dilated by %3)</translation>
    </message>
    <message>
        <source>the patch has %1 cells</source>
        <translation>the patch has %1 cells</translation>
    </message>
    <message>
        <source>On the %1, %2, more than the padded input (%3 + %4 + %5 = %6).</source>
        <translation>On the %1, %2, more than the padded input (%3 + %4 + %5 = %6).</translation>
    </message>
    <message>
        <source>The pooling window (%1 × %2) and stride (%3 × %4) must be at least 1.</source>
        <translation>The pooling window (%1 × %2) and stride (%3 × %4) must be at least 1.</translation>
    </message>
    <message>
        <source>Pooling padding on the %1 must be between 0 and half the window (%2); it is %3 and %4.</source>
        <translation>Pooling padding on the %1 must be between 0 and half the window (%2); it is %3 and %4.</translation>
    </message>
    <message>
        <source>On the %1, the pooling window (%2) is larger than the padded response (%3 + %4 + %5).</source>
        <translation>On the %1, the pooling window (%2) is larger than the padded response (%3 + %4 + %5).</translation>
    </message>
    <message>
        <source>Cannot compute the response: %1</source>
        <translation>Cannot compute the response: %1</translation>
    </message>
    <message>
        <source>Cannot compute the response: not enough memory for %1 × %2.</source>
        <translation>Cannot compute the response: not enough memory for %1 × %2.</translation>
    </message>
</context>
<context>
    <name>SampleGallery</name>
    <message>
        <source>Simple shape</source>
        <translation>Simple shape</translation>
    </message>
    <message>
        <source>Digits (rendered)</source>
        <translation>Digits (rendered)</translation>
    </message>
    <message>
        <source>Photograph-like landscape</source>
        <translation>Photograph-like landscape</translation>
    </message>
    <message>
        <source>5×5 grid</source>
        <translation>5×5 grid</translation>
    </message>
    <message>
        <source>7×7 grid</source>
        <translation>7×7 grid</translation>
    </message>
    <message>
        <source>A cross and a square on black; the patch is the cross.</source>
        <translation>A cross and a square on black; the patch is the cross.</translation>
    </message>
    <message>
        <source>A sheet of digits rendered with a font; the patch is the first 2 on it.</source>
        <translation>A sheet of digits rendered with a font; the patch is the first 2 on it.</translation>
    </message>
    <message>
        <source>A generated landscape; the patch is the sun.</source>
        <translation>A generated landscape; the patch is the sun.</translation>
    </message>
    <message>
        <source>Small integers to check a cross-correlation by hand.</source>
        <translation>Small integers to check a cross-correlation by hand.</translation>
    </message>
    <message>
        <source>A 7×7 grid and a 3×3 kernel with stride 2.</source>
        <translation>A 7×7 grid and a 3×3 kernel with stride 2.</translation>
    </message>
    <message>
        <source>Handwritten digits</source>
        <translation>Handwritten digits</translation>
    </message>
    <message>
        <source>OpenCV&apos;s 5,000 handwritten digits, 20×20 each, the learned filters&apos; training set; the patch is the first 2.</source>
        <translation>OpenCV&apos;s 5,000 handwritten digits, 20×20 each, the learned filters&apos; training set; the patch is the first 2.</translation>
    </message>
</context>
<context>
    <name>SceneFrameSource</name>
    <message>
        <source>the view was closed</source>
        <translation>the view was closed</translation>
    </message>
    <message>
        <source>the export was interrupted</source>
        <translation>the export was interrupted</translation>
    </message>
</context>
<context>
    <name>StagedTarget</name>
    <message>
        <source>Cannot write “%1”: the folder “%2” does not exist.</source>
        <translation>Cannot write “%1”: the folder “%2” does not exist.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>Cannot write “%1”: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a file, not a folder.</source>
        <translation>Cannot write “%1”: it is a file, not a folder.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder holds files that are not frames of an earlier export; choose an empty or a new folder.</source>
        <translation>Cannot write “%1”: the folder holds files that are not frames of an earlier export; choose an empty or a new folder.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: no free temporary name beside it.</source>
        <translation>Cannot write “%1”: no free temporary name beside it.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: %2</source>
        <translation>Cannot replace “%1”: %2</translation>
    </message>
</context>
<context>
    <name>StepLoader</name>
    <message>
        <source>Lesson step %1: %2</source>
        <translation>Lesson step %1: %2</translation>
    </message>
    <message>
        <source>Lesson image</source>
        <translation>Lesson image</translation>
    </message>
    <message>
        <source>Lesson patch</source>
        <translation>Lesson patch</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>&quot;{%1}&quot; is not a placeholder</source>
        <translation>&quot;{%1}&quot; is not a placeholder</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: unknown placeholder &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;{%1}&quot;: unknown placeholder &quot;%2&quot;; expected one of %3</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: &quot;@%2&quot; is not a map of &quot;%3&quot;</source>
        <translation>&quot;{%1}&quot;: &quot;@%2&quot; is not a map of &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot;: arguments are cells, integers from 0</source>
        <translation>&quot;{%1}&quot;: arguments are cells, integers from 0</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; needs a cell: {value:ROW,COL}</source>
        <translation>&quot;{%1}&quot; needs a cell: {value:ROW,COL}</translation>
    </message>
    <message>
        <source>&quot;{%1}&quot; takes no arguments</source>
        <translation>&quot;{%1}&quot; takes no arguments</translation>
    </message>
    <message>
        <source>a &quot;}&quot; closes no placeholder (write &quot;}}&quot; for a brace)</source>
        <translation>a &quot;}&quot; closes no placeholder (write &quot;}}&quot; for a brace)</translation>
    </message>
    <message>
        <source>a &quot;{&quot; is not closed (write &quot;{{&quot; for a brace)</source>
        <translation>a &quot;{&quot; is not closed (write &quot;{{&quot; for a brace)</translation>
    </message>
</context>
<context>
    <name>StepperArithmetic</name>
    <message>
        <source>out(%1, %2)</source>
        <translation>out(%1, %2)</translation>
    </message>
    <message>
        <source>%1 = Σ of the %2 products input·weight over the %3×%4 kernel (%5 read the padding) = %6</source>
        <translation>%1 = Σ of the %2 products input·weight over the %3×%4 kernel (%5 read the padding) = %6</translation>
    </message>
    <message>
        <source>%1 = max of the %2 values of the %3×%4 window (%5 in the padding, −∞) = %6</source>
        <translation>%1 = max of the %2 values of the %3×%4 window (%5 in the padding, −∞) = %6</translation>
    </message>
    <message>
        <source>%1 = mean of the %2 values of the %3×%4 window (%5 in the padding, counted as 0) = %6</source>
        <translation>%1 = mean of the %2 values of the %3×%4 window (%5 in the padding, counted as 0) = %6</translation>
    </message>
    <message>
        <source>undefined (0/0: the patch or the window is flat)</source>
        <translation>undefined (0/0: the patch or the window is flat)</translation>
    </message>
    <message>
        <source>divided by √(ΣI²·ΣT²) = √(%1·%2): %3</source>
        <translation>divided by √(ΣI²·ΣT²) = √(%1·%2): %3</translation>
    </message>
    <message>
        <source>divided by √(Σ(I − ⟨I⟩)²·Σ(T − ⟨T⟩)²) = √(%1·%2): %3</source>
        <translation>divided by √(Σ(I − ⟨I⟩)²·Σ(T − ⟨T⟩)²) = √(%1·%2): %3</translation>
    </message>
    <message>
        <source>in(%1, %2) = %3 stamps %3 × kernel on output rows %4–%5, cols %6–%7</source>
        <translation>in(%1, %2) = %3 stamps %3 × kernel on output rows %4–%5, cols %6–%7</translation>
    </message>
    <message numerus="yes">
        <source>(%n product(s) fall in the cropped border)</source>
        <translation>
            <numerusform>(%n product fall in the cropped border)</numerusform>
            <numerusform>(%n products fall in the cropped border)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overlapping stamps add up.</source>
        <translation>Overlapping stamps add up.</translation>
    </message>
</context>
<context>
    <name>StepperCaption</name>
    <message>
        <source>No padding, no strides</source>
        <translation>No padding, no strides</translation>
    </message>
    <message>
        <source>Arbitrary padding</source>
        <translation>Arbitrary padding</translation>
    </message>
    <message>
        <source>Half (same) padding</source>
        <translation>Half (same) padding</translation>
    </message>
    <message>
        <source>Full padding</source>
        <translation>Full padding</translation>
    </message>
    <message>
        <source>No padding, strides</source>
        <translation>No padding, strides</translation>
    </message>
    <message>
        <source>Padding, strides</source>
        <translation>Padding, strides</translation>
    </message>
    <message>
        <source>Padding, strides (odd)</source>
        <translation>Padding, strides (odd)</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilation</translation>
    </message>
    <message>
        <source>True convolution (kernel flipped): i = %1, k = %2, s = %3, p = %4%5 → o = %6</source>
        <translation>True convolution (kernel flipped): i = %1, k = %2, s = %3, p = %4%5 → o = %6</translation>
    </message>
    <message>
        <source>Convolution (cross-correlation): i = %1, k = %2, s = %3, p = %4%5 → o = %6</source>
        <translation>Convolution (cross-correlation): i = %1, k = %2, s = %3, p = %4%5 → o = %6</translation>
    </message>
    <message>
        <source>Template matching (%1): image %2, patch %3, s = %4, p = %5 → %6</source>
        <translation>Template matching (%1): image %2, patch %3, s = %4, p = %5 → %6</translation>
    </message>
    <message>
        <source>Max pooling: i = %1, window %2, s = %3, p = %4 → o = %5</source>
        <translation>Max pooling: i = %1, window %2, s = %3, p = %4 → o = %5</translation>
    </message>
    <message>
        <source>Average pooling: i = %1, window %2, s = %3, p = %4 → o = %5</source>
        <translation>Average pooling: i = %1, window %2, s = %3, p = %4 → o = %5</translation>
    </message>
    <message>
        <source>Transposed convolution: i′ = %1, k = %2, s = %3, p = %4, a = %5%6 → o′ = %7</source>
        <translation>Transposed convolution: i′ = %1, k = %2, s = %3, p = %4, a = %5%6 → o′ = %7</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>rows: %1</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>columns: %1</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Follow the &amp;System</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The lesson has unsaved changes. Save them first?</source>
        <translation>The lesson has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>There is no response to put in the figure yet.</source>
        <translation>There is no response to put in the figure yet.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>There is no response to copy yet.</source>
        <translation>There is no response to copy yet.</translation>
    </message>
    <message>
        <source>Figure copied to the clipboard</source>
        <translation>Figure copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>convlab::Autosave</name>
    <message>
        <source>There is no autosaved work to recover.</source>
        <translation>There is no autosaved work to recover.</translation>
    </message>
    <message>
        <source>Cannot read the autosaved work: %1</source>
        <translation>Cannot read the autosaved work: %1</translation>
    </message>
    <message>
        <source>The autosaved work cannot be read: %1</source>
        <translation>The autosaved work cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>convlab::BackToPixels</name>
    <message>
        <source>the strongest unit</source>
        <translation>the strongest unit</translation>
    </message>
    <message>
        <source>the whole map</source>
        <translation>the whole map</translation>
    </message>
    <message>
        <source>the unit at</source>
        <translation>the unit at</translation>
    </message>
    <message>
        <source>The backward pass is a transposed convolution</source>
        <translation>The backward pass is a transposed convolution</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <source>its &amp;input channel</source>
        <translation>its &amp;input channel</translation>
    </message>
    <message>
        <source>What a unit responds to</source>
        <translation>What a unit responds to</translation>
    </message>
    <message>
        <source>L&amp;ayer</source>
        <translation>L&amp;ayer</translation>
    </message>
    <message>
        <source>&amp;map</source>
        <translation>&amp;map</translation>
    </message>
    <message>
        <source>&amp;row</source>
        <translation>&amp;row</translation>
    </message>
    <message>
        <source>c&amp;olumn</source>
        <translation>c&amp;olumn</translation>
    </message>
    <message>
        <source>Draw a digit on the Learned filters tab, or pick a held-out one: these views follow it.</source>
        <translation>Draw a digit on the Learned filters tab, or pick a held-out one: these views follow it.</translation>
    </message>
    <message>
        <source>The digit on the Learned filters tab, which the network reads as a %1. The loss is L = −log p(%1), the cross-entropy of that answer.</source>
        <translation>The digit on the Learned filters tab, which the network reads as a %1. The loss is L = −log p(%1), the cross-entropy of that answer.</translation>
    </message>
    <message>
        <source>∂L/∂x by libtorch&apos;s autograd: channel %1 of %2&apos;s input</source>
        <translation>∂L/∂x by libtorch&apos;s autograd: channel %1 of %2&apos;s input</translation>
    </message>
    <message>
        <source>Wᵀδ by ConvLab: δ = ∂L/∂y through %1&apos;s %2 filters, each by transposed convolution (stride %3, padding %4), summed</source>
        <translation>Wᵀδ by ConvLab: δ = ∂L/∂y through %1&apos;s %2 filters, each by transposed convolution (stride %3, padding %4), summed</translation>
    </message>
    <message>
        <source>the same to float32 precision</source>
        <translation>the same to float32 precision</translation>
    </message>
    <message>
        <source>more than float32 rounding apart</source>
        <translation>more than float32 rounding apart</translation>
    </message>
    <message>
        <source>The digit</source>
        <translation>The digit</translation>
    </message>
    <message>
        <source>Deconvnet (Zeiler &amp; Fergus): %1&apos;s activation sent back by max-unpooling, ReLU and transposed convolution with the layer&apos;s own filters</source>
        <translation>Deconvnet (Zeiler &amp; Fergus): %1&apos;s activation sent back by max-unpooling, ReLU and transposed convolution with the layer&apos;s own filters</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>the unit</translation>
    </message>
    <message>
        <source>map %1</source>
        <translation>map %1</translation>
    </message>
    <message>
        <source>Gradient saliency: autograd&apos;s gradient of %1&apos;s activation with respect to the pixels</source>
        <translation>Gradient saliency: autograd&apos;s gradient of %1&apos;s activation with respect to the pixels</translation>
    </message>
    <message>
        <source>Unit (row %1, column %2) of map %3 of %4: activation %5.</source>
        <translation>Unit (row %1, column %2) of map %3 of %4: activation %5.</translation>
    </message>
    <message>
        <source>Map %1 of %2, %3×%3 units, all sent back: its largest activation is %4.</source>
        <translation>Map %1 of %2, %3×%3 units, all sent back: its largest activation is %4.</translation>
    </message>
    <message>
        <source>Nothing comes back to the pixels: zero everywhere.</source>
        <translation>Nothing comes back to the pixels: zero everywhere.</translation>
    </message>
    <message>
        <source>The two maps&apos; correlation over the %1 pixels: %2 (1: the same pattern).</source>
        <translation>The two maps&apos; correlation over the %1 pixels: %2 (1: the same pattern).</translation>
    </message>
    <message>
        <source>Largest |∂L/∂x − Wᵀδ| over the %1 × %2 × %3 input values: %4, where |∂L/∂x| reaches %5: %6. Blue negative, white 0, red positive, one scale for both.</source>
        <translation>Largest |∂L/∂x − Wᵀδ| over the %1 × %2 × %3 input values: %4, where |∂L/∂x| reaches %5: %6. Blue negative, white 0, red positive, one scale for both.</translation>
    </message>
    <message>
        <source>The digit, and the pixels unit (row %1, column %2) of %3 sees: rows %4–%5, columns %6–%7</source>
        <translation>The digit, and the pixels unit (row %1, column %2) of %3 sees: rows %4–%5, columns %6–%7</translation>
    </message>
    <message>
        <source>The weights&apos; gradient, fil&amp;ter</source>
        <translation>The weights&apos; gradient, fil&amp;ter</translation>
    </message>
    <message>
        <source>∂L/∂W by libtorch&apos;s autograd: filter %1 of %2, its %3×%4 weights on input channel %5</source>
        <translation>∂L/∂W by libtorch&apos;s autograd: filter %1 of %2, its %3×%4 weights on input channel %5</translation>
    </message>
    <message>
        <source>x ⋆ δ by ConvLab: channel %1 of %2&apos;s input correlated with filter %3&apos;s δ, whose cells lie %4 apart in x (padding %5)</source>
        <translation>x ⋆ δ by ConvLab: channel %1 of %2&apos;s input correlated with filter %3&apos;s δ, whose cells lie %4 apart in x (padding %5)</translation>
    </message>
    <message>
        <source>Largest |∂L/∂W − x ⋆ δ| over filter %1&apos;s %2 × %3 × %4 weights: %5; over the %6 filters: %7, where |∂L/∂W| reaches %8: %9.</source>
        <translation>Largest |∂L/∂W − x ⋆ δ| over filter %1&apos;s %2 × %3 × %4 weights: %5; over the %6 filters: %7, where |∂L/∂W| reaches %8: %9.</translation>
    </message>
</context>
<context>
    <name>convlab::CheckerboardView</name>
    <message>
        <source>Limits: i ≤ %1, k ≤ %2, s ≤ %3, d ≤ %4, so that the output, (i−1)s + d(k−1) + 1 cells a side, keeps its numbers readable. No padding: the whole output, borders included; the dashed frame is the interior, away from the borders.</source>
        <translation>Limits: i ≤ %1, k ≤ %2, s ≤ %3, d ≤ %4, so that the output, (i−1)s + d(k−1) + 1 cells a side, keeps its numbers readable. No padding: the whole output, borders included; the dashed frame is the interior, away from the borders.</translation>
    </message>
    <message>
        <source>Input i</source>
        <translation>Input i</translation>
    </message>
    <message>
        <source>Rows and columns of the constant input</source>
        <translation>Rows and columns of the constant input</translation>
    </message>
    <message>
        <source>Kernel k</source>
        <translation>Kernel k</translation>
    </message>
    <message>
        <source>Rows and columns of the constant kernel</source>
        <translation>Rows and columns of the constant kernel</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Stride s</translation>
    </message>
    <message>
        <source>Stride of the transposed convolution, and the resize factor</source>
        <translation>Stride of the transposed convolution, and the resize factor</translation>
    </message>
    <message>
        <source>Dilation d</source>
        <translation>Dilation d</translation>
    </message>
    <message>
        <source>Dilation of the kernel&apos;s taps</source>
        <translation>Dilation of the kernel&apos;s taps</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Resize</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>nearest</translation>
    </message>
    <message>
        <source>bilinear</source>
        <translation>bilinear</translation>
    </message>
    <message>
        <source>How the input is enlarged by s before the ordinary convolution, on the right</source>
        <translation>How the input is enlarged by s before the ordinary convolution, on the right</translation>
    </message>
    <message>
        <source>One axis (1D), %1 output cells, the interior in bold: %2</source>
        <translation>One axis (1D), %1 output cells, the interior in bold: %2</translation>
    </message>
    <message>
        <source>How many input cells reach each output cell (%1)</source>
        <translation>How many input cells reach each output cell (%1)</translation>
    </message>
    <message>
        <source>Transposed convolution: input of ones, %1×%1 kernel of ones</source>
        <translation>Transposed convolution: input of ones, %1×%1 kernel of ones</translation>
    </message>
    <message>
        <source>Resize ×%1 (%2), then a %3×%3 convolution of ones</source>
        <translation>Resize ×%1 (%2), then a %3×%3 convolution of ones</translation>
    </message>
    <message>
        <source>%1 to %2 over the whole map</source>
        <translation>%1 to %2 over the whole map</translation>
    </message>
    <message>
        <source>No output cell lies away from the borders with an input this small: take a larger input to see the interior (%1).</source>
        <translation>No output cell lies away from the borders with an input this small: take a larger input to see the interior (%1).</translation>
    </message>
    <message>
        <source>Even inside the frame: every cell there receives %1 contributions (%2), because s = %3 divides k = %4 and gcd(s, d) = gcd(%3, %5) = 1.</source>
        <translation>Even inside the frame: every cell there receives %1 contributions (%2), because s = %3 divides k = %4 and gcd(s, d) = gcd(%3, %5) = 1.</translation>
    </message>
    <message>
        <source>Even inside the frame (%1 contributions, %2), but only because the frame is narrower than the pattern&apos;s period s = %3: take a larger input.</source>
        <translation>Even inside the frame (%1 contributions, %2), but only because the frame is narrower than the pattern&apos;s period s = %3: take a larger input.</translation>
    </message>
    <message>
        <source>Uneven inside the frame, a checkerboard: from %1 to %2 contributions (%3), because s = %4 does not divide k = %5: some phases of the stride receive one tap more than others.</source>
        <translation>Uneven inside the frame, a checkerboard: from %1 to %2 contributions (%3), because s = %4 does not divide k = %5: some phases of the stride receive one tap more than others.</translation>
    </message>
    <message>
        <source>Resize then convolution: no cell lies away from the borders at this size.</source>
        <translation>Resize then convolution: no cell lies away from the borders at this size.</translation>
    </message>
    <message>
        <source>Resize then convolution: %1 everywhere inside its frame, every output cell reads k×k cells of the enlarged input: no pattern.</source>
        <translation>Resize then convolution: %1 everywhere inside its frame, every output cell reads k×k cells of the enlarged input: no pattern.</translation>
    </message>
    <message>
        <source>Resize then convolution: from %1 to %2 inside its frame.</source>
        <translation>Resize then convolution: from %1 to %2 inside its frame.</translation>
    </message>
    <message>
        <source>Uneven inside the frame: from %1 to %2 contributions (%3), some cells get none, because gcd(s, d) = gcd(%4, %5) = %6 &gt; 1: the taps land only on the phases of the stride that are multiples of %6.</source>
        <translation>Uneven inside the frame: from %1 to %2 contributions (%3), some cells get none, because gcd(s, d) = gcd(%4, %5) = %6 &gt; 1: the taps land only on the phases of the stride that are multiples of %6.</translation>
    </message>
</context>
<context>
    <name>convlab::CodePanel</name>
    <message>
        <source>Pooling after: save the map above as response.npy, then</source>
        <translation>Pooling after: save the map above as response.npy, then</translation>
    </message>
    <message>
        <source>No snippet for these parameters: %1</source>
        <translation>No snippet for these parameters: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the snippet to the clipboard</source>
        <translation>Copy the snippet to the clipboard</translation>
    </message>
    <message>
        <source>Save arrays…</source>
        <translation>Save arrays…</translation>
    </message>
    <message>
        <source>Write input.npy and kernel.npy, the files the snippet loads</source>
        <translation>Write input.npy and kernel.npy, the files the snippet loads</translation>
    </message>
</context>
<context>
    <name>convlab::ColorBar</name>
    <message>
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
</context>
<context>
    <name>convlab::ConfusionMatrix</name>
    <message>
        <source>read as</source>
        <translation>read as</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>true digit</translation>
    </message>
</context>
<context>
    <name>convlab::DecoderView</name>
    <message>
        <source>Two small encoder–decoders learn to upsample 10×10 digits back to 20×20: one with stride-2 transposed convolutions, one with nearest ×2 then a 3×3 convolution. Held-out digits after every epoch:</source>
        <translation>Two small encoder–decoders learn to upsample 10×10 digits back to 20×20: one with stride-2 transposed convolutions, one with nearest ×2 then a 3×3 convolution. Held-out digits after every epoch:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>input, 10×10</source>
        <translation>input, 10×10</translation>
    </message>
    <message>
        <source>transposed conv.</source>
        <translation>transposed conv.</translation>
    </message>
    <message>
        <source>resize-conv.</source>
        <translation>resize-conv.</translation>
    </message>
    <message>
        <source>original, 20×20</source>
        <translation>original, 20×20</translation>
    </message>
    <message>
        <source>Checkerboard energy of the outputs (their energy at the stride&apos;s frequencies)</source>
        <translation>Checkerboard energy of the outputs (their energy at the stride&apos;s frequencies)</translation>
    </message>
    <message>
        <source>the digits&apos; own</source>
        <translation>the digits&apos; own</translation>
    </message>
    <message>
        <source>Press Start: %1 epochs of %2 digits each.</source>
        <translation>Press Start: %1 epochs of %2 digits each.</translation>
    </message>
    <message>
        <source>After epoch %1 of %2, on %3 held-out digits: checkerboard energy %4 (transposed) and %5 (resize-conv.), the digits&apos; own %6; mean squared error %7 and %8.</source>
        <translation>After epoch %1 of %2, on %3 held-out digits: checkerboard energy %4 (transposed) and %5 (resize-conv.), the digits&apos; own %6; mean squared error %7 and %8.</translation>
    </message>
</context>
<context>
    <name>convlab::Document</name>
    <message>
        <source>Paint</source>
        <translation>Paint</translation>
    </message>
    <message>
        <source>Paint patch</source>
        <translation>Paint patch</translation>
    </message>
    <message>
        <source>Change parameters</source>
        <translation>Change parameters</translation>
    </message>
    <message>
        <source>Change view</source>
        <translation>Change view</translation>
    </message>
    <message>
        <source>Cannot add the digit to the training set</source>
        <translation>Cannot add the digit to the training set</translation>
    </message>
    <message>
        <source>Add own digit %1 to the training set</source>
        <translation>Add own digit %1 to the training set</translation>
    </message>
    <message numerus="yes">
        <source>Added a %1 of your own to the training set (%n own digit(s))</source>
        <translation>
            <numerusform>Added a %1 of your own to the training set (%n own digit)</numerusform>
            <numerusform>Added a %1 of your own to the training set (%n own digits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the digit</source>
        <translation>Cannot remove the digit</translation>
    </message>
    <message numerus="yes">
        <source>there is no own digit %1 (the document holds %n)</source>
        <translation>
            <numerusform>there is no own digit %1 (the document holds %n)</numerusform>
            <numerusform>there is no own digit %1 (the document holds %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove own digit %1 from the training set</source>
        <translation>Remove own digit %1 from the training set</translation>
    </message>
    <message>
        <source>Removed a %1 of your own from the training set</source>
        <translation>Removed a %1 of your own from the training set</translation>
    </message>
</context>
<context>
    <name>convlab::EnergyCurve</name>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
</context>
<context>
    <name>convlab::ExerciseBox</name>
    <message>
        <source>Your turn</source>
        <translation>Your turn</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Show &amp;answer</source>
        <translation>Show &amp;answer</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
</context>
<context>
    <name>convlab::ExportAnimationDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Export Animation</translation>
    </message>
    <message>
        <source>GIF animation (.gif)</source>
        <translation>GIF animation (.gif)</translation>
    </message>
    <message>
        <source>MP4 video (.mp4)</source>
        <translation>MP4 video (.mp4)</translation>
    </message>
    <message>
        <source>PNG sequence (a folder of frames)</source>
        <translation>PNG sequence (a folder of frames)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> frames/s</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Frame &amp;size:</source>
        <translation>Frame &amp;size:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cale:</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Frame &amp;rate:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>animation</source>
        <translation>animation</translation>
    </message>
    <message>
        <source>Export GIF Animation</source>
        <translation>Export GIF Animation</translation>
    </message>
    <message>
        <source>GIF animations (*.gif)</source>
        <translation>GIF animations (*.gif)</translation>
    </message>
    <message>
        <source>Export MP4 Video</source>
        <translation>Export MP4 Video</translation>
    </message>
    <message>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 videos (*.mp4)</translation>
    </message>
    <message>
        <source>Folder for the Frames (empty, or an earlier export)</source>
        <translation>Folder for the Frames (empty, or an earlier export)</translation>
    </message>
    <message>
        <source>Frames: %1 · %2×%3 pixels · %L4 s.</source>
        <translation>Frames: %1 · %2×%3 pixels · %L4 s.</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>The animation was not exported.

%1</source>
        <translation>The animation was not exported.

%1</translation>
    </message>
</context>
<context>
    <name>convlab::FeatureMaps</name>
    <message>
        <source>input, %1 × %1, as the network reads it</source>
        <translation>input, %1 × %1, as the network reads it</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3 × %3 (before ReLU), a unit sees %4 × %4 pixels</source>
        <translation>%1: %2 maps of %3 × %3 (before ReLU), a unit sees %4 × %4 pixels</translation>
    </message>
    <message>
        <source>%1: %2 maps of %3 × %3 (after ReLU), a unit sees %4 × %4 pixels</source>
        <translation>%1: %2 maps of %3 × %3 (after ReLU), a unit sees %4 × %4 pixels</translation>
    </message>
    <message>
        <source>Draw a digit or pick one of the held-out digits to see what each layer makes of it.</source>
        <translation>Draw a digit or pick one of the held-out digits to see what each layer makes of it.</translation>
    </message>
    <message>
        <source>%1, map %2, unit (%3, %4): it sees input rows %5–%6, columns %7–%8 (%9 × %9 with the padding)</source>
        <translation>%1, map %2, unit (%3, %4): it sees input rows %5–%6, columns %7–%8 (%9 × %9 with the padding)</translation>
    </message>
</context>
<context>
    <name>convlab::HeatmapView</name>
    <message>
        <source>(row, col) of %1 of the %2 peaks: no room for the others</source>
        <translation>(row, col) of %1 of the %2 peaks: no room for the others</translation>
    </message>
</context>
<context>
    <name>convlab::ImageCanvas</name>
    <message>
        <source>%1×%2 at (row %3, col %4)</source>
        <translation>%1×%2 at (row %3, col %4)</translation>
    </message>
</context>
<context>
    <name>convlab::KernelModel</name>
    <message>
        <source>w[%1, %2] = %L3</source>
        <translation>w[%1, %2] = %L3</translation>
    </message>
</context>
<context>
    <name>convlab::LearnPage</name>
    <message>
        <source>Back to the random weights the seed gives</source>
        <translation>Back to the random weights the seed gives</translation>
    </message>
    <message>
        <source>The initial weights and the order of the digits: the same seed trains the same filters</source>
        <translation>The initial weights and the order of the digits: the same seed trains the same filters</translation>
    </message>
    <message>
        <source>The first steps&apos; size, decayed to 0 along a cosine (SGD with momentum). Too large, and the loss becomes NaN</source>
        <translation>The first steps&apos; size, decayed to 0 along a cosine (SGD with momentum). Too large, and the loss becomes NaN</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Learning rate</translation>
    </message>
    <message>
        <source>Passes over the 4,000 training digits</source>
        <translation>Passes over the 4,000 training digits</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>&amp;Epochs</translation>
    </message>
    <message>
        <source>The network</source>
        <translation>The network</translation>
    </message>
    <message>
        <source>Each stage: convolution → ReLU → max-pooling; then one linear layer to the ten digits. Hover an output size for its formula.</source>
        <translation>Each stage: convolution → ReLU → max-pooling; then one linear layer to the ten digits. Hover an output size for its formula.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>First-layer filters</source>
        <translation>First-layer filters</translation>
    </message>
    <message>
        <source>Blue negative, white 0, red positive, on one scale. Random noise at first, strokes and edges once trained. Click a filter to use it as the patch of the main views, on the sheet of digits.</source>
        <translation>Blue negative, white 0, red positive, on one scale. Random noise at first, strokes and edges once trained. Click a filter to use it as the patch of the main views, on the sheet of digits.</translation>
    </message>
    <message>
        <source>Click to use this filter as the patch</source>
        <translation>Click to use this filter as the patch</translation>
    </message>
    <message>
        <source>Second-layer filters</source>
        <translation>Second-layer filters</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Look inside</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse (right-click clears), or pick one the network never trained on.</source>
        <translation>Draw a digit with the mouse (right-click clears), or pick one the network never trained on.</translation>
    </message>
    <message>
        <source>&amp;Held-out digit</source>
        <translation>&amp;Held-out digit</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Feature maps</translation>
    </message>
    <message>
        <source>a %1, never trained on</source>
        <translation>a %1, never trained on</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>This network has one stage only.</source>
        <translation>This network has one stage only.</translation>
    </message>
    <message>
        <source>, held-out accuracy %1 %</source>
        <translation>, held-out accuracy %1 %</translation>
    </message>
    <message>
        <source>epoch %1 of %2, batch %3 of %4: loss %5, train accuracy %6 %%7</source>
        <translation>epoch %1 of %2, batch %3 of %4: loss %5, train accuracy %6 %%7</translation>
    </message>
    <message>
        <source>Not trained: the filters are the seed&apos;s random weights. Press Train.</source>
        <translation>Not trained: the filters are the seed&apos;s random weights. Press Train.</translation>
    </message>
    <message>
        <source>Training, %1</source>
        <translation>Training, %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Paused at %1</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>Stopped at %1</translation>
    </message>
    <message>
        <source>Trained: %1 of %2 held-out digits right (%3 %)</source>
        <translation>Trained: %1 of %2 held-out digits right (%3 %)</translation>
    </message>
    <message>
        <source>Training diverged at epoch %1</source>
        <translation>Training diverged at epoch %1</translation>
    </message>
    <message>
        <source>The network reads a &lt;b&gt;%1&lt;/b&gt; (%2 %)</source>
        <translation>The network reads a &lt;b&gt;%1&lt;/b&gt; (%2 %)</translation>
    </message>
    <message>
        <source>Draw a digit on the pad.</source>
        <translation>Draw a digit on the pad.</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>See&amp;d</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Re&amp;set</translation>
    </message>
    <message>
        <source>A column per filter of conv2 (%1), a row per channel it reads (%2: the maps of conv1&apos;s filters, pooled).</source>
        <translation>A column per filter of conv2 (%1), a row per channel it reads (%2: the maps of conv1&apos;s filters, pooled).</translation>
    </message>
    <message numerus="yes">
        <source>%n zero(s)</source>
        <translation>
            <numerusform>%n zero</numerusform>
            <numerusform>%n zeros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n one(s)</source>
        <translation>
            <numerusform>%n one</numerusform>
            <numerusform>%n ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n two(s)</source>
        <translation>
            <numerusform>%n two</numerusform>
            <numerusform>%n twos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n three(s)</source>
        <translation>
            <numerusform>%n three</numerusform>
            <numerusform>%n threes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n four(s)</source>
        <translation>
            <numerusform>%n four</numerusform>
            <numerusform>%n fours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n five(s)</source>
        <translation>
            <numerusform>%n five</numerusform>
            <numerusform>%n fives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n six(es)</source>
        <translation>
            <numerusform>%n six</numerusform>
            <numerusform>%n sixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seven(s)</source>
        <translation>
            <numerusform>%n seven</numerusform>
            <numerusform>%n sevens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eight(s)</source>
        <translation>
            <numerusform>%n eight</numerusform>
            <numerusform>%n eights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nine(s)</source>
        <translation>
            <numerusform>%n nine</numerusform>
            <numerusform>%n nines</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;Model…</source>
        <translation>Save &amp;Model…</translation>
    </message>
    <message>
        <source>Ope&amp;n Model…</source>
        <translation>Ope&amp;n Model…</translation>
    </message>
    <message>
        <source>The network as it is now, to a .pt file: a TorchScript archive that `convlab predict` and PyTorch (torch.jit.load) read</source>
        <translation>The network as it is now, to a .pt file: a TorchScript archive that `convlab predict` and PyTorch (torch.jit.load) read</translation>
    </message>
    <message>
        <source>A network saved by ConvLab or `convlab train` in place of this one: its architecture, filters and predictions</source>
        <translation>A network saved by ConvLab or `convlab train` in place of this one: its architecture, filters and predictions</translation>
    </message>
    <message>
        <source>Held-out digits: right and wrong</source>
        <translation>Held-out digits: right and wrong</translation>
    </message>
    <message>
        <source>Click a cell to see its digits on the pad</source>
        <translation>Click a cell to see its digits on the pad</translation>
    </message>
    <message>
        <source>The cell&apos;s previous digit</source>
        <translation>The cell&apos;s previous digit</translation>
    </message>
    <message>
        <source>The cell&apos;s next digit</source>
        <translation>The cell&apos;s next digit</translation>
    </message>
    <message>
        <source>A row per true digit, a column per digit the network read: right answers on the outlined diagonal, mistakes elsewhere.</source>
        <translation>A row per true digit, a column per digit the network read: right answers on the outlined diagonal, mistakes elsewhere.</translation>
    </message>
    <message>
        <source>Train the network: its answers on the held-out digits fill this table.</source>
        <translation>Train the network: its answers on the held-out digits fill this table.</translation>
    </message>
    <message>
        <source>Click a cell to browse its digits.</source>
        <translation>Click a cell to browse its digits.</translation>
    </message>
    <message>
        <source>No held-out %1 was read as %2.</source>
        <translation>No held-out %1 was read as %2.</translation>
    </message>
    <message>
        <source>%1 read right — showing %2 of %3</source>
        <translation>%1 read right — showing %2 of %3</translation>
    </message>
    <message>
        <source>%1 read as %2 — showing %3 of %4</source>
        <translation>%1 read as %2 — showing %3 of %4</translation>
    </message>
    <message>
        <source>ConvLab models (*.pt);;All files (*)</source>
        <translation>ConvLab models (*.pt);;All files (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Open Model</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>Save Model</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 held-out digits right (%4 %)</source>
        <translation>Opened %1: %2 of %3 held-out digits right (%4 %)</translation>
    </message>
    <message>
        <source>Cannot add the digit to the training set</source>
        <translation>Cannot add the digit to the training set</translation>
    </message>
    <message>
        <source>there is no document to keep it in</source>
        <translation>there is no document to keep it in</translation>
    </message>
    <message>
        <source>the pad is blank: draw a digit on it first</source>
        <translation>the pad is blank: draw a digit on it first</translation>
    </message>
    <message>
        <source>the pad shows a digit of the sheet (%1 × %2 pixels, not drawn on the %3 × %3 pad): draw a digit of your own</source>
        <translation>the pad shows a digit of the sheet (%1 × %2 pixels, not drawn on the %3 × %3 pad): draw a digit of your own</translation>
    </message>
    <message numerus="yes">
        <source>This run trains on %1 digits: the sheet&apos;s %2 and %n of your own.</source>
        <translation>
            <numerusform>This run trains on %1 digits: the sheet&apos;s %2 and %n of your own.</numerusform>
            <numerusform>This run trains on %1 digits: the sheet&apos;s %2 and %n of your own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run trains on %n of your own digits; the next one on %1.</source>
        <translation>
            <numerusform>This run trains on %n of your own digits; the next one on %1.</numerusform>
            <numerusform>This run trains on %n of your own digits; the next one on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last run trained on %1 digits: the sheet&apos;s %2 and %n of your own.</source>
        <translation>
            <numerusform>The last run trained on %1 digits: the sheet&apos;s %2 and %n of your own.</numerusform>
            <numerusform>The last run trained on %1 digits: the sheet&apos;s %2 and %n of your own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last run trained on %n of your own digits; the next one trains on %1.</source>
        <translation>
            <numerusform>The last run trained on %n of your own digits; the next one trains on %1.</numerusform>
            <numerusform>The last run trained on %n of your own digits; the next one trains on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next run trains on the sheet&apos;s %1 digits and %n of your own.</source>
        <translation>
            <numerusform>The next run trains on the sheet&apos;s %1 digits and %n of your own.</numerusform>
            <numerusform>The next run trains on the sheet&apos;s %1 digits and %n of your own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the model %1…</source>
        <translation>Opening the model %1…</translation>
    </message>
    <message>
        <source>Right and wrong</source>
        <translation>Right and wrong</translation>
    </message>
    <message>
        <source>Your own digits</source>
        <translation>Your own digits</translation>
    </message>
</context>
<context>
    <name>convlab::LearnTabs</name>
    <message>
        <source>Learned filters</source>
        <translation>Learned filters</translation>
    </message>
    <message>
        <source>Back to pixels</source>
        <translation>Back to pixels</translation>
    </message>
    <message>
        <source>Decoder: checkerboards</source>
        <translation>Decoder: checkerboards</translation>
    </message>
</context>
<context>
    <name>convlab::LearnedFiltersMode</name>
    <message>
        <source>Use learned filter %1 of conv1 as the patch</source>
        <translation>Use learned filter %1 of conv1 as the patch</translation>
    </message>
    <message>
        <source>Learned filter %1 of conv1 is the patch: its response on the 5,000 digits, by cross-correlation, and its peak</source>
        <translation>Learned filter %1 of conv1 is the patch: its response on the 5,000 digits, by cross-correlation, and its peak</translation>
    </message>
</context>
<context>
    <name>convlab::LessonPanel</name>
    <message>
        <source>Image operations (core&apos;s 2×3 affine matrix, (x, y) = (col, row))</source>
        <translation>Image operations (core&apos;s 2×3 affine matrix, (x, y) = (col, row))</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;eset</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Load this step&apos;s state again</source>
        <translation>Load this step&apos;s state again</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>No lesson open</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson in the &lt;b&gt;Lessons&lt;/b&gt; menu, or open a &lt;tt&gt;.convlab&lt;/tt&gt; lesson file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a lesson in the &lt;b&gt;Lessons&lt;/b&gt; menu, or open a &lt;tt&gt;.convlab&lt;/tt&gt; lesson file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Step %1 / %2</translation>
    </message>
</context>
<context>
    <name>convlab::LessonsMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Previous Step</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Next Step</translation>
    </message>
    <message>
        <source>&amp;Reset Step</source>
        <translation>&amp;Reset Step</translation>
    </message>
</context>
<context>
    <name>convlab::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Code copied to the clipboard</source>
        <translation>Code copied to the clipboard</translation>
    </message>
    <message>
        <source>Patch (kernel), %1 × %2</source>
        <translation>Patch (kernel), %1 × %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%1[*] — ConvLab</source>
        <translation>%1[*] — ConvLab</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Paste image</translation>
    </message>
    <message>
        <source>About ConvLab</source>
        <translation>About ConvLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ConvLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for convolution as convolutional neural networks use it: draw or load an image, shape a patch, and watch the response, its peaks and the output-size arithmetic live.&lt;/p&gt;&lt;p&gt;Semantics follow PyTorch (conv2d, pooling) and OpenCV (matchTemplate). MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ConvLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for convolution as convolutional neural networks use it: draw or load an image, shape a patch, and watch the response, its peaks and the output-size arithmetic live.&lt;/p&gt;&lt;p&gt;Semantics follow PyTorch (conv2d, pooling) and OpenCV (matchTemplate). MIT licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <source>ConvLab did not close normally last time. Work saved automatically before that can be restored.</source>
        <translation>ConvLab did not close normally last time. Work saved automatically before that can be restored.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cannot restore the autosaved work</source>
        <translation>Cannot restore the autosaved work</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Drop image</source>
        <translation>Drop image</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Exported the animation to %1</source>
        <translation>Exported the animation to %1</translation>
    </message>
</context>
<context>
    <name>convlab::MatrixView</name>
    <message>
        <source>Presets:</source>
        <translation>Presets:</translation>
    </message>
    <message>
        <source>Lecture example</source>
        <translation>Lecture example</translation>
    </message>
    <message>
        <source>x of 7 values, w of 3, stride 2</source>
        <translation>x of 7 values, w of 3, stride 2</translation>
    </message>
    <message>
        <source>Orthonormal W</source>
        <translation>Orthonormal W</translation>
    </message>
    <message>
        <source>kernel [−1, 0, 0, 1]/√2, stride 4: W·Wᵀ = I</source>
        <translation>kernel [−1, 0, 0, 1]/√2, stride 4: W·Wᵀ = I</translation>
    </message>
    <message>
        <source>Tiny 2D image</source>
        <translation>Tiny 2D image</translation>
    </message>
    <message>
        <source>a 3×3 image, a 2×2 kernel, stride 1, flattened</source>
        <translation>a 3×3 image, a 2×2 kernel, stride 1, flattened</translation>
    </message>
    <message>
        <source>1D signal</source>
        <translation>1D signal</translation>
    </message>
    <message>
        <source>2D image (flattened)</source>
        <translation>2D image (flattened)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Switch between symbols (w₁, x₁, …) and numbers</source>
        <translation>Switch between symbols (w₁, x₁, …) and numbers</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Stride</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilation</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>New values</translation>
    </message>
    <message>
        <source>x as an image</source>
        <translation>x as an image</translation>
    </message>
    <message>
        <source>y as an image</source>
        <translation>y as an image</translation>
    </message>
    <message>
        <source>z as an image</source>
        <translation>z as an image</translation>
    </message>
    <message>
        <source>The convolution as a product: y = W x</source>
        <translation>The convolution as a product: y = W x</translation>
    </message>
    <message>
        <source>Going back with the transpose: x̂ = Wᵀ y</source>
        <translation>Going back with the transpose: x̂ = Wᵀ y</translation>
    </message>
    <message>
        <source>Rearranged, Wᵀ y is a convolution: x̂ = C z</source>
        <translation>Rearranged, Wᵀ y is a convolution: x̂ = C z</translation>
    </message>
    <message>
        <source>Is Wᵀ the inverse of W? W Wᵀ and the reconstruction</source>
        <translation>Is Wᵀ the inverse of W? W Wᵀ and the reconstruction</translation>
    </message>
    <message>
        <source>Cannot build W: %1</source>
        <translation>Cannot build W: %1</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <source> (per axis)</source>
        <translation> (per axis)</translation>
    </message>
    <message>
        <source>The lecture&apos;s slide is loose here: its vectors run to x₈ although x has 7 entries, and its zero-inserted y has 12 entries (two zeros between y₁ and y₂, three between y₂ and y₃). Exactly: y has ⌊(7 − 3)/2⌋ + 1 = %1 entries, one zero between them makes %2, a border of k − 1 = %3 zeros on each side makes %4, so C is 7×%4.</source>
        <translation>The lecture&apos;s slide is loose here: its vectors run to x₈ although x has 7 entries, and its zero-inserted y has 12 entries (two zeros between y₁ and y₂, three between y₂ and y₃). Exactly: y has ⌊(7 − 3)/2⌋ + 1 = %1 entries, one zero between them makes %2, a border of k − 1 = %3 zeros on each side makes %4, so C is 7×%4.</translation>
    </message>
    <message>
        <source>‖W Wᵀ − I‖ = %1: W is orthonormal and square, so Wᵀ = W⁻¹ and WᵀWx = x (‖WᵀWx − x‖/‖x‖ = %2).</source>
        <translation>‖W Wᵀ − I‖ = %1: W is orthonormal and square, so Wᵀ = W⁻¹ and WᵀWx = x (‖WᵀWx − x‖/‖x‖ = %2).</translation>
    </message>
    <message>
        <source>‖W Wᵀ − I‖ = %1: the rows of W are orthonormal, so W Wᵀ y = y: Wᵀ undoes W on what W produces. But W is %2×%3, wider than tall, so it has no inverse: WᵀWx is the projection of x onto the rows of W, equal to x only when x lies there (here ‖WᵀWx − x‖/‖x‖ = %4).</source>
        <translation>‖W Wᵀ − I‖ = %1: the rows of W are orthonormal, so W Wᵀ y = y: Wᵀ undoes W on what W produces. But W is %2×%3, wider than tall, so it has no inverse: WᵀWx is the projection of x onto the rows of W, equal to x only when x lies there (here ‖WᵀWx − x‖/‖x‖ = %4).</translation>
    </message>
    <message>
        <source>‖W Wᵀ − I‖ = %1: W is not orthonormal, so Wᵀ is not its inverse and WᵀWx differs from x (‖WᵀWx − x‖/‖x‖ = %2). The usual case: a transposed convolution brings the size back, not the signal.</source>
        <translation>‖W Wᵀ − I‖ = %1: W is not orthonormal, so Wᵀ is not its inverse and WᵀWx differs from x (‖WᵀWx − x‖/‖x‖ = %2). The usual case: a transposed convolution brings the size back, not the signal.</translation>
    </message>
    <message numerus="yes">
        <source>C slides the flipped kernel (%1) with stride 1 over z: y with s − 1 = %n zero(s) between its entries, %2 in all%3, and a border of d(k − 1) − p = %4 before and %5 + a = %6 after (a = %7 makes C z as long as x). C is %8×%9, and C z = Wᵀ y: largest difference %10.</source>
        <translation>
            <numerusform>C slides the flipped kernel (%1) with stride 1 over z: y with s − 1 = %n zero between its entries, %2 in all%3, and a border of d(k − 1) − p = %4 before and %5 + a = %6 after (a = %7 makes C z as long as x). C is %8×%9, and C z = Wᵀ y: largest difference %10.</numerusform>
            <numerusform>C slides the flipped kernel (%1) with stride 1 over z: y with s − 1 = %n zeros between its entries, %2 in all%3, and a border of d(k − 1) − p = %4 before and %5 + a = %6 after (a = %7 makes C z as long as x). C is %8×%9, and C z = Wᵀ y: largest difference %10.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backward pass</source>
        <translation>Backward pass</translation>
    </message>
    <message>
        <source>the lecture&apos;s x and w, padding 1, a target t: δ = y − t and ∂L/∂x = Wᵀδ</source>
        <translation>the lecture&apos;s x and w, padding 1, a target t: δ = y − t and ∂L/∂x = Wᵀδ</translation>
    </message>
    <message>
        <source>The backward pass: δ = ∂L/∂y = y − t, then ∂L/∂x = Wᵀ δ</source>
        <translation>The backward pass: δ = ∂L/∂y = y − t, then ∂L/∂x = Wᵀ δ</translation>
    </message>
    <message>
        <source>L = ½ Σ (y − t)² = %1. Its gradient with respect to y is δ = ∂L/∂y = y − t; through y = W x the chain rule gives ∂L/∂x = Wᵀ δ: the same Wᵀ that multiplies y above, now applied to δ. The backward pass of a convolution is a transposed convolution of δ (stride %2, padding %3); libtorch&apos;s autograd gives these numbers.</source>
        <translation>L = ½ Σ (y − t)² = %1. Its gradient with respect to y is δ = ∂L/∂y = y − t; through y = W x the chain rule gives ∂L/∂x = Wᵀ δ: the same Wᵀ that multiplies y above, now applied to δ. The backward pass of a convolution is a transposed convolution of δ (stride %2, padding %3); libtorch&apos;s autograd gives these numbers.</translation>
    </message>
</context>
<context>
    <name>convlab::NetworkTable</name>
    <message>
        <source>Layer %1: %2</source>
        <translation>Layer %1: %2</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filters</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>stride</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiply-adds</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Receptive field</translation>
    </message>
    <message>
        <source>%1 × %2 × %2</source>
        <translation>%1 × %2 × %2</translation>
    </message>
    <message>
        <source>Output size per axis: %1</source>
        <translation>Output size per axis: %1</translation>
    </message>
    <message>
        <source>the whole digit</source>
        <translation>the whole digit</translation>
    </message>
    <message>
        <source>%1 × %1</source>
        <translation>%1 × %1</translation>
    </message>
    <message>
        <source>A unit sees %1 × %1 input pixels (padding included); neighbouring units are %2 pixels apart.</source>
        <translation>A unit sees %1 × %1 input pixels (padding included); neighbouring units are %2 pixels apart.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
</context>
<context>
    <name>convlab::NewImageDialog</name>
    <message>
        <source>New Blank Image</source>
        <translation>New Blank Image</translation>
    </message>
    <message>
        <source>Rows (height)</source>
        <translation>Rows (height)</translation>
    </message>
    <message>
        <source>Columns (width)</source>
        <translation>Columns (width)</translation>
    </message>
</context>
<context>
    <name>convlab::OffscreenScene</name>
    <message>
        <source>step %1: this lesson has no steps</source>
        <translation>step %1: this lesson has no steps</translation>
    </message>
    <message>
        <source>step %1 is not a step of this lesson (1 to %2)</source>
        <translation>step %1 is not a step of this lesson (1 to %2)</translation>
    </message>
</context>
<context>
    <name>convlab::OwnDigitsPanel</name>
    <message>
        <source>Your own digits</source>
        <translation>Your own digits</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, say which digit it is, and add it to the training set: the next run trains on it too (never on the held-out digits). The digits are kept in the document.</source>
        <translation>Draw a digit on the pad, say which digit it is, and add it to the training set: the next run trains on it too (never on the held-out digits). The digits are kept in the document.</translation>
    </message>
    <message>
        <source>The digit you drew: its label in training</source>
        <translation>The digit you drew: its label in training</translation>
    </message>
    <message>
        <source>&amp;Add to Training Set</source>
        <translation>&amp;Add to Training Set</translation>
    </message>
    <message>
        <source>Remove the selected digit (Undo puts it back)</source>
        <translation>Remove the selected digit (Undo puts it back)</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>La&amp;bel</source>
        <translation>La&amp;bel</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>digit</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) of your own (at most %1):</source>
        <translation>
            <numerusform>%n digit of your own (at most %1):</numerusform>
            <numerusform>%n digits of your own (at most %1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convlab::ParametersPanel</name>
    <message>
        <source>sqdiff — squared difference (lower is better)</source>
        <translation>sqdiff — squared difference (lower is better)</translation>
    </message>
    <message>
        <source>sqdiff_normed — normalised squared difference</source>
        <translation>sqdiff_normed — normalised squared difference</translation>
    </message>
    <message>
        <source>ccorr — raw correlation</source>
        <translation>ccorr — raw correlation</translation>
    </message>
    <message>
        <source>ccorr_normed — normalised correlation</source>
        <translation>ccorr_normed — normalised correlation</translation>
    </message>
    <message>
        <source>ccoeff — correlation of deviations from the mean</source>
        <translation>ccoeff — correlation of deviations from the mean</translation>
    </message>
    <message>
        <source>ccoeff_normed — Pearson correlation (−1 … 1)</source>
        <translation>ccoeff_normed — Pearson correlation (−1 … 1)</translation>
    </message>
    <message>
        <source>Cross-correlation (conv2d)</source>
        <translation>Cross-correlation (conv2d)</translation>
    </message>
    <message>
        <source>True convolution (kernel flipped)</source>
        <translation>True convolution (kernel flipped)</translation>
    </message>
    <message>
        <source>Template matching</source>
        <translation>Template matching</translation>
    </message>
    <message>
        <source>Cross-correlation is what PyTorch&apos;s conv2d computes; true convolution flips the kernel by 180°.</source>
        <translation>Cross-correlation is what PyTorch&apos;s conv2d computes; true convolution flips the kernel by 180°.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>cols</source>
        <translation>cols</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Stride</translation>
    </message>
    <message>
        <source>Vertical step of the window</source>
        <translation>Vertical step of the window</translation>
    </message>
    <message>
        <source>Horizontal step of the window</source>
        <translation>Horizontal step of the window</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilation</translation>
    </message>
    <message>
        <source>Spacing between kernel taps, vertically</source>
        <translation>Spacing between kernel taps, vertically</translation>
    </message>
    <message>
        <source>Spacing between kernel taps, horizontally</source>
        <translation>Spacing between kernel taps, horizontally</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Rows added on top</source>
        <translation>Rows added on top</translation>
    </message>
    <message>
        <source>Rows added at the bottom</source>
        <translation>Rows added at the bottom</translation>
    </message>
    <message>
        <source>Columns added on the left</source>
        <translation>Columns added on the left</translation>
    </message>
    <message>
        <source>Columns added on the right</source>
        <translation>Columns added on the right</translation>
    </message>
    <message>
        <source>top</source>
        <translation>top</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bottom</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>No padding: only windows that fit inside the image</source>
        <translation>No padding: only windows that fit inside the image</translation>
    </message>
    <message>
        <source>Pad so that, at stride 1, the output has the input&apos;s size</source>
        <translation>Pad so that, at stride 1, the output has the input&apos;s size</translation>
    </message>
    <message>
        <source>Pad d(k−1) on each side: every overlap of kernel and image</source>
        <translation>Pad d(k−1) on each side: every overlap of kernel and image</translation>
    </message>
    <message>
        <source>Padding mode</source>
        <translation>Padding mode</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>zeros</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>reflect</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>replicate</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>circular</translation>
    </message>
    <message>
        <source>What the padding cells hold, with PyTorch&apos;s names</source>
        <translation>What the padding cells hold, with PyTorch&apos;s names</translation>
    </message>
    <message>
        <source>Pooling after</source>
        <translation>Pooling after</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>average</source>
        <translation>average</translation>
    </message>
    <message>
        <source>Pooling window height</source>
        <translation>Pooling window height</translation>
    </message>
    <message>
        <source>Pooling window width</source>
        <translation>Pooling window width</translation>
    </message>
    <message>
        <source>Pooling stride, vertically</source>
        <translation>Pooling stride, vertically</translation>
    </message>
    <message>
        <source>Pooling stride, horizontally</source>
        <translation>Pooling stride, horizontally</translation>
    </message>
    <message>
        <source>Pooling padding on every side (at most half the window)</source>
        <translation>Pooling padding on every side (at most half the window)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Template matching compares whole windows: no dilation.</source>
        <translation>Template matching compares whole windows: no dilation.</translation>
    </message>
    <message>
        <source>pool rows</source>
        <translation>pool rows</translation>
    </message>
    <message>
        <source>pool cols</source>
        <translation>pool cols</translation>
    </message>
    <message>
        <source>Input %1 × %2, patch %3 × %4 → &lt;b&gt;response %5 × %6&lt;/b&gt;</source>
        <translation>Input %1 × %2, patch %3 × %4 → &lt;b&gt;response %5 × %6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This combination is impossible:</source>
        <translation>This combination is impossible:</translation>
    </message>
</context>
<context>
    <name>convlab::PatchEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Box blur</translation>
    </message>
    <message>
        <source>Gaussian blur</source>
        <translation>Gaussian blur</translation>
    </message>
    <message>
        <source>Sobel x (vertical edges)</source>
        <translation>Sobel x (vertical edges)</translation>
    </message>
    <message>
        <source>Sobel y (horizontal edges)</source>
        <translation>Sobel y (horizontal edges)</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Laplacian</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Sharpen</translation>
    </message>
    <message>
        <source>Emboss</source>
        <translation>Emboss</translation>
    </message>
    <message>
        <source>Gabor-like (oriented stripes)</source>
        <translation>Gabor-like (oriented stripes)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Random</translation>
    </message>
    <message>
        <source>Patch height (rows)</source>
        <translation>Patch height (rows)</translation>
    </message>
    <message>
        <source>Patch width (columns)</source>
        <translation>Patch width (columns)</translation>
    </message>
    <message>
        <source>Preset…</source>
        <translation>Preset…</translation>
    </message>
    <message>
        <source>Replace the patch by a classic kernel of the current size</source>
        <translation>Replace the patch by a classic kernel of the current size</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>Normalise</translation>
    </message>
    <message>
        <source>Scale so the weights sum to 1 (edge kernels, which sum to 0: to unit length)</source>
        <translation>Scale so the weights sum to 1 (edge kernels, which sum to 0: to unit length)</translation>
    </message>
    <message>
        <source>Normalise patch</source>
        <translation>Normalise patch</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Flip</translation>
    </message>
    <message>
        <source>Mirror the patch</source>
        <translation>Mirror the patch</translation>
    </message>
    <message>
        <source>Left ↔ right</source>
        <translation>Left ↔ right</translation>
    </message>
    <message>
        <source>Flip patch left-right</source>
        <translation>Flip patch left-right</translation>
    </message>
    <message>
        <source>Top ↕ bottom</source>
        <translation>Top ↕ bottom</translation>
    </message>
    <message>
        <source>Flip patch top-bottom</source>
        <translation>Flip patch top-bottom</translation>
    </message>
    <message>
        <source>Rotate 180° (true convolution)</source>
        <translation>Rotate 180° (true convolution)</translation>
    </message>
    <message>
        <source>Rotate patch 180°</source>
        <translation>Rotate patch 180°</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Load…</translation>
    </message>
    <message>
        <source>Load a patch from .npy, .txt or an image</source>
        <translation>Load a patch from .npy, .txt or an image</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the patch as .npy, .txt or .png</source>
        <translation>Save the patch as .npy, .txt or .png</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Resize patch to %1×%2</source>
        <translation>Resize patch to %1×%2</translation>
    </message>
    <message>
        <source>Patch preset: %1</source>
        <translation>Patch preset: %1</translation>
    </message>
</context>
<context>
    <name>convlab::PresetBar</name>
    <message>
        <source>Arithmetic guide:</source>
        <translation>Arithmetic guide:</translation>
    </message>
    <message>
        <source>Transposed counterparts:</source>
        <translation>Transposed counterparts:</translation>
    </message>
    <message>
        <source>The cases of Dumoulin &amp; Visin, “A guide to convolution arithmetic for deep learning”</source>
        <translation>The cases of Dumoulin &amp; Visin, “A guide to convolution arithmetic for deep learning”</translation>
    </message>
</context>
<context>
    <name>convlab::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>convlab::ResponseView</name>
    <message>
        <source>viridis</source>
        <translation>viridis</translation>
    </message>
    <message>
        <source>gray</source>
        <translation>gray</translation>
    </message>
    <message>
        <source>magma</source>
        <translation>magma</translation>
    </message>
    <message>
        <source>diverging (0 = white)</source>
        <translation>diverging (0 = white)</translation>
    </message>
    <message>
        <source>Colormap of the response (diverging is centred on 0)</source>
        <translation>Colormap of the response (diverging is centred on 0)</translation>
    </message>
    <message>
        <source>Auto range</source>
        <translation>Auto range</translation>
    </message>
    <message>
        <source>Value shown at the bottom of the scale</source>
        <translation>Value shown at the bottom of the scale</translation>
    </message>
    <message>
        <source>Value shown at the top of the scale</source>
        <translation>Value shown at the top of the scale</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Draw the response over the input, aligned for padding and stride</source>
        <translation>Draw the response over the input, aligned for padding and stride</translation>
    </message>
    <message>
        <source>Raw | normalised</source>
        <translation>Raw | normalised</translation>
    </message>
    <message>
        <source>Raw correlation next to normalised correlation: raw correlation is pulled toward bright areas</source>
        <translation>Raw correlation next to normalised correlation: raw correlation is pulled toward bright areas</translation>
    </message>
    <message>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <source>How many peaks to mark</source>
        <translation>How many peaks to mark</translation>
    </message>
    <message>
        <source>apart ≥ </source>
        <translation>apart ≥ </translation>
    </message>
    <message>
        <source>Minimum distance between two peaks, in cells</source>
        <translation>Minimum distance between two peaks, in cells</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Keep only peaks better than the threshold</source>
        <translation>Keep only peaks better than the threshold</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>No response: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>true convolution</source>
        <translation>true convolution</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>cross-correlation</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>max pooling</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>average pooling</translation>
    </message>
    <message>
        <source>Response (%1), %2 × %3</source>
        <translation>Response (%1), %2 × %3</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Raw correlation (ccorr)</source>
        <translation>Raw correlation (ccorr)</translation>
    </message>
    <message>
        <source>Normalised (ccoeff_normed)</source>
        <translation>Normalised (ccoeff_normed)</translation>
    </message>
    <message>
        <source>No peak: every score is undefined (a flat patch or flat windows make the normalised score 0/0).</source>
        <translation>No peak: every score is undefined (a flat patch or flat windows make the normalised score 0/0).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best match at (row %1, col %2)&lt;/b&gt;, score %3 — &lt;code&gt;np.unravel_index(np.%4(result), result.shape)&lt;/code&gt;</source>
        <translation>&lt;b&gt;Best match at (row %1, col %2)&lt;/b&gt;, score %3 — &lt;code&gt;np.unravel_index(np.%4(result), result.shape)&lt;/code&gt;</translation>
    </message>
    <message>
        <source>In the image: rows %1–%2, cols %3–%4</source>
        <translation>In the image: rows %1–%2, cols %3–%4</translation>
    </message>
    <message numerus="yes">
        <source> · %n peak(s) marked</source>
        <translation>
            <numerusform> · %n peak marked</numerusform>
            <numerusform> · %n peaks marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) undefined (0/0: flat patch or flat window), shown hatched.</source>
        <translation>
            <numerusform>%n cell undefined (0/0: flat patch or flat window), shown hatched.</numerusform>
            <numerusform>%n cells undefined (0/0: flat patch or flat window), shown hatched.</numerusform>
        </translation>
    </message>
    <message>
        <source>No peak: the threshold %1 hides every peak (the lowest score is %2). Raise the threshold or turn it off.</source>
        <translation>No peak: the threshold %1 hides every peak (the lowest score is %2). Raise the threshold or turn it off.</translation>
    </message>
    <message>
        <source>No peak: the threshold %1 hides every peak (the highest score is %2). Lower the threshold or turn it off.</source>
        <translation>No peak: the threshold %1 hides every peak (the highest score is %2). Lower the threshold or turn it off.</translation>
    </message>
    <message>
        <source>No peak found.</source>
        <translation>No peak found.</translation>
    </message>
    <message>
        <source>Response (%1)</source>
        <translation>Response (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best match: your turn.&lt;/b&gt; Its place is shown once you answer the exercise, or ask for the answer.</source>
        <translation>&lt;b&gt;Best match: your turn.&lt;/b&gt; Its place is shown once you answer the exercise, or ask for the answer.</translation>
    </message>
</context>
<context>
    <name>convlab::Session</name>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Cannot open the image</source>
        <translation>Cannot open the image</translation>
    </message>
    <message>
        <source>%1

The open work is unchanged.</source>
        <translation>%1

The open work is unchanged.</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Cannot open the lesson</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>The patch in %1 is %2×%3; a patch can be at most %4×%4.</source>
        <translation>The patch in %1 is %2×%3; a patch can be at most %4×%4.</translation>
    </message>
    <message>
        <source>Load patch %1</source>
        <translation>Load patch %1</translation>
    </message>
    <message>
        <source>Cannot load the patch</source>
        <translation>Cannot load the patch</translation>
    </message>
    <message>
        <source>Cannot save the patch</source>
        <translation>Cannot save the patch</translation>
    </message>
    <message>
        <source>Wrote input.npy and kernel.npy in %1</source>
        <translation>Wrote input.npy and kernel.npy in %1</translation>
    </message>
    <message>
        <source>Cannot save the arrays</source>
        <translation>Cannot save the arrays</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>The clipboard holds no image.</translation>
    </message>
    <message>
        <source>New blank image %1×%2</source>
        <translation>New blank image %1×%2</translation>
    </message>
    <message>
        <source>Clear image</source>
        <translation>Clear image</translation>
    </message>
    <message>
        <source>Invert image</source>
        <translation>Invert image</translation>
    </message>
    <message>
        <source>Select a rectangle on the input first (Select tool, S).</source>
        <translation>Select a rectangle on the input first (Select tool, S).</translation>
    </message>
    <message>
        <source>Use as patch</source>
        <translation>Use as patch</translation>
    </message>
    <message>
        <source>The selection is %1×%2; a patch can be at most %3×%3.</source>
        <translation>The selection is %1×%2; a patch can be at most %3×%3.</translation>
    </message>
    <message>
        <source>Use selection (row %1, col %2) as patch</source>
        <translation>Use selection (row %1, col %2) as patch</translation>
    </message>
    <message>
        <source>Open sample %1</source>
        <translation>Open sample %1</translation>
    </message>
    <message>
        <source>Sample image</source>
        <translation>Sample image</translation>
    </message>
    <message>
        <source>Sample patch</source>
        <translation>Sample patch</translation>
    </message>
    <message>
        <source>A %1×%2 patch cannot be used on a %3×%4 image.</source>
        <translation>A %1×%2 patch cannot be used on a %3×%4 image.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
</context>
<context>
    <name>convlab::StepThroughPanel</name>
    <message>
        <source>Stepper</source>
        <translation>Stepper</translation>
    </message>
    <message>
        <source>Transposed</source>
        <translation>Transposed</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Checkerboard</translation>
    </message>
</context>
<context>
    <name>convlab::StepperCanvas</name>
    <message>
        <source>zeros</source>
        <translation>zeros</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>reflect</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>replicate</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>circular</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>no padding</translation>
    </message>
    <message>
        <source>padding %1</source>
        <translation>padding %1</translation>
    </message>
    <message>
        <source>padding %1, %2, %3, %4 (top, bottom, left, right)</source>
        <translation>padding %1, %2, %3, %4 (top, bottom, left, right)</translation>
    </message>
    <message>
        <source>input %1 · %2 (%3)</source>
        <translation>input %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>image %1 · %2 (%3)</source>
        <translation>image %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>input %1 · %2 (−∞: never the maximum)</source>
        <translation>input %1 · %2 (−∞: never the maximum)</translation>
    </message>
    <message>
        <source>input %1 · %2 (zeros, counted in the mean)</source>
        <translation>input %1 · %2 (zeros, counted in the mean)</translation>
    </message>
    <message>
        <source>input %1 spread by the stride, with its border: %2×%3</source>
        <translation>input %1 spread by the stride, with its border: %2×%3</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>input %1</translation>
    </message>
    <message>
        <source>output %1×%2: the stamps add up</source>
        <translation>output %1×%2: the stamps add up</translation>
    </message>
    <message>
        <source>output %1×%2</source>
        <translation>output %1×%2</translation>
    </message>
    <message>
        <source>Nothing to step through yet.</source>
        <translation>Nothing to step through yet.</translation>
    </message>
    <message>
        <source>Cannot step through this: %1</source>
        <translation>Cannot step through this: %1</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>border</source>
        <translation>border</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>padding</translation>
    </message>
    <message>
        <source>inserted zero</source>
        <translation>inserted zero</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>flipped kernel</source>
        <translation>flipped kernel</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>kernel</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>never reached: the stride does not divide</source>
        <translation>never reached: the stride does not divide</translation>
    </message>
    <message>
        <source>cells too small for their value: darker is larger</source>
        <translation>cells too small for their value: darker is larger</translation>
    </message>
</context>
<context>
    <name>convlab::StepperControls</name>
    <message>
        <source>First step (Home)</source>
        <translation>First step (Home)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>Step back (←)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>Step forward (→)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Last step (End)</translation>
    </message>
    <message>
        <source>Drag to any step</source>
        <translation>Drag to any step</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Steps per second while playing</source>
        <translation>Steps per second while playing</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 steps/s</translation>
    </message>
    <message>
        <source>(%1, %2) · %3 / %4</source>
        <translation>(%1, %2) · %3 / %4</translation>
    </message>
</context>
<context>
    <name>convlab::StepperPage</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Cross-correlation (conv2d)</source>
        <translation>Cross-correlation (conv2d)</translation>
    </message>
    <message>
        <source>True convolution</source>
        <translation>True convolution</translation>
    </message>
    <message>
        <source>Template matching</source>
        <translation>Template matching</translation>
    </message>
    <message>
        <source>Max pooling</source>
        <translation>Max pooling</translation>
    </message>
    <message>
        <source>Average pooling</source>
        <translation>Average pooling</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Rows and columns of the example input</source>
        <translation>Rows and columns of the example input</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Rows and columns of the kernel</source>
        <translation>Rows and columns of the kernel</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Stride</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Stride s</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Padding p, on every side</source>
        <translation>Padding p, on every side</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>zeros</translation>
    </message>
    <message>
        <source>reflect</source>
        <translation>reflect</translation>
    </message>
    <message>
        <source>replicate</source>
        <translation>replicate</translation>
    </message>
    <message>
        <source>circular</source>
        <translation>circular</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilation</translation>
    </message>
    <message>
        <source>Dilation d: gaps of d−1 cells between kernel taps</source>
        <translation>Dilation d: gaps of d−1 cells between kernel taps</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>New values</translation>
    </message>
    <message>
        <source>Draw new small integers for the example&apos;s input and kernel</source>
        <translation>Draw new small integers for the example&apos;s input and kernel</translation>
    </message>
    <message>
        <source>Follow the lesson</source>
        <translation>Follow the lesson</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Stepping through an example, not the lesson.</source>
        <translation>Stepping through an example, not the lesson.</translation>
    </message>
    <message>
        <source>Stepping through the lesson&apos;s image (%1×%2) and patch (%3×%4); the parameters set here are the lesson&apos;s.</source>
        <translation>Stepping through the lesson&apos;s image (%1×%2) and patch (%3×%4); the parameters set here are the lesson&apos;s.</translation>
    </message>
    <message>
        <source>Stepping through a %1×%2 crop of the lesson&apos;s image, from (row %3, col %4), around the best match; padding applies at the crop&apos;s edges.</source>
        <translation>Stepping through a %1×%2 crop of the lesson&apos;s image, from (row %3, col %4), around the best match; padding applies at the crop&apos;s edges.</translation>
    </message>
    <message>
        <source>Looking for the best match…</source>
        <translation>Looking for the best match…</translation>
    </message>
    <message>
        <source>The lesson&apos;s image is %1×%2: too large to step through cell by cell (at most %3×%3). The example stays here.</source>
        <translation>The lesson&apos;s image is %1×%2: too large to step through cell by cell (at most %3×%3). The example stays here.</translation>
    </message>
    <message>
        <source>Step through a %1×%2 crop around the best match</source>
        <translation>Step through a %1×%2 crop around the best match</translation>
    </message>
</context>
<context>
    <name>convlab::ToolOptionsBar</name>
    <message>
        <source>Tool Options</source>
        <translation>Tool Options</translation>
    </message>
    <message>
        <source> Size </source>
        <translation> Size </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush and outline width, in image pixels ([ and ])</source>
        <translation>Brush and outline width, in image pixels ([ and ])</translation>
    </message>
    <message>
        <source> Value </source>
        <translation> Value </translation>
    </message>
    <message>
        <source>The value the tools write into the pixels</source>
        <translation>The value the tools write into the pixels</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Rectangles and ellipses filled rather than outlined</source>
        <translation>Rectangles and ellipses filled rather than outlined</translation>
    </message>
    <message>
        <source> Text </source>
        <translation> Text </translation>
    </message>
    <message>
        <source>What the text stamp writes</source>
        <translation>What the text stamp writes</translation>
    </message>
    <message>
        <source>Font of the text stamp</source>
        <translation>Font of the text stamp</translation>
    </message>
    <message>
        <source>Height of the text stamp, in image pixels</source>
        <translation>Height of the text stamp, in image pixels</translation>
    </message>
</context>
<context>
    <name>convlab::TrainingCurves</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>training loss</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Accuracy (%)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>held out</source>
        <translation>held out</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
</context>
<context>
    <name>convlab::TrainingSession</name>
    <message>
        <source>The loss became infinite at epoch %1, batch %2: training stopped and kept the last good weights. Try a smaller learning rate.</source>
        <translation>The loss became infinite at epoch %1, batch %2: training stopped and kept the last good weights. Try a smaller learning rate.</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number) at epoch %1, batch %2: training stopped and kept the last good weights. Try a smaller learning rate.</source>
        <translation>The loss became NaN (not a number) at epoch %1, batch %2: training stopped and kept the last good weights. Try a smaller learning rate.</translation>
    </message>
    <message>
        <source>Cannot save the model %1</source>
        <translation>Cannot save the model %1</translation>
    </message>
    <message>
        <source>Saved the model %1</source>
        <translation>Saved the model %1</translation>
    </message>
    <message>
        <source>Cannot open the model %1</source>
        <translation>Cannot open the model %1</translation>
    </message>
    <message>
        <source>Opened the model %1</source>
        <translation>Opened the model %1</translation>
    </message>
    <message>
        <source>Own digit %1: %2</source>
        <translation>Own digit %1: %2</translation>
    </message>
    <message>
        <source>the network is training: pause or stop it first</source>
        <translation>the network is training: pause or stop it first</translation>
    </message>
</context>
<context>
    <name>convlab::TransposedCanvas</name>
    <message>
        <source>(a) the input, %1×%2</source>
        <translation>(a) the input, %1×%2</translation>
    </message>
    <message>
        <source>(c) a border of d(k−1) − p = %1 − %2 = %3 (+ a = %4 bottom and right): %5×%6</source>
        <translation>(c) a border of d(k−1) − p = %1 − %2 = %3 (+ a = %4 bottom and right): %5×%6</translation>
    </message>
    <message>
        <source>(d) the flipped kernel slides with stride 1 over the %1×%2 grid</source>
        <translation>(d) the flipped kernel slides with stride 1 over the %1×%2 grid</translation>
    </message>
    <message>
        <source>(e) every window done</source>
        <translation>(e) every window done</translation>
    </message>
    <message numerus="yes">
        <source>(b) s − 1 = %n zero(s) between input cells: %1×%2</source>
        <translation>
            <numerusform>(b) s − 1 = %n zero between input cells: %1×%2</numerusform>
            <numerusform>(b) s − 1 = %n zeros between input cells: %1×%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(c) d(k−1) − p = %1 − %2 = %3: a negative border crops %n cell(s) per side (+ a = %4 bottom and right): %5×%6</source>
        <translation>
            <numerusform>(c) d(k−1) − p = %1 − %2 = %3: a negative border crops %n cell per side (+ a = %4 bottom and right): %5×%6</numerusform>
            <numerusform>(c) d(k−1) − p = %1 − %2 = %3: a negative border crops %n cells per side (+ a = %4 bottom and right): %5×%6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>convlab::TransposedConvView</name>
    <message>
        <source>Rows and columns of the input i′</source>
        <translation>Rows and columns of the input i′</translation>
    </message>
    <message>
        <source>Kernel size k</source>
        <translation>Kernel size k</translation>
    </message>
    <message>
        <source>Stride s</source>
        <translation>Stride s</translation>
    </message>
    <message>
        <source>Padding p of the matching convolution, on every side</source>
        <translation>Padding p of the matching convolution, on every side</translation>
    </message>
    <message>
        <source>Output padding a, added at the bottom and right (a &lt; s or a &lt; d)</source>
        <translation>Output padding a, added at the bottom and right (a &lt; s or a &lt; d)</translation>
    </message>
    <message>
        <source>Dilation d</source>
        <translation>Dilation d</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Stride</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Output padding</source>
        <translation>Output padding</translation>
    </message>
    <message>
        <source>Dilation</source>
        <translation>Dilation</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>New values</translation>
    </message>
    <message>
        <source>Draw new small integers for the input and the kernel</source>
        <translation>Draw new small integers for the input and the kernel</translation>
    </message>
    <message>
        <source>Zero insertion</source>
        <translation>Zero insertion</translation>
    </message>
    <message>
        <source>Insert s−1 zeros, add a border, slide the flipped kernel</source>
        <translation>Insert s−1 zeros, add a border, slide the flipped kernel</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Scatter</translation>
    </message>
    <message>
        <source>Each input cell stamps value × kernel on the output</source>
        <translation>Each input cell stamps value × kernel on the output</translation>
    </message>
    <message>
        <source>(a) input</source>
        <translation>(a) input</translation>
    </message>
    <message>
        <source>(b) insert zeros</source>
        <translation>(b) insert zeros</translation>
    </message>
    <message>
        <source>(c) border</source>
        <translation>(c) border</translation>
    </message>
    <message>
        <source>(d) slide the flipped kernel</source>
        <translation>(d) slide the flipped kernel</translation>
    </message>
    <message>
        <source>(e) output</source>
        <translation>(e) output</translation>
    </message>
    <message>
        <source>Play the stages</source>
        <translation>Play the stages</translation>
    </message>
    <message>
        <source>(a) to (e) in turn (Space)</source>
        <translation>(a) to (e) in turn (Space)</translation>
    </message>
    <message>
        <source>Zero insertion, scatter and Wᵀy end on exactly the same %1 output.</source>
        <translation>Zero insertion, scatter and Wᵀy end on exactly the same %1 output.</translation>
    </message>
    <message>
        <source>Zero insertion, scatter and Wᵀy end on the same %1 output, up to float32 round-off (largest difference %2).</source>
        <translation>Zero insertion, scatter and Wᵀy end on the same %1 output, up to float32 round-off (largest difference %2).</translation>
    </message>
    <message>
        <source>A convolution with k = %1, s = %2, p = %3%4 gives %5 cells only from an input of %6: with stride 1 there is nothing for the output padding to choose.</source>
        <translation>A convolution with k = %1, s = %2, p = %3%4 gives %5 cells only from an input of %6: with stride 1 there is nothing for the output padding to choose.</translation>
    </message>
    <message>
        <source>A convolution with k = %1, s = %2, p = %3%4 gives %5 cells from inputs of %6: the output padding a chooses which size comes back.</source>
        <translation>A convolution with k = %1, s = %2, p = %3%4 gives %5 cells from inputs of %6: the output padding a chooses which size comes back.</translation>
    </message>
    <message>
        <source>a = %1 → %2</source>
        <translation>a = %1 → %2</translation>
    </message>
    <message>
        <source>(a)–(c) build the grid the flipped kernel slides over; from (d) on, each window&apos;s products are written out here.</source>
        <translation>(a)–(c) build the grid the flipped kernel slides over; from (d) on, each window&apos;s products are written out here.</translation>
    </message>
</context>
<context>
    <name>convlab::WindowActions</name>
    <message>
        <source>&amp;New Blank Image…</source>
        <translation>&amp;New Blank Image…</translation>
    </message>
    <message>
        <source>Replace the input by a blank image</source>
        <translation>Replace the input by a blank image</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a lesson (.convlab), an image, .npy or .txt</source>
        <translation>Open a lesson (.convlab), an image, .npy or .txt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Copy as &amp;Code</source>
        <translation>Copy as &amp;Code</translation>
    </message>
    <message>
        <source>Copy the Python lines that compute what is on screen</source>
        <translation>Copy the Python lines that compute what is on screen</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>&amp;Paste Image</translation>
    </message>
    <message>
        <source>Use the image on the clipboard as input</source>
        <translation>Use the image on the clipboard as input</translation>
    </message>
    <message>
        <source>&amp;Use Selection as Patch</source>
        <translation>&amp;Use Selection as Patch</translation>
    </message>
    <message>
        <source>Cut the selected rectangle of the input into the patch</source>
        <translation>Cut the selected rectangle of the input into the patch</translation>
    </message>
    <message>
        <source>C&amp;lear Image</source>
        <translation>C&amp;lear Image</translation>
    </message>
    <message>
        <source>Set every pixel to 0</source>
        <translation>Set every pixel to 0</translation>
    </message>
    <message>
        <source>&amp;Invert Image</source>
        <translation>&amp;Invert Image</translation>
    </message>
    <message>
        <source>Dark becomes light</source>
        <translation>Dark becomes light</translation>
    </message>
    <message>
        <source>&amp;Load Patch…</source>
        <translation>&amp;Load Patch…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Patch…</source>
        <translation>Sa&amp;ve Patch…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (1:1)</source>
        <translation>&amp;Actual Pixels (1:1)</translation>
    </message>
    <message>
        <source>&amp;Overlay Response on Input</source>
        <translation>&amp;Overlay Response on Input</translation>
    </message>
    <message>
        <source>&amp;Raw and Normalised Side by Side</source>
        <translation>&amp;Raw and Normalised Side by Side</translation>
    </message>
    <message>
        <source>&amp;Viridis</source>
        <translation>&amp;Viridis</translation>
    </message>
    <message>
        <source>&amp;Gray</source>
        <translation>&amp;Gray</translation>
    </message>
    <message>
        <source>&amp;Magma</source>
        <translation>&amp;Magma</translation>
    </message>
    <message>
        <source>&amp;Diverging (0 = white)</source>
        <translation>&amp;Diverging (0 = white)</translation>
    </message>
    <message>
        <source>&amp;Figure: Input | Patch | Response…</source>
        <translation>&amp;Figure: Input | Patch | Response…</translation>
    </message>
    <message>
        <source>&amp;Input View…</source>
        <translation>&amp;Input View…</translation>
    </message>
    <message>
        <source>&amp;Patch View…</source>
        <translation>&amp;Patch View…</translation>
    </message>
    <message>
        <source>&amp;Response View…</source>
        <translation>&amp;Response View…</translation>
    </message>
    <message>
        <source>&amp;Copy Figure to Clipboard</source>
        <translation>&amp;Copy Figure to Clipboard</translation>
    </message>
    <message>
        <source>&amp;Animation (GIF, MP4, PNG Sequence)…</source>
        <translation>&amp;Animation (GIF, MP4, PNG Sequence)…</translation>
    </message>
    <message>
        <source>&amp;Select (rubber band, type a value)</source>
        <translation>&amp;Select (rubber band, type a value)</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>&amp;Brush</translation>
    </message>
    <message>
        <source>&amp;Eraser (paints 0)</source>
        <translation>&amp;Eraser (paints 0)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Line</translation>
    </message>
    <message>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rectangle</translation>
    </message>
    <message>
        <source>Elli&amp;pse</source>
        <translation>Elli&amp;pse</translation>
    </message>
    <message>
        <source>&amp;Text Stamp</source>
        <translation>&amp;Text Stamp</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Fill</translation>
    </message>
    <message>
        <source>Smaller Brush</source>
        <translation>Smaller Brush</translation>
    </message>
    <message>
        <source>Larger Brush</source>
        <translation>Larger Brush</translation>
    </message>
    <message>
        <source>Step &amp;Through</source>
        <translation>Step &amp;Through</translation>
    </message>
    <message>
        <source>Step through stride and padding, transposed convolution and its matrices, then back to the views</source>
        <translation>Step through stride and padding, transposed convolution and its matrices, then back to the views</translation>
    </message>
    <message>
        <source>Back to the Views</source>
        <translation>Back to the Views</translation>
    </message>
    <message>
        <source>Back to the image, patch and response (%1)</source>
        <translation>Back to the image, patch and response (%1)</translation>
    </message>
    <message>
        <source>&amp;Stepper: Stride and Padding</source>
        <translation>&amp;Stepper: Stride and Padding</translation>
    </message>
    <message>
        <source>&amp;Transposed Convolution</source>
        <translation>&amp;Transposed Convolution</translation>
    </message>
    <message>
        <source>&amp;Convolution Matrix</source>
        <translation>&amp;Convolution Matrix</translation>
    </message>
    <message>
        <source>&amp;About ConvLab</source>
        <translation>&amp;About ConvLab</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>Presentation &amp;Mode</translation>
    </message>
    <message>
        <source>Full screen, large and high-contrast, only the views the lesson step needs; Space and arrows walk the steps, Esc leaves</source>
        <translation>Full screen, large and high-contrast, only the views the lesson step needs; Space and arrows walk the steps, Esc leaves</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>C&amp;heckerboard Artefacts</source>
        <translation>C&amp;heckerboard Artefacts</translation>
    </message>
    <message>
        <source>&amp;Notebook (Jupyter) of the Lesson…</source>
        <translation>&amp;Notebook (Jupyter) of the Lesson…</translation>
    </message>
    <message>
        <source>Train a small CNN on handwritten digits, watch its filters learn, look inside</source>
        <translation>Train a small CNN on handwritten digits, watch its filters learn, look inside</translation>
    </message>
    <message>
        <source>L&amp;earned Filters</source>
        <translation>L&amp;earned Filters</translation>
    </message>
</context>
<context>
    <name>convlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Open &amp;Sample</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Colormap</source>
        <translation>&amp;Colormap</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>Step Through Pa&amp;ge</source>
        <translation>Step Through Pa&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
</context>
<context>
    <name>convlab::Workbench</name>
    <message>
        <source>No response</source>
        <translation>No response</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Input, %1 × %2</source>
        <translation>Input, %1 × %2</translation>
    </message>
    <message>
        <source>Response in %L1 ms</source>
        <translation>Response in %L1 ms</translation>
    </message>
    <message>
        <source>Input (row %1, col %2) = %3</source>
        <translation>Input (row %1, col %2) = %3</translation>
    </message>
    <message>
        <source>Raw correlation</source>
        <translation>Raw correlation</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>%1 (row %2, col %3) = %4</source>
        <translation>%1 (row %2, col %3) = %4</translation>
    </message>
    <message>
        <source>out(%1, %2) = %3</source>
        <translation>out(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Patch w[%1, %2] = %3</source>
        <translation>Patch w[%1, %2] = %3</translation>
    </message>
</context>
<context>
    <name>convlab::cli</name>
    <message>
        <source>%1 %2 must be at least %3</source>
        <translation>%1 %2 must be at least %3</translation>
    </message>
    <message>
        <source>%1: %2 is too large (at most %3)</source>
        <translation>%1: %2 is too large (at most %3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an integer</source>
        <translation>%1: &apos;%2&apos; is not an integer</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not n or rows,cols</source>
        <translation>%1: &apos;%2&apos; is not n or rows,cols</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not n, rows,cols, top,bottom,left,right, valid, same or full</source>
        <translation>%1: &apos;%2&apos; is not n, rows,cols, top,bottom,left,right, valid, same or full</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>padding</translation>
    </message>
    <message>
        <source>%1 needs %2; %3 is missing</source>
        <translation>%1 needs %2; %3 is missing</translation>
    </message>
    <message>
        <source>%1 takes %2; unexpected argument &apos;%3&apos;</source>
        <translation>%1 takes %2; unexpected argument &apos;%3&apos;</translation>
    </message>
    <message>
        <source>convlab: error: %1</source>
        <translation>convlab: error: %1</translation>
    </message>
    <message>
        <source>Usage: convlab %1 %2
</source>
        <translation>Usage: convlab %1 %2
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>not enough memory for this computation</source>
        <translation>not enough memory for this computation</translation>
    </message>
    <message>
        <source>Print a NumPy, PyTorch or OpenCV snippet that computes what conv, tconv, match or pool compute.</source>
        <translation>Print a NumPy, PyTorch or OpenCV snippet that computes what conv, tconv, match or pool compute.</translation>
    </message>
    <message>
        <source>conv, tconv, match or pool; its files and options follow as for that command (see `convlab code conv --help`).</source>
        <translation>conv, tconv, match or pool; its files and options follow as for that command (see `convlab code conv --help`).</translation>
    </message>
    <message>
        <source>numpy (default), pytorch or opencv.</source>
        <translation>numpy (default), pytorch or opencv.</translation>
    </message>
    <message>
        <source>As for %1.</source>
        <translation>As for %1.</translation>
    </message>
    <message>
        <source>Accepted and not used, so that a %1 command line can follow `convlab code` as it is.</source>
        <translation>Accepted and not used, so that a %1 command line can follow `convlab code` as it is.</translation>
    </message>
    <message>
        <source>code needs an operation first: conv, tconv, match or pool (e.g. `convlab code conv INPUT KERNEL --stride 2 --lang pytorch`)</source>
        <translation>code needs an operation first: conv, tconv, match or pool (e.g. `convlab code conv INPUT KERNEL --stride 2 --lang pytorch`)</translation>
    </message>
    <message>
        <source>Convolve INPUT with KERNEL as PyTorch&apos;s conv2d does (cross-correlation; --flip for true convolution).</source>
        <translation>Convolve INPUT with KERNEL as PyTorch&apos;s conv2d does (cross-correlation; --flip for true convolution).</translation>
    </message>
    <message>
        <source>Image (read as grayscale, or as R,G,B channels for a k×k×C kernel), .npy or .txt matrix.</source>
        <translation>Image (read as grayscale, or as R,G,B channels for a k×k×C kernel), .npy or .txt matrix.</translation>
    </message>
    <message>
        <source>.npy (2-D, or k×k×C: one filter over C channels), .txt matrix or image.</source>
        <translation>.npy (2-D, or k×k×C: one filter over C channels), .txt matrix or image.</translation>
    </message>
    <message>
        <source>Output: .npy, .txt, .csv, or .png (min–max normalised).</source>
        <translation>Output: .npy, .txt, .csv, or .png (min–max normalised).</translation>
    </message>
    <message>
        <source>rows %1–%2, cols %3–%4</source>
        <translation>rows %1–%2, cols %3–%4</translation>
    </message>
    <message>
        <source>no match: all %1 scores are undefined (0/0: the patch is flat, or every window is)</source>
        <translation>no match: all %1 scores are undefined (0/0: the patch is flat, or every window is)</translation>
    </message>
    <message>
        <source>best match at (row %1, col %2), score %3</source>
        <translation>best match at (row %1, col %2), score %3</translation>
    </message>
    <message>
        <source>patch %1×%2 at %3 of the image</source>
        <translation>patch %1×%2 at %3 of the image</translation>
    </message>
    <message>
        <source>peak %1 at (row %2, col %3), score %4: %5</source>
        <translation>peak %1 at (row %2, col %3), score %4: %5</translation>
    </message>
    <message>
        <source>%1 of %2 scores are undefined (0/0: a flat window or patch) and are not peaks</source>
        <translation>%1 of %2 scores are undefined (0/0: a flat window or patch) and are not peaks</translation>
    </message>
    <message>
        <source>Find PATCH in IMAGE (OpenCV&apos;s matchTemplate): the best peaks as (row, col), numpy&apos;s convention.</source>
        <translation>Find PATCH in IMAGE (OpenCV&apos;s matchTemplate): the best peaks as (row, col), numpy&apos;s convention.</translation>
    </message>
    <message>
        <source>Image (grayscale), .npy or .txt matrix.</source>
        <translation>Image (grayscale), .npy or .txt matrix.</translation>
    </message>
    <message>
        <source>The pattern to find: image, .npy or .txt.</source>
        <translation>The pattern to find: image, .npy or .txt.</translation>
    </message>
    <message>
        <source>Also write the response map: .npy, .txt, .csv, or .png (min–max normalised).</source>
        <translation>Also write the response map: .npy, .txt, .csv, or .png (min–max normalised).</translation>
    </message>
    <message>
        <source>Stride: n or rows,cols (default %1).</source>
        <translation>Stride: n or rows,cols (default %1).</translation>
    </message>
    <message>
        <source>Padding: n, rows,cols, top,bottom,left,right, or valid, same, full (default 0).</source>
        <translation>Padding: n, rows,cols, top,bottom,left,right, or valid, same, full (default 0).</translation>
    </message>
    <message>
        <source>Dilation: n or rows,cols (default 1).</source>
        <translation>Dilation: n or rows,cols (default 1).</translation>
    </message>
    <message>
        <source>What the padding holds: zeros, reflect, replicate or circular (PyTorch&apos;s names; default zeros).</source>
        <translation>What the padding holds: zeros, reflect, replicate or circular (PyTorch&apos;s names; default zeros).</translation>
    </message>
    <message>
        <source>True convolution: flip the kernel 180° (the default is cross-correlation, as in PyTorch).</source>
        <translation>True convolution: flip the kernel 180° (the default is cross-correlation, as in PyTorch).</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>stride</translation>
    </message>
    <message>
        <source>dilation</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>dilation</translation>
    </message>
    <message>
        <source>Output padding a, added bottom/right: n or rows,cols, below the stride or the dilation (default 0).</source>
        <translation>Output padding a, added bottom/right: n or rows,cols, below the stride or the dilation (default 0).</translation>
    </message>
    <message>
        <source>output padding</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>output padding</translation>
    </message>
    <message>
        <source>OpenCV&apos;s method: sqdiff, sqdiff_normed, ccorr, ccorr_normed, ccoeff, ccoeff_normed (default).</source>
        <translation>OpenCV&apos;s method: sqdiff, sqdiff_normed, ccorr, ccorr_normed, ccoeff, ccoeff_normed (default).</translation>
    </message>
    <message>
        <source>Report the K best peaks (default 1).</source>
        <translation>Report the K best peaks (default 1).</translation>
    </message>
    <message>
        <source>Peaks closer than N cells to a better one are dropped (default 0).</source>
        <translation>Peaks closer than N cells to a better one are dropped (default 0).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>top-k</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>top-k</translation>
    </message>
    <message>
        <source>minimum distance</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>minimum distance</translation>
    </message>
    <message>
        <source>Window size: n or rows,cols (required).</source>
        <translation>Window size: n or rows,cols (required).</translation>
    </message>
    <message>
        <source>the size</source>
        <translation>the size</translation>
    </message>
    <message>
        <source>max or avg (default max).</source>
        <translation>max or avg (default max).</translation>
    </message>
    <message>
        <source>pool needs --size K (the window: n or rows,cols)</source>
        <translation>pool needs --size K (the window: n or rows,cols)</translation>
    </message>
    <message>
        <source>pool size</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>pool size</translation>
    </message>
    <message>
        <source>wrote a %1 map to %2</source>
        <translation>wrote a %1 map to %2</translation>
    </message>
    <message>
        <source>%1 needs -o OUT (the output file: .npy, .txt, .csv or .png)</source>
        <translation>%1 needs -o OUT (the output file: .npy, .txt, .csv or .png)</translation>
    </message>
    <message>
        <source>the output would be %1 cells, more than ConvLab&apos;s limit of %2 million</source>
        <translation>the output would be %1 cells, more than ConvLab&apos;s limit of %2 million</translation>
    </message>
    <message>
        <source>Max or average pooling of INPUT, as PyTorch&apos;s max_pool2d and avg_pool2d.</source>
        <translation>Max or average pooling of INPUT, as PyTorch&apos;s max_pool2d and avg_pool2d.</translation>
    </message>
    <message>
        <source>shape needs --input H[,W]</source>
        <translation>shape needs --input H[,W]</translation>
    </message>
    <message>
        <source>shape needs --kernel K[,KW]</source>
        <translation>shape needs --kernel K[,KW]</translation>
    </message>
    <message>
        <source>--output-padding applies to a transposed convolution: add --transposed</source>
        <translation>--output-padding applies to a transposed convolution: add --transposed</translation>
    </message>
    <message>
        <source>input size</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>input size</translation>
    </message>
    <message>
        <source>kernel size</source>
        <comment>quantity named in a message, with its article</comment>
        <translation>kernel size</translation>
    </message>
    <message>
        <source>Output size of a convolution (or, with --transposed, a transposed convolution), with the formula.</source>
        <translation>Output size of a convolution (or, with --transposed, a transposed convolution), with the formula.</translation>
    </message>
    <message>
        <source>Input size: H, or H,W (required).</source>
        <translation>Input size: H, or H,W (required).</translation>
    </message>
    <message>
        <source>Kernel size: K, or K,KW (required).</source>
        <translation>Kernel size: K, or K,KW (required).</translation>
    </message>
    <message>
        <source>Stride: n or rows,cols (default 1).</source>
        <translation>Stride: n or rows,cols (default 1).</translation>
    </message>
    <message>
        <source>Transposed convolution (PyTorch&apos;s conv_transpose2d).</source>
        <translation>Transposed convolution (PyTorch&apos;s conv_transpose2d).</translation>
    </message>
    <message>
        <source>Output padding a, with --transposed: n or rows,cols (default 0).</source>
        <translation>Output padding a, with --transposed: n or rows,cols (default 0).</translation>
    </message>
    <message>
        <source>Print {&quot;output&quot;: [rows, cols], &quot;formula&quot;: …} as JSON.</source>
        <translation>Print {&quot;output&quot;: [rows, cols], &quot;formula&quot;: …} as JSON.</translation>
    </message>
    <message>
        <source>rows: %1</source>
        <translation>rows: %1</translation>
    </message>
    <message>
        <source>cols: %1</source>
        <translation>cols: %1</translation>
    </message>
    <message>
        <source>Transposed convolution of INPUT with KERNEL, as PyTorch&apos;s conv_transpose2d.</source>
        <translation>Transposed convolution of INPUT with KERNEL, as PyTorch&apos;s conv_transpose2d.</translation>
    </message>
    <message>
        <source>.npy or .txt matrix, or image.</source>
        <translation>.npy or .txt matrix, or image.</translation>
    </message>
    <message>
        <source>--lang needs a language: fr or en</source>
        <translation>--lang needs a language: fr or en</translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not a language of ConvLab (fr or en)</source>
        <translation>--lang: &apos;%1&apos; is not a language of ConvLab (fr or en)</translation>
    </message>
    <message>
        <source>%1 (see convlab --help)</source>
        <translation>%1 (see convlab --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see convlab --help)</source>
        <translation>unexpected argument &apos;%1&apos; (see convlab --help)</translation>
    </message>
    <message>
        <source>ConvLab cannot open its window: this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
The headless commands work without one, for example:
  %1 shape --input 7 --kernel 3 --stride 2
  %1 conv image.png kernel.txt -o response.png --padding same
  %1 match image.png patch.png --top 3 --json
See %1 --help for every command. To see the window without a screen: xvfb-run -a %1
</source>
        <translation>ConvLab cannot open its window: this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
The headless commands work without one, for example:
  %1 shape --input 7 --kernel 3 --stride 2
  %1 conv image.png kernel.txt -o response.png --padding same
  %1 match image.png patch.png --top 3 --json
See %1 --help for every command. To see the window without a screen: xvfb-run -a %1
</translation>
    </message>
    <message>
        <source>Animate a lesson to a GIF, an MP4 or a folder of PNG frames.</source>
        <translation>Animate a lesson to a GIF, an MP4 or a folder of PNG frames.</translation>
    </message>
    <message>
        <source>Output: .gif, .mp4, or any other name for a folder of PNG frames (frame_0000.png…).</source>
        <translation>Output: .gif, .mp4, or any other name for a folder of PNG frames (frame_0000.png…).</translation>
    </message>
    <message>
        <source>For --view stepper or transposed: animate them at the lesson&apos;s step N, counted from 1 (default: the state the file opens on). Any other view animates the lesson&apos;s steps, one frame each.</source>
        <translation>For --view stepper or transposed: animate them at the lesson&apos;s step N, counted from 1 (default: the state the file opens on). Any other view animates the lesson&apos;s steps, one frame each.</translation>
    </message>
    <message>
        <source>--step %1: the frames of --view %2 are the lesson&apos;s steps; --step chooses the state of stepper and transposed only</source>
        <translation>--step %1: the frames of --view %2 are the lesson&apos;s steps; --step chooses the state of stepper and transposed only</translation>
    </message>
    <message>
        <source>--view %1: this state has nothing to step through</source>
        <translation>--view %1: this state has nothing to step through</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3 frames)</source>
        <translation>wrote %1 (%2, %3 frames)</translation>
    </message>
    <message>
        <source>Every case of Dumoulin &amp; Visin&apos;s convolution arithmetic guide, conv and transposed, as GIFs in a folder.</source>
        <translation>Every case of Dumoulin &amp; Visin&apos;s convolution arithmetic guide, conv and transposed, as GIFs in a folder.</translation>
    </message>
    <message>
        <source>All 8 cases and their transposed counterparts: CASE.gif and CASE_transposed.gif (required).</source>
        <translation>All 8 cases and their transposed counterparts: CASE.gif and CASE_transposed.gif (required).</translation>
    </message>
    <message>
        <source>The folder to write, new or holding only GIFs of an earlier run (replaced as a whole).</source>
        <translation>The folder to write, new or holding only GIFs of an earlier run (replaced as a whole).</translation>
    </message>
    <message>
        <source>arithmetic needs --all (every case of the guide)</source>
        <translation>arithmetic needs --all (every case of the guide)</translation>
    </message>
    <message>
        <source>wrote %1 GIFs in %2</source>
        <translation>wrote %1 GIFs in %2</translation>
    </message>
    <message>
        <source>Draw a view of a lesson to PNG or SVG, as the window draws it.</source>
        <translation>Draw a view of a lesson to PNG or SVG, as the window draws it.</translation>
    </message>
    <message>
        <source>Output: .png (at --scale) or .svg (vector).</source>
        <translation>Output: .png (at --scale) or .svg (vector).</translation>
    </message>
    <message>
        <source>For --view stepper or transposed: frame N of the animation, counted from 1, as `convlab animate` numbers them (default: the last, everything computed).</source>
        <translation>For --view stepper or transposed: frame N of the animation, counted from 1, as `convlab animate` numbers them (default: the last, everything computed).</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: render writes .png and .svg files</source>
        <translation>cannot write &apos;%1&apos;: render writes .png and .svg files</translation>
    </message>
    <message>
        <source>--frame %1: only --view stepper and transposed are animations</source>
        <translation>--frame %1: only --view stepper and transposed are animations</translation>
    </message>
    <message>
        <source>--frame %1 is past the last frame, %2</source>
        <translation>--frame %1 is past the last frame, %2</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>wrote %1 (%2)</source>
        <translation>wrote %1 (%2)</translation>
    </message>
    <message>
        <source>What to draw: %1 (default: %2).</source>
        <translation>What to draw: %1 (default: %2).</translation>
    </message>
    <message>
        <source>The lesson&apos;s step N, counted from 1, as the Lesson panel loads it after steps 1 to N (default: the state the file opens on).</source>
        <translation>The lesson&apos;s step N, counted from 1, as the Lesson panel loads it after steps 1 to N (default: the state the file opens on).</translation>
    </message>
    <message>
        <source>Device pixels per logical pixel, above 0 and at most %1: 2 for slides, 4 for print (default: 1).</source>
        <translation>Device pixels per logical pixel, above 0 and at most %1: 2 for slides, 4 for print (default: 1).</translation>
    </message>
    <message>
        <source>Frames per second, %1 to %2 (%3 for a GIF) (default: %4).</source>
        <translation>Frames per second, %1 to %2 (%3 for a GIF) (default: %4).</translation>
    </message>
    <message>
        <source>--view: unknown view &apos;%1&apos; (%2)</source>
        <translation>--view: unknown view &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>--scale %1 must be a number above 0 and at most %2</source>
        <translation>--scale %1 must be a number above 0 and at most %2</translation>
    </message>
    <message>
        <source>%1 needs -o OUT (%2)</source>
        <translation>%1 needs -o OUT (%2)</translation>
    </message>
    <message>
        <source>cannot open the lesson &apos;%1&apos;: %2</source>
        <translation>cannot open the lesson &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--step %1: %2</source>
        <translation>--step %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>a .gif, a .mp4 or a folder</source>
        <translation>a .gif, a .mp4 or a folder</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a .png or .svg file</source>
        <translation>a .png or .svg file</translation>
    </message>
    <message>
        <source>--view stepper: the best match of &apos;%1&apos; was not found within %2 s</source>
        <translation>--view stepper: the best match of &apos;%1&apos; was not found within %2 s</translation>
    </message>
    <message>
        <source>The window&apos;s look: %1 (default: light).</source>
        <translation>The window&apos;s look: %1 (default: light).</translation>
    </message>
    <message>
        <source>--theme: unknown theme &apos;%1&apos; (%2)</source>
        <translation>--theme: unknown theme &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>Usage: convlab [FILE]           open the ConvLab window (on FILE: a lesson, an image, .npy or .txt)
       convlab COMMAND [ARGS]   compute without a window:

</source>
        <translation>Usage: convlab [FILE]           open the ConvLab window (on FILE: a lesson, an image, .npy or .txt)
       convlab COMMAND [ARGS]   compute without a window:

</translation>
    </message>
    <message>
        <source>convlab: stopped by signal %1 (%2); nothing was written</source>
        <translation>convlab: stopped by signal %1 (%2); nothing was written</translation>
    </message>
    <message>
        <source>PNG only: scale the picture so that its longer side is N pixels, 16 to %1 (for thumbnails; instead of --scale).</source>
        <translation>PNG only: scale the picture so that its longer side is N pixels, 16 to %1 (for thumbnails; instead of --scale).</translation>
    </message>
    <message>
        <source>--size and --scale cannot be used together</source>
        <translation>--size and --scale cannot be used together</translation>
    </message>
    <message>
        <source>--size applies to .png output only</source>
        <translation>--size applies to .png output only</translation>
    </message>
    <message>
        <source>--size %1 is above %2</source>
        <translation>--size %1 is above %2</translation>
    </message>
    <message>
        <source>
convlab COMMAND --help shows a command&apos;s arguments. Examples:
  convlab shape --input 7 --kernel 3 --stride 2
  convlab conv image.png kernel.txt -o response.png --padding same
  convlab match digits.png two.png --top 5 --min-distance 10
  convlab render lesson.convlab -o figure.png --step 2 --scale 2
  convlab animate lesson.convlab -o stepper.gif --view stepper
  convlab arithmetic --all -o guide/
  convlab train --epochs 8 --seed 1 -o digits.pt
  convlab predict digits.pt seven.png --json

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
  --lang fr|en   Language of the window, the help and the messages (default: the system&apos;s).
</source>
        <translation>
convlab COMMAND --help shows a command&apos;s arguments. Examples:
  convlab shape --input 7 --kernel 3 --stride 2
  convlab conv image.png kernel.txt -o response.png --padding same
  convlab match digits.png two.png --top 5 --min-distance 10
  convlab render lesson.convlab -o figure.png --step 2 --scale 2
  convlab animate lesson.convlab -o stepper.gif --view stepper
  convlab arithmetic --all -o guide/
  convlab train --epochs 8 --seed 1 -o digits.pt
  convlab predict digits.pt seven.png --json

Options:
  -h, --help     Show this help.
  -v, --version  Show the version.
  --lang fr|en   Language of the window, the help and the messages (default: the system&apos;s).
</translation>
    </message>
    <message>
        <source>The digit a trained model (convlab train) reads in an image, with the ten probabilities.</source>
        <translation>The digit a trained model (convlab train) reads in an image, with the ten probabilities.</translation>
    </message>
    <message>
        <source>A model written by convlab train.</source>
        <translation>A model written by convlab train.</translation>
    </message>
    <message>
        <source>One digit, read as grayscale: 20×20 as it is, any other size cropped to the ink, scaled and centred as the training digits are; dark ink on a light background is inverted first.</source>
        <translation>One digit, read as grayscale: 20×20 as it is, any other size cropped to the ink, scaled and centred as the training digits are; dark ink on a light background is inverted first.</translation>
    </message>
    <message>
        <source>Print {&quot;digit&quot;: d, &quot;probabilities&quot;: [ten numbers]} as JSON.</source>
        <translation>Print {&quot;digit&quot;: d, &quot;probabilities&quot;: [ten numbers]} as JSON.</translation>
    </message>
    <message>
        <source>digit %1 (probability %2)</source>
        <translation>digit %1 (probability %2)</translation>
    </message>
    <message>
        <source>--lr: &apos;%1&apos; is not a positive number</source>
        <translation>--lr: &apos;%1&apos; is not a positive number</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>cannot write %1: it is a folder</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <source>train: epoch %1/%2, batch %3/%4, loss %5</source>
        <translation>train: epoch %1/%2, batch %3/%4, loss %5</translation>
    </message>
    <message>
        <source>cannot read the digits %1: %2</source>
        <translation>cannot read the digits %1: %2</translation>
    </message>
    <message>
        <source>Train the lecture&apos;s small CNN on 4,000 handwritten digits; write the model.</source>
        <translation>Train the lecture&apos;s small CNN on 4,000 handwritten digits; write the model.</translation>
    </message>
    <message>
        <source>The model file to write: architecture and weights, which Python&apos;s torch.jit.load reads too (required).</source>
        <translation>The model file to write: architecture and weights, which Python&apos;s torch.jit.load reads too (required).</translation>
    </message>
    <message>
        <source>Passes over the training digits (default %1).</source>
        <translation>Passes over the training digits (default %1).</translation>
    </message>
    <message>
        <source>Seed of the initial weights and of the order of the digits (default %1): the same seed gives the same model.</source>
        <translation>Seed of the initial weights and of the order of the digits (default %1): the same seed gives the same model.</translation>
    </message>
    <message>
        <source>Learning rate at the start, decayed to 0 along a cosine (default %1; SGD with momentum).</source>
        <translation>Learning rate at the start, decayed to 0 along a cosine (default %1; SGD with momentum).</translation>
    </message>
    <message>
        <source>Digits per batch (default %1).</source>
        <translation>Digits per batch (default %1).</translation>
    </message>
    <message>
        <source>Threads of libtorch (default %1: the same weights on every run).</source>
        <translation>Threads of libtorch (default %1: the same weights on every run).</translation>
    </message>
    <message>
        <source>train needs -o MODEL (the model file to write)</source>
        <translation>train needs -o MODEL (the model file to write)</translation>
    </message>
    <message>
        <source>epoch %1/%2: loss %3, train accuracy %4 %, held-out accuracy %5 % (%6 s)</source>
        <translation>epoch %1/%2: loss %3, train accuracy %4 %, held-out accuracy %5 % (%6 s)</translation>
    </message>
    <message>
        <source>wrote %1 (held-out accuracy %2 %, %3 s)</source>
        <translation>wrote %1 (held-out accuracy %2 %, %3 s)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (conv, tconv, match, pool, shape, code, render, animate, arithmetic, train, predict or notebook; see convlab --help)</source>
        <translation>unknown command &apos;%1&apos; (conv, tconv, match, pool, shape, code, render, animate, arithmetic, train, predict or notebook; see convlab --help)</translation>
    </message>
    <message>
        <source>Write a lesson as a Jupyter notebook that checks its claims when run.</source>
        <translation>Write a lesson as a Jupyter notebook that checks its claims when run.</translation>
    </message>
    <message>
        <source>A .convlab lesson with steps (resources/lessons/).</source>
        <translation>A .convlab lesson with steps (resources/lessons/).</translation>
    </message>
    <message>
        <source>Output: a .ipynb notebook; the steps&apos; images and patches go beside it, as .npy files in OUT_files/. The texts are in the language of --lang.</source>
        <translation>Output: a .ipynb notebook; the steps&apos; images and patches go beside it, as .npy files in OUT_files/. The texts are in the language of --lang.</translation>
    </message>
    <message>
        <source>a .ipynb file</source>
        <translation>a .ipynb file</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: notebook writes .ipynb files</source>
        <translation>cannot write &apos;%1&apos;: notebook writes .ipynb files</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no lesson steps: a notebook is written from a guided lesson</source>
        <translation>&apos;%1&apos; has no lesson steps: a notebook is written from a guided lesson</translation>
    </message>
    <message>
        <source>%1: %2 steps, with the images and patches in %3/
</source>
        <translation>%1: %2 steps, with the images and patches in %3/
</translation>
    </message>
    <message>
        <source>For --view featuremaps: the digit whose feature maps are drawn, an image prepared as convlab predict prepares it.</source>
        <translation>For --view featuremaps: the digit whose feature maps are drawn, an image prepared as convlab predict prepares it.</translation>
    </message>
    <message>
        <source>--view %1 draws a model, not a lesson: unexpected argument &apos;%2&apos;</source>
        <translation>--view %1 draws a model, not a lesson: unexpected argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 applies to lessons, not to --view %2</source>
        <translation>--%1 applies to lessons, not to --view %2</translation>
    </message>
    <message>
        <source>--view %1 needs a model: --model MODEL (written by convlab train -o)</source>
        <translation>--view %1 needs a model: --model MODEL (written by convlab train -o)</translation>
    </message>
    <message>
        <source>--view featuremaps needs a digit: --digit IMAGE</source>
        <translation>--view featuremaps needs a digit: --digit IMAGE</translation>
    </message>
    <message>
        <source>--digit applies to --view featuremaps only</source>
        <translation>--digit applies to --view featuremaps only</translation>
    </message>
    <message>
        <source>--held-out %1: there are %2 held-out digits</source>
        <translation>--held-out %1: there are %2 held-out digits</translation>
    </message>
    <message>
        <source>For --view filters, featuremaps, gradient and deconvnet: the model to draw, as convlab train -o or the window&apos;s Save Model… writes it (gradient and deconvnet without it: the network the window&apos;s Train button gives, seed 1).</source>
        <translation>For --view filters, featuremaps, gradient and deconvnet: the model to draw, as convlab train -o or the window&apos;s Save Model… writes it (gradient and deconvnet without it: the network the window&apos;s Train button gives, seed 1).</translation>
    </message>
    <message>
        <source>--held-out applies to --view gradient and deconvnet</source>
        <translation>--held-out applies to --view gradient and deconvnet</translation>
    </message>
    <message>
        <source>--digit applies to --view featuremaps only; --held-out N picks a held-out digit</source>
        <translation>--digit applies to --view featuremaps only; --held-out N picks a held-out digit</translation>
    </message>
    <message>
        <source>--%1 applies to the views of the learned filters</source>
        <translation>--%1 applies to the views of the learned filters</translation>
    </message>
    <message>
        <source>A .convlab lesson (resources/lessons/); none for --view decoder.</source>
        <translation>A .convlab lesson (resources/lessons/); none for --view decoder.</translation>
    </message>
    <message>
        <source>--view decoder animates the decoders&apos; training, not a lesson: unexpected argument &apos;%1&apos;</source>
        <translation>--view decoder animates the decoders&apos; training, not a lesson: unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--step applies to lessons, not to --view decoder</source>
        <translation>--step applies to lessons, not to --view decoder</translation>
    </message>
    <message>
        <source>For --view gradient and deconvnet without a lesson: the held-out digit N, counted from 1, as the learned-filters page numbers them (default: 1; a lesson&apos;s step names its own).</source>
        <translation>For --view gradient and deconvnet without a lesson: the held-out digit N, counted from 1, as the learned-filters page numbers them (default: 1; a lesson&apos;s step names its own).</translation>
    </message>
    <message>
        <source>A .convlab lesson (resources/lessons/); none for the views of the learned filters (filters, featuremaps, gradient, deconvnet, decoder), or one with --step N for gradient, deconvnet and decoder: the step&apos;s choices on View ▸ Learned Filters.</source>
        <translation>A .convlab lesson (resources/lessons/); none for the views of the learned filters (filters, featuremaps, gradient, deconvnet, decoder), or one with --step N for gradient, deconvnet and decoder: the step&apos;s choices on View ▸ Learned Filters.</translation>
    </message>
    <message>
        <source>--view %1 of a lesson draws a step that opens View ▸ Learned Filters: --step N</source>
        <translation>--view %1 of a lesson draws a step that opens View ▸ Learned Filters: --step N</translation>
    </message>
    <message>
        <source>--held-out: the lesson&apos;s step names its digit</source>
        <translation>--held-out: the lesson&apos;s step names its digit</translation>
    </message>
    <message>
        <source>--step %1: the step does not open the %2 tab of View ▸ Learned Filters, which --view %3 draws</source>
        <translation>--step %1: the step does not open the %2 tab of View ▸ Learned Filters, which --view %3 draws</translation>
    </message>
    <message>
        <source>Decoder: checkerboards</source>
        <translation>Decoder: checkerboards</translation>
    </message>
    <message>
        <source>Back to pixels</source>
        <translation>Back to pixels</translation>
    </message>
    <message>
        <source>Also train on the digits a student drew and labelled in this .convlab document (the learned page&apos;s own digits); the held-out digits stay the same.</source>
        <translation>Also train on the digits a student drew and labelled in this .convlab document (the learned page&apos;s own digits); the held-out digits stay the same.</translation>
    </message>
    <message>
        <source>training on %1 digits: the sheet&apos;s %2 and %3 of your own from %4</source>
        <translation>training on %1 digits: the sheet&apos;s %2 and %3 of your own from %4</translation>
    </message>
</context>
<context>
    <name>convlab::core</name>
    <message>
        <source>input size</source>
        <comment>a quantity, subject of a message</comment>
        <translation>input size</translation>
    </message>
    <message>
        <source>kernel size</source>
        <comment>a quantity, subject of a message</comment>
        <translation>kernel size</translation>
    </message>
    <message>
        <source>stride</source>
        <comment>a quantity, subject of a message</comment>
        <translation>stride</translation>
    </message>
    <message>
        <source>dilation</source>
        <comment>a quantity, subject of a message</comment>
        <translation>dilation</translation>
    </message>
    <message>
        <source>padding</source>
        <comment>a quantity, subject of a message</comment>
        <translation>padding</translation>
    </message>
    <message>
        <source>output padding</source>
        <comment>a quantity, subject of a message</comment>
        <translation>output padding</translation>
    </message>
    <message>
        <source>the padded input</source>
        <comment>a quantity, subject of a message</comment>
        <translation>the padded input</translation>
    </message>
    <message>
        <source>the transposed output</source>
        <comment>a quantity, subject of a message</comment>
        <translation>the transposed output</translation>
    </message>
    <message>
        <source>the convolution matrix</source>
        <comment>a quantity, subject of a message</comment>
        <translation>the convolution matrix</translation>
    </message>
    <message>
        <source>scaling</source>
        <comment>an image operation, subject of a message</comment>
        <translation>scaling</translation>
    </message>
    <message>
        <source>pooling</source>
        <comment>an operation, subject of a message</comment>
        <translation>pooling</translation>
    </message>
    <message>
        <source>a convolution with a single-channel kernel</source>
        <comment>an operation, subject of a message</comment>
        <translation>a convolution with a single-channel kernel</translation>
    </message>
    <message>
        <source>the kernel %1 dilated by %2</source>
        <translation>the kernel %1 dilated by %2</translation>
    </message>
    <message>
        <source>shear (%1, %2)</source>
        <translation>shear (%1, %2)</translation>
    </message>
    <message>
        <source>input</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>input</translation>
    </message>
    <message>
        <source>kernel</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>kernel</translation>
    </message>
    <message>
        <source>image</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>image</translation>
    </message>
    <message>
        <source>patch</source>
        <comment>the data an operation reads, with its article</comment>
        <translation>patch</translation>
    </message>
    <message>
        <source>top</source>
        <comment>side of the padding: padding top 3</comment>
        <translation>top</translation>
    </message>
    <message>
        <source>bottom</source>
        <comment>side of the padding: padding bottom 3</comment>
        <translation>bottom</translation>
    </message>
    <message>
        <source>left</source>
        <comment>side of the padding: padding left 3</comment>
        <translation>left</translation>
    </message>
    <message>
        <source>right</source>
        <comment>side of the padding: padding right 3</comment>
        <translation>right</translation>
    </message>
    <message>
        <source>height</source>
        <comment>the image height 5</comment>
        <translation>height</translation>
    </message>
    <message>
        <source>width</source>
        <comment>the image width 5</comment>
        <translation>width</translation>
    </message>
    <message>
        <source>a NaN</source>
        <comment>the input has a NaN at (row 1, col 2)</comment>
        <translation>a NaN</translation>
    </message>
    <message>
        <source>an infinite value</source>
        <comment>the input has an infinite value at (row 1, col 2)</comment>
        <translation>an infinite value</translation>
    </message>
    <message>
        <source>(row %1, col %2)</source>
        <translation>(row %1, col %2)</translation>
    </message>
    <message>
        <source>(row %1, col %2, channel %3)</source>
        <translation>(row %1, col %2, channel %3)</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 line %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 megapixels</source>
        <translation>%1 megapixels</translation>
    </message>
    <message>
        <source>%1 gigapixels</source>
        <translation>%1 gigapixels</translation>
    </message>
    <message>
        <source>pad</source>
        <comment>image operation</comment>
        <translation>pad</translation>
    </message>
    <message>
        <source>scale</source>
        <comment>image operation</comment>
        <translation>scale</translation>
    </message>
    <message>
        <source>shear</source>
        <comment>image operation</comment>
        <translation>shear</translation>
    </message>
    <message>
        <source>crop</source>
        <comment>image operation</comment>
        <translation>crop</translation>
    </message>
    <message>
        <source>rotate</source>
        <comment>image operation</comment>
        <translation>rotate</translation>
    </message>
    <message>
        <source>flip</source>
        <comment>image operation</comment>
        <translation>flip</translation>
    </message>
    <message>
        <source>scale factor fx</source>
        <comment>parameter of an image operation</comment>
        <translation>scale factor fx</translation>
    </message>
    <message>
        <source>scale factor fy</source>
        <comment>parameter of an image operation</comment>
        <translation>scale factor fy</translation>
    </message>
    <message>
        <source>shear shx</source>
        <comment>parameter of an image operation</comment>
        <translation>shear shx</translation>
    </message>
    <message>
        <source>shear shy</source>
        <comment>parameter of an image operation</comment>
        <translation>shear shy</translation>
    </message>
    <message>
        <source>rotation angle</source>
        <comment>parameter of an image operation</comment>
        <translation>rotation angle</translation>
    </message>
    <message>
        <source>an odd square size of at least 3x3</source>
        <comment>what a kernel preset needs</comment>
        <translation>an odd square size of at least 3x3</translation>
    </message>
    <message>
        <source>an odd square size from 3x3 to 31x31</source>
        <comment>what a kernel preset needs</comment>
        <translation>an odd square size from 3x3 to 31x31</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <comment>reason given by the operating system</comment>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <comment>reason given by the operating system</comment>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <comment>reason given by the operating system</comment>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <comment>reason given by the operating system</comment>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <comment>reason given by the operating system</comment>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <comment>reason given by the operating system</comment>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>File name too long</source>
        <comment>reason given by the operating system</comment>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <comment>reason given by the operating system</comment>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;</source>
        <translation>unexpected key &apos;%1&apos;</translation>
    </message>
    <message>
        <source>text after the closing brace</source>
        <comment>problem in a .npy header</comment>
        <translation>text after the closing brace</translation>
    </message>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>missing key &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; at offset %2</source>
        <translation>expected &apos;%1&apos; at offset %2</translation>
    </message>
    <message>
        <source>expected a quoted string at offset %1</source>
        <translation>expected a quoted string at offset %1</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <comment>problem in a .npy header</comment>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>expected True or False at offset %1</source>
        <translation>expected True or False at offset %1</translation>
    </message>
    <message>
        <source>expected a dimension at offset %1</source>
        <translation>expected a dimension at offset %1</translation>
    </message>
    <message>
        <source>%1 (rows)</source>
        <translation>%1 (rows)</translation>
    </message>
    <message>
        <source>%1 (columns)</source>
        <translation>%1 (columns)</translation>
    </message>
    <message>
        <source>%1 %2 must be at least 1</source>
        <translation>%1 %2 must be at least 1</translation>
    </message>
    <message>
        <source>%1 %2 must not be negative</source>
        <translation>%1 %2 must not be negative</translation>
    </message>
    <message>
        <source>%1 would be %2 cells, more than %3</source>
        <translation>%1 would be %2 cells, more than %3</translation>
    </message>
    <message>
        <source>kernel %1 is larger than padded input %2</source>
        <translation>kernel %1 is larger than padded input %2</translation>
    </message>
    <message>
        <source>kernel %1 (dilated %2) is larger than padded input %3</source>
        <translation>kernel %1 (dilated %2) is larger than padded input %3</translation>
    </message>
    <message>
        <source>output padding %1 must be smaller than stride %2 or dilation %3</source>
        <translation>output padding %1 must be smaller than stride %2 or dilation %3</translation>
    </message>
    <message>
        <source>padding %1 + %2 crops the whole output: %3</source>
        <translation>padding %1 + %2 crops the whole output: %3</translation>
    </message>
    <message>
        <source>output cell %1 is out of range: the output has %2 cells (0 to %3)</source>
        <translation>output cell %1 is out of range: the output has %2 cells (0 to %3)</translation>
    </message>
    <message>
        <source>input cell %1 is out of range: the input has %2 cells (0 to %3)</source>
        <translation>input cell %1 is out of range: the input has %2 cells (0 to %3)</translation>
    </message>
    <message>
        <source>stride %1 is too large to list its %2 input sizes (at most %3)</source>
        <translation>stride %1 is too large to list its %2 input sizes (at most %3)</translation>
    </message>
    <message>
        <source>unknown padding preset %1</source>
        <translation>unknown padding preset %1</translation>
    </message>
    <message>
        <source>unknown padding mode %1</source>
        <translation>unknown padding mode %1</translation>
    </message>
    <message>
        <source>unknown padding mode &apos;%1&apos; (expected one of zeros, reflect, replicate, circular)</source>
        <translation>unknown padding mode &apos;%1&apos; (expected one of zeros, reflect, replicate, circular)</translation>
    </message>
    <message>
        <source>%1 padding %2 %3 must be smaller than the image %4 %5</source>
        <translation>%1 padding %2 %3 must be smaller than the image %4 %5</translation>
    </message>
    <message>
        <source>%1 padding %2 %3 must not exceed the image %4 %5</source>
        <translation>%1 padding %2 %3 must not exceed the image %4 %5</translation>
    </message>
    <message>
        <source>padding %1 %2 must not be negative</source>
        <translation>padding %1 %2 must not be negative</translation>
    </message>
    <message>
        <source>cannot pad an empty image</source>
        <translation>cannot pad an empty image</translation>
    </message>
    <message>
        <source>cannot read padding of an empty axis (size %1)</source>
        <translation>cannot read padding of an empty axis (size %1)</translation>
    </message>
    <message>
        <source>padding %1 %2 must be at most half the pool size %3</source>
        <translation>padding %1 %2 must be at most half the pool size %3</translation>
    </message>
    <message>
        <source>pool size %1 must be at least 1</source>
        <translation>pool size %1 must be at least 1</translation>
    </message>
    <message>
        <source>pool stride %1 must be at least 1</source>
        <translation>pool stride %1 must be at least 1</translation>
    </message>
    <message>
        <source>pool size %1 is larger than padded input %2</source>
        <translation>pool size %1 is larger than padded input %2</translation>
    </message>
    <message>
        <source>pooling takes float32 data; the input is %1</source>
        <translation>pooling takes float32 data; the input is %1</translation>
    </message>
    <message>
        <source>unknown pool mode %1</source>
        <translation>unknown pool mode %1</translation>
    </message>
    <message>
        <source>unknown pool mode &apos;%1&apos; (expected max or avg)</source>
        <translation>unknown pool mode &apos;%1&apos; (expected max or avg)</translation>
    </message>
    <message>
        <source>%1 has %2 at %3</source>
        <translation>%1 has %2 at %3</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>the input is empty</translation>
    </message>
    <message>
        <source>the kernel is empty</source>
        <translation>the kernel is empty</translation>
    </message>
    <message>
        <source>convolution takes float32 data; the input is %1</source>
        <translation>convolution takes float32 data; the input is %1</translation>
    </message>
    <message>
        <source>convolution takes float32 data; the kernel is %1</source>
        <translation>convolution takes float32 data; the kernel is %1</translation>
    </message>
    <message>
        <source>the kernel has %1 channels but the input has %2; give it 1 or %3</source>
        <translation>the kernel has %1 channels but the input has %2; give it 1 or %3</translation>
    </message>
    <message>
        <source>transposed convolution: the %1 is empty</source>
        <translation>transposed convolution: the %1 is empty</translation>
    </message>
    <message>
        <source>transposed convolution takes a single-channel float32 %1; it is %2</source>
        <translation>transposed convolution takes a single-channel float32 %1; it is %2</translation>
    </message>
    <message>
        <source>step %1 is out of range: there are %2 steps (0 to %3)</source>
        <translation>step %1 is out of range: there are %2 steps (0 to %3)</translation>
    </message>
    <message>
        <source>%1 of a %2-channel input gives one map per channel; step one channel at a time</source>
        <translation>%1 of a %2-channel input gives one map per channel; step one channel at a time</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>the %1 is empty</translation>
    </message>
    <message>
        <source>the %1 must be single-channel float32 (CV_32FC1); it is %2</source>
        <translation>the %1 must be single-channel float32 (CV_32FC1); it is %2</translation>
    </message>
    <message>
        <source>unknown match method %1</source>
        <translation>unknown match method %1</translation>
    </message>
    <message>
        <source>patch %1x%2 is larger than image %3x%4 (rows x cols)</source>
        <translation>patch %1x%2 is larger than image %3x%4 (rows x cols)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 has %2 channels; template matching needs a single channel</source>
        <translation>%1 has %2 channels; template matching needs a single channel</translation>
    </message>
    <message>
        <source>%1 is %2; template matching needs float32 (CV_32FC1)</source>
        <translation>%1 is %2; template matching needs float32 (CV_32FC1)</translation>
    </message>
    <message>
        <source>response map is %1; expected CV_32FC1</source>
        <translation>response map is %1; expected CV_32FC1</translation>
    </message>
    <message>
        <source>response map is %1; expected CV_32F</source>
        <translation>response map is %1; expected CV_32F</translation>
    </message>
    <message>
        <source>patch size %1x%2 (rows x cols) must be at least 1x1</source>
        <translation>patch size %1x%2 (rows x cols) must be at least 1x1</translation>
    </message>
    <message>
        <source>top-k must be at least 1, got %1</source>
        <translation>top-k must be at least 1, got %1</translation>
    </message>
    <message>
        <source>minimum distance must be 0 or more, got %1</source>
        <translation>minimum distance must be 0 or more, got %1</translation>
    </message>
    <message>
        <source>threshold is NaN</source>
        <translation>threshold is NaN</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (expected one of %2)</source>
        <translation>unknown method &apos;%1&apos; (expected one of %2)</translation>
    </message>
    <message>
        <source>%1 would be %2×%3 (%4 entries), more than the 4096×4096 a teaching view can hold</source>
        <translation>%1 would be %2×%3 (%4 entries), more than the 4096×4096 a teaching view can hold</translation>
    </message>
    <message>
        <source>the kernel %1×%2 is empty</source>
        <translation>the kernel %1×%2 is empty</translation>
    </message>
    <message>
        <source>%1 must have one channel; it has %2</source>
        <translation>%1 must have one channel; it has %2</translation>
    </message>
    <message>
        <source>the convolution matrix takes a single-channel float32 kernel; it is %1</source>
        <translation>the convolution matrix takes a single-channel float32 kernel; it is %1</translation>
    </message>
    <message>
        <source>x has %1 entries but W has %2 columns</source>
        <translation>x has %1 entries but W has %2 columns</translation>
    </message>
    <message>
        <source>%1: the image is empty</source>
        <translation>%1: the image is empty</translation>
    </message>
    <message>
        <source>%1 = %2 is not a number</source>
        <translation>%1 = %2 is not a number</translation>
    </message>
    <message>
        <source>%1 would make an image %2 wide × %3 high, more than 50 megapixels</source>
        <translation>%1 would make an image %2 wide × %3 high, more than 50 megapixels</translation>
    </message>
    <message>
        <source>padding (top %1, bottom %2, left %3, right %4) cannot be negative</source>
        <translation>padding (top %1, bottom %2, left %3, right %4) cannot be negative</translation>
    </message>
    <message>
        <source>scale factor fx = %1 must be greater than 0</source>
        <translation>scale factor fx = %1 must be greater than 0</translation>
    </message>
    <message>
        <source>scale factor fy = %1 must be greater than 0</source>
        <translation>scale factor fy = %1 must be greater than 0</translation>
    </message>
    <message>
        <source>scaling an image %1 wide × %2 high by (%3, %4) leaves %5 × %6 pixels</source>
        <translation>scaling an image %1 wide × %2 high by (%3, %4) leaves %5 × %6 pixels</translation>
    </message>
    <message>
        <source>shear (%1, %2) flattens the image onto a line (1 - shx·shy = 0)</source>
        <translation>shear (%1, %2) flattens the image onto a line (1 - shx·shy = 0)</translation>
    </message>
    <message>
        <source>crop rectangle %1 wide × %2 high is empty</source>
        <translation>crop rectangle %1 wide × %2 high is empty</translation>
    </message>
    <message>
        <source>crop rectangle at (x %1, y %2), %3 wide × %4 high, does not fit in the image %5 wide × %6 high</source>
        <translation>crop rectangle at (x %1, y %2), %3 wide × %4 high, does not fit in the image %5 wide × %6 high</translation>
    </message>
    <message>
        <source>correlation of an empty matrix (image %1x%2, kernel %3x%4)</source>
        <translation>correlation of an empty matrix (image %1x%2, kernel %3x%4)</translation>
    </message>
    <message>
        <source>correlation takes single-channel float32 matrices; got %1 and %2</source>
        <translation>correlation takes single-channel float32 matrices; got %1 and %2</translation>
    </message>
    <message>
        <source>stride %1x%2 must be &gt;= 1</source>
        <translation>stride %1x%2 must be &gt;= 1</translation>
    </message>
    <message>
        <source>dilation %1x%2 must be &gt;= 1</source>
        <translation>dilation %1x%2 must be &gt;= 1</translation>
    </message>
    <message>
        <source>kernel %1x%2 (dilated %3x%4) is larger than padded input %5x%6</source>
        <translation>kernel %1x%2 (dilated %3x%4) is larger than padded input %5x%6</translation>
    </message>
    <message>
        <source>the separable engine needs a rank-1 kernel; this %1x%2 kernel is not</source>
        <translation>the separable engine needs a rank-1 kernel; this %1x%2 kernel is not</translation>
    </message>
    <message>
        <source>transposed correlation of an empty matrix</source>
        <translation>transposed correlation of an empty matrix</translation>
    </message>
    <message>
        <source>transposed correlation takes single-channel float32 matrices; got %1 and %2</source>
        <translation>transposed correlation takes single-channel float32 matrices; got %1 and %2</translation>
    </message>
    <message>
        <source>padding must be &gt;= 0</source>
        <translation>padding must be &gt;= 0</translation>
    </message>
    <message>
        <source>output padding %1x%2 must be smaller than the stride or the dilation</source>
        <translation>output padding %1x%2 must be smaller than the stride or the dilation</translation>
    </message>
    <message>
        <source>transposed output would be %1x%2 cells: padding %3,%4,%5,%6 crops all of it</source>
        <translation>transposed output would be %1x%2 cells: padding %3,%4,%5,%6 crops all of it</translation>
    </message>
    <message>
        <source>window sums take a single-channel float32 image; it is %1</source>
        <translation>window sums take a single-channel float32 image; it is %1</translation>
    </message>
    <message>
        <source>window %1x%2 does not fit in image %3x%4</source>
        <translation>window %1x%2 does not fit in image %3x%4</translation>
    </message>
    <message>
        <source>allFinite takes float32 data; got %1</source>
        <translation>allFinite takes float32 data; got %1</translation>
    </message>
    <message>
        <source>unknown kernel preset %1</source>
        <translation>unknown kernel preset %1</translation>
    </message>
    <message>
        <source>unknown kernel preset &apos;%1&apos; (known: %2)</source>
        <translation>unknown kernel preset &apos;%1&apos; (known: %2)</translation>
    </message>
    <message>
        <source>the %1 kernel has no size %2x%3 (it needs %4)</source>
        <translation>the %1 kernel has no size %2x%3 (it needs %4)</translation>
    </message>
    <message>
        <source>unknown kernel preset</source>
        <translation>unknown kernel preset</translation>
    </message>
    <message>
        <source>normalise needs a single-channel kernel</source>
        <translation>normalise needs a single-channel kernel</translation>
    </message>
    <message>
        <source>cannot normalise an all-zero kernel</source>
        <translation>cannot normalise an all-zero kernel</translation>
    </message>
    <message>
        <source>%1 needs a single-channel map, got %2 channels</source>
        <translation>%1 needs a single-channel map, got %2 channels</translation>
    </message>
    <message>
        <source>unknown colormap %1</source>
        <translation>unknown colormap %1</translation>
    </message>
    <message>
        <source>unknown colormap &apos;%1&apos; (choose viridis, gray, magma or diverging)</source>
        <translation>unknown colormap &apos;%1&apos; (choose viridis, gray, magma or diverging)</translation>
    </message>
    <message>
        <source>colormap range [%1, %2] is empty: low must be below high</source>
        <translation>colormap range [%1, %2] is empty: low must be below high</translation>
    </message>
    <message>
        <source>unknown code language %1</source>
        <translation>unknown code language %1</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (expected numpy, pytorch or opencv)</source>
        <translation>unknown language &apos;%1&apos; (expected numpy, pytorch or opencv)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot read %1: it changed size while being read</source>
        <translation>cannot read %1: it changed size while being read</translation>
    </message>
    <message>
        <source>%1 holds NaN at %2; ConvLab needs finite numbers</source>
        <translation>%1 holds NaN at %2; ConvLab needs finite numbers</translation>
    </message>
    <message>
        <source>%1 holds +Inf at %2; ConvLab needs finite numbers</source>
        <translation>%1 holds +Inf at %2; ConvLab needs finite numbers</translation>
    </message>
    <message>
        <source>%1 holds -Inf at %2; ConvLab needs finite numbers</source>
        <translation>%1 holds -Inf at %2; ConvLab needs finite numbers</translation>
    </message>
    <message>
        <source>%1 holds %2 at %3, too large for float32 (at most 3.4e38)</source>
        <translation>%1 holds %2 at %3, too large for float32 (at most 3.4e38)</translation>
    </message>
    <message>
        <source>%1 is %2×%3 pixels (%4); ConvLab opens images up to %5 megapixels</source>
        <translation>%1 is %2×%3 pixels (%4); ConvLab opens images up to %5 megapixels</translation>
    </message>
    <message>
        <source>%1 stores signed integer samples; ConvLab reads 8-bit, 16-bit and floating-point images</source>
        <translation>%1 stores signed integer samples; ConvLab reads 8-bit, 16-bit and floating-point images</translation>
    </message>
    <message>
        <source>%1 decodes to %2 channels; ConvLab reads grayscale and colour images</source>
        <translation>%1 decodes to %2 channels; ConvLab reads grayscale and colour images</translation>
    </message>
    <message>
        <source>%1 has a malformed .npy header (%2): %3</source>
        <translation>%1 has a malformed .npy header (%2): %3</translation>
    </message>
    <message>
        <source>%1 holds dtype &apos;%2&apos;; ConvLab reads float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos; and uint8 &apos;|u1&apos;</source>
        <translation>%1 holds dtype &apos;%2&apos;; ConvLab reads float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos; and uint8 &apos;|u1&apos;</translation>
    </message>
    <message>
        <source>%1: empty field between commas</source>
        <translation>%1: empty field between commas</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>%1: %2 is too large for float32</source>
        <translation>%1: %2 is too large for float32</translation>
    </message>
    <message>
        <source>cannot write %1: the map is empty</source>
        <translation>cannot write %1: the map is empty</translation>
    </message>
    <message>
        <source>cannot write %1: the array has %2 dimensions, ConvLab writes 2-D maps</source>
        <translation>cannot write %1: the array has %2 dimensions, ConvLab writes 2-D maps</translation>
    </message>
    <message>
        <source>%1 is not an image ConvLab can read (truncated or corrupt)</source>
        <translation>%1 is not an image ConvLab can read (truncated or corrupt)</translation>
    </message>
    <message>
        <source>%1 is not in an image format whose size ConvLab can check before decoding, and at %2 it is too large to try (limit %3)</source>
        <translation>%1 is not in an image format whose size ConvLab can check before decoding, and at %2 it is too large to try (limit %3)</translation>
    </message>
    <message>
        <source>%1 is not in an image format ConvLab can read</source>
        <translation>%1 is not in an image format ConvLab can read</translation>
    </message>
    <message>
        <source>%1 is not a .npy file (it does not start with \x93NUMPY)</source>
        <translation>%1 is not a .npy file (it does not start with \x93NUMPY)</translation>
    </message>
    <message>
        <source>%1 is .npy format version %2; ConvLab reads versions 1, 2 and 3</source>
        <translation>%1 is .npy format version %2; ConvLab reads versions 1, 2 and 3</translation>
    </message>
    <message>
        <source>%1 is truncated inside its .npy header</source>
        <translation>%1 is truncated inside its .npy header</translation>
    </message>
    <message>
        <source>%1 is truncated inside its .npy header (%2 bytes, header ends at byte %3)</source>
        <translation>%1 is truncated inside its .npy header (%2 bytes, header ends at byte %3)</translation>
    </message>
    <message>
        <source>%1 is stored in Fortran order; save it in C order (numpy.ascontiguousarray) for ConvLab</source>
        <translation>%1 is stored in Fortran order; save it in C order (numpy.ascontiguousarray) for ConvLab</translation>
    </message>
    <message>
        <source>%1 has shape %2; ConvLab reads 1-D, 2-D and H×W×C arrays</source>
        <translation>%1 has shape %2; ConvLab reads 1-D, 2-D and H×W×C arrays</translation>
    </message>
    <message>
        <source>%1 is empty (shape %2)</source>
        <translation>%1 is empty (shape %2)</translation>
    </message>
    <message>
        <source>%1 has shape %2, beyond what ConvLab can hold (at most %3 channels)</source>
        <translation>%1 has shape %2, beyond what ConvLab can hold (at most %3 channels)</translation>
    </message>
    <message>
        <source>%1 has shape %2, too large to hold</source>
        <translation>%1 has shape %2, too large to hold</translation>
    </message>
    <message>
        <source>%1: the header says shape %2 %3, which is %4 bytes of data, but the file holds %5 bytes</source>
        <translation>%1: the header says shape %2 %3, which is %4 bytes of data, but the file holds %5 bytes</translation>
    </message>
    <message>
        <source>%1 has %2 values but line %3 has %4</source>
        <translation>%1 has %2 values but line %3 has %4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no numbers</source>
        <translation>%1 holds no numbers</translation>
    </message>
    <message>
        <source>cannot write %1: a text matrix holds one channel, this map has %2 (write .npy instead)</source>
        <translation>cannot write %1: a text matrix holds one channel, this map has %2 (write .npy instead)</translation>
    </message>
    <message>
        <source>cannot write %1: ConvLab writes .npy, .txt, .csv and .png files</source>
        <translation>cannot write %1: ConvLab writes .npy, .txt, .csv and .png files</translation>
    </message>
    <message>
        <source>cannot write %1: a .png holds 1 or 3 channels, this map has %2 (write .npy instead)</source>
        <translation>cannot write %1: a .png holds 1 or 3 channels, this map has %2 (write .npy instead)</translation>
    </message>
    <message>
        <source>cannot write %1: PNG encoding failed</source>
        <translation>cannot write %1: PNG encoding failed</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model, or is truncated or corrupt (%2)</source>
        <translation>%1 is not a ConvLab model, or is truncated or corrupt (%2)</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is not a PyTorch archive</source>
        <translation>%1 is not a ConvLab model: it is not a PyTorch archive</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is a PNG image</source>
        <translation>%1 is not a ConvLab model: it is a PNG image</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is a JPEG image</source>
        <translation>%1 is not a ConvLab model: it is a JPEG image</translation>
    </message>
    <message>
        <source>%1 is not a ConvLab model: it is an image</source>
        <translation>%1 is not a ConvLab model: it is an image</translation>
    </message>
    <message>
        <source>%1 is a PyTorch file but not a ConvLab model (it has no %2 entry)</source>
        <translation>%1 is a PyTorch file but not a ConvLab model (it has no %2 entry)</translation>
    </message>
</context>
</TS>
